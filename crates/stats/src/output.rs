//! Writes the results to the output folder: built in a temporary sibling folder and renamed into
//! place, so the folder is either the old one or the complete new one, never half-written.
//! The formats are documented in docs/formats/cubes.md.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::json;

use crate::config::StatsConfig;
use crate::cube::{Cell, Cube, Protection};
use crate::dimensions::{DimensionId, TOTAL};
use crate::error::StatsError;
use crate::indicators::IndicatorRow;

/// Version of the derivation rules and output layout; changes when a rule or a column changes.
pub const RULES_VERSION: &str = "teilhabe-mh-1.0";
/// 1.1: measure PERSONS_SEX_DX; with the sex allocation, SEX has F and M only (metadata
/// `sex_allocation`, sdmx.csv `COMMENT_OBS`, cube.json table `notes`).
/// 1.2: one CONF_STATUS `C` for every suppressed cell; primary/secondary only in
/// `internal/suppression.csv` (audit.csv removed); metadata `identities`.
pub const FORMAT_VERSION: &str = "teilhabe-cubes-1.2";

/// The note that goes with every table broken down by sex when D and X are allocated.
pub const SEX_ALLOCATION_NOTE_DE: &str = "Personen mit Geschlechtseintrag \"divers\" oder \"ohne Angabe\" sind zufällig (deterministisch, etwa je zur Hälfte) dem weiblichen oder männlichen Geschlecht zugeordnet, wie in der amtlichen Statistik (Zensus 2022, Bevölkerungsstand).";
pub const SEX_ALLOCATION_NOTE_EN: &str = "Persons with sex recorded as diverse or not stated are allocated at random (deterministically, about half each) to female or male, as in official statistics (census 2022, population tables).";
/// `COMMENT_OBS` of sdmx.csv on cells with SEX = F or M when D and X are allocated.
pub const SEX_ALLOCATION_COMMENT: &str = "sex D and X allocated at random to F and M";

/// Everything written besides the cells themselves.
#[derive(Debug, Clone, Serialize)]
pub struct Metadata {
    pub format_version: &'static str,
    pub rules_version: &'static str,
    pub source: String,
    pub city_code: String,
    pub city_name: String,
    pub reference_years: Vec<u16>,
    /// Year -> reference dates found in the extract (YYYY-MM-DD).
    pub reference_dates: std::collections::BTreeMap<u16, Vec<String>>,
    pub concept: serde_json::Value,
    /// Whether and how persons with sex D or X are allocated to F or M (and in which tables).
    pub sex_allocation: serde_json::Value,
    pub disclosure_control: serde_json::Value,
    /// The definitional identities between published cells (`identities::derive`), as codes:
    /// public knowledge (they follow from the documented rules), listed for users and auditors.
    pub identities: serde_json::Value,
    pub created: String,
    pub generator: String,
}

pub struct Outputs<'a> {
    pub config: &'a StatsConfig,
    pub cube: &'a Cube,
    pub metadata: &'a Metadata,
    /// The run report (serialised as given).
    pub report: &'a serde_json::Value,
    pub indicators: &'a [IndicatorRow],
    /// Feasible ranges from the audit: (cell index, lower, upper).
    pub audit_ranges: Option<&'a [(u32, f64, f64, bool)]>,
    /// The protecting moves of the primary cells (`internal/certificates.csv`).
    pub certificates: &'a [crate::disclosure::Certificate],
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StatsError + '_ {
    move |error| StatsError::io(path, error)
}

