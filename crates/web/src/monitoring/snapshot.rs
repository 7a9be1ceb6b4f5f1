//! The monitoring data the start and field pages show, read once per content version.
//!
//! Profiling the start page (issue 11) showed that most of a render went into moving every
//! city-wide figure (`Store::observations_of_city`, hundreds of rows) out of the database: sqlx's
//! SQLite driver hands each row from its connection thread to the async workers one at a time,
//! so renders spent their time in thread wake-ups, and throughput stayed flat from 1 to 64
//! connections. The figures and the catalogue change only with the content version
//! (frame/page_cache.rs), so they are read once per version and shared by every render — signed-in
//! pages included, which the page cache never serves.

use std::sync::{Arc, RwLock};

use teilhabe_store::{StoreError, StoredCatalogue, StoredObservation};

use crate::frame::state::AppState;

/// A city's current catalogue and its figures at one content version.
pub struct Monitoring {
    pub catalogue: Option<StoredCatalogue>,
    pub observations: Vec<StoredObservation>,
}

#[derive(Default)]
pub struct Snapshots {
    /// (content version, city) → data.
    monitoring: RwLock<Option<(i64, String, Arc<Monitoring>)>>,
}

/// The data version of `city`'s figures (`Store::monitoring_version`), which validates pages,
/// downloads and kept figures: read each time, or once while the content is pinned
/// ([`AppState::pin_content`]).
pub async fn data_version(state: &AppState, city: &str) -> Result<String, StoreError> {
    state
        .read_once_pinned(
            "monitoring-version",
            city,
            state.store().monitoring_version(city),
        )
        .await
}

/// The catalogue and city-wide figures of `city`: kept for the current content version, read
/// when the version moved (or cannot be read).
pub async fn monitoring(state: &AppState, city: &str) -> Result<Arc<Monitoring>, StoreError> {
    let version = state.page_cache().version(state).await;
    let snapshots = state.shared::<Snapshots>();
    if let Some(version) = version
        && let Ok(kept) = snapshots.monitoring.read()
        && let Some((kept_version, kept_city, data)) = kept.as_ref()
        && *kept_version == version
        && kept_city == city
    {
        return Ok(data.clone());
    }
    let (catalogue, observations) = tokio::try_join!(
        state.store().current_catalogue(city),
        state.store().observations_of_city(city)
    )?;
    let data = Arc::new(Monitoring {
        catalogue,
        observations,
    });
    if let Some(version) = version
        && let Ok(mut kept) = snapshots.monitoring.write()
        && kept
            .as_ref()
            .is_none_or(|(kept_version, _, _)| *kept_version <= version)
    {
        *kept = Some((version, city.to_owned(), data.clone()));
    }
    Ok(data)
}
