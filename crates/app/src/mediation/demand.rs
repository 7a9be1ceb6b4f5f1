//! The demand, quantified, for the public and the monitoring; the accounting export.

use jiff::Timestamp;
use serde::Serialize;
use sha2::{Digest, Sha256};
use teilhabe_domain::disclosure::{Cell, CellStatus, protect_count};
use teilhabe_domain::mediation::demand::{DemandTable, MIN_COUNT, share, tally};
use teilhabe_domain::mediation::settings::{PoolSettings, parse as parse_settings};
use teilhabe_domain::mediation::{Topic, city_zone};
use teilhabe_domain::monitoring::Observation;
use teilhabe_store::mediation::DemandFact;
use teilhabe_store::{ImportReport, NewImport, Store};

use crate::error::{Actor, AppError};

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
    /// By the action field of the concept (`data/mediation/<city>.toml` maps institution kinds
    /// and topics to fields).
    pub by_field: DemandTable,
    /// By the funding source that pays for the request (by its topic, the same file).
    pub by_funding: DemandTable,
    /// Hours and allowances of the served requests per funding source, in the order of
    /// `by_funding`'s rows; withheld where that table withholds the source's served count.
    pub costs_by_funding: Vec<FundingCosts>,
    /// The sums over every source; withheld when any source's costs are (they would follow).
    pub costs_total: FundingCosts,
    /// Requested languages no active mediator of the pool speaks.
    pub languages_without_mediators: Vec<String>,
    /// The median of whole days from request to appointment, when at least three requests.
    pub median_lead_days: Option<i64>,
}

/// Hours and allowances of served requests: `None` where withheld to protect individuals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FundingCosts {
    /// The funding source's code, empty for the total.
    pub source: String,
    /// Served requests (the assignments paid).
    pub served: Cell,
    pub minutes: Option<i64>,
    pub km: Option<i64>,
    pub allowance_cents: Option<i64>,
}

/// The shipped pool settings (`data/mediation/bielefeld.toml`): action fields and funding
/// sources. The domain's test proves the file reads, so the fallback is never seen.
pub fn pool_settings() -> &'static PoolSettings {
    static SETTINGS: std::sync::OnceLock<PoolSettings> = std::sync::OnceLock::new();
    SETTINGS.get_or_init(|| {
        parse_settings(include_str!("../../../../data/mediation/bielefeld.toml"))
            .unwrap_or_default()
    })
}

fn topic_of(fact: &DemandFact) -> Topic {
    Topic::parse(&fact.topic).unwrap_or(Topic::Other)
}

