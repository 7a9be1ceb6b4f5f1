//! A running demo site with one account per role, and clients that sign in as them.

use std::process::Command;

use reqwest::{Client, StatusCode};
use serde_json::Value;
use teilhabe_testkit::{Backend, TestDatabase, TestServer};

use crate::TEILHABE;

pub const PASSWORD: &str = "correct horse battery staple";

/// (login, role, field) of the accounts every site has.
pub const ACCOUNTS: [(&str, &str, Option<&str>); 6] = [
    ("admin", "administrator", None),
    ("anna", "editor", Some("sport")),
    ("ben", "editor", Some("sport")),
    ("carla", "editor", Some("schule")),
    ("stella", "statistician", None),
    ("vera", "viewer", None),
];

pub struct Site {
    /// Kept for the lifetime of the site (an SQLite file lives in a temporary folder).
    pub database: TestDatabase,
    pub server: TestServer,
}

/// Runs the CLI against `database`.
pub fn teilhabe(database: &TestDatabase, args: &[&str]) -> std::process::Output {
    Command::new(TEILHABE)
        .args(["--database", &database.url])
        .args(args)
        .env("TEILHABE_PASSWORD", PASSWORD)
        .output()
        .expect("run teilhabe")
}

impl Site {
    pub async fn start(backend: Backend) -> Site {
        Site::start_with(backend, &[]).await
    }

    /// A site whose server gets `extra` arguments (e.g. `--trusted-proxy 127.0.0.1`).
    pub async fn start_with(backend: Backend, extra: &[&str]) -> Site {
        let database = TestDatabase::new(backend).await;
        let mut args = vec!["--demo"];
        args.extend_from_slice(extra);
        let server = TestServer::start(TEILHABE, &database.url, &args);
        for (login, role, field) in ACCOUNTS {
            let mut args = vec!["user", "add", "--login", login, "--role", role];
            if let Some(field) = field {
                args.extend(["--field", field]);
            }
            let output = teilhabe(&database, &args);
            assert!(
                output.status.success(),
                "user add {login}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Site { database, server }
    }

    /// Runs the command line on this site's database; a failure fails the test with its stderr.
    pub fn run(&self, args: &[&str]) {
        let output = teilhabe(&self.database, args);
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    pub fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    /// A client with a cookie jar that has not signed in.
    pub fn anonymous(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// Signs in; returns the client and the session's CSRF token.
    pub async fn sign_in(&self, login: &str) -> (Client, String) {
        let client = self.anonymous();
        let response = self.try_sign_in(&client, login, PASSWORD).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{login} signs in");
        let csrf = self.csrf(&client).await;
        (client, csrf)
    }

    /// Posts the login form (after fetching it for its CSRF token).
    pub async fn try_sign_in(
        &self,
        client: &Client,
        login: &str,
        password: &str,
    ) -> reqwest::Response {
        let form = client
            .get(self.url("/anmelden"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let token = hidden(&form, "login_csrf");
        client
            .post(self.url("/anmelden"))
            .form(&[
                ("login", login),
                ("password", password),
                ("login_csrf", token.as_str()),
                ("weiter", "/"),
            ])
            .send()
            .await
            .unwrap()
    }

    /// The CSRF token of the client's session, from the logout form every page has.
    pub async fn csrf(&self, client: &Client) -> String {
        let page = client
            .get(self.url("/massnahmen"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        hidden(&page, "csrf")
    }

    /// Creates an API token for `role` (as the administrator) and returns it.
    pub async fn token(&self, role: &str, field: Option<&str>) -> String {
        let (admin, csrf) = self.sign_in("admin").await;
        let response = admin
            .post(self.url("/verwaltung/token"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("name", "test"),
                ("role", role),
                ("field", field.unwrap_or("")),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        shown_token(&response.text().await.unwrap())
    }

    /// A JSON answer of the API, read with `token`.
    pub async fn api_json(&self, path: &str, token: &str) -> Value {
        self.anonymous()
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// A fresh sport measure (created through the API with an administrator token).
    pub async fn sport_measure(&self, admin_token: &str, published: bool) -> Value {
        let response = self
            .anonymous()
            .post(self.url("/api/v1/measures"))
            .bearer_auth(admin_token)
            .json(&serde_json::json!({
                "title": {"de": "Straßenfußball im Quartier"},
                "recommendations": ["sport-3"],
                "working_group": "sport",
                "published": published,
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        response.json().await.unwrap()
    }
}

/// The value of the first hidden input named `name` in a page.
/// The text of the page at `url`, whatever its status.
/// Posts a form and returns the answer as it is.
pub async fn post(client: &Client, url: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(url).form(form).send().await.unwrap()
}

/// Where a redirect leads.
pub fn location(response: &reqwest::Response) -> String {
    response.headers()["location"].to_str().unwrap().to_owned()
}

pub async fn text(client: &Client, url: &str) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

pub fn hidden(page: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = page
        .find(&marker)
        .unwrap_or_else(|| panic!("no hidden {name} in page"))
        + marker.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

/// A valid measure form for the sport working group.
pub fn sport_form<'a>(csrf: &'a str, title: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("csrf", csrf),
        ("title_de", title),
        ("recommendations", "sport-1"),
        ("working_group", "sport"),
        ("programme", "concept"),
        ("status", "idea"),
        ("progress", "0"),
        ("districts_scope", "all"),
    ]
}

/// A file of the demo monitoring (`data/demo/monitoring/`).
pub fn demo_monitoring_file(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/demo/monitoring")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// A multipart body with files: (part name, file name, bytes), plus plain text parts.
pub fn upload(files: &[(&str, &str, Vec<u8>)], texts: &[(&str, &str)]) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in texts {
        form = form.text(name.to_string(), value.to_string());
    }
    for (name, file_name, bytes) in files {
        let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name(file_name.to_string());
        form = form.part(name.to_string(), part);
    }
    form
}

/// The new token the key page shows once.
pub fn shown_token(page: &str) -> String {
    let start = page
        .find("<code class=\"new-token\">")
        .expect("token shown")
        + "<code class=\"new-token\">".len();
    page[start..start + page[start..].find('<').unwrap()].to_owned()
}
