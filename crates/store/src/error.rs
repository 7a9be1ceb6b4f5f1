use thiserror::Error;

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("cannot connect to the database {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Query(#[from] sqlx::Error),
    #[error("the stored concept version {version} of {city} cannot be read: {reason}")]
    CorruptConcept {
        city: String,
        version: i64,
        reason: String,
    },
    #[error("stored data cannot be read: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Duplicate(String),
    #[error("not found")]
    NotFound,
    #[error("the record was changed by someone else (now version {current})")]
    Conflict { current: i64 },
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<teilhabe_domain::measure::Problem>),
    #[error("the database file {} no longer exists", .0.display())]
    DatabaseFileMissing(std::path::PathBuf),
    /// Monitoring data that breaks a rule of the store (e.g. a suppressed figure with a value).
    #[error("{0}")]
    InvalidFigures(String),
    #[error(
        "unsupported database address `{0}`; expected postgres://…, sqlite:PATH or a file path"
    )]
    UnsupportedUrl(String),
}
