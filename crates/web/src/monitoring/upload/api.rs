//! `POST /api/v1/imports/table|cubes`: the same imports for scripts, answered in JSON.

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::{API_PARTS, Body, Kind, Parts, UPLOAD_LIMIT, request, run};
use crate::frame::error::ApiError;
use crate::frame::state::AppState;
use crate::frame::visitor::{self as auth, Viewer};
use crate::monitoring::importing::{ImportFailure, ImportRun};

#[derive(Deserialize)]
pub struct UploadQuery {
    #[serde(default)]
    dry_run: bool,
}

#[derive(Serialize)]
struct PeriodJson {
    indicator: String,
    year: i32,
    previous: usize,
    new: usize,
    changed: usize,
}

#[derive(Serialize)]
struct ImportJson {
    /// `null` for a dry run.
    import_id: Option<i64>,
    dry_run: bool,
    city: String,
    format: &'static str,
    encoding: &'static str,
    demo: bool,
    figures: usize,
    periods: Vec<PeriodJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skipped_indicators: Vec<String>,
    #[serde(skip_serializing_if = "is_zero")]
    skipped_rows: usize,
    /// Rows the mapping's `keep`/`drop` rules left out, per rule.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    dropped: Vec<DroppedJson>,
}

#[derive(Serialize)]
struct DroppedJson {
    rule: &'static str,
    column: String,
    codes: Vec<String>,
    rows: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub async fn api_table(
    state: State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
) -> Response {
    api_upload(state, viewer, headers, query, multipart, Kind::Table).await
}

pub async fn api_cubes(
    state: State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
) -> Response {
    api_upload(state, viewer, headers, query, multipart, Kind::Cubes).await
}

async fn api_upload(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
    kind: Kind,
) -> Response {
    match api_import(&state, &viewer, &headers, query, multipart, kind).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn api_import(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
    kind: Kind,
) -> Result<Response, ApiError> {
    auth::require_api_writer(viewer, headers)?;
    if !viewer.visitor.may_import() {
        return Err(ApiError::Forbidden(
            "only statisticians and administrators may import figures".into(),
        ));
    }
    let dry_run = query
        .map_err(|error| ApiError::BadRequest(format!("dry_run must be true or false: {error}")))?
        .dry_run;
    let multipart = multipart.map_err(|error| {
        ApiError::BadRequest(format!("expected a multipart/form-data body: {error}"))
    })?;
    let parts = Parts::read(multipart).await.map_err(|error| {
        if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge(format!("an upload may have at most {UPLOAD_LIMIT} bytes"))
        } else {
            ApiError::BadRequest(format!("expected a multipart/form-data body: {error}"))
        }
    })?;
    let request = request(kind, &parts, &API_PARTS).map_err(|lacks| {
        ApiError::RejectedFile(
            lacks
                .into_iter()
                .map(|lack| {
                    (
                        lack.part(&API_PARTS).to_owned(),
                        lack.api_message(&API_PARTS),
                    )
                })
                .collect(),
        )
    })?;
    let city = match state.concept().await {
        Ok(Some(stored)) => stored.concept.city.slug.clone(),
        Ok(None) => return Err(ApiError::NoConcept),
        Err(error) => return Err(error.into()),
    };
    let actor = teilhabe_app::Actor::Visitor(viewer.visitor.clone());
    let settings = ImportRun {
        city: Some(&city),
        actor: &actor,
        dry_run,
        parsing: state.parsing(),
        now: state.now(),
    };
    let done = match run(state, &request, &settings).await {
        Ok(done) => done,
        Err(ImportFailure::Mapping(problems)) => {
            return Err(rejected(API_PARTS.mapping, problems));
        }
        Err(ImportFailure::Problems(problems)) => {
            let part = match kind {
                Kind::Table => API_PARTS.file,
                Kind::Cubes => API_PARTS.indicators,
            };
            return Err(rejected(part, problems));
        }
        Err(ImportFailure::Unready(message)) => return Err(ApiError::Unready(message)),
        Err(ImportFailure::Store(error)) => return Err(error.into()),
        Err(failure @ ImportFailure::Forbidden) => {
            return Err(ApiError::Forbidden(failure.to_string()));
        }
    };
    let outcome = done.outcome;
    let dropped = outcome
        .dropped
        .into_iter()
        .map(|dropped| DroppedJson {
            rule: dropped.rule,
            column: dropped.column,
            codes: dropped.codes,
            rows: dropped.rows,
        })
        .collect();
    let body = ImportJson {
        import_id: outcome.report.import_id,
        dry_run,
        city: outcome.city,
        format: outcome.format,
        encoding: outcome.encoding,
        demo: outcome.is_demo,
        figures: outcome.report.observation_count,
        periods: outcome
            .report
            .periods
            .into_iter()
            .map(|period| PeriodJson {
                indicator: period.indicator,
                year: period.year,
                previous: period.old_count,
                new: period.new_count,
                changed: period.changed,
            })
            .collect(),
        skipped_indicators: done.skipped_indicators,
        skipped_rows: done.skipped_rows,
        dropped,
    };
    let status = if dry_run {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(body)).into_response())
}

/// Problems of one uploaded part as the API's error.
fn rejected(part: &str, problems: Vec<String>) -> ApiError {
    ApiError::RejectedFile(
        problems
            .into_iter()
            .map(|message| (part.to_owned(), message))
            .collect(),
    )
}
