//! Integration monitoring on the web: indicator pages with charts, tables and district maps, the
//! indicator list, the imports page, the panels on field and start pages, downloads and the
//! JSON API. Everything is read from the store per request; the SVG is written on the server.

pub mod api;
pub mod cache;
pub mod download;
pub mod drafts;
pub use teilhabe_app::monitoring::importing;
mod items;
pub mod pages;
pub mod panels;
pub(crate) mod snapshot;
pub mod upload;

use teilhabe_charts::figures;
pub use teilhabe_charts::figures::{
    code_label, concept_label, format_decimal, geometry, headline_code, missing_text, points,
    shown_status, value_text, with_unit,
};
use teilhabe_domain::monitoring::{Breakdown, Observation};
use teilhabe_store::StoredObservation;

use axum::Router;
use axum::routing::{get, post};

use crate::frame::feature::ApiRoutes;
use crate::frame::i18n::Translator;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("monitoring");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[NavEntry {
        id: NAV,
        label: "nav-monitoring",
        href: "/indikatoren",
        order: 60,
        shown_to: NavEntry::everyone,
    }],
    panels: Some(panels::panel),
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/indikatoren", get(pages::indicators))
        .route("/indikatoren/{id}", get(pages::indicator))
        .route(
            "/indikatoren/{id}/download/{format}",
            get(download::download),
        )
        .route("/importe", get(pages::imports))
        .route(
            "/importe/tabelle",
            post(upload::upload_table_form).layer(upload_limit()),
        )
        .route(
            "/importe/wuerfel",
            post(upload::upload_cubes_form).layer(upload_limit()),
        )
        .route(
            "/importe/entwuerfe/{id}",
            get(drafts::draft).post(drafts::submit),
        )
        .route("/importe/zuordnungen", get(drafts::mappings))
        .route("/importe/zuordnungen/{file}", get(drafts::mapping_file))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/indicators", get(api::indicators)),
        ("/api/v1/indicators/{id}", get(api::indicator)),
        (
            "/api/v1/indicators/{id}/observations",
            get(api::observations),
        ),
        ("/api/v1/imports", get(api::imports)),
        (
            "/api/v1/imports/table",
            post(upload::api_table).layer(upload_limit()),
        ),
        (
            "/api/v1/imports/cubes",
            post(upload::api_cubes).layer(upload_limit()),
        ),
    ]
}

/// Uploads of figures may be larger than axum's default body limit of 2 MiB.
fn upload_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(upload::UPLOAD_LIMIT)
}

/// The decimal mark of the page language.
pub fn decimal_mark(t: &Translator<'_>) -> char {
    t.decimal_mark()
}

/// Figures at the whole-city, all-sexes, all-ages level with a given origin code, by year.
pub fn series_of<'a>(
    observations: &'a [StoredObservation],
    breakdown: Breakdown,
    code: &str,
) -> Vec<&'a Observation> {
    figures::series_of(
        observations.iter().map(|stored| &stored.observation),
        breakdown,
        code,
    )
}

/// Whether any figure of the indicator is demo data.
pub fn is_demo(observations: &[StoredObservation]) -> bool {
    observations.iter().any(|stored| stored.is_demo)
}
