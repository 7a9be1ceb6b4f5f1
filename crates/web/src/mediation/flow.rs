//! The mediation flow's pages: an institution requests (`/sprachmittlung/anfragen/neu`) and
//! cancels; the coordination checks, refuses, refers, offers and records what became of a
//! request (`/sprachmittlung/koordination`, `/sprachmittlung/anfragen/{id}`); a mediator answers
//! offers and reports hours (`/sprachmittlung/einsaetze`); the pool (`/sprachmittlung/pool`).
//! Every handler calls the use cases of `teilhabe_app::mediation`, which decide who may.

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::{Date, Time};
use teilhabe_app::AppError;
use teilhabe_app::mediation::{self, Decision, RequestInput};
use teilhabe_domain::access::Visitor;
use teilhabe_domain::city::District;
use teilhabe_domain::mediation::access::may_coordinate;
use teilhabe_domain::mediation::{Gender, RefusalReason, Setting, Topic, city_zone};

use super::flow_view::{self as view, REQUEST_FIELDS, RequestData};
use crate::frame::forms::FormData;
use crate::frame::{OrPage, Page, PageError};

/// How many days ahead the pool page flags documents that lapse.
const DOCUMENT_DAYS: i64 = 42;

/// Errors of a use case by field; other failures as the page they are.
fn field_errors(page: &Page, error: AppError) -> Result<Vec<(String, String)>, PageError> {
    match error {
        AppError::Invalid(problems) => {
            Ok(problems.into_iter().map(|p| (p.field, p.message)).collect())
        }
        other => Err(page.refused(other)),
    }
}

// ---- The institution's form --------------------------------------------------------------

