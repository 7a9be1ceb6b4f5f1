use std::sync::Arc;

use jiff::Timestamp;
use teilhabe_store::{Store, StoreError, StoredConcept};

use crate::i18n::Locales;

/// What every handler can reach: the store, the translations and the clock.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    locales: Locales,
    city: Option<String>,
    clock: Box<dyn Fn() -> Timestamp + Send + Sync>,
    secure_cookies: bool,
    /// Rendered monitoring API answers, keyed by data version (monitoring/cache.rs).
    monitoring_cache: crate::monitoring::cache::ResponseCache,
    /// Limits and slots for parsing uploaded files (monitoring/importing.rs).
    parsing: crate::monitoring::importing::Parsing,
}

impl AppState {
    /// `city` selects the city whose concept is shown; `None` shows the only (or first) one stored.
    pub fn new(store: Store, locales: Locales, city: Option<String>) -> Self {
        AppState {
            inner: Arc::new(Inner {
                store,
                locales,
                city,
                clock: Box::new(Timestamp::now),
                secure_cookies: false,
                monitoring_cache: Default::default(),
                parsing: Default::default(),
            }),
        }
    }

    /// Marks session cookies `Secure` even when no proxy says the request came over HTTPS.
    pub fn with_secure_cookies(self, secure: bool) -> Self {
        match Arc::try_unwrap(self.inner) {
            Ok(mut inner) => {
                inner.secure_cookies = secure;
                AppState {
                    inner: Arc::new(inner),
                }
            }
            Err(inner) => AppState { inner },
        }
    }

    /// Parses uploaded files within these limits and slots (the default: the documented limits,
    /// two parses at once).
    pub fn with_parsing(self, parsing: crate::monitoring::importing::Parsing) -> Self {
        match Arc::try_unwrap(self.inner) {
            Ok(mut inner) => {
                inner.parsing = parsing;
                AppState {
                    inner: Arc::new(inner),
                }
            }
            Err(inner) => AppState { inner },
        }
    }

    pub fn parsing(&self) -> &crate::monitoring::importing::Parsing {
        &self.inner.parsing
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

    /// The current time; a parameter of the state so that tests can fix it.
    pub fn now(&self) -> Timestamp {
        (self.inner.clock)()
    }

    pub fn secure_cookies(&self) -> bool {
        self.inner.secure_cookies
    }

    /// The slug of the city this server shows: the configured one, or the first stored.
    pub async fn city(&self) -> Result<Option<String>, StoreError> {
        match &self.inner.city {
            Some(city) => Ok(Some(city.clone())),
            None => Ok(self.inner.store.cities().await?.into_iter().next()),
        }
    }

    /// The current concept of the city this server shows.
    pub async fn concept(&self) -> Result<Option<StoredConcept>, StoreError> {
        match self.city().await? {
            Some(city) => self.inner.store.current_concept(&city).await,
            None => Ok(None),
        }
    }
}