/// Writes every file into a fresh temporary folder next to `out`, runs `check` on that folder
/// (the intruder's audit reads the files as written), then swaps it into place. If writing or
/// the check fails, nothing is replaced.
pub fn write_all(
    out: &Path,
    outputs: &Outputs<'_>,
    check: impl FnOnce(&Path) -> Result<(), StatsError>,
) -> Result<(), StatsError> {
    let parent = out
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    fs::create_dir_all(parent).map_err(io(parent))?;
    let name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "cubes".into());
    let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    fs::create_dir(&staging).map_err(io(&staging))?;
    let written = write_files(&staging, outputs).and_then(|()| check(&staging));
    if let Err(error) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(error);
    }
    let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
    let had_previous = out.exists();
    if had_previous {
        fs::rename(out, &previous).map_err(io(out))?;
    }
    if let Err(error) = fs::rename(&staging, out) {
        if had_previous {
            let _ = fs::rename(&previous, out);
        }
        let _ = fs::remove_dir_all(&staging);
        return Err(StatsError::io(out, error));
    }
    if had_previous {
        fs::remove_dir_all(&previous).map_err(io(&previous))?;
    }
    Ok(())
}

fn create(dir: &Path, name: &str) -> Result<(PathBuf, BufWriter<fs::File>), StatsError> {
    let path = dir.join(name);
    let file = fs::File::create(&path).map_err(io(&path))?;
    Ok((path, BufWriter::with_capacity(1 << 20, file)))
}

/// Flushes one file. No fsync per file: the folder becomes visible only by the final rename,
/// so a crash leaves the staging folder, never a half-written output folder.
fn finish(path: &Path, mut writer: BufWriter<fs::File>) -> Result<(), StatsError> {
    writer.flush().map_err(io(path))
}

fn write_files(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    write_cube_csv(dir, outputs)?;
    write_sdmx_csv(dir, outputs)?;
    write_cube_json(dir, outputs)?;
    write_codelists(dir, outputs.config)?;
    write_json(
        dir,
        "metadata.json",
        &serde_json::to_value(outputs.metadata).unwrap_or_default(),
    )?;
    write_json(dir, "report.json", outputs.report)?;
    write_indicators(dir, outputs)?;
    if outputs.cube.cells.iter().any(Cell::is_suppressed) {
        write_internal_suppression(dir, outputs)?;
        write_certificates(dir, outputs)?;
    }
    Ok(())
}

/// CSV field, quoted when it holds a comma, quote or line break; a cell a spreadsheet would run
/// as a formula gets a leading `'` (`teilhabe_domain::spreadsheet`).
pub fn csv_field(text: &str) -> String {
    let text = teilhabe_domain::spreadsheet::neutralise(text);
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The public confidentiality flag: `F` free, `C` confidential for every suppressed cell. The
/// SDMX codes `A` (primary) and `D` (secondary) would tell the intruder which hidden cells are
/// the small ones (a count of 1 or 2); that distinction stays in `internal/suppression.csv`.
fn conf_status(cell: &Cell) -> &'static str {
    if cell.is_suppressed() { "C" } else { "F" }
}

/// Primary or secondary: for the statistics office only (`internal/suppression.csv`).
fn suppression_kind(cell: &Cell) -> &'static str {
    match cell.protection {
        Protection::Free => "free",
        Protection::Primary => "primary",
        Protection::Secondary => "secondary",
    }
}

fn obs_status(cell: &Cell) -> &'static str {
    if cell.is_suppressed() { "Q" } else { "A" }
}

fn obs_value(cell: &Cell) -> String {
    cell.published_value()
        .map(|value| value.to_string())
        .unwrap_or_default()
}

fn coordinate_codes<'c>(config: &'c StatsConfig, cell: &Cell) -> Vec<&'c str> {
    DimensionId::ALL
        .iter()
        .map(|&dimension| {
            config
                .dimension(dimension)
                .code(cell.key.coords[dimension.index()])
        })
        .collect()
}

fn write_json(dir: &Path, name: &str, value: &serde_json::Value) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, name)?;
    serde_json::to_writer_pretty(&mut writer, value)
        .map_err(|error| StatsError::io(&path, std::io::Error::other(error)))?;
    writer.write_all(b"\n").map_err(io(&path))?;
    finish(&path, writer)
}

