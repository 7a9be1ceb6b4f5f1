//! The health check for load balancers and monitoring.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::state::AppState;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: String,
}

/// 200 when the database answers, 503 otherwise. Never cached.
pub async fn health(State(state): State<AppState>) -> Response {
    let database = state.store().backend().to_string();
    match state.store().check_health().await {
        Ok(()) => (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                database,
            }),
        )
            .into_response(),
        Err(error) => {
            tracing::warn!(%error, "health check failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "unavailable",
                    database,
                }),
            )
                .into_response()
        }
    }
}
