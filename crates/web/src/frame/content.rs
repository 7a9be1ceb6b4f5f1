//! Content texts (the concept, indicator names and definitions, measure texts) in the page's
//! language: German and English pages keep the texts beside German in the data (`Text`); the
//! residents' further languages and Leichte Sprache ask the stored content translations
//! (docs/decisions.md, "Issue 14: content translations on the pages").

use std::sync::Arc;

use teilhabe_domain::monitoring::IndicatorDef;
use teilhabe_domain::text::{PRIMARY_LANGUAGE, Text};
use teilhabe_domain::translation::{
    ContentTranslations, Shown, add_to_indicator, is_content_language,
};

use super::localized::Localized;

/// One request's content translations, loaded once and shared by the page's view models.
#[derive(Clone)]
pub struct Content {
    translations: Arc<ContentTranslations>,
    /// Right-to-left page: German shown in it is marked `dir="ltr"` as well as `lang="de"`.
    rtl: bool,
    /// What the translations depend on, for the page's ETag: the database's content version.
    version: String,
}

impl Content {
    /// No stored translations: German and English pages, or a page that shows no content text.
    pub fn inline(language: &str) -> Self {
        Content {
            translations: Arc::new(ContentTranslations::empty(language)),
            rtl: false,
            version: "inline".to_owned(),
        }
    }

    pub fn new(translations: ContentTranslations, rtl: bool) -> Self {
        Content::kept(Arc::new(translations), rtl, String::new())
    }

    /// Translations shared with other requests, valid for the content `version`.
    pub fn kept(translations: Arc<ContentTranslations>, rtl: bool, version: String) -> Self {
        Content {
            translations,
            rtl,
            version,
        }
    }

    /// For the page's ETag.
    pub fn version(&self) -> &str {
        &self.version
    }

    pub fn language(&self) -> &str {
        self.translations.language()
    }

    /// `indicator` with the current translations of its title, definition and caveats, for what
    /// shows them without the German beside an outdated one: chart and map titles and the
    /// figures' alternative texts.
    pub fn indicator(&self, indicator: &IndicatorDef) -> IndicatorDef {
        let mut translated = indicator.clone();
        add_to_indicator(&mut translated, &self.translations);
        translated
    }

    /// The text for `key` whose source is `text`: for German and English what the data holds
    /// (German marked `lang="de"` where English lacks it); for a content language the
    /// translation, the German beside an outdated one, or the German alone.
    pub fn text(&self, key: &str, text: &Text) -> Localized {
        let language = self.translations.language();
        if !is_content_language(language) {
            return Localized::new(text, language);
        }
        let german = text.german_text();
        let fallback_dir = self.rtl.then_some("ltr");
        match self.translations.show(key, german) {
            Shown::Current { text } => Localized::plain(text.to_owned()),
            Shown::Outdated { text, german } => {
                Localized::plain(text.to_owned()).with_outdated(german.to_owned(), fallback_dir)
            }
            Shown::Missing { german } => {
                Localized::fallback(german.to_owned(), PRIMARY_LANGUAGE, fallback_dir)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use teilhabe_domain::translation::{Origin, Translation, source_version};

    use super::*;

    fn text(german: &str, english: &str) -> Text {
        serde_json::from_value(serde_json::json!({ "de": german, "en": english })).expect("a text")
    }

    fn arabic(made_from: &str) -> Content {
        Content::new(
            ContentTranslations::new(
                "ar",
                vec![Translation {
                    key: "concept.title".into(),
                    language: "ar".into(),
                    text: "الاندماج".into(),
                    source_version: source_version(made_from),
                    source_text: made_from.into(),
                    origin: Origin::Human,
                    translator: "amal".into(),
                    updated_at: "2026-12-02T14:00:00Z".into(),
                }],
            ),
            true,
        )
    }

    #[test]
    fn english_and_german_pages_keep_the_inline_texts() {
        let title = text("Integration", "Integration policy");
        let shown = Content::inline("en").text("concept.title", &title);
        assert_eq!(shown.text, "Integration policy");
        assert_eq!(shown.lang_attr(), "");
        assert!(shown.outdated.is_none());
    }

    #[test]
    fn a_current_translation_stands_alone() {
        let shown = arabic("Integration").text("concept.title", &text("Integration", "x"));
        assert_eq!(shown.text, "الاندماج");
        assert_eq!(shown.lang_attr(), "");
        assert!(shown.outdated.is_none());
    }

    #[test]
    fn an_outdated_translation_brings_the_new_german_marked_as_german() {
        let shown = arabic("Integration").text("concept.title", &text("Teilhabe", "x"));
        assert_eq!(shown.text, "الاندماج");
        let outdated = shown.outdated.as_ref().expect("the German beside it");
        assert_eq!(outdated.german, "Teilhabe");
        assert_eq!(outdated.attrs(), " lang=\"de\" dir=\"ltr\"");
    }

    #[test]
    fn a_missing_translation_shows_the_german_left_to_right() {
        let shown = arabic("Integration").text("concept.subtitle", &text("Untertitel", "x"));
        assert_eq!(shown.text, "Untertitel");
        assert_eq!(shown.lang_attr(), " lang=\"de\" dir=\"ltr\"");
    }
}
