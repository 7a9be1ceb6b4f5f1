//! Which column (or GENESIS variable) is which: the year, the value, the unit … by their
//! headers and values; the breakdowns by their headers (`Geschlecht`), GENESIS variable codes
//! (`GES`) and labels, and by their codes (`weiblich`, `GESW`); every code with its meaning.

use teilhabe_domain::monitoring::status::read_cell;
use teilhabe_domain::monitoring::{Breakdown, DecimalMark, TOTAL, Unit};

use super::codes;
use super::layout::{Read, decimal_mark, looks_numeric};
use super::names::{breakdown_by_name, role_by_name};
use super::words::fold;
use super::{
    CodeChoice, ColumnChoice, Confidence, DimensionChoice, Places, Role, Target, UnitChoice,
};
use crate::mapping::{ColumnRef, Format};
use crate::table::year_of;

/// What the columns of a file hold.
pub struct Found {
    pub rows: usize,
    pub source: String,
    pub columns: Vec<ColumnChoice>,
    pub dimensions: Vec<DimensionChoice>,
    pub units: Vec<UnitChoice>,
    pub groups: Vec<Group>,
}

/// Values that belong to one indicator: the whole file, a GENESIS value variable, a code of the
/// indicator column.
pub struct Group {
    pub code: Option<String>,
    pub label: String,
    pub rows: usize,
}

/// Distinct values in order of appearance, with how often each appears.
pub(super) fn counted<'a>(
    values: impl Iterator<Item = (&'a str, Option<&'a str>)>,
) -> Vec<(String, Option<String>, usize)> {
    let mut out: Vec<(String, Option<String>, usize)> = Vec::new();
    let mut index = std::collections::HashMap::new();
    for (value, label) in values {
        let value = teilhabe_domain::spreadsheet::restore(value.trim());
        match index.get(value) {
            Some(&at) => {
                let entry: &mut (String, Option<String>, usize) = &mut out[at];
                entry.2 += 1;
            }
            None => {
                index.insert(value.to_owned(), out.len());
                out.push((
                    value.to_owned(),
                    label.map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()),
                    1,
                ));
            }
        }
    }
    out
}

