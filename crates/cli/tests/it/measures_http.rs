//! Measures, accounts and permissions over real HTTP.

use reqwest::{Client, StatusCode, header};
use serde_json::{Value, json};
use teilhabe_testkit::{BACKENDS, Backend};

use crate::site::{PASSWORD, Site, demo_monitoring_file, hidden, sport_form, text, upload};

#[derive(Clone, Copy, PartialEq)]
enum Guard {
    /// Sport measures and the sport working group.
    SportField,
    /// Users and tokens.
    Admin,
    /// Imports of figures: statisticians and administrators.
    Import,
}

struct Route {
    name: &'static str,
    guard: Guard,
    api: bool,
    success: StatusCode,
}

const ROUTES: [Route; 13] = [
    Route {
        name: "POST /massnahmen/neu",
        guard: Guard::SportField,
        api: false,
        success: StatusCode::SEE_OTHER,
    },
    Route {
        name: "POST /massnahmen/{id}/bearbeiten",
        guard: Guard::SportField,
        api: false,
        success: StatusCode::SEE_OTHER,
    },
    Route {
        name: "POST /massnahmen/{id}/loeschen",
        guard: Guard::SportField,
        api: false,
        success: StatusCode::SEE_OTHER,
    },
    Route {
        name: "POST /arbeitsgruppen/sport/mitglieder",
        guard: Guard::SportField,
        api: false,
        success: StatusCode::SEE_OTHER,
    },
    Route {
        name: "POST /arbeitsgruppen/sport/sitzungen",
        guard: Guard::SportField,
        api: false,
        success: StatusCode::SEE_OTHER,
    },
    Route {
        name: "POST /verwaltung/benutzer",
        guard: Guard::Admin,
        api: false,
        success: StatusCode::CREATED,
    },
    Route {
        name: "POST /verwaltung/benutzer/{user}",
        guard: Guard::Admin,
        api: false,
        success: StatusCode::OK,
    },
    Route {
        name: "POST /verwaltung/token",
        guard: Guard::Admin,
        api: false,
        success: StatusCode::CREATED,
    },
    Route {
        name: "POST /importe/tabelle",
        guard: Guard::Import,
        api: false,
        success: StatusCode::CREATED,
    },
    Route {
        name: "POST /api/v1/imports/table",
        guard: Guard::Import,
        api: true,
        success: StatusCode::CREATED,
    },
    Route {
        name: "POST /api/v1/measures",
        guard: Guard::SportField,
        api: true,
        success: StatusCode::CREATED,
    },
    Route {
        name: "PATCH /api/v1/measures/{id}",
        guard: Guard::SportField,
        api: true,
        success: StatusCode::OK,
    },
    Route {
        name: "DELETE /api/v1/measures/{id}",
        guard: Guard::SportField,
        api: true,
        success: StatusCode::NO_CONTENT,
    },
];

fn expected(role: Option<&str>, route: &Route) -> StatusCode {
    match role {
        None if route.api => StatusCode::UNAUTHORIZED,
        None => StatusCode::SEE_OTHER,
        Some("admin") => route.success,
        Some("anna") if route.guard == Guard::SportField => route.success,
        Some("stella") if route.guard == Guard::Import => route.success,
        Some(_) => StatusCode::FORBIDDEN,
    }
}