pub async fn new_request(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    // Only institutions request: the use case's rule, asked before showing the form.
    if !teilhabe_domain::mediation::access::may_request(&page.viewer.visitor) {
        return Err(page.forbidden());
    }
    mediation::requests(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(&page)?;
    let districts = page.districts().await?;
    let mut values = HashMap::new();
    values.insert("minutes".to_owned(), "60".to_owned());
    Ok(render_form(
        &page,
        &districts,
        &values,
        &HashMap::new(),
        StatusCode::OK,
    ))
}

fn render_form(
    page: &Page,
    districts: &[District],
    values: &HashMap<String, String>,
    errors: &HashMap<String, String>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let layout = page.layout(
        None,
        super::NAV_REQUESTS,
        t.msg("mediation-new-request-title"),
    );
    let view = view::request_form(layout, page, districts, values, errors);
    page.render(status, &view)
}

/// Reads the form: the input the use case takes, or the errors of the fields it could not read.
fn read_request(form: &FormData) -> (Option<RequestInput>, Vec<&'static str>) {
    let mut bad = Vec::new();
    let setting = Setting::parse(form.get("setting"));
    if setting.is_none() {
        bad.push("setting");
    }
    let date = form.get("date").parse::<Date>().ok();
    if date.is_none() {
        bad.push("date");
    }
    let time = form.get("time").parse::<Time>().ok();
    if time.is_none() {
        bad.push("time");
    }
    let minutes = form.get("minutes").parse::<u32>().ok();
    if minutes.is_none() {
        bad.push("minutes");
    }
    let topic = Topic::parse(form.get("topic"));
    if topic.is_none() {
        bad.push("topic");
    }
    let gender = match form.get("preferred_gender") {
        "" => Some(None),
        other => Gender::parse(other).map(Some),
    };
    if gender.is_none() {
        bad.push("preferred_gender");
    }
    let starts_at = match (date, time) {
        (Some(date), Some(time)) => date.to_datetime(time).to_zoned(city_zone()).ok(),
        _ => None,
    };
    if date.is_some() && time.is_some() && starts_at.is_none() {
        bad.push("date");
    }
    let input = match (setting, starts_at, minutes, topic, gender) {
        (Some(setting), Some(starts_at), Some(minutes), Some(topic), Some(preferred_gender)) => {
            Some(RequestInput {
                language: form.get("language").to_owned(),
                dialect: Some(form.get("dialect").to_owned()),
                setting,
                starts_at: starts_at.timestamp(),
                minutes,
                district: form.get("district").to_owned(),
                address: form.get("address").to_owned(),
                topic,
                preferred_gender,
                legal_consequences: form.has("legal_consequences"),
                contact_email: form.get("contact_email").to_owned(),
            })
        }
        _ => None,
    };
    (input, bad)
}

pub async fn create_request(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let visitor = &page.viewer.visitor;
    if !teilhabe_domain::mediation::access::may_request(visitor) {
        return Err(page.forbidden());
    }
    let districts = page.districts().await?;
    let values: HashMap<String, String> = REQUEST_FIELDS
        .iter()
        .map(|name| (name.to_string(), form.get(name).to_owned()))
        .collect();
    let t = page.t();
    let message = |field: &str| t.msg(&format!("mediation-error-{field}"));
    let (input, bad) = read_request(&form);
    let mut errors: HashMap<String, String> = bad
        .iter()
        .map(|field| (field.to_string(), message(field)))
        .collect();
    if let Some(input) = input {
        let (store, now) = (page.state.store(), page.state.now());
        match mediation::create_request(store, visitor, input, mediation::DEFAULT_NOTICE_DAYS, now)
            .await
        {
            Ok(id) => return Ok(Page::see_other(&format!("/sprachmittlung/anfragen/{id}"))),
            Err(error) => {
                for (field, _) in field_errors(&page, error)? {
                    let field = if field == "starts_at" {
                        "date".to_owned()
                    } else {
                        field
                    };
                    let text = message(&field);
                    errors.entry(field).or_insert(text);
                }
            }
        }
    } else {
        // Check the rest too, so every error shows at once.
        if !teilhabe_domain::mediation::is_language_code(form.get("language")) {
            errors.insert("language".into(), message("language"));
        }
        if !districts.iter().any(|d| d.code == form.get("district")) {
            errors.insert("district".into(), message("district"));
        }
        if !teilhabe_domain::mediation::is_email(form.get("contact_email")) {
            errors.insert("contact_email".into(), message("contact_email"));
        }
    }
    Ok(render_form(
        &page,
        &districts,
        &values,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

// ---- A request's page --------------------------------------------------------------------

pub async fn request(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    page.require_account()?;
    render_request(&page, id, None, StatusCode::OK).await
}

async fn render_request(
    page: &Page,
    id: i64,
    problem: Option<String>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let (store, visitor) = (page.state.store(), &page.viewer.visitor);
    let found = mediation::request(store, visitor, id).await.or_page(page)?;
    let coordination = may_coordinate(visitor);
    let (suggestions, assignments) = if coordination {
        let suggestions = if found.status == teilhabe_domain::mediation::Status::Accepted {
            Some(
                mediation::suggestions(store, visitor, id, page.state.now())
                    .await
                    .or_page(page)?,
            )
        } else {
            None
        };
        let assignments = mediation::request_assignments(store, visitor, id)
            .await
            .or_page(page)?;
        (suggestions, assignments)
    } else {
        (None, Vec::new())
    };
    let district_name = page
        .districts()
        .await?
        .into_iter()
        .find(|d| d.code == found.content.district)
        .map(|d| d.name)
        .unwrap_or_else(|| found.content.district.clone());
    let mut found = found;
    if coordination {
        // The coordination reads the institution's name, not its code.
        if let Some(institution) = store
            .institution(&found.content.institution)
            .await
            .or_page(page)?
        {
            found.content.institution = institution.institution.name;
        }
    }
    let t = page.t();
    let nav = if coordination {
        super::NAV_QUEUE
    } else {
        super::NAV_REQUESTS
    };
    let layout = page.layout(
        None,
        nav,
        t.msg_with("mediation-request-title", "id", id.to_string()),
    );
    let view = view::request_page(
        layout,
        page,
        RequestData {
            request: &found,
            district_name,
            coordination,
            suggestions,
            assignments,
            problem,
        },
    );
    Ok(page.render(status, &view))
}

/// After an action: back to the request, or the request again with what went wrong.
async fn after(page: &Page, id: i64, result: Result<(), AppError>) -> Result<Response, PageError> {
    match result {
        Ok(()) => Ok(Page::see_other(&format!("/sprachmittlung/anfragen/{id}"))),
        Err(error) => {
            let problems = field_errors(page, error)?;
            let t = page.t();
            let text = problems
                .iter()
                .map(|(field, message)| match field.as_str() {
                    "why" => t.msg("mediation-error-why"),
                    "mediator" => t.msg("mediation-error-mediator"),
                    "reason" => t.msg("mediation-error-reason"),
                    _ => message.clone(),
                })
                .collect::<Vec<_>>()
                .join(" ");
            render_request(page, id, Some(text), StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub async fn cancel(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let result = mediation::cancel(store, visitor, id, form.get("why"), now)
        .await
        .map(|_| ());
    after(&page, id, result).await
}

pub async fn decide(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let decision = match form.get("decision") {
        "accept" => Some(Decision::Accept),
        "refer" => Some(Decision::Refer),
        "unserved" => Some(Decision::Unserved),
        "refuse" => RefusalReason::parse(form.get("reason")).map(Decision::Refuse),
        _ => None,
    };
    let result = match decision {
        Some(decision) => mediation::decide(store, visitor, id, decision, now)
            .await
            .map(|_| ()),
        None if !may_coordinate(visitor) => Err(AppError::refuse(
            visitor,
            "only the mediation coordination does this",
        )),
        None => Err(AppError::Invalid(vec![teilhabe_app::error::Problem::new(
            "reason",
            "choose a reason",
        )])),
    };
    after(&page, id, result).await
}

pub async fn offer(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let result = match form.get("mediator").parse::<i64>() {
        Ok(mediator) => mediation::offer(store, visitor, id, mediator, now)
            .await
            .map(|_| ()),
        Err(_) => Err(AppError::Invalid(vec![teilhabe_app::error::Problem::new(
            "mediator",
            "no such mediator",
        )])),
    };
    after(&page, id, result).await
}

// ---- The coordination's queue ------------------------------------------------------------

pub async fn queue(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    let mut list = mediation::queue(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(&page)?;
    // The institutions by name, not by code.
    let names: HashMap<String, String> = page
        .state
        .store()
        .institutions()
        .await
        .or_page(&page)?
        .into_iter()
        .map(|i| (i.institution.code, i.institution.name))
        .collect();
    for request in &mut list {
        if let Some(name) = names.get(&request.content.institution) {
            request.content.institution = name.clone();
        }
    }
    let layout = page.layout(
        None,
        super::NAV_QUEUE,
        page.t().msg("mediation-queue-title"),
    );
    let view = view::QueuePage {
        rows: view::queue_rows(&page, &list),
        layout,
    };
    Ok(page.render(StatusCode::OK, &view))
}

// ---- A mediator's assignments ------------------------------------------------------------

pub async fn assignments(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    render_assignments(&page, None, StatusCode::OK).await
}

async fn render_assignments(
    page: &Page,
    report_error: Option<(i64, String, String)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let list = mediation::my_assignments(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(page)?;
    let layout = page.layout(
        None,
        super::NAV_ASSIGNMENTS,
        page.t().msg("mediation-assignments-title"),
    );
    let view = view::assignments_page(layout, page, &list, report_error);
    Ok(page.render(status, &view))
}

pub async fn answer(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let accept = form.get("answer") == "accept";
    match mediation::answer(store, visitor, id, accept, now).await {
        Ok(_) => Ok(Page::see_other("/sprachmittlung/einsaetze")),
        Err(error) => {
            field_errors(&page, error)?;
            let message = page.t().msg("mediation-error-offer-closed");
            render_assignments(
                &page,
                Some((id, "answer".into(), message)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn report(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let t = page.t();
    let minutes = form.get("minutes").parse::<u32>();
    let km = form.get("km").parse::<u32>();
    let failed = match (minutes, km) {
        (Ok(minutes), Ok(km)) => {
            match mediation::report(store, visitor, id, minutes, km, now).await {
                Ok(_) => return Ok(Page::see_other("/sprachmittlung/einsaetze")),
                Err(error) => {
                    let problems = field_errors(&page, error)?;
                    let field = problems
                        .first()
                        .map(|p| p.0.clone())
                        .unwrap_or_else(|| "minutes".into());
                    let key = if problems.iter().any(|p| p.1.contains("after")) {
                        "mediation-error-report-early".to_owned()
                    } else {
                        format!("mediation-error-report-{field}")
                    };
                    (field, t.msg(&key))
                }
            }
        }
        (Err(_), _) => (
            "minutes".to_owned(),
            t.msg("mediation-error-report-minutes"),
        ),
        (_, Err(_)) => ("km".to_owned(), t.msg("mediation-error-report-km")),
    };
    // Someone else's assignment is not found, whatever was typed.
    mediation::my_assignments(store, visitor)
        .await
        .or_page(&page)?
        .iter()
        .find(|(a, _)| a.id == id)
        .ok_or_else(|| page.not_found(None))?;
    render_assignments(
        &page,
        Some((id, failed.0, failed.1)),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

// ---- The pool ----------------------------------------------------------------------------

pub async fn pool(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    render_pool(&page, None, None, StatusCode::OK).await
}

/// The pool page; `exports` what was typed into its download forms and their errors.
pub(super) async fn render_pool(
    page: &Page,
    link_error: Option<(i64, String)>,
    exports: Option<view::ExportForm>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let list = mediation::mediators(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(page)?;
    let today = page.state.now().to_zoned(city_zone()).date();
    let exports = exports.unwrap_or_else(|| view::ExportForm::defaults(today));
    let layout = page.layout(None, super::NAV_POOL, page.t().msg("mediation-pool-title"));
    let view = view::pool_page(
        layout,
        page,
        &list,
        today,
        DOCUMENT_DAYS,
        link_error,
        exports,
    );
    Ok(page.render(status, &view))
}

pub async fn link(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    match mediation::link_account(store, visitor, id, form.get("login"), now).await {
        Ok(()) => Ok(Page::see_other(&format!(
            "/sprachmittlung/pool#mittler-{id}"
        ))),
        Err(error) => {
            field_errors(&page, error)?;
            let message = page.t().msg("mediation-error-login");
            render_pool(
                &page,
                Some((id, message)),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// Whether the visitor is a mediator (for the navigation).
pub fn is_mediator(visitor: &Visitor) -> bool {
    teilhabe_domain::mediation::access::is_mediator(visitor)
}
