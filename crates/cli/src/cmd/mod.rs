//! One module per subcommand, and what they share: opening the store, finding the city.

pub mod audit;
pub mod backup;
pub mod city;
// Issue 16: data from institutions.
pub mod collection;
pub mod compute;
pub mod concept;
// Issue 17: reports of discrimination.
pub mod discrimination;
// Issue 14: the content part of `i18n check`.
pub mod config;
pub mod content_check;
pub mod demo_collection;
pub mod demo_discrimination;
pub mod demo_institutions;
pub mod demo_mediation;
pub mod demo_monitoring;
pub mod demo_random;
// Issue 18: the offers directory.
pub mod demo_offers;
pub mod demo_translations;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod import;
pub mod indicators;
// Issues 15–18: the institution registry.
pub mod institutions;
// E-mail: deliver the outbox, count it.
pub mod mail;
pub mod measures;
// Issue 15: language mediation.
pub mod mediation;
pub mod monitoring_export;
pub mod monitoring_import;
// Issue 18: the offers directory.
pub mod offers;
pub mod report;
pub mod serve;
pub mod site;
// Issue 14: content translations (XLIFF) and translator grants.
pub mod translations;
pub mod user;

use std::future::Future;
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

/// Runs `work` with the configured database, then closes it.
pub fn with_store<F, Fut>(global: &GlobalOptions, work: F) -> anyhow::Result<ExitCode>
where
    F: FnOnce(Store) -> Fut,
    Fut: Future<Output = anyhow::Result<ExitCode>>,
{
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let result = work(store.clone()).await;
        store.close().await;
        result
    })
}

/// The named city, or the only (or first) one with a concept.
pub async fn resolve_city(store: &Store, city: Option<String>) -> anyhow::Result<String> {
    match city {
        Some(city) => Ok(city),
        None => store
            .cities()
            .await?
            .into_iter()
            .next()
            .context("no concept is loaded yet; run `teilhabe concept load FILE` first"),
    }
}

/// The clock of the command line (the system's); use cases take their time from it.
pub fn clock() -> teilhabe_app::Clock {
    teilhabe_app::Clock::system()
}

/// Who changes data from the command line, for the audit log.
pub fn cli_actor() -> String {
    match std::env::var("USER").or_else(|_| std::env::var("USERNAME")) {
        Ok(user) if !user.is_empty() => format!("cli:{user}"),
        _ => "cli".to_owned(),
    }
}
