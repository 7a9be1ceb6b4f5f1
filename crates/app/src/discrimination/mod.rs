//! Reports of discrimination and counsellors' case records (issue 17). Authorisation is
//! decided here, once:
//!
//! - anyone (no account) submits a report and gets a receipt code;
//! - only counsellors (role counsellor) read reports, a report's contact, case records and raw
//!   counts, and write case records — not administrators, not the city's other staff; every
//!   read of a case and of a contact is written to the audit log by the store;
//! - the deletion job runs as the operator (the command line) or a counsellor;
//! - the published statistics, after disclosure control, are public.
//!
//! The categories come in as a parameter ([`categories`] is the shipped file), so the use
//! cases follow the file a city keeps.

mod seal;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::date;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::discrimination::access::{self as access, may_report, may_see_published};
use teilhabe_domain::discrimination::categories::{self, FileProblem};
use teilhabe_domain::discrimination::retention::{case_is_due, report_is_due, today};
use teilhabe_domain::discrimination::statistics::{self, Counts, Periods, Published};
use teilhabe_domain::discrimination::{CaseInput, Categories, ReportInput, receipt_code};
use teilhabe_store::discrimination::{StoredCase, StoredReport};
use teilhabe_store::{Store, StoreError};

pub use seal::{ContactKey, SealError};
pub use teilhabe_domain::discrimination::retention::DEFAULT_RETENTION_YEARS;

use crate::error::{Actor, AppError, Problem};

/// The smallest count published (as the other modules' tables).
pub const DEFAULT_MIN_COUNT: u64 = 3;

/// What the configuration gives the web app for this module (the server hands it over with
/// `AppState::with_shared`): the key that seals contacts (none: a report asking for
/// counselling is refused as not ready) and the deletion period.
#[derive(Debug, Clone)]
pub struct Setup {
    pub key: Option<ContactKey>,
    pub retention_years: u16,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            key: None,
            retention_years: DEFAULT_RETENTION_YEARS,
        }
    }
}

/// The shipped categories (`data/discrimination/categories.toml`; the domain's test proves
/// the file reads, so the empty fallback is never seen).
pub fn categories() -> &'static Categories {
    static LIST: std::sync::OnceLock<Categories> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        categories::parse(
            "data/discrimination/categories.toml",
            include_str!("../../../../data/discrimination/categories.toml"),
        )
        .unwrap_or_default()
    })
}

/// Checks a category file (`file` names it in the problems).
pub fn check_categories(file: &str, source: &str) -> Result<Categories, Vec<FileProblem>> {
    categories::parse(file, source)
}

fn problems(list: Vec<teilhabe_domain::discrimination::Problem>) -> AppError {
    AppError::Invalid(
        list.into_iter()
            .map(|p| Problem::new(p.field, p.message))
            .collect(),
    )
}

fn counsellor(visitor: &Visitor) -> Result<String, AppError> {
    if access::may_document(visitor) {
        Ok(Actor::Visitor(visitor.clone()).name())
    } else {
        Err(AppError::refuse(
            visitor,
            "only the anti-discrimination counselling reads or writes this",
        ))
    }
}

/// Whether `visitor` may document at all — asked by a form before it reads what was sent, so
/// that nobody else learns even how the form answers. Counsellors only.
pub fn may_document(visitor: &Visitor) -> Result<(), AppError> {
    counsellor(visitor).map(drop)
}

fn internal(error: SealError) -> AppError {
    AppError::Internal(StoreError::Corrupt(error.to_string()))
}

/// What a reporter gets back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub code: String,
}

/// How the transport judged a submission (the web form's honeypot and proof of work).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screening {
    Passed,
    /// Looks automated: stored, but held back from the inbox until a counsellor releases it.
    HeldBack,
}

