//! The neutral frame every feature's pages stand in: state, language, visitor, layout, errors,
//! caching and the server loop. It imports no feature: features bring their routes, navigation
//! entries and panels through [`Feature`], and `lib.rs` lists the features.

pub mod api_input;
pub mod assets;
pub mod caching;
pub mod client;
pub mod content;
pub mod error;
pub mod feature;
pub mod fields;
pub mod forms;
pub mod health;
pub mod i18n;
pub mod language;
pub mod layout;
pub mod localized;
pub mod nav;
pub mod openapi;
pub mod page;
pub mod page_cache;
pub mod page_content;
pub mod request_log;
pub mod server;
pub mod state;
pub mod static_site;
pub mod visitor;

pub use content::Content;
pub use error::{ApiError, PageError};
pub use feature::Feature;
pub use layout::Layout;
pub use localized::{Localized, OutdatedSource};
pub use nav::{Nav, NavEntry, Panel, PanelFuture, PanelPlace, PanelRequest};
pub use page::{OrPage, Page};
pub use state::AppState;
pub use visitor::Viewer;
