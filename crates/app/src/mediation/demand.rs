//! The demand, quantified, for the public and the monitoring; the accounting export.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;
use sha2::{Digest, Sha256};
use teilhabe_domain::disclosure::{Cell, protect_count};
use teilhabe_domain::mediation::city_zone;
use teilhabe_domain::mediation::demand::{DemandTable, MIN_COUNT, tally, unserved_share};
use teilhabe_domain::monitoring::{ConfStatus, Coordinates, ObsStatus, Observation};
use teilhabe_store::mediation::DemandFact;
use teilhabe_store::{ImportReport, NewImport, Store};

use crate::error::{Actor, AppError, Problem};

/// The public demand figures: every count protected (min count 3).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Demand {
    /// The year counted (by the appointment's local date), or every year.
    pub year: Option<i16>,
    pub requests: Cell,
    pub by_language: DemandTable,
    pub by_month: DemandTable,
    /// By the requesting institution's kind.
    pub by_sector: DemandTable,
    pub by_district: DemandTable,
    /// Requested languages no active mediator of the pool speaks.
    pub languages_without_mediators: Vec<String>,
    /// The median of whole days from request to appointment, when at least three requests.
    pub median_lead_days: Option<i64>,
}

fn local_year(at: Timestamp) -> i16 {
    at.to_zoned(city_zone()).year()
}

fn in_year(fact: &DemandFact, year: Option<i16>) -> bool {
    year.is_none_or(|year| local_year(fact.starts_at) == year)
}

/// The demand figures, for everybody (they are protected aggregates).
pub async fn demand(store: &Store, year: Option<i16>) -> Result<Demand, AppError> {
    let facts: Vec<DemandFact> = store
        .demand_facts()
        .await?
        .into_iter()
        .filter(|fact| in_year(fact, year))
        .collect();
    let months: Vec<String> = facts
        .iter()
        .map(|f| {
            f.starts_at
                .to_zoned(city_zone())
                .strftime("%Y-%m")
                .to_string()
        })
        .collect();
    let pool = store.pool_languages().await?;
    let mut missing: Vec<String> = facts
        .iter()
        .map(|f| f.language.clone())
        .filter(|language| !pool.contains(language))
        .collect();
    missing.sort();
    missing.dedup();
    let mut leads: Vec<i64> = facts
        .iter()
        .map(|f| {
            f.starts_at
                .duration_since(f.requested_at)
                .as_hours()
                .div_euclid(24)
        })
        .collect();
    leads.sort_unstable();
    let median_lead_days = if leads.len() >= MIN_COUNT as usize {
        leads.get(leads.len() / 2).copied()
    } else {
        None
    };
    Ok(Demand {
        year,
        requests: protect_count(facts.len() as u64, MIN_COUNT),
        by_language: tally(
            facts
                .iter()
                .map(|f| (f.language.as_str(), f.status.as_str())),
        ),
        by_month: tally(
            months
                .iter()
                .zip(&facts)
                .map(|(m, f)| (m.as_str(), f.status.as_str())),
        ),
        by_sector: tally(
            facts
                .iter()
                .map(|f| (f.institution_kind.as_str(), f.status.as_str())),
        ),
        by_district: tally(
            facts
                .iter()
                .map(|f| (f.district.as_str(), f.status.as_str())),
        ),
        languages_without_mediators: missing,
        median_lead_days,
    })
}

/// Unserved requests and all requests whose appointment lies in `year` (local time), not yet
/// protected: the monitoring's indicator takes them through disclosure control.
pub async fn unserved_count(store: &Store, year: i16) -> Result<(u64, u64), AppError> {
    let facts = store.demand_facts().await?;
    let all = facts.iter().filter(|f| in_year(f, Some(year)));
    let unserved = all.clone().filter(|f| f.status == "unserved").count() as u64;
    Ok((unserved, all.count() as u64))
}

