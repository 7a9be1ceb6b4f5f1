//! Measure pages: the filterable list, a measure with its history, the forms to create and edit
//! (working without JavaScript), and the two programmes side by side.

pub mod api;
pub mod export;
mod form;
pub(crate) mod links;
mod programmes;
mod view;

use askama::Template;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{Measure, MeasureContent, Programme, Status};
use teilhabe_domain::text::Text;
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::{StoreError, StoredConcept};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Layout, Localized, Nav, NavEntry, Page};
pub use form::programme_label;
use form::{ConflictRow, ConflictView, FormError, FormInput, MeasureForm, build_form, parse_form};
use links::{MeasureLink, measure_link};
pub use programmes::programmes;
use view::{MeasureView, measure_view};

#[derive(Template)]
#[template(path = "measures/list.html")]
struct ListPage<'a> {
    layout: Layout<'a>,
    filter: FilterView,
    summary: String,
    measures: Vec<ListRow>,
    may_create: bool,
    /// The list's query string (with `?`), for the downloads of the same selection.
    download_query: String,
}

struct ListRow {
    link: MeasureLink,
    working_group: Localized,
    programme: String,
}

struct Option_ {
    value: String,
    label: Localized,
    selected: bool,
}

struct FilterView {
    text: String,
    fields: Vec<Option_>,
    recommendations: Vec<Option_>,
    statuses: Vec<Option_>,
    programmes: Vec<Option_>,
    working_groups: Vec<Option_>,
    districts: Vec<Option_>,
    target_groups: Vec<Option_>,
    active: bool,
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    q: Option<String>,
    handlungsfeld: Option<String>,
    empfehlung: Option<String>,
    status: Option<String>,
    programm: Option<String>,
    arbeitsgruppe: Option<String>,
    bezirk: Option<String>,
    zielgruppe: Option<String>,
}

/// The editors of an action field refuse another working group's measure as a contribution to
/// their field: the measure loses its links to this field's recommendations (recorded in the
/// audit log as a change by them). A measure needs one recommendation, so a measure linked to
/// this field only cannot be refused this way.
pub async fn refuse_link(
    page: Page,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Response {
    let form = match page.signed_form(&body) {
        Ok(form) => form,
        Err(error) => return error.into(),
    };
    if !page.viewer.visitor.may_edit_field(&slug) {
        return page.forbidden().into();
    }
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(error) => return error.into(),
    };
    let Some(field) = stored.concept.field(&slug) else {
        return page.not_found(Some(&stored)).into();
    };
    let measure = match visible_measure(&page, &stored, id).await {
        Ok(measure) => measure,
        Err(error) => return error,
    };
    let back = format!("/handlungsfelder/{slug}");
    if measure.content.working_group == slug {
        // The field's own measure: its editors change it in the measure form.
        return Page::see_other(&format!("/massnahmen/{id}/bearbeiten"));
    }
    let mut content = measure.content.clone();
    content
        .recommendations
        .retain(|id| !field.recommendations.iter().any(|r| &r.id == id));
    if content.recommendations.len() == measure.content.recommendations.len() {
        return Page::see_other(&back);
    }
    if content.recommendations.is_empty() {
        return page
            .message(
                Some(&stored),
                StatusCode::UNPROCESSABLE_ENTITY,
                "field-refuse-link",
                "field-error-refuse",
            )
            .into();
    }
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let city = stored.concept.city.slug.clone();
    match page
        .state
        .store()
        .update_measure(
            &city,
            id,
            version,
            &content,
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        // A newer version: show the field page again, with the current state.
        Ok(_) | Err(StoreError::Conflict { .. }) => Page::see_other(&back),
        Err(error) => store_failure(&page, error),
    }
}

/// The recommendations in `after` but not in `before` that belong to an action field the viewer
/// may not edit. A link makes a measure count in that field's progress, so only someone who may
/// edit that field adds it: an editor links their own field's recommendations, an administrator
/// any (docs/decisions.md, "Cross-field recommendation links"). Links already there are kept.
pub(crate) fn foreign_links(
    viewer: &crate::frame::visitor::Viewer,
    stored: &StoredConcept,
    before: &[String],
    after: &[String],
) -> Vec<String> {
    teilhabe_app::measures::foreign_links(&viewer.visitor, stored, before, after)
}