fn write_cube_csv(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, "cube.csv")?;
    let mut header = String::from("table,measure,time_period");
    for dimension in DimensionId::ALL {
        header.push(',');
        header.push_str(&dimension.code().to_ascii_lowercase());
    }
    header.push_str(",obs_value,obs_status,conf_status\n");
    writer.write_all(header.as_bytes()).map_err(io(&path))?;
    let mut line = String::new();
    for table in &outputs.cube.tables {
        for &id in &table.cells {
            let cell = &outputs.cube.cells[id as usize];
            line.clear();
            let _ = write!(
                line,
                "{},{},{}",
                table.spec.id,
                cell.key.measure.code(),
                cell.key.year
            );
            for code in coordinate_codes(outputs.config, cell) {
                line.push(',');
                line.push_str(&csv_field(code));
            }
            let _ = writeln!(
                line,
                ",{},{},{}",
                obs_value(cell),
                obs_status(cell),
                conf_status(cell)
            );
            writer.write_all(line.as_bytes()).map_err(io(&path))?;
        }
    }
    finish(&path, writer)
}

fn write_sdmx_csv(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, "sdmx.csv")?;
    let mut header = String::from("STRUCTURE,STRUCTURE_ID,ACTION");
    for dimension in DimensionId::ALL {
        header.push(',');
        header.push_str(dimension.code());
    }
    header.push_str(
        ",MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE,COMMENT_OBS\n",
    );
    writer.write_all(header.as_bytes()).map_err(io(&path))?;
    let rounding = outputs
        .cube
        .cells
        .first()
        .and_then(|cell| cell.rounded.map(|_| ()));
    let comment = match (
        rounding,
        outputs.metadata.disclosure_control.get("rounding_base"),
    ) {
        (Some(()), Some(base)) => format!("rounded to base {base}"),
        _ => String::new(),
    };
    let sex_comment = if comment.is_empty() {
        SEX_ALLOCATION_COMMENT.to_string()
    } else {
        format!("{comment}; {SEX_ALLOCATION_COMMENT}")
    };
    let allocated = outputs.config.sex_allocation.enabled;
    let sex = DimensionId::Sex.index();
    let mut line = String::new();
    for table in &outputs.cube.tables {
        for &id in &table.cells {
            let cell = &outputs.cube.cells[id as usize];
            let comment = if allocated && cell.key.coords[sex] != TOTAL {
                &sex_comment
            } else {
                &comment
            };
            line.clear();
            let _ = write!(line, "dataflow,TEILHABE:DF_{}(1.0),I", table.spec.id);
            for code in coordinate_codes(outputs.config, cell) {
                line.push(',');
                line.push_str(&csv_field(code));
            }
            let _ = writeln!(
                line,
                ",{},{},{},{},{},PS,{}",
                cell.key.measure.code(),
                cell.key.year,
                obs_value(cell),
                obs_status(cell),
                conf_status(cell),
                csv_field(comment)
            );
            writer.write_all(line.as_bytes()).map_err(io(&path))?;
        }
    }
    finish(&path, writer)
}

fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

