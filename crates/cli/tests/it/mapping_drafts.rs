//! Upload first, map second, through the real server: a table uploaded without a mapping gets a
//! proposed mapping as a form, a corrected code, an all-or-nothing import with an audit note and a
//! saved mapping; next year's file of the same table is recognised and imported after one check.
//! A draft is its owner's, and a garbled file stores nothing.

use std::collections::BTreeMap;

use reqwest::{Client, StatusCode, redirect};
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::site::{PASSWORD, Site, demo_monitoring_file, text, upload};

const KITA: &str = "kita-u3-quote";

/// The demo file's header and the rows of `year`, with the city-wide value replaced by
/// `city_value` and Mitte's (district 01) by `mitte_value`; Mitte's code is `mitte_code`.
fn kita_year(year: i32, city_value: &str, mitte_value: &str) -> Vec<u8> {
    kita_file(year, city_value, mitte_value, "0571101")
}

pub(crate) fn kita_file(
    year: i32,
    city_value: &str,
    mitte_value: &str,
    mitte_code: &str,
) -> Vec<u8> {
    let original = String::from_utf8(demo_monitoring_file(&format!("{KITA}.csv"))).unwrap();
    let mut lines = original.lines();
    let mut out = vec![lines.next().unwrap().to_owned()];
    for line in original.lines().filter(|l| l.starts_with("2023,")) {
        let mut cells: Vec<String> = line.split(',').map(str::to_owned).collect();
        cells[0] = year.to_string();
        if cells[2].is_empty() && cells[4].is_empty() {
            cells[6] = city_value.to_owned();
        }
        if cells[4] == "0571101" {
            cells[6] = mitte_value.to_owned();
            cells[4] = mitte_code.to_owned();
        }
        out.push(cells.join(","));
    }
    (out.join("\n") + "\n").into_bytes()
}

/// A client that does not follow redirects, signed in as `login`, and its CSRF token.
async fn signed_in(site: &Site, login: &str) -> (Client, String) {
    let client = Client::builder()
        .cookie_store(true)
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    let response = site.try_sign_in(&client, login, PASSWORD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "{login} signs in");
    let csrf = site.csrf(&client).await;
    (client, csrf)
}

/// Uploads `bytes` as `file_name` without a mapping; returns the answer.
async fn upload_table(
    client: &Client,
    site: &Site,
    csrf: &str,
    file_name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    client
        .post(site.url("/importe/tabelle"))
        .multipart(upload(&[("datei", file_name, bytes)], &[("csrf", csrf)]))
        .send()
        .await
        .unwrap()
}

/// The draft a redirect leads to.
fn draft_path(response: &reqwest::Response) -> String {
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/importe/entwuerfe/"), "{location}");
    location
}

/// Every field of the draft form with its preselected value (as a browser would send it).
fn form_values(page: &str) -> BTreeMap<String, String> {
    let form = &page[page
        .find("class=\"stacked-form draft-form\"")
        .expect("a draft form")..];
    let mut values = BTreeMap::new();
    for part in form.split("<input").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        if let (Some(name), Some(value)) = (attribute(tag, "name"), attribute(tag, "value")) {
            values.insert(name, value);
        }
    }
    for part in form.split("<select").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        let body = &part[..part.find("</select>").unwrap()];
        let selected = body
            .split("<option")
            .skip(1)
            .find(|option| option[..option.find('>').unwrap()].contains(" selected"))
            .and_then(|option| attribute(&option[..option.find('>').unwrap()], "value"))
            .unwrap_or_default();
        values.insert(attribute(tag, "name").unwrap(), selected);
    }
    values
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let value = &tag[start..start + tag[start..].find('"')?];
    Some(value.replace("&#34;", "\"").replace("&amp;", "&"))
}

/// The field whose select offers `label` as its label text (a code of the file).
fn field_labelled(page: &str, label: &str) -> String {
    let marker = format!("\">{label}</label>");
    let end = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {label}"));
    let start = page[..end].rfind("for=\"").unwrap() + 5;
    page[start..end].to_owned()
}

async fn post_form(
    client: &Client,
    site: &Site,
    path: &str,
    values: &BTreeMap<String, String>,
) -> (StatusCode, String) {
    let response = client
        .post(site.url(path))
        .form(values)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.text().await.unwrap())
}

