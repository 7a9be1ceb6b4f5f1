//! The unit a file states for a figure, checked against the indicator's unit: counts ("Anzahl")
//! never go silently into a percent indicator.
//!
//! With `[units]` in the mapping, the file's unit texts are translated by it and every text must
//! be listed. Without `[units]`, a unit the file states must be one of the usual ways to write
//! the indicator's unit (`Unit::spellings`: `Prozent`, `%`, `Anzahl` …). An empty unit cell, or a
//! file without a unit column, states nothing and is not checked.

use teilhabe_domain::monitoring::{IndicatorDef, Unit};

use crate::mapping::Mapping;

/// `Err` says what is wrong and lists the units that would be accepted.
pub fn check(mapping: &Mapping, indicator: &IndicatorDef, unit: &str) -> Result<(), String> {
    let unit = unit.trim();
    if unit.is_empty() {
        return Ok(());
    }
    let expected = indicator.unit;
    if mapping.units.is_empty() {
        if expected.is_written_as(unit) {
            return Ok(());
        }
        let valid = quoted(expected.spellings().iter().copied());
        return Err(match Unit::from_text(unit) {
            Some(other) => format!(
                "unit `{unit}` is {}, but indicator `{}` is measured in {}; valid units: {valid}",
                other.as_str(),
                indicator.id,
                expected.as_str()
            ),
            None => format!(
                "unit `{unit}` is not a unit teilhabe knows; indicator `{}` is measured in {} \
                 (valid units: {valid}); name the file's unit in the mapping's [units]",
                indicator.id,
                expected.as_str()
            ),
        });
    }
    let valid = || {
        let listed: Vec<&str> = mapping
            .units
            .iter()
            .filter(|(_, mapped)| mapped.as_str() == expected.as_str())
            .map(|(text, _)| text.as_str())
            .collect();
        if listed.is_empty() {
            format!("the mapping's [units] list none for {}", expected.as_str())
        } else {
            format!("valid units: {}", quoted(listed.into_iter()))
        }
    };
    match mapping.units.get(unit) {
        Some(mapped) if mapped == expected.as_str() => Ok(()),
        Some(mapped) => Err(format!(
            "unit `{unit}` is {mapped}, but indicator `{}` is measured in {}; {}",
            indicator.id,
            expected.as_str(),
            valid()
        )),
        None => Err(format!(
            "unit `{unit}` is not in the mapping's [units]; {}",
            valid()
        )),
    }
}

fn quoted<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    texts
        .map(|text| format!("`{text}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
