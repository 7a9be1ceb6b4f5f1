//! A [`Mapping`] as the TOML file `Mapping::parse` reads back to the same mapping, laid out as a
//! person writes one (settings first, then `[columns]`, `[units]`, one `[dimensions.<breakdown>]`
//! table each) and with comments where the caller has something to say.

use std::collections::BTreeMap;
use std::fmt::Write;

use teilhabe_domain::monitoring::DecimalMark;

use crate::mapping::{ColumnRef, Mapping};
use crate::text::Encoding;

/// A TOML string (quoted and escaped).
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// A key: bare when TOML allows it, else quoted.
fn key(text: &str) -> String {
    let bare = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare { text.to_owned() } else { quoted(text) }
}

fn column(reference: &ColumnRef) -> String {
    match reference {
        ColumnRef::Name(name) => quoted(name),
        ColumnRef::Number(number) => number.to_string(),
    }
}

fn list(codes: &[String]) -> String {
    format!(
        "[{}]",
        codes
            .iter()
            .map(|code| quoted(code))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// `mapping` as TOML. `comments` are written as `#` lines above what their key names: `""` the
/// top of the file, `indicator`, `indicators.<code>`, `columns.<role>`, `units`,
/// `dimensions.<breakdown>`, `ignore`, `keep`, `drop`.
pub fn to_toml(mapping: &Mapping, comments: &BTreeMap<String, Vec<String>>) -> String {
    let mut out = String::new();
    let note = |out: &mut String, at: &str| {
        for line in comments.get(at).into_iter().flatten() {
            for part in line.lines() {
                let _ = writeln!(out, "# {part}");
            }
        }
    };
    note(&mut out, "");
    let _ = writeln!(out, "format = {}", quoted(mapping.format.as_str()));
    let _ = writeln!(out, "source = {}", quoted(&mapping.source));
    if let Some(city) = &mapping.city {
        let _ = writeln!(out, "city = {}", quoted(city));
    }
    if mapping.demo {
        out.push_str("demo = true\n");
    }
    match mapping.encoding {
        Encoding::Auto => {}
        Encoding::Utf8 => out.push_str("encoding = \"utf-8\"\n"),
        Encoding::Windows1252 => out.push_str("encoding = \"windows-1252\"\n"),
    }
    match mapping.decimal {
        DecimalMark::Auto => {}
        DecimalMark::Comma => out.push_str("decimal = \"comma\"\n"),
        DecimalMark::Point => out.push_str("decimal = \"point\"\n"),
    }
    if let Some(delimiter) = mapping.delimiter {
        let _ = writeln!(out, "delimiter = {}", quoted(&delimiter.to_string()));
    }
    if let Some(sheet) = &mapping.sheet {
        let _ = writeln!(out, "sheet = {}", quoted(sheet));
    }
    if let Some(line) = mapping.header_row {
        let _ = writeln!(out, "header_row = {line}");
    }
    if mapping.year_columns {
        out.push_str("year_columns = true\n");
    }
    if let Some(indicator) = &mapping.indicator {
        note(&mut out, "indicator");
        let _ = writeln!(out, "indicator = {}", quoted(indicator));
    }
    if !mapping.ignore.is_empty() {
        note(&mut out, "ignore");
        let _ = writeln!(out, "ignore = {}", list(&mapping.ignore));
    }
    if !mapping.indicators.is_empty() {
        out.push_str("\n[indicators]\n");
        for (code, id) in &mapping.indicators {
            note(&mut out, &format!("indicators.{code}"));
            let _ = writeln!(out, "{} = {}", key(code), quoted(id));
        }
    }
    let columns = &mapping.columns;
    let roles = [
        ("year", &columns.year),
        ("value", &columns.value),
        ("indicator", &columns.indicator),
        ("unit", &columns.unit),
        ("status", &columns.status),
        ("lower", &columns.lower),
        ("upper", &columns.upper),
        ("base", &columns.base),
        ("footnote", &columns.footnote),
    ];
    if roles.iter().any(|(_, column)| column.is_some()) {
        out.push_str("\n[columns]\n");
        for (role, reference) in roles {
            if let Some(reference) = reference {
                note(&mut out, &format!("columns.{role}"));
                let _ = writeln!(out, "{role} = {}", column(reference));
            }
        }
    }
    if !mapping.units.is_empty() {
        out.push_str("\n[units]\n");
        note(&mut out, "units");
        for (text, unit) in &mapping.units {
            let _ = writeln!(out, "{} = {}", key(text), quoted(unit));
        }
    }
    for (breakdown, dimension) in &mapping.dimensions {
        let _ = writeln!(out, "\n[dimensions.{}]", breakdown.as_str());
        note(&mut out, &format!("dimensions.{}", breakdown.as_str()));
        if let Some(reference) = &dimension.column {
            let _ = writeln!(out, "column = {}", column(reference));
        }
        if let Some(variable) = &dimension.variable {
            let _ = writeln!(out, "variable = {}", quoted(variable));
        }
        if let Some(codes) = &dimension.codes {
            let pairs: Vec<String> = codes
                .iter()
                .map(|(code, target)| format!("{} = {}", quoted(code), quoted(target)))
                .collect();
            let _ = writeln!(out, "codes = {{ {} }}", pairs.join(", "));
        }
    }
    if !mapping.fixed.is_empty() {
        out.push_str("\n[fixed]\n");
        for (breakdown, code) in &mapping.fixed {
            let _ = writeln!(out, "{} = {}", breakdown.as_str(), quoted(code));
        }
    }
    if !mapping.footnotes.is_empty() {
        out.push_str("\n[footnotes]\n");
        for (year, text) in &mapping.footnotes {
            let _ = writeln!(out, "{} = {}", key(year), quoted(text));
        }
    }
    for (name, rules) in [("keep", &mapping.keep), ("drop", &mapping.drop)] {
        if !rules.is_empty() {
            let _ = writeln!(out, "\n[{name}]");
            note(&mut out, name);
            for (column, codes) in rules {
                let _ = writeln!(out, "{} = {}", key(column), list(codes));
            }
        }
    }
    out
}

impl Mapping {
    /// The mapping as a TOML file that [`Mapping::parse`] reads back to the same mapping.
    pub fn to_toml(&self) -> String {
        to_toml(self, &BTreeMap::new())
    }
}
