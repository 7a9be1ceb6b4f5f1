//! The web layer: HTML pages that work without JavaScript, the JSON API and translations.
//!
//! Every handler reads what it shows from the store; nothing that two server instances could
//! disagree on is kept in process memory, so several instances can run behind a load balancer.

mod api;
mod assets;
mod caching;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
mod error;
pub mod i18n;
mod language;
pub mod monitoring;
mod pages;
mod request_log;
mod state;
pub mod svg;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::get;
use tower_http::set_header::SetResponseHeaderLayer;

pub use state::AppState;

/// All routes of the app.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(pages::start))
        .route("/handlungsfelder", get(pages::fields))
        .route("/handlungsfelder/{slug}", get(pages::field))
        .route("/suche", get(pages::search))
        .route("/indikatoren", get(monitoring::pages::indicators))
        .route("/indikatoren/{id}", get(monitoring::pages::indicator))
        .route(
            "/indikatoren/{id}/download/{format}",
            get(monitoring::download::download),
        )
        // Public until accounts exist; the measures issue restricts it to staff.
        .route("/importe", get(monitoring::pages::imports))
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
        .route("/assets/{*path}", get(assets::serve))
        .fallback(error::fallback)
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

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}