/// Anyone submits a report. The text is scrubbed; a contact (only with the wish for
/// counselling) is sealed with `key` — without a configured key a report that asks for
/// counselling is refused as not ready rather than stored in clear. A report the screening
/// held back gets its receipt like any other (a bot learns nothing).
pub async fn submit_report(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    key: Option<&ContactKey>,
    input: &ReportInput,
    screening: Screening,
    now: Timestamp,
) -> Result<Receipt, AppError> {
    if !may_report(visitor) {
        return Err(AppError::refuse(visitor, "reports are not accepted"));
    }
    let districts = crate::mediation::district_codes(store).await?;
    let codes: Vec<&str> = districts.iter().map(String::as_str).collect();
    let report = input
        .validate(categories, &codes, today(now))
        .map_err(problems)?;
    if report.contact.is_some() && key.is_none() {
        return Err(AppError::Unready(
            "no contact key is configured (TEILHABE_DISCRIMINATION_KEY), so a contact cannot be stored"
                .into(),
        ));
    }
    // A taken receipt code (60 random bits) is drawn again, a few times at most.
    for _ in 0..5 {
        let mut random = [0u8; 8];
        getrandom::fill(&mut random).map_err(|_| internal(SealError::Random))?;
        let code = receipt_code(random);
        let sealed = match (&report.contact, key) {
            (Some(contact), Some(key)) => Some(key.seal(contact, &code).map_err(internal)?),
            _ => None,
        };
        match store
            .insert_discrimination_report(
                &report,
                &code,
                sealed.as_deref(),
                screening == Screening::HeldBack,
                now,
            )
            .await
        {
            Ok(_) => return Ok(Receipt { code }),
            Err(StoreError::Duplicate(_)) => continue,
            Err(error) => return Err(error.into()),
        }
    }
    Err(AppError::Internal(StoreError::Corrupt(
        "no free receipt code".into(),
    )))
}

/// Every report, without contacts: counsellors only; each listed report is audited as read.
pub async fn reports(
    store: &Store,
    visitor: &Visitor,
    now: Timestamp,
) -> Result<Vec<StoredReport>, AppError> {
    let actor = counsellor(visitor)?;
    Ok(store.discrimination_reports(&actor, now).await?)
}

/// One report, without its contact; the read is audited. Counsellors only.
pub async fn report(
    store: &Store,
    visitor: &Visitor,
    report_id: i64,
    now: Timestamp,
) -> Result<StoredReport, AppError> {
    let actor = counsellor(visitor)?;
    store
        .discrimination_report(report_id, &actor, now)
        .await?
        .ok_or(AppError::NotFound)
}

/// A report's contact, opened with `key`; `None` when none is stored (or it was deleted when
/// the case closed). Counsellors only; the read is audited.
pub async fn report_contact(
    store: &Store,
    visitor: &Visitor,
    key: &ContactKey,
    report_id: i64,
    now: Timestamp,
) -> Result<Option<String>, AppError> {
    let actor = counsellor(visitor)?;
    let (receipt, sealed) = store
        .discrimination_report_contact(report_id, &actor, now)
        .await?
        .ok_or(AppError::NotFound)?;
    sealed
        .map(|sealed| key.open(&sealed, &receipt).map_err(internal))
        .transpose()
}

