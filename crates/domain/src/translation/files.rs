//! Shipped translation files against the shipped data: per content language, which texts are
//! current, outdated or missing (informative), and which files are broken or name unknown keys
//! (failures). `teilhabe i18n check` prints it.

use std::collections::HashMap;

use super::xliff::{check_units, read_xliff};
use super::{
    CONTENT_LANGUAGES, ContentText, ContentTranslations, Selection, TextState, is_kept, text_states,
};

/// One content language of one city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageFiles {
    pub language: String,
    /// The file read for it (`<language>.xlf`), if there is one.
    pub file: Option<String>,
    pub current: usize,
    pub outdated: Vec<ContentText>,
    pub missing: Vec<ContentText>,
}

/// What the check found for one city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilesReport {
    pub languages: Vec<LanguageFiles>,
    /// Broken files, unknown keys, files for no content language: each with file and place.
    pub problems: Vec<String>,
}

/// Checks `files` (file name, bytes; named `<language>.xlf`) of `city` against `texts`, the
/// city's content texts with their current German.
pub fn check_files(
    city: &str,
    texts: &[(String, String)],
    files: &[(String, Vec<u8>)],
) -> FilesReport {
    let mut problems = Vec::new();
    let mut by_language: HashMap<&str, &(String, Vec<u8>)> = HashMap::new();
    for file in files {
        let name = file.0.rsplit('/').next().unwrap_or(&file.0);
        match name.strip_suffix(".xlf") {
            Some(language) if CONTENT_LANGUAGES.contains(&language) => {
                by_language.insert(language, file);
            }
            _ => problems.push(format!(
                "{}: not named after a content language; expected <language>.xlf with one of {}",
                file.0,
                CONTENT_LANGUAGES.join(", ")
            )),
        }
    }
    let mut languages = Vec::new();
    for language in CONTENT_LANGUAGES {
        let mut translations = Vec::new();
        let file = by_language.get(language).map(|(name, bytes)| {
            let german: HashMap<String, String> = texts
                .iter()
                .filter(|(key, _)| is_kept(language, key))
                .cloned()
                .collect();
            let checked = read_xliff(bytes).and_then(|file| {
                if file.target_language != language {
                    return Err(vec![super::xliff::XliffProblem {
                        position: None,
                        element: Some("xliff".into()),
                        message: format!(
                            "trgLang `{}`, but the file is named for `{language}`",
                            file.target_language
                        ),
                    }]);
                }
                check_units(&file, city, &german, "")
            });
            match checked {
                Ok(found) => translations = found,
                Err(found) => {
                    problems.extend(found.iter().map(|problem| format!("{name}: {problem}")));
                }
            }
            name.clone()
        });
        let states = text_states(
            texts,
            &ContentTranslations::new(language, translations),
            Selection::All,
        );
        let (mut outdated, mut missing, mut current) = (Vec::new(), Vec::new(), 0);
        for text in states {
            match text.state {
                TextState::Current => current += 1,
                TextState::Outdated => outdated.push(text),
                TextState::Missing => missing.push(text),
            }
        }
        languages.push(LanguageFiles {
            language: language.to_owned(),
            file,
            current,
            outdated,
            missing,
        });
    }
    FilesReport {
        languages,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translation::xliff::NAMESPACE;

    fn file(language: &str, units: &str) -> Vec<u8> {
        format!(
            "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"de\" trgLang=\"{language}\">\n<file id=\"m\">\n{units}\n</file></xliff>"
        )
        .into_bytes()
    }

    #[test]
    fn languages_list_what_is_missing_and_outdated_and_broken_files_fail() {
        let texts: Vec<(String, String)> = [("concept.title", "Neu"), ("indicator.a.title", "A")]
            .iter()
            .map(|(k, g)| (k.to_string(), g.to_string()))
            .collect();
        let unit = |key: &str, source: &str| {
            format!(
                "<unit id=\"{key}\"><segment state=\"translated\"><source>{source}</source><target>x</target></segment></unit>"
            )
        };
        let files = vec![
            (
                "tr.xlf".to_owned(),
                file("tr", &unit("concept.title", "Neu")),
            ),
            (
                "ar.xlf".to_owned(),
                file("ar", &unit("concept.title", "Alt")),
            ),
            ("ru.xlf".to_owned(), file("ru", &unit("concept.nope", "x"))),
            ("uk.xlf".to_owned(), b"<kaputt".to_vec()),
            ("pl.xlf".to_owned(), file("tr", "")),
            ("fr.xlf".to_owned(), file("tr", "")),
        ];
        let report = check_files("m", &texts, &files);
        let summary: Vec<(&str, usize, usize, usize)> = report
            .languages
            .iter()
            .map(|l| {
                (
                    l.language.as_str(),
                    l.current,
                    l.outdated.len(),
                    l.missing.len(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("tr", 1, 0, 1),
                ("ar", 0, 1, 1),
                ("ru", 0, 0, 2),
                ("uk", 0, 0, 2),
                ("pl", 0, 0, 2),
                ("de-x-ls", 0, 0, 1),
            ]
        );
        assert_eq!(report.languages[5].file, None);
        assert_eq!(report.problems.len(), 4, "{:?}", report.problems);
        assert!(report.problems[0].starts_with("fr.xlf: not named after a content language"));
        assert!(
            report.problems[1]
                .contains("ru.xlf: line 3, column 1: <unit>: unknown key `concept.nope`")
        );
        assert!(report.problems[2].starts_with("uk.xlf: line 1, column "));
        assert!(
            report.problems[3]
                .contains("pl.xlf: <xliff>: trgLang `tr`, but the file is named for `pl`")
        );
    }
}
