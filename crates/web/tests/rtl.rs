//! Right-to-left languages: adding a translation file with `language-direction = rtl` turns the
//! whole layout around. Arabic is not shipped yet; a test file stands in for it.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{Request, StatusCode};
use teilhabe_domain::concept::parse_concept;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};
use teilhabe_web::AppState;
use teilhabe_web::i18n::Locales;
use tower::ServiceExt;

#[tokio::test]
async fn a_right_to_left_language_file_turns_the_page() {
    let german = std::fs::read_to_string(workspace_root().join("data/i18n/de.ftl")).unwrap();
    let english = std::fs::read_to_string(workspace_root().join("data/i18n/en.ftl")).unwrap();
    let arabic = "language-name = العربية\nlanguage-direction = rtl\nnav-home = الصفحة الرئيسية\n";
    let locales =
        Locales::from_sources(&[("de", &german), ("en", &english), ("ar", arabic)]).unwrap();

    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let source =
        std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
    store
        .save_concept(
            &parse_concept(&source).unwrap(),
            "test",
            jiff::Timestamp::now(),
        )
        .await
        .unwrap();
    let app = teilhabe_web::router(AppState::new(store, locales, None));

    let response = app
        .clone()
        .oneshot(Request::get("/?lang=ar").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let html = String::from_utf8(body.to_vec()).unwrap();
    assert!(
        html.contains("<html lang=\"ar\" dir=\"rtl\""),
        "{}",
        &html[..200]
    );
    assert!(
        html.contains("الصفحة الرئيسية"),
        "translated messages are used"
    );
    // Untranslated concept texts stay German and say so, for screen readers — and run left to
    // right inside the right-to-left page.
    assert!(
        html.contains("lang=\"de\" dir=\"ltr\">Integrationskonzept</h1>"),
        "the title is marked as German"
    );
    assert!(
        html.contains("lang=\"ar\" hreflang=\"ar\""),
        "the language switch offers Arabic"
    );
    // KERN's physical rules are turned round by a sheet that only right-to-left pages load.
    assert!(
        html.contains("href=\"/assets/rtl.css\""),
        "rtl.css is linked"
    );
    let german = app
        .oneshot(Request::get("/?lang=de").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let body = axum::body::to_bytes(german.into_body(), usize::MAX)
        .await
        .unwrap();
    assert!(
        !String::from_utf8(body.to_vec())
            .unwrap()
            .contains("/assets/rtl.css")
    );
}

#[test]
fn the_stylesheet_uses_logical_directions_only() {
    for sheet in ["app.css", "monitoring.css"] {
        let css = std::fs::read_to_string(workspace_root().join("crates/web/assets").join(sheet))
            .unwrap();
        assert_logical(sheet, &css);
    }
}

fn assert_logical(sheet: &str, css: &str) {
    // Unfloating (KERN's floated legends) has no direction.
    let css = css.replace("float: none", "");
    for physical in [
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "left:",
        "right:",
        "text-align: left",
        "float:",
    ] {
        assert!(
            !css.contains(physical),
            "{sheet} uses `{physical}`; use inline-start/inline-end so right-to-left pages mirror"
        );
    }
}
