//! A GENESIS flat file's variables and value variables, as the proposer sees them: every
//! variable with its label and attribute codes and labels (with row counts), the value variables
//! with their labels and units.

use super::columns::{
    Found, Group, breakdown_by_values, code_choices, counted, dimension_confidence, sample,
    units_of,
};
use super::layout::{Read, decimal_mark};
use super::names::{breakdown_by_name, genesis_variable};
use super::{ColumnChoice, Confidence, DimensionChoice, Places, Role};
use crate::mapping::ColumnRef;

/// One numbered variable group of the header.
struct Slot {
    code: usize,
    label: Option<usize>,
    attribute: usize,
    attribute_label: Option<usize>,
}

/// A value column: the value variable's code, label and unit from the header (older variant) or
/// per row (current variant).
struct ValueColumn {
    value: usize,
    code: Result<String, Option<usize>>,
    label: Result<String, Option<usize>>,
    unit: Result<String, Option<usize>>,
}

/// A variable's code, label and the (row, slot) of each of its rows.
type Variable = (String, String, Vec<(usize, usize)>);

pub fn detect(read: &mut Read, places: &Places) -> Found {
    let header = read.header_row().clone();
    let find = |name: &str| {
        header
            .cells
            .iter()
            .position(|cell| cell.trim().eq_ignore_ascii_case(name))
    };
    // The layout found `time` or `Zeit`; without `time` it is the older German variant.
    let german = find("time").is_none();
    let names = if german {
        [
            "Zeit",
            "_Merkmal_Code",
            "_Merkmal_Label",
            "_Auspraegung_Code",
            "_Auspraegung_Label",
            "Statistik_Code",
            "Statistik_Label",
        ]
    } else {
        [
            "time",
            "_variable_code",
            "_variable_label",
            "_variable_attribute_code",
            "_variable_attribute_label",
            "statistics_code",
            "statistics_label",
        ]
    };
    let mut slots = Vec::new();
    for number in 1.. {
        let (Some(code), Some(attribute)) = (
            find(&format!("{number}{}", names[1])),
            find(&format!("{number}{}", names[3])),
        ) else {
            break;
        };
        slots.push(Slot {
            code,
            label: find(&format!("{number}{}", names[2])),
            attribute,
            attribute_label: find(&format!("{number}{}", names[4])),
        });
    }
    let values: Vec<ValueColumn> = if german {
        header
            .cells
            .iter()
            .enumerate()
            .filter(|(_, name)| {
                let name = name.trim();
                name.matches("__").count() == 2 && !name.ends_with("__q")
            })
            .map(|(index, name)| {
                let parts: Vec<&str> = name.trim().split("__").collect();
                let part = |at: usize| {
                    parts
                        .get(at)
                        .map(|p| p.replace('_', " "))
                        .unwrap_or_default()
                };
                ValueColumn {
                    value: index,
                    code: Ok(parts.first().copied().unwrap_or_default().to_owned()),
                    label: Ok(part(1)),
                    unit: Ok(part(2)),
                }
            })
            .collect()
    } else {
        find("value")
            .map(|value| ValueColumn {
                value,
                code: Err(find("value_variable_code")),
                label: Err(find("value_variable_label")),
                unit: Err(find("value_unit")),
            })
            .into_iter()
            .collect()
    };

    let mut columns = Vec::new();
    if let Some(time) = find(names[0]) {
        columns.push(ColumnChoice {
            role: Role::Year,
            column: ColumnRef::Name(header.cell(time).trim().to_owned()),
            confidence: Confidence::Sure,
            why: "the time column of a GENESIS flat file".into(),
        });
    }
    for column in &values {
        columns.push(ColumnChoice {
            role: Role::Value,
            column: ColumnRef::Name(header.cell(column.value).trim().to_owned()),
            confidence: Confidence::Sure,
            why: "a value column of a GENESIS flat file".into(),
        });
    }

    // Per variable code: its label, and its attributes with labels, in row order.
    let mut variables: Vec<Variable> = Vec::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut unit_texts: Vec<(String, Option<String>, usize)> = Vec::new();
    for &row_index in &read.data {
        let row = &read.grid.rows[row_index];
        for (number, slot) in slots.iter().enumerate() {
            let code = row.cell(slot.code).trim();
            if code.is_empty() {
                continue;
            }
            let at = match variables.iter().position(|(known, _, _)| known == code) {
                Some(at) => at,
                None => {
                    let label = slot.label.map(|i| row.cell(i).trim()).unwrap_or_default();
                    variables.push((code.to_owned(), label.to_owned(), Vec::new()));
                    variables.len() - 1
                }
            };
            variables[at].2.push((row_index, number));
        }
        for column in &values {
            let get = |part: &Result<String, Option<usize>>| match part {
                Ok(text) => text.clone(),
                Err(index) => index
                    .map(|i| row.cell(i).trim().to_owned())
                    .unwrap_or_default(),
            };
            let (code, label, unit) = (get(&column.code), get(&column.label), get(&column.unit));
            match groups
                .iter_mut()
                .find(|g| g.code.as_deref() == Some(code.as_str()))
            {
                Some(group) => group.rows += 1,
                None => groups.push(Group {
                    code: Some(code),
                    label,
                    rows: 1,
                }),
            }
            match unit_texts.iter_mut().find(|(text, _, _)| *text == unit) {
                Some(entry) => entry.2 += 1,
                None => unit_texts.push((unit, None, 1)),
            }
        }
    }

    let mut dimensions: Vec<DimensionChoice> = Vec::new();
    for (code, label, rows) in &variables {
        let attributes = counted(rows.iter().map(|&(row, slot)| {
            let row = &read.grid.rows[row];
            let slot = &slots[slot];
            (
                row.cell(slot.attribute),
                slot.attribute_label.map(|i| row.cell(i)),
            )
        }));
        let by_code = genesis_variable(code);
        let by_label = breakdown_by_name(label).map(|(b, _)| b);
        let by_values = breakdown_by_values(&attributes, places);
        let breakdown = by_code.or(by_label).or(by_values);
        let taken = breakdown.is_some_and(|b| dimensions.iter().any(|d| d.breakdown == Some(b)));
        let Some(breakdown) = breakdown.filter(|_| !taken) else {
            let single = attributes.len() == 1;
            dimensions.push(DimensionChoice {
                breakdown: None,
                column: None,
                variable: Some(code.clone()),
                label: label.clone(),
                confidence: if single { Confidence::Likely } else { Confidence::Unsure },
                why: if single {
                    format!("`{code}` ({label}) is no breakdown of the catalogue and has one attribute; left out")
                } else {
                    format!(
                        "`{code}` ({label}) is no breakdown of the catalogue but has {} attributes ({}); leave it out only if one of them is kept",
                        attributes.len(),
                        sample(&attributes)
                    )
                },
                codes: Vec::new(),
            });
            continue;
        };
        let named = by_code == Some(breakdown) || by_label == Some(breakdown);
        // Code and label agreeing count as two signs, as do a name and the attributes.
        let agreeing = by_values == Some(breakdown)
            || (by_code == Some(breakdown) && by_label == Some(breakdown));
        let why = match (by_code == Some(breakdown), by_label == Some(breakdown)) {
            (true, true) => format!("GENESIS variable `{code}` ({label})"),
            (true, false) => format!("GENESIS variable `{code}`"),
            (false, true) => format!("variable label `{label}`"),
            (false, false) => format!("its attributes ({})", sample(&attributes)),
        };
        dimensions.push(DimensionChoice {
            breakdown: Some(breakdown),
            column: None,
            variable: Some(code.clone()),
            label: label.clone(),
            confidence: dimension_confidence(named, agreeing),
            why,
            codes: code_choices(breakdown, &attributes, places),
        });
    }

    let value_cells: Vec<usize> = values.iter().map(|column| column.value).collect();
    read.reading.decimal = decimal_mark(
        value_cells.iter().flat_map(|&index| read.column(index)),
        None,
    );
    let first = read.data.first().map(|&row| &read.grid.rows[row]);
    let source = first
        .map(|row| {
            [find(names[5]), find(names[6])]
                .into_iter()
                .flatten()
                .map(|index| row.cell(index).trim())
                .filter(|text| !text.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|text| !text.is_empty())
        .map(|statistic| format!("GENESIS, Statistik {statistic}"))
        .unwrap_or_default();
    Found {
        rows: read.data.len(),
        source,
        columns,
        dimensions,
        units: units_of(unit_texts),
        groups,
    }
}
