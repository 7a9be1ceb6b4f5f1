//! Reports of discrimination and case records in the store, on both backends: every case read
//! and change audited without personal data, the contact deleted when the case closes, one case
//! per report, optimistic locking, and the deletion of what is due.

use jiff::civil::date;
use teilhabe_domain::discrimination::report::Month;
use teilhabe_domain::discrimination::{AggApplies, CaseRecord, Report};
use teilhabe_store::discrimination::Deleted;
use teilhabe_store::{AuditFilter, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

fn report() -> Report {
    Report {
        area: "housing".into(),
        district: Some("01".into()),
        month: Month {
            year: 2026,
            month: 2,
        },
        grounds: vec!["ethnic-origin".into(), "age".into()],
        what_happened: "Die Wohnung wurde mir verweigert.".into(),
        wants_counselling: true,
        contact: Some("never stored as such".into()),
    }
}

fn record(closed: bool) -> CaseRecord {
    CaseRecord {
        areas: vec!["housing".into()],
        grounds: vec!["ethnic-origin".into()],
        forms: vec!["direct".into()],
        level: Some("individual".into()),
        agg: AggApplies::Yes,
        interventions: vec!["complaint-letter".into()],
        outcome: Some(if closed { "success" } else { "open" }.into()),
        opened: date(2026, 2, 10),
        closed: closed.then_some(date(2026, 3, 1)),
        notes: Some("Gespräch geführt".into()),
    }
}

#[tokio::test]
async fn reports_and_cases_are_audited_and_the_contact_goes_when_the_case_closes() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let id = store
            .insert_discrimination_report(
                &report(),
                "AAAA-BBBB-CCCC",
                Some("sealed"),
                false,
                at(10),
            )
            .await
            .unwrap();
        assert!(matches!(
            store
                .insert_discrimination_report(&report(), "AAAA-BBBB-CCCC", None, false, at(11))
                .await,
            Err(StoreError::Duplicate(_))
        ));
        let reports = store
            .discrimination_reports("user:beraterin", at(30))
            .await
            .unwrap();
        assert_eq!(reports.len(), 1, "{backend:?}");
        let stored = &reports[0];
        assert_eq!(
            (
                stored.receipt.as_str(),
                stored.month.as_str(),
                stored.grounds.clone(),
                stored.has_contact,
                stored.case_id
            ),
            (
                "AAAA-BBBB-CCCC",
                "2026-02",
                vec!["ethnic-origin".to_owned(), "age".to_owned()],
                true,
                None
            )
        );
        assert!(stored.wants_counselling);
        assert_eq!(stored.district.as_deref(), Some("01"));
        assert_eq!(
            store
                .discrimination_report_contact(id, "user:beraterin", at(12))
                .await
                .unwrap(),
            Some(("AAAA-BBBB-CCCC".to_owned(), Some("sealed".to_owned())))
        );
        assert_eq!(
            store
                .discrimination_report_contact(999, "user:beraterin", at(12))
                .await
                .unwrap(),
            None
        );

        // A case for the report; a second one is refused, an unknown report is not found.
        let case = store
            .create_discrimination_case(&record(false), Some(id), "user:beraterin", at(20))
            .await
            .unwrap();
        assert!(matches!(
            store
                .create_discrimination_case(&record(false), Some(id), "user:beraterin", at(21))
                .await,
            Err(StoreError::Duplicate(_))
        ));
        assert!(matches!(
            store
                .create_discrimination_case(&record(false), Some(999), "user:beraterin", at(21))
                .await,
            Err(StoreError::NotFound)
        ));
        let read = store
            .read_discrimination_case(case, "user:beraterin", at(22))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (read.record, read.version, read.report_id),
            (record(false), 1, Some(id))
        );
        assert_eq!(
            store
                .read_discrimination_case(999, "x", at(22))
                .await
                .unwrap(),
            None
        );
        assert_eq!(
            store
                .list_discrimination_cases(None, "user:beraterin", at(23))
                .await
                .unwrap()
                .len(),
            1
        );
        assert!(matches!(
            store
                .update_discrimination_case(case, 7, &record(true), "user:beraterin", at(24))
                .await,
            Err(StoreError::Conflict { current: 1 })
        ));
        assert_eq!(
            store
                .update_discrimination_case(case, 1, &record(true), "user:beraterin", at(25))
                .await
                .unwrap(),
            2
        );
        let reports = store
            .discrimination_reports("user:beraterin", at(30))
            .await
            .unwrap();
        assert!(
            !reports[0].has_contact,
            "{backend:?}: the contact goes when the case closes"
        );
        assert_eq!(reports[0].case_id, Some(case));
        assert_eq!(
            store
                .discrimination_report_contact(id, "user:beraterin", at(26))
                .await
                .unwrap(),
            Some(("AAAA-BBBB-CCCC".to_owned(), None))
        );

        let log = store.audit_log(&AuditFilter::default()).await.unwrap();
        let actions: Vec<(&str, &str)> = log
            .iter()
            .rev()
            .filter(|r| r.entry.entity_type.starts_with("discrimination"))
            .map(|r| (r.entry.action.as_str(), r.entry.actor.as_str()))
            .collect();
        assert_eq!(
            actions,
            [
                ("discrimination-report.create", "public"),
                ("discrimination-report.list", "user:beraterin"),
                ("discrimination-report.contact-read", "user:beraterin"),
                ("discrimination-case.create", "user:beraterin"),
                ("discrimination-case.read", "user:beraterin"),
                ("discrimination-case.list", "user:beraterin"),
                ("discrimination-case.update", "user:beraterin"),
                ("discrimination-report.contact-delete", "user:beraterin"),
                ("discrimination-report.list", "user:beraterin"),
                ("discrimination-report.contact-read", "user:beraterin"),
            ],
            "{backend:?}"
        );
        // No personal data in the audit log: ids and actions only.
        for record in log
            .iter()
            .filter(|r| r.entry.entity_type.starts_with("discrimination"))
        {
            assert_eq!(
                (
                    &record.entry.old_value,
                    &record.entry.new_value,
                    &record.entry.detail
                ),
                (&None, &None, &None)
            );
        }
    }
}

