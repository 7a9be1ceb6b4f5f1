//! The translators' pages (issue 14): the work list of a content language (missing and outdated
//! texts, the German source and — for an outdated text — the old German and the old translation
//! side by side), a form per text that works without JavaScript, and XLIFF 2.0 download and
//! upload for agencies. Who may translate which language is decided in
//! `teilhabe_app::translations`; handlers in pages.rs, view models in view.rs.

mod pages;
mod view;
mod xliff;

use axum::Router;
use axum::routing::get;

use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV: Nav = Nav("translations");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api: Feature::no_api,
    nav: &[NavEntry {
        id: NAV,
        label: "nav-translations",
        href: "/uebersetzungen",
        order: 85,
        // Signed-in people: whether they translate a language is in the store, so the page
        // itself says "forbidden" to those who do not.
        shown_to: teilhabe_domain::access::Visitor::is_signed_in,
    }],
    panels: None,
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/uebersetzungen", get(pages::work_list))
        .route(
            "/uebersetzungen/{language}/texte/{key}",
            get(pages::edit_form).post(pages::save),
        )
        .route("/uebersetzungen/{language}/xliff", get(xliff::download))
        .route(
            "/uebersetzungen/import",
            axum::routing::post(xliff::upload)
                .layer(axum::extract::DefaultBodyLimit::max(xliff::UPLOAD_LIMIT)),
        )
}
