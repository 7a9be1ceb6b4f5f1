//! Reading a concept file (TOML, format 1; see docs/formats/concept.md).
//!
//! The file is walked by hand over the span-preserving TOML tree instead of through serde, so that
//! one run reports *every* problem — unknown keys, missing German texts, duplicate ids, fields
//! without recommendations — each with the line and column where it is, not just the first.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::{
    ActionField, City, Concept, Recommendation, RecommendationKind, Retirement, Section,
    SectionKind, Statement, Tag, is_slug,
};
use crate::position::{LineIndex, Position};
use crate::text::{PRIMARY_LANGUAGE, Text, is_language_code};

/// The only format version this reader understands.
const FORMAT_VERSION: i64 = 1;

/// One thing wrong with a concept file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub position: Position,
    /// Where in the document's structure, e.g. `fields[3].recommendations[2].text`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.position, self.message)
        } else {
            write!(f, "{}: {}: {}", self.position, self.path, self.message)
        }
    }
}

/// Parses and checks a concept file. Either the whole concept, or every problem found, in the
/// order they appear in the file.
pub fn parse_concept(source: &str) -> Result<Concept, Vec<Problem>> {
    let mut reader = Reader {
        lines: LineIndex::new(source),
        problems: Vec::new(),
    };
    let (document, syntax_errors) = DeTable::parse_recoverable(source);
    for error in syntax_errors {
        let offset = error.span().map(|span| span.start).unwrap_or(0);
        reader.problem_at(offset, "", format!("TOML syntax: {}", error.message()));
    }
    let concept = reader.concept(document.get_ref(), document.span());
    if reader.problems.is_empty() {
        concept.ok_or_else(Vec::new)
    } else {
        let mut problems = reader.problems;
        problems.sort_by_key(|problem| problem.position);
        problems.dedup();
        Err(problems)
    }
}

type Table<'i> = DeTable<'i>;

struct Reader<'s> {
    /// Line starts of the source: every problem and every id is located without rescanning it.
    lines: LineIndex<'s>,
    problems: Vec<Problem>,
}

/// A table being read: remembers which keys were asked for, so the rest can be reported.
struct TableCursor<'t, 'i> {
    table: &'t Table<'i>,
    span: Range<usize>,
    path: String,
}

impl<'t, 'i> TableCursor<'t, 'i> {
    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}

