//! Language mediation on the web (issue 15): the public demand page
//! (`/sprachmittlung/bedarf`), an institution's own requests (`/sprachmittlung/anfragen`), and
//! the JSON API (`/api/v1/mediation/demand`, `/api/v1/mediation/requests`). Who may see what is
//! decided in `teilhabe_app::mediation`; handlers in pages.rs and api.rs, views in view.rs.

mod api;
mod pages;
mod view;

use axum::Router;
use axum::routing::get;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::mediation::access::{may_coordinate, may_request};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("mediation");
pub(crate) const NAV_REQUESTS: Nav = Nav("mediation-requests");

fn requests_shown_to(visitor: &Visitor) -> bool {
    may_request(visitor) || may_coordinate(visitor)
}

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: NAV,
            label: "mediation-nav",
            href: "/sprachmittlung/bedarf",
            order: 65,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: NAV_REQUESTS,
            label: "mediation-nav-requests",
            href: "/sprachmittlung/anfragen",
            order: 66,
            shown_to: requests_shown_to,
        },
    ],
    panels: None,
    openapi: Some(include_str!("openapi.json")),
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/sprachmittlung/bedarf", get(pages::demand))
        .route("/sprachmittlung/anfragen", get(pages::requests))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/mediation/demand", get(api::demand)),
        ("/api/v1/mediation/requests", get(api::requests)),
    ]
}
