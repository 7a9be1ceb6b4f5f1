//! A mapping proposed from the file itself: upload first, map second.
//!
//! [`propose`] reads a table file without a mapping (with the same bounded reader and limits as
//! an import), detects its format and reading options, and proposes for every breakdown and
//! column role the column or GENESIS variable it comes from, for every code in the file the
//! catalogue code it most likely means (or that its rows are skipped), and the indicators that
//! fit. Each choice carries a [`Confidence`] and the reason, so that a person confirms or
//! corrects what is unsure. [`Proposal::to_mapping`] turns the (possibly corrected) proposal into
//! the [`Mapping`] an import reads, [`Proposal::to_toml`] into the mapping file with comments.
//!
//! Pure: no I/O beyond the bytes handed in. How confidence is decided: docs/decisions.md,
//! "Mapping proposals".

mod codes;
mod columns;
mod explain;
mod genesis;
mod layout;
mod names;
mod rank;
mod words;

use std::collections::BTreeMap;

use serde::Serialize;
use teilhabe_domain::monitoring::{Breakdown, DecimalMark, IndicatorDef, TOTAL, Unit};

pub use teilhabe_domain::city::District;

use crate::error::Problems;
use crate::limits::Limits;
use crate::mapping::{ColumnRef, Columns, DimensionMapping, Format, Mapping};
use crate::text::Encoding;
use columns::Found;
use layout::Read;

/// The places a file's region codes and names are matched against: the city (its name and
/// official key, for "05711 Bielefeld, kreisfreie Stadt" → the city total `_T`) and its
/// districts (codes and names, as the city settings list them).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Places {
    /// The city's name, e.g. `Bielefeld`.
    pub name: String,
    /// The official municipality key (Amtlicher Gemeindeschlüssel, `05711000`); its first five
    /// digits are the district-level key GENESIS tables use (`05711`).
    pub ags: Option<String>,
    pub districts: Vec<District>,
}

/// How sure the proposer is of a choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Unsure: a person should look (the web form asks, the CLI says so on stderr).
    Unsure,
    /// Likely, from one sign (a header or the values, not both).
    Likely,
    /// Sure: the file says so in more than one way, or in the catalogue's own words.
    Sure,
}

impl Confidence {
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Sure => "sure",
            Confidence::Likely => "likely",
            Confidence::Unsure => "unsure",
        }
    }
}

/// How the file is read, as detected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub format: Format,
    /// `utf-8`, `windows-1252` or `xlsx`.
    pub encoding: &'static str,
    /// The CSV field separator (None for XLSX).
    pub delimiter: Option<char>,
    pub decimal: DecimalMark,
    /// XLSX: the worksheet read (the first).
    pub sheet: Option<String>,
    /// Tables: the 1-based line (row) of the header.
    pub header_row: Option<usize>,
    /// The mapping must name the header line: the column names alone would find an earlier
    /// line, or a column has no header.
    pub header_row_in_mapping: bool,
    /// Tables: the years are column headers (a classic wide table).
    pub year_columns: bool,
}

/// What a column of a table holds besides the breakdowns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Year,
    Value,
    Indicator,
    Unit,
    Status,
    Lower,
    Upper,
    Base,
    Footnote,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Year,
        Role::Value,
        Role::Indicator,
        Role::Unit,
        Role::Status,
        Role::Lower,
        Role::Upper,
        Role::Base,
        Role::Footnote,
    ];

    /// The key under `[columns]` of the mapping.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Year => "year",
            Role::Value => "value",
            Role::Indicator => "indicator",
            Role::Unit => "unit",
            Role::Status => "status",
            Role::Lower => "lower",
            Role::Upper => "upper",
            Role::Base => "base",
            Role::Footnote => "footnote",
        }
    }
}

