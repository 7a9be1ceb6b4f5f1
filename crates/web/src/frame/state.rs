use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock, PoisonError, RwLock};

use jiff::{SignedDuration, Timestamp};
use teilhabe_store::{LoginThrottle, Store, StoreError, StoredConcept};

use super::nav::{NavEntry, Panel, PanelFuture, PanelRequest};
use crate::frame::i18n::Locales;
use teilhabe_app::accounts::passwords::Hashing;

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

/// Renders a feature's panel for a place, or `None` when it has nothing to show there.
pub type PanelSource = for<'a> fn(&'a AppState, &'a PanelRequest<'a>) -> PanelFuture<'a>;

struct Installed {
    nav: Vec<NavEntry>,
    panels: Vec<PanelSource>,
}

/// What every handler can reach: the store, the translations and the clock.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

/// A value of any type, shared between requests.
type Shared = Arc<dyn Any + Send + Sync>;

struct Inner {
    store: Store,
    locales: Locales,
    city: Option<String>,
    clock: teilhabe_app::Clock,
    secure_cookies: bool,
    security: Security,
    hashing: Hashing,
    /// What each feature keeps for itself (its caches), one value per type: the frame holds
    /// them without knowing the features.
    shared: RwLock<HashMap<TypeId, Shared>>,
    /// The navigation entries and panels of every feature, set once by the router.
    features: OnceLock<Installed>,
    /// Limits and slots for parsing uploaded files (monitoring/importing.rs).
    parsing: teilhabe_app::monitoring::importing::Parsing,
    /// Rendered public pages, keyed by content version (page_cache.rs).
    page_cache: super::page_cache::PageCache,
    /// Set by [`AppState::pin_content`]: the data stays as first read.
    pinned: AtomicBool,
    /// What was read while the content is pinned: (what, key) → value
    /// ([`AppState::read_once_pinned`]).
    pinned_reads: RwLock<HashMap<(&'static str, String), Shared>>,
}

impl AppState {
    /// `city` selects the city whose concept is shown; `None` shows the only (or first) one stored.
    pub fn new(store: Store, locales: Locales, city: Option<String>) -> Self {
        AppState {
            inner: Arc::new(Inner {
                store,
                locales,
                city,
                clock: teilhabe_app::Clock::system(),
                secure_cookies: false,
                hashing: Hashing::new(Security::default().concurrent_hashes),
                security: Security::default(),
                shared: Default::default(),
                features: OnceLock::new(),
                parsing: Default::default(),
                page_cache: Default::default(),
                pinned: AtomicBool::new(false),
                pinned_reads: Default::default(),
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
        self.with_app_clock(teilhabe_app::Clock::from_fn(clock))
    }

    /// A settable clock (`Clock::fixed`) or the system's; use cases get their time from it.
    pub fn with_app_clock(self, clock: teilhabe_app::Clock) -> Self {
        self.changed(|inner| inner.clock = clock)
    }

    /// The clock use cases take their time from.
    pub fn clock(&self) -> &teilhabe_app::Clock {
        &self.inner.clock
    }

    /// Parses uploaded files within these limits and slots (the default: the documented limits,
    /// two parses at once).
    pub fn with_parsing(self, parsing: teilhabe_app::monitoring::importing::Parsing) -> Self {
        self.changed(|inner| inner.parsing = parsing)
    }

    /// Keeps rendered public pages with these settings (page_cache.rs).
    pub fn with_page_cache(self, settings: super::page_cache::PageCacheSettings) -> Self {
        self.changed(|inner| inner.page_cache = super::page_cache::PageCache::new(settings))
    }

    /// The kept public pages (and how often they were used).
    pub fn page_cache(&self) -> &super::page_cache::PageCache {
        &self.inner.page_cache
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

    pub fn parsing(&self) -> &teilhabe_app::monitoring::importing::Parsing {
        &self.inner.parsing
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Hands a feature its value of type `T` (its settings from the configuration) before the
    /// first request; [`AppState::shared`] returns it.
    pub fn with_shared<T: Send + Sync + 'static>(self, value: T) -> Self {
        self.changed(|inner| {
            inner
                .shared
                .get_mut()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(TypeId::of::<T>(), Arc::new(value));
        })
    }

    /// The value of type `T` that a feature keeps for itself, made with `T::default()` on first
    /// use and shared by every request after.
    pub fn shared<T: Default + Send + Sync + 'static>(&self) -> Arc<T> {
        let key = TypeId::of::<T>();
        let found = self
            .inner
            .shared
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .cloned();
        let value = match found {
            Some(value) => value,
            None => self
                .inner
                .shared
                .write()
                .unwrap_or_else(PoisonError::into_inner)
                .entry(key)
                .or_insert_with(|| Arc::new(T::default()))
                .clone(),
        };
        // The map holds under `TypeId::of::<T>()` only values of type `T`.
        value
            .downcast::<T>()
            .unwrap_or_else(|_| Arc::new(T::default()))
    }

    /// Records the features' navigation entries and panels (the router does this once).
    pub(crate) fn install(
        &self,
        nav: impl IntoIterator<Item = NavEntry>,
        panels: impl IntoIterator<Item = PanelSource>,
    ) {
        let mut nav: Vec<NavEntry> = nav.into_iter().collect();
        nav.sort_by_key(|entry| entry.order);
        let panels = panels.into_iter().collect();
        // A second router over the same state brings the same features: the first list stays.
        let _ = self.inner.features.set(Installed { nav, panels });
    }

    /// The main navigation, in order.
    pub fn nav(&self) -> &[NavEntry] {
        self.inner
            .features
            .get()
            .map(|installed| installed.nav.as_slice())
            .unwrap_or_default()
    }

    /// Every feature's panel for `request.place`, in the order the features are listed.
    pub async fn panels(&self, request: &PanelRequest<'_>) -> Vec<Panel> {
        let sources = self
            .inner
            .features
            .get()
            .map(|installed| installed.panels.as_slice())
            .unwrap_or_default();
        let mut panels = Vec::new();
        for source in sources {
            if let Some(panel) = source(self, request).await {
                panels.push(panel);
            }
        }
        panels
    }

    pub fn locales(&self) -> &Locales {
        &self.inner.locales
    }

    /// The current time; a parameter of the state so that tests can fix it.
    pub fn now(&self) -> Timestamp {
        self.inner.clock.now()
    }

    pub fn secure_cookies(&self) -> bool {
        self.inner.secure_cookies
    }

    /// Declares that the data will not change while this state is used — the static export reads
    /// one state of the store — so that versions, the city and the concept are read once and
    /// then trusted instead of being checked again by each of its thousands of renders (in the
    /// export of a large city the checks were a third of the database's work, bench/site/run).
    /// A server never pins: there, another instance or a command may change the data any time.
    pub fn pin_content(&self) {
        self.inner.pinned.store(true, Ordering::Release);
    }

    /// Whether [`AppState::pin_content`] was called.
    pub fn content_pinned(&self) -> bool {
        self.inner.pinned.load(Ordering::Acquire)
    }

    /// The result of `read`; while the content is pinned, the first result for (`what`, `key`)
    /// is kept and returned without reading again. For the reads that tell whether data
    /// changed (versions, stamps) and for lists every page reads.
    pub async fn read_once_pinned<T, E>(
        &self,
        what: &'static str,
        key: &str,
        read: impl Future<Output = Result<T, E>>,
    ) -> Result<T, E>
    where
        T: Clone + Send + Sync + 'static,
    {
        if !self.content_pinned() {
            return read.await;
        }
        let slot = (what, key.to_owned());
        let kept = self
            .inner
            .pinned_reads
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&slot)
            .and_then(|value| value.downcast_ref::<T>().cloned());
        if let Some(value) = kept {
            return Ok(value);
        }
        let value = read.await?;
        self.inner
            .pinned_reads
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(slot, Arc::new(value.clone()));
        Ok(value)
    }

    /// The slug of the city this server shows: the configured one, or the first stored.
    pub async fn city(&self) -> Result<Option<String>, StoreError> {
        if let Some(city) = &self.inner.city {
            return Ok(Some(city.clone()));
        }
        self.read_once_pinned("city", "", async {
            Ok(self.inner.store.cities().await?.into_iter().next())
        })
        .await
    }

    /// The current concept of the city this server shows, shared: the parsed document is kept
    /// while the stored version stays current. Every page asks for it; reading and parsing it,
    /// and later copying it, was most of a page's time in the static export of a large city
    /// (bench/site/run), where the concept itself is ten times larger.
    pub async fn concept(&self) -> Result<Option<Arc<StoredConcept>>, StoreError> {
        let Some(city) = self.city().await? else {
            return Ok(None);
        };
        let store = &self.inner.store;
        let stamp =
            self.read_once_pinned("concept-stamp", &city, store.current_concept_stamp(&city));
        let Some((version, hash)) = stamp.await? else {
            return Ok(None);
        };
        let kept = self.shared::<KeptConcept>();
        if let Ok(slot) = kept.0.read()
            && let Some((kept_city, stored)) = slot.as_ref()
            && *kept_city == city
            && stored.version == version
            && stored.content_hash == hash
        {
            return Ok(Some(Arc::clone(stored)));
        }
        let stored = store.current_concept(&city).await?.map(Arc::new);
        if let Some(found) = &stored
            && let Ok(mut slot) = kept.0.write()
        {
            *slot = Some((city, Arc::clone(found)));
        }
        Ok(stored)
    }
}

/// The last concept read: (city, concept).
#[derive(Default)]
struct KeptConcept(RwLock<Option<(String, Arc<StoredConcept>)>>);
