//! The mediation flow in a real browser (issue 15): an institution requests with the form, the
//! coordination accepts and offers to the first suggestion, the mediator accepts, and the public
//! demand page counts the request. Every page on the way passes axe-core (with and without
//! errors). With `TEILHABE_SHOTS=<dir>` the pages are saved as screenshots at desktop and phone
//! width, in German and Arabic, to look at.

use fantoccini::Locator;
use serde_json::json;
use teilhabe_testkit::Backend;

use crate::browser::Browser;
use crate::site::{Site, teilhabe};

/// Screenshots of the page at `path` (1280 and 390 px, German and Arabic), when asked for.
async fn shoot(browser: &Browser, site: &Site, path: &str, name: &str) {
    let Ok(dir) = std::env::var("TEILHABE_SHOTS") else {
        return;
    };
    let separator = if path.contains('?') { '&' } else { '?' };
    for lang in ["ar", "de"] {
        browser
            .open(site, &format!("{path}{separator}lang={lang}"))
            .await;
        if lang == "ar" {
            browser
                .assert_accessible(&format!("{path} in Arabic"))
                .await;
        }
        for width in [1280, 390] {
            browser.client.set_window_size(width, 1600).await.unwrap();
            browser.settle().await;
            let png = browser.client.screenshot().await.unwrap();
            std::fs::write(format!("{dir}/{name}-{lang}-{width}.png"), png).unwrap();
        }
        browser.client.set_window_size(1280, 1000).await.unwrap();
    }
}

async fn sign_in(browser: &Browser, site: &Site, login: &str, then: &str) {
    browser.client.delete_all_cookies().await.unwrap();
    browser
        .open(site, &format!("/anmelden?weiter={then}"))
        .await;
    browser.fill_login(login).await;
    browser
        .wait_for(Locator::Css(".site-header__account form"))
        .await;
    browser.settle().await;
}

