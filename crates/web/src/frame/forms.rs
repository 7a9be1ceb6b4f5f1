//! Form posts: the body as ordered pairs (checkbox groups repeat a name), and the CSRF check
//! every state-changing form passes.

use axum::body::Bytes;

use super::visitor::{self, Viewer};

/// A submitted `application/x-www-form-urlencoded` body.
#[derive(Debug, Clone, Default)]
pub struct FormData {
    pairs: Vec<(String, String)>,
}

impl FormData {
    pub fn parse(body: &Bytes) -> Self {
        FormData {
            pairs: form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        }
    }

    /// The first value of `name`, trimmed; empty when absent. Trimming suits names, titles and
    /// choices; secrets are read with [`FormData::get_raw`].
    pub fn get(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .unwrap_or_default()
    }

    /// The first value of `name` exactly as sent, untrimmed (passwords: spaces count).
    pub fn get_raw(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or_default()
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.pairs.iter().any(|(key, _)| key == name)
    }
}

/// Whether the form carries the session's CSRF token. Requests with an API token have no cookie
/// a foreign site could ride on, so they need none.
pub fn csrf_ok(viewer: &Viewer, form: &FormData) -> bool {
    csrf_token_ok(viewer, form.get("csrf"))
}

/// The same check for a token sent otherwise (a multipart form's `csrf` part).
pub fn csrf_token_ok(viewer: &Viewer, sent: &str) -> bool {
    if viewer.via_token {
        return true;
    }
    match &viewer.csrf {
        Some(expected) => visitor::same_secret(expected, sent),
        None => false,
    }
}
