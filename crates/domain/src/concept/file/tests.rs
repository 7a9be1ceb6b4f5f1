use super::*;

const MINIMAL: &str = r#"format = 1

[city]
slug = "musterstadt"
name = "Musterstadt"

[concept]
id = "musterstadt-2024"
title = { de = "Integrationskonzept", en = "Integration concept" }

[[tags]]
id = "refugees"
label = { de = "Geflüchtete", en = "refugees" }

[[sections]]
id = "leitbild"
kind = "vision"
heading = { de = "Leitbild", en = "Vision" }
[[sections.items]]
id = "respekt"
text = { de = "Respekt", en = "Respect" }

[[fields]]
slug = "sprache"
title = { de = "Sprache", en = "Language" }
[[fields.recommendations]]
id = "sprache-1"
text = { de = "Kurse anbieten", en = "Offer courses" }
tags = ["refugees"]
"#;

fn problems(source: &str) -> Vec<String> {
    match parse_concept(source) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn reads_a_valid_file() {
    let concept = parse_concept(MINIMAL).expect("valid");
    assert_eq!(concept.city.slug, "musterstadt");
    assert_eq!(concept.sections[0].kind, SectionKind::Vision);
    assert_eq!(concept.sections[0].items[0].text.get("en"), "Respect");
    assert_eq!(concept.fields[0].recommendations[0].tags, vec!["refugees"]);
    assert_eq!(
        concept.fields[0].recommendation_kind,
        RecommendationKind::Recommendation
    );
}

#[test]
fn unknown_key_names_line_and_column() {
    let source = MINIMAL.replace(
        "name = \"Musterstadt\"",
        "name = \"Musterstadt\"\n  mayor = \"x\"",
    );
    assert_eq!(
        problems(&source),
        vec!["6:3: city.mayor: unknown key `mayor`; expected one of: slug, name, ags"]
    );
}

#[test]
fn missing_german_text() {
    let source = MINIMAL.replace(
        "text = { de = \"Kurse anbieten\", en = \"Offer courses\" }",
        "text = { en = \"Offer courses\" }",
    );
    assert_eq!(
        problems(&source),
        vec!["28:8: fields[1].recommendations[1].text: missing German text; expected `de = \"…\"`"]
    );
}

#[test]
fn duplicate_id_points_at_both_places() {
    let source = MINIMAL.replace("id = \"sprache-1\"", "id = \"respekt\"");
    assert_eq!(
        problems(&source),
        vec![
            "27:6: fields[1].recommendations[1].id: duplicate id `respekt`; first used at line 20, column 6"
        ]
    );
}

#[test]
fn field_without_recommendations() {
    let source =
        format!("{MINIMAL}\n[[fields]]\nslug = \"arbeit\"\ntitle = {{ de = \"Arbeit\" }}\n");
    let found = problems(&source);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "31:1: fields[2].recommendations: action field `arbeit` has no recommendations"
        ),
        "{found:?}"
    );
}

#[test]
fn reports_every_problem_not_just_the_first() {
    let source = MINIMAL
        .replace("kind = \"vision\"", "kind = \"dream\"")
        .replace("tags = [\"refugees\"]", "tags = [\"refugee\"]")
        .replace("format = 1", "format = 2");
    let found = problems(&source);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].starts_with("1:10: format: unsupported format"),
        "{found:?}"
    );
    assert!(
        found[1].starts_with("17:8: sections[1].kind: unknown section kind `dream`"),
        "{found:?}"
    );
    assert!(
        found[2].starts_with("29:9: fields[1].recommendations[1].tags: unknown tag `refugee`"),
        "{found:?}"
    );
}

#[test]
fn syntax_errors_have_positions() {
    let source = MINIMAL.replace("slug = \"musterstadt\"", "slug = \"musterstadt");
    let found = problems(&source);
    assert!(!found.is_empty());
    assert!(found[0].starts_with("4:"), "{found:?}");
    assert!(found[0].contains("TOML syntax"), "{found:?}");
}

#[test]
fn language_keys_must_be_language_codes() {
    let source = MINIMAL.replace(
        "title = { de = \"Sprache\", en = \"Language\" }",
        "title = { de = \"Sprache\", english = \"Language\" }",
    );
    assert_eq!(
        problems(&source),
        vec![
            "25:27: fields[1].title.english: unknown key `english`; expected a language code such as de, en, tr, ar"
        ]
    );
}

#[test]
fn dates_must_be_iso() {
    assert!(is_iso_date("2016-06-30"));
    assert!(!is_iso_date("30.06.2016"));
    assert!(!is_iso_date("2016-13-01"));
    let source = MINIMAL.replace("[[tags]]", "[concept.x]\n[[tags]]");
    assert!(problems(&source)[0].contains("concept.x: unknown key `x`"));
}

#[test]
fn thousands_of_problems_each_keep_their_exact_position() {
    // A hostile file: 5,000 unknown keys, each indented differently after a multi-byte
    // character on the line before. Every problem is reported (no cap), each at its own line
    // and column (counted in characters), located through one line index instead of a walk
    // from the start of the file per problem.
    let keys: String = (0..5000)
        .map(|i| format!("{}k{i} = \"ü\"\n", " ".repeat(i % 7)))
        .collect();
    let source = MINIMAL.replace(
        "name = \"Musterstadt\"\n",
        &format!("name = \"Musterstadt\"\n{keys}"),
    );
    let found = parse_concept(&source).unwrap_err();
    assert_eq!(found.len(), 5000);
    for (i, problem) in found.iter().enumerate() {
        assert_eq!(
            problem.position,
            Position {
                line: 6 + i,
                column: 1 + i % 7
            },
            "{problem}"
        );
        assert_eq!(problem.path, format!("city.k{i}"));
    }
}
