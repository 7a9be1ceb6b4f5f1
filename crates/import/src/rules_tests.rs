//! The mapping's row rules (`keep`, `drop`) and the unit check, on the shipped demo files.

use std::path::PathBuf;

use teilhabe_domain::monitoring::{IndicatorDef, parse_indicator};

use crate::filter::Dropped;
use crate::{Mapping, read_file};

fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/demo/monitoring")
}

fn catalogue() -> Vec<IndicatorDef> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/indicators/bielefeld");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| parse_indicator(&std::fs::read_to_string(entry.unwrap().path()).unwrap()))
        .collect::<Result<_, _>>()
        .unwrap()
}

fn demo(name: &str) -> (String, String) {
    let text = std::fs::read_to_string(demo_dir().join(name)).unwrap();
    let stem = name.split('.').next().unwrap();
    let mapping = std::fs::read_to_string(demo_dir().join(format!("{stem}.mapping.toml"))).unwrap();
    (text, mapping)
}

fn problems(file: &str, mapping: &str) -> String {
    let mapping = Mapping::parse(mapping).unwrap();
    read_file("t.csv", file.as_bytes(), &mapping, &catalogue())
        .unwrap_err()
        .to_string()
}

/// A GENESIS download for two districts (Bielefeld 05711 and Gütersloh 05754): without a rule
/// Gütersloh's code is refused; `keep` takes Bielefeld's rows and says how many it left out.
#[test]
fn keep_takes_one_region_of_a_genesis_download() {
    let (text, mapping) = demo("schulabgaenge-genesis_flat.csv");
    let data_rows: Vec<&str> = text.lines().skip(1).collect();
    let mut both = text.clone();
    for row in &data_rows {
        both.push_str(&row.replace(
            ";05711;Bielefeld, kreisfreie Stadt;",
            ";05754;Gütersloh, Kreis;",
        ));
        both.push('\n');
    }
    let refused = problems(&both, &mapping);
    assert!(
        refused.contains("code `05754` is not in the mapping"),
        "{refused}"
    );

    let with_rule = format!("keep = {{ KREISE = [\"05711\"] }}\n{mapping}");
    let mapping = Mapping::parse(&with_rule).unwrap();
    let one = read_file("t.csv", text.as_bytes(), &mapping, &catalogue()).unwrap();
    let file = read_file("t.csv", both.as_bytes(), &mapping, &catalogue()).unwrap();
    assert_eq!(file.observations.len(), one.observations.len());
    assert_eq!(
        file.dropped,
        vec![Dropped {
            rule: "keep",
            column: "KREISE".into(),
            codes: vec!["05711".into()],
            rows: data_rows.len(),
        }]
    );
    assert!(one.dropped.is_empty());
    assert_eq!(
        file.dropped[0].to_string(),
        format!(
            "{} rows dropped: KREISE not one of 05711 (keep)",
            data_rows.len()
        )
    );
}

/// A long CSV with a category teilhabe does not map: `drop` leaves its rows out.
#[test]
fn drop_leaves_out_a_category_of_a_long_csv() {
    let (text, mapping) = demo("kita-u3-quote.csv");
    let extra: Vec<String> = text
        .lines()
        .skip(1)
        .filter(|line| line.contains(",mit Migrationshintergrund,"))
        .map(|line| line.replace(",mit Migrationshintergrund,", ",Ausländer/-innen,"))
        .collect();
    let longer = format!("{text}{}\n", extra.join("\n"));
    let refused = problems(&longer, &mapping);
    assert!(
        refused.contains("code `Ausländer/-innen` is not in the mapping"),
        "{refused}"
    );

    let with_rule =
        format!("drop = {{ Herkunft = [\"Ausländer/-innen\", \"staatenlos\"] }}\n{mapping}");
    let mapping = Mapping::parse(&with_rule).unwrap();
    let file = read_file("t.csv", longer.as_bytes(), &mapping, &catalogue()).unwrap();
    assert_eq!(file.dropped.len(), 1);
    assert_eq!(file.dropped[0].rule, "drop");
    assert_eq!(file.dropped[0].rows, extra.len());
    assert!(
        file.observations
            .iter()
            .all(|o| o.at.origin != "Ausländer/-innen")
    );
}

/// Title lines above the header and notes below the data (as in a Destatis CSV) are kept as
/// they are: a `keep` rule neither drops nor counts them, and the data rows after them are not
/// read.
#[test]
fn rules_look_only_at_the_data_rows() {
    let (text, mapping) = demo("kita-u3-quote.csv");
    let kept = text
        .lines()
        .skip(1)
        .filter(|line| !line.contains(",mit Migrationshintergrund,"))
        .count();
    let rows = text.lines().count() - 1;
    let framed = format!(
        "Kindertagesbetreuung U3,,,,,,,,\n{text}__________,,,,,,,,\n2099,,mit Migrationshintergrund,,,Prozent,1.0,A,\n"
    );
    let with_rule =
        format!("keep = {{ Herkunft = [\"\", \"ohne Migrationshintergrund\"] }}\n{mapping}");
    let mapping = Mapping::parse(&with_rule).unwrap();
    let file = read_file("t.csv", framed.as_bytes(), &mapping, &catalogue()).unwrap();
    assert_eq!(file.dropped.len(), 1);
    assert_eq!(file.dropped[0].rows, rows - kept);
    assert!(file.observations.iter().all(|o| o.at.origin != "MH"));
    assert!(file.observations.iter().all(|o| o.at.year != 2099));
}

