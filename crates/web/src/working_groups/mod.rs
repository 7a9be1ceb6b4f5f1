//! Working groups: one per action field, with members and meeting records. Members of a field's
//! group (editors bound to it) and administrators keep them current; who may see and change what
//! is decided in `teilhabe_app::working_groups`. Handlers in pages.rs, view models in view.rs.

mod pages;
mod view;

use axum::Router;
use axum::routing::{get, post};

use crate::frame::{AppState, Feature, Nav, NavEntry};

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
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/arbeitsgruppen", get(pages::overview))
        .route("/arbeitsgruppen/{field}", get(pages::group))
        .route(
            "/arbeitsgruppen/{field}/mitglieder",
            post(pages::add_member),
        )
        .route(
            "/arbeitsgruppen/{field}/mitglieder/{id}/entfernen",
            post(pages::remove_member),
        )
        .route(
            "/arbeitsgruppen/{field}/sitzungen",
            post(pages::add_meeting),
        )
}
