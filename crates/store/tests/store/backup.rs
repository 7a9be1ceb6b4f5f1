//! Backup and restore: a consistent file of every table, restored into an empty database of
//! either backend, all or nothing.

use teilhabe_domain::access::Role;
use teilhabe_domain::measure::MeasureContent;
use teilhabe_domain::text::Text;
use teilhabe_store::backup::{EXCLUDED_TABLES, Header};
use teilhabe_store::{BackupError, DatabaseUrl, NewUser, Store};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase};

use crate::{at, bielefeld, open};

/// A store with a concept, settings, an account, a session, a failed login and a measure.
async fn filled(database: &TestDatabase) -> Store {
    let store = bielefeld(database).await;
    let user = store
        .create_user(
            &NewUser {
                login: "anna".into(),
                display_name: "Anna \"Ä\" Beispiel\nzweite Zeile".into(),
                password_hash: "$argon2id$x".into(),
                role: Role::Editor,
                field: Some("sport".into()),
            },
            "cli",
            at(2),
        )
        .await
        .unwrap();
    store
        .create_session(user.id, "session-hash", "csrf", at(3), at(100))
        .await
        .unwrap();
    store
        .reserve_login_attempt(
            "anna",
            "127.0.0.1",
            at(4),
            &teilhabe_store::accounts::LoginThrottle::default(),
        )
        .await
        .unwrap();
    let content = MeasureContent::new(
        Text::german("Straßenfußball"),
        "sport".into(),
        vec!["sport-1".into()],
    );
    store
        .create_measure("bielefeld", &content, false, "test", at(5))
        .await
        .unwrap();
    store
}

pub(crate) async fn backup_of(store: &Store) -> Vec<u8> {
    let mut out = Vec::new();
    store.backup(&mut out, at(1_000)).await.unwrap();
    out
}

/// The backup without its header line (which names the source backend).
fn body(backup: &[u8]) -> String {
    let text = String::from_utf8(backup.to_vec()).unwrap();
    text.split_once('\n').unwrap().1.to_owned()
}

pub(crate) async fn restore(database: &TestDatabase, backup: &[u8]) -> Result<Store, BackupError> {
    let url = DatabaseUrl::parse(&database.url).unwrap();
    Store::restore(&url, &mut &backup[..])
        .await
        .map(|(store, _)| store)
}

#[tokio::test]
async fn a_backup_restores_into_either_backend_unchanged() {
    for (from, to) in [
        (Backend::Sqlite, Backend::Postgres),
        (Backend::Postgres, Backend::Sqlite),
    ] {
        let source_database = TestDatabase::new(from).await;
        let source = filled(&source_database).await;
        let first = backup_of(&source).await;

        let header: Header =
            serde_json::from_str(String::from_utf8_lossy(&first).lines().next().unwrap()).unwrap();
        assert_eq!(header.format, "teilhabe-backup");
        assert_eq!(header.format_version, 1);
        assert_eq!(
            header.schema_version,
            *header.migrations.iter().max().unwrap()
        );
        let text = String::from_utf8_lossy(&first).into_owned();
        // Every table of the schema is in the file, but sessions and throttling records.
        for table in source.tables().await.unwrap() {
            assert!(
                text.contains(&format!("{{\"table\":\"{table}\"")),
                "{from:?}: {table} missing"
            );
        }
        for excluded in EXCLUDED_TABLES {
            assert!(
                !text.contains(&format!("\"table\":\"{excluded}\"")),
                "{excluded}"
            );
        }
        assert!(!text.contains("session-hash"));

        let target_database = TestDatabase::new(to).await;
        let target = restore(&target_database, &first).await.unwrap();
        let second = backup_of(&target).await;
        assert_eq!(body(&second), body(&first), "{from:?} -> {to:?}");

        // Identity sequences continue after the restored ids.
        let next = target
            .create_user(
                &NewUser {
                    login: "ben".into(),
                    display_name: "Ben".into(),
                    password_hash: "$argon2id$y".into(),
                    role: Role::Viewer,
                    field: None,
                },
                "cli",
                at(6),
            )
            .await
            .unwrap();
        let anna = target.user_by_login("anna").await.unwrap().unwrap();
        assert!(
            next.id > anna.id,
            "{to:?}: new id {} after {}",
            next.id,
            anna.id
        );
        source.close().await;
        target.close().await;
    }
}

