//! Administration: accounts and roles, API tokens, the audit log (with CSV export).

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use serde::Deserialize;
use teilhabe_app::accounts;
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::access::Role;
use teilhabe_store::{AuditFilter, AuditRecord, NewUser, StoreError, User};

use crate::frame::forms::{self, FormData};
use crate::frame::visitor as auth;
use crate::frame::{Layout, Page};

struct RoleChoice {
    value: &'static str,
    label: String,
}

struct FieldChoice {
    slug: String,
    title: String,
}

struct UserRow {
    user: User,
    role_label: String,
}

#[derive(Template)]
#[template(path = "accounts/admin-users.html")]
struct UsersPage<'a> {
    layout: Layout<'a>,
    users: Vec<UserRow>,
    roles: Vec<RoleChoice>,
    fields: Vec<FieldChoice>,
    csrf: String,
    notice: Option<String>,
    error: Option<String>,
}

fn role_choices(page: &Page) -> Vec<RoleChoice> {
    Role::ALL
        .iter()
        .map(|role| RoleChoice {
            value: role.as_str(),
            label: page.t().msg(&format!("role-{}", role.as_str())),
        })
        .collect()
}

/// The action fields an editor account or token can be bound to.
async fn field_choices(page: &Page) -> Vec<FieldChoice> {
    match page.state.concept().await {
        Ok(Some(stored)) => stored
            .concept
            .fields
            .iter()
            .map(|f| FieldChoice {
                slug: f.slug.clone(),
                title: f.title.get(page.lang()).to_owned(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Administrators in a signed-in session only; others see 403, the public is sent to the login
/// page. An API token never manages accounts or tokens, whatever its role: a leaked script token
/// must not be able to make itself a new administrator.
fn require_admin(page: &Page) -> Result<(), Response> {
    page.require_signed_in()?;
    if page.viewer.via_token {
        return Err(page.forbidden().into());
    }
    if page.viewer.visitor.may_manage_users() {
        Ok(())
    } else {
        Err(page.forbidden().into())
    }
}

pub async fn overview(page: Page) -> Response {
    if let Err(response) = require_admin(&page) {
        return response;
    }
    Page::see_other("/verwaltung/benutzer")
}

pub async fn users(page: Page) -> Response {
    if let Err(response) = require_admin(&page) {
        return response;
    }
    render_users(&page, StatusCode::OK, None, None).await
}

async fn render_users(
    page: &Page,
    status: StatusCode,
    notice: Option<String>,
    error: Option<String>,
) -> Response {
    let users = match accounts::list_users(page.state.store(), &actor(page)).await {
        Ok(users) => users,
        Err(error) => return app_failure(page, error),
    };
    let fields = field_choices(page).await;
    let t = page.t();
    let view = UsersPage {
        layout: page.layout(None, super::ADMIN, t.msg("admin-users-title")),
        users: users
            .into_iter()
            .map(|user| UserRow {
                role_label: t.msg(&format!("role-{}", user.role.as_str())),
                user,
            })
            .collect(),
        roles: role_choices(page),
        fields,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        notice,
        error,
    };
    page.render(status, &view)
}

/// Role and field from a form: editors need a field, other roles have none.
fn role_and_field(form: &FormData) -> Result<(Role, Option<String>), &'static str> {
    let role = Role::parse(form.get("role")).ok_or("admin-error-role")?;
    let field = Some(form.get("field").to_owned()).filter(|f| !f.is_empty());
    match (role, field) {
        (Role::Editor, None) => Err("admin-error-field"),
        (Role::Editor, field) => Ok((role, field)),
        (role, _) => Ok((role, None)),
    }
}

pub async fn create_user(page: Page, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    if let Err(response) = require_admin(&page) {
        return response;
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    let t = page.t();
    let login = form.get("login").to_lowercase();
    let password = form.get_raw("password");
    let (role, field) = match role_and_field(&form) {
        Ok(pair) => pair,
        Err(message) => {
            return render_users(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(t.msg(message)),
            )
            .await;
        }
    };
    if !teilhabe_domain::concept::is_slug(&login.replace(['.', '_'], "-"))
        || login.chars().count() > auth::MAX_LOGIN_LENGTH
    {
        return render_users(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(t.msg("admin-error-login")),
        )
        .await;
    }
    if let Err(problem) = auth::check_new_password(password, &login) {
        let message = password_message(&page, problem);
        return render_users(&page, StatusCode::UNPROCESSABLE_ENTITY, None, Some(message)).await;
    }
    let Ok(password_hash) = page.state.hashing().hash(password).await else {
        return page.internal_error().into();
    };
    let name = if form.get("display_name").is_empty() {
        login.clone()
    } else {
        form.get("display_name").to_owned()
    };
    let user = NewUser {
        login: login.clone(),
        display_name: name,
        password_hash,
        role,
        field,
    };
    match page
        .state
        .store()
        .create_user(&user, &page.viewer.actor(), page.state.now())
        .await
    {
        Ok(_) => {
            render_users(
                &page,
                StatusCode::CREATED,
                Some(t.msg_with("admin-user-created", "login", login.as_str())),
                None,
            )
            .await
        }
        Err(StoreError::Duplicate(_)) => {
            render_users(
                &page,
                StatusCode::CONFLICT,
                None,
                Some(t.msg_with("admin-error-duplicate", "login", login.as_str())),
            )
            .await
        }
        Err(error) => failure(&page, error),
    }
}

pub async fn update_user(page: Page, Path(id): Path<i64>, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    if let Err(response) = require_admin(&page) {
        return response;
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    let t = page.t();
    let (role, field) = match role_and_field(&form) {
        Ok(pair) => pair,
        Err(message) => {
            return render_users(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(t.msg(message)),
            )
            .await;
        }
    };
    let Ok(Some(user)) = page.state.store().user(id).await else {
        return page.not_found(None).into();
    };
    let active = form.has("active");
    if page.viewer.visitor.principal().map(|p| p.user_id) == Some(id)
        && (!active || role != Role::Administrator)
    {
        return render_users(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(t.msg("admin-error-self")),
        )
        .await;
    }
    let name = if form.get("display_name").is_empty() {
        user.display_name.clone()
    } else {
        form.get("display_name").to_owned()
    };
    let store = page.state.store();
    if let Err(error) = store
        .update_user(
            id,
            &teilhabe_store::UserChange {
                display_name: name.clone(),
                role,
                field: field.clone(),
                active,
            },
            &page.viewer.actor(),
            page.state.now(),
        )
        .await
    {
        return failure(&page, error);
    }
    let password = form.get_raw("password");
    if !password.is_empty() {
        if let Err(problem) = auth::check_new_password(password, &user.login) {
            let message = password_message(&page, problem);
            return render_users(&page, StatusCode::UNPROCESSABLE_ENTITY, None, Some(message))
                .await;
        }
        let Ok(hash) = page.state.hashing().hash(password).await else {
            return page.internal_error().into();
        };
        if let Err(error) = store
            .set_password(id, &hash, &page.viewer.actor(), page.state.now())
            .await
        {
            return failure(&page, error);
        }
    }
    render_users(
        &page,
        StatusCode::OK,
        Some(t.msg_with("admin-user-updated", "login", user.login.as_str())),
        None,
    )
    .await
}

// --- tokens -----------------------------------------------------------------------------------

struct TokenRow {
    token: teilhabe_store::ApiToken,
    role_label: String,
    expired: bool,
}

#[derive(Template)]
#[template(path = "accounts/admin-tokens.html")]
struct TokensPage<'a> {
    layout: Layout<'a>,
    tokens: Vec<TokenRow>,
    roles: Vec<RoleChoice>,
    fields: Vec<FieldChoice>,
    csrf: String,
    /// A token just created: shown once, never again.
    new_token: Option<String>,
    /// When the new token stops working.
    new_token_expires: Option<String>,
    /// The lifetime of new tokens, in days (the default of the form).
    default_days: i64,
    error: Option<String>,
}

pub async fn tokens(page: Page) -> Response {
    if let Err(response) = require_admin(&page) {
        return response;
    }
    render_tokens(&page, StatusCode::OK, None, None).await
}

async fn render_tokens(
    page: &Page,
    status: StatusCode,
    new_token: Option<(String, String)>,
    error: Option<String>,
) -> Response {
    let tokens = match accounts::list_tokens(page.state.store(), &actor(page)).await {
        Ok(tokens) => tokens,
        Err(error) => return app_failure(page, error),
    };
    let fields = field_choices(page).await;
    let t = page.t();
    let now = Timestamp::from_second(page.state.now().as_second())
        .unwrap_or_else(|_| page.state.now())
        .to_string();
    let view = TokensPage {
        layout: page.layout(None, super::ADMIN, t.msg("admin-tokens-title")),
        tokens: tokens
            .into_iter()
            .map(|token| TokenRow {
                role_label: t.msg(&format!("role-{}", token.role.as_str())),
                expired: token.expires_at <= now,
                token,
            })
            .collect(),
        roles: role_choices(page),
        fields,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        new_token_expires: new_token.as_ref().map(|(_, expires)| expires.clone()),
        new_token: new_token.map(|(token, _)| token),
        default_days: max_token_days(page),
        error,
    };
    let mut response = page.render(status, &view);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

pub async fn create_token(page: Page, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    if let Err(response) = require_admin(&page) {
        return response;
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    let t = page.t();
    let (role, field) = match role_and_field(&form) {
        Ok(pair) => pair,
        Err(message) => {
            return render_tokens(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(t.msg(message)),
            )
            .await;
        }
    };
    let name = form.get("name");
    if name.is_empty() {
        return render_tokens(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            Some(t.msg("admin-error-token-name")),
        )
        .await;
    }
    // The configured lifetime, or fewer days if the form asks for it.
    let max_days = max_token_days(&page);
    let days = match form.get("days") {
        "" => max_days,
        text => match text.parse::<i64>() {
            Ok(days) if (1..=max_days).contains(&days) => days,
            _ => {
                return render_tokens(
                    &page,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    None,
                    Some(t.msg_with("admin-error-token-days", "max", max_days)),
                )
                .await;
            }
        },
    };
    let Some(principal) = page.viewer.visitor.principal() else {
        return page.login_redirect().into();
    };
    let Ok(Some(creator)) = page.state.store().user(principal.user_id).await else {
        return page.forbidden().into();
    };
    let Ok(token) = auth::new_token() else {
        return page.internal_error().into();
    };
    let token = format!("thb_{token}");
    let now = page.state.now();
    let lifetime = jiff::SignedDuration::from_hours(days * 24);
    let expires = now + lifetime;
    match page
        .state
        .store()
        .create_token(
            &creator,
            &teilhabe_store::NewToken {
                name,
                token_hash: &auth::hash_token(&token),
                role,
                field: field.as_deref(),
                expires,
            },
            now,
        )
        .await
    {
        Ok(_) => {
            let shown = Timestamp::from_second(expires.as_second())
                .unwrap_or(expires)
                .to_string();
            render_tokens(&page, StatusCode::CREATED, Some((token, shown)), None).await
        }
        Err(error) => failure(&page, error),
    }
}

/// The longest lifetime of a new token, in whole days (the configured one).
fn max_token_days(page: &Page) -> i64 {
    (page.state.security().token_lifetime.as_hours() / 24).max(1)
}

pub async fn revoke_token(page: Page, Path(id): Path<i64>, body: Bytes) -> Response {
    let form = FormData::parse(&body);
    if let Err(response) = require_admin(&page) {
        return response;
    }
    if !forms::csrf_ok(&page.viewer, &form) {
        return page.stale_form().into();
    }
    match accounts::revoke_token(page.state.store(), &actor(&page), id, page.state.now()).await {
        Ok(()) | Err(AppError::NotFound) => Page::see_other("/verwaltung/token"),
        Err(error) => app_failure(&page, error),
    }
}

// --- audit log ----------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/admin-audit.html")]
struct AuditPage<'a> {
    layout: Layout<'a>,
    records: Vec<AuditRecord>,
    entity_type: String,
    entity_id: String,
    csv_href: String,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    art: Option<String>,
    kennung: Option<String>,
    format: Option<String>,
}

pub async fn audit(page: Page, Query(query): Query<AuditQuery>) -> Response {
    if let Err(response) = require_admin(&page) {
        return response;
    }
    let filter = AuditFilter {
        entity_type: query.art.clone().filter(|v| !v.is_empty()),
        entity_id: query.kennung.clone().filter(|v| !v.is_empty()),
        limit: if query.format.as_deref() == Some("csv") {
            None
        } else {
            Some(500)
        },
    };
    let records = match accounts::read_audit_log(page.state.store(), &actor(&page), &filter).await {
        Ok(records) => records,
        Err(error) => return app_failure(&page, error),
    };
    if query.format.as_deref() == Some("csv") {
        return audit_csv(&page, &records);
    }
    let mut csv_href = String::from("/verwaltung/protokoll?format=csv");
    for (name, value) in [("art", &filter.entity_type), ("kennung", &filter.entity_id)] {
        if let Some(value) = value {
            let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
            csv_href.push_str(&format!("&{name}={encoded}"));
        }
    }
    let view = AuditPage {
        layout: page.layout(None, super::ADMIN, page.t().msg("admin-audit-title")),
        records,
        entity_type: filter.entity_type.unwrap_or_default(),
        entity_id: filter.entity_id.unwrap_or_default(),
        csv_href,
    };
    page.render(StatusCode::OK, &view)
}

fn audit_csv(page: &Page, records: &[AuditRecord]) -> Response {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "at",
        "actor",
        "action",
        "entity_type",
        "entity_id",
        "field",
        "old_value",
        "new_value",
        "detail",
    ];
    let mut result = writer.write_record(header);
    for record in records {
        if result.is_err() {
            break;
        }
        let entry = &record.entry;
        result = writer.write_record(teilhabe_domain::spreadsheet::neutralise_record([
            record.id.to_string().as_str(),
            &record.at,
            &entry.actor,
            &entry.action,
            &entry.entity_type,
            &entry.entity_id,
            entry.field.as_deref().unwrap_or_default(),
            entry.old_value.as_deref().unwrap_or_default(),
            entry.new_value.as_deref().unwrap_or_default(),
            entry.detail.as_deref().unwrap_or_default(),
        ]));
    }
    let bytes = match result
        .map_err(|e| e.to_string())
        .and_then(|()| writer.into_inner().map_err(|e| e.to_string()))
    {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "cannot write the audit log as CSV");
            return page.internal_error().into();
        }
    };
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"teilhabe-protokoll.csv\""),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

/// The message for a refused new password.
pub(crate) fn password_message(page: &Page, problem: auth::PasswordProblem) -> String {
    let t = page.t();
    match problem {
        auth::PasswordProblem::TooShort => {
            t.msg_with(problem.message_key(), "min", auth::MIN_PASSWORD_LENGTH)
        }
        auth::PasswordProblem::TooLong => {
            t.msg_with(problem.message_key(), "max", auth::MAX_PASSWORD_LENGTH)
        }
        auth::PasswordProblem::Common => t.msg(problem.message_key()),
    }
}

fn failure(page: &Page, error: StoreError) -> Response {
    tracing::error!(%error, "store error");
    page.internal_error().into()
}

/// Who acts in the application layer's terms.
fn actor(page: &Page) -> Actor {
    Actor::Visitor(page.viewer.visitor.clone())
}

/// A refusal or failure of a use case as a page.
fn app_failure(page: &Page, error: AppError) -> Response {
    page.refused(error).into()
}
