//! The account rules proven both ways over HTTP: for each, a visitor who may and one who may not.
//! (A rule that only ever refuses passes every refusal test: making `may_read_audit_log` always
//! false would go unnoticed without the allowed cases here.)

use reqwest::{Client, StatusCode, header};
use serde_json::json;
use teilhabe_testkit::Backend;

use crate::site::{PASSWORD, Site, text};

/// The signed-in roles other than the administrator's.
const NOT_ADMINS: [&str; 3] = ["anna", "stella", "vera"];

/// The account id of `login` on every site (`user add` in the order of `site::ACCOUNTS`).
fn id_of(login: &str) -> i64 {
    let position = crate::site::ACCOUNTS
        .iter()
        .position(|(name, _, _)| *name == login)
        .expect("a site account");
    position as i64 + 1
}

/// The main navigation of a page.
fn main_nav(page: &str) -> &str {
    let start = page.find(r#"class="site-header__nav""#).expect("main nav");
    let end = start + page[start..].find("</nav>").expect("nav ends");
    &page[start..end]
}

async fn status(client: &Client, site: &Site, path: &str) -> StatusCode {
    client.get(site.url(path)).send().await.unwrap().status()
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_reads_the_audit_log_and_sees_the_admin_nav_others_do_not() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, _) = site.sign_in("admin").await;
    let page = text(&admin, &site.url("/massnahmen")).await;
    let nav = main_nav(&page);
    assert!(nav.contains(r#"href="/verwaltung""#), "{nav}");
    assert!(nav.contains("Verwaltung"), "{nav}");

    let response = admin
        .get(site.url("/verwaltung/protokoll"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let log = response.text().await.unwrap();
    assert!(log.contains("Protokoll"), "{log}");
    assert!(
        log.matches(r#"<td class="kern-table__cell">"#).count() > 6,
        "the log lists who changed what: {log}"
    );
    let csv = admin
        .get(site.url("/verwaltung/protokoll?format=csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(
        csv.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("id,at,actor,action"), "{csv}");
    assert!(csv.lines().count() > 1, "{csv}");

    for login in NOT_ADMINS {
        let (client, _) = site.sign_in(login).await;
        let page = text(&client, &site.url("/massnahmen")).await;
        let nav = main_nav(&page);
        assert!(!nav.contains("/verwaltung"), "{login}: {nav}");
        assert!(!nav.contains("Verwaltung"), "{login}: {nav}");
        for path in [
            "/verwaltung",
            "/verwaltung/protokoll",
            "/verwaltung/protokoll?format=csv",
            "/verwaltung/benutzer",
            "/verwaltung/token",
        ] {
            assert_eq!(
                status(&client, &site, path).await,
                StatusCode::FORBIDDEN,
                "{login} {path}"
            );
        }
    }
    // The public is asked to sign in, and sees no admin entry either.
    let public = site.anonymous();
    let response = public
        .get(site.url("/verwaltung/protokoll"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/anmelden?weiter=")
    );
    let page = text(&public, &site.url("/massnahmen")).await;
    assert!(!main_nav(&page).contains("/verwaltung"));
}

/// The token shown on the page after creating one.
fn shown_token(page: &str) -> String {
    let marker = "<code class=\"new-token\">";
    let start = page.find(marker).expect("token shown") + marker.len();
    page[start..start + page[start..].find('<').unwrap()].to_owned()
}

/// The ids of the tokens that can still be revoked on the token page.
fn revocable(page: &str) -> Vec<i64> {
    page.match_indices("/verwaltung/token/")
        .filter_map(|(at, prefix)| {
            let rest = &page[at + prefix.len()..];
            let end = rest.find('/')?;
            rest[end..]
                .starts_with("/widerrufen")
                .then(|| rest[..end].parse().ok())?
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_creates_and_revokes_tokens_others_cannot() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, admin_csrf) = site.sign_in("admin").await;
    let create = |client: &Client, csrf: &str| {
        client
            .post(site.url("/verwaltung/token"))
            .form(&[
                ("csrf", csrf),
                ("name", "Auswertung"),
                ("role", "administrator"),
                ("field", ""),
            ])
            .send()
    };
    let response = create(&admin, &admin_csrf).await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let token = shown_token(&response.text().await.unwrap());
    let write = |title: &'static str| {
        site.anonymous()
            .post(site.url("/api/v1/measures"))
            .bearer_auth(&token)
            .json(&json!({"title": {"de": title}, "recommendations": ["sport-1"], "working_group": "sport"}))
            .send()
    };
    assert_eq!(
        write("Mit Token").await.unwrap().status(),
        StatusCode::CREATED
    );
    let list = text(&admin, &site.url("/verwaltung/token")).await;
    let ids = revocable(&list);
    assert_eq!(ids.len(), 1, "{list}");
    let id = ids[0];

    for login in NOT_ADMINS {
        let (client, csrf) = site.sign_in(login).await;
        let response = create(&client, &csrf).await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login} creates");
        assert!(!response.text().await.unwrap().contains("new-token"));
        let response = client
            .post(site.url(&format!("/verwaltung/token/{id}/widerrufen")))
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login} revokes");
    }
    assert_eq!(
        revocable(&text(&admin, &site.url("/verwaltung/token")).await),
        vec![id],
        "no token was added or revoked by the others"
    );
    assert_eq!(
        write("Noch immer").await.unwrap().status(),
        StatusCode::CREATED
    );

    // Without the form's CSRF token even the administrator's session is refused.
    let response = admin
        .post(site.url(&format!("/verwaltung/token/{id}/widerrufen")))
        .form(&[("csrf", "falsch")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = admin
        .post(site.url(&format!("/verwaltung/token/{id}/widerrufen")))
        .form(&[("csrf", admin_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(revocable(&text(&admin, &site.url("/verwaltung/token")).await).is_empty());
    assert_eq!(
        write("Widerrufen").await.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "a revoked token no longer works"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn admin_manages_accounts_others_cannot() {
    let site = Site::start(Backend::Sqlite).await;
    let new_account = |csrf: &str, login: &'static str| {
        vec![
            ("csrf", csrf.to_owned()),
            ("login", login.to_owned()),
            ("role", "viewer".to_owned()),
            ("password", "ein ganz neues Passwort".to_owned()),
        ]
    };
    for login in NOT_ADMINS {
        let (client, csrf) = site.sign_in(login).await;
        let response = client
            .post(site.url("/verwaltung/benutzer"))
            .form(&new_account(&csrf, "mallory"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login}");
        // Nobody makes themselves administrator.
        let response = client
            .post(site.url(&format!("/verwaltung/benutzer/{}", id_of(login))))
            .form(&[
                ("csrf", csrf.as_str()),
                ("role", "administrator"),
                ("active", "yes"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login}");
    }
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "mallory", "ein ganz neues Passwort")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let (vera, _) = site.sign_in("vera").await;
    assert_eq!(
        status(&vera, &site, "/verwaltung/benutzer").await,
        StatusCode::FORBIDDEN,
        "vera is still no administrator"
    );

    let (admin, csrf) = site.sign_in("admin").await;
    let response = admin
        .post(site.url("/verwaltung/benutzer"))
        .form(&new_account(&csrf, "mallory"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert!(response.text().await.unwrap().contains("mallory"));
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "mallory", "ein ganz neues Passwort")
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_account_holder_changes_the_own_password() {
    let site = Site::start(Backend::Sqlite).await;
    let (vera, csrf) = site.sign_in("vera").await;
    let page = text(&vera, &site.url("/konto")).await;
    assert!(page.contains(r#"action="/konto/passwort""#), "{page}");
    let change = |client: &Client, csrf: &str, current: &str, new: &str, repeat: &str| {
        client
            .post(site.url("/konto/passwort"))
            .form(&[
                ("csrf", csrf),
                ("current", current),
                ("new", new),
                ("repeat", repeat),
            ])
            .send()
    };
    const NEW: &str = "ein neues langes Passwort";
    // Refused: a wrong current password, or a repetition that differs.
    let response = change(&vera, &csrf, "falsch geraten", NEW, NEW)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let response = change(&vera, &csrf, PASSWORD, NEW, "ein anderes langes Passwort")
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "vera", NEW)
            .await
            .status(),
        StatusCode::UNAUTHORIZED,
        "nothing changed yet"
    );
    // The public has no own password to change.
    let response = change(&site.anonymous(), "", PASSWORD, NEW, NEW)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/anmelden")
    );

    // Allowed: the holder, with the current password; every session ends.
    let response = change(&vera, &csrf, PASSWORD, NEW, NEW).await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        status(&vera, &site, "/konto").await,
        StatusCode::SEE_OTHER,
        "the session ended"
    );
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "vera", PASSWORD)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "vera", NEW)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    // Someone else's password is the administrator's to set, not a colleague's.
    let (anna, anna_csrf) = site.sign_in("anna").await;
    let response = anna
        .post(site.url(&format!("/verwaltung/benutzer/{}", id_of("vera"))))
        .form(&[
            ("csrf", anna_csrf.as_str()),
            ("role", "viewer"),
            ("active", "yes"),
            ("password", "von anna gesetzt und lang"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "vera", "von anna gesetzt und lang")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn inactive_accounts_cannot_sign_in_until_reactivated() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, csrf) = site.sign_in("admin").await;
    let carla = format!("/verwaltung/benutzer/{}", id_of("carla"));
    let set_active = |active: bool| {
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("display_name", "Carla"),
            ("role", "editor"),
            ("field", "schule"),
        ];
        if active {
            form.push(("active", "yes"));
        }
        admin.post(site.url(&carla)).form(&form).send()
    };
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "carla", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER,
        "active: signs in"
    );
    assert_eq!(set_active(false).await.unwrap().status(), StatusCode::OK);
    let refused = site.try_sign_in(&site.anonymous(), "carla", PASSWORD).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED, "inactive");
    let page = refused.text().await.unwrap();
    assert!(page.contains(r#"role="alert""#), "{page}");
    assert_eq!(set_active(true).await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "carla", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER,
        "active again"
    );
    // An administrator cannot lock themselves out.
    let response = admin
        .post(site.url(&format!("/verwaltung/benutzer/{}", id_of("admin"))))
        .form(&[("csrf", csrf.as_str()), ("role", "administrator")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "admin", PASSWORD)
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
}

/// Everyone signed in keeps their own e-mail address; administrators set anyone's, at creation
/// or later; a bad address is refused with its field named and changes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn e_mail_addresses_are_kept_by_their_holders_and_administrators() {
    let site = Site::start(Backend::Sqlite).await;
    let stored = |login: &'static str| {
        let url = site.database.url.clone();
        async move {
            let store =
                teilhabe_store::Store::open(&teilhabe_store::DatabaseUrl::parse(&url).unwrap())
                    .await
                    .unwrap();
            store.user_by_login(login).await.unwrap().unwrap().email
        }
    };
    let (vera, csrf) = site.sign_in("vera").await;
    let page = text(&vera, &site.url("/konto")).await;
    assert!(page.contains(r#"action="/konto/email""#), "{page}");
    let set = |client: &Client, csrf: &str, email: &str| {
        client
            .post(site.url("/konto/email"))
            .form(&[("csrf", csrf), ("email", email)])
            .send()
    };
    let response = set(&vera, &csrf, "vera bei example").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(
        page.contains(r##"href="#email""##),
        "the error summary names the field: {page}"
    );
    assert!(page.contains(r#"value="vera bei example""#), "{page}");
    assert_eq!(stored("vera").await, None);

    let response = set(&vera, &csrf, "vera@example.org").await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains(r#"value="vera@example.org""#)
    );
    assert_eq!(stored("vera").await.as_deref(), Some("vera@example.org"));
    // Without the form's token nothing changes; the public has no account to change.
    let response = set(&vera, "falsch", "x@example.org").await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = set(&site.anonymous(), "", "x@example.org").await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(stored("vera").await.as_deref(), Some("vera@example.org"));
    let response = set(&vera, &csrf, "").await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(stored("vera").await, None);

    let (admin, csrf) = site.sign_in("admin").await;
    let create = |email: &'static str| {
        admin
            .post(site.url("/verwaltung/benutzer"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("login", "treff"),
                ("role", "reporter"),
                ("email", email),
                ("password", "ein ganz neues Passwort"),
            ])
            .send()
    };
    let response = create("kein-at").await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains(r##"href="#new-email""##)
    );
    assert_eq!(
        site.try_sign_in(&site.anonymous(), "treff", "ein ganz neues Passwort")
            .await
            .status(),
        StatusCode::UNAUTHORIZED,
        "no account was made"
    );
    let response = create("treff@example.org").await.unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(stored("treff").await.as_deref(), Some("treff@example.org"));
    // The administration's form changes it; a form without the field leaves it.
    let response = admin
        .post(site.url(&format!("/verwaltung/benutzer/{}", id_of("anna"))))
        .form(&[
            ("csrf", csrf.as_str()),
            ("role", "editor"),
            ("field", "sport"),
            ("email", "anna@example.org"),
            ("active", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(stored("anna").await.as_deref(), Some("anna@example.org"));
    let response = admin
        .post(site.url(&format!("/verwaltung/benutzer/{}", id_of("anna"))))
        .form(&[
            ("csrf", csrf.as_str()),
            ("role", "editor"),
            ("field", "sport"),
            ("active", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(stored("anna").await.as_deref(), Some("anna@example.org"));
}
