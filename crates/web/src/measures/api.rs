//! `/api/v1/measures`: the same measures and permissions as the pages. Money is a decimal string
//! ("12500.50"), never a float; dates are ISO; texts are objects keyed by language code.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;

use crate::frame::api_input::{ApiPath, ApiQuery};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use teilhabe_app::AppError;
use teilhabe_domain::measure::{
    Districts, EvidenceLink, Measure, MeasureContent, Milestone, Programme, Status,
};
use teilhabe_domain::money::Money;
use teilhabe_domain::text::Text;
use teilhabe_store::StoreError;

use super::ListQuery;
use crate::frame::error::ApiError;
use crate::frame::state::AppState;
use crate::frame::visitor::{self as auth, Viewer};

/// The editable part of a measure as JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Editable {
    title: Text,
    description: Text,
    recommendations: Vec<String>,
    programme: Programme,
    organisation: String,
    contact: String,
    working_group: String,
    status: Status,
    stop_reason: Option<String>,
    progress: u8,
    start_date: Option<Date>,
    end_date: Option<Date>,
    budget_planned: Option<Amount>,
    budget_spent: Option<Amount>,
    target_groups: Vec<String>,
    districts: DistrictsJson,
    gender_aspect: bool,
    gender_aspect_note: String,
    evidence: Vec<EvidenceLink>,
    milestones: Vec<Milestone>,
    published: bool,
}

/// An amount as the decimal string `"12500.50"`; a JSON number is read through its digits.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Amount {
    Text(String),
    Number(serde_json::Number),
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum DistrictsJson {
    /// `"all"`
    Scope(String),
    Codes(Vec<String>),
}

#[derive(Serialize)]
struct MeasureJson {
    id: i64,
    version: i64,
    demo: bool,
    created_at: String,
    updated_at: String,
    #[serde(flatten)]
    content: Editable,
}

fn editable(content: &MeasureContent) -> Editable {
    Editable {
        title: content.title.clone(),
        description: content.description.clone(),
        recommendations: content.recommendations.clone(),
        programme: content.programme,
        organisation: content.organisation.clone(),
        contact: content.contact.clone(),
        working_group: content.working_group.clone(),
        status: content.status,
        stop_reason: content.stop_reason.clone(),
        progress: content.progress,
        start_date: content.start,
        end_date: content.end,
        budget_planned: content.budget_planned.map(|m| Amount::Text(m.to_plain())),
        budget_spent: content.budget_spent.map(|m| Amount::Text(m.to_plain())),
        target_groups: content.target_groups.clone(),
        districts: match &content.districts {
            Districts::All => DistrictsJson::Scope("all".into()),
            Districts::Some(codes) => DistrictsJson::Codes(codes.clone()),
        },
        gender_aspect: content.gender_aspect,
        gender_aspect_note: content.gender_aspect_note.clone(),
        evidence: content.evidence.clone(),
        milestones: content.milestones.clone(),
        published: content.published,
    }
}

fn content_from(json: Editable) -> Result<MeasureContent, ApiError> {
    let amount = |field: &str, value: Option<Amount>| -> Result<Option<Money>, ApiError> {
        match value {
            None => Ok(None),
            Some(Amount::Text(text)) if text.trim().is_empty() => Ok(None),
            Some(Amount::Text(text)) => Money::parse(&text).map(Some),
            Some(Amount::Number(number)) => Money::parse(&number.to_string()).map(Some),
        }
        .map_err(|error| ApiError::Invalid(vec![(field.to_owned(), error.to_string())]))
    };
    let districts = match json.districts {
        DistrictsJson::Scope(scope) if scope == "all" => Districts::All,
        DistrictsJson::Scope(other) => {
            return Err(ApiError::Invalid(vec![(
                "districts".into(),
                format!("`{other}`: expected \"all\" or a list of district codes"),
            )]));
        }
        DistrictsJson::Codes(codes) => Districts::Some(codes),
    };
    Ok(MeasureContent {
        title: json.title,
        description: json.description,
        recommendations: json.recommendations,
        programme: json.programme,
        organisation: json.organisation,
        contact: json.contact,
        working_group: json.working_group,
        status: json.status,
        stop_reason: json.stop_reason.filter(|r| !r.trim().is_empty()),
        progress: json.progress,
        start: json.start_date,
        end: json.end_date,
        budget_planned: amount("budget_planned", json.budget_planned)?,
        budget_spent: amount("budget_spent", json.budget_spent)?,
        target_groups: json.target_groups,
        districts,
        gender_aspect: json.gender_aspect,
        gender_aspect_note: json.gender_aspect_note,
        evidence: json.evidence,
        milestones: json.milestones,
        published: json.published,
    })
}

