//! Users, sessions, tokens and login throttling.

use teilhabe_domain::access::Role;
use teilhabe_store::{NewUser, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

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
        let session = store.session("h1", at(50)).await.unwrap().expect("live");
        assert_eq!(
            (session.principal.role, session.principal.field.as_deref()),
            (Role::Editor, Some("sport"))
        );
        assert_eq!(session.csrf_token, "csrf1");
        assert!(
            store.session("h1", at(100)).await.unwrap().is_none(),
            "{backend:?}: expired"
        );

        store.delete_session("h1").await.unwrap();
        assert!(store.session("h1", at(50)).await.unwrap().is_none());
        assert!(store.session("h2", at(50)).await.unwrap().is_some());
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
            store.session("h2", at(61)).await.unwrap().is_none(),
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
                "Import-Skript",
                "hash-t",
                Role::Statistician,
                None,
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
async fn login_failures_are_counted_per_account_and_address() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        for second in 0..3 {
            store
                .record_login_failure("anna", "10.0.0.1", at(100 + second))
                .await
                .unwrap();
        }
        store
            .record_login_failure("ben", "10.0.0.1", at(105))
            .await
            .unwrap();
        assert_eq!(
            store
                .login_failures_since("anna", "10.0.0.1", at(0))
                .await
                .unwrap(),
            (3, 4),
            "{backend:?}"
        );
        assert_eq!(
            store
                .login_failures_since("anna", "10.0.0.2", at(102))
                .await
                .unwrap(),
            (1, 0)
        );
        store.clear_login_failures("anna", at(0)).await.unwrap();
        assert_eq!(
            store
                .login_failures_since("anna", "10.0.0.1", at(0))
                .await
                .unwrap(),
            (0, 1)
        );
        store.close().await;
    }
}
