use std::sync::Arc;

use jiff::{SignedDuration, Timestamp};
use teilhabe_store::{LoginThrottle, Store, StoreError, StoredConcept};

use crate::auth::Hashing;
use crate::i18n::Locales;

/// The settings of sign-in, sessions, tokens and the client address (docs/guides/operators.md).
#[derive(Debug, Clone)]
pub struct Security {
    /// Proxies whose `X-Forwarded-For` / `Forwarded` / `X-Forwarded-Proto` are believed.
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// A session ends after this long without a request…
    pub session_idle: SignedDuration,
    /// …and this long after the login, whatever happens.
    pub session_lifetime: SignedDuration,
    /// How long a new API token works.
    pub token_lifetime: SignedDuration,
    pub throttle: LoginThrottle,
    /// Passwords hashed or verified at the same time, at most.
    pub concurrent_hashes: usize,
}

impl Default for Security {
    fn default() -> Self {
        Security {
            trusted_proxies: Vec::new(),
            session_idle: SignedDuration::from_mins(60),
            session_lifetime: SignedDuration::from_hours(12),
            token_lifetime: SignedDuration::from_hours(90 * 24),
            throttle: LoginThrottle::default(),
            // Half the cores: the other half keeps answering everything else during a burst.
            concurrent_hashes: std::thread::available_parallelism()
                .map(|cores| (usize::from(cores) / 2).max(1))
                .unwrap_or(1),
        }
    }
}

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
    security: Security,
    hashing: Hashing,
    /// Rendered monitoring API answers, keyed by data version (monitoring/cache.rs).
    monitoring_cache: crate::monitoring::cache::ResponseCache,
    /// Limits and slots for parsing uploaded files (monitoring/importing.rs).
    parsing: crate::monitoring::importing::Parsing,
    /// Rendered public pages, keyed by content version (page_cache.rs).
    page_cache: crate::page_cache::PageCache,
    /// Data read once per content version (snapshot.rs).
    snapshots: crate::snapshot::Snapshots,
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
                hashing: Hashing::new(Security::default().concurrent_hashes),
                security: Security::default(),
                monitoring_cache: Default::default(),
                parsing: Default::default(),
                page_cache: Default::default(),
                snapshots: Default::default(),
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

    /// Sign-in, session, token and proxy settings.
    pub fn with_security(self, security: Security) -> Self {
        self.changed(|inner| {
            inner.hashing = Hashing::new(security.concurrent_hashes);
            inner.security = security;
        })
    }

    /// A clock other than the system's (tests).
    pub fn with_clock(self, clock: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        self.changed(|inner| inner.clock = Box::new(clock))
    }

    /// Parses uploaded files within these limits and slots (the default: the documented limits,
    /// two parses at once).
    pub fn with_parsing(self, parsing: crate::monitoring::importing::Parsing) -> Self {
        self.changed(|inner| inner.parsing = parsing)
    }

    /// Keeps rendered public pages with these settings (page_cache.rs).
    pub fn with_page_cache(self, settings: crate::page_cache::PageCacheSettings) -> Self {
        self.changed(|inner| inner.page_cache = crate::page_cache::PageCache::new(settings))
    }

    /// The kept public pages (and how often they were used).
    pub fn page_cache(&self) -> &crate::page_cache::PageCache {
        &self.inner.page_cache
    }

    pub(crate) fn snapshots(&self) -> &crate::snapshot::Snapshots {
        &self.inner.snapshots
    }

    fn changed(self, change: impl FnOnce(&mut Inner)) -> Self {
        match Arc::try_unwrap(self.inner) {
            Ok(mut inner) => {
                change(&mut inner);
                AppState {
                    inner: Arc::new(inner),
                }
            }
            Err(inner) => AppState { inner },
        }
    }

    pub fn security(&self) -> &Security {
        &self.inner.security
    }

    /// Password hashing off the async workers, a few at a time.
    pub fn hashing(&self) -> &Hashing {
        &self.inner.hashing
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
