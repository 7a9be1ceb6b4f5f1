//! Users, sessions, tokens and login throttling.

use jiff::SignedDuration;
use teilhabe_domain::access::Role;
use teilhabe_store::{LoginAttempt, LoginThrottle, NewToken, NewUser, StoreError, UserChange};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

/// An idle timeout long enough not to matter where a test is not about it.
const IDLE: SignedDuration = SignedDuration::from_hours(1);

fn anna() -> NewUser {
    NewUser {
        login: "anna".into(),
        display_name: "Anna Beispiel".into(),
        password_hash: "$argon2id$x".into(),
        role: Role::Editor,
        field: Some("sport".into()),
    }
}

#[tokio::test]
async fn sessions_live_until_they_expire_or_the_account_changes() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let user = store.create_user(&anna(), "cli", at(1)).await.unwrap();
        assert!(matches!(
            store.create_user(&anna(), "cli", at(1)).await,
            Err(StoreError::Duplicate(_))
        ));

        store
            .create_session(user.id, "h1", "csrf1", at(10), at(100))
            .await
            .unwrap();
        store
            .create_session(user.id, "h2", "csrf2", at(10), at(100))
            .await
            .unwrap();
        let session = store
            .session("h1", at(50), IDLE)
            .await
            .unwrap()
            .expect("live");
        assert_eq!(
            (session.principal.role, session.principal.field.as_deref()),
            (Role::Editor, Some("sport"))
        );
        assert_eq!(session.csrf_token, "csrf1");
        assert!(
            store.session("h1", at(100), IDLE).await.unwrap().is_none(),
            "{backend:?}: expired"
        );

        store.delete_session("h1").await.unwrap();
        assert!(store.session("h1", at(50), IDLE).await.unwrap().is_none());
        assert!(store.session("h2", at(50), IDLE).await.unwrap().is_some());
        // A role change logs the account out everywhere.
        store
            .update_user(
                user.id,
                &teilhabe_store::UserChange {
                    display_name: "Anna Beispiel".into(),
                    role: Role::Viewer,
                    field: None,
                    active: true,
                },
                "user:admin",
                at(60),
            )
            .await
            .unwrap();
        assert!(
            store.session("h2", at(61), IDLE).await.unwrap().is_none(),
            "{backend:?}"
        );
        store.close().await;
    }
}

#[tokio::test]
async fn tokens_are_scoped_and_revocable() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let admin = store
            .create_user(
                &NewUser {
                    role: Role::Administrator,
                    field: None,
                    login: "admin".into(),
                    ..anna()
                },
                "cli",
                at(1),
            )
            .await
            .unwrap();
        let id = store
            .create_token(
                &admin,
                &NewToken {
                    name: "Import-Skript",
                    token_hash: "hash-t",
                    role: Role::Statistician,
                    field: None,
                    institution: None,
                    expires: at(1000),
                },
                at(2),
            )
            .await
            .unwrap();
        let principal = store
            .token_principal("hash-t", at(3))
            .await
            .unwrap()
            .expect("valid");
        assert_eq!(
            (principal.role, principal.actor.clone()),
            (Role::Statistician, format!("token:{id}"))
        );
        assert!(
            store
                .token_principal("other", at(3))
                .await
                .unwrap()
                .is_none()
        );
        store.revoke_token(id, "user:admin", at(4)).await.unwrap();
        assert!(
            store
                .token_principal("hash-t", at(5))
                .await
                .unwrap()
                .is_none(),
            "{backend:?}"
        );
        assert!(matches!(
            store.revoke_token(id, "user:admin", at(6)).await,
            Err(StoreError::NotFound)
        ));
        let tokens = store.tokens().await.unwrap();
        assert_eq!(
            tokens[0].last_used_at.as_deref(),
            Some("1970-01-01T00:00:03Z")
        );
        store.close().await;
    }
}

