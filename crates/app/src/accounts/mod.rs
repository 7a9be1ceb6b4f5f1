//! Accounts, API tokens and the audit log: only administrators manage them (the command line's
//! operator too, see [`Actor`]). Everyone signed in changes their own password
//! ([`change_own_password`]), throttled like a login per account and client network.

pub mod passwords;
pub mod tokens;

use jiff::{SignedDuration, Timestamp};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_store::{
    ApiToken, AuditFilter, AuditRecord, LoginAttempt, LoginThrottle, NewToken, NewUser, Store,
    StoreError, User, UserChange,
};

use crate::error::{Actor, AppError, Problem};
use passwords::{Hashing, MAX_LOGIN_LENGTH, PasswordProblem, check_new_password};

/// Whether `actor` may manage accounts and tokens: the rule every use case below applies first,
/// for adapters that must know before they can even read the input (a form with a role that
/// does not exist is refused with 403, not 422, to someone who may not manage accounts).
pub fn may_manage(actor: &Actor) -> Result<(), AppError> {
    require_manager(actor)
}

fn require_manager(actor: &Actor) -> Result<(), AppError> {
    match actor {
        _ if actor.may_manage_users() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only administrators manage accounts and tokens",
        )),
        Actor::Operator(_) => Err(AppError::Forbidden("not allowed".into())),
    }
}

/// A new account as the form or the command line gives it.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub login: String,
    /// Empty: the login.
    pub display_name: String,
    pub password: String,
    pub role: Role,
    /// The working group of an editor (required for editors, ignored for the other roles).
    pub field: Option<String>,
}

/// Checks a login (lowercase letters, digits, `.`, `_`, `-`; at most [`MAX_LOGIN_LENGTH`]).
pub fn check_login(login: &str) -> Result<(), Problem> {
    if login.chars().count() > MAX_LOGIN_LENGTH {
        return Err(Problem::new(
            "login",
            format!("the login may have at most {MAX_LOGIN_LENGTH} characters"),
        ));
    }
    if !teilhabe_domain::concept::is_slug(&login.replace(['.', '_'], "-")) {
        return Err(Problem::new(
            "login",
            "use lowercase letters, digits, `.`, `_` and `-`",
        ));
    }
    Ok(())
}

/// The role's working group: editors need one, the other roles have none.
pub fn field_of_role(role: Role, field: Option<String>) -> Result<Option<String>, Problem> {
    match (role, field.filter(|f| !f.is_empty())) {
        (Role::Editor, None) => Err(Problem::new(
            "field",
            "an editor belongs to one working group: name its action field",
        )),
        (Role::Editor, field) => Ok(field),
        (_, _) => Ok(None),
    }
}

/// Creates an account (administrators; the operator). The password is checked and hashed here.
pub async fn create_user(
    store: &Store,
    hashing: &Hashing,
    actor: &Actor,
    account: NewAccount,
    now: Timestamp,
) -> Result<User, AppError> {
    require_manager(actor)?;
    let login = account.login.to_lowercase();
    check_login(&login).map_err(|problem| AppError::Invalid(vec![problem]))?;
    let field =
        field_of_role(account.role, account.field).map_err(|p| AppError::Invalid(vec![p]))?;
    check_new_password(&account.password, &login)
        .map_err(|problem| AppError::Invalid(vec![Problem::new("password", problem.describe())]))?;
    let password_hash = hashing
        .hash(&account.password)
        .await
        .map_err(|error| AppError::Internal(StoreError::Corrupt(error)))?;
    let user = NewUser {
        display_name: if account.display_name.is_empty() {
            login.clone()
        } else {
            account.display_name
        },
        login,
        password_hash,
        role: account.role,
        field,
    };
    match store.create_user(&user, &actor.name(), now).await {
        Err(StoreError::Duplicate(message)) => {
            Err(AppError::Invalid(vec![Problem::new("login", message)]))
        }
        other => Ok(other?),
    }
}

/// Changes role, field, name or active state of account `id` (administrators).
pub async fn update_user(
    store: &Store,
    actor: &Actor,
    id: i64,
    change: &UserChange,
    now: Timestamp,
) -> Result<User, AppError> {
    require_manager(actor)?;
    if let Actor::Visitor(visitor) = actor
        && visitor.principal().map(|p| p.user_id) == Some(id)
        && (!change.active || change.role != Role::Administrator)
    {
        return Err(AppError::Invalid(vec![Problem::new(
            "role",
            "you cannot lock yourself out or give up your own administrator role",
        )]));
    }
    Ok(store.update_user(id, change, &actor.name(), now).await?)
}

/// Account `id` (administrators).
pub async fn user(store: &Store, actor: &Actor, id: i64) -> Result<User, AppError> {
    require_manager(actor)?;
    store.user(id).await?.ok_or(AppError::NotFound)
}

