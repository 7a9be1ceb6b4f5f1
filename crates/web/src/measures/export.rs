//! The measures list as a download (CSV or XLSX); the file itself is built by the application
//! layer (`teilhabe_app::measures::export`), which `teilhabe export measures` uses too.

use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::measures::export_file;

use super::ListQuery;
use crate::frame::{OrPage, Page, PageError};

/// `/massnahmen/download/{csv|xlsx}` with the list's filters: what the visitor sees in the list.
pub async fn download(
    page: Page,
    Path(format): Path<String>,
    Query(query): Query<ListQuery>,
) -> Result<Response, PageError> {
    let format = FileFormat::parse(&format).ok_or_else(|| page.not_found(None))?;
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let (store, visitor) = (page.state.store(), &page.viewer.visitor);
    let bytes = export_file(store, visitor, city, query.filter(), format)
        .await
        .or_page(&page)?;
    Ok(file_response(city, format, bytes))
}

/// The file as a download; never from a shared cache (accounts also get unpublished measures).
fn file_response(city: &str, format: FileFormat, bytes: Vec<u8>) -> Response {
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
