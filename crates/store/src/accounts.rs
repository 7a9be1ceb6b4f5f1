//! Users, sessions, API tokens and login throttling.

use jiff::{SignedDuration, Timestamp};
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::access::{Principal, Role};

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

/// What an administrator can change about an account (the password apart).
#[derive(Debug, Clone)]
pub struct UserChange {
    pub display_name: String,
    pub role: Role,
    pub field: Option<String>,
    pub active: bool,
}

/// An account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub field: Option<String>,
    pub active: bool,
    pub created_at: String,
    /// Where messages queued to `account:<login>` go; none, and the account gets no mail.
    pub email: Option<String>,
}

impl User {
    pub fn principal(&self) -> Principal {
        Principal {
            user_id: self.id,
            login: self.login.clone(),
            role: self.role,
            field: self.field.clone(),
            actor: format!("user:{}", self.login),
        }
    }
}

/// A new account or a change of one.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub login: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub field: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub field: Option<String>,
    /// For the institution roles: the institution the token acts for.
    pub institution: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub last_used_at: Option<String>,
    /// After this the token no longer works.
    pub expires_at: String,
}

/// A new API token: its name, the SHA-256 of its secret, what it may, and when it ends.
#[derive(Debug, Clone, Copy)]
pub struct NewToken<'a> {
    pub name: &'a str,
    pub token_hash: &'a str,
    pub role: Role,
    pub field: Option<&'a str>,
    /// For the institution roles (requester, reporter, provider): whom the token acts for.
    pub institution: Option<&'a str>,
    pub expires: Timestamp,
}

/// A live session: who, and the token forms must echo.
#[derive(Debug, Clone)]
pub struct Session {
    pub principal: Principal,
    pub display_name: String,
    pub csrf_token: String,
}

/// How failed logins slow further attempts down. Nothing locks an account: each budget, once
/// spent, only delays the next attempt, by a delay that doubles with each further failure up to
/// `max_delay`. Budgets are per account *and* network, per network, and per account (the last
/// one high, against attacks spread over many networks). See docs/decisions.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginThrottle {
    /// Failures older than this are forgotten.
    pub window: SignedDuration,
    /// Failures of one account from one network before delays start.
    pub free_per_pair: i64,
    /// Failures from one network, whatever the accounts, before delays start.
    pub free_per_network: i64,
    /// Failures of one account, from any network, before delays start.
    pub free_per_account: i64,
    /// The wait after the first failure beyond a budget.
    pub base_delay: SignedDuration,
    pub max_delay: SignedDuration,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle {
            window: SignedDuration::from_hours(1),
            free_per_pair: 5,
            free_per_network: 20,
            free_per_account: 100,
            base_delay: SignedDuration::from_secs(30),
            max_delay: SignedDuration::from_mins(15),
        }
    }
}

impl LoginThrottle {
    /// The wait after `failures` failures against a budget of `free`: none within the budget,
    /// then `base_delay`, doubling with each further failure, at most `max_delay`.
    pub fn delay(&self, failures: i64, free: i64) -> Option<SignedDuration> {
        let beyond = failures.checked_sub(free).filter(|beyond| *beyond >= 0)?;
        let factor = 1i32 << beyond.min(20);
        Some(
            self.base_delay
                .checked_mul(factor)
                .map_or(self.max_delay, |delay| delay.min(self.max_delay)),
        )
    }
}

/// The answer to a request for a login attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginAttempt {
    /// The password may be checked; the attempt counts as a failure until the login succeeds.
    Granted { id: i64 },
    /// Too many failures: no attempt before `until`.
    Wait { until: Timestamp },
}

fn role_of(text: &str) -> Result<Role, StoreError> {
    Role::parse(text).ok_or_else(|| StoreError::Corrupt(format!("unknown role `{text}`")))
}

