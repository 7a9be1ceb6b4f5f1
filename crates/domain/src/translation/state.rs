//! Where each content text stands in one language: translated from the current German, outdated,
//! or missing — what the translators' work list, the XLIFF export and `i18n check` list.

use super::{ContentTranslations, LEICHTE_SPRACHE, Translation, keys};

/// How a content text stands in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextState {
    /// Translated from the current German.
    Current,
    /// Translated from an older German text.
    Outdated,
    /// Not translated (or translated as an empty text).
    Missing,
}

impl TextState {
    pub fn as_str(self) -> &'static str {
        match self {
            TextState::Current => "current",
            TextState::Outdated => "outdated",
            TextState::Missing => "missing",
        }
    }
}

/// One content text in one language, with its stored translation if there is one (whose
/// `source_text` and `text` are the old German and the old translation of an outdated text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentText {
    pub key: String,
    /// The current German text.
    pub german: String,
    pub state: TextState,
    pub translation: Option<Translation>,
}

/// Which texts a list or an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Selection {
    All,
    Missing,
    Outdated,
    /// Missing and outdated: what a translator has to do.
    Open,
}

impl Selection {
    pub const ALL: [Selection; 4] = [
        Selection::All,
        Selection::Missing,
        Selection::Outdated,
        Selection::Open,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Selection::All => "all",
            Selection::Missing => "missing",
            Selection::Outdated => "outdated",
            Selection::Open => "open",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    pub fn includes(self, state: TextState) -> bool {
        match self {
            Selection::All => true,
            Selection::Missing => state == TextState::Missing,
            Selection::Outdated => state == TextState::Outdated,
            Selection::Open => state != TextState::Current,
        }
    }
}

/// Whether `language` keeps a translation of `key`: Leichte Sprache is kept for the concept's
/// public texts only; the other content languages for every content text.
pub fn is_kept(language: &str, key: &str) -> bool {
    language != LEICHTE_SPRACHE || keys::is_concept(key)
}

/// The texts of `texts` (key, current German) that `translations`' language keeps, each with its
/// state, in the given order, filtered by `selection`.
pub fn text_states(
    texts: &[(String, String)],
    translations: &ContentTranslations,
    selection: Selection,
) -> Vec<ContentText> {
    texts
        .iter()
        .filter(|(key, _)| is_kept(translations.language(), key))
        .map(|(key, german)| {
            let translation = translations
                .get(key)
                .filter(|t| !t.text.trim().is_empty())
                .cloned();
            let state = match &translation {
                None => TextState::Missing,
                Some(t) if t.is_current_for(german) => TextState::Current,
                Some(_) => TextState::Outdated,
            };
            ContentText {
                key: key.clone(),
                german: german.clone(),
                state,
                translation,
            }
        })
        .filter(|text| selection.includes(text.state))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation::{Origin, source_version};

    fn stored(key: &str, language: &str, text: &str, german: &str) -> Translation {
        Translation {
            key: key.into(),
            language: language.into(),
            text: text.into(),
            source_version: source_version(german),
            source_text: german.into(),
            origin: Origin::Imported,
            translator: "x".into(),
            updated_at: String::new(),
        }
    }

    fn texts() -> Vec<(String, String)> {
        [
            ("concept.title", "Konzept"),
            ("concept.subtitle", "Neu"),
            ("indicator.d3.title", "Quote"),
            ("measure.1.title", "Kurs"),
        ]
        .iter()
        .map(|(k, g)| (k.to_string(), g.to_string()))
        .collect()
    }

    #[test]
    fn each_text_is_current_outdated_or_missing_and_selections_pick_them() {
        let translations = ContentTranslations::new(
            "uk",
            vec![
                stored("concept.title", "uk", "Концепція", "Konzept"),
                stored("concept.subtitle", "uk", "Старий", "Alt"),
                stored("measure.1.title", "uk", "", "Kurs"),
            ],
        );
        let states = |selection| -> Vec<(String, TextState)> {
            text_states(&texts(), &translations, selection)
                .into_iter()
                .map(|text| (text.key, text.state))
                .collect()
        };
        use TextState::*;
        assert_eq!(
            states(Selection::All),
            [
                ("concept.title".to_string(), Current),
                ("concept.subtitle".to_string(), Outdated),
                ("indicator.d3.title".to_string(), Missing),
                ("measure.1.title".to_string(), Missing),
            ]
        );
        assert_eq!(
            states(Selection::Missing),
            [
                ("indicator.d3.title".to_string(), Missing),
                ("measure.1.title".to_string(), Missing),
            ]
        );
        assert_eq!(
            states(Selection::Outdated),
            [("concept.subtitle".to_string(), Outdated)]
        );
        assert_eq!(states(Selection::Open).len(), 3);
        let outdated = &text_states(&texts(), &translations, Selection::Outdated)[0];
        let old = outdated.translation.as_ref().unwrap();
        assert_eq!(
            (old.source_text.as_str(), old.text.as_str()),
            ("Alt", "Старий")
        );
        assert_eq!(outdated.german, "Neu");
    }

    #[test]
    fn leichte_sprache_keeps_only_the_concept() {
        let states = text_states(
            &texts(),
            &ContentTranslations::empty(LEICHTE_SPRACHE),
            Selection::All,
        );
        let keys: Vec<&str> = states.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["concept.title", "concept.subtitle"]);
        assert!(is_kept("tr", "measure.1.title"));
        assert!(!is_kept(LEICHTE_SPRACHE, "measure.1.title"));
        for selection in Selection::ALL {
            assert_eq!(Selection::parse(selection.as_str()), Some(selection));
        }
        // The states' names are the work list's filter values and CSS classes.
        assert_eq!(
            [TextState::Current, TextState::Outdated, TextState::Missing].map(TextState::as_str),
            ["current", "outdated", "missing"]
        );
    }
}