/// Sets the password of account `id` (administrators); the password rules apply as for a new
/// account. The account's sessions end (the store does that with the change).
pub async fn set_password(
    store: &Store,
    hashing: &Hashing,
    actor: &Actor,
    id: i64,
    password: &str,
    now: Timestamp,
) -> Result<(), AppError> {
    let user = user(store, actor, id).await?;
    check_new_password(password, &user.login)
        .map_err(|problem| AppError::Invalid(vec![Problem::new("password", problem.describe())]))?;
    let hash = hashing
        .hash(password)
        .await
        .map_err(|error| AppError::Internal(StoreError::Corrupt(error)))?;
    Ok(store.set_password(id, &hash, &actor.name(), now).await?)
}

/// All accounts (administrators).
pub async fn list_users(store: &Store, actor: &Actor) -> Result<Vec<User>, AppError> {
    require_manager(actor)?;
    Ok(store.users().await?)
}

/// A new API token for `visitor`'s account: the secret (shown once) and its id.
#[derive(Debug)]
pub struct CreatedToken {
    pub id: i64,
    pub secret: String,
    pub expires: Timestamp,
}

/// What a new API token is for: its name, what it may, and how long it works.
#[derive(Debug, Clone)]
pub struct TokenRequest {
    pub name: String,
    pub role: Role,
    /// For an editor's token: the action field's slug.
    pub field: Option<String>,
    /// For a requester's, reporter's or provider's token: the code of the (active) institution
    /// it acts for — an institution's own system asking the APIs, as its accounts do.
    pub institution: Option<String>,
    pub lifetime: SignedDuration,
}

/// Creates an API token (administrators).
pub async fn create_token(
    store: &Store,
    visitor: &Visitor,
    request: TokenRequest,
    now: Timestamp,
) -> Result<CreatedToken, AppError> {
    require_manager(&Actor::Visitor(visitor.clone()))?;
    let TokenRequest {
        name,
        role,
        field,
        institution,
        lifetime,
    } = request;
    if name.trim().is_empty() {
        return Err(AppError::Invalid(vec![Problem::new(
            "name",
            "a token needs a name",
        )]));
    }
    let field = field_of_role(role, field).map_err(|p| AppError::Invalid(vec![p]))?;
    let institution = institution_of_role(store, role, institution).await?;
    let Some(principal) = visitor.principal() else {
        return Err(AppError::Unauthenticated);
    };
    let creator = store
        .user(principal.user_id)
        .await?
        .ok_or_else(|| AppError::Forbidden("tokens are created by an account".into()))?;
    let secret = format!(
        "thb_{}",
        tokens::new_token()
            .map_err(|error| AppError::Internal(StoreError::Corrupt(error.to_string())))?
    );
    let expires = now + lifetime;
    let id = store
        .create_token(
            &creator,
            &NewToken {
                name: name.trim(),
                token_hash: &tokens::hash_token(&secret),
                role,
                field: field.as_deref(),
                institution: institution.as_deref(),
                expires,
            },
            now,
        )
        .await?;
    Ok(CreatedToken {
        id,
        secret,
        expires,
    })
}

/// The institution a token of `role` acts for: required and active for the institution roles,
/// none for the others.
async fn institution_of_role(
    store: &Store,
    role: Role,
    institution: Option<String>,
) -> Result<Option<String>, AppError> {
    if !role.acts_for_institution() {
        return Ok(None);
    }
    let problem = |message: String| AppError::Invalid(vec![Problem::new("institution", message)]);
    let Some(code) = institution.filter(|code| !code.trim().is_empty()) else {
        return Err(problem(format!(
            "a token of role {} acts for one institution: name it",
            role.as_str()
        )));
    };
    match store.institution(code.trim()).await? {
        Some(stored) if stored.active => Ok(Some(stored.institution.code)),
        _ => Err(problem(format!(
            "there is no active institution {:?} in the registry",
            code.trim()
        ))),
    }
}

/// All API tokens, without their secrets (administrators).
pub async fn list_tokens(store: &Store, actor: &Actor) -> Result<Vec<ApiToken>, AppError> {
    require_manager(actor)?;
    Ok(store.tokens().await?)
}

/// Revokes token `id` (administrators).
pub async fn revoke_token(
    store: &Store,
    actor: &Actor,
    id: i64,
    now: Timestamp,
) -> Result<(), AppError> {
    require_manager(actor)?;
    Ok(store.revoke_token(id, &actor.name(), now).await?)
}

