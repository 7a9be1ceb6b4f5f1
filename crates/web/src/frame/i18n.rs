//! Translations, from the shared `teilhabe-i18n` crate (the PDF report speaks from the same
//! files); re-exported here so the pages name them as `crate::frame::i18n::…`.

pub use teilhabe_i18n::*;
