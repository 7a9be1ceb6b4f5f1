//! Changing the concept in place of editing its file: texts in every language, recommendations
//! and action fields added, retired and reordered. Every change is checked by the rules the
//! concept file is checked by (`parse_concept` on the written file, so `teilhabe concept check`
//! and an edit in the browser can never disagree), and ids are stable: a recommendation's or a
//! field's id never changes, never disappears and is never given a second time.

use std::collections::BTreeSet;
use std::fmt;

use super::{ActionField, Concept, Recommendation, RecommendationKind, Retirement, Text};
use super::{is_slug, parse_concept, to_toml};
use crate::text::PRIMARY_LANGUAGE;

/// Where a text of the concept is, written as the concept file's path with 1-based positions,
/// e.g. `fields[3].recommendations[2].text`. Forms use it as the name of the text's input, so a
/// problem the file rules report at `fields[3].recommendations[2].text.de` names its input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextPath {
    Title,
    Subtitle,
    ResultsHeading,
    SectionHeading(usize),
    SectionIntro(usize),
    Statement(usize, usize),
    FieldTitle(usize),
    FieldIntro(usize),
    Recommendation(usize, usize),
}

impl fmt::Display for TextPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextPath::Title => write!(f, "concept.title"),
            TextPath::Subtitle => write!(f, "concept.subtitle"),
            TextPath::ResultsHeading => write!(f, "concept.results_heading"),
            TextPath::SectionHeading(s) => write!(f, "sections[{s}].heading"),
            TextPath::SectionIntro(s) => write!(f, "sections[{s}].intro"),
            TextPath::Statement(s, i) => write!(f, "sections[{s}].items[{i}].text"),
            TextPath::FieldTitle(n) => write!(f, "fields[{n}].title"),
            TextPath::FieldIntro(n) => write!(f, "fields[{n}].intro"),
            TextPath::Recommendation(n, r) => write!(f, "fields[{n}].recommendations[{r}].text"),
        }
    }
}

impl TextPath {
    /// Reads a path as [`fmt::Display`] writes it; `None` for anything else.
    pub fn parse(path: &str) -> Option<Self> {
        match path {
            "concept.title" => Some(TextPath::Title),
            "concept.subtitle" => Some(TextPath::Subtitle),
            "concept.results_heading" => Some(TextPath::ResultsHeading),
            _ => parse_nested(path),
        }
    }
}

/// The full parse: `list[n].key` or `list[n].items[m].text` with positive positions.
fn parse_nested(path: &str) -> Option<TextPath> {
    let (outer, rest) = split_index(path)?;
    match (outer.0, rest) {
        ("sections", "heading") => Some(TextPath::SectionHeading(outer.1)),
        ("sections", "intro") => Some(TextPath::SectionIntro(outer.1)),
        ("fields", "title") => Some(TextPath::FieldTitle(outer.1)),
        ("fields", "intro") => Some(TextPath::FieldIntro(outer.1)),
        (list, rest) => {
            let (inner, key) = split_index(rest)?;
            match (list, inner.0, key) {
                ("sections", "items", "text") => Some(TextPath::Statement(outer.1, inner.1)),
                ("fields", "recommendations", "text") => {
                    Some(TextPath::Recommendation(outer.1, inner.1))
                }
                _ => None,
            }
        }
    }
}

/// `name[n].rest` → ((`name`, n), `rest`).
fn split_index(path: &str) -> Option<((&str, usize), &str)> {
    let (name, after) = path.split_once('[')?;
    let (number, rest) = after.split_once("].")?;
    let number: usize = number.parse().ok().filter(|n| *n > 0)?;
    Some(((name, number), rest))
}

/// A part that can be retired or moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A recommendation, by its id.
    Recommendation(String),
    /// An action field, by its slug.
    Field(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// One change of the concept. A save applies a list of them and becomes one new version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The text at `path` in `language`; an empty value removes a translation (or, for German,
    /// is refused by the file rules).
    SetText {
        path: TextPath,
        language: String,
        value: String,
    },
    /// A new recommendation at the end of the field; its id is generated.
    AddRecommendation { field: String, text: Text },
    /// The part stays in the concept, marked retired with the save's date, version and reason.
    Retire(Part),
    /// One place up or down among its neighbours.
    Move(Part, Direction),
    /// A new action field at the end, with its first recommendation; the slug is generated from
    /// the German title.
    AddField { title: Text, recommendation: Text },
}

