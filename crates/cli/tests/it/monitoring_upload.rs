//! Figures uploaded through the web: the forms on the imports page and the import API.

use reqwest::{Client, StatusCode};
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::site::{Site, demo_monitoring_file, text, upload};

const VHS: &str = "vhs-kurse-kinderbetreuung";

fn observations_url(site: &Site) -> String {
    site.url(&format!("/api/v1/indicators/{VHS}/observations?year=2023"))
}

async fn json(client: &Client, url: &str) -> Value {
    client.get(url).send().await.unwrap().json().await.unwrap()
}

/// The value of the city-wide 2023 figure.
async fn vhs_2023(site: &Site) -> String {
    let body = json(&site.anonymous(), &observations_url(site)).await;
    body["observations"][0]["value_text"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The demo file with only its header and the 2023 row, whose value is replaced by `value`.
fn vhs_2023_file(value: &str) -> Vec<u8> {
    let original = String::from_utf8(demo_monitoring_file(&format!("{VHS}.csv"))).unwrap();
    let mut lines = original
        .lines()
        .filter(|line| line.starts_with("Year") || line.starts_with("2023,"));
    let header = lines.next().unwrap();
    let row = lines.next().unwrap();
    let mut cells: Vec<&str> = row.split(',').collect();
    cells[6] = value;
    format!("{header}\n{}\n", cells.join(",")).into_bytes()
}

fn table_form(csrf: &str, file: Vec<u8>, dry_run: bool) -> reqwest::multipart::Form {
    let mut texts = vec![("csrf", csrf)];
    if dry_run {
        texts.push(("probelauf", "1"));
    }
    upload(
        &[
            ("datei", "vhs-2023.csv", file),
            (
                "zuordnung",
                "vhs.mapping.toml",
                demo_monitoring_file(&format!("{VHS}.mapping.toml")),
            ),
        ],
        &texts,
    )
}

async fn post_table(
    client: &Client,
    site: &Site,
    form: reqwest::multipart::Form,
) -> reqwest::Response {
    client
        .post(site.url("/importe/tabelle"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn import_count(site: &Site) -> u64 {
    json(&site.anonymous(), &site.url("/api/v1/imports")).await["count"]
        .as_u64()
        .unwrap()
}

/// Answers are cached per data version, re-read at least every 250 ms.
async fn wait_for_vhs_2023(site: &Site, expected: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let now = vhs_2023(site).await;
        if now == expected {
            return;
        }
        assert!(std::time::Instant::now() < deadline, "still {now}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_statistician_uploads_a_table_bad_and_dry_runs_change_nothing() {
    let site = Site::start(Backend::Sqlite).await;
    let (stella, csrf) = site.sign_in("stella").await;

    // Only who may import sees the forms, and the way to them from the indicator list.
    let html = text(&stella, &site.url("/importe")).await;
    assert!(html.contains("action=\"/importe/tabelle\""));
    let list = text(&stella, &site.url("/indikatoren")).await;
    assert!(list.contains("href=\"/importe#upload-heading\""));
    for visitor in [None, Some("vera"), Some("anna")] {
        let client = match visitor {
            None => site.anonymous(),
            Some(login) => site.sign_in(login).await.0,
        };
        let html = text(&client, &site.url("/importe")).await;
        assert!(
            !html.contains("/importe/tabelle"),
            "{visitor:?} sees no form"
        );
        let list = text(&client, &site.url("/indikatoren")).await;
        assert!(
            !list.contains("/importe#upload-heading"),
            "{visitor:?} gets no button"
        );
    }

    let before = vhs_2023(&site).await;
    let imports_before = import_count(&site).await;
    let new_value = if before == "9.9" { "9.8" } else { "9.9" };

    // A bad value: refused with line and column, nothing stored.
    let response = post_table(
        &stella,
        &site,
        table_form(&csrf, vhs_2023_file("zwölf"), false),
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("vhs-2023.csv, line 2, column 7"), "{html}");
    assert!(html.contains("nichts wurde gespeichert"), "{html}");
    assert_eq!(vhs_2023(&site).await, before);
    assert_eq!(import_count(&site).await, imports_before);

    // A missing file is named in German.
    let response = post_table(&stella, &site, upload(&[], &[("csrf", &csrf)])).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(html.contains("Keine Tabellendatei gewählt."), "{html}");
    // The mapping is optional in the form: without it, a mapping is proposed.
    assert!(!html.contains("Keine Zuordnungsdatei gewählt."), "{html}");

    // Without the session's CSRF token: refused.
    let response = post_table(
        &stella,
        &site,
        table_form("forged", vhs_2023_file(new_value), false),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // A dry run reports the change and stores nothing.
    let response = post_table(
        &stella,
        &site,
        table_form(&csrf, vhs_2023_file(new_value), true),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = response.text().await.unwrap();
    assert!(html.contains("Probelauf"), "{html}");
    assert_eq!(vhs_2023(&site).await, before);
    assert_eq!(import_count(&site).await, imports_before);

    // The real import replaces the period; the imports page and the audit log say so.
    let response = post_table(
        &stella,
        &site,
        table_form(&csrf, vhs_2023_file(new_value), false),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let html = response.text().await.unwrap();
    assert!(html.contains("gespeichert"), "{html}");
    wait_for_vhs_2023(&site, new_value).await;
    assert_eq!(import_count(&site).await, imports_before + 1);

    let public = json(&site.anonymous(), &site.url("/api/v1/imports")).await;
    let newest = &public["imports"][0];
    assert_eq!(newest["file_name"], "vhs-2023.csv");
    assert_eq!(newest["replaced"], 1, "{newest}");
    assert!(
        newest.get("imported_by").is_none(),
        "the public sees no login"
    );
    let internal = json(&stella, &site.url("/api/v1/imports")).await;
    assert_eq!(internal["imports"][0]["imported_by"], "user:stella");

    let (admin, _) = site.sign_in("admin").await;
    let audit = text(&admin, &site.url("/verwaltung/protokoll")).await;
    assert!(
        audit.contains("vhs-2023.csv"),
        "the audit log names the file"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn scripts_import_cubes_and_tables_through_the_api() {
    let site = Site::start(Backend::Sqlite).await;
    let statistician = site.token("statistician", None).await;
    let viewer = site.token("viewer", None).await;
    let client = site.anonymous();

    let indicators = "indicator,time_period,breakdown,numerator,denominator,value,obs_status,exact,ci_low,ci_high,reference_value,gap_reference_difference,gap_reference_ratio,gap_reference_ci_low,gap_reference_ci_high,whole_value,gap_whole_difference,gap_whole_ratio\n\
        segregation_mh,2031,,,,27.5000,A,true,,,,,,,,,,\n\
        age_structure,2031,AGE=Y_LT18;MIGRATION_STATUS=MH,1,2,50.0000,A,true,,,,,,,,,,\n";
    let cubes = || {
        upload(
            &[(
                "indicators",
                "indicators.csv",
                indicators.as_bytes().to_vec(),
            )],
            &[],
        )
    };

    // A viewer's token may read, not import.
    let response = client
        .post(site.url("/api/v1/imports/cubes"))
        .bearer_auth(&viewer)
        .multipart(cubes())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    let response = client
        .post(site.url("/api/v1/imports/cubes?dry_run=true"))
        .bearer_auth(&statistician)
        .multipart(cubes())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.unwrap();
    assert_eq!(report["import_id"], Value::Null);
    assert_eq!(report["figures"], 1, "{report}");

    let response = client
        .post(site.url("/api/v1/imports/cubes"))
        .bearer_auth(&statistician)
        .multipart(cubes())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Value = response.json().await.unwrap();
    assert!(report["import_id"].as_i64().is_some(), "{report}");
    assert_eq!(report["format"], "cubes");
    assert_eq!(report["periods"][0]["indicator"], "segregationsindex");
    assert_eq!(report["periods"][0]["year"], 2031);
    assert_eq!(report["periods"][0]["previous"], 0);
    assert_eq!(report["skipped_indicators"][0], "age_structure");
    let body = json(
        &client,
        &site.url("/api/v1/indicators/segregationsindex/observations?year=2031"),
    )
    .await;
    assert_eq!(body["observations"][0]["value_text"], "27.5000", "{body}");

    // A broken table names the part, the line and the column; nothing is stored.
    let before = import_count(&site).await;
    let response = client
        .post(site.url("/api/v1/imports/table"))
        .bearer_auth(&statistician)
        .multipart(upload(
            &[
                ("file", "vhs.csv", vhs_2023_file("zwölf")),
                (
                    "mapping",
                    "vhs.mapping.toml",
                    demo_monitoring_file(&format!("{VHS}.mapping.toml")),
                ),
            ],
            &[],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "invalid_file");
    assert_eq!(error["error"]["problems"][0]["field"], "file");
    let message = error["error"]["problems"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("vhs.csv, line 2, column 7"),
        "{message}"
    );
    assert_eq!(import_count(&site).await, before);

    // A missing part is named.
    let response = client
        .post(site.url("/api/v1/imports/table"))
        .bearer_auth(&statistician)
        .multipart(upload(&[("file", "vhs.csv", vhs_2023_file("1.0"))], &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["problems"][0]["field"], "mapping", "{error}");

    // A broken mapping is the mapping's problem, named with its line and column.
    let response = client
        .post(site.url("/api/v1/imports/table"))
        .bearer_auth(&statistician)
        .multipart(upload(
            &[
                ("file", "vhs.csv", vhs_2023_file("1.0")),
                ("mapping", "m.toml", b"format = \"table\"\n".to_vec()),
            ],
            &[],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    let problem = &error["error"]["problems"][0];
    assert_eq!(problem["field"], "mapping", "{error}");
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .starts_with("m.toml:1:1"),
        "{error}"
    );

    // A body that is not multipart gets a JSON error like every other API refusal.
    let response = client
        .post(site.url("/api/v1/imports/table"))
        .bearer_auth(&statistician)
        .json(&serde_json::json!({"file": "vhs.csv"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["error"]["code"], "bad_request", "{error}");
    assert_eq!(import_count(&site).await, before);
}

/// The demo table's 2023 row with `value`, as the API's multipart body.
fn api_table_form(value: &str) -> reqwest::multipart::Form {
    upload(
        &[
            ("file", "vhs-2023.csv", vhs_2023_file(value)),
            (
                "mapping",
                "vhs.mapping.toml",
                demo_monitoring_file(&format!("{VHS}.mapping.toml")),
            ),
        ],
        &[],
    )
}

async fn post_api_table(
    client: &Client,
    site: &Site,
    csrf: &str,
    value: &str,
) -> reqwest::Response {
    client
        .post(site.url("/api/v1/imports/table"))
        .header("x-csrf-token", csrf)
        .multipart(api_table_form(value))
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn import_a_statistician_by_form_and_api_a_viewer_and_an_editor_are_refused() {
    let site = Site::start(Backend::Sqlite).await;
    let before = vhs_2023(&site).await;
    let imports_before = import_count(&site).await;
    let (first, second) = if before == "7.5" {
        ("7.6", "7.7")
    } else {
        ("7.5", "7.6")
    };

    // Refused: a viewer and an editor, by form and by API; the public is asked to sign in.
    for login in ["vera", "anna"] {
        let (client, csrf) = site.sign_in(login).await;
        let response = post_table(
            &client,
            &site,
            table_form(&csrf, vhs_2023_file(first), false),
        )
        .await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login} by form");
        let response = post_api_table(&client, &site, &csrf, first).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login} by API");
    }
    let public = site.anonymous();
    let response = post_table(&public, &site, table_form("", vhs_2023_file(first), false)).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = public
        .post(site.url("/api/v1/imports/table"))
        .multipart(api_table_form(first))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        import_count(&site).await,
        imports_before,
        "nothing refused was stored"
    );
    assert_eq!(vhs_2023(&site).await, before);

    // Allowed: the statistician, by form and then by API; each import takes effect.
    let (stella, csrf) = site.sign_in("stella").await;
    let response = post_table(
        &stella,
        &site,
        table_form(&csrf, vhs_2023_file(first), false),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED, "by form");
    wait_for_vhs_2023(&site, first).await;
    let response = post_api_table(&stella, &site, &csrf, second).await;
    assert_eq!(response.status(), StatusCode::CREATED, "by API");
    wait_for_vhs_2023(&site, second).await;
    assert_eq!(import_count(&site).await, imports_before + 2);
    let internal = json(&stella, &site.url("/api/v1/imports")).await;
    for newest in &internal["imports"].as_array().unwrap()[..2] {
        assert_eq!(newest["imported_by"], "user:stella", "{newest}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn import_forms_label_hint_and_require_their_files_each_under_its_heading() {
    let site = Site::start(Backend::Sqlite).await;
    let (stella, _) = site.sign_in("stella").await;
    let html = text(&stella, &site.url("/importe")).await;
    for (id, name, accept, required) in [
        ("upload-file", "datei", ".csv,.txt,.xlsx", true),
        ("upload-mapping", "zuordnung", ".toml", false),
        ("upload-indicators", "indikatoren", ".csv", true),
        ("upload-metadata", "metadaten", ".json", false),
    ] {
        let start = html.find(&format!(
            r#"<input class="kern-form-input__input" id="{id}""#
        ));
        let input = &html[start.unwrap_or_else(|| panic!("no input {id}: {html}"))..];
        let input = &input[..input.find('>').unwrap()];
        assert!(input.contains(&format!(r#"name="{name}""#)), "{input}");
        assert!(input.contains(r#"type="file""#), "{input}");
        assert!(input.contains(&format!(r#"accept="{accept}""#)), "{input}");
        assert!(
            input.contains(&format!(r#"aria-describedby="{id}-hint""#)),
            "{input}"
        );
        assert_eq!(input.contains(" required"), required, "{input}");
        assert!(html.contains(&format!(r#"<label class="kern-label" for="{id}">"#)));
        assert!(html.contains(&format!(r#"class="kern-hint" id="{id}-hint""#)));
    }
    // Each form is named by its own heading, which stands before its first field.
    for (action, heading, first) in [
        ("/importe/tabelle", "upload-table-heading", "upload-file"),
        (
            "/importe/wuerfel",
            "upload-cubes-heading",
            "upload-indicators",
        ),
    ] {
        let form = &html[html.find(&format!(r#"action="{action}""#)).unwrap()..];
        assert!(
            form.contains(&format!(r#"aria-labelledby="{heading}""#)),
            "{action}"
        );
        let heading_at = form.find(&format!(
            r#"<h3 class="kern-heading-small" id="{heading}">"#
        ));
        let label_at = form.find(&format!(r#"for="{first}""#));
        assert!(heading_at.unwrap() < label_at.unwrap(), "{action}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn download_of_an_unknown_indicator_or_format_is_the_not_found_page() {
    let site = Site::start(Backend::Sqlite).await;
    let client = site.anonymous();
    for path in [
        format!("/indikatoren/{VHS}/download/docx"),
        "/indikatoren/gibt-es-nicht/download/csv".to_owned(),
    ] {
        let response = client.get(site.url(&path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        let html = response.text().await.unwrap();
        assert!(
            html.contains("<html lang=\"de\""),
            "the German page: {html}"
        );
    }
    let response = client
        .get(site.url(&format!("/indikatoren/{VHS}/download/csv")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
}