/// Sums hours and allowances of served requests per funding source, published only where the
/// protected table `by_funding` publishes the source's served count.
fn costs(
    facts: &[DemandFact],
    sources: &[String],
    by_funding: &DemandTable,
) -> (Vec<FundingCosts>, FundingCosts) {
    let served_column = by_funding.columns.iter().position(|c| *c == "served");
    let mut lines = Vec::new();
    let mut all_published = true;
    let (mut minutes, mut km, mut cents) = (0, 0, 0);
    for (row, code) in by_funding.rows.iter().enumerate() {
        let served = served_column
            .and_then(|column| by_funding.table.cells.get(row)?.get(column))
            .cloned()
            .unwrap_or(Cell {
                value: None,
                status: CellStatus::Primary,
            });
        let own = facts
            .iter()
            .zip(sources)
            .filter(|(fact, source)| *source == code && fact.status == "served");
        let sums = own.fold((0, 0, 0), |(m, k, c), (fact, _)| {
            (m + fact.minutes, k + fact.km, c + fact.allowance.cents())
        });
        minutes += sums.0;
        km += sums.1;
        cents += sums.2;
        let published = served.value.is_some();
        all_published &= published;
        lines.push(FundingCosts {
            source: code.clone(),
            served,
            minutes: published.then_some(sums.0),
            km: published.then_some(sums.1),
            allowance_cents: published.then_some(sums.2),
        });
    }
    let served_total = served_column
        .and_then(|column| by_funding.table.column_totals.get(column))
        .cloned()
        .unwrap_or(Cell {
            value: None,
            status: CellStatus::Primary,
        });
    let published = all_published && served_total.value.is_some();
    let total = FundingCosts {
        source: String::new(),
        served: served_total,
        minutes: published.then_some(minutes),
        km: published.then_some(km),
        allowance_cents: published.then_some(cents),
    };
    (lines, total)
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
    let settings = pool_settings();
    let fields: Vec<String> = facts
        .iter()
        .map(|f| {
            settings
                .field_of(&f.institution_kind, topic_of(f))
                .to_owned()
        })
        .collect();
    let sources: Vec<String> = facts
        .iter()
        .map(|f| settings.funding_of(topic_of(f)).to_owned())
        .collect();
    let by_funding = tally(
        sources
            .iter()
            .zip(&facts)
            .map(|(s, f)| (s.as_str(), f.status.as_str())),
    );
    let (costs_by_funding, costs_total) = costs(&facts, &sources, &by_funding);
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
        by_field: tally(
            fields
                .iter()
                .zip(&facts)
                .map(|(field, f)| (field.as_str(), f.status.as_str())),
        ),
        by_funding,
        costs_by_funding,
        costs_total,
        languages_without_mediators: missing,
        median_lead_days,
    })
}

/// Unserved requests and all requests whose appointment lies in `year` (local time), not yet
/// protected: the monitoring's indicator takes them through disclosure control.
pub async fn unserved_count(store: &Store, year: i16) -> Result<(u64, u64), AppError> {
    let counts = outcome_counts(store, year).await?;
    Ok((counts.unserved, counts.all))
}

/// The outcomes of a year's requests the monitoring publishes, not yet protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OutcomeCounts {
    pub served: u64,
    pub unserved: u64,
    /// Every request whose appointment lies in the year, whatever became of it.
    pub all: u64,
}

/// Served, unserved and all requests whose appointment lies in `year` (local time).
pub async fn outcome_counts(store: &Store, year: i16) -> Result<OutcomeCounts, AppError> {
    let facts = store.demand_facts().await?;
    let mut counts = OutcomeCounts::default();
    for fact in facts.iter().filter(|f| in_year(f, Some(year))) {
        counts.all += 1;
        match fact.status.as_str() {
            "served" => counts.served += 1,
            "unserved" => counts.unserved += 1,
            _ => {}
        }
    }
    Ok(counts)
}

/// The accounting export of a month as CSV text (see [`super::exports::accounting_file`]).
pub async fn accounting_csv(store: &Store, actor: &Actor, month: &str) -> Result<String, AppError> {
    let bytes = super::exports::accounting_file(
        store,
        actor,
        month,
        crate::measures::export::FileFormat::Csv,
    )
    .await?;
    String::from_utf8(bytes).map_err(|error| AppError::Unready(format!("CSV: {error}")))
}

/// The monitoring indicator the unmet demand feeds.
pub const UNSERVED_INDICATOR: &str = "sprachmittlung-unerfuellt";

/// The monitoring indicator of the share of requests served.
pub const SERVED_INDICATOR: &str = "sprachmittlung-vermittelt";

/// The source the monitoring names for the figures computed here.
pub const SOURCE: &str = "teilhabe Sprachmittlung";

/// The import format the monitoring records for these figures (the monthly job looks for it).
pub const FORMAT: &str = "mediation";

/// `part` of `all` requests as an observation of `indicator` for `year`: in percent, one
/// decimal, rounded half up, base = all requests; suppressed (`.`, primary) when a count is
/// small ([`share`]). `provisional` marks the figure of a year still running.
fn share_observation(
    indicator: &str,
    year: i16,
    part: u64,
    all: u64,
    provisional: bool,
) -> Observation {
    // Tenths of a percent, rounded half up; withheld where a count is small.
    let tenths = share(part, all).map(|(part, all)| (part * 2000 + all) / (2 * all));
    crate::monitoring::own_figures::city_year(indicator, year, tenths, all, provisional)
}

