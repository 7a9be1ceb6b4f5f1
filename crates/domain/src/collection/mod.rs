//! Data from institutions (issue 16): data sets as data — data elements with their
//! disaggregation, period type, which institutions report, deadlines, validation rules and the
//! indicators they feed — after DHIS2's model (docs/formats/collection.md). A folder
//! `data/collection/` holds `categories.toml` (the disaggregations) and one file per data set.
//! Issue 17 builds further forms on the same engine, so nothing here knows a particular data set.

pub mod access;
pub mod comparison;
pub mod completeness;
pub mod period;
pub mod publish;
pub mod rules;
pub mod selfcheck;

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use crate::institution::{Institution, InstitutionKind};
use crate::position::Position;
pub use period::{Period, PeriodType};
pub use rules::{Expression, Importance, MissingValueStrategy, Operator, Outcome, Rule, Values};

/// A text in German and English.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub de: String,
    pub en: String,
}

impl Text {
    /// The English text for `en`, German for every other language (the city works in German).
    pub fn get(&self, language: &str) -> &str {
        if language == "en" { &self.en } else { &self.de }
    }
}

/// An option of a category (`female` of `sex`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryOption {
    pub code: String,
    pub name: Text,
    /// The option's code in the monitoring's breakdown (`F` for `female` of `sex`, `MH` for
    /// `mh-yes`); an option without one (`mh-unknown`) counts in totals only.
    #[serde(default)]
    pub monitoring: Option<String>,
}

/// A disaggregation: sex, migration history, age group, language…
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub code: String,
    pub name: Text,
    pub options: Vec<CategoryOption>,
    /// Which monitoring breakdown the category is (`sex`, `migration`), if any.
    #[serde(default)]
    pub breakdown: Option<String>,
}

/// What a data element holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// Any decimal number.
    Number,
    /// A whole number ≥ 0, at most `max` if given (a self-check item scored 0–3).
    Integer {
        max: Option<u32>,
    },
    /// 0 to 100.
    Percent,
    /// `true` or `false` (1 or 0 in rules).
    YesNo,
    /// One of the listed option codes.
    Choice(Vec<CategoryOption>),
    Text,
}

impl ValueType {
    pub fn name(&self) -> &'static str {
        match self {
            ValueType::Number => "number",
            ValueType::Integer { .. } => "integer",
            ValueType::Percent => "percent",
            ValueType::YesNo => "yes-no",
            ValueType::Choice(_) => "choice",
            ValueType::Text => "text",
        }
    }

    /// Checks and normalises an entered value (a decimal comma is read as a point); the
    /// error says what was expected.
    pub fn check(&self, value: &str) -> Result<String, String> {
        let value = value.trim();
        let number = || {
            value
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|number| number.is_finite())
        };
        match self {
            ValueType::Number => number()
                .map(|n| n.to_string())
                .ok_or_else(|| format!("`{value}` is no number")),
            ValueType::Integer { max } => {
                let parsed = value
                    .parse::<u64>()
                    .map_err(|_| format!("`{value}` is no whole number of 0 or more"))?;
                match max {
                    Some(max) if parsed > u64::from(*max) => {
                        Err(format!("`{value}` is more than the maximum {max}"))
                    }
                    _ => Ok(parsed.to_string()),
                }
            }
            ValueType::Percent => number()
                .filter(|n| (0.0..=100.0).contains(n))
                .map(|n| n.to_string())
                .ok_or_else(|| format!("`{value}` is no percentage from 0 to 100")),
            ValueType::YesNo => match value {
                "true" | "ja" | "yes" | "1" => Ok("true".into()),
                "false" | "nein" | "no" | "0" => Ok("false".into()),
                _ => Err(format!("`{value}` is neither yes (true) nor no (false)")),
            },
            ValueType::Choice(options) => options
                .iter()
                .find(|option| option.code == value)
                .map(|option| option.code.clone())
                .ok_or_else(|| {
                    format!(
                        "`{value}` is none of the options {}",
                        options
                            .iter()
                            .map(|o| o.code.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }),
            ValueType::Text if value.chars().count() > 2000 => {
                Err("the text is longer than 2000 characters".into())
            }
            ValueType::Text => Ok(value.to_owned()),
        }
    }

    /// A stored value as a number for rules and sums, if the type has one.
    pub fn numeric(&self, value: &str) -> Option<f64> {
        match self {
            ValueType::Number | ValueType::Integer { .. } | ValueType::Percent => {
                value.parse().ok()
            }
            ValueType::YesNo => Some(if value == "true" { 1.0 } else { 0.0 }),
            ValueType::Choice(_) | ValueType::Text => None,
        }
    }
}

/// A data element of a data set.
#[derive(Debug, Clone, PartialEq)]
pub struct DataElement {
    pub code: String,
    pub name: Text,
    pub value_type: ValueType,
    /// The categories of its disaggregation, in order (empty: one value, combination
    /// `default`).
    pub categories: Vec<String>,
    /// The monitoring indicator the element's approved values feed: their sum, or with
    /// [`DataElement::per`] their share of another element's sum ([`publish`]).
    pub indicator: Option<String>,
    /// The element whose sum is the denominator of the indicator's share, in percent.
    pub per: Option<String>,
    /// The self-check area the item belongs to.
    pub area: Option<String>,
    pub compulsory: bool,
}

/// The combination code of an element without disaggregation.
pub const DEFAULT_COMBO: &str = "default";

/// Who reports a data set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Assignment {
    pub kinds: Vec<InstitutionKind>,
    pub codes: Vec<String>,
}

impl Assignment {
    pub fn includes(&self, institution: &Institution) -> bool {
        self.kinds.contains(&institution.kind) || self.codes.contains(&institution.code)
    }
}

