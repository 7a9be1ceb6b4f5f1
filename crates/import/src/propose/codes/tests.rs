//! Codes and labels to catalogue codes.

use super::*;
use teilhabe_domain::city::District;

fn places() -> Places {
    Places {
        name: "Bielefeld".into(),
        ags: Some("05711000".into()),
        districts: vec![
            District {
                code: "01".into(),
                name: "Mitte".into(),
            },
            District {
                code: "06".into(),
                name: "Jöllenbeck".into(),
            },
        ],
    }
}

fn target(breakdown: Breakdown, code: &str, label: Option<&str>) -> Option<(Target, Confidence)> {
    classify(breakdown, code, label, &places()).map(|(target, confidence, _)| (target, confidence))
}

fn code(text: &str) -> Target {
    Target::Code(text.to_owned())
}

#[test]
fn sexes_from_codes_and_labels() {
    for (text, expected) in [
        ("männlich", "M"),
        ("GESM", "M"),
        ("m", "M"),
        ("Männer", "M"),
        ("weiblich", "F"),
        ("Frauen", "F"),
        ("GESW", "F"),
        ("F", "F"),
        ("divers", "D"),
        ("Insgesamt", "_T"),
        ("", "_T"),
        ("_T", "_T"),
    ] {
        assert_eq!(
            target(Breakdown::Sex, text, None),
            Some((code(expected), Confidence::Sure)),
            "{text}"
        );
    }
    assert_eq!(target(Breakdown::Sex, "Kinder", None), None);
}

#[test]
fn origins_from_codes_and_labels() {
    for (text, label, expected, confidence) in [
        ("Ausländer/-innen", None, "FOREIGN", Confidence::Sure),
        ("NATA", Some("Ausländer"), "FOREIGN", Confidence::Sure),
        (
            "X1",
            Some("Ausländerinnen und Ausländer (ohne Staatenlose)"),
            "FOREIGN",
            Confidence::Likely,
        ),
        ("Deutsche", None, "DE", Confidence::Sure),
        ("NATD", None, "DE", Confidence::Sure),
        ("mit Migrationshintergrund", None, "MH", Confidence::Sure),
        (
            "ohne Migrationshintergrund",
            None,
            "NO_MH",
            Confidence::Sure,
        ),
        (
            "Personen ohne Migrationshintergrund",
            None,
            "NO_MH",
            Confidence::Likely,
        ),
        (
            "Personen mit Migrationshintergrund",
            None,
            "MH",
            Confidence::Likely,
        ),
        ("mit Einwanderungsgeschichte", None, "EG", Confidence::Sure),
        (
            "Menschen ohne Einwanderungsgeschichte",
            None,
            "NO_EG",
            Confidence::Likely,
        ),
        (
            "Menschen mit Einwanderungsgeschichte",
            None,
            "EG",
            Confidence::Likely,
        ),
        ("deutsche Staatsangehörige", None, "DE", Confidence::Likely),
        ("TR", None, "TR", Confidence::Sure),
    ] {
        assert_eq!(
            target(Breakdown::Origin, text, label),
            Some((code(expected), confidence)),
            "{text}"
        );
    }
    assert_eq!(target(Breakdown::Origin, "Schüler", None), None);
}

#[test]
fn age_groups_from_labels() {
    for (label, expected) in [
        ("unter 18 Jahre", Some("Y_LT18")),
        ("jünger als 3", Some("Y_LT3")),
        ("18 bis unter 65 Jahre", Some("Y18T64")),
        ("3 bis unter 6", Some("Y3T5")),
        ("65 Jahre und älter", Some("Y_GE65")),
        ("65 und mehr", Some("Y_GE65")),
        ("ab 80", Some("Y_GE80")),
        ("80+", Some("Y_GE80")),
        ("3 bis 5 Jahre", Some("Y3T5")),
        ("6-9", Some("Y6T9")),
        ("10–14", Some("Y10T14")),
        ("9 bis 6", None),
        ("6 bis unter 6", None),
        ("18 Jahre", None),
        ("Kinder", None),
    ] {
        assert_eq!(age_label(label).as_deref(), expected, "{label}");
    }
    assert_eq!(
        target(Breakdown::Age, "Y_GE65", None),
        Some((code("Y_GE65"), Confidence::Sure))
    );
    assert_eq!(
        target(Breakdown::Age, "ALT018", Some("unter 18 Jahre")),
        Some((code("Y_LT18"), Confidence::Sure))
    );
    assert_eq!(target(Breakdown::Age, "ALT999", Some("Schüler")), None);
}

#[test]
fn regions_and_districts() {
    let district = |code: &str, label: Option<&str>| target(Breakdown::District, code, label);
    assert_eq!(
        district("05711", None),
        Some((code("_T"), Confidence::Sure))
    );
    assert_eq!(
        district("05711000", None),
        Some((code("_T"), Confidence::Sure))
    );
    assert_eq!(
        district("0571100", None),
        Some((code("_T"), Confidence::Sure))
    );
    assert_eq!(
        district("0571101", None),
        Some((code("01"), Confidence::Sure))
    );
    assert_eq!(
        district("0571100001", None),
        Some((code("01"), Confidence::Sure))
    );
    assert_eq!(district("01", None), Some((code("01"), Confidence::Sure)));
    assert_eq!(district("1", None), Some((code("01"), Confidence::Likely)));
    assert_eq!(
        district("Mitte", None),
        Some((code("01"), Confidence::Sure))
    );
    assert_eq!(
        district("X6", Some("Jöllenbeck")),
        Some((code("06"), Confidence::Sure))
    );
    assert_eq!(
        district("Z", Some("Bielefeld, kreisfreie Stadt")),
        Some((code("_T"), Confidence::Likely))
    );
    assert_eq!(
        district("05754", Some("Gütersloh, Kreis")),
        Some((Target::Skip, Confidence::Likely))
    );
    assert_eq!(
        district("0575401", None),
        Some((Target::Skip, Confidence::Likely))
    );
    assert_eq!(district("Paderborn", None), None);
    assert_eq!(
        district("05711 Bielefeld, kreisfreie Stadt", None),
        Some((code("_T"), Confidence::Sure))
    );
    assert_eq!(
        district("0571101 Mitte", None),
        Some((code("01"), Confidence::Sure))
    );
    assert_eq!(
        district("05754 Gütersloh, Kreis", None),
        Some((Target::Skip, Confidence::Likely))
    );
    let (_, _, why) = choose(
        Breakdown::District,
        "05754 Gütersloh, Kreis",
        None,
        &places(),
    );
    assert_eq!(
        why,
        "`05754` (Gütersloh, Kreis) is another region, not Bielefeld"
    );
    assert_eq!(
        district("Stadt Bielefeld", None),
        Some((code("_T"), Confidence::Likely))
    );
    assert_eq!(district("1234567890123", None), None);
    let (target, confidence, why) = choose(Breakdown::District, "Paderborn", None, &places());
    assert_eq!((target, confidence), (Target::Skip, Confidence::Unsure));
    assert!(why.contains("`Paderborn`"), "{why}");
}
