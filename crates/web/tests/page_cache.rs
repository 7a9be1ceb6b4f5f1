//! Public pages are rendered once per content version and language and served from memory until
//! the data changes — through this instance, another instance on the same database or a command.
//! Signed-in pages never enter or leave the cache. Through the real router, on SQLite and
//! PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Duration;

use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use jiff::Timestamp;
use teilhabe_domain::access::Role;
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::measure::{Measure, MeasureContent};
use teilhabe_domain::text::Text;
use teilhabe_store::{DatabaseUrl, NewUser, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase, workspace_root};
use teilhabe_web::i18n::Locales;
use teilhabe_web::{AppState, PageCacheSettings, PageCacheStats, auth};
use tower::ServiceExt;

const FIELD_PAGE: &str = "/handlungsfelder/sprachmittlung";

fn at(second: i64) -> Timestamp {
    Timestamp::from_second(second).unwrap()
}

async fn bielefeld(database: &TestDatabase) -> Store {
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let path = workspace_root().join("data/concept/bielefeld.toml");
    let concept = parse_concept(&std::fs::read_to_string(path).unwrap()).unwrap();
    store.save_concept(&concept, "test", at(1)).await.unwrap();
    let settings = teilhabe_domain::city::CitySettings::parse(
        &std::fs::read_to_string(workspace_root().join("data/city/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    store.save_city_settings(&settings, at(1)).await.unwrap();
    store
}

async fn published(store: &Store, title: &str) -> Measure {
    let mut content = MeasureContent::new(
        Text::german(title),
        "sprachmittlung".into(),
        vec!["sprachmittlung-1".into()],
    );
    content.published = true;
    store
        .create_measure("bielefeld", &content, false, "test", at(2))
        .await
        .unwrap()
}

/// An instance that trusts a content version for `revalidate`.
fn instance(store: &Store, revalidate: Duration) -> (axum::Router, AppState) {
    let state = AppState::new(store.clone(), Locales::embedded().unwrap(), None).with_page_cache(
        PageCacheSettings {
            revalidate,
            ..PageCacheSettings::default()
        },
    );
    (teilhabe_web::router(state.clone()), state)
}

async fn get(
    app: &axum::Router,
    path: &str,
    headers: &[(&str, &str)],
) -> (StatusCode, HeaderMap, String) {
    let mut request = Request::get(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

fn stats(state: &AppState) -> PageCacheStats {
    state.page_cache().stats()
}

#[tokio::test]
async fn a_public_page_is_rendered_once_and_served_alike_until_an_edit() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let measure = published(&store, "Sprachcafé Sieker").await;
        // Trusts a version for an hour: only its own writes can make it read again.
        let (app, state) = instance(&store, Duration::from_secs(3600));

        let (status, first_headers, first) = get(&app, FIELD_PAGE, &[]).await;
        assert_eq!(status, StatusCode::OK, "{backend:?}");
        assert!(first.contains("Sprachcafé Sieker"), "{backend:?}");
        assert_eq!(
            stats(&state),
            PageCacheStats { hits: 0, stored: 1 },
            "{backend:?}"
        );

        let (status, headers, second) = get(&app, FIELD_PAGE, &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(second, first, "{backend:?}: the same bytes");
        for name in [
            header::ETAG,
            header::CACHE_CONTROL,
            header::CONTENT_TYPE,
            header::VARY,
        ] {
            assert_eq!(
                headers.get(&name),
                first_headers.get(&name),
                "{backend:?}: {name}"
            );
        }
        assert_eq!(
            stats(&state),
            PageCacheStats { hits: 1, stored: 1 },
            "{backend:?}: not rendered again"
        );

        // A client holding the page gets a 304 from memory, as from the page itself.
        let etag = first_headers
            .get(header::ETAG)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let (status, headers, body) = get(&app, FIELD_PAGE, &[("if-none-match", &etag)]).await;
        assert_eq!(status, StatusCode::NOT_MODIFIED, "{backend:?}");
        assert!(body.is_empty());
        assert_eq!(headers.get(header::ETAG).unwrap().to_str().unwrap(), etag);
        assert_eq!(
            headers.get(header::CACHE_CONTROL),
            first_headers.get(header::CACHE_CONTROL)
        );
        assert_eq!(stats(&state).hits, 2, "{backend:?}");

        // An administrator deletes the measure through this instance: the next public request
        // shows the page without it.
        let admin = store
            .create_user(
                &NewUser {
                    login: "admin".into(),
                    display_name: "Admin".into(),
                    password_hash: "$argon2id$x".into(),
                    role: Role::Administrator,
                    field: None,
                },
                "test",
                at(3),
            )
            .await
            .unwrap();
        store
            .create_session(
                admin.id,
                &auth::hash_token("cookie"),
                "csrf",
                Timestamp::now(),
                Timestamp::now() + jiff::SignedDuration::from_hours(1),
            )
            .await
            .unwrap();
        let cookie = format!("{}=cookie", auth::SESSION_COOKIE);
        let response = app
            .clone()
            .oneshot(
                Request::post(format!("/massnahmen/{}/loeschen", measure.id))
                    .header(header::COOKIE, &cookie)
                    .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                    .body(Body::from(format!("csrf=csrf&version={}", measure.version)))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "{backend:?}: deleted"
        );
        let (status, _, after) = get(&app, FIELD_PAGE, &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            !after.contains("Sprachcafé Sieker"),
            "{backend:?}: the edit shows at once"
        );
        assert_eq!(stats(&state).stored, 2, "{backend:?}: rendered anew");
        store.close().await;
    }
}

#[tokio::test]
async fn another_instance_sees_a_change_made_elsewhere() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        published(&store, "Sprachcafé Sieker").await;
        // A second server on the same database that asks for the version on every request.
        let other = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
            .await
            .unwrap();
        let (app, state) = instance(&other, Duration::ZERO);
        let (_, _, before) = get(&app, FIELD_PAGE, &[]).await;
        assert!(!before.contains("Dolmetschpool"), "{backend:?}");
        get(&app, FIELD_PAGE, &[]).await;
        assert_eq!(
            stats(&state),
            PageCacheStats { hits: 1, stored: 1 },
            "{backend:?}"
        );

        // The first instance (or `teilhabe measures import`) adds a measure.
        published(&store, "Dolmetschpool").await;
        let (_, _, after) = get(&app, FIELD_PAGE, &[]).await;
        assert!(
            after.contains("Dolmetschpool"),
            "{backend:?}: the other instance's change"
        );
        assert_eq!(stats(&state).stored, 2, "{backend:?}");
        other.close().await;
        store.close().await;
    }
}

#[tokio::test]
async fn signed_in_pages_are_never_kept_and_languages_do_not_mix() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let mut draft = MeasureContent::new(
            Text::german("Unveröffentlichter Entwurf"),
            "sprachmittlung".into(),
            vec!["sprachmittlung-1".into()],
        );
        draft.published = false;
        store
            .create_measure("bielefeld", &draft, false, "test", at(2))
            .await
            .unwrap();
        let admin = store
            .create_user(
                &NewUser {
                    login: "admin".into(),
                    display_name: "Admin".into(),
                    password_hash: "$argon2id$x".into(),
                    role: Role::Administrator,
                    field: None,
                },
                "test",
                at(3),
            )
            .await
            .unwrap();
        store
            .create_session(
                admin.id,
                &auth::hash_token("cookie"),
                "csrf",
                Timestamp::now(),
                Timestamp::now() + jiff::SignedDuration::from_hours(1),
            )
            .await
            .unwrap();
        let (app, state) = instance(&store, Duration::from_secs(3600));
        let cookie = format!("lang=de; {}=cookie", auth::SESSION_COOKIE);

        // Signed in first: the draft shows, nothing is kept.
        for _ in 0..2 {
            let (status, _, internal) = get(&app, FIELD_PAGE, &[("cookie", &cookie)]).await;
            assert_eq!(status, StatusCode::OK);
            assert!(
                internal.contains("Unveröffentlichter Entwurf"),
                "{backend:?}"
            );
        }
        assert_eq!(stats(&state), PageCacheStats::default(), "{backend:?}");
        // The public never gets the signed-in bytes…
        let (_, _, public) = get(&app, FIELD_PAGE, &[]).await;
        assert!(
            !public.contains("Unveröffentlichter Entwurf"),
            "{backend:?}"
        );
        assert_eq!(stats(&state).stored, 1);
        // …nor does a signed-in visitor get the public page from memory.
        let (_, _, internal) = get(&app, FIELD_PAGE, &[("cookie", &cookie)]).await;
        assert!(
            internal.contains("Unveröffentlichter Entwurf"),
            "{backend:?}"
        );
        assert_eq!(
            stats(&state),
            PageCacheStats { hits: 0, stored: 1 },
            "{backend:?}"
        );

        // English (remembered in the language cookie) is kept apart from German.
        let (_, headers, english) = get(&app, "/", &[("cookie", "lang=en")]).await;
        let (_, _, german) = get(&app, "/", &[]).await;
        assert_eq!(headers.get(header::CONTENT_LANGUAGE).unwrap(), "en");
        assert_ne!(english, german, "{backend:?}");
        let (_, headers, english_again) = get(&app, "/", &[("cookie", "lang=en")]).await;
        let (_, german_headers, german_again) = get(&app, "/", &[]).await;
        assert_eq!(english_again, english, "{backend:?}");
        assert_eq!(german_again, german, "{backend:?}");
        assert_eq!(headers.get(header::CONTENT_LANGUAGE).unwrap(), "en");
        assert_eq!(german_headers.get(header::CONTENT_LANGUAGE).unwrap(), "de");
        assert_eq!(
            stats(&state),
            PageCacheStats { hits: 2, stored: 3 },
            "{backend:?}"
        );
        store.close().await;
    }
}