fn non_empty(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The store's filter for the list's query; the public sees published measures only.
fn list_filter(query: &ListQuery, viewer: &crate::frame::visitor::Viewer) -> MeasureFilter {
    let filter = MeasureFilter {
        field: non_empty(&query.handlungsfeld),
        recommendation: non_empty(&query.empfehlung),
        status: non_empty(&query.status).and_then(|s| Status::parse(&s)),
        programme: non_empty(&query.programm).and_then(|p| Programme::parse(&p)),
        working_group: non_empty(&query.arbeitsgruppe),
        district: non_empty(&query.bezirk),
        target_group: non_empty(&query.zielgruppe),
        text: non_empty(&query.q),
        published_only: false,
    };
    teilhabe_app::measures::visible_filter(&viewer.visitor, filter)
}

pub async fn list(page: Page, Query(query): Query<ListQuery>) -> Response {
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let concept = &stored.concept;
    let filter = list_filter(&query, &page.viewer);
    let measures = match page
        .state
        .store()
        .measures(&concept.city.slug, &filter)
        .await
    {
        Ok(measures) => measures,
        Err(error) => return store_failure(&page, error),
    };
    let t = page.t();
    let lang = t.code();
    let option = |value: &str, label: Localized, current: &Option<String>| Option_ {
        value: value.to_owned(),
        label,
        selected: current.as_deref() == Some(value),
    };
    let view = ListPage {
        layout: page.layout(Some(&stored), NAV, t.msg("measures-title")),
        filter: FilterView {
            text: filter.text.clone().unwrap_or_default(),
            fields: concept
                .fields
                .iter()
                .map(|f| option(&f.slug, Localized::new(&f.title, lang), &filter.field))
                .collect(),
            recommendations: concept
                .fields
                .iter()
                .flat_map(|f| f.recommendations.iter())
                .map(|r| {
                    option(
                        &r.id,
                        Localized::plain(format!("{} – {}", r.id, r.text.get(lang))),
                        &filter.recommendation,
                    )
                })
                .collect(),
            statuses: Status::ALL
                .iter()
                .map(|s| {
                    option(
                        s.as_str(),
                        Localized::plain(t.msg(&format!("status-{}", s.as_str()))),
                        &filter.status.map(|s| s.as_str().to_owned()),
                    )
                })
                .collect(),
            programmes: Programme::ALL
                .iter()
                .map(|p| {
                    option(
                        p.as_str(),
                        Localized::plain(programme_label(&t, &settings, *p)),
                        &filter.programme.map(|p| p.as_str().to_owned()),
                    )
                })
                .collect(),
            working_groups: concept
                .fields
                .iter()
                .map(|f| {
                    option(
                        &f.slug,
                        Localized::new(&f.title, lang),
                        &filter.working_group,
                    )
                })
                .collect(),
            districts: settings
                .districts
                .iter()
                .map(|d| option(&d.code, Localized::plain(d.name.clone()), &filter.district))
                .collect(),
            target_groups: settings
                .target_groups
                .iter()
                .map(|g| option(&g.id, Localized::new(&g.label, lang), &filter.target_group))
                .collect(),
            active: filter.field.is_some()
                || filter.recommendation.is_some()
                || filter.status.is_some()
                || filter.programme.is_some()
                || filter.working_group.is_some()
                || filter.district.is_some()
                || filter.target_group.is_some()
                || filter.text.is_some(),
        },
        summary: t.msg_with("measures-count", "count", measures.len()),
        measures: measures
            .iter()
            .map(|m| ListRow {
                link: measure_link(&t, m),
                working_group: concept
                    .field(&m.content.working_group)
                    .map(|f| Localized::new(&f.title, lang))
                    .unwrap_or_else(|| Localized::plain(m.content.working_group.clone())),
                programme: programme_label(&t, &settings, m.content.programme),
            })
            .collect(),
        may_create: teilhabe_app::measures::may_start_new(&page.viewer.visitor).is_ok(),
        download_query: page
            .path
            .find('?')
            .map(|start| page.path[start..].to_owned())
            .unwrap_or_default(),
    };
    let version = links::measures_version(&measures);
    page.respond(
        &[&stored.content_hash, &version, "measures", &page.path],
        StatusCode::OK,
        &view,
    )
}

#[derive(Template)]
#[template(path = "measures/detail.html")]
struct DetailPage<'a> {
    layout: Layout<'a>,
    measure: MeasureView,
    may_edit: bool,
    csrf: String,
}