fn user_from(row: &AnyRow) -> Result<User, StoreError> {
    Ok(User {
        id: row.try_get("id")?,
        login: row.try_get("login")?,
        display_name: row.try_get("display_name")?,
        password_hash: row.try_get("password_hash")?,
        role: role_of(&row.try_get::<String, _>("role")?)?,
        field: row.try_get("field_slug")?,
        active: row.try_get::<i64, _>("active")? != 0,
        created_at: row.try_get("created_at")?,
        email: row.try_get("email")?,
    })
}

const USER_COLUMNS: &str =
    "id, login, display_name, password_hash, role, field_slug, active, created_at, email";

impl Store {
    pub async fn create_user(
        &self,
        user: &NewUser,
        actor: &str,
        now: Timestamp,
    ) -> Result<User, StoreError> {
        let mut transaction = self.begin_write().await?;
        let exists = sqlx::query("SELECT id FROM users WHERE login = $1")
            .bind(&user.login)
            .fetch_optional(&mut *transaction)
            .await?;
        if exists.is_some() {
            return Err(StoreError::Duplicate(format!(
                "a user with login `{}` exists",
                user.login
            )));
        }
        let id: i64 = sqlx::query(
            "INSERT INTO users (login, display_name, password_hash, role, field_slug, active, created_at)
             VALUES ($1, $2, $3, $4, $5, 1, $6) RETURNING id",
        )
        .bind(&user.login)
        .bind(&user.display_name)
        .bind(&user.password_hash)
        .bind(user.role.as_str())
        .bind(&user.field)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        let entry = |field: &str, value: Option<String>| AuditEntry {
            actor: actor.to_owned(),
            action: "user.create".into(),
            entity_type: "user".into(),
            entity_id: user.login.clone(),
            field: Some(field.to_owned()),
            old_value: None,
            new_value: value,
            detail: None,
        };
        audit::append(
            &mut transaction,
            now,
            &[
                entry("role", Some(user.role.as_str().to_owned())),
                entry("field", user.field.clone()),
                entry("display_name", Some(user.display_name.clone())),
            ],
        )
        .await?;
        transaction.commit().await?;
        self.user(id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("created user vanished".into()))
    }

