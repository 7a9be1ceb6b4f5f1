//! Reading the folder's TOML files, with file, line and column for every problem.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::{
    Area, Assignment, Catalog, Category, CategoryOption, DataElement, DataSet, FileProblem,
    Importance, MissingValueStrategy, Operator, PeriodType, Rule, Text, ValueType, is_code,
    rules::Expression,
};
use crate::institution::InstitutionKind;
use crate::position::Position;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: Spanned<i64>,
    #[serde(default)]
    categories: Vec<Spanned<Category>>,
    data_set: Option<Spanned<DataSetEntry>>,
    #[serde(default)]
    areas: Vec<Spanned<Area>>,
    #[serde(default)]
    elements: Vec<Spanned<ElementEntry>>,
    #[serde(default)]
    rules: Vec<Spanned<RuleEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DataSetEntry {
    code: Spanned<String>,
    name: Text,
    period_type: Spanned<String>,
    #[serde(default)]
    kinds: Vec<Spanned<String>>,
    #[serde(default)]
    institutions: Vec<String>,
    due_days: Spanned<i64>,
    expiry_days: Spanned<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ElementEntry {
    code: Spanned<String>,
    name: Text,
    #[serde(rename = "type")]
    value_type: Spanned<String>,
    #[serde(default)]
    categories: Vec<Spanned<String>>,
    #[serde(default)]
    options: Vec<CategoryOption>,
    max: Option<Spanned<i64>>,
    indicator: Option<String>,
    per: Option<Spanned<String>>,
    area: Option<Spanned<String>>,
    #[serde(default)]
    compulsory: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleEntry {
    code: Spanned<String>,
    left: Spanned<String>,
    operator: Spanned<String>,
    right: Spanned<String>,
    left_missing: Option<Spanned<String>>,
    right_missing: Option<Spanned<String>>,
    importance: Option<Spanned<String>>,
    text: Text,
}

struct Reader<'a> {
    file: &'a str,
    source: &'a str,
    problems: Vec<FileProblem>,
}

impl Reader<'_> {
    fn at(&mut self, offset: usize, message: String) {
        self.problems.push(FileProblem {
            file: self.file.to_owned(),
            position: Position::of_offset(self.source, offset),
            message,
        });
    }
}

