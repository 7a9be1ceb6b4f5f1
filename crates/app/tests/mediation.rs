//! Language mediation through the use cases: the access matrix (each role both ways), a
//! request's way from the institution through the coordination to the mediator, the
//! allowance, the reminders, the accounting export and the demand counted by hand.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use calamine::{Data, Reader, Xlsx};
use jiff::Timestamp;
use jiff::civil::date;
use support::account;
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::mediation::{self, Decision, RequestInput};
use teilhabe_app::{Actor, AppError, Clock, institutions};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::institution::Registry;
use teilhabe_domain::mediation::{
    Gender, LanguageSkill, Level, MediatorRecord, Outcome, RefusalReason, Setting, Status, Topic,
};
use teilhabe_domain::money::Money;
use teilhabe_domain::monitoring::ObsStatus;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"schule-b\"\nname = \"Schule B\"\nkind = \"school\"\ndistrict = \"02\"\n";

struct Fixture {
    store: Store,
    clock: Clock,
    admin: Visitor,
    coordinator: Visitor,
    viewer: Visitor,
    kita: Visitor,
    school: Visitor,
    mediator: Visitor,
    other_mediator: Visitor,
    mediator_id: i64,
    _database: TestDatabase,
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
            tested: Some(Level::Native),
        }],
        districts: vec!["01".into()],
        settings: vec![Setting::InPerson, Setting::Phone],
        weekly: vec![],
        absences: vec![],
        din_topics: vec![],
        pledge_until: Some(date(2026, 12, 31)),
        good_conduct_until: Some(date(2026, 7, 15)),
        rate_per_hour: Money::from_cents(1500),
        rate_per_km: Money::from_cents(30),
        active: true,
    }
}

fn input(starts_at: &str) -> RequestInput {
    RequestInput {
        language: "ar".into(),
        dialect: None,
        setting: Setting::InPerson,
        starts_at: starts_at.parse().unwrap(),
        minutes: 90,
        district: "01".into(),
        address: "Niederwall 23".into(),
        topic: Topic::Education,
        preferred_gender: None,
        legal_consequences: false,
        contact_email: "leitung@kita-a.example".into(),
    }
}