/// What an edit knows of the save it belongs to.
#[derive(Debug, Clone)]
pub struct EditContext<'a> {
    /// Ids that any stored version used: never given to a new part.
    pub used_ids: &'a BTreeSet<String>,
    /// The date of the save, YYYY-MM-DD.
    pub date: &'a str,
    /// The version the save creates.
    pub version: i64,
    /// Why: recorded with a retirement.
    pub reason: &'a str,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("no such part of the concept: {0}")]
    Unknown(String),
    #[error("`{0}` is retired already")]
    AlreadyRetired(String),
    #[error("`{0}` cannot move further")]
    CannotMove(String),
    #[error("ids never change or disappear: {}", .0.join(", "))]
    IdsRemoved(Vec<String>),
    #[error("ids are never given twice: {}", .0.join(", "))]
    IdsReused(Vec<String>),
    /// The changed concept breaks a rule of the concept file: (path, message) each.
    #[error("{}", .0.iter().map(|(path, message)| format!("{path}: {message}")).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<(String, String)>),
}

/// `concept` with `edits` applied, checked by the file rules and for stable ids.
pub fn apply(
    concept: &Concept,
    edits: &[Edit],
    context: &EditContext<'_>,
) -> Result<Concept, EditError> {
    let mut changed = concept.clone();
    for edit in edits {
        apply_one(&mut changed, edit, context)?;
    }
    check(concept, &changed, context.used_ids)?;
    Ok(changed)
}

fn apply_one(
    concept: &mut Concept,
    edit: &Edit,
    context: &EditContext<'_>,
) -> Result<(), EditError> {
    match edit {
        Edit::SetText {
            path,
            language,
            value,
        } => set_text(concept, *path, language, value),
        Edit::AddRecommendation { field, text } => {
            let id = next_recommendation_id(concept, field, context.used_ids)
                .ok_or_else(|| EditError::Unknown(field.clone()))?;
            let field = field_mut(concept, field)?;
            field.recommendations.push(Recommendation {
                id,
                text: text.clone(),
                tags: Vec::new(),
                retired: None,
            });
            Ok(())
        }
        Edit::Retire(part) => {
            let retirement = Retirement {
                date: context.date.to_owned(),
                version: Some(context.version),
                reason: context.reason.trim().to_owned(),
            };
            let (id, slot) = match part {
                Part::Field(slug) => (slug, &mut field_mut(concept, slug)?.retired),
                Part::Recommendation(id) => (id, &mut recommendation_mut(concept, id)?.retired),
            };
            if slot.is_some() {
                return Err(EditError::AlreadyRetired(id.clone()));
            }
            *slot = Some(retirement);
            Ok(())
        }
        Edit::Move(Part::Field(slug), direction) => {
            let index = concept
                .fields
                .iter()
                .position(|field| &field.slug == slug)
                .ok_or_else(|| EditError::Unknown(slug.clone()))?;
            move_within(&mut concept.fields, index, *direction)
                .ok_or_else(|| EditError::CannotMove(slug.clone()))
        }
        Edit::Move(Part::Recommendation(id), direction) => {
            let field = concept
                .fields
                .iter_mut()
                .find(|field| field.recommendations.iter().any(|r| &r.id == id))
                .ok_or_else(|| EditError::Unknown(id.clone()))?;
            let index = field
                .recommendations
                .iter()
                .position(|r| &r.id == id)
                .ok_or_else(|| EditError::Unknown(id.clone()))?;
            move_within(&mut field.recommendations, index, *direction)
                .ok_or_else(|| EditError::CannotMove(id.clone()))
        }
        Edit::AddField {
            title,
            recommendation,
        } => {
            let slug = new_field_slug(concept, title.german_text(), context.used_ids);
            let first = format!("{slug}-1");
            concept.fields.push(ActionField {
                slug,
                title: title.clone(),
                intro: None,
                recommendation_kind: RecommendationKind::Recommendation,
                recommendations: vec![Recommendation {
                    id: first,
                    text: recommendation.clone(),
                    tags: Vec::new(),
                    retired: None,
                }],
                retired: None,
            });
            Ok(())
        }
    }
}