/// The column proposed for a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ColumnChoice {
    pub role: Role,
    /// The column, by its header (or number when it has none). For GENESIS files, the column of
    /// the flat file (`time`, `value`), shown only: the mapping needs none.
    pub column: ColumnRef,
    pub confidence: Confidence,
    pub why: String,
}

/// What a code of the file is proposed to mean.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "code", rename_all = "lowercase")]
pub enum Target {
    /// This catalogue code (`_T` for the total).
    Code(String),
    /// The rows with this code are left out (another region, a category the catalogue has not).
    Skip,
}

/// One code of the file (a cell value of a table column, a GENESIS attribute code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeChoice {
    /// The code as the file writes it (an empty cell is the empty code).
    pub code: String,
    /// GENESIS: the attribute label (`Ausländer/-innen`).
    pub label: Option<String>,
    /// Rows of the file with this code.
    pub rows: usize,
    pub target: Target,
    pub confidence: Confidence,
    pub why: String,
}

/// A column or GENESIS variable that is (or, with `breakdown` None, is not) a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionChoice {
    /// The breakdown it is; None: it is none (a GENESIS variable to leave out).
    pub breakdown: Option<Breakdown>,
    /// A table's column.
    pub column: Option<ColumnRef>,
    /// A GENESIS variable code (`GES`).
    pub variable: Option<String>,
    /// The header, or the GENESIS variable's label.
    pub label: String,
    pub confidence: Confidence,
    pub why: String,
    pub codes: Vec<CodeChoice>,
}

impl DimensionChoice {
    /// The name `keep` and `drop` rules use: the header or the variable code.
    pub fn rule_name(&self) -> Option<String> {
        match (&self.variable, &self.column) {
            (Some(variable), _) => Some(variable.clone()),
            (None, Some(ColumnRef::Name(name))) => Some(name.clone()),
            _ => None,
        }
    }
}

/// An indicator the values may belong to, with how well it fits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub id: String,
    /// Higher fits better (breakdowns, unit, similarity of names); comparable within one list.
    pub score: f64,
    pub why: String,
}

/// Which indicator a group of values is for: the whole file, one GENESIS value variable or one
/// code of a table's indicator column.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorChoice {
    /// The value variable or indicator code; None for the whole file.
    pub code: Option<String>,
    /// What the file calls it (value variable label, the code, or the file name).
    pub label: String,
    /// Rows of the file with these values.
    pub rows: usize,
    /// The indicators that fit, best first.
    pub candidates: Vec<Candidate>,
    /// The proposed indicator (the best candidate), None: leave these values out.
    pub indicator: Option<String>,
    pub confidence: Confidence,
    pub why: String,
}

/// A unit as the file writes it, and the catalogue's unit it stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitChoice {
    pub text: String,
    pub rows: usize,
    pub unit: Option<Unit>,
    pub confidence: Confidence,
    pub why: String,
}

/// The proposed mapping of one file, every choice with its confidence and reason.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    pub file_name: String,
    pub reading: Reading,
    /// Data rows read (below the header; GENESIS: every row).
    pub rows: usize,
    /// A source text for the mapping (GENESIS: the statistic; otherwise the file name).
    pub source: String,
    pub columns: Vec<ColumnChoice>,
    pub dimensions: Vec<DimensionChoice>,
    pub units: Vec<UnitChoice>,
    pub indicators: Vec<IndicatorChoice>,
}

