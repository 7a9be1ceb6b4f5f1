//! Accounts: signing in and out, one's own account, and the administration of users, API tokens
//! and the audit log.

mod account;
mod admin;
mod view;

use axum::Router;
use axum::routing::{get, post};
use teilhabe_domain::access::Visitor;

use crate::frame::{AppState, Feature, Nav, NavEntry};

pub(crate) const ADMIN: Nav = Nav("admin");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api: Feature::no_api,
    nav: &[NavEntry {
        id: ADMIN,
        label: "nav-admin",
        href: "/verwaltung",
        order: 100,
        shown_to: Visitor::may_manage_users,
    }],
    panels: None,
    openapi: None,
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/anmelden", get(account::login_form).post(account::login))
        .route("/abmelden", post(account::logout))
        .route("/abmelden/ueberall", post(account::logout_everywhere))
        .route("/konto", get(account::account))
        .route("/konto/passwort", post(account::change_password))
        .route("/konto/email", post(account::change_email))
        .route("/verwaltung", get(admin::overview))
        .route(
            "/verwaltung/benutzer",
            get(admin::users).post(admin::create_user),
        )
        .route("/verwaltung/benutzer/{id}", post(admin::update_user))
        .route(
            "/verwaltung/token",
            get(admin::tokens).post(admin::create_token),
        )
        .route(
            "/verwaltung/token/{id}/widerrufen",
            post(admin::revoke_token),
        )
        .route("/verwaltung/protokoll", get(admin::audit))
}
