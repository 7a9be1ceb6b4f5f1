//! The web layer: HTML pages that work without JavaScript, the JSON API and translations.
//!
//! Every handler reads what it shows from the store; nothing that two server instances could
//! disagree on is kept in process memory, so several instances can run behind a load balancer.
//! The two caches (monitoring/cache.rs, page_cache.rs) keep copies keyed by a version the
//! database holds, re-read often enough that instances agree within a fraction of a second.
#![allow(
    clippy::result_large_err,
    reason = "handlers return `Result<_, Response>` so that a failed step answers directly; axum's idiom"
)]

mod account;
mod admin;
mod api;
mod assets;
mod caching;
mod client;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
mod error;
mod forms;
pub mod i18n;
mod language;
mod measures;
pub mod monitoring;
mod page_cache;
mod pages;
mod request_log;
pub mod server;
mod snapshot;
mod state;
pub mod svg;
mod working_groups;

pub mod auth;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

pub use measures::export as measures_export;
pub use page_cache::{PageCacheSettings, PageCacheStats};
pub use state::{AppState, Security};

/// All routes of the app.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::start))
        .route("/handlungsfelder", get(pages::fields))
        .route("/handlungsfelder/{slug}", get(pages::field))
        .route(
            "/handlungsfelder/{slug}/verknuepfungen/{id}/ablehnen",
            post(measures::refuse_link),
        )
        .route("/suche", get(pages::search))
        .route("/indikatoren", get(monitoring::pages::indicators))
        .route("/indikatoren/{id}", get(monitoring::pages::indicator))
        .route(
            "/indikatoren/{id}/download/{format}",
            get(monitoring::download::download),
        )
        .route("/importe", get(monitoring::pages::imports))
        .route(
            "/importe/tabelle",
            post(monitoring::upload::upload_table_form).layer(upload_limit()),
        )
        .route(
            "/importe/wuerfel",
            post(monitoring::upload::upload_cubes_form).layer(upload_limit()),
        )
        .route("/anmelden", get(account::login_form).post(account::login))
        .route("/abmelden", post(account::logout))
        .route("/abmelden/ueberall", post(account::logout_everywhere))
        .route("/konto", get(account::account))
        .route("/konto/passwort", post(account::change_password))
        .route("/massnahmen", get(measures::list))
        .route(
            "/massnahmen/neu",
            get(measures::new_form).post(measures::create),
        )
        .route("/massnahmen/{id}", get(measures::detail))
        .route(
            "/massnahmen/download/{format}",
            get(measures::export::download),
        )
        .route(
            "/massnahmen/{id}/bearbeiten",
            get(measures::edit_form).post(measures::update),
        )
        .route("/massnahmen/{id}/loeschen", post(measures::delete))
        .route("/programme", get(measures::programmes))
        .route("/arbeitsgruppen", get(working_groups::overview))
        .route("/arbeitsgruppen/{field}", get(working_groups::group))
        .route(
            "/arbeitsgruppen/{field}/mitglieder",
            post(working_groups::add_member),
        )
        .route(
            "/arbeitsgruppen/{field}/mitglieder/{id}/entfernen",
            post(working_groups::remove_member),
        )
        .route(
            "/arbeitsgruppen/{field}/sitzungen",
            post(working_groups::add_meeting),
        )
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
        .route(
            "/api/v1/measures",
            get(measures::api::list).post(measures::api::create),
        )
        .route(
            "/api/v1/measures/{id}",
            get(measures::api::get)
                .patch(measures::api::update)
                .delete(measures::api::delete),
        )
        .route("/healthz", get(api::health))
        .route("/api/v1/concept", get(api::concept))
        .route("/api/v1/fields", get(api::fields))
        .route("/api/v1/fields/{slug}", get(api::field))
        .route("/api/v1/recommendations", get(api::recommendations))
        .route("/api/v1/indicators", get(monitoring::api::indicators))
        .route("/api/v1/indicators/{id}", get(monitoring::api::indicator))
        .route(
            "/api/v1/indicators/{id}/observations",
            get(monitoring::api::observations),
        )
        .route("/api/v1/openapi.json", get(monitoring::api::openapi))
        .route("/api/v1/imports", get(monitoring::api::imports))
        .route(
            "/api/v1/imports/table",
            post(monitoring::upload::api_table).layer(upload_limit()),
        )
        .route(
            "/api/v1/imports/cubes",
            post(monitoring::upload::api_cubes).layer(upload_limit()),
        )
        .route("/assets/{*path}", get(assets::serve))
        .fallback(error::fallback)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            page_cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            strict_transport_security,
        ))
        .layer(axum::middleware::from_fn(request_log::log_request))
        .layer(security_header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(security_header(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        .layer(security_header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(security_header(
            header::CONTENT_SECURITY_POLICY,
            // KERN's icons are data: URIs; everything else comes from this server.
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
             font-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
        ))
        .with_state(state)
}

/// Over HTTPS (configured, or reported by a trusted proxy), browsers are told to use only HTTPS
/// for this host for a year. Never sent over plain HTTP, where it would be meaningless.
async fn strict_transport_security(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let secure = client::Client::of(&parts, &state).secure(&state);
    let mut response = next
        .run(axum::extract::Request::from_parts(parts, body))
        .await;
    if secure {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Uploads of figures may be larger than axum's default body limit of 2 MiB.
fn upload_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(monitoring::upload::UPLOAD_LIMIT)
}

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}