/// The 2023 figure of Kita U3 for the whole city (`district` None) or a district.
async fn kita_2023(site: &Site, year: i32, district: &str) -> String {
    let body: Value = site
        .anonymous()
        .get(site.url(&format!(
            "/api/v1/indicators/{KITA}/observations?year={year}&district={district}&origin=_T"
        )))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["observations"][0]["value_text"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Waits until the figure reads `expected` (public answers are cached per data version, which
/// is re-read at least every 250 ms; see monitoring_upload.rs).
async fn wait_for(site: &Site, year: i32, district: &str, expected: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
    loop {
        let now = kita_2023(site, year, district).await;
        if now == expected {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{year} {district}: still {now}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn audit_log(site: &Site) -> String {
    let (admin, _) = site.sign_in("admin").await;
    text(&admin, &site.url("/verwaltung/protokoll")).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_table_without_mapping_is_proposed_corrected_imported_and_audited() {
    let site = Site::start(Backend::Sqlite).await;
    let (stella, csrf) = signed_in(&site, "stella").await;
    // Mitte under a code the file's publisher made up: the proposal cannot know it.
    let response = upload_table(
        &stella,
        &site,
        &csrf,
        "kita-u3-quote.csv",
        kita_file(2023, "41.7", "99.9", "X-MITTE"),
    )
    .await;
    let path = draft_path(&response);
    let page = text(&stella, &site.url(&path)).await;
    // The proposed dimensions and codes, each with its number of rows.
    let values = form_values(&page);
    assert_eq!(values["indicator-0"], KITA, "{values:?}");
    let origin = &values["breakdown-origin"];
    let district = &values["breakdown-district"];
    assert_ne!(origin, "none");
    assert_ne!(district, "none");
    assert_eq!(values["breakdown-sex"], "none");
    assert!(page.contains(">Herkunft</option>") && page.contains(">GeoCode</option>"));
    let mh = field_labelled(&page, "mit Migrationshintergrund");
    assert_eq!(values[&mh], "MH");
    let schildesche = field_labelled(&page, "0571102");
    assert_eq!(values[&schildesche], "02");
    let mitte = field_labelled(&page, "X-MITTE");
    assert_eq!(
        values[&mitte], "",
        "the unknown code is asked, not preselected"
    );
    assert!(page.contains("1 Zeile"), "row counts are shown");

    // The source is asked for: without it the form comes back with the error at its field.
    let mut values = values;
    values.insert("source".into(), String::new());
    values.insert("aktion".into(), "importieren".into());
    let (status, refused) = post_form(&stella, &site, &path, &values).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.contains("href=\"#source\""),
        "summary links the field"
    );
    assert!(refused.contains("id=\"source-error\""));
    wait_for(&site, 2023, "_T", "34.4").await;

    // Corrected: the made-up code is Mitte. A preview shows the new figures next to the
    // stored ones.
    values.insert(mitte, "01".into());
    values.insert(
        "source".into(),
        "Jugendamt Bielefeld, Kita-Statistik".into(),
    );
    values.insert("aktion".into(), "vorschau".into());
    let (status, preview) = post_form(&stella, &site, &path, &values).await;
    assert_eq!(status, StatusCode::OK, "{preview}");
    assert!(
        preview.contains("41,7") && preview.contains("34,4"),
        "{preview}"
    );

    values.insert("aktion".into(), "importieren".into());
    let (status, result) = post_form(&stella, &site, &path, &values).await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert!(result.contains(&format!("/indikatoren/{KITA}")));
    wait_for(&site, 2023, "_T", "41.7").await;
    wait_for(&site, 2023, "01", "99.9").await;

    let log = audit_log(&site).await;
    assert!(
        log.contains("mapping saved for kita-u3-quote"),
        "the audit entry notes the saved mapping"
    );
    // The draft is gone; the mapping is saved and downloads as the TOML the CLI reads.
    let gone = stella.get(site.url(&path)).send().await.unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let list = text(&stella, &site.url("/importe/zuordnungen")).await;
    assert!(list.contains(">kita-u3-quote</th>"), "{list}");
    let link = list.split("href=\"/importe/zuordnungen/").nth(1).unwrap();
    let file = &link[..link.find('"').unwrap()];
    let toml = text(&stella, &site.url(&format!("/importe/zuordnungen/{file}"))).await;
    let mapping = teilhabe_import::Mapping::parse(&toml).unwrap();
    assert_eq!(mapping.indicator.as_deref(), Some(KITA));
    assert_eq!(mapping.source, "Jugendamt Bielefeld, Kita-Statistik");
    assert_eq!(
        mapping.dimensions[&teilhabe_domain::monitoring::Breakdown::District]
            .codes
            .as_ref()
            .unwrap()["X-MITTE"],
        "01",
        "{toml}"
    );
    // The command line imports with it.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("kita.csv");
    let mapping_file = dir.path().join("kita.mapping.toml");
    std::fs::write(&data, kita_file(2022, "40.1", "1.0", "X-MITTE")).unwrap();
    std::fs::write(&mapping_file, &toml).unwrap();
    let output = crate::site::teilhabe(
        &site.database,
        &[
            "import",
            "table",
            data.to_str().unwrap(),
            "--mapping",
            mapping_file.to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    wait_for(&site, 2022, "_T", "40.1").await;

    // Nobody else sees the list or the file.
    let vera = site.sign_in("vera").await.0;
    let refused = vera
        .get(site.url("/importe/zuordnungen"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let anonymous = Client::builder()
        .redirect(redirect::Policy::none())
        .build()
        .unwrap();
    let refused = anonymous
        .get(site.url(&format!("/importe/zuordnungen/{file}")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::SEE_OTHER, "to the login");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_saved_mapping_reads_next_years_file_after_one_check() {
    let site = Site::start(Backend::Sqlite).await;
    let (stella, csrf) = signed_in(&site, "stella").await;

    // Year N: proposed, confirmed, imported.
    let response = upload_table(
        &stella,
        &site,
        &csrf,
        "kita-u3-quote_2024.csv",
        kita_year(2024, "44.0", "31.0"),
    )
    .await;
    let path = draft_path(&response);
    let page = text(&stella, &site.url(&path)).await;
    assert!(
        !page.contains("name=\"gespeichert\""),
        "a new table is proposed"
    );
    let mut values = form_values(&page);
    values.insert("source".into(), "Jugendamt Bielefeld".into());
    values.insert("aktion".into(), "importieren".into());
    let (status, result) = post_form(&stella, &site, &path, &values).await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    wait_for(&site, 2024, "_T", "44.0").await;

    // Year N+1, the same table: recognised, one screen, one button.
    let response = upload_table(
        &stella,
        &site,
        &csrf,
        "kita-u3-quote_2025.csv",
        kita_year(2025, "45.5", "32.5"),
    )
    .await;
    let path = draft_path(&response);
    let check = text(&stella, &site.url(&path)).await;
    assert!(check.contains("name=\"gespeichert\""), "{check}");
    assert!(!check.contains("draft-form"), "no form to fill in");
    assert!(check.contains("kita-u3-quote"));
    assert!(check.contains("Jahre: 2025."), "the years");
    assert!(check.contains("45,5"), "the preview");
    assert!(
        check.contains(&format!("{path}?aendern=ja")),
        "or change it"
    );
    let change = text(&stella, &site.url(&format!("{path}?aendern=ja"))).await;
    let changed = form_values(&change);
    assert_eq!(
        changed["source"], "Jugendamt Bielefeld",
        "the form starts from the saved mapping"
    );

    let csrf_value = crate::site::hidden(&check, "csrf");
    let saved = crate::site::hidden(&check, "gespeichert");
    let form = BTreeMap::from([
        ("csrf".to_owned(), csrf_value),
        ("gespeichert".to_owned(), saved.clone()),
    ]);
    let (status, result) = post_form(&stella, &site, &path, &form).await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    wait_for(&site, 2025, "_T", "45.5").await;
    wait_for(&site, 2024, "_T", "44.0").await;
    let log = audit_log(&site).await;
    assert!(
        log.contains(&format!("saved mapping #{saved} (kita-u3-quote) used")),
        "{log}"
    );
    let list = text(&stella, &site.url("/importe/zuordnungen")).await;
    assert_eq!(
        list.matches(">kita-u3-quote</th>").count(),
        1,
        "one mapping"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_is_its_owners_and_a_garbled_file_stores_nothing() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, admin_csrf) = signed_in(&site, "admin").await;
    let response = upload_table(
        &admin,
        &site,
        &admin_csrf,
        "kita.csv",
        kita_year(2023, "1.0", "1.0"),
    )
    .await;
    let path = draft_path(&response);
    assert_eq!(
        admin.get(site.url(&path)).send().await.unwrap().status(),
        StatusCode::OK
    );

    // Another statistician: not found, also when posting to it.
    let (stella, csrf) = signed_in(&site, "stella").await;
    let other = stella.get(site.url(&path)).send().await.unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
    let (status, _) = post_form(
        &stella,
        &site,
        &path,
        &BTreeMap::from([
            ("csrf".to_owned(), csrf.clone()),
            ("aktion".to_owned(), "importieren".to_owned()),
        ]),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // A viewer may not upload, nor open drafts.
    let (vera, vera_csrf) = signed_in(&site, "vera").await;
    let refused = upload_table(
        &vera,
        &site,
        &vera_csrf,
        "kita.csv",
        kita_year(2023, "1", "1"),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        vera.get(site.url(&path)).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );

    // A garbled file: its problems with file and place; no draft, no import.
    let imports_before = text(&site.anonymous(), &site.url("/api/v1/imports")).await;
    let mut garbled = b"PK\x03\x04".to_vec();
    garbled.extend(std::iter::repeat_n(b'x', 500));
    let response = upload_table(&stella, &site, &csrf, "kaputt.xlsx", garbled).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("kaputt.xlsx"), "{page}");
    // A register extract (person-level records) is refused before anything is kept.
    let persons = b"person_id,birth_year,birth_month,sex\n1,1980,5,F\n2,1975,3,M\n".to_vec();
    let response = upload_table(&stella, &site, &csrf, "register.csv", persons).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("register.csv"), "{page}");
    assert!(!page.contains("1980"), "no record appears in the answer");
    let binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let response = upload_table(&stella, &site, &csrf, "binaer.csv", binary).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.text().await.unwrap().contains("binaer.csv"));
    let next = path.rsplit('/').next().unwrap().parse::<i64>().unwrap() + 1;
    let none = stella
        .get(site.url(&format!("/importe/entwuerfe/{next}")))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::NOT_FOUND, "no draft was kept");
    assert_eq!(
        text(&site.anonymous(), &site.url("/api/v1/imports")).await,
        imports_before
    );
}
