//! Reports of discrimination through the use cases: the access matrix over every use case and
//! every role (only counsellors read or write cases — not administrators), every read audited,
//! the contact sealed and deleted when the case closes, the deletion job with a settable clock,
//! and the statistics equal to a hand count.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use jiff::civil::{Date, date};
use support::account;
use teilhabe_app::discrimination::{
    self, ContactKey, DEFAULT_MIN_COUNT, DEFAULT_RETENTION_YEARS, PurgeReport, Screening,
};
use teilhabe_app::{Actor, AppError, Clock};
use teilhabe_domain::access::{Principal, Role, Visitor};
use teilhabe_domain::disclosure::CellStatus;
use teilhabe_domain::discrimination::statistics::{Dimension, Periods};
use teilhabe_domain::discrimination::{AggApplies, CaseInput, ReportInput};
use teilhabe_domain::monitoring::ObsStatus;
use teilhabe_store::{AuditFilter, DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase};

const KEY: &str = "8f2a55c1d0e94b7a3c6e1f0b9d8c7a6554433221100ffeeddccbbaa998877665";

fn key() -> ContactKey {
    ContactKey::parse(KEY).unwrap()
}

async fn store() -> (Store, TestDatabase) {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    (store, database)
}

fn report(counselling: bool) -> ReportInput {
    ReportInput {
        area: "housing".into(),
        district: String::new(),
        month: "2026-02".into(),
        grounds: vec!["ethnic-origin".into()],
        what_happened: "Besichtigung abgesagt, als ich meinen Namen nannte.".into(),
        wants_counselling: counselling,
        contact: if counselling {
            "Telefon 0521 987654, abends".into()
        } else {
            String::new()
        },
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| (*v).to_owned()).collect()
}

fn case_input(opened: Date, closed: Option<Date>) -> CaseInput {
    CaseInput {
        areas: strings(&["housing"]),
        grounds: strings(&["ethnic-origin"]),
        forms: strings(&["direct"]),
        level: "individual".into(),
        agg: AggApplies::Yes,
        interventions: strings(&["complaint-letter"]),
        outcome: if closed.is_some() { "success" } else { "open" }.into(),
        opened,
        closed,
        notes: String::new(),
    }
}

fn refused(result: Result<impl std::fmt::Debug, AppError>, visitor: &Visitor, what: &str) {
    match (visitor, result) {
        (Visitor::Public, Err(AppError::Unauthenticated)) => {}
        (Visitor::Signed(_), Err(AppError::Forbidden(_))) => {}
        (_, other) => panic!("{what} for {visitor:?}: {other:?}"),
    }
}

