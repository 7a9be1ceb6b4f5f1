//! `teilhabe backup` / `teilhabe restore` through the real binary: a site filled by the demo seed
//! and by accounts, tokens, working-group records and measure edits moves from SQLite to
//! PostgreSQL and back without losing or changing a row.

use std::collections::BTreeMap;
use std::path::Path;

use reqwest::StatusCode;
use serde_json::{Value, json};
use teilhabe_testkit::{Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::site::{Site, teilhabe};

/// Tables the filled site must have rows in; a table a later migration adds is still compared.
const FILLED_TABLES: [&str; 15] = [
    "api_tokens",
    "audit_log",
    "city_settings",
    "concept_texts",
    "concept_versions",
    "indicator_catalogues",
    "measure_districts",
    "measure_recommendations",
    "measure_target_groups",
    "measures",
    "monitoring_imports",
    "observations",
    "users",
    "working_group_meetings",
    "working_group_members",
];

/// Beyond the demo seed and the site's accounts: a token, a new measure and an edit of it,
/// a working group's member and meeting, a failed login; returns the admin token and the measure.
pub async fn fill(site: &Site) -> (String, i64) {
    let token = site.token("administrator", None).await;
    let measure = site.sport_measure(&token, true).await;
    let id = measure["id"].as_i64().unwrap();
    let response = site
        .anonymous()
        .patch(site.url(&format!("/api/v1/measures/{id}")))
        .bearer_auth(&token)
        .json(&json!({"version": measure["version"], "progress": 20, "status": "planned"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let (anna, csrf) = site.sign_in("anna").await;
    for (path, form) in [
        (
            "/arbeitsgruppen/sport/mitglieder",
            vec![
                ("csrf", csrf.as_str()),
                ("person", "Frau Beispiel"),
                ("organisation", "Stadtsportbund"),
            ],
        ),
        (
            "/arbeitsgruppen/sport/sitzungen",
            vec![
                ("csrf", csrf.as_str()),
                ("date", "2026-03-12"),
                ("participants", "9"),
                ("decisions", "Liga startet; \"Halle\" gebucht"),
            ],
        ),
    ] {
        let response = anna.post(site.url(path)).form(&form).send().await.unwrap();
        assert!(
            response.status().is_redirection(),
            "{path}: {}",
            response.status()
        );
    }
    let _ = site
        .try_sign_in(&site.anonymous(), "vera", "wrong password")
        .await;
    (token, id)
}

/// Runs `teilhabe backup` against `database` into `out`.
pub fn backup(database: &TestDatabase, out: &Path) -> String {
    let output = teilhabe(database, &["backup", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "backup: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    read_backup(out)
}

/// The backup's text (gunzipped when needed).
pub fn read_backup(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut text)
            .unwrap();
        text
    } else {
        String::from_utf8(bytes).unwrap()
    }
}

pub fn restore(database: &TestDatabase, file: &Path) -> std::process::Output {
    teilhabe(database, &["restore", file.to_str().unwrap()])
}

/// Everything after the header line (which names the source and the time of the backup).
pub fn body(backup: &str) -> &str {
    backup.split_once('\n').unwrap().1
}

/// Rows per table, from the table lines of a backup.
fn row_counts(backup: &str) -> BTreeMap<String, u64> {
    backup
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter_map(|line| {
            Some((
                line.get("table")?.as_str()?.to_owned(),
                line.get("rows")?.as_u64()?,
            ))
        })
        .collect()
}

#[tokio::test]
async fn every_table_moves_between_sqlite_and_postgresql_unchanged() {
    let folder = tempfile::tempdir().unwrap();
    for (from, to, name) in [
        (Backend::Sqlite, Backend::Postgres, "from-sqlite.jsonl"),
        (Backend::Postgres, Backend::Sqlite, "from-postgres.jsonl.gz"),
    ] {
        let site = Site::start(from).await;
        let (token, id) = fill(&site).await;
        // Taken while the server runs.
        let first_file = folder.path().join(name);
        let first = backup(&site.database, &first_file);
        let counts = row_counts(&first);
        for table in FILLED_TABLES {
            assert!(
                counts.get(table).is_some_and(|rows| *rows > 0),
                "{from:?}: {table} is empty or missing: {counts:?}"
            );
        }
        assert!(
            !counts.contains_key("sessions"),
            "sessions are not backed up"
        );
        assert!(!counts.contains_key("login_failures"));

        let target = TestDatabase::new(to).await;
        let output = restore(&target, &first_file);
        assert!(
            output.status.success(),
            "{from:?} -> {to:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.starts_with("restored "), "{stdout}");
        let second = backup(&target, &folder.path().join(format!("again-{name}")));
        assert_eq!(body(&second), body(&first), "{from:?} -> {to:?}");

        // The restored database serves: the token still works and finds the edited measure,
        // the accounts sign in with their passwords.
        let server = TestServer::start(TEILHABE, &target.url, &[]);
        let restored = Site {
            database: target,
            server,
        };
        let measure = restored
            .api_json(&format!("/api/v1/measures/{id}"), &token)
            .await;
        assert_eq!(measure["progress"], 20, "{to:?}: {measure}");
        let (admin, _) = restored.sign_in("admin").await;
        let page = admin
            .get(restored.url("/verwaltung/protokoll"))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK);

        // Restoring again into the now filled database is refused with the reason.
        let output = restore(&restored.database, &first_file);
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("the database is not empty (rows in")
                && stderr.contains("restore only into an empty database"),
            "{stderr}"
        );
    }
}
