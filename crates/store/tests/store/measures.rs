//! Measures: validation on write, optimistic locking, audit, filters, all-or-nothing imports.

use std::collections::HashMap;

use teilhabe_domain::measure::{
    Districts, FieldError, MeasureContent, Programme, Status, parse_row,
};
use teilhabe_domain::money::Money;
use teilhabe_domain::text::Text;
use teilhabe_store::measures::{ImportError, ImportOptions, MeasureFilter};
use teilhabe_store::{AuditFilter, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, bielefeld};

fn draft(title: &str, recommendation: &str, field: &str) -> MeasureContent {
    MeasureContent::new(
        Text::german(title),
        field.into(),
        vec![recommendation.into()],
    )
}

#[tokio::test]
async fn create_validates_against_concept_and_settings() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let mut content = draft("", "elementar-9", "nowhere");
        content.districts = Districts::Some(vec!["99".into()]);
        content.target_groups = vec!["aliens".into()];
        let Err(StoreError::Invalid(problems)) = store
            .create_measure("bielefeld", &content, false, "test", at(2))
            .await
        else {
            panic!("{backend:?}: invalid content was stored");
        };
        let columns: Vec<&str> = problems.iter().map(|p| p.column).collect();
        assert_eq!(
            columns,
            [
                "title_de",
                "recommendations",
                "working_group",
                "target_groups",
                "districts"
            ],
            "{backend:?}"
        );
        assert!(
            store
                .measures("bielefeld", &MeasureFilter::default())
                .await
                .unwrap()
                .is_empty()
        );

        let mut good = draft("Sprachcafé", "sprachmittlung-1", "sprachmittlung");
        good.budget_planned = Some(Money::parse("12.500,50").unwrap());
        let measure = store
            .create_measure("bielefeld", &good, false, "user:anna", at(3))
            .await
            .unwrap();
        assert_eq!(measure.version, 1);
        assert_eq!(
            measure.content, good,
            "{backend:?}: money and every field survive exactly"
        );
        assert_eq!(measure.content.budget_planned.unwrap().cents(), 1_250_050);
        store.close().await;
    }
}

#[tokio::test]
async fn two_editors_on_one_version_one_wins_and_one_change_is_logged() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let measure = store
            .create_measure(
                "bielefeld",
                &draft("Elterncafé", "elementar-3", "elementar"),
                false,
                "test",
                at(2),
            )
            .await
            .unwrap();

        let mut anna = measure.content.clone();
        anna.progress = 30;
        let mut ben = measure.content.clone();
        ben.progress = 60;
        let (first, second) = tokio::join!(
            store.update_measure("bielefeld", measure.id, 1, &anna, "user:anna", at(3)),
            store.update_measure("bielefeld", measure.id, 1, &ben, "user:ben", at(3)),
        );
        let outcomes = [first.is_ok(), second.is_ok()];
        assert_eq!(
            outcomes.iter().filter(|ok| **ok).count(),
            1,
            "{backend:?}: exactly one wins"
        );
        let loser = if outcomes[0] { second } else { first };
        assert!(
            matches!(loser, Err(StoreError::Conflict { current: 2 })),
            "{backend:?}: {loser:?}"
        );

        let log = store
            .audit_log(&AuditFilter {
                entity_type: Some("measure".into()),
                entity_id: Some(measure.id.to_string()),
                ..Default::default()
            })
            .await
            .unwrap();
        let updates: Vec<_> = log
            .iter()
            .filter(|r| r.entry.action == "measure.update")
            .collect();
        assert_eq!(updates.len(), 1, "{backend:?}: {updates:?}");
        assert_eq!(updates[0].entry.field.as_deref(), Some("progress"));
        assert_eq!(updates[0].entry.old_value.as_deref(), Some("0"));
        let stored = store
            .measure("bielefeld", measure.id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.version, 2);
        assert_eq!(
            Some(stored.content.progress.to_string()),
            updates[0].entry.new_value
        );
        store.close().await;
    }
}

