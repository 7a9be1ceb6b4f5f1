//! Tables with a header row: long CSV (one value per row, as indicator portals publish), classic
//! exports with a header block and the years as columns, and worksheets laid out either way.

use teilhabe_domain::monitoring::{Breakdown, Coordinates, Decimal, ObsStatus};
use teilhabe_domain::spreadsheet::restore;

use crate::error::{Collector, Place, Problems};
use crate::grid::{Grid, Row};
use crate::mapping::{ColumnRef, Mapping, translate};
use crate::{Figure, Located, reading_to_figure};

/// Reads every figure of `grid` as `mapping` describes.
pub fn read(file: &str, grid: &Grid, mapping: &Mapping) -> Result<Vec<Located>, Problems> {
    let header_index = find_header(file, grid, mapping)?;
    let header = &grid.rows[header_index];
    let resolve = |column: &ColumnRef| -> Result<usize, Problems> {
        match column {
            ColumnRef::Number(number) if *number >= 1 => Ok(number - 1),
            ColumnRef::Number(_) => Err(Problems::one(
                file,
                Place::default(),
                "column numbers start at 1",
            )),
            ColumnRef::Name(name) => header
                .cells
                .iter()
                .position(|cell| cell.trim() == name.trim())
                .ok_or_else(|| {
                    Problems::one(
                        file,
                        grid.row_place(header.line),
                        format!(
                            "the header row has no column `{name}`; it has {}",
                            header
                                .cells
                                .iter()
                                .filter(|c| !c.trim().is_empty())
                                .map(|c| format!("`{}`", c.trim()))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    )
                }),
        }
    };
    let optional = |column: &Option<ColumnRef>| column.as_ref().map(resolve).transpose();
    let columns = &mapping.columns;
    let year_column = optional(&columns.year)?;
    let value_column = optional(&columns.value)?;
    let indicator_column = optional(&columns.indicator)?;
    let unit_column = optional(&columns.unit)?;
    let status_column = optional(&columns.status)?;
    let lower_column = optional(&columns.lower)?;
    let upper_column = optional(&columns.upper)?;
    let base_column = optional(&columns.base)?;
    let footnote_column = optional(&columns.footnote)?;
    let mut dimension_columns: Vec<(Breakdown, usize)> = Vec::new();
    for (breakdown, dimension) in &mapping.dimensions {
        if let Some(column) = &dimension.column {
            dimension_columns.push((*breakdown, resolve(column)?));
        }
    }
    // The value columns: one (long table) or one per year (wide table).
    let value_columns: Vec<(usize, Option<i32>)> = if mapping.year_columns {
        let years: Vec<(usize, Option<i32>)> = header
            .cells
            .iter()
            .enumerate()
            .filter_map(|(index, cell)| year_of(cell).map(|year| (index, Some(year))))
            .collect();
        if years.is_empty() {
            return Err(Problems::one(
                file,
                grid.row_place(header.line),
                "`year_columns = true`, but no header of this row is a year",
            ));
        }
        years
    } else {
        value_column
            .map(|column| vec![(column, None)])
            .unwrap_or_default()
    };

    let header_name = |index: usize| header.cells.get(index).map(String::as_str);
    let mut problems = Collector::new(file);
    let mut figures = Vec::new();
    for row in &grid.rows[header_index + 1..] {
        if is_end_of_data(row) {
            break;
        }
        if problems.is_full() {
            break;
        }
        let place = |index: usize| grid.place(row.line, index, header_name(index));
        let mut at = Coordinates::total(0);
        for breakdown in Breakdown::ALL {
            at.set(breakdown, mapping.fixed_code(breakdown));
        }
        let mut ok = true;
        for (breakdown, index) in &dimension_columns {
            match translate(&mapping.dimensions[breakdown], row.cell(*index)) {
                Ok(code) => at.set(*breakdown, code),
                Err(message) => {
                    problems.add(place(*index), message);
                    ok = false;
                }
            }
        }
        let indicator = match indicator_column {
            Some(index) => {
                let code = row.cell(index).trim();
                match mapping.indicators.get(code) {
                    Some(id) => Some(id.clone()),
                    None if mapping.indicators.is_empty() && !code.is_empty() => {
                        Some(code.to_owned())
                    }
                    None => {
                        problems.add(
                            place(index),
                            format!("indicator code `{code}` is not in the mapping's [indicators]"),
                        );
                        None
                    }
                }
            }
            None => mapping.indicator.clone(),
        };
        let unit = unit_column.map(|index| (row.cell(index).trim().to_owned(), place(index)));
        let footnote = footnote_column
            .map(|index| restore(row.cell(index).trim()).to_owned())
            .filter(|text| !text.is_empty());
        let row_year = match year_column {
            Some(index) if !mapping.year_columns => match year_of(row.cell(index)) {
                Some(year) => Some(year),
                None => {
                    problems.add(
                        place(index),
                        format!("a year (four digits), not `{}`", row.cell(index).trim()),
                    );
                    ok = false;
                    None
                }
            },
            _ => None,
        };
        let decimal = |index: Option<usize>| -> Result<Option<Decimal>, (Place, String)> {
            match index {
                Some(index) if !row.cell(index).trim().is_empty() => {
                    Decimal::parse_with(row.cell(index), mapping.decimal)
                        .map(Some)
                        .map_err(|error| (place(index), format!("a number: {error}")))
                }
                _ => Ok(None),
            }
        };
        let bounds = match (decimal(lower_column), decimal(upper_column)) {
            (Ok(lower), Ok(upper)) => (lower, upper),
            (Err((place, message)), _) | (_, Err((place, message))) => {
                problems.add(place, message);
                ok = false;
                (None, None)
            }
        };
        let base = match base_column {
            Some(index) if !row.cell(index).trim().is_empty() => {
                match Decimal::parse_with(row.cell(index), mapping.decimal)
                    .ok()
                    .filter(|d| d.scale() == 0 || d.normalized().scale() == 0)
                    .and_then(|d| d.to_string().split('.').next()?.parse::<i64>().ok())
                {
                    Some(base) => Some(base),
                    None => {
                        problems.add(place(index), "a whole number (the base n)");
                        ok = false;
                        None
                    }
                }
            }
            _ => None,
        };
        let status_override = match status_column {
            Some(index) if !row.cell(index).trim().is_empty() => {
                match ObsStatus::parse(row.cell(index).trim()) {
                    Some(status) => Some(status),
                    None => {
                        problems.add(
                            place(index),
                            format!(
                                "an SDMX observation status (A, B, E, F, P, U, Q, M, L), not `{}`",
                                row.cell(index).trim()
                            ),
                        );
                        ok = false;
                        None
                    }
                }
            }
            _ => None,
        };
        if !ok {
            continue;
        }
        let Some(indicator) = indicator else {
            continue;
        };
        for (index, column_year) in &value_columns {
            let Some(year) = column_year.or(row_year) else {
                continue;
            };
            let mut at = at.clone();
            at.year = year;
            let cell_place = place(*index);
            let text = row.cell(*index);
            let mut reading =
                match teilhabe_domain::monitoring::status::read_cell(text, mapping.decimal) {
                    Ok(reading) => reading,
                    Err(expected) => {
                        problems.add(cell_place, expected);
                        continue;
                    }
                };
            // The status column wins over the cell's sign; a status that says "missing" next to
            // a number is a contradiction the figure check reports (nothing is dropped silently).
            if let Some(status) = status_override {
                reading.status = status;
            }
            let mut footnotes = Vec::new();
            if let Some(footnote) = &footnote {
                footnotes.push(footnote.clone());
            }
            figures.push(Located {
                figure: reading_to_figure(
                    Figure {
                        indicator: indicator.clone(),
                        at,
                        lower: bounds.0,
                        upper: bounds.1,
                        base,
                        footnotes,
                    },
                    reading,
                ),
                place: cell_place,
                unit: unit.clone(),
            });
        }
    }
    problems.finish(figures)
}

/// The header row: the configured one, or the first row that has every named column (and, for
/// wide tables, at least one year).
pub(crate) fn find_header(file: &str, grid: &Grid, mapping: &Mapping) -> Result<usize, Problems> {
    if let Some(line) = mapping.header_row {
        return grid
            .rows
            .iter()
            .position(|row| row.line == line)
            .ok_or_else(|| {
                Problems::one(
                    file,
                    Place::default(),
                    format!("`header_row = {line}`, but the file has no line {line}"),
                )
            });
    }
    let mut names: Vec<&str> = Vec::new();
    let columns = &mapping.columns;
    for column in [
        &columns.year,
        &columns.value,
        &columns.indicator,
        &columns.unit,
        &columns.status,
        &columns.lower,
        &columns.upper,
        &columns.base,
        &columns.footnote,
    ]
    .into_iter()
    .flatten()
    {
        if let ColumnRef::Name(name) = column {
            names.push(name.trim());
        }
    }
    for dimension in mapping.dimensions.values() {
        if let Some(ColumnRef::Name(name)) = &dimension.column {
            names.push(name.trim());
        }
    }
    grid.rows
        .iter()
        .position(|row| {
            let has = |name: &str| row.cells.iter().any(|cell| cell.trim() == name);
            names.iter().all(|name| has(name))
                && (!mapping.year_columns || row.cells.iter().any(|cell| year_of(cell).is_some()))
        })
        .ok_or_else(|| {
            Problems::one(
                file,
                Place::default(),
                format!(
                    "no header row has all the columns the mapping names ({}){}",
                    names
                        .iter()
                        .map(|name| format!("`{name}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if mapping.year_columns {
                        " and a year as a column header"
                    } else {
                        ""
                    }
                ),
            )
        })
}

/// A header or cell that is a year: "2021", "2021 ", "Jahr 2021", "31.12.2021".
pub fn year_of(text: &str) -> Option<i32> {
    let digits: Vec<(usize, char)> = text.char_indices().collect();
    let mut run = String::new();
    for (_, character) in &digits {
        if character.is_ascii_digit() {
            run.push(*character);
            if run.len() > 4 {
                return None;
            }
        } else {
            if run.len() == 4 {
                break;
            }
            run.clear();
        }
    }
    if run.len() != 4 {
        return None;
    }
    let year: i32 = run.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

/// The data of a table ends at a blank line or at a footer line (GENESIS classic exports end
/// with a line of underscores and the copyright).
pub(crate) fn is_end_of_data(row: &Row) -> bool {
    let first = row.cell(0).trim();
    row.is_blank() || first.starts_with("__") || first.starts_with('©')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_headers() {
        assert_eq!(year_of("2021"), Some(2021));
        assert_eq!(year_of("31.12.2021"), Some(2021));
        assert_eq!(year_of("Schuljahr 2021/22"), Some(2021));
        assert_eq!(year_of("Anzahl"), None);
        assert_eq!(year_of("12345"), None);
        assert_eq!(year_of("05711000"), None);
    }
}
