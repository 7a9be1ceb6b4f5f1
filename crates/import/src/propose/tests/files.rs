//! The proposer on files written for the purpose: a multi-region GENESIS download, labels
//! alone, an indicator column, broken and garbled files.

use super::*;

const THREE_REGIONS: &[u8] =
    include_bytes!("../../../tests/fixtures/schulabgaenge-drei-kreise_flat.csv");

/// A GENESIS download for three Kreise: Bielefeld (05711) is the city total, the other two are
/// proposed as skipped with their row counts, kept out by a `keep` rule; the import then
/// stores Bielefeld's figures only, the same as from the one-region demo file.
#[test]
fn other_regions_of_a_genesis_download_are_proposed_as_skipped() {
    let name = "schulabgaenge-drei-kreise_flat.csv";
    let proposal = propose_file(name, THREE_REGIONS);
    assert_eq!(proposal.reading.format, Format::Genesis);
    assert_eq!(proposal.rows, 300);
    let district = proposal
        .dimensions
        .iter()
        .find(|d| d.breakdown == Some(Breakdown::District))
        .unwrap();
    assert_eq!(district.variable.as_deref(), Some("KREISE"));
    assert_eq!(
        (district.confidence, district.why.as_str()),
        (
            Confidence::Sure,
            "GENESIS variable `KREISE` (Kreise und kreisfreie Städte)"
        )
    );
    let codes: Vec<(&str, Option<&str>, usize, &Target, Confidence)> = district
        .codes
        .iter()
        .map(|c| {
            (
                c.code.as_str(),
                c.label.as_deref(),
                c.rows,
                &c.target,
                c.confidence,
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            (
                "05711",
                Some("Bielefeld, kreisfreie Stadt"),
                100,
                &Target::Code("_T".into()),
                Confidence::Sure
            ),
            (
                "05754",
                Some("Gütersloh, Kreis"),
                100,
                &Target::Skip,
                Confidence::Likely
            ),
            (
                "05758",
                Some("Herford, Kreis"),
                100,
                &Target::Skip,
                Confidence::Likely
            ),
        ]
    );
    assert!(
        district.codes[1].why.contains("another region"),
        "{}",
        district.codes[1].why
    );
    let groups: Vec<(Option<&str>, usize)> = proposal
        .indicators
        .iter()
        .map(|choice| (choice.code.as_deref(), choice.rows))
        .collect();
    assert_eq!(groups, [(Some("BIL901"), 150), (Some("BIL902"), 150)]);
    let sureness: Vec<Confidence> = proposal.indicators.iter().map(|c| c.confidence).collect();
    assert_eq!(sureness, [Confidence::Sure, Confidence::Likely]);
    assert!(
        proposal
            .indicators
            .iter()
            .all(|c| !c.why.contains("fits almost as well")),
        "{:#?}",
        proposal.indicators
    );
    let mapping = proposal.to_mapping();
    assert_eq!(
        mapping.keep,
        BTreeMap::from([("KREISE".to_owned(), vec!["05711".to_owned()])])
    );
    assert_eq!(
        mapping.indicators,
        BTreeMap::from([
            ("BIL901".to_owned(), "abgang-ohne-abschluss".to_owned()),
            ("BIL902".to_owned(), "abgang-hochschulreife".to_owned()),
        ])
    );
    let imported = crate::read_file(name, THREE_REGIONS, &mapping, &catalogue()).unwrap();
    assert_eq!(imported.dropped.len(), 1);
    assert_eq!(imported.dropped[0].rows, 200);
    let (demo, shipped) = demo_files()
        .into_iter()
        .find(|(file, _, _)| file == "schulabgaenge-genesis_flat.csv")
        .map(|(_, bytes, mapping)| (bytes, mapping))
        .unwrap();
    assert_eq!(
        figures(name, THREE_REGIONS, &mapping),
        figures("schulabgaenge-genesis_flat.csv", &demo, &shipped)
    );
    let text = proposal.to_toml();
    assert!(text.contains("`05754` (100 rows) → skipped"), "{text}");
    // Each value variable's reasons stand above its line under [indicators].
    let lines: Vec<&str> = text.lines().collect();
    for (key, label, other) in [
        (
            "BIL901 = \"abgang-ohne-abschluss\"",
            "Anteil Abgänge ohne Hauptschulabschluss",
            "abgang-hochschulreife",
        ),
        (
            "BIL902 = \"abgang-hochschulreife\"",
            "Anteil Absolventen mit Hochschulreife",
            "abgang-ohne-abschluss",
        ),
    ] {
        let at = lines.iter().position(|line| *line == key).unwrap();
        assert!(
            lines[at - 1].starts_with(&format!("# other candidates: {other}, ")),
            "{text}"
        );
        assert!(
            lines[at - 2].contains(&format!("its label `{label}` is like it")),
            "{text}"
        );
    }
    assert!(text.contains("[keep]\nKREISE = [\"05711\"]"), "{text}");
}

/// A classic table (Windows-1252, `;`, decimal comma, a title above the header) whose columns
/// do not say what they hold: the sex column is found by its labels ("Frauen", "Männer",
/// "Insgesamt"), the districts by their names, the indicator by the title.
pub(super) fn labels_only() -> Vec<u8> {
    let text = "Anteil ausländischer Einwohnerinnen und Einwohner an allen Einwohnern\r\n\
                Stand: 31.12.\r\n\
                \r\n\
                Jahr;Personen;Bezirk;Anteil (%)\r\n\
                2022;Insgesamt;Bielefeld insgesamt;17,9\r\n\
                2022;Frauen;Bielefeld insgesamt;17,2\r\n\
                2022;Männer;Bielefeld insgesamt;18,6\r\n\
                2022;Insgesamt;Mitte;25,1\r\n\
                2022;Insgesamt;Jöllenbeck;9,4\r\n\
                2023;Insgesamt;Bielefeld insgesamt;18,3\r\n\
                2023;Frauen;Bielefeld insgesamt;17,7\r\n\
                2023;Männer;Bielefeld insgesamt;18,9\r\n\
                2023;Insgesamt;Mitte;25,8\r\n\
                2023;Insgesamt;Jöllenbeck;9,9\r\n";
    encoding_rs::WINDOWS_1252.encode(text).0.into_owned()
}

#[test]
fn labels_alone_are_enough() {
    let bytes = labels_only();
    let proposal = propose_file("einwohner.csv", &bytes);
    let reading = &proposal.reading;
    assert_eq!(
        (
            reading.format,
            reading.encoding,
            reading.delimiter,
            reading.decimal,
            reading.header_row
        ),
        (
            Format::Table,
            "windows-1252",
            Some(';'),
            DecimalMark::Comma,
            Some(4)
        )
    );
    let dimension = |breakdown: Breakdown| {
        proposal
            .dimensions
            .iter()
            .find(|d| d.breakdown == Some(breakdown))
            .unwrap_or_else(|| panic!("no {breakdown:?} in {:#?}", proposal.dimensions))
    };
    let sex = dimension(Breakdown::Sex);
    assert_eq!(sex.column, Some(ColumnRef::Name("Personen".into())));
    assert_eq!(sex.confidence, Confidence::Likely);
    assert!(sex.why.contains("its codes"), "{}", sex.why);
    let targets = |d: &DimensionChoice| -> Vec<(String, String, usize)> {
        d.codes
            .iter()
            .map(|c| {
                let target = match &c.target {
                    Target::Code(code) => code.clone(),
                    Target::Skip => "skip".into(),
                };
                (c.code.clone(), target, c.rows)
            })
            .collect()
    };
    let owned = |list: &[(&str, &str, usize)]| -> Vec<(String, String, usize)> {
        list.iter()
            .map(|(a, b, n)| (a.to_string(), b.to_string(), *n))
            .collect()
    };
    assert_eq!(
        targets(sex),
        owned(&[
            ("Insgesamt", "_T", 6),
            ("Frauen", "F", 2),
            ("Männer", "M", 2)
        ])
    );
    let district = dimension(Breakdown::District);
    assert_eq!(district.confidence, Confidence::Sure);
    assert_eq!(
        targets(district),
        owned(&[
            ("Bielefeld insgesamt", "_T", 6),
            ("Mitte", "01", 2),
            ("Jöllenbeck", "06", 2)
        ])
    );
    let value = proposal
        .columns
        .iter()
        .find(|c| c.role == Role::Value)
        .unwrap();
    assert_eq!(value.column, ColumnRef::Name("Anteil (%)".into()));
    assert_eq!(
        proposal.indicators[0].indicator.as_deref(),
        Some("auslaender-anteil")
    );
    assert_ne!(proposal.indicators[0].confidence, Confidence::Unsure);
    let mapping = proposal.to_mapping();
    assert_eq!(mapping.header_row, None, "the names find the header");
    let stored = figures("einwohner.csv", &bytes, &mapping);
    assert_eq!(stored.len(), 10);
    assert!(
        stored.contains(&"auslaender-anteil 2023 06 _T _T _T 9.9 Normal - - None".to_owned()),
        "{stored:#?}"
    );
}

/// Without a name or title that says which indicator it is, indicators of the same shape are
/// close: the proposal is unsure and says which others fit.
#[test]
fn an_indicator_of_the_same_shape_as_others_is_unsure() {
    let text = String::from_utf8_lossy(
        &encoding_rs::WINDOWS_1252
            .decode(&labels_only())
            .0
            .into_owned()
            .into_bytes(),
    )
    .into_owned();
    let without_title: String = text
        .lines()
        .skip(3)
        .map(|line| format!("{line}\n"))
        .collect();
    let proposal = propose_file("tabelle1.csv", without_title.as_bytes());
    let choice = &proposal.indicators[0];
    assert_eq!(choice.confidence, Confidence::Unsure);
    assert!(choice.candidates.len() >= 3, "{:#?}", choice.candidates);
    assert!(choice.why.contains("fits almost as well"), "{}", choice.why);
    let ids: Vec<&str> = choice.candidates.iter().map(|c| c.id.as_str()).collect();
    assert!(
        ids.contains(&"auslaender-anteil") && ids.contains(&"einbuergerungsquote"),
        "{ids:?}"
    );
    // Only indicators with a breakdown by sex and by district are candidates.
    for id in ids {
        let indicator = catalogue().into_iter().find(|i| i.id == id).unwrap();
        assert!(
            indicator.has_breakdown(Breakdown::Sex) && indicator.has_breakdown(Breakdown::District),
            "{id}"
        );
    }
    let unsure = proposal.unsure();
    assert!(
        unsure.iter().any(|note| note.starts_with("indicator: ")),
        "{unsure:?}"
    );
    assert!(
        proposal.to_toml().contains("# UNSURE, please check: "),
        "{}",
        proposal.to_toml()
    );
    assert_eq!(proposal.source, "tabelle1.csv");
}

/// Broken and hostile files give problems, never a panic.
#[test]
fn broken_files_give_problems() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("leer.csv", Vec::new(), "no header row"),
        ("kopf.csv", b"Jahr;Wert\n".to_vec(), "no rows of data"),
        (
            "binaer.csv",
            vec![0u8, 159, 146, 150, 0, 1, 2, 3, 255],
            "neither a CSV text nor an XLSX",
        ),
        (
            "kaputt.xlsx",
            b"PK\x03\x04 this is no zip".to_vec(),
            "not an XLSX workbook",
        ),
        (
            "text.csv",
            b"Liebe Kollegin,\nanbei die Zahlen.\nGruesse\n".to_vec(),
            "no header row",
        ),
        (
            "ohne-werte.csv",
            b"Name;Ort\nA;B\nC;D\n".to_vec(),
            "no column of years and none of values",
        ),
        (
            "ohne-jahr.csv",
            b"Name;Wert\nA;1\nC;2\n".to_vec(),
            "no column of years",
        ),
        (
            "ohne-wert.csv",
            b"Jahr;Name\n2021;A\n2022;B\n".to_vec(),
            "no column of values",
        ),
        (
            "register.csv",
            b"person_id;birth_year;birth_month;sex\n1;1990;5;F\n".to_vec(),
            "person-level register extract",
        ),
    ];
    for (name, bytes, expected) in cases {
        let problems = propose(name, &bytes, &catalogue(), &bielefeld(), &Limits::default())
            .expect_err(name)
            .to_string();
        assert!(problems.contains(expected), "{name}: {problems}");
        assert!(problems.starts_with(name), "{name}: {problems}");
    }
    let small = Limits {
        rows: 3,
        ..Limits::default()
    };
    let problems = propose(
        "gross.csv",
        b"Jahr;Wert\n2020;1\n2021;2\n2022;3\n2023;4\n",
        &catalogue(),
        &bielefeld(),
        &small,
    )
    .unwrap_err()
    .to_string();
    assert!(problems.contains("TEILHABE_MAX_TABLE_ROWS"), "{problems}");
    let problems = propose(
        "gross.csv",
        &[b'x'; 200],
        &catalogue(),
        &bielefeld(),
        &Limits {
            bytes: 100,
            ..Limits::default()
        },
    )
    .unwrap_err()
    .to_string();
    assert!(problems.contains("the file has 200 bytes"), "{problems}");
}