#[tokio::test]
async fn only_counsellors_reach_cases_and_every_read_is_audited() {
    let (store, _database) = store().await;
    let clock = Clock::fixed("2026-03-15T10:00:00Z".parse().unwrap());
    let now = clock.now();
    let categories = discrimination::categories();
    let mut visitors = vec![Visitor::Public];
    for role in Role::ALL {
        if role == Role::Editor {
            // An editor belongs to a working group.
            visitors.push(Visitor::Signed(Principal {
                user_id: 0,
                login: "editor".into(),
                role,
                field: Some("sprache".into()),
                actor: "user:editor".into(),
            }));
        } else {
            visitors.push(account(&store, now, role.as_str(), role).await);
        }
    }
    let counsellor = visitors
        .iter()
        .find(|v| v.principal().is_some_and(|p| p.role == Role::Counsellor))
        .unwrap()
        .clone();
    // One report and one case, made by the counsellor, that everyone else then tries to reach.
    discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        Some(&key()),
        &report(true),
        Screening::Passed,
        now,
    )
    .await
    .unwrap();
    let report_id = discrimination::reports(&store, &counsellor, now)
        .await
        .unwrap()[0]
        .id;
    let case_id = discrimination::open_case(
        &store,
        &counsellor,
        categories,
        Some(report_id),
        &case_input(date(2026, 3, 1), None),
        now,
    )
    .await
    .unwrap();
    // Two reports the spam checks held back: the counsellor releases one, deletes the other.
    for _ in 0..2 {
        discrimination::submit_report(
            &store,
            &Visitor::Public,
            categories,
            Some(&key()),
            &report(false),
            Screening::HeldBack,
            now,
        )
        .await
        .unwrap();
    }
    let held: Vec<i64> = discrimination::reports(&store, &counsellor, now)
        .await
        .unwrap()
        .iter()
        .filter(|r| r.held_back)
        .map(|r| r.id)
        .collect();
    assert_eq!(held.len(), 2);
    let periods = Periods::Quarters { year: 2026 };
    for visitor in &visitors {
        let is_counsellor = visitor == &counsellor;
        // Anyone: submit a report, read the published statistics.
        discrimination::submit_report(
            &store,
            visitor,
            categories,
            Some(&key()),
            &report(false),
            Screening::Passed,
            now,
        )
        .await
        .unwrap_or_else(|e| panic!("submit for {visitor:?}: {e:?}"));
        discrimination::published(&store, visitor, categories, periods, DEFAULT_MIN_COUNT)
            .await
            .unwrap_or_else(|e| panic!("published for {visitor:?}: {e:?}"));
        // Counsellors only.
        let results: Vec<(&str, Result<(), AppError>)> = vec![
            (
                "reports",
                discrimination::reports(&store, visitor, now)
                    .await
                    .map(drop),
            ),
            ("may_document", discrimination::may_document(visitor)),
            (
                "report",
                discrimination::report(&store, visitor, report_id, now)
                    .await
                    .map(drop),
            ),
            (
                "report_contact",
                discrimination::report_contact(&store, visitor, &key(), report_id, now)
                    .await
                    .map(drop),
            ),
            (
                "open_case",
                discrimination::open_case(
                    &store,
                    visitor,
                    categories,
                    None,
                    &case_input(date(2026, 3, 2), None),
                    now,
                )
                .await
                .map(drop),
            ),
            (
                "case",
                discrimination::case(&store, visitor, case_id, now)
                    .await
                    .map(drop),
            ),
            (
                "cases",
                discrimination::cases(&store, visitor, None, now)
                    .await
                    .map(drop),
            ),
            (
                "release_report",
                discrimination::release_report(&store, visitor, held[0], now).await,
            ),
            (
                "delete_spam",
                discrimination::delete_spam(&store, visitor, held[1], now).await,
            ),
            (
                "counts",
                discrimination::counts(&store, visitor, categories, periods)
                    .await
                    .map(drop),
            ),
            (
                "purge",
                discrimination::purge(
                    &store,
                    &Actor::Visitor(visitor.clone()),
                    DEFAULT_RETENTION_YEARS,
                    true,
                    now,
                )
                .await
                .map(drop),
            ),
        ];
        for (what, result) in results {
            if is_counsellor {
                result.unwrap_or_else(|e| panic!("{what} for the counsellor: {e:?}"));
            } else {
                refused(result, visitor, what);
            }
        }
        // Updating: the counsellor at the current version, everyone else refused.
        let version = if is_counsellor {
            discrimination::case(&store, visitor, case_id, now)
                .await
                .unwrap()
                .version
        } else {
            1
        };
        let update = discrimination::update_case(
            &store,
            visitor,
            categories,
            case_id,
            version,
            &case_input(date(2026, 3, 1), None),
            now,
        )
        .await;
        if is_counsellor {
            update.unwrap();
        } else {
            refused(update, visitor, "update_case");
        }
    }
    let after: Vec<(i64, bool)> = discrimination::reports(&store, &counsellor, now)
        .await
        .unwrap()
        .iter()
        .filter(|r| held.contains(&r.id))
        .map(|r| (r.id, r.held_back))
        .collect();
    assert_eq!(after, [(held[0], false)], "one released, the other deleted");
    assert!(matches!(
        discrimination::release_report(&store, &counsellor, held[0], now).await,
        Err(AppError::NotFound)
    ));
    // The operator runs the deletion job without a role.
    discrimination::purge(&store, &Actor::Operator("cli:root".into()), 3, true, now)
        .await
        .unwrap();
    // Every read and change of a case or contact is in the audit log, each by the counsellor.
    let log = store.audit_log(&AuditFilter::default()).await.unwrap();
    let case_entries: Vec<_> = log
        .iter()
        .filter(|r| {
            r.entry.entity_type == "discrimination-case"
                || (r.entry.entity_type == "discrimination-report"
                    && r.entry.action != "discrimination-report.create")
        })
        .collect();
    assert!(
        case_entries
            .iter()
            .all(|r| r.entry.actor == "user:counsellor")
    );
    let reads = case_entries
        .iter()
        .filter(|r| {
            r.entry.action == "discrimination-case.read" && r.entry.entity_id == case_id.to_string()
        })
        .count();
    assert_eq!(reads, 2, "case() and the read before updating");
    for action in [
        "discrimination-case.list",
        "discrimination-report.list",
        "discrimination-report.contact-read",
    ] {
        assert!(
            case_entries.iter().any(|r| r.entry.action == action),
            "{action}"
        );
    }
}