fn to_json(measure: &Measure) -> MeasureJson {
    MeasureJson {
        id: measure.id,
        version: measure.version,
        demo: measure.demo,
        created_at: measure.created_at.clone(),
        updated_at: measure.updated_at.clone(),
        content: editable(&measure.content),
    }
}

fn to_value(measure: &Measure) -> Value {
    serde_json::to_value(to_json(measure)).unwrap_or(Value::Null)
}

/// `base` with the keys of `patch` laid over it, then read as a measure.
fn merged(base: &MeasureContent, patch: Map<String, Value>) -> Result<MeasureContent, ApiError> {
    let Value::Object(mut object) =
        serde_json::to_value(editable(base)).map_err(|_| ApiError::Internal)?
    else {
        return Err(ApiError::Internal);
    };
    for (key, value) in patch {
        object.insert(key, value);
    }
    // A JSON object whose keys or value types are not a measure's breaks the measure's rules
    // (422, as openapi.json documents), not the request's syntax.
    let editable: Editable = serde_json::from_value(Value::Object(object))
        .map_err(|error| ApiError::Invalid(vec![("body".into(), error.to_string())]))?;
    content_from(editable)
}

/// A JSON number that is a whole number, also when written `1.0` (JSON Schema's integer).
fn whole_number(value: &Value) -> Option<i64> {
    value.as_i64().or_else(|| {
        let number = value.as_f64()?;
        // Below 2^53 every whole f64 is exact, so the conversion loses nothing.
        (number.fract() == 0.0 && number.abs() < 9_007_199_254_740_992.0).then(|| {
            #[allow(
                clippy::cast_possible_truncation,
                reason = "checked: whole and below 2^53"
            )]
            let whole = number as i64;
            whole
        })
    })
}

fn body_object(body: &Bytes) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(ApiError::BadRequest("expected a JSON object".into())),
        Err(error) => Err(ApiError::BadRequest(format!(
            "the body is not JSON: {error}"
        ))),
    }
}

fn store_error(error: StoreError, current: Option<&Measure>) -> ApiError {
    match error {
        StoreError::Invalid(problems) => ApiError::Invalid(
            problems
                .into_iter()
                .map(|p| (p.column.to_owned(), p.error.to_string()))
                .collect(),
        ),
        StoreError::NotFound => ApiError::NotFound("there is no such measure".into()),
        StoreError::Conflict { current: version } => match current {
            Some(measure) => ApiError::Conflict {
                current_version: measure.version,
                current: to_value(measure),
            },
            None => ApiError::Conflict {
                current_version: version,
                current: Value::Null,
            },
        },
        other => other.into(),
    }
}

/// A use case's refusal as an API answer.
fn app_error(error: AppError) -> ApiError {
    match error {
        AppError::NotFound => ApiError::NotFound("there is no such measure".into()),
        AppError::Unauthenticated => ApiError::Unauthorized,
        AppError::Forbidden(message) => ApiError::Forbidden(message),
        AppError::Invalid(problems) => ApiError::Invalid(
            problems
                .into_iter()
                .map(|problem| (problem.field, problem.message))
                .collect(),
        ),
        AppError::Conflict { current } => store_error(StoreError::Conflict { current }, None),
        AppError::Unready(_) => ApiError::NoConcept,
        AppError::Internal(error) => error.into(),
        AppError::Render(message) => StoreError::Corrupt(message).into(),
    }
}

async fn city(state: &AppState) -> Result<String, ApiError> {
    state.city().await?.ok_or(ApiError::NoConcept)
}

async fn visible(
    state: &AppState,
    viewer: &Viewer,
    city: &str,
    id: i64,
) -> Result<Measure, ApiError> {
    teilhabe_app::measures::get_visible(state.store(), &viewer.visitor, city, id)
        .await
        .map_err(|error| match error {
            AppError::NotFound => ApiError::NotFound(format!("there is no measure {id}")),
            other => app_error(other),
        })
}

#[derive(Serialize)]
struct ListBody {
    count: usize,
    measures: Vec<MeasureJson>,
}

