//! The accounts feature's view models: the pages, their form fields (rendered by the frame's
//! KERN macros) and the rows they list, built from what the use cases return. Handlers in
//! `account.rs` and `admin.rs` only choose which view to build.

use askama::Template;
use jiff::Timestamp;
use teilhabe_app::accounts::passwords::{
    MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PasswordProblem,
};
use teilhabe_domain::access::{Principal, Role};
use teilhabe_store::{ApiToken, AuditRecord, User};

use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::{Layout, Nav, Page};

/// What is wrong with a submitted form: a message, and the field it belongs to (none: the form
/// as a whole, e.g. a throttled login).
#[derive(Debug, Clone)]
pub(super) struct Problem {
    pub field: Option<&'static str>,
    pub message: String,
}

impl Problem {
    pub fn of_form(message: String) -> Self {
        Problem {
            field: None,
            message,
        }
    }

    pub fn of_field(field: &'static str, message: String) -> Self {
        Problem {
            field: Some(field),
            message,
        }
    }

    /// The message when it belongs to the field named `name`.
    fn for_field(problem: Option<&Problem>, name: &str) -> Option<String> {
        problem
            .filter(|p| p.field == Some(name))
            .map(|p| p.message.clone())
    }

    /// The message when it belongs to no field (an alert above the form).
    fn general(problem: Option<&Problem>) -> Option<String> {
        problem
            .filter(|p| p.field.is_none())
            .map(|p| p.message.clone())
    }
}

/// The message for a refused new password.
pub(super) fn password_message(page: &Page, problem: PasswordProblem) -> String {
    let t = page.t();
    match problem {
        PasswordProblem::TooShort => t.msg_with(problem.message_key(), "min", MIN_PASSWORD_LENGTH),
        PasswordProblem::TooLong => t.msg_with(problem.message_key(), "max", MAX_PASSWORD_LENGTH),
        PasswordProblem::Common => t.msg(problem.message_key()),
    }
}

// --- signing in ---------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/login.html")]
pub(super) struct LoginPage<'a> {
    layout: Layout<'a>,
    next: String,
    csrf: String,
    /// Why the last attempt failed; never which of the two fields was wrong.
    error: Option<String>,
    login: Field,
    password: Field,
}

pub(super) fn login_page<'a>(
    page: &'a Page,
    login: &str,
    next: &str,
    csrf: String,
    error: Option<String>,
) -> LoginPage<'a> {
    let t = page.t();
    LoginPage {
        layout: page.layout(None, Nav::NONE, t.msg("login-title")),
        next: next.to_owned(),
        csrf,
        error,
        login: Field::text("login", t.msg("login-name"))
            .value(login)
            .attribute("autocomplete", "username")
            .attribute("autocapitalize", "none")
            .attribute("spellcheck", "false")
            .required(),
        password: Field::password("password", t.msg("login-password"), "current-password")
            .required(),
    }
}

// --- one's own account --------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/account.html")]
pub(super) struct AccountPage<'a> {
    layout: Layout<'a>,
    login: String,
    role: String,
    field: Option<String>,
    csrf: String,
    error: Option<String>,
    errors: Vec<FieldError>,
    password: Vec<Field>,
    notice: Option<String>,
    email: Vec<Field>,
    email_errors: Vec<FieldError>,
}

/// What the own-account page shows besides the account: its current address (or what was
/// typed, when refused), a problem with one of its forms, a confirmation.
pub(super) struct AccountState<'p> {
    pub email: String,
    pub problem: Option<&'p Problem>,
    pub notice: Option<String>,
}

pub(super) fn account_page<'a>(
    page: &'a Page,
    principal: &Principal,
    state: AccountState<'_>,
) -> AccountPage<'a> {
    let problem = state.problem;
    let t = page.t();
    let email = vec![
        email_field(page, &state.email)
            .hint(t.msg("account-email-hint"))
            .error(Problem::for_field(problem, "email")),
    ];
    let password = vec![
        Field::password("current", t.msg("account-current"), "current-password")
            .error(Problem::for_field(problem, "current"))
            .required(),
        Field::password("new", t.msg("account-new"), "new-password")
            .hint(t.msg_with("admin-error-password", "min", MIN_PASSWORD_LENGTH))
            .error(Problem::for_field(problem, "new"))
            .required(),
        Field::password("repeat", t.msg("account-repeat"), "new-password")
            .error(Problem::for_field(problem, "repeat"))
            .required(),
    ];
    AccountPage {
        layout: page.layout(None, Nav::NONE, t.msg("account-title")),
        login: principal.login.clone(),
        role: role_label(page, principal.role),
        field: principal.field.clone(),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        error: Problem::general(problem),
        errors: FieldError::of(&password.iter().collect::<Vec<_>>()),
        password,
        notice: state.notice,
        email_errors: FieldError::of(&email.iter().collect::<Vec<_>>()),
        email,
    }
}

