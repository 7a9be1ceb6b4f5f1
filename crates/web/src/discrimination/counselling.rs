//! The counsellors' pages: the inbox, a report (its contact shown only on request, audited),
//! releasing or deleting a held-back report, and the case record's form. Every handler calls a
//! use case of `teilhabe_app::discrimination`, which refuses everyone but counsellors (the
//! public is sent to sign in, other accounts get 403).

use std::collections::HashMap;

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::Date;
use serde::Deserialize;
use teilhabe_app::AppError;
use teilhabe_app::discrimination::{self, Setup};
use teilhabe_domain::discrimination::{AggApplies, CaseInput};

use super::counselling_view::{self as view, CaseValues};
use crate::frame::forms::FormData;
use crate::frame::{OrPage, Page, PageError};

async fn district_names(page: &Page) -> Result<HashMap<String, String>, PageError> {
    Ok(page
        .districts()
        .await?
        .into_iter()
        .map(|d| (d.code, d.name))
        .collect())
}

fn csrf(page: &Page) -> String {
    page.viewer.csrf.clone().unwrap_or_default()
}

/// Closed cases the inbox lists besides the running ones, by how long ago they closed.
const RECENTLY_CLOSED_DAYS: i64 = 90;

#[derive(Deserialize)]
pub struct InboxQuery {
    alle: Option<String>,
}

pub async fn inbox(page: Page, Query(query): Query<InboxQuery>) -> Result<Response, PageError> {
    let (store, now) = (page.state.store(), page.state.now());
    let visitor = &page.viewer.visitor;
    let reports = discrimination::reports(store, visitor, now)
        .await
        .or_page(&page)?;
    // Only what is shown is read (and audited): the running cases and the recently closed,
    // unless every case is asked for.
    let all = query.alle.is_some();
    let since = (!all).then(|| {
        jiff::Zoned::new(now, teilhabe_domain::mediation::city_zone()).date()
            - jiff::Span::new().days(RECENTLY_CLOSED_DAYS)
    });
    let cases = discrimination::cases(store, visitor, since, now)
        .await
        .or_page(&page)?;
    let districts = district_names(&page).await?;
    let t = page.t();
    let categories = discrimination::categories();
    let lines: Vec<view::ReportLine> = reports
        .iter()
        .map(|report| view::report_line(&t, categories, &districts, report))
        .collect();
    let (held, rest): (Vec<_>, Vec<_>) = lines.into_iter().partition(|line| line.held_back);
    let view = view::InboxPage {
        layout: page.layout(
            None,
            super::NAV_COUNSELLING,
            t.msg("discrimination-inbox-title"),
        ),
        held,
        waiting: rest.into_iter().filter(|l| l.case_id.is_none()).collect(),
        cases: cases
            .iter()
            .map(|case| view::case_line(&t, categories, case))
            .collect(),
        all,
    };
    Ok(page.render(StatusCode::OK, &view))
}

async fn render_report(
    page: &Page,
    id: i64,
    contact: Option<String>,
) -> Result<Response, PageError> {
    let report = discrimination::report(
        page.state.store(),
        &page.viewer.visitor,
        id,
        page.state.now(),
    )
    .await
    .or_page(page)?;
    let districts = district_names(page).await?;
    let t = page.t();
    let view = view::ReportPage {
        layout: page.layout(
            None,
            super::NAV_COUNSELLING,
            t.msg_with("discrimination-report-page-title", "id", id),
        ),
        csrf: csrf(page),
        report: view::report_line(&t, discrimination::categories(), &districts, &report),
        what_happened: report.what_happened,
        contact,
    };
    Ok(page.render(StatusCode::OK, &view))
}

pub async fn report(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    render_report(&page, id, None).await
}

/// Opens the sealed contact (audited) and shows it on the report's page.
pub async fn contact(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    page.account_form(&body)?;
    let setup = page.state.shared::<Setup>();
    let contact = match &setup.key {
        Some(key) => discrimination::report_contact(
            page.state.store(),
            &page.viewer.visitor,
            key,
            id,
            page.state.now(),
        )
        .await
        .or_page(&page)?,
        None => None,
    };
    let shown = contact.unwrap_or_else(|| page.t().msg("discrimination-no-contact"));
    render_report(&page, id, Some(shown)).await
}

