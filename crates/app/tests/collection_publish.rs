//! Approved values into the monitoring (issue 16, item 4), on SQLite and PostgreSQL: only
//! approved forms count, each institution with its latest approved period of the year; the
//! sums by district, sex and migration history equal a hand count; the reporting rate goes
//! with the import; publishing again replaces; only the statistics office publishes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use std::collections::BTreeMap;

use support::account;
use teilhabe_app::collection::publish::{publish, reporting_of};
use teilhabe_app::collection::{self, Entry};
use teilhabe_app::{Actor, AppError, Clock, institutions};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::institution::Registry;
use teilhabe_domain::monitoring::TOTAL;
use teilhabe_store::collection::{CollectionReporting, FormKey};
use teilhabe_store::{DatabaseUrl, ObservationFilter, Store};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, workspace_root};

const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"treff-a\"\nname = \"Treff A\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-b\"\nname = \"Treff B\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-c\"\nname = \"Treff C\"\nkind = \"youth-club\"\ndistrict = \"02\"\n\
    [[institutions]]\ncode = \"treff-d\"\nname = \"Treff D\"\nkind = \"youth-club\"\ndistrict = \"02\"\n\
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

fn entry(element: &str, combo: &str, value: u32) -> Entry {
    Entry {
        element: element.into(),
        combo: combo.into(),
        value: value.to_string(),
        comment: String::new(),
    }
}

/// Girls with and without migration history, boys with and without, times `times`.
fn visitors(times: u32) -> Vec<Entry> {
    vec![
        entry("besuchende", "female_mh-yes", 3 * times),
        entry("besuchende", "female_mh-no", 4 * times),
        entry("besuchende", "male_mh-yes", 5 * times),
        entry("besuchende", "male_mh-no", 6 * times),
        entry("besuchende-gesamt", "default", 18 * times),
    ]
}

struct World {
    store: Store,
    clock: Clock,
    statistician: Visitor,
    reporters: BTreeMap<&'static str, Visitor>,
    _database: TestDatabase,
}

async fn world(backend: Backend) -> World {
    let database = TestDatabase::new(backend).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    // Mid-July 2025: the first two quarters and the year 2025 are open for entry.
    let clock = Clock::fixed("2025-07-15T10:00:00Z".parse().unwrap());
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
    let mut reporters = BTreeMap::new();
    for code in ["treff-a", "treff-b", "treff-c", "vhs"] {
        reporters.insert(
            code,
            account(&store, clock.now(), code, Role::Reporter).await,
        );
        institutions::set_membership(&store, &operator, code, Some(code), clock.now())
            .await
            .unwrap();
    }
    World {
        statistician: account(&store, clock.now(), "statistik", Role::Statistician).await,
        store,
        clock,
        reporters,
        _database: database,
    }
}

impl World {
    /// Enters and completes a form as its institution's reporter; approves it if asked.
    async fn report(&self, set: &str, period: &str, code: &str, entries: &[Entry], approve: bool) {
        let reporter = &self.reporters[code];
        let now = self.clock.now();
        collection::save_draft(&self.store, reporter, set, period, entries, now)
            .await
            .unwrap();
        collection::complete(&self.store, reporter, set, period, now)
            .await
            .unwrap();
        if approve {
            let key = FormKey {
                data_set: set.into(),
                period: period.into(),
                institution: code.into(),
            };
            collection::approve(&self.store, &self.statistician, &key, now)
                .await
                .unwrap();
        }
    }

    /// The stored figures of `indicator` in 2025: (district, sex, origin) → value or sign.
    async fn figures(&self, indicator: &str) -> BTreeMap<(String, String, String), String> {
        let filter = ObservationFilter {
            year: Some(2025),
            ..ObservationFilter::default()
        };
        self.store
            .observations("bielefeld", indicator, &filter)
            .await
            .unwrap()
            .into_iter()
            .map(|stored| {
                let o = stored.observation;
                (
                    (o.at.district, o.at.sex, o.at.origin),
                    o.value
                        .map(|v| v.to_string())
                        .or(o.sign)
                        .unwrap_or_default(),
                )
            })
            .collect()
    }
}

fn at(district: &str, sex: &str, origin: &str) -> (String, String, String) {
    (district.into(), sex.into(), origin.into())
}

