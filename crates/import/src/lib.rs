//! Reading figures from files: official tables (GENESIS flat-file CSV in both header variants,
//! long CSV as indicator portals publish it, classic Windows-1252 exports, XLSX workbooks) with a
//! mapping file per source, and the statistics engine's cube folder.
//!
//! Nothing here touches the database: a file goes in, checked figures (or every problem with
//! file, line, column and what was expected) come out. The store then writes them all or nothing.

pub mod cubes;
pub mod error;
pub mod filter;
pub mod genesis;
pub mod grid;
pub mod limits;
pub mod mapping;
pub mod propose;
pub mod records;
pub mod table;
pub mod text;
pub mod units;
pub mod writer;

use std::collections::BTreeSet;

use sha2::{Digest, Sha256};
use teilhabe_domain::monitoring::observation::{SEX_CODES, age_range};
use teilhabe_domain::monitoring::status::Reading;
use teilhabe_domain::monitoring::{
    Breakdown, Coordinates, Decimal, IndicatorDef, Observation, PopulationConcept, TOTAL,
};

pub use error::{Place, Problem, Problems};
pub use limits::Limits;
pub use mapping::{Format, Mapping};
pub use propose::{Places, Proposal, propose};

/// Finer origin codes the statistics engine publishes below "with migration background" and
/// below "foreign" (nationality groups); accepted besides the concept's two groups.
pub const MH_DETAIL_CODES: &[&str] = &[
    "FOREIGN",
    "DE_OWN",
    "DE_NAT",
    "DE_LATE",
    "DE_OPT",
    "DE_ADOPT",
    "DE_DUAL",
    "DE_ABROAD",
    "CHILD_PARENT",
];
pub const NAT_DETAIL_CODES: &[&str] = &[
    "EU",
    "NON_EU",
    "PL",
    "RO",
    "BG",
    "GR",
    "IT",
    "HR",
    "EU_OTH",
    "TR",
    "SY",
    "IQ",
    "UA",
    "RU",
    "KZ",
    "AF",
    "NON_EU_OTH",
    "NONE",
];

/// A figure as read, before the catalogue check.
#[derive(Debug, Clone)]
pub struct Figure {
    pub indicator: String,
    pub at: Coordinates,
    pub lower: Option<Decimal>,
    pub upper: Option<Decimal>,
    pub base: Option<i64>,
    pub footnotes: Vec<String>,
}

/// A figure with the place of its value in the file.
#[derive(Debug, Clone)]
pub struct Located {
    pub figure: Observation,
    pub place: Place,
    /// The unit as the file writes it, and where.
    pub unit: Option<(String, Place)>,
}

pub(crate) fn reading_to_figure(figure: Figure, reading: Reading) -> Observation {
    Observation {
        indicator: figure.indicator,
        at: figure.at,
        // A missing figure keeps no interval either.
        lower: reading.value.and(figure.lower),
        upper: reading.value.and(figure.upper),
        value: reading.value,
        base: figure.base,
        status: reading.status,
        conf_status: reading.conf_status,
        sign: reading.sign,
        footnotes: figure.footnotes,
    }
}

/// What a file holds, checked against the catalogue.
#[derive(Debug, Clone)]
pub struct ImportedFile {
    pub observations: Vec<Observation>,
    pub format: Format,
    pub source: String,
    pub is_demo: bool,
    pub city: Option<String>,
    /// The encoding the file was read in (`utf-8`, `windows-1252`, `xlsx`).
    pub encoding: &'static str,
    /// Rows the mapping's `keep` and `drop` rules left out, per rule.
    pub dropped: Vec<filter::Dropped>,
}

/// Reads `bytes` (the file `file_name`) as `mapping` says and checks every figure against the
/// catalogue. All problems are returned together; an import with any problem stores nothing.
pub fn read_file(
    file_name: &str,
    bytes: &[u8],
    mapping: &Mapping,
    catalogue: &[IndicatorDef],
) -> Result<ImportedFile, Problems> {
    read_file_within(file_name, bytes, mapping, catalogue, &Limits::default())
}

/// [`read_file`] within `limits` (bytes, rows, cells; see limits.rs).
pub fn read_file_within(
    file_name: &str,
    bytes: &[u8],
    mapping: &Mapping,
    catalogue: &[IndicatorDef],
    limits: &Limits,
) -> Result<ImportedFile, Problems> {
    limits.check_size(file_name, bytes.len())?;
    let (grid, encoding) = match mapping.format {
        Format::Xlsx => (
            grid::from_xlsx(file_name, bytes, mapping.sheet.as_deref(), limits)?,
            "xlsx",
        ),
        Format::Genesis | Format::Table => {
            let (text, encoding) = text::decode(file_name, bytes, mapping.encoding)?;
            let delimiter = match mapping.format {
                Format::Genesis => Some(mapping.delimiter.unwrap_or(';')),
                _ => mapping.delimiter,
            };
            (
                grid::from_csv(file_name, &text, delimiter, limits)?,
                encoding,
            )
        }
    };
    refuse_person_level(file_name, &grid)?;
    let (grid, dropped) = filter::apply(file_name, grid, mapping)?;
    let located = match mapping.format {
        Format::Genesis => genesis::read(file_name, &grid, mapping)?,
        Format::Table | Format::Xlsx => table::read(file_name, &grid, mapping)?,
    };
    if located.is_empty() {
        let dropped_rows: usize = dropped.iter().map(|d| d.rows).sum();
        return Err(Problems::one(
            file_name,
            Place::default(),
            if dropped_rows > 0 {
                format!(
                    "the file holds no figures for the mapping's indicators after its rules \
                     dropped {dropped_rows} rows"
                )
            } else {
                "the file holds no figures for the mapping's indicators".to_owned()
            },
        ));
    }
    let observations = check(file_name, located, mapping, catalogue)?;
    Ok(ImportedFile {
        observations,
        format: mapping.format,
        source: mapping.source.clone(),
        is_demo: mapping.demo,
        city: mapping.city.clone(),
        encoding,
        dropped,
    })
}

