//! Texts in several languages. German is the city's working language and is always present.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The language every text must have and the one shown when a translation is missing.
pub const PRIMARY_LANGUAGE: &str = "de";

/// A text in German and any number of further languages, keyed by BCP 47 primary language code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// A text with its German version; further languages are added with [`Text::with`].
    pub fn german(text: impl Into<String>) -> Self {
        Text(BTreeMap::from([(PRIMARY_LANGUAGE.to_owned(), text.into())]))
    }

    pub fn with(mut self, language: &str, text: impl Into<String>) -> Self {
        self.0.insert(language.to_owned(), text.into());
        self
    }

    /// Sets (or replaces) the text in `language`.
    pub fn insert(&mut self, language: &str, text: impl Into<String>) {
        self.0.insert(language.to_owned(), text.into());
    }

    /// Built from language → text pairs; `None` when German is missing.
    pub fn from_map(map: BTreeMap<String, String>) -> Option<Self> {
        map.contains_key(PRIMARY_LANGUAGE).then_some(Text(map))
    }

    /// The text in `language`, or German when there is no translation.
    pub fn get(&self, language: &str) -> &str {
        self.translation(language)
            .or_else(|| self.0.get(PRIMARY_LANGUAGE).map(String::as_str))
            .unwrap_or_default()
    }

    /// The text in `language` only if it was translated.
    pub fn translation(&self, language: &str) -> Option<&str> {
        self.0.get(language).map(String::as_str)
    }

    pub fn german_text(&self) -> &str {
        self.get(PRIMARY_LANGUAGE)
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(language, text)| (language.as_str(), text.as_str()))
    }
}

/// Whether `code` looks like a primary language subtag (`de`, `en`, `ar`, `tr`, `fil`).
pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|byte| byte.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_german() {
        let text = Text::german("Sport").with("en", "Sports");
        assert_eq!(text.get("en"), "Sports");
        assert_eq!(text.get("ar"), "Sport");
        assert_eq!(text.translation("ar"), None);
    }

    #[test]
    fn requires_german() {
        let map = BTreeMap::from([("en".to_owned(), "x".to_owned())]);
        assert!(Text::from_map(map).is_none());
    }

    #[test]
    fn language_codes() {
        assert!(is_language_code("de"));
        assert!(is_language_code("fil"));
        assert!(!is_language_code("DE"));
        assert!(!is_language_code("deutsch"));
    }
}
