//! The concept, versions, search, health and the audit log.

use teilhabe_store::SearchHitKind;
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open, shipped_concept};

#[tokio::test]
async fn concept_round_trips_on_both_backends() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let concept = shipped_concept("bielefeld.toml");

        let load = store
            .save_concept(&concept, "test", at(1_700_000_000))
            .await
            .unwrap();
        assert_eq!((load.version, load.changed), (1, true), "{backend:?}");

        let stored = store
            .current_concept("bielefeld")
            .await
            .unwrap()
            .expect("stored");
        assert_eq!(stored.concept, concept, "{backend:?}");
        assert_eq!(stored.concept.fields.len(), 11);
        assert_eq!(stored.concept.recommendation_count(), 34);
        assert_eq!(stored.loaded_at, "2023-11-14T22:13:20Z");
        store.close().await;
    }
}

#[tokio::test]
async fn identical_reload_keeps_the_version_and_a_change_adds_one() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let mut concept = shipped_concept("bielefeld.toml");
        store.save_concept(&concept, "test", at(1)).await.unwrap();
        let again = store.save_concept(&concept, "test", at(2)).await.unwrap();
        assert_eq!((again.version, again.changed), (1, false), "{backend:?}");

        concept.fields[0].recommendations[0].text = concept.fields[0].recommendations[0]
            .text
            .clone()
            .with("en", "Quokka");
        let changed = store.save_concept(&concept, "test", at(3)).await.unwrap();
        assert_eq!((changed.version, changed.changed), (2, true), "{backend:?}");
        let current = store.current_concept("bielefeld").await.unwrap().unwrap();
        assert_eq!(current.version, 2);
        assert_eq!(
            current.concept.fields[0].recommendations[0].text.get("en"),
            "Quokka"
        );
        // Only the current version is searchable.
        let hits = store
            .search_concept("bielefeld", "quokka", None)
            .await
            .unwrap();
        assert_eq!(hits.len(), 1, "{backend:?}");
        store.close().await;
    }
}

#[tokio::test]
async fn cities_are_kept_apart() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_concept(&shipped_concept("bielefeld.toml"), "test", at(1))
            .await
            .unwrap();
        store
            .save_concept(&shipped_concept("musterstadt.toml"), "test", at(2))
            .await
            .unwrap();
        assert_eq!(
            store.cities().await.unwrap(),
            vec!["bielefeld", "musterstadt"]
        );
        let musterstadt = store.current_concept("musterstadt").await.unwrap().unwrap();
        assert_eq!(musterstadt.concept.fields.len(), 3);
        // Bielefeld's texts are not found in Musterstadt's concept.
        assert!(
            !store
                .search_concept("bielefeld", "Straßenfußball", None)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .search_concept("musterstadt", "Straßenfußball", None)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(store.current_concept("nowhere").await.unwrap().is_none());
        store.close().await;
    }
}

#[tokio::test]
async fn search_ignores_case_umlauts_and_word_order() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_concept(&shipped_concept("bielefeld.toml"), "test", at(1))
            .await
            .unwrap();

        let hits = store
            .search_concept(
                "bielefeld",
                "GEFLUECHTETE",
                Some(SearchHitKind::Recommendation),
            )
            .await
            .unwrap();
        let ids: Vec<&str> = hits.iter().map(|hit| hit.id.as_str()).collect();
        assert!(
            ids.contains(&"kinder-jugendarbeit-3"),
            "{backend:?}: {ids:?}"
        );
        assert!(
            hits.iter()
                .all(|hit| hit.kind == SearchHitKind::Recommendation)
        );

        let hits = store
            .search_concept("bielefeld", "Straßenfußball", None)
            .await
            .unwrap();
        assert_eq!(
            hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            vec!["sport-3"],
            "{backend:?}"
        );

        // Both words must occur, in any order.
        let hits = store
            .search_concept("bielefeld", "qualifizieren personal", None)
            .await
            .unwrap();
        assert_eq!(
            hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(),
            vec!["elementar-2"],
            "{backend:?}"
        );

        // LIKE wildcards are taken literally.
        assert!(
            store
                .search_concept("bielefeld", "%", None)
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            store
                .search_concept("bielefeld", "_", None)
                .await
                .unwrap()
                .is_empty()
        );
        store.close().await;
    }
}

#[tokio::test]
async fn health_check_fails_when_the_database_is_gone() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store.check_health().await.unwrap();
        database.destroy().await;
        assert!(store.check_health().await.is_err(), "{backend:?}");
    }
}

