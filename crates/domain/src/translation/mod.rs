//! Content translations: the concept's texts, indicator names and definitions and measure texts in
//! the residents' further languages (tr, ar, ru, uk, pl and Leichte Sprache). German is the source
//! of every content text; English stays beside German in the source data. A translation remembers
//! the German it was made from (as a hash, the *source version*), so that a changed German text
//! marks it outdated, and a German text reverted to the old wording makes it current again.
//!
//! The keys, the source version and the XLIFF shape are a contract shared with the web pages and
//! the shipped files (docs/formats/translations.md).

mod files;
pub mod keys;
mod state;
mod texts;
pub mod xliff;

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use crate::monitoring::IndicatorDef;
use crate::text::Text;

pub use files::{FilesReport, LanguageFiles, check_files};
pub use state::{ContentText, Selection, TextState, is_kept, text_states};
pub use texts::content_texts;

/// The language tag of Leichte Sprache (easy-to-read German).
pub const LEICHTE_SPRACHE: &str = "de-x-ls";

/// tr, ar, ru, uk, pl, de-x-ls — the languages content translations are kept for.
pub const CONTENT_LANGUAGES: [&str; 6] = ["tr", "ar", "ru", "uk", "pl", LEICHTE_SPRACHE];

/// The longest translation of one text, in characters (the longest German text of the concept
/// is a few hundred).
pub const MAX_TEXT: usize = 20_000;

/// Whether content translations are kept for `language`.
pub fn is_content_language(language: &str) -> bool {
    CONTENT_LANGUAGES.contains(&language)
}

/// Who or what made a translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Written or reviewed by a person in teilhabe.
    Human,
    /// Made with a machine's help and not yet reviewed by a person.
    MachineAssisted,
    /// Came in through an XLIFF file that does not say how it was made.
    Imported,
}

impl Origin {
    pub const ALL: [Origin; 3] = [Origin::Human, Origin::MachineAssisted, Origin::Imported];

    pub fn as_str(self) -> &'static str {
        match self {
            Origin::Human => "human",
            Origin::MachineAssisted => "machine-assisted",
            Origin::Imported => "imported",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|origin| origin.as_str() == value)
    }
}

/// One content text in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub key: String,
    pub language: String,
    pub text: String,
    /// [`source_version`] of the German text the translation was made from.
    pub source_version: String,
    /// The German text it was made from, so a translator sees what changed since.
    pub source_text: String,
    pub origin: Origin,
    /// The account name of whoever made or imported it (or "teilhabe (shipped)").
    pub translator: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

impl Translation {
    /// Whether the translation was made from `german`, the current German text.
    pub fn is_current_for(&self, german: &str) -> bool {
        self.source_version == source_version(german)
    }
}

/// The version of a German text: the first 16 lowercase hex digits of the SHA-256 of its UTF-8
/// bytes, exactly as stored. Content-addressed, so reverting a German edit restores the version.
pub fn source_version(german: &str) -> String {
    let digest = Sha256::digest(german.as_bytes());
    digest
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// One language's translations, as pages render them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentTranslations {
    language: String,
    by_key: HashMap<String, Translation>,
}

/// What a page shows for one content text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown<'a> {
    /// The translation, made from the current German text.
    Current { text: &'a str },
    /// A translation of an older German text: the page shows both, the German with `lang="de"`.
    Outdated { text: &'a str, german: &'a str },
    /// No translation: the German text, with `lang="de"`.
    Missing { german: &'a str },
}

impl<'a> Shown<'a> {
    /// The text in the page's language if there is one (current or outdated).
    pub fn translated(&self) -> Option<&'a str> {
        match *self {
            Shown::Current { text } | Shown::Outdated { text, .. } => Some(text),
            Shown::Missing { .. } => None,
        }
    }
}

impl ContentTranslations {
    /// No translations: German and English pages, and languages without content translations.
    pub fn empty(language: &str) -> Self {
        Self {
            language: language.to_owned(),
            by_key: HashMap::new(),
        }
    }

