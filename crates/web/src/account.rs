//! Signing in and out. Sessions live in the database; the cookie holds a random token whose
//! SHA-256 is stored. The session id changes at every login; repeated failures are throttled per
//! account and per address.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use jiff::{SignedDuration, Timestamp};
use serde::Deserialize;

use crate::auth::{self, LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS};
use crate::forms::{self, FormData};
use crate::pages::{Layout, Nav, Page};

/// Failed logins within this window count towards throttling.
const THROTTLE_WINDOW_MINUTES: i64 = 15;
/// An account is locked for the window after this many failures.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// An address is locked after this many failures (any accounts).
pub const MAX_FAILURES_PER_ADDRESS: i64 = 20;

#[derive(Template)]
#[template(path = "login.html")]
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
            return page.internal_error();
        }
    };
    let view = LoginPage {
        layout: page.layout(None, Nav::None, page.t().msg("login-title")),
        login: login.to_owned(),
        next: next.to_owned(),
        csrf: csrf.clone(),
        error,
    };
    let mut response = page.render(status, &view);
    let cookie = auth::cookie_header(LOGIN_CSRF_COOKIE, &csrf, 3600, secure(page));
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

pub async fn login(page: Page, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    let next = safe_next(form.get("weiter"));
    let expected = auth::cookie(&page.request, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if expected.is_empty() || !auth::same_secret(&expected, form.get("login_csrf")) {
        return page.stale_form();
    }
    let login = form.get("login").to_lowercase();
    let password = form.get("password");
    let store = page.state.store();
    let now = page.state.now();
    let window_start = now - SignedDuration::from_mins(THROTTLE_WINDOW_MINUTES);
    let (by_account, by_address) = match store
        .login_failures_since(&login, &page.address, window_start)
        .await
    {
        Ok(counts) => counts,
        Err(error) => {
            tracing::error!(%error, "cannot read login failures");
            return page.internal_error();
        }
    };
    if by_account >= MAX_FAILURES_PER_ACCOUNT || by_address >= MAX_FAILURES_PER_ADDRESS {
        tracing::warn!(by_account, by_address, "login throttled");
        let message = page
            .t()
            .msg_with("login-throttled", "minutes", THROTTLE_WINDOW_MINUTES);
        return render_login(
            &page,
            StatusCode::TOO_MANY_REQUESTS,
            &login,
            &next,
            Some(message),
        );
    }
    let user = match store.user_by_login(&login).await {
        Ok(user) => user,
        Err(error) => {
            tracing::error!(%error, "cannot read user");
            return page.internal_error();
        }
    };
    let verified = match &user {
        Some(user) if user.active => auth::verify_password(password, &user.password_hash),
        _ => {
            // Spend the same time as for a real account, so timing does not tell which exist.
            let _ = auth::verify_password(password, auth::dummy_hash());
            false
        }
    };
    let Some(user) = user.filter(|_| verified) else {
        if let Err(error) = store.record_login_failure(&login, &page.address, now).await {
            tracing::error!(%error, "cannot record a login failure");
        }
        return render_login(
            &page,
            StatusCode::UNAUTHORIZED,
            &login,
            &next,
            Some(page.t().msg("login-failed")),
        );
    };
    match start_session(&page, user.id, now).await {
        Ok(cookie) => {
            if let Err(error) = store.clear_login_failures(&login, window_start).await {
                tracing::error!(%error, "cannot clear login failures");
            }
            tracing::info!("login");
            let mut response = Page::see_other(&next);
            let headers = response.headers_mut();
            for value in [
                cookie,
                auth::cookie_header(LOGIN_CSRF_COOKIE, "", 0, secure(&page)),
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

/// Ends any session the browser still had and starts a fresh one with a new id.
async fn start_session(page: &Page, user_id: i64, now: Timestamp) -> Result<String, Response> {
    let store = page.state.store();
    if let Some(old) = &page.viewer.session_hash {
        let _ = store.delete_session(old).await;
    }
    let (Ok(token), Ok(csrf)) = (auth::new_token(), auth::new_token()) else {
        return Err(page.internal_error());
    };
    let expires = now + SignedDuration::from_hours(SESSION_HOURS);
    store
        .create_session(user_id, &auth::hash_token(&token), &csrf, now, expires)
        .await
        .map_err(|error| {
            tracing::error!(%error, "cannot create a session");
            page.internal_error()
        })?;
    Ok(auth::cookie_header(
        SESSION_COOKIE,
        &token,
        SESSION_HOURS * 3600,
        secure(page),
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
        return page.stale_form();
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
        return page.internal_error();
    }
    let mut response = Page::see_other("/");
    if let Ok(value) =
        HeaderValue::from_str(&auth::cookie_header(SESSION_COOKIE, "", 0, secure(&page)))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

fn secure(page: &Page) -> bool {
    page.state.secure_cookies() || auth::is_https(&page.request)
}

/// Only paths on this site: no scheme, no `//host`.
fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') {
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
        assert_eq!(safe_next("//evil.example"), "/");
        assert_eq!(safe_next("https://evil.example"), "/");
        assert_eq!(safe_next("/\\evil.example"), "/");
    }
}

#[derive(Template)]
#[template(path = "account.html")]
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
        return page.login_redirect();
    };
    let t = page.t();
    let view = AccountPage {
        layout: page.layout(None, Nav::None, t.msg("account-title")),
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
        return page.login_redirect();
    };
    if page.viewer.via_token {
        return page.forbidden();
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form();
    }
    let t = page.t();
    let store = page.state.store();
    let user = match store.user(principal.user_id).await {
        Ok(Some(user)) => user,
        Ok(None) => return page.login_redirect(),
        Err(error) => {
            tracing::error!(%error, "cannot read user");
            return page.internal_error();
        }
    };
    if !auth::verify_password(form.get("current"), &user.password_hash) {
        return render_account(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t.msg("account-error-current")),
        );
    }
    let new = form.get("new");
    if new.chars().count() < auth::MIN_PASSWORD_LENGTH {
        let message = t.msg_with("admin-error-password", "min", auth::MIN_PASSWORD_LENGTH);
        return render_account(&page, StatusCode::UNPROCESSABLE_ENTITY, Some(message));
    }
    if new != form.get("repeat") {
        return render_account(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some(t.msg("account-error-repeat")),
        );
    }
    let Ok(hash) = auth::hash_password(new) else {
        return page.internal_error();
    };
    if let Err(error) = store
        .set_password(user.id, &hash, &principal.actor, page.state.now())
        .await
    {
        tracing::error!(%error, "cannot set password");
        return page.internal_error();
    }
    Page::see_other("/anmelden")
}