pub async fn detail(page: Page, Path(id): Path<i64>) -> Response {
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let measure = match visible_measure(&page, &stored, id).await {
        Ok(measure) => measure,
        Err(error) => return error,
    };
    let history = match page
        .state
        .store()
        .audit_log(&teilhabe_store::AuditFilter {
            entity_type: Some("measure".into()),
            entity_id: Some(id.to_string()),
            limit: Some(500),
        })
        .await
    {
        Ok(history) => history,
        Err(error) => return store_failure(&page, error),
    };
    let t = page.t();
    let view = measure_view(
        &t,
        &stored.concept,
        &settings,
        &measure,
        &history,
        page.viewer.visitor.sees_internal(),
    );
    let detail = DetailPage {
        layout: page.layout(Some(&stored), NAV, view.title.text.clone()),
        may_edit: page
            .viewer
            .visitor
            .may_edit_field(&measure.content.working_group),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        measure: view,
    };
    page.respond(
        &[
            &stored.content_hash,
            "measure",
            &id.to_string(),
            &measure.version.to_string(),
        ],
        StatusCode::OK,
        &detail,
    )
}

#[derive(Template)]
#[template(path = "measures/form.html")]
struct FormPage<'a> {
    layout: Layout<'a>,
    heading: String,
    form: MeasureForm,
    csrf: String,
}

