//! `POST /api/v1/collection/dataValueSets` (DHIS2 JSON in, all or nothing; `?dryRun=true`
//! checks only) and `GET /api/v1/collection/dataValueSets?dataSet=&period=&orgUnit=`. Who may
//! import or read which institution's values is decided in `teilhabe_app::collection::files`.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use teilhabe_app::collection::files::{self, DataValueSet, Format};
use teilhabe_app::{Actor, AppError};

use crate::frame::api_input::ApiQuery;
use crate::frame::forms::csrf_token_ok;
use crate::frame::visitor::Viewer;
use crate::frame::{ApiError, AppState};

fn private(mut response: Response) -> Response {
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExportQuery {
    data_set: String,
    period: String,
    #[serde(default)]
    org_unit: Option<String>,
}

pub async fn export(
    State(state): State<AppState>,
    viewer: Viewer,
    ApiQuery(query): ApiQuery<ExportQuery>,
) -> Result<Response, ApiError> {
    if !viewer.visitor.is_signed_in() {
        return Err(ApiError::Unauthorized);
    }
    let text = files::export(
        state.store(),
        &Actor::Visitor(viewer.visitor.clone()),
        &query.data_set,
        &query.period,
        Format::Json,
    )
    .await
    .map_err(ApiError::from)?;
    let mut set: DataValueSet = serde_json::from_str(&text).map_err(|_| ApiError::Internal)?;
    if let Some(org_unit) = query.org_unit.as_deref().filter(|o| !o.is_empty()) {
        set.data_values.retain(|value| value.org_unit == org_unit);
    }
    Ok(private((StatusCode::OK, Json(set)).into_response()))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportQuery {
    #[serde(default)]
    dry_run: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportBody {
    values: usize,
    forms: usize,
    changed: usize,
    dry_run: bool,
}

pub async fn import(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<ImportQuery>,
    body: Bytes,
) -> Result<Response, ApiError> {
    if !viewer.visitor.is_signed_in() {
        return Err(ApiError::Unauthorized);
    }
    if !viewer.via_token {
        let sent = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        if !csrf_token_ok(&viewer, sent) {
            return Err(ApiError::Forbidden(
                "a request with a session cookie needs the X-CSRF-Token header".into(),
            ));
        }
    }
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::Invalid(vec![("body".into(), "the body is not UTF-8".into())]))?;
    let summary = files::import(
        state.store(),
        &Actor::Visitor(viewer.visitor.clone()),
        Format::Json,
        text,
        query.dry_run.unwrap_or(false),
        state.now(),
    )
    .await
    .map_err(|error| match error {
        AppError::Invalid(problems) => ApiError::RejectedFile(
            problems
                .into_iter()
                .map(|problem| (problem.field, problem.message))
                .collect(),
        ),
        other => ApiError::from(other),
    })?;
    let body = ImportBody {
        values: summary.values,
        forms: summary.forms,
        changed: summary.changed,
        dry_run: summary.dry_run,
    };
    Ok(private((StatusCode::OK, Json(body)).into_response()))
}
