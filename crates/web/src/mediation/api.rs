//! `GET /api/v1/mediation/demand` (public, protected aggregates) and
//! `GET /api/v1/mediation/requests` (an institution's own requests with their status; the
//! coordination's all).

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use teilhabe_app::mediation;

use crate::frame::visitor::Viewer;
use crate::frame::{ApiError, AppState, caching};

pub async fn demand(
    State(state): State<AppState>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let figures = mediation::demand(state.store(), None)
        .await
        .map_err(ApiError::from)?;
    let bytes = serde_json::to_vec(&figures).map_err(|_| ApiError::Internal)?;
    let etag = caching::etag(&[&String::from_utf8_lossy(&bytes), "mediation-demand"]);
    Ok(caching::cacheable(&request, &etag, false, || {
        let mut response = (StatusCode::OK, bytes).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        response
    }))
}

#[derive(Serialize)]
struct RequestBody {
    id: i64,
    institution: String,
    language: String,
    setting: &'static str,
    starts_at: String,
    minutes: u32,
    district: String,
    topic: &'static str,
    urgent: bool,
    status: &'static str,
}

#[derive(Serialize)]
struct RequestsBody {
    count: usize,
    requests: Vec<RequestBody>,
}

pub async fn requests(State(state): State<AppState>, viewer: Viewer) -> Result<Response, ApiError> {
    let list = mediation::requests(state.store(), &viewer.visitor)
        .await
        .map_err(ApiError::from)?;
    let body = RequestsBody {
        count: list.len(),
        requests: list
            .iter()
            .map(|r| RequestBody {
                id: r.id,
                institution: r.content.institution.clone(),
                language: r.content.language.clone(),
                setting: r.content.setting.as_str(),
                starts_at: r.content.starts_at.to_string(),
                minutes: r.content.minutes,
                district: r.content.district.clone(),
                topic: r.content.topic.as_str(),
                urgent: r.urgent,
                status: r.status.as_str(),
            })
            .collect(),
    };
    let mut response = (StatusCode::OK, Json(body)).into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}
