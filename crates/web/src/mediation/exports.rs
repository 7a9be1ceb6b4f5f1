//! The coordination's downloads: `/sprachmittlung/abrechnung?monat=2026-03&format=xlsx` (the
//! accounting of a month) and `/sprachmittlung/jahresbericht?jahr=2026&format=csv` (the annual
//! report for the funding body). The files are built by `teilhabe_app::mediation`, which the
//! CLI uses too, and which decides who may.

use std::collections::HashMap;

use axum::extract::Query;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::mediation;
use teilhabe_app::{Actor, AppError, Problem};

use super::flow::render_pool;
use super::flow_view::ExportForm;
use crate::frame::{Page, PageError};

fn format_of(page: &Page, query: &HashMap<String, String>) -> Result<FileFormat, PageError> {
    FileFormat::parse(query.get("format").map_or("csv", String::as_str))
        .ok_or_else(|| page.not_found(None))
}

/// The accounting of a month, for the coordination.
pub async fn accounting(
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    page.require_account()?;
    let format = format_of(&page, &query)?;
    let month = query.get("monat").map_or("", |m| m.trim());
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    match mediation::accounting_file(page.state.store(), &actor, month, format).await {
        Ok(bytes) => Ok(file(
            &format!("sprachmittlung-abrechnung-{month}"),
            format,
            bytes,
        )),
        Err(error) => again(&page, &query, error, "monat").await,
    }
}

/// The pool page again with the download form's error (422), or the refusal's page.
async fn again(
    page: &Page,
    query: &HashMap<String, String>,
    error: AppError,
    field: &str,
) -> Result<Response, PageError> {
    let AppError::Invalid(_) = error else {
        return Err(page.refused(error));
    };
    let today = page
        .state
        .now()
        .to_zoned(teilhabe_domain::mediation::city_zone())
        .date();
    let defaults = ExportForm::defaults(today);
    let typed = |name: &str, default: String| query.get(name).cloned().unwrap_or(default);
    let form = ExportForm {
        month: typed("monat", defaults.month),
        year: typed("jahr", defaults.year),
        errors: vec![(field.to_owned(), String::new())],
    };
    render_pool(page, None, Some(form), StatusCode::UNPROCESSABLE_ENTITY).await
}

/// The annual report for the funding body, for the coordination.
pub async fn annual_report(
    page: Page,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    page.require_account()?;
    let format = format_of(&page, &query)?;
    let year = query
        .get("jahr")
        .and_then(|y| y.trim().parse::<i16>().ok())
        .filter(|y| (2000..=2200).contains(y));
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let result = match year {
        Some(year) => mediation::annual_report(page.state.store(), &actor, year, format).await,
        None => Err(AppError::Invalid(vec![Problem::new(
            "jahr",
            "a year is required, e.g. 2026",
        )])),
    };
    match (result, year) {
        (Ok(bytes), Some(year)) => Ok(file(
            &format!("sprachmittlung-jahresbericht-{year}"),
            format,
            bytes,
        )),
        (Ok(_), None) => Err(page.not_found(None)),
        (Err(error), _) => again(&page, &query, error, "jahr").await,
    }
}

/// The file as a download, never from a shared cache. `name` holds only digits, letters and
/// hyphens (the month was checked by the use case).
fn file(name: &str, format: FileFormat, bytes: Vec<u8>) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{name}.{}\"",
        format.extension()
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}
