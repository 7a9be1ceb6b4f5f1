//! The integration report on the web: the public list of released editions and their PDFs,
//! drafts for signed-in staff, the release form for the integration office, every indicator's
//! PDF sheet, and the editions as JSON. Who may do what is decided in `teilhabe_app::report`;
//! the PDF comes from `teilhabe_report`, rendered on a blocking thread (it is CPU work).

mod api;
mod pages;
mod pdf;
pub(crate) mod sheet_cache;
mod view;

use axum::Router;
use axum::routing::{get, post};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("reports");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[NavEntry {
        id: NAV,
        label: "nav-reports",
        href: "/berichte",
        order: 70,
        shown_to: NavEntry::everyone,
    }],
    panels: None,
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/berichte", get(pages::editions))
        .route("/berichte/entwurf", get(pages::draft))
        .route("/berichte/freigabe", post(pages::release))
        // `{id}.pdf`: the router has no suffixes, so the handler takes the file name apart.
        .route("/berichte/{file}", get(pages::edition_pdf))
        // Beside the other downloads of an indicator (`{format}` is csv, xlsx, json, sdmx-csv).
        .route("/indikatoren/{id}/download/pdf", get(pdf::indicator_pdf))
}

fn api() -> ApiRoutes {
    vec![("/api/v1/reports", get(api::editions))]
}
