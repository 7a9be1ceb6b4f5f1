//! The concept itself: the start page (vision, understanding of integration, how the concept
//! develops), the action fields with their recommendations, the search, and their JSON API.

mod api;
mod edit_view;
mod editing;
mod history;
mod pages;
mod view;

use axum::Router;
use axum::routing::get;
use teilhabe_domain::access::Visitor;

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const HOME: Nav = Nav("home");
pub(crate) const FIELDS: Nav = Nav("fields");
pub(crate) const SEARCH: Nav = Nav("search");
pub(crate) const EDIT: Nav = Nav("concept-edit");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: HOME,
            label: "nav-home",
            href: "/",
            order: 10,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: FIELDS,
            label: "nav-fields",
            href: "/handlungsfelder",
            order: 20,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: SEARCH,
            label: "nav-search",
            href: "/suche",
            order: 90,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: EDIT,
            label: "nav-concept-edit",
            href: "/konzept/bearbeiten",
            order: 95,
            shown_to: Visitor::may_edit_concept,
        },
    ],
    panels: None,
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::start))
        .route("/handlungsfelder", get(pages::fields))
        .route("/handlungsfelder/{slug}", get(pages::field))
        .route("/suche", get(pages::search))
        .route(
            "/konzept/bearbeiten",
            get(editing::show_overview).post(editing::save_overview),
        )
        .route(
            "/konzept/bearbeiten/kopf",
            get(editing::show_header).post(editing::save_header),
        )
        .route(
            "/konzept/bearbeiten/abschnitte/{id}",
            get(editing::show_section).post(editing::save_section),
        )
        .route(
            "/konzept/bearbeiten/handlungsfelder/{slug}",
            get(editing::show_field).post(editing::save_field),
        )
        .route("/konzept/versionen", get(history::versions))
        .route("/konzept/versionen/vergleich", get(history::compare))
        .route("/konzept/versionen/{file}", get(history::download))
        .route("/konzept/versionen/{from}/{to}", get(history::difference))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/concept", get(api::concept)),
        ("/api/v1/fields", get(api::fields)),
        ("/api/v1/fields/{slug}", get(api::field)),
        ("/api/v1/recommendations", get(api::recommendations)),
    ]
}