#[tokio::test]
async fn approved_forms_become_the_indicators_figures_with_the_reporting_rate() {
    for backend in BACKENDS {
        let w = world(backend).await;
        let set = "offene-jugendarbeit";
        // Treff A: Q1 (doubled), then Q2 — the later quarter counts. Treff B: Q1 only.
        // Treff C: completed, not approved — it does not count. Treff D: nothing.
        w.report(set, "2025Q1", "treff-a", &visitors(2), true).await;
        w.report(set, "2025Q2", "treff-a", &visitors(1), true).await;
        w.report(set, "2025Q1", "treff-b", &visitors(1), true).await;
        w.report(set, "2025Q1", "treff-c", &visitors(5), false)
            .await;
        w.report(
            "erwachsenenbildung",
            "2025",
            "vhs",
            &[
                entry("kurse", "default", 40),
                entry("kurse-kinderbetreuung", "default", 10),
            ],
            true,
        )
        .await;

        let operator = Actor::Operator("cli:test".into());
        let now = w.clock.now();
        let published = publish(&w.store, &operator, "bielefeld", set, 2025, false, now)
            .await
            .unwrap();
        assert_eq!(
            (published.reported, published.expected),
            (2, 4),
            "{backend:?}"
        );
        assert!(
            published
                .note
                .contains("2 von 4 Einrichtungen freigegeben (Meldequote 50 %)"),
            "{}",
            published.note
        );
        // The reporting is stored with the import, for the indicator page.
        let reporting = reporting_of(&w.store, "bielefeld", "oja-besuchende")
            .await
            .unwrap();
        assert_eq!(
            reporting,
            vec![CollectionReporting {
                data_set: set.into(),
                name_de: "Offene Kinder- und Jugendarbeit (Quartalsmeldung)".into(),
                name_en: "Open child and youth work (quarterly report)".into(),
                year: 2025,
                reported: 2,
                expected: 4,
                latest_period: true,
            }],
            "{backend:?}"
        );
        let figures = w.figures("oja-besuchende").await;
        // 18 + 18, all in district 01; girls 7 + 7, boys 11 + 11; with migration history
        // 8 + 8, without 10 + 10; nobody diverse or not stated (zeros are published).
        let expected: BTreeMap<_, _> = [
            (at(TOTAL, TOTAL, TOTAL), "36"),
            (at("01", TOTAL, TOTAL), "36"),
            (at(TOTAL, "F", TOTAL), "14"),
            (at(TOTAL, "M", TOTAL), "22"),
            (at(TOTAL, "D", TOTAL), "0"),
            (at(TOTAL, "X", TOTAL), "0"),
            (at(TOTAL, TOTAL, "MH"), "16"),
            (at(TOTAL, TOTAL, "NO_MH"), "20"),
        ]
        .into_iter()
        .map(|(k, v)| (k, v.to_owned()))
        .collect();
        assert_eq!(figures, expected, "{backend:?}");
        let import = w.store.imports("bielefeld").await.unwrap();
        assert_eq!(
            import[0].source,
            "teilhabe Datenerhebung: Offene Kinder- und Jugendarbeit (Quartalsmeldung)"
        );

        // Treff C's form approved: publishing again replaces the year's figures.
        let key = FormKey {
            data_set: set.into(),
            period: "2025Q1".into(),
            institution: "treff-c".into(),
        };
        collection::approve(&w.store, &w.statistician, &key, now)
            .await
            .unwrap();
        let statistician = Actor::Visitor(w.statistician.clone());
        let again = publish(&w.store, &statistician, "bielefeld", set, 2025, false, now)
            .await
            .unwrap();
        assert_eq!(again.report.replaced_count(), 8, "{backend:?}");
        let figures = w.figures("oja-besuchende").await;
        assert_eq!(figures[&at(TOTAL, TOTAL, TOTAL)], "126");
        assert_eq!(figures[&at("02", TOTAL, TOTAL)], "90");
        // Only the reporting of the import whose figures stand is read.
        let reporting = reporting_of(&w.store, "bielefeld", "oja-besuchende")
            .await
            .unwrap();
        assert_eq!(
            reporting
                .iter()
                .map(|r| (r.year, r.reported, r.expected))
                .collect::<Vec<_>>(),
            vec![(2025, 3, 4)],
            "{backend:?}"
        );

        // A share: 10 of 40 courses; the adult education centre has no district.
        publish(
            &w.store,
            &operator,
            "bielefeld",
            "erwachsenenbildung",
            2025,
            false,
            now,
        )
        .await
        .unwrap();
        let figures = w.figures("vhs-kurse-kinderbetreuung").await;
        assert_eq!(figures.len(), 1, "{figures:?}");
        assert_eq!(figures[&at(TOTAL, TOTAL, TOTAL)], "25.0");
        let reporting = reporting_of(&w.store, "bielefeld", "vhs-kurse-kinderbetreuung")
            .await
            .unwrap();
        assert_eq!(
            reporting
                .iter()
                .map(|r| (r.data_set.as_str(), r.reported, r.expected, r.latest_period))
                .collect::<Vec<_>>(),
            vec![("erwachsenenbildung", 1, 1, false)],
            "{backend:?}"
        );
        assert!(
            reporting_of(&w.store, "bielefeld", "kita-u3-quote")
                .await
                .unwrap()
                .is_empty()
        );
    }
}

#[tokio::test]
async fn only_the_statistics_office_publishes_and_nothing_approved_is_nothing_published() {
    let w = world(Backend::Sqlite).await;
    let now = w.clock.now();
    w.report(
        "offene-jugendarbeit",
        "2025Q1",
        "treff-a",
        &visitors(1),
        false,
    )
    .await;
    for visitor in [&w.reporters["treff-a"], &Visitor::Public] {
        let error = publish(
            &w.store,
            &Actor::Visitor(visitor.clone()),
            "bielefeld",
            "offene-jugendarbeit",
            2025,
            false,
            now,
        )
        .await
        .unwrap_err();
        assert!(
            matches!(error, AppError::Forbidden(_) | AppError::Unauthenticated),
            "{error:?}"
        );
    }
    let statistician = Actor::Visitor(w.statistician.clone());
    let error = publish(
        &w.store,
        &statistician,
        "bielefeld",
        "offene-jugendarbeit",
        2025,
        false,
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert_eq!(problems[0].field, "year");
    let error = publish(
        &w.store,
        &statistician,
        "bielefeld",
        "zoo",
        2025,
        false,
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert_eq!(problems[0].field, "data_set");
    assert!(w.figures("oja-besuchende").await.is_empty());
}
