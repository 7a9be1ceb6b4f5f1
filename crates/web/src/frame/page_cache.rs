//! Rendered public pages kept in memory until the content changes (issue 11, docs/decisions.md
//! "Public page cache").
//!
//! A GET without a session (no cookie but the language cookie, no `Authorization`) whose answer
//! the page marked as public (`200`, `Cache-Control: public, …`, HTML, no `Set-Cookie`) is kept
//! under its path and query, its language (from `?lang=`, the cookie or `Accept-Language`, as the
//! page chose it) and whether it came over HTTPS, together with the
//! database's content version (`Store::content_version`, moved by triggers on every table a public
//! page shows). The next such request gets the same status, headers and bytes — or a 304 when its
//! `If-None-Match` holds the kept ETag, exactly as the page would have answered.
//!
//! The version is read from the database at most every [`PageCacheSettings::revalidate`] (one
//! request reads while the others go on with the known one), and at once after any request of
//! this instance that may write (POST, PATCH, PUT, DELETE). So an instance sees its own changes
//! on the next request and another instance's (or a CLI import's) within `revalidate`. Entries of
//! an older version are dropped when a newer version is seen. Memory is bounded by
//! [`PageCacheSettings::max_entries`] and [`PageCacheSettings::max_bytes`].

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::caching;
use super::language::Language;
use super::state::AppState;

/// How the cache behaves; the defaults suit one city's server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageCacheSettings {
    /// Keep pages at all (off: every request renders, as before issue 11).
    pub enabled: bool,
    /// How long a content version read from the database is trusted.
    pub revalidate: Duration,
    /// Pages kept at most.
    pub max_entries: usize,
    /// Bytes of kept pages (bodies, keys and headers) at most.
    pub max_bytes: usize,
}

impl Default for PageCacheSettings {
    fn default() -> Self {
        PageCacheSettings {
            enabled: true,
            revalidate: Duration::from_millis(100),
            max_entries: 4096,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// What a test or an operator can read: pages served from memory and pages rendered and kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageCacheStats {
    pub hits: u64,
    pub stored: u64,
}

struct Entry {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
    size: usize,
}

#[derive(Default)]
struct Entries {
    version: i64,
    pages: HashMap<String, Arc<Entry>>,
    bytes: usize,
}

pub struct PageCache {
    settings: PageCacheSettings,
    /// The content version last read and when.
    known: RwLock<Option<(i64, Instant)>>,
    /// A request of this instance may have written: read the version again before trusting it.
    dirty: AtomicBool,
    /// One request is reading the version right now.
    refreshing: AtomicBool,
    entries: RwLock<Entries>,
    hits: AtomicU64,
    stored: AtomicU64,
}

impl Default for PageCache {
    fn default() -> Self {
        PageCache::new(PageCacheSettings::default())
    }
}

/// Clears the refreshing flag however the read ends (also when the request is cancelled).
struct Refreshing<'a>(&'a AtomicBool);

impl Drop for Refreshing<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

impl PageCache {
    pub fn new(settings: PageCacheSettings) -> Self {
        PageCache {
            settings,
            known: RwLock::new(None),
            dirty: AtomicBool::new(false),
            refreshing: AtomicBool::new(false),
            entries: RwLock::new(Entries::default()),
            hits: AtomicU64::new(0),
            stored: AtomicU64::new(0),
        }
    }

    pub fn settings(&self) -> PageCacheSettings {
        self.settings
    }

    pub fn stats(&self) -> PageCacheStats {
        PageCacheStats {
            hits: self.hits.load(Ordering::Relaxed),
            stored: self.stored.load(Ordering::Relaxed),
        }
    }

