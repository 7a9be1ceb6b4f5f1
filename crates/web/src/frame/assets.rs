//! Static files embedded in the binary: KERN UX's stylesheet and fonts, and our own stylesheet.

use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::embedded::ASSETS;
use crate::frame::caching;

pub async fn serve(Path(path): Path<String>, request: HeaderMap) -> Response {
    let Some((name, bytes)) = ASSETS.iter().find(|(name, _)| *name == path) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let etag = caching::etag(&[name, &bytes.len().to_string()]);
    caching::cacheable(&request, &etag, false, || {
        let mut response = bytes.into_response();
        if let Ok(value) = HeaderValue::from_str(content_type(name)) {
            response.headers_mut().insert(header::CONTENT_TYPE, value);
        }
        response
    })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next() {
        Some("css") => "text/css; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("svg") => "image/svg+xml",
        Some("js") => "text/javascript; charset=utf-8",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}
