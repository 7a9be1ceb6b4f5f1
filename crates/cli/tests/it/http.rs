//! The web app over real HTTP: the real binary, on SQLite and on PostgreSQL.

use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_domain::concept::{Concept, parse_concept};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, TestServer, workspace_root};

use crate::TEILHABE;

fn bielefeld() -> Concept {
    let source =
        std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
    parse_concept(&source).unwrap()
}

async fn demo_server(backend: Backend) -> (TestDatabase, TestServer) {
    let database = TestDatabase::new(backend).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    (database, server)
}

async fn get(url: &str) -> reqwest::Response {
    reqwest::get(url)
        .await
        .unwrap_or_else(|error| panic!("GET {url}: {error}"))
}

async fn get_json(url: &str) -> (StatusCode, Value) {
    let response = get(url).await;
    let status = response.status();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "{url}: {content_type}"
    );
    (status, response.json().await.unwrap())
}

async fn get_html(client: &reqwest::Client, url: &str) -> (StatusCode, String) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status();
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("text/html"),
        "{url}: {content_type}"
    );
    (status, response.text().await.unwrap())
}

fn html_lang(html: &str) -> &str {
    let start = html.find("<html lang=\"").expect("<html lang=") + "<html lang=\"".len();
    &html[start..start + html[start..].find('"').unwrap()]
}

