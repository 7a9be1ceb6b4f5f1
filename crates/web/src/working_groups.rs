//! Working groups: one per action field, with members and meeting records. Members of a field's
//! group (editors bound to it) and administrators keep them current.

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use teilhabe_store::working_groups::{Meeting, Member};

use crate::frame::forms::FormData;
use crate::frame::{AppState, Feature, Layout, Localized, Nav, NavEntry, Page};

struct GroupSummary {
    slug: String,
    title: Localized,
    chair: Option<String>,
    members: usize,
}

#[derive(Template)]
#[template(path = "working_groups/overview.html")]
struct OverviewPage<'a> {
    layout: Layout<'a>,
    groups: Vec<GroupSummary>,
}

pub async fn overview(page: Page) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(error) => return error.into(),
    };
    let members = match page
        .state
        .store()
        .members(&stored.concept.city.slug, None)
        .await
    {
        Ok(members) => visible_members(&page, members),
        Err(error) => return failure(&page, error),
    };
    let lang = page.lang().to_owned();
    let groups = stored
        .concept
        .fields
        .iter()
        .map(|field| {
            let own: Vec<&Member> = members.iter().filter(|m| m.field == field.slug).collect();
            GroupSummary {
                slug: field.slug.clone(),
                title: Localized::new(&field.title, &lang),
                chair: own.iter().find(|m| m.is_chair).map(|m| {
                    if m.person.is_empty() {
                        m.organisation.clone()
                    } else {
                        format!("{} ({})", m.person, m.organisation)
                    }
                }),
                members: own.len(),
            }
        })
        .collect();
    let view = OverviewPage {
        layout: page.layout(Some(&stored), NAV, page.t().msg("groups-title")),
        groups,
    };
    page.render(StatusCode::OK, &view)
}

#[derive(Template)]
#[template(path = "working_groups/group.html")]
struct GroupPage<'a> {
    layout: Layout<'a>,
    slug: String,
    title: Localized,
    members: Vec<Member>,
    meetings: Vec<Meeting>,
    may_edit: bool,
    csrf: String,
    error: Option<String>,
}

pub async fn group(page: Page, Path(slug): Path<String>) -> Response {
    render_group(&page, &slug, StatusCode::OK, None).await
}

async fn render_group(
    page: &Page,
    slug: &str,
    status: StatusCode,
    error: Option<String>,
) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(error) => return error.into(),
    };
    let Some(field) = stored.concept.field(slug) else {
        return page.not_found(Some(&stored)).into();
    };
    let city = &stored.concept.city.slug;
    let store = page.state.store();
    let (members, meetings) = match (
        store.members(city, Some(slug)).await,
        store.meetings(city, slug).await,
    ) {
        (Ok(members), Ok(meetings)) => (visible_members(page, members), meetings),
        (Err(error), _) | (_, Err(error)) => return failure(page, error),
    };
    let title = Localized::new(&field.title, page.lang());
    let view = GroupPage {
        layout: page.layout(
            Some(&stored),
            NAV,
            page.t()
                .msg_with("group-title", "field", title.text.as_str()),
        ),
        slug: slug.to_owned(),
        title,
        members,
        meetings,
        may_edit: page.viewer.visitor.may_edit_field(slug),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        error,
    };
    page.render(status, &view)
}

/// Signed-in visitors see every name; the public only those of members who consented.
fn visible_members(page: &Page, members: Vec<Member>) -> Vec<Member> {
    if page.viewer.visitor.sees_internal() {
        members
    } else {
        members.into_iter().map(Member::for_public).collect()
    }
}

/// Checks login, CSRF and membership; returns the form and the city.
async fn authorised(page: &Page, slug: &str, body: &Bytes) -> Result<(FormData, String), Response> {
    let form = page.signed_form(body)?;
    if !page.viewer.visitor.may_edit_field(slug) {
        return Err(page.forbidden().into());
    }
    let stored = page.concept().await?;
    if stored.concept.field(slug).is_none() {
        return Err(page.not_found(Some(&stored)).into());
    }
    Ok((form, stored.concept.city.slug))
}

pub async fn add_member(page: Page, Path(slug): Path<String>, body: Bytes) -> Response {
    let (form, city) = match authorised(&page, &slug, &body).await {
        Ok(ok) => ok,
        Err(error) => return error,
    };
    let (person, organisation) = (form.get("person"), form.get("organisation"));
    if person.is_empty() || organisation.is_empty() {
        return render_group(
            &page,
            &slug,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(page.t().msg("group-error-member")),
        )
        .await;
    }
    let chair = form.has("chair");
    match page
        .state
        .store()
        .add_member(
            &city,
            &slug,
            &teilhabe_store::working_groups::NewMember {
                person: person.to_owned(),
                organisation: organisation.to_owned(),
                is_chair: chair,
                name_public: form.has("name_public"),
            },
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        Ok(_) => Page::see_other(&format!("/arbeitsgruppen/{slug}")),
        Err(error) => failure(&page, error),
    }
}

pub async fn remove_member(
    page: Page,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Response {
    let (_, city) = match authorised(&page, &slug, &body).await {
        Ok(ok) => ok,
        Err(error) => return error,
    };
    match page
        .state
        .store()
        .remove_member(&city, &slug, id, &page.viewer.actor(), page.state.now())
        .await
    {
        Ok(()) | Err(teilhabe_store::StoreError::NotFound) => {
            Page::see_other(&format!("/arbeitsgruppen/{slug}"))
        }
        Err(error) => failure(&page, error),
    }
}

pub async fn add_meeting(page: Page, Path(slug): Path<String>, body: Bytes) -> Response {
    let (form, city) = match authorised(&page, &slug, &body).await {
        Ok(ok) => ok,
        Err(error) => return error,
    };
    let date = form.get("date").parse::<jiff::civil::Date>();
    let participants = form.get("participants").parse::<i64>();
    let decisions = form.get("decisions");
    let (Ok(date), Ok(participants)) = (date, participants) else {
        return render_group(
            &page,
            &slug,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(page.t().msg("group-error-meeting")),
        )
        .await;
    };
    if participants < 0 || decisions.is_empty() {
        return render_group(
            &page,
            &slug,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(page.t().msg("group-error-meeting")),
        )
        .await;
    }
    match page
        .state
        .store()
        .add_meeting(
            &city,
            &slug,
            &teilhabe_store::working_groups::NewMeeting {
                date,
                participants,
                decisions: decisions.to_owned(),
            },
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        Ok(_) => Page::see_other(&format!("/arbeitsgruppen/{slug}")),
        Err(error) => failure(&page, error),
    }
}

fn failure(page: &Page, error: teilhabe_store::StoreError) -> Response {
    tracing::error!(%error, "store error");
    page.internal_error().into()
}

pub(crate) const NAV: Nav = Nav("working-groups");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api: Feature::no_api,
    nav: &[NavEntry {
        id: NAV,
        label: "nav-working-groups",
        href: "/arbeitsgruppen",
        order: 50,
        shown_to: NavEntry::everyone,
    }],
    panels: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/arbeitsgruppen", get(overview))
        .route("/arbeitsgruppen/{field}", get(group))
        .route("/arbeitsgruppen/{field}/mitglieder", post(add_member))
        .route(
            "/arbeitsgruppen/{field}/mitglieder/{id}/entfernen",
            post(remove_member),
        )
        .route("/arbeitsgruppen/{field}/sitzungen", post(add_meeting))
}
