//! Language mediation on the web (issue 15): the public demand page
//! (`/sprachmittlung/bedarf`), an institution's own requests (`/sprachmittlung/anfragen`), the
//! flow from request to assignment (flow.rs: the request form, a request's page with the
//! coordination's decisions and matching suggestions, the queue, a mediator's assignments, the
//! pool; pool_form.rs: a pool record's form and a mediator's availability), and the JSON API (`/api/v1/mediation/demand`, `/api/v1/mediation/requests`). Who may see what is
//! decided in `teilhabe_app::mediation`; handlers in pages.rs and api.rs, views in view.rs.

mod api;
mod exports;
mod flow;
mod flow_view;
mod pages;
mod pool_form;
mod view;

use axum::Router;
use axum::routing::{get, post};
use teilhabe_domain::access::Visitor;
use teilhabe_domain::mediation::access::{may_coordinate, may_request};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("mediation");
pub(crate) const NAV_REQUESTS: Nav = Nav("mediation-requests");
pub(crate) const NAV_QUEUE: Nav = Nav("mediation-queue");
pub(crate) const NAV_ASSIGNMENTS: Nav = Nav("mediation-assignments");
pub(crate) const NAV_POOL: Nav = Nav("mediation-pool");
pub(crate) const NAV_AVAILABILITY: Nav = Nav("mediation-availability");

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
        NavEntry {
            id: NAV_QUEUE,
            label: "mediation-nav-queue",
            href: "/sprachmittlung/koordination",
            order: 67,
            shown_to: may_coordinate,
        },
        NavEntry {
            id: NAV_POOL,
            label: "mediation-nav-pool",
            href: "/sprachmittlung/pool",
            order: 68,
            shown_to: may_coordinate,
        },
        NavEntry {
            id: NAV_ASSIGNMENTS,
            label: "mediation-nav-assignments",
            href: "/sprachmittlung/einsaetze",
            order: 69,
            shown_to: flow::is_mediator,
        },
        NavEntry {
            id: NAV_AVAILABILITY,
            label: "mediation-nav-availability",
            href: "/sprachmittlung/verfuegbarkeit",
            order: 70,
            shown_to: flow::is_mediator,
        },
    ],
    panels: None,
    openapi: Some(include_str!("openapi.json")),
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/sprachmittlung/bedarf", get(pages::demand))
        .route("/sprachmittlung/anfragen", get(pages::requests))
        .route(
            "/sprachmittlung/anfragen/neu",
            get(flow::new_request).post(flow::create_request),
        )
        .route("/sprachmittlung/anfragen/{id}", get(flow::request))
        .route("/sprachmittlung/anfragen/{id}/absagen", post(flow::cancel))
        .route(
            "/sprachmittlung/anfragen/{id}/entscheiden",
            post(flow::decide),
        )
        .route("/sprachmittlung/anfragen/{id}/anbieten", post(flow::offer))
        .route("/sprachmittlung/koordination", get(flow::queue))
        .route("/sprachmittlung/einsaetze", get(flow::assignments))
        .route("/sprachmittlung/einsaetze/{id}/antwort", post(flow::answer))
        .route("/sprachmittlung/einsaetze/{id}/bericht", post(flow::report))
        .route("/sprachmittlung/pool", get(flow::pool))
        .route("/sprachmittlung/pool/{id}/konto", post(flow::link))
        .route(
            "/sprachmittlung/pool/neu",
            get(pool_form::new_record).post(pool_form::create_record),
        )
        .route(
            "/sprachmittlung/pool/{id}/bearbeiten",
            get(pool_form::edit_record).post(pool_form::update_record),
        )
        .route(
            "/sprachmittlung/pool/{id}/verfuegbarkeit",
            get(pool_form::availability).post(pool_form::save_availability),
        )
        .route(
            "/sprachmittlung/verfuegbarkeit",
            get(pool_form::own_availability),
        )
        .route("/sprachmittlung/abrechnung", get(exports::accounting))
        .route("/sprachmittlung/jahresbericht", get(exports::annual_report))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/mediation/demand", get(api::demand)),
        ("/api/v1/mediation/requests", get(api::requests)),
    ]
}