/// Reads `bytes` (the file `file_name`) within `limits` and proposes how to map it onto
/// `catalogue` and the city's `places`. A file that cannot be read at all (not a table, broken,
/// too large, a person-level register extract) gives its problems, as an import would.
pub fn propose(
    file_name: &str,
    bytes: &[u8],
    catalogue: &[IndicatorDef],
    places: &Places,
    limits: &Limits,
) -> Result<Proposal, Problems> {
    let mut read = layout::read(file_name, bytes, limits)?;
    let found = detect_columns(file_name, &mut read, places)?;
    let indicators = rank::indicators(file_name, &read, &found, catalogue);
    let mut units = found.units;
    // A unit text teilhabe does not know is taken as the unit of the proposed indicator.
    let mut chosen: Vec<Unit> = Vec::new();
    for choice in &indicators {
        let found = catalogue
            .iter()
            .find(|indicator| Some(indicator.id.as_str()) == choice.indicator.as_deref());
        if let Some(indicator) = found
            && !chosen.contains(&indicator.unit)
        {
            chosen.push(indicator.unit);
        }
    }
    if let [only] = chosen.as_slice() {
        for unit in units.iter_mut().filter(|unit| unit.unit.is_none()) {
            unit.unit = Some(*only);
            unit.why = format!(
                "{}; taken as {}, the unit of the proposed indicator",
                unit.why,
                only.as_str()
            );
        }
    }
    Ok(Proposal {
        file_name: file_name.to_owned(),
        reading: read.reading.clone(),
        rows: found.rows,
        source: found.source,
        columns: found.columns,
        dimensions: found.dimensions,
        units,
        indicators,
    })
}

impl Proposal {
    /// The mapping this proposal stands for: the chosen columns, variables and codes, skipped
    /// codes as `keep` rules (districts and regions: only the listed codes are kept, so next
    /// year's download with one more region still imports) or `drop` rules (other categories).
    pub fn to_mapping(&self) -> Mapping {
        let reading = &self.reading;
        let mut mapping = Mapping::plain(reading.format, &self.source);
        mapping.encoding = if reading.encoding == "windows-1252" {
            Encoding::Windows1252
        } else {
            Encoding::Auto
        };
        mapping.decimal = reading.decimal;
        mapping.delimiter = match reading.format {
            Format::Xlsx => None,
            Format::Genesis => reading.delimiter.filter(|d| *d != ';'),
            Format::Table => reading.delimiter,
        };
        mapping.sheet = reading.sheet.clone();
        mapping.year_columns = reading.year_columns;
        if reading.format != Format::Genesis {
            for choice in &self.columns {
                set_column(&mut mapping.columns, choice.role, choice.column.clone());
            }
        }
        let chosen: Vec<&IndicatorChoice> = self.indicators.iter().collect();
        match chosen.as_slice() {
            [only] if only.code.is_none() || reading.format == Format::Genesis => {
                mapping.indicator = only.indicator.clone();
            }
            many => {
                let mut left_out = Vec::new();
                for choice in many {
                    match (&choice.code, &choice.indicator) {
                        (Some(code), Some(id)) => {
                            mapping.indicators.insert(code.clone(), id.clone());
                        }
                        (Some(code), None) => left_out.push(code.clone()),
                        _ => {}
                    }
                }
                // A table's indicator codes without an indicator are left out by a rule (GENESIS
                // skips unlisted value variables by itself).
                if let (Format::Table | Format::Xlsx, Some(ColumnRef::Name(column))) =
                    (reading.format, &mapping.columns.indicator)
                    && !left_out.is_empty()
                {
                    mapping.drop.insert(column.clone(), left_out);
                }
            }
        }
        for unit in &self.units {
            if let Some(known) = unit.unit {
                mapping
                    .units
                    .insert(unit.text.clone(), known.as_str().to_owned());
            }
        }
        for dimension in &self.dimensions {
            let Some(breakdown) = dimension.breakdown else {
                if let Some(variable) = &dimension.variable {
                    mapping.ignore.push(variable.clone());
                }
                continue;
            };
            let mut codes = BTreeMap::new();
            let mut kept = Vec::new();
            let mut skipped = Vec::new();
            for code in &dimension.codes {
                match &code.target {
                    Target::Code(target) => {
                        codes.insert(code.code.clone(), target.clone());
                        kept.push(code.code.clone());
                    }
                    Target::Skip => skipped.push(code.code.clone()),
                }
            }
            if !skipped.is_empty()
                && let Some(name) = dimension.rule_name()
            {
                if breakdown == Breakdown::District {
                    mapping.keep.insert(name, kept);
                } else {
                    mapping.drop.insert(name, skipped);
                }
            }
            mapping.dimensions.insert(
                breakdown,
                DimensionMapping {
                    column: dimension.column.clone(),
                    variable: dimension.variable.clone(),
                    codes: Some(codes),
                },
            );
        }
        if reading.header_row_in_mapping {
            mapping.header_row = reading.header_row;
        }
        mapping
    }
}

