//! Monitoring in Chromium: switch an indicator's breakdown with the page's links (no JavaScript
//! needed), read a value from the table, and let axe-core check indicator and field pages.

use fantoccini::Locator;
use teilhabe_testkit::{Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::browser::Browser;

#[tokio::test(flavor = "multi_thread")]
async fn switch_breakdown_read_the_table_and_pass_axe() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    let browser = Browser::start().await;
    let client = &browser.client;

    client
        .goto(&server.url("/indikatoren/abgang-hochschulreife"))
        .await
        .unwrap();
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "indicator page: {violations:#?}");

    // Switch to the breakdown by sex as a visitor would: a plain link.
    client
        .find(Locator::Css(".breakdown-switch"))
        .await
        .unwrap()
        .find(Locator::LinkText("Geschlecht"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::XPath(
            "//table[@id='latest-table']/caption[contains(., 'Geschlecht')]",
        ))
        .await
        .unwrap();
    let address = client.current_url().await.unwrap();
    assert_eq!(address.query(), Some("aufschluesselung=sex"));
    let caption = browser.text_of(Locator::Css("#latest-table caption")).await;
    assert!(caption.contains("Geschlecht"), "{caption}");
    let year: String = caption
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();

    // The girls' value in the table is the API's value, written the German way.
    let rows = client
        .find_all(Locator::Css("#latest-table tbody tr"))
        .await
        .unwrap();
    let mut shown = None;
    for row in rows {
        let label = row
            .find(Locator::Css("th"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if label == "weiblich" {
            shown = Some(
                row.find(Locator::Css("td"))
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap(),
            );
        }
    }
    let shown = shown.expect("a row for girls");
    let api: serde_json::Value = reqwest::get(server.url(&format!(
        "/api/v1/indicators/abgang-hochschulreife/observations?year={year}&sex=F"
    )))
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let value = api["observations"][0]["value_text"].as_str().unwrap();
    assert_eq!(shown, value.replace('.', ","), "year {year}");
    let violations = browser.accessibility_violations().await;
    assert!(
        violations.is_empty(),
        "indicator page by sex: {violations:#?}"
    );

    for page in [
        "/indikatoren/kita-u3-quote?aufschluesselung=district",
        "/indikatoren/zugehoerigkeit",
        "/indikatoren",
        "/handlungsfelder/schule",
        "/handlungsfelder/elementar?lang=en",
        "/importe",
        "/",
    ] {
        client.goto(&server.url(page)).await.unwrap();
        browser.settle().await;
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "{page}: {violations:#?}");
    }
    // The field page links to its indicators.
    // (The English page above left a language cookie; switch back.)
    client
        .goto(&server.url("/handlungsfelder/schule?lang=de"))
        .await
        .unwrap();
    browser
        .click(Locator::LinkText("Schulabgänge ohne Abschluss"))
        .await;
    browser.wait_for(Locator::Css("#latest-table")).await;
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_statistician_uploads_a_table_in_the_browser() {
    let site = crate::site::Site::start(Backend::Sqlite).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    client
        .goto(&site.url("/anmelden?weiter=/importe"))
        .await
        .unwrap();
    browser.fill_login("stella").await;
    browser.wait_for(Locator::Id("upload-file")).await;
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(
        violations.is_empty(),
        "imports page with forms: {violations:#?}"
    );

    // The browser sends real files from disk, as a clerk's would.
    let demo = teilhabe_testkit::workspace_root().join("data/demo/monitoring");
    let file = demo.join("vhs-kurse-kinderbetreuung.csv");
    let mapping = demo.join("vhs-kurse-kinderbetreuung.mapping.toml");
    browser
        .type_into(Locator::Id("upload-file"), file.to_str().unwrap())
        .await;
    browser
        .type_into(Locator::Id("upload-mapping"), mapping.to_str().unwrap())
        .await;
    client
        .find(Locator::Css(
            "form[action='/importe/tabelle'] button[type=submit]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for(Locator::Css(".kern-alert--success")).await;
    let summary = browser
        .text_of(Locator::Css(".kern-alert--success .kern-title"))
        .await;
    assert!(summary.contains("als Import Nr."), "{summary}");
    let rows = client
        .find_all(Locator::Css("main table tbody tr"))
        .await
        .unwrap();
    assert!(!rows.is_empty(), "one row per indicator and year");
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "import result: {violations:#?}");
    browser.stop().await;
}

/// Upload first, map second, in Chromium: a table without its mapping, one proposed code
/// corrected, imported, the figure on the indicator page; next year's file of it gets the
/// one-screen check. axe-core on the proposal page and the check page.
#[tokio::test(flavor = "multi_thread")]
async fn a_statistician_maps_an_unknown_table_in_the_browser() {
    let site = crate::site::Site::start(Backend::Sqlite).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let folder = tempfile::tempdir().unwrap();
    let first = folder.path().join("kita-u3-quote_2024.csv");
    std::fs::write(
        &first,
        crate::mapping_drafts::kita_file(2024, "41.7", "77.7", "X-MITTE"),
    )
    .unwrap();

    client
        .goto(&site.url("/anmelden?weiter=/importe"))
        .await
        .unwrap();
    browser.fill_login("stella").await;
    browser.wait_for(Locator::Id("upload-file")).await;
    let shared = &browser;
    let upload = |path: std::path::PathBuf| async move {
        shared
            .type_into(Locator::Id("upload-file"), path.to_str().unwrap())
            .await;
        shared
            .click(Locator::Css(
                "form[action='/importe/tabelle'] button[type=submit]",
            ))
            .await;
    };
    upload(first).await;
    browser.wait_for(Locator::Css("form.draft-form")).await;
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "proposal page: {violations:#?}");

    // The made-up code is asked; the statistician says it is Mitte.
    let label = client
        .find(Locator::XPath("//label[normalize-space(.)='X-MITTE']"))
        .await
        .unwrap();
    let id = label.attr("for").await.unwrap().unwrap();
    let select = client.find(Locator::Id(&id)).await.unwrap();
    assert_eq!(select.prop("value").await.unwrap().as_deref(), Some(""));
    select.select_by_value("01").await.unwrap();
    browser
        .type_into(Locator::Id("source"), "Jugendamt Bielefeld")
        .await;
    browser
        .click(Locator::Css("button[value=importieren]"))
        .await;
    browser.wait_for(Locator::Css(".kern-alert--success")).await;

    // The figure on the indicator page, by district.
    client
        .goto(&site.url("/indikatoren/kita-u3-quote?aufschluesselung=district"))
        .await
        .unwrap();
    let caption = browser.text_of(Locator::Css("#latest-table caption")).await;
    assert!(caption.ends_with("2024"), "{caption}");
    let mut mitte = None;
    for row in client
        .find_all(Locator::Css("#latest-table tbody tr"))
        .await
        .unwrap()
    {
        let label = row
            .find(Locator::Css("th"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if label == "Mitte" {
            mitte = Some(
                row.find(Locator::Css("td"))
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap(),
            );
        }
    }
    assert_eq!(mitte.as_deref(), Some("77,7"));

    // Next year's file: recognised, the one-screen check.
    let second = folder.path().join("kita-u3-quote_2025.csv");
    std::fs::write(
        &second,
        crate::mapping_drafts::kita_file(2025, "42.0", "78.0", "X-MITTE"),
    )
    .unwrap();
    client.goto(&site.url("/importe")).await.unwrap();
    upload(second).await;
    browser
        .wait_for(Locator::Css("input[name=gespeichert]"))
        .await;
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "check page: {violations:#?}");
    client
        .find(Locator::Css(
            "form input[name=gespeichert] ~ .form-actions button",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for(Locator::Css(".kern-alert--success")).await;
    browser.stop().await;
}
