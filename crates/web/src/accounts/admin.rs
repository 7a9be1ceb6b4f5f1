//! Administration: accounts and roles, API tokens, the audit log (with CSV export). Who may is
//! decided by the use cases in `teilhabe_app::accounts`; the handlers read the form, call one,
//! and show the view `view.rs` builds.

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use teilhabe_app::accounts::passwords::check_new_password;
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::access::Role;
use teilhabe_store::{AuditFilter, UserChange};

use super::view::{self, FieldOptions, NewToken, NewUserInput, Problem, UsersView};
use crate::frame::forms::FormData;
use crate::frame::{OrPage, Page, PageError};

/// Who acts in the application layer's terms. Account pages are forms for people in a session:
/// an API token never manages accounts or tokens, whatever its role, so that a leaked script
/// token cannot make itself a new administrator.
fn actor(page: &Page) -> Result<Actor, PageError> {
    page.require_signed_in()?;
    if page.viewer.via_token {
        return Err(page.forbidden());
    }
    Ok(Actor::Visitor(page.viewer.visitor.clone()))
}

/// The form of a change, once the use case's rule has let the actor in.
fn admin_form(page: &Page, body: &Bytes) -> Result<(Actor, FormData), PageError> {
    let actor = actor(page)?;
    accounts::may_manage(&actor).or_page(page)?;
    let form = page.signed_form(body)?;
    Ok((actor, form))
}

