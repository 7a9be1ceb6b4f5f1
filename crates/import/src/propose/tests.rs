//! The proposer on the shipped demo files (each proposed without its mapping and compared with
//! the shipped one), on a multi-region GENESIS download, on labels alone, and on broken files.

use std::path::PathBuf;

use teilhabe_domain::city::CitySettings;
use teilhabe_domain::monitoring::{IndicatorDef, parse_indicator};

use super::*;
use crate::mapping::translate;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn catalogue() -> Vec<IndicatorDef> {
    let dir = root().join("data/indicators/bielefeld");
    let mut indicators: Vec<IndicatorDef> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            parse_indicator(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap()
        })
        .collect();
    indicators.sort_by(|a, b| a.id.cmp(&b.id));
    indicators
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
