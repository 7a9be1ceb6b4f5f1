//! Signing in and out. Sessions live in the database; the cookie holds a random token whose
//! SHA-256 is stored. The session id changes at every login. Each login attempt is reserved in
//! the database before the password is checked (so parallel guesses cannot slip past the count),
//! and failures slow further attempts per account and network down (docs/decisions.md).

use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use jiff::Timestamp;
use serde::Deserialize;
use teilhabe_store::LoginAttempt;

use crate::frame::forms::{self, FormData};
use crate::frame::visitor::{self as auth, LOGIN_CSRF_COOKIE, SESSION_COOKIE, cookie_name};
use crate::frame::{Layout, Nav, Page};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage<'a> {
    layout: Layout<'a>,
    login: String,
    next: String,
    csrf: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct LoginQuery {
    weiter: Option<String>,
}

pub async fn login_form(page: Page, Query(query): Query<LoginQuery>) -> Response {
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
) -> Response {
    let csrf = match auth::new_token() {
        Ok(token) => token,
        Err(error) => {
            tracing::error!(%error, "no randomness");
            return page.internal_error().into();
        }
    };
    let view = LoginPage {
        layout: page.layout(None, Nav::NONE, page.t().msg("login-title")),
        login: login.to_owned(),
        next: next.to_owned(),
        csrf: csrf.clone(),
        error,
    };
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
    response
}

pub async fn login(page: Page, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    let next = safe_next(form.get("weiter"));
    let expected = auth::cookie(&page.request, &cookie_name(LOGIN_CSRF_COOKIE, page.secure))
        .unwrap_or_default();
    if expected.is_empty() || !auth::same_secret(&expected, form.get("login_csrf")) {
        return page.stale_form().into();
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
    {
        Ok(LoginAttempt::Granted { .. }) => {}
        Ok(LoginAttempt::Wait { until }) => {
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
            );
            if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            return response;
        }
        Err(error) => {
            tracing::error!(%error, "cannot reserve a login attempt");
            return page.internal_error().into();
        }
    }
    let user = match store.user_by_login(&login).await {
        Ok(user) => user,
        Err(error) => {
            tracing::error!(%error, "cannot read user");
            return page.internal_error().into();
        }
    };
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
    match start_session(&page, user.id, now).await {
        Ok(cookie) => {
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
            response
        }
        Err(response) => response,
    }
}

/// Ends any session the browser still had and starts a fresh one with a new id; sessions past
/// their end are deleted on the way.
async fn start_session(page: &Page, user_id: i64, now: Timestamp) -> Result<String, Response> {
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
        return Err(page.internal_error().into());
    };
    let expires = now + security.session_lifetime;
    store
        .create_session(user_id, &auth::hash_token(&token), &csrf, now, expires)
        .await
        .map_err(|error| {
            tracing::error!(%error, "cannot create a session");
            page.internal_error()
        })?;
    Ok(auth::cookie_header(
        &cookie_name(SESSION_COOKIE, page.secure),
        &token,
        security.session_lifetime.as_secs(),
        page.secure,
    ))
}

pub async fn logout(page: Page, body: Bytes) -> Response {
    end_sessions(page, body, false).await
}

/// Ends every session of the account, on every device.
pub async fn logout_everywhere(page: Page, body: Bytes) -> Response {
    end_sessions(page, body, true).await
}

async fn end_sessions(page: Page, body: Bytes, everywhere: bool) -> Response {
    let form = FormData::parse(&body);
    if !page.viewer.visitor.sees_internal() {
        return Page::see_other("/");
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    let store = page.state.store();
    let result = match (
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
    };
    if let Err(error) = result {
        tracing::error!(%error, "cannot end session");
        return page.internal_error().into();
    }
    let mut response = Page::see_other("/");
    if let Ok(value) = HeaderValue::from_str(&auth::cookie_header(
        &cookie_name(SESSION_COOKIE, page.secure),
        "",
        0,
        page.secure,
    )) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
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

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage<'a> {
    layout: Layout<'a>,
    login: String,
    role: String,
    field: Option<String>,
    csrf: String,
    error: Option<String>,
}

/// The signed-in person's own account: role, password change, logout everywhere.
pub async fn account(page: Page) -> Response {
    render_account(&page, StatusCode::OK, None)
}

fn render_account(page: &Page, status: StatusCode, error: Option<String>) -> Response {
    let Some(principal) = page.viewer.visitor.principal() else {
        return page.login_redirect().into();
    };
    let t = page.t();
    let view = AccountPage {
        layout: page.layout(None, Nav::NONE, t.msg("account-title")),
        login: principal.login.clone(),
        role: t.msg(&format!("role-{}", principal.role.as_str())),
        field: principal.field.clone(),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        error,
    };
    page.render(status, &view)
}

/// Changes one's own password; every session of the account ends, this one included.
pub async fn change_password(page: Page, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    let Some(principal) = page.viewer.visitor.principal().cloned() else {
        return page.login_redirect().into();
    };
    if page.viewer.via_token {
        return page.forbidden().into();
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    let t = page.t();
    let store = page.state.store();
    let user = match store.user(principal.user_id).await {
        Ok(Some(user)) => user,
        Ok(None) => return page.login_redirect().into(),
        Err(error) => {
            tracing::error!(%error, "cannot read user");
            return page.internal_error().into();
        }
    };
    // Checking the current password is a login attempt too: a taken-over session must not be
    // a way around the throttle.
    let now = page.state.now();
    let throttle = page.state.security().throttle;
    match store
        .reserve_login_attempt(&user.login, &page.address, now, &throttle)
        .await
    {
        Ok(LoginAttempt::Granted { .. }) => {}
        Ok(LoginAttempt::Wait { until }) => {
            let minutes = (until.duration_since(now).as_secs().max(1) + 59) / 60;
            let message = t.msg_with("login-throttled", "minutes", minutes);
            return render_account(&page, StatusCode::TOO_MANY_REQUESTS, Some(message));
        }
        Err(error) => {
            tracing::error!(%error, "cannot reserve a login attempt");
            return page.internal_error().into();
        }
    }
    let hashing = page.state.hashing();
    if !hashing
        .verify(form.get_raw("current"), &user.password_hash)
        .await
    {
        return render_account(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t.msg("account-error-current")),
        );
    }
    if let Err(error) = store
        .login_succeeded(&user.login, &page.address, now, &throttle)
        .await
    {
        tracing::error!(%error, "cannot clear login failures");
    }
    let new = form.get_raw("new");
    if let Err(problem) = auth::check_new_password(new, &user.login) {
        let message = super::admin::password_message(&page, problem);
        return render_account(&page, StatusCode::UNPROCESSABLE_ENTITY, Some(message));
    }
    if new != form.get_raw("repeat") {
        return render_account(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t.msg("account-error-repeat")),
        );
    }
    let Ok(hash) = hashing.hash(new).await else {
        return page.internal_error().into();
    };
    if let Err(error) = store
        .set_password(user.id, &hash, &principal.actor, page.state.now())
        .await
    {
        tracing::error!(%error, "cannot set password");
        return page.internal_error().into();
    }
    Page::see_other("/anmelden")
}
