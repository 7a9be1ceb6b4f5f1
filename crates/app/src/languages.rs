//! The language list (`data/languages.toml`) the mediation pool and the offers name languages
//! by, parsed once for every feature that needs it.

use teilhabe_domain::languages::{Languages, parse};

/// The shipped list (the domain's test proves the file reads, so the empty fallback is never
/// seen).
pub fn list() -> &'static Languages {
    static LIST: std::sync::OnceLock<Languages> = std::sync::OnceLock::new();
    LIST.get_or_init(|| parse(include_str!("../../../data/languages.toml")).unwrap_or_default())
}