/// The static export pins the state it renders from: the concept, the data version and the
/// public's measures are then read once and trusted; a state that is not pinned (every server)
/// sees a change at once.
#[tokio::test]
async fn a_pinned_state_keeps_what_it_read_and_an_unpinned_one_sees_changes() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let (_, live) = instance(&store, Duration::ZERO);
        let (pinned_app, pinned) = instance(&store, Duration::ZERO);
        pinned.pin_content();
        assert!(pinned.content_pinned() && !live.content_pinned());
        let first = pinned.concept().await.unwrap().unwrap().version;
        assert_eq!(live.concept().await.unwrap().unwrap().version, first);
        let (_, _, before) = get(&pinned_app, FIELD_PAGE, &[]).await;

        let path = workspace_root().join("data/concept/bielefeld.toml");
        let mut concept = parse_concept(&std::fs::read_to_string(path).unwrap()).unwrap();
        concept.source = Some("geändert".into());
        store.save_concept(&concept, "test", at(3)).await.unwrap();
        published(&store, "Neue Maßnahme nach dem Festhalten").await;

        assert_eq!(pinned.concept().await.unwrap().unwrap().version, first);
        assert!(
            live.concept().await.unwrap().unwrap().version > first,
            "{backend:?}"
        );
        let (_, _, after) = get(&pinned_app, FIELD_PAGE, &[]).await;
        assert_eq!(
            after, before,
            "{backend:?}: the pinned state renders what it read"
        );
        assert!(!after.contains("Neue Maßnahme nach dem Festhalten"));
        database.destroy().await;
    }
}
