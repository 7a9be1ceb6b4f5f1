//! The demo city's monitoring, built into the binary: Bielefeld's indicator catalogue and demo
//! figures in the import formats (every one marked as demo). `serve --demo` loads them through
//! the same import path as `teilhabe import table`; files imported before are skipped.

use anyhow::Context;
use teilhabe_app::{Actor, Clock};
use teilhabe_import::content_hash;
use teilhabe_store::Store;

use super::indicators::{link_problems, parse_catalogue};
use teilhabe_app::monitoring::importing::{
    ImportFailure, ImportRun, Parsing, TableUpload, import_table,
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/demo_data.rs"));
}

/// The shipped content translations (issue 14), embedded by the same build script.
pub use embedded::TRANSLATIONS;

pub async fn load(store: &Store, city: &str, clock: &Clock) -> anyhow::Result<()> {
    let indicators =
        parse_catalogue("data/indicators/bielefeld", embedded::CATALOGUE).map_err(|problems| {
            anyhow::anyhow!("the built-in catalogue is invalid: {}", problems.join("; "))
        })?;
    let concept = store
        .current_concept(city)
        .await?
        .context("the demo concept must be loaded before the demo catalogue")?;
    let problems = link_problems(&indicators, &concept.concept);
    if !problems.is_empty() {
        anyhow::bail!(
            "the built-in catalogue does not fit the concept: {}",
            problems.join("; ")
        );
    }
    let load = store
        .save_catalogue(city, &indicators, "demo", clock.now())
        .await?;
    if load.changed {
        tracing::info!(indicators = load.count, "demo indicator catalogue loaded");
    }
    let mut imported = 0;
    let parsing = Parsing::default();
    let actor = Actor::Operator("demo".to_owned());
    for (file, bytes, mapping) in embedded::DEMO_IMPORTS {
        if store
            .has_import(city, &content_hash(&[bytes, mapping.as_bytes()]))
            .await?
        {
            continue;
        }
        let name = format!("data/demo/monitoring/{file}");
        let mapping_name = super::monitoring_import::default_mapping(std::path::Path::new(&name))
            .display()
            .to_string();
        let upload = TableUpload {
            file_name: &name,
            bytes: bytes::Bytes::from_static(bytes),
            mapping_name: &mapping_name,
            mapping_text: mapping,
        };
        let run = ImportRun {
            city: Some(city),
            actor: &actor,
            dry_run: false,
            parsing: &parsing,
            now: clock.now(),
        };
        match import_table(store, &upload, &run).await {
            Ok(outcome) => imported += outcome.report.observation_count,
            Err(ImportFailure::Problems(problems) | ImportFailure::Mapping(problems)) => {
                anyhow::bail!(
                    "the built-in demo file {name} is invalid: {}",
                    problems.join("; ")
                )
            }
            Err(other) => return Err(other.into()),
        }
    }
    if imported > 0 {
        tracing::info!(figures = imported, "demo monitoring figures loaded");
    }
    Ok(())
}