pub async fn new_form(page: Page) -> Response {
    if let Err(response) = page.require_signed_in() {
        return response.into();
    }
    if teilhabe_app::measures::may_start_new(&page.viewer.visitor).is_err() {
        return page.forbidden().into();
    }
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let own_field = page
        .viewer
        .visitor
        .principal()
        .and_then(|p| p.field.clone())
        .unwrap_or_default();
    let content = MeasureContent::new(Text::german(""), own_field, Vec::new());
    show_form(
        &page,
        &stored,
        &settings,
        "/massnahmen/neu".into(),
        None,
        None,
        &content,
        None,
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn create(page: Page, body: Bytes) -> Response {
    let form = match page.signed_form(&body) {
        Ok(form) => form,
        Err(error) => return error.into(),
    };
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let submitted = parse_form(&form);
    let content = submitted.row.content;
    if teilhabe_app::measures::may_create(&page.viewer.visitor, &stored, &content).is_err() {
        return page.forbidden().into();
    }
    if !submitted.errors.is_empty() {
        let action = "/massnahmen/neu".to_owned();
        return show_form(
            &page,
            &stored,
            &settings,
            action,
            None,
            None,
            &content,
            Some(submitted.cells),
            submitted.errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let city = stored.concept.city.slug.clone();
    match page
        .state
        .store()
        .create_measure(
            &city,
            &content,
            false,
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        Ok(measure) => Page::see_other(&format!("/massnahmen/{}", measure.id)),
        Err(StoreError::Invalid(problems)) => {
            let errors = problems.into_iter().map(FormError::Field).collect();
            let action = "/massnahmen/neu".to_owned();
            show_form(
                &page,
                &stored,
                &settings,
                action,
                None,
                None,
                &content,
                Some(submitted.cells),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(error) => store_failure(&page, error),
    }
}

pub async fn edit_form(page: Page, Path(id): Path<i64>) -> Response {
    if let Err(response) = page.require_signed_in() {
        return response.into();
    }
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let measure = match editable_measure(&page, &stored, id).await {
        Ok(measure) => measure,
        Err(error) => return error,
    };
    let action = format!("/massnahmen/{id}/bearbeiten");
    let status = Some(measure.content.status);
    show_form(
        &page,
        &stored,
        &settings,
        action,
        Some(measure.version),
        status,
        &measure.content,
        None,
        Vec::new(),
        StatusCode::OK,
    )
}

pub async fn update(page: Page, Path(id): Path<i64>, body: Bytes) -> Response {
    let form = match page.signed_form(&body) {
        Ok(form) => form,
        Err(error) => return error.into(),
    };
    let (stored, settings) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    let current = match editable_measure(&page, &stored, id).await {
        Ok(measure) => measure,
        Err(error) => return error,
    };
    let submitted = parse_form(&form);
    let content = submitted.row.content;
    // Nor may an editor move a measure into another working group.
    if teilhabe_app::measures::may_update(&page.viewer.visitor, &stored, &current.content, &content)
        .is_err()
    {
        return page.forbidden().into();
    }
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let action = format!("/massnahmen/{id}/bearbeiten");
    let stored_status = Some(current.content.status);
    if !submitted.errors.is_empty() {
        return show_form(
            &page,
            &stored,
            &settings,
            action,
            Some(version),
            stored_status,
            &content,
            Some(submitted.cells),
            submitted.errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let city = stored.concept.city.slug.clone();
    match page
        .state
        .store()
        .update_measure(
            &city,
            id,
            version,
            &content,
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        Ok(_) => Page::see_other(&format!("/massnahmen/{id}")),
        Err(StoreError::Invalid(problems)) => {
            let errors = problems.into_iter().map(FormError::Field).collect();
            show_form(
                &page,
                &stored,
                &settings,
                action,
                Some(version),
                stored_status,
                &content,
                Some(submitted.cells),
                errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(StoreError::Conflict { .. }) => {
            // Show what this person typed beside what is stored now; saving again (with the
            // current version in the form) keeps their text, so nothing is lost.
            let latest = match page.state.store().measure(&city, id).await {
                Ok(Some(latest)) => latest,
                Ok(None) => return page.not_found(Some(&stored)).into(),
                Err(error) => return store_failure(&page, error),
            };
            let t = page.t();
            let theirs: std::collections::HashMap<&str, String> =
                latest.content.cells().into_iter().collect();
            let rows = content
                .cells()
                .into_iter()
                .filter(|(column, yours)| theirs.get(column) != Some(yours))
                .map(|(column, yours)| ConflictRow {
                    label: t.msg(&format!("col-{column}")),
                    yours,
                    theirs: theirs.get(column).cloned().unwrap_or_default(),
                })
                .collect();
            let mut view = build_form(FormInput {
                t: &t,
                concept: &stored.concept,
                settings: &settings,
                visitor: &page.viewer.visitor,
                action,
                version: Some(latest.version),
                stored_status: Some(latest.content.status),
                content: &content,
                submitted: Some(submitted.cells),
                errors: Vec::new(),
            });
            view.conflict = Some(ConflictView {
                current_version: latest.version,
                updated_by_hint: t.msg_with(
                    "conflict-updated-at",
                    "date",
                    t.long_date(&latest.updated_at),
                ),
                rows,
            });
            render_form(&page, &stored, view, StatusCode::CONFLICT)
        }
        Err(error) => store_failure(&page, error),
    }
}

pub async fn delete(page: Page, Path(id): Path<i64>, body: Bytes) -> Response {
    let form = match page.signed_form(&body) {
        Ok(form) => form,
        Err(error) => return error.into(),
    };
    let (stored, _) = match rules(&page).await {
        Ok(rules) => rules,
        Err(error) => return error,
    };
    if let Err(response) = editable_measure(&page, &stored, id).await {
        return response;
    }
    let version = form.get("version").parse().ok();
    let city = stored.concept.city.slug.clone();
    match page
        .state
        .store()
        .delete_measure(&city, id, version, &page.viewer.actor(), page.state.now())
        .await
    {
        Ok(()) => Page::see_other("/massnahmen"),
        Err(StoreError::Conflict { .. }) => Page::see_other(&format!("/massnahmen/{id}")),
        Err(error) => store_failure(&page, error),
    }
}

// --- helpers -------------------------------------------------------------------------------

/// The concept and the city settings every measure page needs.
async fn rules(page: &Page) -> Result<(StoredConcept, CitySettings), Response> {
    let stored = page.concept().await?;
    let settings = page
        .state
        .store()
        .city_settings(&stored.concept.city.slug)
        .await
        .map_err(|error| store_failure(page, error))?;
    Ok((stored, settings))
}

/// The measure, if it exists and this visitor may see it (unpublished ones are not found by the
/// public, so their existence is not revealed).
async fn visible_measure(
    page: &Page,
    stored: &StoredConcept,
    id: i64,
) -> Result<Measure, Response> {
    match page
        .state
        .store()
        .measure(&stored.concept.city.slug, id)
        .await
    {
        Ok(Some(measure)) if teilhabe_app::measures::may_see(&page.viewer.visitor, &measure) => {
            Ok(measure)
        }
        Ok(_) => Err(page.not_found(Some(stored)).into()),
        Err(error) => Err(store_failure(page, error)),
    }
}

/// A measure the visitor may see and change: 404 if they cannot see it, 403 if it belongs to
/// another working group.
async fn editable_measure(
    page: &Page,
    stored: &StoredConcept,
    id: i64,
) -> Result<Measure, Response> {
    let measure = visible_measure(page, stored, id).await?;
    if page
        .viewer
        .visitor
        .may_edit_field(&measure.content.working_group)
    {
        Ok(measure)
    } else {
        Err(page.forbidden().into())
    }
}

fn store_failure(page: &Page, error: StoreError) -> Response {
    tracing::error!(%error, "store error");
    page.internal_error().into()
}

#[allow(
    clippy::too_many_arguments,
    reason = "the form is shown in several situations with different parts"
)]
fn show_form(
    page: &Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    action: String,
    version: Option<i64>,
    stored_status: Option<Status>,
    content: &MeasureContent,
    submitted: Option<std::collections::HashMap<String, String>>,
    errors: Vec<FormError>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let view = build_form(FormInput {
        t: &t,
        concept: &stored.concept,
        settings,
        visitor: &page.viewer.visitor,
        action,
        version,
        stored_status,
        content,
        submitted,
        errors,
    });
    render_form(page, stored, view, status)
}

fn render_form(
    page: &Page,
    stored: &StoredConcept,
    form: MeasureForm,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let heading = if form.version.is_some() {
        t.msg("measure-edit-title")
    } else {
        t.msg("measure-new-title")
    };
    let view = FormPage {
        layout: page.layout(Some(stored), NAV, heading.clone()),
        heading,
        form,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
    };
    page.render(status, &view)
}

pub(crate) const NAV: Nav = Nav("measures");
pub(crate) const PROGRAMMES: Nav = Nav("programmes");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: NAV,
            label: "nav-measures",
            href: "/massnahmen",
            order: 30,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: PROGRAMMES,
            label: "nav-programmes",
            href: "/programme",
            order: 40,
            shown_to: NavEntry::everyone,
        },
    ],
    panels: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/handlungsfelder/{slug}/verknuepfungen/{id}/ablehnen",
            post(refuse_link),
        )
        .route("/massnahmen", get(list))
        .route("/massnahmen/neu", get(new_form).post(create))
        .route("/massnahmen/{id}", get(detail))
        .route("/massnahmen/download/{format}", get(export::download))
        .route("/massnahmen/{id}/bearbeiten", get(edit_form).post(update))
        .route("/massnahmen/{id}/loeschen", post(delete))
        .route("/programme", get(programmes))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/measures", get(api::list).post(api::create)),
        (
            "/api/v1/measures/{id}",
            get(api::get).patch(api::update).delete(api::delete),
        ),
    ]
}
