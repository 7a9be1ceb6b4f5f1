//! Issue 10, findings 3, 4, 6 and 7: brute force, tokens, throttling behind proxies, redirects,
//! language links, search caps, cookies, passwords, URL masking, timeouts and member consent —
//! over real HTTP against the real binary.

use std::io::{Read, Write};
use std::time::Duration;

use reqwest::{Client, StatusCode, header};
use serde_json::json;
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::site::{PASSWORD, Site, hidden, teilhabe, text};

/// Posts the login form with extra request headers (e.g. `X-Forwarded-For`), carrying the login
/// form's CSRF cookie by hand (a cookie jar would not send a `Secure` one over plain HTTP).
async fn sign_in_with(
    site: &Site,
    login: &str,
    password: &str,
    headers: &[(&str, &str)],
) -> reqwest::Response {
    let client = Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut form = client.get(site.url("/anmelden"));
    for (name, value) in headers {
        form = form.header(*name, *value);
    }
    let form = form.send().await.unwrap();
    let cookie = set_cookies(&form)
        .iter()
        .find(|c| c.contains("teilhabe_login_csrf="))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .expect("login CSRF cookie");
    let form = form.text().await.unwrap();
    let token = hidden(&form, "login_csrf");
    let mut request = client
        .post(site.url("/anmelden"))
        .header(header::COOKIE, cookie)
        .form(&[
            ("login", login),
            ("password", password),
            ("login_csrf", token.as_str()),
            ("weiter", "/"),
        ]);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn parallel_wrong_passwords_are_checked_at_most_the_budget() {
    for backend in BACKENDS {
        let site = Site::start_with(backend, &["--trusted-proxy", "127.0.0.1"]).await;
        // One login form, one CSRF cookie: 40 guesses for anna at the same moment.
        let client = site.anonymous();
        let form = text(&client, &site.url("/anmelden")).await;
        let token = hidden(&form, "login_csrf");
        let guesses = (0..40).map(|n| {
            let client = client.clone();
            let url = site.url("/anmelden");
            let token = token.clone();
            tokio::spawn(async move {
                client
                    .post(url)
                    .form(&[
                        ("login", "anna"),
                        ("password", format!("wrong guess {n}").as_str()),
                        ("login_csrf", token.as_str()),
                    ])
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        });
        let mut statuses = Vec::new();
        for guess in guesses.collect::<Vec<_>>() {
            statuses.push(guess.await.unwrap());
        }
        let checked = statuses
            .iter()
            .filter(|s| **s == StatusCode::UNAUTHORIZED)
            .count();
        let refused = statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count();
        assert_eq!((checked, refused), (5, 35), "{backend:?}: {statuses:?}");

        // From this address even the right password now waits, and says for how long…
        let response = site.try_sign_in(&client, "anna", PASSWORD).await;
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        let wait: u64 = response.headers()[header::RETRY_AFTER]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=30).contains(&wait), "{wait}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("Zu viele Fehlversuche")
        );
        // …but the failures did not lock anna out everywhere: from another network she signs in.
        let elsewhere = sign_in_with(
            &site,
            "anna",
            PASSWORD,
            &[("x-forwarded-for", "198.51.100.20")],
        )
        .await;
        assert_eq!(elsewhere.status(), StatusCode::SEE_OTHER, "{backend:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn forwarded_addresses_count_only_from_trusted_proxies() {
    // Without a trusted proxy, a client cannot buy fresh budgets by writing X-Forwarded-For.
    let direct = Site::start(Backend::Sqlite).await;
    for n in 0..5 {
        let spoofed = format!("203.0.113.{n}");
        let response = sign_in_with(
            &direct,
            "anna",
            "wrong password",
            &[("x-forwarded-for", spoofed.as_str())],
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = sign_in_with(
        &direct,
        "anna",
        PASSWORD,
        &[("x-forwarded-for", "203.0.113.99")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    drop(direct);

    // Behind a trusted proxy, the client is the rightmost address the proxy did not add.
    let site = Site::start_with(Backend::Sqlite, &["--trusted-proxy", "127.0.0.0/8"]).await;
    // Twenty failures from clients of the proxy do not lock the proxy's other clients out.
    for n in 0..20 {
        let response = sign_in_with(
            &site,
            &format!("nobody{n}"),
            "guess",
            &[("x-forwarded-for", "203.0.113.5")],
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "failure {n}");
    }
    let carla = sign_in_with(
        &site,
        "carla",
        PASSWORD,
        &[("x-forwarded-for", "1.2.3.4, 203.0.113.6")],
    )
    .await;
    assert_eq!(carla.status(), StatusCode::SEE_OTHER, "another client");
    let same = sign_in_with(
        &site,
        "carla",
        PASSWORD,
        // The client wrote a fake first hop; the proxy appended the real one.
        &[("x-forwarded-for", "198.51.100.77, 203.0.113.5")],
    )
    .await;
    assert_eq!(
        same.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "the guessing client"
    );

    // IPv6: every address of one /64 shares a budget.
    for n in 1..=5 {
        let address = format!("2001:db8:1:2::{n:x}");
        let response = sign_in_with(
            &site,
            "ben",
            "wrong password",
            &[("x-forwarded-for", address.as_str())],
        )
        .await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    }
    let response = sign_in_with(
        &site,
        "ben",
        PASSWORD,
        &[("forwarded", "for=\"[2001:db8:1:2:ffff::1]:4711\"")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS, "same /64");
    let response = sign_in_with(
        &site,
        "ben",
        PASSWORD,
        &[("x-forwarded-for", "2001:db8:1:3::1")],
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "another /64");
}

/// The token shown after creating one on /verwaltung/token, and the page.
async fn create_token(
    site: &Site,
    client: &Client,
    csrf: &str,
    days: &str,
) -> (StatusCode, String) {
    let response = client
        .post(site.url("/verwaltung/token"))
        .form(&[
            ("csrf", csrf),
            ("name", "Skript"),
            ("role", "administrator"),
            ("field", ""),
            ("days", days),
        ])
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() {
                (byte as char).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

fn new_token(page: &str) -> String {
    let start = page
        .find("<code class=\"new-token\">")
        .expect("token shown")
        + "<code class=\"new-token\">".len();
    page[start..start + page[start..].find('<').unwrap()].to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_expires_dies_with_its_creator_and_never_manages_accounts() {
    let site = Site::start(Backend::Sqlite).await;
    let output = teilhabe(
        &site.database,
        &["user", "add", "--login", "boss", "--role", "administrator"],
    );
    assert!(output.status.success());
    let (boss, csrf) = site.sign_in("boss").await;

    // The lifetime is bounded by the configured one and shown at creation and in the list.
    let (status, page) = create_token(&site, &boss, &csrf, "400").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.contains("zwischen 1 und 90 Tagen"), "{page}");
    let (status, page) = create_token(&site, &boss, &csrf, "").await;
    assert_eq!(status, StatusCode::CREATED);
    let token = new_token(&page);
    let expected = (jiff::Timestamp::now() + jiff::SignedDuration::from_hours(90 * 24))
        .strftime("%Y-%m-%d")
        .to_string();
    assert!(
        page.contains(&format!("Gültig bis {expected}")),
        "expiry shown: {expected}"
    );
    let list = text(&boss, &site.url("/verwaltung/token")).await;
    assert!(list.contains(&expected), "expiry listed");

    // A token never manages accounts or tokens, even an administrator's.
    let api = site.anonymous();
    for (path, form) in [
        (
            "/verwaltung/benutzer",
            vec![
                ("login", "mallory"),
                ("role", "administrator"),
                ("password", "ein ganz neues Passwort"),
            ],
        ),
        (
            "/verwaltung/token",
            vec![("name", "more"), ("role", "administrator")],
        ),
        (
            "/verwaltung/benutzer/1",
            vec![("role", "viewer"), ("display_name", "x")],
        ),
    ] {
        let response = api
            .post(site.url(path))
            .bearer_auth(&token)
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let response = api
        .get(site.url("/verwaltung/benutzer"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(
        site.try_sign_in(&site.anonymous(), "mallory", "ein ganz neues Passwort")
            .await
            .status()
            == StatusCode::UNAUTHORIZED,
        "no account was created"
    );

    // The token works for the API…
    let create = |title: &'static str| {
        api.post(site.url("/api/v1/measures"))
            .bearer_auth(&token)
            .json(&json!({"title": {"de": title}, "recommendations": ["sport-1"], "working_group": "sport"}))
            .send()
    };
    assert_eq!(
        create("Vorher").await.unwrap().status(),
        StatusCode::CREATED
    );
    // …until its creator's account is locked by another administrator.
    let (admin, admin_csrf) = site.sign_in("admin").await;
    let boss_id = 7.to_string(); // after the six accounts of every site
    let response = admin
        .post(site.url(&format!("/verwaltung/benutzer/{boss_id}")))
        .form(&[
            ("csrf", admin_csrf.as_str()),
            ("display_name", "boss"),
            ("role", "administrator"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        create("Nachher").await.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "the token died with the account"
    );
    // Unlocking the account does not bring the token back.
    let response = admin
        .post(site.url(&format!("/verwaltung/benutzer/{boss_id}")))
        .form(&[
            ("csrf", admin_csrf.as_str()),
            ("display_name", "boss"),
            ("role", "administrator"),
            ("active", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        create("Wieder").await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn redirect_targets_and_language_links_stay_on_the_site() {
    let site = Site::start(Backend::Sqlite).await;
    for hostile in [
        "/\t/evil.example",
        "//evil.example",
        "/\\evil.example",
        "/x\r\nSet-Cookie: a=b",
        "/\n/evil.example",
        "https://evil.example/",
    ] {
        let client = site.anonymous();
        let form = client
            .get(site.url(&format!("/anmelden?weiter={}", encode(hostile))))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(hidden(&form, "weiter"), "/", "{hostile:?}");
        let response = client
            .post(site.url("/anmelden"))
            .form(&[
                ("login", "anna"),
                ("password", PASSWORD),
                ("login_csrf", hidden(&form, "login_csrf").as_str()),
                ("weiter", hostile),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{hostile:?}");
        assert_eq!(response.headers()[header::LOCATION], "/", "{hostile:?}");
    }
    // A good target is kept.
    let client = site.anonymous();
    let form = text(
        &client,
        &site.url("/anmelden?weiter=/massnahmen%3Fq%3Dsport"),
    )
    .await;
    assert_eq!(hidden(&form, "weiter"), "/massnahmen?q=sport");

    for path in ["//evil.example/x", "///evil.example/x"] {
        let html = reqwest::get(site.url(path))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            !html.contains("href=\"//"),
            "{path}: protocol-relative link"
        );
        assert!(html.contains("href=\"/evil.example/x?lang=en\""), "{path}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_thousand_search_words_are_answered_not_failed() {
    let site = Site::start(Backend::Sqlite).await;
    let words = (0..1000)
        .map(|n| format!("wort{n}"))
        .collect::<Vec<_>>()
        .join(" ");
    let client = site.anonymous();
    for path in [
        "/suche",
        "/massnahmen",
        "/api/v1/measures",
        "/api/v1/recommendations",
    ] {
        let response = client
            .get(site.url(&format!("{path}?q={}", encode(&words))))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
    // Capped, the query still means "all of its first words".
    let sport: serde_json::Value = client
        .get(site.url("/api/v1/recommendations?q=sport"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let padded = format!("sport {words}");
    let capped: serde_json::Value = client
        .get(site.url(&format!("/api/v1/recommendations?q={}", encode(&padded))))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(sport["count"].as_u64().unwrap() > 0);
    assert_eq!(
        capped["count"], 0,
        "all words of the capped query must match"
    );
}

fn set_cookies(response: &reqwest::Response) -> Vec<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn over_https_cookies_are_host_prefixed_and_hsts_is_sent() {
    let site = Site::start_with(Backend::Sqlite, &["--trusted-proxy", "127.0.0.1"]).await;
    let https = [("x-forwarded-proto", "https")];
    let response = sign_in_with(&site, "anna", PASSWORD, &https).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()[header::STRICT_TRANSPORT_SECURITY],
        "max-age=31536000"
    );
    let cookies = set_cookies(&response);
    let session = cookies
        .iter()
        .find(|c| {
            c.starts_with("__Host-teilhabe_session=") && !c.starts_with("__Host-teilhabe_session=;")
        })
        .unwrap_or_else(|| panic!("{cookies:?}"));
    assert!(
        session.contains("; Secure") && session.contains("Path=/"),
        "{session}"
    );
    assert!(!session.contains("Domain"), "{session}");
    let pair = session.split(';').next().unwrap().to_owned();
    let account = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let signed_in = account
        .get(site.url("/konto"))
        .header(header::COOKIE, &pair)
        .header("x-forwarded-proto", "https")
        .send()
        .await
        .unwrap();
    assert_eq!(
        signed_in.status(),
        StatusCode::OK,
        "the __Host- cookie signs in"
    );
    // Over plain HTTP: no HSTS, no prefix.
    let plain = site.try_sign_in(&site.anonymous(), "ben", PASSWORD).await;
    assert!(
        plain
            .headers()
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_none()
    );
    assert!(
        set_cookies(&plain)
            .iter()
            .any(|c| c.starts_with("teilhabe_session="))
    );

    // Without a trusted proxy, a client's X-Forwarded-Proto changes nothing.
    let direct = Site::start(Backend::Sqlite).await;
    let response = sign_in_with(&direct, "anna", PASSWORD, &https).await;
    assert!(
        response
            .headers()
            .get(header::STRICT_TRANSPORT_SECURITY)
            .is_none()
    );
    assert!(
        set_cookies(&response)
            .iter()
            .all(|c| !c.contains("Secure") && !c.starts_with("__Host-"))
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn passwords_are_kept_exactly_and_common_ones_refused() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, csrf) = site.sign_in("admin").await;
    let create = |login: &'static str, password: &'static str| {
        admin
            .post(site.url("/verwaltung/benutzer"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("login", login),
                ("role", "viewer"),
                ("password", password),
            ])
            .send()
    };
    let refused = create("paul", "Password123").await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await.unwrap().contains("zu verbreitet"));
    assert_eq!(
        create("paula", "  zwei Leerzeichen  ")
            .await
            .unwrap()
            .status(),
        StatusCode::CREATED
    );
    let exact = site
        .try_sign_in(&site.anonymous(), "paula", "  zwei Leerzeichen  ")
        .await;
    assert_eq!(
        exact.status(),
        StatusCode::SEE_OTHER,
        "the spaces belong to it"
    );
    let trimmed = site
        .try_sign_in(&site.anonymous(), "paula", "zwei Leerzeichen")
        .await;
    assert_eq!(trimmed.status(), StatusCode::UNAUTHORIZED);

    // The command line refuses common passwords too.
    let output = std::process::Command::new(TEILHABE)
        .args([
            "--database",
            &site.database.url,
            "user",
            "add",
            "--login",
            "q",
            "--role",
            "viewer",
        ])
        .env("TEILHABE_PASSWORD", "qwertyuiop")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("too common"));
}

#[tokio::test(flavor = "multi_thread")]
async fn database_passwords_never_appear_in_output() {
    for url in [
        "mysql://app:s3cret-pw@db.example/teilhabe",
        "postgres://app:s3cret-pw@127.0.0.1:1/teilhabe",
    ] {
        for args in [
            vec!["config", "print"],
            vec!["serve", "--addr", "127.0.0.1:0"],
            vec!["user", "list"],
        ] {
            let output = std::process::Command::new(TEILHABE)
                .args(["--database", url])
                .args(&args)
                .output()
                .unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(!all.contains("s3cret-pw"), "{url} {args:?}: {all}");
            assert!(all.contains("app:***@"), "{url} {args:?}: {all}");
        }
    }
    // The SMTP password neither: printed configuration, mail commands, and a URL refused
    // because it would send the password unencrypted.
    let directory = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", directory.path().join("t.sqlite").display());
    let refused = teilhabe_testkit::smtp::refused_port();
    for (smtp, args) in [
        (
            format!("smtp://mailer:s3cret-pw@127.0.0.1:{refused}?tls=starttls"),
            vec!["config", "print"],
        ),
        (
            format!("smtp://mailer:s3cret-pw@127.0.0.1:{refused}?tls=starttls"),
            vec!["mail", "status"],
        ),
        (
            format!("smtps://mailer:s3cret-pw@127.0.0.1:{refused}"),
            vec!["mail", "send"],
        ),
        (
            "smtp://mailer:s3cret-pw@mail.example:25".to_owned(),
            vec!["serve", "--addr", "127.0.0.1:0"],
        ),
    ] {
        let output = std::process::Command::new(TEILHABE)
            .args(["--database", &database, "--mail-from", "t@example.org"])
            .args(&args)
            .env("TEILHABE_SMTP_URL", &smtp)
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!all.contains("s3cret-pw"), "{smtp} {args:?}: {all}");
        assert!(all.contains("mailer:***@"), "{smtp} {args:?}: {all}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn slow_clients_are_cut_off() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let server = TestServer::start(
        TEILHABE,
        &database.url,
        &["--header-timeout", "1", "--request-timeout", "2"],
    );
    let address = server.base_url.trim_start_matches("http://").to_owned();

    // Headers that never end: the server closes the connection.
    let mut slow = std::net::TcpStream::connect(&address).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let mut answer = Vec::new();
    let read = slow.read_to_end(&mut answer);
    assert!(
        read.is_ok(),
        "closed by the server, not by our read timeout: {read:?}"
    );

    // A body that never arrives: 408 after the request timeout.
    let mut stalled = std::net::TcpStream::connect(&address).unwrap();
    stalled
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    stalled
        .write_all(
            b"POST /anmelden HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nlogin=a",
        )
        .unwrap();
    let mut answer = [0u8; 64];
    let n = stalled.read(&mut answer).unwrap();
    let head = String::from_utf8_lossy(&answer[..n]);
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");

    // A normal request is unaffected.
    let health = reqwest::get(server.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread")]
async fn member_names_are_public_only_with_consent() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    for (person, organisation, consent) in [
        ("Frau Verborgen", "Stadtsportbund", false),
        ("Herr Offen", "TuS Sennestadt", true),
    ] {
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("person", person),
            ("organisation", organisation),
        ];
        if consent {
            form.push(("name_public", "yes"));
        }
        let response = anna
            .post(site.url("/arbeitsgruppen/sport/mitglieder"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    for path in ["/arbeitsgruppen/sport", "/arbeitsgruppen"] {
        let public = reqwest::get(site.url(path))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!public.contains("Frau Verborgen"), "{path}");
        if path == "/arbeitsgruppen/sport" {
            assert!(public.contains("Stadtsportbund"));
            assert!(public.contains("Herr Offen"));
        }
    }
    let internal = text(&anna, &site.url("/arbeitsgruppen/sport")).await;
    assert!(internal.contains("Frau Verborgen") && internal.contains("Herr Offen"));
}

#[tokio::test(flavor = "multi_thread")]
async fn editors_link_only_their_own_fields_recommendations() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    let post = |recommendations: serde_json::Value| {
        anna.post(site.url("/api/v1/measures"))
            .header("x-csrf-token", &csrf)
            .json(&json!({"title": {"de": "Bewegte Pause"}, "recommendations": recommendations, "working_group": "sport"}))
            .send()
    };
    let refused = post(json!(["sport-1", "schule-1"])).await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert!(refused.text().await.unwrap().contains("schule-1"));
    let created = post(json!(["sport-1"])).await.unwrap();
    assert_eq!(created.status(), StatusCode::CREATED);
    let measure: serde_json::Value = created.json().await.unwrap();
    let id = measure["id"].as_i64().unwrap();

    // Adding the other field's recommendation later is refused too, in the form as in the API.
    let patch = anna
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .header("x-csrf-token", &csrf)
        .json(&json!({"version": measure["version"], "recommendations": ["sport-1", "schule-2"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(patch.status(), StatusCode::FORBIDDEN);
    let mut form = crate::site::sport_form(&csrf, "Bewegte Pause");
    form.retain(|(name, _)| *name != "recommendations");
    form.extend([
        ("recommendations", "sport-1"),
        ("recommendations", "schule-2"),
    ]);
    let version = measure["version"].to_string();
    form.push(("version", &version));
    let response = anna
        .post(site.url(&format!("/massnahmen/{id}/bearbeiten")))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);

    // An administrator may add it; the field's page shows it to the school group's editors, and
    // anna's later edits keep it.
    let admin_token = site.token("administrator", None).await;
    let linked = site
        .anonymous()
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .bearer_auth(&admin_token)
        .json(&json!({"version": measure["version"], "recommendations": ["sport-1", "schule-2"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(linked.status(), StatusCode::OK);
    let linked: serde_json::Value = linked.json().await.unwrap();
    let (carla, carla_csrf) = site.sign_in("carla").await;
    let school = text(&carla, &site.url("/handlungsfelder/schule")).await;
    assert!(school.contains("Bewegte Pause"));
    let kept = anna
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .header("x-csrf-token", &csrf)
        .json(&json!({"version": linked["version"], "progress": 30}))
        .send()
        .await
        .unwrap();
    assert_eq!(kept.status(), StatusCode::OK);
    let kept: serde_json::Value = kept.json().await.unwrap();
    assert_eq!(kept["recommendations"], json!(["sport-1", "schule-2"]));

    // The school group's editors may refuse it; the sport group's may not do it for them.
    let refuse = |client: &Client, csrf: &str| {
        client
            .post(site.url(&format!(
                "/handlungsfelder/schule/verknuepfungen/{id}/ablehnen"
            )))
            .form(&[
                ("csrf", csrf.to_owned()),
                ("version", kept["version"].to_string()),
            ])
            .send()
    };
    assert_eq!(
        refuse(&anna, &csrf).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    let refused = refuse(&carla, &carla_csrf).await.unwrap();
    assert_eq!(refused.status(), StatusCode::SEE_OTHER);
    let after = site
        .api_json(&format!("/api/v1/measures/{id}"), &admin_token)
        .await;
    assert_eq!(after["recommendations"], json!(["sport-1"]));
    let audit = site
        .sign_in("admin")
        .await
        .0
        .get(site.url(&format!("/verwaltung/protokoll?art=measure&kennung={id}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(audit.contains("user:carla"), "the refusal is recorded");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_taken_over_session_cannot_guess_the_password_unthrottled() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    let change = |current: String| {
        anna.post(site.url("/konto/passwort"))
            .form(&[
                ("csrf", csrf.clone()),
                ("current", current),
                ("new", "ein neues langes Passwort".to_owned()),
                ("repeat", "ein neues langes Passwort".to_owned()),
            ])
            .send()
    };
    for n in 0..5 {
        let response = change(format!("guess {n}")).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "guess {n}"
        );
    }
    let response = change(PASSWORD.to_owned()).await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
}
