//! The web layer: HTML pages that work without JavaScript, the JSON API and translations.
//!
//! Every handler reads what it shows from the store; nothing that two server instances could
//! disagree on is kept in process memory, so several instances can run behind a load balancer.
//! The caches (frame/page_cache.rs, monitoring/cache.rs, monitoring/snapshot.rs) keep copies keyed by a version the
//! database holds, re-read often enough that instances agree within a fraction of a second.
#![allow(
    clippy::result_large_err,
    reason = "handlers return `Result<Response, PageError>`: the error is the rendered answer"
)]

mod accounts;
// Issue 16: data from institutions.
mod collection;
mod concept;
// Issue 17: reports of discrimination.
mod discrimination;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
pub mod frame;
mod measures;
// Issue 15: language mediation.
mod mediation;
pub mod monitoring;
// Issue 18: the offers directory.
mod offers;
mod report;
/// The public portal as static files (`teilhabe export site`).
pub mod site;
/// The charts and maps, from the shared `teilhabe-charts` crate (the PDF report draws the same).
pub use teilhabe_charts as svg;
mod translations;
mod working_groups;

/// Who is asking (the frame's [`frame::visitor`]), under its old name for the command line and
/// the tests.
pub use frame::visitor as auth;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::routing::get;
use tower_http::set_header::SetResponseHeaderLayer;

pub use frame::page_cache::{PageCacheSettings, PageCacheStats};
pub use frame::state::{AppState, Security};
pub use frame::{i18n, server};

/// The features of the web app, in the order their panels appear on shared pages. A new module
/// adds its line here (docs/guides/developers.md, "Adding a module").
const FEATURES: [frame::Feature; 11] = [
    concept::FEATURE,
    measures::FEATURE,
    working_groups::FEATURE,
    monitoring::FEATURE,
    report::FEATURE,
    accounts::FEATURE,
    // Issue 14: the translators' pages.
    translations::FEATURE,
    // Issue 15: language mediation.
    mediation::FEATURE,
    // Issue 18: the offers directory.
    offers::FEATURE,
    // Issue 16: data from institutions.
    collection::FEATURE,
    // Issue 17: reports of discrimination.
    discrimination::FEATURE,
];

/// All routes of the app: every feature's, and the frame's own.
pub fn router(state: AppState) -> Router {
    state.install(
        FEATURES.iter().flat_map(|feature| feature.nav).copied(),
        FEATURES.iter().filter_map(|feature| feature.panels),
    );
    let features = FEATURES.iter().fold(Router::new(), |router, feature| {
        router.merge((feature.routes)())
    });
    api_routes()
        .into_iter()
        .fold(features, |router, (path, methods)| {
            router.route(path, methods)
        })
        .route("/assets/{*path}", get(frame::assets::serve))
        .fallback(frame::page::fallback)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            frame::page_cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            strict_transport_security,
        ))
        .layer(axum::middleware::from_fn(frame::request_log::log_request))
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

/// The paths of the JSON API (and `/healthz`) as the router has them, `{name}` for a parameter.
/// Which methods each path answers the router itself tells: a request with another method gets
/// 405 with an `Allow` header.
pub fn api_paths() -> Vec<&'static str> {
    api_routes().into_iter().map(|(path, _)| path).collect()
}

/// The JSON API (and `/healthz`): the frame's own paths and every feature's. The OpenAPI test
/// compares this list with the document, so an API route must be added here, through its
/// feature's `api`, never straight to the router.
fn api_routes() -> frame::feature::ApiRoutes {
    let mut routes: frame::feature::ApiRoutes = vec![
        ("/healthz", get(frame::health::health)),
        ("/api/v1/openapi.json", get(openapi)),
    ];
    for feature in &FEATURES {
        routes.extend((feature.api)());
    }
    routes
}

/// The OpenAPI document: the base and every feature's fragment, merged once.
fn openapi_document() -> &'static Result<String, String> {
    static DOCUMENT: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    DOCUMENT.get_or_init(|| {
        let fragments: Vec<(String, &str)> = FEATURES
            .iter()
            .enumerate()
            .filter_map(|(index, feature)| {
                feature
                    .openapi
                    .map(|fragment| (format!("feature {index} of FEATURES"), fragment))
            })
            .collect();
        let fragments: Vec<(&str, &str)> = fragments
            .iter()
            .map(|(name, fragment)| (name.as_str(), *fragment))
            .collect();
        frame::openapi::merge(monitoring::api::OPENAPI, &fragments)
    })
}

async fn openapi() -> axum::response::Response {
    use axum::response::IntoResponse;
    match openapi_document() {
        Ok(document) => (
            [
                (header::CONTENT_TYPE, "application/json"),
                (header::CACHE_CONTROL, "public, max-age=3600"),
            ],
            document.clone(),
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "the OpenAPI document cannot be assembled");
            axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Over HTTPS (configured, or reported by a trusted proxy), browsers are told to use only HTTPS
/// for this host for a year. Never sent over plain HTTP, where it would be meaningless.
async fn strict_transport_security(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let (parts, body) = request.into_parts();
    let secure = frame::client::Client::of(&parts, &state).secure(&state);
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

fn security_header(name: HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_features_openapi_fragment_merges() {
        if let Err(error) = super::openapi_document() {
            panic!("{error}");
        }
    }
}
