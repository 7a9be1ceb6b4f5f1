//! What a feature brings to the frame: its routes, its entries in the main navigation and the
//! panels it shows on other features' pages (the monitoring's gaps on the start page). The frame
//! knows features only through this description, so adding one never edits the frame.

use axum::Router;
use axum::routing::MethodRouter;

use super::nav::NavEntry;
use super::state::{AppState, PanelSource};

/// One feature of the web app.
pub struct Feature {
    /// Its pages and forms, merged into the app's router.
    pub routes: fn() -> Router<AppState>,
    /// Its JSON API routes (`/api/v1/…`), listed apart so that the OpenAPI test can compare them
    /// with the document.
    pub api: fn() -> ApiRoutes,
    /// Its entries in the main navigation.
    pub nav: &'static [NavEntry],
    /// Panels it contributes to pages of other features, if any.
    pub panels: Option<PanelSource>,
    /// The OpenAPI description of its `api` routes: a JSON object with `paths` and, if it needs
    /// them, `components.schemas` (and `tags`), merged into the one document the API serves
    /// (`frame::openapi`). `None` for a feature whose routes the base document describes.
    pub openapi: Option<&'static str>,
}

/// API routes as (path, methods) pairs.
pub type ApiRoutes = Vec<(&'static str, MethodRouter<AppState>)>;

impl Feature {
    /// For features without a JSON API.
    pub fn no_api() -> ApiRoutes {
        Vec::new()
    }
}