async fn fixture() -> Fixture {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    // Monday 1 June 2026, 10:00 in Berlin.
    let clock = Clock::fixed("2026-06-01T08:00:00Z".parse::<Timestamp>().unwrap());
    let root = workspace_root();
    let concept =
        parse_concept(&std::fs::read_to_string(root.join("data/concept/bielefeld.toml")).unwrap())
            .unwrap();
    store
        .save_concept(&concept, "test", clock.now())
        .await
        .unwrap();
    let settings = CitySettings::parse(
        &std::fs::read_to_string(root.join("data/city/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    store
        .save_city_settings(&settings, clock.now())
        .await
        .unwrap();
    let operator = Actor::Operator("cli:test".into());
    institutions::load(
        &store,
        &operator,
        &Registry::parse(REGISTRY, &["01", "02"]).unwrap(),
        clock.now(),
    )
    .await
    .unwrap();
    let admin = account(&store, clock.now(), "admin", Role::Administrator).await;
    let coordinator = account(&store, clock.now(), "office", Role::MediationCoordinator).await;
    let viewer = account(&store, clock.now(), "viewer", Role::Viewer).await;
    let kita = account(&store, clock.now(), "kita", Role::Requester).await;
    let school = account(&store, clock.now(), "school", Role::Requester).await;
    let mediator = account(&store, clock.now(), "amal", Role::Mediator).await;
    let other_mediator = account(&store, clock.now(), "dana", Role::Mediator).await;
    for (login, code) in [("kita", "kita-a"), ("school", "schule-b")] {
        institutions::set_membership(&store, &operator, login, Some(code), clock.now())
            .await
            .unwrap();
    }
    let mediator_id = mediation::save_mediator(
        &store,
        &Actor::Visitor(coordinator.clone()),
        None,
        Some("amal"),
        &record("Amal"),
        clock.now(),
    )
    .await
    .unwrap();
    mediation::save_mediator(
        &store,
        &operator,
        None,
        Some("dana"),
        &record("Dana"),
        clock.now(),
    )
    .await
    .unwrap();
    Fixture {
        store,
        clock,
        admin,
        coordinator,
        viewer,
        kita,
        school,
        mediator,
        other_mediator,
        mediator_id,
        _database: database,
    }
}

fn refused<T: std::fmt::Debug>(result: Result<T, AppError>) {
    match result {
        Err(AppError::Forbidden(_) | AppError::Unauthenticated | AppError::NotFound) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn only_the_coordination_manages_the_pool_and_mediators_link_only_mediator_accounts() {
    let f = fixture().await;
    for visitor in [&f.admin, &f.coordinator] {
        assert_eq!(
            mediation::mediators(&f.store, visitor).await.unwrap().len(),
            2
        );
    }
    for visitor in [&f.viewer, &f.kita, &f.mediator, &Visitor::Public] {
        refused(mediation::mediators(&f.store, visitor).await);
        refused(
            mediation::save_mediator(
                &f.store,
                &Actor::Visitor(visitor.clone()),
                None,
                None,
                &record("Neu"),
                f.clock.now(),
            )
            .await,
        );
    }
    let error = mediation::save_mediator(
        &f.store,
        &Actor::Visitor(f.coordinator.clone()),
        None,
        Some("kita"),
        &record("Neu"),
        f.clock.now(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&error, AppError::Invalid(p) if p[0].field == "login"),
        "{error:?}"
    );
    let mut bad = record("Neu");
    bad.districts = vec!["99".into()];
    let error = mediation::save_mediator(
        &f.store,
        &Actor::Visitor(f.coordinator.clone()),
        None,
        None,
        &bad,
        f.clock.now(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&error, AppError::Invalid(p) if p[0].field == "districts"),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_institution_requests_the_office_assigns_the_mediator_accepts_and_reports() {
    let f = fixture().await;
    let now = f.clock.now();
    // Only institutions request.
    for visitor in [&f.coordinator, &f.viewer, &f.mediator, &Visitor::Public] {
        refused(
            mediation::create_request(&f.store, visitor, input("2026-06-15T08:00:00Z"), 5, now)
                .await,
        );
    }
    // Monday 15 June 10:00 local, requested Monday 1 June: not urgent.
    let id = mediation::create_request(&f.store, &f.kita, input("2026-06-15T08:00:00Z"), 5, now)
        .await
        .unwrap();
    // Wednesday 3 June: two working days — urgent.
    let urgent =
        mediation::create_request(&f.store, &f.kita, input("2026-06-03T08:00:00Z"), 5, now)
            .await
            .unwrap();
    let stored = mediation::request(&f.store, &f.kita, id).await.unwrap();
    assert_eq!(stored.content.institution, "kita-a");
    assert!(!stored.urgent);
    assert!(
        mediation::request(&f.store, &f.kita, urgent)
            .await
            .unwrap()
            .urgent
    );
    // Bad input names its fields.
    let mut bad = input("2026-05-01T08:00:00Z");
    bad.district = "99".into();
    let error = mediation::create_request(&f.store, &f.kita, bad, 5, now)
        .await
        .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!()
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, ["starts_at", "district"]);

    // Who sees which requests.
    assert_eq!(
        mediation::requests(&f.store, &f.kita).await.unwrap().len(),
        2
    );
    assert_eq!(
        mediation::requests(&f.store, &f.school)
            .await
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        mediation::requests(&f.store, &f.coordinator)
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        mediation::requests(&f.store, &f.admin).await.unwrap().len(),
        2
    );
    for visitor in [&f.viewer, &f.mediator, &Visitor::Public] {
        refused(mediation::requests(&f.store, visitor).await);
    }
    refused(mediation::request(&f.store, &f.school, id).await);
    refused(mediation::request(&f.store, &f.mediator, id).await);

    // Only the coordination decides, suggests and offers.
    for visitor in [&f.kita, &f.viewer, &f.mediator, &Visitor::Public] {
        refused(mediation::decide(&f.store, visitor, id, Decision::Accept, now).await);
        refused(mediation::suggestions(&f.store, visitor, id, now).await);
        refused(mediation::offer(&f.store, visitor, id, f.mediator_id, now).await);
    }
    mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
        .await
        .unwrap();
    let suggestions = mediation::suggestions(&f.store, &f.coordinator, id, now)
        .await
        .unwrap();
    // Both equal: by id, Amal first.
    assert_eq!(suggestions.ranked.len(), 2);
    assert_eq!(suggestions.ranked[0].mediator_id, f.mediator_id);
    let assignment = mediation::offer(&f.store, &f.coordinator, id, f.mediator_id, now)
        .await
        .unwrap();
    let offers = f.store.mail_to("amal@example.org").await.unwrap();
    assert_eq!(offers.len(), 1);
    assert!(
        offers[0].body.contains("2026-06-15 10:00"),
        "{}",
        offers[0].body
    );
    // Now Amal is booked then: the suggestions exclude her.
    let again = mediation::suggestions(&f.store, &f.coordinator, id, now)
        .await
        .unwrap();
    assert_eq!(again.ranked.len(), 1);

    // The mediator sees only their own assignments and answers only those.
    assert_eq!(
        mediation::my_assignments(&f.store, &f.mediator)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(
        mediation::my_assignments(&f.store, &f.other_mediator)
            .await
            .unwrap()
            .is_empty()
    );
    for visitor in [&f.coordinator, &f.kita, &Visitor::Public] {
        refused(mediation::my_assignments(&f.store, visitor).await);
    }
    refused(mediation::answer(&f.store, &f.other_mediator, assignment, true, now).await);
    refused(mediation::answer(&f.store, &f.coordinator, assignment, true, now).await);
    assert_eq!(
        mediation::answer(&f.store, &f.mediator, assignment, true, now)
            .await
            .unwrap(),
        Status::Assigned
    );
    let confirmations = f.store.mail_to("leitung@kita-a.example").await.unwrap();
    assert!(
        confirmations
            .iter()
            .any(|m| m.subject.contains("bestätigt"))
    );

    // Hours only after the appointment, by the mediator.
    let error = mediation::report(&f.store, &f.mediator, assignment, 90, 12, now)
        .await
        .unwrap_err();
    assert!(matches!(&error, AppError::Invalid(p) if p[0].field == "minutes"));
    let after: Timestamp = "2026-06-15T10:00:00Z".parse().unwrap();
    refused(mediation::report(&f.store, &f.other_mediator, assignment, 90, 12, after).await);
    let money = mediation::report(&f.store, &f.mediator, assignment, 90, 12, after)
        .await
        .unwrap();
    // 1.5 h × 15 € + 12 km × 0.30 € = 26.10 €.
    assert_eq!(money, Money::from_cents(2610));
    assert_eq!(
        mediation::request(&f.store, &f.kita, id)
            .await
            .unwrap()
            .status,
        Status::Closed(Outcome::Served)
    );

    // The accounting export: the coordination or the operator.
    refused(mediation::accounting_csv(&f.store, &Actor::Visitor(f.kita.clone()), "2026-06").await);
    let csv = mediation::accounting_csv(&f.store, &Actor::Operator("cli:x".into()), "2026-06")
        .await
        .unwrap();
    assert_eq!(
        csv,
        format!(
            "mediator_id,mediator,month,assignments,minutes,hours,km,allowance_eur\n\
             {},Amal,2026-06,1,90,1.50,12,26.10\n",
            f.mediator_id
        )
    );
    let error = mediation::accounting_csv(&f.store, &Actor::Operator("cli:x".into()), "2026-6")
        .await
        .unwrap_err();
    assert!(matches!(&error, AppError::Invalid(p) if p[0].field == "month"));
    // The same as XLSX, numbers as numbers.
    refused(
        mediation::accounting_file(
            &f.store,
            &Actor::Visitor(f.mediator.clone()),
            "2026-06",
            FileFormat::Xlsx,
        )
        .await,
    );
    let xlsx = mediation::accounting_file(
        &f.store,
        &Actor::Visitor(f.coordinator.clone()),
        "2026-06",
        FileFormat::Xlsx,
    )
    .await
    .unwrap();
    let rows = xlsx_rows(xlsx, "Abrechnung 2026-06");
    assert_eq!(
        rows[0],
        mediation::ACCOUNTING_COLUMNS
            .iter()
            .map(|c| Data::String((*c).into()))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        rows[1],
        [
            Data::Float(f.mediator_id as f64),
            Data::String("Amal".into()),
            Data::String("2026-06".into()),
            Data::Float(1.0),
            Data::Float(90.0),
            Data::Float(1.5),
            Data::Float(12.0),
            Data::Float(26.1),
        ]
    );
    assert_eq!(rows.len(), 2);
}

/// Every row of the sheet `name` of an XLSX file, read back with calamine.
fn xlsx_rows(bytes: Vec<u8>, name: &str) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range(name).unwrap();
    sheet.rows().map(<[Data]>::to_vec).collect()
}

#[tokio::test]
async fn cancellations_refusals_and_the_demand_counted_by_hand() {
    let f = fixture().await;
    let now = f.clock.now();
    let mut ids = Vec::new();
    for day in 8..=19 {
        let mut request = input(&format!("2026-06-{day:02}T08:00:00Z"));
        if day >= 16 {
            request.language = "ti".into();
        }
        ids.push(
            mediation::create_request(&f.store, &f.kita, request, 5, now)
                .await
                .unwrap(),
        );
    }
    // Only its own institution (or the coordination) cancels, with a reason.
    refused(mediation::cancel(&f.store, &f.school, ids[0], "weil", now).await);
    refused(mediation::cancel(&f.store, &f.mediator, ids[0], "weil", now).await);
    let error = mediation::cancel(&f.store, &f.kita, ids[0], " ", now)
        .await
        .unwrap_err();
    assert!(matches!(&error, AppError::Invalid(p) if p[0].field == "why"));
    mediation::cancel(&f.store, &f.kita, ids[0], "Termin entfällt", now)
        .await
        .unwrap();
    // A request with legal consequences cannot be accepted.
    let mut legal = input("2026-06-22T08:00:00Z");
    legal.legal_consequences = true;
    let legal = mediation::create_request(&f.store, &f.kita, legal, 5, now)
        .await
        .unwrap();
    let error = mediation::decide(&f.store, &f.coordinator, legal, Decision::Accept, now)
        .await
        .unwrap_err();
    assert!(matches!(&error, AppError::Invalid(p) if p[0].field == "status"));
    mediation::decide(&f.store, &f.coordinator, legal, Decision::Refer, now)
        .await
        .unwrap();
    // Arabic 1..=7: accepted, three unserved (ids 1–3), one refused; Tigrinya: four unserved.
    for id in &ids[1..8] {
        mediation::decide(&f.store, &f.coordinator, *id, Decision::Accept, now)
            .await
            .unwrap();
    }
    for id in &ids[1..4] {
        mediation::decide(&f.store, &f.coordinator, *id, Decision::Unserved, now)
            .await
            .unwrap();
    }
    mediation::decide(
        &f.store,
        &f.coordinator,
        ids[4],
        Decision::Refuse(RefusalReason::TooShortNotice),
        now,
    )
    .await
    .unwrap();
    for id in &ids[8..12] {
        mediation::decide(&f.store, &f.coordinator, *id, Decision::Accept, now)
            .await
            .unwrap();
        mediation::decide(&f.store, &f.coordinator, *id, Decision::Unserved, now)
            .await
            .unwrap();
    }
    // By hand: 13 requests in 2026; unserved 3 (ar) + 4 (ti) = 7.
    assert_eq!(
        mediation::unserved_count(&f.store, 2026).await.unwrap(),
        (7, 13)
    );
    assert_eq!(
        mediation::unserved_count(&f.store, 2025).await.unwrap(),
        (0, 0)
    );
    let demand = mediation::demand(&f.store, Some(2026)).await.unwrap();
    assert_eq!(demand.requests.value, Some(13));
    assert_eq!(demand.by_language.rows, ["ar", "ti"]);
    // Arabic: unserved 3, pending 3 (accepted 5, 6, 7 and the referred one counts as referred).
    let ar = &demand.by_language.table.cells[0];
    assert_eq!(ar[1].value, Some(3));
    let ti = &demand.by_language.table.cells[1];
    assert_eq!(ti[1].value, Some(4));
    assert_eq!(demand.languages_without_mediators, ["ti"]);
    assert_eq!(demand.by_month.rows, ["2026-06"]);
    assert_eq!(demand.by_sector.rows, ["day-care"]);
    // The demand is public.
    assert!(mediation::demand(&f.store, None).await.is_ok());
}

#[tokio::test]
async fn reminders_go_to_mediators_whose_documents_lapse() {
    let f = fixture().await;
    refused(
        mediation::queue_document_reminders(
            &f.store,
            &Actor::Visitor(f.kita.clone()),
            60,
            f.clock.now(),
        )
        .await,
    );
    // Certificates valid until 15 July: within 60 days of 1 June, not within 30.
    assert_eq!(
        mediation::queue_document_reminders(
            &f.store,
            &Actor::Visitor(f.coordinator.clone()),
            30,
            f.clock.now()
        )
        .await
        .unwrap(),
        0
    );
    assert_eq!(
        mediation::queue_document_reminders(
            &f.store,
            &Actor::Operator("cli:x".into()),
            60,
            f.clock.now()
        )
        .await
        .unwrap(),
        2
    );
    let mails = f.store.mail_to("amal@example.org").await.unwrap();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0]
            .body
            .contains("Führungszeugnis: gültig bis 2026-07-15")
    );
    assert_eq!(
        mails[0].digest_key.as_deref(),
        Some("mediation-documents-2026-06-01")
    );
}

#[tokio::test]
async fn the_unmet_demand_reaches_the_monitoring_as_a_hand_count() {
    let f = fixture().await;
    let now = f.clock.now();
    // 2027: 8 requests, 3 unserved → 37.5 %.
    for day in 1..=8 {
        let id = mediation::create_request(
            &f.store,
            &f.kita,
            input(&format!("2027-02-{day:02}T08:00:00Z")),
            5,
            now,
        )
        .await
        .unwrap();
        if day <= 3 {
            mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
                .await
                .unwrap();
            mediation::decide(&f.store, &f.coordinator, id, Decision::Unserved, now)
                .await
                .unwrap();
        }
    }
    for visitor in [&f.kita, &f.viewer, &f.mediator] {
        refused(
            mediation::publish(
                &f.store,
                &Actor::Visitor(visitor.clone()),
                "bielefeld",
                2027,
                false,
                now,
            )
            .await,
        );
    }
    let (observations, report) = mediation::publish(
        &f.store,
        &Actor::Visitor(f.coordinator.clone()),
        "bielefeld",
        2027,
        false,
        now,
    )
    .await
    .unwrap();
    let observation = &observations[0];
    assert_eq!(observation.indicator, mediation::UNSERVED_INDICATOR);
    assert_eq!(
        observation.value.map(|v| v.to_string()).as_deref(),
        Some("37.5")
    );
    assert_eq!(observation.base, Some(8));
    // The served share beside it: none of 8 served yet (0 is published, as for the unserved).
    assert_eq!(observations[1].indicator, mediation::SERVED_INDICATOR);
    assert_eq!(
        observations[1].value.map(|v| v.to_string()).as_deref(),
        Some("0.0")
    );
    assert_eq!(report.observation_count, 2);
    // Small counts are suppressed: 2 of 8, 1 of 1; none of 8 is published.
    assert_eq!(mediation::unserved_observation(2027, 2, 8).value, None);
    assert_eq!(mediation::unserved_observation(2027, 1, 1).value, None);
    assert_eq!(
        mediation::unserved_observation(2027, 0, 8)
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("0.0")
    );
    // 1 of 3 → 33.3; 2 of 3 → 66.7 (rounded half up).
    assert_eq!(
        mediation::unserved_observation(2027, 3, 9)
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("33.3")
    );
    assert_eq!(
        mediation::unserved_observation(2027, 6, 9)
            .value
            .map(|v| v.to_string())
            .as_deref(),
        Some("66.7")
    );
}

/// The `text/calendar` part of a received e-mail, parsed by the icalendar crate, with the
/// method its content type names.
fn calendar_of(data: &str) -> (String, icalendar::Calendar) {
    use mail_parser::{MessageParser, MimeHeaders};
    let message = MessageParser::default().parse(data.as_bytes()).unwrap();
    let part = message
        .attachments()
        .find(|part| {
            part.content_type()
                .is_some_and(|t| t.ctype() == "text" && t.subtype() == Some("calendar"))
        })
        .unwrap_or_else(|| panic!("a text/calendar part in {data}"));
    let method = part
        .content_type()
        .and_then(|t| t.attribute("method"))
        .unwrap()
        .to_owned();
    let text = String::from_utf8(part.contents().to_vec()).unwrap();
    (method, text.parse().unwrap())
}

fn event_of(calendar: &icalendar::Calendar) -> &icalendar::Event {
    calendar
        .components
        .iter()
        .find_map(|component| match component {
            icalendar::CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .unwrap()
}

#[tokio::test]
async fn offer_confirmation_and_cancellation_reach_the_smtp_sink_as_calendar_invitations() {
    use icalendar::{Component, EventLike};
    use teilhabe_app::mail::smtp::{SmtpSettings, SmtpTransport};
    use teilhabe_app::mail::{RetryPolicy, Sender, deliver_pending};
    use teilhabe_testkit::smtp::SmtpSink;

    let f = fixture().await;
    let now = f.clock.now();
    // Monday 15 June 2026, 10:00 in Berlin (summer time): 08:00 UTC, 90 minutes.
    let id = mediation::create_request(&f.store, &f.kita, input("2026-06-15T08:00:00Z"), 5, now)
        .await
        .unwrap();
    mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
        .await
        .unwrap();
    let assignment = mediation::offer(&f.store, &f.coordinator, id, f.mediator_id, now)
        .await
        .unwrap();
    mediation::answer(&f.store, &f.mediator, assignment, true, now)
        .await
        .unwrap();
    mediation::cancel(&f.store, &f.kita, id, "Termin entfällt", now)
        .await
        .unwrap();

    let sink = SmtpSink::start();
    let sender = Sender::parse("teilhabe@bielefeld.example").unwrap();
    let transport =
        SmtpTransport::new(&SmtpSettings::parse(&sink.url()).unwrap(), &sender).unwrap();
    let delivery = deliver_pending(&f.store, &transport, &sender, &RetryPolicy::default(), now)
        .await
        .unwrap();
    // Received, offer, confirmation, and the cancellation to the institution and the mediator.
    assert_eq!(delivery.emails, 5, "{delivery:?}");
    let received = sink.wait_for(5);
    let find = |to: &str, subject: &str| {
        received
            .iter()
            .find(|m| {
                m.recipients == [to]
                    && mail_parser::MessageParser::default()
                        .parse(m.data.as_bytes())
                        .and_then(|p| p.subject().map(|s| s.contains(subject)))
                        .unwrap_or(false)
            })
            .unwrap_or_else(|| panic!("{to}: {subject}"))
    };
    let received_mail = find("leitung@kita-a.example", "eingegangen");
    assert!(
        !received_mail.data.contains("text/calendar"),
        "no invitation before a mediator accepted"
    );

    let mut uids = Vec::new();
    for (to, subject, method, sequence) in [
        ("amal@example.org", "Einsatzangebot", "REQUEST", 0),
        ("leitung@kita-a.example", "bestätigt", "REQUEST", 0),
        ("leitung@kita-a.example", "abgesagt", "CANCEL", 1),
        ("amal@example.org", "abgesagt", "CANCEL", 1),
    ] {
        let (part_method, calendar) = calendar_of(&find(to, subject).data);
        assert_eq!(part_method, method, "{to} {subject}");
        assert_eq!(calendar.property_value("METHOD"), Some(method));
        let event = event_of(&calendar);
        // 10:00 in Berlin is 08:00 UTC; written in UTC.
        assert_eq!(event.property_value("DTSTART"), Some("20260615T080000Z"));
        assert_eq!(event.property_value("DTEND"), Some("20260615T093000Z"));
        assert_eq!(event.get_sequence(), Some(sequence));
        assert_eq!(event.get_location(), Some("Niederwall 23"));
        assert!(
            event.get_summary().is_some_and(|s| s.contains("Arabisch")),
            "{:?}",
            event.get_summary()
        );
        let attendee = &event.multi_properties()["ATTENDEE"][0];
        assert_eq!(attendee.value(), format!("mailto:{to}"));
        let expected_status = if method == "CANCEL" {
            icalendar::EventStatus::Cancelled
        } else {
            icalendar::EventStatus::Confirmed
        };
        assert_eq!(event.get_status(), Some(expected_status));
        uids.push(event.get_uid().unwrap().to_owned());
    }
    uids.dedup();
    assert_eq!(
        uids.len(),
        1,
        "one UID for offer, confirmation and cancellation"
    );
}

#[tokio::test]
async fn the_notice_period_skips_public_holidays() {
    let f = fixture().await;
    // Monday 1 June 2026; Corpus Christi (Fronleichnam) is Thursday 4 June, a holiday in NRW.
    f.clock.set("2026-06-01T08:00:00Z".parse().unwrap());
    // Monday 8 June: Tue, Wed, Fri, Mon = 4 working days — urgent with 5.
    let across = mediation::create_request(
        &f.store,
        &f.kita,
        input("2026-06-08T08:00:00Z"),
        5,
        f.clock.now(),
    )
    .await
    .unwrap();
    // Tuesday 9 June: 5 working days — not urgent.
    let after = mediation::create_request(
        &f.store,
        &f.kita,
        input("2026-06-09T08:00:00Z"),
        5,
        f.clock.now(),
    )
    .await
    .unwrap();
    // A week later the same weekday distance has no holiday: Monday 8 → Monday 15 June is 5.
    f.clock.set("2026-06-08T08:00:00Z".parse().unwrap());
    let no_holiday = mediation::create_request(
        &f.store,
        &f.kita,
        input("2026-06-15T08:00:00Z"),
        5,
        f.clock.now(),
    )
    .await
    .unwrap();
    let urgent = |id| {
        let store = &f.store;
        let kita = &f.kita;
        async move { mediation::request(store, kita, id).await.unwrap().urgent }
    };
    assert!(urgent(across).await, "the holiday is no working day");
    assert!(!urgent(after).await);
    assert!(!urgent(no_holiday).await);
    assert!(
        mediation::holidays().contains(&date(2026, 6, 4)),
        "read from data/holidays/nw.toml"
    );
}

/// Requests, offers and serves one appointment of `requester` at `starts_at` with Amal, who
/// reports `minutes` and `km`.
async fn serve(f: &Fixture, requester: &Visitor, request: RequestInput, minutes: u32, km: u32) {
    let now = f.clock.now();
    let id = mediation::create_request(&f.store, requester, request, 5, now)
        .await
        .unwrap();
    mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
        .await
        .unwrap();
    let assignment = mediation::offer(&f.store, &f.coordinator, id, f.mediator_id, now)
        .await
        .unwrap();
    mediation::answer(&f.store, &f.mediator, assignment, true, now)
        .await
        .unwrap();
    let after: Timestamp = "2026-12-01T08:00:00Z".parse().unwrap();
    mediation::report(&f.store, &f.mediator, assignment, minutes, km, after)
        .await
        .unwrap();
}

fn row(table: &teilhabe_domain::mediation::demand::DemandTable, key: &str) -> Vec<Option<u64>> {
    let index = table.rows.iter().position(|r| r == key).unwrap();
    table.table.cells[index].iter().map(|c| c.value).collect()
}

#[tokio::test]
async fn the_demand_by_action_field_and_the_costs_by_funding_source_counted_by_hand() {
    let f = fixture().await;
    let now = f.clock.now();
    // The day care (kind day-care → field "elementar"), topic education (→ "land-nrw"):
    // four served, 60 minutes and 10 km each: 15.00 € + 3.00 € = 18.00 €.
    for day in 8..=11 {
        serve(
            &f,
            &f.kita,
            input(&format!("2026-06-{day:02}T08:00:00Z")),
            60,
            10,
        )
        .await;
    }
    // The school (kind school → field "schule"), topic health (→ "kommune"): two served so far,
    // 30 minutes each: 7.50 €.
    let health = |day: u32| RequestInput {
        topic: Topic::Health,
        contact_email: "sekretariat@schule-b.example".into(),
        ..input(&format!("2026-06-{day:02}T08:00:00Z"))
    };
    for day in [15, 16] {
        serve(&f, &f.school, health(day), 30, 0).await;
    }
    // The school, topic education (→ "land-nrw"), three unserved.
    for day in 22..=24 {
        let id = mediation::create_request(
            &f.store,
            &f.school,
            RequestInput {
                contact_email: "sekretariat@schule-b.example".into(),
                ..input(&format!("2026-06-{day:02}T08:00:00Z"))
            },
            5,
            now,
        )
        .await
        .unwrap();
        mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
            .await
            .unwrap();
        mediation::decide(&f.store, &f.coordinator, id, Decision::Unserved, now)
            .await
            .unwrap();
    }

    let demand = mediation::demand(&f.store, Some(2026)).await.unwrap();
    // Columns: served, unserved, refused, referred, cancelled, pending.
    assert_eq!(demand.by_field.rows, ["elementar", "schule"]);
    assert_eq!(demand.by_funding.rows, ["kommune", "land-nrw"]);
    // The municipality's two served requests are a small count: withheld, with their costs,
    // and so is the sum (it would give them back). Costs are withheld exactly where the
    // protected table withholds the served count.
    assert_eq!(row(&demand.by_funding, "kommune")[0], None);
    let kommune = &demand.costs_by_funding[0];
    assert_eq!(kommune.source, "kommune");
    assert_eq!((kommune.minutes, kommune.allowance_cents), (None, None));
    for (index, costs) in demand.costs_by_funding.iter().enumerate() {
        let served = demand.by_funding.table.cells[index][0].value;
        assert_eq!(costs.served.value, served);
        assert_eq!(costs.allowance_cents.is_some(), served.is_some());
    }
    assert_eq!(demand.costs_total.allowance_cents, None);

    // A third served health appointment: now every figure is published.
    serve(&f, &f.school, health(17), 30, 0).await;
    let demand = mediation::demand(&f.store, Some(2026)).await.unwrap();
    assert_eq!(
        row(&demand.by_funding, "land-nrw"),
        [Some(4), Some(3), Some(0), Some(0), Some(0), Some(0)]
    );
    let nrw = &demand.costs_by_funding[1];
    assert_eq!(
        (nrw.served.value, nrw.minutes, nrw.km, nrw.allowance_cents),
        (Some(4), Some(240), Some(40), Some(4 * 1800))
    );
    assert_eq!(
        row(&demand.by_field, "elementar"),
        [Some(4), Some(0), Some(0), Some(0), Some(0), Some(0)]
    );
    assert_eq!(
        row(&demand.by_field, "schule"),
        [Some(3), Some(3), Some(0), Some(0), Some(0), Some(0)]
    );
    let kommune = &demand.costs_by_funding[0];
    assert_eq!(
        (
            kommune.served.value,
            kommune.minutes,
            kommune.allowance_cents
        ),
        (Some(3), Some(90), Some(3 * 750))
    );
    let total = &demand.costs_total;
    assert_eq!(
        (
            total.served.value,
            total.minutes,
            total.km,
            total.allowance_cents
        ),
        (Some(7), Some(330), Some(40), Some(4 * 1800 + 3 * 750))
    );

    // The annual report for the funding body: the same requests, exact, by language and
    // funding source, then each source's total and the grand total.
    let operator = Actor::Operator("cli:x".into());
    refused(
        mediation::annual_report(
            &f.store,
            &Actor::Visitor(f.kita.clone()),
            2026,
            FileFormat::Csv,
        )
        .await,
    );
    let csv = mediation::annual_report(&f.store, &operator, 2026, FileFormat::Csv)
        .await
        .unwrap();
    assert_eq!(
        String::from_utf8(csv).unwrap(),
        "year,language,funding,requests,served,unserved,refused,referred,cancelled,pending,\
         minutes,hours,km,allowance_eur\n\
         2026,ar,kommune,3,3,0,0,0,0,0,90,1.50,0,22.50\n\
         2026,ar,land-nrw,7,4,3,0,0,0,0,240,4.00,40,72.00\n\
         2026,_T,kommune,3,3,0,0,0,0,0,90,1.50,0,22.50\n\
         2026,_T,land-nrw,7,4,3,0,0,0,0,240,4.00,40,72.00\n\
         2026,_T,_T,10,7,3,0,0,0,0,330,5.50,40,94.50\n"
    );
    let xlsx = mediation::annual_report(&f.store, &operator, 2026, FileFormat::Xlsx)
        .await
        .unwrap();
    let rows = xlsx_rows(xlsx, "Jahresbericht 2026");
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0][1], Data::String("language".into()));
    assert_eq!(
        rows[5],
        [
            Data::Float(2026.0),
            Data::String("_T".into()),
            Data::String("_T".into()),
            Data::Float(10.0),
            Data::Float(7.0),
            Data::Float(3.0),
            Data::Float(0.0),
            Data::Float(0.0),
            Data::Float(0.0),
            Data::Float(0.0),
            Data::Float(330.0),
            Data::Float(5.5),
            Data::Float(40.0),
            Data::Float(94.5),
        ]
    );
    // Another year has no requests: the header only.
    let empty = mediation::annual_report(&f.store, &operator, 2025, FileFormat::Csv)
        .await
        .unwrap();
    assert_eq!(String::from_utf8(empty).unwrap().lines().count(), 1);
}

#[test]
fn every_action_field_of_the_mediation_settings_is_one_of_the_concept() {
    let concept = parse_concept(
        &std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    for field in mediation::pool_settings().fields() {
        assert!(
            concept.fields.iter().any(|f| f.slug == field),
            "`{field}` of data/mediation/bielefeld.toml is no field of the concept"
        );
    }
}

/// Requests of the kita at 10:00 Berlin on each of `days` of June 2026.
async fn june_requests(f: &Fixture, days: std::ops::RangeInclusive<u32>) -> Vec<i64> {
    let mut ids = Vec::new();
    for day in days {
        let id = mediation::create_request(
            &f.store,
            &f.kita,
            input(&format!("2026-06-{day:02}T08:00:00Z")),
            5,
            f.clock.now(),
        )
        .await
        .unwrap();
        ids.push(id);
    }
    ids
}

#[tokio::test]
async fn the_share_served_equals_a_hand_count_and_the_running_year_is_provisional() {
    let f = fixture().await;
    let now = f.clock.now();
    // 2026, by hand: 4 served (8–11 June), 3 unserved (15–17), 1 refused (18), 2 still open
    // (19, 22): 10 requests; served 4/10 = 40.0 %, unserved 3/10 = 30.0 %.
    for day in 8..=11 {
        serve(
            &f,
            &f.kita,
            input(&format!("2026-06-{day:02}T08:00:00Z")),
            60,
            0,
        )
        .await;
    }
    for id in june_requests(&f, 15..=17).await {
        mediation::decide(&f.store, &f.coordinator, id, Decision::Accept, now)
            .await
            .unwrap();
        mediation::decide(&f.store, &f.coordinator, id, Decision::Unserved, now)
            .await
            .unwrap();
    }
    for id in june_requests(&f, 18..=18).await {
        mediation::decide(
            &f.store,
            &f.coordinator,
            id,
            Decision::Refuse(RefusalReason::OutsideRules),
            now,
        )
        .await
        .unwrap();
    }
    june_requests(&f, 19..=19).await;
    june_requests(&f, 22..=22).await;
    assert_eq!(
        mediation::outcome_counts(&f.store, 2026).await.unwrap(),
        mediation::OutcomeCounts {
            served: 4,
            unserved: 3,
            all: 10
        }
    );
    let (observations, _) = mediation::publish(
        &f.store,
        &Actor::Operator("cli:test".into()),
        "bielefeld",
        2026,
        false,
        now,
    )
    .await
    .unwrap();
    let value = |o: &teilhabe_domain::monitoring::Observation| {
        o.value.map(|v| v.to_string()).unwrap_or_default()
    };
    assert_eq!(observations[0].indicator, "sprachmittlung-unerfuellt");
    assert_eq!(value(&observations[0]), "30.0");
    assert_eq!(observations[1].indicator, "sprachmittlung-vermittelt");
    assert_eq!(value(&observations[1]), "40.0");
    assert_eq!(observations[1].base, Some(10));
    // 2026 is still running on 1 June 2026: both provisional.
    for observation in &observations {
        assert_eq!(observation.status, ObsStatus::Provisional);
    }
    // The same small-count protection: 1–2 served or fewer than 3 requests hide the share.
    assert_eq!(mediation::served_observation(2026, 2, 10).value, None);
    assert_eq!(
        mediation::served_observation(2026, 2, 10).status,
        ObsStatus::Suppressed
    );
    assert_eq!(mediation::served_observation(2026, 2, 2).value, None);
    assert_eq!(value(&mediation::served_observation(2026, 3, 9)), "33.3");
    assert_eq!(value(&mediation::served_observation(2026, 6, 9)), "66.7");
    assert_eq!(
        mediation::served_observation(2026, 6, 9).status,
        ObsStatus::Normal,
        "a finished year"
    );
}

#[tokio::test]
async fn the_monthly_job_publishes_once_a_month_and_closes_the_year_in_january() {
    let f = fixture().await;
    let actor = Actor::Operator("serve".into());
    for id in june_requests(&f, 8..=12).await {
        mediation::decide(
            &f.store,
            &f.coordinator,
            id,
            Decision::Accept,
            f.clock.now(),
        )
        .await
        .unwrap();
        mediation::decide(
            &f.store,
            &f.coordinator,
            id,
            Decision::Unserved,
            f.clock.now(),
        )
        .await
        .unwrap();
    }
    let imports = async || {
        f.store
            .imports("bielefeld")
            .await
            .unwrap()
            .into_iter()
            .filter(|i| i.format == mediation::FORMAT)
            .map(|i| i.file_name)
            .collect::<Vec<_>>()
    };
    let run = async || {
        mediation::publish_monthly(&f.store, &actor, "bielefeld", false, f.clock.now())
            .await
            .unwrap()
            .len()
    };
    // 1 June: published; every later hour of June: nothing.
    assert_eq!(run().await, 1);
    assert_eq!(imports().await, ["sprachmittlung-2026"]);
    f.clock.set("2026-06-01T09:00:00Z".parse().unwrap());
    assert_eq!(run().await, 0);
    // 30 June 23:00 in Berlin is still June …
    f.clock.set("2026-06-30T21:00:00Z".parse().unwrap());
    assert_eq!(run().await, 0);
    // … 1 July 00:30 in Berlin is July (22:30 UTC on 30 June).
    f.clock.set("2026-06-30T22:30:00Z".parse().unwrap());
    assert_eq!(run().await, 1);
    assert_eq!(run().await, 0);
    assert_eq!(imports().await.len(), 2);
    // A publication by hand in August counts as August's.
    f.clock.set("2026-08-03T08:00:00Z".parse().unwrap());
    mediation::publish(&f.store, &actor, "bielefeld", 2026, false, f.clock.now())
        .await
        .unwrap();
    assert_eq!(run().await, 0);
    // January: the year just ended (final), then the new one (provisional).
    f.clock.set("2027-01-04T08:00:00Z".parse().unwrap());
    assert_eq!(run().await, 2);
    assert_eq!(run().await, 0);
    assert_eq!(
        imports().await[..2],
        ["sprachmittlung-2027", "sprachmittlung-2026"]
    );
    let stored = f.store.observations_of_city("bielefeld").await.unwrap();
    let status = |indicator: &str, year: i32| {
        stored
            .iter()
            .find(|s| s.observation.indicator == indicator && s.observation.at.year == year)
            .map(|s| s.observation.status)
    };
    assert_eq!(
        status("sprachmittlung-unerfuellt", 2026),
        Some(ObsStatus::Normal),
        "final: 5 of 5 unserved"
    );
    assert_eq!(
        status("sprachmittlung-vermittelt", 2026),
        Some(ObsStatus::Normal)
    );
    // No request in 2027 yet: suppressed (too few), not provisional.
    assert_eq!(
        status("sprachmittlung-vermittelt", 2027),
        Some(ObsStatus::Suppressed)
    );
}

#[tokio::test]
async fn the_coordination_saves_records_and_a_mediator_only_their_own_availability() {
    let f = fixture().await;
    let now = f.clock.now();
    let dana = mediation::mediators(&f.store, &f.coordinator)
        .await
        .unwrap()
        .into_iter()
        .find(|m| m.record.name == "Dana")
        .unwrap();
    // The record form: the coordination (and administrators) only.
    for visitor in [&f.viewer, &f.kita, &f.mediator, &Visitor::Public] {
        refused(
            mediation::save_record(&f.store, visitor, Some(f.mediator_id), &record("X"), now).await,
        );
    }
    let mut changed = record("Amal");
    changed.rate_per_hour = Money::from_cents(1650);
    mediation::save_record(&f.store, &f.coordinator, Some(f.mediator_id), &changed, now)
        .await
        .unwrap();
    let saved = mediation::own_record(&f.store, &f.mediator).await.unwrap();
    assert_eq!(saved.record.rate_per_hour, Money::from_cents(1650));
    assert!(saved.user_id.is_some(), "the account link is kept");
    let mut bad = record("Amal");
    bad.settings.clear();
    match mediation::save_record(&f.store, &f.admin, None, &bad, now).await {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].field, "settings"),
        other => panic!("{other:?}"),
    }

    // Availability: the mediator their own, never another's; the coordination anyone's.
    let window = vec![teilhabe_domain::mediation::WeeklySlot {
        weekday: 3,
        from_minute: 9 * 60,
        to_minute: 12 * 60,
    }];
    let away = vec![teilhabe_domain::mediation::Absence {
        from: date(2026, 7, 1),
        to: date(2026, 7, 3),
    }];
    mediation::save_availability(
        &f.store,
        &f.mediator,
        f.mediator_id,
        window.clone(),
        away.clone(),
        now,
    )
    .await
    .unwrap();
    let saved = mediation::availability(&f.store, &f.mediator, f.mediator_id)
        .await
        .unwrap();
    assert_eq!((saved.record.weekly, saved.record.absences), (window, away));
    assert_eq!(saved.record.rate_per_hour, Money::from_cents(1650), "kept");
    for visitor in [&f.mediator, &f.kita, &f.viewer] {
        refused(mediation::availability(&f.store, visitor, dana.id).await);
        refused(
            mediation::save_availability(&f.store, visitor, dana.id, vec![], vec![], now).await,
        );
    }
    mediation::save_availability(&f.store, &f.coordinator, dana.id, vec![], vec![], now)
        .await
        .unwrap();
    let backwards = vec![teilhabe_domain::mediation::Absence {
        from: date(2026, 7, 3),
        to: date(2026, 7, 1),
    }];
    match mediation::save_availability(&f.store, &f.mediator, f.mediator_id, vec![], backwards, now)
        .await
    {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].field, "absences"),
        other => panic!("{other:?}"),
    }
}
