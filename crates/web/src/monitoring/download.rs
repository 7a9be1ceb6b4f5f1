//! Downloads of an indicator's figures: CSV, XLSX, JSON and SDMX-CSV 2.0, built by the
//! application layer (`teilhabe_app::monitoring::downloads`).

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use teilhabe_app::monitoring::downloads::{ObservationsBody, csv, sdmx_csv, xlsx};

use super::pages::data;
use crate::frame::caching;
use crate::frame::{OrPage, Page, PageError};

pub async fn download(
    page: Page,
    Path((id, format)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let city = page
        .state
        .city()
        .await
        .or_page(&page)?
        .ok_or_else(|| page.not_found(None))?;
    // A client (or the static export) that holds this version gets 304 before the figures
    // are read.
    let version = crate::monitoring::snapshot::data_version(&page.state, &city)
        .await
        .or_page(&page)?;
    let etag = caching::etag(&[&city, &version, "download", &id, &format]);
    if caching::is_fresh(&page.request, &etag) {
        return Ok(caching::cacheable(&page.request, &etag, false, || {
            axum::http::StatusCode::NOT_MODIFIED.into_response()
        }));
    }
    let (indicator, observations, _) = data(&page.state, &city, &id)
        .await
        .map_err(|()| page.internal_error())?
        .ok_or_else(|| page.not_found(None))?;
    let indicator = &indicator;
    let (content_type, extension, body): (&str, &str, Vec<u8>) = match format.as_str() {
        "csv" => (
            "text/csv; charset=utf-8",
            "csv",
            csv(indicator, &observations),
        ),
        "sdmx-csv" => (
            "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
            "sdmx.csv",
            sdmx_csv(&city, indicator, &observations),
        ),
        "json" => (
            "application/json",
            "json",
            serde_json::to_vec_pretty(&ObservationsBody::new(indicator, &observations))
                .unwrap_or_default(),
        ),
        "xlsx" => (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
            xlsx(indicator, &observations).map_err(|error| {
                tracing::error!(%error, "cannot write the workbook");
                page.internal_error()
            })?,
        ),
        _ => return Err(page.not_found(None)),
    };
    let file_name = format!("{id}.{extension}");
    Ok(caching::cacheable(&page.request, &etag, false, move || {
        let mut response = body.into_response();
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(header::CONTENT_TYPE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
        response
    }))
}
