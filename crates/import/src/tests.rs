//! Each import format, read from the shipped demo files and from small bad files: values and
//! statuses as written, signs kept, every problem named with line and column.

use std::path::PathBuf;

use teilhabe_domain::monitoring::{IndicatorDef, ObsStatus, Observation, parse_indicator};

use crate::{Mapping, read_file};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn catalogue() -> Vec<IndicatorDef> {
    let dir = root().join("data/indicators/bielefeld");
    let mut indicators: Vec<IndicatorDef> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            parse_indicator(&text).unwrap()
        })
        .collect();
    indicators.sort_by(|a, b| a.id.cmp(&b.id));
    indicators
}

fn demo(name: &str) -> (Vec<u8>, Mapping) {
    let dir = root().join("data/demo/monitoring");
    let bytes = std::fs::read(dir.join(name)).unwrap();
    let stem = name.split('.').next().unwrap();
    let mapping =
        Mapping::parse(&std::fs::read_to_string(dir.join(format!("{stem}.mapping.toml"))).unwrap())
            .unwrap();
    (bytes, mapping)
}

fn find<'a>(
    figures: &'a [Observation],
    indicator: &str,
    year: i32,
    codes: [&str; 4],
) -> &'a Observation {
    figures
        .iter()
        .find(|o| {
            o.indicator == indicator
                && o.at.year == year
                && [&o.at.district, &o.at.sex, &o.at.origin, &o.at.age]
                    .iter()
                    .zip(codes)
                    .all(|(a, b)| a.as_str() == b)
        })
        .unwrap_or_else(|| panic!("{indicator} {year} {codes:?} missing"))
}

fn value(o: &Observation) -> String {
    o.value.map(|v| v.to_string()).unwrap_or_default()
}

/// The cells of a delimited text file, split naively (the demo files quote nothing we need).
fn cells(text: &str, delimiter: char) -> Vec<Vec<String>> {
    text.lines()
        .map(|line| line.split(delimiter).map(ToOwned::to_owned).collect())
        .collect()
}

#[test]
fn genesis_flat_file_with_secret_signs() {
    let (bytes, mapping) = demo("schulabgaenge-genesis_flat.csv");
    let file = read_file("s.csv", &bytes, &mapping, &catalogue()).unwrap();
    assert_eq!(file.encoding, "utf-8");
    assert!(file.is_demo);
    // Every data row of the file is one figure, with the value as written (comma → point).
    let rows = cells(std::str::from_utf8(&bytes).unwrap(), ';');
    assert_eq!(file.observations.len(), rows.len() - 1);
    let mut secret = 0;
    let mut unavailable = 0;
    for row in &rows[1..] {
        let indicator = match row[19].as_str() {
            "BIL901" => "abgang-ohne-abschluss",
            _ => "abgang-hochschulreife",
        };
        let origin = match row[11].as_str() {
            "NATA" => "FOREIGN",
            "NATD" => "DE",
            _ => "_T",
        };
        let sex = match row[15].as_str() {
            "GESW" => "F",
            "GESM" => "M",
            _ => "_T",
        };
        let year: i32 = row[4].parse().unwrap();
        let figure = find(
            &file.observations,
            indicator,
            year,
            ["_T", sex, origin, "_T"],
        );
        match row[17].as_str() {
            "." => {
                secret += 1;
                assert_eq!(figure.value, None, "a secret value is never 0");
                assert_eq!(figure.status, ObsStatus::Suppressed);
                assert_eq!(figure.sign.as_deref(), Some("."));
            }
            "..." => {
                unavailable += 1;
                assert_eq!(figure.value, None);
                assert_eq!(figure.status, ObsStatus::NotYetAvailable);
                assert_eq!(figure.sign.as_deref(), Some("..."));
            }
            written => {
                assert_eq!(value(figure), written.replace(',', "."));
                assert_eq!(figure.status, ObsStatus::Normal);
            }
        }
    }
    assert!(secret > 0 && unavailable > 0, "{secret} {unavailable}");
}