impl Reader<'_> {
    fn problem_at(&mut self, offset: usize, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            position: self.lines.position(offset),
            path: path.to_owned(),
            message: message.into(),
        });
    }

    fn concept(&mut self, root: &Table<'_>, span: Range<usize>) -> Option<Concept> {
        let root = TableCursor {
            table: root,
            span,
            path: String::new(),
        };
        self.only_keys(
            &root,
            &["format", "city", "concept", "tags", "sections", "fields"],
        );
        self.format_version(&root);

        let city = self
            .table(&root, "city", true)
            .and_then(|city| self.city(&city));
        let header = self.table(&root, "concept", true);
        let tags = self.tags(&root);
        let tag_ids: Vec<&str> = tags.iter().map(|tag| tag.id.as_str()).collect();
        let mut ids = IdRegistry::default();
        let sections = self.sections(&root, &mut ids);
        let fields = self.fields(&root, &tag_ids, &mut ids);

        let header = header?;
        self.only_keys(
            &header,
            &[
                "id",
                "title",
                "subtitle",
                "adopted",
                "source",
                "results_heading",
            ],
        );
        let id = self.slug(&header, "id", true);
        let title = self.text(&header, "title", true);
        let subtitle = self.text(&header, "subtitle", false);
        let adopted = self.date(&header, "adopted");
        let source = self.string(&header, "source", false);
        let results_heading = self.text(&header, "results_heading", false);
        Some(Concept {
            city: city?,
            id: id?,
            title: title?,
            subtitle,
            adopted,
            source,
            results_heading,
            tags,
            sections,
            fields,
        })
    }

    fn format_version(&mut self, root: &TableCursor<'_, '_>) {
        match root.get("format") {
            None => self.problem_at(
                root.span.start,
                "format",
                format!("missing key `format`; expected `format = {FORMAT_VERSION}`"),
            ),
            Some(value) => match value.get_ref() {
                DeValue::Integer(number) if number.as_str() == FORMAT_VERSION.to_string() => {}
                _ => self.problem_at(
                    value.span().start,
                    "format",
                    format!(
                        "unsupported format; this version of teilhabe reads format {FORMAT_VERSION}"
                    ),
                ),
            },
        }
    }

    fn city(&mut self, city: &TableCursor<'_, '_>) -> Option<City> {
        self.only_keys(city, &["slug", "name", "ags"]);
        let slug = self.slug(city, "slug", true);
        let name = self.string(city, "name", true);
        let ags = self.string(city, "ags", false);
        if let (Some(ags), Some(value)) = (&ags, city.get("ags"))
            && !(ags.len() == 8 && ags.bytes().all(|byte| byte.is_ascii_digit()))
        {
            self.problem_at(
                value.span().start,
                &city.key_path("ags"),
                format!("`{ags}` is not an official municipality key; expected eight digits"),
            );
        }
        Some(City {
            slug: slug?,
            name: name?,
            ags,
        })
    }

    fn tags(&mut self, root: &TableCursor<'_, '_>) -> Vec<Tag> {
        let mut seen = IdRegistry::default();
        let mut tags = Vec::new();
        for tag in self.array_of_tables(root, "tags") {
            self.only_keys(&tag, &["id", "label"]);
            let id = self.registered_slug(&tag, "id", &mut seen, "tag");
            let label = self.text(&tag, "label", true);
            if let (Some(id), Some(label)) = (id, label) {
                tags.push(Tag { id, label });
            }
        }
        tags
    }

    fn sections(&mut self, root: &TableCursor<'_, '_>, ids: &mut IdRegistry) -> Vec<Section> {
        let mut sections = Vec::new();
        for section in self.array_of_tables(root, "sections") {
            self.only_keys(
                &section,
                &["id", "kind", "heading", "adopted", "intro", "items"],
            );
            let id = self.registered_slug(&section, "id", ids, "id");
            let kind = self.section_kind(&section);
            let heading = self.text(&section, "heading", true);
            let adopted = self.date(&section, "adopted");
            let intro = self.text(&section, "intro", false);
            let mut items = Vec::new();
            for item in self.array_of_tables(&section, "items") {
                self.only_keys(&item, &["id", "text"]);
                let id = self.registered_slug(&item, "id", ids, "id");
                let text = self.text(&item, "text", true);
                if let (Some(id), Some(text)) = (id, text) {
                    items.push(Statement { id, text });
                }
            }
            if let (Some(id), Some(kind), Some(heading)) = (id, kind, heading) {
                sections.push(Section {
                    id,
                    kind,
                    heading,
                    adopted,
                    intro,
                    items,
                });
            }
        }
        sections
    }

    fn section_kind(&mut self, section: &TableCursor<'_, '_>) -> Option<SectionKind> {
        let (kind, span) = self.string_with_span(section, "kind", true)?;
        let parsed = SectionKind::parse(&kind);
        if parsed.is_none() {
            let expected: Vec<&str> = SectionKind::ALL.iter().map(|kind| kind.as_str()).collect();
            self.problem_at(
                span.start,
                &section.key_path("kind"),
                format!(
                    "unknown section kind `{kind}`; expected one of {}",
                    expected.join(", ")
                ),
            );
        }
        parsed
    }

    fn fields(
        &mut self,
        root: &TableCursor<'_, '_>,
        tag_ids: &[&str],
        ids: &mut IdRegistry,
    ) -> Vec<ActionField> {
        let mut fields = Vec::new();
        let field_tables = self.array_of_tables(root, "fields");
        if field_tables.is_empty() && root.get("fields").is_none() {
            self.problem_at(
                root.span.start,
                "fields",
                "the concept has no action fields; expected at least one [[fields]] table",
            );
        }
        for field in field_tables {
            self.only_keys(
                &field,
                &[
                    "slug",
                    "title",
                    "intro",
                    "recommendation_kind",
                    "recommendations",
                    "retired",
                ],
            );
            let slug = self.registered_slug(&field, "slug", ids, "id");
            let title = self.text(&field, "title", true);
            let intro = self.text(&field, "intro", false);
            let recommendation_kind = self.recommendation_kind(&field);
            let retired = self.retirement(&field);
            let mut recommendations = Vec::new();
            let tables = self.array_of_tables(&field, "recommendations");
            if tables.is_empty() {
                self.problem_at(
                    field.span.start,
                    &field.key_path("recommendations"),
                    format!(
                        "action field `{}` has no recommendations; expected at least one [[fields.recommendations]] table",
                        slug.as_deref().unwrap_or("?")
                    ),
                );
            }
            for recommendation in tables {
                if let Some(recommendation) = self.recommendation(&recommendation, tag_ids, ids) {
                    recommendations.push(recommendation);
                }
            }
            if let (Some(slug), Some(title)) = (slug, title) {
                fields.push(ActionField {
                    slug,
                    title,
                    intro,
                    recommendation_kind,
                    recommendations,
                    retired,
                });
            }
        }
        fields
    }

    fn recommendation_kind(&mut self, field: &TableCursor<'_, '_>) -> RecommendationKind {
        let Some((kind, span)) = self.string_with_span(field, "recommendation_kind", false) else {
            return RecommendationKind::Recommendation;
        };
        RecommendationKind::parse(&kind).unwrap_or_else(|| {
            self.problem_at(
                span.start,
                &field.key_path("recommendation_kind"),
                format!(
                    "unknown recommendation kind `{kind}`; expected `recommendation` or `area`"
                ),
            );
            RecommendationKind::Recommendation
        })
    }

    fn recommendation(
        &mut self,
        table: &TableCursor<'_, '_>,
        tag_ids: &[&str],
        ids: &mut IdRegistry,
    ) -> Option<Recommendation> {
        self.only_keys(table, &["id", "text", "tags", "retired"]);
        let id = self.registered_slug(table, "id", ids, "id");
        let text = self.text(table, "text", true);
        let retired = self.retirement(table);
        let mut tags = Vec::new();
        if let Some(value) = table.get("tags") {
            let path = table.key_path("tags");
            match value.get_ref() {
                DeValue::Array(array) => {
                    for element in array.iter() {
                        match element.get_ref() {
                            DeValue::String(tag) if tag_ids.contains(&tag.as_ref()) => {
                                tags.push(tag.to_string());
                            }
                            DeValue::String(tag) => self.problem_at(
                                element.span().start,
                                &path,
                                format!(
                                    "unknown tag `{tag}`; declare it in a [[tags]] table or use one of: {}",
                                    tag_ids.join(", ")
                                ),
                            ),
                            _ => self.problem_at(element.span().start, &path, "expected a tag id as a string"),
                        }
                    }
                }
                _ => self.problem_at(
                    value.span().start,
                    &path,
                    "expected a list of tag ids, e.g. [\"refugees\"]",
                ),
            }
        }
        Some(Recommendation {
            id: id?,
            text: text?,
            tags,
            retired,
        })
    }

    /// `retired = { date = "2026-12-02", version = 4, reason = "…" }`: the part stays in the
    /// concept, marked as no longer in force.
    fn retirement(&mut self, table: &TableCursor<'_, '_>) -> Option<Retirement> {
        let retired = self.table(table, "retired", false)?;
        self.only_keys(&retired, &["date", "version", "reason"]);
        let date = match retired.get("date") {
            Some(_) => self.date(&retired, "date"),
            None => {
                self.problem_at(
                    retired.span.start,
                    &retired.key_path("date"),
                    "missing key `date`; expected date = \"YYYY-MM-DD\"",
                );
                None
            }
        };
        let reason = self.string(&retired, "reason", true);
        let version = match retired.get("version") {
            None => Some(None),
            Some(value) => match value.get_ref() {
                DeValue::Integer(number) => match number.as_str().parse::<i64>() {
                    Ok(version) if version > 0 => Some(Some(version)),
                    _ => None,
                },
                _ => None,
            }
            .or_else(|| {
                self.problem_at(
                    value.span().start,
                    &retired.key_path("version"),
                    "expected a concept version number such as 4",
                );
                None
            }),
        };
        Some(Retirement {
            date: date?,
            version: version?,
            reason: reason?,
        })
    }

    // --- building blocks -------------------------------------------------------------------

    fn only_keys(&mut self, table: &TableCursor<'_, '_>, allowed: &[&str]) {
        let mut unknown: Vec<(usize, String)> = table
            .table
            .iter()
            .filter(|(key, _)| !allowed.contains(&key.get_ref().as_ref()))
            .map(|(key, _)| (key.span().start, key.get_ref().to_string()))
            .collect();
        unknown.sort();
        for (offset, key) in unknown {
            self.problem_at(
                offset,
                &table.key_path(&key),
                format!(
                    "unknown key `{key}`; expected one of: {}",
                    allowed.join(", ")
                ),
            );
        }
    }

    fn table<'t, 'i>(
        &mut self,
        parent: &TableCursor<'t, 'i>,
        key: &str,
        required: bool,
    ) -> Option<TableCursor<'t, 'i>> {
        let path = parent.key_path(key);
        match parent.get(key) {
            None => {
                if required {
                    self.problem_at(parent.span.start, &path, format!("missing table [{path}]"));
                }
                None
            }
            Some(value) => match value.get_ref() {
                DeValue::Table(table) => Some(TableCursor {
                    table,
                    span: value.span(),
                    path,
                }),
                _ => {
                    self.problem_at(
                        value.span().start,
                        &path,
                        format!("expected a table [{path}]"),
                    );
                    None
                }
            },
        }
    }

    fn array_of_tables<'t, 'i>(
        &mut self,
        parent: &TableCursor<'t, 'i>,
        key: &str,
    ) -> Vec<TableCursor<'t, 'i>> {
        let path = parent.key_path(key);
        let Some(value) = parent.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.problem_at(
                value.span().start,
                &path,
                format!("expected a list of tables [[{path}]]"),
            );
            return Vec::new();
        };
        let mut tables = Vec::new();
        for (index, element) in array.iter().enumerate() {
            match element.get_ref() {
                DeValue::Table(table) => tables.push(TableCursor {
                    table,
                    span: element.span(),
                    path: format!("{path}[{}]", index + 1),
                }),
                _ => self.problem_at(
                    element.span().start,
                    &path,
                    format!("expected a table [[{path}]]"),
                ),
            }
        }
        tables
    }

    fn string_with_span(
        &mut self,
        table: &TableCursor<'_, '_>,
        key: &str,
        required: bool,
    ) -> Option<(String, Range<usize>)> {
        let path = table.key_path(key);
        match table.get(key) {
            None => {
                if required {
                    self.problem_at(table.span.start, &path, format!("missing key `{key}`"));
                }
                None
            }
            Some(value) => match value.get_ref() {
                DeValue::String(text) if text.trim().is_empty() => {
                    self.problem_at(value.span().start, &path, "empty text; expected a value");
                    None
                }
                DeValue::String(text) => Some((text.to_string(), value.span())),
                _ => {
                    self.problem_at(value.span().start, &path, "expected a string in quotes");
                    None
                }
            },
        }
    }

    fn string(&mut self, table: &TableCursor<'_, '_>, key: &str, required: bool) -> Option<String> {
        self.string_with_span(table, key, required)
            .map(|(text, _)| text)
    }

    fn slug(&mut self, table: &TableCursor<'_, '_>, key: &str, required: bool) -> Option<String> {
        let (slug, span) = self.string_with_span(table, key, required)?;
        if is_slug(&slug) {
            Some(slug)
        } else {
            self.problem_at(
                span.start,
                &table.key_path(key),
                format!(
                    "`{slug}` is not a valid id; expected lowercase letters a–z, digits and hyphens"
                ),
            );
            None
        }
    }

    fn registered_slug(
        &mut self,
        table: &TableCursor<'_, '_>,
        key: &str,
        registry: &mut IdRegistry,
        what: &str,
    ) -> Option<String> {
        let (_, span) = self.string_with_span(table, key, false).unzip();
        let slug = self.slug(table, key, true)?;
        let offset = span.map(|span| span.start).unwrap_or(table.span.start);
        if let Some(first) = registry.first_use(&slug, self.lines.position(offset)) {
            self.problem_at(
                offset,
                &table.key_path(key),
                format!(
                    "duplicate {what} `{slug}`; first used at line {}, column {}",
                    first.line, first.column
                ),
            );
            return None;
        }
        Some(slug)
    }

    fn date(&mut self, table: &TableCursor<'_, '_>, key: &str) -> Option<String> {
        let value = table.get(key)?;
        let text = match value.get_ref() {
            DeValue::Datetime(date) => date.to_string(),
            DeValue::String(text) => text.to_string(),
            _ => String::new(),
        };
        if is_iso_date(&text) {
            Some(text)
        } else {
            self.problem_at(
                value.span().start,
                &table.key_path(key),
                "expected a date as YYYY-MM-DD, e.g. \"2016-06-30\"",
            );
            None
        }
    }

    /// A text in several languages: `{ de = "…", en = "…" }`. German is required.
    fn text(&mut self, table: &TableCursor<'_, '_>, key: &str, required: bool) -> Option<Text> {
        let path = table.key_path(key);
        let Some(value) = table.get(key) else {
            if required {
                self.problem_at(
                    table.span.start,
                    &path,
                    format!("missing key `{key}`; expected {key} = {{ de = \"…\", en = \"…\" }}"),
                );
            }
            return None;
        };
        let DeValue::Table(languages) = value.get_ref() else {
            self.problem_at(
                value.span().start,
                &path,
                format!("expected a text per language, e.g. {key} = {{ de = \"…\", en = \"…\" }}"),
            );
            return None;
        };
        let mut texts = BTreeMap::new();
        let mut entries: Vec<_> = languages.iter().collect();
        entries.sort_by_key(|(language, _)| language.span().start);
        for (language, text) in entries {
            let language_path = format!("{path}.{}", language.get_ref());
            if !is_language_code(language.get_ref()) {
                self.problem_at(
                    language.span().start,
                    &language_path,
                    format!(
                        "unknown key `{}`; expected a language code such as de, en, tr, ar",
                        language.get_ref()
                    ),
                );
                continue;
            }
            match text.get_ref() {
                DeValue::String(content) if content.trim().is_empty() => {
                    self.problem_at(text.span().start, &language_path, "empty text");
                }
                DeValue::String(content) => {
                    texts.insert(language.get_ref().to_string(), content.trim().to_owned());
                }
                _ => self.problem_at(
                    text.span().start,
                    &language_path,
                    "expected a string in quotes",
                ),
            }
        }
        if !texts.contains_key(PRIMARY_LANGUAGE) && !languages.contains_key(PRIMARY_LANGUAGE) {
            self.problem_at(
                value.span().start,
                &path,
                format!("missing German text; expected `{PRIMARY_LANGUAGE} = \"…\"`"),
            );
        }
        Text::from_map(texts)
    }
}

/// Ids must be unique across the whole file, because links use them without a prefix.
#[derive(Default)]
struct IdRegistry {
    seen: HashMap<String, Position>,
}

impl IdRegistry {
    /// Records `id`; returns where it was first used if it is a duplicate.
    fn first_use(&mut self, id: &str, position: Position) -> Option<Position> {
        match self.seen.get(id) {
            Some(first) => Some(*first),
            None => {
                self.seen.insert(id.to_owned(), position);
                None
            }
        }
    }
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let number = |part: &str, length: usize| -> Option<u32> {
        (part.len() == length && part.bytes().all(|byte| byte.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    matches!(
        (number(year, 4), number(month, 2), number(day, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

#[cfg(test)]
mod tests;
