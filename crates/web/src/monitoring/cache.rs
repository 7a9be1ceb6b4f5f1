//! Rendered API answers kept in memory, keyed by the data version of the city.
//!
//! The figures change only through imports, and every import changes the city's monitoring
//! version (`Store::monitoring_version`). An answer is reused as long as the version is the same;
//! the version is read from the database at most every [`REVALIDATE`], by one request while the
//! others keep using the last one. So an instance answers with new figures at most that long
//! after an import by any instance — well within the `max-age=60` that caches may keep a public
//! answer anyway (docs/decisions.md). Nothing else is cached.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::frame::state::AppState;

/// How long a known data version is trusted without asking the database.
pub const REVALIDATE: Duration = Duration::from_millis(250);
/// Answers kept at most; the cache is emptied when full (filters make many keys possible).
const CAPACITY: usize = 2048;

/// An answer as sent: its ETag and body.
#[derive(Clone)]
pub struct Cached {
    pub etag: String,
    pub body: Bytes,
}

#[derive(Default)]
pub struct ResponseCache {
    /// City → (version, when it was read).
    versions: RwLock<HashMap<String, (String, Instant)>>,
    /// Cities whose version one request is reading right now. Each entry belongs to a
    /// [`Refreshing`] guard, which removes it however the refresh ends — also when the request
    /// is cancelled while it waits for the database (the future is dropped mid-way).
    refreshing: Mutex<HashSet<String>>,
    entries: RwLock<HashMap<String, Arc<Cached>>>,
}

/// One city's refresh in progress; dropping it (at the end, on an error or on cancellation)
/// lets the next request refresh.
struct Refreshing<'a> {
    cache: &'a ResponseCache,
    city: String,
}

impl Drop for Refreshing<'_> {
    fn drop(&mut self) {
        lock(&self.cache.refreshing).remove(&self.city);
    }
}

impl ResponseCache {
    /// The monitoring version of `city`: remembered, or read when older than [`REVALIDATE`].
    pub async fn version(
        &self,
        state: &AppState,
        city: &str,
    ) -> Result<String, teilhabe_store::StoreError> {
        self.version_at(city, Instant::now(), state.store().monitoring_version(city))
            .await
    }

    /// [`ResponseCache::version`] at the time `now`, reading the version with `read` when the
    /// known one is too old (tests pass a time and a reader they control).
    async fn version_at<E>(
        &self,
        city: &str,
        now: Instant,
        read: impl Future<Output = Result<String, E>>,
    ) -> Result<String, E> {
        let known = self
            .versions
            .read()
            .ok()
            .and_then(|versions| versions.get(city).cloned());
        let _refreshing = match &known {
            Some((version, read_at)) => {
                if now.saturating_duration_since(*read_at) < REVALIDATE {
                    return Ok(version.clone());
                }
                // One request refreshes; the others go on with the version they know.
                match self.start_refresh(city) {
                    Some(guard) => Some(guard),
                    None => return Ok(version.clone()),
                }
            }
            None => None,
        };
        let version = read.await?;
        if let Ok(mut versions) = self.versions.write() {
            let changed = versions
                .get(city)
                .is_some_and(|(previous, _)| previous != &version);
            versions.insert(city.to_owned(), (version.clone(), now));
            if changed && let Ok(mut entries) = self.entries.write() {
                entries.clear();
            }
        }
        Ok(version)
    }

    /// Makes every known version old enough to be read again (tests have no time to wait).
    #[cfg(test)]
    fn age(&self) {
        if let Ok(mut versions) = self.versions.write() {
            for (_, read_at) in versions.values_mut() {
                if let Some(old) = read_at.checked_sub(REVALIDATE * 2) {
                    *read_at = old;
                }
            }
        }
    }

