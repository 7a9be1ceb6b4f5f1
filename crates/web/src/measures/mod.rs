//! Measure pages: the filterable list, a measure with its history, the forms to create and edit
//! (working without JavaScript), and the two programmes side by side. Each handler reads the
//! request, asks one use case of `teilhabe_app::measures` (which decides who may), builds the view
//! in a view module and renders it.

pub mod api;
pub mod export;
mod form;
mod form_page;
mod form_view;
pub(crate) mod links;
mod list_view;
mod programmes;
mod view;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::{get, post};
use teilhabe_app::AppError;
use teilhabe_app::measures::{self as use_case, Unlinked};
use teilhabe_domain::city::CitySettings;
use teilhabe_store::StoredConcept;

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry, OrPage, Page, PageError};
use form::{FormError, parse_checked};
use form_page::Shown;
pub use form_view::programme_label;
pub use list_view::ListQuery;
pub use programmes::programmes;

pub async fn list(page: Page, Query(query): Query<ListQuery>) -> Result<Response, PageError> {
    let (stored, settings) = rules(&page).await?;
    let filter = query.filter();
    let measures = use_case::list_visible(
        page.state.store(),
        &page.viewer.visitor,
        &stored.concept.city.slug,
        filter.clone(),
    )
    .await
    .or_page(&page)?;
    let content = page.content().await?;
    let translations = content.version().to_owned();
    let view = list_view::list_page(&page, content, &stored, &settings, &filter, &measures);
    let version = links::measures_version(&measures);
    Ok(page.respond(
        &[
            &stored.content_hash,
            &version,
            "measures",
            &page.path,
            &translations,
        ],
        StatusCode::OK,
        &view,
    ))
}

pub async fn detail(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    let (stored, settings) = rules(&page).await?;
    let city = &stored.concept.city.slug;
    let detail = use_case::detail(page.state.store(), &page.viewer.visitor, city, id)
        .await
        .map_err(refused(&page, &stored))?;
    let content = page.content().await?;
    let translations = content.version().to_owned();
    let view = view::detail_page(&page, content, &stored, &settings, &detail);
    let version = detail.measure.version.to_string();
    Ok(page.respond(
        &[
            &stored.content_hash,
            "measure",
            &id.to_string(),
            &version,
            &translations,
        ],
        StatusCode::OK,
        &view,
    ))
}

pub async fn new_form(page: Page) -> Result<Response, PageError> {
    page.require_signed_in()?;
    use_case::may_start_new(&page.viewer.visitor).or_page(&page)?;
    let (stored, settings) = rules(&page).await?;
    let content = use_case::blank(&page.viewer.visitor);
    let shown = Shown::new_measure(&content);
    Ok(form_page::render(
        &page,
        &stored,
        &settings,
        shown,
        StatusCode::OK,
    ))
}

pub async fn create(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let (stored, settings) = rules(&page).await?;
    let submitted = parse_checked(&form, &stored, &settings, None);
    let content = &submitted.row.content;
    use_case::may_create(&page.viewer.visitor, &stored, content).or_page(&page)?;
    let errors = if submitted.errors.is_empty() {
        let city = &stored.concept.city.slug;
        let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
        match use_case::create(store, visitor, city, content, now).await {
            Ok(measure) => return Ok(Page::see_other(&format!("/massnahmen/{}", measure.id))),
            Err(AppError::Invalid(problems)) => FormError::reported(problems),
            Err(error) => return Err(refused(&page, &stored)(error)),
        }
    } else {
        submitted.errors
    };
    let shown = Shown::new_measure(content).with_errors(submitted.cells, errors);
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(form_page::render(&page, &stored, &settings, shown, status))
}

pub async fn edit_form(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let (stored, settings) = rules(&page).await?;
    let city = &stored.concept.city.slug;
    let measure = use_case::editable(page.state.store(), &page.viewer.visitor, city, id)
        .await
        .map_err(refused(&page, &stored))?;
    let shown = Shown::stored(&measure);
    Ok(form_page::render(
        &page,
        &stored,
        &settings,
        shown,
        StatusCode::OK,
    ))
}

pub async fn update(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let (stored, settings) = rules(&page).await?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let city = &stored.concept.city.slug;
    let current = use_case::editable(store, visitor, city, id)
        .await
        .map_err(refused(&page, &stored))?;
    let submitted = parse_checked(&form, &stored, &settings, Some(&current.content));
    let content = &submitted.row.content;
    // Nor may an editor move a measure into another working group.
    use_case::may_update(visitor, &stored, &current.content, content).or_page(&page)?;
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let errors = if submitted.errors.is_empty() {
        match use_case::update(store, visitor, city, id, version, content, now).await {
            Ok(_) => return Ok(Page::see_other(&format!("/massnahmen/{id}"))),
            Err(AppError::Invalid(problems)) => FormError::reported(problems),
            Err(AppError::Conflict { .. }) => {
                let latest = use_case::get_visible(store, visitor, city, id)
                    .await
                    .map_err(refused(&page, &stored))?;
                let cells = submitted.cells;
                return Ok(form_page::conflict(
                    &page, &stored, &settings, &latest, content, cells,
                ));
            }
            Err(error) => return Err(refused(&page, &stored)(error)),
        }
    } else {
        submitted.errors
    };
    let shown = Shown {
        version: Some(version),
        content,
        ..Shown::stored(&current)
    }
    .with_errors(submitted.cells, errors);
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(form_page::render(&page, &stored, &settings, shown, status))
}

pub async fn delete(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = page.concept().await?;
    let version = form.get("version").parse().ok();
    let city = &stored.concept.city.slug;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    match use_case::delete(store, visitor, city, id, version, now).await {
        Ok(()) => Ok(Page::see_other("/massnahmen")),
        Err(AppError::Conflict { .. }) => Ok(Page::see_other(&format!("/massnahmen/{id}"))),
        Err(error) => Err(refused(&page, &stored)(error)),
    }
}

/// The editors of an action field refuse another working group's measure as a contribution to
/// their field: the measure loses its links to this field's recommendations (recorded in the
/// audit log as a change by them). A measure needs one recommendation, so a measure linked to
/// this field only cannot be refused this way.
pub async fn refuse_link(
    page: Page,
    Path((slug, id)): Path<(String, i64)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = page.concept().await?;
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let city = &stored.concept.city.slug;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    match use_case::refuse_link(store, visitor, city, &slug, id, version, now)
        .await
        .map_err(refused(&page, &stored))?
    {
        // The field's own measure: its editors change it in the measure form.
        Unlinked::OwnMeasure => Ok(Page::see_other(&format!("/massnahmen/{id}/bearbeiten"))),
        Unlinked::Done => Ok(Page::see_other(&format!("/handlungsfelder/{slug}"))),
        Unlinked::LastLink => Err(page.message(
            Some(&stored),
            StatusCode::UNPROCESSABLE_ENTITY,
            "field-refuse-link",
            "field-error-refuse",
        )),
    }
}

// --- helpers -------------------------------------------------------------------------------

/// The concept and the city settings every measure page needs.
async fn rules(page: &Page) -> Result<(Arc<StoredConcept>, CitySettings), PageError> {
    let stored = page.concept().await?;
    let settings = page
        .state
        .store()
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(page)?;
    Ok((stored, settings))
}

/// A use case's refusal as a page; "not found" keeps the concept's navigation.
fn refused<'a>(
    page: &'a Page,
    stored: &'a StoredConcept,
) -> impl FnOnce(AppError) -> PageError + 'a {
    move |error| match error {
        AppError::NotFound => page.not_found(Some(stored)),
        other => page.refused(other),
    }
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
    openapi: None,
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
