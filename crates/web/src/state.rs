use std::sync::Arc;

use teilhabe_store::{Store, StoreError, StoredConcept};

use crate::i18n::Locales;

/// What every handler can reach: the store and the translations.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    locales: Locales,
    city: Option<String>,
    /// Rendered monitoring API answers, keyed by data version (monitoring/cache.rs).
    monitoring_cache: crate::monitoring::cache::ResponseCache,
}

impl AppState {
    /// `city` selects the city whose concept is shown; `None` shows the only (or first) one stored.
    pub fn new(store: Store, locales: Locales, city: Option<String>) -> Self {
        AppState {
            inner: Arc::new(Inner {
                store,
                locales,
                city,
                monitoring_cache: Default::default(),
            }),
        }
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub(crate) fn monitoring_cache(&self) -> &crate::monitoring::cache::ResponseCache {
        &self.inner.monitoring_cache
    }

    pub fn locales(&self) -> &Locales {
        &self.inner.locales
    }

    /// The slug of the configured city, or of the first city with a concept (no concept is read).
    pub async fn city(&self) -> Result<Option<String>, StoreError> {
        match &self.inner.city {
            Some(city) => Ok(Some(city.clone())),
            None => Ok(self.inner.store.cities().await?.into_iter().next()),
        }
    }

    /// The current concept of the configured city, or of the first city with a concept.
    pub async fn concept(&self) -> Result<Option<StoredConcept>, StoreError> {
        let city = match &self.inner.city {
            Some(city) => city.clone(),
            None => match self.inner.store.cities().await?.into_iter().next() {
                Some(city) => city,
                None => return Ok(None),
            },
        };
        self.inner.store.current_concept(&city).await
    }
}
