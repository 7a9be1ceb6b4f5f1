//! Language names (`data/languages.toml`): the codes the mediation pool and the offers name
//! languages by, with their endonym and their German and English names, so pages show
//! "Tigrinya (ትግርኛ)" rather than `ti`. Pure: the file's text comes in as a parameter.

use serde::Deserialize;

use crate::position::Position;

/// One language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1, or ISO 639-3 where there is no two-letter code (`kmr`, `prs`).
    pub code: String,
    /// The name in the language itself.
    pub endonym: String,
    pub de: String,
    pub en: String,
    /// Written right to left (its endonym gets `dir="rtl"`).
    pub right_to_left: bool,
}

impl Language {
    /// The name in a page's language: German on German pages, English on all others (the
    /// list has no names in the other interface languages; the endonym stands beside it).
    pub fn name(&self, ui_language: &str) -> &str {
        if ui_language == "de" || ui_language.starts_with("de-") {
            &self.de
        } else {
            &self.en
        }
    }

    /// The language the [`Language::name`] for `ui_language` is written in (`de` or `en`).
    pub fn name_language(ui_language: &str) -> &'static str {
        if ui_language == "de" || ui_language.starts_with("de-") {
            "de"
        } else {
            "en"
        }
    }
}

/// The list, in file order, looked up by code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Languages {
    pub list: Vec<Language>,
}

impl Languages {
    pub fn get(&self, code: &str) -> Option<&Language> {
        self.list.iter().find(|l| l.code == code)
    }
}

/// A problem in the language file, with its line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {message}")]
pub struct LanguageProblem {
    pub position: Position,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    language: Vec<toml::Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    code: String,
    endonym: String,
    de: String,
    en: String,
    #[serde(default)]
    rtl: bool,
}

/// Reads the language file: every entry with a valid code (2–3 lowercase letters), no code
/// twice, no empty name.
pub fn parse(source: &str) -> Result<Languages, LanguageProblem> {
    let at = |offset: usize, message: String| LanguageProblem {
        position: Position::of_offset(source, offset),
        message,
    };
    let file: File =
        crate::position::read_toml(source).map_err(|(offset, message)| at(offset, message))?;
    let mut list: Vec<Language> = Vec::with_capacity(file.language.len());
    for entry in &file.language {
        let start = entry.span().start;
        let entry = entry.get_ref();
        let code = entry.code.trim();
        if !(2..=3).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(at(
                start,
                format!("`{code}` is no language code (2–3 lowercase letters)"),
            ));
        }
        if list.iter().any(|l| l.code == code) {
            return Err(at(start, format!("`{code}` is listed twice")));
        }
        for (field, value) in [
            ("endonym", &entry.endonym),
            ("de", &entry.de),
            ("en", &entry.en),
        ] {
            if value.trim().is_empty() {
                return Err(at(start, format!("`{code}`: `{field}` is empty")));
            }
        }
        list.push(Language {
            code: code.to_owned(),
            endonym: entry.endonym.trim().to_owned(),
            de: entry.de.trim().to_owned(),
            en: entry.en.trim().to_owned(),
            right_to_left: entry.rtl,
        });
    }
    Ok(Languages { list })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_and_picks_the_page_language() {
        let source = "[[language]]\ncode = \"ti\"\nendonym = \"ትግርኛ\"\nde = \"Tigrinya\"\nen = \"Tigrinya\"\n\n[[language]]\ncode = \"fa\"\nendonym = \"فارسی\"\nde = \"Persisch\"\nen = \"Persian\"\nrtl = true\n";
        let languages = parse(source).unwrap();
        assert_eq!(languages.list.len(), 2);
        assert!(!languages.list[0].right_to_left);
        assert!(languages.list[1].right_to_left);
        let fa = languages.get("fa").unwrap();
        assert_eq!(fa.name("de"), "Persisch");
        assert_eq!(fa.name("en"), "Persian");
        assert_eq!(fa.name("ar"), "Persian");
        assert_eq!(Language::name_language("de-x-ls"), "de");
        assert_eq!(Language::name_language("tr"), "en");
        assert_eq!(fa.endonym, "فارسی");
        assert!(languages.get("xx").is_none());
    }

    #[test]
    fn bad_entries_name_their_line() {
        let twice = "[[language]]\ncode = \"ar\"\nendonym = \"a\"\nde = \"b\"\nen = \"c\"\n\n[[language]]\ncode = \"ar\"\nendonym = \"a\"\nde = \"b\"\nen = \"c\"\n";
        let problem = parse(twice).unwrap_err();
        assert_eq!(problem.position.line, 7);
        assert!(problem.message.contains("twice"), "{problem}");
        let bad_code = "[[language]]\ncode = \"Arabic\"\nendonym = \"a\"\nde = \"b\"\nen = \"c\"\n";
        assert!(
            parse(bad_code)
                .unwrap_err()
                .message
                .contains("no language code")
        );
        let empty = "[[language]]\ncode = \"ar\"\nendonym = \"\"\nde = \"b\"\nen = \"c\"\n";
        assert!(parse(empty).unwrap_err().message.contains("endonym"));
        let unknown =
            "[[language]]\ncode = \"ar\"\nendonym = \"a\"\nde = \"b\"\nen = \"c\"\nfr = \"d\"\n";
        let problem = parse(unknown).unwrap_err();
        assert_eq!(problem.position.line, 6, "{problem}");
    }

    #[test]
    fn the_shipped_file_reads_and_covers_the_demo_pool() {
        let languages = parse(include_str!("../../../data/languages.toml")).unwrap();
        assert_eq!(languages.list.len(), 36);
        for code in [
            "ar", "tr", "ti", "kmr", "prs", "ckb", "rom", "uk", "de", "en",
        ] {
            assert!(languages.get(code).is_some(), "{code}");
        }
    }
}
