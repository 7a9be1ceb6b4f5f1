//! Issue 16 over HTTP: a youth club's reporter sees its open forms, saves a draft that breaks a
//! rule, cannot complete it until the rule holds, has a bad value refused with nothing stored;
//! another institution's reporter gets "not found", a viewer "forbidden"; the statistics office
//! approves from the completeness page, which locks the form. And the dataValueSets API: a
//! valid import is stored, an invalid one stores nothing and names the value.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use teilhabe_domain::collection::{Period, PeriodType};
use teilhabe_testkit::Backend;

use crate::site::{Site, teilhabe, text};

async fn post(client: &Client, url: &str, form: &[(&str, &str)]) -> (StatusCode, String) {
    let response = client.post(url).form(form).send().await.unwrap();
    let status = response.status();
    (status, response.text().await.unwrap())
}

/// The quarter of today (the server runs on the real clock) and the one before.
fn quarters() -> (Period, Period) {
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .date();
    let current = Period::containing(PeriodType::Quarterly, today);
    (current, current.previous())
}

/// The value of the input with `id`.
fn input_value(page: &str, id: &str) -> String {
    let at = page
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id}"));
    let start = page[..at].rfind('<').unwrap();
    let tag = &page[start..start + page[start..].find('>').unwrap()];
    let from = tag.find(" value=\"").expect("a value") + " value=\"".len();
    tag[from..from + tag[from..].find('"').unwrap()].to_owned()
}

const SUM_RULE: &str = "Mädchen + Jungen + divers + ohne Angabe = Besuchende insgesamt";

