//! The JSON API, version 1. Shapes are documented in docs/api.md; texts are objects keyed by
//! language code (`{"de": "…", "en": "…"}`), German always present.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use teilhabe_domain::concept::{ActionField, Concept, Recommendation, Retirement, Section, Tag};
use teilhabe_domain::text::Text;
use teilhabe_store::{SearchHitKind, StoredConcept};

use crate::frame::api_input::{ApiPath, ApiQuery};
use crate::frame::caching;
use crate::frame::error::ApiError;
use crate::frame::state::AppState;

#[derive(Serialize)]
struct ConceptBody<'a> {
    city: &'a teilhabe_domain::concept::City,
    id: &'a str,
    title: &'a Text,
    subtitle: Option<&'a Text>,
    adopted: Option<&'a str>,
    source: Option<&'a str>,
    version: i64,
    loaded_at: &'a str,
    tags: &'a [Tag],
    sections: &'a [Section],
    results_heading: Option<&'a Text>,
    fields: Vec<FieldSummary<'a>>,
}

#[derive(Serialize)]
struct FieldSummary<'a> {
    slug: &'a str,
    order: usize,
    title: &'a Text,
    intro: Option<&'a Text>,
    recommendation_kind: &'static str,
    recommendation_count: usize,
    /// Set when the field was retired from the concept (it keeps its page and measures).
    #[serde(skip_serializing_if = "Option::is_none")]
    retired: Option<&'a Retirement>,
}

#[derive(Serialize)]
struct FieldBody<'a> {
    #[serde(flatten)]
    summary: FieldSummary<'a>,
    recommendations: Vec<RecommendationBody<'a>>,
}

#[derive(Serialize)]
struct RecommendationBody<'a> {
    id: &'a str,
    field: &'a str,
    order: usize,
    text: &'a Text,
    tags: &'a [String],
    /// Set when the recommendation was retired; its id is never reused.
    #[serde(skip_serializing_if = "Option::is_none")]
    retired: Option<&'a Retirement>,
}

#[derive(Serialize)]
struct FieldsBody<'a> {
    version: i64,
    fields: Vec<FieldSummary<'a>>,
}

#[derive(Serialize)]
struct RecommendationsBody<'a> {
    query: Option<&'a str>,
    count: usize,
    recommendations: Vec<RecommendationBody<'a>>,
}

#[derive(Deserialize)]
pub struct RecommendationQuery {
    q: Option<String>,
    field: Option<String>,
    tag: Option<String>,
}

pub async fn concept(
    State(state): State<AppState>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let stored = load(&state).await?;
    let concept = &stored.concept;
    Ok(json(
        &request,
        &stored,
        "concept",
        &ConceptBody {
            city: &concept.city,
            id: &concept.id,
            title: &concept.title,
            subtitle: concept.subtitle.as_ref(),
            adopted: concept.adopted.as_deref(),
            source: concept.source.as_deref(),
            version: stored.version,
            loaded_at: &stored.loaded_at,
            tags: &concept.tags,
            sections: &concept.sections,
            results_heading: concept.results_heading.as_ref(),
            fields: summaries(concept),
        },
    ))
}

pub async fn fields(
    State(state): State<AppState>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let stored = load(&state).await?;
    Ok(json(
        &request,
        &stored,
        "fields",
        &FieldsBody {
            version: stored.version,
            fields: summaries(&stored.concept),
        },
    ))
}

pub async fn field(
    State(state): State<AppState>,
    ApiPath(slug): ApiPath<String>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let stored = load(&state).await?;
    let Some((order, field)) = stored
        .concept
        .fields
        .iter()
        .enumerate()
        .find(|(_, field)| field.slug == slug)
    else {
        return Err(ApiError::NotFound(format!(
            "there is no action field `{slug}`"
        )));
    };
    let body = FieldBody {
        summary: summary(order, field),
        recommendations: field
            .recommendations
            .iter()
            .enumerate()
            .map(|(index, recommendation)| recommendation_body(field, index, recommendation))
            .collect(),
    };
    Ok(json(&request, &stored, &format!("field/{slug}"), &body))
}

pub async fn recommendations(
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<RecommendationQuery>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let stored = load(&state).await?;
    let concept = &stored.concept;
    let text_query = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    let matching: Option<Vec<String>> = match text_query {
        Some(q) => Some(
            state
                .store()
                .search_concept(&concept.city.slug, q, Some(SearchHitKind::Recommendation))
                .await?
                .into_iter()
                .map(|hit| hit.id)
                .collect(),
        ),
        None => None,
    };
    if let Some(field) = &query.field
        && concept.field(field).is_none()
    {
        return Err(ApiError::NotFound(format!(
            "there is no action field `{field}`"
        )));
    }
    if let Some(tag) = &query.tag
        && concept.tag(tag).is_none()
    {
        return Err(ApiError::NotFound(format!("there is no tag `{tag}`")));
    }
    let recommendations: Vec<RecommendationBody<'_>> = concept
        .fields
        .iter()
        .filter(|field| query.field.as_ref().is_none_or(|slug| &field.slug == slug))
        .flat_map(|field| {
            field
                .recommendations
                .iter()
                .enumerate()
                .map(move |(index, recommendation)| (field, index, recommendation))
        })
        .filter(|(_, _, recommendation)| {
            query
                .tag
                .as_ref()
                .is_none_or(|tag| recommendation.tags.contains(tag))
        })
        .filter(|(_, _, recommendation)| {
            matching
                .as_ref()
                .is_none_or(|ids| ids.contains(&recommendation.id))
        })
        .map(|(field, index, recommendation)| recommendation_body(field, index, recommendation))
        .collect();
    let key = format!(
        "recommendations/{}/{}/{}",
        text_query.unwrap_or(""),
        query.field.as_deref().unwrap_or(""),
        query.tag.as_deref().unwrap_or("")
    );
    Ok(json(
        &request,
        &stored,
        &key,
        &RecommendationsBody {
            query: text_query,
            count: recommendations.len(),
            recommendations,
        },
    ))
}

async fn load(state: &AppState) -> Result<Arc<StoredConcept>, ApiError> {
    state.concept().await?.ok_or(ApiError::NoConcept)
}

fn summaries(concept: &Concept) -> Vec<FieldSummary<'_>> {
    concept
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| summary(index, field))
        .collect()
}

fn summary(index: usize, field: &ActionField) -> FieldSummary<'_> {
    FieldSummary {
        slug: &field.slug,
        order: index + 1,
        title: &field.title,
        intro: field.intro.as_ref(),
        recommendation_kind: field.recommendation_kind.as_str(),
        recommendation_count: field.recommendations.len(),
        retired: field.retired.as_ref(),
    }
}

fn recommendation_body<'a>(
    field: &'a ActionField,
    index: usize,
    recommendation: &'a Recommendation,
) -> RecommendationBody<'a> {
    RecommendationBody {
        id: &recommendation.id,
        field: &field.slug,
        order: index + 1,
        text: &recommendation.text,
        tags: &recommendation.tags,
        retired: recommendation.retired.as_ref(),
    }
}

fn json(request: &HeaderMap, stored: &StoredConcept, key: &str, body: &impl Serialize) -> Response {
    let etag = caching::etag(&[&stored.content_hash, key, "json"]);
    caching::cacheable(request, &etag, false, || Json(body).into_response())
}