#[tokio::test(flavor = "multi_thread")]
async fn api_returns_the_concept_file_exactly() {
    let concept = bielefeld();
    for backend in BACKENDS {
        let (_database, server) = demo_server(backend).await;

        let (status, fields) = get_json(&server.url("/api/v1/fields")).await;
        assert_eq!(status, StatusCode::OK);
        let fields = fields["fields"].as_array().unwrap();
        assert_eq!(fields.len(), 11, "{backend:?}");
        let mut total = 0;
        for (field, expected) in fields.iter().zip(&concept.fields) {
            assert_eq!(field["slug"], expected.slug.as_str());
            assert_eq!(field["title"]["de"], expected.title.get("de"));
            assert_eq!(field["title"]["en"], expected.title.get("en"));
            assert_eq!(
                field["recommendation_count"],
                expected.recommendations.len()
            );

            let (status, detail) =
                get_json(&server.url(&format!("/api/v1/fields/{}", expected.slug))).await;
            assert_eq!(status, StatusCode::OK);
            let recommendations = detail["recommendations"].as_array().unwrap();
            assert_eq!(recommendations.len(), expected.recommendations.len());
            for (index, (got, want)) in recommendations
                .iter()
                .zip(&expected.recommendations)
                .enumerate()
            {
                assert_eq!(got["id"], want.id.as_str());
                assert_eq!(got["text"]["de"], want.text.get("de"), "{}", want.id);
                assert_eq!(got["text"]["en"], want.text.get("en"), "{}", want.id);
                assert_eq!(got["order"], index + 1);
                assert_eq!(got["tags"], serde_json::json!(want.tags));
                total += 1;
            }
        }
        assert_eq!(total, 34, "{backend:?}");

        let (_, all) = get_json(&server.url("/api/v1/recommendations")).await;
        assert_eq!(all["count"], 34);
        let (_, whole) = get_json(&server.url("/api/v1/concept")).await;
        assert_eq!(whole["city"]["slug"], "bielefeld");
        assert_eq!(
            whole["sections"].as_array().unwrap().len(),
            concept.sections.len()
        );
        let vision = whole["sections"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["kind"] == "vision")
            .unwrap();
        assert_eq!(vision["items"].as_array().unwrap().len(), 3);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn recommendation_search_and_filters() {
    let (_database, server) = demo_server(Backend::Sqlite).await;
    let (status, found) = get_json(&server.url("/api/v1/recommendations?q=gefl%C3%BCchtete")).await;
    assert_eq!(status, StatusCode::OK);
    let ids: Vec<&str> = found["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"kinder-jugendarbeit-3"), "{ids:?}");
    assert_eq!(found["count"], ids.len());
    for recommendation in found["recommendations"].as_array().unwrap() {
        let text = format!(
            "{} {}",
            recommendation["text"]["de"], recommendation["tags"]
        )
        .to_lowercase();
        assert!(
            text.contains("geflüchtete") || text.contains("refugees"),
            "{text}"
        );
    }

    let (_, tagged) =
        get_json(&server.url("/api/v1/recommendations?tag=gender-specific&field=sport")).await;
    assert_eq!(tagged["recommendations"][0]["id"], "sport-1");
    assert_eq!(tagged["count"], 1);

    let (status, error) = get_json(&server.url("/api/v1/recommendations?field=nowhere")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(error["error"]["code"], "not_found");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_answers_in_the_right_language() {
    let concept = bielefeld();
    for backend in BACKENDS {
        let (_database, server) = demo_server(backend).await;
        let client = reqwest::Client::new();
        let mut pages = vec![
            "/".to_owned(),
            "/handlungsfelder".to_owned(),
            "/suche".to_owned(),
            "/suche?q=Sport".to_owned(),
        ];
        pages.extend(
            concept
                .fields
                .iter()
                .map(|field| format!("/handlungsfelder/{}", field.slug)),
        );
        for page in &pages {
            let (status, html) = get_html(&client, &server.url(page)).await;
            assert_eq!(status, StatusCode::OK, "{backend:?} {page}");
            assert_eq!(html_lang(&html), "de", "{page}");
            assert!(
                html.contains("<main id=\"inhalt\""),
                "{page} has a main landmark"
            );
            assert!(html.contains("href=\"#inhalt\""), "{page} has a skip link");

            let english = if page.contains('?') {
                format!("{page}&lang=en")
            } else {
                format!("{page}?lang=en")
            };
            let (status, html) = get_html(&client, &server.url(&english)).await;
            assert_eq!(status, StatusCode::OK, "{english}");
            assert_eq!(html_lang(&html), "en", "{english}");
        }
        let (_, html) = get_html(&client, &server.url("/handlungsfelder/sport")).await;
        for recommendation in &concept.field("sport").unwrap().recommendations {
            assert!(
                html.contains(recommendation.text.get("de")),
                "{}",
                recommendation.id
            );
        }
        let (_, html) = get_html(&client, &server.url("/?lang=en")).await;
        for item in &concept
            .sections
            .iter()
            .find(|s| s.id == "leitbild" || s.kind == teilhabe_domain::concept::SectionKind::Vision)
            .unwrap()
            .items
        {
            assert!(html.contains(item.text.get("en")), "{}", item.id);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_language_choice_is_remembered() {
    let (_database, server) = demo_server(Backend::Sqlite).await;
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let response = client
        .get(server.url("/handlungsfelder?lang=en"))
        .send()
        .await
        .unwrap();
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert_eq!(response.headers()["content-language"], "en");

    let (_, html) = get_html(&client, &server.url("/")).await;
    assert_eq!(html_lang(&html), "en", "the cookie keeps English");
    assert!(html.contains("aria-current=\"true\">English</a>"));

    let (_, html) = get_html(&client, &server.url("/?lang=de")).await;
    assert_eq!(html_lang(&html), "de");
    let (_, html) = get_html(&client, &server.url("/suche")).await;
    assert_eq!(html_lang(&html), "de", "switching back is remembered too");

    // An unknown language falls back without an error.
    let (status, html) = get_html(&reqwest::Client::new(), &server.url("/?lang=xx")).await;
    assert_eq!((status, html_lang(&html)), (StatusCode::OK, "de"));
}

#[tokio::test(flavor = "multi_thread")]
async fn unknown_paths_and_ids_are_404() {
    let (_database, server) = demo_server(Backend::Sqlite).await;
    for path in [
        "/api/v1/fields/nowhere",
        "/api/v1/nothing",
        "/api/v2/fields",
    ] {
        let (status, body) = get_json(&server.url(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(body["error"]["status"], 404, "{path}");
        assert!(body["error"]["message"].as_str().unwrap().len() > 5);
    }
    let client = reqwest::Client::new();
    for path in [
        "/handlungsfelder/nowhere",
        "/nothing/here",
        "/handlungsfelder/sport/extra",
    ] {
        let (status, html) = get_html(&client, &server.url(path)).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(html.contains("Seite nicht gefunden"), "{path}");
    }
    let (status, html) = get_html(&client, &server.url("/nothing?lang=en")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Page not found"));
}

#[tokio::test(flavor = "multi_thread")]
async fn health_turns_503_when_the_database_is_gone() {
    for backend in BACKENDS {
        let (database, server) = demo_server(backend).await;
        let (status, body) = get_json(&server.url("/healthz")).await;
        assert_eq!(
            (status, body["status"].as_str()),
            (StatusCode::OK, Some("ok")),
            "{backend:?}"
        );
        database.destroy().await;
        let (status, body) = get_json(&server.url("/healthz")).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{backend:?}");
        assert_eq!(body["status"], "unavailable");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn public_answers_carry_validators() {
    let (_database, server) = demo_server(Backend::Sqlite).await;
    let client = reqwest::Client::new();
    for path in [
        "/api/v1/fields",
        "/handlungsfelder/sport",
        "/assets/kern.min.css",
    ] {
        let response = client.get(server.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let etag = response.headers()["etag"].to_str().unwrap().to_owned();
        assert!(
            response.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("max-age"),
            "{path}"
        );
        let again = client
            .get(server.url(path))
            .header("if-none-match", &etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
    }
    let english = client
        .get(server.url("/handlungsfelder/sport?lang=en"))
        .send()
        .await
        .unwrap();
    assert!(
        english.headers()["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("private"),
        "answers that set a cookie are not shared"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_database_says_how_to_load_a_concept() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let server = TestServer::start(TEILHABE, &database.url, &[]);
    let (status, html) = get_html(&reqwest::Client::new(), &server.url("/")).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(html.contains("teilhabe concept load"));
    let (status, body) = get_json(&server.url("/api/v1/fields")).await;
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (StatusCode::SERVICE_UNAVAILABLE, Some("no_concept"))
    );
    let (status, _) = get_json(&server.url("/healthz")).await;
    assert_eq!(status, StatusCode::OK, "an empty database is healthy");
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_shuts_down_gracefully() {
    let (_database, server) = demo_server(Backend::Sqlite).await;
    assert_eq!(get(&server.url("/healthz")).await.status(), StatusCode::OK);
    assert!(
        server.terminate(),
        "teilhabe serve exits with 0 after SIGTERM"
    );
}
