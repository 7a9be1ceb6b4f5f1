//! The working groups' pages and forms: each handler reads the request, calls one use case of
//! `teilhabe_app::working_groups` (which decides who may see and change what) and renders a view
//! from working_groups/view.rs. A refused form comes back with its fields marked (422).

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::AppError;
use teilhabe_app::working_groups::{self, MeetingInput, MemberInput};
use teilhabe_store::StoredConcept;

use super::view::{Forms, GroupContext, group_page, overview_page};
use crate::frame::{Localized, OrPage, Page, PageError};

pub async fn overview(page: Page) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let concept = &stored.concept;
    let members = working_groups::members(
        page.state.store(),
        &page.viewer.visitor,
        &concept.city.slug,
        None,
    )
    .await
    .or_page(&page)?;
    let layout = page.layout(Some(&stored), super::NAV, page.t().msg("groups-title"));
    Ok(page.render(StatusCode::OK, &overview_page(layout, concept, &members)))
}

pub async fn group(page: Page, Path(slug): Path<String>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    render_group(&page, &stored, &slug, StatusCode::OK, Forms::Empty).await
}

async fn render_group(
    page: &Page,
    stored: &StoredConcept,
    slug: &str,
    status: StatusCode,
    forms: Forms,
) -> Result<Response, PageError> {
    let concept = &stored.concept;
    let group = match working_groups::group(page.state.store(), &page.viewer.visitor, concept, slug)
        .await
    {
        Err(AppError::NotFound) => return Err(page.not_found(Some(stored))),
        other => other.or_page(page)?,
    };
    let title = concept
        .field(slug)
        .map(|field| Localized::new(&field.title, page.lang()))
        .ok_or_else(|| page.not_found(Some(stored)))?;
    let heading = page
        .t()
        .msg_with("group-title", "field", title.text.as_str());
    let context = GroupContext {
        slug: slug.to_owned(),
        title,
        group,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        forms,
    };
    let layout = page.layout(Some(stored), super::NAV, heading);
    Ok(page.render(status, &group_page(layout, context)))
}

/// After a change: back to the group page (POST → 303 → GET).
fn back(slug: &str) -> Response {
    Page::see_other(&format!("/arbeitsgruppen/{slug}"))
}

pub async fn add_member(
    page: Page,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = page.concept().await?;
    let input = MemberInput {
        person: form.get("person").to_owned(),
        organisation: form.get("organisation").to_owned(),
        is_chair: form.has("chair"),
        name_public: form.has("name_public"),
    };
    let store = page.state.store();
    let visitor = &page.viewer.visitor;
    let now = page.state.now();
    match working_groups::add_member(store, visitor, &stored.concept, &slug, &input, now).await {
        Ok(_) => Ok(back(&slug)),
        Err(AppError::Invalid(problems)) => {
            let forms = Forms::Member(input, problems);
            render_group(
                &page,
                &stored,
                &slug,
                StatusCode::UNPROCESSABLE_ENTITY,
                forms,
            )
            .await
        }
        Err(error) => Err(page.refused(error)),
    }
}

pub async fn remove_member(
    page: Page,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, PageError> {
    page.signed_form(&body)?;
    let stored = page.concept().await?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    working_groups::remove_member(store, visitor, &stored.concept, &slug, id, now)
        .await
        .or_page(&page)?;
    Ok(back(&slug))
}

pub async fn add_meeting(
    page: Page,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = page.concept().await?;
    let input = MeetingInput {
        date: form.get("date").to_owned(),
        participants: form.get("participants").to_owned(),
        decisions: form.get("decisions").to_owned(),
    };
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    match working_groups::add_meeting(store, visitor, &stored.concept, &slug, &input, now).await {
        Ok(_) => Ok(back(&slug)),
        Err(AppError::Invalid(problems)) => {
            let forms = Forms::Meeting(input, problems);
            render_group(
                &page,
                &stored,
                &slug,
                StatusCode::UNPROCESSABLE_ENTITY,
                forms,
            )
            .await
        }
        Err(error) => Err(page.refused(error)),
    }
}
