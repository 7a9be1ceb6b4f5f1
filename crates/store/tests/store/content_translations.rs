//! Content translations (issue 14): read per language, written in one transaction, unchanged
//! rows left alone (not even `updated_at` moves), every change audited; translator grants per
//! language.

use teilhabe_domain::access::Role;
use teilhabe_domain::translation::{Origin, Translation, source_version};
use teilhabe_store::{AuditFilter, NewUser, TranslationWrite};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

fn translation(key: &str, language: &str, text: &str, german: &str) -> Translation {
    Translation {
        key: key.into(),
        language: language.into(),
        text: text.into(),
        source_version: source_version(german),
        source_text: german.into(),
        origin: Origin::MachineAssisted,
        translator: "teilhabe (shipped)".into(),
        updated_at: String::new(),
    }
}

fn import(detail: &str) -> TranslationWrite {
    TranslationWrite {
        actor: "user:ayse".into(),
        action: "translation.import".into(),
        detail: Some(detail.into()),
    }
}

#[tokio::test]
async fn translations_are_stored_per_language_and_rewritten_only_when_they_change() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let batch = vec![
            translation(
                "concept.title",
                "tr",
                "Entegrasyon konsepti",
                "Integrationskonzept",
            ),
            translation(
                "concept.title",
                "ar",
                "مفهوم الاندماج",
                "Integrationskonzept",
            ),
            translation(
                "measure.3.title",
                "tr",
                "Yüzme kursu 'x' \"y\"",
                "Schwimmkurs",
            ),
        ];
        let written = store
            .save_content_translations(&batch, &import("tr.xlf"), at(100))
            .await
            .unwrap();
        assert_eq!(
            (written.added, written.changed, written.unchanged),
            (3, 0, 0)
        );
        let turkish = store.content_translations("tr").await.unwrap();
        assert_eq!(turkish.len(), 2, "{backend:?}");
        assert_eq!(turkish[0].key, "concept.title");
        assert_eq!(turkish[0].text, "Entegrasyon konsepti");
        assert_eq!(turkish[0].origin, Origin::MachineAssisted);
        assert_eq!(turkish[0].source_text, "Integrationskonzept");
        assert_eq!(turkish[0].updated_at, "1970-01-01T00:01:40Z");
        assert_eq!(turkish[1].text, "Yüzme kursu 'x' \"y\"");
        assert_eq!(store.content_translations("ar").await.unwrap().len(), 1);
        assert!(store.content_translations("pl").await.unwrap().is_empty());

        // The same batch again: nothing is written, nothing audited, the page cache stays.
        let version = store.content_version().await.unwrap();
        let audited = store
            .audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .len();
        let written = store
            .save_content_translations(&batch, &import("tr.xlf"), at(200))
            .await
            .unwrap();
        assert_eq!(
            (written.added, written.changed, written.unchanged),
            (0, 0, 3)
        );
        assert_eq!(store.content_translations("tr").await.unwrap(), turkish);
        assert_eq!(
            store.content_version().await.unwrap(),
            version,
            "{backend:?}"
        );
        assert_eq!(
            store
                .audit_log(&AuditFilter::default())
                .await
                .unwrap()
                .len(),
            audited
        );

        // A human's new text replaces the machine-assisted one and is audited with the old text.
        let mut human = translation(
            "concept.title",
            "tr",
            "Uyum konsepti",
            "Integrationskonzept",
        );
        human.origin = Origin::Human;
        human.translator = "user:ayse".into();
        let written = store
            .save_content_translations(&[human], &import("edit"), at(300))
            .await
            .unwrap();
        assert_eq!((written.added, written.changed), (0, 1));
        let stored = &store.content_translations("tr").await.unwrap()[0];
        assert_eq!(stored.text, "Uyum konsepti");
        assert_eq!(stored.origin, Origin::Human);
        assert_eq!(stored.translator, "user:ayse");
        assert_eq!(stored.updated_at, "1970-01-01T00:05:00Z");
        assert!(store.content_version().await.unwrap() > version);
        let entries = store
            .audit_log(&AuditFilter {
                entity_type: Some("content_translation".into()),
                entity_id: Some("concept.title".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let change = entries
            .iter()
            .find(|record| record.entry.new_value.as_deref() == Some("Uyum konsepti"))
            .expect("the change is audited");
        assert_eq!(change.entry.actor, "user:ayse");
        assert_eq!(change.entry.field.as_deref(), Some("tr"));
        assert_eq!(
            change.entry.old_value.as_deref(),
            Some("Entegrasyon konsepti")
        );
        assert_eq!(change.entry.detail.as_deref(), Some("edit; origin human"));
        assert_eq!(store.content_translation_count().await.unwrap(), 3);
        database.destroy().await;
    }
}

#[tokio::test]
async fn a_failing_batch_stores_nothing() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_content_translations(
                &[translation(
                    "concept.title",
                    "pl",
                    "Koncepcja",
                    "Integrationskonzept",
                )],
                &import("pl.xlf"),
                at(1),
            )
            .await
            .unwrap();
        let before = store.content_translation_count().await.unwrap();
        // Without its audit log the batch fails at its last statement, after its rows went in.
        execute(&database, "ALTER TABLE audit_log RENAME TO audit_log_away").await;
        let result = store
            .save_content_translations(
                &[
                    translation("concept.subtitle", "pl", "Razem", "Gemeinsam"),
                    translation("concept.title", "uk", "Концепція", "Integrationskonzept"),
                ],
                &import("broken"),
                at(2),
            )
            .await;
        execute(&database, "ALTER TABLE audit_log_away RENAME TO audit_log").await;
        assert!(
            result.is_err(),
            "{backend:?}: the write without audit log fails"
        );
        assert_eq!(store.content_translation_count().await.unwrap(), before);
        assert!(store.content_translations("uk").await.unwrap().is_empty());
        database.destroy().await;
    }
}

