//! Forms and signed-in pages in a real browser (issue 12): every form's legend stands above its
//! fields and its heading above its first label, at desktop and phone width; an error stands next
//! to its field and in the summary at the top, whose link leads to the field; and axe-core finds
//! no WCAG 2.1 A/AA violation on any page a signed-in administrator or editor sees.

use fantoccini::Locator;
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::browser::Browser;
use crate::site::Site;

/// Desktop and phone widths, in CSS pixels.
const WIDTHS: [u32; 2] = [1280, 390];

/// Where a form's parts lie wrong on the current page, as readable sentences (empty: all right).
/// A fieldset's legend must end above its first label, control, hint or error (not beside it:
/// KERN floats legends, so a beside-it box would start on the legend's line); a form's heading
/// (inside it, or the heading right before it and its error summary) must end at least 8 px
/// above its first label or legend.
const LAYOUT_PROBLEMS: &str = r#"
const problems = [];
const box = e => e.getBoundingClientRect();
const visible = e => { const r = box(e); return r.width > 0 && r.height > 0; };
const name = e => (e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60) || ('#' + e.id);
for (const fieldset of [...document.querySelectorAll('main form fieldset')].filter(visible)) {
  const legend = fieldset.querySelector(':scope > legend');
  if (!legend) { problems.push('a fieldset without legend: ' + fieldset.outerHTML.slice(0, 80)); continue; }
  const first = [...fieldset.querySelectorAll('label, input:not([type=hidden]), select, textarea, .kern-hint, .kern-error')]
    .find(e => visible(e) && !legend.contains(e));
  if (!first) continue;
  const l = box(legend), f = box(first);
  if (l.bottom > f.top + 0.5) {
    problems.push(`legend "${name(legend)}" (bottom ${l.bottom.toFixed(1)}, right ${l.right.toFixed(1)}) is not above "${name(first)}" (top ${f.top.toFixed(1)}, left ${f.left.toFixed(1)})`);
  }
}
for (const form of [...document.querySelectorAll('main form')].filter(visible)) {
  let heading = form.querySelector(':scope > h2, :scope > h3');
  if (!heading) {
    let before = form.previousElementSibling;
    while (before && before.matches('.kern-alert')) before = before.previousElementSibling;
    if (before && before.matches('h2, h3')) heading = before;
  }
  const label = [...form.querySelectorAll('label, legend')].find(visible);
  if (!heading || !label) continue;
  const h = box(heading), f = box(label);
  if (h.bottom + 8 > f.top) {
    problems.push(`heading "${name(heading)}" (bottom ${h.bottom.toFixed(1)}) runs into "${name(label)}" (top ${f.top.toFixed(1)})`);
  }
}
return problems;
"#;

async fn layout_problems(browser: &Browser) -> Vec<String> {
    let found = browser
        .client
        .execute(LAYOUT_PROBLEMS, Vec::new())
        .await
        .expect("measure the layout");
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

/// Resizes the window (the page reflows, no reload).
async fn width(browser: &Browser, width: u32) {
    browser
        .client
        .set_window_size(width, 1000)
        .await
        .expect("resize the window");
    browser.settle().await;
}

/// The layout at both widths: no legend beside its field, no heading on its first label.
async fn assert_layout(browser: &Browser, what: &str) {
    for w in WIDTHS {
        width(browser, w).await;
        let problems = layout_problems(browser).await;
        assert!(problems.is_empty(), "{what} at {w} px: {problems:#?}");
    }
    width(browser, WIDTHS[0]).await;
}

/// axe-core at both widths (a table that only scrolls on a phone must be reachable too).
async fn assert_accessible(browser: &Browser, what: &str) {
    for w in WIDTHS {
        width(browser, w).await;
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "{what} at {w} px: {violations:#?}");
    }
    width(browser, WIDTHS[0]).await;
}

async fn open(browser: &Browser, site: &Site, path: &str) {
    browser.client.goto(&site.url(path)).await.unwrap();
    browser
        .client
        .wait()
        .for_element(Locator::Css("main"))
        .await
        .unwrap();
    browser.settle().await;
}

async fn sign_in(browser: &Browser, site: &Site, login: &str, then: &str, shows: &'static str) {
    open(browser, site, &format!("/anmelden?weiter={then}")).await;
    browser.fill_login(login).await;
    browser
        .client
        .wait()
        .for_element(Locator::Id(shows))
        .await
        .unwrap();
    browser.settle().await;
}