/// The club's form: 5 girls and 4 boys (both with migration history), `total` in total.
fn entry<'a>(
    csrf: &'a str,
    girls: &'a str,
    total: &'a str,
    action: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("v:besuchende:female_mh-yes", girls),
        ("c:besuchende:female_mh-yes", "zwei Gruppen"),
        ("v:besuchende:male_mh-yes", "4"),
        ("v:besuchende-gesamt:default", total),
        ("aktion", action),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reporter_enters_completes_and_the_office_approves() {
    let site = Site::start(Backend::Sqlite).await;
    for (login, code) in [
        ("treff", "jugendtreff-mitte"),
        ("andere", "jugendtreff-schildesche"),
    ] {
        site.run(&["user", "add", "--login", login, "--role", "reporter"]);
        site.run(&["institutions", "member", login, code]);
    }
    let (current, _) = quarters();
    let path = format!("/datenerhebung/offene-jugendarbeit/{current}");
    let url = site.url(&path);
    let (reporter, csrf) = site.sign_in("treff").await;

    // The open forms: the current quarter of the club's data set, not begun.
    let list = text(&reporter, &site.url("/datenerhebung")).await;
    assert!(list.contains(&format!("href=\"{path}\"")), "{list}");
    assert!(list.contains("noch nicht begonnen"));
    // Periods in words, the code only in addresses.
    let (year, quarter) = match current {
        Period::Quarter(year, quarter) => (year, quarter),
        other => panic!("{other}"),
    };
    let words = format!("{quarter}. Quartal {year}");
    assert!(list.contains(&format!(">{words}<")), "{list}");
    let page = text(&reporter, &url).await;
    assert!(page.contains(&format!(">{words}<")), "{page}");
    assert!(!page.contains(&format!(">{current}<")), "{page}");
    let english = text(&reporter, &format!("{url}?lang=en")).await;
    assert!(
        english.contains(&format!(">Q{quarter} {year}<")),
        "{english}"
    );
    // In Turkish the data set's German name is marked as German, the period is Turkish.
    let turkish = text(&reporter, &format!("{url}?lang=tr")).await;
    assert!(
        turkish.contains("<h1 class=\"kern-heading-x-large\" lang=\"de\">Offene Kinder- und Jugendarbeit (Quartalsmeldung)</h1>"),
        "{turkish}"
    );
    assert!(
        turkish.contains(&format!(">{year} {quarter}. çeyrek<")),
        "{turkish}"
    );
    // ?lang= is remembered: back to German for the rest.
    text(&reporter, &format!("{url}?lang=de")).await;

    // A draft that breaks the high-importance sum rule is kept, the rule shown.
    let (status, _) = post(&reporter, &url, &entry(&csrf, "5", "10", "speichern")).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = text(&reporter, &url).await;
    assert!(page.contains(SUM_RULE), "{page}");
    assert!(page.contains("Wichtigkeit hoch"));
    assert!(page.contains(
        "id=\"v-besuchende-female_mh-yes\" name=\"v:besuchende:female_mh-yes\" value=\"5\""
    ));
    assert!(page.contains("zwei Gruppen"));
    // The headers that label a cell: the element's heading, its row and its column.
    assert!(page.contains(
        "aria-labelledby=\"element-besuchende element-besuchende-female element-besuchende-mh-yes\""
    ));

    // Completion is refused while the rule fails; the form stays a draft.
    let (status, body) = post(&reporter, &url, &entry(&csrf, "5", "10", "abschliessen")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains(SUM_RULE));
    assert!(body.contains("Entwurf"));

    // Text in a number field: the field is named, nothing is stored.
    let (status, body) = post(&reporter, &url, &entry(&csrf, "fünf", "9", "speichern")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        body.contains("href=\"#v-besuchende-female_mh-yes\""),
        "{body}"
    );
    assert!(body.contains("id=\"v-besuchende-female_mh-yes-error\""));
    let page = text(&reporter, &url).await;
    assert_eq!(input_value(&page, "v-besuchende-gesamt-default"), "10");
    assert_eq!(input_value(&page, "v-besuchende-female_mh-yes"), "5");

    // Another club's reporter does not find this club's form; a viewer may not enter.
    let (other, other_csrf) = site.sign_in("andere").await;
    let foreign = other
        .get(format!("{url}?einrichtung=jugendtreff-mitte"))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
    let (viewer, viewer_csrf) = site.sign_in("vera").await;
    let (status, _) = post(&viewer, &url, &entry(&viewer_csrf, "5", "9", "speichern")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let moved = viewer.get(site.url("/datenerhebung")).send().await.unwrap();
    assert_eq!(moved.status(), StatusCode::SEE_OTHER);
    let (status, _) = post(&other, &url, &entry(&other_csrf, "5", "9", "speichern")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "its own club's form");
    let anonymous = site
        .anonymous()
        .get(site.url("/datenerhebung"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);

    // 5 + 4 = 9: complete, then locked.
    let (status, body) = post(&reporter, &url, &entry(&csrf, "5", "9", "abschliessen")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let page = text(&reporter, &url).await;
    assert!(page.contains("vollständig gemeldet"));
    assert!(!page.contains("name=\"v:besuchende"));
    let (status, _) = post(&reporter, &url, &entry(&csrf, "6", "10", "speichern")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The office: completeness of the quarter, a return needs a reason, approval locks.
    let (office, office_csrf) = site.sign_in("stella").await;
    let selection = format!("offene-jugendarbeit/{current}");
    let overview = text(
        &office,
        &site.url(&format!(
            "/datenerhebung/vollstaendigkeit?auswahl={selection}"
        )),
    )
    .await;
    assert!(
        overview.contains("id=\"einrichtung-jugendtreff-mitte\""),
        "{overview}"
    );
    assert!(overview.contains("value=\"freigeben\""));
    let decide = site.url(&format!("{path}/entscheidung"));
    let (status, body) = post(
        &office,
        &decide,
        &[
            ("csrf", &office_csrf),
            ("einrichtung", "jugendtreff-mitte"),
            ("aktion", "zurueckgeben"),
            ("kommentar", ""),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.contains("kommentar-jugendtreff-mitte-error"));
    let (status, _) = post(
        &reporter,
        &decide,
        &[
            ("csrf", &csrf),
            ("einrichtung", "jugendtreff-mitte"),
            ("aktion", "freigeben"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a reporter does not approve");
    let (status, _) = post(
        &office,
        &decide,
        &[
            ("csrf", &office_csrf),
            ("einrichtung", "jugendtreff-mitte"),
            ("aktion", "freigeben"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let page = text(&reporter, &url).await;
    assert!(page.contains("freigegeben"));
    let (status, _) = post(&reporter, &url, &entry(&csrf, "5", "9", "speichern")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The office reads the form (without inputs).
    let read = text(&office, &format!("{url}?einrichtung=jugendtreff-mitte")).await;
    assert!(read.contains("zwei Gruppen") && !read.contains("name=\"v:besuchende"));
}

async fn api_values(site: &Site, client: &Client, period: &Period) -> Value {
    client
        .get(site.url(&format!(
            "/api/v1/collection/dataValueSets?dataSet=offene-jugendarbeit&period={period}&orgUnit=jugendtreff-mitte"
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_data_value_sets_api_imports_all_or_nothing() {
    let site = Site::start(Backend::Sqlite).await;
    site.run(&["user", "add", "--login", "treff", "--role", "reporter"]);
    site.run(&["institutions", "member", "treff", "jugendtreff-mitte"]);
    let (_, previous) = quarters();
    let (reporter, csrf) = site.sign_in("treff").await;
    let url = site.url("/api/v1/collection/dataValueSets");
    let value = |element: &str, combo: &str, value: &str| {
        json!({"dataElement": element, "period": previous.to_string(), "orgUnit": "jugendtreff-mitte",
               "categoryOptionCombo": combo, "value": value})
    };
    // Without the session's CSRF header: refused.
    let refused = reporter
        .post(&url)
        .json(&json!({"dataValues": [value("maedchenangebote", "default", "2")]}))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    // An unknown element in the second value: nothing stored, the value and field named.
    let bad = reporter
        .post(&url)
        .header("x-csrf-token", &csrf)
        .json(&json!({"dataValues": [
            value("maedchenangebote", "default", "2"),
            value("erfunden", "default", "1"),
        ]}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = bad.json().await.unwrap();
    assert_eq!(
        body["error"]["problems"][0]["field"], "dataValues[1]: dataelement",
        "{body}"
    );
    assert_eq!(
        api_values(&site, &reporter, &previous).await["dataValues"],
        json!([])
    );
    // Valid: stored, and read back.
    let good = reporter
        .post(&url)
        .header("x-csrf-token", &csrf)
        .json(&json!({"dataValues": [
            value("maedchenangebote", "default", "2"),
            value("besuchende", "female_mh-yes", "7"),
        ]}))
        .send()
        .await
        .unwrap();
    assert_eq!(good.status(), StatusCode::OK);
    let summary: Value = good.json().await.unwrap();
    assert_eq!(summary["values"], 2);
    assert_eq!(summary["changed"], 2);
    let stored = api_values(&site, &reporter, &previous).await;
    let values = stored["dataValues"].as_array().unwrap();
    assert_eq!(values.len(), 2, "{stored}");
    assert!(values.iter().any(|v| v["dataElement"] == "besuchende"
        && v["categoryOptionCombo"] == "female_mh-yes"
        && v["value"] == "7"));
    // Another institution's values are not the reporter's to import.
    let foreign = reporter
        .post(&url)
        .header("x-csrf-token", &csrf)
        .json(&json!({"dataValues": [{"dataElement": "maedchenangebote", "period": previous.to_string(),
            "orgUnit": "jugendtreff-senne", "value": "1"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Without an account: 401.
    let anonymous = site
        .anonymous()
        .get(format!(
            "{url}?dataSet=offene-jugendarbeit&period={previous}"
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread")]
async fn publish_prints_the_figures_and_refuses_a_year_without_approved_forms() {
    let site = Site::start(Backend::Sqlite).await;
    let observations = |indicator: &str, year: i32| {
        let url = site.url(&format!(
            "/api/v1/indicators/{indicator}/observations?year={year}"
        ));
        let client = site.anonymous();
        async move {
            let api: Value = client.get(url).send().await.unwrap().json().await.unwrap();
            api["observations"].as_array().cloned().unwrap_or_default()
        }
    };
    // The demo published its approved quarters of 2025 when it started.
    assert!(!observations("oja-besuchende", 2025).await.is_empty());
    // The indicator page prints the reporting beside the latest figure, in the page's language.
    let expected = completeness_of_year(&site, "offene-jugendarbeit", 2025);
    let page = text(&site.anonymous(), &site.url("/indikatoren/oja-besuchende")).await;
    let line = reporting_line(&page);
    assert!(
        line.contains("Quelle: Datenerhebung <span>Offene Kinder- und Jugendarbeit (Quartalsmeldung)</span> 2025: "),
        "{line}"
    );
    assert!(
        line.contains(&format!(
            "{} von {} Einrichtungen freigegeben (Meldequote {} %).",
            expected.0, expected.1, expected.2
        )),
        "{line} (expected {expected:?})"
    );
    assert!(line.contains("letzte freigegebene Zeitraum"), "{line}");
    let english = text(
        &site.anonymous(),
        &site.url("/indikatoren/oja-besuchende?lang=en"),
    )
    .await;
    let line = reporting_line(&english);
    assert!(
        line.contains(&format!(
            "{} of {} institutions approved (reporting rate {} %)",
            expected.0, expected.1, expected.2
        )),
        "{line}"
    );
    let polish = text(
        &site.anonymous(),
        &site.url("/indikatoren/oja-besuchende?lang=pl"),
    )
    .await;
    assert!(
        reporting_line(&polish)
            .contains("<span lang=\"de\">Offene Kinder- und Jugendarbeit (Quartalsmeldung)</span>"),
        "{}",
        reporting_line(&polish)
    );
    // An indicator of the statistics office's own figures has none.
    let other = text(&site.anonymous(), &site.url("/indikatoren/kita-u3-quote")).await;
    assert!(!other.contains("id=\"reporting-1\""));

    let output = teilhabe(
        &site.database,
        &[
            "collection",
            "publish",
            "--data-set",
            "ik-selbstcheck",
            "--year",
            "2024",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    for area in ["personal", "konzepte", "oeffentlichkeit", "vernetzung"] {
        let city = format!("ik-oeffnung-{area} 2024 _T/_T/_T: ");
        let line = stdout
            .lines()
            .find(|line| line.starts_with(&city))
            .unwrap_or_else(|| panic!("no {city} in {stdout}"));
        let score: f64 = line[city.len()..].parse().unwrap();
        assert!((0.0..=100.0).contains(&score), "{line}");
    }
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("Meldequote"),
        "{output:?}"
    );
    let figures = observations("ik-oeffnung-personal", 2024).await;
    assert_eq!(
        figures.len(),
        stdout
            .lines()
            .filter(|line| line.starts_with("ik-oeffnung-personal 2024 "))
            .count(),
        "{figures:?}"
    );

    let output = teilhabe(
        &site.database,
        &[
            "collection",
            "publish",
            "--data-set",
            "ik-selbstcheck",
            "--year",
            "2030",
        ],
    );
    assert!(!output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--year: no approved form"), "{stderr}");
}

/// The paragraph `#reporting-1` of an indicator page.
fn reporting_line(page: &str) -> String {
    let start = page
        .find("id=\"reporting-1\"")
        .unwrap_or_else(|| panic!("no reporting line in {page}"));
    let end = start + page[start..].find("</p>").unwrap();
    page[start..end].to_owned()
}

/// (institutions with an approved period of `year`, institutions expected, rate in whole
/// percent) of a quarterly data set, counted from `teilhabe collection completeness` of each
/// quarter: an institution counts once if any quarter of the year is approved.
fn completeness_of_year(site: &Site, data_set: &str, year: i32) -> (usize, usize, usize) {
    let mut approved = std::collections::BTreeSet::new();
    let mut expected = 0;
    for quarter in 1..=4 {
        let output = teilhabe(
            &site.database,
            &[
                "collection",
                "completeness",
                "--data-set",
                data_set,
                "--period",
                &format!("{year}Q{quarter}"),
            ],
        );
        assert!(output.status.success(), "{output:?}");
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let rows: Vec<&str> = stdout
            .lines()
            .skip(1)
            .filter(|l| !l.starts_with("expected "))
            .collect();
        expected = rows.len();
        for row in rows {
            if row.ends_with(" approved") {
                approved.insert(row.split_whitespace().next().unwrap().to_owned());
            }
        }
    }
    let rate = (approved.len() * 200 + expected) / (2 * expected);
    (approved.len(), expected, rate)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reporter_compares_its_self_check_with_its_kind_only_from_three_approved_others() {
    let site = Site::start(Backend::Sqlite).await;
    site.run(&["user", "add", "--login", "treff", "--role", "reporter"]);
    site.run(&["institutions", "member", "treff", "jugendtreff-mitte"]);
    let (reporter, _) = site.sign_in("treff").await;
    // 2024: the demo approved the youth clubs' self-checks: quartiles, no single value.
    let page = text(&reporter, &site.url("/datenerhebung/ik-selbstcheck/2024")).await;
    let start = page
        .find("id=\"selbstcheck-vergleich\"")
        .unwrap_or_else(|| panic!("no comparison in {page}"));
    let section = &page[start..start + page[start..].find("</section>").unwrap()];
    assert!(section.contains("id=\"vergleich-tabelle\""), "{section}");
    for header in [
        "unteres Quartil",
        "Median",
        "oberes Quartil",
        "andere Einrichtungen",
    ] {
        assert!(section.contains(header), "{header}: {section}");
    }
    assert!(!section.contains("Minimum") && !section.contains("Maximum"));
    // 2025: completed, not yet approved: too few to compare, said so, no table.
    let page = text(&reporter, &site.url("/datenerhebung/ik-selbstcheck/2025")).await;
    assert!(page.contains("id=\"vergleich-zu-wenige\""), "{page}");
    assert!(!page.contains("id=\"vergleich-tabelle\""));
    // The statistics office sees it for the club; a viewer reads the form without it.
    let (office, _) = site.sign_in("stella").await;
    let url = site.url("/datenerhebung/ik-selbstcheck/2024?einrichtung=jugendtreff-mitte");
    assert!(
        text(&office, &url)
            .await
            .contains("id=\"vergleich-tabelle\"")
    );
    let (viewer, _) = site.sign_in("vera").await;
    let read = text(&viewer, &url).await;
    assert!(read.contains("id=\"selbstcheck\""), "the scores: {read}");
    assert!(!read.contains("selbstcheck-vergleich"));
    // Another club's comparison is not found for this reporter.
    let foreign = reporter
        .get(site.url("/datenerhebung/ik-selbstcheck/2024?einrichtung=jugendtreff-schildesche"))
        .send()
        .await
        .unwrap();
    assert_eq!(foreign.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_creates_its_reporter_only_with_a_demo_password() {
    // With TEILHABE_DEMO_PASSWORD: `jugendtreff-demo` reports for Jugendtreff Mitte.
    let database = teilhabe_testkit::TestDatabase::new(Backend::Sqlite).await;
    let server = teilhabe_testkit::TestServer::start_with_env(
        crate::TEILHABE,
        &database.url,
        &["--demo"],
        &[("TEILHABE_DEMO_PASSWORD", crate::site::PASSWORD)],
    );
    let site = Site { database, server };
    let (reporter, _) = site.sign_in("jugendtreff-demo").await;
    let list = text(&reporter, &site.url("/datenerhebung")).await;
    assert!(list.contains("Jugendtreff Mitte (Demo)"), "{list}");
    assert!(list.contains("href=\"/datenerhebung/offene-jugendarbeit/"));
    let users = teilhabe(&site.database, &["user", "list"]);
    let users = String::from_utf8_lossy(&users.stdout);
    assert!(
        users
            .lines()
            .any(|l| l.contains("jugendtreff-demo") && l.contains("reporter")),
        "{users}"
    );

    // Without it: no account with a known password.
    let plain = Site::start(Backend::Sqlite).await;
    let client = plain.anonymous();
    let response = plain
        .try_sign_in(&client, "jugendtreff-demo", crate::site::PASSWORD)
        .await;
    assert_ne!(response.status(), StatusCode::SEE_OTHER);
}

fn output_text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn check_names_file_line_and_column_of_every_problem() {
    let database = teilhabe_testkit::TestDatabase::new(Backend::Sqlite).await;
    let root = teilhabe_testkit::workspace_root();
    // The shipped folder passes.
    let shipped = root.join("data/collection");
    let output = teilhabe(
        &database,
        &["collection", "check", shipped.to_str().unwrap()],
    );
    let (stdout, stderr) = output_text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("no problems"), "{stdout}");

    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
    std::fs::copy(shipped.join("categories.toml"), dir.join("categories.toml")).unwrap();
    // A TOML syntax error (line 3, column 10: the table header is not closed) …
    std::fs::write(
        dir.join("syntax.toml"),
        "format = 1\n\n[data_set\ncode = \"x\"\n",
    )
    .unwrap();
    // … and a file that parses but names a period type and a category that do not exist.
    std::fs::write(
        dir.join("kaputt.toml"),
        "format = 1\n\n[data_set]\ncode = \"kaputt\"\nname = { de = \"Kaputt\", en = \"Broken\" }\n\
         period_type = \"weekly\"\nkinds = [\"youth-club\"]\ndue_days = 30\nexpiry_days = 120\n\n\
         [[elements]]\ncode = \"besuchende\"\nname = { de = \"Besuchende\", en = \"Visitors\" }\n\
         type = \"integer\"\ncategories = [\"sex\", \"hobby\"]\n",
    )
    .unwrap();
    let output = teilhabe(&database, &["collection", "check", dir.to_str().unwrap()]);
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    let at =
        |file: &str, line: u32, column: u32| format!("{}/{file}:{line}:{column}: ", dir.display());
    for expected in [
        format!("{}unclosed table, expected `]`", at("syntax.toml", 3, 10)),
        format!("{}unknown period type `weekly`", at("kaputt.toml", 6, 15)),
        format!("{}unknown category `hobby`", at("kaputt.toml", 15, 22)),
    ] {
        assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    }
    assert!(stderr.contains("3 problems"), "{stderr}");
    // One file is checked with the folder's categories.toml beside it.
    let one = dir.join("kaputt.toml");
    let output = teilhabe(&database, &["collection", "check", one.to_str().unwrap()]);
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    assert!(stderr.contains(&at("kaputt.toml", 15, 22)), "{stderr}");
    assert!(
        stderr.contains("2 problems") && !stderr.contains("syntax.toml"),
        "{stderr}"
    );
    // A file that is not there is named.
    let missing = dir.join("fehlt.toml");
    let output = teilhabe(
        &database,
        &["collection", "check", missing.to_str().unwrap()],
    );
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    assert!(stderr.contains("fehlt.toml"), "{stderr}");
}

/// A database with Bielefeld's city, institutions and data sets, as `teilhabe` loads them.
async fn loaded_database() -> teilhabe_testkit::TestDatabase {
    let database = teilhabe_testkit::TestDatabase::new(Backend::Sqlite).await;
    let root = teilhabe_testkit::workspace_root();
    let path = |relative: &str| root.join(relative).to_str().unwrap().to_owned();
    let (city, registry, sets) = (
        path("data/city/bielefeld.toml"),
        path("data/institutions/bielefeld.toml"),
        path("data/collection"),
    );
    for args in [
        ["city", "load", city.as_str()],
        ["institutions", "load", registry.as_str()],
        ["collection", "load", sets.as_str()],
    ] {
        let output = teilhabe(&database, &args);
        assert!(
            output.status.success(),
            "{args:?}: {:?}",
            output_text(&output)
        );
    }
    database
}

/// The values of Jugendtreff Mitte's 2025Q1 form, as CSV lines without the header.
fn stored_csv(database: &teilhabe_testkit::TestDatabase) -> Vec<String> {
    let output = teilhabe(
        database,
        &[
            "collection",
            "export",
            "--data-set",
            "offene-jugendarbeit",
            "--period",
            "2025Q1",
            "--format",
            "csv",
        ],
    );
    assert!(output.status.success(), "{:?}", output_text(&output));
    output_text(&output)
        .0
        .lines()
        .skip(1)
        .map(str::to_owned)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn import_names_the_line_or_value_and_field_of_every_problem_and_stores_nothing() {
    let database = loaded_database().await;
    let folder = tempfile::tempdir().unwrap();
    let csv = folder.path().join("werte.csv");
    std::fs::write(
        &csv,
        "dataelement,period,orgunit,catoptcombo,value\n\
         besuchende,2025Q1,jugendtreff-mitte,female_mh-yes,12\n\
         erfunden,2025Q1,jugendtreff-mitte,,1\n\
         besuchende,2025Q1,jugendtreff-mitte,male_mh-yes,viele\n\
         besuchende,2025Q1,gibt-es-nicht,female_mh-no,3\n\
         besuchende,2025W05,jugendtreff-mitte,female_mh-no,3\n\
         besuchende,2025Q1,jugendtreff-mitte,female_hobby,3\n",
    )
    .unwrap();
    let file = csv.display().to_string();
    for dry_run in [true, false] {
        let mut args = vec!["collection", "import", file.as_str()];
        if dry_run {
            args.push("--dry-run");
        }
        let output = teilhabe(&database, &args);
        let (_, stderr) = output_text(&output);
        assert!(!output.status.success(), "{stderr}");
        for (line, field) in [
            (3, "dataelement"),
            (4, "value"),
            (5, "orgunit"),
            (6, "period"),
            (7, "catoptcombo"),
        ] {
            let place = format!("{file}: line {line}: {field}: ");
            assert!(stderr.contains(&place), "{place}\n{stderr}");
        }
        assert!(
            !stderr.contains("line 2:"),
            "the good line is fine: {stderr}"
        );
        assert!(stderr.contains("nothing stored"), "{stderr}");
    }
    assert_eq!(
        stored_csv(&database),
        Vec::<String>::new(),
        "all or nothing"
    );

    // A CSV file without a required column names line 1 and the column.
    std::fs::write(&csv, "dataelement,period,value\nbesuchende,2025Q1,1\n").unwrap();
    let output = teilhabe(&database, &["collection", "import", &file]);
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!("{file}: line 1: ")) && stderr.contains("orgunit"),
        "{stderr}"
    );

    // JSON: the value and its field; broken JSON: line and column.
    let json = folder.path().join("werte.json");
    let json_file = json.display().to_string();
    std::fs::write(
        &json,
        r#"{"dataValues": [
  {"dataElement": "besuchende", "period": "2025Q1", "orgUnit": "jugendtreff-mitte",
   "categoryOptionCombo": "female_mh-yes", "value": "12"},
  {"dataElement": "besuchende", "period": "2025Q1", "orgUnit": "jugendtreff-mitte",
   "categoryOptionCombo": "male_mh-yes", "value": "-4"}
]}"#,
    )
    .unwrap();
    let output = teilhabe(&database, &["collection", "import", &json_file]);
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!("{json_file}: dataValues[1]: value: ")),
        "{stderr}"
    );
    assert!(!stderr.contains("dataValues[0]"), "{stderr}");
    std::fs::write(&json, "{\"dataValues\": [\n  {\"dataElement\": }\n]}").unwrap();
    let output = teilhabe(&database, &["collection", "import", &json_file]);
    let (_, stderr) = output_text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!("{json_file}: line 2, column 19: ")),
        "{stderr}"
    );
    assert_eq!(stored_csv(&database), Vec::<String>::new());

    // The good values alone are stored.
    std::fs::write(
        &csv,
        "dataelement,period,orgunit,catoptcombo,value\n\
         besuchende,2025Q1,jugendtreff-mitte,female_mh-yes,12\n",
    )
    .unwrap();
    let output = teilhabe(&database, &["collection", "import", &file]);
    assert!(output.status.success(), "{:?}", output_text(&output));
    let stored = stored_csv(&database);
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert!(stored[0].starts_with("besuchende,2025Q1,jugendtreff-mitte,female_mh-yes,"));
}