#[tokio::test]
async fn the_lifecycle_is_enforced_on_update() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let measure = store
            .create_measure(
                "bielefeld",
                &draft("Kurs", "schule-1", "schule"),
                false,
                "test",
                at(2),
            )
            .await
            .unwrap();
        let mut jump = measure.content.clone();
        jump.status = Status::Completed;
        let Err(StoreError::Invalid(problems)) = store
            .update_measure("bielefeld", measure.id, 1, &jump, "test", at(3))
            .await
        else {
            panic!("a jump from idea to completed was accepted");
        };
        assert!(
            matches!(&problems[0].error, FieldError::Transition(_)),
            "{problems:?}"
        );
        assert_eq!(
            problems[0].to_string(),
            "status: a measure that is idea cannot become completed; allowed next: planned, stopped"
        );

        let mut stop = measure.content.clone();
        stop.status = Status::Stopped;
        let Err(StoreError::Invalid(problems)) = store
            .update_measure("bielefeld", measure.id, 1, &stop, "test", at(3))
            .await
        else {
            panic!("stopped without a reason");
        };
        assert_eq!(problems[0].column, "stop_reason");
        stop.stop_reason = Some("Träger hat sich zurückgezogen".into());
        let stopped = store
            .update_measure("bielefeld", measure.id, 1, &stop, "test", at(4))
            .await
            .unwrap();
        assert_eq!(
            (stopped.content.status, stopped.version),
            (Status::Stopped, 2),
            "{backend:?}"
        );
        // An edit without changes keeps the version.
        let same = store
            .update_measure("bielefeld", measure.id, 2, &stop, "test", at(5))
            .await
            .unwrap();
        assert_eq!(same.version, 2);
        store.close().await;
    }
}

#[tokio::test]
async fn filters_find_what_they_say() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let mut a = draft(
            "Sprachcafé für Mütter",
            "sprachmittlung-1",
            "sprachmittlung",
        );
        a.districts = Districts::Some(vec!["07".into()]);
        a.target_groups = vec!["women".into()];
        a.programme = Programme::Both;
        a.published = true;
        let mut b = draft("Straßenfußball-Liga", "sport-3", "sport");
        b.status = Status::Running;
        b.target_groups = vec!["young-people".into()];
        let a = store
            .create_measure("bielefeld", &a, false, "test", at(2))
            .await
            .unwrap();
        let b = store
            .create_measure("bielefeld", &b, false, "test", at(2))
            .await
            .unwrap();
        let ids = |filter: MeasureFilter| {
            let store = store.clone();
            async move {
                store
                    .measures("bielefeld", &filter)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|m| m.id)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            ids(MeasureFilter {
                field: Some("sport".into()),
                ..Default::default()
            })
            .await,
            [b.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                recommendation: Some("sprachmittlung-1".into()),
                ..Default::default()
            })
            .await,
            [a.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                status: Some(Status::Running),
                ..Default::default()
            })
            .await,
            [b.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                programme: Some(Programme::Both),
                ..Default::default()
            })
            .await,
            [a.id]
        );
        // b works city-wide, so it is in Heepen (07) too; only b is in Mitte (01).
        assert_eq!(
            ids(MeasureFilter {
                district: Some("07".into()),
                ..Default::default()
            })
            .await
            .len(),
            2,
            "{backend:?}"
        );
        assert_eq!(
            ids(MeasureFilter {
                district: Some("01".into()),
                ..Default::default()
            })
            .await,
            [b.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                target_group: Some("women".into()),
                ..Default::default()
            })
            .await,
            [a.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                text: Some("strassenfussball".into()),
                ..Default::default()
            })
            .await,
            [b.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                text: Some("MÜTTER sprachcafe".into()),
                ..Default::default()
            })
            .await,
            [a.id]
        );
        assert_eq!(
            ids(MeasureFilter {
                published_only: true,
                ..Default::default()
            })
            .await,
            [a.id]
        );
        let none: Vec<i64> = Vec::new();
        let both_words = MeasureFilter {
            text: Some("Sprachcafé Liga".into()),
            ..Default::default()
        };
        assert_eq!(ids(both_words).await, none, "every word must match");
        store.close().await;
    }
}