/// An e-mail address field (own account, administration).
fn email_field(page: &Page, value: &str) -> Field {
    Field::new(
        crate::frame::fields::Control::Email,
        "email",
        page.t().msg("account-email"),
    )
    .value(value)
    .attribute("autocomplete", "email")
    .attribute("spellcheck", "false")
}

// --- administration: accounts -------------------------------------------------------------------

fn role_label(page: &Page, role: Role) -> String {
    page.t().msg(&format!("role-{}", role.as_str()))
}

fn role_choices(page: &Page, selected: Option<Role>) -> Vec<Choice> {
    Role::ALL
        .iter()
        .map(|role| {
            Choice::new(
                role.as_str(),
                role_label(page, *role),
                selected == Some(*role),
            )
        })
        .collect()
}

/// The action fields an editor account or token can be bound to: (slug, title).
pub(super) type FieldOptions = Vec<(String, String)>;

/// "–" (none) and the action fields.
fn field_choices(fields: &FieldOptions, selected: Option<&str>) -> Vec<Choice> {
    std::iter::once(Choice::new("", "–", selected.is_none_or(str::is_empty)))
        .chain(
            fields
                .iter()
                .map(|(slug, title)| Choice::new(slug, title, selected == Some(slug.as_str()))),
        )
        .collect()
}

/// What the new-account form was sent with, to show again with its error.
#[derive(Debug, Default, Clone)]
pub(super) struct NewUserInput {
    pub login: String,
    pub display_name: String,
    pub role: Option<Role>,
    pub field: String,
    pub email: String,
}

pub(super) struct UserRow {
    pub user: User,
    pub role_label: String,
    pub fields: Vec<Field>,
    /// One checkbox per content language: the account translates it (issue 14).
    pub translates: Vec<Field>,
}

#[derive(Template)]
#[template(path = "accounts/admin-users.html")]
pub(super) struct UsersPage<'a> {
    layout: Layout<'a>,
    users: Vec<UserRow>,
    csrf: String,
    notice: Option<String>,
    error: Option<String>,
    errors: Vec<FieldError>,
    new_user: Vec<Field>,
}

pub(super) struct UsersView<'p> {
    pub notice: Option<String>,
    pub problem: Option<&'p Problem>,
    /// The new-account form as sent (when its submission failed).
    pub input: NewUserInput,
}

/// What an account can be bound to: an action field (editors), content languages
/// (translators), an institution (requesters, reporters, providers).
pub(super) struct Scopes<'s> {
    pub fields: &'s FieldOptions,
    pub grants: &'s [teilhabe_app::translations::TranslatorGrant],
    /// Active institutions as (code, name).
    pub institutions: &'s FieldOptions,
    /// (user id, institution code).
    pub memberships: &'s [(i64, String)],
}