    pub async fn user(&self, id: i64) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn user_by_login(&self, login: &str) -> Result<Option<User>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE login = $1"
        )))
        .bind(login)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(user_from).transpose()
    }

    pub async fn users(&self) -> Result<Vec<User>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY login"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(user_from).collect()
    }

    /// Changes role, field, name or active state; records each change; a deactivated account or a
    /// changed role or field loses its sessions.
    pub async fn update_user(
        &self,
        id: i64,
        change: &UserChange,
        actor: &str,
        now: Timestamp,
    ) -> Result<User, StoreError> {
        let current = self.user(id).await?.ok_or(StoreError::NotFound)?;
        let changes: Vec<(&str, String, String)> = [
            (
                "display_name",
                current.display_name.clone(),
                change.display_name.clone(),
            ),
            (
                "role",
                current.role.as_str().to_owned(),
                change.role.as_str().to_owned(),
            ),
            (
                "field",
                current.field.clone().unwrap_or_default(),
                change.field.clone().unwrap_or_default(),
            ),
            (
                "active",
                current.active.to_string(),
                change.active.to_string(),
            ),
        ]
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .collect();
        if changes.is_empty() {
            return Ok(current);
        }
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE users SET display_name = $1, role = $2, field_slug = $3, active = $4 WHERE id = $5")
            .bind(&change.display_name)
            .bind(change.role.as_str())
            .bind(&change.field)
            .bind(i64::from(change.active))
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        let mut revoked_tokens = 0;
        if changes.iter().any(|(name, _, _)| *name != "display_name") {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(id)
                .execute(&mut *transaction)
                .await?;
            // A token acts with the authority of the administrator who made it: when that
            // account is locked or its role or field changes, its tokens die with it.
            revoked_tokens = sqlx::query(
                "UPDATE api_tokens SET revoked_at = $1 WHERE created_by = $2 AND revoked_at IS NULL",
            )
            .bind(stamp(now))
            .bind(id)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        }
        let mut entries: Vec<AuditEntry> = changes
            .into_iter()
            .map(|(name, old, new)| AuditEntry {
                actor: actor.to_owned(),
                action: "user.update".into(),
                entity_type: "user".into(),
                entity_id: current.login.clone(),
                field: Some(name.to_owned()),
                old_value: Some(old),
                new_value: Some(new),
                detail: None,
            })
            .collect();
        if revoked_tokens > 0 {
            entries.push(AuditEntry {
                actor: actor.to_owned(),
                action: "token.revoke".into(),
                entity_type: "user".into(),
                entity_id: current.login.clone(),
                field: None,
                old_value: None,
                new_value: None,
                detail: Some(format!(
                    "{revoked_tokens} token(s) of this account revoked: its role, field or state changed"
                )),
            });
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        self.user(id).await?.ok_or(StoreError::NotFound)
    }

    /// Sets or removes the account's e-mail address (already checked by the caller) and records
    /// the change. Unchanged, nothing is written.
    pub async fn set_user_email(
        &self,
        id: i64,
        email: Option<&str>,
        actor: &str,
        now: Timestamp,
    ) -> Result<User, StoreError> {
        let current = self.user(id).await?.ok_or(StoreError::NotFound)?;
        if current.email.as_deref() == email {
            return Ok(current);
        }
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE users SET email = $1 WHERE id = $2")
            .bind(email)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "user.update".into(),
                entity_type: "user".into(),
                entity_id: current.login.clone(),
                field: Some("email".into()),
                old_value: current.email.clone(),
                new_value: email.map(str::to_owned),
                detail: None,
            }],
        )
        .await?;
        transaction.commit().await?;
        self.user(id).await?.ok_or(StoreError::NotFound)
    }

    /// Sets a new password hash and ends every session of the account.
    pub async fn set_password(
        &self,
        id: i64,
        password_hash: &str,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let user = self.user(id).await?.ok_or(StoreError::NotFound)?;
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(password_hash)
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "user.password".into(),
                entity_type: "user".into(),
                entity_id: user.login,
                field: Some("password".into()),
                old_value: None,
                new_value: None,
                detail: Some("password changed".into()),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    // --- sessions -------------------------------------------------------------------------

    /// A new session; it ends at `expires` (absolute lifetime) or after a period without use
    /// (see [`Store::session`]).
    pub async fn create_session(
        &self,
        user_id: i64,
        token_hash: &str,
        csrf_token: &str,
        now: Timestamp,
        expires: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $4)")
            .bind(token_hash)
            .bind(user_id)
            .bind(csrf_token)
            .bind(stamp(now))
            .bind(stamp(expires))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The live session with this token hash: not past its absolute end, used within `idle`,
    /// and its account active. Using it keeps it alive (noted at most once a minute, so that
    /// reading pages does not write on every request).
    pub async fn session(
        &self,
        token_hash: &str,
        now: Timestamp,
        idle: SignedDuration,
    ) -> Result<Option<Session>, StoreError> {
        let row = sqlx::query(
            "SELECT u.id, u.login, u.display_name, u.password_hash, u.role, u.field_slug, u.active, u.created_at, u.email, s.csrf_token, s.last_seen_at
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3 AND u.active = 1",
        )
        .bind(token_hash)
        .bind(stamp(now))
        .bind(stamp(now - idle))
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user = user_from(&row)?;
        let last_seen: String = row.try_get("last_seen_at")?;
        if last_seen <= stamp(now - SignedDuration::from_mins(1)) {
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
                .bind(stamp(now))
                .bind(token_hash)
                .execute(&self.pool)
                .await?;
        }
        Ok(Some(Session {
            principal: user.principal(),
            display_name: user.display_name,
            csrf_token: row.try_get("csrf_token")?,
        }))
    }

    /// Deletes sessions past their absolute end or unused for `idle`; returns how many.
    pub async fn purge_sessions(
        &self,
        now: Timestamp,
        idle: SignedDuration,
    ) -> Result<u64, StoreError> {
        let result =
            sqlx::query("DELETE FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2")
                .bind(stamp(now))
                .bind(stamp(now - idle))
                .execute(&self.pool)
                .await?;
        Ok(result.rows_affected())
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Logs the account out everywhere.
    pub async fn delete_sessions_of(&self, user_id: i64) -> Result<u64, StoreError> {
        let result = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
            .bind(user_id)
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }

    // --- login throttling -----------------------------------------------------------------

    /// Reserves one login attempt for `login` from `network` (an IPv4 address or an IPv6 /64),
    /// before the password is checked. The reservation is recorded as a failure at once, under a
    /// lock, so that parallel requests cannot all pass the count: a successful login takes it back
    /// ([`Store::login_succeeded`]). When a budget of `throttle` is spent, the answer is the time
    /// from which the next attempt is accepted, and nothing is recorded.
    pub async fn reserve_login_attempt(
        &self,
        login: &str,
        network: &str,
        now: Timestamp,
        throttle: &LoginThrottle,
    ) -> Result<LoginAttempt, StoreError> {
        let mut transaction = self.begin_write().await?;
        // The first statement writes: SQLite takes its write lock, PostgreSQL the row lock, so
        // reservations run one after the other on every server instance.
        sqlx::query("UPDATE login_lock SET taken = taken + 1 WHERE id = 1")
            .execute(&mut *transaction)
            .await?;
        let since = stamp(now - throttle.window);
        let scopes: [(&str, Vec<&str>, i64); 3] = [
            (
                "login = $1 AND address = $2 AND at >= $3",
                vec![login, network],
                throttle.free_per_pair,
            ),
            (
                "address = $1 AND at >= $2",
                vec![network],
                throttle.free_per_network,
            ),
            (
                "login = $1 AND at >= $2",
                vec![login],
                throttle.free_per_account,
            ),
        ];
        let mut wait_until: Option<Timestamp> = None;
        for (condition, values, free) in scopes {
            // Audited: `condition` is one of the fixed texts above.
            let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) AS n, MAX(at) AS latest FROM login_failures WHERE {condition}"
            )));
            for value in values {
                query = query.bind(value);
            }
            let row = query.bind(&since).fetch_one(&mut *transaction).await?;
            let failures: i64 = row.try_get("n")?;
            let latest: Option<String> = row.try_get("latest")?;
            let (Some(delay), Some(latest)) = (throttle.delay(failures, free), latest) else {
                continue;
            };
            let latest: Timestamp = latest
                .parse()
                .map_err(|_| StoreError::Corrupt(format!("login failure at `{latest}`")))?;
            let until = latest + delay;
            if until > now && wait_until.is_none_or(|current| until > current) {
                wait_until = Some(until);
            }
        }
        if let Some(until) = wait_until {
            transaction.commit().await?;
            return Ok(LoginAttempt::Wait { until });
        }
        let id: i64 = sqlx::query(
            "INSERT INTO login_failures (login, address, at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(login)
        .bind(network)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        transaction.commit().await?;
        Ok(LoginAttempt::Granted { id })
    }

    /// The password was right: the account's failures from this network are forgotten (the
    /// reservation among them), and failures older than the window of `throttle` too.
    pub async fn login_succeeded(
        &self,
        login: &str,
        network: &str,
        now: Timestamp,
        throttle: &LoginThrottle,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_failures WHERE (login = $1 AND address = $2) OR at < $3")
            .bind(login)
            .bind(network)
            .bind(stamp(now - throttle.window))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Deletes failures older than the window of `throttle` (they no longer count); returns how
    /// many. Run hourly by `serve`, so that failed logins alone cannot grow the table.
    pub async fn purge_login_failures(
        &self,
        now: Timestamp,
        throttle: &LoginThrottle,
    ) -> Result<u64, StoreError> {
        let result = sqlx::query("DELETE FROM login_failures WHERE at < $1")
            .bind(stamp(now - throttle.window))
            .execute(&self.pool)
            .await?;
        Ok(result.rows_affected())
    }

    /// Failed logins within `since`… for the account from the network, for the network, and for
    /// the account (for tests and reports).
    pub async fn login_failures_since(
        &self,
        login: &str,
        network: &str,
        since: Timestamp,
    ) -> Result<(i64, i64, i64), StoreError> {
        let since = stamp(since);
        let mut counts = [0i64; 3];
        for (slot, (condition, values)) in [
            (
                "login = $1 AND address = $2 AND at >= $3",
                vec![login, network],
            ),
            ("address = $1 AND at >= $2", vec![network]),
            ("login = $1 AND at >= $2", vec![login]),
        ]
        .into_iter()
        .enumerate()
        {
            // Audited: `condition` is one of the fixed texts above.
            let mut query = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT COUNT(*) AS n FROM login_failures WHERE {condition}"
            )));
            for value in values {
                query = query.bind(value);
            }
            counts[slot] = query
                .bind(&since)
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?;
        }
        Ok((counts[0], counts[1], counts[2]))
    }

    // --- API tokens -----------------------------------------------------------------------

    pub async fn create_token(
        &self,
        created_by: &User,
        token: &NewToken<'_>,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let NewToken {
            name,
            token_hash,
            role,
            field,
            institution,
            expires,
        } = *token;
        let mut transaction = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO api_tokens (created_by, name, token_hash, role, field_slug, institution_code, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(created_by.id)
        .bind(name)
        .bind(token_hash)
        .bind(role.as_str())
        .bind(field)
        .bind(institution)
        .bind(stamp(now))
        .bind(stamp(expires))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: format!("user:{}", created_by.login),
                action: "token.create".into(),
                entity_type: "token".into(),
                entity_id: id.to_string(),
                field: Some("role".into()),
                old_value: None,
                new_value: Some(format!(
                    "{}{}",
                    role.as_str(),
                    field
                        .or(institution)
                        .map(|scope| format!(" ({scope})"))
                        .unwrap_or_default()
                )),
                detail: Some(format!("{name}; expires {}", stamp(expires))),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(id)
    }

    pub async fn tokens(&self) -> Result<Vec<ApiToken>, StoreError> {
        let rows = sqlx::query(
            "SELECT t.id, t.name, t.role, t.field_slug, t.institution_code, u.login, t.created_at, t.revoked_at, t.last_used_at, t.expires_at
             FROM api_tokens t JOIN users u ON u.id = t.created_by ORDER BY t.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ApiToken {
                    id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    role: role_of(&row.try_get::<String, _>("role")?)?,
                    field: row.try_get("field_slug")?,
                    institution: row.try_get("institution_code")?,
                    created_by: row.try_get("login")?,
                    created_at: row.try_get("created_at")?,
                    revoked_at: row.try_get("revoked_at")?,
                    last_used_at: row.try_get("last_used_at")?,
                    expires_at: row.try_get("expires_at")?,
                })
            })
            .collect()
    }

    /// The principal of a token that is unrevoked, unexpired, and whose creator is still an
    /// active administrator; notes its use.
    pub async fn token_principal(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<Principal>, StoreError> {
        let row = sqlx::query(
            "SELECT t.id, t.role, t.field_slug FROM api_tokens t JOIN users u ON u.id = t.created_by
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > $2
               AND u.active = 1 AND u.role = $3",
        )
        .bind(token_hash)
        .bind(stamp(now))
        .bind(Role::Administrator.as_str())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(stamp(now))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(Some(Principal {
            user_id: 0,
            login: format!("token-{id}"),
            role: role_of(&row.try_get::<String, _>("role")?)?,
            field: row.try_get("field_slug")?,
            actor: format!("token:{id}"),
        }))
    }

    /// The institution token `id` acts for, if it names one.
    pub async fn token_institution(&self, id: i64) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT institution_code FROM api_tokens WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row
            .map(|row| row.try_get::<Option<String>, _>("institution_code"))
            .transpose()?
            .flatten())
    }

    pub async fn revoke_token(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let result = sqlx::query(
            "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
        )
        .bind(stamp(now))
        .bind(id)
        .execute(&mut *transaction)
        .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "token.revoke".into(),
                entity_type: "token".into(),
                entity_id: id.to_string(),
                field: None,
                old_value: None,
                new_value: None,
                detail: None,
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }
}