/// The accounting export: hours, kilometres and allowances per mediator for a month
/// (`2026-03`, appointments by their local start), as CSV. The coordination or the operator.
pub async fn accounting_csv(store: &Store, actor: &Actor, month: &str) -> Result<String, AppError> {
    if let Actor::Visitor(visitor) = actor
        && !teilhabe_domain::mediation::access::may_coordinate(visitor)
    {
        return Err(AppError::refuse(visitor, "only the coordination exports"));
    }
    let bad = || {
        AppError::Invalid(vec![Problem::new(
            "month",
            format!("`{month}` is no month; expected e.g. 2026-03"),
        )])
    };
    let first: Date = format!("{month}-01").parse().map_err(|_| bad())?;
    if month.len() != 7 {
        return Err(bad());
    }
    let next = first
        .checked_add(jiff::Span::new().months(1))
        .map_err(|_| bad())?;
    let zone = city_zone();
    let from = first.to_zoned(zone.clone()).map_err(|_| bad())?.timestamp();
    let to = next.to_zoned(zone).map_err(|_| bad())?.timestamp();
    let lines = store.mediation_accounting(from, to).await?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    let internal = |error: csv::Error| AppError::Unready(format!("CSV: {error}"));
    writer
        .write_record([
            "mediator_id",
            "mediator",
            "month",
            "assignments",
            "minutes",
            "hours",
            "km",
            "allowance_eur",
        ])
        .map_err(internal)?;
    for line in lines {
        let cents = line.allowance.cents();
        writer
            .write_record([
                line.mediator_id.to_string(),
                line.mediator_name,
                month.to_owned(),
                line.assignments.to_string(),
                line.minutes.to_string(),
                format!(
                    "{}.{:02}",
                    line.minutes / 60,
                    (line.minutes % 60) * 100 / 60
                ),
                line.km.to_string(),
                format!("{}.{:02}", cents / 100, cents % 100),
            ])
            .map_err(internal)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| AppError::Unready(format!("CSV: {error}")))?;
    String::from_utf8(bytes).map_err(|error| AppError::Unready(format!("CSV: {error}")))
}

/// The monitoring indicator the unmet demand feeds.
pub const UNSERVED_INDICATOR: &str = "sprachmittlung-unerfuellt";

/// The source the monitoring names for the figures computed here.
pub const SOURCE: &str = "teilhabe Sprachmittlung";

/// The observation of [`UNSERVED_INDICATOR`] for `year`: unserved ÷ all requests in percent,
/// one decimal, base = all requests; suppressed (`.`, primary) when a count is small.
pub fn unserved_observation(year: i16, unserved: u64, all: u64) -> Observation {
    let mut observation = Observation {
        indicator: UNSERVED_INDICATOR.to_owned(),
        at: Coordinates::total(i32::from(year)),
        value: None,
        lower: None,
        upper: None,
        base: None,
        status: ObsStatus::Suppressed,
        conf_status: Some(ConfStatus::Primary),
        sign: Some(".".into()),
        footnotes: Vec::new(),
    };
    if let Some((unserved, all)) = unserved_share(unserved, all) {
        // Tenths of a percent, rounded half up.
        let tenths = (unserved * 2000 + all) / (2 * all);
        observation.value = format!("{}.{}", tenths / 10, tenths % 10).parse().ok();
        observation.base = i64::try_from(all).ok();
        observation.status = ObsStatus::Normal;
        observation.conf_status = Some(ConfStatus::Free);
        observation.sign = None;
    }
    observation
}

/// Publishes `year`'s unmet demand to the monitoring as an import with the source
/// "teilhabe Sprachmittlung" (replacing an earlier one for that year). The coordination,
/// statisticians and administrators, or the operator.
pub async fn publish(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i16,
    is_demo: bool,
    now: Timestamp,
) -> Result<(Observation, ImportReport), AppError> {
    if let Actor::Visitor(visitor) = actor
        && !teilhabe_domain::mediation::access::may_coordinate(visitor)
        && !visitor.may_import()
    {
        return Err(AppError::refuse(
            visitor,
            "only the coordination and statisticians publish",
        ));
    }
    let (unserved, all) = unserved_count(store, year).await?;
    let observation = unserved_observation(year, unserved, all);
    let hash = Sha256::digest(format!("mediation {city} {year} {unserved}/{all}").as_bytes());
    let report = store
        .import_observations(
            &NewImport {
                city: city.to_owned(),
                file_name: format!("sprachmittlung-{year}"),
                format: "mediation".into(),
                source: SOURCE.into(),
                content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
                imported_by: actor.name(),
                is_demo,
                note: None,
            },
            std::slice::from_ref(&observation),
            now,
            false,
        )
        .await?;
    Ok((observation, report))
}
