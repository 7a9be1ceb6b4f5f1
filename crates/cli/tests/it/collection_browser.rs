//! Issue 16 in a real browser: a youth club's reporter types values into the entry form, saves
//! a draft that breaks the sum rule and sees the rule, cannot complete it, fixes the total and
//! marks the form complete; the statistics office finds it on the completeness page and approves
//! it; afterwards the reporter's form has no input left and a save is refused. axe-core checks
//! every page on the way, and the self-check's comparison with institutions of the same kind.

use fantoccini::Locator;
use serde_json::Value;
use teilhabe_domain::collection::{Period, PeriodType};
use teilhabe_testkit::Backend;

use crate::browser::Browser;
use crate::site::{Site, teilhabe};

const SUM_RULE: &str = "Mädchen + Jungen + divers + ohne Angabe = Besuchende insgesamt";

/// Signs in afresh (the previous account's cookies are dropped) and waits for `shows`.
async fn sign_in(browser: &Browser, site: &Site, login: &str, then: &str, shows: Locator<'_>) {
    browser.client.delete_all_cookies().await.unwrap();
    browser
        .open(site, &format!("/anmelden?weiter={then}"))
        .await;
    browser.fill_login(login).await;
    browser.wait_for(shows).await;
    browser.settle().await;
}

/// Replaces the text of the input `id`.
async fn retype(browser: &Browser, id: &str, text: &str) {
    browser
        .client
        .find(Locator::Id(id))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    browser.type_into(Locator::Id(id), text).await;
}

