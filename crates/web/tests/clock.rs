//! Time-dependent sign-in rules through the real router with a settable clock, on SQLite and
//! PostgreSQL: sessions end when idle and at their absolute end, API tokens at their expiry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use jiff::{SignedDuration, Timestamp};
use teilhabe_domain::access::Role;
use teilhabe_store::{DatabaseUrl, NewToken, NewUser, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase};
use teilhabe_web::i18n::Locales;
use teilhabe_web::{AppState, Security, auth};
use tower::ServiceExt;

const MINUTE: i64 = 60;

async fn status(app: &axum::Router, request: Request<Body>) -> StatusCode {
    app.clone().oneshot(request).await.unwrap().status()
}

fn with_cookie(token: &str) -> Request<Body> {
    Request::get("/konto")
        .header(header::COOKIE, format!("{}={token}", auth::SESSION_COOKIE))
        .body(Body::empty())
        .unwrap()
}

fn with_bearer(token: &str) -> Request<Body> {
    Request::get("/konto")
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn sessions_and_tokens_end_on_the_servers_clock() {
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
        let state = AppState::new(store.clone(), Locales::embedded().unwrap(), None)
            .with_security(Security {
                session_idle: SignedDuration::from_mins(30),
                session_lifetime: SignedDuration::from_hours(2),
                ..Security::default()
            })
            .with_clock(now);
        let app = teilhabe_web::router(state);
        let admin = store
            .create_user(
                &NewUser {
                    login: "admin".into(),
                    display_name: "Admin".into(),
                    password_hash: auth::hash_password("egal egal egal").unwrap(),
                    role: Role::Administrator,
                    field: None,
                },
                "test",
                at(start),
            )
            .await
            .unwrap();
        store
            .create_session(
                admin.id,
                &auth::hash_token("cookie-token"),
                "csrf",
                at(start),
                at(start + 2 * 3600),
            )
            .await
            .unwrap();
        store
            .create_token(
                &admin,
                &NewToken {
                    name: "script",
                    token_hash: &auth::hash_token("thb_token"),
                    role: Role::Viewer,
                    field: None,
                    institution: None,
                    expires: at(start + 90 * 24 * 3600),
                },
                at(start),
            )
            .await
            .unwrap();

        // Used every 25 minutes, the session lives on…
        for step in 1..=4 {
            clock.store(start + step * 25 * MINUTE, Ordering::SeqCst);
            assert_eq!(
                status(&app, with_cookie("cookie-token")).await,
                StatusCode::OK,
                "{backend:?}: step {step}"
            );
        }
        // …until its absolute end (2 hours), however busy.
        clock.store(start + 2 * 3600, Ordering::SeqCst);
        assert_eq!(
            status(&app, with_cookie("cookie-token")).await,
            StatusCode::SEE_OTHER,
            "{backend:?}: absolute end"
        );
        // A second session, left alone for 31 minutes, ends as idle.
        store
            .create_session(
                admin.id,
                &auth::hash_token("idle-token"),
                "csrf",
                at(start + 2 * 3600),
                at(start + 4 * 3600),
            )
            .await
            .unwrap();
        clock.store(start + 2 * 3600 + 31 * MINUTE, Ordering::SeqCst);
        assert_eq!(
            status(&app, with_cookie("idle-token")).await,
            StatusCode::SEE_OTHER,
            "{backend:?}: idle"
        );

        // The token works until its expiry, not a second longer.
        clock.store(start + 90 * 24 * 3600 - 1, Ordering::SeqCst);
        assert_eq!(status(&app, with_bearer("thb_token")).await, StatusCode::OK);
        clock.store(start + 90 * 24 * 3600, Ordering::SeqCst);
        assert_eq!(
            status(&app, with_bearer("thb_token")).await,
            StatusCode::SEE_OTHER,
            "{backend:?}: expired token"
        );
        store.close().await;
    }
}