#[tokio::test]
async fn a_case_stored_closed_forgets_the_contact_at_once_and_deletion_takes_case_and_report() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let first = store
            .insert_discrimination_report(&report(), "A", Some("sealed"), false, at(10))
            .await
            .unwrap();
        let alone = store
            .insert_discrimination_report(&report(), "B", Some("sealed"), true, at(11))
            .await
            .unwrap();
        let closed = store
            .create_discrimination_case(&record(true), Some(first), "user:b", at(12))
            .await
            .unwrap();
        let open_case = store
            .create_discrimination_case(&record(false), None, "user:b", at(13))
            .await
            .unwrap();
        let reports = store
            .discrimination_reports("user:beraterin", at(30))
            .await
            .unwrap();
        let has_contact: Vec<(i64, bool)> = reports.iter().map(|r| (r.id, r.has_contact)).collect();
        assert_eq!(has_contact, [(alone, true), (first, false)], "{backend:?}");

        let facts = store.discrimination_retention_facts().await.unwrap();
        assert_eq!(
            facts.cases,
            [(closed, Some(date(2026, 3, 1))), (open_case, None)]
        );
        assert_eq!(facts.reports_without_case, [(alone, at(11))]);
        // The running cases and those closed since a day (closed 1 March).
        for (since, expected) in [
            (Some(date(2026, 3, 1)), vec![open_case, closed]),
            (Some(date(2026, 3, 2)), vec![open_case]),
            (None, vec![open_case, closed]),
        ] {
            let listed = store
                .list_discrimination_cases(since, "user:b", at(14))
                .await
                .unwrap();
            let mut ids: Vec<i64> = listed.iter().map(|c| c.id).collect();
            ids.sort_by_key(|id| std::cmp::Reverse(*id == open_case));
            assert_eq!(ids, expected, "{since:?} {backend:?}");
        }
        assert_eq!(facts.case_reports, [(closed, first)]);
        assert_eq!(
            store
                .discrimination_records_opened(date(2026, 1, 1), date(2026, 12, 31))
                .await
                .unwrap()
                .len(),
            2
        );
        assert!(
            store
                .discrimination_records_opened(date(2025, 1, 1), date(2025, 12, 31))
                .await
                .unwrap()
                .is_empty()
        );

        let deleted = store
            .delete_discrimination(&[closed, 999], &[alone], "cli:purge", at(20))
            .await
            .unwrap();
        assert_eq!(
            deleted,
            Deleted {
                cases: 1,
                reports: 2
            }
        );
        assert!(
            store
                .discrimination_reports("user:beraterin", at(30))
                .await
                .unwrap()
                .is_empty()
        );
        let left = store
            .list_discrimination_cases(None, "user:b", at(21))
            .await
            .unwrap();
        assert_eq!(left.iter().map(|c| c.id).collect::<Vec<_>>(), [open_case]);
        let log = store.audit_log(&AuditFilter::default()).await.unwrap();
        let deletions = log
            .iter()
            .filter(|r| r.entry.action.ends_with(".delete") && r.entry.actor == "cli:purge")
            .count();
        assert_eq!(deletions, 3);
    }
}

