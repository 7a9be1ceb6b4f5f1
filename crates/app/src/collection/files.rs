//! Values in DHIS2's dataValueSets layout, JSON or CSV, with codes as identifiers: data
//! element, period, organisation unit (the institution's code), category option combination,
//! attribute option combination (only `default`), value, stored by, last updated, comment,
//! follow-up. An import is all or nothing, a dry run checks without storing, and every problem
//! names its line (CSV) or value (JSON) and field.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use teilhabe_domain::collection::{Catalog, DataSet, Period, access};
use teilhabe_store::Store;
use teilhabe_store::collection::{FormKey, ValueChange};

use super::{Entry, catalog, check_entries};
use crate::error::{Actor, AppError, Problem};
use crate::institutions::own_institution;

/// The file's layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

impl Format {
    /// By the file name's ending or the content type (`json`, `csv`).
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.to_ascii_lowercase();
        if value.ends_with("json") {
            Some(Format::Json)
        } else if value.ends_with("csv") {
            Some(Format::Csv)
        } else {
            None
        }
    }
}

/// One value as DHIS2 writes it in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DataValue {
    pub data_element: String,
    pub period: String,
    pub org_unit: String,
    #[serde(default)]
    pub category_option_combo: Option<String>,
    #[serde(default)]
    pub attribute_option_combo: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub stored_by: Option<String>,
    #[serde(default)]
    pub last_updated: Option<String>,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub followup: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DataValueSet {
    #[serde(default)]
    pub data_values: Vec<DataValue>,
}

/// The CSV header, in DHIS2's order.
pub const CSV_HEADER: [&str; 10] = [
    "dataelement",
    "period",
    "orgunit",
    "catoptcombo",
    "attroptcombo",
    "value",
    "storedby",
    "lastupdated",
    "comment",
    "followup",
];

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ImportSummary {
    /// Values read from the file.
    pub values: usize,
    /// Forms they belong to.
    pub forms: usize,
    /// Values stored, changed or removed (0 in a dry run).
    pub changed: usize,
    pub dry_run: bool,
}

/// Reads a file into values with the place each came from (`line 3` or `dataValues[2]`).
fn read(format: Format, text: &str) -> Result<Vec<(String, DataValue)>, AppError> {
    match format {
        Format::Json => {
            let set: DataValueSet = serde_json::from_str(text).map_err(|error| {
                AppError::Invalid(vec![Problem::new(
                    format!("line {}, column {}", error.line(), error.column()),
                    error.to_string(),
                )])
            })?;
            Ok(set
                .data_values
                .into_iter()
                .enumerate()
                .map(|(index, value)| (format!("dataValues[{index}]"), value))
                .collect())
        }
        Format::Csv => {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(true)
                .flexible(false)
                .from_reader(text.as_bytes());
            let header: Vec<String> = reader
                .headers()
                .map_err(|error| {
                    AppError::Invalid(vec![Problem::new("line 1", error.to_string())])
                })?
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .collect();
            let column = |name: &str| header.iter().position(|h| h == name);
            let mut problems = Vec::new();
            for required in ["dataelement", "period", "orgunit", "value"] {
                if column(required).is_none() {
                    problems.push(Problem::new(
                        "line 1",
                        format!("the header lacks `{required}`"),
                    ));
                }
            }
            if !problems.is_empty() {
                return Err(AppError::Invalid(problems));
            }
            let mut values = Vec::new();
            for record in reader.records() {
                let record = record.map_err(|error| {
                    let line = error.position().map_or(0, |p| p.line());
                    AppError::Invalid(vec![Problem::new(
                        format!("line {line}"),
                        error.to_string(),
                    )])
                })?;
                let line = record.position().map_or(0, |p| p.line());
                let cell = |name: &str| {
                    column(name)
                        .and_then(|index| record.get(index))
                        .map(|cell| cell.trim().to_owned())
                        .filter(|cell| !cell.is_empty())
                };
                values.push((
                    format!("line {line}"),
                    DataValue {
                        data_element: cell("dataelement").unwrap_or_default(),
                        period: cell("period").unwrap_or_default(),
                        org_unit: cell("orgunit").unwrap_or_default(),
                        category_option_combo: cell("catoptcombo"),
                        attribute_option_combo: cell("attroptcombo"),
                        value: cell("value"),
                        stored_by: cell("storedby"),
                        last_updated: cell("lastupdated"),
                        comment: cell("comment"),
                        followup: cell("followup").map(|f| f == "true"),
                    },
                ));
            }
            Ok(values)
        }
    }
}

