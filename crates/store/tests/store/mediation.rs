//! Language mediation in the store: a request's whole way with its audit entries and mails,
//! every transition checked in the transaction, and no double booking under concurrent offers.

use jiff::Timestamp;
use jiff::civil::date;
use teilhabe_domain::institution::Registry;
use teilhabe_domain::mediation::{
    CancelledBy, Gender, LanguageSkill, Level, MediatorRecord, Outcome, RefusalReason,
    RequestContent, Setting, Status, Topic, Transition, TransitionError,
};
use teilhabe_domain::money::Money;
use teilhabe_store::mail::NewMail;
use teilhabe_store::mediation::{AssignmentStatus, Completion, MediationError};
use teilhabe_store::{AuditFilter, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

fn time(text: &str) -> Timestamp {
    text.parse().unwrap()
}

async fn with_institution(database: &TestDatabase) -> Store {
    let store = open(database).await;
    let registry = Registry::parse(
        "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\ndistrict = \"01\"\n",
        &["01"],
    )
    .unwrap();
    store
        .save_institutions(&registry, "cli", at(1))
        .await
        .unwrap();
    store
}

fn record(name: &str) -> MediatorRecord {
    MediatorRecord {
        name: name.into(),
        email: format!("{}@example.org", name.to_lowercase()),
        gender: Gender::Female,
        languages: vec![LanguageSkill {
            language: "ar".into(),
            dialect: None,
            self_declared: Level::Native,
            tested: None,
        }],
        districts: vec!["01".into()],
        settings: vec![Setting::InPerson],
        weekly: vec![],
        absences: vec![],
        din_topics: vec![],
        pledge_until: Some(date(2027, 1, 1)),
        good_conduct_until: Some(date(2027, 1, 1)),
        rate_per_hour: Money::from_cents(1500),
        rate_per_km: Money::from_cents(30),
        active: true,
    }
}

fn request(starts_at: &str, minutes: u32) -> RequestContent {
    RequestContent {
        institution: "kita-a".into(),
        language: "ar".into(),
        dialect: None,
        setting: Setting::InPerson,
        starts_at: time(starts_at),
        minutes,
        district: "01".into(),
        address: "Niederwall 23".into(),
        topic: Topic::Education,
        preferred_gender: None,
        legal_consequences: false,
        contact_email: "leitung@kita-a.example".into(),
    }
}

fn mail(to: &str) -> NewMail {
    NewMail {
        recipient: to.into(),
        subject: "Sprachmittlung".into(),
        body: "…".into(),
        calendar: None,
        digest_key: None,
        not_before: None,
    }
}

async fn accepted_request(store: &Store, starts_at: &str, minutes: u32) -> i64 {
    let id = store
        .create_request(
            &request(starts_at, minutes),
            false,
            "user:kita",
            at(10),
            &[],
        )
        .await
        .unwrap();
    store
        .transition_request(id, Transition::Accept, "user:office", at(11), &[])
        .await
        .unwrap();
    id
}

#[tokio::test]
async fn a_request_is_offered_declined_offered_again_accepted_and_served() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let amal = store
            .save_mediator(None, None, &record("Amal"), "user:office", at(2))
            .await
            .unwrap();
        let dana = store
            .save_mediator(None, None, &record("Dana"), "user:office", at(2))
            .await
            .unwrap();
        assert_eq!(store.pool_languages().await.unwrap(), ["ar"]);
        let id = store
            .create_request(
                &request("2026-03-30T07:00:00Z", 90),
                true,
                "user:kita",
                at(10),
                &[],
            )
            .await
            .unwrap();
        let stored = store.mediation_request(id).await.unwrap().unwrap();
        assert_eq!(stored.status, Status::Open);
        assert!(stored.urgent);
        assert_eq!(stored.content, request("2026-03-30T07:00:00Z", 90));

        // Not offered before the coordination accepted it.
        let error = store
            .offer_assignment(id, amal, "user:office", at(11), &[])
            .await
            .unwrap_err();
        assert!(
            matches!(
                error,
                MediationError::Transition(TransitionError::NotFrom { .. })
            ),
            "{error:?}"
        );
        store
            .transition_request(id, Transition::Accept, "user:office", at(11), &[])
            .await
            .unwrap();
        let first = store
            .offer_assignment(id, amal, "user:office", at(12), &[mail("amal@example.org")])
            .await
            .unwrap();
        assert_eq!(store.mail_to("amal@example.org").await.unwrap().len(), 1);
        let status = store
            .answer_offer(first, false, "user:amal", at(13), &[])
            .await
            .unwrap();
        assert_eq!(status, Status::Accepted);
        assert!(matches!(
            store
                .answer_offer(first, true, "user:amal", at(14), &[])
                .await,
            Err(MediationError::OfferClosed)
        ));
        let second = store
            .offer_assignment(id, dana, "user:office", at(15), &[])
            .await
            .unwrap();
        let status = store
            .answer_offer(
                second,
                true,
                "user:dana",
                at(16),
                &[mail("leitung@kita-a.example")],
            )
            .await
            .unwrap();
        assert_eq!(status, Status::Assigned);
        // 90 minutes at 15 €, 12 km at 0.30 €.
        store
            .complete_assignment(
                second,
                Completion {
                    minutes: 90,
                    km: 12,
                    allowance: Money::from_cents(2610),
                },
                "user:dana",
                at(17),
            )
            .await
            .unwrap();
        let stored = store.mediation_request(id).await.unwrap().unwrap();
        assert_eq!(stored.status, Status::Closed(Outcome::Served));
        assert_eq!(stored.closed_at, Some(at(17)));
        let assignments = store.assignments(None, Some(id)).await.unwrap();
        let states: Vec<AssignmentStatus> = assignments.iter().map(|a| a.status).collect();
        assert_eq!(
            states,
            [AssignmentStatus::Declined, AssignmentStatus::Completed]
        );
        assert_eq!(assignments[1].allowance, Some(Money::from_cents(2610)));
        let lines = store
            .mediation_accounting(time("2026-03-01T00:00:00Z"), time("2026-04-01T00:00:00Z"))
            .await
            .unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!(
            (lines[0].mediator_id, lines[0].minutes, lines[0].km),
            (dana, 90, 12)
        );
        assert_eq!(lines[0].allowance, Money::from_cents(2610));

        let audit = store
            .audit_log(&AuditFilter {
                entity_type: Some("mediation-request".into()),
                entity_id: Some(id.to_string()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let mut actions: Vec<String> = audit.iter().map(|r| r.entry.action.clone()).collect();
        actions.sort();
        assert_eq!(
            actions,
            [
                "mediation.accept",
                "mediation.complete",
                "mediation.confirm",
                "mediation.decline",
                "mediation.offer",
                "mediation.offer",
                "mediation.request"
            ],
            "{backend:?}"
        );
        let facts = store.demand_facts().await.unwrap();
        assert_eq!(facts.len(), 1);
        assert_eq!(
            (facts[0].status.as_str(), facts[0].institution_kind.as_str()),
            ("served", "day-care")
        );
        // The completed assignment's hours and allowance, not the declined one's.
        assert_eq!(
            (facts[0].topic.as_str(), facts[0].minutes, facts[0].km),
            ("education", 90, 12)
        );
        assert_eq!(facts[0].allowance, Money::from_cents(2610));
    }
}

#[tokio::test]
async fn every_outcome_is_stored_and_closed_requests_stay_closed() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let amal = store
            .save_mediator(None, None, &record("Amal"), "user:office", at(2))
            .await
            .unwrap();
        let refer = accepted_request(&store, "2026-04-01T08:00:00Z", 60).await;
        let refuse = accepted_request(&store, "2026-04-02T08:00:00Z", 60).await;
        let unserved = accepted_request(&store, "2026-04-03T08:00:00Z", 60).await;
        let cancel = accepted_request(&store, "2026-04-06T08:00:00Z", 60).await;
        for (id, transition) in [
            (refer, Transition::Refer),
            (
                refuse,
                Transition::Refuse(RefusalReason::NoMediatorForLanguage),
            ),
            (unserved, Transition::RecordUnserved),
        ] {
            store
                .transition_request(id, transition, "user:office", at(20), &[])
                .await
                .unwrap();
        }
        let offer = store
            .offer_assignment(cancel, amal, "user:office", at(20), &[])
            .await
            .unwrap();
        store
            .transition_request(
                cancel,
                Transition::Cancel {
                    by: CancelledBy::Institution,
                    why: "Familie verzogen".into(),
                },
                "user:kita",
                at(21),
                &[mail("amal@example.org")],
            )
            .await
            .unwrap();
        let status = |id| {
            let store = store.clone();
            async move { store.mediation_request(id).await.unwrap().unwrap().status }
        };
        assert_eq!(status(refer).await, Status::Closed(Outcome::Referred));
        assert_eq!(
            status(refuse).await,
            Status::Closed(Outcome::Refused {
                reason: RefusalReason::NoMediatorForLanguage
            })
        );
        assert_eq!(status(unserved).await, Status::Closed(Outcome::Unserved));
        assert_eq!(
            status(cancel).await,
            Status::Closed(Outcome::Cancelled {
                by: CancelledBy::Institution,
                why: "Familie verzogen".into()
            })
        );
        // The cancellation withdrew the offer: the mediator is free again at that time.
        assert_eq!(
            store.assignment(offer).await.unwrap().unwrap().status,
            AssignmentStatus::Withdrawn
        );
        assert_eq!(store.mail_to("amal@example.org").await.unwrap().len(), 1);
        // A closed request takes no further step, and nothing is written.
        let error = store
            .transition_request(
                refer,
                Transition::Accept,
                "user:office",
                at(22),
                &[mail("x@y.de")],
            )
            .await
            .unwrap_err();
        assert!(matches!(error, MediationError::Transition(_)), "{error:?}");
        assert!(store.mail_to("x@y.de").await.unwrap().is_empty());
        // The mediator's own steps cannot be taken as a coordination transition.
        assert!(
            store
                .transition_request(cancel, Transition::Complete, "user:office", at(22), &[])
                .await
                .is_err()
        );
        assert!(matches!(
            store
                .transition_request(999, Transition::Accept, "user:office", at(22), &[])
                .await,
            Err(MediationError::NotFound)
        ));
    }
}

