//! The proposer on the shipped demo files (each proposed without its mapping and compared with
//! the shipped one), on a multi-region GENESIS download, on labels alone, and on broken files.

use std::path::PathBuf;

use teilhabe_domain::city::CitySettings;
use teilhabe_domain::monitoring::{IndicatorDef, parse_indicator};

use std::collections::BTreeMap;

use super::*;
use crate::mapping::translate;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The Bielefeld catalogue, read once.
pub(crate) fn catalogue() -> Vec<IndicatorDef> {
    static CATALOGUE: std::sync::OnceLock<Vec<IndicatorDef>> = std::sync::OnceLock::new();
    CATALOGUE
        .get_or_init(|| {
            let dir = root().join("data/indicators/bielefeld");
            let mut indicators: Vec<IndicatorDef> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|entry| {
                    parse_indicator(&std::fs::read_to_string(entry.unwrap().path()).unwrap())
                        .unwrap()
                })
                .collect();
            indicators.sort_by(|a, b| a.id.cmp(&b.id));
            indicators
        })
        .clone()
}

/// Bielefeld as the app hands it over: name and key from the concept, districts from the city
/// settings.
fn bielefeld() -> Places {
    let settings = CitySettings::parse(
        &std::fs::read_to_string(root().join("data/city/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    Places {
        name: "Bielefeld".into(),
        ags: Some("05711000".into()),
        districts: settings.districts,
    }
}

fn propose_file(name: &str, bytes: &[u8]) -> Proposal {
    propose(name, bytes, &catalogue(), &bielefeld(), &Limits::default())
        .unwrap_or_else(|problems| panic!("{name}: {problems}"))
}

/// Every data file of the demo with its shipped mapping.
fn demo_files() -> Vec<(String, Vec<u8>, Mapping)> {
    let dir = root().join("data/demo/monitoring");
    let mut files: Vec<(String, Vec<u8>, Mapping)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".csv") || name.ends_with(".xlsx"))
        .map(|name| {
            let stem = name.split('.').next().unwrap();
            let mapping =
                std::fs::read_to_string(dir.join(format!("{stem}.mapping.toml"))).unwrap();
            let bytes = std::fs::read(dir.join(&name)).unwrap();
            (name, bytes, Mapping::parse(&mapping).unwrap())
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The codes of the file in a dimension, as the proposal lists them.
fn file_codes(proposal: &Proposal, breakdown: Breakdown) -> Vec<String> {
    proposal
        .dimensions
        .iter()
        .filter(|d| d.breakdown == Some(breakdown))
        .flat_map(|d| d.codes.iter().map(|c| c.code.clone()))
        .collect()
}

/// For every demo file: the proposal without the mapping equals the shipped mapping in what
/// matters (format and how it is read, the indicator or GENESIS indicators, every column, every
/// dimension's column or variable and what each code of the file means, the units); the shipped
/// `source` and footnotes are the publisher's words and are not compared.
#[test]
fn every_demo_file_is_proposed_as_its_shipped_mapping() {
    let files = demo_files();
    let mappings = std::fs::read_dir(root().join("data/demo/monitoring"))
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".mapping.toml")
        })
        .count();
    assert_eq!(files.len(), mappings);
    assert!(files.len() >= 27, "{} demo files", files.len());
    let mut wrong = Vec::new();
    for (name, bytes, shipped) in &files {
        let proposal = propose_file(name, bytes);
        let proposed = proposal.to_mapping();
        let mut differ = |what: &str, left: String, right: String| {
            if left != right {
                wrong.push(format!("{name}: {what}: shipped {left}, proposed {right}"));
            }
        };
        differ(
            "format",
            format!("{:?}", shipped.format),
            format!("{:?}", proposed.format),
        );
        differ(
            "encoding",
            format!("{:?}", shipped.encoding),
            format!("{:?}", proposed.encoding),
        );
        differ(
            "decimal",
            format!("{:?}", shipped.decimal),
            format!("{:?}", proposed.decimal),
        );
        let delimiter = |m: &Mapping| match m.format {
            Format::Genesis => Some(m.delimiter.unwrap_or(';')),
            _ => m.delimiter,
        };
        differ(
            "delimiter",
            format!("{:?}", delimiter(shipped)),
            format!("{:?}", delimiter(&proposed)),
        );
        differ(
            "sheet",
            format!("{:?}", shipped.sheet),
            format!("{:?}", proposed.sheet),
        );
        differ(
            "header_row",
            format!("{:?}", shipped.header_row),
            format!("{:?}", proposed.header_row),
        );
        differ(
            "year_columns",
            format!("{:?}", shipped.year_columns),
            format!("{:?}", proposed.year_columns),
        );
        differ(
            "indicator",
            format!("{:?}", shipped.indicator),
            format!("{:?}", proposed.indicator),
        );
        differ(
            "indicators",
            format!("{:?}", shipped.indicators),
            format!("{:?}", proposed.indicators),
        );
        differ(
            "columns",
            format!("{:?}", shipped.columns),
            format!("{:?}", proposed.columns),
        );
        differ(
            "units",
            format!("{:?}", shipped.units),
            format!("{:?}", proposed.units),
        );
        differ(
            "keep",
            format!("{:?}", shipped.keep),
            format!("{:?}", proposed.keep),
        );
        differ(
            "drop",
            format!("{:?}", shipped.drop),
            format!("{:?}", proposed.drop),
        );
        differ(
            "ignore",
            format!("{:?}", shipped.ignore),
            format!("{:?}", proposed.ignore),
        );
        differ(
            "dimensions",
            format!("{:?}", shipped.dimensions.keys().collect::<Vec<_>>()),
            format!("{:?}", proposed.dimensions.keys().collect::<Vec<_>>()),
        );
        for (breakdown, dimension) in &shipped.dimensions {
            let Some(mine) = proposed.dimensions.get(breakdown) else {
                continue;
            };
            differ(
                &format!("{} source", breakdown.as_str()),
                format!("{:?} {:?}", dimension.column, dimension.variable),
                format!("{:?} {:?}", mine.column, mine.variable),
            );
            for code in file_codes(&proposal, *breakdown) {
                differ(
                    &format!("{} code `{code}`", breakdown.as_str()),
                    format!("{:?}", translate(dimension, &code)),
                    format!("{:?}", translate(mine, &code)),
                );
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Figures as the import stores them, without the footnotes a mapping adds per year.
fn figures(name: &str, bytes: &[u8], mapping: &Mapping) -> Vec<String> {
    let mut out: Vec<String> = crate::read_file(name, bytes, mapping, &catalogue())
        .unwrap_or_else(|problems| panic!("{name}: {problems}"))
        .observations
        .into_iter()
        .map(|o| {
            let number = |d: Option<teilhabe_domain::monitoring::Decimal>| {
                d.map_or("-".to_owned(), |d| d.to_string())
            };
            format!(
                "{} {} {} {} {} {} {} {:?} {} {} {:?}",
                o.indicator,
                o.at.year,
                o.at.district,
                o.at.sex,
                o.at.origin,
                o.at.age,
                number(o.value),
                o.status,
                number(o.lower),
                number(o.upper),
                o.base
            )
        })
        .collect();
    out.sort();
    out
}

/// The proposed mapping imports every demo file to the very figures the shipped one does.
#[test]
fn the_proposed_mappings_import_the_demo_figures() {
    for (name, bytes, shipped) in demo_files() {
        let proposed = propose_file(&name, &bytes).to_mapping();
        let expected = figures(&name, &bytes, &shipped);
        assert!(!expected.is_empty(), "{name}");
        assert_eq!(figures(&name, &bytes, &proposed), expected, "{name}");
    }
}

/// The TOML the proposer writes reads back to the mapping it stands for, comments and all.
#[test]
fn the_proposed_toml_reads_back_to_the_same_mapping() {
    for (name, bytes, _) in demo_files() {
        let proposal = propose_file(&name, &bytes);
        let text = proposal.to_toml();
        let read = Mapping::parse(&text).unwrap_or_else(|error| panic!("{name}: {error}\n{text}"));
        assert_eq!(read, proposal.to_mapping(), "{name}\n{text}");
        assert_eq!(Mapping::parse(&read.to_toml()).unwrap(), read, "{name}");
    }
}

/// Every part of a mapping survives the writer, keys and texts that need quoting included.
#[test]
fn every_part_of_a_mapping_survives_the_toml_writer() {
    let mut mapping = Mapping::plain(Format::Table, "Amt \"Statistik\"\nTabelle 1\\2");
    mapping.city = Some("bielefeld".into());
    mapping.demo = true;
    mapping.encoding = Encoding::Windows1252;
    mapping.decimal = DecimalMark::Comma;
    mapping.delimiter = Some('\t');
    mapping.sheet = Some("Blatt 1".into());
    mapping.header_row = Some(4);
    mapping.indicator = Some("kita-u3-quote".into());
    mapping
        .indicators
        .insert("Quote U3".into(), "kita-u3-quote".into());
    mapping
        .indicators
        .insert("KITA_3".into(), "kita-3-6-quote".into());
    mapping.columns.year = Some(ColumnRef::Number(1));
    mapping.columns.value = Some(ColumnRef::Name("Wert (%)".into()));
    mapping.columns.indicator = Some(ColumnRef::Name("Indikator".into()));
    mapping.columns.unit = Some(ColumnRef::Name("Einheit".into()));
    mapping.columns.status = Some(ColumnRef::Name("Status".into()));
    mapping.columns.lower = Some(ColumnRef::Name("KI unten".into()));
    mapping.columns.upper = Some(ColumnRef::Name("KI oben".into()));
    mapping.columns.base = Some(ColumnRef::Number(9));
    mapping.columns.footnote = Some(ColumnRef::Name("Fußnote".into()));
    mapping
        .units
        .insert("je 1.000".into(), "per-thousand".into());
    mapping.units.insert("%".into(), "percent".into());
    mapping.dimensions.insert(
        Breakdown::Sex,
        DimensionMapping {
            column: Some(ColumnRef::Name("Geschlecht".into())),
            variable: None,
            codes: Some(BTreeMap::from([
                (String::new(), "_T".into()),
                ("weiblich".into(), "F".into()),
                ("\"m\"".into(), "M".into()),
            ])),
        },
    );
    mapping.dimensions.insert(
        Breakdown::District,
        DimensionMapping {
            column: Some(ColumnRef::Number(3)),
            variable: None,
            codes: None,
        },
    );
    mapping.fixed.insert(Breakdown::Age, "Y_LT3".into());
    mapping.footnotes.insert("2023".into(), "vorläufig".into());
    mapping
        .keep
        .insert("Region".into(), vec!["05711".into(), String::new()]);
    mapping
        .drop
        .insert("Staatsangehörigkeit".into(), vec!["Staatenlos".into()]);
    let text = mapping.to_toml();
    assert_eq!(Mapping::parse(&text).unwrap(), mapping, "{text}");

    let mut genesis = Mapping::plain(Format::Genesis, "GENESIS");
    genesis
        .indicators
        .insert("BIL901".into(), "abgang-ohne-abschluss".into());
    genesis.ignore = vec!["SCHART".into(), "ALTX".into()];
    genesis.delimiter = Some(',');
    genesis.dimensions.insert(
        Breakdown::Origin,
        DimensionMapping {
            column: None,
            variable: Some("NAT".into()),
            codes: Some(BTreeMap::from([("NATA".into(), "FOREIGN".into())])),
        },
    );
    let comments = BTreeMap::from([
        (String::new(), vec!["top\nof the file".to_owned()]),
        ("ignore".to_owned(), vec!["left out".to_owned()]),
        (
            "indicators.BIL901".to_owned(),
            vec!["by its label".to_owned()],
        ),
    ]);
    let text = crate::mapping::to_toml(&genesis, &comments);
    assert!(
        text.starts_with("# top\n# of the file\nformat = \"genesis\"\n"),
        "{text}"
    );
    assert!(
        text.contains("# left out\nignore = [\"SCHART\", \"ALTX\"]\n"),
        "{text}"
    );
    assert!(
        text.contains("# by its label\nBIL901 = \"abgang-ohne-abschluss\"\n"),
        "{text}"
    );
    assert_eq!(Mapping::parse(&text).unwrap(), genesis, "{text}");
}

mod columns;
mod files;

/// The options a form offers for a code: the total first, then the breakdown's catalogue codes.
#[test]
fn a_form_offers_the_catalogue_codes_of_a_breakdown() {
    let (name, bytes, _) = demo_files()
        .into_iter()
        .find(|(name, _, _)| name == "bevoelkerung-mh-anteil.csv")
        .unwrap();
    let proposal = propose_file(&name, &bytes);
    let places = bielefeld();
    let catalogue = catalogue();
    let indicator = catalogue.iter().find(|i| i.id == "auslaender-anteil");
    let options =
        |breakdown, indicator| code_options(breakdown, indicator, &places.districts, &proposal);
    assert_eq!(options(Breakdown::Sex, None), ["_T", "F", "M", "D", "X"]);
    assert_eq!(
        options(Breakdown::Origin, indicator),
        ["_T", "FOREIGN", "DE"]
    );
    assert_eq!(
        options(Breakdown::Origin, None),
        ["_T", "FOREIGN", "DE", "MH", "NO_MH", "EG", "NO_EG"]
    );
    let districts = options(Breakdown::District, None);
    assert_eq!(districts.len(), 11);
    assert_eq!(
        (districts[1].as_str(), districts[10].as_str()),
        ("01", "10")
    );
    assert_eq!(
        options(Breakdown::Age, None),
        ["_T", "Y_LT18", "Y18T64", "Y_GE65"]
    );

    // What the proposal chose is offered even where another indicator's concept is asked for,
    // so that a form can always show its preselection.
    let (name, bytes, _) = demo_files()
        .into_iter()
        .find(|(name, _, _)| name == "kita-u3-quote.csv")
        .unwrap();
    let proposal = propose_file(&name, &bytes);
    assert_eq!(
        code_options(Breakdown::Origin, indicator, &places.districts, &proposal),
        ["_T", "FOREIGN", "DE", "MH", "NO_MH"]
    );
}