#[test]
fn older_genesis_variant_with_german_headers_and_quality_flags() {
    let (bytes, mapping) = demo("arbeitslosenquote-genesis-alt_flat.csv");
    let file = read_file("a.csv", &bytes, &mapping, &catalogue()).unwrap();
    let rows = cells(std::str::from_utf8(&bytes).unwrap(), ';');
    assert!(rows[0][13].starts_with("ALO906__"));
    assert_eq!(file.observations.len(), rows.len() - 1);
    for row in &rows[1..] {
        let year: i32 = row[4].parse().unwrap();
        let (sex, origin) = match row[11].as_str() {
            "GESW" => ("F", "_T"),
            "GESM" => ("M", "_T"),
            "NATA" => ("_T", "FOREIGN"),
            "NATD" => ("_T", "DE"),
            _ => ("_T", "_T"),
        };
        let figure = find(
            &file.observations,
            "arbeitslosenquote",
            year,
            ["_T", sex, origin, "_T"],
        );
        assert_eq!(value(figure), row[13].replace(',', "."));
        let expected = if row[14] == "p" {
            ObsStatus::Provisional
        } else {
            ObsStatus::Normal
        };
        assert_eq!(figure.status, expected, "{row:?}");
        // The mapping's footnote for 2023 is attached.
        assert_eq!(figure.footnotes.is_empty(), year != 2023);
    }
}

#[test]
fn classic_windows_1252_export_with_years_as_columns() {
    let (bytes, mapping) = demo("gymnasium-uebergang-klassisch.csv");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the demo file is Windows-1252"
    );
    let file = read_file("g.csv", &bytes, &mapping, &catalogue()).unwrap();
    assert_eq!(file.encoding, "windows-1252");
    // "Ausländer/-innen" (ä in Windows-1252) was decoded and mapped.
    let (text, _) = crate::text::decode("g", &bytes, crate::text::Encoding::Windows1252).unwrap();
    let rows = cells(&text, ';');
    let header = rows
        .iter()
        .position(|r| r[0] == "Staatsangehörigkeit")
        .unwrap();
    let years: Vec<i32> = rows[header][2..]
        .iter()
        .map(|y| y.parse().unwrap())
        .collect();
    let mut checked = 0;
    for row in rows[header + 1..]
        .iter()
        .take_while(|r| !r[0].starts_with("__"))
    {
        let origin = match row[0].as_str() {
            "Ausländer/-innen" => "FOREIGN",
            "Deutsche" => "DE",
            _ => "_T",
        };
        let sex = match row[1].as_str() {
            "weiblich" => "F",
            "männlich" => "M",
            _ => "_T",
        };
        for (year, cell) in years.iter().zip(&row[2..]) {
            let figure = find(
                &file.observations,
                "gymnasium-uebergang",
                *year,
                ["_T", sex, origin, "_T"],
            );
            assert_eq!(value(figure), cell.replace(',', "."));
            checked += 1;
        }
    }
    assert_eq!(checked, file.observations.len());
    assert!(checked >= 40);
}

