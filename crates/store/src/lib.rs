//! The store: schema migrations and queries for SQLite and PostgreSQL, one code path.
//!
//! Queries are written once with `$1`-style parameters, which both backends understand through
//! sqlx's `Any` driver. Where the dialects differ (identity columns), each backend has its own
//! migration folder. Values the two type systems disagree on are stored portably: timestamps as
//! RFC 3339 text in UTC, flags as integers, money as integer cents.

pub mod accounts;
pub mod audit;
// Issue 16: data from institutions.
pub mod backup;
pub mod collection;
mod concept;
mod content_version;
// Issue 14: content translations and translator grants.
mod content_translations;
mod database_url;
// Issue 17: reports of discrimination and case records.
pub mod discrimination;
mod error;
mod import_mappings;
pub mod institutions;
pub mod mail;
pub mod measures;
// Issue 15: language mediation.
pub mod mediation;
// Issue 18: the offers directory.
mod monitoring;
pub mod offers;
pub mod report_editions;
mod settings;
mod time;
pub mod working_groups;

use std::sync::Once;
use std::time::Duration;

use sqlx::AnyPool;
use sqlx::any::AnyPoolOptions;

pub use accounts::{
    ApiToken, LoginAttempt, LoginThrottle, NewToken, NewUser, Session, User, UserChange,
};
pub use audit::{AuditEntry, AuditFilter, AuditRecord};
pub use backup::{BackupError, TableCounts};
pub use concept::{
    ConceptLoad, ConceptVersion, SearchHit, SearchHitKind, StoredConcept, VersionNote,
};
pub use content_translations::{TranslationWrite, TranslationsWritten, Written};
pub use database_url::{Backend, DatabaseUrl, redact_password};
pub use error::StoreError;
pub use import_mappings::{ImportDraft, NewDraft, NewSavedMapping, SavedMapping};
pub use monitoring::{
    CatalogueLoad, ImportPage, ImportQuery, ImportRecord, ImportReport, NewImport,
    ObservationFilter, PeriodChange, StoredCatalogue, StoredObservation,
};
pub use report_editions::{Edition, NewEdition};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// A connection pool to the database, migrated to the current schema.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    sqlite_path: Option<std::path::PathBuf>,
}

impl Store {
    /// Connects (creating an SQLite file if it does not exist) and runs pending migrations.
    pub async fn open(url: &DatabaseUrl) -> Result<Self, StoreError> {
        let store = Store::connect(url).await?;
        store
            .migrator()
            .run(&store.pool)
            .await
            .map_err(StoreError::Migrate)?;
        Ok(store)
    }

    /// Connects without touching the schema (a restore migrates step by step itself).
    async fn connect(url: &DatabaseUrl) -> Result<Self, StoreError> {
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);

        let backend = url.backend();
        let options = AnyPoolOptions::new()
            .max_connections(match backend {
                // SQLite serialises writers anyway; a few readers are plenty for one office.
                Backend::Sqlite => 4,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(5))
            .after_connect(move |connection, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets the web server read while an import writes; wait rather than
                        // fail when another process holds the write lock briefly.
                        sqlx::query("PRAGMA journal_mode = WAL")
                            .execute(&mut *connection)
                            .await?;
                        sqlx::query("PRAGMA busy_timeout = 5000")
                            .execute(&mut *connection)
                            .await?;
                        sqlx::query("PRAGMA foreign_keys = ON")
                            .execute(&mut *connection)
                            .await?;
                    }
                    Ok(())
                })
            });
        let pool = options
            .connect(url.connection_string())
            .await
            .map_err(|source| StoreError::Connect {
                url: url.redacted(),
                source,
            })?;
        Ok(Store {
            pool,
            backend,
            sqlite_path: url.sqlite_path().map(ToOwned::to_owned),
        })
    }

    /// Starts a transaction that writes. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`, waiting up to the busy timeout): a deferred transaction that reads first gets
    /// "database is locked" at its first write whenever another writer committed in between,
    /// and the busy timeout does not help. PostgreSQL's row locks need nothing of the kind.
    pub(crate) async fn begin_write(
        &self,
    ) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    fn migrator(&self) -> &'static sqlx::migrate::Migrator {
        match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Whether the database answers a query that touches the schema. An SQLite file that was
    /// deleted or moved away still answers through open handles, but nothing written to it would
    /// survive, so a missing file counts as unhealthy too.
    pub async fn check_health(&self) -> Result<(), StoreError> {
        if let Some(path) = &self.sqlite_path
            && !path.exists()
        {
            return Err(StoreError::DatabaseFileMissing(path.clone()));
        }
        sqlx::query("SELECT COUNT(*) FROM concept_versions WHERE id < 0")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    /// Closes every connection; pending queries finish first.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
