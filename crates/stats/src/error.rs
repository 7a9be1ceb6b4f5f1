//! The statistics engine's one error type. Every variant says what to fix.

use std::path::PathBuf;

use crate::register::RejectReason;

/// A row of the register extract that cannot be used, located precisely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// 1-based line in the file (the header is line 1).
    pub line: u64,
    /// 1-based column position in the file.
    pub column: usize,
    /// Column name from the documented layout.
    pub column_name: &'static str,
    /// The offending value as read (decoded with the detected encoding).
    pub value: String,
    pub reason: RejectReason,
    /// What was expected instead, in words.
    pub expected: String,
}

impl std::fmt::Display for InputProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "line {}, column {} ({}): {} {:?}; expected {}",
            self.line,
            self.column,
            self.column_name,
            self.reason.describe(),
            self.value,
            self.expected
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StatsError {
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("configuration {path}: {message}")]
    Config { path: PathBuf, message: String },
    #[error(
        "register extract {path}: {problem} (use --lenient to reject such rows and count them)"
    )]
    Input {
        path: PathBuf,
        problem: InputProblem,
    },
    /// The file as a whole cannot be read as an extract: the header (line 1), or a line too
    /// long to be a row.
    #[error("register extract {path}: line {line}: {message}")]
    Layout {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("invalid argument: {0}")]
    Argument(String),
    #[error(
        "disclosure audit failed: {failing} suppressed cell(s) can be narrowed to a range below the required width {required}; first: {first}"
    )]
    AuditFailed {
        failing: usize,
        required: f64,
        first: String,
    },
    #[error("cubes folder {path}: {message}")]
    Published { path: PathBuf, message: String },
    #[error(
        "the intruder's audit of the published files failed: {failing} primary cell(s) can be narrowed to a range below the required width {required}; first: {first}"
    )]
    PublicAuditFailed {
        failing: usize,
        required: f64,
        first: String,
    },
    #[error("linear programme for the disclosure audit could not be solved: {0}")]
    Solver(String),
    #[error(
        "output folder {path} already exists and is not empty; remove it or choose another --out"
    )]
    OutputExists { path: PathBuf },
}

impl StatsError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn config(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::Config {
            path: path.into(),
            message: message.into(),
        }
    }
}
