//! `teilhabe collection publish`: a data set's approved values of a year become the figures of
//! the indicators it feeds ([`teilhabe_domain::collection::publish`]), written as one import
//! with the source "teilhabe Datenerhebung" — replacing that year's figures of those
//! indicators, as `teilhabe offers publish` does — and the reporting rate as its provenance.

use std::collections::BTreeMap;

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use teilhabe_domain::collection::publish::{FormValues, Report, observations, reporting_rate};
use teilhabe_domain::collection::{DataSet, PeriodType, access};
use teilhabe_domain::monitoring::Observation;
use teilhabe_store::collection::{CollectionReporting, StoredValue};
use teilhabe_store::{ImportReport, NewImport, Store};

use crate::error::{Actor, AppError, Problem};

/// What was published, with the reporting behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub observations: Vec<Observation>,
    pub report: ImportReport,
    /// Institutions whose approved values counted.
    pub reported: usize,
    /// Active institutions the data set is assigned to.
    pub expected: usize,
    /// The provenance stored with the import.
    pub note: String,
}

/// The reporting rate behind the figures, in German: the monitoring's language of record.
pub fn provenance(set: &DataSet, year: i16, reported: usize, expected: usize) -> String {
    let rate = reporting_rate(reported, expected).map_or_else(|| "–".to_owned(), |r| r.to_string());
    let latest = if set.period_type == PeriodType::Yearly {
        ""
    } else {
        "; je Einrichtung zählt der letzte freigegebene Zeitraum des Jahres"
    };
    format!(
        "Datenerhebung „{}“ {year}: {reported} von {expected} Einrichtungen freigegeben \
         (Meldequote {rate} %){latest}.",
        set.name.de
    )
}

/// Publishes `data_set`'s figures for `year`: the statistics office (and administrators) or
/// the operator. Each institution counts with its latest approved period of the year: the
/// shipped sub-annual elements are stocks (regular visitors), which summing periods would
/// count several times.
pub async fn publish(
    store: &Store,
    actor: &Actor,
    city: &str,
    data_set: &str,
    year: i16,
    is_demo: bool,
    now: Timestamp,
) -> Result<Published, AppError> {
    if let Actor::Visitor(visitor) = actor
        && !access::may_review(visitor)
    {
        return Err(AppError::refuse(
            visitor,
            "only the statistics office publishes collected data",
        ));
    }
    let catalog = super::catalog(store).await?;
    let set = catalog.data_set(data_set).ok_or_else(|| {
        AppError::Invalid(vec![Problem::new(
            "data_set",
            format!("no data set `{data_set}` is loaded"),
        )])
    })?;
    let mut latest: BTreeMap<String, Vec<StoredValue>> = BTreeMap::new();
    for period in set.period_type.periods_of_year(year) {
        let mut by_institution: BTreeMap<String, Vec<StoredValue>> = BTreeMap::new();
        for value in store
            .approved_collection_values(&set.code, &period.to_string())
            .await?
        {
            by_institution
                .entry(value.institution.clone())
                .or_default()
                .push(value);
        }
        latest.extend(by_institution);
    }
    let institutions = store.institutions().await?;
    let expected = institutions
        .iter()
        .filter(|stored| stored.active && set.assignment.includes(&stored.institution))
        .count();
    let values: Vec<(Option<&str>, FormValues)> = latest
        .iter()
        .map(|(code, values)| {
            let district = institutions
                .iter()
                .find(|stored| &stored.institution.code == code)
                .and_then(|stored| stored.institution.district.as_deref());
            let values = values
                .iter()
                .map(|v| (v.element.clone(), v.combo.clone(), v.value.clone()))
                .collect();
            (district, values)
        })
        .collect();
    let reports: Vec<Report> = values
        .iter()
        .map(|(district, values)| Report {
            district: *district,
            values,
        })
        .collect();
    let observations = observations(&catalog, set, year, &reports);
    if observations.is_empty() {
        return Err(AppError::Invalid(vec![Problem::new(
            "year",
            format!(
                "no approved form of `{}` in {year} feeds an indicator: nothing to publish",
                set.code
            ),
        )]));
    }
    let note = provenance(set, year, reports.len(), expected);
    let mut digest = Sha256::new();
    digest.update(format!("collection {city} {} {year}", set.code).as_bytes());
    for observation in &observations {
        digest.update(format!(" {observation:?}").as_bytes());
    }
    let reporting = CollectionReporting {
        data_set: set.code.clone(),
        name_de: set.name.de.clone(),
        name_en: set.name.get("en").to_owned(),
        year: i32::from(year),
        reported: reports.len(),
        expected,
        latest_period: set.period_type != PeriodType::Yearly,
    };
    let report = store
        .import_collection_observations(
            &NewImport {
                city: city.to_owned(),
                file_name: format!("datenerhebung-{}-{year}", set.code),
                format: "collection".into(),
                source: format!("teilhabe Datenerhebung: {}", set.name.de),
                content_hash: digest
                    .finalize()
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
                imported_by: actor.name(),
                is_demo,
                note: Some(note.clone()),
            },
            &observations,
            &reporting,
            now,
        )
        .await?;
    Ok(Published {
        observations,
        report,
        reported: reports.len(),
        expected,
        note,
    })
}

/// The reporting behind the figures of `indicator` (public, like the figures), by year.
pub async fn reporting_of(
    store: &Store,
    city: &str,
    indicator: &str,
) -> Result<Vec<CollectionReporting>, AppError> {
    Ok(store.collection_reporting(city, indicator).await?)
}
