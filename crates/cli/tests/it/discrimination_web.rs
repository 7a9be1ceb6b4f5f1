//! Reports of discrimination over HTTP (issue 17): the public form with its proof of work,
//! honeypot and rate limit, the counsellor's inbox, report and case pages, the published
//! statistics — and no case data for anyone but counsellors, on every route and both backends.

use reqwest::{Client, StatusCode};
use sha2::{Digest, Sha256};
use teilhabe_testkit::{Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::site::{ACCOUNTS, Site, hidden, location, post, teilhabe, text};

const KEY: &str = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

/// A demo site with a contact key, the accounts of every role and a counsellor `berta`.
pub(crate) async fn site(backend: Backend) -> Site {
    let database = TestDatabase::new(backend).await;
    let server = TestServer::start_with_env(
        TEILHABE,
        &database.url,
        &["--demo"],
        &[("TEILHABE_DISCRIMINATION_KEY", KEY)],
    );
    let mut accounts: Vec<(&str, &str, Option<&str>)> = ACCOUNTS.to_vec();
    accounts.push(("berta", "counsellor", None));
    for (login, role, field) in accounts {
        let mut args = vec!["user", "add", "--login", login, "--role", role];
        if let Some(field) = field {
            args.extend(["--field", field]);
        }
        let output = teilhabe(&database, &args);
        assert!(output.status.success(), "user add {login}");
    }
    Site { database, server }
}

/// The number whose SHA-256 with the challenge starts with `bits` zero bits, as the form's
/// script finds it.
fn solve(challenge: &str, bits: u32) -> String {
    (0u64..)
        .map(|n| n.to_string())
        .find(|nonce| {
            let hash = Sha256::digest(format!("{challenge}:{nonce}").as_bytes());
            let mut zeros = 0;
            for byte in hash {
                zeros += byte.leading_zeros();
                if byte != 0 {
                    break;
                }
            }
            zeros >= bits
        })
        .unwrap()
}

fn attribute(page: &str, name: &str) -> String {
    let marker = format!("{name}=\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {name}")) + marker.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

/// A fresh form's challenge with its proof.
async fn proof(client: &Client, site: &Site) -> (String, String) {
    let form = text(client, &site.url("/diskriminierung/melden")).await;
    let challenge = attribute(&form, "data-challenge");
    let bits: u32 = attribute(&form, "data-bits").parse().unwrap();
    let nonce = solve(&challenge, bits);
    (challenge, nonce)
}

fn month_now() -> String {
    jiff::Zoned::now().strftime("%Y-%m").to_string()
}

fn receipt(page: &str) -> String {
    let start = page.find("id=\"receipt-code\"").expect("a receipt code");
    let rest = &page[start..];
    let open = rest.find('>').unwrap() + 1;
    rest[open..open + rest[open..].find('<').unwrap()].to_owned()
}

/// Sends a report; `proof` None leaves the proof out, `honeypot` fills the bots' field.
async fn report(
    client: &Client,
    site: &Site,
    what: &str,
    proof: Option<(String, String)>,
    honeypot: &str,
) -> reqwest::Response {
    let (challenge, nonce) = proof.unwrap_or_default();
    let month = month_now();
    post(
        client,
        &site.url("/diskriminierung/melden"),
        &[
            ("area", "housing"),
            ("district", ""),
            ("month", &month),
            ("grounds", "ethnic-origin"),
            ("grounds", "anti-muslim"),
            ("what_happened", what),
            ("wants_counselling", "ja"),
            ("contact", "Bitte anrufen: 0521 987654"),
            ("website", honeypot),
            ("challenge", &challenge),
            ("proof", &nonce),
        ],
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_reaches_the_counsellor_a_bot_is_held_back_and_a_flood_stopped() {
    let site = site(Backend::Sqlite).await;
    let public = site.anonymous();
    let (berta, csrf) = site.sign_in("berta").await;
    let inbox_before = text(&berta, &site.url("/diskriminierung/beratung")).await;
    let held_before = report_ids(section(&inbox_before, "held-reports", "</ul>")).len();

    // A person: the proof found, the text with a phone number.
    let answer = report(
        &public,
        &site,
        "Die Vermieterin sagte am Telefon 0521 123456, sie vermiete nicht an Muslime.",
        Some(proof(&public, &site).await),
        "",
    )
    .await;
    assert_eq!(answer.status(), StatusCode::OK);
    let code = receipt(&answer.text().await.unwrap());
    assert_eq!(code.len(), 14, "{code}");
    // A mistake is sent back, at its field, and costs nothing.
    let month = month_now();
    let wrong = post(
        &public,
        &site.url("/diskriminierung/melden"),
        &[("month", month.as_str()), ("what_happened", "x")],
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let wrong = wrong.text().await.unwrap();
    assert!(
        wrong.contains("href=\"#area\""),
        "the summary links the area"
    );
    assert!(wrong.contains("href=\"#grounds\""), "and the grounds");
    // A bot that fills the honeypot, and one without the proof: the same answer.
    let bot = report(
        &public,
        &site,
        "Spam one",
        Some(proof(&public, &site).await),
        "http://spam.example",
    )
    .await;
    assert_eq!(bot.status(), StatusCode::OK);
    assert_eq!(receipt(&bot.text().await.unwrap()).len(), 14);
    let unproven = report(&public, &site, "Spam two", None, "").await;
    assert_eq!(unproven.status(), StatusCode::OK);
    // A proof counts once.
    let spent = proof(&public, &site).await;
    report(&public, &site, "Spam three", Some(spent.clone()), "").await;
    let replayed = report(&public, &site, "Spam four", Some(spent), "").await;
    assert_eq!(replayed.status(), StatusCode::OK);
    // Five reports stored from this network within the hour: the sixth is refused.
    let flood = report(
        &public,
        &site,
        "Noch eine",
        Some(proof(&public, &site).await),
        "",
    )
    .await;
    assert_eq!(flood.status(), StatusCode::TOO_MANY_REQUESTS);

    // The counsellor: the person's report waits, the three bots' are held back.
    let inbox = text(&berta, &site.url("/diskriminierung/beratung")).await;
    let held_ids = report_ids(section(&inbox, "held-reports", "</ul>"));
    assert_eq!(
        held_ids.len(),
        held_before + 3,
        "honeypot, no proof, replayed proof"
    );
    // The person's report waits, found by the code they were given.
    let waiting = section(&inbox, "waiting-reports", "</table>");
    let row = waiting
        .split("<tr")
        .find(|row| row.contains(&code))
        .expect("the receipt code in the inbox");
    let first = report_ids(row).remove(0);
    let page = text(
        &berta,
        &site.url(&format!("/diskriminierung/meldungen/{first}")),
    )
    .await;
    assert!(page.contains("[Telefonnummer entfernt]"), "scrubbed");
    assert!(!page.contains("123456"));
    assert!(!page.contains("987654"), "the contact only on request");
    let shown = post(
        &berta,
        &site.url(&format!("/diskriminierung/meldungen/{first}/kontakt")),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(shown.status(), StatusCode::OK);
    assert!(
        shown
            .text()
            .await
            .unwrap()
            .contains("Bitte anrufen: 0521 987654")
    );

    // Release one held-back report, delete another as spam.
    let released = post(
        &berta,
        &site.url(&format!(
            "/diskriminierung/meldungen/{}/freigeben",
            held_ids[0]
        )),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(released.status(), StatusCode::SEE_OTHER);
    let deleted = post(
        &berta,
        &site.url(&format!(
            "/diskriminierung/meldungen/{}/loeschen",
            held_ids[1]
        )),
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(deleted.status(), StatusCode::SEE_OTHER);
    let gone = berta
        .get(site.url(&format!("/diskriminierung/meldungen/{}", held_ids[1])))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);

    // A case for the person's report: a mistake first, then closed with an outcome.
    let today = jiff::Zoned::now().date().to_string();
    let new_case = site.url(&format!("/diskriminierung/faelle/neu?meldung={first}"));
    let refused = post(
        &berta,
        &new_case,
        &[
            ("csrf", &csrf),
            ("version", "0"),
            ("grounds", "ethnic-origin"),
            ("agg", "unclear"),
            ("opened", &today),
        ],
    )
    .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("href=\"#areas\""));
    let created = post(
        &berta,
        &new_case,
        &[
            ("csrf", &csrf),
            ("version", "0"),
            ("areas", "housing"),
            ("grounds", "ethnic-origin"),
            ("grounds", "anti-muslim"),
            ("forms", "direct"),
            ("interventions", "complaint-letter"),
            ("level", "individual"),
            ("agg", "yes"),
            ("outcome", "open"),
            ("opened", &today),
            ("notes", "Rückruf vereinbart unter berta@example.org"),
        ],
    )
    .await;
    assert_eq!(created.status(), StatusCode::SEE_OTHER);
    let case_url = location(&created);
    let case_page = text(&berta, &site.url(&case_url)).await;
    assert!(case_page.contains("[E-Mail entfernt]"), "notes scrubbed");
    let version = hidden(&case_page, "version");
    let closing = [
        ("csrf", csrf.as_str()),
        ("version", version.as_str()),
        ("areas", "housing"),
        ("grounds", "ethnic-origin"),
        ("agg", "yes"),
        ("outcome", "success"),
        ("opened", today.as_str()),
        ("closed", today.as_str()),
    ];
    let closed = post(&berta, &site.url(&case_url), &closing).await;
    assert_eq!(closed.status(), StatusCode::SEE_OTHER);
    // The same version again: someone else saved meanwhile.
    let stale = post(&berta, &site.url(&case_url), &closing).await;
    assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Closing deleted the contact.
    let shown = post(
        &berta,
        &site.url(&format!("/diskriminierung/meldungen/{first}/kontakt")),
        &[("csrf", &csrf)],
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(!shown.contains("987654"));

    // The public statistics of this year: the caveat, and only protected counts.
    let year = jiff::Zoned::now().year();
    let statistics = text(
        &public,
        &site.url(&format!("/diskriminierung/statistik?jahr={year}")),
    )
    .await;
    assert!(statistics.contains("id=\"caveat\""));
    let api: serde_json::Value = public
        .get(site.url(&format!("/api/v1/discrimination/statistics?year={year}")))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let cases_total = &api["cases_total"];
    let shown_total = attribute_text(&statistics, "cases-total");
    match cases_total["value"].as_u64() {
        Some(value) if cases_total["status"] == "published" => {
            assert!(value >= 3);
            assert_eq!(shown_total.replace(['.', '\u{a0}'], ""), value.to_string());
        }
        _ => assert_eq!(shown_total, "."),
    }
    for (status, value) in every_cell(&api) {
        if status == "published" {
            let value = value.unwrap();
            assert!(value == 0 || value >= 3, "a small count published: {value}");
        } else {
            assert_eq!(value, None, "a withheld cell carries no value");
        }
    }
    let bad_year = public
        .get(site.url("/api/v1/discrimination/statistics?year=1999"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad_year.status(), StatusCode::BAD_REQUEST);
}

/// The part of `page` from the element with `id` to the next `end`.
fn section<'a>(page: &'a str, id: &str, end: &str) -> &'a str {
    let start = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id}"));
    let rest = &page[start..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

/// The ids of the reports linked in `html`, in order.
fn report_ids(html: &str) -> Vec<String> {
    html.split("/diskriminierung/meldungen/")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

fn attribute_text(page: &str, id: &str) -> String {
    let start = page.find(&format!("id=\"{id}\"")).expect(id);
    let rest = &page[start..];
    let open = rest.find('>').unwrap() + 1;
    rest[open..open + rest[open..].find('<').unwrap()].to_owned()
}

/// (status, value) of every count in the API's answer.
fn every_cell(body: &serde_json::Value) -> Vec<(String, Option<u64>)> {
    let cell = |c: &serde_json::Value| {
        (
            c["status"].as_str().unwrap_or_default().to_owned(),
            c["value"].as_u64(),
        )
    };
    let mut cells: Vec<(String, Option<u64>)> = body["cases"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&body["cases_total"]])
        .map(cell)
        .collect();
    for table in body["tables"].as_array().unwrap() {
        let table = &table["table"];
        for row in table["cells"].as_array().unwrap() {
            cells.extend(row.as_array().unwrap().iter().map(cell));
        }
        for margin in ["row_totals", "column_totals"] {
            cells.extend(table[margin].as_array().unwrap().iter().map(cell));
        }
        cells.push(cell(&table["total"]));
    }
    cells
}

#[tokio::test(flavor = "multi_thread")]
async fn no_case_data_reaches_anyone_but_counsellors_on_any_route() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let site = site(backend).await;
        let (berta, berta_csrf) = site.sign_in("berta").await;
        // A case and a held-back report of the demo exist: ids 1 of each.
        let inbox = text(&berta, &site.url("/diskriminierung/beratung?alle=ja")).await;
        assert!(inbox.contains("/diskriminierung/faelle/1\""), "{backend:?}");
        let recent = text(&berta, &site.url("/diskriminierung/beratung")).await;
        assert!(
            !recent.contains("/diskriminierung/faelle/1\""),
            "a case closed in 2024 is listed only when all are asked for"
        );
        let gets = [
            "/diskriminierung/beratung",
            "/diskriminierung/meldungen/1",
            "/diskriminierung/faelle/neu",
            "/diskriminierung/faelle/1",
        ];
        let posts = [
            "/diskriminierung/meldungen/1/kontakt",
            "/diskriminierung/meldungen/4/freigeben",
            "/diskriminierung/meldungen/5/loeschen",
            "/diskriminierung/faelle/neu",
            "/diskriminierung/faelle/1",
        ];
        let public = site.anonymous();
        for path in gets {
            let answer = public.get(site.url(path)).send().await.unwrap();
            assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{path} {backend:?}");
            assert!(location(&answer).starts_with("/anmelden"), "{path}");
        }
        for path in posts {
            let answer = post(&public, &site.url(path), &[("csrf", "x")]).await;
            assert!(
                matches!(
                    answer.status(),
                    StatusCode::SEE_OTHER | StatusCode::FORBIDDEN
                ),
                "{path}: {}",
                answer.status()
            );
        }
        for (login, _, _) in ACCOUNTS {
            let (client, csrf) = site.sign_in(login).await;
            for path in gets {
                let answer = client.get(site.url(path)).send().await.unwrap();
                assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{login} GET {path}");
            }
            for path in posts {
                let answer = post(&client, &site.url(path), &[("csrf", &csrf)]).await;
                assert_eq!(
                    answer.status(),
                    StatusCode::FORBIDDEN,
                    "{login} POST {path}"
                );
            }
            // The public pages and the published figures: everyone.
            for path in [
                "/diskriminierung/melden",
                "/diskriminierung/statistik",
                "/api/v1/discrimination/statistics",
            ] {
                let answer = client.get(site.url(path)).send().await.unwrap();
                assert_eq!(answer.status(), StatusCode::OK, "{login} {path}");
            }
        }
        // The counsellor reaches every route.
        for path in gets {
            let answer = berta.get(site.url(path)).send().await.unwrap();
            assert_eq!(
                answer.status(),
                StatusCode::OK,
                "berta GET {path} {backend:?}"
            );
        }
        for path in &posts[..3] {
            let answer = post(&berta, &site.url(path), &[("csrf", &berta_csrf)]).await;
            assert!(
                matches!(answer.status(), StatusCode::OK | StatusCode::SEE_OTHER),
                "berta POST {path}: {}",
                answer.status()
            );
        }
        // No API route serves reports or cases.
        let openapi: serde_json::Value = public
            .get(site.url("/api/v1/openapi.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let routes: Vec<&String> = openapi["paths"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|path| path.contains("discrimination"))
            .collect();
        assert_eq!(routes, ["/api/v1/discrimination/statistics"]);
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_form_speaks_arabic_right_to_left_with_its_categories_and_errors() {
    let site = site(Backend::Sqlite).await;
    let client = site.anonymous();
    let page = text(&client, &site.url("/diskriminierung/melden?lang=ar")).await;
    assert!(page.contains("lang=\"ar\"") && page.contains("dir=\"rtl\""));
    let categories: toml::Value = toml::from_str(
        &std::fs::read_to_string(
            teilhabe_testkit::workspace_root().join("data/discrimination/categories.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    let housing = categories["areas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|area| area["id"].as_str() == Some("housing"))
        .unwrap();
    let arabic = housing["ar"].as_str().unwrap();
    assert!(page.contains(arabic), "the area in Arabic: {arabic}");
    let messages =
        std::fs::read_to_string(teilhabe_testkit::workspace_root().join("data/i18n/ar.ftl"))
            .unwrap();
    let expected = messages
        .lines()
        .find_map(|line| line.strip_prefix("discrimination-error-area = "))
        .unwrap()
        .to_owned();
    let answer = post(
        &client,
        &site.url("/diskriminierung/melden"),
        &[("what_happened", "x")],
    )
    .await;
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let answer = answer.text().await.unwrap();
    assert!(answer.contains("dir=\"rtl\""));
    assert!(answer.contains(&expected), "the error in Arabic");
}