/// Columns that only a person-level register extract has (docs/formats/register-extract.md).
const PERSON_LEVEL_COLUMNS: [&str; 3] = ["person_id", "birth_year", "birth_month"];

/// Person-level records must never reach the database: a file whose header looks like the
/// register extract is refused before any of its rows is read as figures (and before any of its
/// values could appear in a message).
pub(crate) fn refuse_person_level(file_name: &str, grid: &grid::Grid) -> Result<(), Problems> {
    let looks_personal = |row: &grid::Row| {
        PERSON_LEVEL_COLUMNS.iter().all(|column| {
            row.cells
                .iter()
                .any(|cell| cell.trim().eq_ignore_ascii_case(column))
        })
    };
    match grid.rows.iter().take(20).find(|row| looks_personal(row)) {
        Some(row) => Err(Problems::one(
            file_name,
            grid.row_place(row.line),
            "this is a person-level register extract (columns person_id, birth_year, birth_month); \
             it must not leave the statistics office: run `teilhabe compute` there and import its \
             output folder",
        )),
        None => Ok(()),
    }
}

/// Checks figures against the catalogue: known indicator, its breakdowns and population
/// concept, valid codes, its unit, the status rules, no figure twice.
pub fn check(
    file_name: &str,
    located: Vec<Located>,
    mapping: &Mapping,
    catalogue: &[IndicatorDef],
) -> Result<Vec<Observation>, Problems> {
    let mut problems = error::Collector::new(file_name);
    let mut seen = BTreeSet::new();
    let mut observations = Vec::with_capacity(located.len());
    for Located {
        mut figure,
        place,
        unit,
    } in located
    {
        if problems.is_full() {
            break;
        }
        let Some(indicator) = catalogue.iter().find(|i| i.id == figure.indicator) else {
            problems.add(
                place,
                format!(
                    "indicator `{}` is not in the catalogue; expected one of {}",
                    figure.indicator,
                    catalogue
                        .iter()
                        .map(|i| i.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            continue;
        };
        if let Some(message) = coordinate_problem(indicator, &figure.at) {
            problems.add(place, message);
            continue;
        }
        if let Some((unit, unit_place)) = unit
            && let Err(message) = units::check(mapping, indicator, &unit)
        {
            problems.add(unit_place, message);
            continue;
        }
        if let Some(note) = mapping.footnotes.get(&figure.at.year.to_string()) {
            figure.footnotes.push(note.clone());
        }
        if let Err(message) = figure.check() {
            problems.add(place, message);
            continue;
        }
        if !seen.insert((figure.indicator.clone(), figure.at.clone())) {
            problems.add(
                place,
                format!(
                    "a second figure for {} {} (district {}, sex {}, origin {}, age {}); each figure may appear once",
                    figure.indicator,
                    figure.at.year,
                    figure.at.district,
                    figure.at.sex,
                    figure.at.origin,
                    figure.at.age
                ),
            );
            continue;
        }
        observations.push(figure);
    }
    problems.finish(observations)
}

fn coordinate_problem(indicator: &IndicatorDef, at: &Coordinates) -> Option<String> {
    for breakdown in at.split_by() {
        if !indicator.has_breakdown(breakdown) {
            return Some(format!(
                "indicator `{}` has no breakdown by {}; it has {}",
                indicator.id,
                breakdown.as_str(),
                indicator
                    .breakdowns
                    .iter()
                    .map(|b| b.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    if at.sex != TOTAL && !SEX_CODES.contains(&at.sex.as_str()) {
        return Some(format!("sex `{}` is not F, M, D, X or _T", at.sex));
    }
    if at.age != TOTAL && age_range(&at.age).is_none() {
        return Some(format!(
            "age group `{}` is not an SDMX age code such as Y3T5, Y_LT18 or Y_GE65",
            at.age
        ));
    }
    if at.origin != TOTAL {
        let concept = indicator.concept;
        let detail: &[&str] = match concept {
            PopulationConcept::MigrationBackground => MH_DETAIL_CODES,
            PopulationConcept::Nationality => NAT_DETAIL_CODES,
            _ => &[],
        };
        let known = concept.origin_codes().contains(&at.origin.as_str())
            || detail.contains(&at.origin.as_str());
        if !known {
            return Some(format!(
                "origin `{}` does not belong to population concept {} of indicator `{}`; expected {}",
                at.origin,
                concept.code(),
                indicator.id,
                if concept.origin_codes().is_empty() {
                    "no origin breakdown".to_owned()
                } else {
                    concept.origin_codes().join(" or ")
                }
            ));
        }
    }
    let district = &at.district;
    if district != TOTAL && (district.is_empty() || district.len() > 16) {
        return Some(format!("`{district}` is not a district code"));
    }
    let _ = Breakdown::ALL;
    None
}

/// A fingerprint of an import: the data file and its mapping. Importing identical content twice
/// is recognised (the demo data is loaded once).
pub fn content_hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod tests;