    /// The translations of `language`; others in the list are left out.
    pub fn new(language: &str, translations: Vec<Translation>) -> Self {
        let by_key = translations
            .into_iter()
            .filter(|translation| translation.language == language)
            .map(|translation| (translation.key.clone(), translation))
            .collect();
        Self {
            language: language.to_owned(),
            by_key,
        }
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    pub fn get(&self, key: &str) -> Option<&Translation> {
        self.by_key.get(key)
    }

    pub fn len(&self) -> usize {
        self.by_key.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_key.is_empty()
    }

    /// What a page shows for `key` whose current German is `german`. An empty translation counts
    /// as missing, so a page never shows a blank where the German has text.
    pub fn show<'s>(&'s self, key: &str, german: &'s str) -> Shown<'s> {
        match self.by_key.get(key) {
            Some(translation) if !translation.text.trim().is_empty() => {
                if translation.is_current_for(german) {
                    Shown::Current {
                        text: &translation.text,
                    }
                } else {
                    Shown::Outdated {
                        text: &translation.text,
                        german,
                    }
                }
            }
            _ => Shown::Missing { german },
        }
    }
}

/// Sets the translation of `key` into `text` for the set's language when it was made from the
/// text's current German: for what shows a text without the German beside an outdated one (the
/// printed report, chart titles and the alternative texts of figures).
pub fn add_current(text: &mut Text, key: &str, translations: &ContentTranslations) {
    if let Shown::Current { text: translated } = translations.show(key, text.german_text()) {
        let translated = translated.to_owned();
        text.insert(translations.language(), translated);
    }
}

/// [`add_current`] for an indicator's title, definition and caveats.
pub fn add_to_indicator(indicator: &mut IndicatorDef, translations: &ContentTranslations) {
    add_current(
        &mut indicator.title,
        &keys::indicator_title(&indicator.id),
        translations,
    );
    add_current(
        &mut indicator.definition,
        &keys::indicator_definition(&indicator.id),
        translations,
    );
    for (index, caveat) in indicator.caveats.iter_mut().enumerate() {
        add_current(
            caveat,
            &keys::indicator_caveat(&indicator.id, index + 1),
            translations,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn translation(key: &str, language: &str, text: &str, made_from: &str) -> Translation {
        Translation {
            key: key.to_owned(),
            language: language.to_owned(),
            text: text.to_owned(),
            source_version: source_version(made_from),
            source_text: made_from.to_owned(),
            origin: Origin::Human,
            translator: "ayse".to_owned(),
            updated_at: "2026-12-02T14:00:00Z".to_owned(),
        }
    }

    #[test]
    fn source_version_is_sixteen_hex_digits_of_sha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223…
        assert_eq!(source_version("abc"), "ba7816bf8f01cfea");
        assert_eq!(source_version(""), "e3b0c44298fc1c14");
        // Exactly the bytes: no trimming, no Unicode normalisation.
        assert_ne!(source_version("Sport"), source_version("Sport "));
        assert_ne!(source_version("Stra\u{df}e"), source_version("Strasse"));
        assert_ne!(source_version("e\u{301}"), source_version("\u{e9}"));
    }

    #[test]
    fn a_translation_of_the_current_german_is_shown_alone() {
        let translations = ContentTranslations::new(
            "tr",
            vec![translation(
                "concept.title",
                "tr",
                "Entegrasyon",
                "Integration",
            )],
        );
        assert_eq!(
            translations.show("concept.title", "Integration"),
            Shown::Current {
                text: "Entegrasyon"
            }
        );
    }

    #[test]
    fn a_changed_german_text_makes_the_translation_outdated_and_shows_both() {
        let translations = ContentTranslations::new(
            "tr",
            vec![translation(
                "concept.title",
                "tr",
                "Entegrasyon",
                "Integration",
            )],
        );
        let shown = translations.show("concept.title", "Teilhabe und Integration");
        assert_eq!(
            shown,
            Shown::Outdated {
                text: "Entegrasyon",
                german: "Teilhabe und Integration"
            }
        );
        assert_eq!(shown.translated(), Some("Entegrasyon"));
    }

    #[test]
    fn reverting_the_german_makes_the_translation_current_again() {
        let translations = ContentTranslations::new(
            "ar",
            vec![translation("measure.7.title", "ar", "رياضة", "Sport")],
        );
        assert!(matches!(
            translations.show("measure.7.title", "Sport und Bewegung"),
            Shown::Outdated { .. }
        ));
        assert_eq!(
            translations.show("measure.7.title", "Sport"),
            Shown::Current { text: "رياضة" }
        );
    }

    #[test]
    fn a_missing_or_empty_translation_shows_the_german() {
        let translations = ContentTranslations::new(
            "pl",
            vec![translation("concept.subtitle", "pl", "  ", "Untertitel")],
        );
        assert_eq!(
            translations.show("concept.title", "Integration"),
            Shown::Missing {
                german: "Integration"
            }
        );
        assert_eq!(
            translations.show("concept.subtitle", "Untertitel"),
            Shown::Missing {
                german: "Untertitel"
            }
        );
        assert_eq!(
            ContentTranslations::empty("en").show("concept.title", "Integration"),
            Shown::Missing {
                german: "Integration"
            }
        );
        assert_eq!(
            Shown::Missing { german: "x" }.translated(),
            None,
            "a missing text has no translation to show"
        );
    }

    #[test]
    fn only_the_named_language_is_kept() {
        let translations = ContentTranslations::new(
            "ru",
            vec![
                translation("concept.title", "uk", "Інтеграція", "Integration"),
                translation("concept.title", "ru", "Интеграция", "Integration"),
            ],
        );
        assert_eq!(translations.language(), "ru");
        assert_eq!(translations.len(), 1);
        assert_eq!(
            translations.show("concept.title", "Integration"),
            Shown::Current {
                text: "Интеграция"
            }
        );
    }

    #[test]
    fn origins_and_languages_read_back() {
        for origin in Origin::ALL {
            assert_eq!(Origin::parse(origin.as_str()), Some(origin));
        }
        assert_eq!(Origin::parse("machine"), None);
        assert!(CONTENT_LANGUAGES.iter().all(|l| is_content_language(l)));
        assert!(!is_content_language("de"));
        assert!(!is_content_language("en"));
        assert!(is_content_language("de-x-ls"));
    }

    #[test]
    fn only_current_translations_go_into_texts_and_caveats_count_from_one() {
        let mut indicator = crate::monitoring::parse_indicator(
            r#"
id = "d3"
title = { de = "Arbeitslosenquote" }
definition = { de = "Anteil der Arbeitslosen" }
numerator = { de = "Arbeitslose" }
denominator = { de = "Erwerbspersonen" }
unit = "percent"
concept = "NAT"
polarity = "lower-is-better"
source = { de = "Bundesagentur für Arbeit" }
fields = ["sport"]
breakdowns = []
caveats = [{ de = "Erste" }, { de = "Zweite" }]
"#,
        )
        .unwrap();
        let translations = ContentTranslations::new(
            "tr",
            vec![
                translation(
                    "indicator.d3.title",
                    "tr",
                    "İşsizlik oranı",
                    "Arbeitslosenquote",
                ),
                translation("indicator.d3.definition", "tr", "Eski", "Anteil früher"),
                translation("indicator.d3.caveat.2", "tr", "İkinci", "Zweite"),
            ],
        );
        assert_eq!((translations.len(), translations.is_empty()), (3, false));
        assert!(ContentTranslations::empty("tr").is_empty());
        add_to_indicator(&mut indicator, &translations);
        assert_eq!(indicator.title.translation("tr"), Some("İşsizlik oranı"));
        assert_eq!(indicator.definition.translation("tr"), None, "outdated");
        assert_eq!(indicator.caveats[0].translation("tr"), None);
        assert_eq!(indicator.caveats[1].translation("tr"), Some("İkinci"));
        assert_eq!(indicator.title.german_text(), "Arbeitslosenquote");
    }
}
