//! Data from institutions through the use cases: the access matrix (a reporter acts for its
//! own institution only), completion blocked by a failing rule, approval locking entry,
//! completeness with a settable clock, reminders once per form and day, and dataValueSets
//! files (round trip and every error class).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use jiff::civil::date;
use support::account;
use teilhabe_app::collection::files::{self, Format};
use teilhabe_app::collection::{self, Entry};
use teilhabe_app::{Actor, AppError, Clock, institutions};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::collection::completeness::{Completeness, Timeliness};
use teilhabe_domain::institution::Registry;
use teilhabe_store::collection::{FormKey, FormState};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"treff-a\"\nname = \"Treff A\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-b\"\nname = \"Treff B\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-c\"\nname = \"Treff C\"\nkind = \"youth-club\"\ndistrict = \"02\"\n\
    [[institutions]]\ncode = \"vhs\"\nname = \"VHS\"\nkind = \"adult-education\"\n";

fn shipped() -> Vec<(String, String)> {
    let folder = workspace_root().join("data/collection");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

struct World {
    store: Store,
    clock: Clock,
    reporter_a: Visitor,
    reporter_b: Visitor,
    statistician: Visitor,
    viewer: Visitor,
    provider: Visitor,
    _database: TestDatabase,
}

async fn world() -> World {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    // 2025-04-20: Q1 2025 is due on 30 April.
    let clock = Clock::fixed("2025-04-20T10:00:00Z".parse().unwrap());
    let operator = Actor::Operator("cli:test".into());
    institutions::load(
        &store,
        &operator,
        &Registry::parse(REGISTRY, &["01", "02"]).unwrap(),
        clock.now(),
    )
    .await
    .unwrap();
    collection::load_definitions(&store, &operator, &shipped(), clock.now())
        .await
        .unwrap();
    let reporter_a = account(&store, clock.now(), "treff-a", Role::Reporter).await;
    let reporter_b = account(&store, clock.now(), "treff-b", Role::Reporter).await;
    let provider = account(&store, clock.now(), "anbieter", Role::Provider).await;
    for (login, code) in [
        ("treff-a", "treff-a"),
        ("treff-b", "treff-b"),
        ("anbieter", "treff-a"),
    ] {
        institutions::set_membership(&store, &operator, login, Some(code), clock.now())
            .await
            .unwrap();
    }
    World {
        statistician: account(&store, clock.now(), "statistik", Role::Statistician).await,
        viewer: account(&store, clock.now(), "viewer", Role::Viewer).await,
        reporter_a,
        reporter_b,
        provider,
        store,
        clock,
        _database: database,
    }
}

fn entry(element: &str, combo: &str, value: &str) -> Entry {
    Entry {
        element: element.into(),
        combo: combo.into(),
        value: value.into(),
        comment: String::new(),
    }
}

/// Girls with and without migration history 3 + 4, boys 5 + 6: 18 visitors.
fn visitors(total: &str) -> Vec<Entry> {
    vec![
        entry("besuchende", "female_mh-yes", "3"),
        entry("besuchende", "female_mh-no", "4"),
        entry("besuchende", "male_mh-yes", "5"),
        entry("besuchende", "male_mh-no", "6"),
        entry("besuchende-gesamt", "default", total),
    ]
}

fn key(institution: &str) -> FormKey {
    FormKey {
        data_set: "offene-jugendarbeit".into(),
        period: "2025Q1".into(),
        institution: institution.into(),
    }
}

#[tokio::test]
async fn a_reporter_sees_and_enters_only_its_own_institutions_forms() {
    let w = world().await;
    let now = w.clock.now();
    let (institution, forms) = collection::open_forms(&w.store, &w.reporter_a, now)
        .await
        .unwrap();
    assert_eq!(institution.institution.code, "treff-a");
    // Q2 2025 (current), Q1 2025 (expires 120 days after 31 March: 29 July) and Q4 2024
    // (expires 30 April 2025: still open on 20 April); the self-check, yearly, open 365 days
    // after the year's end. Ordered by due day.
    let listed: Vec<_> = forms
        .iter()
        .map(|f| {
            (
                f.data_set.code.as_str(),
                f.period.to_string(),
                f.due,
                f.timeliness,
            )
        })
        .collect();
    let expected = [
        (
            "offene-jugendarbeit",
            "2024Q4",
            date(2025, 1, 30),
            Timeliness::Missing,
        ),
        (
            "ik-selbstcheck",
            "2024",
            date(2025, 3, 31),
            Timeliness::Missing,
        ),
        (
            "offene-jugendarbeit",
            "2025Q1",
            date(2025, 4, 30),
            Timeliness::Open,
        ),
        (
            "offene-jugendarbeit",
            "2025Q2",
            date(2025, 7, 30),
            Timeliness::Open,
        ),
        (
            "ik-selbstcheck",
            "2025",
            date(2026, 3, 31),
            Timeliness::Open,
        ),
    ]
    .map(|(set, period, due, timeliness)| (set, period.to_owned(), due, timeliness));
    assert_eq!(listed, expected);

    collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("18"),
        now,
    )
    .await
    .unwrap();
    // Another institution's form: not found for a reporter, readable for the office.
    let error = collection::form(
        &w.store,
        &w.reporter_b,
        "offene-jugendarbeit",
        "2025Q1",
        Some("treff-a"),
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::NotFound), "{error:?}");
    let seen = collection::form(
        &w.store,
        &w.statistician,
        "offene-jugendarbeit",
        "2025Q1",
        Some("treff-a"),
        now,
    )
    .await
    .unwrap();
    assert_eq!(seen.values.len(), 5);
    assert!(!seen.editable, "the office reads, it does not enter");
    // Reporter B's own form is empty.
    let own = collection::form(
        &w.store,
        &w.reporter_b,
        "offene-jugendarbeit",
        "2025Q1",
        None,
        now,
    )
    .await
    .unwrap();
    assert!(own.values.is_empty());
    // A data set the institution does not report.
    let error = collection::form(
        &w.store,
        &w.reporter_a,
        "erwachsenenbildung",
        "2024",
        None,
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::NotFound), "{error:?}");
    // Roles that do not report: refused; the public is asked to sign in.
    for refused in [&w.statistician, &w.viewer, &w.provider] {
        let error = collection::save_draft(
            &w.store,
            refused,
            "offene-jugendarbeit",
            "2025Q1",
            &visitors("18"),
            now,
        )
        .await
        .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let error = collection::open_forms(&w.store, &Visitor::Public, now)
        .await
        .unwrap_err();
    assert!(matches!(error, AppError::Unauthenticated), "{error:?}");
    let error = collection::form(
        &w.store,
        &w.provider,
        "offene-jugendarbeit",
        "2025Q1",
        Some("treff-a"),
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    // Approving and completeness: the office only.
    for refused in [&w.reporter_a, &w.viewer] {
        let error = collection::approve(&w.store, refused, &key("treff-a"), now)
            .await
            .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let error = collection::completeness(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
}

#[tokio::test]
async fn a_failing_high_rule_blocks_completion_and_approval_locks_entry() {
    let w = world().await;
    let now = w.clock.now();
    // 18 visitors by sex, 20 in total: the high rule "… = total" fails.
    let view = collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("20"),
        now,
    )
    .await
    .unwrap();
    assert_eq!(view.blocking, [0]);
    let error = collection::complete(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field, "rule:summe-besuchende");
    // A bad value is refused with its cell named, and nothing is stored.
    let error = collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &[
            entry("besuchende-gesamt", "default", "18"),
            entry("besuchende", "female_mh-yes", "-2"),
        ],
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert_eq!(problems[0].field, "besuchende.female_mh-yes");
    collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &[entry("besuchende-gesamt", "default", "18")],
        now,
    )
    .await
    .unwrap();
    let view = collection::complete(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        now,
    )
    .await
    .unwrap();
    assert_eq!(view.state(), FormState::Complete);
    assert!(!view.editable);
    collection::approve(&w.store, &w.statistician, &key("treff-a"), now)
        .await
        .unwrap();
    let error = collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("18"),
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    // Returned with a comment: open again.
    let error = collection::return_form(&w.store, &w.statistician, &key("treff-a"), " ", now)
        .await
        .unwrap_err();
    assert!(matches!(error, AppError::Invalid(_)), "{error:?}");
    collection::return_form(
        &w.store,
        &w.statistician,
        &key("treff-a"),
        "Bitte prüfen",
        now,
    )
    .await
    .unwrap();
    let view = collection::form(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        None,
        now,
    )
    .await
    .unwrap();
    assert_eq!(view.state(), FormState::Returned);
    assert!(view.editable);
}

#[tokio::test]
async fn completeness_counts_on_time_late_and_missing_with_the_clock() {
    let w = world().await;
    // Treff A completes on 20 April (on time, due 30 April).
    collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("18"),
        w.clock.now(),
    )
    .await
    .unwrap();
    collection::complete(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        w.clock.now(),
    )
    .await
    .unwrap();
    // Before the due day: A on time, B and C open.
    let view = collection::completeness(
        &w.store,
        &w.statistician,
        "offene-jugendarbeit",
        "2025Q1",
        w.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(
        view.counts,
        Completeness {
            expected: 3,
            on_time: 1,
            late: 0,
            missing: 0,
            open: 2
        }
    );
    // Treff B completes on 2 May: late.
    w.clock.set("2025-05-02T08:00:00Z".parse().unwrap());
    collection::save_draft(
        &w.store,
        &w.reporter_b,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("18"),
        w.clock.now(),
    )
    .await
    .unwrap();
    collection::complete(
        &w.store,
        &w.reporter_b,
        "offene-jugendarbeit",
        "2025Q1",
        w.clock.now(),
    )
    .await
    .unwrap();
    let view = collection::completeness(
        &w.store,
        &w.viewer,
        "offene-jugendarbeit",
        "2025Q1",
        w.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(
        view.counts,
        Completeness {
            expected: 3,
            on_time: 1,
            late: 1,
            missing: 1,
            open: 0
        }
    );
    // 2 of 3 reported.
    assert_eq!(view.counts.reporting_rate(), Some(200.0 / 3.0));
    let rows: Vec<_> = view
        .rows
        .iter()
        .map(|r| (r.institution.code.as_str(), r.timeliness))
        .collect();
    assert_eq!(
        rows,
        [
            ("treff-a", Timeliness::OnTime),
            ("treff-b", Timeliness::Late),
            ("treff-c", Timeliness::Missing)
        ]
    );
}

#[tokio::test]
async fn reminders_are_queued_once_per_form_and_day_before_and_after_the_due_day() {
    let w = world().await;
    let operator = Actor::Operator("cli:test".into());
    assert_eq!(
        collection::reminder_day(date(2025, 4, 30), date(2025, 7, 29), date(2025, 4, 23)),
        Some((date(2025, 4, 23), "before"))
    );
    assert_eq!(
        collection::reminder_day(date(2025, 4, 30), date(2025, 7, 29), date(2025, 4, 22)),
        None
    );
    assert_eq!(
        collection::reminder_day(date(2025, 4, 30), date(2025, 7, 29), date(2025, 4, 30)),
        Some((date(2025, 4, 29), "before"))
    );
    assert_eq!(
        collection::reminder_day(date(2025, 4, 30), date(2025, 7, 29), date(2025, 5, 10)),
        Some((date(2025, 5, 8), "after"))
    );
    assert_eq!(
        collection::reminder_day(date(2025, 4, 30), date(2025, 7, 29), date(2025, 7, 30)),
        None
    );
    // 23 April: 7 days before Q1's due day. Treff A and B have reporters (one mail each);
    // Treff C has none. The self-check 2025 is not due for a year, 2024 is overdue (weekly).
    w.clock.set("2025-04-23T06:00:00Z".parse().unwrap());
    let queued = collection::queue_reminders(&w.store, &operator, w.clock.now())
        .await
        .unwrap();
    let again = collection::queue_reminders(&w.store, &operator, w.clock.now())
        .await
        .unwrap();
    assert_eq!(again, 0);
    let mails = w.store.mail_to("account:treff-a").await.unwrap();
    assert!(
        mails.iter().any(|m| m.subject.contains("2025Q1")),
        "{mails:?}"
    );
    assert_eq!(
        queued,
        w.store.mail_to("account:treff-a").await.unwrap().len()
            + w.store.mail_to("account:treff-b").await.unwrap().len()
    );
    // A completed form is not reminded.
    collection::save_draft(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        &visitors("18"),
        w.clock.now(),
    )
    .await
    .unwrap();
    collection::complete(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        w.clock.now(),
    )
    .await
    .unwrap();
    w.clock.set("2025-04-29T06:00:00Z".parse().unwrap());
    let before = w.store.mail_to("account:treff-a").await.unwrap().len();
    collection::queue_reminders(&w.store, &operator, w.clock.now())
        .await
        .unwrap();
    let after = w.store.mail_to("account:treff-a").await.unwrap();
    assert!(
        after
            .iter()
            .take(after.len() - before)
            .all(|m| !m.subject.contains("2025Q1")),
        "{after:?}"
    );
    assert!(
        w.store
            .mail_to("account:treff-b")
            .await
            .unwrap()
            .iter()
            .filter(|m| m.subject.contains("2025Q1"))
            .count()
            == 2
    );
    let error = collection::queue_reminders(
        &w.store,
        &Actor::Visitor(w.reporter_a.clone()),
        w.clock.now(),
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
}

const CSV: &str = "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup
besuchende,2025Q1,treff-a,female_mh-yes,default,3,,,,false
besuchende,2025Q1,treff-a,female_mh-no,default,4,,,,false
besuchende-gesamt,2025Q1,treff-a,default,default,7,,,Zählung an Stichtagen,false
kurse,2024,vhs,default,default,40,,,,false
";

#[tokio::test]
async fn data_value_sets_round_trip_and_every_error_names_its_line_and_field() {
    let w = world().await;
    let operator = Actor::Operator("cli:test".into());
    let now = w.clock.now();
    let dry = files::import(&w.store, &operator, Format::Csv, CSV, true, now)
        .await
        .unwrap();
    assert_eq!((dry.values, dry.forms, dry.changed), (4, 2, 0));
    assert!(
        w.store
            .collection_values(&key("treff-a"))
            .await
            .unwrap()
            .is_empty(),
        "a dry run stores nothing"
    );
    let done = files::import(&w.store, &operator, Format::Csv, CSV, false, now)
        .await
        .unwrap();
    assert_eq!((done.values, done.forms, done.changed), (4, 2, 4));

    let json = files::export(
        &w.store,
        &operator,
        "offene-jugendarbeit",
        "2025Q1",
        Format::Json,
    )
    .await
    .unwrap();
    assert!(
        json.contains("\"comment\": \"Zählung an Stichtagen\""),
        "{json}"
    );
    let csv = files::export(
        &w.store,
        &operator,
        "offene-jugendarbeit",
        "2025Q1",
        Format::Csv,
    )
    .await
    .unwrap();
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.starts_with("dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup\n"));
    // Importing the export again changes nothing (JSON and CSV).
    let again = files::import(&w.store, &operator, Format::Json, &json, false, now)
        .await
        .unwrap();
    assert_eq!((again.values, again.changed), (3, 0));
    let again = files::import(&w.store, &operator, Format::Csv, &csv, false, now)
        .await
        .unwrap();
    assert_eq!((again.values, again.changed), (3, 0));

    let bad = "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup
besuchende-gesamt,2025Q1,treff-a,default,default,9,,,,false
unbekannt,2025Q1,treff-a,default,default,1,,,,false
besuchende-gesamt,2025W05,treff-a,default,default,1,,,,false
besuchende-gesamt,2025Q1,treff-a,default,default,viele,,,,false
besuchende-gesamt,2025Q1,nirgendwo,default,default,1,,,,false
besuchende,2025Q1,treff-b,female_mh-maybe,default,1,,,,false
";
    let error = files::import(&w.store, &operator, Format::Csv, bad, false, now)
        .await
        .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "line 3: dataelement",
            "line 4: period",
            "line 6: orgunit",
            "line 5: value",
            "line 7: catoptcombo"
        ]
    );
    // All or nothing: line 2's good value was not stored.
    let values = w.store.collection_values(&key("treff-a")).await.unwrap();
    assert!(
        values
            .iter()
            .any(|v| v.element == "besuchende-gesamt" && v.value == "7")
    );

    // A reporter imports only its own institution's values.
    let error = files::import(
        &w.store,
        &Actor::Visitor(w.reporter_b.clone()),
        Format::Csv,
        CSV,
        false,
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert_eq!(problems[0].field, "line 2: orgunit");
    // A complete form refuses an import, in a dry run too.
    collection::complete(
        &w.store,
        &w.reporter_a,
        "offene-jugendarbeit",
        "2025Q1",
        now,
    )
    .await
    .unwrap();
    for dry_run in [true, false] {
        let error = files::import(&w.store, &operator, Format::Json, &json, dry_run, now)
            .await
            .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let json_error = files::import(
        &w.store,
        &operator,
        Format::Json,
        "{\"dataValues\": [{\"period\": 1}]}",
        false,
        now,
    )
    .await
    .unwrap_err();
    assert!(matches!(json_error, AppError::Invalid(_)), "{json_error:?}");
}
