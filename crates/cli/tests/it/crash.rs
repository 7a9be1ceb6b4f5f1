//! `kill -9` of the server in the middle of an import and of a measure edit: after a restart the
//! database holds exactly the state before or the state after the change, never a part of it.
//!
//! Each attempt starts from the same backup, sends the change, kills the server (SIGKILL) after a
//! growing delay, restarts it and takes a backup. That backup, with times masked, must equal the
//! backup before the change or the backup after the change ran to completion.

use std::path::Path;

use reqwest::StatusCode;
use serde_json::json;
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::backup::{backup, body, fill, restore};
use crate::site::{Site, demo_monitoring_file, upload};

/// Kill moments after the request is sent, as parts of the time the whole change took in the
/// reference run: denser towards the end, where the write transaction runs. Bounded; nothing is
/// asserted about time.
const KILL_AT: [f64; 10] = [0.0, 0.2, 0.4, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0, 1.1];

#[derive(Clone, Copy, Debug)]
enum Change {
    /// 1,809 figures for 201 years in one table import by a statistician.
    Import,
    /// A measure's progress, status and title through the API.
    MeasureEdit,
}

#[derive(Clone)]
struct Fixture {
    statistician: String,
    admin: String,
    measure: i64,
}

/// A large table: the demo VHS participation for every year the importer accepts.
fn large_table() -> Vec<u8> {
    let original = String::from_utf8(demo_monitoring_file("vhs-teilnahme.csv")).unwrap();
    let mut lines = original.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.filter(|line| line.starts_with("2023,")).collect();
    let mut table = format!("{header}\n");
    for year in 1900..=2100 {
        for row in &rows {
            let (_, rest) = row.split_once(',').unwrap();
            table.push_str(&format!("{year},{rest}\n"));
        }
    }
    table.into_bytes()
}

async fn send(
    change: Change,
    base_url: &str,
    fixture: &Fixture,
) -> reqwest::Result<reqwest::Response> {
    let client = reqwest::Client::new();
    match change {
        Change::Import => {
            client
                .post(format!("{base_url}/api/v1/imports/table"))
                .bearer_auth(&fixture.statistician)
                .multipart(upload(
                    &[
                        ("file", "vhs-lang.csv", large_table()),
                        (
                            "mapping",
                            "vhs.mapping.toml",
                            demo_monitoring_file("vhs-teilnahme.mapping.toml"),
                        ),
                    ],
                    &[],
                ))
                .send()
                .await
        }
        Change::MeasureEdit => {
            client
                .patch(format!("{base_url}/api/v1/measures/{}", fixture.measure))
                .bearer_auth(&fixture.admin)
                .json(&json!({
                    "version": 2,
                    "progress": 60,
                    "status": "running",
                    "title": {"de": "Straßenfußball-Liga", "en": "Street football league"},
                }))
                .send()
                .await
        }
    }
}

/// Times differ from run to run (the server stamps changes with the clock): mask every
/// RFC 3339 time (`2026-12-02T03:04:05Z`, with optional fraction) in the backup's rows.
fn masked(backup: &str) -> String {
    let bytes = body(backup).as_bytes();
    let shape = b"dddd-dd-ddTdd:dd:dd";
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let candidate = &bytes[index..(index + shape.len()).min(bytes.len())];
        let matches = candidate.len() == shape.len()
            && candidate
                .iter()
                .zip(shape)
                .all(|(byte, expected)| match expected {
                    b'd' => byte.is_ascii_digit(),
                    other => byte == other,
                });
        if matches {
            out.extend_from_slice(b"<time>");
            index += shape.len();
            if bytes.get(index) == Some(&b'.') {
                index += 1;
                while bytes.get(index).is_some_and(u8::is_ascii_digit) {
                    index += 1;
                }
            }
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

async fn restored(backend: Backend, file: &Path) -> TestDatabase {
    let database = TestDatabase::new(backend).await;
    let output = restore(&database, file);
    assert!(
        output.status.success(),
        "restore: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    database
}

/// Restarts the server on `database`, checks it answers, and returns a masked backup.
async fn after_restart(database: &TestDatabase, file: &Path) -> String {
    let server = TestServer::start(TEILHABE, &database.url, &[]);
    let health = reqwest::get(server.url("/healthz")).await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    let dump = masked(&backup(database, file));
    assert!(server.terminate(), "the restarted server stops cleanly");
    dump
}

#[tokio::test]
async fn a_killed_server_leaves_the_state_before_or_after_a_change() {
    let folder = tempfile::tempdir().unwrap();
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let (admin, measure) = fill(&site).await;
        let statistician = site.token("statistician", None).await;
        // Use the statistician's token once, so the trials only move its last use time.
        let _ = site.api_json("/api/v1/imports", &statistician).await;
        let fixture = Fixture {
            statistician,
            admin,
            measure,
        };
        let before_file = folder.path().join(format!("{backend:?}-before.jsonl"));
        let before = masked(&backup(&site.database, &before_file));
        drop(site);

        for change in [Change::Import, Change::MeasureEdit] {
            // The change run to completion (and the server killed only after the answer).
            let database = restored(backend, &before_file).await;
            let server = TestServer::start(TEILHABE, &database.url, &[]);
            let started = std::time::Instant::now();
            let response = send(change, &server.base_url, &fixture).await.unwrap();
            let took = started.elapsed();
            assert!(
                response.status().is_success(),
                "{backend:?} {change:?}: {} {}",
                response.status(),
                response.text().await.unwrap_or_default()
            );
            drop(server);
            let scratch = folder.path().join("scratch.jsonl");
            let after = after_restart(&database, &scratch).await;
            assert_ne!(after, before, "{backend:?} {change:?} changes something");

            let mut outcomes = Vec::new();
            for part in KILL_AT {
                let delay = took.mul_f64(part);
                let database = restored(backend, &before_file).await;
                let server = TestServer::start(TEILHABE, &database.url, &[]);
                let request = {
                    let url = server.base_url.clone();
                    let fixture = fixture.clone();
                    tokio::spawn(async move { send(change, &url, &fixture).await })
                };
                tokio::time::sleep(delay).await;
                // Dropping the server sends SIGKILL.
                drop(server);
                let _ = request.await;
                let state = after_restart(&database, &scratch).await;
                let outcome = if state == before {
                    "before"
                } else if state == after {
                    "after"
                } else {
                    panic!(
                        "{backend:?} {change:?}, killed after {delay:?}: the database holds \
                         neither the state before nor after the change"
                    );
                };
                outcomes.push((delay, outcome));
            }
            eprintln!("{backend:?} {change:?} (took {took:?}): {outcomes:?}");
        }
    }
}