/// A data set: one form per period and institution.
#[derive(Debug, Clone, PartialEq)]
pub struct DataSet {
    pub code: String,
    pub name: Text,
    pub period_type: PeriodType,
    pub assignment: Assignment,
    /// Days after the period's end by which a form is on time.
    pub due_days: u32,
    /// Days after the period's end after which entry is closed.
    pub expiry_days: u32,
    pub elements: Vec<DataElement>,
    pub rules: Vec<Rule>,
    /// The self-check's areas, in order (empty for other data sets).
    pub areas: Vec<Area>,
    /// The file it came from, relative to the folder.
    pub file: String,
}

/// A self-check area (personnel development and qualification, concepts…).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub code: String,
    pub name: Text,
    /// The indicator the area's city-wide score feeds.
    #[serde(default)]
    pub indicator: Option<String>,
}

impl DataSet {
    pub fn element(&self, code: &str) -> Option<&DataElement> {
        self.elements.iter().find(|element| element.code == code)
    }

    /// Due and expiry day of a period.
    pub fn due_date(&self, period: Period) -> jiff::civil::Date {
        add_days(period.end(), self.due_days)
    }

    pub fn expiry_date(&self, period: Period) -> jiff::civil::Date {
        add_days(period.end(), self.expiry_days)
    }
}

fn add_days(day: jiff::civil::Date, days: u32) -> jiff::civil::Date {
    day.checked_add(jiff::Span::new().days(i64::from(days)))
        .unwrap_or(jiff::civil::Date::MAX)
}

/// The data sets and categories of a folder.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Catalog {
    pub categories: Vec<Category>,
    pub data_sets: Vec<DataSet>,
}

/// A problem in a file of the folder, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{}:{}: {message}", position.line, position.column)]
pub struct FileProblem {
    pub file: String,
    pub position: Position,
    pub message: String,
}

impl Catalog {
    pub fn data_set(&self, code: &str) -> Option<&DataSet> {
        self.data_sets.iter().find(|set| set.code == code)
    }

    pub fn category(&self, code: &str) -> Option<&Category> {
        self.categories
            .iter()
            .find(|category| category.code == code)
    }

    /// The option combinations of an element: the cross product of its categories' options,
    /// codes joined by `_` (`female_mh-yes`), or `default` without categories.
    pub fn combos(&self, element: &DataElement) -> Vec<String> {
        let mut combos = vec![String::new()];
        for code in &element.categories {
            let Some(category) = self.category(code) else {
                continue;
            };
            combos = combos
                .iter()
                .flat_map(|prefix| {
                    category.options.iter().map(move |option| {
                        if prefix.is_empty() {
                            option.code.clone()
                        } else {
                            format!("{prefix}_{}", option.code)
                        }
                    })
                })
                .collect();
        }
        if element.categories.is_empty() {
            vec![DEFAULT_COMBO.to_owned()]
        } else {
            combos
        }
    }

    /// The data sets `institution` reports.
    pub fn assigned_to<'a>(
        &'a self,
        institution: &'a Institution,
    ) -> impl Iterator<Item = &'a DataSet> + 'a {
        self.data_sets
            .iter()
            .filter(move |set| set.assignment.includes(institution))
    }

    /// Evaluates every rule of `set` on a form's stored values (element, combo, value).
    pub fn evaluate(
        &self,
        set: &DataSet,
        stored: &[(String, String, String)],
    ) -> Vec<(usize, Outcome)> {
        let values = self.numbers(set, stored);
        let combos = |code: &str| {
            set.element(code)
                .map(|element| self.combos(element))
                .unwrap_or_default()
        };
        set.rules
            .iter()
            .enumerate()
            .map(|(index, rule)| (index, rule.evaluate(&combos, &values)))
            .collect()
    }

    /// The numeric values of a form for rules and sums.
    pub fn numbers(&self, set: &DataSet, stored: &[(String, String, String)]) -> Values {
        let mut values = Values::new();
        for (element, combo, value) in stored {
            if let Some(number) = set
                .element(element)
                .and_then(|e| e.value_type.numeric(value))
            {
                values
                    .entry(element.clone())
                    .or_default()
                    .insert(combo.clone(), number);
            }
        }
        values
    }

    /// Reads a folder's files, given as (relative name, text). Every problem is returned, each
    /// with file, line and column; nothing is returned when there is one.
    pub fn parse(files: &[(String, String)]) -> Result<Self, Vec<FileProblem>> {
        parse::catalog(files)
    }
}

/// The violations that block completing a form: high-importance rules that fail.
pub fn blocking(set: &DataSet, outcomes: &[(usize, Outcome)]) -> Vec<usize> {
    outcomes
        .iter()
        .filter(|(index, outcome)| {
            matches!(outcome, Outcome::Violated { .. })
                && set
                    .rules
                    .get(*index)
                    .is_some_and(|rule| rule.importance == Importance::High)
        })
        .map(|(index, _)| *index)
        .collect()
}

/// Whether `code` is a code of this module: lower-case letters, digits and inner hyphens.
pub fn is_code(code: &str) -> bool {
    crate::institution::is_code(code)
}

mod parse;

#[cfg(test)]
mod tests;

/// Element codes used by a set, for tests and exports.
pub fn element_codes(set: &DataSet) -> HashSet<&str> {
    set.elements.iter().map(|e| e.code.as_str()).collect()
}

/// Groups stored values by element, for views.
pub fn by_element(stored: &[(String, String, String)]) -> BTreeMap<&str, BTreeMap<&str, &str>> {
    let mut map: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
    for (element, combo, value) in stored {
        map.entry(element).or_default().insert(combo, value);
    }
    map
}
