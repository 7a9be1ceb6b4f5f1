//! ETag and Cache-Control, so that caches and browsers revalidate cheaply.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// How long shared caches may serve a public answer without asking again.
const PUBLIC_MAX_AGE: &str = "public, max-age=60";

/// A strong validator from the parts a representation depends on (content version, language,
/// software version).
pub fn etag(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION"));
    for part in parts {
        hasher.update([0]);
        hasher.update(part);
    }
    let digest = hasher.finalize();
    let hex: String = digest
        .iter()
        .take(12)
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("\"{hex}\"")
}

/// Whether the client already holds the representation with `etag`.
pub fn is_fresh(request: &HeaderMap, etag: &str) -> bool {
    request
        .get(header::IF_NONE_MATCH)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| {
            value.split(',').any(|candidate| {
                let candidate = candidate.trim();
                candidate == "*" || candidate.trim_start_matches("W/") == etag
            })
        })
}

/// The answer for a cacheable public resource: 304 when the client is up to date, otherwise
/// `build()` with validators attached. `private` marks answers that must not be shared
/// (they set a cookie).
pub fn cacheable(
    request: &HeaderMap,
    etag: &str,
    private: bool,
    build: impl FnOnce() -> Response,
) -> Response {
    let cache_control = if private {
        "private, no-cache"
    } else {
        PUBLIC_MAX_AGE
    };
    let mut response = if !private && is_fresh(request, etag) {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        build()
    };
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(etag) {
        headers.insert(header::ETAG, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_differ_by_part_and_match_if_none_match() {
        let german = etag(&["hash", "de"]);
        assert_ne!(german, etag(&["hash", "en"]));
        let mut headers = HeaderMap::new();
        headers.insert(
            header::IF_NONE_MATCH,
            HeaderValue::from_str(&german).expect("header"),
        );
        assert!(is_fresh(&headers, &german));
        assert!(!is_fresh(&headers, &etag(&["hash", "en"])));
    }
}
