//! Signing in and out. Sessions live in the database; the cookie holds a random token whose
//! SHA-256 is stored. The session id changes at every login. Each login attempt is reserved in
//! the database before the password is checked (so parallel guesses cannot slip past the count),
//! and failures slow further attempts per account and network down (docs/decisions.md).

use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use jiff::Timestamp;
use serde::Deserialize;
use teilhabe_app::accounts::{self, OwnPassword, OwnPasswordRefused};
use teilhabe_store::LoginAttempt;

use super::view::{self, Problem};
use crate::frame::forms::{self, FormData};
use crate::frame::visitor::{self as auth, LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookie_name};
use crate::frame::{OrPage, Page, PageError};

#[derive(Deserialize)]
pub struct LoginQuery {
    weiter: Option<String>,
}

pub async fn login_form(
    page: Page,
    Query(query): Query<LoginQuery>,
) -> Result<Response, PageError> {
    render_login(
        &page,
        StatusCode::OK,
        "",
        &safe_next(query.weiter.as_deref().unwrap_or("/")),
        None,
    )
}

fn render_login(
    page: &Page,
    status: StatusCode,
    login: &str,
    next: &str,
    error: Option<String>,
) -> Result<Response, PageError> {
    let csrf = auth::new_token().map_err(|error| {
        tracing::error!(%error, "no randomness");
        page.internal_error()
    })?;
    let view = view::login_page(page, login, next, csrf.clone(), error);
    let mut response = page.render(status, &view);
    let cookie = auth::cookie_header(
        &cookie_name(LOGIN_CSRF_COOKIE, page.secure),
        &csrf,
        3600,
        page.secure,
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

pub async fn login(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    let next = safe_next(form.get("weiter"));
    let expected = auth::cookie(&page.request, &cookie_name(LOGIN_CSRF_COOKIE, page.secure))
        .unwrap_or_default();
    if expected.is_empty() || !auth::same_secret(&expected, form.get("login_csrf")) {
        return Err(page.stale_form());
    }
    // No login is longer; a longer text is still counted as a failure, but not stored whole.
    let login: String = form
        .get("login")
        .to_lowercase()
        .chars()
        .take(auth::MAX_LOGIN_LENGTH)
        .collect();
    // Exactly as typed: a password may begin or end with a space.
    let password = form.get_raw("password");
    let store = page.state.store();
    let now = page.state.now();
    let throttle = page.state.security().throttle;
    match store
        .reserve_login_attempt(&login, &page.address, now, &throttle)
        .await
        .or_page(&page)?
    {
        LoginAttempt::Granted { .. } => {}
        LoginAttempt::Wait { until } => {
            let seconds = until.duration_since(now).as_secs().max(1);
            tracing::warn!(wait_seconds = seconds, "login throttled");
            let minutes = (seconds + 59) / 60;
            let message = page.t().msg_with("login-throttled", "minutes", minutes);
            let mut response = render_login(
                &page,
                StatusCode::TOO_MANY_REQUESTS,
                &login,
                &next,
                Some(message),
            )?;
            if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return Ok(response);
        }
    }
    let user = store.user_by_login(&login).await.or_page(&page)?;
    let hashing = page.state.hashing();
    let verified = match &user {
        Some(user) if user.active => hashing.verify(password, &user.password_hash).await,
        _ => {
            // Spend the same time as for a real account, so timing does not tell which exist.
            hashing.verify_unknown(password).await;
            false
        }
    };
    let Some(user) = user.filter(|_| verified) else {
        // The reserved attempt stays recorded as a failure.
        return render_login(
            &page,
            StatusCode::UNAUTHORIZED,
            &login,
            &next,
            Some(page.t().msg("login-failed")),
        );
    };
    if let Err(error) = store
        .login_succeeded(&login, &page.address, now, &throttle)
        .await
    {
        tracing::error!(%error, "cannot clear login failures");
    }
    let cookie = start_session(&page, user.id, now).await?;
    tracing::info!("login");
    let mut response = Page::see_other(&next);
    let headers = response.headers_mut();
    for value in [
        cookie,
        auth::cookie_header(
            &cookie_name(LOGIN_CSRF_COOKIE, page.secure),
            "",
            0,
            page.secure,
        ),
    ] {
        if let Ok(value) = HeaderValue::from_str(&value) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    Ok(response)
}

/// Ends any session the browser still had and starts a fresh one with a new id; sessions past
/// their end are deleted on the way.
async fn start_session(page: &Page, user_id: i64, now: Timestamp) -> Result<String, PageError> {
    let store = page.state.store();
    let security = page.state.security();
    if let Some(old) = &page.viewer.session_hash {
        let _ = store.delete_session(old).await;
    }
    match store.purge_sessions(now, security.session_idle).await {
        Ok(0) => {}
        Ok(purged) => tracing::info!(purged, "expired sessions deleted"),
        Err(error) => tracing::error!(%error, "cannot delete expired sessions"),
    }
    let (Ok(token), Ok(csrf)) = (auth::new_token(), auth::new_token()) else {
        return Err(page.internal_error());
    };
    let expires = now + security.session_lifetime;
    store
        .create_session(user_id, &auth::hash_token(&token), &csrf, now, expires)
        .await
        .or_page(page)?;
    Ok(auth::cookie_header(
        &cookie_name(SESSION_COOKIE, page.secure),
        &token,
        security.session_lifetime.as_secs(),
        page.secure,
    ))
}

pub async fn logout(page: Page, body: Bytes) -> Result<Response, PageError> {
    end_sessions(page, body, false).await
}

/// Ends every session of the account, on every device.
pub async fn logout_everywhere(page: Page, body: Bytes) -> Result<Response, PageError> {
    end_sessions(page, body, true).await
}

async fn end_sessions(page: Page, body: Bytes, everywhere: bool) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    if !page.viewer.visitor.is_signed_in() {
        return Ok(Page::see_other("/"));
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return Err(page.stale_form());
    }
    let store = page.state.store();
    match (
        everywhere,
        page.viewer.visitor.principal(),
        &page.viewer.session_hash,
    ) {
        (true, Some(principal), _) => store
            .delete_sessions_of(principal.user_id)
            .await
            .map(|_| ()),
        (_, _, Some(hash)) => store.delete_session(hash).await,
        _ => Ok(()),
    }
    .or_page(&page)?;
    let mut response = Page::see_other("/");
    if let Ok(value) = HeaderValue::from_str(&auth::cookie_header(
        &cookie_name(SESSION_COOKIE, page.secure),
        "",
        0,
        page.secure,
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// Only paths on this site: a single `/` followed by anything but `/` or `\`, no backslashes,
/// no control characters or whitespace (browsers drop tabs and newlines, so `/\t/evil.example`
/// would become `//evil.example`), and a valid URI path; anything else goes to the start page.
pub(crate) fn safe_next(next: &str) -> String {
    let bytes = next.as_bytes();
    let shaped = bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/' | b'\\'))
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace());
    if shaped && next.parse::<axum::http::uri::PathAndQuery>().is_ok() {
        next.to_owned()
    } else {
        "/".to_owned()
    }
}

/// The signed-in person's own account: role, e-mail address, password change, logout
/// everywhere.
pub async fn account(page: Page) -> Result<Response, PageError> {
    render_account(&page, StatusCode::OK, None, None).await
}

/// `typed`: the address as sent, shown again when it was refused; otherwise the stored one.
async fn render_account(
    page: &Page,
    status: StatusCode,
    problem: Option<&Problem>,
    typed: Option<&str>,
) -> Result<Response, PageError> {
    let Some(principal) = page.viewer.visitor.principal() else {
        return Err(page.login_redirect());
    };
    let email = match typed {
        Some(typed) => typed.to_owned(),
        None => page
            .state
            .store()
            .user(principal.user_id)
            .await
            .or_page(page)?
            .and_then(|user| user.email)
            .unwrap_or_default(),
    };
    let state = view::AccountState {
        email,
        problem,
        notice: None,
    };
    Ok(page.render(status, &view::account_page(page, principal, state)))
}

/// Sets or removes one's own e-mail address (empty: none).
pub async fn change_email(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    page.require_account()?;
    if page.viewer.via_token {
        return Err(page.forbidden());
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return Err(page.stale_form());
    }
    let typed = form.get("email");
    match accounts::change_own_email(
        page.state.store(),
        &page.viewer.visitor,
        typed,
        page.state.now(),
    )
    .await
    {
        Ok(user) => {
            let Some(principal) = page.viewer.visitor.principal() else {
                return Err(page.login_redirect());
            };
            let t = page.t();
            let notice = match user.email {
                Some(_) => t.msg("account-email-saved"),
                None => t.msg("account-email-removed"),
            };
            let state = view::AccountState {
                email: user.email.unwrap_or_default(),
                problem: None,
                notice: Some(notice),
            };
            Ok(page.render(StatusCode::OK, &view::account_page(&page, principal, state)))
        }
        Err(teilhabe_app::AppError::Invalid(_)) => {
            let problem = Problem::of_field("email", page.t().msg("admin-error-email"));
            render_account(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(&problem),
                Some(typed),
            )
            .await
        }
        Err(other) => Err(page.refused(other)),
    }
}

/// Changes one's own password; every session of the account ends, this one included.
pub async fn change_password(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    page.require_account()?;
    if page.viewer.via_token {
        return Err(page.forbidden());
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return Err(page.stale_form());
    }
    let change = OwnPassword {
        current: form.get_raw("current"),
        new: form.get_raw("new"),
        repeat: form.get_raw("repeat"),
    };
    let now = page.state.now();
    let outcome = accounts::change_own_password(
        page.state.store(),
        page.state.hashing(),
        &page.viewer.visitor,
        &page.address,
        &page.state.security().throttle,
        change,
        now,
    )
    .await
    .or_page(&page)?;
    let t = page.t();
    let (status, problem) = match outcome {
        Ok(()) => return Ok(Page::see_other("/anmelden")),
        Err(OwnPasswordRefused::Wait { until }) => {
            let minutes = (until.duration_since(now).as_secs().max(1) + 59) / 60;
            let message = t.msg_with("login-throttled", "minutes", minutes);
            (StatusCode::TOO_MANY_REQUESTS, Problem::of_form(message))
        }
        Err(OwnPasswordRefused::WrongCurrent) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Problem::of_field("current", t.msg("account-error-current")),
        ),
        Err(OwnPasswordRefused::Weak(refused)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Problem::of_field("new", view::password_message(&page, refused)),
        ),
        Err(OwnPasswordRefused::Mismatch) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Problem::of_field("repeat", t.msg("account-error-repeat")),
        ),
    };
    render_account(&page, status, Some(&problem), None).await
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn redirects_stay_on_the_site() {
        assert_eq!(safe_next("/massnahmen/3"), "/massnahmen/3");
        assert_eq!(safe_next("/massnahmen?q=a%20b"), "/massnahmen?q=a%20b");
        for hostile in [
            "//evil.example",
            "https://evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/a\r\nSet-Cookie: x=1",
            "/ /evil.example",
            "/\u{2003}/evil.example",
            "/\u{a0}/evil.example",
            "/\u{0}x",
            "evil.example",
            "",
        ] {
            assert_eq!(safe_next(hostile), "/", "{hostile:?}");
        }
    }
}