pub async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ApiQuery(query): ApiQuery<ListQuery>,
) -> Result<Response, ApiError> {
    let city = city(&state).await?;
    let measures =
        teilhabe_app::measures::list_visible(state.store(), &viewer.visitor, &city, query.filter())
            .await
            .map_err(app_error)?;
    let body = ListBody {
        count: measures.len(),
        measures: measures.iter().map(to_json).collect(),
    };
    Ok(respond(
        &headers,
        StatusCode::OK,
        &body,
        viewer.visitor.sees_internal(),
    ))
}

pub async fn get(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
) -> Result<Response, ApiError> {
    let city = city(&state).await?;
    let measure = visible(&state, &viewer, &city, id).await?;
    Ok(respond(
        &headers,
        StatusCode::OK,
        &to_json(&measure),
        viewer.visitor.sees_internal(),
    ))
}

pub async fn create(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    auth::require_api_writer(&viewer, &headers)?;
    let city = city(&state).await?;
    let object = body_object(&body)?;
    let base = MeasureContent::new(Text::german(""), String::new(), Vec::new());
    let content = merged(&base, object)?;
    let measure = teilhabe_app::measures::create(
        state.store(),
        &viewer.visitor,
        &city,
        &content,
        state.now(),
    )
    .await
    .map_err(app_error)?;
    Ok(respond(
        &headers,
        StatusCode::CREATED,
        &to_json(&measure),
        true,
    ))
}

pub async fn update(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    body: Bytes,
) -> Result<Response, ApiError> {
    auth::require_api_writer(&viewer, &headers)?;
    let city = city(&state).await?;
    // Who may change it is asked first: 404 or 403 before anything about the body.
    let current = teilhabe_app::measures::editable(state.store(), &viewer.visitor, &city, id)
        .await
        .map_err(|error| match error {
            AppError::NotFound => ApiError::NotFound(format!("there is no measure {id}")),
            other => app_error(other),
        })?;
    let mut object = body_object(&body)?;
    let Some(version) = object.remove("version").as_ref().and_then(whole_number) else {
        return Err(ApiError::BadRequest(
            "send the `version` you change, as a number".into(),
        ));
    };
    let content = merged(&current.content, object)?;
    if version != current.version {
        return Err(ApiError::Conflict {
            current_version: current.version,
            current: to_value(&current),
        });
    }
    let (store, now) = (state.store(), state.now());
    match teilhabe_app::measures::update(store, &viewer.visitor, &city, id, version, &content, now)
        .await
    {
        Ok(measure) => Ok(respond(&headers, StatusCode::OK, &to_json(&measure), true)),
        Err(AppError::Conflict { current }) => {
            let latest = store.measure(&city, id).await?;
            Err(store_error(
                StoreError::Conflict { current },
                latest.as_ref(),
            ))
        }
        Err(error) => Err(app_error(error)),
    }
}

#[derive(Deserialize)]
pub struct DeleteQuery {
    version: Option<i64>,
}

pub async fn delete(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    ApiPath(id): ApiPath<i64>,
    ApiQuery(query): ApiQuery<DeleteQuery>,
) -> Result<Response, ApiError> {
    auth::require_api_writer(&viewer, &headers)?;
    let city = city(&state).await?;
    match teilhabe_app::measures::delete(
        state.store(),
        &viewer.visitor,
        &city,
        id,
        query.version,
        state.now(),
    )
    .await
    {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(AppError::Conflict { current }) => {
            let latest = state.store().measure(&city, id).await?;
            Err(store_error(
                StoreError::Conflict { current },
                latest.as_ref(),
            ))
        }
        Err(AppError::NotFound) => Err(ApiError::NotFound(format!("there is no measure {id}"))),
        Err(error) => Err(app_error(error)),
    }
}

/// Answers for accounts are never stored by caches; public ones carry an ETag of their bytes.
fn respond(
    request: &HeaderMap,
    status: StatusCode,
    body: &impl Serialize,
    internal: bool,
) -> Response {
    if internal {
        let mut response = (status, Json(body)).into_response();
        response.headers_mut().insert(
            axum::http::header::CACHE_CONTROL,
            axum::http::HeaderValue::from_static("private, no-store"),
        );
        return response;
    }
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    let etag = crate::frame::caching::etag(&[&String::from_utf8_lossy(&bytes)]);
    crate::frame::caching::cacheable(request, &etag, false, || {
        let mut response = (status, bytes).into_response();
        response.headers_mut().insert(
            axum::http::header::CONTENT_TYPE,
            axum::http::HeaderValue::from_static("application/json"),
        );
        response
    })
}