async fn id_of(browser: &Browser, css: &str, prefix: &str) -> i64 {
    let id = browser
        .client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap()
        .unwrap();
    id.strip_prefix(prefix).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_institution_requests_the_office_offers_the_mediator_accepts_and_the_demand_counts_it() {
    let site = Site::start(Backend::Sqlite).await;
    for args in [
        &["user", "add", "--login", "jc", "--role", "requester"][..],
        &["institutions", "member", "jc", "jobcenter"][..],
        &[
            "user",
            "add",
            "--login",
            "koord",
            "--role",
            "mediation-coordinator",
        ][..],
        &["user", "add", "--login", "mittler", "--role", "mediator"][..],
    ] {
        let output = teilhabe(&site.database, args);
        assert!(output.status.success(), "{args:?}");
    }
    let browser = Browser::start().await;

    // The institution: an empty form names every missing field, then a valid request.
    sign_in(&browser, &site, "jc", "/sprachmittlung/anfragen/neu").await;
    browser.wait_for(Locator::Id("language")).await;
    browser.assert_accessible("the request form").await;
    browser
        .click(Locator::Css("form.mediation-form button[type=submit]"))
        .await;
    browser.wait_for(Locator::Id("error-summary")).await;
    let summary = browser.text_of(Locator::Id("error-summary")).await;
    assert!(summary.contains("Sprache:"), "{summary}");
    assert!(summary.contains("Datum:"), "{summary}");
    browser
        .assert_accessible("the request form with errors")
        .await;
    shoot(
        &browser,
        &site,
        "/sprachmittlung/anfragen/neu",
        "request-form",
    )
    .await;
    browser
        .open(&site, "/sprachmittlung/anfragen/neu?lang=de")
        .await;
    let zone = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let date = jiff::Timestamp::now()
        .to_zoned(zone)
        .date()
        .checked_add(jiff::Span::new().days(21))
        .unwrap()
        .to_string();
    let select = |id: &'static str, value: &'static str| {
        let client = browser.client.clone();
        async move {
            client
                .find(Locator::Id(id))
                .await
                .unwrap()
                .select_by_value(value)
                .await
                .unwrap();
        }
    };
    select("language", "ar").await;
    select("district", "01").await;
    select("preferred_gender", "female").await;
    browser
        .client
        .execute(
            "document.getElementById('date').value = arguments[0];",
            vec![json!(date)],
        )
        .await
        .unwrap();
    browser.type_into(Locator::Id("time"), "10:30").await;
    browser
        .type_into(Locator::Id("address"), "Niederwall 23")
        .await;
    browser
        .type_into(Locator::Id("contact_email"), "leitung@jobcenter.example")
        .await;
    browser
        .click(Locator::Css("form.mediation-form button[type=submit]"))
        .await;
    browser.wait_for(Locator::Id("request-status")).await;
    let url = browser.client.current_url().await.unwrap();
    let request: i64 = url.path().rsplit('/').next().unwrap().parse().unwrap();
    assert_eq!(
        browser.text_of(Locator::Id("request-status")).await,
        "eingegangen"
    );
    browser
        .assert_accessible("a request, for its institution")
        .await;
    shoot(&browser, &site, "/sprachmittlung/anfragen", "requests").await;

    // The coordination: the queue, accept, the suggestions, the pool, offer.
    sign_in(&browser, &site, "koord", "/sprachmittlung/koordination").await;
    browser
        .wait_for(Locator::Id(&format!("anfrage-{request}")))
        .await;
    browser.assert_accessible("the queue").await;
    shoot(&browser, &site, "/sprachmittlung/koordination", "queue").await;
    browser
        .open(
            &site,
            &format!("/sprachmittlung/anfragen/{request}?lang=de"),
        )
        .await;
    browser.click(Locator::Id("accept")).await;
    browser.wait_for(Locator::Id("suggestions")).await;
    browser
        .assert_accessible("a request with suggestions")
        .await;
    shoot(
        &browser,
        &site,
        &format!("/sprachmittlung/anfragen/{request}"),
        "request-coordination",
    )
    .await;
    let mediator = id_of(&browser, "#suggestions tbody tr", "vorschlag-").await;
    browser.open(&site, "/sprachmittlung/pool?lang=de").await;
    browser.assert_accessible("the pool").await;
    browser
        .type_into(Locator::Id(&format!("login-{mediator}")), "mittler")
        .await;
    browser
        .click(Locator::Id(&format!("link-{mediator}")))
        .await;
    browser.wait_for(Locator::Id("pool")).await;
    shoot(&browser, &site, "/sprachmittlung/pool", "pool").await;
    browser
        .open(
            &site,
            &format!("/sprachmittlung/anfragen/{request}?lang=de"),
        )
        .await;
    browser
        .click(Locator::Id(&format!("offer-{mediator}")))
        .await;
    browser.wait_for(Locator::Id("request-assignments")).await;
    assert_eq!(
        browser.text_of(Locator::Id("request-status")).await,
        "angeboten"
    );

    // The mediator accepts.
    sign_in(&browser, &site, "mittler", "/sprachmittlung/einsaetze").await;
    browser.wait_for(Locator::Css("[id^=accept-]")).await;
    browser.assert_accessible("a mediator's offers").await;
    let assignment = id_of(&browser, "[id^=accept-]", "accept-").await;
    browser
        .click(Locator::Id(&format!("accept-{assignment}")))
        .await;
    browser
        .wait_for(Locator::Id(&format!("report-{assignment}")))
        .await;
    browser
        .assert_accessible("a mediator's accepted assignment")
        .await;
    shoot(&browser, &site, "/sprachmittlung/einsaetze", "assignments").await;

    // The institution sees it confirmed; the public demand counts it (600 demo requests + 1).
    sign_in(
        &browser,
        &site,
        "jc",
        &format!("/sprachmittlung/anfragen/{request}"),
    )
    .await;
    browser
        .open(
            &site,
            &format!("/sprachmittlung/anfragen/{request}?lang=de"),
        )
        .await;
    assert_eq!(
        browser.text_of(Locator::Id("request-status")).await,
        "zugesagt"
    );
    browser.client.delete_all_cookies().await.unwrap();
    browser.open(&site, "/sprachmittlung/bedarf?lang=de").await;
    assert_eq!(
        browser
            .text_of(Locator::Id("mediation-requests-total"))
            .await,
        "601"
    );
    browser.stop().await;
}