#[tokio::test]
async fn of_two_concurrent_offers_for_overlapping_times_exactly_one_wins() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = with_institution(&database).await;
        let amal = store
            .save_mediator(None, None, &record("Amal"), "user:office", at(2))
            .await
            .unwrap();
        for round in 0..5 {
            // Two requests the same morning, overlapping by half an hour.
            let day = 10 + round;
            let first = accepted_request(&store, &format!("2026-06-{day}T08:00:00Z"), 60).await;
            let second = accepted_request(&store, &format!("2026-06-{day}T08:30:00Z"), 60).await;
            let (a, b) = tokio::join!(
                store.offer_assignment(first, amal, "user:office", at(30), &[]),
                store.offer_assignment(second, amal, "user:office", at(30), &[]),
            );
            let wins = [a.is_ok(), b.is_ok()];
            assert_eq!(
                wins.iter().filter(|won| **won).count(),
                1,
                "{backend:?} round {round}: {a:?} {b:?}"
            );
            let lost = if a.is_ok() { b } else { a };
            assert!(matches!(lost, Err(MediationError::Booked)), "{lost:?}");
        }
        // One request offered to two mediators at once: the request's status decides.
        let dana = store
            .save_mediator(None, None, &record("Dana"), "user:office", at(2))
            .await
            .unwrap();
        let free = store
            .save_mediator(None, None, &record("Eda"), "user:office", at(2))
            .await
            .unwrap();
        let one = accepted_request(&store, "2026-07-01T08:00:00Z", 60).await;
        let (a, b) = tokio::join!(
            store.offer_assignment(one, dana, "user:office", at(30), &[]),
            store.offer_assignment(one, free, "user:office", at(30), &[]),
        );
        assert_eq!(
            [a.is_ok(), b.is_ok()].iter().filter(|won| **won).count(),
            1,
            "{backend:?}"
        );
        // Back to back is no overlap.
        let next = accepted_request(&store, "2026-07-01T09:00:00Z", 30).await;
        let winner = if a.is_ok() { dana } else { free };
        store
            .offer_assignment(next, winner, "user:office", at(31), &[])
            .await
            .unwrap();
    }
}
