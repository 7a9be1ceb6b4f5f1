use std::collections::HashMap;

use super::*;
use crate::translation::{
    ContentText, ContentTranslations, Origin, Selection, TextState, Translation, source_version,
    text_states,
};

fn stored(key: &str, text: &str, german: &str, origin: Origin) -> Translation {
    Translation {
        key: key.into(),
        language: "ar".into(),
        text: text.into(),
        source_version: source_version(german),
        source_text: german.into(),
        origin,
        translator: "x".into(),
        updated_at: String::new(),
    }
}

/// Texts in every state and every origin, with characters XML makes hard.
fn sample() -> (Vec<(String, String)>, ContentTranslations) {
    let texts: Vec<(String, String)> = [
        ("concept.title", "Integration & Teilhabe <2026>"),
        ("concept.subtitle", "  Zeile eins\r\nZeile \"zwei\"\t "),
        ("concept.tag.gender", "geschlechtsspezifisch"),
        ("concept.recommendation.a-1", "Neu formuliert"),
        ("measure.4.title", "Steuerzeichen \u{1} hier"),
        ("indicator.d3.title", "Quote"),
    ]
    .iter()
    .map(|(k, g)| (k.to_string(), g.to_string()))
    .collect();
    let translations = ContentTranslations::new(
        "ar",
        vec![
            stored(
                "concept.title",
                "الاندماج & المشاركة <٢٠٢٦>",
                "Integration & Teilhabe <2026>",
                Origin::MachineAssisted,
            ),
            stored(
                "concept.subtitle",
                " سطر\r\nسطر ",
                "  Zeile eins\r\nZeile \"zwei\"\t ",
                Origin::Human,
            ),
            stored(
                "concept.tag.gender",
                "خاص بالنوع",
                "geschlechtsspezifisch",
                Origin::Imported,
            ),
            stored(
                "concept.recommendation.a-1",
                "قديم",
                "Alt formuliert",
                Origin::Human,
            ),
            stored(
                "measure.4.title",
                "تحكم \u{1} 🙂",
                "Steuerzeichen \u{1} hier",
                Origin::Human,
            ),
        ],
    );
    (texts, translations)
}

fn german_of(texts: &[(String, String)]) -> HashMap<String, String> {
    texts.iter().cloned().collect()
}

