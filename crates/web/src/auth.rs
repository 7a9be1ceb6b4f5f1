//! Who is asking: a session cookie (people in the browser), a bearer token (scripts), or nobody
//! (the public). Passwords are hashed with Argon2id; session and API tokens are random and only
//! their SHA-256 is stored.

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use sha2::{Digest, Sha256};
use teilhabe_domain::access::Visitor;

use crate::state::AppState;

pub const SESSION_COOKIE: &str = "teilhabe_session";
/// Double-submit token for the login form, which has no session yet.
pub const LOGIN_CSRF_COOKIE: &str = "teilhabe_login_csrf";
/// Sessions end after this long, or at logout.
pub const SESSION_HOURS: i64 = 12;

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
        let now = state.now();
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
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Viewer::public());
        };
        let hash = hash_token(&token);
        Ok(match state.store().session(&hash, now).await {
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

/// A new random token, hex-encoded (256 bits).
pub fn new_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Argon2id with the crate's recommended parameters, as a PHC string.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

/// A hash that no password matches, verified against for unknown logins so that the answer takes
/// as long as for known ones.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

/// Compares secrets without leaking where they differ through timing.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Passwords need some length; everything else is the person's choice (NIST SP 800-63B).
pub const MIN_PASSWORD_LENGTH: usize = 10;

pub fn cookie_header(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}")
}

/// Whether the request reached us over HTTPS (directly or through a proxy that says so).
pub fn is_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// API changes need a principal, and a request with a session cookie needs the session's CSRF
/// token in `X-CSRF-Token` (a token request has no cookie a foreign site could ride on).
pub(crate) fn require_api_writer(
    viewer: &Viewer,
    headers: &axum::http::HeaderMap,
) -> Result<(), crate::error::ApiError> {
    if !viewer.visitor.sees_internal() {
        return Err(crate::error::ApiError::Unauthorized);
    }
    if !viewer.via_token {
        let sent = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let expected = viewer.csrf.as_deref().unwrap_or_default();
        if expected.is_empty() || !same_secret(expected, sent) {
            return Err(crate::error::ApiError::Forbidden(
                "a request with a session cookie needs the X-CSRF-Token header".into(),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("anything", dummy_hash()));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token().expect("random"), new_token().expect("random"));
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash_token(&a), hash_token(&a));
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
    }
}
