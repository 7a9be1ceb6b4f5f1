//! Issue 17 in a real browser: a resident fills the report form, the form's script finds the
//! proof of work while they write, and the report reaches the counsellor's inbox as a person's
//! (not held back); the form and the receipt pass axe-core.

use fantoccini::Locator;
use teilhabe_testkit::Backend;

use crate::browser::Browser;
use crate::site::text;

#[tokio::test(flavor = "multi_thread")]
async fn a_report_sent_from_the_browser_carries_its_proof_and_is_not_held_back() {
    let site = crate::discrimination_web::site(Backend::Sqlite).await;
    let browser = Browser::start().await;
    browser.open(&site, "/diskriminierung/melden").await;
    browser.settle().await;
    browser.assert_accessible("the report form").await;
    browser
        .click(Locator::Css("#area option[value='public-space']"))
        .await;
    let month = jiff::Zoned::now().strftime("%Y-%m").to_string();
    // A month input takes keystrokes in the browser's own order; the value is what is sent.
    browser
        .client
        .execute(
            "document.getElementById('month').value = arguments[0];",
            vec![serde_json::Value::String(month)],
        )
        .await
        .unwrap();
    browser.click(Locator::Id("grounds-ethnic-origin")).await;
    browser
        .click(Locator::Id("grounds-racism-anti-black"))
        .await;
    browser
        .type_into(
            Locator::Id("what_happened"),
            "Im Park wurde ich beleidigt und aufgefordert zu gehen.",
        )
        .await;
    browser
        .click(Locator::Css("#report-form button[type=submit]"))
        .await;
    browser.wait_for(Locator::Id("receipt-code")).await;
    let code = browser.text_of(Locator::Id("receipt-code")).await;
    assert_eq!(code.len(), 14, "{code}");
    browser.assert_accessible("the receipt").await;
    browser.stop().await;

    // The counsellor finds it among the reports waiting, not among those held back.
    let (berta, _) = site.sign_in("berta").await;
    let inbox = text(&berta, &site.url("/diskriminierung/beratung")).await;
    let waiting = &inbox[inbox.find("id=\"waiting-reports\"").unwrap()..];
    // (Held-back reports are listed apart and without their code.)
    assert!(waiting.contains(&code), "the report waits as a person's");
}