fn problems(bytes: &[u8]) -> Vec<String> {
    match read_xliff(bytes) {
        Ok(file) => panic!("read without problems: {file:?}"),
        Err(problems) => problems.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_export_reads_back_to_the_same_translations() {
    let (texts, translations) = sample();
    let states = text_states(&texts, &translations, Selection::All);
    let xml = write_xliff("musterstadt", "ar", &states);
    let file = read_xliff(xml.as_bytes()).unwrap();
    assert_eq!(file.target_language, "ar");
    assert_eq!(file.files.len(), 1);
    assert_eq!(file.files[0].0, "musterstadt");
    let keys: Vec<&str> = file.units.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(
        keys,
        texts.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>()
    );
    for (unit, (_, german)) in file.units.iter().zip(&texts) {
        assert_eq!(&unit.source, german, "{}: source byte for byte", unit.key);
    }
    let imported = check_units(&file, "musterstadt", &german_of(&texts), "agency").unwrap();
    // The current ones come back exactly as stored; outdated and missing ones are not imported.
    let current: Vec<&ContentText> = states
        .iter()
        .filter(|t| t.state == TextState::Current)
        .collect();
    assert_eq!(imported.len(), current.len());
    assert_eq!(current.len(), 4);
    for (translation, text) in imported.iter().zip(current) {
        let old = text.translation.as_ref().unwrap();
        assert_eq!(translation.key, old.key);
        assert_eq!(translation.text, old.text);
        assert_eq!(translation.source_version, old.source_version);
        assert_eq!(translation.source_text, old.source_text);
        assert_eq!(translation.origin, old.origin, "{}", old.key);
        assert_eq!(translation.language, "ar");
        assert_eq!(translation.translator, "agency");
    }
}

#[test]
fn an_outdated_text_is_exported_without_target_and_with_its_old_texts_as_notes() {
    let (texts, translations) = sample();
    let states = text_states(&texts, &translations, Selection::Outdated);
    assert_eq!(states.len(), 1);
    let xml = write_xliff("musterstadt", "ar", &states);
    assert!(xml.contains("<note category=\"teilhabe:old-source\">Alt formuliert</note>"));
    assert!(xml.contains("<note category=\"teilhabe:old-target\">قديم</note>"));
    assert!(xml.contains("<segment state=\"initial\">"));
    assert!(!xml.contains("<target>"));
    let file = read_xliff(xml.as_bytes()).unwrap();
    assert_eq!(file.units[0].source, "Neu formuliert");
    assert!(!file.units[0].carries_translation());
}

#[test]
fn a_file_made_from_an_older_german_imports_as_outdated() {
    let xml = unit_file(
        "ar",
        r#"<unit id="concept.title"><segment state="translated"><source>Alt</source><target>قديم</target></segment></unit>"#,
    );
    let file = read_xliff(xml.as_bytes()).unwrap();
    let german = HashMap::from([("concept.title".to_owned(), "Neu".to_owned())]);
    let imported = check_units(&file, "musterstadt", &german, "agency").unwrap();
    assert_eq!(imported[0].source_version, source_version("Alt"));
    assert!(!imported[0].is_current_for("Neu"));
    assert_eq!(imported[0].origin, Origin::Imported);
}

fn unit_file(language: &str, units: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"de\" trgLang=\"{language}\">\n\
         <file id=\"musterstadt\">\n{units}\n</file>\n</xliff>\n"
    )
}

#[test]
fn segments_join_and_initial_or_empty_targets_are_skipped() {
    let xml = unit_file(
        "tr",
        r#"<unit id="a"><segment state="final" subState="teilhabe:human"><source>Eins.</source><target>Bir.</target></segment><ignorable><source> </source></ignorable><segment state="reviewed"><source>Zwei.</source><target>İki.</target></segment></unit>
<unit id="b"><segment state="initial"><source>x</source><target>y</target></segment></unit>
<unit id="c"><segment state="translated"><source>x</source><target>  </target></segment></unit>
<unit id="d"><segment><source>x</source></segment></unit>"#,
    );
    let file = read_xliff(xml.as_bytes()).unwrap();
    let a = &file.units[0];
    assert_eq!(a.source, "Eins. Zwei.");
    assert_eq!(a.target.as_deref(), Some("Bir. İki."));
    assert_eq!(a.state, SegmentState::Reviewed);
    assert_eq!(a.origin, Origin::Human);
    let carrying: Vec<&str> = file
        .units
        .iter()
        .filter(|u| u.carries_translation())
        .map(|u| u.key.as_str())
        .collect();
    assert_eq!(carrying, ["a"]);
}

#[test]
fn problems_name_line_column_and_element() {
    let xml = unit_file(
        "tr",
        "<unit>\n<segment><source>x</source></segment></unit>\n    <unit id=\"k\"><segment state=\"done\"><source>x</source></segment></unit>",
    );
    // The second unit starts in column 5; its <segment> in column 18.
    assert_eq!(
        problems(xml.as_bytes()),
        [
            "line 4, column 1: <unit>: without id; expected the text's key as id",
            "line 6, column 18: <segment>: state `done`; expected initial, translated, reviewed or final"
        ]
    );
}

#[test]
fn a_unit_named_twice_is_refused_with_both_places() {
    let xml = unit_file(
        "tr",
        "<unit id=\"a\"><segment><source>x</source></segment></unit>\n<unit id=\"a\"><segment><source>y</source></segment></unit>",
    );
    assert_eq!(
        problems(xml.as_bytes()),
        ["line 5, column 1: <unit>: `a` appears twice (first at line 4, column 1)"]
    );
}

#[test]
fn the_header_must_be_xliff_2_from_german_to_a_content_language() {
    let header = |attributes: &str| {
        format!("<xliff xmlns=\"{NAMESPACE}\" {attributes}><file id=\"m\"/></xliff>")
    };
    assert_eq!(
        problems(header(r#"version="2.1" srcLang="de" trgLang="tr""#).as_bytes()),
        ["line 1, column 1: <xliff>: version `2.1`; expected version=\"2.0\""]
    );
    assert_eq!(
        problems(header(r#"version="2.0" srcLang="en" trgLang="tr""#).as_bytes()),
        [
            "line 1, column 1: <xliff>: srcLang `en`; German is the source of every text: srcLang=\"de\""
        ]
    );
    let wrong_target = problems(header(r#"version="2.0" srcLang="de" trgLang="fr""#).as_bytes());
    assert_eq!(wrong_target.len(), 1);
    assert!(wrong_target[0].contains("trgLang `fr` is no content language"));
    assert!(
        problems(header(r#"version="2.0" srcLang="de""#).as_bytes())[0].contains("without trgLang")
    );
    let old =
        "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>";
    assert!(problems(old.as_bytes())[0].contains("XLIFF 1.2 is not read"));
    assert!(problems(b"<html><body/></html>")[0].contains("not an XLIFF file"));
}

#[test]
fn broken_files_are_refused_with_a_place() {
    let not_xml = problems(b"Dies ist kein XML");
    assert_eq!(not_xml.len(), 1);
    assert!(
        not_xml[0].starts_with("line 1, column 1: not well-formed XML"),
        "{not_xml:?}"
    );
    let unclosed = unit_file("tr", "<unit id=\"a\"><segment><source>x</segment></unit>");
    let unclosed = problems(unclosed.as_bytes());
    assert!(unclosed[0].starts_with("line 4, column "), "{unclosed:?}");
    assert!(unclosed[0].contains("not well-formed XML"));
    let latin1 = b"<xliff>\n  caf\xe9</xliff>";
    assert_eq!(
        problems(latin1),
        ["line 2, column 6: not UTF-8 text; an XLIFF file is UTF-8"]
    );
    let too_large = vec![b' '; MAX_BYTES + 1];
    assert!(problems(&too_large)[0].starts_with("the file has 8388609 bytes"));
    let dtd = "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><xliff/>";
    assert!(problems(dtd.as_bytes())[0].contains("not well-formed XML"));
    let markup = unit_file(
        "tr",
        "<unit id=\"a\"><segment state=\"translated\"><source>x</source><target>y <pc id=\"1\">z</pc></target></segment></unit>",
    );
    assert!(
        problems(markup.as_bytes())[0].contains("<pc>: inline markup in <target> is not supported")
    );
    let no_segment = unit_file("tr", "<unit id=\"a\"/>");
    assert_eq!(
        problems(no_segment.as_bytes()),
        ["line 4, column 1: <unit>: `a` without <segment>"]
    );
}

#[test]
fn units_are_checked_against_the_data_and_the_city() {
    let xml = unit_file(
        "de-x-ls",
        r#"<unit id="concept.title"><segment state="translated"><source>K</source><target>Das Konzept</target></segment></unit>
<unit id="measure.1.title"><segment state="translated"><source>M</source><target>Kurs</target></segment></unit>
<unit id="concept.gibt-es-nicht"><segment state="translated"><source>x</source><target>y</target></segment></unit>
<unit id="concept.auch-nicht"><segment state="initial"><source>x</source></segment></unit>"#,
    );
    let file = read_xliff(xml.as_bytes()).unwrap();
    let german = HashMap::from([("concept.title".to_owned(), "K".to_owned())]);
    let problems: Vec<String> = check_units(&file, "bielefeld", &german, "x")
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        problems,
        [
            "line 3, column 1: <file>: the file is for `musterstadt`; this database holds `bielefeld`",
            "line 5, column 1: <unit>: unknown key `measure.1.title`: Leichte Sprache is kept for the concept's texts only",
            "line 6, column 1: <unit>: unknown key `concept.gibt-es-nicht`: no content text has it",
        ]
    );
}

/// Every truncation, every deleted byte and hostile bytes at every place of a valid file: the
/// reader answers each with a file or with problems, never a panic.
#[test]
fn mangled_files_never_panic() {
    let (texts, translations) = sample();
    let xml = write_xliff(
        "musterstadt",
        "ar",
        &text_states(&texts, &translations, Selection::All),
    );
    let bytes = xml.as_bytes();
    let german = german_of(&texts);
    let check = |mangled: &[u8]| {
        if let Ok(file) = read_xliff(mangled) {
            let _ = check_units(&file, "musterstadt", &german, "x");
        }
    };
    let mut refused = 0;
    for at in 0..=bytes.len() {
        check(&bytes[..at]);
        if read_xliff(&bytes[..at]).is_err() {
            refused += 1;
        }
        if at < bytes.len() {
            let mut deleted = bytes.to_vec();
            deleted.remove(at);
            check(&deleted);
            for hostile in [
                b"<".as_slice(),
                b"&",
                b"\"",
                b"\xff",
                b"\xc3",
                b"]]>",
                b"<!--",
            ] {
                let mut inserted = bytes.to_vec();
                inserted.splice(at..at, hostile.iter().copied());
                check(&inserted);
            }
        }
    }
    assert!(refused >= bytes.len() - 1, "truncated files are refused");
}
