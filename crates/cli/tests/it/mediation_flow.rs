//! The mediation flow over HTTP (issue 15, phase 2): an institution requests with the form (each
//! error names its field), the coordination checks it, sees the ranked suggestions with their
//! reasons and offers it, the mediator accepts; cancellations need a reason; another
//! institution's request is not found, and every page refuses the roles it is not for.

use reqwest::StatusCode;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, location, post, text};

/// The first number after `prefix` in `page`.
fn number_after(page: &str, prefix: &str) -> Option<i64> {
    let at = page.find(prefix)? + prefix.len();
    let digits: String = page[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// A local date `days` from today (Europe/Berlin), as the form takes it.
fn in_days(days: i64) -> String {
    let zone = jiff::tz::TimeZone::get("Europe/Berlin").unwrap();
    let today = jiff::Timestamp::now().to_zoned(zone).date();
    today
        .checked_add(jiff::Span::new().days(days))
        .unwrap()
        .to_string()
}

fn request_form<'a>(csrf: &'a str, date: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("language", "ar"),
        ("dialect", ""),
        ("setting", "in-person"),
        ("date", date),
        ("time", "10:00"),
        ("minutes", "90"),
        ("district", "01"),
        ("address", "Niederwall 23"),
        ("topic", "education"),
        ("preferred_gender", ""),
        ("contact_email", "leitung@jobcenter.example"),
    ]
}

