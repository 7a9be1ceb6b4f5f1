//! The statistics engine's output folder (`teilhabe compute … --out cubes/`): its
//! `indicators.csv` (one row per indicator, year and breakdown, values already disclosure
//! controlled) and `metadata.json` (source, city, rules version).
//!
//! An engine indicator is imported into the catalogue indicator whose `engine` names it; engine
//! indicators no catalogue entry names are listed and skipped. Rows at a level the web does not
//! show (quarters, countries of reference) or with a breakdown the catalogue entry does not have
//! are skipped and counted. The layout is the engine's contract, docs/formats/cubes.md (format
//! `teilhabe-cubes-1.x`: 1.1 only added a cube measure, so 1.0 folders read the same).

use std::collections::BTreeMap;

use teilhabe_domain::monitoring::{
    Breakdown, Coordinates, Decimal, IndicatorDef, ObsStatus, Observation, PopulationConcept, TOTAL,
};

use crate::error::{Collector, Place, Problems};
use crate::{Format, ImportedFile, Located};

/// What the cube folder's metadata says, as far as the import needs it.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct CubeMetadata {
    #[serde(default)]
    pub format_version: Option<String>,
    #[serde(default)]
    pub rules_version: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub city_code: Option<String>,
    #[serde(default)]
    pub city_name: Option<String>,
}

/// The result of reading a cube folder, with what was skipped.
pub struct CubeImport {
    pub file: ImportedFile,
    pub skipped_indicators: Vec<String>,
    pub skipped_rows: usize,
}

/// Reads `indicators.csv` (bytes) with the folder's `metadata.json` (bytes, optional).
pub fn read_cubes(
    dir: &str,
    indicators_csv: &[u8],
    metadata_json: Option<&[u8]>,
    catalogue: &[IndicatorDef],
) -> Result<CubeImport, Problems> {
    read_cubes_within(
        dir,
        indicators_csv,
        metadata_json,
        catalogue,
        &crate::Limits::default(),
    )
}

