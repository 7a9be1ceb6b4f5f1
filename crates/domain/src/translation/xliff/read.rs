//! Reading an XLIFF 2.0 file of content translations. Every problem is collected with its line,
//! column and element, so one run tells the agency everything to fix; nothing here panics on any
//! input (the tests feed it mangled files).

use std::collections::HashMap;

use roxmltree::{Document, Node, ParsingOptions};

use super::{
    MAX_BYTES, MAX_NODES, NAMESPACE, SUB_STATE_HUMAN, SUB_STATE_MACHINE_ASSISTED, XliffProblem,
};
use crate::position::Position;
use crate::translation::{
    CONTENT_LANGUAGES, MAX_TEXT, Origin, Translation, is_content_language, is_kept, source_version,
};

/// The XLIFF 1.2 namespace, recognised only to say that it is the wrong version.
const NAMESPACE_1_2: &str = "urn:oasis:names:tc:xliff:document:1.2";

/// Groups nested deeper than this are refused (they would only serve to exhaust the stack).
const MAX_GROUP_DEPTH: usize = 16;

/// A segment's `state`; a file without one means `initial`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SegmentState {
    Initial,
    Translated,
    Reviewed,
    Final,
}

impl SegmentState {
    fn parse(value: &str) -> Option<Self> {
        match value {
            "initial" => Some(SegmentState::Initial),
            "translated" => Some(SegmentState::Translated),
            "reviewed" => Some(SegmentState::Reviewed),
            "final" => Some(SegmentState::Final),
            _ => None,
        }
    }
}

/// One `<unit>`: its segments' sources and targets joined in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffUnit {
    pub key: String,
    pub source: String,
    /// None when no segment has a target.
    pub target: Option<String>,
    /// The least advanced state of its segments.
    pub state: SegmentState,
    pub origin: Origin,
    pub position: Position,
}

impl XliffUnit {
    /// Whether the unit carries a translation to store: a non-empty target past `initial`.
    pub fn carries_translation(&self) -> bool {
        self.state != SegmentState::Initial
            && self
                .target
                .as_deref()
                .is_some_and(|target| !target.trim().is_empty())
    }
}

/// A read file: its target language, the ids of its `<file>` elements and its units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffFile {
    pub target_language: String,
    pub files: Vec<(String, Position)>,
    pub units: Vec<XliffUnit>,
}