#[tokio::test]
async fn sessions_end_when_idle_and_ended_ones_are_purged() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let user = store.create_user(&anna(), "cli", at(1)).await.unwrap();
        let idle = SignedDuration::from_mins(30);
        let minute = 60;
        store
            .create_session(user.id, "busy", "c1", at(0), at(12 * 3600))
            .await
            .unwrap();
        store
            .create_session(user.id, "idle", "c2", at(0), at(12 * 3600))
            .await
            .unwrap();
        // "busy" is used every 20 minutes and lives on; "idle" is not and ends after 30.
        for step in 1..=5 {
            assert!(
                store
                    .session("busy", at(step * 20 * minute), idle)
                    .await
                    .unwrap()
                    .is_some(),
                "{backend:?}: step {step}"
            );
        }
        assert!(
            store
                .session("idle", at(31 * minute), idle)
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: idle session ended"
        );
        // The absolute lifetime holds however busy the session is.
        for step in 6..=36 {
            let _ = store.session("busy", at(step * 20 * minute), idle).await;
        }
        assert!(
            store
                .session("busy", at(12 * 3600), idle)
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: absolute end"
        );
        store
            .create_session(user.id, "fresh", "c3", at(12 * 3600), at(24 * 3600))
            .await
            .unwrap();
        assert_eq!(
            store.purge_sessions(at(12 * 3600), idle).await.unwrap(),
            2,
            "{backend:?}: both ended sessions deleted, the fresh one kept"
        );
        assert!(
            store
                .session("fresh", at(12 * 3600 + 1), idle)
                .await
                .unwrap()
                .is_some()
        );
        store.close().await;
    }
}

async fn administrator(store: &teilhabe_store::Store, login: &str) -> teilhabe_store::User {
    store
        .create_user(
            &NewUser {
                role: Role::Administrator,
                field: None,
                login: login.into(),
                ..anna()
            },
            "cli",
            at(1),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn tokens_expire_and_die_with_their_creators_account() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let admin = administrator(&store, "admin").await;
        let other = administrator(&store, "other").await;
        let day = 24 * 3600;
        for (hash, creator) in [("short", &admin), ("locked", &admin), ("demoted", &other)] {
            let expires = if hash == "short" {
                at(2 * day)
            } else {
                at(90 * day)
            };
            store
                .create_token(
                    creator,
                    &NewToken {
                        name: hash,
                        token_hash: hash,
                        role: Role::Administrator,
                        field: None,
                        institution: None,
                        expires,
                    },
                    at(10),
                )
                .await
                .unwrap();
        }
        // Expiry: valid just before, dead from then on.
        assert!(
            store
                .token_principal("short", at(2 * day - 1))
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .token_principal("short", at(2 * day))
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: expired"
        );
        let tokens = store.tokens().await.unwrap();
        assert_eq!(tokens[0].expires_at, "1970-01-03T00:00:00Z");

        // The creator is locked: the token dies, and stays dead when the account is unlocked.
        assert!(
            store
                .token_principal("locked", at(20))
                .await
                .unwrap()
                .is_some()
        );
        let change = |role: Role, active: bool| UserChange {
            display_name: "Anna Beispiel".into(),
            role,
            field: None,
            active,
        };
        store
            .update_user(
                admin.id,
                &change(Role::Administrator, false),
                "user:other",
                at(30),
            )
            .await
            .unwrap();
        assert!(
            store
                .token_principal("locked", at(31))
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: creator locked"
        );
        store
            .update_user(
                admin.id,
                &change(Role::Administrator, true),
                "user:other",
                at(32),
            )
            .await
            .unwrap();
        assert!(
            store
                .token_principal("locked", at(33))
                .await
                .unwrap()
                .is_none()
        );

        // The creator becomes a viewer: the token dies with the role.
        assert!(
            store
                .token_principal("demoted", at(33))
                .await
                .unwrap()
                .is_some()
        );
        store
            .update_user(other.id, &change(Role::Viewer, true), "user:admin", at(40))
            .await
            .unwrap();
        assert!(
            store
                .token_principal("demoted", at(41))
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: creator demoted"
        );
        let revoked: Vec<bool> = store
            .tokens()
            .await
            .unwrap()
            .iter()
            .map(|t| t.revoked_at.is_some())
            .collect();
        assert_eq!(revoked, vec![true, true, true], "{backend:?}");
        store.close().await;
    }
}

