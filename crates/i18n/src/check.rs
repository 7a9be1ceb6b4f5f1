//! `teilhabe i18n check`: the Fluent files of a folder compared with German — per language the
//! message ids it lacks and the ids German does not know, and every syntax error with its file,
//! line and column. A missing id or a syntax error fails the check (CI); a superfluous id only
//! warns, since German may drop a message before the other files follow.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;

use crate::DEFAULT_LANGUAGE;

/// A Fluent syntax error where a person can find it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub file: PathBuf,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

/// One language's file compared with German.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageReport {
    pub code: String,
    pub file: PathBuf,
    /// Ids (messages, and terms as `-name`) of de.ftl that this file lacks; always empty for a
    /// variant (`de-x-ls`), which words only what it says differently and falls back to German.
    pub missing: Vec<String>,
    /// Ids of this file that de.ftl does not have.
    pub superfluous: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CheckReport {
    /// Every language but German, by code.
    pub languages: Vec<LanguageReport>,
    pub syntax_errors: Vec<SyntaxError>,
}

impl CheckReport {
    /// The check fails on a missing UI key or a syntax error.
    pub fn passed(&self) -> bool {
        self.syntax_errors.is_empty()
            && self
                .languages
                .iter()
                .all(|language| language.missing.is_empty())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("cannot read the translation folder {}: {source}", dir.display())]
    Folder {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", file.display())]
    File {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{} has no {DEFAULT_LANGUAGE}.ftl, the source language every other file is compared with", dir.display())]
    NoGerman { dir: PathBuf },
}

/// Checks every `*.ftl` file of `dir` (named by its language code, e.g. `tr.ftl`).
pub fn check_dir(dir: &Path) -> Result<CheckReport, CheckError> {
    let folder_error = |source| CheckError::Folder {
        dir: dir.to_owned(),
        source,
    };
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .map_err(folder_error)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .filter_map(|path| {
            let code = path.file_stem()?.to_str()?.to_owned();
            Some((code, path))
        })
        .collect();
    files.sort();
    let mut sources = Vec::new();
    for (code, file) in files {
        let source = std::fs::read_to_string(&file).map_err(|source| CheckError::File {
            file: file.clone(),
            source,
        })?;
        sources.push((code, file, source));
    }
    let german = sources
        .iter()
        .position(|(code, _, _)| code == DEFAULT_LANGUAGE)
        .ok_or_else(|| CheckError::NoGerman {
            dir: dir.to_owned(),
        })?;
    Ok(check_sources(&sources, german))
}

/// The same check over (code, file name, source) triples; `german` indexes the German one.
pub fn check_sources(sources: &[(String, PathBuf, String)], german: usize) -> CheckReport {
    let mut report = CheckReport::default();
    let parsed: Vec<BTreeSet<String>> = sources
        .iter()
        .map(|(_, file, source)| ids(file, source, &mut report.syntax_errors))
        .collect();
    let Some(german_ids) = parsed.get(german) else {
        return report;
    };
    for (index, ((code, file, _), ids)) in sources.iter().zip(&parsed).enumerate() {
        if index == german {
            continue;
        }
        let missing = if crate::variant_base(code).is_some() {
            Vec::new()
        } else {
            german_ids.difference(ids).cloned().collect()
        };
        report.languages.push(LanguageReport {
            code: code.clone(),
            file: file.clone(),
            missing,
            superfluous: ids.difference(german_ids).cloned().collect(),
        });
    }
    report
}

/// The message and term ids of one file; syntax errors are added to `errors`.
fn ids(file: &Path, source: &str, errors: &mut Vec<SyntaxError>) -> BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, parse_errors)) => {
            for error in parse_errors {
                let (line, column) = line_and_column(source, error.pos.start);
                errors.push(SyntaxError {
                    file: file.to_owned(),
                    line,
                    column,
                    message: error.kind.to_string(),
                });
            }
            resource
        }
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            Entry::Term(term) => Some(format!("-{}", term.id.name)),
            _ => None,
        })
        .collect()
}

fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
    let column = before.get(line_start..).unwrap_or("").chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(code: &str, text: &str) -> (String, PathBuf, String) {
        (
            code.to_owned(),
            PathBuf::from(format!("{code}.ftl")),
            text.to_owned(),
        )
    }

    #[test]
    fn names_missing_and_superfluous_ids_per_language() {
        let report = check_sources(
            &[
                source("de", "a = A\nb = B\n-brand = T\n"),
                source("tr", "a = A\nc = C\n"),
                source("uk", "a = A\nb = B\n-brand = T\n"),
            ],
            0,
        );
        assert!(report.syntax_errors.is_empty());
        assert_eq!(report.languages.len(), 2);
        assert_eq!(report.languages[0].code, "tr");
        assert_eq!(report.languages[0].missing, vec!["-brand", "b"]);
        assert_eq!(report.languages[0].superfluous, vec!["c"]);
        assert!(report.languages[1].missing.is_empty());
        assert!(!report.passed(), "a missing id fails");
    }

    #[test]
    fn a_superfluous_id_only_warns() {
        let report = check_sources(
            &[source("de", "a = A\n"), source("pl", "a = A\nz = Z\n")],
            0,
        );
        assert!(report.passed());
        assert_eq!(report.languages[0].superfluous, vec!["z"]);
    }

    #[test]
    fn a_variant_lacks_nothing_it_takes_from_german() {
        let report = check_sources(
            &[
                source("de", "a = A\nb = B\n"),
                source("de-x-ls", "a = Leicht A\nz = Z\n"),
            ],
            0,
        );
        assert!(report.passed(), "{report:#?}");
        assert!(report.languages[0].missing.is_empty());
        assert_eq!(report.languages[0].superfluous, vec!["z"]);
    }

    #[test]
    fn a_syntax_error_is_named_with_file_line_and_column() {
        let report = check_sources(
            &[
                source("de", "a = A\nb = B\n"),
                source("ar", "a = أ\nb = { $x ]\nc = C\n"),
            ],
            0,
        );
        assert!(!report.passed());
        let error = &report.syntax_errors[0];
        assert_eq!(error.file, PathBuf::from("ar.ftl"));
        assert_eq!(error.line, 2, "{error:?}");
        assert!(error.column > 1, "{error:?}");
        assert!(!error.message.is_empty());
    }

    #[test]
    fn the_shipped_files_pass() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/i18n");
        let report = check_dir(&dir).expect("data/i18n is readable");
        assert!(report.passed(), "{report:#?}");
        assert_eq!(report.languages.len(), 7, "{report:#?}");
    }

    #[test]
    fn a_folder_without_german_is_refused() {
        let dir = tempdir();
        std::fs::write(dir.join("en.ftl"), "a = A\n").expect("write");
        let error = check_dir(&dir).expect_err("no de.ftl");
        assert!(error.to_string().contains("no de.ftl"), "{error}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn tempdir() -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "teilhabe-i18n-check-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&dir).expect("temp dir");
        dir
    }
}
