//! The mapping file: for one source, which of the file's columns (or GENESIS variables) and codes
//! are which of teilhabe's breakdowns, which indicator the values belong to, and how to read the
//! file. The format is documented in docs/formats/imports.md.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use teilhabe_domain::monitoring::{Breakdown, DecimalMark, Unit};
use teilhabe_domain::position::Position;

use crate::text::Encoding;
pub use crate::writer::to_toml;

/// How the data file is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// GENESIS flat-file CSV (`*_flat.csv`), new English headers or the older German ones.
    Genesis,
    /// A table with a header row: long CSV such as an indicator portal's, or a classic export
    /// with a header block above and the years as columns.
    Table,
    /// An Excel workbook (first sheet, or `sheet`), laid out like `table`.
    Xlsx,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Genesis => "genesis",
            Format::Table => "table",
            Format::Xlsx => "xlsx",
        }
    }
}

/// A column by its header or by its 1-based number (for tables whose label columns have no
/// header).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(untagged)]
pub enum ColumnRef {
    Name(String),
    Number(usize),
}

impl std::fmt::Display for ColumnRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ColumnRef::Name(name) => write!(f, "`{name}`"),
            ColumnRef::Number(number) => write!(f, "number {number}"),
        }
    }
}

/// The columns a table has (all optional except where the layout needs them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    pub year: Option<ColumnRef>,
    pub value: Option<ColumnRef>,
    pub indicator: Option<ColumnRef>,
    pub unit: Option<ColumnRef>,
    pub status: Option<ColumnRef>,
    pub lower: Option<ColumnRef>,
    pub upper: Option<ColumnRef>,
    pub base: Option<ColumnRef>,
    pub footnote: Option<ColumnRef>,
}

/// Where a breakdown comes from and how its codes translate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionMapping {
    /// A table's column.
    pub column: Option<ColumnRef>,
    /// A GENESIS variable code (e.g. `GES`, `NAT`).
    pub variable: Option<String>,
    /// File code → teilhabe code (`_T` for a total). Without it, codes are taken as they are and
    /// an empty cell is the total.
    #[serde(default)]
    pub codes: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    pub format: Format,
    /// The publisher and table, shown with every figure ("IT.NRW, table 21111-02").
    pub source: String,
    /// The city the figures are for (default: the only city with a concept).
    #[serde(default)]
    pub city: Option<String>,
    /// Figures invented for the demo: marked as such everywhere they appear.
    #[serde(default)]
    pub demo: bool,
    #[serde(default)]
    pub encoding: Encoding,
    #[serde(default)]
    pub decimal: DecimalMark,
    /// CSV field separator (default: the one of `;` `,` tab that the header row contains most).
    #[serde(default)]
    pub delimiter: Option<char>,
    /// XLSX: the worksheet (default: the first).
    #[serde(default)]
    pub sheet: Option<String>,
    /// 1-based line (row) of the header; default: the first line that has every named column.
    #[serde(default)]
    pub header_row: Option<usize>,
    /// Table: columns whose header is a year hold that year's values (a classic wide table).
    #[serde(default)]
    pub year_columns: bool,
    /// The indicator of every value, unless `columns.indicator` or `indicators` say otherwise.
    #[serde(default)]
    pub indicator: Option<String>,
    /// Indicator codes in the file (a table's indicator column, GENESIS value variables) →
    /// indicator ids. For GENESIS, value variables not listed are skipped.
    #[serde(default)]
    pub indicators: BTreeMap<String, String>,
    #[serde(default)]
    pub columns: Columns,
    /// Units as the file writes them → unit of the catalogue (`percent`, `count` …); checked
    /// against the indicator's unit.
    #[serde(default)]
    pub units: BTreeMap<String, String>,
    #[serde(default)]
    pub dimensions: BTreeMap<Breakdown, DimensionMapping>,
    /// Breakdowns the file does not carry, at a fixed code (default `_T`).
    #[serde(default)]
    pub fixed: BTreeMap<Breakdown, String>,
    /// GENESIS variables to leave out (they must have one attribute in the file).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Footnotes for every figure of a year, e.g. `2023 = "vorläufig"`.
    #[serde(default)]
    pub footnotes: BTreeMap<String, String>,
    /// Rows to keep: column header (GENESIS: variable code) → codes. A row whose code is not
    /// listed is left out, e.g. `keep = { KREISE = ["05711"] }` for one region of a download.
    #[serde(default)]
    pub keep: BTreeMap<String, Vec<String>>,
    /// Rows to leave out: column header (GENESIS: variable code) → codes, e.g.
    /// `drop = { Staatsangehoerigkeit = ["Staatenlos"] }`. Dropped rows are counted by rule.
    #[serde(default)]
    pub drop: BTreeMap<String, Vec<String>>,
}

