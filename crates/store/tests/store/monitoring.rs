//! Monitoring data in the store, on SQLite and PostgreSQL: imports are all or nothing, a
//! re-import replaces its periods and says so in the audit log, a missing figure has no value.

use teilhabe_domain::monitoring::{
    Coordinates, IndicatorDef, ObsStatus, Observation, parse_indicator,
};
use teilhabe_store::{AuditFilter, ImportQuery, NewImport, ObservationFilter, Store, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

fn indicator() -> IndicatorDef {
    parse_indicator(
        r#"
id = "abgang-ohne-abschluss"
title = { de = "Abgänge ohne Abschluss" }
definition = { de = "Anteil" }
numerator = { de = "ohne Abschluss" }
denominator = { de = "alle" }
unit = "percent"
concept = "NAT"
polarity = "lower-is-better"
source = { de = "IT.NRW" }
fields = ["schule"]
breakdowns = ["origin", "district"]
"#,
    )
    .unwrap()
}

fn figure(year: i32, origin: &str, value: Option<&str>, status: ObsStatus) -> Observation {
    let mut at = Coordinates::total(year);
    at.origin = origin.into();
    Observation {
        indicator: "abgang-ohne-abschluss".into(),
        at,
        value: value.map(|v| v.parse().unwrap()),
        lower: None,
        upper: None,
        base: None,
        status,
        conf_status: None,
        sign: (status == ObsStatus::Suppressed).then(|| ".".into()),
        footnotes: if status == ObsStatus::Provisional {
            vec!["vorläufig".into()]
        } else {
            Vec::new()
        },
    }
}

fn import(name: &str) -> NewImport {
    NewImport {
        city: "bielefeld".into(),
        file_name: name.into(),
        format: "portal-csv".into(),
        source: "test".into(),
        content_hash: format!("hash-{name}"),
        imported_by: "cli:tester".into(),
        is_demo: false,
        note: None,
    }
}

async fn stored(store: &Store) -> Vec<Observation> {
    store
        .observations(
            "bielefeld",
            "abgang-ohne-abschluss",
            &ObservationFilter::default(),
        )
        .await
        .unwrap()
        .into_iter()
        .map(|stored| stored.observation)
        .collect()
}

#[tokio::test]
async fn import_replace_and_audit_on_both_backends() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_catalogue("bielefeld", &[indicator()], "test", at(1))
            .await
            .unwrap();
        let first = vec![
            figure(2020, "_T", Some("7.30"), ObsStatus::Normal),
            figure(2020, "FOREIGN", None, ObsStatus::Suppressed),
            figure(2021, "_T", Some("7.1"), ObsStatus::Provisional),
        ];
        let report = store
            .import_observations(&import("a.csv"), &first, at(2), false)
            .await
            .unwrap();
        assert_eq!(report.observation_count, 3, "{backend:?}");
        assert_eq!(report.replaced_count(), 0);
        // Read back exactly: text decimals keep "7.30", the suppressed figure has no value.
        let mut expected = first.clone();
        expected.sort_by(|a, b| a.at.cmp(&b.at));
        assert_eq!(stored(&store).await, expected, "{backend:?}");

        // Re-import of 2021 replaces that period only.
        let second = vec![figure(2021, "_T", Some("6.9"), ObsStatus::Normal)];
        let report = store
            .import_observations(&import("b.csv"), &second, at(3), false)
            .await
            .unwrap();
        assert_eq!(report.periods.len(), 1);
        assert_eq!(report.periods[0].old_count, 1);
        assert_eq!(report.periods[0].changed, 1);
        let now = stored(&store).await;
        assert_eq!(now.len(), 3, "{backend:?}");
        assert_eq!(now[2].value, Some("6.9".parse().unwrap()));
        assert_eq!(now[2].footnotes, Vec::<String>::new());

        let log = store.audit_log(&AuditFilter::default()).await.unwrap();
        let actions: Vec<(&str, &str)> = log
            .iter()
            .map(|r| (r.entry.action.as_str(), r.entry.entity_id.as_str()))
            .collect();
        assert_eq!(
            actions,
            [
                ("import.replace", "abgang-ohne-abschluss/2021"),
                ("import.create", "abgang-ohne-abschluss/2021"),
                ("import.create", "abgang-ohne-abschluss/2020"),
                ("indicators.load", "bielefeld"),
            ],
            "{backend:?}"
        );
        assert_eq!(log[0].entry.actor, "cli:tester");
        assert!(
            log[0].entry.old_value.as_deref().unwrap().contains("#1"),
            "{:?}",
            log[0].entry
        );

        let imports = store.imports("bielefeld").await.unwrap();
        assert_eq!(imports.len(), 2);
        assert_eq!(imports[0].file_name, "b.csv");
        assert_eq!(imports[0].replaced_count, 1);
        assert_eq!(imports[1].periods, "abgang-ohne-abschluss 2020–2021");
        store.close().await;
    }
}

