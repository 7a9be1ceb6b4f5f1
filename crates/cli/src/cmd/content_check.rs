//! The content part of `teilhabe i18n check` (issue 14): for every city with a concept file, the
//! shipped translations (`translations/<city>/*.xlf`) against its concept and indicator files,
//! per content language. Missing and outdated texts are listed, not failed: the lead has them
//! translated; a broken file or an unknown key fails.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context;
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::translation::{check_files, content_texts};

use super::indicators::parse_catalogue;

pub struct ContentCheck {
    pub text: String,
    pub passed: bool,
}

pub fn check(data: &Path) -> anyhow::Result<ContentCheck> {
    let mut out = String::new();
    let mut passed = true;
    let concepts = data.join("concept");
    let Ok(entries) = std::fs::read_dir(&concepts) else {
        let _ = writeln!(
            out,
            "content translations: no concept files in {}",
            concepts.display()
        );
        return Ok(ContentCheck { text: out, passed });
    };
    let mut cities: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            entry
                .file_name()
                .to_str()
                .and_then(|name| name.strip_suffix(".toml"))
                .map(str::to_owned)
        })
        .collect();
    cities.sort();
    for city in cities {
        let path = concepts.join(format!("{city}.toml"));
        let source = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let Ok(concept) = parse_concept(&source) else {
            let _ = writeln!(
                out,
                "content {city}: {} is invalid (see `teilhabe concept check`)",
                path.display()
            );
            passed = false;
            continue;
        };
        let indicator_dir = data.join("indicators").join(&city);
        let indicator_files = read_files(&indicator_dir, ".toml")?;
        let sources: Vec<(&str, &str)> = indicator_files
            .iter()
            .filter_map(|(name, bytes)| Some((name.as_str(), std::str::from_utf8(bytes).ok()?)))
            .collect();
        let indicators = match parse_catalogue(&indicator_dir.display().to_string(), &sources) {
            Ok(indicators) => indicators,
            Err(problems) => {
                for problem in problems {
                    let _ = writeln!(out, "content {city}: {problem}");
                }
                passed = false;
                continue;
            }
        };
        let texts = content_texts(&concept, &indicators, &[]);
        let translation_dir = data.join("translations").join(&city);
        let files: Vec<(String, Vec<u8>)> = read_files(&translation_dir, ".xlf")?
            .into_iter()
            .map(|(name, bytes)| (translation_dir.join(name).display().to_string(), bytes))
            .collect();
        if files.is_empty() {
            let _ = writeln!(
                out,
                "content {city}: no shipped translations in {} ({} texts)",
                translation_dir.display(),
                texts.len()
            );
            continue;
        }
        let report = check_files(&city, &texts, &files);
        for problem in &report.problems {
            let _ = writeln!(out, "content {city}: {problem}");
        }
        passed &= report.problems.is_empty();
        for language in &report.languages {
            let kept = language.current + language.outdated.len() + language.missing.len();
            let _ = writeln!(
                out,
                "content {city} {} ({}): {} of {kept} current, {} outdated, {} missing",
                language.language,
                language.file.as_deref().unwrap_or("no file"),
                language.current,
                language.outdated.len(),
                language.missing.len()
            );
            for text in &language.outdated {
                let _ = writeln!(out, "  outdated: {} — {}", text.key, text.german);
            }
            for text in &language.missing {
                let _ = writeln!(out, "  missing: {} — {}", text.key, text.german);
            }
        }
    }
    Ok(ContentCheck { text: out, passed })
}

/// The files of `dir` ending in `suffix`, by name; none when the folder does not exist.
fn read_files(dir: &Path, suffix: &str) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        if path.is_file() && name.ends_with(suffix) {
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            files.push((name, bytes));
        }
    }
    files.sort();
    Ok(files)
}
