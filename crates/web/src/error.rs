//! Errors as answers: JSON under /api, a translated HTML page elsewhere.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::language::Language;
use crate::pages;
use crate::state::AppState;

/// An error answered by the JSON API.
#[derive(Debug)]
pub enum ApiError {
    NotFound(String),
    /// A query parameter that cannot be understood.
    BadRequest(String),
    NoConcept,
    Internal,
}

#[derive(Serialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize)]
struct ErrorDetail {
    status: u16,
    code: &'static str,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code, message) = match self {
            ApiError::NotFound(message) => (StatusCode::NOT_FOUND, "not_found", message),
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, "bad_request", message),
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
        };
        let body = ErrorBody {
            error: ErrorDetail {
                status: status.as_u16(),
                code,
                message,
            },
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

/// Unknown paths: JSON under /api, the HTML "not found" page elsewhere.
pub async fn fallback(State(state): State<AppState>, language: Language, uri: Uri) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        ApiError::NotFound(format!("there is no resource at {path}")).into_response()
    } else {
        pages::not_found(&state, &language).await
    }
}