/// Garbled variants of real files (bytes cut, swapped, overwritten) never panic.
#[test]
fn garbled_files_never_panic() {
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for (name, bytes, _) in demo_files() {
        for _ in 0..5 {
            let mut garbled = bytes.clone();
            let cut = (next() as usize) % (garbled.len() + 1);
            garbled.truncate(cut.max(garbled.len() / 3));
            for _ in 0..(next() % 40) {
                if garbled.is_empty() {
                    break;
                }
                let at = (next() as usize) % garbled.len();
                garbled[at] = next() as u8;
            }
            let _ = propose(
                &name,
                &garbled,
                &catalogue(),
                &bielefeld(),
                &Limits::default(),
            );
        }
    }
}

/// The comments say why, and what is unsure is listed in words.
#[test]
fn the_toml_explains_each_choice() {
    let proposal = propose_file("einwohner.csv", &labels_only());
    let text = proposal.to_toml();
    for expected in [
        "# Proposed by `teilhabe import table einwohner.csv --propose-mapping`; check every line marked UNSURE.\n",
        "# sure: header `Jahr`, and its cells are years\nyear = \"Jahr\"\n",
        "# sure: header `Anteil (%)`, and its cells are numbers\nvalue = \"Anteil (%)\"\n",
        "[dimensions.sex]\n# likely: its codes (Insgesamt, Frauen, Männer)\ncolumn = \"Personen\"\n",
        "# likely: `Bielefeld insgesamt` (6 rows) → the total: `Bielefeld insgesamt` names Bielefeld\n",
        "encoding = \"windows-1252\"\ndecimal = \"comma\"\ndelimiter = \";\"\n",
    ] {
        assert!(text.contains(expected), "{expected}\n---\n{text}");
    }
    // The reasons for the indicator and the next candidates stand above it.
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| *line == "indicator = \"auslaender-anteil\"")
        .unwrap();
    assert!(
        lines[at - 1].starts_with("# other candidates: einbuergerungsquote, "),
        "{text}"
    );
    assert!(
        lines[at - 2]
            == "# likely: title `Anteil ausländischer Einwohnerinnen und Einwohner an allen \
         Einwohnern Stand: 31.12.` is like it (16 %); it has the file's breakdowns (district, sex)",
        "{text}"
    );
    // A code nothing matches: skipped (a keep rule on the districts), said in words.
    let bytes = labels_only();
    let other = encoding_rs::WINDOWS_1252
        .decode(&bytes)
        .0
        .replace("Jöllenbeck", "Paderborn")
        .replace("Mitte", "1");
    let proposal = propose_file("einwohner.csv", other.as_bytes());
    assert_eq!(
        proposal.unsure(),
        [
            "`Bezirk` code `Paderborn` (2 rows) → skipped: no district code of the catalogue found for `Paderborn`; its rows are left out unless you choose one"
        ]
    );
    let mapping = proposal.to_mapping();
    assert_eq!(
        mapping.keep,
        BTreeMap::from([(
            "Bezirk".to_owned(),
            vec!["Bielefeld insgesamt".to_owned(), "1".to_owned()]
        )])
    );
    let text = proposal.to_toml();
    assert!(
        text.contains("# likely: `1` (2 rows) → 01: `1` is the number of district Mitte\n"),
        "{text}"
    );
    assert!(
        text.contains("# UNSURE, please check: `Paderborn` (2 rows) → skipped: no district code"),
        "{text}"
    );
    assert!(
        text.contains("[keep]\nBezirk = [\"Bielefeld insgesamt\", \"1\"]\n"),
        "{text}"
    );
    assert_eq!(Confidence::Sure.as_str(), "sure");
    assert_eq!(Confidence::Likely.as_str(), "likely");
    assert_eq!(Confidence::Unsure.as_str(), "unsure");
    let keys: Vec<&str> = Role::ALL.iter().map(|role| role.as_str()).collect();
    assert_eq!(
        keys,
        [
            "year",
            "value",
            "indicator",
            "unit",
            "status",
            "lower",
            "upper",
            "base",
            "footnote"
        ]
    );
}
