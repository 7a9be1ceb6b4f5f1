//! Offers from a CSV or XLSX file (columns: domain `offers::table`), all or nothing: every
//! problem is reported with its row and column, and nothing is stored unless every row reads and
//! validates.

use std::collections::HashMap;

use jiff::Timestamp;
use teilhabe_domain::offers::table::{COLUMNS, REQUIRED, parse_row};
use teilhabe_domain::offers::{OfferContent, Status, access};
use teilhabe_domain::spreadsheet::restore;
use teilhabe_import::Limits;
use teilhabe_import::records::{self, Table};
use teilhabe_store::Store;

use super::References;
use crate::error::{Actor, AppError, Problem};

/// What an import did (or would do, on a dry run).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub provider: String,
    /// The new offers' ids (empty on a dry run).
    pub ids: Vec<i64>,
    pub rows: usize,
}

fn place(table: &Table, row: usize, column: &str) -> String {
    let letter = table
        .header
        .iter()
        .position(|name| name == column)
        .map(Table::column_letter)
        .unwrap_or_else(|| "?".into());
    format!("row {row}, column {letter} ({column})")
}

/// Reads `bytes` (named `file_name`, `.xlsx` or CSV) as offers, each with the text of its
/// `provider` column (empty without one; the import names the provider itself).
pub(crate) fn read(
    file_name: &str,
    bytes: &[u8],
    references: &References,
    limits: &Limits,
) -> Result<Vec<(String, OfferContent)>, Vec<Problem>> {
    let table = records::read_table(file_name, bytes, limits).map_err(|problems| {
        problems
            .0
            .iter()
            .map(|problem| Problem::new("file", problem.to_string()))
            .collect::<Vec<_>>()
    })?;
    let mut problems = Vec::new();
    for (index, name) in table.header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            problems.push(Problem::new(
                format!("row 1, column {} ({name})", Table::column_letter(index)),
                format!("unknown column; expected one of: {}", COLUMNS.join(", ")),
            ));
        }
    }
    for required in REQUIRED {
        if !table.header.iter().any(|name| name == required) {
            problems.push(Problem::new(
                "row 1",
                format!("the column `{required}` is missing"),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // A CSV export quotes formula-like cells (`'=…`); an XLSX cell is text as it stands.
    let quoted = !records::is_xlsx(file_name);
    let mut offers = Vec::new();
    for (row_number, cells) in &table.rows {
        let map: HashMap<String, String> = table
            .header
            .iter()
            .cloned()
            .zip(
                cells
                    .iter()
                    .map(|cell| if quoted { restore(cell) } else { cell }.to_owned()),
            )
            .collect();
        let provider = map.get("provider").cloned().unwrap_or_default();
        match parse_row(&map) {
            Ok(content) => {
                for problem in references.problems(&content) {
                    let column = match problem.field {
                        "location" => "districts",
                        "schedule" => "rrule",
                        other => other,
                    };
                    problems.push(Problem::new(
                        place(&table, *row_number, column),
                        problem.message,
                    ));
                }
                offers.push((provider.trim().to_owned(), content));
            }
            Err(errors) => {
                for error in errors {
                    problems.push(Problem::new(
                        place(&table, *row_number, &error.column),
                        error.message,
                    ));
                }
            }
        }
    }
    if problems.is_empty() {
        Ok(offers)
    } else {
        Err(problems)
    }
}

/// Reads `bytes` as offers checked against what `city` knows (districts, recommendations,
/// measures, the language list), each with its `provider` column; nothing is stored.
pub async fn read_for_city(
    store: &Store,
    city: &str,
    file_name: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Vec<(String, OfferContent)>, AppError> {
    let references = References::load(store, city).await?;
    read(file_name, bytes, &references, limits).map_err(AppError::Invalid)
}

/// Imports the offers of `file_name` for `provider` as published offers (an existing list of
/// the office's moves in at once) — by the operator, an administrator, or the provider itself
/// (whose offers then wait for review as submitted).
#[allow(clippy::too_many_arguments)]
pub async fn import(
    store: &Store,
    actor: &Actor,
    city: &str,
    provider: &str,
    file_name: &str,
    bytes: &[u8],
    limits: &Limits,
    dry_run: bool,
    now: Timestamp,
) -> Result<Imported, AppError> {
    let status = match actor {
        Actor::Operator(_) => Status::Published,
        Actor::Visitor(visitor) if access::may_import(visitor) => Status::Published,
        Actor::Visitor(visitor) => {
            let own = crate::offers::provider_of(store, visitor).await?;
            if own.institution.code != provider {
                return Err(AppError::Forbidden(
                    "providers import only their own offers".into(),
                ));
            }
            Status::Submitted
        }
    };
    if store
        .institution(provider)
        .await?
        .is_none_or(|stored| !stored.active)
    {
        return Err(AppError::Invalid(vec![Problem::new(
            "provider",
            format!("`{provider}` is no active institution of the registry"),
        )]));
    }
    let references = References::load(store, city).await?;
    let offers: Vec<OfferContent> = read(file_name, bytes, &references, limits)
        .map_err(AppError::Invalid)?
        .into_iter()
        .map(|(_, content)| content)
        .collect();
    let rows = offers.len();
    let ids = if dry_run {
        Vec::new()
    } else {
        store
            .create_offers(provider, &offers, status, &actor.name(), now)
            .await?
    };
    Ok(Imported {
        provider: provider.to_owned(),
        ids,
        rows,
    })
}