/// Streams the JSON by hand: building 150,000 observations as `serde_json::Value`s first would
/// cost more than everything else the writer does.
fn write_cube_json(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, "cube.json")?;
    let metadata = serde_json::to_string(outputs.metadata)
        .map_err(|error| StatsError::io(&path, std::io::Error::other(error)))?;
    let mut text = format!("{{\"metadata\":{metadata},\"tables\":[");
    for (table_index, table) in outputs.cube.tables.iter().enumerate() {
        let spec = &table.spec;
        let dimensions: Vec<String> = spec
            .dimensions
            .iter()
            .map(|d| json_string(d.code()))
            .collect();
        let levels: Vec<String> = spec
            .max_level
            .iter()
            .map(|(d, level)| format!("{}:{level}", json_string(d.code())))
            .collect();
        let notes = if outputs.config.sex_allocation.enabled
            && spec.dimensions.contains(&DimensionId::Sex)
        {
            format!(
                "{{\"de\":{},\"en\":{}}}",
                json_string(SEX_ALLOCATION_NOTE_DE),
                json_string(SEX_ALLOCATION_NOTE_EN)
            )
        } else {
            String::new()
        };
        let _ = write!(
            text,
            "{}{{\"id\":{},\"title_de\":{},\"title_en\":{},\"measure\":{},\"dimensions\":[{}],\"max_level\":{{{}}},\"notes\":[{notes}],\"observations\":[",
            if table_index > 0 { "," } else { "" },
            json_string(&spec.id),
            json_string(&spec.title_de),
            json_string(&spec.title_en),
            json_string(spec.measure.code()),
            dimensions.join(","),
            levels.join(",")
        );
        for (index, &id) in table.cells.iter().enumerate() {
            let cell = &outputs.cube.cells[id as usize];
            let _ = write!(
                text,
                "{}{{\"time_period\":{}",
                if index > 0 { "," } else { "" },
                cell.key.year
            );
            for &dimension in &spec.dimensions {
                let code = outputs
                    .config
                    .dimension(dimension)
                    .code(cell.key.coords[dimension.index()]);
                let _ = write!(
                    text,
                    ",\"{}\":{}",
                    dimension.code().to_ascii_lowercase(),
                    json_string(code)
                );
            }
            let value = cell
                .published_value()
                .map_or_else(|| "null".to_string(), |v| v.to_string());
            let _ = write!(
                text,
                ",\"obs_value\":{value},\"obs_status\":\"{}\",\"conf_status\":\"{}\"}}",
                obs_status(cell),
                conf_status(cell)
            );
            if text.len() > 1 << 20 {
                writer.write_all(text.as_bytes()).map_err(io(&path))?;
                text.clear();
            }
        }
        text.push_str("]}");
    }
    text.push_str("]}\n");
    writer.write_all(text.as_bytes()).map_err(io(&path))?;
    finish(&path, writer)
}

fn write_codelists(dir: &Path, config: &StatsConfig) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, "codelists.csv")?;
    writer
        .write_all(b"dimension,code,parent,level,order,label_de,label_en\n")
        .map_err(io(&path))?;
    for dimension in DimensionId::ALL {
        let dim = config.dimension(dimension);
        for (order, item) in dim.items.iter().enumerate() {
            let parent = item.parent.map(|parent| dim.code(parent)).unwrap_or("");
            let line = format!(
                "{},{},{},{},{},{},{}\n",
                dimension.code(),
                csv_field(&item.code),
                csv_field(parent),
                item.level,
                order,
                csv_field(&item.label_de),
                csv_field(&item.label_en)
            );
            writer.write_all(line.as_bytes()).map_err(io(&path))?;
        }
    }
    finish(&path, writer)
}

fn number(value: Option<f64>) -> String {
    value.map(|value| format!("{value:.4}")).unwrap_or_default()
}

fn write_indicators(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let (path, mut writer) = create(dir, "indicators.csv")?;
    writer
        .write_all(
            b"indicator,time_period,breakdown,numerator,denominator,value,obs_status,exact,ci_low,ci_high,reference_value,gap_reference_difference,gap_reference_ratio,gap_reference_ci_low,gap_reference_ci_high,whole_value,gap_whole_difference,gap_whole_ratio\n",
        )
        .map_err(io(&path))?;
    for row in outputs.indicators {
        let breakdown: Vec<String> = row
            .breakdown
            .iter()
            .map(|(d, code)| format!("{d}={code}"))
            .collect();
        let line = format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            row.indicator,
            row.year,
            csv_field(&breakdown.join(";")),
            row.numerator.map(|v| v.to_string()).unwrap_or_default(),
            row.denominator.map(|v| v.to_string()).unwrap_or_default(),
            number(row.value),
            row.obs_status,
            row.exact,
            number(row.ci_low),
            number(row.ci_high),
            number(row.reference_value),
            number(row.gap_reference_difference),
            number(row.gap_reference_ratio),
            number(row.gap_reference_ci_low),
            number(row.gap_reference_ci_high),
            number(row.whole_value),
            number(row.gap_whole_difference),
            number(row.gap_whole_ratio),
        );
        writer.write_all(line.as_bytes()).map_err(io(&path))?;
    }
    finish(&path, writer)?;
    write_json(
        dir,
        "indicators.json",
        &json!({ "rows": outputs.indicators }),
    )
}