#[tokio::test]
async fn a_held_back_report_is_marked_until_released_once_with_its_audit_entry() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let held = store
            .insert_discrimination_report(&report(), "H", None, true, at(10))
            .await
            .unwrap();
        let clear = store
            .insert_discrimination_report(&report(), "C", None, false, at(11))
            .await
            .unwrap();
        let flags = |reports: Vec<teilhabe_store::discrimination::StoredReport>| {
            let mut flags: Vec<(i64, bool)> = reports.iter().map(|r| (r.id, r.held_back)).collect();
            flags.sort();
            flags
        };
        let listed = store
            .discrimination_reports("user:b", at(12))
            .await
            .unwrap();
        assert_eq!(flags(listed), [(held, true), (clear, false)], "{backend:?}");
        assert!(
            !store
                .release_discrimination_report(clear, "user:b", at(13))
                .await
                .unwrap()
        );
        assert!(
            store
                .release_discrimination_report(held, "user:b", at(13))
                .await
                .unwrap()
        );
        assert!(
            !store
                .release_discrimination_report(held, "user:b", at(14))
                .await
                .unwrap(),
            "released once"
        );
        let one = store
            .discrimination_report(held, "user:b", at(15))
            .await
            .unwrap();
        assert_eq!(one.map(|r| (r.id, r.held_back)), Some((held, false)));
        assert_eq!(
            store
                .discrimination_report(held + 99, "user:b", at(15))
                .await
                .unwrap(),
            None
        );
        let reads = store
            .audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.entry.action == "discrimination-report.read")
            .map(|e| e.entry.entity_id)
            .collect::<Vec<_>>();
        assert_eq!(reads, [held.to_string()], "{backend:?}");
        let listed = store
            .discrimination_reports("user:b", at(15))
            .await
            .unwrap();
        assert_eq!(
            flags(listed),
            [(held, false), (clear, false)],
            "{backend:?}"
        );
        let releases = store
            .audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.entry.action == "discrimination-report.release")
            .map(|e| e.entry.entity_id)
            .collect::<Vec<_>>();
        assert_eq!(releases, [held.to_string()], "{backend:?}");
        let spam = store
            .insert_discrimination_report(&report(), "S", None, true, at(16))
            .await
            .unwrap();
        assert!(
            !store
                .delete_held_discrimination_report(clear, "user:b", at(17))
                .await
                .unwrap()
        );
        assert!(
            store
                .delete_held_discrimination_report(spam, "user:b", at(17))
                .await
                .unwrap()
        );
        let listed = store
            .discrimination_reports("user:b", at(18))
            .await
            .unwrap();
        assert_eq!(
            flags(listed),
            [(held, false), (clear, false)],
            "{backend:?}"
        );
    }
}