#[tokio::test]
async fn restore_refuses_a_database_that_holds_data() {
    for backend in BACKENDS {
        let source_database = TestDatabase::new(backend).await;
        let source = filled(&source_database).await;
        let backup = backup_of(&source).await;
        let other = TestDatabase::new(backend).await;
        let store = bielefeld(&other).await;
        store.close().await;
        let error = restore(&other, &backup).await.err().expect("refused");
        let message = error.to_string();
        assert!(
            matches!(error, BackupError::NotEmpty(_)) && message.contains("concept_versions"),
            "{backend:?}: {message}"
        );
        source.close().await;
    }
}

#[tokio::test]
async fn a_broken_file_restores_nothing() {
    for backend in BACKENDS {
        let source_database = TestDatabase::new(backend).await;
        let source = filled(&source_database).await;
        let backup = backup_of(&source).await;
        let text = String::from_utf8(backup.clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let target = TestDatabase::new(backend).await;

        // Cut off before the end line: everything before it was inserted, then rolled back.
        let truncated = lines[..lines.len() - 1].join("\n");
        let error = restore(&target, truncated.as_bytes()).await.err().unwrap();
        assert!(
            error.to_string().contains("the file ends early"),
            "{backend:?}: {error}"
        );

        // A row with a value too many names its line and table.
        let row = lines
            .iter()
            .position(|line| line.starts_with("{\"table\":\"users\""))
            .unwrap()
            + 1;
        let mut broken: Vec<String> = lines.iter().map(|line| (*line).to_owned()).collect();
        broken[row] = broken[row].replacen('[', "[\"eins\",", 1);
        let broken = broken.join("\n");
        let error = restore(&target, broken.as_bytes()).await.err().unwrap();
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("line {}: a row of `users` has", row + 1)),
            "{backend:?}: {message}"
        );

        // Nothing stayed behind: the whole file restores into the same database afterwards.
        let store = restore(&target, &backup).await.unwrap();
        assert_eq!(body(&backup_of(&store).await), body(&backup));
        store.close().await;
        source.close().await;
    }
}

#[tokio::test]
async fn restore_refuses_other_files_and_newer_schemas() {
    for backend in BACKENDS {
        let source_database = TestDatabase::new(backend).await;
        let source = open(&source_database).await;
        let backup = String::from_utf8(backup_of(&source).await).unwrap();
        let (header, rest) = backup.split_once('\n').unwrap();
        let mut header: Header = serde_json::from_str(header).unwrap();
        let target = TestDatabase::new(backend).await;

        let error = restore(&target, b"id;name\n1;x\n").await.err().unwrap();
        assert!(
            error
                .to_string()
                .starts_with("line 1: expected the backup header as JSON"),
            "{error}"
        );

        header.migrations.push(99_999);
        header.schema_version = 99_999;
        let newer = format!("{}\n{rest}", serde_json::to_string(&header).unwrap());
        let error = restore(&target, newer.as_bytes()).await.err().unwrap();
        assert!(
            error
                .to_string()
                .contains("newer teilhabe (schema migrations 99999"),
            "{error}"
        );

        header.migrations.pop();
        header.schema_version = *header.migrations.iter().max().unwrap();
        header.format_version = 2;
        let later_format = format!("{}\n{rest}", serde_json::to_string(&header).unwrap());
        let error = restore(&target, later_format.as_bytes())
            .await
            .err()
            .unwrap();
        assert!(error.to_string().contains("format version 2"), "{error}");
        source.close().await;
    }
}