/// The breakdown whose codes all of `values` are (at least one of them not the total), if
/// exactly one.
pub(super) fn breakdown_by_values(
    values: &[(String, Option<String>, usize)],
    places: &Places,
) -> Option<Breakdown> {
    let fits = |breakdown: Breakdown| {
        let mut split = false;
        for (code, label, _) in values {
            match codes::classify(breakdown, code, label.as_deref(), places) {
                Some((Target::Code(target), _, _)) => split |= target != TOTAL,
                _ => return false,
            }
        }
        split
    };
    let fitting: Vec<Breakdown> = Breakdown::ALL.into_iter().filter(|b| fits(*b)).collect();
    match fitting.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

pub(super) fn code_choices(
    breakdown: Breakdown,
    values: &[(String, Option<String>, usize)],
    places: &Places,
) -> Vec<CodeChoice> {
    values
        .iter()
        .map(|(code, label, rows)| {
            let (target, confidence, why) =
                codes::choose(breakdown, code, label.as_deref(), places);
            CodeChoice {
                code: code.clone(),
                label: label.clone(),
                rows: *rows,
                target,
                confidence,
                why,
            }
        })
        .collect()
}

/// How sure a breakdown is: its name and its codes agree (Sure), one of them says so (Likely).
pub(super) fn dimension_confidence(by_name: bool, by_values: bool) -> Confidence {
    if by_name && by_values {
        Confidence::Sure
    } else {
        Confidence::Likely
    }
}

pub(super) fn units_of(texts: Vec<(String, Option<String>, usize)>) -> Vec<UnitChoice> {
    texts
        .into_iter()
        .filter(|(text, _, _)| !text.is_empty())
        .map(|(text, _, rows)| {
            let squeezed = |t: &str| fold(t).replace(' ', "");
            let (unit, confidence, why) = match Unit::from_text(&text) {
                Some(unit) => (
                    Some(unit),
                    Confidence::Sure,
                    format!("`{text}` is how tables write {}", unit.as_str()),
                ),
                None => match Unit::ALL.into_iter().find(|unit| {
                    unit.spellings()
                        .iter()
                        .any(|spelling| squeezed(spelling) == squeezed(&text))
                }) {
                    Some(unit) => (
                        Some(unit),
                        Confidence::Likely,
                        format!("`{text}` reads as {}", unit.as_str()),
                    ),
                    None => (
                        None,
                        Confidence::Unsure,
                        format!("`{text}` is no unit teilhabe knows"),
                    ),
                },
            };
            UnitChoice {
                text,
                rows,
                unit,
                confidence,
                why,
            }
        })
        .collect()
}

/// What the columns of a table (CSV or XLSX) hold; GENESIS files are `genesis::detect`'s.
pub(super) fn table(file_name: &str, read: &mut Read, places: &Places) -> Found {
    let header = read.header_row().clone();
    let width = read
        .data
        .iter()
        .map(|&row| read.grid.rows[row].cells.len())
        .chain(std::iter::once(header.cells.len()))
        .max()
        .unwrap_or(0);
    let column_ref = |index: usize| {
        let name = header.cell(index).trim();
        if name.is_empty() {
            ColumnRef::Number(index + 1)
        } else {
            ColumnRef::Name(name.to_owned())
        }
    };
    let mut columns: Vec<ColumnChoice> = Vec::new();
    let mut dimensions: Vec<DimensionChoice> = Vec::new();
    let mut value_cells: Vec<usize> = Vec::new();
    let mut unit_column = None;
    let mut indicator_column = None;
    let has_role = |columns: &[ColumnChoice], role: Role| columns.iter().any(|c| c.role == role);
    let add_dimension = |dimensions: &mut Vec<DimensionChoice>,
                         breakdown: Breakdown,
                         index: usize,
                         values: &[(String, Option<String>, usize)],
                         by_name: bool,
                         by_values: bool| {
        if dimensions.iter().any(|d| d.breakdown == Some(breakdown)) {
            return;
        }
        let name = header.cell(index).trim();
        let why = match (by_name, by_values) {
            (true, true) => format!("header `{name}` and its codes"),
            (true, false) => format!("header `{name}`"),
            _ => format!("its codes ({})", sample(values)),
        };
        dimensions.push(DimensionChoice {
            breakdown: Some(breakdown),
            column: Some(column_ref(index)),
            variable: None,
            label: name.to_owned(),
            confidence: dimension_confidence(by_name, by_values),
            why,
            codes: code_choices(breakdown, values, places),
        });
    };
    let mut unnamed = Vec::new();
    for index in 0..width {
        let name = header.cell(index).trim();
        if read.reading.year_columns && year_of(name).is_some() {
            value_cells.push(index);
            continue;
        }
        let cells: Vec<&str> = read.column(index).collect();
        let filled: Vec<&str> = cells.iter().copied().filter(|c| !c.is_empty()).collect();
        let all_years =
            !filled.is_empty() && filled.iter().all(|c| year_of(c).is_some() && c.len() <= 10);
        let numeric = !filled.is_empty() && filled.iter().all(|c| looks_numeric(c));
        // Values as official tables write them: numbers and the German table signs (`.`, `x`).
        let figures = filled.iter().any(|c| looks_numeric(c))
            && filled
                .iter()
                .all(|c| read_cell(c, DecimalMark::Auto).is_ok());
        if let Some((role, exact)) = role_by_name(name)
            && !has_role(&columns, role)
            && !(read.reading.year_columns && role == Role::Year)
        {
            let values_agree = match role {
                Role::Year => all_years,
                Role::Value | Role::Lower | Role::Upper | Role::Base => {
                    figures || filled.is_empty()
                }
                _ => true,
            };
            if values_agree || exact {
                let confidence = if exact && values_agree {
                    Confidence::Sure
                } else {
                    Confidence::Likely
                };
                let why = if values_agree && matches!(role, Role::Year | Role::Value) {
                    format!(
                        "header `{name}`, and its cells are {}",
                        if role == Role::Year {
                            "years"
                        } else {
                            "numbers"
                        }
                    )
                } else {
                    format!("header `{name}`")
                };
                columns.push(ColumnChoice {
                    role,
                    column: column_ref(index),
                    confidence,
                    why,
                });
                match role {
                    Role::Value => value_cells.push(index),
                    Role::Unit => unit_column = Some(index),
                    Role::Indicator => indicator_column = Some(index),
                    _ => {}
                }
                continue;
            }
        }
        let values = counted(cells.iter().map(|c| (*c, None)));
        if filled.is_empty() {
            continue;
        }
        let by_values = breakdown_by_values(&values, places);
        if let Some((breakdown, _)) = breakdown_by_name(name) {
            add_dimension(
                &mut dimensions,
                breakdown,
                index,
                &values,
                true,
                by_values == Some(breakdown),
            );
            continue;
        }
        unnamed.push((index, values, by_values, all_years, numeric));
    }
    for (index, values, by_values, all_years, numeric) in unnamed {
        if all_years && !has_role(&columns, Role::Year) && !read.reading.year_columns {
            columns.push(ColumnChoice {
                role: Role::Year,
                column: column_ref(index),
                confidence: Confidence::Likely,
                why: "its cells are years".into(),
            });
        } else if let Some(breakdown) = by_values.filter(|_| !numeric) {
            add_dimension(&mut dimensions, breakdown, index, &values, false, true);
        } else if numeric && !has_role(&columns, Role::Value) && !read.reading.year_columns {
            columns.push(ColumnChoice {
                role: Role::Value,
                column: column_ref(index),
                confidence: Confidence::Unsure,
                why: "the first column of numbers without a known header".into(),
            });
            value_cells.push(index);
        }
    }
    columns.sort_by_key(|choice| choice.role);
    let decimal = decimal_mark(
        value_cells.iter().flat_map(|&index| read.column(index)),
        read.reading.delimiter,
    );
    read.reading.decimal = match (read.reading.format, decimal) {
        (Format::Xlsx, DecimalMark::Point) => DecimalMark::Auto,
        (_, decimal) => decimal,
    };
    read.reading.header_row_in_mapping = header_needed(read, &columns, &dimensions);
    let units = unit_column
        .map(|index| units_of(counted(read.column(index).map(|c| (c, None)))))
        .unwrap_or_default();
    let groups = match indicator_column {
        Some(index) => counted(read.column(index).map(|c| (c, None)))
            .into_iter()
            .filter(|(code, _, _)| !code.is_empty())
            .map(|(code, _, rows)| Group {
                label: code.clone(),
                code: Some(code),
                rows,
            })
            .collect(),
        None => vec![Group {
            code: None,
            label: String::new(),
            rows: read.data.len(),
        }],
    };
    Found {
        rows: read.data.len(),
        source: read
            .titles
            .first()
            .cloned()
            .unwrap_or_else(|| file_name.to_owned()),
        columns,
        dimensions,
        units,
        groups,
    }
}

/// Must the mapping name the header line? When a column has no header, or when an earlier row
/// holds every header the mapping names.
fn header_needed(read: &Read, columns: &[ColumnChoice], dimensions: &[DimensionChoice]) -> bool {
    let refs: Vec<&ColumnRef> = columns
        .iter()
        .map(|c| &c.column)
        .chain(dimensions.iter().filter_map(|d| d.column.as_ref()))
        .collect();
    let names: Vec<&str> = refs
        .iter()
        .filter_map(|c| match c {
            ColumnRef::Name(name) => Some(name.as_str()),
            ColumnRef::Number(_) => None,
        })
        .collect();
    if names.len() < refs.len() || names.is_empty() {
        return true;
    }
    let first = read.grid.rows.iter().position(|row| {
        names
            .iter()
            .all(|name| row.cells.iter().any(|cell| cell.trim() == *name))
            && (!read.reading.year_columns || row.cells.iter().any(|cell| year_of(cell).is_some()))
    });
    first != Some(read.header)
}

/// A few codes, for a reason.
pub(super) fn sample(values: &[(String, Option<String>, usize)]) -> String {
    values
        .iter()
        .filter(|(code, _, _)| !code.is_empty())
        .take(3)
        .map(|(code, label, _)| label.clone().unwrap_or_else(|| code.clone()))
        .collect::<Vec<_>>()
        .join(", ")
}