#[tokio::test]
async fn the_contact_is_sealed_read_by_counsellors_and_gone_when_the_case_closes() {
    let (store, _database) = store().await;
    let now = "2026-03-15T10:00:00Z".parse().unwrap();
    let categories = discrimination::categories();
    let counsellor = account(&store, now, "beraterin", Role::Counsellor).await;
    // Without a key, a contact is not stored in clear: the report is refused as not ready.
    let unready = discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        None,
        &report(true),
        Screening::Passed,
        now,
    )
    .await;
    assert!(matches!(unready, Err(AppError::Unready(_))), "{unready:?}");
    // A report without the wish for counselling needs no key.
    discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        None,
        &report(false),
        Screening::Passed,
        now,
    )
    .await
    .unwrap();
    let receipt = discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        Some(&key()),
        &report(true),
        Screening::Passed,
        now,
    )
    .await
    .unwrap();
    assert_eq!(receipt.code.len(), 14);
    let invalid = discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        Some(&key()),
        &ReportInput {
            area: "moon".into(),
            ..report(true)
        },
        Screening::Passed,
        now,
    )
    .await;
    match invalid {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].field, "area"),
        other => panic!("{other:?}"),
    }
    let reports = discrimination::reports(&store, &counsellor, now)
        .await
        .unwrap();
    let with_contact = reports.iter().find(|r| r.receipt == receipt.code).unwrap();
    assert!(with_contact.has_contact);
    assert_eq!(
        discrimination::report_contact(&store, &counsellor, &key(), with_contact.id, now)
            .await
            .unwrap()
            .as_deref(),
        Some("Telefon 0521 987654, abends"),
        "the contact itself is kept as given (only free text is scrubbed)"
    );
    let case_id = discrimination::open_case(
        &store,
        &counsellor,
        categories,
        Some(with_contact.id),
        &case_input(date(2026, 3, 1), None),
        now,
    )
    .await
    .unwrap();
    // A second case for the same report names the field.
    match discrimination::open_case(
        &store,
        &counsellor,
        categories,
        Some(with_contact.id),
        &case_input(date(2026, 3, 1), None),
        now,
    )
    .await
    {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].field, "report"),
        other => panic!("{other:?}"),
    }
    // A stale version is a conflict; closing deletes the contact.
    assert!(matches!(
        discrimination::update_case(
            &store,
            &counsellor,
            categories,
            case_id,
            9,
            &case_input(date(2026, 3, 1), Some(date(2026, 3, 10))),
            now
        )
        .await,
        Err(AppError::Conflict { current: 1 })
    ));
    discrimination::update_case(
        &store,
        &counsellor,
        categories,
        case_id,
        1,
        &case_input(date(2026, 3, 1), Some(date(2026, 3, 10))),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        discrimination::report_contact(&store, &counsellor, &key(), with_contact.id, now)
            .await
            .unwrap(),
        None
    );
    assert!(matches!(
        discrimination::case(&store, &counsellor, 999, now).await,
        Err(AppError::NotFound)
    ));
}