/// Folder of the files that never leave the statistics office.
pub const INTERNAL_DIR: &str = "internal";
/// Every suppressed cell with its kind (primary or secondary), its true value and, after
/// `--audit`, the range the engine's audit proved. Confidential.
pub const INTERNAL_SUPPRESSION_FILE: &str = "suppression.csv";

fn write_internal_suppression(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let internal = dir.join(INTERNAL_DIR);
    fs::create_dir_all(&internal).map_err(io(&internal))?;
    let (path, mut writer) = create(&internal, INTERNAL_SUPPRESSION_FILE)?;
    let mut header = String::from("measure,time_period");
    for dimension in DimensionId::ALL {
        header.push(',');
        header.push_str(&dimension.code().to_ascii_lowercase());
    }
    header.push_str(",kind,value,lower_bound,upper_bound,exact\n");
    writer.write_all(header.as_bytes()).map_err(io(&path))?;
    let ranges: std::collections::HashMap<u32, (f64, f64, bool)> = outputs
        .audit_ranges
        .unwrap_or_default()
        .iter()
        .map(|&(id, lower, upper, exact)| (id, (lower, upper, exact)))
        .collect();
    for (id, cell) in outputs.cube.cells.iter().enumerate() {
        if !cell.is_suppressed() {
            continue;
        }
        let mut line = format!("{},{}", cell.key.measure.code(), cell.key.year);
        for code in coordinate_codes(outputs.config, cell) {
            line.push(',');
            line.push_str(&csv_field(code));
        }
        let _ = write!(line, ",{},{}", suppression_kind(cell), cell.value);
        match ranges.get(&(id as u32)) {
            Some(&(lower, upper, exact)) => {
                let upper = if upper.is_finite() {
                    format!("{upper:.3}")
                } else {
                    "inf".into()
                };
                let _ = writeln!(line, ",{lower:.3},{upper},{exact}");
            }
            None => line.push_str(",,,\n"),
        }
        writer.write_all(line.as_bytes()).map_err(io(&path))?;
    }
    finish(&path, writer)
}

/// Each primary cell's protecting moves (hypercube or LP), one row per moved cell, the primary
/// first with coefficient 1. Confidential (it names the primary cells); the intruder's audit
/// checks each against the relations it rebuilds from the public files before trusting it.
pub const INTERNAL_CERTIFICATES_FILE: &str = "certificates.csv";

fn write_certificates(dir: &Path, outputs: &Outputs<'_>) -> Result<(), StatsError> {
    let internal = dir.join(INTERNAL_DIR);
    fs::create_dir_all(&internal).map_err(io(&internal))?;
    let (path, mut writer) = create(&internal, INTERNAL_CERTIFICATES_FILE)?;
    let mut header = String::from("certificate,measure,time_period");
    for dimension in DimensionId::ALL {
        header.push(',');
        header.push_str(&dimension.code().to_ascii_lowercase());
    }
    header.push_str(",coefficient\n");
    writer.write_all(header.as_bytes()).map_err(io(&path))?;
    let mut line = String::new();
    for (number, certificate) in outputs.certificates.iter().enumerate() {
        let primary = std::iter::once((certificate.primary, 1.0));
        let others = certificate
            .moves
            .iter()
            .copied()
            .filter(|&(cell, _)| cell != certificate.primary);
        for (id, coefficient) in primary.chain(others) {
            let Some(cell) = outputs.cube.cells.get(id as usize) else {
                continue;
            };
            line.clear();
            let _ = write!(
                line,
                "{number},{},{}",
                cell.key.measure.code(),
                cell.key.year
            );
            for code in coordinate_codes(outputs.config, cell) {
                line.push(',');
                line.push_str(&csv_field(code));
            }
            let _ = writeln!(line, ",{coefficient}");
            writer.write_all(line.as_bytes()).map_err(io(&path))?;
        }
    }
    finish(&path, writer)
}

