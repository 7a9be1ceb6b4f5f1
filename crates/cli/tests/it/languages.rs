//! The seven UI languages (issue 14) over HTTP and in Chromium: which language a request gets
//! (`?lang=`, cookie, Accept-Language), that caches never serve one language to another reader,
//! every page in every language (status, `lang`, `dir`, no message id left visible, axe-core), and
//! the Arabic layout mirrored.

use std::collections::BTreeSet;

use fantoccini::Locator;
use reqwest::header;
use reqwest::{Client, StatusCode};
use teilhabe_testkit::{Backend, workspace_root};

use crate::browser::Browser;
use crate::site::Site;

/// (code, what `lang` says, direction): Leichte Sprache is German to browsers and screen readers.
const LANGUAGES: [(&str, &str, &str); 8] = [
    ("de", "de", "ltr"),
    ("de-x-ls", "de", "ltr"),
    ("en", "en", "ltr"),
    ("tr", "tr", "ltr"),
    ("ar", "ar", "rtl"),
    ("ru", "ru", "ltr"),
    ("uk", "uk", "ltr"),
    ("pl", "pl", "ltr"),
];

/// Public pages, without the indicator (its id is looked up on the running site).
const PUBLIC_PAGES: [&str; 14] = [
    "/",
    "/handlungsfelder",
    "/handlungsfelder/sprachmittlung",
    "/massnahmen",
    "/programme",
    "/suche?q=sport",
    "/anmelden",
    "/indikatoren",
    "/sprachmittlung/bedarf",
    // Issue 18: the offers search (with filters) and an offer of the demo.
    "/angebote?kosten=free&kinderbetreuung=ja",
    "/angebote/1",
    // Issue 16: an indicator fed by data from institutions, with its reporting rate.
    "/indikatoren/oja-besuchende",
    // Issue 17: the report form and the published statistics of a demo year.
    "/diskriminierung/melden",
    "/diskriminierung/statistik?jahr=2025",
];

const SIGNED_IN_PAGES: [&str; 15] = [
    "/massnahmen/neu",
    "/importe",
    "/verwaltung/benutzer",
    "/uebersetzungen?sprache=ar&art=indicator",
    // Issue 18: the office's review of offers.
    "/angebote/pruefung",
    // Issue 15: the coordination's queue, a request's page, the pool (the administrator
    // coordinates too).
    "/sprachmittlung/koordination",
    "/sprachmittlung/anfragen/1",
    "/sprachmittlung/pool",
    // … and the pool form, new and filled with a demo record.
    "/sprachmittlung/pool/neu",
    "/sprachmittlung/pool/1/bearbeiten",
    // Issue 16: completeness, a demo form (read by the office) and a self-check's scores.
    "/datenerhebung/vollstaendigkeit?auswahl=offene-jugendarbeit/2025Q4",
    "/datenerhebung/offene-jugendarbeit/2025Q4?einrichtung=jugendtreff-mitte",
    "/datenerhebung/ik-selbstcheck/2025?einrichtung=jugendtreff-mitte",
    // The office's coverage of offers (criteria chosen, per residents with migration history).
    "/angebote/abdeckung?kosten=free&kinderbetreuung=ja&basis=migration-history",
    // … and per women with migration history (its own headings).
    "/angebote/abdeckung?fuer=women&basis=women-migration-history",
];

/// Pages of roles the administrator does not act in (issue 15): an institution's request form
/// and own requests (the list of all 600 demo requests is too long for axe-core's time limit; the
/// institution's own list is the same template), a mediator's assignments and own availability.
/// (login, path); the accounts come from [`role_accounts`].
const ROLE_PAGES: [(&str, &str); 7] = [
    ("einrichtung", "/sprachmittlung/anfragen/neu"),
    ("einrichtung", "/sprachmittlung/anfragen"),
    ("mittler", "/sprachmittlung/einsaetze"),
    ("mittler", "/sprachmittlung/pool/1/verfuegbarkeit"),
    // Issue 17: a counsellor's inbox, a demo report and a demo case record.
    ("beratung", "/diskriminierung/beratung"),
    ("beratung", "/diskriminierung/meldungen/1"),
    ("beratung", "/diskriminierung/faelle/1"),
];

/// The logins of [`ROLE_PAGES`].
const ROLE_LOGINS: [&str; 3] = ["einrichtung", "mittler", "beratung"];