#[test]
fn portal_long_csv_with_status_footnotes_and_intervals() {
    let (bytes, mapping) = demo("zugehoerigkeit.csv");
    let file = read_file("z.csv", &bytes, &mapping, &catalogue()).unwrap();
    let rows = cells(std::str::from_utf8(&bytes).unwrap(), ',');
    assert_eq!(rows[0][7], "Lower");
    assert_eq!(file.observations.len(), rows.len() - 1);
    for row in &rows[1..] {
        let origin = match row[2].as_str() {
            "mit Migrationshintergrund" => "MH",
            "ohne Migrationshintergrund" => "NO_MH",
            _ => "_T",
        };
        let sex = match row[1].as_str() {
            "weiblich" => "F",
            "männlich" => "M",
            _ => "_T",
        };
        let figure = find(
            &file.observations,
            "zugehoerigkeit",
            row[0].parse().unwrap(),
            ["_T", sex, origin, "_T"],
        );
        assert_eq!(value(figure), row[6]);
        assert_eq!(
            figure.lower.map(|v| v.to_string()).unwrap_or_default(),
            row[7]
        );
        assert_eq!(
            figure.upper.map(|v| v.to_string()).unwrap_or_default(),
            row[8]
        );
    }

    // A break in series and a suppressed district come through with their statuses.
    let (bytes, mapping) = demo("sgb2-quote.csv");
    let file = read_file("s.csv", &bytes, &mapping, &catalogue()).unwrap();
    let total_2023 = find(
        &file.observations,
        "sgb2-quote",
        2023,
        ["_T", "_T", "_T", "_T"],
    );
    assert_eq!(total_2023.status, ObsStatus::Break);
    assert!(total_2023.footnotes[0].contains("Zeitreihenbruch"));
    let (bytes, mapping) = demo("kita-u3-quote.csv");
    let file = read_file("k.csv", &bytes, &mapping, &catalogue()).unwrap();
    let gadderbaum = find(
        &file.observations,
        "kita-u3-quote",
        2023,
        ["03", "_T", "_T", "_T"],
    );
    assert_eq!(
        (gadderbaum.value, gadderbaum.status),
        (None, ObsStatus::Suppressed)
    );
}

#[test]
fn xlsx_workbook_with_a_title_row() {
    let (bytes, mapping) = demo("sportverein-mitgliedschaft.xlsx");
    let file = read_file("s.xlsx", &bytes, &mapping, &catalogue()).unwrap();
    assert_eq!(file.encoding, "xlsx");
    // Compare with the workbook read independently of our grid code.
    use calamine::{Reader, Xlsx};
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(&bytes)).unwrap();
    let range = workbook.worksheet_range("Daten").unwrap();
    let mut checked = 0;
    for row in range.rows().skip(3) {
        let year = row[0].to_string().parse::<f64>().unwrap() as i32;
        let sex = match row[1].to_string().as_str() {
            "weiblich" => "F",
            "männlich" => "M",
            _ => "_T",
        };
        let age = match row[3].to_string().as_str() {
            "unter 18 Jahre" => "Y_LT18",
            "18 bis unter 65 Jahre" => "Y18T64",
            "65 Jahre und älter" => "Y_GE65",
            _ => "_T",
        };
        let expected: f64 = row[4].to_string().parse().unwrap();
        let figure = find(
            &file.observations,
            "sportverein-mitgliedschaft",
            year,
            ["_T", sex, "_T", age],
        );
        assert_eq!(figure.value.unwrap().to_f64(), expected);
        checked += 1;
    }
    assert_eq!(checked, file.observations.len());
}