#[tokio::test]
async fn the_deletion_job_follows_the_clock() {
    let (store, _database) = store().await;
    let clock = Clock::fixed("2026-03-15T10:00:00Z".parse().unwrap());
    let categories = discrimination::categories();
    let counsellor = account(&store, clock.now(), "beraterin", Role::Counsellor).await;
    let operator = Actor::Operator("cli:purge".into());
    discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        Some(&key()),
        &report(true),
        Screening::Passed,
        clock.now(),
    )
    .await
    .unwrap();
    let with_case = discrimination::reports(&store, &counsellor, clock.now())
        .await
        .unwrap()[0]
        .id;
    let closed = discrimination::open_case(
        &store,
        &counsellor,
        categories,
        Some(with_case),
        &case_input(date(2026, 3, 1), Some(date(2026, 3, 10))),
        clock.now(),
    )
    .await
    .unwrap();
    let still_open = discrimination::open_case(
        &store,
        &counsellor,
        categories,
        None,
        &case_input(date(2026, 3, 2), None),
        clock.now(),
    )
    .await
    .unwrap();
    // A report that never became a case arrives on 20 March.
    clock.set("2026-03-20T09:00:00Z".parse().unwrap());
    discrimination::submit_report(
        &store,
        &Visitor::Public,
        categories,
        None,
        &report(false),
        Screening::Passed,
        clock.now(),
    )
    .await
    .unwrap();

    let nothing = PurgeReport {
        dry_run: true,
        retention_years: 3,
        cases: 0,
        reports: 0,
        cases_by_closing_year: Default::default(),
    };
    clock.set("2029-03-09T23:59:59Z".parse().unwrap());
    assert_eq!(
        discrimination::purge(&store, &operator, 3, true, clock.now())
            .await
            .unwrap(),
        nothing
    );
    // On the day three years after closing: the case and its report are due.
    clock.set("2029-03-10T00:00:00Z".parse().unwrap());
    let due = discrimination::purge(&store, &operator, 3, true, clock.now())
        .await
        .unwrap();
    assert_eq!(
        due,
        PurgeReport {
            cases: 1,
            reports: 1,
            cases_by_closing_year: [(2026, 1)].into(),
            ..nothing.clone()
        }
    );
    assert_eq!(
        discrimination::reports(&store, &counsellor, clock.now())
            .await
            .unwrap()
            .len(),
        2,
        "a dry run deletes nothing"
    );
    // A longer period keeps it.
    assert_eq!(
        discrimination::purge(&store, &operator, 5, true, clock.now())
            .await
            .unwrap()
            .cases,
        0
    );
    let done = discrimination::purge(&store, &operator, 3, false, clock.now())
        .await
        .unwrap();
    assert_eq!((done.dry_run, done.cases, done.reports), (false, 1, 1));
    let left: Vec<i64> = discrimination::cases(&store, &counsellor, None, clock.now())
        .await
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(left, [still_open]);
    assert!(matches!(
        discrimination::case(&store, &counsellor, closed, clock.now()).await,
        Err(AppError::NotFound)
    ));
    // The lone report three years after it arrived.
    clock.set("2029-03-20T00:00:00Z".parse().unwrap());
    let done = discrimination::purge(&store, &operator, 3, false, clock.now())
        .await
        .unwrap();
    assert_eq!((done.cases, done.reports), (0, 1));
    assert!(
        discrimination::reports(&store, &counsellor, clock.now())
            .await
            .unwrap()
            .is_empty()
    );
    // Running again deletes nothing more.
    assert_eq!(
        discrimination::purge(&store, &operator, 3, false, clock.now())
            .await
            .unwrap()
            .reports,
        0
    );
}