    /// The content version to serve under, or `None` when it cannot be read (then nothing is
    /// served from or put into the cache).
    pub(crate) async fn version(&self, state: &AppState) -> Option<i64> {
        let known = self.known.read().ok().and_then(|known| *known);
        let now = Instant::now();
        let mut _refreshing = None;
        if !self.dirty.load(Ordering::Acquire)
            && let Some((version, read_at)) = known
        {
            if now.saturating_duration_since(read_at) < self.settings.revalidate
                || state.content_pinned()
            {
                return Some(version);
            }
            // One request reads; the others go on with the version they know.
            if self.refreshing.swap(true, Ordering::AcqRel) {
                return Some(version);
            }
            _refreshing = Some(Refreshing(&self.refreshing));
        }
        // Cleared before reading: a write that ends during the read marks it again.
        self.dirty.store(false, Ordering::Release);
        match state.store().content_version().await {
            Ok(version) => {
                if let Ok(mut known) = self.known.write() {
                    *known = Some((version, now));
                }
                Some(version)
            }
            Err(error) => {
                tracing::warn!(%error, "cannot read the content version; pages are rendered");
                self.dirty.store(true, Ordering::Release);
                None
            }
        }
    }

    fn get(&self, version: i64, key: &str) -> Option<Arc<Entry>> {
        let entries = self.entries.read().ok()?;
        (entries.version == version)
            .then(|| entries.pages.get(key).cloned())
            .flatten()
    }

    fn put(&self, version: i64, key: String, entry: Entry) {
        if entry.size > self.settings.max_bytes || self.settings.max_entries == 0 {
            return;
        }
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if version < entries.version {
            // Rendered from older data than what is kept: not worth keeping.
            return;
        }
        if version > entries.version {
            *entries = Entries {
                version,
                ..Entries::default()
            };
        }
        if let Some(previous) = entries.pages.remove(&key) {
            entries.bytes -= previous.size;
        }
        while entries.pages.len() >= self.settings.max_entries
            || entries.bytes + entry.size > self.settings.max_bytes
        {
            // Any page goes; the next request for it renders it again.
            let Some(victim) = entries.pages.keys().next().cloned() else {
                break;
            };
            if let Some(removed) = entries.pages.remove(&victim) {
                entries.bytes -= removed.size;
            }
        }
        entries.bytes += entry.size;
        entries.pages.insert(key, Arc::new(entry));
        self.stored.fetch_add(1, Ordering::Relaxed);
    }

    /// Pages and bytes kept right now.
    pub fn usage(&self) -> (usize, usize) {
        self.entries
            .read()
            .map(|entries| (entries.pages.len(), entries.bytes))
            .unwrap_or_default()
    }
}

/// The middleware: serves kept public pages, keeps new ones, and notes possible writes.
pub async fn layer(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let cache = state.page_cache();
    let method = request.method().clone();
    if !cache.settings.enabled || method != Method::GET {
        let response = next.run(request).await;
        if !(method == Method::GET || method == Method::HEAD || method == Method::OPTIONS) {
            cache.dirty.store(true, Ordering::Release);
        }
        return response;
    }
    // Pages of the static export differ from the live ones under the same key.
    if !anonymous(request.headers())
        || request
            .extensions()
            .get::<super::static_site::StaticExport>()
            .is_some()
    {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let language = match Language::from_request_parts(&mut parts, &state).await {
        Ok(language) => language,
        Err(never) => match never {},
    };
    let secure = super::client::Client::of(&parts, &state).secure(&state);
    let key = format!(
        "{}\n{}\n{}",
        language.code,
        u8::from(secure),
        parts
            .uri
            .path_and_query()
            .map(|p| p.as_str())
            .unwrap_or("/")
    );
    let Some(version) = cache.version(&state).await else {
        return next.run(Request::from_parts(parts, body)).await;
    };
    if let Some(entry) = cache.get(version, &key) {
        cache.hits.fetch_add(1, Ordering::Relaxed);
        return answer(&parts.headers, &entry);
    }
    let response = next.run(Request::from_parts(parts, body)).await;
    if !keepable(&response) {
        return response;
    }
    let (response_parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "cannot read a rendered page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let size = key.len()
        + body.len()
        + response_parts
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len())
            .sum::<usize>();
    cache.put(
        version,
        key,
        Entry {
            status: response_parts.status,
            headers: response_parts.headers.clone(),
            body: body.clone(),
            size,
        },
    );
    Response::from_parts(response_parts, Body::from(body))
}

/// No session and no token: the request carries no cookie but the language cookie and no
/// `Authorization`.
fn anonymous(headers: &HeaderMap) -> bool {
    if headers.contains_key(header::AUTHORIZATION) {
        return false;
    }
    headers.get_all(header::COOKIE).iter().all(|value| {
        value.to_str().is_ok_and(|text| {
            text.split(';')
                .map(|pair| pair.split('=').next().unwrap_or("").trim())
                .all(|name| name.is_empty() || name == super::language::COOKIE)
        })
    })
}

/// A public page as the page itself decided (see `caching::cacheable`): shared caches may keep
/// it, so may this one.
fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    response.status() == StatusCode::OK
        && !headers.contains_key(header::SET_COOKIE)
        && headers
            .get(header::CACHE_CONTROL)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("public"))
        && headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("text/html"))
}