async fn send(
    site: &Site,
    client: &Client,
    csrf: &str,
    route: &Route,
    measure: &Value,
    counter: usize,
) -> reqwest::Response {
    let id = measure["id"].as_i64().unwrap();
    let version = measure["version"].as_i64().unwrap().to_string();
    let title = format!("Neue Maßnahme {counter}");
    let request = match route.name {
        "POST /massnahmen/neu" => client.post(site.url("/massnahmen/neu")).form(&sport_form(csrf, &title)),
        "POST /massnahmen/{id}/bearbeiten" => {
            let mut form = sport_form(csrf, &title);
            form.push(("version", &version));
            client.post(site.url(&format!("/massnahmen/{id}/bearbeiten"))).form(&form)
        }
        "POST /massnahmen/{id}/loeschen" => {
            client.post(site.url(&format!("/massnahmen/{id}/loeschen"))).form(&[("csrf", csrf), ("version", &version)])
        }
        "POST /arbeitsgruppen/sport/mitglieder" => client
            .post(site.url("/arbeitsgruppen/sport/mitglieder"))
            .form(&[("csrf", csrf), ("person", "Frau Beispiel"), ("organisation", "Stadtsportbund")]),
        "POST /arbeitsgruppen/sport/sitzungen" => client
            .post(site.url("/arbeitsgruppen/sport/sitzungen"))
            .form(&[("csrf", csrf), ("date", "2026-03-12"), ("participants", "9"), ("decisions", "Liga startet")]),
        "POST /verwaltung/benutzer" => client.post(site.url("/verwaltung/benutzer")).form(&[
            ("csrf", csrf),
            ("login", &format!("new{counter}")),
            ("role", "viewer"),
            ("password", PASSWORD),
        ]),
        "POST /verwaltung/benutzer/{user}" => {
            let vera = 6.to_string(); // ids follow ACCOUNTS: vera is the sixth account
            client
                .post(site.url(&format!("/verwaltung/benutzer/{vera}")))
                .form(&[("csrf", csrf), ("display_name", &title), ("role", "viewer"), ("active", "yes")])
        }
        "POST /verwaltung/token" => {
            client.post(site.url("/verwaltung/token")).form(&[("csrf", csrf), ("name", "script"), ("role", "viewer")])
        }
        "POST /importe/tabelle" => client.post(site.url("/importe/tabelle")).multipart(vhs_upload(&[("csrf", csrf)], "datei", "zuordnung")),
        "POST /api/v1/imports/table" => client
            .post(site.url("/api/v1/imports/table"))
            .header("x-csrf-token", csrf)
            .multipart(vhs_upload(&[], "file", "mapping")),
        "POST /api/v1/measures" => client
            .post(site.url("/api/v1/measures"))
            .header("x-csrf-token", csrf)
            .json(&json!({"title": {"de": title}, "recommendations": ["sport-2"], "working_group": "sport"})),
        "PATCH /api/v1/measures/{id}" => client
            .patch(site.url(&format!("/api/v1/measures/{id}")))
            .header("x-csrf-token", csrf)
            .json(&json!({"version": measure["version"], "progress": 20})),
        "DELETE /api/v1/measures/{id}" => client
            .delete(site.url(&format!("/api/v1/measures/{id}?version={version}")))
            .header("x-csrf-token", csrf),
        other => panic!("unknown route {other}"),
    };
    request.send().await.unwrap()
}

