//! In a real browser: headless Chromium (Debian's package) driven through chromedriver. The pages
//! must show the concept, and axe-core must find no WCAG 2.1 A/AA violation.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use teilhabe_testkit::{Backend, TestDatabase, TestServer, workspace_root};

use crate::TEILHABE;

pub(crate) struct Browser {
    pub(crate) client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Goes to `path` of `site` and waits until its main content has arrived.
    pub(crate) async fn open(&self, site: &crate::site::Site, path: &str) {
        self.client.goto(&site.url(path)).await.unwrap();
        self.wait_for(Locator::Css("main")).await;
        self.settle().await;
    }

    /// axe-core finds no violation on the page as it stands; `what` names it in the failure.
    pub(crate) async fn assert_accessible(&self, what: &str) {
        let violations = self.accessibility_violations().await;
        assert!(
            violations.is_empty(),
            "{what}: {}",
            serde_json::to_string_pretty(&Value::Array(violations)).unwrap()
        );
    }

    pub(crate) async fn start() -> Self {
        let chromedriver = std::env::var("TEILHABE_CHROMEDRIVER")
            .unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium =
            std::env::var("TEILHABE_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        for program in [&chromedriver, &chromium] {
            assert!(
                std::path::Path::new(program).exists(),
                "{program} is missing: install Debian's chromium and chromium-driver (scripts/test does)"
            );
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().unwrap();
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
                    // KERN scrolls smoothly; WebDriver clicks need the page to have arrived.
                    "--force-prefers-reduced-motion",
                    // Pages follow the browser's Accept-Language on a first visit (issue 14): the
                    // tests read the German pages whatever the machine's locale.
                    "--lang=de-DE", "--accept-lang=de-DE,de",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
                "prefs": { "intl.accept_languages": "de-DE,de" }
            }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            match ClientBuilder::new(connector)
                .capabilities(capabilities.clone())
                .connect(&webdriver)
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => {
                    panic!("cannot start Chromium through chromedriver: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser {
            client,
            driver,
            _profile: profile,
        }
    }

    pub(crate) async fn stop(mut self) {
        let _ = self.client.close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }

    /// Waits until web fonts are in, so that layout no longer shifts under a click.
    pub(crate) async fn settle(&self) {
        self.client
            .execute_async("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));", Vec::new())
            .await
            .expect("wait for fonts");
    }

    /// Types `text` into the element `locator` finds on the current page.
    pub(crate) async fn type_into(&self, locator: Locator<'_>, text: &str) {
        self.client
            .find(locator)
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }

    /// Clicks the element `locator` finds on the current page.
    pub(crate) async fn click(&self, locator: Locator<'_>) {
        self.client
            .find(locator)
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    /// Waits until `locator` finds an element on the page (after a navigation or a submit).
    pub(crate) async fn wait_for(&self, locator: Locator<'_>) {
        self.client.wait().for_element(locator).await.unwrap();
    }

    /// The text of the element `locator` finds on the current page.
    pub(crate) async fn text_of(&self, locator: Locator<'_>) -> String {
        self.client
            .find(locator)
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// Signs in on the login page the browser shows, with the test password.
    pub(crate) async fn fill_login(&self, login: &str) {
        self.type_into(Locator::Id("login"), login).await;
        self.type_into(Locator::Id("password"), crate::site::PASSWORD)
            .await;
        self.click(Locator::Css("form.stacked-form button[type=submit]"))
            .await;
    }

    /// Runs axe-core on the current page and returns the WCAG 2.1 A/AA violations.
    pub(crate) async fn accessibility_violations(&self) -> Vec<Value> {
        let axe =
            std::fs::read_to_string(workspace_root().join("node_modules/axe-core/axe.min.js"))
                .expect("node_modules/axe-core (npm ci installs it; the build runs npm ci)");
        self.client
            .execute(&axe, Vec::new())
            .await
            .expect("inject axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(result => done(result.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                    .catch(error => done([{ id: 'axe-error', help: String(error) }]));",
                Vec::new(),
            )
            .await
            .expect("run axe-core");
        result.as_array().cloned().unwrap_or_default()
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_show_the_concept_and_pass_axe() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    let browser = Browser::start().await;
    let client = &browser.client;

    client.goto(&server.url("/")).await.unwrap();
    browser.settle().await;
    let heading = browser.text_of(Locator::Css("h1")).await;
    assert_eq!(heading, "Integrationskonzept");
    let vision = browser.text_of(Locator::Id("leitbild-heading")).await;
    assert!(vision.contains("Leitbild"), "{vision}");
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "start page: {violations:#?}");

    // Follow the link to a field as a visitor would (the main navigation's "Sprachmittlung"
    // leads to the language-mediation module, not to the action field).
    browser
        .click(Locator::Css(
            "main a[href='/handlungsfelder/sprachmittlung']",
        ))
        .await;
    browser
        .wait_for(Locator::Css("ol.recommendation-list"))
        .await;
    assert!(
        client
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/handlungsfelder/sprachmittlung")
    );
    let items = client
        .find_all(Locator::Css(
            "ol.recommendation-list > li .recommendation__text",
        ))
        .await
        .unwrap();
    let mut texts = Vec::new();
    for item in items {
        assert!(
            item.is_displayed().await.unwrap(),
            "recommendations are visible on screen"
        );
        texts.push(item.text().await.unwrap());
    }
    assert_eq!(
        texts,
        [
            "Bedarf quantifizieren",
            "Dauerhafte Angebote schaffen",
            "Sensibilität der Einrichtungen, Kliniken, Arztpraxen für häusliche Gewalt erhöhen"
        ]
    );
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "field page: {violations:#?}");

    // The language switch works without JavaScript and is remembered.
    browser.click(Locator::LinkText("English")).await;
    browser.wait_for(Locator::Css("html[lang='en']")).await;
    let first = client
        .find(Locator::Css(
            "ol.recommendation-list > li .recommendation__text",
        ))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(first, "Quantify demand");
    client.goto(&server.url("/handlungsfelder")).await.unwrap();
    let lang = client
        .find(Locator::Css("html"))
        .await
        .unwrap()
        .attr("lang")
        .await
        .unwrap();
    assert_eq!(lang.as_deref(), Some("en"));
    let violations = browser.accessibility_violations().await;
    assert!(
        violations.is_empty(),
        "fields page (English): {violations:#?}"
    );

    // Search from the header form.
    client.goto(&server.url("/suche?lang=de")).await.unwrap();
    browser.settle().await;
    browser
        .type_into(Locator::Id("search-query"), "Straßenfußball")
        .await;
    browser.click(Locator::Css("form.search-form button")).await;
    browser.wait_for(Locator::Css(".search-result")).await;
    let hit = browser.text_of(Locator::Css(".search-result a")).await;
    assert!(hit.contains("Straßenfußball"), "{hit}");
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "search page: {violations:#?}");

    // The checker itself works: an image without a text alternative is reported.
    client
        .execute("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/assets/missing.png\">');", Vec::new())
        .await
        .unwrap();
    let violations = browser.accessibility_violations().await;
    assert!(
        violations
            .iter()
            .any(|violation| violation["id"] == "image-alt"),
        "{violations:#?}"
    );

    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_signs_in_edits_a_measure_and_the_public_sees_it() {
    let site = crate::site::Site::start(Backend::Sqlite).await;
    let measures: Value = reqwest::get(site.url("/api/v1/measures?arbeitsgruppe=sport"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = measures["measures"][0]["id"]
        .as_i64()
        .expect("a published sport measure");

    let browser = Browser::start().await;
    let client = &browser.client;
    client
        .goto(&site.url(&format!("/massnahmen/{id}/bearbeiten")))
        .await
        .unwrap();
    // Not signed in: the login page, which returns here afterwards.
    browser.wait_for(Locator::Id("login")).await;
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "login page: {violations:#?}");
    browser.fill_login("anna").await;

    browser.wait_for(Locator::Id("title_de")).await;
    browser.settle().await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "measure form: {violations:#?}");
    let title = client.find(Locator::Id("title_de")).await.unwrap();
    title.clear().await.unwrap();
    title
        .send_keys("Straßenfußball-Liga der Bezirke")
        .await
        .unwrap();
    let progress = client.find(Locator::Id("progress")).await.unwrap();
    progress.clear().await.unwrap();
    progress.send_keys("75").await.unwrap();
    browser
        .click(Locator::Css("form.measure-form button[type=submit]"))
        .await;

    browser.wait_for(Locator::Css(".timeline")).await;
    let heading = browser.text_of(Locator::Css("h1")).await;
    assert_eq!(heading, "Straßenfußball-Liga der Bezirke");
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "measure page: {violations:#?}");

    // The public, without a session, sees the change on the measure and in the field's list.
    let public = reqwest::get(site.url(&format!("/massnahmen/{id}")))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(public.contains("Straßenfußball-Liga der Bezirke"));
    assert!(public.contains("Fortschritt 75 %"));
    assert!(
        !public.contains("user:anna"),
        "who changed it stays internal"
    );
    let field = reqwest::get(site.url("/handlungsfelder/sport"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(field.contains("Straßenfußball-Liga der Bezirke"));

    // Signing out in the browser shows the public view there too.
    browser
        .click(Locator::Css(".site-header__account button"))
        .await;
    browser.wait_for(Locator::LinkText("Anmelden")).await;
    client
        .goto(&site.url(&format!("/massnahmen/{id}")))
        .await
        .unwrap();
    let text = browser.text_of(Locator::Css("main")).await;
    assert!(text.contains("Straßenfußball-Liga der Bezirke"));
    assert!(
        client
            .find(Locator::LinkText("Maßnahme bearbeiten"))
            .await
            .is_err(),
        "no edit button for the public"
    );
    browser.stop().await;
}

/// The concept's edit pages, its versions and a difference, as an administrator uses them: no
/// axe-core violation in German or English, with and without an error on the form.
#[tokio::test(flavor = "multi_thread")]
async fn the_concept_edit_history_and_difference_pages_pass_axe() {
    let site = crate::site::Site::start(Backend::Sqlite).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let assert_clean = |name: &'static str| {
        let browser = &browser;
        async move {
            browser.settle().await;
            let violations = browser.accessibility_violations().await;
            assert!(violations.is_empty(), "{name}: {violations:#?}");
        }
    };
    client
        .goto(&site.url("/konzept/bearbeiten/handlungsfelder/sprachmittlung"))
        .await
        .unwrap();
    browser.wait_for(Locator::Id("login")).await;
    browser.fill_login("admin").await;
    browser.wait_for(Locator::Id("reason")).await;
    assert_clean("field form").await;

    // Saved without a reason: the form comes back with its errors.
    browser
        .click(Locator::Css("button.kern-btn--primary[value=save]"))
        .await;
    browser.wait_for(Locator::Id("error-summary")).await;
    assert_clean("field form with an error").await;

    let text = client
        .find(Locator::XPath(
            "//textarea[text()='Dauerhafte Angebote schaffen']",
        ))
        .await
        .unwrap();
    text.clear().await.unwrap();
    text.send_keys("Dauerhafte Angebote schaffen und sichern")
        .await
        .unwrap();
    browser
        .type_into(Locator::Id("reason"), "Ratsbeschluss zur Sprachmittlung")
        .await;
    browser
        .click(Locator::Css("button.kern-btn--primary[value=save]"))
        .await;
    browser.wait_for(Locator::Css("main ins")).await;
    let inserted = browser.text_of(Locator::Css("main ins")).await;
    assert_eq!(inserted, "Dauerhafte Angebote schaffen und sichern");
    assert_clean("difference page").await;

    for (path, name) in [
        ("/konzept/versionen", "versions page"),
        ("/konzept/bearbeiten", "edit overview"),
        ("/konzept/bearbeiten/kopf", "title form"),
    ] {
        client.goto(&site.url(path)).await.unwrap();
        client.wait().for_element(Locator::Css("h1")).await.unwrap();
        assert_clean(name).await;
    }
    // The same in English.
    browser.click(Locator::LinkText("English")).await;
    browser.wait_for(Locator::Css("html[lang=en]")).await;
    assert_clean("title form, English").await;
    for (path, name) in [
        ("/konzept/bearbeiten", "edit overview, English"),
        ("/konzept/versionen", "versions page, English"),
        ("/konzept/versionen/1/2", "difference page, English"),
        (
            "/konzept/bearbeiten/handlungsfelder/sprachmittlung",
            "field form, English",
        ),
    ] {
        client.goto(&site.url(path)).await.unwrap();
        client.wait().for_element(Locator::Css("h1")).await.unwrap();
        assert_clean(name).await;
    }
    browser.stop().await;
}