/// The accounts of [`ROLE_PAGES`]: a requester of the demo's job centre, and a mediator linked
/// to the demo pool's first record (by the coordination's form, as the office does it).
async fn role_accounts(site: &Site) {
    for args in [
        &[
            "user",
            "add",
            "--login",
            "einrichtung",
            "--role",
            "requester",
        ][..],
        &["institutions", "member", "einrichtung", "jobcenter"][..],
        &["user", "add", "--login", "mittler", "--role", "mediator"][..],
        &["user", "add", "--login", "beratung", "--role", "counsellor"][..],
    ] {
        let output = crate::site::teilhabe(&site.database, args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let (admin, csrf) = site.sign_in("admin").await;
    let answer = admin
        .post(site.url("/sprachmittlung/pool/1/konto"))
        .form(&[("csrf", csrf.as_str()), ("login", "mittler")])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::SEE_OTHER, "link the mediator");
}

fn attribute<'a>(html: &'a str, element: &str, name: &str) -> &'a str {
    let start = html
        .find(&format!("<{element} "))
        .unwrap_or_else(|| panic!("no <{element}>"));
    let tag = &html[start..start + html[start..].find('>').unwrap()];
    let key = format!(" {name}=\"");
    let from = tag
        .find(&key)
        .unwrap_or_else(|| panic!("<{element}> has no {name}"))
        + key.len();
    &tag[from..from + tag[from..].find('"').unwrap()]
}

/// The message ids of de.ftl that read like ids (with a hyphen), to look for on pages.
fn message_ids() -> BTreeSet<String> {
    let german = std::fs::read_to_string(workspace_root().join("data/i18n/de.ftl")).unwrap();
    german
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim())
        .filter(|id| {
            id.contains('-')
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(str::to_owned)
        .collect()
}

/// The text a reader sees: tags, scripts and styles removed, attributes a reader hears
/// (`title`, `aria-label`, `alt`, `placeholder`) kept.
fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push(' ');
        let after = &rest[open..];
        let close = after.find('>').map_or(after.len(), |index| index + 1);
        let tag = &after[..close];
        for name in ["title", "aria-label", "alt", "placeholder"] {
            let key = format!(" {name}=\"");
            if let Some(from) = tag.find(&key) {
                let value = &tag[from + key.len()..];
                text.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                text.push(' ');
            }
        }
        rest = &after[close..];
        for raw in ["<script", "<style"] {
            if tag.starts_with(raw) {
                let end = format!("</{}", &raw[1..]);
                rest = &rest[rest.find(&end).unwrap_or(0)..];
            }
        }
    }
    text.push_str(rest);
    text
}

/// Message ids that stand on their own in `text` (not inside a longer word).
/// Message ids visible in `text`: known ids, and words shaped like an id of a known family
/// (`offers-coverage-…`) that no file defines — what a page shows for an id missing everywhere.
fn ids_in(text: &str, ids: &BTreeSet<String>) -> Vec<String> {
    let family = |word: &str| -> Option<String> {
        let mut parts = word.splitn(3, '-');
        let (first, second, _) = (parts.next()?, parts.next()?, parts.next()?);
        Some(format!("{first}-{second}-"))
    };
    let families: BTreeSet<String> = ids.iter().filter_map(|id| family(id)).collect();
    let id_shaped = |word: &str| {
        word.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && family(word).is_some_and(|prefix| families.contains(&prefix))
    };
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|word| ids.contains(*word) || id_shaped(word))
        .map(str::to_owned)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

