//! Store tests, each run on SQLite and on PostgreSQL (one test binary for all).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod collection;
mod concept;
mod content_translations;
mod content_version;
// Issue 17: reports of discrimination.
mod discrimination;
mod drift;
mod import_mappings;
mod institutions;
mod measures;
mod mediation;
mod monitoring;
// Issue 18: the offers directory.
mod offers;
mod report_editions;
mod search_caps;

use jiff::Timestamp;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::concept::{Concept, parse_concept};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{TestDatabase, workspace_root};

pub fn shipped_concept(name: &str) -> Concept {
    let path = workspace_root().join("data/concept").join(name);
    let source = std::fs::read_to_string(&path).unwrap();
    parse_concept(&source).unwrap_or_else(|problems| panic!("{}: {problems:?}", path.display()))
}

pub fn bielefeld_settings() -> CitySettings {
    CitySettings::parse(
        &std::fs::read_to_string(workspace_root().join("data/city/bielefeld.toml")).unwrap(),
    )
    .unwrap()
}

pub async fn open(database: &TestDatabase) -> Store {
    Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap()
}

/// A store with Bielefeld's concept and settings.
pub async fn bielefeld(database: &TestDatabase) -> Store {
    let store = open(database).await;
    store
        .save_concept(&shipped_concept("bielefeld.toml"), "test", at(1))
        .await
        .unwrap();
    store
        .save_city_settings(&bielefeld_settings(), at(1))
        .await
        .unwrap();
    store
}

pub fn at(seconds: i64) -> Timestamp {
    Timestamp::from_second(seconds).unwrap()
}