impl Mapping {
    /// Reads a mapping file, with line and column of a problem.
    pub fn parse(source: &str) -> Result<Self, String> {
        let mapping: Mapping = toml::from_str(source).map_err(|error| {
            let position = error
                .span()
                .map(|span| Position::of_offset(source, span.start))
                .unwrap_or(Position { line: 1, column: 1 });
            format!("{position}: {}", error.message())
        })?;
        for (breakdown, dimension) in &mapping.dimensions {
            let wanted = match mapping.format {
                Format::Genesis => dimension.variable.is_none(),
                Format::Table | Format::Xlsx => dimension.column.is_none(),
            };
            if wanted {
                return Err(format!(
                    "dimensions.{}: name the {} it comes from",
                    breakdown.as_str(),
                    if mapping.format == Format::Genesis {
                        "GENESIS `variable`"
                    } else {
                        "`column`"
                    }
                ));
            }
            if mapping.fixed.contains_key(breakdown) {
                return Err(format!(
                    "{} is both in [dimensions] and in [fixed]",
                    breakdown.as_str()
                ));
            }
        }
        for (rule, rules) in [("keep", &mapping.keep), ("drop", &mapping.drop)] {
            if let Some((column, _)) = rules.iter().find(|(_, codes)| codes.is_empty()) {
                return Err(format!(
                    "{rule}.{column}: list at least one code{}",
                    if rule == "keep" {
                        " (an empty list would leave out every row)"
                    } else {
                        ""
                    }
                ));
            }
        }
        for (text, unit) in &mapping.units {
            if !Unit::ALL.iter().any(|known| known.as_str() == unit) {
                return Err(format!(
                    "units.\"{text}\": `{unit}` is not a unit of the catalogue; expected one of {}",
                    Unit::ALL
                        .iter()
                        .map(|u| u.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        if mapping.indicator.is_none()
            && mapping.indicators.is_empty()
            && mapping.columns.indicator.is_none()
        {
            return Err(
                "say which indicator the values are for: `indicator = \"id\"`, `[indicators]` or `columns.indicator`".into(),
            );
        }
        if matches!(mapping.format, Format::Table | Format::Xlsx)
            && !mapping.year_columns
            && (mapping.columns.year.is_none() || mapping.columns.value.is_none())
        {
            return Err(
                "a table needs `columns.year` and `columns.value`, or `year_columns = true`".into(),
            );
        }
        Ok(mapping)
    }

    /// A mapping that maps nothing: for figures that arrive already coded (the engine's cubes).
    pub fn plain(format: Format, source: &str) -> Self {
        Mapping {
            format,
            source: source.to_owned(),
            city: None,
            demo: false,
            encoding: Encoding::Auto,
            decimal: DecimalMark::Point,
            delimiter: None,
            sheet: None,
            header_row: None,
            year_columns: false,
            indicator: None,
            indicators: BTreeMap::new(),
            columns: Columns::default(),
            units: BTreeMap::new(),
            dimensions: BTreeMap::new(),
            fixed: BTreeMap::new(),
            ignore: Vec::new(),
            footnotes: BTreeMap::new(),
            keep: BTreeMap::new(),
            drop: BTreeMap::new(),
        }
    }

    /// The code of a breakdown that the file does not carry.
    pub fn fixed_code(&self, breakdown: Breakdown) -> String {
        self.fixed
            .get(&breakdown)
            .cloned()
            .unwrap_or_else(|| teilhabe_domain::monitoring::TOTAL.to_owned())
    }
}

/// Translates a file code with a dimension's `codes` table; `Err` lists what was expected.
pub fn translate(dimension: &DimensionMapping, code: &str) -> Result<String, String> {
    // Our own CSV exports quote a code that starts like a formula (domain::spreadsheet).
    let code = teilhabe_domain::spreadsheet::restore(code.trim());
    match &dimension.codes {
        Some(codes) => codes.get(code).cloned().ok_or_else(|| {
            let known: Vec<String> = codes.keys().map(|k| format!("`{k}`")).collect();
            format!(
                "code `{code}` is not in the mapping; expected one of {}",
                known.join(", ")
            )
        }),
        None if code.is_empty() => Ok(teilhabe_domain::monitoring::TOTAL.to_owned()),
        None => Ok(code.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_mapping_and_checks_it() {
        let mapping = Mapping::parse(
            r#"
format = "table"
source = "Testamt"
indicator = "kita-u3"
columns = { year = "Jahr", value = "Wert" }
[dimensions.sex]
column = "Geschlecht"
codes = { "" = "_T", "weiblich" = "F" }
"#,
        )
        .unwrap();
        assert_eq!(mapping.format, Format::Table);
        let sex = &mapping.dimensions[&Breakdown::Sex];
        assert_eq!(translate(sex, "weiblich").unwrap(), "F");
        assert_eq!(translate(sex, "").unwrap(), "_T");
        let error = translate(sex, "männlich").unwrap_err();
        assert!(
            error.contains("expected one of `weiblich`") || error.contains("`weiblich`"),
            "{error}"
        );

        let error = Mapping::parse("format = \"table\"\nsource = 1\n").unwrap_err();
        assert!(error.starts_with("2:"), "{error}");
        let error =
            Mapping::parse("format = \"table\"\nsource = \"x\"\nindicator = \"a\"\n").unwrap_err();
        assert!(error.contains("columns.year"), "{error}");
    }
}