pub(super) fn users_page<'a>(
    page: &'a Page,
    users: Vec<User>,
    scopes: &Scopes<'_>,
    view: UsersView<'_>,
) -> UsersPage<'a> {
    let t = page.t();
    let fields = scopes.fields;
    let grants = scopes.grants;
    let problem = view.problem;
    let users = users
        .into_iter()
        .map(|user| {
            let id = user.id;
            let fields = vec![
                Field::text("display_name", t.msg("admin-display-name"))
                    .id(format!("name-{id}"))
                    .value(&user.display_name),
                Field::select(
                    "role",
                    t.msg("admin-role"),
                    role_choices(page, Some(user.role)),
                )
                .id(format!("role-{id}")),
                Field::select(
                    "field",
                    t.msg("admin-field"),
                    field_choices(fields, user.field.as_deref()),
                )
                .id(format!("field-{id}")),
                Field::select(
                    "institution",
                    t.msg("admin-institution"),
                    field_choices(
                        scopes.institutions,
                        scopes
                            .memberships
                            .iter()
                            .find(|(user, _)| *user == id)
                            .map(|(_, code)| code.as_str()),
                    ),
                )
                .id(format!("institution-{id}")),
                email_field(page, user.email.as_deref().unwrap_or_default())
                    .id(format!("email-{id}")),
                Field::password("password", t.msg("admin-new-password"), "new-password")
                    .id(format!("password-{id}")),
                Field::checkbox("active", t.msg("admin-active"), user.active)
                    .id(format!("active-{id}")),
            ];
            let granted = grants
                .iter()
                .find(|grant| grant.user_id == id)
                .map(|grant| grant.languages.as_slice())
                .unwrap_or_default();
            let translates = teilhabe_domain::translation::CONTENT_LANGUAGES
                .iter()
                .map(|code| {
                    let (name, lang) = page
                        .state
                        .locales()
                        .get(code)
                        .map(|locale| (locale.name.clone(), locale.html_lang.clone()))
                        .unwrap_or_else(|| ((*code).to_owned(), (*code).to_owned()));
                    let mut field =
                        Field::checkbox("translates", name, granted.iter().any(|g| g == code))
                            .id(format!("translates-{id}-{code}"))
                            .value(*code);
                    field.lang_attr = format!(" lang=\"{lang}\"");
                    field
                })
                .collect();
            UserRow {
                role_label: role_label(page, user.role),
                user,
                fields,
                translates,
            }
        })
        .collect();
    let input = view.input;
    let new_user = vec![
        Field::text("login", t.msg("login-name"))
            .id("new-login")
            .value(input.login)
            .attribute("autocomplete", "off")
            .attribute("autocapitalize", "none")
            .attribute("spellcheck", "false")
            .error(Problem::for_field(problem, "login"))
            .required(),
        Field::text("display_name", t.msg("admin-display-name"))
            .id("new-name")
            .value(input.display_name),
        Field::select("role", t.msg("admin-role"), role_choices(page, input.role))
            .id("new-role")
            .error(Problem::for_field(problem, "role")),
        Field::select(
            "field",
            t.msg("admin-field"),
            field_choices(fields, Some(input.field.as_str())),
        )
        .id("new-field")
        .hint(t.msg("admin-field-hint"))
        .error(Problem::for_field(problem, "field")),
        email_field(page, &input.email)
            .id("new-email")
            .hint(t.msg("admin-email-hint"))
            .error(Problem::for_field(problem, "email")),
        Field::password("password", t.msg("login-password"), "new-password")
            .id("new-password")
            .hint(t.msg_with("admin-error-password", "min", MIN_PASSWORD_LENGTH))
            .error(Problem::for_field(problem, "password"))
            .required(),
    ];
    UsersPage {
        layout: page.layout(None, super::ADMIN, t.msg("admin-users-title")),
        users,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        notice: view.notice,
        error: Problem::general(problem),
        errors: FieldError::of(&new_user.iter().collect::<Vec<_>>()),
        new_user,
    }
}

// --- administration: API tokens -----------------------------------------------------------------

pub(super) struct TokenRow {
    pub token: ApiToken,
    pub role_label: String,
    pub expired: bool,
}

/// A token just created: shown once, never again, with when it stops working.
pub(super) struct NewToken {
    pub secret: String,
    pub expires: String,
}

#[derive(Template)]
#[template(path = "accounts/admin-tokens.html")]
pub(super) struct TokensPage<'a> {
    layout: Layout<'a>,
    tokens: Vec<TokenRow>,
    csrf: String,
    new_token: Option<NewToken>,
    error: Option<String>,
    errors: Vec<FieldError>,
    form: Vec<Field>,
}

/// A time to the second, as the pages show it (UTC).
pub(super) fn to_the_second(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}

/// What a new token may be scoped to: an action field (editors), an institution (requesters,
/// reporters, providers).
pub(super) struct TokenScopes<'s> {
    pub fields: &'s FieldOptions,
    /// Active institutions as (code, name).
    pub institutions: &'s FieldOptions,
}