/// Swaps the element at `index` with its neighbour; `None` at the edge.
fn move_within<T>(list: &mut [T], index: usize, direction: Direction) -> Option<()> {
    let other = match direction {
        Direction::Up => index.checked_sub(1)?,
        Direction::Down => index + 1,
    };
    if other >= list.len() {
        return None;
    }
    list.swap(index, other);
    Some(())
}

fn field_mut<'c>(concept: &'c mut Concept, slug: &str) -> Result<&'c mut ActionField, EditError> {
    concept
        .fields
        .iter_mut()
        .find(|field| field.slug == slug)
        .ok_or_else(|| EditError::Unknown(slug.to_owned()))
}

fn recommendation_mut<'c>(
    concept: &'c mut Concept,
    id: &str,
) -> Result<&'c mut Recommendation, EditError> {
    concept
        .fields
        .iter_mut()
        .flat_map(|field| field.recommendations.iter_mut())
        .find(|recommendation| recommendation.id == id)
        .ok_or_else(|| EditError::Unknown(id.to_owned()))
}

fn set_text(
    concept: &mut Concept,
    path: TextPath,
    language: &str,
    value: &str,
) -> Result<(), EditError> {
    let unknown = || EditError::Unknown(path.to_string());
    let optional: &mut Option<Text> = match path {
        TextPath::Subtitle => &mut concept.subtitle,
        TextPath::ResultsHeading => &mut concept.results_heading,
        TextPath::SectionIntro(s) => &mut nth(&mut concept.sections, s).ok_or_else(unknown)?.intro,
        TextPath::FieldIntro(n) => &mut nth(&mut concept.fields, n).ok_or_else(unknown)?.intro,
        TextPath::Title => return set_required(&mut concept.title, language, value),
        TextPath::SectionHeading(s) => {
            let section = nth(&mut concept.sections, s).ok_or_else(unknown)?;
            return set_required(&mut section.heading, language, value);
        }
        TextPath::Statement(s, i) => {
            let section = nth(&mut concept.sections, s).ok_or_else(unknown)?;
            let item = nth(&mut section.items, i).ok_or_else(unknown)?;
            return set_required(&mut item.text, language, value);
        }
        TextPath::FieldTitle(n) => {
            let field = nth(&mut concept.fields, n).ok_or_else(unknown)?;
            return set_required(&mut field.title, language, value);
        }
        TextPath::Recommendation(n, r) => {
            let field = nth(&mut concept.fields, n).ok_or_else(unknown)?;
            let recommendation = nth(&mut field.recommendations, r).ok_or_else(unknown)?;
            return set_required(&mut recommendation.text, language, value);
        }
    };
    *optional = with_language(optional.take(), language, value);
    Ok(())
}

/// A text that must be there: emptied, it is an empty German text the file rules refuse.
fn set_required(text: &mut Text, language: &str, value: &str) -> Result<(), EditError> {
    *text = with_language(Some(text.clone()), language, value).unwrap_or_else(|| Text::german(""));
    Ok(())
}

/// The element at 1-based `position`.
fn nth<T>(list: &mut [T], position: usize) -> Option<&mut T> {
    list.get_mut(position.checked_sub(1)?)
}

/// `text` with `language` set to `value` (trimmed; empty removes it). German stays as a key, empty
/// if need be, so that the file rules name the missing German text; no language left is `None`.
fn with_language(text: Option<Text>, language: &str, value: &str) -> Option<Text> {
    let mut map: std::collections::BTreeMap<String, String> = text
        .iter()
        .flat_map(|text| text.iter())
        .map(|(language, content)| (language.to_owned(), content.to_owned()))
        .collect();
    let value = value.trim();
    if value.is_empty() {
        map.remove(language);
    } else {
        map.insert(language.to_owned(), value.to_owned());
    }
    map.retain(|_, content| !content.is_empty());
    if map.is_empty() {
        return None;
    }
    map.entry(PRIMARY_LANGUAGE.to_owned()).or_default();
    Text::from_map(map)
}