async fn first_indicator(site: &Site) -> String {
    let list = reqwest::get(site.url("/indikatoren?lang=de"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = list
        .find("href=\"/indikatoren/")
        .expect("the demo site lists an indicator")
        + "href=\"".len();
    list[at..at + list[at..].find('"').unwrap()].to_owned()
}

async fn get(client: &Client, url: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = client.get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_first_visit_gets_the_browsers_language_and_caches_keep_languages_apart() {
    let site = Site::start(Backend::Sqlite).await;
    let client = site.anonymous();
    let start = site.url("/handlungsfelder");
    for (accept, expected) in [
        ("ar-SY,ar;q=0.9,en;q=0.5", "ar"),
        ("de-DE,de;q=0.9", "de"),
        ("fr-FR, uk;q=0.8, en;q=0.4", "uk"),
        ("fa, ku;q=0.9", "de"),
        ("tr;q=0, pl;q=0.3", "pl"),
        ("en-GB", "en"),
    ] {
        // Twice: the second answer comes from the page cache and must still be right.
        for round in 0..2 {
            let response = get(&client, &start, &[("accept-language", accept)]).await;
            assert_eq!(response.status(), StatusCode::OK);
            let vary = response.headers()[header::VARY]
                .to_str()
                .unwrap()
                .to_owned();
            assert!(vary.contains("Accept-Language"), "{accept}: Vary {vary}");
            assert!(
                !response.headers().contains_key(header::SET_COOKIE),
                "{accept}: a negotiated language is not remembered"
            );
            let cache = response.headers()[header::CACHE_CONTROL]
                .to_str()
                .unwrap()
                .to_owned();
            assert!(cache.starts_with("public"), "{accept}: {cache}");
            let html = response.text().await.unwrap();
            assert_eq!(
                attribute(&html, "html", "lang"),
                expected,
                "{accept} #{round}"
            );
        }
    }

    // A validator of one language never answers another reader with a 304.
    let arabic = get(&client, &start, &[("accept-language", "ar")]).await;
    let etag = arabic.headers()[header::ETAG].to_str().unwrap().to_owned();
    let same = get(
        &client,
        &start,
        &[("accept-language", "ar"), ("if-none-match", &etag)],
    )
    .await;
    assert_eq!(same.status(), StatusCode::NOT_MODIFIED);
    let vary = same.headers()[header::VARY].to_str().unwrap();
    assert!(vary.contains("Accept-Language"), "304: Vary {vary}");
    let german = get(
        &client,
        &start,
        &[("accept-language", "de"), ("if-none-match", &etag)],
    )
    .await;
    assert_eq!(german.status(), StatusCode::OK);
    assert_eq!(
        attribute(&german.text().await.unwrap(), "html", "lang"),
        "de"
    );

    // The cookie and ?lang= come before Accept-Language; ?lang= is remembered.
    let html = get(
        &client,
        &start,
        &[("accept-language", "ar"), ("cookie", "lang=tr")],
    )
    .await
    .text()
    .await
    .unwrap();
    assert_eq!(attribute(&html, "html", "lang"), "tr");
    let chosen = get(
        &client,
        &site.url("/handlungsfelder?lang=pl"),
        &[("accept-language", "ar")],
    )
    .await;
    let cookie = chosen.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("lang=pl;"), "{cookie}");
    let html = get(&client, &start, &[("accept-language", "ar")])
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(attribute(&html, "html", "lang"), "pl", "remembered");
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_speaks_every_language_with_no_message_id_left() {
    let site = Site::start(Backend::Sqlite).await;
    let ids = message_ids();
    assert!(ids.len() > 300, "{} ids", ids.len());
    let indicator = first_indicator(&site).await;
    let (admin, _) = site.sign_in("admin").await;
    let public = site.anonymous();
    let mut pages: Vec<(&Client, String)> = PUBLIC_PAGES
        .iter()
        .map(|path| (&public, (*path).to_owned()))
        .collect();
    pages.push((&public, indicator));
    for path in SIGNED_IN_PAGES {
        pages.push((&admin, path.to_owned()));
    }
    role_accounts(&site).await;
    let mut role_clients = Vec::new();
    for login in ROLE_LOGINS {
        role_clients.push((login, site.sign_in(login).await.0));
    }
    for (login, path) in ROLE_PAGES {
        let client = role_clients
            .iter()
            .find(|(who, _)| *who == login)
            .map(|(_, client)| client)
            .unwrap();
        pages.push((client, path.to_owned()));
    }
    for (code, lang, dir) in LANGUAGES {
        for (client, path) in &pages {
            let separator = if path.contains('?') { '&' } else { '?' };
            let url = site.url(&format!("{path}{separator}lang={code}"));
            let response = get(client, &url, &[]).await;
            assert_eq!(response.status(), StatusCode::OK, "{url}");
            let html = response.text().await.unwrap();
            assert_eq!(attribute(&html, "html", "lang"), lang, "{url}");
            assert_eq!(attribute(&html, "html", "dir"), dir, "{url}");
            let left = ids_in(&visible_text(&html), &ids);
            assert!(left.is_empty(), "{url}: message ids visible: {left:?}");
            // The switch names every language in its own words, marked with its tag.
            for (other, other_lang, _) in LANGUAGES {
                assert!(
                    html.contains(&format!(
                        "lang={other}\" lang=\"{other_lang}\" hreflang=\"{other_lang}\""
                    )),
                    "{url}: switch to {other}"
                );
            }
        }
    }
    // The check itself sees an id left in a page.
    assert_eq!(
        ids_in(&visible_text("<p>Start nav-search</p>"), &ids),
        ["nav-search"]
    );
    // … and an id no file defines, of a known family.
    assert_eq!(
        ids_in(
            &visible_text("<th>offers-coverage-population-nobody</th>"),
            &ids
        ),
        ["offers-coverage-population-nobody"]
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn every_page_in_every_language_passes_axe_and_arabic_is_mirrored() {
    let site = Site::start(Backend::Sqlite).await;
    let indicator = first_indicator(&site).await;
    let browser = Browser::start().await;
    let client = &browser.client;
    let shots = tempfile::tempdir().unwrap();

    let mut public: Vec<String> = PUBLIC_PAGES.iter().map(|p| (*p).to_owned()).collect();
    public.push(indicator);
    let visit = |path: &str, code: &str| {
        let separator = if path.contains('?') { '&' } else { '?' };
        site.url(&format!("{path}{separator}lang={code}"))
    };
    let check = async |path: &str, code: &str, lang: &str, dir: &str| {
        client.goto(&visit(path, code)).await.unwrap();
        browser.settle().await;
        let html = client.find(Locator::Css("html")).await.unwrap();
        assert_eq!(html.attr("lang").await.unwrap().as_deref(), Some(lang));
        assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some(dir));
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "{path} ({code}): {violations:#?}");
    };
    for (code, lang, dir) in LANGUAGES {
        for path in &public {
            check(path, code, lang, dir).await;
        }
    }

    // Mirrored: the site's name and the main heading start at the left edge in German and at
    // the right edge in Arabic.
    let mut edges = Vec::new();
    for code in ["de", "ar"] {
        client.goto(&visit("/", code)).await.unwrap();
        browser.settle().await;
        let png = client.screenshot().await.unwrap();
        std::fs::write(shots.path().join(format!("start-{code}.png")), &png).unwrap();
        let rects = client
            .execute(
                "const r = s => document.querySelector(s).getBoundingClientRect();
                 const w = document.documentElement.clientWidth;
                 return [r('.site-header__name'), r('main h1')].map(b => [b.left, w - b.right]);",
                Vec::new(),
            )
            .await
            .unwrap();
        edges.push((code, rects));
    }
    for (code, rects) in &edges {
        for (element, rect) in ["site name", "h1"].iter().zip(rects.as_array().unwrap()) {
            let left = rect[0].as_f64().unwrap();
            let right = rect[1].as_f64().unwrap();
            if *code == "ar" {
                assert!(right < left, "{code} {element}: left {left}, right {right}");
            } else {
                assert!(left < right, "{code} {element}: left {left}, right {right}");
            }
        }
    }
    assert!(shots.path().join("start-ar.png").exists());

    // Signed in: the measure form, uploads and administration.
    client.goto(&site.url("/anmelden")).await.unwrap();
    browser.wait_for(Locator::Id("login")).await;
    browser.fill_login("admin").await;
    browser
        .wait_for(Locator::Css(".site-header__account form"))
        .await;
    for (code, lang, dir) in LANGUAGES {
        for path in SIGNED_IN_PAGES {
            check(path, code, lang, dir).await;
        }
    }

    // The institution's, the mediator's and the counsellor's pages, each signed in as that role.
    role_accounts(&site).await;
    for login in ROLE_LOGINS {
        client.delete_all_cookies().await.unwrap();
        client.goto(&site.url("/anmelden")).await.unwrap();
        browser.wait_for(Locator::Id("login")).await;
        browser.fill_login(login).await;
        browser
            .wait_for(Locator::Css(".site-header__account form"))
            .await;
        for (code, lang, dir) in LANGUAGES {
            for (_, path) in ROLE_PAGES.iter().filter(|(who, _)| *who == login) {
                check(path, code, lang, dir).await;
            }
        }
    }
    browser.stop().await;
}