#[tokio::test]
async fn an_older_backup_is_restored_then_migrated() {
    for backend in BACKENDS {
        let source_database = TestDatabase::new(backend).await;
        let source = filled(&source_database).await;
        let current = String::from_utf8(backup_of(&source).await).unwrap();
        // The same data as a teilhabe before the monitoring migration (0100) would have written
        // it: without that migration and its (here empty) tables, and without the columns that
        // the later auth migration (0210) added to tables that are empty here.
        // The saved import mappings (0330) came later still.
        let monitoring = [
            "indicator_catalogues",
            "monitoring_imports",
            "observations",
            "import_mappings",
            // Report editions (0400) came with issue 13.
            "report_editions",
            // Content translations and translator grants (0500) came with issue 14.
            "content_translations",
            "translator_languages",
            // The institution registry and memberships (0600): modules of issues 15–18.
            "institutions",
            "institution_members",
            "mail_outbox",
            // Language mediation (0610): issue 15.
            "mediators",
            "mediator_languages",
            "mediation_requests",
            "mediation_assignments",
            // Offers (0630) came with issue 18.
            "offers",
            // Data from institutions (0620): issue 16.
            "collection_definitions",
            "collection_forms",
            "collection_values",
            "collection_reminders",
            // The reporting behind published collection figures (0621): issue 16, phase 4.
            "collection_reporting",
            // Stale-offer mails (0631): issue 18, phase 2.
            "offer_stale_mails",
            // Reports of discrimination and case records (0640): issue 17.
            "discrimination_reports",
            "discrimination_cases",
        ];
        // The institution a token acts for (0650): issue 15.
        let added_later: [(&str, &[&str]); 2] = [
            ("working_group_members", &["name_public"]),
            ("api_tokens", &["expires_at", "institution_code"]),
        ];
        let mut lines = current.lines();
        let mut header: Header = serde_json::from_str(lines.next().unwrap()).unwrap();
        header.migrations.retain(|version| *version < 100);
        header.schema_version = *header.migrations.iter().max().unwrap();
        // Columns a later migration (0340) added to a table with rows: gone from the header and
        // from every row of the older backup; the migration fills them with NULL, as they are.
        // Likewise the account's e-mail address (0602).
        let added_with_rows: [(&str, &[&str]); 2] = [
            (
                "concept_versions",
                &["reason", "decision_date", "decision_reference"],
            ),
            ("users", &["email"]),
        ];
        let mut strip: Vec<usize> = Vec::new();
        let mut older = vec![serde_json::to_string(&header).unwrap()];
        let mut tables = 0;
        for line in lines {
            let mut value: serde_json::Value = serde_json::from_str(line).unwrap();
            if let Some(row) = value.as_array_mut()
                && !strip.is_empty()
            {
                for index in strip.iter().rev() {
                    row.remove(*index);
                }
                older.push(value.to_string());
                continue;
            }
            strip.clear();
            if let Some(table) = value.get("table").and_then(|table| table.as_str()) {
                if let Some((_, columns)) = added_with_rows.iter().find(|(name, _)| *name == table)
                {
                    let mut older_table = value.clone();
                    let list = older_table["columns"].as_array_mut().unwrap();
                    strip = list
                        .iter()
                        .enumerate()
                        .filter(|(_, entry)| columns.iter().any(|c| entry["name"] == *c))
                        .map(|(index, _)| index)
                        .collect();
                    assert_eq!(strip.len(), columns.len(), "{table}");
                    list.retain(|entry| !columns.iter().any(|c| entry["name"] == *c));
                    tables += 1;
                    older.push(older_table.to_string());
                    continue;
                }
                if monitoring.contains(&table) {
                    assert_eq!(value["rows"], 0, "{table}");
                    continue;
                }
                tables += 1;
                if let Some((_, columns)) = added_later.iter().find(|(name, _)| *name == table) {
                    assert_eq!(value["rows"], 0, "{table}");
                    let mut older_table = value.clone();
                    older_table["columns"]
                        .as_array_mut()
                        .unwrap()
                        .retain(|entry| !columns.iter().any(|column| entry["name"] == *column));
                    older.push(older_table.to_string());
                    continue;
                }
            }
            if value.get("end").is_some() {
                older.push(format!(
                    "{{\"end\":{{\"tables\":{tables},\"rows\":{}}}}}",
                    value["end"]["rows"]
                ));
                continue;
            }
            older.push(line.to_owned());
        }
        let older = older.join("\n");

        let target_database = TestDatabase::new(backend).await;
        let url = DatabaseUrl::parse(&target_database.url).unwrap();
        let (target, counts) = Store::restore(&url, &mut older.as_bytes()).await.unwrap();
        assert_eq!(counts.schema_version, header.schema_version);
        // The newer migration ran afterwards: the store is at today's schema, data unchanged.
        let again = backup_of(&target).await;
        assert_eq!(body(&again), body(current.as_bytes()));
        let migrated: Header =
            serde_json::from_str(String::from_utf8_lossy(&again).lines().next().unwrap()).unwrap();
        assert!(
            migrated.migrations.contains(&100),
            "{backend:?}: {migrated:?}"
        );
        source.close().await;
        target.close().await;
    }
}