#[tokio::test]
async fn login_budgets_delay_per_account_and_network() {
    let throttle = LoginThrottle::default();
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let granted = |attempt: LoginAttempt| matches!(attempt, LoginAttempt::Granted { .. });
        // Five failures of anna from one network are free…
        for second in 0..5 {
            let attempt = store
                .reserve_login_attempt("anna", "10.0.0.1", at(100 + second), &throttle)
                .await
                .unwrap();
            assert!(granted(attempt), "{backend:?}: attempt {second}");
        }
        // …then the sixth waits 30 s after the last failure, the seventh 60 s, and so on.
        assert_eq!(
            store
                .reserve_login_attempt("anna", "10.0.0.1", at(110), &throttle)
                .await
                .unwrap(),
            LoginAttempt::Wait { until: at(134) },
            "{backend:?}"
        );
        assert!(granted(
            store
                .reserve_login_attempt("anna", "10.0.0.1", at(134), &throttle)
                .await
                .unwrap()
        ));
        assert_eq!(
            store
                .reserve_login_attempt("anna", "10.0.0.1", at(150), &throttle)
                .await
                .unwrap(),
            LoginAttempt::Wait { until: at(194) }
        );
        // Anna from another network, and ben from this one, are not slowed down.
        assert!(granted(
            store
                .reserve_login_attempt("anna", "192.0.2.7", at(150), &throttle)
                .await
                .unwrap()
        ));
        assert!(granted(
            store
                .reserve_login_attempt("ben", "10.0.0.1", at(150), &throttle)
                .await
                .unwrap()
        ));
        assert_eq!(
            store
                .login_failures_since("anna", "10.0.0.1", at(0))
                .await
                .unwrap(),
            (6, 7, 7),
            "{backend:?}"
        );
        // A success forgets anna's failures from that network only.
        store
            .login_succeeded("anna", "10.0.0.1", at(200), &throttle)
            .await
            .unwrap();
        assert_eq!(
            store
                .login_failures_since("anna", "10.0.0.1", at(0))
                .await
                .unwrap(),
            (0, 1, 1)
        );
        // Twenty failures from one network slow every login from it down.
        for n in 0..19 {
            store
                .reserve_login_attempt(&format!("x{n}"), "10.0.0.9", at(300), &throttle)
                .await
                .unwrap();
        }
        assert!(granted(
            store
                .reserve_login_attempt("y", "10.0.0.9", at(300), &throttle)
                .await
                .unwrap()
        ));
        assert_eq!(
            store
                .reserve_login_attempt("z", "10.0.0.9", at(301), &throttle)
                .await
                .unwrap(),
            LoginAttempt::Wait { until: at(330) }
        );
        // Failures older than the window no longer count, and are purged.
        assert_eq!(
            store
                .purge_login_failures(at(300 + 3601), &throttle)
                .await
                .unwrap(),
            22,
            "{backend:?}: the network's 20, ben's and anna's from elsewhere"
        );
        assert!(granted(
            store
                .reserve_login_attempt("z", "10.0.0.9", at(300 + 3601), &throttle)
                .await
                .unwrap()
        ));
        store.close().await;
    }
}

#[tokio::test]
async fn parallel_attempts_cannot_pass_the_budget() {
    let throttle = LoginThrottle::default();
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let attempts = (0..40).map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                store
                    .reserve_login_attempt("anna", "10.0.0.1", at(100), &throttle)
                    .await
                    .unwrap()
            })
        });
        let mut granted = 0;
        for attempt in attempts.collect::<Vec<_>>() {
            if matches!(attempt.await.unwrap(), LoginAttempt::Granted { .. }) {
                granted += 1;
            }
        }
        assert_eq!(granted, throttle.free_per_pair, "{backend:?}");
        store.close().await;
    }
}

#[test]
fn delays_double_up_to_the_cap() {
    let throttle = LoginThrottle::default();
    assert_eq!(throttle.delay(4, 5), None);
    assert_eq!(throttle.delay(5, 5), Some(SignedDuration::from_secs(30)));
    assert_eq!(throttle.delay(6, 5), Some(SignedDuration::from_secs(60)));
    assert_eq!(throttle.delay(10, 5), Some(SignedDuration::from_mins(15)));
    assert_eq!(
        throttle.delay(1_000_000, 5),
        Some(SignedDuration::from_mins(15))
    );
}

