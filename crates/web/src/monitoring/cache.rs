//! Rendered API answers kept in memory, keyed by the data version of the city.
//!
//! The figures change only through imports, and every import changes the city's monitoring
//! version (`Store::monitoring_version`). An answer is reused as long as the version is the same;
//! the version is read from the database at most every [`REVALIDATE`], by one request while the
//! others keep using the last one. So an instance answers with new figures at most that long
//! after an import by any instance — well within the `max-age=60` that caches may keep a public
//! answer anyway (docs/decisions.md). Nothing else is cached.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::state::AppState;

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
    refreshing: AtomicBool,
    entries: RwLock<HashMap<String, Arc<Cached>>>,
}

impl ResponseCache {
    /// The monitoring version of `city`: remembered, or read when older than [`REVALIDATE`].
    pub async fn version(
        &self,
        state: &AppState,
        city: &str,
    ) -> Result<String, teilhabe_store::StoreError> {
        let known = self
            .versions
            .read()
            .ok()
            .and_then(|versions| versions.get(city).cloned());
        if let Some((version, read_at)) = &known {
            let fresh = read_at.elapsed() < REVALIDATE;
            // One request refreshes; the others go on with the version they know.
            if fresh
                || self
                    .refreshing
                    .compare_exchange(false, true, Ordering::AcqRel, Ordering::Acquire)
                    .is_err()
            {
                return Ok(version.clone());
            }
        }
        let result = state.store().monitoring_version(city).await;
        if let Ok(version) = &result
            && let Ok(mut versions) = self.versions.write()
        {
            let changed = versions
                .get(city)
                .is_some_and(|(previous, _)| previous != version);
            versions.insert(city.to_owned(), (version.clone(), Instant::now()));
            if changed && let Ok(mut entries) = self.entries.write() {
                entries.clear();
            }
        }
        if known.is_some() {
            self.refreshing.store(false, Ordering::Release);
        }
        result
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
