//! The mapping's row rules: `keep` only the rows whose code in a column (a GENESIS variable) is
//! listed, `drop` the rows whose code is listed. A GENESIS download with several regions, or a
//! long CSV with categories teilhabe does not use, is imported as it came; the import result
//! says how many rows each rule dropped.
//!
//! Rules apply to the rows of the file before they are read as figures, so a dropped row is never
//! checked (its codes need no entry in `[dimensions]`), and a GENESIS variable that a `keep` rule
//! narrows to one code can be listed in `ignore`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::error::Problems;
use crate::grid::Grid;
use crate::mapping::{Format, Mapping};

/// How many rows one rule dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// `keep` or `drop`.
    pub rule: &'static str,
    /// The column or GENESIS variable the rule looks at.
    pub column: String,
    /// The codes the rule lists.
    pub codes: Vec<String>,
    /// Rows (lines of the file) it dropped.
    pub rows: usize,
}

impl fmt::Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes = self.codes.join(", ");
        match self.rule {
            "keep" => write!(
                f,
                "{} rows dropped: {} not one of {codes} (keep)",
                self.rows, self.column
            ),
            _ => write!(
                f,
                "{} rows dropped: {} is one of {codes} (drop)",
                self.rows, self.column
            ),
        }
    }
}

/// One rule of the mapping, with the rows it dropped so far.
struct Rule<'a> {
    keep: bool,
    column: &'a str,
    codes: &'a [String],
    dropped: usize,
}

impl Rule<'_> {
    fn name(&self) -> &'static str {
        if self.keep { "keep" } else { "drop" }
    }

    fn drops(&self, code: &str) -> bool {
        let code = teilhabe_domain::spreadsheet::restore(code.trim());
        let listed = self.codes.iter().any(|listed| listed.trim() == code);
        listed != self.keep
    }
}

/// `grid` without the rows the mapping's `keep` and `drop` rules leave out, and the count per
/// rule. A rule naming a column (variable) the file does not have is an error.
pub fn apply(
    file: &str,
    mut grid: Grid,
    mapping: &Mapping,
) -> Result<(Grid, Vec<Dropped>), Problems> {
    if mapping.keep.is_empty() && mapping.drop.is_empty() {
        return Ok((grid, Vec::new()));
    }
    let mut rules: Vec<Rule> = rules_of(&mapping.keep, true)
        .chain(rules_of(&mapping.drop, false))
        .collect();
    let keep = match mapping.format {
        Format::Genesis => genesis_rows(file, &grid, &mut rules)?,
        Format::Table | Format::Xlsx => table_rows(file, &grid, mapping, &mut rules)?,
    };
    let mut keep = keep.into_iter();
    grid.rows.retain(|_| keep.next().unwrap_or(true));
    let dropped = rules
        .iter()
        .filter(|rule| rule.dropped > 0)
        .map(|rule| Dropped {
            rule: rule.name(),
            column: rule.column.to_owned(),
            codes: rule.codes.to_vec(),
            rows: rule.dropped,
        })
        .collect();
    Ok((grid, dropped))
}

fn rules_of(
    rules: &BTreeMap<String, Vec<String>>,
    keep: bool,
) -> impl Iterator<Item = Rule<'_>> + '_ {
    rules.iter().map(move |(column, codes)| Rule {
        keep,
        column: column.as_str(),
        codes: codes.as_slice(),
        dropped: 0,
    })
}

/// The first rule that drops a row whose codes `code_of` gives; counts it there.
fn dropped_by(rules: &mut [Rule], code_of: impl Fn(&str) -> String) -> bool {
    for rule in rules.iter_mut() {
        if rule.drops(&code_of(rule.column)) {
            rule.dropped += 1;
            return true;
        }
    }
    false
}

/// A table: the rules look at columns of the header row; the rows above it and from the end of
/// the data on are kept as they are. One flag per row: keep it?
fn table_rows(
    file: &str,
    grid: &Grid,
    mapping: &Mapping,
    rules: &mut [Rule],
) -> Result<Vec<bool>, Problems> {
    let header_index = crate::table::find_header(file, grid, mapping)?;
    let header = &grid.rows[header_index];
    let mut columns = BTreeMap::new();
    for rule in rules.iter() {
        let position = header
            .cells
            .iter()
            .position(|cell| cell.trim() == rule.column.trim())
            .ok_or_else(|| {
                Problems::one(
                    file,
                    grid.row_place(header.line),
                    format!(
                        "{}: the header row has no column `{}`; it has {}",
                        rule.name(),
                        rule.column,
                        header
                            .cells
                            .iter()
                            .filter(|c| !c.trim().is_empty())
                            .map(|c| format!("`{}`", c.trim()))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
        columns.insert(rule.column.to_owned(), position);
    }
    let mut keep = Vec::with_capacity(grid.rows.len());
    let mut in_data = false;
    for (index, row) in grid.rows.iter().enumerate() {
        let kept = if index == header_index {
            in_data = true;
            true
        } else if in_data && !crate::table::is_end_of_data(row) {
            let code_of = |column: &str| {
                columns
                    .get(column)
                    .map(|&index| row.cell(index).to_owned())
                    .unwrap_or_default()
            };
            !dropped_by(rules, code_of)
        } else {
            in_data = false;
            true
        };
        keep.push(kept);
    }
    Ok(keep)
}

/// GENESIS flat file: the rules name variables (`KREISE`, `NAT`); a row's code is the attribute
/// code of that variable in the row, empty when the row does not have the variable. One flag per
/// row: keep it?
fn genesis_rows(file: &str, grid: &Grid, rules: &mut [Rule]) -> Result<Vec<bool>, Problems> {
    let Some(header) = grid.rows.first() else {
        return Ok(Vec::new());
    };
    let find = |name: &str| {
        header
            .cells
            .iter()
            .position(|cell| cell.trim().eq_ignore_ascii_case(name))
    };
    let german = find("Zeit").is_some() && find("time").is_none();
    let (code_suffix, attribute_suffix) = if german {
        ("_Merkmal_Code", "_Auspraegung_Code")
    } else {
        ("_variable_code", "_variable_attribute_code")
    };
    let mut variables = Vec::new();
    for number in 1.. {
        match (
            find(&format!("{number}{code_suffix}")),
            find(&format!("{number}{attribute_suffix}")),
        ) {
            (Some(code), Some(attribute)) => variables.push((code, attribute)),
            _ => break,
        }
    }
    let mut seen = BTreeSet::new();
    let mut keep = Vec::with_capacity(grid.rows.len());
    for (index, row) in grid.rows.iter().enumerate() {
        if index == 0 || row.is_blank() {
            keep.push(true);
            continue;
        }
        for (code, _) in &variables {
            seen.insert(row.cell(*code).trim().to_uppercase());
        }
        let attribute_of = |variable: &str| {
            variables
                .iter()
                .find(|(code, _)| row.cell(*code).trim().eq_ignore_ascii_case(variable.trim()))
                .map(|(_, attribute)| row.cell(*attribute).to_owned())
                .unwrap_or_default()
        };
        keep.push(!dropped_by(rules, attribute_of));
    }
    if let Some(rule) = rules
        .iter()
        .find(|rule| !seen.contains(&rule.column.trim().to_uppercase()))
    {
        let known: Vec<String> = seen
            .iter()
            .filter(|code| !code.is_empty())
            .map(|code| format!("`{code}`"))
            .collect();
        return Err(Problems::one(
            file,
            grid.row_place(header.line),
            format!(
                "{}: the file has no GENESIS variable `{}`; it has {}",
                rule.name(),
                rule.column,
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ),
        ));
    }
    Ok(keep)
}