/// Releases a held-back report into the inbox. Counsellors only; not found when it is not
/// held back.
pub async fn release_report(
    store: &Store,
    visitor: &Visitor,
    report_id: i64,
    now: Timestamp,
) -> Result<(), AppError> {
    let actor = counsellor(visitor)?;
    if store
        .release_discrimination_report(report_id, &actor, now)
        .await?
    {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

/// Deletes a held-back report as spam. Counsellors only; not found when it is not held back.
pub async fn delete_spam(
    store: &Store,
    visitor: &Visitor,
    report_id: i64,
    now: Timestamp,
) -> Result<(), AppError> {
    let actor = counsellor(visitor)?;
    if store
        .delete_held_discrimination_report(report_id, &actor, now)
        .await?
    {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

fn store_error(error: StoreError) -> AppError {
    match error {
        StoreError::Duplicate(message) => AppError::Invalid(vec![Problem::new("report", message)]),
        other => other.into(),
    }
}

/// Opens a case, for a report or without one. Counsellors only.
pub async fn open_case(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    report_id: Option<i64>,
    input: &CaseInput,
    now: Timestamp,
) -> Result<i64, AppError> {
    let actor = counsellor(visitor)?;
    let record = input.validate(categories, today(now)).map_err(problems)?;
    store
        .create_discrimination_case(&record, report_id, &actor, now)
        .await
        .map_err(store_error)
}

/// Changes a case at `version`; returns the new version. Closing it deletes the report's
/// contact. Counsellors only.
pub async fn update_case(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    id: i64,
    version: i64,
    input: &CaseInput,
    now: Timestamp,
) -> Result<i64, AppError> {
    let actor = counsellor(visitor)?;
    let record = input.validate(categories, today(now)).map_err(problems)?;
    store
        .update_discrimination_case(id, version, &record, &actor, now)
        .await
        .map_err(store_error)
}

/// One case; the read is audited. Counsellors only.
pub async fn case(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    now: Timestamp,
) -> Result<StoredCase, AppError> {
    let actor = counsellor(visitor)?;
    store
        .read_discrimination_case(id, &actor, now)
        .await?
        .ok_or(AppError::NotFound)
}

/// The cases — every one, or (with `closed_since`) the running ones and those closed on or
/// after that day; each listed case is audited as read. Counsellors only.
pub async fn cases(
    store: &Store,
    visitor: &Visitor,
    closed_since: Option<jiff::civil::Date>,
    now: Timestamp,
) -> Result<Vec<StoredCase>, AppError> {
    let actor = counsellor(visitor)?;
    Ok(store
        .list_discrimination_cases(closed_since, &actor, now)
        .await?)
}

/// What the deletion job did (or would do): counts only, no personal data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurgeReport {
    pub dry_run: bool,
    pub retention_years: u16,
    /// Cases deleted, and with them their reports.
    pub cases: usize,
    /// Reports deleted (with their case or on their own).
    pub reports: usize,
    /// Cases deleted per year they closed in.
    pub cases_by_closing_year: BTreeMap<i16, usize>,
}

/// The daily deletion job: deletes the cases closed at least `years` ago with their reports,
/// and the reports that never became a case, `years` after they arrived. With `dry_run` it
/// only says what it would delete. The operator (the command line) or a counsellor.
pub async fn purge(
    store: &Store,
    actor: &Actor,
    years: u16,
    dry_run: bool,
    now: Timestamp,
) -> Result<PurgeReport, AppError> {
    if let Actor::Visitor(visitor) = actor {
        counsellor(visitor)?;
    }
    let facts = store.discrimination_retention_facts().await?;
    let due_cases: Vec<(i64, i16)> = facts
        .cases
        .iter()
        .filter(|(_, closed)| case_is_due(*closed, years, now))
        .filter_map(|(id, closed)| closed.map(|closed| (*id, closed.year())))
        .collect();
    let due_reports: Vec<i64> = facts
        .reports_without_case
        .iter()
        .filter(|(_, received)| report_is_due(*received, years, now))
        .map(|(id, _)| *id)
        .collect();
    let mut by_year = BTreeMap::new();
    for (_, year) in &due_cases {
        *by_year.entry(*year).or_insert(0) += 1;
    }
    let case_ids: Vec<i64> = due_cases.iter().map(|(id, _)| *id).collect();
    let (cases, reports) = if dry_run {
        let with_report = facts
            .case_reports
            .iter()
            .filter(|(case, _)| case_ids.contains(case))
            .count();
        (case_ids.len(), due_reports.len() + with_report)
    } else {
        let deleted = store
            .delete_discrimination(&case_ids, &due_reports, &actor.name(), now)
            .await?;
        (deleted.cases, deleted.reports)
    };
    Ok(PurgeReport {
        dry_run,
        retention_years: years,
        cases,
        reports,
        cases_by_closing_year: by_year,
    })
}

fn span(periods: Periods) -> (jiff::civil::Date, jiff::civil::Date) {
    match periods {
        Periods::Quarters { year } => (date(year, 1, 1), date(year, 12, 31)),
        Periods::Years { from, to } => (date(from, 1, 1), date(to, 12, 31)),
    }
}

fn check_periods(periods: Periods) -> Result<(), AppError> {
    let bad = match periods {
        Periods::Quarters { year } => !(2000..=9998).contains(&year),
        Periods::Years { from, to } => {
            !(2000..=9998).contains(&from) || !(from..=from.saturating_add(49)).contains(&to)
        }
    };
    if bad {
        return Err(AppError::Invalid(vec![Problem::new(
            "periods",
            "years from 2000 on, at most 50 of them, the first not after the last",
        )]));
    }
    Ok(())
}

/// The raw counts: counsellors only (they may see small numbers of their own cases).
pub async fn counts(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    periods: Periods,
) -> Result<Counts, AppError> {
    counsellor(visitor)?;
    check_periods(periods)?;
    let (from, to) = span(periods);
    let records = store.discrimination_records_opened(from, to).await?;
    Ok(statistics::count(&records, categories, periods))
}

/// The published statistics: every table through disclosure control (minimum `min_count`).
/// Anyone.
pub async fn published(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    periods: Periods,
    min_count: u64,
) -> Result<Published, AppError> {
    if !may_see_published(visitor) {
        return Err(AppError::refuse(visitor, "not published"));
    }
    check_periods(periods)?;
    let (from, to) = span(periods);
    let records = store.discrimination_records_opened(from, to).await?;
    Ok(statistics::publish(
        &statistics::count(&records, categories, periods),
        min_count.max(1),
    ))
}

/// The columns of the export for the state network and the federal agency.
pub const EXPORT_COLUMNS: [&str; 8] = [
    "table", "category", "label_de", "label_en", "period", "unit", "value", "status",
];

/// The code of a total in the export's `category` column (as SDMX).
pub const TOTAL: &str = "_T";

fn status_text(status: teilhabe_domain::disclosure::CellStatus) -> &'static str {
    use teilhabe_domain::disclosure::CellStatus;
    match status {
        CellStatus::Published => "published",
        CellStatus::Primary => "primary",
        CellStatus::Secondary => "secondary",
    }
}

/// The published statistics of `year` as one long table — new cases and the share of racist
/// cases per quarter and for the year, and every dimension's counts by category, in the
/// categories' ids and labels: case-free and through disclosure control (a withheld cell has
/// no value and says why). Free text never leaves. Anyone may export what is published.
pub async fn export_file(
    store: &Store,
    visitor: &Visitor,
    categories: &Categories,
    year: i16,
    min_count: u64,
    format: crate::measures::export::FileFormat,
) -> Result<Vec<u8>, AppError> {
    use crate::table_file::{Value, write};
    use statistics::Dimension;
    let published = published(
        store,
        visitor,
        categories,
        Periods::Quarters { year },
        min_count,
    )
    .await?;
    let mut periods = published.periods.clone();
    periods.push(year.to_string());
    let count = |cell: &teilhabe_domain::disclosure::Cell| match cell.value {
        Some(value) if !cell.status.is_hidden() => {
            Value::Int(i64::try_from(value).unwrap_or(i64::MAX))
        }
        _ => Value::Text(String::new()),
    };
    let mut rows: Vec<Vec<Value>> = Vec::new();
    let mut line = |table: &str,
                    category: &str,
                    de: &str,
                    en: &str,
                    period: &str,
                    unit: &str,
                    value: Value,
                    status: &str| {
        rows.push(vec![
            Value::Text(table.to_owned()),
            Value::Text(category.to_owned()),
            Value::Text(de.to_owned()),
            Value::Text(en.to_owned()),
            Value::Text(period.to_owned()),
            Value::Text(unit.to_owned()),
            value,
            Value::Text(status.to_owned()),
        ]);
    };
    let cases = published.cases.iter().chain([&published.cases_total]);
    for (period, cell) in periods.iter().zip(cases) {
        line(
            "cases",
            TOTAL,
            "Neue Fälle",
            "New cases",
            period,
            "cases",
            count(cell),
            status_text(cell.status),
        );
    }
    let shares = published
        .racist_share
        .iter()
        .chain([&published.racist_share_total]);
    for (period, share) in periods.iter().zip(shares) {
        let value = match share.per_mille {
            Some(per_mille) if !share.status.is_hidden() => Value::Decimal(
                format!("{}.{}", per_mille / 10, per_mille % 10),
                per_mille as f64 / 10.0,
            ),
            _ => Value::Text(String::new()),
        };
        line(
            "racist-share",
            TOTAL,
            "Anteil rassistischer Fälle",
            "Share of racist cases",
            period,
            "percent",
            value,
            status_text(share.status),
        );
    }
    for table in &published.tables {
        let list = table.dimension.categories(categories);
        let name = match table.dimension {
            Dimension::Area => "area",
            Dimension::Ground => "ground",
            Dimension::Form => "form",
            Dimension::Level => "level",
            Dimension::Intervention => "intervention",
            Dimension::Outcome => "outcome",
        };
        let unit = if table.dimension.counts_mentions() {
            "mentions"
        } else {
            "cases"
        };
        let protected = &table.table;
        for (index, id) in table.rows.iter().enumerate() {
            let (de, en) = list
                .iter()
                .find(|c| &c.id == id)
                .map(|c| (c.de.as_str(), c.en.as_str()))
                .unwrap_or((id.as_str(), id.as_str()));
            let row = protected.cells.get(index).into_iter().flatten();
            let total = protected.row_totals.get(index);
            for (period, cell) in periods.iter().zip(row.chain(total)) {
                line(
                    name,
                    id,
                    de,
                    en,
                    period,
                    unit,
                    count(cell),
                    status_text(cell.status),
                );
            }
        }
        let totals = protected.column_totals.iter().chain([&protected.total]);
        for (period, cell) in periods.iter().zip(totals) {
            line(
                name,
                TOTAL,
                "Insgesamt",
                "Total",
                period,
                unit,
                count(cell),
                status_text(cell.status),
            );
        }
    }
    write(
        &EXPORT_COLUMNS,
        &rows,
        &format!("Diskriminierung {year}"),
        format,
    )
}

/// The monitoring's indicator of documented cases per 10,000 residents.
pub const RATE_INDICATOR: &str = "diskriminierung-gemeldet";
/// The monitoring's indicator of the share of racist cases among them.
pub const RACIST_INDICATOR: &str = "diskriminierung-rassistisch";
/// The source of both in the import history.
pub const SOURCE: &str = "teilhabe Antidiskriminierungsberatung";

/// The city's residents, summed over its districts (`data/stats/bielefeld/areas.toml`, the
/// figures the offers' coverage takes too).
pub fn residents() -> u64 {
    crate::offers::populations()
        .iter()
        .map(|d| d.residents)
        .sum()
}

/// Publishes `year`'s documented cases per 10,000 of the city's `residents` and the share of
/// racist cases to the monitoring, as one import with the source [`SOURCE`] (replacing an
/// earlier one for that year); small counts suppressed, the running year provisional. The
/// counselling, statisticians and administrators, or the operator.
pub async fn publish_indicators(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i16,
    residents: u64,
    is_demo: bool,
    now: Timestamp,
) -> Result<Vec<teilhabe_domain::monitoring::Observation>, AppError> {
    use crate::monitoring::own_figures::city_year;
    use sha2::Digest;
    if let Actor::Visitor(visitor) = actor
        && !access::may_document(visitor)
        && !visitor.may_import()
    {
        return Err(AppError::refuse(
            visitor,
            "only the counselling and statisticians publish",
        ));
    }
    check_periods(Periods::Years {
        from: year,
        to: year,
    })?;
    let categories = categories();
    let records = store
        .discrimination_records_opened(date(year, 1, 1), date(year, 12, 31))
        .await?;
    let all = records.len() as u64;
    let racist = records.iter().filter(|r| r.is_racist(categories)).count() as u64;
    let running = year >= now.to_zoned(teilhabe_domain::mediation::city_zone()).year();
    let observations = vec![
        city_year(
            RATE_INDICATOR,
            year,
            statistics::per_10000_tenths(all, residents, DEFAULT_MIN_COUNT),
            residents,
            running,
        ),
        city_year(
            RACIST_INDICATOR,
            year,
            statistics::racist_share_tenths(racist, all, DEFAULT_MIN_COUNT),
            all,
            running,
        ),
    ];
    let hash = sha2::Sha256::digest(
        format!("discrimination {city} {year} {racist}/{all}/{residents} {running}").as_bytes(),
    );
    store
        .import_observations(
            &teilhabe_store::NewImport {
                city: city.to_owned(),
                file_name: format!("diskriminierung-{year}"),
                format: "discrimination".into(),
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
    Ok(observations)
}
