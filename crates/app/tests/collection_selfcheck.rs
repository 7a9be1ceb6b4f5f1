//! The self-check's comparison (issue 16) on SQLite and PostgreSQL: an institution's scores
//! beside the quartiles of the approved self-checks of other institutions of its kind, shown
//! only from three of them on; its own earlier years; who may see the comparison.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use support::account;
use teilhabe_app::collection::{self, Entry};
use teilhabe_app::{Actor, AppError, Clock, institutions};
use teilhabe_domain::access::Role;
use teilhabe_domain::collection::Catalog;
use teilhabe_domain::collection::comparison::{Distribution, Position};
use teilhabe_domain::institution::Registry;
use teilhabe_store::collection::{FormKey, FormState};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase, workspace_root};

const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"treff-a\"\nname = \"Treff A\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-b\"\nname = \"Treff B\"\nkind = \"youth-club\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"treff-c\"\nname = \"Treff C\"\nkind = \"youth-club\"\ndistrict = \"02\"\n\
    [[institutions]]\ncode = \"treff-d\"\nname = \"Treff D\"\nkind = \"youth-club\"\ndistrict = \"02\"\n\
    [[institutions]]\ncode = \"vhs-1\"\nname = \"VHS 1\"\nkind = \"adult-education\"\n\
    [[institutions]]\ncode = \"vhs-2\"\nname = \"VHS 2\"\nkind = \"adult-education\"\n\
    [[institutions]]\ncode = \"vhs-3\"\nname = \"VHS 3\"\nkind = \"adult-education\"\n";

const SET: &str = "ik-selbstcheck";

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

/// The three "personal" items scored `points`.
fn personal(points: [u32; 3]) -> Vec<Entry> {
    [
        "personal-fortbildung",
        "personal-vielfalt",
        "personal-sprachen",
    ]
    .iter()
    .zip(points)
    .map(|(element, value)| Entry {
        element: (*element).into(),
        combo: "default".into(),
        value: value.to_string(),
        comment: String::new(),
    })
    .collect()
}

/// Stores `entries` as the form of `institution` for `period` and moves it to `state`.
async fn report(
    store: &Store,
    institution: &str,
    period: &str,
    entries: &[Entry],
    state: FormState,
) {
    let files = shipped();
    let catalog = Catalog::parse(&files).unwrap();
    let set = catalog.data_set(SET).unwrap();
    let changes = collection::check_entries(&catalog, set, entries).unwrap();
    let key = FormKey {
        data_set: SET.into(),
        period: period.into(),
        institution: institution.into(),
    };
    let now = "2026-01-10T10:00:00Z".parse().unwrap();
    store
        .save_collection_batch(&[(key.clone(), changes)], "test", now)
        .await
        .unwrap();
    if state != FormState::Draft {
        store
            .set_collection_state(
                &key,
                &[FormState::Draft],
                FormState::Complete,
                None,
                "test",
                now,
            )
            .await
            .unwrap();
    }
    if state == FormState::Approved {
        store
            .set_collection_state(
                &key,
                &[FormState::Complete],
                FormState::Approved,
                None,
                "test",
                now,
            )
            .await
            .unwrap();
    }
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 0.01)
}

