//! Who is asking: a session cookie (people in the browser), a bearer token (scripts), or nobody
//! (the public). Passwords are hashed with Argon2id, off the async workers and a few at a time;
//! session and API tokens are random and only their SHA-256 is stored.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use sha2::{Digest, Sha256};
use teilhabe_domain::access::Visitor;
use tokio::sync::Semaphore;

use crate::frame::state::AppState;

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
        let now = state.now();
        let secure = crate::frame::client::Client::of(parts, state).secure(state);
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

/// Hashing and verifying passwords: each on the blocking pool, not on an async worker (Argon2
/// takes a noticeable time and memory on purpose), and at most a few at once, so that a burst
/// of logins cannot starve other requests or exhaust memory.
#[derive(Clone)]
pub struct Hashing {
    permits: Arc<Semaphore>,
}

impl Hashing {
    pub fn new(concurrent: usize) -> Self {
        Hashing {
            permits: Arc::new(Semaphore::new(concurrent.max(1))),
        }
    }

    /// Whether `password` matches `hash`; false when the work could not run.
    pub async fn verify(&self, password: &str, hash: &str) -> bool {
        let (password, hash) = (password.to_owned(), hash.to_owned());
        self.run(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false)
    }

    /// Verifies against a hash no password matches (for unknown logins, so that they take as
    /// long as known ones); the dummy hash itself is made on the blocking pool too.
    pub async fn verify_unknown(&self, password: &str) {
        let password = password.to_owned();
        let _ = self
            .run(move || verify_password(&password, dummy_hash()))
            .await;
    }

    /// An Argon2id hash of `password`.
    pub async fn hash(&self, password: &str) -> Result<String, String> {
        let password = password.to_owned();
        self.run(move || hash_password(&password))
            .await
            .unwrap_or_else(|| Err("password hashing did not run".into()))
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let _permit = self.permits.acquire().await.ok()?;
        tokio::task::spawn_blocking(work).await.ok()
    }

    /// Permits free now (tests).
    pub fn available(&self) -> usize {
        self.permits.available_permits()
    }
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

/// Passwords need some length and must not be among the common ones; everything else is the
/// person's choice (NIST SP 800-63B 5.1.1.2, ASVS 2.1.1 and 2.1.7).
pub const MIN_PASSWORD_LENGTH: usize = 10;
/// Logins are at most this long (longer names are cut to it when counting failures).
pub const MAX_LOGIN_LENGTH: usize = 100;
/// Longer passwords are refused, so that hashing one costs bounded time (ASVS 2.1.2 allows 128+).
pub const MAX_PASSWORD_LENGTH: usize = 256;

/// The shipped list of common passwords (data/security/common-passwords.txt), lowercased.
static COMMON_PASSWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../../data/security/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// On the list of common passwords, or the login itself.
    Common,
}

impl PasswordProblem {
    /// The message (German, English in data/i18n) for `problem`: its key and argument.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "admin-error-password",
            PasswordProblem::TooLong => "password-error-long",
            PasswordProblem::Common => "password-error-common",
        }
    }

    /// The same in English for the command line.
    pub fn describe(self) -> String {
        match self {
            PasswordProblem::TooShort => {
                format!("the password needs at least {MIN_PASSWORD_LENGTH} characters")
            }
            PasswordProblem::TooLong => {
                format!("the password may have at most {MAX_PASSWORD_LENGTH} characters")
            }
            PasswordProblem::Common => "the password is too common (on the list of common \
                 passwords in data/security/common-passwords.txt, or the login itself); \
                 choose another"
                .to_owned(),
        }
    }
}

/// Checks a new password exactly as typed (never trimmed).
pub fn check_new_password(password: &str, login: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_PASSWORD_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lowered) || lowered == login.to_lowercase() {
        return Err(PasswordProblem::Common);
    }
    Ok(())
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
) -> Result<(), crate::frame::error::ApiError> {
    if !viewer.visitor.sees_internal() {
        return Err(crate::frame::error::ApiError::Unauthorized);
    }
    if !viewer.via_token {
        let sent = headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let expected = viewer.csrf.as_deref().unwrap_or_default();
        if expected.is_empty() || !same_secret(expected, sent) {
            return Err(crate::frame::error::ApiError::Forbidden(
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
    fn new_passwords_are_long_and_uncommon_and_untrimmed() {
        assert_eq!(
            check_new_password("kurz", "anna"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("Password123", "anna"),
            Err(PasswordProblem::Common),
            "case does not matter"
        );
        assert_eq!(
            check_new_password("Passwort123", "anna"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("anna.beispiel", "anna.beispiel"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password(&"x".repeat(300), "anna"),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(check_new_password("  drei Wale singen  ", "anna"), Ok(()));
        assert!(COMMON_PASSWORDS.len() > 1500, "{}", COMMON_PASSWORDS.len());
    }

    /// The documented bounds are inclusive and count characters, not bytes: ten characters
    /// (umlauts count once) are enough, 256 are allowed, one more is not.
    #[test]
    fn password_length_bounds_are_inclusive_characters() {
        let shortest: String = "Wölfe ästen".chars().take(MIN_PASSWORD_LENGTH).collect();
        assert_eq!(shortest.chars().count(), MIN_PASSWORD_LENGTH);
        assert!(
            shortest.len() > MIN_PASSWORD_LENGTH,
            "has multi-byte characters"
        );
        assert_eq!(check_new_password(&shortest, "anna"), Ok(()));
        let one_less: String = shortest.chars().skip(1).collect();
        assert_eq!(
            check_new_password(&one_less, "anna"),
            Err(PasswordProblem::TooShort)
        );
        let longest = "ä".repeat(MAX_PASSWORD_LENGTH);
        assert_eq!(check_new_password(&longest, "anna"), Ok(()));
        assert_eq!(
            check_new_password(&format!("{longest}x"), "anna"),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn hashing_waits_for_a_permit_without_blocking_the_runtime() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let hashing = Hashing::new(1);
            let hash = hashing.hash("correct horse battery").await.expect("hash");
            // Take the only permit: a verification must wait, and while it waits the single
            // worker thread runs other tasks.
            let permit = hashing
                .permits
                .clone()
                .acquire_owned()
                .await
                .expect("permit");
            let waiting = {
                let hashing = hashing.clone();
                let hash = hash.clone();
                tokio::spawn(async move { hashing.verify("correct horse battery", &hash).await })
            };
            let other = tokio::spawn(async { 40 + 2 });
            assert_eq!(other.await.expect("other task"), 42);
            tokio::task::yield_now().await;
            assert!(!waiting.is_finished(), "no permit, no hashing");
            drop(permit);
            assert!(waiting.await.expect("verification"));
            assert_eq!(hashing.available(), 1, "the permit is given back");
        });
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
