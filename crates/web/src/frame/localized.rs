//! A text in the page's language, or the German it falls back to, marked for screen readers; and
//! the current German beside an outdated translation (frame/content.rs decides which).

use teilhabe_domain::text::Text;

/// A concept text in the page's language, or in German when it has no translation — then marked
/// with `lang="de"` so screen readers pronounce it right (and `dir="ltr"` on right-to-left pages).
pub struct Localized {
    pub text: String,
    fallback_lang: Option<String>,
    fallback_dir: Option<&'static str>,
    /// A translation of an older German text: the current German, shown beside it.
    pub outdated: Option<OutdatedSource>,
}

/// The current German beside an outdated translation.
pub struct OutdatedSource {
    pub german: String,
    dir: Option<&'static str>,
}

impl OutdatedSource {
    /// ` lang="de"`, and ` dir="ltr"` on right-to-left pages.
    pub fn attrs(&self) -> String {
        lang_and_dir(teilhabe_domain::text::PRIMARY_LANGUAGE, self.dir)
    }
}

fn lang_and_dir(language: &str, dir: Option<&str>) -> String {
    match dir {
        Some(dir) => format!(" lang=\"{language}\" dir=\"{dir}\""),
        None => format!(" lang=\"{language}\""),
    }
}

impl Localized {
    pub fn new(text: &Text, language: &str) -> Self {
        match text.translation(language) {
            Some(translated) => Localized::plain(translated.to_owned()),
            None => Localized::fallback(
                text.german_text().to_owned(),
                teilhabe_domain::text::PRIMARY_LANGUAGE,
                None,
            ),
        }
    }

    /// A text that is already in the page's language (a translated message).
    pub fn plain(text: String) -> Self {
        Localized {
            text,
            fallback_lang: None,
            fallback_dir: None,
            outdated: None,
        }
    }

    /// A text in `language`, not the page's.
    pub fn fallback(text: String, language: &str, dir: Option<&'static str>) -> Self {
        Localized {
            text,
            fallback_lang: Some(language.to_owned()),
            fallback_dir: dir,
            outdated: None,
        }
    }

    pub fn with_outdated(mut self, german: String, dir: Option<&'static str>) -> Self {
        self.outdated = Some(OutdatedSource { german, dir });
        self
    }

    /// ` lang="de"` when the text is not in the page's language, else nothing. Language codes
    /// are validated as two or three lowercase letters, so this is safe to emit unescaped.
    pub fn lang_attr(&self) -> String {
        match &self.fallback_lang {
            Some(language) => lang_and_dir(language, self.fallback_dir),
            None => String::new(),
        }
    }
}
