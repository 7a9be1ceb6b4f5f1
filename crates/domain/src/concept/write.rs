//! Writing a concept as the file `parse_concept` reads (format 1, docs/formats/concept.md): the
//! current version downloads as this file, and loading it back yields the same concept. No I/O:
//! the caller writes the string where it belongs.

use std::fmt::Write as _;

use super::{Concept, RecommendationKind, Retirement};
use crate::text::{PRIMARY_LANGUAGE, Text};

/// The concept as a concept file.
pub fn to_toml(concept: &Concept) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "# Integration concept of {} (teilhabe concept file, format 1).\n",
        concept.city.name.replace('\n', " ")
    ));
    out.push_str("# Written by teilhabe; ids are stable: other data refers to them.\n\n");
    out.push_str("format = 1\n\n[city]\n");
    line(&mut out, "slug", &string(&concept.city.slug));
    line(&mut out, "name", &string(&concept.city.name));
    if let Some(ags) = &concept.city.ags {
        line(&mut out, "ags", &string(ags));
    }
    out.push_str("\n[concept]\n");
    line(&mut out, "id", &string(&concept.id));
    line(&mut out, "title", &text(&concept.title));
    optional_text(&mut out, "subtitle", concept.subtitle.as_ref());
    if let Some(adopted) = &concept.adopted {
        line(&mut out, "adopted", &string(adopted));
    }
    if let Some(source) = &concept.source {
        line(&mut out, "source", &string(source));
    }
    optional_text(
        &mut out,
        "results_heading",
        concept.results_heading.as_ref(),
    );

    for tag in &concept.tags {
        out.push_str("\n[[tags]]\n");
        line(&mut out, "id", &string(&tag.id));
        line(&mut out, "label", &text(&tag.label));
    }
    for section in &concept.sections {
        out.push_str("\n[[sections]]\n");
        line(&mut out, "id", &string(&section.id));
        line(&mut out, "kind", &string(section.kind.as_str()));
        line(&mut out, "heading", &text(&section.heading));
        if let Some(adopted) = &section.adopted {
            line(&mut out, "adopted", &string(adopted));
        }
        optional_text(&mut out, "intro", section.intro.as_ref());
        for item in &section.items {
            out.push_str("\n[[sections.items]]\n");
            line(&mut out, "id", &string(&item.id));
            line(&mut out, "text", &text(&item.text));
        }
    }
    for field in &concept.fields {
        out.push_str("\n[[fields]]\n");
        line(&mut out, "slug", &string(&field.slug));
        line(&mut out, "title", &text(&field.title));
        optional_text(&mut out, "intro", field.intro.as_ref());
        if field.recommendation_kind == RecommendationKind::Area {
            line(
                &mut out,
                "recommendation_kind",
                &string(field.recommendation_kind.as_str()),
            );
        }
        if let Some(retired) = &field.retired {
            line(&mut out, "retired", &retirement(retired));
        }
        for recommendation in &field.recommendations {
            out.push_str("\n[[fields.recommendations]]\n");
            line(&mut out, "id", &string(&recommendation.id));
            line(&mut out, "text", &text(&recommendation.text));
            if !recommendation.tags.is_empty() {
                let tags: Vec<String> = recommendation.tags.iter().map(|t| string(t)).collect();
                line(&mut out, "tags", &format!("[{}]", tags.join(", ")));
            }
            if let Some(retired) = &recommendation.retired {
                line(&mut out, "retired", &retirement(retired));
            }
        }
    }
    out
}

fn line(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "{key} = {value}");
}

fn optional_text(out: &mut String, key: &str, value: Option<&Text>) {
    if let Some(value) = value {
        line(out, key, &text(value));
    }
}

/// `{ de = "…", en = "…" }`, German first.
fn text(value: &Text) -> String {
    let mut parts = Vec::new();
    if let Some(german) = value.translation(PRIMARY_LANGUAGE) {
        parts.push(format!("{PRIMARY_LANGUAGE} = {}", string(german)));
    }
    for (language, content) in value.iter() {
        if language != PRIMARY_LANGUAGE {
            parts.push(format!("{language} = {}", string(content)));
        }
    }
    format!("{{ {} }}", parts.join(", "))
}

fn retirement(value: &Retirement) -> String {
    let mut parts = vec![format!("date = {}", string(&value.date))];
    if let Some(version) = value.version {
        parts.push(format!("version = {version}"));
    }
    parts.push(format!("reason = {}", string(&value.reason)));
    format!("{{ {} }}", parts.join(", "))
}

/// A TOML basic string: quotes, backslashes and control characters escaped.
fn string(value: &str) -> String {
    let mut quoted = String::with_capacity(value.len() + 2);
    quoted.push('"');
    for character in value.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            control if control.is_control() => {
                let _ = write!(quoted, "\\u{:04X}", u32::from(control));
            }
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::parse_concept;

    fn round_trip(path: &str) {
        let source = std::fs::read_to_string(path).expect("concept file");
        let concept = parse_concept(&source).expect("valid concept");
        let written = to_toml(&concept);
        let again = parse_concept(&written).unwrap_or_else(|problems| {
            panic!("the written file does not parse: {problems:?}\n{written}")
        });
        assert_eq!(again, concept);
        // Writing is stable: the written file writes itself again.
        assert_eq!(to_toml(&again), written);
    }

    #[test]
    fn bielefeld_round_trips() {
        round_trip(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/concept/bielefeld.toml"
        ));
    }

    #[test]
    fn musterstadt_round_trips() {
        round_trip(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/concept/musterstadt.toml"
        ));
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(
            string("a \"b\" \\ c\nd\u{1}"),
            "\"a \\\"b\\\" \\\\ c\\nd\\u0001\""
        );
        let text = Text::german("„Zitat“ \"x\"").with("en", "tab\there");
        assert_eq!(
            text_round(&text),
            "{ de = \"„Zitat“ \\\"x\\\"\", en = \"tab\\there\" }"
        );
    }

    fn text_round(value: &Text) -> String {
        text(value)
    }

    #[test]
    fn retirements_and_areas_are_written_and_read_back() {
        let source = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/concept/musterstadt.toml"
        ))
        .expect("concept file");
        let mut concept = parse_concept(&source).expect("valid");
        concept.fields[0].recommendations[1].retired = Some(Retirement {
            date: "2026-12-02".into(),
            version: Some(4),
            reason: "Vom Rat \"gestrichen\"".into(),
        });
        concept.fields[1].retired = Some(Retirement {
            date: "2026-11-30".into(),
            version: None,
            reason: "zusammengelegt".into(),
        });
        concept.fields[1].recommendation_kind = RecommendationKind::Area;
        let written = to_toml(&concept);
        assert!(written.contains(
            "retired = { date = \"2026-12-02\", version = 4, reason = \"Vom Rat \\\"gestrichen\\\"\" }"
        ));
        assert!(written.contains("recommendation_kind = \"area\""));
        assert_eq!(parse_concept(&written).expect("valid"), concept);
    }
}
