//! The pool form over HTTP (issue 15): the coordination adds and edits a mediator's record with
//! the form (every error names its field, in German and in English), the link to the mediator's
//! account survives an edit; a mediator keeps their own weekly availability and absences, and
//! nobody else's; every other role is refused (403).

use reqwest::StatusCode;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, location, post, text};

/// A complete record as the form sends it (two language rows, one window, one absence).
fn record<'a>(csrf: &'a str, name: &'a str, email: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("name", name),
        ("email", email),
        ("gender", "female"),
        ("active", "yes"),
        ("language-0", "ti"),
        ("dialect-0", "Asmara"),
        ("self_declared-0", "native"),
        ("tested-0", ""),
        ("language-1", "ar"),
        ("dialect-1", ""),
        ("self_declared-1", "good"),
        ("tested-1", "fluent"),
        ("language-2", ""),
        ("dialect-2", ""),
        ("self_declared-2", ""),
        ("tested-2", ""),
        ("settings", "in-person"),
        ("settings", "video"),
        ("districts", "01"),
        ("districts", "03"),
        ("weekday-0", "2"),
        ("from-0", "08:30"),
        ("to-0", "12:00"),
        ("weekday-1", ""),
        ("from-1", ""),
        ("to-1", ""),
        ("absent_from-0", "2026-08-03"),
        ("absent_to-0", "2026-08-14"),
        ("din_topics", "role"),
        ("din_topics", "confidentiality"),
        ("pledge_until", "2027-12-31"),
        ("good_conduct_until", "2027-06-30"),
        ("rate_per_hour", "16,50"),
        ("rate_per_km", "0,30"),
    ]
}

/// `record` with the values of `changes` instead (each name replaced where it occurs first).
fn with<'a>(
    mut form: Vec<(&'static str, &'a str)>,
    changes: &[(&'static str, &'a str)],
) -> Vec<(&'static str, &'a str)> {
    for (name, value) in changes {
        match form.iter_mut().find(|(n, _)| n == name) {
            Some(pair) => pair.1 = value,
            None => form.push((name, value)),
        }
    }
    form
}

fn id_after(location: &str) -> i64 {
    location
        .rsplit("mittler-")
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no id in {location}"))
}

