//! Data from institutions: definitions versioned, values saved all at once, the form's states
//! checked in the transaction (completion and approval lock entry), reminders once per day.

use teilhabe_domain::institution::Registry;
use teilhabe_store::collection::{
    CollectionError, DefinitionsLoad, FormKey, FormState, Reminder, ValueChange,
};
use teilhabe_store::mail::NewMail;
use teilhabe_store::{AuditFilter, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

async fn with_institution(database: &TestDatabase) -> Store {
    let store = open(database).await;
    let registry = Registry::parse(
        "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"treff\"\nname = \"Treff\"\nkind = \"youth-club\"\n",
        &[],
    )
    .unwrap();
    store
        .save_institutions(&registry, "cli", at(1))
        .await
        .unwrap();
    store
}

fn key() -> FormKey {
    FormKey {
        data_set: "oja".into(),
        period: "2025Q1".into(),
        institution: "treff".into(),
    }
}

fn set(element: &str, combo: &str, value: Option<&str>) -> ValueChange {
    ValueChange {
        element: element.into(),
        combo: combo.into(),
        value: value.map(str::to_owned),
        comment: None,
        follow_up: false,
    }
}

#[tokio::test]
async fn definitions_get_a_new_version_when_they_change() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let files = |text: &str| {
            vec![
                ("a.toml".to_owned(), text.to_owned()),
                ("b.toml".to_owned(), "b".to_owned()),
            ]
        };
        let load = store
            .save_collection_definitions(&files("one"), "cli", at(1))
            .await
            .unwrap();
        assert_eq!(load.added, 2);
        let load = store
            .save_collection_definitions(&files("two"), "cli", at(2))
            .await
            .unwrap();
        assert_eq!(
            load,
            DefinitionsLoad {
                changed: 1,
                unchanged: 1,
                ..DefinitionsLoad::default()
            }
        );
        let load = store
            .save_collection_definitions(&files("two")[..1], "cli", at(3))
            .await
            .unwrap();
        assert_eq!((load.unchanged, load.removed), (1, 1));
        let stored = store.collection_definitions().await.unwrap();
        assert_eq!(stored.len(), 1, "{backend:?}");
        assert_eq!((stored[0].source.as_str(), stored[0].version), ("two", 2));
    }
}

#[tokio::test]
async fn completion_and_approval_lock_entry_and_a_return_opens_it_again() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let changed = store
            .save_collection_values(
                &key(),
                &[
                    set("visitors", "female_mh-yes", Some("3")),
                    set("total", "default", Some("3")),
                ],
                "user:treff",
                at(10),
            )
            .await
            .unwrap();
        assert_eq!(changed, 2);
        // The same values again change nothing; removing one changes one.
        let changed = store
            .save_collection_values(
                &key(),
                &[
                    set("visitors", "female_mh-yes", Some("3")),
                    set("total", "default", None),
                ],
                "user:treff",
                at(11),
            )
            .await
            .unwrap();
        assert_eq!(changed, 1, "{backend:?}");
        let form = store.collection_form(&key()).await.unwrap().unwrap();
        assert_eq!(form.state, FormState::Draft);

        // Approving a draft is refused: only a complete form is approved.
        let refused = store
            .set_collection_state(
                &key(),
                &[FormState::Complete],
                FormState::Approved,
                None,
                "user:stat",
                at(12),
            )
            .await;
        assert!(matches!(
            refused,
            Err(CollectionError::State(_, FormState::Draft))
        ));

        store
            .set_collection_state(
                &key(),
                &[FormState::Draft, FormState::Returned],
                FormState::Complete,
                None,
                "user:treff",
                at(13),
            )
            .await
            .unwrap();
        let locked = store
            .save_collection_values(
                &key(),
                &[set("total", "default", Some("3"))],
                "user:treff",
                at(14),
            )
            .await;
        assert!(matches!(
            locked,
            Err(CollectionError::State(_, FormState::Complete))
        ));

        store
            .set_collection_state(
                &key(),
                &[FormState::Complete],
                FormState::Approved,
                None,
                "user:stat",
                at(15),
            )
            .await
            .unwrap();
        let locked = store
            .save_collection_values(
                &key(),
                &[set("total", "default", Some("3"))],
                "user:treff",
                at(16),
            )
            .await;
        assert!(matches!(
            locked,
            Err(CollectionError::State(_, FormState::Approved))
        ));
        let approved = store
            .approved_collection_values("oja", "2025Q1")
            .await
            .unwrap();
        assert_eq!(approved.len(), 1);
        assert_eq!(
            (approved[0].value.as_str(), approved[0].stored_by.as_str()),
            ("3", "user:treff")
        );

        store
            .set_collection_state(
                &key(),
                &[FormState::Complete, FormState::Approved],
                FormState::Returned,
                Some("Bitte die Summe prüfen"),
                "user:stat",
                at(17),
            )
            .await
            .unwrap();
        let form = store.collection_form(&key()).await.unwrap().unwrap();
        assert_eq!(form.state, FormState::Returned);
        assert_eq!(
            form.decision_comment.as_deref(),
            Some("Bitte die Summe prüfen")
        );
        assert_eq!(form.completed_by.as_deref(), Some("user:treff"));
        assert!(
            store
                .approved_collection_values("oja", "2025Q1")
                .await
                .unwrap()
                .is_empty()
        );
        store
            .save_collection_values(
                &key(),
                &[set("total", "default", Some("3"))],
                "user:treff",
                at(18),
            )
            .await
            .unwrap();

        let audit = store
            .audit_log(&AuditFilter {
                entity_type: Some("collection-form".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let actions: Vec<_> = audit
            .iter()
            .rev()
            .map(|r| r.entry.action.as_str())
            .collect();
        assert_eq!(
            actions,
            [
                "collection.value",
                "collection.value",
                "collection.value",
                "collection.complete",
                "collection.approved",
                "collection.returned",
                "collection.value",
            ]
        );
    }
}

#[tokio::test]
async fn values_of_an_unknown_institution_are_refused() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let other = FormKey {
            institution: "nirgends".into(),
            ..key()
        };
        let refused = store
            .save_collection_values(&other, &[set("total", "default", Some("1"))], "cli", at(2))
            .await;
        assert!(
            matches!(refused, Err(CollectionError::NotFound)),
            "{backend:?}"
        );
        assert!(store.collection_form(&other).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_reminder_is_queued_once_per_form_and_day() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let reminder = |day: &str| Reminder {
            key: key(),
            day: day.into(),
            kind: "before".into(),
            mails: vec![NewMail {
                recipient: "treff@example.org".into(),
                subject: "Erinnerung".into(),
                body: "Bitte melden".into(),
                calendar: None,
                digest_key: Some("collection:oja:2025Q1".into()),
                not_before: None,
            }],
        };
        assert_eq!(
            store
                .queue_collection_reminders(&[reminder("2025-04-23")], at(1))
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .queue_collection_reminders(&[reminder("2025-04-23")], at(2))
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            store
                .queue_collection_reminders(&[reminder("2025-04-24")], at(3))
                .await
                .unwrap(),
            1
        );
        assert_eq!(
            store.mail_to("treff@example.org").await.unwrap().len(),
            2,
            "{backend:?}"
        );
    }
}