fn set_for<'c>(catalog: &'c Catalog, element: &str, period: Period) -> Option<&'c DataSet> {
    catalog
        .data_sets
        .iter()
        .find(|set| set.period_type == period.period_type() && set.element(element).is_some())
}

/// Imports a dataValueSets file: reporters only their own institution's values, the
/// statistics office and the operator any. Forms that are complete or approved refuse
/// changes. All or nothing.
pub async fn import(
    store: &Store,
    actor: &Actor,
    format: Format,
    text: &str,
    dry_run: bool,
    now: Timestamp,
) -> Result<ImportSummary, AppError> {
    let own = match actor {
        Actor::Operator(_) => None,
        Actor::Visitor(visitor) if access::may_review(visitor) => None,
        Actor::Visitor(visitor) if access::may_report(visitor) => {
            Some(own_institution(store, visitor).await?.institution.code)
        }
        Actor::Visitor(visitor) => {
            return Err(AppError::refuse(
                visitor,
                "only reporters and the statistics office import values",
            ));
        }
    };
    let catalog = catalog(store).await?;
    let institutions = store.institutions().await?;
    let values = read(format, text)?;
    let mut problems = Vec::new();
    let mut forms: BTreeMap<FormKey, (DataSet, Vec<(String, Entry)>)> = BTreeMap::new();
    for (place, value) in &values {
        let at = |field: &str| format!("{place}: {field}");
        let Some(period) = Period::parse(&value.period) else {
            problems.push(Problem::new(
                at("period"),
                format!(
                    "`{}` is no period (expected 2025, 2025Q1 or 202501)",
                    value.period
                ),
            ));
            continue;
        };
        let Some(set) = set_for(&catalog, &value.data_element, period) else {
            let known = catalog
                .data_sets
                .iter()
                .any(|set| set.element(&value.data_element).is_some());
            problems.push(if known {
                Problem::new(
                    at("period"),
                    format!(
                        "`{}` is not a period of the data set of `{}`",
                        value.period, value.data_element
                    ),
                )
            } else {
                Problem::new(
                    at("dataelement"),
                    format!("unknown data element `{}`", value.data_element),
                )
            });
            continue;
        };
        let Some(institution) = institutions
            .iter()
            .find(|s| s.active && s.institution.code == value.org_unit)
        else {
            problems.push(Problem::new(
                at("orgunit"),
                format!("unknown organisation unit `{}`", value.org_unit),
            ));
            continue;
        };
        if own.as_ref().is_some_and(|own| own != &value.org_unit) {
            problems.push(Problem::new(
                at("orgunit"),
                format!("`{}` is not the institution you report for", value.org_unit),
            ));
            continue;
        }
        if !set.assignment.includes(&institution.institution) {
            problems.push(Problem::new(
                at("orgunit"),
                format!("`{}` does not report `{}`", value.org_unit, set.code),
            ));
            continue;
        }
        if value
            .attribute_option_combo
            .as_deref()
            .is_some_and(|combo| combo != "default")
        {
            problems.push(Problem::new(
                at("attroptcombo"),
                "only the attribute option combination `default` is supported",
            ));
            continue;
        }
        let key = FormKey {
            data_set: set.code.clone(),
            period: period.to_string(),
            institution: value.org_unit.clone(),
        };
        forms
            .entry(key)
            .or_insert_with(|| (set.clone(), Vec::new()))
            .1
            .push((
                place.clone(),
                Entry {
                    element: value.data_element.clone(),
                    combo: value
                        .category_option_combo
                        .clone()
                        .unwrap_or_else(|| "default".to_owned()),
                    value: value.value.clone().unwrap_or_default(),
                    comment: value.comment.clone().unwrap_or_default(),
                },
            ));
    }
    let mut batch = Vec::new();
    for (key, (set, entries)) in &forms {
        let mut changes: Vec<ValueChange> = Vec::new();
        for (place, entry) in entries {
            match check_entries(&catalog, set, std::slice::from_ref(entry)) {
                Ok(mut checked) => changes.append(&mut checked),
                Err(found) => problems.extend(found.into_iter().map(|p| {
                    let field = if p.message.contains("combination") {
                        "catoptcombo"
                    } else {
                        "value"
                    };
                    Problem::new(format!("{place}: {field}"), p.message)
                })),
            }
        }
        batch.push((key.clone(), changes));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let mut summary = ImportSummary {
        values: values.len(),
        forms: batch.len(),
        changed: 0,
        dry_run,
    };
    if dry_run {
        for (key, _) in &batch {
            if let Some(form) = store.collection_form(key).await?
                && !form.state.open_for_entry()
            {
                return Err(teilhabe_store::collection::CollectionError::State(
                    key.clone(),
                    form.state,
                )
                .into());
            }
        }
        return Ok(summary);
    }
    summary.changed = store
        .save_collection_batch(&batch, &actor.name(), now)
        .await?;
    Ok(summary)
}

/// Exports a data set's period: the statistics office and staff every institution's values,
/// a reporter its own.
pub async fn export(
    store: &Store,
    actor: &Actor,
    data_set: &str,
    period: &str,
    format: Format,
) -> Result<String, AppError> {
    let only = match actor {
        Actor::Operator(_) => None,
        Actor::Visitor(visitor) if access::may_read_all(visitor) => None,
        Actor::Visitor(visitor) if access::may_report(visitor) => {
            Some(own_institution(store, visitor).await?.institution.code)
        }
        Actor::Visitor(visitor) => {
            return Err(AppError::refuse(
                visitor,
                "only the city's staff export values",
            ));
        }
    };
    let catalog = catalog(store).await?;
    let set = catalog.data_set(data_set).ok_or(AppError::NotFound)?;
    let period = Period::parse(period)
        .filter(|p| p.period_type() == set.period_type)
        .ok_or(AppError::NotFound)?;
    let mut values = Vec::new();
    for form in store
        .collection_forms(&set.code, &period.to_string())
        .await?
    {
        if only
            .as_ref()
            .is_some_and(|own| own != &form.key.institution)
        {
            continue;
        }
        for value in store.collection_values(&form.key).await? {
            values.push(DataValue {
                data_element: value.element,
                period: period.to_string(),
                org_unit: value.institution,
                category_option_combo: Some(value.combo),
                attribute_option_combo: Some("default".into()),
                value: Some(value.value),
                stored_by: Some(value.stored_by),
                last_updated: Some(value.updated_at),
                comment: value.comment,
                followup: Some(value.follow_up),
            });
        }
    }
    match format {
        Format::Json => serde_json::to_string_pretty(&DataValueSet {
            data_values: values,
        })
        .map_err(|error| AppError::Unready(error.to_string())),
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let write = |writer: &mut csv::Writer<Vec<u8>>, record: &[&str]| {
                writer
                    .write_record(record)
                    .map_err(|error| AppError::Unready(error.to_string()))
            };
            write(&mut writer, &CSV_HEADER)?;
            for v in &values {
                write(
                    &mut writer,
                    &[
                        &v.data_element,
                        &v.period,
                        &v.org_unit,
                        v.category_option_combo.as_deref().unwrap_or("default"),
                        "default",
                        v.value.as_deref().unwrap_or_default(),
                        v.stored_by.as_deref().unwrap_or_default(),
                        v.last_updated.as_deref().unwrap_or_default(),
                        v.comment.as_deref().unwrap_or_default(),
                        if v.followup == Some(true) {
                            "true"
                        } else {
                            "false"
                        },
                    ],
                )?;
            }
            let bytes = writer
                .into_inner()
                .map_err(|error| AppError::Unready(error.to_string()))?;
            String::from_utf8(bytes).map_err(|error| AppError::Unready(error.to_string()))
        }
    }
}
