//! Issue 16, data from institutions, on the web: a reporter's open forms (`/datenerhebung`),
//! the entry form (`/datenerhebung/{data set}/{period}`, a table per data element, no
//! JavaScript needed), the statistics office's completeness and approval
//! (`/datenerhebung/vollstaendigkeit`) and the dataValueSets API
//! (`/api/v1/collection/dataValueSets`). Who may do what is decided in
//! `teilhabe_app::collection`; handlers in pages.rs and api.rs, views in view.rs.

mod api;
mod pages;
mod view;

use axum::Router;
use axum::routing::{get, post};
use teilhabe_domain::collection::access::{may_read_all, may_report};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("collection");
pub(crate) const NAV_COMPLETENESS: Nav = Nav("collection-completeness");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: NAV,
            label: "collection-nav",
            href: "/datenerhebung",
            order: 67,
            shown_to: may_report,
        },
        NavEntry {
            id: NAV_COMPLETENESS,
            label: "collection-nav-completeness",
            href: "/datenerhebung/vollstaendigkeit",
            order: 68,
            shown_to: may_read_all,
        },
    ],
    panels: None,
    openapi: Some(include_str!("openapi.json")),
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/datenerhebung", get(pages::open_forms))
        .route("/datenerhebung/vollstaendigkeit", get(pages::completeness))
        .route(
            "/datenerhebung/{data_set}/{period}",
            get(pages::form).post(pages::save),
        )
        .route(
            "/datenerhebung/{data_set}/{period}/entscheidung",
            post(pages::decide),
        )
}

fn api() -> ApiRoutes {
    vec![(
        "/api/v1/collection/dataValueSets",
        get(api::export).post(api::import),
    )]
}
