//! The main navigation and the panels: what features contribute to pages they do not own.

use std::future::Future;
use std::pin::Pin;

use teilhabe_domain::access::Visitor;
use teilhabe_domain::concept::Concept;

use super::i18n::Translator;

/// The main navigation entry a page belongs to, by the id its feature gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nav(pub &'static str);

impl Nav {
    /// Pages that belong to no entry (messages, errors).
    pub const NONE: Nav = Nav("");
}

/// An entry of the main navigation.
#[derive(Debug, Clone, Copy)]
pub struct NavEntry {
    /// What a page names to mark this entry as current.
    pub id: Nav,
    /// The translation key of the label.
    pub label: &'static str,
    pub href: &'static str,
    /// Entries are shown in ascending order, whichever feature brings them.
    pub order: u16,
    /// Whether the visitor sees the entry at all.
    pub shown_to: fn(&Visitor) -> bool,
}

impl NavEntry {
    /// For entries everyone sees.
    pub fn everyone(_: &Visitor) -> bool {
        true
    }
}

/// Where a panel is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelPlace<'a> {
    /// The start page.
    Start,
    /// The page of the action field with this slug.
    Field(&'a str),
}

/// What a panel is rendered from.
pub struct PanelRequest<'a> {
    pub t: &'a Translator<'a>,
    /// The page's content translations, for the panel's content texts (indicator titles).
    pub content: &'a super::content::Content,
    pub concept: &'a Concept,
    pub place: PanelPlace<'a>,
}

/// A rendered panel: its HTML (escaped by its own template) and what its content depends on,
/// for the page's validator.
#[derive(Debug, Clone, Default)]
pub struct Panel {
    pub html: String,
    pub version: String,
}

pub type PanelFuture<'a> = Pin<Box<dyn Future<Output = Option<Panel>> + Send + 'a>>;