/// The intruder's audit's result, in the internal folder (it names the primary cells).
pub fn write_public_audit(
    dir: &Path,
    report: &crate::disclosure::PublicAuditReport,
) -> Result<(), StatsError> {
    let internal = dir.join(INTERNAL_DIR);
    fs::create_dir_all(&internal).map_err(io(&internal))?;
    write_json(
        &internal,
        "public-audit.json",
        &serde_json::to_value(report).unwrap_or_default(),
    )
}

/// Writes the unsuppressed finest persons cells (non-zero only), sorted, as
/// `year,district,quarter,sex,age,migration_status,nationality,persons`, with sex as recorded
/// (F, M, D, X). Confidential: for checks inside the statistics office only.
pub fn write_base_counts(
    path: &Path,
    config: &StatsConfig,
    aggregates: &crate::aggregate::Aggregates,
) -> Result<(), StatsError> {
    let file = fs::File::create(path).map_err(io(path))?;
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    writer
        .write_all(b"year,district,quarter,sex,age,migration_status,nationality,persons\n")
        .map_err(io(path))?;
    let leaf_codes = |dimension: DimensionId| -> Vec<&str> {
        let dim = config.dimension(dimension);
        dim.leaves.iter().map(|&leaf| dim.code(leaf)).collect()
    };
    let area = config.dimension(DimensionId::Area);
    let areas: Vec<(&str, &str)> = area
        .leaves
        .iter()
        .map(|&leaf| match area.item(leaf).and_then(|item| item.parent) {
            Some(parent) if parent != crate::dimensions::TOTAL => {
                (area.code(parent), area.code(leaf))
            }
            _ => (area.code(leaf), ""),
        })
        .collect();
    // As recorded (F, M, D, X), also when published tables allocate D and X.
    let sexes: Vec<&str> = crate::config::RECORDED_SEX
        .iter()
        .map(|(code, _, _)| *code)
        .collect();
    let ages = leaf_codes(DimensionId::Age);
    let statuses = leaf_codes(DimensionId::MigrationStatus);
    let nationalities = leaf_codes(DimensionId::Nationality);
    let shape = aggregates.shape;
    let mut rows = Vec::new();
    for (&year, counts) in &aggregates.years {
        let recorded;
        let persons = if aggregates.sex_allocated {
            // Undo the allocation on a copy.
            let mut copy = counts.persons.clone();
            for &(from, to) in &counts.sex_moves {
                copy[from as usize] += 1;
                copy[to as usize] -= 1;
            }
            recorded = copy;
            &recorded
        } else {
            &counts.persons
        };
        for (a, (district, quarter)) in areas.iter().enumerate() {
            for (s, sex) in sexes.iter().enumerate() {
                for (g, age) in ages.iter().enumerate() {
                    for (m, status) in statuses.iter().enumerate() {
                        for (n, nationality) in nationalities.iter().enumerate() {
                            let count = persons[shape.persons_index(a, s, g, m, n)];
                            if count > 0 {
                                rows.push(format!(
                                    "{year},{district},{quarter},{sex},{age},{status},{nationality},{count}\n"
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
    rows.sort();
    for row in rows {
        writer.write_all(row.as_bytes()).map_err(io(path))?;
    }
    writer.flush().map_err(io(path))
}

#[cfg(test)]
mod csv_field_tests {
    use super::csv_field;

    #[test]
    fn fields_are_quoted_for_csv_and_against_formulas() {
        assert_eq!(csv_field("Y_LT18"), "Y_LT18");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("=1+1"), "'=1+1");
        assert_eq!(csv_field("=SUM(A1,A2)"), "\"'=SUM(A1,A2)\"");
        assert_eq!(csv_field("-3.5"), "-3.5");
    }
}
