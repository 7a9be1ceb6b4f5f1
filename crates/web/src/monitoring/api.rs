//! The monitoring part of the JSON API (docs/api.md): the catalogue, one indicator with its
//! targets, and its figures with status, unit, source and footnotes; plus the OpenAPI document.

use axum::Json;
use axum::extract::State;

use crate::frame::api_input::{ApiPath, ApiQuery};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::cache::Cached;
use serde::{Deserialize, Serialize};
use teilhabe_app::monitoring::downloads::ObservationsBody;
use teilhabe_domain::monitoring::judgement::{self, TargetJudgement};
use teilhabe_domain::monitoring::{Breakdown, IndicatorDef};
use teilhabe_domain::text::Text;
use teilhabe_store::ObservationFilter;

use super::{points, series_of};
use crate::frame::caching;
use crate::frame::error::ApiError;
use crate::frame::state::AppState;

#[derive(Serialize)]
struct IndicatorSummary<'a> {
    id: &'a str,
    code: Option<&'a str>,
    title: &'a Text,
    unit: &'static str,
    decimals: u32,
    concept: &'static str,
    polarity: &'static str,
    fields: &'a [String],
    recommendations: &'a [String],
    breakdowns: Vec<&'static str>,
    href: String,
}

#[derive(Serialize)]
struct IndicatorsBody<'a> {
    city: &'a str,
    count: usize,
    indicators: Vec<IndicatorSummary<'a>>,
}

#[derive(Serialize)]
struct TargetBody<'a> {
    year: i32,
    value: f64,
    value_text: String,
    origin: &'a str,
    note: Option<&'a Text>,
    judgement: TargetJudgement,
}

#[derive(Serialize)]
struct IndicatorBody<'a> {
    #[serde(flatten)]
    summary: IndicatorSummary<'a>,
    definition: &'a Text,
    numerator: &'a Text,
    denominator: &'a Text,
    group: Option<&'a str>,
    reference: Option<&'a str>,
    source: &'a Text,
    rhythm: Option<&'a Text>,
    caveats: &'a [Text],
    targets: Vec<TargetBody<'a>>,
    years: Vec<i32>,
    demo: bool,
    observations_href: String,
}

fn summary(indicator: &IndicatorDef) -> IndicatorSummary<'_> {
    IndicatorSummary {
        id: &indicator.id,
        code: indicator.code.as_deref(),
        title: &indicator.title,
        unit: indicator.unit.as_str(),
        decimals: indicator.decimals,
        concept: indicator.concept.code(),
        polarity: indicator.polarity.as_str(),
        fields: &indicator.fields,
        recommendations: &indicator.recommendations,
        breakdowns: indicator.breakdowns.iter().map(|b| b.as_str()).collect(),
        href: format!("/api/v1/indicators/{}", indicator.id),
    }
}

async fn city(state: &AppState) -> Result<String, ApiError> {
    state.city().await?.ok_or(ApiError::NoConcept)
}

pub async fn indicators(
    State(state): State<AppState>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let city = city(&state).await?;
    let catalogue = state
        .store()
        .current_catalogue(&city)
        .await?
        .map(|c| (c.content_hash, c.indicators))
        .unwrap_or_default();
    let body = IndicatorsBody {
        city: &city,
        count: catalogue.1.len(),
        indicators: catalogue.1.iter().map(summary).collect(),
    };
    let etag = caching::etag(&[&city, &catalogue.0, "indicators", "json"]);
    Ok(caching::cacheable(&request, &etag, false, || {
        Json(&body).into_response()
    }))
}

pub async fn indicator(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let city = city(&state).await?;
    // The catalogue of the content version's snapshot and the indicator's kept figures, as the
    // indicator page reads them: parsing the whole stored catalogue for each indicator's answer
    // was a sixth of a large city's static export.
    let Some((indicator, observations, version)) = super::pages::data(&state, &city, &id)
        .await
        .map_err(|()| ApiError::Internal)?
    else {
        return Err(ApiError::NotFound(format!("there is no indicator `{id}`")));
    };
    let indicator = &indicator;
    let mut years: Vec<i32> = observations.iter().map(|o| o.observation.at.year).collect();
    years.sort_unstable();
    years.dedup();
    let targets = indicator
        .targets
        .iter()
        .map(|target| {
            let series = series_of(&observations, Breakdown::Origin, &target.origin);
            TargetBody {
                year: target.year,
                value: target.value.to_f64(),
                value_text: target.value.to_string(),
                origin: &target.origin,
                note: target.note.as_ref(),
                judgement: judgement::judge_target(
                    &points(&series),
                    target.year,
                    target.value.to_f64(),
                    indicator.polarity,
                ),
            }
        })
        .collect();
    let body = IndicatorBody {
        summary: summary(indicator),
        definition: &indicator.definition,
        numerator: &indicator.numerator,
        denominator: &indicator.denominator,
        group: indicator
            .has_breakdown(Breakdown::Origin)
            .then(|| indicator.group_code())
            .flatten(),
        reference: indicator
            .has_breakdown(Breakdown::Origin)
            .then(|| indicator.reference_code())
            .flatten(),
        source: &indicator.source,
        rhythm: indicator.rhythm.as_ref(),
        caveats: &indicator.caveats,
        targets,
        years,
        demo: observations.iter().any(|o| o.is_demo),
        observations_href: format!("/api/v1/indicators/{id}/observations"),
    };
    let etag = caching::etag(&[&city, &version, "indicator", &id, "json"]);
    Ok(caching::cacheable(&request, &etag, false, || {
        Json(&body).into_response()
    }))
}