#[tokio::test]
async fn an_institution_compares_itself_with_three_or_more_of_its_kind_and_its_own_past() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
            .await
            .unwrap();
        let clock = Clock::fixed("2026-02-01T10:00:00Z".parse().unwrap());
        let now = clock.now();
        let operator = Actor::Operator("cli:test".into());
        institutions::load(
            &store,
            &operator,
            &Registry::parse(REGISTRY, &["01", "02"]).unwrap(),
            now,
        )
        .await
        .unwrap();
        collection::load_definitions(&store, &operator, &shipped(), now)
            .await
            .unwrap();
        let reporter = account(&store, now, "treff-a", Role::Reporter).await;
        let other_reporter = account(&store, now, "treff-b", Role::Reporter).await;
        for (login, code) in [("treff-a", "treff-a"), ("treff-b", "treff-b")] {
            institutions::set_membership(&store, &operator, login, Some(code), now)
                .await
                .unwrap();
        }
        let statistician = account(&store, now, "statistik", Role::Statistician).await;
        let viewer = account(&store, now, "viewer", Role::Viewer).await;

        // Treff A: 9 of 9 in "personal" this year (a draft), 3 of 9 in 2024.
        report(
            &store,
            "treff-a",
            "2025",
            &personal([3, 3, 3]),
            FormState::Draft,
        )
        .await;
        report(
            &store,
            "treff-a",
            "2024",
            &personal([1, 1, 1]),
            FormState::Approved,
        )
        .await;
        // The others of its kind: B 0 %, C 33.3 % approved; D 100 % only complete.
        report(
            &store,
            "treff-b",
            "2025",
            &personal([0, 0, 0]),
            FormState::Approved,
        )
        .await;
        report(
            &store,
            "treff-c",
            "2025",
            &personal([3, 0, 0]),
            FormState::Approved,
        )
        .await;
        report(
            &store,
            "treff-d",
            "2025",
            &personal([3, 3, 3]),
            FormState::Complete,
        )
        .await;
        // Adult education centres are of another kind: never counted.
        for vhs in ["vhs-1", "vhs-2", "vhs-3"] {
            report(
                &store,
                vhs,
                "2025",
                &personal([2, 2, 2]),
                FormState::Approved,
            )
            .await;
        }

        // Two approved others: nothing is shown, in no area.
        let compared = collection::self_check_comparison(&store, &reporter, SET, "2025", None, now)
            .await
            .unwrap();
        assert_eq!(compared.areas.len(), 5, "four areas and overall");
        for row in &compared.areas {
            assert_eq!(row.others, Distribution::TooFew, "{backend:?} {}", row.area);
        }
        assert!(close(compared.areas[0].own, 100.0));

        // Treff D approved: three others, 0 %, 33.3 %, 100 % in "personal".
        store
            .set_collection_state(
                &FormKey {
                    data_set: SET.into(),
                    period: "2025".into(),
                    institution: "treff-d".into(),
                },
                &[FormState::Complete],
                FormState::Approved,
                None,
                "test",
                now,
            )
            .await
            .unwrap();
        let compared = collection::self_check_comparison(&store, &reporter, SET, "2025", None, now)
            .await
            .unwrap();
        let personal_row = &compared.areas[0];
        assert_eq!(personal_row.area, "personal");
        let Distribution::Shown {
            institutions,
            quartiles,
        } = &personal_row.others
        else {
            panic!("{backend:?}: {personal_row:?}");
        };
        assert_eq!(*institutions, 3);
        assert!(close(Some(quartiles.lower), 16.67), "{quartiles:?}");
        assert!(close(Some(quartiles.median), 33.33), "{quartiles:?}");
        assert!(close(Some(quartiles.upper), 66.67), "{quartiles:?}");
        assert_eq!(personal_row.position, Some(Position::Above));
        // Nobody answered "konzepte": too few there.
        assert_eq!(compared.areas[1].others, Distribution::TooFew);
        // Overall: 0 %, 8.3 %, 25 % of 36 points; Treff A's 25 % is above the upper quartile.
        let overall = compared.areas.last().unwrap();
        assert_eq!(overall.area, "");
        let Distribution::Shown { quartiles, .. } = &overall.others else {
            panic!("{overall:?}");
        };
        assert!(close(Some(quartiles.median), 8.33), "{quartiles:?}");
        assert!(close(Some(quartiles.upper), 16.67), "{quartiles:?}");
        assert_eq!(overall.position, Some(Position::Above));

        // The statistics office sees the same for Treff A; Treff B's reporter sees its own.
        let office = collection::self_check_comparison(
            &store,
            &statistician,
            SET,
            "2025",
            Some("treff-a"),
            now,
        )
        .await
        .unwrap();
        assert_eq!(office, compared);
        let own_b =
            collection::self_check_comparison(&store, &other_reporter, SET, "2025", None, now)
                .await
                .unwrap();
        assert!(close(own_b.areas[0].own, 0.0));
        // Treff B's three others are A (its draft does not count), C and D: too few.
        assert_eq!(own_b.areas[0].others, Distribution::TooFew);

        // Refused: another institution's comparison, a viewer, the office without an
        // institution, a data set without areas.
        let refused = [
            collection::self_check_comparison(&store, &reporter, SET, "2025", Some("treff-b"), now)
                .await,
            collection::self_check_comparison(&store, &statistician, SET, "2025", None, now).await,
            collection::self_check_comparison(
                &store,
                &reporter,
                "offene-jugendarbeit",
                "2025Q4",
                None,
                now,
            )
            .await,
        ];
        for result in refused {
            assert!(matches!(result, Err(AppError::NotFound)), "{result:?}");
        }
        let viewer_result =
            collection::self_check_comparison(&store, &viewer, SET, "2025", Some("treff-a"), now)
                .await;
        assert!(
            matches!(viewer_result, Err(AppError::Forbidden(_))),
            "{viewer_result:?}"
        );

        // Its own past: 2024's scores beside 2025's.
        let form = collection::form(&store, &reporter, SET, "2025", None, now)
            .await
            .unwrap();
        let scores = collection::self_check_scores(&store, &form).await.unwrap();
        assert_eq!(scores.history.len(), 1);
        assert_eq!(scores.history[0].0.to_string(), "2024");
        assert!(close(scores.history[0].1[0].percent(), 33.33));
        assert!(close(scores.current[0].percent(), 100.0));
    }
}
