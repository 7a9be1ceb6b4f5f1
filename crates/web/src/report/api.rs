//! `GET /api/v1/reports`: the released editions of the integration report, public.

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use teilhabe_store::Edition;

use crate::frame::caching;
use crate::frame::{ApiError, AppState};

#[derive(Serialize)]
struct EditionBody<'a> {
    id: i64,
    year: i32,
    language: &'a str,
    released_at: &'a str,
    released_by: &'a str,
    concept_version: i64,
    catalogue_version: Option<&'a str>,
    pdf: String,
    pdf_size: i64,
    pdf_sha256: &'a str,
}

#[derive(Serialize)]
struct EditionsBody<'a> {
    city: &'a str,
    count: usize,
    editions: Vec<EditionBody<'a>>,
}

fn body(edition: &Edition) -> EditionBody<'_> {
    EditionBody {
        id: edition.id,
        year: edition.year,
        language: &edition.language,
        released_at: &edition.released_at,
        released_by: &edition.released_by,
        concept_version: edition.concept_version,
        catalogue_version: edition.catalogue_version.as_deref(),
        pdf: format!("/berichte/{}.pdf", edition.id),
        pdf_size: edition.pdf_size,
        pdf_sha256: &edition.pdf_hash,
    }
}

pub async fn editions(
    State(state): State<AppState>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let city = state.city().await?.ok_or(ApiError::NoConcept)?;
    let editions = teilhabe_app::report::editions(state.store(), &city)
        .await
        .map_err(|error| {
            tracing::error!(%error, "cannot list the report editions");
            ApiError::Internal
        })?;
    let answer = EditionsBody {
        city: &city,
        count: editions.len(),
        editions: editions.iter().map(body).collect(),
    };
    let ids: Vec<String> = editions.iter().map(|e| e.pdf_hash.clone()).collect();
    let etag = caching::etag(&[&city, "reports", &ids.join(","), "json"]);
    Ok(caching::cacheable(&request, &etag, false, || {
        Json(&answer).into_response()
    }))
}
