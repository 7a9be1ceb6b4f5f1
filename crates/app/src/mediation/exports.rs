//! The coordination's files: the accounting of a month (hours, kilometres and allowances per
//! mediator) and the annual report for the funding body (requests, outcomes, hours and costs by
//! language and funding source), each as CSV or XLSX. Internal files with exact figures: no
//! disclosure control, but no person either beyond the mediators the office pays.

use std::collections::BTreeMap;

use jiff::civil::Date;
use teilhabe_domain::mediation::demand::{COLUMNS as OUTCOMES, column_of};
use teilhabe_domain::mediation::{Topic, city_zone};
use teilhabe_store::Store;
use teilhabe_store::mediation::AccountingLine;

use super::demand::pool_settings;
use crate::error::{Actor, AppError, Problem};
use crate::measures::export::FileFormat;
use crate::table_file::{Value, write};

/// The code of a total in the annual report's `language` and `funding` columns (as SDMX).
pub const TOTAL: &str = "_T";

fn may_export(actor: &Actor) -> Result<(), AppError> {
    if let Actor::Visitor(visitor) = actor
        && !teilhabe_domain::mediation::access::may_coordinate(visitor)
    {
        return Err(AppError::refuse(visitor, "only the coordination exports"));
    }
    Ok(())
}

/// Hours with two decimals from minutes (`1.50` for 90), euros with two from cents.
fn hours_text(minutes: i64) -> String {
    format!("{}.{:02}", minutes / 60, (minutes % 60) * 100 / 60)
}

fn euro_text(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn hours(minutes: i64) -> Value {
    Value::Decimal(hours_text(minutes), (minutes * 100 / 60) as f64 / 100.0)
}

fn euros(cents: i64) -> Value {
    Value::Decimal(euro_text(cents), cents as f64 / 100.0)
}

/// The columns of the accounting file.
pub const ACCOUNTING_COLUMNS: [&str; 8] = [
    "mediator_id",
    "mediator",
    "month",
    "assignments",
    "minutes",
    "hours",
    "km",
    "allowance_eur",
];

/// The accounting of a month (`2026-03`, appointments by their local start): one line per
/// mediator with completed assignments. The coordination or the operator.
pub async fn accounting_file(
    store: &Store,
    actor: &Actor,
    month: &str,
    format: FileFormat,
) -> Result<Vec<u8>, AppError> {
    may_export(actor)?;
    let bad = || {
        AppError::Invalid(vec![Problem::new(
            "month",
            format!("`{month}` is no month; expected e.g. 2026-03"),
        )])
    };
    if month.len() != 7 {
        return Err(bad());
    }
    let first: Date = format!("{month}-01").parse().map_err(|_| bad())?;
    let next = first
        .checked_add(jiff::Span::new().months(1))
        .map_err(|_| bad())?;
    let zone = city_zone();
    let from = first.to_zoned(zone.clone()).map_err(|_| bad())?.timestamp();
    let to = next.to_zoned(zone).map_err(|_| bad())?.timestamp();
    let lines: Vec<AccountingLine> = store.mediation_accounting(from, to).await?;
    let rows: Vec<Vec<Value>> = lines
        .into_iter()
        .map(|line| {
            vec![
                Value::Int(line.mediator_id),
                Value::Text(line.mediator_name),
                Value::Text(month.to_owned()),
                Value::Int(line.assignments),
                Value::Int(line.minutes),
                hours(line.minutes),
                Value::Int(line.km),
                euros(line.allowance.cents()),
            ]
        })
        .collect();
    write(
        &ACCOUNTING_COLUMNS,
        &rows,
        &format!("Abrechnung {month}"),
        format,
    )
}

/// The columns of the annual report: the outcome columns of the demand between the counts and
/// the hours.
pub fn report_columns() -> Vec<&'static str> {
    let mut columns = vec!["year", "language", "funding", "requests"];
    columns.extend(OUTCOMES);
    columns.extend(["minutes", "hours", "km", "allowance_eur"]);
    columns
}

#[derive(Default, Clone)]
struct Sums {
    requests: i64,
    outcomes: [i64; OUTCOMES.len()],
    minutes: i64,
    km: i64,
    cents: i64,
}

/// The annual report for the funding body: requests whose appointment lies in `year` (local
/// time), by language and funding source (`data/mediation/<city>.toml`), with their outcomes and
/// the hours, kilometres and allowances of the served ones; then each source's total (language
/// `_T`) and the grand total (`_T`, `_T`). Exact counts. The coordination or the operator.
pub async fn annual_report(
    store: &Store,
    actor: &Actor,
    year: i16,
    format: FileFormat,
) -> Result<Vec<u8>, AppError> {
    may_export(actor)?;
    let settings = pool_settings();
    let mut cells: BTreeMap<(String, String), Sums> = BTreeMap::new();
    for fact in store.demand_facts().await? {
        if fact.starts_at.to_zoned(city_zone()).year() != year {
            continue;
        }
        let topic = Topic::parse(&fact.topic).unwrap_or(Topic::Other);
        let funding = settings.funding_of(topic).to_owned();
        let column = column_of(&fact.status);
        for key in [
            (fact.language.clone(), funding.clone()),
            (TOTAL.to_owned(), funding.clone()),
            (TOTAL.to_owned(), TOTAL.to_owned()),
        ] {
            let sums = cells.entry(key).or_default();
            sums.requests += 1;
            if let Some(index) = OUTCOMES.iter().position(|c| *c == column)
                && let Some(count) = sums.outcomes.get_mut(index)
            {
                *count += 1;
            }
            sums.minutes += fact.minutes;
            sums.km += fact.km;
            sums.cents += fact.allowance.cents();
        }
    }
    // Each language by source (sorted), then each source's total, then the grand total.
    let mut keys: Vec<&(String, String)> = cells.keys().collect();
    keys.sort_by_key(|(language, funding)| {
        (
            language == TOTAL,
            funding == TOTAL,
            language.clone(),
            funding.clone(),
        )
    });
    let rows: Vec<Vec<Value>> = keys
        .into_iter()
        .filter_map(|key| cells.get(key).map(|sums| (key, sums)))
        .map(|((language, funding), sums)| {
            let mut row = vec![
                Value::Int(i64::from(year)),
                Value::Text(language.clone()),
                Value::Text(funding.clone()),
                Value::Int(sums.requests),
            ];
            row.extend(sums.outcomes.iter().map(|count| Value::Int(*count)));
            row.extend([
                Value::Int(sums.minutes),
                hours(sums.minutes),
                Value::Int(sums.km),
                euros(sums.cents),
            ]);
            row
        })
        .collect();
    write(
        &report_columns(),
        &rows,
        &format!("Jahresbericht {year}"),
        format,
    )
}