async fn sport_measure(site: &Site) -> i64 {
    let measures: Value = reqwest::get(site.url("/api/v1/measures?arbeitsgruppe=sport"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    measures["measures"][0]["id"]
        .as_i64()
        .expect("a sport measure")
}

/// Whether the element `id` lies inside the same KERN form group as the error `error_id`, after
/// its label: the error is shown next to the field it concerns.
async fn error_next_to(browser: &Browser, id: &str, error_id: &str) -> bool {
    browser
        .client
        .execute(
            "const field = document.getElementById(arguments[0]);
             const error = document.getElementById(arguments[1]);
             if (!field || !error) return false;
             const group = field.closest('.kern-form-input, .kern-form-check');
             return !!group && group.contains(error)
                 && field.getAttribute('aria-describedby').split(' ').includes(arguments[1]);",
            vec![Value::from(id), Value::from(error_id)],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

/// Follows the summary's link to `id`: the address names the field and the field is in view.
async fn summary_link_leads_to(browser: &Browser, id: &str) {
    let client = &browser.client;
    client
        .find(Locator::Css(&format!("#error-summary a[href='#{id}']")))
        .await
        .unwrap_or_else(|_| panic!("the summary links #{id}"))
        .click()
        .await
        .unwrap();
    let arrived = client
        .execute(
            "const field = document.getElementById(arguments[0]);
             const r = field.getBoundingClientRect();
             return location.hash === '#' + arguments[0]
                 && r.bottom > 0 && r.top < window.innerHeight;",
            vec![Value::from(id)],
        )
        .await
        .unwrap();
    assert_eq!(arrived, Value::Bool(true), "the link leads to #{id}");
}

#[tokio::test(flavor = "multi_thread")]
async fn legends_and_headings_stand_above_their_fields_and_errors_beside_them() {
    let site = Site::start(Backend::Sqlite).await;
    let id = sport_measure(&site).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    sign_in(&browser, &site, "admin", "/konto", "current").await;

    for page in [
        format!("/massnahmen/{id}/bearbeiten"),
        "/massnahmen/neu".to_owned(),
        "/importe".to_owned(),
        "/konto".to_owned(),
        "/verwaltung/benutzer".to_owned(),
        "/verwaltung/token".to_owned(),
        "/arbeitsgruppen/sport".to_owned(),
        "/verwaltung/protokoll".to_owned(),
    ] {
        open(&browser, &site, &page).await;
        assert_layout(&browser, &page).await;
    }

    // The measure form without a title and with a target group the catalogue lacks (as a
    // tampered or stale form sends it): each error beside its field or group, all in the summary.
    open(&browser, &site, &format!("/massnahmen/{id}/bearbeiten")).await;
    client
        .find(Locator::Id("title_de"))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    client
        .execute(
            "const group = document.querySelector('#target_groups .kern-fieldset__body');
             group.insertAdjacentHTML('beforeend',
               '<input type=checkbox name=target_groups value=gibt-es-nicht checked hidden>');",
            Vec::new(),
        )
        .await
        .unwrap();
    browser
        .click(Locator::Css("form.measure-form button[type=submit]"))
        .await;
    browser.wait_for(Locator::Id("error-summary")).await;
    browser.settle().await;
    assert!(error_next_to(&browser, "title_de", "title_de-error").await);
    client
        .find(Locator::Css("#target_groups > #target_groups-error"))
        .await
        .expect("the group's error inside its fieldset");
    assert_layout(&browser, "measure form with errors").await;
    summary_link_leads_to(&browser, "title_de").await;
    summary_link_leads_to(&browser, "target_groups").await;

    // A wrong current password on the own account form.
    open(&browser, &site, "/konto").await;
    for (field, value) in [
        ("current", "nicht das Passwort"),
        ("new", "Sparrenburg-Leineweber-77"),
        ("repeat", "Sparrenburg-Leineweber-77"),
    ] {
        browser.type_into(Locator::Id(field), value).await;
    }
    client
        .find(Locator::Css(
            "form[action='/konto/passwort'] button[type=submit]",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser.wait_for(Locator::Id("error-summary")).await;
    browser.settle().await;
    assert!(error_next_to(&browser, "current", "current-error").await);
    assert_layout(&browser, "account form with an error").await;
    summary_link_leads_to(&browser, "current").await;
    browser.stop().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_signed_in_page_passes_axe_at_desktop_and_phone_width() {
    let site = Site::start(Backend::Sqlite).await;
    let id = sport_measure(&site).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    sign_in(&browser, &site, "admin", "/konto", "current").await;

    for page in [
        "/".to_owned(),
        "/massnahmen".to_owned(),
        "/massnahmen/neu".to_owned(),
        format!("/massnahmen/{id}"),
        format!("/massnahmen/{id}/bearbeiten"),
        "/programme".to_owned(),
        "/handlungsfelder".to_owned(),
        "/handlungsfelder/sport".to_owned(),
        "/arbeitsgruppen".to_owned(),
        "/arbeitsgruppen/sport".to_owned(),
        "/indikatoren".to_owned(),
        "/indikatoren/kita-u3-quote".to_owned(),
        "/importe".to_owned(),
        "/importe?seite=2".to_owned(),
        "/importe?kennzahl=kita-u3-quote".to_owned(),
        "/verwaltung/benutzer".to_owned(),
        "/verwaltung/token".to_owned(),
        "/verwaltung/protokoll".to_owned(),
        "/verwaltung/protokoll?import=1".to_owned(),
        "/konto".to_owned(),
        "/suche?q=Sprache".to_owned(),
        // Issue 16: completeness with the office's decisions, a demo form read by the office.
        "/datenerhebung/vollstaendigkeit?auswahl=offene-jugendarbeit/2025Q4".to_owned(),
        "/datenerhebung/offene-jugendarbeit/2025Q4?einrichtung=jugendtreff-mitte".to_owned(),
        "/datenerhebung/ik-selbstcheck/2025?einrichtung=jugendtreff-mitte".to_owned(),
    ] {
        open(&browser, &site, &page).await;
        assert_accessible(&browser, &page).await;
    }

    // The result of an upload (a dry run: nothing is stored).
    open(&browser, &site, "/importe").await;
    let demo = teilhabe_testkit::workspace_root().join("data/demo/monitoring");
    for (field, file) in [
        ("upload-file", "vhs-kurse-kinderbetreuung.csv"),
        ("upload-mapping", "vhs-kurse-kinderbetreuung.mapping.toml"),
    ] {
        browser
            .type_into(Locator::Id(field), demo.join(file).to_str().unwrap())
            .await;
    }
    browser.click(Locator::Id("upload-table-dry-run")).await;
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
    browser.settle().await;
    assert_accessible(&browser, "import result").await;

    // An editor's forms: a new measure and one of the own working group's.
    browser
        .click(Locator::Css(".site-header__account button"))
        .await;
    browser.wait_for(Locator::LinkText("Anmelden")).await;
    sign_in(&browser, &site, "anna", "/massnahmen/neu", "title_de").await;
    assert_accessible(&browser, "editor's new measure form").await;
    open(&browser, &site, &format!("/massnahmen/{id}/bearbeiten")).await;
    assert_accessible(&browser, "editor's measure form").await;
    open(&browser, &site, "/arbeitsgruppen/sport").await;
    assert_accessible(&browser, "editor's working group").await;

    // Issue 16: a youth club's reporter, its open forms and the entry form with a bad value.
    for args in [
        &["user", "add", "--login", "treff", "--role", "reporter"][..],
        &["institutions", "member", "treff", "jugendtreff-mitte"][..],
    ] {
        let output = crate::site::teilhabe(&site.database, args);
        assert!(output.status.success(), "{args:?}: {output:?}");
    }
    browser
        .click(Locator::Css(".site-header__account button"))
        .await;
    browser.wait_for(Locator::LinkText("Anmelden")).await;
    sign_in(
        &browser,
        &site,
        "treff",
        "/datenerhebung",
        "collection-forms",
    )
    .await;
    assert_accessible(&browser, "reporter's open forms").await;
    client
        .find(Locator::Css(
            "#collection-forms a[href^='/datenerhebung/offene-jugendarbeit/']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait_for(Locator::Id("v-besuchende-female_mh-yes"))
        .await;
    assert_accessible(&browser, "entry form").await;
    browser
        .type_into(Locator::Id("v-besuchende-female_mh-yes"), "fünf")
        .await;
    browser.click(Locator::Css("button[value=speichern]")).await;
    browser.wait_for(Locator::Id("error-summary")).await;
    browser.settle().await;
    assert_accessible(&browser, "entry form with an error").await;
    browser.stop().await;
}

/// Issue 18 in a real browser: a provider writes an offer in the form and submits it, the office
/// publishes it, a resident finds it with three filters and opens it; axe-core on every page.
#[tokio::test(flavor = "multi_thread")]
async fn a_provider_offers_the_office_publishes_and_a_resident_finds_it_with_three_filters() {
    const TITLE: &str = "Nähcafé für Mütter mit Kinderbetreuung";
    let site = Site::start(Backend::Sqlite).await;
    for args in [
        &["user", "add", "--login", "anbieterin", "--role", "provider"][..],
        &["institutions", "member", "anbieterin", "vhs"][..],
    ] {
        let output = crate::site::teilhabe(&site.database, args);
        assert!(output.status.success(), "{args:?}: {output:?}");
    }
    let browser = Browser::start().await;
    sign_in(&browser, &site, "anbieterin", "/angebote/meine", "title").await;
    assert_accessible(&browser, "the provider's offers").await;
    assert_layout(&browser, "the offer form").await;
    browser.type_into(Locator::Id("title"), TITLE).await;
    for check in ["childcare", "languages-de", "languages-tr", "weekdays-TU"] {
        browser.click(Locator::Id(check)).await;
    }
    for (field, text) in [
        ("address", "Niederwall 1"),
        ("first_date", "2027-01-05"),
        ("start_time", "09:30"),
        ("end_time", "11:30"),
    ] {
        browser.type_into(Locator::Id(field), text).await;
    }
    browser
        .click(Locator::Css("form.offers-form button[type=submit]"))
        .await;
    browser.wait_for(Locator::LinkText(TITLE)).await;
    let card = format!("//li[.//a[text()='{TITLE}']]");
    browser
        .click(Locator::XPath(&format!(
            "{card}//button[@value='einreichen']"
        )))
        .await;
    browser.wait_for(Locator::LinkText(TITLE)).await;
    browser.settle().await;
    assert!(
        browser
            .client
            .find(Locator::XPath(&format!(
                "{card}//button[@value='einreichen']"
            )))
            .await
            .is_err(),
        "submitted"
    );
    let edit = format!("{card}//a[contains(@href, '/bearbeiten')]");
    browser.click(Locator::XPath(&edit)).await;
    browser.wait_for(Locator::Id("more_dates")).await;
    browser.settle().await;
    assert_accessible(&browser, "the edit form").await;
    assert_layout(&browser, "the edit form").await;
    browser
        .click(Locator::Css(".site-header__account button"))
        .await;
    browser.wait_for(Locator::LinkText("Anmelden")).await;

    // The office publishes it; its coverage page passes too.
    sign_in(&browser, &site, "admin", "/konto", "current").await;
    open(&browser, &site, "/angebote/pruefung").await;
    assert_accessible(&browser, "the review").await;
    browser
        .click(Locator::XPath(&format!(
            "{card}//form[input[@value='publish']]//button"
        )))
        .await;
    browser.wait_for(Locator::Css("main h1")).await;
    open(
        &browser,
        &site,
        "/angebote/abdeckung?kosten=free&kinderbetreuung=ja&basis=migration-history",
    )
    .await;
    assert_accessible(&browser, "the coverage").await;
    assert_layout(&browser, "the coverage criteria").await;
    browser
        .click(Locator::Css(".site-header__account button"))
        .await;
    browser.wait_for(Locator::LinkText("Anmelden")).await;

    // A resident: free of charge, with childcare, held in Turkish.
    open(&browser, &site, "/angebote").await;
    browser.click(Locator::Id("kosten-free")).await;
    browser.click(Locator::Id("kinderbetreuung")).await;
    browser.click(Locator::Id("sprache-tr")).await;
    browser
        .click(Locator::Css("form.offers-filter button[type=submit]"))
        .await;
    browser.wait_for(Locator::LinkText(TITLE)).await;
    browser.settle().await;
    let url = browser.client.current_url().await.unwrap();
    let query = url.query().unwrap_or_default().to_owned();
    assert!(
        query.contains("kosten=free")
            && query.contains("kinderbetreuung=ja")
            && query.contains("sprache=tr"),
        "{query}"
    );
    // The list holds what the API finds with the same three filters, fewer than with two (the
    // demo holds offers that meet two of them but are not held in Turkish).
    let listed = browser
        .client
        .find_all(Locator::Css("main .offer-list > li"))
        .await
        .map(|cards| cards.len())
        .unwrap_or_default();
    let count = |query: &'static str| {
        let url = site.url(&format!("/api/v1/offers?{query}"));
        async move {
            let answer: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
            answer["count"].as_u64().unwrap() as usize
        }
    };
    assert_eq!(listed, count("cost=free&childcare=true&language=tr").await);
    assert!(listed < count("cost=free&childcare=true").await);
    assert_accessible(&browser, "the search with three filters").await;
    browser.click(Locator::LinkText(TITLE)).await;
    browser
        .wait_for(Locator::Css("script[type='application/ld+json']"))
        .await;
    browser.settle().await;
    assert!(
        browser
            .text_of(Locator::Css("main h1"))
            .await
            .contains(TITLE)
    );
    assert_accessible(&browser, "the offer").await;
    browser.stop().await;
}
