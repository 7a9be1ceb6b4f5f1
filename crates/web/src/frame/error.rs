//! Errors as answers: JSON under /api ([`ApiError`]), a translated HTML page elsewhere
//! ([`PageError`]).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error answered by the JSON API.
#[derive(Debug)]
pub enum ApiError {
    NotFound(String),
    NoConcept,
    Internal,
    /// No session or token, for something that needs one.
    Unauthorized,
    Forbidden(String),
    BadRequest(String),
    /// The content breaks the rules: (field, message) pairs.
    Invalid(Vec<(String, String)>),
    /// An uploaded file was refused: (part, message) pairs; nothing was stored.
    RejectedFile(Vec<(String, String)>),
    /// The request is fine but the store is not ready for it (e.g. no indicator catalogue).
    Unready(String),
    TooLarge(String),
    /// Someone else changed the record; `current` is what is stored now.
    Conflict {
        current_version: i64,
        current: serde_json::Value,
    },
}

#[derive(Serialize)]
struct ErrorBody {
    error: ErrorDetail,
    #[serde(skip_serializing_if = "Option::is_none")]
    current: Option<serde_json::Value>,
}

#[derive(Serialize)]
struct ErrorDetail {
    status: u16,
    code: &'static str,
    message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    problems: Vec<ProblemDetail>,
    #[serde(skip_serializing_if = "Option::is_none")]
    current_version: Option<i64>,
}

#[derive(Serialize)]
struct ProblemDetail {
    field: String,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut problems = Vec::new();
        let mut current = None;
        let mut current_version = None;
        let (status, code, message) = match self {
            ApiError::NotFound(message) => (StatusCode::NOT_FOUND, "not_found", message),
            ApiError::NoConcept => (
                StatusCode::SERVICE_UNAVAILABLE,
                "no_concept",
                "no integration concept is loaded yet".to_owned(),
            ),
            ApiError::Internal => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "the request could not be answered; the server log has the details".to_owned(),
            ),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "sign in or send `Authorization: Bearer <token>`".to_owned(),
            ),
            ApiError::Forbidden(message) => (StatusCode::FORBIDDEN, "forbidden", message),
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, "bad_request", message),
            ApiError::Invalid(list) => {
                problems = list
                    .into_iter()
                    .map(|(field, message)| ProblemDetail { field, message })
                    .collect();
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    "the measure breaks rules; see `problems`".to_owned(),
                )
            }
            ApiError::RejectedFile(list) => {
                problems = list
                    .into_iter()
                    .map(|(field, message)| ProblemDetail { field, message })
                    .collect();
                (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid_file",
                    "nothing was imported; see `problems` (each names file, line and column)"
                        .to_owned(),
                )
            }
            ApiError::Unready(message) => (StatusCode::CONFLICT, "not_ready", message),
            ApiError::TooLarge(message) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", message),
            ApiError::Conflict {
                current_version: version,
                current: stored,
            } => {
                current_version = Some(version);
                current = Some(stored);
                (
                    StatusCode::CONFLICT,
                    "conflict",
                    format!(
                        "the measure was changed in the meantime; it is now at version {version}"
                    ),
                )
            }
        };
        let body = ErrorBody {
            error: ErrorDetail {
                status: status.as_u16(),
                code,
                message,
                problems,
                current_version,
            },
            current,
        };
        (status, Json(body)).into_response()
    }
}

impl From<teilhabe_store::StoreError> for ApiError {
    fn from(error: teilhabe_store::StoreError) -> Self {
        tracing::error!(%error, "store error");
        ApiError::Internal
    }
}

/// A use case's refusal as an API answer (a feature with its own wording for "not found" maps
/// it itself).
impl From<teilhabe_app::AppError> for ApiError {
    fn from(error: teilhabe_app::AppError) -> Self {
        use teilhabe_app::AppError;
        match error {
            AppError::NotFound => ApiError::NotFound("not found".into()),
            AppError::Unauthenticated => ApiError::Unauthorized,
            AppError::Forbidden(message) => ApiError::Forbidden(message),
            AppError::Invalid(problems) => ApiError::Invalid(
                problems
                    .into_iter()
                    .map(|problem| (problem.field, problem.message))
                    .collect(),
            ),
            AppError::Unready(message) => ApiError::Unready(message),
            AppError::Conflict { .. } | AppError::Render(_) => ApiError::Internal,
            AppError::Internal(error) => error.into(),
        }
    }
}

/// A page that could not be shown as asked, already rendered as the translated message page in
/// the visitor's language (its `Content-Language` says which) or as the redirect to sign in.
/// Handlers return `Result<Response, PageError>` and pass failures on with `?`.
#[derive(Debug)]
pub struct PageError {
    response: Response,
}

impl PageError {
    pub(crate) fn new(response: Response) -> Self {
        PageError { response }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        self.response
    }
}
