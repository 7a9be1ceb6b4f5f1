//! The measures list as a download (CSV or XLSX); the file itself is built by the application
//! layer (`teilhabe_app::measures::export`), which `teilhabe export measures` uses too.

use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::measures::export_file;

use super::{ListQuery, list_filter};
use crate::frame::Page;

/// `/massnahmen/download/{csv|xlsx}` with the list's filters: what the visitor sees in the list.
pub async fn download(
    page: Page,
    Path(format): Path<String>,
    Query(query): Query<ListQuery>,
) -> Response {
    let Some(format) = FileFormat::parse(&format) else {
        return page.not_found(None).into();
    };
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(error) => return error.into(),
    };
    let city = &stored.concept.city.slug;
    let filter = list_filter(&query, &page.viewer);
    let bytes = match export_file(
        page.state.store(),
        &page.viewer.visitor,
        city,
        filter,
        format,
    )
    .await
    {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "cannot write the measures file");
            return page.internal_error().into();
        }
    };
    let disposition = format!(
        "attachment; filename=\"massnahmen-{city}.{}\"",
        format.extension()
    );
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // Signed-in visitors also get unpublished measures: never from a shared cache.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Cookie"));
    response
}