pub async fn release(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    page.account_form(&body)?;
    discrimination::release_report(
        page.state.store(),
        &page.viewer.visitor,
        id,
        page.state.now(),
    )
    .await
    .or_page(&page)?;
    Ok(Page::see_other(&format!("/diskriminierung/meldungen/{id}")))
}

pub async fn delete_spam(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    page.account_form(&body)?;
    discrimination::delete_spam(
        page.state.store(),
        &page.viewer.visitor,
        id,
        page.state.now(),
    )
    .await
    .or_page(&page)?;
    Ok(Page::see_other("/diskriminierung/beratung"))
}

#[derive(Deserialize)]
pub struct NewCaseQuery {
    meldung: Option<i64>,
}

fn render_case(
    page: &Page,
    action: String,
    version: i64,
    report_id: Option<i64>,
    values: &CaseValues,
    errors: &HashMap<String, String>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let (groups, fields) = view::case_fields(&t, discrimination::categories(), values, errors);
    let mut listed: Vec<crate::frame::fields::FieldError> = groups
        .iter()
        .filter_map(|group| {
            group
                .error
                .as_ref()
                .map(|message| crate::frame::fields::FieldError {
                    id: group.name.to_owned(),
                    label: group.legend.clone(),
                    message: message.clone(),
                })
        })
        .collect();
    listed.extend(crate::frame::fields::FieldError::of(
        &fields.iter().collect::<Vec<_>>(),
    ));
    if let Some(message) = errors.get("version") {
        // Someone saved the record meanwhile: the form holds what this counsellor sent, at the
        // stored version, so that sending it again overwrites knowingly.
        listed.insert(
            0,
            crate::frame::fields::FieldError {
                id: "areas".to_owned(),
                label: t.msg("discrimination-case-conflict"),
                message: message.clone(),
            },
        );
    }
    let title = if version == 0 {
        t.msg("discrimination-case-new-title")
    } else {
        t.msg_with(
            "discrimination-case-title",
            "id",
            action.rsplit('/').next().unwrap_or_default(),
        )
    };
    let view = view::CaseFormPage {
        layout: page.layout(None, super::NAV_COUNSELLING, title),
        csrf: csrf(page),
        action,
        version,
        report_id,
        errors: listed,
        groups,
        fields,
    };
    page.render(status, &view)
}

pub async fn new_case(
    page: Page,
    Query(query): Query<NewCaseQuery>,
) -> Result<Response, PageError> {
    // Asked first, so that only counsellors see even the empty form.
    let (store, now) = (page.state.store(), page.state.now());
    let report = match query.meldung {
        Some(id) => Some(
            discrimination::report(store, &page.viewer.visitor, id, now)
                .await
                .or_page(&page)?,
        ),
        None => {
            discrimination::may_document(&page.viewer.visitor).or_page(&page)?;
            None
        }
    };
    let today = jiff::Zoned::new(now, teilhabe_domain::mediation::city_zone()).date();
    let values = CaseValues {
        areas: report.iter().map(|r| r.area.clone()).collect(),
        grounds: report
            .as_ref()
            .map(|r| r.grounds.clone())
            .unwrap_or_default(),
        forms: Vec::new(),
        level: String::new(),
        agg: AggApplies::Unclear.as_str().to_owned(),
        interventions: Vec::new(),
        outcome: String::new(),
        opened: today.to_string(),
        closed: String::new(),
        notes: String::new(),
    };
    Ok(render_case(
        &page,
        "/diskriminierung/faelle/neu".into(),
        0,
        query.meldung,
        &values,
        &HashMap::new(),
        StatusCode::OK,
    ))
}

