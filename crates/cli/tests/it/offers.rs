//! Issue 18 over HTTP: a provider writes and submits an offer, the office publishes it, a
//! resident finds it with three filters (page and API), downloads its calendar; another provider
//! cannot touch it. And the CLI's import: all or nothing, row and column named.

use reqwest::{Client, StatusCode, header};
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::site::{Site, teilhabe, text};

async fn post(client: &Client, url: &str, form: &[(&str, &str)]) -> StatusCode {
    client.post(url).form(form).send().await.unwrap().status()
}

/// The address of the first link starting with `prefix`, HTML entities of the attribute undone.
fn link_after(page: &str, prefix: &str) -> String {
    let start = page
        .find(&format!("href=\"{prefix}"))
        .unwrap_or_else(|| panic!("{prefix} in {page}"))
        + "href=\"".len();
    page[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

fn query_value(address: &str, key: &str) -> String {
    reqwest::Url::parse(address)
        .expect("an absolute address")
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("{key} in {address}"))
}

const TITLE: &str = "Schwimmkurs für Frauen mit Kinderbetreuung";

#[tokio::test(flavor = "multi_thread")]
async fn a_provider_publishes_the_office_approves_and_a_resident_finds_it_with_three_filters() {
    let site = Site::start(Backend::Sqlite).await;
    for (login, code) in [("anbieter", "sportverein-brackwede"), ("andere", "vhs")] {
        site.run(&["user", "add", "--login", login, "--role", "provider"]);
        site.run(&["institutions", "member", login, code]);
    }
    let (provider, csrf) = site.sign_in("anbieter").await;
    let mine = site.url("/angebote/meine");
    let response = provider.get(&mine).send().await.unwrap();
    let status = response.status();
    let body = response.text().await.unwrap();
    assert!(body.contains("Sportverein"), "{status}: {body}");
    // An incomplete form is answered with its problems in the page's language, nothing stored.
    let answer = provider
        .post(&mine)
        .form(&[
            ("csrf", csrf.as_str()),
            ("title", ""),
            ("languages", "xx"),
            ("district", "04"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = answer.text().await.unwrap();
    for german in [
        "Geben Sie einen Titel an.",
        "„xx“ ist keine Sprache der Sprachenliste.",
        "Geben Sie die Adresse an.",
    ] {
        assert!(page.contains(german), "{german} in {page}");
    }
    assert!(!page.contains("the title is empty"));
    let form = [
        ("csrf", csrf.as_str()),
        ("title", TITLE),
        ("description", "Im Hallenbad, Kinder werden betreut."),
        ("category", "sport"),
        ("cost", "free"),
        ("gender", "women"),
        ("childcare", "yes"),
        ("languages", "de"),
        ("languages", "tr"),
        ("district", "04"),
        ("address", "Bielefelder Str. 1"),
        ("first_date", "2027-01-05"),
        ("start_time", "18:00"),
        ("end_time", "19:30"),
        ("weekdays", "TU"),
    ];
    assert_eq!(post(&provider, &mine, &form).await, StatusCode::SEE_OTHER);
    let page = text(&provider, &mine).await;
    assert!(page.contains(TITLE));
    // The new offer's card (the demo's offers of the club come before it).
    let id: i64 = page
        .split(TITLE)
        .nth(1)
        .unwrap_or_default()
        .split("action=\"/angebote/meine/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|id| id.parse().ok())
        .expect("the offer's form");
    let own = site.url(&format!("/angebote/meine/{id}"));
    assert_eq!(
        post(
            &provider,
            &own,
            &[("csrf", &csrf), ("version", "1"), ("aktion", "einreichen")]
        )
        .await,
        StatusCode::SEE_OTHER
    );

    // Not public yet; another provider can neither see nor confirm it.
    let public = site.anonymous();
    let offer_page = site.url(&format!("/angebote/{id}"));
    assert_eq!(
        public.get(&offer_page).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let (other, other_csrf) = site.sign_in("andere").await;
    assert_eq!(
        other.get(&offer_page).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        post(
            &other,
            &own,
            &[
                ("csrf", &other_csrf),
                ("version", "2"),
                ("aktion", "bestaetigen")
            ]
        )
        .await,
        StatusCode::NOT_FOUND
    );
    // Nor may a provider review.
    assert_eq!(
        other
            .get(site.url("/angebote/pruefung"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::FORBIDDEN
    );

    // The office publishes.
    let (admin, admin_csrf) = site.sign_in("admin").await;
    let queue = text(&admin, &site.url("/angebote/pruefung")).await;
    assert!(queue.contains(TITLE));
    assert_eq!(
        post(
            &admin,
            &site.url(&format!("/angebote/pruefung/{id}")),
            &[
                ("csrf", &admin_csrf),
                ("version", "2"),
                ("decision", "publish")
            ],
        )
        .await,
        StatusCode::SEE_OTHER
    );

    // A resident finds it: free, with childcare, for women — a shareable URL.
    let found = text(
        &public,
        &site.url("/angebote?kosten=free&kinderbetreuung=ja&fuer=women"),
    )
    .await;
    assert!(found.contains(TITLE), "three filters find it");
    assert!(found.contains(&format!("href=\"/angebote/{id}\"")));
    let elsewhere = text(
        &public,
        &site.url("/angebote?kosten=free&kinderbetreuung=ja&fuer=women&bezirk=01"),
    )
    .await;
    assert!(!elsewhere.contains(TITLE), "not in Mitte");
    // The same through the API.
    let api: Value = public
        .get(site.url("/api/v1/offers?cost=free&childcare=true&gender=women"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<i64> = api["offers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|offer| offer["id"].as_i64().unwrap())
        .collect();
    assert!(ids.contains(&id));
    assert_eq!(api["count"].as_u64().unwrap() as usize, ids.len());
    for offer in api["offers"].as_array().unwrap() {
        assert_eq!(offer["cost"]["kind"], "free");
        assert_eq!(offer["childcare"], true);
        assert!(offer["gender"] == "women" || offer["gender"] == "all");
    }
    let refused = public
        .get(site.url("/api/v1/offers?cost=cheap"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);

    // Its page with JSON-LD, and its calendar.
    let page = text(&public, &offer_page).await;
    assert!(page.contains("application/ld+json"));
    assert!(page.contains("\"@type\":\"Event\""));
    // "Add to calendar" for web calendars: the next date (a Tuesday 18:00–19:30 in Bielefeld) in
    // Google's and Outlook's event forms, in UTC.
    let google = link_after(&page, "https://calendar.google.com/calendar/render?");
    let dates = query_value(&google, "dates");
    let (start, end) = dates.split_once('/').expect("start/end");
    let parse = |compact: &str| -> jiff::Timestamp {
        jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", compact)
            .and_then(|at| at.to_zoned(jiff::tz::TimeZone::UTC))
            .map(|at| at.timestamp())
            .expect("a UTC time")
    };
    let (start, end) = (parse(start), parse(end));
    let local = start.to_zoned(jiff::tz::TimeZone::get("Europe/Berlin").unwrap());
    assert_eq!(local.weekday(), jiff::civil::Weekday::Tuesday);
    assert_eq!((local.hour(), local.minute()), (18, 0));
    assert_eq!(end.duration_since(start).as_secs(), 90 * 60);
    assert!(start >= "2027-01-05T17:00:00Z".parse().unwrap() && start > jiff::Timestamp::now());
    assert_eq!(query_value(&google, "text"), TITLE);
    assert_eq!(query_value(&google, "location"), "Bielefelder Str. 1");
    let outlook = link_after(&page, "https://outlook.live.com/calendar/0/action/compose?");
    assert_eq!(
        query_value(&outlook, "startdt"),
        start.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    );
    assert_eq!(query_value(&outlook, "subject"), TITLE);
    let calendar = public
        .get(site.url(&format!("/angebote/{id}.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(calendar.status(), StatusCode::OK);
    assert!(
        calendar.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    let ics = calendar.text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !ics.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "folded at 75 octets: {line}");
    }
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    for expected in [
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Berlin:20270105T180000",
        "DTEND;TZID=Europe/Berlin:20270105T193000",
        "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "SUMMARY:Schwimmkurs für Frauen mit Kinderbetreuung",
        "DESCRIPTION:Im Hallenbad\\, Kinder werden betreut.",
        "END:VEVENT",
        "TZID:Europe/Berlin",
    ] {
        assert!(lines.contains(&expected), "{expected} in {unfolded}");
    }
    // Every BEGIN has its END.
    for component in ["VCALENDAR", "VTIMEZONE", "VEVENT", "DAYLIGHT", "STANDARD"] {
        let begins = lines
            .iter()
            .filter(|l| **l == format!("BEGIN:{component}"))
            .count();
        let ends = lines
            .iter()
            .filter(|l| **l == format!("END:{component}"))
            .count();
        assert_eq!(begins, ends, "{component}");
    }

    // The provider edits it in the browser's form: filled with the offer; another provider's
    // edit is not found; a bad line names its field; a change sends it back to review.
    let edit = site.url(&format!("/angebote/meine/{id}/bearbeiten"));
    let form_page = text(&provider, &edit).await;
    assert!(form_page.contains(&format!("value=\"{TITLE}\"")), "filled");
    assert!(form_page.contains("value=\"2027-01-05\""));
    assert_eq!(
        other.get(&edit).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    let mut changed: Vec<(&str, &str)> = form.to_vec();
    changed.extend([
        ("version", "3"),
        ("location_kind", "outreach"),
        ("outreach", "04"),
        ("outreach", "05"),
        ("repeat", "monthly-1"),
        ("except", "2027-02-02"),
        ("more_dates", "2027-03-20 10:00-12:00\nirgendwann"),
    ]);
    let response = provider.post(&edit).form(&changed).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = response.text().await.unwrap();
    assert!(
        body.contains("href=\"#more_dates\""),
        "the summary links the field"
    );
    assert!(body.contains("line 2"), "and names the line");
    changed.retain(|(name, _)| *name != "more_dates");
    changed.push(("more_dates", "2027-03-20 10:00-12:00"));
    assert_eq!(
        provider
            .post(&edit)
            .form(&changed)
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        public.get(&offer_page).send().await.unwrap().status(),
        StatusCode::NOT_FOUND,
        "back to review"
    );
    let api: Value = site
        .anonymous()
        .get(site.url("/api/v1/offers?district=05"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        api["offers"]
            .as_array()
            .unwrap()
            .iter()
            .all(|offer| offer["id"].as_i64() != Some(id)),
        "not public while in review"
    );
    let (admin, admin_csrf) = site.sign_in("admin").await;
    assert_eq!(
        post(
            &admin,
            &site.url(&format!("/angebote/pruefung/{id}")),
            &[
                ("csrf", &admin_csrf),
                ("version", "4"),
                ("decision", "publish")
            ],
        )
        .await,
        StatusCode::SEE_OTHER
    );
    let ics = text(&public, &site.url(&format!("/angebote/{id}.ics"))).await;
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("RRULE:FREQ=MONTHLY;BYDAY=1TU"),
        "{unfolded}"
    );
    assert!(unfolded.contains("EXDATE"), "{unfolded}");
    let page = text(&public, &offer_page).await;
    assert!(page.contains("aufsuchend"), "outreach shown");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_import_is_all_or_nothing_and_the_export_lists_every_offer() {
    let site = Site::start(Backend::Sqlite).await;
    let folder = tempfile::tempdir().unwrap();
    let bad = folder.path().join("bad.csv");
    std::fs::write(
        &bad,
        "title,category,languages,cost,location,districts\nGut,sport,de,free,place,01\nSchlecht,sport,de,free,place,77\n",
    )
    .unwrap();
    let output = teilhabe(
        &site.database,
        &[
            "offers",
            "import",
            bad.to_str().unwrap(),
            "--provider",
            "vhs",
        ],
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("row 3, column F (districts)"), "{stderr}");
    assert!(stderr.contains("nothing imported"), "{stderr}");
    let export = |site: &Site| {
        let output = teilhabe(&site.database, &["offers", "export"]);
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap().lines().count()
    };
    // The demo's 150 offers and the header.
    assert_eq!(export(&site), 151);
    let good = folder.path().join("good.csv");
    std::fs::write(
        &good,
        "title,category,languages,cost,location,districts,address\nGut,sport,de,free,place,01,Markt 1\n",
    )
    .unwrap();
    site.run(&[
        "offers",
        "import",
        good.to_str().unwrap(),
        "--provider",
        "vhs",
    ]);
    assert_eq!(export(&site), 152);
}

/// The cells of the coverage table's row headed `district`, as shown (German numbers).
fn coverage_row(page: &str, district: &str) -> Vec<String> {
    let table = page.split("id=\"coverage-table\"").nth(1).unwrap();
    let row = table
        .split(&format!("scope=\"row\">{district}</th>"))
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    row.split("kern-table__cell--numeric\">")
        .skip(1)
        .map(|cell| cell.split('<').next().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_coverage_page_counts_what_the_search_finds_per_district_for_staff_only() {
    let site = Site::start(Backend::Sqlite).await;
    site.run(&["user", "add", "--login", "anbieter", "--role", "provider"]);
    site.run(&["institutions", "member", "anbieter", "vhs"]);
    let path = "/angebote/abdeckung?kosten=free&kinderbetreuung=ja&basis=migration-history";
    // The public is sent to sign in; a provider is refused.
    let public = site.anonymous();
    let response = public.get(site.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let (provider, _) = site.sign_in("anbieter").await;
    let response = provider.get(site.url(path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // Staff (a viewer) see it; each district's total is what the API finds there.
    let (viewer, _) = site.sign_in("vera").await;
    let page = text(&viewer, &site.url(path)).await;
    assert!(page.contains("id=\"abdeckung-karte-title\""), "the map");
    assert!(page.contains("<option value=\"migration-history\" selected"));
    // Per 1,000 women with migration history: Mitte 81,616 × 0.47 × 0.51 = 19,563.
    let women = text(
        &viewer,
        &site.url("/angebote/abdeckung?fuer=women&basis=women-migration-history"),
    )
    .await;
    assert!(women.contains("<option value=\"women-migration-history\" selected"));
    assert!(women.contains("Angebote je 1.000 Frauen mit Migrationsgeschichte"));
    assert_eq!(coverage_row(&women, "Mitte")[10], "19.563");
    let districts = [
        ("01", "Mitte", 38_360_u64),
        ("02", "Schildesche", 14_025),
        ("03", "Gadderbaum", 2_496),
        ("04", "Brackwede", 17_136),
    ];
    let mut gaps = Vec::new();
    for (code, name, base) in districts {
        let api: Value = public
            .get(site.url(&format!(
                "/api/v1/offers?cost=free&childcare=true&district={code}"
            )))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let count = api["count"].as_u64().unwrap();
        let row = coverage_row(&page, name);
        // Nine categories, the total, the base, the rate.
        assert_eq!(row.len(), 12, "{name}: {row:?}");
        assert_eq!(row[9], count.to_string(), "{name}");
        let base_text = format!("{}.{:03}", base / 1000, base % 1000);
        assert_eq!(row[10], base_text.trim_start_matches("0."), "{name}");
        // Offers per 1,000 with migration history, two decimals, German mark.
        let rate = format!("{:.2}", count as f64 * 1000.0 / base as f64).replace('.', ",");
        assert_eq!(row[11], rate, "{name}");
        if count == 0 {
            gaps.push(name);
        }
    }
    let listed = page
        .split("id=\"coverage-gaps\"")
        .nth(1)
        .map(|list| list.split("</ul>").next().unwrap().to_owned());
    for gap in gaps {
        assert!(
            listed.as_deref().unwrap_or("").contains(gap),
            "{gap} listed"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn publish_writes_the_indicator_and_remind_queues_nothing_for_current_offers() {
    let site = Site::start(Backend::Sqlite).await;
    let output = teilhabe(&site.database, &["offers", "publish", "--year", "2025"]);
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The city and ten districts.
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.starts_with("angebote-kostenfrei-kinderbetreuung 2025 "))
            .count(),
        11,
        "{stdout}"
    );
    let api: Value =
        site.anonymous()
            .get(site.url(
                "/api/v1/indicators/angebote-kostenfrei-kinderbetreuung/observations?year=2025",
            ))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
    assert_eq!(api["observations"].as_array().unwrap().len(), 11, "{api}");
    // The demo offers were confirmed when the demo started: none is stale.
    let output = teilhabe(&site.database, &["offers", "remind"]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "0 stale offers reminded"
    );
}

/// `serve` queues the reminder to confirm a stale offer on its own (at the start and hourly),
/// once per stale period however often it runs or restarts.
#[tokio::test(flavor = "multi_thread")]
async fn the_server_reminds_providers_of_stale_offers_by_itself() {
    use teilhabe_store::{DatabaseUrl, Store};
    use teilhabe_testkit::TestServer;
    let site = Site::start(Backend::Sqlite).await;
    site.run(&[
        "user",
        "add",
        "--login",
        "vhs-kurse",
        "--role",
        "provider",
        "--email",
        "kurse@vhs.example",
    ]);
    site.run(&["institutions", "member", "vhs-kurse", "vhs"]);
    let store = Store::open(&DatabaseUrl::parse(&site.database.url).unwrap())
        .await
        .unwrap();
    let seven_months_ago = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::UTC)
        .checked_sub(jiff::Span::new().months(7))
        .unwrap()
        .timestamp();
    let mut content = teilhabe_domain::offers::sample::content();
    content.title = "Vergessener Kurs".into();
    store
        .create_offers(
            "vhs",
            &[content],
            teilhabe_domain::offers::Status::Published,
            "test",
            seven_months_ago,
        )
        .await
        .unwrap();
    let reminders = || async {
        store
            .mail_to("account:vhs-kurse")
            .await
            .unwrap()
            .into_iter()
            .filter(|mail| mail.subject == "Bitte bestätigen: Vergessener Kurs")
            .count()
    };
    assert_eq!(reminders().await, 0, "nobody has run the reminders yet");
    let crate::site::Site { database, server } = site;
    assert!(server.terminate());
    for _start in 0..2 {
        let server = TestServer::start(crate::TEILHABE, &database.url, &[]);
        let mut waited = 0;
        while reminders().await == 0 && waited < 100 {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            waited += 1;
        }
        // Time for a second run to add a duplicate, if it did.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        assert_eq!(reminders().await, 1, "queued once");
        assert!(server.terminate());
    }
    store.close().await;
}