/// The audit log (those who may read it: administrators).
pub async fn read_audit_log(
    store: &Store,
    actor: &Actor,
    filter: &AuditFilter,
) -> Result<Vec<AuditRecord>, AppError> {
    let allowed = match actor {
        Actor::Operator(_) => true,
        Actor::Visitor(visitor) => visitor.may_read_audit_log(),
    };
    if !allowed {
        return match actor {
            Actor::Visitor(visitor) => Err(AppError::refuse(
                visitor,
                "only administrators read the audit log",
            )),
            Actor::Operator(_) => Err(AppError::Forbidden("not allowed".into())),
        };
    }
    Ok(store.audit_log(filter).await?)
}

/// A change of one's own password as the form gives it.
#[derive(Debug, Clone, Copy)]
pub struct OwnPassword<'a> {
    pub current: &'a str,
    pub new: &'a str,
    pub repeat: &'a str,
}

/// Why one's own password was not changed (the person can act on each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnPasswordRefused {
    /// Too many failed attempts for this account and network: try again after `until`.
    Wait { until: Timestamp },
    /// The current password is wrong (counted as a failed login).
    WrongCurrent,
    /// The new password breaks a rule.
    Weak(PasswordProblem),
    /// The repetition differs.
    Mismatch,
}

/// Changes the signed-in visitor's own password; every session of the account ends. Checking
/// the current password is a login attempt too, reserved before it is checked: a taken-over
/// session must not be a way around the throttle. `network` is the client's, as the throttle
/// counts it.
pub async fn change_own_password(
    store: &Store,
    hashing: &Hashing,
    visitor: &Visitor,
    network: &str,
    throttle: &LoginThrottle,
    change: OwnPassword<'_>,
    now: Timestamp,
) -> Result<Result<(), OwnPasswordRefused>, AppError> {
    let Some(principal) = visitor.principal() else {
        return Err(AppError::Unauthenticated);
    };
    let user = store
        .user(principal.user_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if let LoginAttempt::Wait { until } = store
        .reserve_login_attempt(&user.login, network, now, throttle)
        .await?
    {
        return Ok(Err(OwnPasswordRefused::Wait { until }));
    }
    if !hashing.verify(change.current, &user.password_hash).await {
        return Ok(Err(OwnPasswordRefused::WrongCurrent));
    }
    store
        .login_succeeded(&user.login, network, now, throttle)
        .await?;
    if let Err(problem) = check_new_password(change.new, &user.login) {
        return Ok(Err(OwnPasswordRefused::Weak(problem)));
    }
    if change.new != change.repeat {
        return Ok(Err(OwnPasswordRefused::Mismatch));
    }
    let hash = hashing
        .hash(change.new)
        .await
        .map_err(|error| AppError::Internal(StoreError::Corrupt(error)))?;
    store
        .set_password(user.id, &hash, &principal.actor, now)
        .await?;
    Ok(Ok(()))
}

/// The address as it will be stored: trimmed, `None` when empty; refused unless it is one
/// mailbox address (`name@host`, as the mail sender will parse it).
pub fn check_email(text: &str) -> Result<Option<String>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<lettre::Address>() {
        Ok(_) if text.len() <= 254 => Ok(Some(text.to_owned())),
        _ => Err(Problem::new(
            "email",
            format!("`{text}` is not an e-mail address (expected name@example.org)"),
        )),
    }
}

/// Sets or removes the e-mail address of account `id` (administrators; the operator). Modules
/// queue messages to `account:<login>`; the mail sender delivers them to this address.
pub async fn set_email(
    store: &Store,
    actor: &Actor,
    id: i64,
    email: &str,
    now: Timestamp,
) -> Result<User, AppError> {
    require_manager(actor)?;
    let email = check_email(email).map_err(|problem| AppError::Invalid(vec![problem]))?;
    Ok(store
        .set_user_email(id, email.as_deref(), &actor.name(), now)
        .await?)
}

/// Sets or removes the signed-in visitor's own e-mail address.
pub async fn change_own_email(
    store: &Store,
    visitor: &Visitor,
    email: &str,
    now: Timestamp,
) -> Result<User, AppError> {
    let Some(principal) = visitor.principal() else {
        return Err(AppError::Unauthenticated);
    };
    let email = check_email(email).map_err(|problem| AppError::Invalid(vec![problem]))?;
    Ok(store
        .set_user_email(principal.user_id, email.as_deref(), &principal.actor, now)
        .await?)
}

/// The address messages queued to `account:<login>` go to: the account's, when it exists, is
/// active and has one. Anything else is not deliverable, and says why.
pub async fn mailbox_of(store: &Store, login: &str) -> Result<Result<String, String>, StoreError> {
    Ok(match store.user_by_login(login).await? {
        None => Err(format!("there is no account `{login}`")),
        Some(user) if !user.active => Err(format!("account `{login}` is locked")),
        Some(User { email: None, .. }) => Err(format!("account `{login}` has no e-mail address")),
        Some(User {
            email: Some(email), ..
        }) => Ok(email),
    })
}
