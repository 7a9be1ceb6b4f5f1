//! Downloads of an indicator's figures: CSV, XLSX, JSON and SDMX-CSV 2.0, built by the
//! application layer (`teilhabe_app::monitoring::downloads`).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teilhabe_app::monitoring::downloads::{ObservationsBody, csv, sdmx_csv, xlsx};

use super::pages::data;
use crate::frame::caching;
use crate::frame::state::AppState;

pub async fn download(
    State(state): State<AppState>,
    Path((id, format)): Path<(String, String)>,
    request: HeaderMap,
) -> Response {
    let city = match state.city().await {
        Ok(Some(city)) => city,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot read the city");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let (catalogue, observations, version) = match data(&state, &city, &id).await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(()) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Some(indicator) = catalogue.iter().find(|i| i.id == id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
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
        "xlsx" => match xlsx(indicator, &observations) {
            Ok(bytes) => (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                bytes,
            ),
            Err(error) => {
                tracing::error!(%error, "cannot write the workbook");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        },
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let etag = caching::etag(&[&city, &version, "download", &id, &format]);
    let file_name = format!("{id}.{extension}");
    caching::cacheable(&request, &etag, false, move || {
        let mut response = body.into_response();
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(header::CONTENT_TYPE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
        response
    })
}