/// The action fields an editor account or token can be bound to.
async fn field_options(page: &Page) -> FieldOptions {
    match page.state.concept().await {
        Ok(Some(stored)) => stored
            .concept
            .fields
            .iter()
            .map(|f| (f.slug.clone(), f.title.get(page.lang()).to_owned()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The active institutions an account can act for (requesters, reporters, providers).
async fn institution_options(page: &Page) -> Result<FieldOptions, PageError> {
    let institutions = teilhabe_app::institutions::list(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(page)?;
    Ok(institutions
        .into_iter()
        .filter(|stored| stored.active)
        .map(|stored| (stored.institution.code, stored.institution.name))
        .collect())
}

pub async fn overview(page: Page) -> Result<Response, PageError> {
    accounts::may_manage(&actor(&page)?).or_page(&page)?;
    Ok(Page::see_other("/verwaltung/benutzer"))
}

pub async fn users(page: Page) -> Result<Response, PageError> {
    let view = UsersView {
        notice: None,
        problem: None,
        input: NewUserInput::default(),
    };
    render_users(&page, StatusCode::OK, view).await
}

async fn render_users(
    page: &Page,
    status: StatusCode,
    view: UsersView<'_>,
) -> Result<Response, PageError> {
    let users = accounts::list_users(page.state.store(), &actor(page)?)
        .await
        .or_page(page)?;
    let fields = field_options(page).await;
    let grants = teilhabe_app::translations::grants(page.state.store(), &actor(page)?)
        .await
        .or_page(page)?;
    let institutions = institution_options(page).await?;
    let memberships = teilhabe_app::institutions::memberships(page.state.store(), &actor(page)?)
        .await
        .or_page(page)?;
    let scopes = view::Scopes {
        fields: &fields,
        grants: &grants,
        institutions: &institutions,
        memberships: &memberships,
    };
    Ok(page.render(status, &view::users_page(page, users, &scopes, view)))
}

/// The role a form names; an unknown one is the form's problem.
fn role_of(page: &Page, form: &FormData) -> Result<Role, Problem> {
    Role::parse(form.get("role"))
        .ok_or_else(|| Problem::of_field("role", page.t().msg("admin-error-role")))
}

/// The translated message for a problem the use case found in a form (it names the field).
fn form_problem(
    page: &Page,
    problem: &teilhabe_app::error::Problem,
    login: &str,
    password: &str,
) -> Problem {
    let t = page.t();
    match problem.field.as_str() {
        "login" if accounts::check_login(login).is_ok() => {
            Problem::of_field("login", t.msg_with("admin-error-duplicate", "login", login))
        }
        "login" => Problem::of_field("login", t.msg("admin-error-login")),
        "field" => Problem::of_field("field", t.msg("admin-error-field")),
        "institution" => Problem::of_field("institution", t.msg("admin-error-institution")),
        "email" => Problem::of_field("email", t.msg("admin-error-email")),
        "name" => Problem::of_field("name", t.msg("admin-error-token-name")),
        "password" => match check_new_password(password, login) {
            Err(refused) => Problem::of_field("password", view::password_message(page, refused)),
            Ok(()) => Problem::of_field("password", problem.message.clone()),
        },
        "role" => Problem::of_form(t.msg("admin-error-self")),
        _ => Problem::of_form(problem.message.clone()),
    }
}

/// A refusal of the input as a problem to show with the form; anything else as an error page.
fn input_problem(
    page: &Page,
    error: AppError,
    login: &str,
    password: &str,
) -> Result<Problem, PageError> {
    match error {
        AppError::Invalid(problems) => Ok(problems
            .first()
            .map(|problem| form_problem(page, problem, login, password))
            .unwrap_or_else(|| Problem::of_form(page.t().msg("form-errors")))),
        other => Err(page.refused(other)),
    }
}

pub async fn create_user(page: Page, body: Bytes) -> Result<Response, PageError> {
    let (actor, form) = admin_form(&page, &body)?;
    let input = NewUserInput {
        login: form.get("login").to_lowercase(),
        display_name: form.get("display_name").to_owned(),
        role: Role::parse(form.get("role")),
        field: form.get("field").to_owned(),
        email: form.get("email").to_owned(),
    };
    let role = match role_of(&page, &form) {
        Ok(role) => role,
        Err(problem) => return failed_users(&page, &problem, input).await,
    };
    // Checked before the account exists, so a refused address creates nothing.
    if let Err(problem) = accounts::check_email(&input.email) {
        let problem = form_problem(&page, &problem, &input.login, "");
        return failed_users(&page, &problem, input).await;
    }
    let password = form.get_raw("password");
    let account = NewAccount {
        login: input.login.clone(),
        display_name: input.display_name.clone(),
        password: password.to_owned(),
        role,
        field: Some(input.field.clone()),
    };
    let now = page.state.now();
    match accounts::create_user(
        page.state.store(),
        page.state.hashing(),
        &actor,
        account,
        now,
    )
    .await
    {
        Ok(user) => {
            if !input.email.trim().is_empty() {
                accounts::set_email(page.state.store(), &actor, user.id, &input.email, now)
                    .await
                    .or_page(&page)?;
            }
            let notice = page
                .t()
                .msg_with("admin-user-created", "login", user.login.as_str());
            let view = UsersView {
                notice: Some(notice),
                problem: None,
                input: NewUserInput::default(),
            };
            render_users(&page, StatusCode::CREATED, view).await
        }
        Err(error) => {
            let problem = input_problem(&page, error, &input.login, password)?;
            failed_users(&page, &problem, input).await
        }
    }
}

/// The accounts page with a refused form: 409 for a login already taken, 422 otherwise.
async fn failed_users(
    page: &Page,
    problem: &Problem,
    input: NewUserInput,
) -> Result<Response, PageError> {
    let duplicate = problem.field == Some("login") && accounts::check_login(&input.login).is_ok();
    let status = if duplicate {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let view = UsersView {
        notice: None,
        problem: Some(problem),
        input,
    };
    render_users(page, status, view).await
}

pub async fn update_user(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (actor, form) = admin_form(&page, &body)?;
    let user = accounts::user(page.state.store(), &actor, id)
        .await
        .or_page(&page)?;
    if let Err(problem) = change_user(&page, &actor, &user, &form).await? {
        let problem = Problem::of_form(problem.message);
        return failed_users(&page, &problem, NewUserInput::default()).await;
    }
    let notice = page
        .t()
        .msg_with("admin-user-updated", "login", user.login.as_str());
    let view = UsersView {
        notice: Some(notice),
        problem: None,
        input: NewUserInput::default(),
    };
    render_users(&page, StatusCode::OK, view).await
}

/// Role, field, name and active state, then a new password if one was given.
async fn change_user(
    page: &Page,
    actor: &Actor,
    user: &teilhabe_store::User,
    form: &FormData,
) -> Result<Result<(), Problem>, PageError> {
    let role = match role_of(page, form) {
        Ok(role) => role,
        Err(problem) => return Ok(Err(problem)),
    };
    let Ok(field) = accounts::field_of_role(role, Some(form.get("field").to_owned())) else {
        let message = page.t().msg("admin-error-field");
        return Ok(Err(Problem::of_field("field", message)));
    };
    let change = UserChange {
        display_name: match form.get("display_name") {
            "" => user.display_name.clone(),
            name => name.to_owned(),
        },
        role,
        field,
        active: form.has("active"),
    };
    let store = page.state.store();
    let now = page.state.now();
    let password = form.get_raw("password");
    if let Err(error) = accounts::update_user(store, actor, user.id, &change, now).await {
        return input_problem(page, error, &user.login, password).map(Err);
    }
    if !password.is_empty()
        && let Err(error) =
            accounts::set_password(store, page.state.hashing(), actor, user.id, password, now).await
    {
        return input_problem(page, error, &user.login, password).map(Err);
    }
    let languages: Vec<String> = form
        .all("translates")
        .into_iter()
        .map(str::to_owned)
        .collect();
    if let Err(error) =
        teilhabe_app::translations::set_languages(store, actor, &user.login, &languages, now).await
    {
        return input_problem(page, error, &user.login, password).map(Err);
    }
    // Only a form that carries the field changes the address (older clients send none).
    if form.has("email")
        && let Err(error) = accounts::set_email(store, actor, user.id, form.get("email"), now).await
    {
        return input_problem(page, error, &user.login, password).map(Err);
    }
    let institution = Some(form.get("institution")).filter(|code| !code.is_empty());
    if let Err(error) =
        teilhabe_app::institutions::set_membership(store, actor, &user.login, institution, now)
            .await
    {
        return input_problem(page, error, &user.login, password).map(Err);
    }
    Ok(Ok(()))
}

// --- tokens -----------------------------------------------------------------------------------

pub async fn tokens(page: Page) -> Result<Response, PageError> {
    render_tokens(&page, StatusCode::OK, None, None).await
}

async fn render_tokens(
    page: &Page,
    status: StatusCode,
    new_token: Option<NewToken>,
    problem: Option<&Problem>,
) -> Result<Response, PageError> {
    let tokens = accounts::list_tokens(page.state.store(), &actor(page)?)
        .await
        .or_page(page)?;
    let fields = field_options(page).await;
    let institutions = institution_options(page).await?;
    let view = view::tokens_page(
        page,
        tokens,
        view::TokenScopes {
            fields: &fields,
            institutions: &institutions,
        },
        max_token_days(page),
        new_token,
        problem,
    );
    let mut response = page.render(status, &view);
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn create_token(page: Page, body: Bytes) -> Result<Response, PageError> {
    let (_, form) = admin_form(&page, &body)?;
    let (role, days) = match token_input(&page, &form) {
        Ok(input) => input,
        Err(problem) => {
            return render_tokens(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(&problem),
            )
            .await;
        }
    };
    let optional = |name| Some(form.get(name).to_owned()).filter(|value| !value.is_empty());
    let created = accounts::create_token(
        page.state.store(),
        &page.viewer.visitor,
        accounts::TokenRequest {
            name: form.get("name").to_owned(),
            role,
            field: optional("field"),
            institution: optional("institution"),
            lifetime: jiff::SignedDuration::from_hours(days * 24),
        },
        page.state.now(),
    )
    .await;
    match created {
        Ok(token) => {
            let shown = NewToken {
                secret: token.secret,
                expires: view::to_the_second(token.expires),
            };
            render_tokens(&page, StatusCode::CREATED, Some(shown), None).await
        }
        Err(error) => {
            // No institution chosen says more than "not in the registry".
            let problem = match error {
                AppError::Invalid(problems)
                    if problems.iter().any(|p| p.field == "institution")
                        && form.get("institution").is_empty() =>
                {
                    let message = page.t().msg("admin-error-token-institution");
                    Problem::of_field("institution", message)
                }
                error => input_problem(&page, error, "", "")?,
            };
            render_tokens(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                None,
                Some(&problem),
            )
            .await
        }
    }
}

/// The role and the lifetime in days a new token's form asks for: the configured lifetime, or
/// fewer days.
fn token_input(page: &Page, form: &FormData) -> Result<(Role, i64), Problem> {
    let role = role_of(page, form)?;
    let max_days = max_token_days(page);
    let days = match form.get("days") {
        "" => max_days,
        text => text
            .parse::<i64>()
            .ok()
            .filter(|days| (1..=max_days).contains(days))
            .ok_or_else(|| {
                let message = page.t().msg_with("admin-error-token-days", "max", max_days);
                Problem::of_field("days", message)
            })?,
    };
    Ok((role, days))
}

/// The longest lifetime of a new token, in whole days (the configured one).
fn max_token_days(page: &Page) -> i64 {
    (page.state.security().token_lifetime.as_hours() / 24).max(1)
}

pub async fn revoke_token(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    let (actor, _) = admin_form(&page, &body)?;
    match accounts::revoke_token(page.state.store(), &actor, id, page.state.now()).await {
        Ok(()) | Err(AppError::NotFound) => Ok(Page::see_other("/verwaltung/token")),
        Err(error) => Err(page.refused(error)),
    }
}

// --- audit log ----------------------------------------------------------------------------

#[derive(Deserialize)]
pub struct AuditQuery {
    art: Option<String>,
    kennung: Option<String>,
    /// A monitoring import's number: only the entries it wrote (linked from `/importe`).
    import: Option<String>,
    format: Option<String>,
}

pub async fn audit(page: Page, Query(query): Query<AuditQuery>) -> Result<Response, PageError> {
    let csv = query.format.as_deref() == Some("csv");
    let import = query.import.filter(|v| !v.trim().is_empty());
    // A number that is none is the filter field's error; nothing is listed then.
    let import_id = match import.as_deref().map(|v| v.trim().parse::<i64>()) {
        None => None,
        Some(Ok(id)) => Some(Some(id)),
        Some(Err(_)) => Some(None),
    };
    let invalid = import_id == Some(None);
    let filter = AuditFilter {
        entity_type: query.art.filter(|v| !v.is_empty()),
        entity_id: query.kennung.filter(|v| !v.is_empty()),
        import_id: import_id.flatten(),
        limit: if invalid {
            Some(0)
        } else if csv {
            None
        } else {
            Some(500)
        },
    };
    let records = accounts::read_audit_log(page.state.store(), &actor(&page)?, &filter)
        .await
        .or_page(&page)?;
    if csv {
        return audit_csv(&page, &records);
    }
    let view = view::audit_page(
        &page,
        records,
        view::AuditShown {
            entity_type: filter.entity_type.as_deref(),
            entity_id: filter.entity_id.as_deref(),
            import: import.as_deref(),
            import_invalid: invalid,
        },
    );
    let status = if invalid {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(page.render(status, &view))
}

fn audit_csv(page: &Page, records: &[teilhabe_store::AuditRecord]) -> Result<Response, PageError> {
    let bytes = view::audit_csv(records).map_err(|error| {
        tracing::error!(%error, "cannot write the audit log as CSV");
        page.internal_error()
    })?;
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
    Ok(response)
}
