//! Chart text drawn as outlines, for charts whose text typst cannot embed as PDF/UA-1 text
//! (Arabic; see `view::chart_svg`). usvg lays the text out with the report's own fonts and
//! writes the SVG back with every glyph as a path.

use std::sync::{Arc, OnceLock};

use usvg::fontdb::Database;

fn fonts() -> &'static Arc<Database> {
    static FONTS: OnceLock<Arc<Database>> = OnceLock::new();
    FONTS.get_or_init(|| {
        let mut db = Database::new();
        for data in crate::world::FONT_FILES {
            db.load_font_data(data.to_vec());
        }
        // The charts ask for "Fira Sans, sans-serif", as on the web; the report has Noto Sans.
        db.set_sans_serif_family("Noto Sans");
        Arc::new(db)
    })
}

/// `svg` with its text as paths, or `None` when usvg cannot read it.
pub(crate) fn text_as_outlines(svg: &str) -> Option<String> {
    let options = usvg::Options {
        font_family: "Noto Sans".into(),
        fontdb: Arc::clone(fonts()),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).ok()?;
    Some(tree.to_string(&usvg::WriteOptions::default()))
}