/// The id the next recommendation of `field` gets: the pattern of the field's ids (`sprache-4`
/// after `sprache-3`), one above the highest number any version used with that prefix.
pub fn next_recommendation_id(
    concept: &Concept,
    field: &str,
    used_ids: &BTreeSet<String>,
) -> Option<String> {
    let field = concept.field(field)?;
    let prefix = field
        .recommendations
        .last()
        .and_then(|last| numbered(&last.id))
        .map(|(prefix, _)| prefix)
        .unwrap_or(&field.slug);
    let highest = concept
        .ids()
        .into_iter()
        .chain(used_ids.iter().map(String::as_str))
        .filter_map(numbered)
        .filter(|(other, _)| *other == prefix)
        .map(|(_, number)| number)
        .max()
        .unwrap_or(0);
    Some(format!("{prefix}-{}", highest + 1))
}

/// `sprache-12` → (`sprache`, 12).
fn numbered(id: &str) -> Option<(&str, u64)> {
    let (prefix, number) = id.rsplit_once('-')?;
    // An empty number does not parse: no test of its own.
    if prefix.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((prefix, number.parse().ok()?))
}

/// A slug from a German title (`Wohnen & Quartier` → `wohnen-quartier`), made unique against the
/// concept's ids and every id used before.
pub fn new_field_slug(concept: &Concept, title: &str, used_ids: &BTreeSet<String>) -> String {
    let mut slug = String::new();
    for character in title.to_lowercase().chars() {
        let part = match character {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                slug.push(c);
                continue;
            }
            _ => "-",
        };
        slug.push_str(part);
    }
    let mut words: Vec<&str> = slug.split('-').filter(|word| !word.is_empty()).collect();
    while words.iter().map(|w| w.len() + 1).sum::<usize>() > 41 && words.len() > 1 {
        words.pop();
    }
    let base = match words.join("-") {
        empty if empty.is_empty() => "handlungsfeld".to_owned(),
        base => base,
    };
    let taken =
        |candidate: &str| concept.ids().contains(&candidate) || used_ids.contains(candidate);
    let mut candidate = base.clone();
    let mut number = 1;
    while taken(&candidate) || !is_slug(&candidate) {
        number += 1;
        candidate = format!("{base}-{number}");
    }
    candidate
}

/// Whether `after` may follow `before`: every id of a field and a recommendation kept, no new one
/// that an earlier version used, and the file rules hold.
pub fn check(
    before: &Concept,
    after: &Concept,
    used_ids: &BTreeSet<String>,
) -> Result<(), EditError> {
    let stable = |concept: &Concept| -> BTreeSet<String> {
        concept
            .fields
            .iter()
            .flat_map(|field| {
                std::iter::once(field.slug.clone())
                    .chain(field.recommendations.iter().map(|r| r.id.clone()))
            })
            .collect()
    };
    let (old, new) = (stable(before), stable(after));
    let removed: Vec<String> = old.difference(&new).cloned().collect();
    if !removed.is_empty() {
        return Err(EditError::IdsRemoved(removed));
    }
    let reused: Vec<String> = new
        .difference(&old)
        .filter(|id| used_ids.contains(*id))
        .cloned()
        .collect();
    if !reused.is_empty() {
        return Err(EditError::IdsReused(reused));
    }
    match parse_concept(&to_toml(after)) {
        Err(problems) => Err(EditError::Invalid(
            problems
                .into_iter()
                .map(|problem| (problem.path, problem.message))
                .collect(),
        )),
        Ok(read) if &read != after => Err(EditError::Invalid(vec![(
            String::new(),
            "the concept does not read back as written".to_owned(),
        )])),
        Ok(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests;