#[tokio::test]
async fn an_institution_requests_the_office_offers_and_the_mediator_accepts() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        for args in [
            &["user", "add", "--login", "jc", "--role", "requester"][..],
            &["institutions", "member", "jc", "jobcenter"][..],
            &["user", "add", "--login", "abh", "--role", "requester"][..],
            &["institutions", "member", "abh", "auslaenderbehoerde"][..],
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
            site.run(args);
        }
        let (jc, jc_csrf) = site.sign_in("jc").await;
        let (abh, abh_csrf) = site.sign_in("abh").await;
        let (koord, koord_csrf) = site.sign_in("koord").await;
        let (mittler, mittler_csrf) = site.sign_in("mittler").await;
        let (vera, _) = site.sign_in("vera").await;

        // The form: for institutions only.
        let form = text(&jc, &site.url("/sprachmittlung/anfragen/neu")).await;
        for field in [
            "language",
            "date",
            "time",
            "minutes",
            "district",
            "contact_email",
        ] {
            assert!(form.contains(&format!("name=\"{field}\"")), "{field}");
        }
        assert!(form.contains("Arabisch (العربية)"), "language names");
        let answer = vera
            .get(site.url("/sprachmittlung/anfragen/neu"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{backend:?}");
        let answer = site
            .anonymous()
            .get(site.url("/sprachmittlung/anfragen/neu"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        // The nav shows each role its pages only.
        let requests = text(&jc, &site.url("/sprachmittlung/anfragen")).await;
        assert!(requests.contains("href=\"/sprachmittlung/anfragen/neu\""));
        assert!(!requests.contains("href=\"/sprachmittlung/koordination\""));
        assert!(!requests.contains("href=\"/sprachmittlung/einsaetze\""));

        // Invalid: each error names its field, under it and in the summary.
        let bad = [
            ("csrf", jc_csrf.as_str()),
            ("language", ""),
            ("setting", "in-person"),
            ("date", "morgen"),
            ("time", "25:00"),
            ("minutes", "5"),
            ("district", "99"),
            ("address", ""),
            ("topic", "education"),
            ("preferred_gender", ""),
            ("contact_email", "jobcenter"),
        ];
        let answer = post(&jc, &site.url("/sprachmittlung/anfragen/neu"), &bad).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        for (field, label) in [
            ("language", "Sprache"),
            ("date", "Datum"),
            ("time", "Uhrzeit"),
            ("district", "Stadtbezirk"),
            ("contact_email", "E-Mail-Adresse für die Bestätigung"),
        ] {
            assert!(page.contains(&format!("id=\"{field}-error\"")), "{field}");
            assert!(
                page.contains(&format!("href=\"#{field}\">{label}:")),
                "{field} in the summary"
            );
        }
        // What was typed stays.
        assert!(page.contains("value=\"morgen\""));
        // Readable fields, rules of the use case: minutes and address.
        let date = in_days(30);
        let mut short = request_form(&jc_csrf, &date);
        short.retain(|(name, _)| *name != "minutes" && *name != "address");
        short.extend([("minutes", "5"), ("address", "")]);
        let answer = post(&jc, &site.url("/sprachmittlung/anfragen/neu"), &short).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        assert!(page.contains("id=\"minutes-error\""));
        assert!(page.contains("id=\"address-error\""));
        assert!(!page.contains("id=\"date-error\""));

        // Valid: a month ahead (not urgent) and tomorrow (urgent).
        let answer = post(
            &jc,
            &site.url("/sprachmittlung/anfragen/neu"),
            &request_form(&jc_csrf, &date),
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let later_url = location(&answer);
        let later = number_after(&later_url, "/sprachmittlung/anfragen/").unwrap();
        let tomorrow = in_days(1);
        let answer = post(
            &jc,
            &site.url("/sprachmittlung/anfragen/neu"),
            &request_form(&jc_csrf, &tomorrow),
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let soon = number_after(&location(&answer), "/sprachmittlung/anfragen/").unwrap();
        let page = text(&jc, &site.url(&later_url)).await;
        assert!(page.contains(&format!("{date} 10:00")), "local time shown");
        assert!(page.contains("eingegangen"));
        assert!(!page.contains("(dringend)"));
        assert!(
            !page.contains("/entscheiden"),
            "no decisions for institutions"
        );
        let page = text(&jc, &site.url(&format!("/sprachmittlung/anfragen/{soon}"))).await;
        assert!(page.contains("(dringend)"));

        // Another institution: not found, neither to read nor to cancel.
        let answer = abh.get(site.url(&later_url)).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::NOT_FOUND);
        let cancel_url = site.url(&format!("/sprachmittlung/anfragen/{later}/absagen"));
        let answer = post(
            &abh,
            &cancel_url,
            &[("csrf", abh_csrf.as_str()), ("why", "x")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::NOT_FOUND);
        // An institution does not decide.
        let decide_url = site.url(&format!("/sprachmittlung/anfragen/{later}/entscheiden"));
        let answer = post(
            &jc,
            &decide_url,
            &[("csrf", jc_csrf.as_str()), ("decision", "accept")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);

        // The coordination's queue: urgent first; others may not see it.
        let queue = text(&koord, &site.url("/sprachmittlung/koordination")).await;
        let soon_at = queue.find(&format!("id=\"anfrage-{soon}\"")).unwrap();
        let later_at = queue.find(&format!("id=\"anfrage-{later}\"")).unwrap();
        assert!(soon_at < later_at, "urgent first");
        assert!(queue.contains("href=\"/sprachmittlung/pool\""));
        for (client, path) in [
            (&jc, "/sprachmittlung/koordination"),
            (&mittler, "/sprachmittlung/koordination"),
            (&jc, "/sprachmittlung/pool"),
            (&jc, "/sprachmittlung/einsaetze"),
            (&koord, "/sprachmittlung/einsaetze"),
        ] {
            let answer = client.get(site.url(path)).send().await.unwrap();
            assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{path}");
        }

        // Refusing needs a reason from the list; accepting opens the suggestions.
        let answer = post(
            &koord,
            &decide_url,
            &[
                ("csrf", koord_csrf.as_str()),
                ("decision", "refuse"),
                ("reason", "weil"),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            answer
                .text()
                .await
                .unwrap()
                .contains("Bitte wählen Sie einen Grund.")
        );
        let answer = post(
            &koord,
            &decide_url,
            &[("csrf", koord_csrf.as_str()), ("decision", "accept")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let page = text(&koord, &site.url(&later_url)).await;
        assert!(page.contains("angenommen"));
        assert!(page.contains("id=\"suggestions\""), "{page}");
        assert!(page.contains("Sprachniveau:"));
        assert!(!page.contains(">jobcenter<"), "the institution by name");
        assert!(page.contains("erreicht den Stadtbezirk") || page.contains("Stadtbezirk nicht"));
        let first = number_after(&page, "id=\"vorschlag-").unwrap();

        // The pool: link the mediator's account (a wrong login names the field).
        let pool = text(&koord, &site.url("/sprachmittlung/pool")).await;
        assert!(pool.contains(&format!("id=\"mittler-{first}\"")));
        let link_url = site.url(&format!("/sprachmittlung/pool/{first}/konto"));
        let answer = post(
            &koord,
            &link_url,
            &[("csrf", koord_csrf.as_str()), ("login", "jc")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            answer
                .text()
                .await
                .unwrap()
                .contains(&format!("id=\"login-{first}-error\""))
        );
        let answer = post(
            &koord,
            &link_url,
            &[("csrf", koord_csrf.as_str()), ("login", "mittler")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);

        // Offer to the first suggestion; the mediator sees it and accepts.
        let answer = post(
            &koord,
            &site.url(&format!("/sprachmittlung/anfragen/{later}/anbieten")),
            &[
                ("csrf", koord_csrf.as_str()),
                ("mediator", first.to_string().as_str()),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        assert!(
            text(&koord, &site.url(&later_url))
                .await
                .contains("angeboten")
        );
        let mine = text(&mittler, &site.url("/sprachmittlung/einsaetze")).await;
        assert!(mine.contains("href=\"/sprachmittlung/einsaetze\""), "nav");
        let assignment = number_after(&mine, "id=\"accept-").unwrap();
        let answer = post(
            &mittler,
            &site.url(&format!("/sprachmittlung/einsaetze/{assignment}/antwort")),
            &[("csrf", mittler_csrf.as_str()), ("answer", "accept")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        assert!(text(&jc, &site.url(&later_url)).await.contains("zugesagt"));
        // Hours only after the appointment, and as numbers.
        let report_url = site.url(&format!("/sprachmittlung/einsaetze/{assignment}/bericht"));
        let answer = post(
            &mittler,
            &report_url,
            &[
                ("csrf", mittler_csrf.as_str()),
                ("minutes", "neunzig"),
                ("km", "4"),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        assert!(page.contains(&format!("id=\"minutes-{assignment}-error\"")));
        let answer = post(
            &mittler,
            &report_url,
            &[
                ("csrf", mittler_csrf.as_str()),
                ("minutes", "90"),
                ("km", "4"),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            answer
                .text()
                .await
                .unwrap()
                .contains("Stunden werden nach dem Termin gemeldet.")
        );

        // Cancelling needs a reason; with one the request is closed.
        let cancel_soon = site.url(&format!("/sprachmittlung/anfragen/{soon}/absagen"));
        let answer = post(
            &jc,
            &cancel_soon,
            &[("csrf", jc_csrf.as_str()), ("why", " ")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            answer
                .text()
                .await
                .unwrap()
                .contains("Eine Absage braucht einen Grund.")
        );
        let answer = post(
            &jc,
            &cancel_soon,
            &[("csrf", jc_csrf.as_str()), ("why", "Termin verschoben")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let page = text(&jc, &site.url(&format!("/sprachmittlung/anfragen/{soon}"))).await;
        assert!(page.contains("abgesagt"));
        assert!(page.contains("der Einrichtung: Termin verschoben"));
        assert!(
            !page.contains("/absagen"),
            "a closed request offers no cancel"
        );
    }
}