#[tokio::test]
async fn statistics_equal_a_hand_count_and_publish_no_small_cell() {
    let (store, _database) = store().await;
    let now = "2026-12-31T12:00:00Z".parse().unwrap();
    let categories = discrimination::categories();
    let counsellor = account(&store, now, "beraterin", Role::Counsellor).await;
    // Q1: 6 cases in housing (4 racist), Q2: 3 at work (none racist), Q3: 1 in education
    // (racist, also on the ground of gender), 2025: 2 cases outside the year.
    let mut plan: Vec<(Date, &[&str], &[&str])> = Vec::new();
    for day in 1..=6 {
        let grounds: &[&str] = if day <= 4 {
            &["ethnic-origin"]
        } else {
            &["age"]
        };
        plan.push((date(2026, 1, day), &["housing"], grounds));
    }
    for day in 1..=3 {
        plan.push((date(2026, 4, day), &["work"], &["disability"]));
    }
    plan.push((date(2026, 8, 1), &["education"], &["anti-black", "gender"]));
    plan.push((date(2025, 8, 1), &["education"], &["age"]));
    plan.push((date(2025, 9, 1), &["work"], &["age"]));
    for (opened, areas, grounds) in plan {
        discrimination::open_case(
            &store,
            &counsellor,
            categories,
            None,
            &CaseInput {
                areas: strings(areas),
                grounds: strings(grounds),
                agg: AggApplies::Unclear,
                ..case_input(opened, None)
            },
            now,
        )
        .await
        .unwrap();
    }
    let periods = Periods::Quarters { year: 2026 };
    let counts = discrimination::counts(&store, &counsellor, categories, periods)
        .await
        .unwrap();
    assert_eq!(counts.periods, ["2026Q1", "2026Q2", "2026Q3", "2026Q4"]);
    assert_eq!(counts.cases, [6, 3, 1, 0]);
    assert_eq!(counts.racist, [4, 0, 1, 0]);
    let row = |dimension: Dimension, id: &str| -> Vec<u64> {
        let table = counts
            .dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .unwrap();
        table.counts[table.rows.iter().position(|r| r == id).unwrap()].clone()
    };
    assert_eq!(row(Dimension::Area, "housing"), [6, 0, 0, 0]);
    assert_eq!(row(Dimension::Area, "work"), [0, 3, 0, 0]);
    assert_eq!(row(Dimension::Area, "education"), [0, 0, 1, 0]);
    assert_eq!(row(Dimension::Ground, "ethnic-origin"), [4, 0, 0, 0]);
    assert_eq!(row(Dimension::Ground, "anti-black"), [0, 0, 1, 0]);
    assert_eq!(row(Dimension::Ground, "gender"), [0, 0, 1, 0]);
    assert_eq!(row(Dimension::Form, "direct"), [6, 3, 1, 0]);
    assert_eq!(row(Dimension::Outcome, "open"), [6, 3, 1, 0]);
    assert_eq!(
        row(Dimension::Intervention, "complaint-letter"),
        [6, 3, 1, 0]
    );
    let years = discrimination::counts(
        &store,
        &counsellor,
        categories,
        Periods::Years {
            from: 2025,
            to: 2026,
        },
    )
    .await
    .unwrap();
    assert_eq!(years.cases, [2, 10]);

    // Published with minimum 1: the same numbers. With the default minimum: no small cell.
    let everything = discrimination::published(&store, &Visitor::Public, categories, periods, 1)
        .await
        .unwrap();
    assert_eq!(
        everything.cases.iter().map(|c| c.value).collect::<Vec<_>>(),
        [Some(6), Some(3), Some(1), Some(0)]
    );
    // 5 racist of 10: 50.0 %.
    assert_eq!(everything.racist_share_total.per_mille, Some(500));
    let published = discrimination::published(
        &store,
        &Visitor::Public,
        categories,
        periods,
        DEFAULT_MIN_COUNT,
    )
    .await
    .unwrap();
    assert_eq!(published.cases[2].value, None, "a single case is hidden");
    assert_eq!(published.cases_total.value, Some(10));
    for cell in published.cells() {
        if let Some(value) = cell.value {
            assert!(
                value == 0 || value >= DEFAULT_MIN_COUNT,
                "{value} published"
            );
        }
    }
    // Q3's single case hides Q2 (3, the smallest partner) with it; so their shares are hidden
    // too, and Q1's share stands on a rest of 2 (6 − 4): hidden. The year's share stays.
    assert_eq!(published.cases[1].status, CellStatus::Secondary);
    assert_eq!(
        published
            .racist_share
            .iter()
            .map(|s| s.per_mille)
            .collect::<Vec<_>>(),
        [None, None, None, None]
    );
    assert_eq!(published.racist_share_total.per_mille, Some(500));
    // Periods outside the sensible range are a problem of the field.
    match discrimination::published(
        &store,
        &Visitor::Public,
        categories,
        Periods::Years {
            from: 2026,
            to: 2020,
        },
        3,
    )
    .await
    {
        Err(AppError::Invalid(problems)) => assert_eq!(problems[0].field, "periods"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_indicators_are_published_per_year_with_small_counts_withheld() {
    let (store, _database) = store().await;
    let clock = Clock::fixed("2025-06-01T08:00:00Z".parse().unwrap());
    let categories = discrimination::categories();
    let counsellor = account(&store, clock.now(), "beraterin", Role::Counsellor).await;
    let viewer = account(&store, clock.now(), "viewer", Role::Viewer).await;
    // 2025: five cases, four of them racist (the other one is a small count).
    for (day, racist) in [(1, true), (2, true), (3, true), (4, true), (5, false)] {
        let input = CaseInput {
            grounds: strings(if racist { &["anti-black"] } else { &["age"] }),
            ..case_input(date(2025, 3, day), None)
        };
        discrimination::open_case(&store, &counsellor, categories, None, &input, clock.now())
            .await
            .unwrap();
    }
    let operator = Actor::Operator("cli:test".into());
    let publish = |year: i16, residents: u64, now: jiff::Timestamp| {
        let (store, operator) = (&store, &operator);
        async move {
            discrimination::publish_indicators(
                store,
                operator,
                "bielefeld",
                year,
                residents,
                false,
                now,
            )
            .await
            .unwrap()
        }
    };
    let value = |o: &teilhabe_domain::monitoring::Observation| o.value.map(|v| v.to_string());
    let observations = publish(2025, 20_000, clock.now()).await;
    assert_eq!(observations[0].indicator, discrimination::RATE_INDICATOR);
    assert_eq!(
        value(&observations[0]).as_deref(),
        Some("2.5"),
        "5 in 20,000"
    );
    assert_eq!(observations[0].base, Some(20_000));
    assert_eq!(observations[1].indicator, discrimination::RACIST_INDICATOR);
    assert_eq!(value(&observations[1]), None, "1 not racist: withheld");
    assert_eq!(observations[1].status, ObsStatus::Suppressed);
    // 2025 runs on 1 June 2025: provisional; in 2026 it is final.
    assert_eq!(observations[0].status, ObsStatus::Provisional);
    let later = publish(2025, 20_000, "2026-01-02T08:00:00Z".parse().unwrap()).await;
    assert_eq!(later[0].status, ObsStatus::Normal);
    // A year without cases: 0, not withheld.
    assert_eq!(
        value(&publish(2024, 20_000, clock.now()).await[0]).as_deref(),
        Some("0.0")
    );
    // Who may: the counselling and statisticians, not a viewer.
    let refused = discrimination::publish_indicators(
        &store,
        &Actor::Visitor(viewer),
        "bielefeld",
        2025,
        20_000,
        false,
        clock.now(),
    )
    .await;
    assert!(matches!(refused, Err(AppError::Forbidden(_))));
    discrimination::publish_indicators(
        &store,
        &Actor::Visitor(counsellor),
        "bielefeld",
        2025,
        20_000,
        false,
        clock.now(),
    )
    .await
    .unwrap();
}
