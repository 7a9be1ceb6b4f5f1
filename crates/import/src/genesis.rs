//! GENESIS flat-file CSV (`*_flat.csv`) as Destatis, the state statistics offices and the
//! Regionaldatenbank deliver it: one value per row, variables as numbered column groups.
//!
//! Two header variants are read:
//! - the current one: `statistics_code;…;time;1_variable_code;1_variable_label;
//!   1_variable_attribute_code;1_variable_attribute_label;…;value;value_unit;value_variable_code;
//!   value_variable_label;value_q`
//! - the older German one: `Zeit`, `1_Merkmal_Code`, `1_Auspraegung_Code`, … and one column per
//!   value variable named `CODE__Label__Unit` with its quality flag in `CODE__Label__Unit__q`.

use teilhabe_domain::monitoring::status::{apply_quality_flag, read_cell};
use teilhabe_domain::monitoring::{Breakdown, Coordinates};

use crate::error::{Collector, Place, Problems};
use crate::grid::Grid;
use crate::mapping::{Mapping, translate};
use crate::table::year_of;
use crate::{Figure, Located, reading_to_figure};

/// One variable's column group: where its code and attribute code are.
struct Variable {
    code_column: usize,
    attribute_column: usize,
}

/// One value column: the value variable's code (known from the header in the old variant, read
/// per row in the new one), the value and quality columns.
struct ValueColumn {
    code: Option<String>,
    code_column: Option<usize>,
    unit_column: Option<usize>,
    value_column: usize,
    quality_column: Option<usize>,
}

pub fn read(file: &str, grid: &Grid, mapping: &Mapping) -> Result<Vec<Located>, Problems> {
    let Some(header) = grid.rows.first() else {
        return Err(Problems::one(file, Place::default(), "the file is empty"));
    };
    let find = |name: &str| {
        header
            .cells
            .iter()
            .position(|cell| cell.trim().eq_ignore_ascii_case(name))
    };
    let header_place = grid.row_place(header.line);
    let german = find("Zeit").is_some() && find("time").is_none();
    let (time_column, code_suffix, attribute_suffix) = if german {
        (find("Zeit"), "_Merkmal_Code", "_Auspraegung_Code")
    } else {
        (find("time"), "_variable_code", "_variable_attribute_code")
    };
    let Some(time_column) = time_column else {
        return Err(Problems::one(
            file,
            header_place,
            "a GENESIS flat-file header: the first line must name the columns `time` (or `Zeit` in the older variant), `1_variable_code` … and `value`",
        ));
    };
    let mut variables = Vec::new();
    for number in 1.. {
        let (Some(code_column), Some(attribute_column)) = (
            find(&format!("{number}{code_suffix}")),
            find(&format!("{number}{attribute_suffix}")),
        ) else {
            break;
        };
        variables.push(Variable {
            code_column,
            attribute_column,
        });
    }
    let value_columns: Vec<ValueColumn> = if german {
        header
            .cells
            .iter()
            .enumerate()
            .filter(|(_, name)| {
                let name = name.trim();
                name.matches("__").count() == 2 && !name.ends_with("__q")
            })
            .map(|(index, name)| {
                let name = name.trim();
                ValueColumn {
                    code: name.split("__").next().map(ToOwned::to_owned),
                    code_column: None,
                    unit_column: None,
                    value_column: index,
                    quality_column: find(&format!("{name}__q")),
                }
            })
            .collect()
    } else {
        match find("value") {
            Some(value_column) => vec![ValueColumn {
                code: None,
                code_column: find("value_variable_code"),
                unit_column: find("value_unit"),
                value_column,
                quality_column: find("value_q"),
            }],
            None => Vec::new(),
        }
    };
    if value_columns.is_empty() {
        return Err(Problems::one(
            file,
            header_place,
            if german {
                "value columns named like `BEV001__Bevoelkerungsstand__Anzahl`"
            } else {
                "a column `value`"
            },
        ));
    }

    let header_name = |index: usize| header.cells.get(index).map(String::as_str);
    let mut problems = Collector::new(file);
    let mut figures = Vec::new();
    let mut value_codes = std::collections::BTreeSet::new();
    for row in &grid.rows[1..] {
        if row.is_blank() {
            continue;
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
        match year_of(row.cell(time_column)) {
            Some(year) => at.year = year,
            None => {
                problems.add(
                    place(time_column),
                    format!("a year, not `{}`", row.cell(time_column).trim()),
                );
                ok = false;
            }
        }
        for variable in &variables {
            let code = row.cell(variable.code_column).trim();
            if code.is_empty() || mapping.ignore.iter().any(|ignored| ignored == code) {
                continue;
            }
            let dimension = mapping
                .dimensions
                .iter()
                .find(|(_, dimension)| dimension.variable.as_deref() == Some(code));
            match dimension {
                Some((breakdown, dimension)) => {
                    match translate(dimension, row.cell(variable.attribute_column)) {
                        Ok(value) => at.set(*breakdown, value),
                        Err(message) => {
                            problems.add(place(variable.attribute_column), message);
                            ok = false;
                        }
                    }
                }
                None => {
                    problems.add(
                        place(variable.code_column),
                        format!(
                            "variable `{code}` is not in the mapping; map it under [dimensions.<breakdown>] with `variable = \"{code}\"` or list it in `ignore`"
                        ),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        for column in &value_columns {
            let code = match (&column.code, column.code_column) {
                (Some(code), _) => code.clone(),
                (None, Some(index)) => row.cell(index).trim().to_owned(),
                (None, None) => String::new(),
            };
            let indicator = if mapping.indicators.is_empty() {
                value_codes.insert(code.clone());
                mapping.indicator.clone()
            } else {
                // Only the listed value variables are imported.
                mapping.indicators.get(&code).cloned()
            };
            let Some(indicator) = indicator else {
                continue;
            };
            let text = row.cell(column.value_column);
            let mut reading = match read_cell(text, mapping.decimal) {
                Ok(reading) => reading,
                Err(expected) => {
                    problems.add(place(column.value_column), expected);
                    continue;
                }
            };
            if let Some(index) = column.quality_column
                && let Err(expected) = apply_quality_flag(&mut reading, row.cell(index))
            {
                problems.add(place(index), expected);
                continue;
            }
            // The unit: its own column (new variant) or the last part of the value column's
            // name (older variant, `BEV001__Bevoelkerungsstand__Anzahl`).
            let unit = match column.unit_column {
                Some(index) => Some((row.cell(index).trim().to_owned(), place(index))),
                None => header_name(column.value_column)
                    .and_then(|name| name.trim().rsplit("__").next())
                    .map(|unit| (unit.to_owned(), place(column.value_column))),
            };
            figures.push(Located {
                figure: reading_to_figure(
                    Figure {
                        indicator,
                        at: at.clone(),
                        lower: None,
                        upper: None,
                        base: None,
                        footnotes: Vec::new(),
                    },
                    reading,
                ),
                place: place(column.value_column),
                unit,
            });
        }
    }
    if mapping.indicators.is_empty() && value_codes.len() > 1 {
        problems.add(
            header_place,
            format!(
                "the file has several value variables ({}); list the ones to import under [indicators]",
                value_codes.into_iter().collect::<Vec<_>>().join(", ")
            ),
        );
    }
    problems.finish(figures)
}