#[tokio::test]
async fn the_coordination_keeps_pool_records_and_a_mediator_their_own_availability() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        for args in [
            &[
                "user",
                "add",
                "--login",
                "koord",
                "--role",
                "mediation-coordinator",
            ][..],
            &["user", "add", "--login", "jc", "--role", "requester"][..],
            &["institutions", "member", "jc", "jobcenter"][..],
            &["user", "add", "--login", "mittler", "--role", "mediator"][..],
            &["user", "add", "--login", "ohne", "--role", "mediator"][..],
        ] {
            site.run(args);
        }
        let (koord, csrf) = site.sign_in("koord").await;

        // The empty form, from the pool page.
        let pool = text(&koord, &site.url("/sprachmittlung/pool")).await;
        assert!(pool.contains("href=\"/sprachmittlung/pool/neu\""));
        assert!(pool.contains("href=\"/sprachmittlung/pool/1/bearbeiten\""));
        let form = text(&koord, &site.url("/sprachmittlung/pool/neu")).await;
        for name in [
            "name",
            "email",
            "gender",
            "language-0",
            "self_declared-0",
            "tested-0",
            "weekday-0",
            "absent_from-0",
            "pledge_until",
            "good_conduct_until",
            "rate_per_hour",
            "rate_per_km",
        ] {
            assert!(form.contains(&format!("name=\"{name}\"")), "{name}");
        }
        assert!(form.contains("<legend class=\"kern-label\">Wöchentliche Verfügbarkeit</legend>"));
        assert!(form.contains("Allparteilichkeit"), "DIN 19457 topics");

        // Created.
        let answer = post(
            &koord,
            &site.url("/sprachmittlung/pool/neu"),
            &record(&csrf, "Selam Tesfaye", "selam@example.org"),
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER, "{backend:?}");
        let id = id_after(&location(&answer));
        let edit_url = site.url(&format!("/sprachmittlung/pool/{id}/bearbeiten"));
        let page = text(&koord, &edit_url).await;
        assert!(page.contains("value=\"Selam Tesfaye\""));
        assert!(page.contains("value=\"Asmara\""));
        assert!(
            page.contains("<option value=\"fluent\" selected>"),
            "tested"
        );
        assert!(page.contains("value=\"08:30\""));
        assert!(page.contains("value=\"2026-08-14\""));
        assert!(page.contains("value=\"16,50\""), "the rate in German");
        assert!(page.contains("id=\"districts-03\" name=\"districts\" value=\"03\" checked"));
        assert!(page.contains("id=\"din_topics-confidentiality\" name=\"din_topics\" value=\"confidentiality\" checked"));

        // Linked to the mediator's account; an edit keeps the link.
        let answer = post(
            &koord,
            &site.url(&format!("/sprachmittlung/pool/{id}/konto")),
            &[("csrf", csrf.as_str()), ("login", "mittler")],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let changed = with(
            record(&csrf, "Selam T. Haile", "selam@example.org"),
            &[("absent_to-0", "2026-08-21"), ("rate_per_hour", "17")],
        );
        let answer = post(&koord, &edit_url, &changed).await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let page = text(&koord, &edit_url).await;
        assert!(page.contains("value=\"Selam T. Haile\""));
        assert!(page.contains("value=\"2026-08-21\""));
        assert!(page.contains("value=\"17,00\""));
        let pool = text(&koord, &site.url("/sprachmittlung/pool")).await;
        let row = &pool[pool.find(&format!("id=\"mittler-{id}\"")).unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert!(row.contains("Selam T. Haile"));
        assert!(row.contains("Mit einem Konto verbunden."), "link kept");

        // Rejected: each error under its field or group and in the summary, nothing stored.
        let bad = with(
            record(&csrf, "Selam T. Haile", "selam"),
            &[
                ("to-0", "25:00"),
                ("rate_per_km", "-1"),
                ("self_declared-1", ""),
            ],
        );
        let answer = post(&koord, &edit_url, &bad).await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        for (id, label, message) in [
            (
                "email",
                "E-Mail-Adresse",
                "Bitte geben Sie eine gültige E-Mail-Adresse an.",
            ),
            (
                "languages",
                "Sprachen",
                "Bitte geben Sie mindestens eine Sprache an",
            ),
            (
                "weekly",
                "Wöchentliche Verfügbarkeit",
                "Bitte geben Sie je Zeitfenster",
            ),
            (
                "rate_per_km",
                "Fahrtkosten je Kilometer (Euro)",
                "Bitte geben Sie einen Betrag in Euro an",
            ),
        ] {
            assert!(
                page.contains(&format!("id=\"{id}-error\">{message}")),
                "{id}"
            );
            assert!(
                page.contains(&format!("href=\"#{id}\">{label}: {message}")),
                "{id} in the summary"
            );
        }
        assert!(page.contains("value=\"25:00\""), "what was typed stays");
        let page = text(&koord, &edit_url).await;
        assert!(
            page.contains("value=\"selam@example.org\""),
            "nothing stored"
        );
        // A rule of the domain (an unknown district), in English.
        let bad = with(
            record(&csrf, "Selam T. Haile", "selam@example.org"),
            &[("districts", "99")],
        );
        let answer = post(
            &koord,
            &site.url(&format!("/sprachmittlung/pool/{id}/bearbeiten?lang=en")),
            &bad,
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        assert!(
            page.contains("id=\"districts-error\">Please choose only districts from the list.")
        );

        // Other roles: refused, to read and to write.
        let (jc, jc_csrf) = site.sign_in("jc").await;
        let (vera, vera_csrf) = site.sign_in("vera").await;
        let (mittler, mittler_csrf) = site.sign_in("mittler").await;
        for (client, token) in [
            (&jc, &jc_csrf),
            (&vera, &vera_csrf),
            (&mittler, &mittler_csrf),
        ] {
            for path in [
                "/sprachmittlung/pool/neu",
                "/sprachmittlung/pool/1/bearbeiten",
            ] {
                let answer = client.get(site.url(path)).send().await.unwrap();
                assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{path}");
                let answer = post(
                    client,
                    &site.url(path),
                    &record(token, "X", "x@example.org"),
                )
                .await;
                assert_eq!(answer.status(), StatusCode::FORBIDDEN, "{path}");
            }
            let answer = post(
                client,
                &site.url("/sprachmittlung/pool/1/verfuegbarkeit"),
                &[
                    ("csrf", token.as_str()),
                    ("weekday-0", "1"),
                    ("from-0", "08:00"),
                    ("to-0", "09:00"),
                ],
            )
            .await;
            assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        }
        let answer = post(
            &mittler,
            &edit_url,
            &record(&mittler_csrf, "Me", "me@example.org"),
        )
        .await;
        assert_eq!(
            answer.status(),
            StatusCode::FORBIDDEN,
            "not even their own record"
        );

        // The mediator's own availability: from the navigation to their record's page.
        let answer = mittler
            .get(site.url("/sprachmittlung/verfuegbarkeit"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let own_url = site.url(&location(&answer));
        assert!(own_url.ends_with(&format!("/sprachmittlung/pool/{id}/verfuegbarkeit")));
        let page = text(&mittler, &own_url).await;
        assert!(
            page.contains("href=\"/sprachmittlung/verfuegbarkeit\""),
            "nav"
        );
        assert!(page.contains("value=\"08:30\""));
        assert!(
            !page.contains("name=\"rate_per_hour\""),
            "only availability"
        );
        let answer = post(
            &mittler,
            &own_url,
            &[
                ("csrf", mittler_csrf.as_str()),
                ("weekday-0", "4"),
                ("from-0", "14:00"),
                ("to-0", "18:00"),
                ("weekday-1", "5"),
                ("from-1", "09:00"),
                ("to-1", "11:30"),
                ("absent_from-0", "2026-12-24"),
                ("absent_to-0", ""),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);
        let page = text(&koord, &edit_url).await;
        assert!(page.contains("value=\"11:30\""), "the office sees it");
        assert!(!page.contains("value=\"08:30\""), "replaced");
        assert!(page.contains("value=\"2026-12-24\""));
        assert!(page.contains("value=\"Selam T. Haile\""), "the rest kept");
        // A bad window: named, nothing stored.
        let answer = post(
            &mittler,
            &own_url,
            &[
                ("csrf", mittler_csrf.as_str()),
                ("weekday-0", "4"),
                ("from-0", "18:00"),
                ("to-0", "14:00"),
            ],
        )
        .await;
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        assert!(page.contains(
            "href=\"#weekly\">Wöchentliche Verfügbarkeit: Bitte geben Sie je Zeitfenster"
        ));
        assert!(text(&koord, &edit_url).await.contains("value=\"11:30\""));
        // Someone else's: refused, to read and to write.
        let other = site.url("/sprachmittlung/pool/1/verfuegbarkeit");
        let answer = mittler.get(&other).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        // A mediator account linked to no record has no availability page.
        let (ohne, _) = site.sign_in("ohne").await;
        let answer = ohne
            .get(site.url("/sprachmittlung/verfuegbarkeit"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        // The coordination may keep anyone's.
        let answer = koord.get(&other).send().await.unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
    }
}