#[tokio::test]
async fn dry_run_and_bad_data_change_nothing() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let first = vec![figure(2020, "_T", Some("7.3"), ObsStatus::Normal)];
        store
            .import_observations(&import("a.csv"), &first, at(2), false)
            .await
            .unwrap();
        let version = store.monitoring_version("bielefeld").await.unwrap();

        let replacement = vec![figure(2020, "_T", Some("9.9"), ObsStatus::Normal)];
        let report = store
            .import_observations(&import("b.csv"), &replacement, at(3), true)
            .await
            .unwrap();
        assert_eq!(report.import_id, None);
        assert_eq!(report.periods[0].changed, 1, "{backend:?}");
        assert_eq!(stored(&store).await, first, "dry run kept nothing");

        // The second figure is invalid (suppressed with a value): the whole import fails.
        let mut bad_value = figure(2021, "FOREIGN", Some("0"), ObsStatus::Normal);
        bad_value.status = ObsStatus::Suppressed;
        let bad = vec![figure(2021, "_T", Some("1"), ObsStatus::Normal), bad_value];
        let error = store
            .import_observations(&import("c.csv"), &bad, at(4), false)
            .await
            .unwrap_err();
        assert!(matches!(error, StoreError::InvalidFigures(_)), "{error}");
        // Twice the same figure: refused too.
        let twice = vec![
            figure(2021, "_T", Some("1"), ObsStatus::Normal),
            figure(2021, "_T", Some("2"), ObsStatus::Normal),
        ];
        assert!(
            store
                .import_observations(&import("d.csv"), &twice, at(5), false)
                .await
                .is_err()
        );
        assert_eq!(stored(&store).await, first, "{backend:?}");
        assert_eq!(store.imports("bielefeld").await.unwrap().len(), 1);
        assert_eq!(
            store.monitoring_version("bielefeld").await.unwrap(),
            version
        );
        store.close().await;
    }
}

#[tokio::test]
async fn the_database_refuses_a_value_on_a_suppressed_figure() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .import_observations(
                &import("a.csv"),
                &[figure(2020, "_T", Some("1"), ObsStatus::Normal)],
                at(1),
                false,
            )
            .await
            .unwrap();
        // Bypassing the application's checks, the CHECK constraint still holds.
        let url = teilhabe_store::DatabaseUrl::parse(&database.url).unwrap();
        sqlx::any::install_default_drivers();
        let mut connection =
            <sqlx::AnyConnection as sqlx::Connection>::connect(url.connection_string())
                .await
                .unwrap();
        let result = sqlx::query(
            "INSERT INTO observations (city_slug, indicator_id, year, district, sex, origin, age,
                 value, obs_status, import_id)
             VALUES ('bielefeld', 'x', 2020, '_T', '_T', '_T', '_T', '0', 'Q', 1)",
        )
        .execute(&mut connection)
        .await;
        assert!(result.is_err(), "{backend:?}: a suppressed 0 was stored");
        store.close().await;
    }
}

/// Writers that read before they write must wait for each other, not fail: on SQLite a deferred
/// transaction whose snapshot another writer outdated gets "database is locked" at its first
/// write, whatever the busy timeout (the soak test found this as 500s on concurrent imports).
#[tokio::test]
async fn concurrent_imports_wait_for_each_other() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_catalogue("bielefeld", &[indicator()], "test", at(1))
            .await
            .unwrap();
        let mut tasks = Vec::new();
        for round in 0..16_i64 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let value = format!("{}.5", round);
                let figures = vec![
                    figure(
                        2000 + (round % 4) as i32,
                        "_T",
                        Some(&value),
                        ObsStatus::Normal,
                    ),
                    figure(2010, "_T", Some(&value), ObsStatus::Normal),
                ];
                store
                    .import_observations(&import(&format!("{round}.csv")), &figures, at(2), false)
                    .await
                    .map(|_| ())
                    .map_err(|error| error.to_string())
            }));
        }
        for task in tasks {
            let result = task.await.unwrap();
            assert!(result.is_ok(), "{backend:?}: {result:?}");
        }
        assert_eq!(store.imports("bielefeld").await.unwrap().len(), 16);
        store.close().await;
    }
}