/// How many value inputs (`v:…`) the current page has.
async fn value_inputs(browser: &Browser) -> usize {
    browser
        .client
        .find_all(Locator::Css("input[name^='v:'], select[name^='v:']"))
        .await
        .unwrap()
        .len()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reporter_enters_and_completes_a_form_and_the_office_approves_it() {
    let site = Site::start(Backend::Sqlite).await;
    for args in [
        &["user", "add", "--login", "treff", "--role", "reporter"][..],
        &["institutions", "member", "treff", "jugendtreff-mitte"][..],
    ] {
        let output = teilhabe(&site.database, args);
        assert!(output.status.success(), "{args:?}: {output:?}");
    }
    // The server runs on the real clock: the current quarter is open for entry.
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let quarter = Period::containing(PeriodType::Quarterly, today);
    let path = format!("/datenerhebung/offene-jugendarbeit/{quarter}");
    let browser = Browser::start().await;
    let client = &browser.client;

    // The reporter's open forms, then the quarter's form.
    sign_in(
        &browser,
        &site,
        "treff",
        "/datenerhebung",
        Locator::Id("collection-forms"),
    )
    .await;
    browser.assert_accessible("the open forms").await;
    browser
        .click(Locator::Css(&format!("#collection-forms a[href='{path}']")))
        .await;
    browser
        .wait_for(Locator::Id("v-besuchende-female_mh-yes"))
        .await;
    browser.settle().await;
    browser.assert_accessible("the empty entry form").await;

    // 5 girls and 4 boys, but 10 in total: the draft is saved, the sum rule shown.
    for (id, value) in [
        ("v-besuchende-female_mh-yes", "5"),
        ("v-besuchende-male_mh-yes", "4"),
        ("v-besuchende-gesamt-default", "10"),
        ("c-besuchende-gesamt-default", "Zählung an der Tür"),
    ] {
        retype(&browser, id, value).await;
    }
    browser.click(Locator::Css("button[value=speichern]")).await;
    browser.wait_for(Locator::Id("regeln")).await;
    browser.settle().await;
    let rules = browser
        .text_of(Locator::Css("section.collection-rules"))
        .await;
    assert!(rules.contains(SUM_RULE), "{rules}");
    assert_eq!(
        browser.text_of(Locator::Id("collection-state")).await,
        "Entwurf"
    );
    browser
        .assert_accessible("the draft with a rule violation")
        .await;

    // Completing is refused while the high-importance rule fails.
    browser
        .click(Locator::Css("button[value=abschliessen]"))
        .await;
    browser.wait_for(Locator::Id("error-summary")).await;
    browser.settle().await;
    let summary = browser.text_of(Locator::Id("error-summary")).await;
    assert!(summary.contains(SUM_RULE), "{summary}");
    browser.assert_accessible("the refused completion").await;

    // The total fixed: complete, and the form is locked for the reporter.
    retype(&browser, "v-besuchende-gesamt-default", "9").await;
    browser
        .click(Locator::Css("button[value=abschliessen]"))
        .await;
    browser.wait_for(Locator::Id("collection-locked")).await;
    browser.settle().await;
    assert_eq!(
        browser.text_of(Locator::Id("collection-state")).await,
        "vollständig gemeldet"
    );
    assert_eq!(value_inputs(&browser).await, 0);
    assert!(
        client.find(Locator::Id("regeln")).await.is_err(),
        "no rule fails"
    );
    browser.assert_accessible("the completed form").await;

    // The statistics office: the club is complete on the completeness page; approve it.
    sign_in(
        &browser,
        &site,
        "stella",
        "/datenerhebung",
        Locator::Id("collection-completeness"),
    )
    .await;
    browser
        .open(
            &site,
            &format!("/datenerhebung/vollstaendigkeit?auswahl=offene-jugendarbeit/{quarter}"),
        )
        .await;
    let row = Locator::Id("einrichtung-jugendtreff-mitte");
    let before = browser.text_of(row).await;
    assert!(before.contains("vollständig gemeldet"), "{before}");
    browser.assert_accessible("the completeness page").await;
    browser
        .click(Locator::Css(
            "#einrichtung-jugendtreff-mitte button[value=freigeben]",
        ))
        .await;
    browser
        .wait_for(Locator::Id("collection-completeness"))
        .await;
    browser.settle().await;
    let after = browser.text_of(row).await;
    assert!(after.contains("freigegeben"), "{after}");
    assert!(
        client
            .find(Locator::Css(
                "#einrichtung-jugendtreff-mitte button[value=freigeben]"
            ))
            .await
            .is_err(),
        "approved once"
    );
    browser
        .assert_accessible("the completeness page after approval")
        .await;

    // The reporter again: the form is approved, shows the values as text, and a save that a
    // stale page would send is refused.
    sign_in(
        &browser,
        &site,
        "treff",
        &path,
        Locator::Id("collection-locked"),
    )
    .await;
    assert_eq!(
        browser.text_of(Locator::Id("collection-state")).await,
        "freigegeben"
    );
    assert_eq!(value_inputs(&browser).await, 0);
    assert!(
        browser
            .text_of(Locator::Css("main"))
            .await
            .contains("Zählung an der Tür")
    );
    browser.assert_accessible("the approved form").await;
    let status = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const csrf = document.querySelector('form.collection-form input[name=csrf]').value;
             const body = new URLSearchParams({csrf, 'v:besuchende-gesamt:default': '12',
                                               aktion: 'speichern'});
             fetch(location.pathname, {method: 'POST', body, redirect: 'manual'})
               .then(answer => done(answer.status), error => done(String(error)));",
            Vec::new(),
        )
        .await
        .unwrap();
    assert_eq!(status, Value::from(403), "entry into an approved form");
    browser.open(&site, &path).await;
    let total = browser
        .text_of(Locator::Css("#element-besuchende-gesamt dd"))
        .await;
    assert!(total.starts_with('9'), "nothing stored: {total}");

    // The club's self-check of 2024 beside the quartiles of its kind (the demo approved them).
    browser
        .open(&site, "/datenerhebung/ik-selbstcheck/2024")
        .await;
    browser.wait_for(Locator::Id("vergleich-tabelle")).await;
    browser
        .assert_accessible("the self-check with its comparison")
        .await;
    browser.stop().await;
}