#[test]
fn a_bad_file_names_line_column_and_what_was_expected() {
    let mapping = Mapping::parse(
        r#"
format = "table"
source = "Test"
indicator = "kita-u3-quote"
decimal = "point"
[columns]
year = "Year"
value = "Value"
[dimensions.origin]
column = "Herkunft"
codes = { "" = "_T", "mit MH" = "MH", "ohne MH" = "NO_MH" }
"#,
    )
    .unwrap();
    let text = "Year,Herkunft,Value\n2020,,30.1\n2020,mit MH,abc\n20x1,ohne MH,40\n2021,Ausland,41\n2021,,0\n2021,,.\n";
    let problems = read_file("bad.csv", text.as_bytes(), &mapping, &catalogue())
        .unwrap_err()
        .0;
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        listed[0],
        "bad.csv, line 3, column 3 (Value): a number or a table sign (- . ... / x ( ) |), not `abc`"
    );
    assert!(
        listed[1].starts_with("bad.csv, line 4, column 1 (Year): a year"),
        "{listed:?}"
    );
    assert!(
        listed[2].starts_with(
            "bad.csv, line 5, column 2 (Herkunft): code `Ausland` is not in the mapping"
        ),
        "{listed:?}"
    );
    assert_eq!(listed.len(), 3, "{listed:?}");

    // Once every cell reads, the figures are checked: the same figure twice is named.
    let text = "Year,Herkunft,Value\n2021,,0\n2021,,.\n";
    let problems = read_file("twice.csv", text.as_bytes(), &mapping, &catalogue()).unwrap_err();
    assert!(
        problems.0[0]
            .to_string()
            .starts_with("twice.csv, line 3, column 3 (Value): a second figure"),
        "{problems}"
    );

    // A status column that says "suppressed" next to a number is a contradiction, not a 0.
    let with_status = Mapping::parse(
        "format = \"table\"\nsource = \"T\"\nindicator = \"kita-u3-quote\"\ncolumns = { year = \"Year\", value = \"Value\", status = \"Status\" }\n",
    )
    .unwrap();
    let text = "Year,Value,Status\n2020,12.5,Q\n2021,.,Q\n";
    let problems = read_file("q.csv", text.as_bytes(), &with_status, &catalogue()).unwrap_err();
    assert_eq!(problems.0.len(), 1, "{problems}");
    assert!(
        problems.0[0]
            .to_string()
            .starts_with("q.csv, line 2, column 2 (Value): status Q means the figure is missing"),
        "{problems}"
    );

    // An origin of another population concept is refused with the concept named.
    let text = "Year,Herkunft,Value\n2020,mit MH,1\n";
    let nat = Mapping::parse(
        "format = \"table\"\nsource = \"T\"\nindicator = \"abgang-ohne-abschluss\"\ncolumns = { year = \"Year\", value = \"Value\" }\n[dimensions.origin]\ncolumn = \"Herkunft\"\ncodes = { \"mit MH\" = \"MH\" }\n",
    )
    .unwrap();
    let problems = read_file("nat.csv", text.as_bytes(), &nat, &catalogue()).unwrap_err();
    assert!(
        problems
            .to_string()
            .contains("does not belong to population concept NAT"),
        "{problems}"
    );

    // A worksheet cell is named by its row and column letter (row 5 is the first split by sex).
    let (bytes, mut mapping) = demo("sportverein-mitgliedschaft.xlsx");
    mapping.indicator = Some("kita-u3-quote".into());
    let problems = read_file("s.xlsx", &bytes, &mapping, &catalogue()).unwrap_err();
    assert_eq!(
        problems.0[0].to_string(),
        "s.xlsx, sheet `Daten`, row 5, column E (Wert): indicator `kita-u3-quote` has no breakdown by sex; it has origin, district",
    );
}

#[test]
fn a_person_level_register_extract_is_refused_without_echoing_its_values() {
    // A mapping that would read the extract's rows as figures if nothing stopped it.
    let mapping = Mapping::parse(
        "format = \"table\"\nsource = \"T\"\nindicator = \"kita-u3-quote\"\ncolumns = { year = \"birth_year\", value = \"person_id\" }\n",
    )
    .unwrap();
    let extract = "reference_date;person_id;household_id;district;quarter;birth_year;birth_month;sex;nationality_1\n\
                   2024-12-31;104233;51007;07;0702;1985;04;f;TR\n";
    let problems = read_file("pop.csv", extract.as_bytes(), &mapping, &catalogue()).unwrap_err();
    assert_eq!(problems.0.len(), 1, "{problems}");
    let message = problems.to_string();
    assert!(
        message.starts_with("pop.csv, line 1: this is a person-level register extract"),
        "{message}"
    );
    assert!(
        !message.contains("104233"),
        "no person's value in the message"
    );

    // An ordinary worksheet is not mistaken for one (it fails for its own reason).
    let (bytes, mut xlsx) = demo("sportverein-mitgliedschaft.xlsx");
    xlsx.indicator = Some("kita-u3-quote".into());
    assert!(
        read_file("s.xlsx", &bytes, &xlsx, &catalogue())
            .is_err_and(|p| !p.to_string().contains("person-level"))
    );
}