/// Reads an XLIFF 2.0 document whose source language is German and whose target is a content
/// language. Keys are not checked against the data here; [`check_units`] does that.
pub fn read_xliff(bytes: &[u8]) -> Result<XliffFile, Vec<XliffProblem>> {
    if bytes.len() > MAX_BYTES {
        return Err(vec![XliffProblem {
            position: None,
            element: None,
            message: format!(
                "the file has {} bytes; at most {MAX_BYTES} are read",
                bytes.len()
            ),
        }]);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            return Err(vec![XliffProblem {
                position: Some(Position::of_offset(prefix, prefix.len())),
                element: None,
                message: "not UTF-8 text; an XLIFF file is UTF-8".into(),
            }]);
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let options = ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let document = match Document::parse_with_options(text, options) {
        Ok(document) => document,
        Err(error) => {
            let pos = error.pos();
            let message = error.to_string();
            let message = message
                .strip_suffix(&format!(" at {pos}"))
                .unwrap_or(&message)
                .to_owned();
            return Err(vec![XliffProblem {
                position: Some(Position {
                    line: pos.row as usize,
                    column: pos.col as usize,
                }),
                element: None,
                message: format!("not well-formed XML: {message}"),
            }]);
        }
    };
    let mut reader = Reader {
        document: &document,
        problems: Vec::new(),
        units: Vec::new(),
        seen: HashMap::new(),
    };
    let file = reader.root();
    match file {
        Some(file) if reader.problems.is_empty() => Ok(XliffFile {
            units: reader.units,
            ..file
        }),
        _ => {
            let mut problems = reader.problems;
            problems.sort_by_key(|problem| problem.position);
            Err(problems)
        }
    }
}

/// Checks the units that carry a translation against the data — every `<file>` is for `city`,
/// every key names a content text that `language` keeps — and makes them translations by
/// `translator`. `german` maps each key to its current German. The source version is computed
/// from each unit's `<source>`, so a file made from an older German imports as outdated.
pub fn check_units(
    file: &XliffFile,
    city: &str,
    german: &HashMap<String, String>,
    translator: &str,
) -> Result<Vec<Translation>, Vec<XliffProblem>> {
    let language = file.target_language.as_str();
    let mut problems = Vec::new();
    for (id, position) in &file.files {
        if id != city {
            problems.push(XliffProblem {
                position: Some(*position),
                element: Some("file".into()),
                message: format!("the file is for `{id}`; this database holds `{city}`"),
            });
        }
    }
    let mut translations = Vec::new();
    for unit in file.units.iter().filter(|unit| unit.carries_translation()) {
        let problem = |message: String| XliffProblem {
            position: Some(unit.position),
            element: Some("unit".into()),
            message,
        };
        if !german.contains_key(&unit.key) {
            problems.push(problem(if is_kept(language, &unit.key) {
                format!("unknown key `{}`: no content text has it", unit.key)
            } else {
                format!(
                    "unknown key `{}`: Leichte Sprache is kept for the concept's texts only",
                    unit.key
                )
            }));
            continue;
        }
        let target = unit.target.clone().unwrap_or_default();
        if target.chars().count() > MAX_TEXT {
            problems.push(problem(format!(
                "the target of `{}` is longer than {MAX_TEXT} characters",
                unit.key
            )));
            continue;
        }
        translations.push(Translation {
            key: unit.key.clone(),
            language: language.to_owned(),
            text: target,
            source_version: source_version(&unit.source),
            source_text: unit.source.clone(),
            origin: unit.origin,
            translator: translator.to_owned(),
            updated_at: String::new(),
        });
    }
    if problems.is_empty() {
        Ok(translations)
    } else {
        Err(problems)
    }
}

struct Reader<'d, 'i> {
    document: &'d Document<'i>,
    problems: Vec<XliffProblem>,
    units: Vec<XliffUnit>,
    /// Unit ids already read, with where.
    seen: HashMap<String, Position>,
}

fn is_xliff(node: &Node<'_, '_>) -> bool {
    node.is_element() && node.tag_name().namespace() == Some(NAMESPACE)
}

fn is_named(node: &Node<'_, '_>, name: &str) -> bool {
    is_xliff(node) && node.tag_name().name() == name
}

impl Reader<'_, '_> {
    fn position(&self, node: &Node<'_, '_>) -> Position {
        let pos = self.document.text_pos_at(node.range().start);
        Position {
            line: pos.row as usize,
            column: pos.col as usize,
        }
    }

    fn problem(&mut self, node: &Node<'_, '_>, message: impl Into<String>) {
        let position = self.position(node);
        self.problems.push(XliffProblem {
            position: Some(position),
            element: Some(node.tag_name().name().to_owned()),
            message: message.into(),
        });
    }

    fn root(&mut self) -> Option<XliffFile> {
        let root = self.document.root_element();
        let name = root.tag_name();
        if name.name() != "xliff" {
            self.problem(
                &root,
                "not an XLIFF file; expected the root element <xliff>",
            );
            return None;
        }
        match name.namespace() {
            Some(NAMESPACE) => {}
            Some(NAMESPACE_1_2) => {
                self.problem(
                    &root,
                    format!("XLIFF 1.2 is not read; expected XLIFF 2.0 (xmlns=\"{NAMESPACE}\")"),
                );
                return None;
            }
            other => {
                self.problem(
                    &root,
                    format!(
                        "namespace `{}`; expected xmlns=\"{NAMESPACE}\"",
                        other.unwrap_or("none")
                    ),
                );
                return None;
            }
        }
        match root.attribute("version") {
            Some("2.0") => {}
            Some(version) => self.problem(
                &root,
                format!("version `{version}`; expected version=\"2.0\""),
            ),
            None => self.problem(&root, "without version; expected version=\"2.0\""),
        }
        match root.attribute("srcLang") {
            Some("de") => {}
            Some(other) => self.problem(
                &root,
                format!("srcLang `{other}`; German is the source of every text: srcLang=\"de\""),
            ),
            None => self.problem(&root, "without srcLang; expected srcLang=\"de\""),
        }
        let target_language = match root.attribute("trgLang") {
            Some(language) if is_content_language(language) => language.to_owned(),
            Some(other) => {
                self.problem(
                    &root,
                    format!(
                        "trgLang `{other}` is no content language; expected one of {}",
                        CONTENT_LANGUAGES.join(", ")
                    ),
                );
                String::new()
            }
            None => {
                self.problem(
                    &root,
                    format!(
                        "without trgLang; expected one of {}",
                        CONTENT_LANGUAGES.join(", ")
                    ),
                );
                String::new()
            }
        };
        let mut files = Vec::new();
        for child in root.children().filter(is_xliff) {
            if child.tag_name().name() != "file" {
                self.problem(&child, "unexpected in <xliff>; expected <file>");
                continue;
            }
            match child.attribute("id") {
                Some(id) => files.push((id.to_owned(), self.position(&child))),
                None => self.problem(
                    &child,
                    "without id; expected the city, e.g. id=\"bielefeld\"",
                ),
            }
            self.container(child, 0);
        }
        if files.is_empty() && self.problems.is_empty() {
            self.problem(&root, "without <file>");
        }
        Some(XliffFile {
            target_language,
            files,
            units: Vec::new(),
        })
    }

    /// A `<file>` or `<group>`: its units, groups nested.
    fn container(&mut self, node: Node<'_, '_>, depth: usize) {
        for child in node.children().filter(is_xliff) {
            match child.tag_name().name() {
                "unit" => self.unit(child),
                "group" if depth < MAX_GROUP_DEPTH => self.container(child, depth + 1),
                "group" => self.problem(
                    &child,
                    format!("groups nested deeper than {MAX_GROUP_DEPTH} levels"),
                ),
                "notes" | "skeleton" => {}
                _ => self.problem(&child, "unexpected here; expected <unit> or <group>"),
            }
        }
    }

    fn unit(&mut self, node: Node<'_, '_>) {
        let position = self.position(&node);
        let Some(key) = node.attribute("id") else {
            self.problem(&node, "without id; expected the text's key as id");
            return;
        };
        if let Some(first) = self.seen.get(key) {
            let first = *first;
            self.problem(
                &node,
                format!(
                    "`{key}` appears twice (first at line {}, column {})",
                    first.line, first.column
                ),
            );
            return;
        }
        self.seen.insert(key.to_owned(), position);
        let mut source = String::new();
        let mut target: Option<String> = None;
        let mut state: Option<SegmentState> = None;
        let mut origin = None;
        let mut segments = 0;
        for child in node.children().filter(is_xliff) {
            match child.tag_name().name() {
                "segment" => {
                    segments += 1;
                    let Some(segment) = self.segment(child) else {
                        continue;
                    };
                    source.push_str(&segment.source);
                    if let Some(text) = segment.target {
                        target.get_or_insert_with(String::new).push_str(&text);
                    }
                    state = Some(state.map_or(segment.state, |s| s.min(segment.state)));
                    origin.get_or_insert(segment.origin);
                }
                "ignorable" => {
                    // Between segments, e.g. the space a tool split a sentence at.
                    if let Some(text) = self.child_text(child, "source") {
                        source.push_str(&text);
                        if let Some(target) = target.as_mut() {
                            let ignorable =
                                self.child_text(child, "target").unwrap_or(text.clone());
                            target.push_str(&ignorable);
                        }
                    }
                }
                "notes" | "originalData" => {}
                _ => self.problem(&child, "unexpected in <unit>; expected <segment>"),
            }
        }
        if segments == 0 {
            self.problem(&node, format!("`{key}` without <segment>"));
            return;
        }
        self.units.push(XliffUnit {
            key: key.to_owned(),
            source,
            target,
            state: state.unwrap_or(SegmentState::Initial),
            origin: origin.unwrap_or(Origin::Imported),
            position,
        });
    }

    fn segment(&mut self, node: Node<'_, '_>) -> Option<Segment> {
        let state = match node.attribute("state") {
            None => SegmentState::Initial,
            Some(value) => match SegmentState::parse(value) {
                Some(state) => state,
                None => {
                    self.problem(
                        &node,
                        format!("state `{value}`; expected initial, translated, reviewed or final"),
                    );
                    return None;
                }
            },
        };
        let origin = match node.attribute("subState") {
            Some(SUB_STATE_HUMAN) => Origin::Human,
            Some(SUB_STATE_MACHINE_ASSISTED) => Origin::MachineAssisted,
            _ => Origin::Imported,
        };
        let Some(source) = self.child_text(node, "source") else {
            self.problem(&node, "without <source>");
            return None;
        };
        let target = self.child_text(node, "target");
        Some(Segment {
            source,
            target,
            state,
            origin,
        })
    }

    /// The text of `node`'s first child element `name`, with `<cp>` resolved; inline markup
    /// is refused (content texts are plain).
    fn child_text(&mut self, node: Node<'_, '_>, name: &str) -> Option<String> {
        let element = node.children().find(|child| is_named(child, name))?;
        let mut text = String::new();
        for child in element.children() {
            if child.is_text() {
                text.push_str(child.text().unwrap_or_default());
            } else if is_named(&child, "cp") {
                let code = child
                    .attribute("hex")
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .and_then(char::from_u32);
                match code {
                    Some(c) => text.push(c),
                    None => self.problem(&child, "expected hex=\"…\" with a Unicode code point"),
                }
            } else if child.is_element() {
                self.problem(
                    &child,
                    format!(
                        "inline markup in <{name}> is not supported; content texts are plain text"
                    ),
                );
            }
        }
        Some(text)
    }
}

struct Segment {
    source: String,
    target: Option<String>,
    state: SegmentState,
    origin: Origin,
}
