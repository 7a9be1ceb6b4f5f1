//! The category file (`data/discrimination/categories.toml`, docs/formats/discrimination.md):
//! areas of life, grounds (with the equal-treatment act's six, those beyond it and the subtypes
//! of racism), forms, levels, interventions and outcomes — each with an id, a German and an
//! English label and its flags. Every problem names file, line and column.

use serde::Deserialize;
use toml::Spanned;

use crate::position::Position;

/// One category of one list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub de: String,
    pub en: String,
    /// Within the scope of the equal-treatment act (areas, grounds, forms; false elsewhere).
    pub agg: bool,
    /// Grounds: counts towards the share of racist cases.
    pub racist: bool,
    /// Grounds: the parent ground of a subtype of racism.
    pub subtype_of: Option<String>,
    /// Outcomes: the case is still running (a closed case needs another outcome).
    pub open: bool,
    /// Labels in the residents' languages (tr, ar, ru, uk, pl), where the file has them.
    pub translations: Vec<(String, String)>,
}

/// The residents' languages a category may carry a label in, beside German and English.
pub const LABEL_LANGUAGES: [&str; 5] = ["tr", "ar", "ru", "uk", "pl"];

impl Category {
    /// The label in `language` and the language it is in: German for German (and Leichte
    /// Sprache), English for English, a resident's language where the file has it, German
    /// otherwise (the city works in German; the page marks it `lang="de"`).
    pub fn label_in(&self, language: &str) -> (&str, &'static str) {
        if language == "en" {
            return (&self.en, "en");
        }
        LABEL_LANGUAGES
            .iter()
            .find(|l| **l == language)
            .and_then(|l| {
                self.translations
                    .iter()
                    .find(|(code, _)| code == l)
                    .map(|(_, text)| (text.as_str(), *l))
            })
            .unwrap_or((&self.de, "de"))
    }

    /// The label in `language` ([`Category::label_in`] without the language).
    pub fn label(&self, language: &str) -> &str {
        self.label_in(language).0
    }
}

/// The six lists, each in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Categories {
    pub areas: Vec<Category>,
    pub grounds: Vec<Category>,
    pub forms: Vec<Category>,
    pub levels: Vec<Category>,
    pub interventions: Vec<Category>,
    pub outcomes: Vec<Category>,
}

impl Categories {
    pub fn ground(&self, id: &str) -> Option<&Category> {
        self.grounds.iter().find(|c| c.id == id)
    }

    pub fn outcome(&self, id: &str) -> Option<&Category> {
        self.outcomes.iter().find(|c| c.id == id)
    }
}

/// A problem in the file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{}:{}: {message}", position.line, position.column)]
pub struct FileProblem {
    pub file: String,
    pub position: Position,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: Spanned<i64>,
    #[serde(default)]
    areas: Vec<Spanned<Entry>>,
    #[serde(default)]
    grounds: Vec<Spanned<Entry>>,
    #[serde(default)]
    forms: Vec<Spanned<Entry>>,
    #[serde(default)]
    levels: Vec<Spanned<Entry>>,
    #[serde(default)]
    interventions: Vec<Spanned<Entry>>,
    #[serde(default)]
    outcomes: Vec<Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: Spanned<String>,
    de: Spanned<String>,
    en: Spanned<String>,
    tr: Option<Spanned<String>>,
    ar: Option<Spanned<String>>,
    ru: Option<Spanned<String>>,
    uk: Option<Spanned<String>>,
    pl: Option<Spanned<String>>,
    agg: Option<Spanned<bool>>,
    racist: Option<Spanned<bool>>,
    subtype_of: Option<Spanned<String>>,
    open: Option<Spanned<bool>>,
}

/// Which flags a list allows; `agg` is required where it is allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum List {
    Areas,
    Grounds,
    Forms,
    Levels,
    Interventions,
    Outcomes,
}

impl List {
    fn name(self) -> &'static str {
        match self {
            List::Areas => "areas",
            List::Grounds => "grounds",
            List::Forms => "forms",
            List::Levels => "levels",
            List::Interventions => "interventions",
            List::Outcomes => "outcomes",
        }
    }

    fn has_agg(self) -> bool {
        matches!(self, List::Areas | List::Grounds | List::Forms)
    }
}