/// A figure of `indicator` for the city as a whole.
fn total_of(indicator: &str, year: i32) -> Observation {
    Observation {
        indicator: indicator.into(),
        ..figure(year, "_T", Some("1"), ObsStatus::Normal)
    }
}

#[tokio::test]
async fn imports_page_filter_by_indicator_and_source_and_link_to_their_audit_entries() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let imports: [(&str, &[(&str, i32)]); 4] = [
            ("IT.NRW", &[("abgang", 2020)]),
            (
                "Stadt",
                &[
                    ("abgang-ohne-abschluss", 2020),
                    ("abgang-ohne-abschluss", 2021),
                ],
            ),
            ("IT.NRW", &[("abgang", 2021), ("abc", 2021)]),
            ("Stadt", &[("a_c", 2020)]),
        ];
        for (n, (source, periods)) in imports.iter().enumerate() {
            let figures: Vec<_> = periods
                .iter()
                .map(|(id, year)| total_of(id, *year))
                .collect();
            let import = NewImport {
                source: (*source).into(),
                ..import(&format!("{n}.csv"))
            };
            store
                .import_observations(&import, &figures, at(10 + n as i64), false)
                .await
                .unwrap();
        }
        // Seven more, so that import #1's audit link must not catch #10 and #11.
        for n in 4..11 {
            let import = NewImport {
                source: "Bulk".into(),
                ..import(&format!("{n}.csv"))
            };
            store
                .import_observations(
                    &import,
                    &[total_of("extra", 2000 + n)],
                    at(20 + i64::from(n)),
                    false,
                )
                .await
                .unwrap();
        }
        let page = |indicator: Option<&str>, source: Option<&str>, limit: i64, offset: i64| {
            let query = ImportQuery {
                indicator: indicator.map(str::to_owned),
                source: source.map(str::to_owned),
                limit,
                offset,
            };
            let store = store.clone();
            async move {
                let page = store.import_page("bielefeld", &query).await.unwrap();
                (
                    page.records.iter().map(|r| r.id).collect::<Vec<_>>(),
                    page.total,
                )
            }
        };
        // Newest first, a page at a time; past the end an empty page with the same total.
        assert_eq!(
            page(None, None, 4, 0).await,
            (vec![11, 10, 9, 8], 11),
            "{backend:?}"
        );
        assert_eq!(
            page(None, None, 4, 8).await,
            (vec![3, 2, 1], 11),
            "{backend:?}"
        );
        assert_eq!(page(None, None, 4, 12).await, (vec![], 11), "{backend:?}");
        // An indicator matches exactly: not as the prefix of another, `_` is no wildcard.
        assert_eq!(
            page(Some("abgang"), None, 20, 0).await,
            (vec![3, 1], 2),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("abgang-ohne-abschluss"), None, 20, 0).await,
            (vec![2], 1),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("a_c"), None, 20, 0).await,
            (vec![4], 1),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("abc"), None, 20, 0).await,
            (vec![3], 1),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("abgan%"), None, 20, 0).await,
            (vec![], 0),
            "{backend:?}"
        );
        // By source, and both together.
        assert_eq!(
            page(None, Some("IT.NRW"), 20, 0).await,
            (vec![3, 1], 2),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("abgang"), Some("Stadt"), 20, 0).await,
            (vec![], 0),
            "{backend:?}"
        );
        assert_eq!(
            page(Some("extra"), Some("Bulk"), 2, 2).await,
            (vec![9, 8], 7),
            "{backend:?}"
        );
        assert_eq!(
            store.import_sources("bielefeld").await.unwrap(),
            ["Bulk", "IT.NRW", "Stadt"],
            "{backend:?}"
        );
        assert_eq!(
            store.import_sources("elsewhere").await.unwrap(),
            Vec::<String>::new()
        );

        // The audit entries of one import: exactly its periods.
        let entries = |import_id: i64| {
            let store = store.clone();
            async move {
                let filter = AuditFilter {
                    import_id: Some(import_id),
                    ..Default::default()
                };
                let mut ids: Vec<String> = store
                    .audit_log(&filter)
                    .await
                    .unwrap()
                    .into_iter()
                    .map(|record| record.entry.entity_id)
                    .collect();
                ids.sort();
                ids
            }
        };
        assert_eq!(entries(1).await, ["abgang/2020"], "{backend:?}");
        assert_eq!(entries(3).await, ["abc/2021", "abgang/2021"], "{backend:?}");
        assert_eq!(entries(11).await, ["extra/2010"], "{backend:?}");
        assert_eq!(entries(99).await, Vec::<String>::new(), "{backend:?}");
        store.close().await;
    }
}