/// `?year=2023&district=&sex=&origin=&age=`; each filter is one code (`_T` for the total), the year a
/// year from 1 to 9999 (an empty `year=` is refused).
#[derive(Deserialize, Default)]
pub struct ObservationQuery {
    year: Option<String>,
    district: Option<String>,
    sex: Option<String>,
    origin: Option<String>,
    age: Option<String>,
}

/// The years the `year` filter accepts; openapi.json states the same bounds.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl ObservationQuery {
    pub fn filter(&self) -> Result<ObservationFilter, ApiError> {
        // An empty `year=` is not a year either (openapi.json: an integer).
        let year = match self.year.as_deref().map(str::trim) {
            Some(text) => Some(
                text.parse::<i32>()
                    .ok()
                    .filter(|year| YEARS.contains(year))
                    .ok_or_else(|| {
                        ApiError::BadRequest(format!(
                            "year `{text}` is not a year from {} to {}, such as 2023",
                            YEARS.start(),
                            YEARS.end()
                        ))
                    })?,
            ),
            None => None,
        };
        let code = |value: &Option<String>| {
            value
                .as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(ToOwned::to_owned)
        };
        Ok(ObservationFilter {
            year,
            district: code(&self.district),
            sex: code(&self.sex),
            origin: code(&self.origin),
            age: code(&self.age),
        })
    }

    fn key(&self) -> String {
        [
            &self.year,
            &self.district,
            &self.sex,
            &self.origin,
            &self.age,
        ]
        .iter()
        .map(|v| v.as_deref().unwrap_or("*"))
        .collect::<Vec<_>>()
        .join("/")
    }
}

pub async fn observations(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
    ApiQuery(query): ApiQuery<ObservationQuery>,
    request: HeaderMap,
) -> Result<Response, ApiError> {
    let filter = query.filter()?;
    let city = city(&state).await?;
    let cache = state.shared::<super::cache::ResponseCache>();
    let version = cache.version(&state, &city).await?;
    let key = format!(
        "{city}\u{0}{version}\u{0}observations\u{0}{id}\u{0}{}",
        query.key()
    );
    let answer = match cache.get(&key) {
        Some(answer) => answer,
        None => {
            let store = state.store();
            let (catalogue, observations) = tokio::try_join!(
                store.current_catalogue(&city),
                store.observations(&city, &id, &filter),
            )?;
            let Some(indicator) = catalogue.as_ref().and_then(|c| c.indicator(&id)) else {
                return Err(ApiError::NotFound(format!("there is no indicator `{id}`")));
            };
            let body = serde_json::to_vec(&ObservationsBody::new(indicator, &observations))
                .map_err(|error| {
                    tracing::error!(%error, "cannot serialise figures");
                    ApiError::Internal
                })?;
            cache.put(
                key,
                Cached {
                    etag: caching::etag(&[
                        &city,
                        &version,
                        "observations",
                        &id,
                        &query.key(),
                        "json",
                    ]),
                    body: body.into(),
                },
            )
        }
    };
    Ok(json_answer(&request, &answer))
}

/// A cached JSON answer with its validators (304 when the client is current).
fn json_answer(request: &HeaderMap, answer: &Cached) -> Response {
    caching::cacheable(request, &answer.etag, false, || {
        (
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            answer.body.clone(),
        )
            .into_response()
    })
}

/// The OpenAPI 3.1 base document, written by hand next to docs/api.md; the features that
/// describe their own routes add fragments to it (`frame::openapi`).
pub(crate) const OPENAPI: &str = include_str!("openapi.json");

#[derive(Serialize)]
struct ImportJson<'a> {
    id: i64,
    file_name: &'a str,
    format: &'a str,
    source: &'a str,
    imported_at: &'a str,
    /// Staff logins are internal: only for signed-in visitors and tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    imported_by: Option<&'a str>,
    demo: bool,
    figures: i64,
    periods: &'a str,
    replaced: i64,
}

#[derive(Serialize)]
struct ImportsJson<'a> {
    city: &'a str,
    count: usize,
    imports: Vec<ImportJson<'a>>,
}

/// The imports of the city, newest first — the imports page as JSON.
pub async fn imports(
    State(state): State<AppState>,
    viewer: crate::frame::visitor::Viewer,
) -> Result<Response, ApiError> {
    let city = city(&state).await?;
    let records = state.store().imports(&city).await?;
    let internal = viewer.visitor.sees_internal();
    let imports: Vec<ImportJson<'_>> = records
        .iter()
        .map(|record| ImportJson {
            id: record.id,
            file_name: &record.file_name,
            format: &record.format,
            source: &record.source,
            imported_at: &record.imported_at,
            imported_by: internal.then_some(record.imported_by.as_str()),
            demo: record.is_demo,
            figures: record.observation_count,
            periods: &record.periods,
            replaced: record.replaced_count,
        })
        .collect();
    let mut response = Json(ImportsJson {
        city: &city,
        count: imports.len(),
        imports,
    })
    .into_response();
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-cache"),
    );
    Ok(response)
}