/// Reads the form: the values to show again, and the input when the dates and the AGG choice
/// could be read (else the errors of those fields).
fn read_case(form: &FormData) -> (CaseValues, Result<CaseInput, Vec<&'static str>>) {
    let many =
        |name: &str| -> Vec<String> { form.all(name).into_iter().map(str::to_owned).collect() };
    let values = CaseValues {
        areas: many("areas"),
        grounds: many("grounds"),
        forms: many("forms"),
        level: form.get("level").to_owned(),
        agg: form.get("agg").to_owned(),
        interventions: many("interventions"),
        outcome: form.get("outcome").to_owned(),
        opened: form.get("opened").to_owned(),
        closed: form.get("closed").to_owned(),
        notes: form.get_raw("notes").to_owned(),
    };
    let mut bad = Vec::new();
    let agg = AggApplies::parse(&values.agg);
    if agg.is_none() {
        bad.push("agg");
    }
    let opened = values.opened.trim().parse::<Date>().ok();
    if opened.is_none() {
        bad.push("opened");
    }
    let closed = match values.closed.trim() {
        "" => Some(None),
        text => text.parse::<Date>().ok().map(Some),
    };
    if closed.is_none() {
        bad.push("closed");
    }
    let input = match (agg, opened, closed) {
        (Some(agg), Some(opened), Some(closed)) => Ok(CaseInput {
            areas: values.areas.clone(),
            grounds: values.grounds.clone(),
            forms: values.forms.clone(),
            level: values.level.clone(),
            agg,
            interventions: values.interventions.clone(),
            outcome: values.outcome.clone(),
            opened,
            closed,
            notes: values.notes.clone(),
        }),
        _ => Err(bad),
    };
    (values, input)
}

fn messages(page: &Page, fields: impl IntoIterator<Item = String>) -> HashMap<String, String> {
    let t = page.t();
    fields
        .into_iter()
        .map(|field| {
            let text = t.msg(&format!("discrimination-case-error-{field}"));
            (field, text)
        })
        .collect()
}

/// The fields a refused record names, or the page to answer instead.
fn problems(page: &Page, error: AppError) -> Result<HashMap<String, String>, PageError> {
    match error {
        AppError::Invalid(problems) => Ok(messages(page, problems.into_iter().map(|p| p.field))),
        other => Err(page.refused(other)),
    }
}

pub async fn create_case(
    page: Page,
    Query(query): Query<NewCaseQuery>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    discrimination::may_document(&page.viewer.visitor).or_page(&page)?;
    let report_id = query
        .meldung
        .or_else(|| form.get("report").parse::<i64>().ok());
    let (values, input) = read_case(&form);
    let errors = match input {
        Ok(input) => match discrimination::open_case(
            page.state.store(),
            &page.viewer.visitor,
            discrimination::categories(),
            report_id,
            &input,
            page.state.now(),
        )
        .await
        {
            Ok(id) => return Ok(Page::see_other(&format!("/diskriminierung/faelle/{id}"))),
            Err(error) => problems(&page, error)?,
        },
        Err(bad) => messages(&page, bad.into_iter().map(str::to_owned)),
    };
    Ok(render_case(
        &page,
        "/diskriminierung/faelle/neu".into(),
        0,
        report_id,
        &values,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

pub async fn edit_case(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    let case = discrimination::case(
        page.state.store(),
        &page.viewer.visitor,
        id,
        page.state.now(),
    )
    .await
    .or_page(&page)?;
    Ok(render_case(
        &page,
        format!("/diskriminierung/faelle/{id}"),
        case.version,
        case.report_id,
        &CaseValues::of(&case.record),
        &HashMap::new(),
        StatusCode::OK,
    ))
}

pub async fn update_case(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    discrimination::may_document(&page.viewer.visitor).or_page(&page)?;
    let mut version = form.get("version").parse::<i64>().unwrap_or(0);
    let (values, input) = read_case(&form);
    let errors = match input {
        Ok(input) => match discrimination::update_case(
            page.state.store(),
            &page.viewer.visitor,
            discrimination::categories(),
            id,
            version,
            &input,
            page.state.now(),
        )
        .await
        {
            Ok(_) => return Ok(Page::see_other("/diskriminierung/beratung")),
            Err(AppError::Conflict { .. }) => {
                version = discrimination::case(
                    page.state.store(),
                    &page.viewer.visitor,
                    id,
                    page.state.now(),
                )
                .await
                .or_page(&page)?
                .version;
                messages(&page, ["version".to_owned()])
            }
            Err(error) => problems(&page, error)?,
        },
        Err(bad) => messages(&page, bad.into_iter().map(str::to_owned)),
    };
    Ok(render_case(
        &page,
        format!("/diskriminierung/faelle/{id}"),
        version,
        form.get("report").parse::<i64>().ok(),
        &values,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}
