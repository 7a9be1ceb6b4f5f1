//! Path and query extractors of the JSON API whose refusals are JSON errors (400 `bad_request`,
//! documented in openapi.json), not axum's plain-text rejections: a client of the API gets the
//! one error shape for every answer (issue 11, contract fuzzing).

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::ApiError;

/// Like [`Path`], refusing with a JSON 400 that names the parameter's problem.
pub struct ApiPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(ApiError::BadRequest(format!(
                "the path is not valid: {}",
                rejection.body_text()
            ))),
        }
    }
}

/// Like [`Query`], refusing with a JSON 400 (e.g. for a parameter given twice).
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(ApiError::BadRequest(format!(
                "the query is not valid: {}",
                rejection.body_text()
            ))),
        }
    }
}