/// A demo table with its mapping, as an upload with the given part names.
fn vhs_upload(texts: &[(&str, &str)], file: &str, mapping: &str) -> reqwest::multipart::Form {
    upload(
        &[
            (
                file,
                "vhs.csv",
                demo_monitoring_file("vhs-kurse-kinderbetreuung.csv"),
            ),
            (
                mapping,
                "vhs.mapping.toml",
                demo_monitoring_file("vhs-kurse-kinderbetreuung.mapping.toml"),
            ),
        ],
        texts,
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn access_matrix_every_state_changing_route_by_role() {
    let site = Site::start(Backend::Sqlite).await;
    let admin_token = site.token("administrator", None).await;
    let mut counter = 0;
    for role in [
        None,
        Some("vera"),
        Some("stella"),
        Some("carla"),
        Some("anna"),
        Some("admin"),
    ] {
        let (client, csrf) = match role {
            None => (site.anonymous(), String::new()),
            Some(login) => site.sign_in(login).await,
        };
        for route in &ROUTES {
            counter += 1;
            let measure = site.sport_measure(&admin_token, true).await;
            let response = send(&site, &client, &csrf, route, &measure, counter).await;
            let want = expected(role, route);
            assert_eq!(
                response.status(),
                want,
                "{} as {}",
                route.name,
                role.unwrap_or("anonymous")
            );
            if role.is_none() && !route.api {
                let location = response.headers()[header::LOCATION].to_str().unwrap();
                assert!(location.starts_with("/anmelden?weiter="), "{location}");
            }
        }
    }
    // Refused requests changed nothing: only anna's and the administrator's creations exist.
    let measures = site.api_json("/api/v1/measures", &admin_token).await;
    let created: Vec<&str> = measures["measures"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["title"]["de"].as_str())
        .filter(|title| title.starts_with("Neue Maßnahme"))
        .collect();
    // Per signed-in writer: one form creation, one API creation, and the edit renamed one more.
    assert_eq!(created.len(), 2 * 3, "{created:?}");
    // Imports: the statistician's and the administrator's, by form and by API, and no others.
    let imports = site.api_json("/api/v1/imports", &admin_token).await;
    let uploaded: Vec<&str> = imports["imports"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["file_name"] == "vhs.csv")
        .filter_map(|i| i["imported_by"].as_str())
        .collect();
    assert_eq!(uploaded.len(), 2 * 2, "{uploaded:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn forms_without_the_csrf_token_are_refused() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    for token in ["", "forged", &csrf[..csrf.len() - 1]] {
        let response = anna
            .post(site.url("/massnahmen/neu"))
            .form(&sport_form(token, "Untergeschoben"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "token {token:?}");
    }
    let response = anna
        .post(site.url("/api/v1/measures"))
        .json(&json!({"title": {"de": "Untergeschoben"}}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "API with a cookie needs the header"
    );
    let list = text(&anna, &site.url("/massnahmen?q=Untergeschoben")).await;
    assert!(
        list.contains("Keine Maßnahme gefunden"),
        "nothing was created"
    );
    // The real token works.
    let response = anna
        .post(site.url("/massnahmen/neu"))
        .form(&sport_form(&csrf, "Echt"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
}

fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("teilhabe_session=") && !v.starts_with("teilhabe_session=;"))
        .map(|v| v.split(';').next().unwrap().to_owned())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_session_id_changes_at_login_and_logout_ends_it() {
    let site = Site::start(Backend::Sqlite).await;
    let client = site.anonymous();
    let first = site.try_sign_in(&client, "anna", PASSWORD).await;
    let first_cookie = session_cookie(&first).expect("a session cookie");
    let set_cookie = first
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect::<Vec<_>>();
    assert!(
        set_cookie.iter().any(|c| c.starts_with("teilhabe_session=")
            && c.contains("HttpOnly")
            && c.contains("SameSite=Lax")),
        "{set_cookie:?}"
    );

    let second = site.try_sign_in(&client, "anna", PASSWORD).await;
    let second_cookie = session_cookie(&second).expect("a new session cookie");
    assert_ne!(
        first_cookie, second_cookie,
        "a login always starts a new session"
    );

    // The old session id no longer works.
    let stale = reqwest::Client::new()
        .get(site.url("/massnahmen/neu"))
        .header(header::COOKIE, &first_cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), StatusCode::OK);
    assert!(
        stale.url().path().starts_with("/anmelden"),
        "redirected to login"
    );

    // Over HTTPS (behind a trusted proxy) the cookie is Secure and `__Host-` prefixed:
    // security::over_https_cookies_are_host_prefixed_and_hsts_is_sent.

    // Logout everywhere ends the other session too.
    let (other, csrf) = site.sign_in("anna").await;
    let csrf_current = site.csrf(&client).await;
    let response = client
        .post(site.url("/abmelden/ueberall"))
        .form(&[("csrf", csrf_current.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let refused = other
        .post(site.url("/massnahmen/neu"))
        .form(&sport_form(&csrf, "Nach dem Abmelden"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    assert!(
        refused.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/anmelden")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn repeated_failed_logins_are_throttled() {
    let site = Site::start(Backend::Sqlite).await;
    let client = site.anonymous();
    for attempt in 1..=5 {
        let response = site.try_sign_in(&client, "anna", "wrong password").await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "attempt {attempt}"
        );
    }
    // Now even the right password is refused for a while.
    let response = site.try_sign_in(&client, "anna", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("Zu viele Fehlversuche")
    );
    // Other accounts from this address still work until the address limit…
    assert_eq!(
        site.try_sign_in(&client, "ben", PASSWORD).await.status(),
        StatusCode::SEE_OTHER
    );
    for attempt in 0..15 {
        let response = site
            .try_sign_in(&client, &format!("nobody{attempt}"), "guess")
            .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    // …20 failures from one address lock it for every account.
    let response = site.try_sign_in(&client, "carla", PASSWORD).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test(flavor = "multi_thread")]
async fn two_editors_on_one_version_one_gets_409_and_loses_nothing() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let admin_token = site.token("administrator", None).await;
        let measure = site.sport_measure(&admin_token, true).await;
        let id = measure["id"].as_i64().unwrap();
        let (anna, anna_csrf) = site.sign_in("anna").await;
        let (ben, ben_csrf) = site.sign_in("ben").await;
        // Both open the form at version 1.
        let anna_form = anna
            .get(site.url(&format!("/massnahmen/{id}/bearbeiten")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let _ = ben
            .get(site.url(&format!("/massnahmen/{id}/bearbeiten")))
            .send()
            .await
            .unwrap();
        let version = hidden(&anna_form, "version");
        assert_eq!(version, "1");

        let mut form = sport_form(&anna_csrf, "Anna: Straßenfußball-Liga");
        form.push(("version", &version));
        let first = anna
            .post(site.url(&format!("/massnahmen/{id}/bearbeiten")))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(first.status(), StatusCode::SEE_OTHER, "{backend:?}");

        let mut form = sport_form(&ben_csrf, "Ben: Fußball für alle");
        form.push(("version", &version));
        let second = ben
            .post(site.url(&format!("/massnahmen/{id}/bearbeiten")))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(second.status(), StatusCode::CONFLICT, "{backend:?}");
        let page = second.text().await.unwrap();
        assert!(
            page.contains("Ben: Fußball für alle"),
            "Ben's text is kept in the form"
        );
        assert!(
            page.contains("Anna: Straßenfußball-Liga"),
            "the stored version is shown beside it"
        );
        assert_eq!(
            hidden(&page, "version"),
            "2",
            "saving again overwrites consciously"
        );

        // The API says the same.
        let response = site
            .anonymous()
            .patch(site.url(&format!("/api/v1/measures/{id}")))
            .bearer_auth(&admin_token)
            .json(&json!({"version": 1, "progress": 50}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CONFLICT);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["current_version"], 2);
        assert_eq!(body["current"]["title"]["de"], "Anna: Straßenfußball-Liga");

        // The audit log holds exactly one change of the title.
        let (admin, _) = site.sign_in("admin").await;
        let csv = admin
            .get(site.url(&format!(
                "/verwaltung/protokoll?format=csv&art=measure&kennung={id}"
            )))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let updates: Vec<&str> = csv
            .lines()
            .filter(|line| line.contains(",measure.update,"))
            .collect();
        let events: std::collections::BTreeSet<&str> = updates
            .iter()
            .map(|line| line.split(',').nth(1).unwrap())
            .collect();
        assert_eq!(
            events.len(),
            1,
            "{backend:?}: exactly one change was saved: {csv}"
        );
        assert!(
            updates.iter().all(|line| line.contains(",user:anna,")),
            "{backend:?}: nothing of Ben's: {csv}"
        );
        assert!(
            updates.iter().any(|line| line
                .contains(",title_de,Straßenfußball im Quartier,Anna: Straßenfußball-Liga,")),
            "{csv}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_lifecycle_and_publication_rules_hold_over_http() {
    let site = Site::start(Backend::Sqlite).await;
    let token = site.token("editor", Some("sport")).await;
    let client = site.anonymous();
    let measure = site
        .sport_measure(&site.token("administrator", None).await, false)
        .await;
    let id = measure["id"].as_i64().unwrap();

    let response = client
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .bearer_auth(&token)
        .json(&json!({"version": 1, "status": "completed"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["problems"][0]["field"], "status");
    assert_eq!(
        body["error"]["problems"][0]["message"],
        "a measure that is idea cannot become completed; allowed next: planned, stopped"
    );

    // Unpublished: invisible to the public, visible with a token.
    assert_eq!(
        client
            .get(site.url(&format!("/api/v1/measures/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        client
            .get(site.url(&format!("/massnahmen/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::NOT_FOUND
    );
    let public: Value = client
        .get(site.url("/api/v1/measures"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        public["measures"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["id"] != id && m["published"] == true)
    );
    let internal = client
        .get(site.url(&format!("/api/v1/measures/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(internal.status(), StatusCode::OK);

    // The form refuses a jump too, in German, and keeps the input.
    let (anna, csrf) = site.sign_in("anna").await;
    let mut form = sport_form(&csrf, "Sprung");
    form.retain(|(name, _)| *name != "status");
    form.extend([("status", "completed"), ("version", "1")]);
    let response = anna
        .post(site.url(&format!("/massnahmen/{id}/bearbeiten")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains("Eine Maßnahme im Status „Idee“ kann nicht „abgeschlossen“ werden."),
        "{page}"
    );
    assert!(page.contains("value=\"Sprung\""));

    // Publishing makes it public.
    let response = client
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .bearer_auth(&token)
        .json(&json!({"version": 1, "published": true, "status": "planned"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        client
            .get(site.url(&format!("/api/v1/measures/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let page = client
        .get(site.url(&format!("/massnahmen/{id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Idee → geplant"),
        "the history speaks German, not file codes"
    );
    assert!(
        page.contains("Veröffentlichung:</span> nein → ja"),
        "{page}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn roll_up_and_programme_overlaps_are_on_the_pages() {
    let site = Site::start(Backend::Sqlite).await;
    let page = site
        .anonymous()
        .get(site.url("/handlungsfelder/sprachmittlung"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("1 von 3 Handlungsempfehlungen ohne Maßnahme"),
        "the demo leaves sprachmittlung-3 without a measure"
    );
    let page = site
        .anonymous()
        .get(site.url("/programme"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("3 mögliche Doppelungen"),
        "the demo has three overlaps"
    );
    let start = site
        .anonymous()
        .get(site.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        start.matches("<progress").count() >= 11,
        "a progress bar per field"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_password_change_ends_every_session() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    let (elsewhere, _) = site.sign_in("anna").await;
    let new_password = "a much longer new password";
    let wrong = anna
        .post(site.url("/konto/passwort"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("current", "not it"),
            ("new", new_password),
            ("repeat", new_password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = anna
        .post(site.url("/konto/passwort"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("current", PASSWORD),
            ("new", new_password),
            ("repeat", new_password),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    for client in [&anna, &elsewhere] {
        let page = client.get(site.url("/konto")).send().await.unwrap();
        assert_eq!(
            page.status(),
            StatusCode::SEE_OTHER,
            "signed out everywhere"
        );
    }
    let fresh = site.anonymous();
    assert_eq!(
        site.try_sign_in(&fresh, "anna", PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        site.try_sign_in(&fresh, "anna", new_password)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}