/// What the columns (or GENESIS variables) of a file hold; a table without a column of years and
/// one of values (or years as headers) is refused here, naming its header row.
fn detect_columns(file: &str, read: &mut Read, places: &Places) -> Result<Found, Problems> {
    let found = match read.reading.format {
        Format::Genesis => genesis::detect(read, places),
        Format::Table | Format::Xlsx => columns::table(file, read, places),
    };
    let has = |role: Role| found.columns.iter().any(|column| column.role == role);
    let wide = read.reading.year_columns;
    let complete = wide || (has(Role::Value) && has(Role::Year));
    if !complete {
        return Err(Problems::one(
            file,
            read.grid.row_place(read.header_row().line),
            format!(
                "no column of {} found in the header row ({}); a table needs a column of years \
                 and one of values, or the years as column headers",
                match (has(Role::Year), has(Role::Value)) {
                    (false, false) => "years and none of values",
                    (false, true) => "years",
                    _ => "values",
                },
                read.header_row()
                    .cells
                    .iter()
                    .map(|cell| cell.trim())
                    .filter(|cell| !cell.is_empty())
                    .take(12)
                    .map(|cell| format!("`{}`", cell.chars().take(40).collect::<String>()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    Ok(found)
}

/// The catalogue codes a person may choose for a code of `breakdown` (a form's options): the
/// total first, then sex codes, the origin codes of `indicator`'s population concept (all
/// concepts' without an indicator), the city's districts; then every code the proposal chose for
/// the breakdown, so that a form can always show what was proposed (age groups are open — any
/// SDMX age code — and are offered this way only).
pub fn code_options(
    breakdown: Breakdown,
    indicator: Option<&IndicatorDef>,
    districts: &[District],
    proposal: &Proposal,
) -> Vec<String> {
    let mut options = vec![TOTAL.to_owned()];
    let mut add = |code: &str| {
        if !options.iter().any(|known| known == code) {
            options.push(code.to_owned());
        }
    };
    match breakdown {
        Breakdown::Sex => teilhabe_domain::monitoring::observation::SEX_CODES
            .iter()
            .for_each(|code| add(code)),
        Breakdown::Origin => match indicator {
            Some(indicator) => indicator
                .concept
                .origin_codes()
                .iter()
                .for_each(|code| add(code)),
            None => ["FOREIGN", "DE", "MH", "NO_MH", "EG", "NO_EG"]
                .iter()
                .for_each(|code| add(code)),
        },
        Breakdown::District => districts.iter().for_each(|district| add(&district.code)),
        Breakdown::Age => {}
    }
    proposal
        .dimensions
        .iter()
        .filter(|dimension| dimension.breakdown == Some(breakdown))
        .flat_map(|dimension| &dimension.codes)
        .for_each(|code| {
            if let Target::Code(target) = &code.target {
                add(target);
            }
        });
    options
}

fn set_column(columns: &mut Columns, role: Role, column: ColumnRef) {
    let slot = match role {
        Role::Year => &mut columns.year,
        Role::Value => &mut columns.value,
        Role::Indicator => &mut columns.indicator,
        Role::Unit => &mut columns.unit,
        Role::Status => &mut columns.status,
        Role::Lower => &mut columns.lower,
        Role::Upper => &mut columns.upper,
        Role::Base => &mut columns.base,
        Role::Footnote => &mut columns.footnote,
    };
    *slot = Some(column);
}

#[cfg(test)]
mod tests;