fn file_row(cells: &[(&str, &str)]) -> HashMap<String, String> {
    cells
        .iter()
        .map(|(c, v)| (c.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn an_import_with_one_bad_row_changes_nothing() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let existing = store
            .create_measure(
                "bielefeld",
                &draft("Bestand", "sport-1", "sport"),
                false,
                "test",
                at(2),
            )
            .await
            .unwrap();
        let rows = vec![
            (
                2,
                parse_row(&file_row(&[
                    ("title_de", "Neu A"),
                    ("recommendations", "sport-2"),
                    ("working_group", "sport"),
                ]))
                .unwrap(),
            ),
            (
                3,
                parse_row(&file_row(&[
                    ("id", &existing.id.to_string()),
                    ("title_de", "Bestand, geändert"),
                    ("recommendations", "sport-1"),
                    ("working_group", "sport"),
                ]))
                .unwrap(),
            ),
            (
                4,
                parse_row(&file_row(&[
                    ("title_de", "Neu B"),
                    ("recommendations", "sport-99"),
                    ("working_group", "sport"),
                ]))
                .unwrap(),
            ),
        ];
        let Err(ImportError::Rows(errors)) = store
            .import_measures(
                "bielefeld",
                &rows,
                &ImportOptions {
                    dry_run: false,
                    ..Default::default()
                },
                "cli",
                at(3),
            )
            .await
        else {
            panic!("a bad row was accepted");
        };
        assert_eq!(errors.len(), 1);
        assert_eq!(
            (errors[0].row, errors[0].column.as_str()),
            (4, "recommendations"),
            "{backend:?}"
        );
        let all = store
            .measures("bielefeld", &MeasureFilter::default())
            .await
            .unwrap();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].content.title.german_text(), "Bestand");

        // Without the bad row: a dry run reports and changes nothing, the real run applies.
        let good = &rows[..2];
        let preview = store
            .import_measures(
                "bielefeld",
                good,
                &ImportOptions {
                    dry_run: true,
                    ..Default::default()
                },
                "cli",
                at(4),
            )
            .await
            .unwrap();
        assert_eq!((preview.created.len(), preview.updated.len()), (1, 1));
        assert_eq!(
            preview.updated[0].changes,
            vec![teilhabe_store::measures::FieldChange {
                column: "title_de".into(),
                old: "Bestand".into(),
                new: "Bestand, geändert".into()
            }]
        );
        assert_eq!(
            store
                .measures("bielefeld", &MeasureFilter::default())
                .await
                .unwrap()
                .len(),
            1,
            "{backend:?}: dry run"
        );
        let applied = store
            .import_measures(
                "bielefeld",
                good,
                &ImportOptions {
                    dry_run: false,
                    ..Default::default()
                },
                "cli",
                at(5),
            )
            .await
            .unwrap();
        assert_eq!(applied.updated, preview.updated);
        let imports = store
            .audit_log(&AuditFilter {
                entity_type: Some("import".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(
            imports.len(),
            1,
            "{backend:?}: the dry run left no trace, the real run one"
        );
        assert_eq!(
            imports[0].entry.detail.as_deref(),
            Some("1 created, 1 changed, 0 unchanged")
        );
        assert_eq!(
            store
                .measures("bielefeld", &MeasureFilter::default())
                .await
                .unwrap()
                .len(),
            2
        );
        let again = store
            .import_measures(
                "bielefeld",
                &rows[1..2],
                &ImportOptions {
                    dry_run: false,
                    ..Default::default()
                },
                "cli",
                at(6),
            )
            .await
            .unwrap();
        assert_eq!((again.unchanged, again.updated.len()), (1, 0));

        let unknown = vec![(
            2,
            parse_row(&file_row(&[
                ("id", "999"),
                ("title_de", "X"),
                ("recommendations", "sport-1"),
                ("working_group", "sport"),
            ]))
            .unwrap(),
        )];
        let Err(ImportError::Rows(errors)) = store
            .import_measures(
                "bielefeld",
                &unknown,
                &ImportOptions {
                    dry_run: false,
                    ..Default::default()
                },
                "cli",
                at(7),
            )
            .await
        else {
            panic!("an unknown id was accepted");
        };
        assert_eq!(errors[0].message, "there is no measure 999 in bielefeld");
        store.close().await;
    }
}

#[tokio::test]
async fn delete_checks_the_version_and_keeps_a_record() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let measure = store
            .create_measure(
                "bielefeld",
                &draft("Weg damit", "sport-1", "sport"),
                false,
                "test",
                at(2),
            )
            .await
            .unwrap();
        assert!(matches!(
            store
                .delete_measure("bielefeld", measure.id, Some(7), "test", at(3))
                .await,
            Err(StoreError::Conflict { .. })
        ));
        store
            .delete_measure("bielefeld", measure.id, Some(1), "user:anna", at(3))
            .await
            .unwrap();
        assert!(
            store
                .measure("bielefeld", measure.id)
                .await
                .unwrap()
                .is_none(),
            "{backend:?}"
        );
        let log = store
            .audit_log(&AuditFilter {
                entity_id: Some(measure.id.to_string()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(log[0].entry.action, "measure.delete");
        assert!(
            log[0]
                .entry
                .detail
                .as_deref()
                .unwrap()
                .contains("Weg damit")
        );
        store.close().await;
    }
}
