//! Who acts, and why a use case refused or failed.

use teilhabe_domain::access::Visitor;
use teilhabe_store::StoreError;

/// Who runs a use case: a visitor of the web app (or the API), or the operator at the command
/// line. The operator holds the database's credentials and could change everything directly,
/// so the command line is not asked for a role; the audit log still names the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The command line; the name as the audit log records it (`cli:<user>`).
    Operator(String),
    Visitor(Visitor),
}

impl Actor {
    /// The name the audit log records.
    pub fn name(&self) -> String {
        match self {
            Actor::Operator(name) => name.clone(),
            Actor::Visitor(visitor) => visitor
                .principal()
                .map(|p| p.actor.clone())
                .unwrap_or_else(|| "public".to_owned()),
        }
    }

    /// Whether this actor may import figures (statisticians and administrators).
    pub fn may_import(&self) -> bool {
        match self {
            Actor::Operator(_) => true,
            Actor::Visitor(visitor) => visitor.may_import(),
        }
    }

    /// Whether this actor may manage accounts and tokens (administrators).
    pub fn may_manage_users(&self) -> bool {
        match self {
            Actor::Operator(_) => true,
            Actor::Visitor(visitor) => visitor.may_manage_users(),
        }
    }
}

/// A field of the input and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    /// In English (the command line, the API).
    pub message: String,
    /// Where the rule has one: the translation a page shows instead of `message`.
    pub translation: Option<Translatable>,
}

/// A message of the translation files (`id`), with the value it is about as `$value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translatable {
    pub id: String,
    pub value: Option<String>,
}

impl Problem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            field: field.into(),
            message: message.into(),
            translation: None,
        }
    }

    /// A problem whose pages show the translation `id` (with `value`).
    pub fn translated(
        field: impl Into<String>,
        message: impl Into<String>,
        id: impl Into<String>,
        value: Option<String>,
    ) -> Self {
        Problem {
            translation: Some(Translatable {
                id: id.into(),
                value,
            }),
            ..Problem::new(field, message)
        }
    }
}

/// Why a use case did not do what was asked; every variant but `Internal` is something the
/// person asking can act on.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// There is no such thing — or the visitor may not know it exists.
    #[error("not found")]
    NotFound,
    /// Signing in would help.
    #[error("sign in first")]
    Unauthenticated,
    /// Signed in, but the role does not allow it.
    #[error("{0}")]
    Forbidden(String),
    /// The input has problems, each naming its field.
    #[error("{}", .0.iter().map(|p| format!("{}: {}", p.field, p.message)).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
    /// Someone else changed it first; `current` is the version stored now.
    #[error("changed in the meantime (now version {current})")]
    Conflict { current: i64 },
    /// The store is not ready for it (no concept, no catalogue).
    #[error("{0}")]
    Unready(String),
    /// Rendering a document (the report's PDF) failed; the message says where.
    #[error("the document could not be rendered: {0}")]
    Render(String),
    #[error(transparent)]
    Internal(StoreError),
}

impl AppError {
    /// Refuses `visitor`: the public is asked to sign in, a signed-in visitor is told no.
    pub fn refuse(visitor: &Visitor, what: &str) -> Self {
        if visitor.is_signed_in() {
            AppError::Forbidden(what.to_owned())
        } else {
            AppError::Unauthenticated
        }
    }
}