async fn execute(database: &TestDatabase, statement: &'static str) {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let mut connection = sqlx::AnyConnection::connect(&database.url).await.unwrap();
    sqlx::query(statement)
        .execute(&mut connection)
        .await
        .unwrap();
    connection.close().await.unwrap();
}

#[tokio::test]
async fn translator_grants_are_per_language_and_audited() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let user = store
            .create_user(
                &NewUser {
                    login: "ayse".into(),
                    display_name: "Ayşe Yılmaz".into(),
                    password_hash: "$argon2id$x".into(),
                    role: Role::Viewer,
                    field: None,
                },
                "cli",
                at(1),
            )
            .await
            .unwrap();
        assert!(
            store
                .translator_languages(user.id)
                .await
                .unwrap()
                .is_empty()
        );
        store
            .set_translator_languages(user.id, &["tr".into(), "ar".into()], "user:admin", at(2))
            .await
            .unwrap();
        assert_eq!(
            store.translator_languages(user.id).await.unwrap(),
            ["ar", "tr"]
        );
        store
            .set_translator_languages(user.id, &["ar".into(), "pl".into()], "user:admin", at(3))
            .await
            .unwrap();
        assert_eq!(
            store.translator_languages(user.id).await.unwrap(),
            ["ar", "pl"]
        );
        assert_eq!(
            store.translator_grants().await.unwrap(),
            [(user.id, "ar".to_owned()), (user.id, "pl".to_owned())]
        );
        let entries = store
            .audit_log(&AuditFilter {
                entity_type: Some("user".into()),
                entity_id: Some("ayse".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let grants: Vec<(Option<&str>, Option<&str>)> = entries
            .iter()
            .filter(|record| record.entry.action == "user.translator")
            .map(|record| {
                (
                    record.entry.old_value.as_deref(),
                    record.entry.new_value.as_deref(),
                )
            })
            .collect();
        assert_eq!(grants.len(), 4, "{grants:?}");
        assert!(grants.contains(&(Some("tr"), None)));
        assert!(grants.contains(&(None, Some("pl"))));
        assert!(
            store
                .set_translator_languages(9999, &["tr".into()], "user:admin", at(4))
                .await
                .is_err()
        );
        database.destroy().await;
    }
}