/// [`read_cubes`] within `limits` (bytes, rows, cells; see limits.rs).
pub fn read_cubes_within(
    dir: &str,
    indicators_csv: &[u8],
    metadata_json: Option<&[u8]>,
    catalogue: &[IndicatorDef],
    limits: &crate::Limits,
) -> Result<CubeImport, Problems> {
    let file = format!("{dir}/indicators.csv");
    limits.check_size(&file, indicators_csv.len())?;
    if let Some(metadata) = metadata_json {
        limits.check_size(&format!("{dir}/metadata.json"), metadata.len())?;
    }
    let metadata: CubeMetadata = match metadata_json {
        Some(bytes) => serde_json::from_slice(bytes).map_err(|error| {
            Problems::one(
                &format!("{dir}/metadata.json"),
                Place {
                    column: Some(error.column().to_string()),
                    ..Place::line(error.line())
                },
                format!("the metadata cannot be read: {error}"),
            )
        })?,
        None => CubeMetadata::default(),
    };
    if let Some(version) = &metadata.format_version
        && !version.starts_with("teilhabe-cubes-1.")
    {
        return Err(Problems::one(
            &format!("{dir}/metadata.json"),
            Place::default(),
            format!("format version `{version}`; this teilhabe reads teilhabe-cubes-1.x"),
        ));
    }
    let text = std::str::from_utf8(indicators_csv)
        .map_err(|_| Problems::one(&file, Place::default(), "the file is not UTF-8"))?;
    let grid = crate::grid::from_csv(&file, text, Some(','), limits)?;
    let Some(header) = grid.rows.first() else {
        return Err(Problems::one(&file, Place::default(), "the file is empty"));
    };
    let column = |name: &str| header.cells.iter().position(|cell| cell.trim() == name);
    let required = [
        "indicator",
        "time_period",
        "breakdown",
        "value",
        "obs_status",
    ];
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|name| column(name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(Problems::one(
            &file,
            Place::line(header.line),
            format!(
                "the header of the engine's indicators.csv with the columns {}",
                missing.join(", ")
            ),
        ));
    }
    let at = |name: &str| column(name).unwrap_or(0);
    let (c_indicator, c_year, c_breakdown, c_value, c_status) = (
        at("indicator"),
        at("time_period"),
        at("breakdown"),
        at("value"),
        at("obs_status"),
    );
    let (c_low, c_high, c_denominator) =
        (column("ci_low"), column("ci_high"), column("denominator"));
    let by_engine: BTreeMap<&str, &IndicatorDef> = catalogue
        .iter()
        .filter_map(|indicator| {
            indicator
                .engine
                .as_deref()
                .map(|engine| (engine, indicator))
        })
        .collect();
    let header_name = |index: usize| header.cells.get(index).map(String::as_str);
    let mut problems = Collector::new(&file);
    let mut skipped_indicators = std::collections::BTreeSet::new();
    let mut skipped_rows = 0;
    let mut located = Vec::new();
    for row in &grid.rows[1..] {
        if row.is_blank() {
            continue;
        }
        if problems.is_full() {
            break;
        }
        let place = |index: usize| grid.place(row.line, index, header_name(index));
        let engine_id = row.cell(c_indicator).trim();
        let Some(indicator) = by_engine.get(engine_id) else {
            skipped_indicators.insert(engine_id.to_owned());
            continue;
        };
        let Ok(year) = row.cell(c_year).trim().parse::<i32>() else {
            problems.add(
                place(c_year),
                format!("a year, not `{}`", row.cell(c_year).trim()),
            );
            continue;
        };
        let mut coordinates = Coordinates::total(year);
        match coordinates_of(indicator, row.cell(c_breakdown), &mut coordinates) {
            Ok(true) => {}
            Ok(false) => {
                skipped_rows += 1;
                continue;
            }
            Err(message) => {
                problems.add(place(c_breakdown), message);
                continue;
            }
        }
        let decimal = |index: Option<usize>| -> Result<Option<Decimal>, String> {
            match index.map(|i| row.cell(i).trim()).filter(|t| !t.is_empty()) {
                Some(text) => text
                    .parse::<Decimal>()
                    .map(Some)
                    .map_err(|error| format!("a number with a decimal point: {error}")),
                None => Ok(None),
            }
        };
        let value = match decimal(Some(c_value)) {
            Ok(value) => value,
            Err(message) => {
                problems.add(place(c_value), message);
                continue;
            }
        };
        let status_text = row.cell(c_status).trim();
        let Some(status) = ObsStatus::parse(status_text) else {
            problems.add(
                place(c_status),
                format!("an SDMX observation status (A, Q, M …), not `{status_text}`"),
            );
            continue;
        };
        let (lower, upper) = match (decimal(c_low), decimal(c_high)) {
            (Ok(lower), Ok(upper)) => (lower, upper),
            (Err(message), _) | (_, Err(message)) => {
                problems.add(place(c_low.unwrap_or(c_value)), message);
                continue;
            }
        };
        let base = c_denominator
            .map(|i| row.cell(i).trim())
            .filter(|t| !t.is_empty())
            .and_then(|t| t.parse::<i64>().ok());
        located.push(Located {
            figure: Observation {
                indicator: indicator.id.clone(),
                at: coordinates,
                value: if status.allows_value() { value } else { None },
                lower: if status.allows_value() {
                    lower.zip(upper).map(|p| p.0)
                } else {
                    None
                },
                upper: if status.allows_value() {
                    lower.zip(upper).map(|p| p.1)
                } else {
                    None
                },
                base,
                status,
                conf_status: None,
                sign: None,
                footnotes: Vec::new(),
            },
            place: place(c_value),
            unit: None,
        });
    }
    let located = problems.finish(located)?;
    let source = format!(
        "{} (teilhabe compute{})",
        metadata
            .source
            .clone()
            .unwrap_or_else(|| "Statistikstelle, Registerauswertung".into()),
        metadata
            .rules_version
            .as_deref()
            .map(|v| format!(", {v}"))
            .unwrap_or_default()
    );
    let mapping = crate::Mapping::plain(Format::Table, &source);
    let observations = crate::check(&file, located, &mapping, catalogue)?;
    Ok(CubeImport {
        file: ImportedFile {
            observations,
            format: Format::Table,
            source,
            is_demo: false,
            city: None,
            encoding: "utf-8",
            dropped: Vec::new(),
        },
        skipped_indicators: skipped_indicators.into_iter().collect(),
        skipped_rows,
    })
}

/// Sets the coordinates from `AREA=01;SEX=F;MIGRATION_STATUS=MH`. `Ok(false)`: a row the web
/// does not show (a quarter, a country of reference, a breakdown the catalogue entry lacks).
fn coordinates_of(
    indicator: &IndicatorDef,
    breakdown: &str,
    at: &mut Coordinates,
) -> Result<bool, String> {
    for part in breakdown
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let Some((dimension, code)) = part.split_once('=') else {
            return Err(format!(
                "`DIMENSION=CODE` pairs separated by `;`, not `{part}`"
            ));
        };
        let code = code.trim();
        let target = match dimension.trim() {
            "AREA" => {
                if code == TOTAL {
                    continue;
                }
                // Districts have two-digit codes; quarters (four digits) are not shown.
                if code.len() != 2 {
                    return Ok(false);
                }
                Breakdown::District
            }
            "SEX" => Breakdown::Sex,
            "AGE" => Breakdown::Age,
            "MIGRATION_STATUS" if indicator.concept == PopulationConcept::MigrationBackground => {
                Breakdown::Origin
            }
            "NATIONALITY" if indicator.concept == PopulationConcept::Nationality => {
                Breakdown::Origin
            }
            "MIGRATION_STATUS" | "NATIONALITY" | "REFERENCE_COUNTRY" => {
                if code == TOTAL {
                    continue;
                }
                return Ok(false);
            }
            other => {
                return Err(format!(
                    "a dimension of the engine (AREA, SEX, AGE, MIGRATION_STATUS, NATIONALITY, REFERENCE_COUNTRY), not `{other}`"
                ));
            }
        };
        if code != TOTAL && !indicator.has_breakdown(target) {
            return Ok(false);
        }
        at.set(target, code);
    }
    Ok(true)
}
