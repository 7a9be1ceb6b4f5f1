//! Report editions: stored with their snapshot and PDF byte for byte, listed per city, audited,
//! and seen by the public page cache.

use teilhabe_store::{AuditFilter, NewEdition};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, bielefeld};

pub fn edition(pdf: &[u8]) -> NewEdition {
    NewEdition {
        city: "bielefeld".into(),
        year: 2024,
        language: "de".into(),
        snapshot: "{\"format\":1,\"text\":\"Straße ' \\\" #\"}".into(),
        pdf: pdf.to_vec(),
        concept_version: 1,
        catalogue_version: Some("abc".into()),
        released_by: "user:anna".into(),
    }
}

#[tokio::test]
async fn an_edition_keeps_its_pdf_and_snapshot_and_is_listed_newest_first() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let before = store.content_version().await.unwrap();
        let pdf: Vec<u8> = (0..=255u8).chain(b"%PDF-1.7".iter().copied()).collect();
        let first = store
            .save_report_edition(&edition(&pdf), at(10))
            .await
            .unwrap();
        assert!(
            store.content_version().await.unwrap() > before,
            "{backend:?}: a new edition moves the content version"
        );
        assert_eq!(first.pdf_size, 264);
        assert_eq!(first.year, 2024);
        assert_eq!(first.released_at, "1970-01-01T00:00:10Z");
        assert_eq!(first.catalogue_version.as_deref(), Some("abc"));
        assert_eq!(first.pdf_hash.len(), 64);

        let mut english = edition(b"%PDF en");
        english.language = "en".into();
        english.year = 2023;
        let older_year = store.save_report_edition(&english, at(11)).await.unwrap();
        let again = store
            .save_report_edition(&edition(b"%PDF again"), at(12))
            .await
            .unwrap();
        let listed: Vec<i64> = store
            .report_editions("bielefeld")
            .await
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        assert_eq!(listed, [again.id, first.id, older_year.id], "{backend:?}");
        assert!(store.report_editions("other").await.unwrap().is_empty());

        assert_eq!(
            store
                .report_edition_pdf("bielefeld", first.id)
                .await
                .unwrap(),
            Some(pdf),
            "{backend:?}: the PDF comes back byte for byte"
        );
        assert_eq!(
            store
                .report_edition_snapshot("bielefeld", first.id)
                .await
                .unwrap(),
            Some(edition(b"").snapshot)
        );
        assert_eq!(
            store.report_edition("bielefeld", first.id).await.unwrap(),
            Some(first.clone())
        );
        // Another city's id is not found.
        assert_eq!(
            store.report_edition_pdf("other", first.id).await.unwrap(),
            None
        );
        assert_eq!(store.report_edition("other", first.id).await.unwrap(), None);

        let audit = store
            .audit_log(&AuditFilter {
                entity_type: Some("report_edition".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(audit.len(), 3);
        let oldest = &audit[2].entry;
        assert_eq!(oldest.action, "report.release");
        assert_eq!(oldest.actor, "user:anna");
        assert_eq!(oldest.entity_id, first.id.to_string());
        store.close().await;
    }
}

#[tokio::test]
async fn an_edition_survives_a_backup_into_either_backend_byte_for_byte() {
    let pdf = [0u8, 0xff, b'%', 0x80, b'\n', b'"'];
    for from in BACKENDS {
        let source_database = TestDatabase::new(from).await;
        let source = bielefeld(&source_database).await;
        let stored = source
            .save_report_edition(&edition(&pdf), at(10))
            .await
            .unwrap();
        let file = crate::backup::backup_of(&source).await;
        for to in BACKENDS {
            let target_database = TestDatabase::new(to).await;
            let target = crate::backup::restore(&target_database, &file)
                .await
                .unwrap();
            assert_eq!(
                target
                    .report_edition_pdf("bielefeld", stored.id)
                    .await
                    .unwrap(),
                Some(pdf.to_vec()),
                "{from:?} -> {to:?}"
            );
            assert_eq!(
                target.report_edition("bielefeld", stored.id).await.unwrap(),
                Some(stored.clone())
            );
            target.close().await;
        }
        source.close().await;
    }
}