/// The observation of [`UNSERVED_INDICATOR`] for a finished `year`: unserved ÷ all requests.
pub fn unserved_observation(year: i16, unserved: u64, all: u64) -> Observation {
    share_observation(UNSERVED_INDICATOR, year, unserved, all, false)
}

/// The observation of [`SERVED_INDICATOR`] for a finished `year`: served ÷ all requests.
pub fn served_observation(year: i16, served: u64, all: u64) -> Observation {
    share_observation(SERVED_INDICATOR, year, served, all, false)
}

/// Publishes `year`'s unserved and served shares to the monitoring as one import with the
/// source "teilhabe Sprachmittlung" (replacing an earlier one for that year); the figures of
/// the year still running (by `now`, local time) are provisional. The coordination,
/// statisticians and administrators, or the operator. Returns the unserved and the served
/// observation.
pub async fn publish(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i16,
    is_demo: bool,
    now: Timestamp,
) -> Result<(Vec<Observation>, ImportReport), AppError> {
    if let Actor::Visitor(visitor) = actor
        && !teilhabe_domain::mediation::access::may_coordinate(visitor)
        && !visitor.may_import()
    {
        return Err(AppError::refuse(
            visitor,
            "only the coordination and statisticians publish",
        ));
    }
    let counts = outcome_counts(store, year).await?;
    let running = year >= local_year(now);
    let observations = vec![
        share_observation(
            UNSERVED_INDICATOR,
            year,
            counts.unserved,
            counts.all,
            running,
        ),
        share_observation(SERVED_INDICATOR, year, counts.served, counts.all, running),
    ];
    let hash = Sha256::digest(
        format!(
            "mediation {city} {year} {}/{}/{} {}",
            counts.unserved,
            counts.served,
            counts.all,
            if running { "provisional" } else { "final" }
        )
        .as_bytes(),
    );
    let report = store
        .import_observations(
            &NewImport {
                city: city.to_owned(),
                file_name: format!("sprachmittlung-{year}"),
                format: FORMAT.into(),
                source: SOURCE.into(),
                content_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
                imported_by: actor.name(),
                is_demo,
                note: None,
            },
            &observations,
            now,
            false,
        )
        .await?;
    Ok((observations, report))
}

/// The monthly refresh (run by `serve` every hour): publishes the running year's figures
/// (provisional) unless that year was already published for `city` in this calendar month
/// (local time) — by this job, another instance or by hand —, so at most once a month. In
/// January the year just ended is published first, final. Returns the imports made (none when
/// the month is done).
pub async fn publish_monthly(
    store: &Store,
    actor: &Actor,
    city: &str,
    is_demo: bool,
    now: Timestamp,
) -> Result<Vec<ImportReport>, AppError> {
    let local = now.to_zoned(city_zone());
    let month = local.strftime("%Y-%m").to_string();
    let file_name = format!("sprachmittlung-{}", local.year());
    let done = store.imports(city).await?.into_iter().any(|import| {
        import.format == FORMAT
            && import.file_name == file_name
            && import.source == SOURCE
            && import
                .imported_at
                .parse::<Timestamp>()
                .is_ok_and(|at| at.to_zoned(city_zone()).strftime("%Y-%m").to_string() == month)
    });
    if done {
        return Ok(Vec::new());
    }
    let mut years = Vec::new();
    if local.month() == 1 {
        years.push(local.year() - 1);
    }
    years.push(local.year());
    let mut reports = Vec::new();
    for year in years {
        reports.push(publish(store, actor, city, year, is_demo, now).await?.1);
    }
    Ok(reports)
}