#[tokio::test]
async fn tokens_made_before_expiry_existed_expire_90_days_after_creation() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let url = teilhabe_store::DatabaseUrl::parse(&database.url).unwrap();
        // The schema as it was before migration 0210, with one token in it.
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(url.connection_string())
            .await
            .unwrap();
        let folder = match backend {
            teilhabe_testkit::Backend::Sqlite => "sqlite",
            teilhabe_testkit::Backend::Postgres => "postgres",
        };
        let mut migrator = sqlx::migrate::Migrator::new(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("migrations")
                .join(folder),
        )
        .await
        .unwrap();
        migrator.migrations = std::borrow::Cow::Owned(
            migrator
                .migrations
                .iter()
                .filter(|migration| migration.version < 210)
                .cloned()
                .collect(),
        );
        migrator.run(&pool).await.unwrap();
        sqlx::query("INSERT INTO users (login, display_name, password_hash, role, active, created_at) VALUES ('admin', 'Admin', 'x', 'administrator', 1, '2026-01-01T00:00:00Z')")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO api_tokens (created_by, name, token_hash, role, created_at) SELECT id, 'old', 'old-hash', 'viewer', '2026-01-10T08:30:00Z' FROM users")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) SELECT 's', id, 'c', '2026-01-10T08:00:00Z', '2026-01-10T20:00:00Z' FROM users")
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;

        let store = open(&database).await;
        let tokens = store.tokens().await.unwrap();
        assert_eq!(tokens[0].expires_at, "2026-04-10T08:30:00Z", "{backend:?}");
        let day = |text: &str| text.parse::<jiff::Timestamp>().unwrap();
        assert!(
            store
                .token_principal("old-hash", day("2026-04-10T08:29:59Z"))
                .await
                .unwrap()
                .is_some()
        );
        assert!(
            store
                .token_principal("old-hash", day("2026-04-10T08:30:00Z"))
                .await
                .unwrap()
                .is_none()
        );
        // A session of before counts as last used at its start.
        assert!(
            store
                .session("s", day("2026-01-10T08:59:00Z"), IDLE)
                .await
                .unwrap()
                .is_some(),
            "{backend:?}"
        );
        store.close().await;
    }
}

#[tokio::test]
async fn an_email_address_is_set_changed_removed_and_audited() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let user = store.create_user(&anna(), "cli", at(1)).await.unwrap();
        assert_eq!(user.email, None);

        let set = store
            .set_user_email(user.id, Some("anna@bielefeld.de"), "user:admin", at(2))
            .await
            .unwrap();
        assert_eq!(set.email.as_deref(), Some("anna@bielefeld.de"));
        // Unchanged: nothing written, so nothing audited.
        store
            .set_user_email(user.id, Some("anna@bielefeld.de"), "user:admin", at(3))
            .await
            .unwrap();
        let removed = store
            .set_user_email(user.id, None, "user:anna", at(4))
            .await
            .unwrap();
        assert_eq!(removed.email, None, "{backend:?}");
        assert_eq!(
            store.user_by_login("anna").await.unwrap().unwrap().email,
            None
        );

        let changes: Vec<(Option<String>, Option<String>, String)> = store
            .audit_log(&teilhabe_store::AuditFilter {
                entity_type: Some("user".into()),
                entity_id: Some("anna".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .into_iter()
            .filter(|record| record.entry.field.as_deref() == Some("email"))
            .map(|record| {
                (
                    record.entry.old_value,
                    record.entry.new_value,
                    record.entry.actor,
                )
            })
            .collect();
        let mut changes = changes;
        changes.sort_by(|a, b| a.2.cmp(&b.2));
        assert_eq!(
            changes,
            [
                (None, Some("anna@bielefeld.de".into()), "user:admin".into()),
                (Some("anna@bielefeld.de".into()), None, "user:anna".into()),
            ],
            "{backend:?}"
        );
        assert!(matches!(
            store.set_user_email(999, None, "cli", at(5)).await,
            Err(StoreError::NotFound)
        ));
    }
}