/// Reads and checks the file `file` (its name, for the messages) with the text `source`.
/// Every problem is reported, not only the first.
pub fn parse(file: &str, source: &str) -> Result<Categories, Vec<FileProblem>> {
    let problem = |offset: usize, message: String| FileProblem {
        file: file.to_owned(),
        position: Position::of_offset(source, offset),
        message,
    };
    let parsed: File = crate::position::read_toml(source)
        .map_err(|(offset, message)| vec![problem(offset, message)])?;
    let mut problems = Vec::new();
    if *parsed.format.get_ref() != 1 {
        problems.push(problem(
            parsed.format.span().start,
            "unsupported format; this version of teilhabe reads format 1".into(),
        ));
    }
    let mut seen: Vec<String> = Vec::new();
    let mut read = |list: List, entries: &[Spanned<Entry>], problems: &mut Vec<FileProblem>| {
        if entries.is_empty() {
            problems.push(problem(
                0,
                format!(
                    "`[[{}]]` is missing: the list needs at least one entry",
                    list.name()
                ),
            ));
        }
        let mut out: Vec<Category> = Vec::with_capacity(entries.len());
        for entry in entries {
            let start = entry.span().start;
            let entry = entry.get_ref();
            let id = entry.id.get_ref().trim();
            if !crate::institution::is_code(id) {
                problems.push(problem(
                    entry.id.span().start,
                    format!(
                        "`{id}` is no id (lower-case letters, digits and inner hyphens, at most 64)"
                    ),
                ));
            } else if seen.iter().any(|s| s == id) {
                // Ids are unique across the lists, so a stored id names one thing.
                problems.push(problem(
                    entry.id.span().start,
                    format!("id `{id}` is used twice"),
                ));
            }
            seen.push(id.to_owned());
            let translations = [
                ("tr", &entry.tr),
                ("ar", &entry.ar),
                ("ru", &entry.ru),
                ("uk", &entry.uk),
                ("pl", &entry.pl),
            ];
            for (name, label) in [("de", &entry.de), ("en", &entry.en)].into_iter().chain(
                translations
                    .iter()
                    .filter_map(|(n, l)| l.as_ref().map(|l| (*n, l))),
            ) {
                if label.get_ref().trim().is_empty() {
                    problems.push(problem(
                        label.span().start,
                        format!("`{id}`: label `{name}` is empty"),
                    ));
                }
            }
            let not_here = |flag: &str, offset: usize| {
                problem(
                    offset,
                    format!("`{flag}` is not a flag of `[[{}]]`", list.name()),
                )
            };
            match (&entry.agg, list.has_agg()) {
                (None, true) => problems.push(problem(
                    start,
                    format!("`{id}`: `agg = true` or `agg = false` is required"),
                )),
                (Some(flag), false) => problems.push(not_here("agg", flag.span().start)),
                _ => {}
            }
            if let Some(flag) = &entry.racist
                && list != List::Grounds
            {
                problems.push(not_here("racist", flag.span().start));
            }
            if let Some(flag) = &entry.subtype_of
                && list != List::Grounds
            {
                problems.push(not_here("subtype_of", flag.span().start));
            }
            if let Some(flag) = &entry.open
                && list != List::Outcomes
            {
                problems.push(not_here("open", flag.span().start));
            }
            let racist = entry.racist.as_ref().is_some_and(|f| *f.get_ref());
            let subtype_of = entry.subtype_of.as_ref().map(|parent| {
                let name = parent.get_ref().trim().to_owned();
                match out.iter().find(|c| c.id == name) {
                    None => problems.push(problem(
                        parent.span().start,
                        format!("`{id}`: `subtype_of = \"{name}\"` names no ground listed above it"),
                    )),
                    Some(found) if !found.racist => problems.push(problem(
                        parent.span().start,
                        format!("`{id}`: `{name}` is not marked `racist = true`, so it has no subtypes of racism"),
                    )),
                    Some(_) if !racist => problems.push(problem(
                        start,
                        format!("`{id}`: a subtype of racism must be marked `racist = true`"),
                    )),
                    Some(_) => {}
                }
                name
            });
            out.push(Category {
                id: id.to_owned(),
                de: entry.de.get_ref().trim().to_owned(),
                en: entry.en.get_ref().trim().to_owned(),
                agg: entry.agg.as_ref().is_some_and(|f| *f.get_ref()),
                racist,
                subtype_of,
                open: entry.open.as_ref().is_some_and(|f| *f.get_ref()),
                translations: translations
                    .iter()
                    .filter_map(|(name, label)| {
                        label
                            .as_ref()
                            .map(|l| ((*name).to_owned(), l.get_ref().trim().to_owned()))
                    })
                    .collect(),
            });
        }
        out
    };
    let categories = Categories {
        areas: read(List::Areas, &parsed.areas, &mut problems),
        grounds: read(List::Grounds, &parsed.grounds, &mut problems),
        forms: read(List::Forms, &parsed.forms, &mut problems),
        levels: read(List::Levels, &parsed.levels, &mut problems),
        interventions: read(List::Interventions, &parsed.interventions, &mut problems),
        outcomes: read(List::Outcomes, &parsed.outcomes, &mut problems),
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    if !categories.outcomes.iter().any(|o| !o.open) {
        return Err(vec![problem(
            0,
            "every outcome is `open = true`: a closed case would have none to record".into(),
        )]);
    }
    Ok(categories)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../../data/discrimination/categories.toml");

    fn ids(list: &[Category]) -> Vec<&str> {
        list.iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn the_shipped_file_reads_with_the_standards_categories() {
        let categories = parse("categories.toml", SHIPPED).unwrap();
        assert_eq!(categories.areas.len(), 10);
        let agg: Vec<&str> = categories
            .grounds
            .iter()
            .filter(|g| g.agg && g.subtype_of.is_none())
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(
            agg,
            [
                "ethnic-origin",
                "gender",
                "religion-belief",
                "disability",
                "age",
                "sexual-identity"
            ]
        );
        let racist: Vec<&str> = categories
            .grounds
            .iter()
            .filter(|g| g.racist)
            .map(|g| g.id.as_str())
            .collect();
        assert_eq!(
            racist,
            [
                "ethnic-origin",
                "anti-muslim",
                "anti-black",
                "antisemitism",
                "antiziganism",
                "anti-asian",
                "other-racism"
            ]
        );
        assert!(
            categories
                .grounds
                .iter()
                .filter(|g| g.subtype_of.is_some())
                .all(|g| g.subtype_of.as_deref() == Some("ethnic-origin"))
        );
        // Outside the AGG: justice and police, public space, internet.
        for area in ["justice-police", "public-space", "internet-media"] {
            assert!(
                !categories.areas.iter().any(|a| a.id == area && a.agg),
                "{area}"
            );
        }
        assert_eq!(
            ids(&categories.forms),
            [
                "direct",
                "indirect",
                "harassment",
                "sexual-harassment",
                "instruction"
            ]
        );
        assert_eq!(
            ids(&categories.levels),
            ["individual", "institutional", "structural"]
        );
        assert_eq!(categories.interventions.len(), 7);
        assert_eq!(
            categories
                .outcomes
                .iter()
                .filter(|o| o.open)
                .map(|o| o.id.as_str())
                .collect::<Vec<_>>(),
            ["open"]
        );
        assert_eq!(categories.areas[0].label("de"), "Arbeit");
        assert_eq!(categories.areas[0].label("en"), "Work");
        assert_eq!(categories.areas[0].label_in("de"), ("Arbeit", "de"));
        assert_eq!(categories.areas[0].label_in("de-x-ls"), ("Arbeit", "de"));
        for language in LABEL_LANGUAGES {
            for list in [
                &categories.areas,
                &categories.grounds,
                &categories.forms,
                &categories.levels,
                &categories.interventions,
                &categories.outcomes,
            ] {
                for category in list {
                    let (label, lang) = category.label_in(language);
                    assert_eq!(lang, language, "{}: no {language} label", category.id);
                    assert!(!label.is_empty() && label != category.de, "{}", category.id);
                }
            }
        }
    }

    const SMALL: &str = "format = 1\n\
        [[areas]]\nid = \"work\"\nde = \"Arbeit\"\nen = \"Work\"\nagg = true\n\
        [[grounds]]\nid = \"ethnic-origin\"\nde = \"H\"\nen = \"O\"\nagg = true\nracist = true\n\
        [[forms]]\nid = \"direct\"\nde = \"u\"\nen = \"d\"\nagg = true\n\
        [[levels]]\nid = \"individual\"\nde = \"i\"\nen = \"i\"\n\
        [[interventions]]\nid = \"referral\"\nde = \"v\"\nen = \"r\"\n\
        [[outcomes]]\nid = \"success\"\nde = \"e\"\nen = \"s\"\n";

    fn messages(source: &str) -> Vec<String> {
        parse("c.toml", source)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn a_small_file_reads() {
        let categories = parse("c.toml", SMALL).unwrap();
        assert_eq!(ids(&categories.areas), ["work"]);
        assert!(categories.ground("ethnic-origin").is_some_and(|g| g.racist));
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let broken = SMALL.replace("en = \"Work\"", "en = Work");
        assert_eq!(messages(&broken).len(), 1);
        assert!(
            messages(&broken)[0].starts_with("c.toml:5:6: "),
            "{:?}",
            messages(&broken)
        );
        let unknown = SMALL.replace("en = \"Work\"\n", "en = \"Work\"\ncolour = 1\n");
        let found = messages(&unknown);
        assert!(found[0].contains("colour"), "{found:?}");
    }

    #[test]
    fn every_rule_names_its_position() {
        let source = SMALL
            // Line 2: an id that is none.
            .replace("id = \"work\"", "id = \"Work Life\"")
            // An id used twice across lists.
            .replace("id = \"referral\"", "id = \"direct\"")
            // `agg` missing where required, and present where not allowed.
            .replace("en = \"d\"\nagg = true", "en = \"d\"")
            .replace("en = \"i\"\n", "en = \"i\"\nagg = false\n")
            // A subtype whose parent is not racist, an open flag on a ground.
            .replace(
                "racist = true\n",
                "racist = true\nopen = true\n[[grounds]]\nid = \"x\"\nde = \"x\"\nen = \"\"\nagg = true\nsubtype_of = \"nothing\"\n",
            )
            .replace("format = 1", "format = 2");
        let found = messages(&source);
        let expect = [
            ("c.toml:1:10: unsupported format", ""),
            ("c.toml:3:6: `Work Life` is no id", ""),
            ("c.toml:", "`open` is not a flag of `[[grounds]]`"),
            ("c.toml:", "`x`: label `en` is empty"),
            ("c.toml:", "`subtype_of = \"nothing\"` names no ground"),
            (
                "c.toml:",
                "`direct`: `agg = true` or `agg = false` is required",
            ),
            ("c.toml:", "`agg` is not a flag of `[[levels]]`"),
            ("c.toml:", "id `direct` is used twice"),
        ];
        assert_eq!(found.len(), expect.len(), "{found:#?}");
        for (start, part) in expect {
            assert!(
                found
                    .iter()
                    .any(|m| m.starts_with(start) && m.contains(part)),
                "{start} … {part} in {found:#?}"
            );
        }
    }

    #[test]
    fn lists_must_exist_and_a_closed_case_needs_an_outcome() {
        let without_forms = SMALL.replace(
            "[[forms]]\nid = \"direct\"\nde = \"u\"\nen = \"d\"\nagg = true\n",
            "",
        );
        assert!(
            messages(&without_forms)
                .iter()
                .any(|m| m.contains("`[[forms]]` is missing"))
        );
        let all_open = SMALL.replace("en = \"s\"\n", "en = \"s\"\nopen = true\n");
        assert!(messages(&all_open)[0].contains("every outcome is `open = true`"));
        let parent_not_racist = SMALL.replace(
            "[[forms]]",
            "[[grounds]]\nid = \"age\"\nde = \"a\"\nen = \"a\"\nagg = true\n\
             [[grounds]]\nid = \"y\"\nde = \"y\"\nen = \"y\"\nagg = true\nsubtype_of = \"age\"\n\
             [[grounds]]\nid = \"z\"\nde = \"z\"\nen = \"z\"\nagg = true\nsubtype_of = \"ethnic-origin\"\n[[forms]]",
        );
        let found = messages(&parent_not_racist);
        assert!(
            found
                .iter()
                .any(|m| m.contains("`age` is not marked `racist = true`")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.contains("`z`: a subtype of racism must be marked")),
            "{found:?}"
        );
        assert_eq!(found.len(), 2, "{found:?}");
    }
}