pub(super) fn tokens_page<'a>(
    page: &'a Page,
    tokens: Vec<ApiToken>,
    scopes: TokenScopes<'_>,
    max_days: i64,
    new_token: Option<NewToken>,
    problem: Option<&Problem>,
) -> TokensPage<'a> {
    let t = page.t();
    let now = to_the_second(page.state.now());
    let form = vec![
        Field::text("name", t.msg("admin-token-name"))
            .id("token-name")
            .error(Problem::for_field(problem, "name"))
            .required(),
        Field::new(
            crate::frame::fields::Control::Number,
            "days",
            t.msg_with("admin-token-days", "max", max_days),
        )
        .id("token-days")
        .value(max_days.to_string())
        .attribute("min", "1")
        .attribute("max", max_days.to_string())
        .error(Problem::for_field(problem, "days")),
        Field::select("role", t.msg("admin-role"), role_choices(page, None))
            .id("token-role")
            .error(Problem::for_field(problem, "role")),
        Field::select(
            "field",
            t.msg("admin-field"),
            field_choices(scopes.fields, None),
        )
        .id("token-field")
        .hint(t.msg("admin-field-hint"))
        .error(Problem::for_field(problem, "field")),
        Field::select(
            "institution",
            t.msg("admin-institution"),
            field_choices(scopes.institutions, None),
        )
        .id("token-institution")
        .hint(t.msg("admin-token-institution-hint"))
        .error(Problem::for_field(problem, "institution")),
    ];
    TokensPage {
        layout: page.layout(None, super::ADMIN, t.msg("admin-tokens-title")),
        tokens: tokens
            .into_iter()
            .map(|token| TokenRow {
                role_label: role_label(page, token.role),
                expired: token.expires_at <= now,
                token,
            })
            .collect(),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        new_token,
        error: Problem::general(problem),
        errors: FieldError::of(&form.iter().collect::<Vec<_>>()),
        form,
    }
}

// --- administration: the audit log --------------------------------------------------------------

#[derive(Template)]
#[template(path = "accounts/admin-audit.html")]
pub(super) struct AuditPage<'a> {
    layout: Layout<'a>,
    records: Vec<AuditRecord>,
    filter: Vec<Field>,
    errors: Vec<FieldError>,
    csv_href: String,
    /// "Entries of import no. N." when the log shows one import's entries (linked from /importe).
    import_scope: Option<String>,
}

/// The filters the audit log is shown with, as the address gave them.
pub(super) struct AuditShown<'q> {
    pub entity_type: Option<&'q str>,
    pub entity_id: Option<&'q str>,
    pub import: Option<&'q str>,
    /// `import` is no number: the field's error.
    pub import_invalid: bool,
}

pub(super) fn audit_page<'a>(
    page: &'a Page,
    records: Vec<AuditRecord>,
    shown: AuditShown<'_>,
) -> AuditPage<'a> {
    let t = page.t();
    let mut csv_href = String::from("/verwaltung/protokoll?format=csv");
    for (name, value) in [
        ("art", shown.entity_type),
        ("kennung", shown.entity_id),
        ("import", shown.import),
    ] {
        if let Some(value) = value {
            let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
            csv_href.push_str(&format!("&{name}={encoded}"));
        }
    }
    let filter = vec![
        Field::text("art", t.msg("admin-audit-type"))
            .id("audit-type")
            .value(shown.entity_type.unwrap_or_default()),
        Field::text("kennung", t.msg("admin-audit-id"))
            .id("audit-id")
            .value(shown.entity_id.unwrap_or_default()),
        Field::text("import", t.msg("admin-audit-import"))
            .id("audit-import")
            .value(shown.import.unwrap_or_default())
            .hint(t.msg("admin-audit-import-hint"))
            .attribute("inputmode", "numeric")
            .error(
                shown
                    .import_invalid
                    .then(|| t.msg("admin-audit-import-error")),
            ),
    ];
    let import_scope = shown
        .import
        .filter(|_| !shown.import_invalid)
        .map(|number| t.msg_with("admin-audit-import-scope", "number", number.trim()));
    AuditPage {
        layout: page.layout(None, super::ADMIN, t.msg("admin-audit-title")),
        import_scope,
        records,
        errors: FieldError::of(&filter.iter().collect::<Vec<_>>()),
        filter,
        csv_href,
    }
}

/// The audit log as CSV: formula-like cells neutralised for spreadsheets.
pub(super) fn audit_csv(records: &[AuditRecord]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record([
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
        ])
        .map_err(|e| e.to_string())?;
    for record in records {
        let entry = &record.entry;
        writer
            .write_record(teilhabe_domain::spreadsheet::neutralise_record([
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
            ]))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}