pub(super) fn catalog(files: &[(String, String)]) -> Result<Catalog, Vec<FileProblem>> {
    let mut problems = Vec::new();
    let mut parsed = Vec::new();
    for (name, source) in files {
        match crate::position::read_toml::<File>(source) {
            Ok(file) => parsed.push((name, source, file)),
            Err((offset, message)) => problems.push(FileProblem {
                file: name.clone(),
                position: Position::of_offset(source, offset),
                message,
            }),
        }
    }
    let mut catalog = Catalog::default();
    // Categories first: data sets refer to them from any file.
    for (name, source, file) in &parsed {
        let mut reader = Reader {
            file: name,
            source,
            problems: Vec::new(),
        };
        if *file.format.get_ref() != 1 {
            reader.at(
                file.format.span().start,
                "unsupported format; this version of teilhabe reads format 1".into(),
            );
        }
        for category in &file.categories {
            let start = category.span().start;
            let category = category.get_ref();
            if !is_code(&category.code) {
                reader.at(start, format!("`{}` is no category code", category.code));
            } else if catalog.category(&category.code).is_some() {
                reader.at(
                    start,
                    format!("category `{}` is defined twice", category.code),
                );
            }
            if category.options.is_empty() {
                reader.at(
                    start,
                    format!("category `{}` has no options", category.code),
                );
            }
            let mut seen = HashSet::new();
            for option in &category.options {
                if !is_code(&option.code) {
                    reader.at(start, format!("`{}` is no option code", option.code));
                }
                if !seen.insert(option.code.as_str()) {
                    reader.at(
                        start,
                        format!(
                            "option `{}` is listed twice in `{}`",
                            option.code, category.code
                        ),
                    );
                }
            }
            catalog.categories.push(category.clone());
        }
        problems.append(&mut reader.problems);
    }
    for (name, source, file) in &parsed {
        let mut reader = Reader {
            file: name,
            source,
            problems: Vec::new(),
        };
        match &file.data_set {
            Some(entry) => {
                if let Some(set) = data_set(&mut reader, &catalog, file, entry) {
                    if catalog.data_set(&set.code).is_some() {
                        reader.at(
                            entry.get_ref().code.span().start,
                            format!("data set `{}` is defined twice", set.code),
                        );
                    }
                    catalog.data_sets.push(set);
                }
            }
            None if !file.elements.is_empty() || !file.rules.is_empty() => reader.at(
                0,
                "elements and rules belong to a `[data_set]`, which this file lacks".into(),
            ),
            None => {}
        }
        problems.append(&mut reader.problems);
    }
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

fn days(reader: &mut Reader, value: &Spanned<i64>, what: &str) -> u32 {
    match u32::try_from(*value.get_ref()) {
        Ok(days) if days <= 3660 => days,
        _ => {
            reader.at(
                value.span().start,
                format!("{what} must be a number of days from 0 to 3660"),
            );
            0
        }
    }
}

fn data_set(
    reader: &mut Reader,
    catalog: &Catalog,
    file: &File,
    entry: &Spanned<DataSetEntry>,
) -> Option<DataSet> {
    let entry = entry.get_ref();
    if !is_code(entry.code.get_ref()) {
        reader.at(
            entry.code.span().start,
            format!("`{}` is no data set code", entry.code.get_ref()),
        );
    }
    let period_type = PeriodType::parse(entry.period_type.get_ref());
    if period_type.is_none() {
        reader.at(
            entry.period_type.span().start,
            format!(
                "unknown period type `{}`; expected monthly, quarterly or yearly",
                entry.period_type.get_ref()
            ),
        );
    }
    let mut kinds = Vec::new();
    for kind in &entry.kinds {
        match InstitutionKind::parse(kind.get_ref()) {
            Some(parsed) => kinds.push(parsed),
            None => reader.at(
                kind.span().start,
                format!(
                    "unknown institution kind `{}`; expected one of {}",
                    kind.get_ref(),
                    InstitutionKind::ALL.map(InstitutionKind::as_str).join(", ")
                ),
            ),
        }
    }
    let due_days = days(reader, &entry.due_days, "due_days");
    let expiry_days = days(reader, &entry.expiry_days, "expiry_days");
    if expiry_days < due_days {
        reader.at(
            entry.expiry_days.span().start,
            "expiry_days must not be less than due_days".into(),
        );
    }
    let areas: Vec<Area> = file.areas.iter().map(|a| a.get_ref().clone()).collect();
    let mut elements: Vec<DataElement> = Vec::new();
    for element in &file.elements {
        let start = element.span().start;
        let element = element.get_ref();
        let code = element.code.get_ref();
        if !is_code(code) {
            reader.at(
                element.code.span().start,
                format!("`{code}` is no element code"),
            );
        } else if elements.iter().any(|e| &e.code == code) {
            reader.at(
                element.code.span().start,
                format!("element `{code}` is listed twice"),
            );
        }
        let max = match &element.max {
            Some(max) => match u32::try_from(*max.get_ref()) {
                Ok(max) => Some(max),
                Err(_) => {
                    reader.at(
                        max.span().start,
                        "max must be a whole number of 0 or more".into(),
                    );
                    None
                }
            },
            None => None,
        };
        let value_type = match element.value_type.get_ref().as_str() {
            "number" => Some(ValueType::Number),
            "integer" => Some(ValueType::Integer { max }),
            "percent" => Some(ValueType::Percent),
            "yes-no" => Some(ValueType::YesNo),
            "choice" if element.options.is_empty() => {
                reader.at(start, format!("choice element `{code}` lists no options"));
                None
            }
            "choice" => Some(ValueType::Choice(element.options.clone())),
            "text" => Some(ValueType::Text),
            other => {
                reader.at(
                    element.value_type.span().start,
                    format!(
                        "unknown type `{other}`; expected number, integer, percent, yes-no, choice or text"
                    ),
                );
                None
            }
        };
        for category in &element.categories {
            if catalog.category(category.get_ref()).is_none() {
                reader.at(
                    category.span().start,
                    format!("unknown category `{}`", category.get_ref()),
                );
            }
        }
        if let Some(area) = &element.area
            && !areas.iter().any(|a| &a.code == area.get_ref())
        {
            reader.at(
                area.span().start,
                format!(
                    "unknown area `{}`; the file's areas are listed under [[areas]]",
                    area.get_ref()
                ),
            );
        }
        elements.push(DataElement {
            code: code.clone(),
            name: element.name.clone(),
            value_type: value_type.unwrap_or(ValueType::Text),
            categories: element
                .categories
                .iter()
                .map(|c| c.get_ref().clone())
                .collect(),
            indicator: element.indicator.clone(),
            per: element.per.as_ref().map(|p| p.get_ref().clone()),
            area: element.area.as_ref().map(|a| a.get_ref().clone()),
            compulsory: element.compulsory,
        });
    }
    // A share's denominator: another numeric element of the set, and only beside an indicator.
    for entry in &file.elements {
        let entry = entry.get_ref();
        // What feeds an indicator passes disclosure control, which protects counts.
        let counts = elements
            .iter()
            .find(|e| &e.code == entry.code.get_ref())
            .is_some_and(|e| matches!(e.value_type, ValueType::Integer { .. }));
        if entry.indicator.is_some() && !counts {
            reader.at(
                entry.value_type.span().start,
                "an element feeding an indicator holds counts: its type must be `integer`"
                    .to_owned(),
            );
        }
        let Some(per) = &entry.per else { continue };
        let numeric = elements.iter().find(|e| &e.code == per.get_ref()).map(|e| {
            matches!(
                e.value_type,
                ValueType::Number | ValueType::Integer { .. } | ValueType::Percent
            )
        });
        let problem = match (entry.indicator.is_some(), numeric) {
            (false, _) => Some("`per` needs the element's `indicator`".to_owned()),
            (true, None) => Some(format!("unknown element `{}`", per.get_ref())),
            (true, Some(false)) => Some(format!(
                "`{}` holds no number and cannot be a denominator",
                per.get_ref()
            )),
            (true, Some(true)) => None,
        };
        if let Some(problem) = problem {
            reader.at(per.span().start, problem);
        }
    }
    let mut rules = Vec::new();
    for rule in &file.rules {
        let rule = rule.get_ref();
        let code = rule.code.get_ref();
        if !is_code(code) {
            reader.at(rule.code.span().start, format!("`{code}` is no rule code"));
        }
        let expression = |reader: &mut Reader, side: &Spanned<String>| {
            // The span includes the quote; the expression starts one character later.
            let base = side.span().start + 1;
            match Expression::parse(side.get_ref()) {
                Ok(expression) => {
                    for element in expression.elements() {
                        if !elements.iter().any(|e| e.code == element) {
                            reader.at(base, format!("unknown element `{element}` in the rule"));
                        }
                    }
                    Some(expression)
                }
                Err((offset, message)) => {
                    reader.at(base + offset, message);
                    None
                }
            }
        };
        let left = expression(reader, &rule.left);
        let right = expression(reader, &rule.right);
        let operator = Operator::parse(rule.operator.get_ref());
        if operator.is_none() {
            reader.at(
                rule.operator.span().start,
                format!(
                    "unknown operator `{}`; expected one of {}",
                    rule.operator.get_ref(),
                    Operator::ALL.map(Operator::as_str).join(", ")
                ),
            );
        }
        let mut strategy = |value: &Option<Spanned<String>>| match value {
            None => MissingValueStrategy::default(),
            Some(value) => MissingValueStrategy::parse(value.get_ref()).unwrap_or_else(|| {
                reader.at(
                    value.span().start,
                    format!(
                        "unknown missing-value strategy `{}`; expected {}",
                        value.get_ref(),
                        MissingValueStrategy::ALL
                            .map(MissingValueStrategy::as_str)
                            .join(", ")
                    ),
                );
                MissingValueStrategy::default()
            }),
        };
        let left_missing = strategy(&rule.left_missing);
        let right_missing = strategy(&rule.right_missing);
        let importance = match &rule.importance {
            None => Importance::Medium,
            Some(value) => Importance::parse(value.get_ref()).unwrap_or_else(|| {
                reader.at(
                    value.span().start,
                    format!(
                        "unknown importance `{}`; expected high, medium or low",
                        value.get_ref()
                    ),
                );
                Importance::Medium
            }),
        };
        if let (Some(left), Some(right), Some(operator)) = (left, right, operator) {
            rules.push(Rule {
                code: code.clone(),
                left,
                left_missing,
                operator,
                right,
                right_missing,
                importance,
                text: rule.text.clone(),
            });
        }
    }
    if !reader.problems.is_empty() {
        return None;
    }
    Some(DataSet {
        code: entry.code.get_ref().clone(),
        name: entry.name.clone(),
        period_type: period_type?,
        assignment: Assignment {
            kinds,
            codes: entry.institutions.clone(),
        },
        due_days,
        expiry_days,
        elements,
        rules,
        areas,
        file: reader.file.to_owned(),
    })
}
