//! An import draft expires on the server's clock: its page then says so (410), instead of the
//! form, on SQLite and PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use jiff::Timestamp;
use teilhabe_app::monitoring::mapping_drafts::DRAFT_LIFETIME;
use teilhabe_domain::access::Role;
use teilhabe_domain::concept::parse_concept;
use teilhabe_store::{DatabaseUrl, NewDraft, NewUser, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase, workspace_root};
use teilhabe_web::i18n::Locales;
use teilhabe_web::{AppState, auth};
use tower::ServiceExt;

async fn page(app: &axum::Router, path: &str, token: &str) -> (StatusCode, String) {
    let request = Request::get(path)
        .header(header::COOKIE, format!("{}={token}", auth::SESSION_COOKIE))
        .body(Body::empty())
        .unwrap();
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let body = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn an_expired_draft_says_so() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
            .await
            .unwrap();
        let start = 1_800_000_000;
        let clock = Arc::new(AtomicI64::new(start));
        let now = {
            let clock = clock.clone();
            move || Timestamp::from_second(clock.load(Ordering::SeqCst)).unwrap()
        };
        let at = |second: i64| Timestamp::from_second(second).unwrap();
        let source =
            std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
        store
            .save_concept(&parse_concept(&source).unwrap(), "test", at(start))
            .await
            .unwrap();
        let app = teilhabe_web::router(
            AppState::new(store.clone(), Locales::embedded().unwrap(), None).with_clock(now),
        );
        let stella = store
            .create_user(
                &NewUser {
                    login: "stella".into(),
                    display_name: "Stella".into(),
                    password_hash: auth::hash_password("egal egal egal").unwrap(),
                    role: Role::Statistician,
                    field: None,
                },
                "test",
                at(start),
            )
            .await
            .unwrap();
        let id = store
            .create_import_draft(
                &NewDraft {
                    city: "bielefeld",
                    owner_user_id: stella.id,
                    file_name: "tabelle.csv",
                    bytes: b"Jahr;Wert\n2024;1\n",
                    expires_at: at(start) + DRAFT_LIFETIME,
                },
                at(start),
            )
            .await
            .unwrap();

        let end = start + DRAFT_LIFETIME.as_secs();
        clock.store(end, Ordering::SeqCst);
        // A fresh session at the new time: the draft, not the session, has run out.
        store
            .create_session(
                stella.id,
                &auth::hash_token("cookie"),
                "csrf",
                at(end),
                at(end + 3600),
            )
            .await
            .unwrap();
        let (status, html) = page(&app, &format!("/importe/entwuerfe/{id}"), "cookie").await;
        assert_eq!(status, StatusCode::GONE, "{backend:?}");
        assert!(html.contains("Entwurf abgelaufen"), "{html}");
        assert!(html.contains("erneut hoch"), "{html}");
        store.close().await;
    }
}