    /// A guard for refreshing `city`, or `None` when another request is at it.
    fn start_refresh(&self, city: &str) -> Option<Refreshing<'_>> {
        lock(&self.refreshing)
            .insert(city.to_owned())
            .then(|| Refreshing {
                cache: self,
                city: city.to_owned(),
            })
    }

    pub fn get(&self, key: &str) -> Option<Arc<Cached>> {
        self.entries.read().ok()?.get(key).cloned()
    }

    pub fn put(&self, key: String, value: Cached) -> Arc<Cached> {
        let value = Arc::new(value);
        if let Ok(mut entries) = self.entries.write() {
            if entries.len() >= CAPACITY {
                entries.clear();
            }
            entries.insert(key, value.clone());
        }
        value
    }
}

/// The set of refreshing cities; a panic elsewhere must not stop refreshes for good.
fn lock(mutex: &Mutex<HashSet<String>>) -> MutexGuard<'_, HashSet<String>> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use std::future::{pending, ready};
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use super::*;

    type Read = Result<String, ()>;

    use axum::body::Body;
    use axum::http::Request;
    use teilhabe_domain::monitoring::{Coordinates, ObsStatus, Observation, parse_indicator};
    use teilhabe_store::{DatabaseUrl, NewImport, Store};
    use teilhabe_testkit::{Backend, TestDatabase, workspace_root};
    use tower::ServiceExt;

    fn later(start: Instant) -> Instant {
        start + REVALIDATE * 4
    }

    fn is_refreshing(cache: &ResponseCache, city: &str) -> bool {
        lock(&cache.refreshing).contains(city)
    }

    fn now_or_never<F: Future>(future: F) -> F::Output {
        match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(output) => output,
            Poll::Pending => panic!("the future waited"),
        }
    }

    #[test]
    fn a_cancelled_refresh_lets_the_next_request_refresh() {
        let cache = ResponseCache::default();
        let start = Instant::now();
        let v1: Read = Ok("v1".into());
        assert_eq!(
            now_or_never(cache.version_at("city", start, ready(v1))),
            Ok("v1".into())
        );

        // A request starts the refresh and is cancelled while it waits for the database.
        {
            let mut refresh = pin!(cache.version_at("city", later(start), pending::<Read>()));
            let poll = refresh
                .as_mut()
                .poll(&mut Context::from_waker(Waker::noop()));
            assert!(poll.is_pending());
            assert!(is_refreshing(&cache, "city"), "the refresh is under way");
        }
        assert!(!is_refreshing(&cache, "city"), "the flag is reset");

        // The next request reads the new version (before the fix: "v1" for ever).
        let v2: Read = Ok("v2".into());
        assert_eq!(
            now_or_never(cache.version_at("city", later(start), ready(v2))),
            Ok("v2".into())
        );
    }

    #[test]
    fn while_one_request_refreshes_the_others_use_the_known_version() {
        let cache = ResponseCache::default();
        let start = Instant::now();
        let known = |city: &str| {
            let version: Read = Ok(format!("{city}-1"));
            now_or_never(cache.version_at(city, start, ready(version))).unwrap()
        };
        known("a");
        known("b");
        let mut slow = Box::pin(cache.version_at("a", later(start), pending::<Read>()));
        assert!(
            slow.as_mut()
                .poll(&mut Context::from_waker(Waker::noop()))
                .is_pending()
        );
        assert!(is_refreshing(&cache, "a"));
        let newer: Read = Ok("a-2".into());
        assert_eq!(
            now_or_never(cache.version_at("a", later(start), ready(newer))),
            Ok("a-1".into()),
            "a second request does not wait"
        );
        let other: Read = Ok("b-2".into());
        assert_eq!(
            now_or_never(cache.version_at("b", later(start), ready(other))),
            Ok("b-2".into()),
            "another city refreshes on its own"
        );
        // A fresh version is not read again.
        let unused: Read = Ok("b-3".into());
        assert_eq!(
            now_or_never(cache.version_at("b", later(start), ready(unused))),
            Ok("b-2".into())
        );
        drop(slow);
        assert!(!is_refreshing(&cache, "a"));
    }

    #[test]
    fn a_failed_refresh_is_tried_again() {
        let cache = ResponseCache::default();
        let start = Instant::now();
        let v1: Read = Ok("v1".into());
        now_or_never(cache.version_at("city", start, ready(v1))).unwrap();
        assert_eq!(
            now_or_never(cache.version_at("city", later(start), ready(Err(())))),
            Err(())
        );
        assert!(!is_refreshing(&cache, "city"));
        let v2: Read = Ok("v2".into());
        assert_eq!(
            now_or_never(cache.version_at("city", later(start), ready(v2))),
            Ok("v2".into())
        );
    }

    fn figure(value: &str) -> Observation {
        Observation {
            indicator: "quote".into(),
            at: Coordinates::total(2024),
            value: Some(value.parse().unwrap()),
            lower: None,
            upper: None,
            base: None,
            status: ObsStatus::Normal,
            conf_status: None,
            sign: None,
            footnotes: Vec::new(),
        }
    }

    async fn import(store: &Store, value: &str) {
        let import = NewImport {
            city: "bielefeld".into(),
            file_name: format!("{value}.csv"),
            format: "table".into(),
            source: "Testamt".into(),
            content_hash: format!("hash-{value}"),
            imported_by: "test".into(),
            is_demo: false,
            note: None,
        };
        store
            .import_observations(&import, &[figure(value)], jiff::Timestamp::now(), false)
            .await
            .unwrap();
    }

    async fn api_value(app: &axum::Router) -> String {
        let response = app.clone().oneshot(observations_request()).await.unwrap();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        json["observations"][0]["value_text"]
            .as_str()
            .unwrap_or_else(|| panic!("{json}"))
            .to_owned()
    }

    fn observations_request() -> Request<Body> {
        Request::get("/api/v1/indicators/quote/observations")
            .body(Body::empty())
            .unwrap()
    }

    /// The issue's case over the real router and store: a request cancelled while it refreshes
    /// the version, then a new import; the API must answer the new figure (it kept 11.1).
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn after_a_cancelled_request_the_api_answers_a_new_import() {
        let database = TestDatabase::new(Backend::Sqlite).await;
        let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
            .await
            .unwrap();
        let indicator = parse_indicator(
            r#"
id = "quote"
title = { de = "Quote" }
definition = { de = "Anteil" }
numerator = { de = "Teil" }
denominator = { de = "alle" }
unit = "percent"
concept = "NAT"
polarity = "higher-is-better"
source = { de = "Testamt" }
fields = ["schule"]
breakdowns = ["origin"]
"#,
        )
        .unwrap();
        store
            .save_catalogue("bielefeld", &[indicator], "test", jiff::Timestamp::now())
            .await
            .unwrap();
        import(&store, "11.1").await;
        let read = |name: &str| {
            std::fs::read_to_string(workspace_root().join("data/i18n").join(name)).unwrap()
        };
        let (german, english) = (read("de.ftl"), read("en.ftl"));
        let locales =
            crate::frame::i18n::Locales::from_sources(&[("de", &german), ("en", &english)])
                .unwrap();
        let state = AppState::new(store.clone(), locales, Some("bielefeld".into()));
        let app = crate::router(state.clone());
        assert_eq!(api_value(&app).await, "11.1");

        // The known version is old; a request starts to refresh it and its client goes away
        // while the database read is under way. (SQLite may answer within one poll, so the read
        // that never finishes is given here; the rest is the real router and store.)
        state.shared::<ResponseCache>().age();
        {
            let cache = state.shared::<ResponseCache>();
            let mut request = pin!(cache.version_at(
                "bielefeld",
                Instant::now(),
                pending::<Result<String, teilhabe_store::StoreError>>()
            ));
            let poll = request
                .as_mut()
                .poll(&mut Context::from_waker(Waker::noop()));
            assert!(poll.is_pending());
            assert!(is_refreshing(&cache, "bielefeld"));
        }

        import(&store, "22.2").await;
        state.shared::<ResponseCache>().age();
        assert_eq!(api_value(&app).await, "22.2");
    }
}
