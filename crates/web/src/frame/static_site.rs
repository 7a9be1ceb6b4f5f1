//! The static export's mark on a request (`teilhabe export site`): which language to answer in
//! and which languages the export holds. It is a request extension, which only code in this
//! process can set — no header, cookie or query from outside switches a page into this mode.
//! Pages in this mode leave out what needs a server: the sign-in link, the search box (the
//! export brings its own search pages), filter forms.

/// Set by the exporter on every request it sends to the router in-process.
#[derive(Debug, Clone)]
pub struct StaticExport {
    /// The language of the page asked for.
    pub language: String,
    /// The languages the export holds, for the language switch.
    pub languages: Vec<String>,
}
