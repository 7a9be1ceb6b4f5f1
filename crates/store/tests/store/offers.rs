//! Offers: created all or none, status changes and edits checked against the version, each
//! audited; a change moves the content version (public pages show offers).

use teilhabe_domain::institution::Registry;
use teilhabe_domain::offers::{Status, sample};
use teilhabe_store::offers::StatusChange;
use teilhabe_store::{AuditFilter, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

async fn with_providers(database: &TestDatabase) -> teilhabe_store::Store {
    let store = open(database).await;
    let registry = Registry::parse(
        "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"vhs\"\nname = \"VHS\"\nkind = \"adult-education\"\n[[institutions]]\ncode = \"verein\"\nname = \"Verein\"\nkind = \"association\"\n",
        &["01"],
    )
    .unwrap();
    store
        .save_institutions(&registry, "cli", at(1))
        .await
        .unwrap();
    store
}

#[tokio::test]
async fn offers_are_created_reviewed_edited_and_audited() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_providers(&database).await;
        let version_before = store.content_version().await.unwrap();
        let mut second = sample::content();
        second.title = "Zweites Angebot".into();
        let ids = store
            .create_offers(
                "vhs",
                &[sample::content(), second],
                Status::Draft,
                "user:p",
                at(10),
            )
            .await
            .unwrap();
        assert_eq!(ids.len(), 2);
        assert!(store.content_version().await.unwrap() > version_before);
        let offer = store.offer(ids[0]).await.unwrap().unwrap();
        assert_eq!(offer.content, sample::content());
        assert_eq!((offer.status, offer.version), (Status::Draft, 1));
        assert_eq!(offer.confirmed_at, at(10));

        let submitted = store
            .set_offer_status(
                offer.id,
                1,
                &StatusChange {
                    status: Status::Submitted,
                    comment: None,
                    confirm: true,
                },
                "user:p",
                at(20),
            )
            .await
            .unwrap();
        assert_eq!(
            (submitted.status, submitted.version),
            (Status::Submitted, 2)
        );
        assert_eq!(submitted.confirmed_at, at(20));
        // A stale version is refused.
        let stale = store
            .set_offer_status(
                offer.id,
                1,
                &StatusChange {
                    status: Status::Published,
                    comment: None,
                    confirm: false,
                },
                "user:o",
                at(30),
            )
            .await;
        assert!(
            matches!(stale, Err(StoreError::Conflict { current: 2 })),
            "{backend:?}"
        );
        let published = store
            .set_offer_status(
                offer.id,
                2,
                &StatusChange {
                    status: Status::Published,
                    comment: None,
                    confirm: false,
                },
                "user:o",
                at(30),
            )
            .await
            .unwrap();
        assert_eq!(published.published_at, Some(at(30)));
        assert_eq!(published.confirmed_at, at(20));
        assert_eq!(
            store
                .offers_with_status(Status::Published)
                .await
                .unwrap()
                .len(),
            1
        );

        let mut changed = sample::content();
        changed.childcare = true;
        let edited = store
            .update_offer(offer.id, 3, &changed, Status::Submitted, "user:p", at(40))
            .await
            .unwrap();
        assert!(edited.content.childcare);
        assert_eq!((edited.status, edited.version), (Status::Submitted, 4));

        let confirmed = store
            .confirm_offer(offer.id, "user:p", at(50))
            .await
            .unwrap();
        assert_eq!(confirmed.confirmed_at, at(50));
        assert_eq!(store.offers_of("vhs").await.unwrap().len(), 2);
        assert_eq!(store.offers_of("verein").await.unwrap().len(), 0);

        let trail = store
            .audit_log(&AuditFilter {
                entity_type: Some("offer".into()),
                entity_id: Some(offer.id.to_string()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let mut actions: Vec<&str> = trail.iter().map(|r| r.entry.action.as_str()).collect();
        actions.sort_unstable();
        assert_eq!(
            actions,
            [
                "offer.confirm",
                "offer.create",
                "offer.published",
                "offer.submitted",
                "offer.update"
            ]
        );
    }
}

#[tokio::test]
async fn an_unknown_provider_adds_nothing() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_providers(&database).await;
        let result = store
            .create_offers("nobody", &[sample::content()], Status::Draft, "cli", at(10))
            .await;
        assert!(matches!(result, Err(StoreError::NotFound)));
        assert!(store.offers().await.unwrap().is_empty());
        assert!(matches!(
            store.confirm_offer(99, "cli", at(10)).await,
            Err(StoreError::NotFound)
        ));
    }
}