#[tokio::test]
async fn audit_entries_commit_with_their_change_or_not_at_all() {
    use teilhabe_store::{AuditEntry, AuditFilter, audit};
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let entry = |field: &str| AuditEntry {
            actor: "user:anna".into(),
            action: "measure.update".into(),
            entity_type: "measure".into(),
            entity_id: "7".into(),
            field: Some(field.into()),
            old_value: Some("planned".into()),
            new_value: Some("running".into()),
            detail: None,
        };
        let mut transaction = store.begin().await.unwrap();
        audit::append(
            &mut transaction,
            at(10),
            &[entry("status"), entry("progress")],
        )
        .await
        .unwrap();
        transaction.commit().await.unwrap();

        let mut rolled_back = store.begin().await.unwrap();
        audit::append(&mut rolled_back, at(11), &[entry("title")])
            .await
            .unwrap();
        rolled_back.rollback().await.unwrap();

        let records = store
            .audit_log(&AuditFilter {
                entity_type: Some("measure".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        let fields: Vec<_> = records
            .iter()
            .map(|r| r.entry.field.clone().unwrap())
            .collect();
        assert_eq!(
            fields,
            vec!["progress", "status"],
            "{backend:?}: newest first, rolled back entry absent"
        );
        assert_eq!(records[0].at, "1970-01-01T00:00:10Z");
        assert!(
            store
                .audit_log(&AuditFilter {
                    entity_id: Some("8".into()),
                    ..Default::default()
                })
                .await
                .unwrap()
                .is_empty()
        );
        store.close().await;
    }
}

#[tokio::test]
async fn versions_keep_who_when_why_and_the_councils_decision() {
    use teilhabe_store::{AuditFilter, StoreError, VersionNote};
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let mut concept = shipped_concept("musterstadt.toml");
        store.save_concept(&concept, "cli", at(10)).await.unwrap();

        concept.title = concept.title.clone().with("en", "Our concept");
        let note = VersionNote {
            by: "user:carla".into(),
            reason: Some("Änderung laut Ratsbeschluss".into()),
            decision_date: Some("2026-11-26".into()),
            decision_reference: Some("Drucksache 1234/2020-2025".into()),
        };
        let saved = store
            .save_concept_version(&concept, &note, Some(1), at(20))
            .await
            .unwrap();
        assert_eq!((saved.version, saved.changed), (2, true), "{backend:?}");

        // A save based on version 1 after version 2 exists is refused, and stores nothing.
        concept.title = concept.title.clone().with("en", "Too late");
        let refused = store
            .save_concept_version(&concept, &note, Some(1), at(30))
            .await;
        assert!(
            matches!(refused, Err(StoreError::Conflict { current: 2 })),
            "{backend:?}: {refused:?}"
        );

        let versions = store.concept_versions("musterstadt").await.unwrap();
        assert_eq!(versions.len(), 2, "{backend:?}");
        assert_eq!(versions[0].version, 2);
        assert!(versions[0].is_current && !versions[1].is_current);
        assert_eq!(versions[0].note, note, "{backend:?}");
        assert_eq!(versions[0].loaded_at, "1970-01-01T00:00:20Z");
        assert_eq!(versions[1].note.by, "cli");
        assert_eq!(versions[1].note.reason, None);
        assert_eq!(versions[1].note.decision_reference, None);

        let (first, old) = store
            .concept_version("musterstadt", 1)
            .await
            .unwrap()
            .expect("version 1");
        assert_eq!(first, versions[1]);
        assert_eq!(old, shipped_concept("musterstadt.toml"));
        assert!(
            store
                .concept_version("musterstadt", 3)
                .await
                .unwrap()
                .is_none()
        );
        assert!(
            store
                .concept_version("bielefeld", 1)
                .await
                .unwrap()
                .is_none()
        );

        // The edit is in the audit log with its reason; the plain load is not.
        let log = store
            .audit_log(&AuditFilter {
                entity_type: Some("concept".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(log.len(), 1, "{backend:?}");
        assert_eq!(log[0].entry.actor, "user:carla");
        assert_eq!(log[0].entry.old_value.as_deref(), Some("1"));
        assert_eq!(log[0].entry.new_value.as_deref(), Some("2"));
        assert_eq!(
            log[0].entry.detail.as_deref(),
            Some("Änderung laut Ratsbeschluss")
        );
        store.close().await;
    }
}
