//! Test support shared by the crates' integration tests: fresh databases on both backends (a
//! throwaway PostgreSQL server is started when none is given) and a running `teilhabe` server.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod hostile;
mod postgres;
mod server;
pub mod smtp;

use std::sync::atomic::{AtomicUsize, Ordering};

pub use server::TestServer;

/// The two database backends every store test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub const BACKENDS: [Backend; 2] = [Backend::Sqlite, Backend::Postgres];

/// An empty database that exists as long as this value does (SQLite) or the test run (PostgreSQL).
pub struct TestDatabase {
    pub url: String,
    pub backend: Backend,
    /// For SQLite: the database file.
    pub path: Option<std::path::PathBuf>,
    _directory: Option<tempfile::TempDir>,
}

impl TestDatabase {
    pub async fn new(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => {
                let directory = tempfile::tempdir().expect("temporary directory");
                let path = directory.path().join("teilhabe.sqlite");
                TestDatabase {
                    url: format!("sqlite:{}", path.display()),
                    backend,
                    path: Some(path),
                    _directory: Some(directory),
                }
            }
            Backend::Postgres => {
                let name = unique_name("t");
                let url = postgres::create_database(&name).await;
                TestDatabase {
                    url,
                    backend,
                    path: None,
                    _directory: None,
                }
            }
        }
    }

    /// Takes the database away from running servers: drops it (PostgreSQL) or deletes the file
    /// (SQLite).
    pub async fn destroy(&self) {
        match self.backend {
            Backend::Sqlite => {
                let path = self.path.as_ref().expect("sqlite path");
                std::fs::remove_file(path).expect("delete sqlite file");
                for suffix in ["-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Backend::Postgres => postgres::drop_database(&self.url).await,
        }
    }
}

/// A name no other test in this run uses.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    format!(
        "{prefix}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// The workspace root, for tests that read shipped data such as `data/concept/bielefeld.toml`.
pub fn workspace_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// The number of rows of every table of the database at `url` (SQLite or PostgreSQL), by table
/// name: compared before and after an import that must store nothing.
pub async fn row_counts(url: &str) -> std::collections::BTreeMap<String, i64> {
    use sqlx::Row;
    let mut counts = std::collections::BTreeMap::new();
    if url.starts_with("sqlite:") {
        let pool = sqlx::SqlitePool::connect(url).await.expect("open sqlite");
        let tables: Vec<String> = sqlx::query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .fetch_all(&pool)
        .await
        .expect("list tables")
        .iter()
        .map(|row| row.get::<String, _>(0))
        .collect();
        for table in tables {
            let count: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM \"{table}\""
            )))
            .fetch_one(&pool)
            .await
            .expect("count rows")
            .get(0);
            counts.insert(table, count);
        }
        pool.close().await;
    } else {
        let pool = sqlx::PgPool::connect(url).await.expect("open postgres");
        let tables: Vec<String> = sqlx::query(
            "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema()",
        )
        .fetch_all(&pool)
        .await
        .expect("list tables")
        .iter()
        .map(|row| row.get::<String, _>(0))
        .collect();
        for table in tables {
            let count: i64 = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM \"{table}\""
            )))
            .fetch_one(&pool)
            .await
            .expect("count rows")
            .get(0);
            counts.insert(table, count);
        }
        pool.close().await;
    }
    counts
}
