//! Who is asking: a session cookie (people in the browser), a bearer token (scripts), or nobody
//! (the public). Password rules and hashing and token generation are the application layer's
//! (`teilhabe_app::accounts`); this module keeps the HTTP side: cookies and the `Viewer`.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use teilhabe_domain::access::Visitor;

use super::state::AppState;

pub use teilhabe_app::accounts::passwords::{
    Hashing, MAX_LOGIN_LENGTH, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PasswordProblem,
    check_new_password, dummy_hash, hash_password, verify_password,
};
pub use teilhabe_app::accounts::tokens::{hash_token, new_token, same_secret};

pub const SESSION_COOKIE: &str = "teilhabe_session";
/// Double-submit token for the login form, which has no session yet.
pub const LOGIN_CSRF_COOKIE: &str = "teilhabe_login_csrf";

/// The name of a cookie: over HTTPS with the `__Host-` prefix, which browsers accept only from a
/// secure origin, for the whole site and without a Domain, so that no other host (a sibling
/// subdomain, a plain-HTTP man in the middle) can set or overwrite it.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{name}")
    } else {
        name.to_owned()
    }
}

/// The visitor of a request, with what forms need.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub visitor: Visitor,
    pub display_name: Option<String>,
    /// The session's CSRF token; forms must send it back. `None` for tokens and the public.
    pub csrf: Option<String>,
    /// Authenticated by an API token (no cookie, so no CSRF check needed).
    pub via_token: bool,
    /// SHA-256 of the session cookie, to end this session at logout.
    pub session_hash: Option<String>,
}

impl Viewer {
    pub fn public() -> Self {
        Viewer {
            visitor: Visitor::Public,
            display_name: None,
            csrf: None,
            via_token: false,
            session_hash: None,
        }
    }

    pub fn actor(&self) -> String {
        self.visitor
            .principal()
            .map(|p| p.actor.clone())
            .unwrap_or_else(|| "public".to_owned())
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // The static export publishes what the public sees, whatever the request carries.
        if parts
            .extensions
            .get::<super::static_site::StaticExport>()
            .is_some()
        {
            return Ok(Viewer::public());
        }
        let now = state.now();
        let secure = super::client::Client::of(parts, state).secure(state);
        if let Some(token) = bearer_token(&parts.headers) {
            return Ok(
                match state.store().token_principal(&hash_token(token), now).await {
                    Ok(Some(principal)) => Viewer {
                        display_name: Some(principal.login.clone()),
                        visitor: Visitor::Signed(principal),
                        csrf: None,
                        via_token: true,
                        session_hash: None,
                    },
                    Ok(None) => Viewer::public(),
                    Err(error) => {
                        tracing::error!(%error, "cannot check an API token");
                        Viewer::public()
                    }
                },
            );
        }
        let Some(token) = cookie(&parts.headers, &cookie_name(SESSION_COOKIE, secure)) else {
            return Ok(Viewer::public());
        };
        let hash = hash_token(&token);
        let idle = state.security().session_idle;
        Ok(match state.store().session(&hash, now, idle).await {
            Ok(Some(session)) => Viewer {
                visitor: Visitor::Signed(session.principal),
                display_name: Some(session.display_name),
                csrf: Some(session.csrf_token),
                via_token: false,
                session_hash: Some(hash),
            },
            Ok(None) => Viewer::public(),
            Err(error) => {
                tracing::error!(%error, "cannot read a session");
                Viewer::public()
            }
        })
    }
}

fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// A `Set-Cookie` value; `secure` adds `Secure` (and callers use the `__Host-` name then).
pub fn cookie_header(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}")
}

/// API changes need a principal, and a request with a session cookie needs the session's CSRF
/// token in `X-CSRF-Token` (a token request has no cookie a foreign site could ride on).
pub(crate) fn require_api_writer(
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
) -> Result<(), super::error::ApiError> {
    if !viewer.visitor.is_signed_in() {
        return Err(super::error::ApiError::Unauthorized);
    }
    if !viewer.visitor.sees_internal() {
        return Err(super::error::ApiError::Forbidden(
            "a translator's account changes nothing through the API".into(),
        ));
    }
    if !viewer.via_token {
        let sent = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let expected = viewer.csrf.as_deref().unwrap_or_default();
        if expected.is_empty() || !same_secret(expected, sent) {
            return Err(super::error::ApiError::Forbidden(
                "a request with a session cookie needs the X-CSRF-Token header".into(),
            ));
        }
    }
    Ok(())
}
