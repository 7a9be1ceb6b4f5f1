//! What a feature brings to the frame: its routes, its entries in the main navigation and the
//! panels it shows on other features' pages (the monitoring's gaps on the start page). The frame
//! knows features only through this description, so adding one never edits the frame.

use axum::Router;

use super::nav::{NavEntry, PanelSource};
use super::state::AppState;

/// One feature of the web app.
pub struct Feature {
    /// Its routes, merged into the app's router.
    pub routes: fn() -> Router<AppState>,
    /// Its entries in the main navigation.
    pub nav: &'static [NavEntry],
    /// Panels it contributes to pages of other features, if any.
    pub panels: Option<PanelSource>,
}
