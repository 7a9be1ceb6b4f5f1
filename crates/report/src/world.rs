//! The typst `World` of one document: an embedded template as the only source, the data as
//! virtual files (`data.json`, `labels.json`, `charts/*.svg`), embedded fonts, and a fixed
//! date. No file system, no network, no clock: the same data gives the same PDF.

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// Noto Sans from KERN UX and Noto Sans Arabic from fontsource (the face the web embeds),
/// unpacked from WOFF by build.rs. Noto Sans covers Latin, Greek and Cyrillic; the template
/// names Noto Sans Arabic as the fallback for what Noto Sans lacks (issue 14).
pub(crate) static FONT_FILES: [&[u8]; 4] = [
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Regular.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSans-Bold.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSansArabic-Regular.ttf")),
    include_bytes!(concat!(env!("OUT_DIR"), "/NotoSansArabic-Bold.ttf")),
];

struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// The standard library and the fonts are read once per process.
fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Shared {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// Whether an embedded font has a glyph for `c`. PDF/UA-1 refuses text whose glyph no font
/// has, so text is filtered with this before it reaches the template.
pub(crate) fn has_glyph(c: char) -> bool {
    shared()
        .fonts
        .iter()
        .any(|font| font.info().coverage.contains(u32::from(c)))
}

pub(crate) fn file_id(path: &str) -> Option<FileId> {
    let path = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, path).intern())
}

pub(crate) struct ReportWorld {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

impl ReportWorld {
    /// `files`: virtual path → content. `today`: the date `datetime.today()` answers.
    pub(crate) fn new(
        template: &'static str,
        files: Vec<(String, Vec<u8>)>,
        today: Option<Datetime>,
    ) -> Option<Self> {
        let main = Source::new(file_id("/main.typ")?, template.to_owned());
        let mut map = HashMap::new();
        for (path, content) in files {
            map.insert(file_id(&path)?, Bytes::new(content));
        }
        Some(ReportWorld {
            main,
            files: map,
            today,
        })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &shared().library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &shared().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.text().to_owned()));
        }
        self.files.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        shared().fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}