#[test]
fn a_rule_on_a_column_the_file_lacks_is_an_error() {
    let (text, mapping) = demo("kita-u3-quote.csv");
    let refused = problems(
        &text,
        &format!("keep = {{ Region = [\"05711\"] }}\n{mapping}"),
    );
    assert!(
        refused.contains("keep: the header row has no column `Region`; it has `Year`"),
        "{refused}"
    );
    let (text, mapping) = demo("schulabgaenge-genesis_flat.csv");
    let refused = problems(
        &text,
        &format!("drop = {{ GEMEINDE = [\"1\"] }}\n{mapping}"),
    );
    assert!(
        refused.contains("drop: the file has no GENESIS variable `GEMEINDE`; it has ")
            && refused.contains("`KREISE`"),
        "{refused}"
    );
    let error = Mapping::parse(&format!("keep = {{ KREISE = [] }}\n{mapping}")).unwrap_err();
    assert!(
        error.contains("keep.KREISE: list at least one code"),
        "{error}"
    );
}

fn without_units(mapping: &str) -> String {
    let stripped = mapping.replace("[units]\n\"Prozent\" = \"percent\"\n", "");
    assert_ne!(stripped, mapping, "the demo mapping has [units]");
    stripped
}

/// The case: counts ("Anzahl") in a file whose mapping has no `[units]` must not go
/// into a percent indicator.
#[test]
fn a_unit_that_does_not_match_the_indicator_is_refused() {
    let (text, mapping) = demo("kita-u3-quote.csv");
    let plain = without_units(&mapping);
    let counts = text.replace(",Prozent,", ",Anzahl,");
    let refused = problems(&counts, &plain);
    assert!(
        refused.contains(
            "unit `Anzahl` is count, but indicator `kita-u3-quote` is measured in percent; valid units: `percent`, `per cent`, `%`, `Prozent`"
        ),
        "{refused}"
    );
    assert!(
        refused.contains("t.csv, line 2, column 6 (Units)"),
        "{refused}"
    );

    // The usual spellings of the indicator's unit pass without [units]; so does no unit.
    let mapping_plain = Mapping::parse(&plain).unwrap();
    for spelling in ["Prozent", "%", "percent"] {
        let file = text.replace(",Prozent,", &format!(",{spelling},"));
        assert!(read_file("t.csv", file.as_bytes(), &mapping_plain, &catalogue()).is_ok());
    }
    let file = text.replace(",Prozent,", ",,");
    assert!(read_file("t.csv", file.as_bytes(), &mapping_plain, &catalogue()).is_ok());

    let refused = problems(&text.replace(",Prozent,", ",Kilogramm,"), &plain);
    assert!(
        refused.contains("unit `Kilogramm` is not a unit teilhabe knows")
            && refused.contains("name the file's unit in the mapping's [units]"),
        "{refused}"
    );

    // With [units], a unit mapped to another unit is refused and the valid ones are listed.
    let mapped = mapping.replace(
        "\"Prozent\" = \"percent\"",
        "\"Prozent\" = \"percent\"\n\"Anzahl\" = \"count\"",
    );
    let refused = problems(&counts, &mapped);
    assert!(
        refused.contains("unit `Anzahl` is count, but indicator `kita-u3-quote` is measured in percent; valid units: `Prozent`"),
        "{refused}"
    );
    let error = Mapping::parse(&mapping.replace("= \"percent\"", "= \"procent\"")).unwrap_err();
    assert!(
        error.contains(
            "`procent` is not a unit of the catalogue; expected one of percent, percentage-points"
        ),
        "{error}"
    );
}

/// A gap series is published in percentage points; its file may say so.
#[test]
fn a_gap_series_is_in_percentage_points() {
    let mut indicator = catalogue()
        .into_iter()
        .find(|i| i.id == "kita-u3-quote")
        .unwrap();
    indicator.id = "kita-u3-abstand".into();
    indicator.unit = teilhabe_domain::monitoring::Unit::PercentagePoints;
    let file = "Year,Units,Value\n2023,Prozentpunkte,-3.5\n2024,Prozent,-2.0\n";
    let mapping = Mapping::parse(
        "format = \"table\"\nsource = \"Test\"\nindicator = \"kita-u3-abstand\"\n\
         columns = { year = \"Year\", value = \"Value\", unit = \"Units\" }\n",
    )
    .unwrap();
    let refused = read_file("gap.csv", file.as_bytes(), &mapping, &[indicator.clone()])
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("gap.csv, line 3, column 2 (Units): unit `Prozent` is percent, but indicator `kita-u3-abstand` is measured in percentage-points")
            && !refused.contains("line 2"),
        "{refused}"
    );
    let file = "Year,Units,Value\n2023,Prozentpunkte,-3.5\n";
    let read = read_file("gap.csv", file.as_bytes(), &mapping, &[indicator]).unwrap();
    assert_eq!(read.observations[0].value.unwrap().to_string(), "-3.5");
}
