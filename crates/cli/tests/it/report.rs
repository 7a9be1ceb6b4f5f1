//! The integration report over HTTP and on the command line, with the real renderer: drafts for
//! staff, releases for the integration office, public editions and indicator sheets, the PDF's
//! text, editions rebuilt byte for byte, a planted suppressed cell absent from the PDF, and
//! /berichte in Chromium with axe-core.

use std::path::Path;
use std::process::Command;

use reqwest::{Client, StatusCode, header};
use serde_json::Value;
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::monitoring::parse_indicator;
use teilhabe_testkit::{BACKENDS, Backend, workspace_root};

use crate::browser::Browser;
use crate::site::{Site, teilhabe, text};

/// The text of a PDF as pdftotext (poppler-utils) reads it, with whitespace runs made one
/// space, so that titles broken over lines still match.
fn pdf_text(pdf: &[u8]) -> String {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("file.pdf");
    std::fs::write(&path, pdf).unwrap();
    let output = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(output.status.success(), "pdftotext: {output:?}");
    String::from_utf8_lossy(&output.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` holds `wanted`, also where the PDF broke it with a hyphen at a line end.
fn holds(text: &str, wanted: &str) -> bool {
    let wanted = wanted.split_whitespace().collect::<Vec<_>>().join(" ");
    text.contains(&wanted) || text.replace("- ", "").contains(&wanted.replace("- ", ""))
}

async fn get(client: &Client, url: &str) -> reqwest::Response {
    client.get(url).send().await.unwrap()
}

fn is_pdf(response: &reqwest::Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value == "application/pdf")
}

async fn release(site: &Site, client: &Client, csrf: &str, year: &str) -> reqwest::Response {
    client
        .post(site.url("/berichte/freigabe"))
        .form(&[("csrf", csrf), ("jahr", year), ("sprache", "de")])
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn staff_draft_the_office_releases_and_the_public_reads_editions() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let public = site.anonymous();

        // The public: an empty list, no forms; drafts and releases ask to sign in.
        let page = text(&public, &site.url("/berichte")).await;
        assert!(
            page.contains("Es ist noch keine Ausgabe freigegeben."),
            "{page}"
        );
        assert!(!page.contains("action=\"/berichte/entwurf\""));
        let draft = get(&public, &site.url("/berichte/entwurf?jahr=2024&sprache=de")).await;
        assert_eq!(draft.status(), StatusCode::SEE_OTHER, "{backend:?}");
        assert!(
            draft.headers()[header::LOCATION]
                .to_str()
                .unwrap()
                .starts_with("/anmelden")
        );
        let refused = public
            .post(site.url("/berichte/freigabe"))
            .form(&[("jahr", "2024"), ("sprache", "de")])
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);

        // A viewer drafts, but may not release.
        let (viewer, viewer_csrf) = site.sign_in("vera").await;
        let page = text(&viewer, &site.url("/berichte")).await;
        assert!(page.contains("action=\"/berichte/entwurf\""));
        assert!(!page.contains("action=\"/berichte/freigabe\""));
        let draft = get(&viewer, &site.url("/berichte/entwurf?jahr=2024&sprache=de")).await;
        assert_eq!(draft.status(), StatusCode::OK);
        assert!(is_pdf(&draft));
        assert!(draft.bytes().await.unwrap().starts_with(b"%PDF"));
        assert_eq!(
            release(&site, &viewer, &viewer_csrf, "2024").await.status(),
            StatusCode::FORBIDDEN
        );

        // The administrator releases; a year without figures is refused on the form.
        let (admin, csrf) = site.sign_in("admin").await;
        let wrong = release(&site, &admin, &csrf, "1900").await;
        assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(wrong.text().await.unwrap().contains("id=\"error-summary\""));
        let released = release(&site, &admin, &csrf, "2024").await;
        assert_eq!(released.status(), StatusCode::SEE_OTHER, "{backend:?}");
        let location = released.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .to_owned();
        let id = location
            .strip_prefix("/berichte#ausgabe-")
            .unwrap()
            .to_owned();

        // Everybody sees it and downloads it; an unchanged edition answers 304.
        let page = text(&public, &site.url("/berichte")).await;
        let href = format!("/berichte/{id}.pdf");
        assert!(page.contains(&format!("href=\"{href}\"")), "{page}");
        let download = get(&public, &site.url(&href)).await;
        assert_eq!(download.status(), StatusCode::OK);
        assert!(is_pdf(&download));
        let etag = download.headers()[header::ETAG].clone();
        let pdf = download.bytes().await.unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let again = public
            .get(site.url(&href))
            .header(header::IF_NONE_MATCH, etag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let listed: Value = get(&public, &site.url("/api/v1/reports"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(listed["count"], 1);
        assert_eq!(listed["editions"][0]["pdf"], href.as_str());
        assert_eq!(listed["editions"][0]["year"], 2024);
        assert_eq!(listed["editions"][0]["pdf_size"], pdf.len());
        assert_eq!(listed["editions"][0]["released_by"], "user:admin");

        for missing in ["/berichte/999.pdf", "/berichte/abc", "/berichte/1.txt"] {
            assert_eq!(
                get(&public, &site.url(missing)).await.status(),
                StatusCode::NOT_FOUND,
                "{missing}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_indicator_page_offers_its_pdf_sheet_cached_per_data_version() {
    let site = Site::start(Backend::Sqlite).await;
    let public = site.anonymous();
    let page = text(&public, &site.url("/indikatoren/kita-u3-quote")).await;
    assert!(
        page.contains("href=\"/indikatoren/kita-u3-quote/download/pdf\""),
        "the page links its PDF"
    );
    let sheet = get(
        &public,
        &site.url("/indikatoren/kita-u3-quote/download/pdf"),
    )
    .await;
    assert_eq!(sheet.status(), StatusCode::OK);
    assert!(is_pdf(&sheet));
    let etag = sheet.headers()[header::ETAG].clone();
    let german = pdf_text(&sheet.bytes().await.unwrap());
    let indicator = parse_indicator(
        &std::fs::read_to_string(
            workspace_root().join("data/indicators/bielefeld/kita-u3-quote.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    assert!(holds(&german, indicator.title.get("de")), "{german}");
    let cached = public
        .get(site.url("/indikatoren/kita-u3-quote/download/pdf"))
        .header(header::IF_NONE_MATCH, etag.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(cached.status(), StatusCode::NOT_MODIFIED);

    // In the page's language: English for a visitor who chose it.
    let english = get(
        &public,
        &site.url("/indikatoren/kita-u3-quote/download/pdf?lang=en"),
    )
    .await;
    assert_ne!(english.headers()[header::ETAG], etag);
    let english = pdf_text(&english.bytes().await.unwrap());
    assert!(holds(&english, indicator.title.get("en")), "{english}");

    assert_eq!(
        get(
            &public,
            &site.url("/indikatoren/gibt-es-nicht/download/pdf")
        )
        .await
        .status(),
        StatusCode::NOT_FOUND
    );
}

fn run_ok(site: &Site, args: &[&str]) -> String {
    let output = teilhabe(&site.database, args);
    assert!(
        output.status.success(),
        "teilhabe {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn path_str(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_command_writes_the_report_releases_and_rebuilds_editions_byte_for_byte() {
    let site = Site::start(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let out = directory.path().join("integrationsbericht-2024.pdf");

    // The whole report: every field's title and every indicator's name in its text.
    run_ok(
        &site,
        &["report", "--year", "2024", "--out", path_str(&out)],
    );
    let report = pdf_text(&std::fs::read(&out).unwrap());
    let concept = parse_concept(
        &std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    for field in concept.fields.iter().filter(|f| !f.is_retired()) {
        assert!(
            holds(&report, field.title.get("de")),
            "field {} missing",
            field.slug
        );
    }
    for entry in std::fs::read_dir(workspace_root().join("data/indicators/bielefeld")).unwrap() {
        let indicator =
            parse_indicator(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        assert!(
            holds(&report, indicator.title.get("de")),
            "indicator {} missing",
            indicator.id
        );
    }

    // A year outside the figures: the message names the years there are.
    let output = teilhabe(&site.database, &["report", "--year", "1990"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the figures cover 2014–"), "{stderr}");

    // Released, then rebuilt twice from its data: the same bytes as released.
    let stdout = run_ok(&site, &["report", "release", "--year", "2024"]);
    let id = stdout
        .strip_prefix("released edition ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap()
        .to_owned();
    let released = get(&site.anonymous(), &site.url(&format!("/berichte/{id}.pdf")))
        .await
        .bytes()
        .await
        .unwrap();
    for round in ["a", "b"] {
        let file = directory.path().join(format!("{round}.pdf"));
        let stdout = run_ok(
            &site,
            &["report", "--edition", &id, "--out", path_str(&file)],
        );
        assert!(
            stdout.contains("the same bytes as the released edition"),
            "{stdout}"
        );
        assert_eq!(
            std::fs::read(&file).unwrap(),
            released.to_vec(),
            "round {round}"
        );
    }
    let output = teilhabe(&site.database, &["report", "--edition", "999"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains(&format!("released editions: {id} (2024 de)"))
    );

    // One indicator's sheet.
    let sheet = directory.path().join("sheet.pdf");
    run_ok(
        &site,
        &[
            "report",
            "--indicator",
            "kita-u3-quote",
            "--out",
            path_str(&sheet),
        ],
    );
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF"));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_cell_suppressed_in_a_new_import_leaves_the_pdf() {
    let site = Site::start(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let demo = workspace_root().join("data/demo/monitoring");
    let original = std::fs::read_to_string(demo.join("kita-u3-quote.csv")).unwrap();
    std::fs::copy(
        demo.join("kita-u3-quote.mapping.toml"),
        directory.path().join("kita-u3-quote.mapping.toml"),
    )
    .unwrap();
    // The latest year's figure of one district, set to a value no other figure of the demo
    // report has (77.7), then made secret.
    let lines: Vec<&str> = original.lines().collect();
    let index = lines
        .iter()
        .position(|line| line.starts_with("2023,") && line.contains(",0571101,"))
        .expect("the 2023 figure of district 01");
    let import_with = |cell: [&str; 3]| {
        let mut changed: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
        let mut cells: Vec<String> = changed[index].split(',').map(str::to_owned).collect();
        cells[6] = cell[0].into();
        cells[7] = cell[1].into();
        cells[8] = cell[2].into();
        changed[index] = cells.join(",");
        let file = directory.path().join("kita-u3-quote.csv");
        std::fs::write(&file, changed.join("\n")).unwrap();
        run_ok(&site, &["import", "table", path_str(&file)]);
    };
    let sheet = |name: &str| {
        let file = directory.path().join(name);
        run_ok(
            &site,
            &[
                "report",
                "--indicator",
                "kita-u3-quote",
                "--out",
                path_str(&file),
            ],
        );
        pdf_text(&std::fs::read(&file).unwrap())
    };
    // Shown, the value is printed (so the test can fail) …
    import_with(["77.7", "A", ""]);
    assert!(
        sheet("shown.pdf").contains("77,7"),
        "77,7 printed while shown"
    );

    // … made secret by the next import, it is gone from the sheet and the report.
    import_with([".", "Q", "Geheimhaltung: Fallzahl zu klein"]);
    let after = sheet("secret.pdf");
    assert!(!after.contains("77,7"), "77,7 still printed: {after}");
    let out = directory.path().join("report.pdf");
    run_ok(
        &site,
        &["report", "--year", "2024", "--out", path_str(&out)],
    );
    let report = pdf_text(&std::fs::read(&out).unwrap());
    assert!(!report.contains("77,7"), "77,7 in the report");
    assert!(!report.contains("77.7"), "77.7 in the report");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_reports_page_passes_axe_in_german_and_english_for_the_public_and_the_office() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, csrf) = site.sign_in("admin").await;
    assert_eq!(
        release(&site, &admin, &csrf, "2024").await.status(),
        StatusCode::SEE_OTHER
    );
    let browser = Browser::start().await;
    for lang in ["de", "en"] {
        browser
            .client
            .goto(&site.url(&format!("/berichte?lang={lang}")))
            .await
            .unwrap();
        browser.settle().await;
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "/berichte ({lang}): {violations:#?}");
    }
    // Signed in as the administrator: both forms on the page.
    browser
        .client
        .goto(&site.url("/anmelden?weiter=%2Fberichte"))
        .await
        .unwrap();
    browser.fill_login("admin").await;
    browser
        .wait_for(fantoccini::Locator::Id("freigabe-jahr"))
        .await;
    for lang in ["de", "en"] {
        browser
            .client
            .goto(&site.url(&format!("/berichte?lang={lang}")))
            .await
            .unwrap();
        browser.settle().await;
        let violations = browser.accessibility_violations().await;
        assert!(
            violations.is_empty(),
            "/berichte signed in ({lang}): {violations:#?}"
        );
    }
    browser.stop().await;
}