/// The kept page, or a 304 with its validators when the client holds it already (the same
/// answer `caching::cacheable` gives).
fn answer(request: &HeaderMap, entry: &Entry) -> Response {
    let etag = entry
        .headers
        .get(header::ETAG)
        .and_then(|value| value.to_str().ok());
    if let Some(etag) = etag
        && caching::is_fresh(request, etag)
    {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        for name in [header::ETAG, header::CACHE_CONTROL, header::VARY] {
            if let Some(value) = entry.headers.get(&name) {
                response.headers_mut().insert(name, value.clone());
            }
        }
        return response;
    }
    let mut response = Response::new(Body::from(entry.body.clone()));
    *response.status_mut() = entry.status;
    *response.headers_mut() = entry.headers.clone();
    response
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    fn entry(bytes: usize) -> Entry {
        Entry {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from(vec![b'x'; bytes]),
            size: bytes,
        }
    }

    #[test]
    fn entries_and_bytes_stay_within_their_bounds() {
        let cache = PageCache::new(PageCacheSettings {
            max_entries: 3,
            max_bytes: 1000,
            ..PageCacheSettings::default()
        });
        for i in 0..10 {
            cache.put(1, format!("page {i}"), entry(100));
        }
        assert_eq!(cache.usage(), (3, 300));
        cache.put(1, "big".into(), entry(900));
        let (pages, bytes) = cache.usage();
        assert!(bytes <= 1000 && pages <= 3, "{pages} pages, {bytes} bytes");
        assert!(cache.get(1, "big").is_some());
        cache.put(1, "too big".into(), entry(1001));
        assert!(cache.get(1, "too big").is_none());
    }

    #[test]
    fn a_newer_version_drops_the_older_pages_and_an_older_render_is_not_kept() {
        let cache = PageCache::default();
        cache.put(1, "/".into(), entry(10));
        assert!(cache.get(1, "/").is_some());
        cache.put(2, "/x".into(), entry(10));
        assert!(cache.get(1, "/").is_none());
        assert!(cache.get(2, "/").is_none());
        cache.put(1, "/".into(), entry(10));
        assert!(cache.get(1, "/").is_none() && cache.get(2, "/").is_none());
        assert_eq!(cache.usage(), (1, 10));
    }

    #[test]
    fn only_requests_without_session_or_token_count_as_anonymous() {
        let mut headers = HeaderMap::new();
        assert!(anonymous(&headers));
        headers.insert(header::COOKIE, "lang=en".parse().unwrap());
        assert!(anonymous(&headers));
        headers.insert(
            header::COOKIE,
            "lang=en; teilhabe_session=abc".parse().unwrap(),
        );
        assert!(!anonymous(&headers));
        let mut token = HeaderMap::new();
        token.insert(header::AUTHORIZATION, "Bearer x".parse().unwrap());
        assert!(!anonymous(&token));
    }
}
