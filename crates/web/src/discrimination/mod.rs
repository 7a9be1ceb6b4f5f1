//! Reports of discrimination on the web (issue 17): the public report form
//! (`/diskriminierung/melden`, no account, screened by screening.rs), the published statistics
//! (`/diskriminierung/statistik`, `GET /api/v1/discrimination/statistics`), and the counsellors'
//! pages — the inbox of reports and cases (`/diskriminierung/beratung`), a report with its
//! contact, the case record's form. Who may do what is decided in
//! `teilhabe_app::discrimination`: these handlers never check a role themselves.

mod api;
mod counselling;
mod counselling_view;
mod report_form;
mod screening;
mod statistics;

use axum::Router;
use axum::routing::{get, post};
use teilhabe_domain::discrimination::Category;
use teilhabe_domain::discrimination::access::may_document;

use crate::frame::feature::ApiRoutes;
use crate::frame::fields::Choice;
use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const NAV_REPORT: Nav = Nav("discrimination-report");
pub(crate) const NAV_COUNSELLING: Nav = Nav("discrimination-counselling");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: NAV_REPORT,
            label: "discrimination-nav-report",
            href: "/diskriminierung/melden",
            order: 75,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: NAV_COUNSELLING,
            label: "discrimination-nav-counselling",
            href: "/diskriminierung/beratung",
            order: 76,
            shown_to: may_document,
        },
    ],
    panels: None,
    openapi: Some(include_str!("openapi.json")),
};

fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/diskriminierung/melden",
            get(report_form::form).post(report_form::submit),
        )
        .route("/diskriminierung/statistik", get(statistics::page))
        .route("/diskriminierung/beratung", get(counselling::inbox))
        .route("/diskriminierung/meldungen/{id}", get(counselling::report))
        .route(
            "/diskriminierung/meldungen/{id}/kontakt",
            post(counselling::contact),
        )
        .route(
            "/diskriminierung/meldungen/{id}/freigeben",
            post(counselling::release),
        )
        .route(
            "/diskriminierung/meldungen/{id}/loeschen",
            post(counselling::delete_spam),
        )
        .route(
            "/diskriminierung/faelle/neu",
            get(counselling::new_case).post(counselling::create_case),
        )
        .route(
            "/diskriminierung/faelle/{id}",
            get(counselling::edit_case).post(counselling::update_case),
        )
}

fn api() -> ApiRoutes {
    vec![("/api/v1/discrimination/statistics", get(api::statistics))]
}

/// A category's label in the page's language, marked when it falls back to German.
pub(crate) fn label(category: &Category, language: &str) -> (String, String) {
    let (text, lang) = category.label_in(language);
    let attr = if lang == language || (lang == "de" && language.starts_with("de")) {
        String::new()
    } else {
        format!(" lang=\"{lang}\"")
    };
    (text.to_owned(), attr)
}

/// The grounds as two groups of choices: the grounds themselves, and the subtypes of racism
/// (shown under them, so that "racist" is chosen first and specified after).
pub(crate) fn ground_choices(language: &str, selected: &[String]) -> (Vec<Choice>, Vec<Choice>) {
    let grounds = &teilhabe_app::discrimination::categories().grounds;
    let (subtypes, main): (Vec<Category>, Vec<Category>) = grounds
        .iter()
        .cloned()
        .partition(|ground| ground.subtype_of.is_some());
    (
        choices(&main, language, selected),
        choices(&subtypes, language, selected),
    )
}

/// The categories of one list as choices, `selected` ticked.
pub(crate) fn choices(list: &[Category], language: &str, selected: &[String]) -> Vec<Choice> {
    list.iter()
        .map(|category| {
            let (text, lang_attr) = label(category, language);
            Choice {
                value: category.id.clone(),
                label: text,
                lang_attr,
                selected: selected.contains(&category.id),
            }
        })
        .collect()
}
