//! `teilhabe indicators check|load DIR`: the indicator catalogue of a city.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::monitoring::indicator::{check_links, uncovered_fields};
use teilhabe_domain::monitoring::{IndicatorDef, parse_indicator};
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum IndicatorsCommand {
    /// Check a catalogue folder (one TOML file per indicator) against the city's stored concept.
    Check {
        /// e.g. data/indicators/bielefeld
        dir: PathBuf,
        /// The city (default: the folder's name).
        #[arg(long)]
        city: Option<String>,
    },
    /// Check a catalogue folder and store it as the city's current catalogue.
    Load {
        dir: PathBuf,
        #[arg(long)]
        city: Option<String>,
    },
}

pub fn run(global: &GlobalOptions, command: IndicatorsCommand) -> anyhow::Result<ExitCode> {
    let (dir, city, store_it) = match command {
        IndicatorsCommand::Check { dir, city } => (dir, city, false),
        IndicatorsCommand::Load { dir, city } => (dir, city, true),
    };
    let city = match city {
        Some(city) => city,
        None => dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .context("name the city with --city")?,
    };
    let sources = read_dir(&dir)?;
    let borrowed: Vec<(&str, &str)> = sources
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let indicators = match parse_catalogue(&dir.display().to_string(), &borrowed) {
        Ok(indicators) => indicators,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{}: {} problem(s) found", dir.display(), problems.len());
            return Ok(ExitCode::FAILURE);
        }
    };
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let concept = store.current_concept(&city).await?;
        let Some(concept) = concept else {
            anyhow::bail!(
                "no concept of `{city}` is stored; load it first: teilhabe concept load data/concept/{city}.toml"
            );
        };
        let problems = link_problems(&indicators, &concept.concept);
        if !problems.is_empty() {
            for problem in &problems {
                eprintln!("{}: {problem}", dir.display());
            }
            store.close().await;
            return Ok(ExitCode::FAILURE);
        }
        if store_it {
            let load = store
                .save_catalogue(&city, &indicators, "cli", super::clock().now())
                .await?;
            println!(
                "{}: {} indicators {} for {city}",
                dir.display(),
                load.count,
                if load.changed { "stored" } else { "unchanged" }
            );
        } else {
            println!(
                "{}: ok — {} indicators, every action field of {} covered",
                dir.display(),
                indicators.len(),
                concept.concept.city.name
            );
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

/// Problems with the concept: unknown fields and recommendations, duplicates, fields no
/// indicator covers.
pub fn link_problems(indicators: &[IndicatorDef], concept: &Concept) -> Vec<String> {
    let mut problems = check_links(indicators, concept);
    for field in uncovered_fields(indicators, concept) {
        problems.push(format!("no indicator informs the action field `{field}`"));
    }
    problems
}

/// Parses (file name, TOML) pairs in name order; problems name file, line and column.
pub fn parse_catalogue(
    dir: &str,
    sources: &[(&str, &str)],
) -> Result<Vec<IndicatorDef>, Vec<String>> {
    let mut indicators = Vec::new();
    let mut problems = Vec::new();
    for (name, text) in sources {
        match parse_indicator(text) {
            Ok(indicator) => {
                if format!("{}.toml", indicator.id) != *name {
                    problems.push(format!(
                        "{dir}/{name}: the file of indicator `{}` must be named {}.toml",
                        indicator.id, indicator.id
                    ));
                }
                indicators.push(indicator);
            }
            Err(found) => problems.extend(
                found
                    .into_iter()
                    .map(|problem| format!("{dir}/{name}:{problem}")),
            ),
        }
    }
    if problems.is_empty() {
        Ok(indicators)
    } else {
        Err(problems)
    }
}

fn read_dir(dir: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let mut sources = Vec::new();
    for entry in std::fs::read_dir(dir)
        .with_context(|| format!("cannot read the catalogue folder {}", dir.display()))?
    {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read {} (UTF-8 expected)", path.display()))?;
            sources.push((name, text));
        }
    }
    sources.sort();
    if sources.is_empty() {
        anyhow::bail!("{} holds no indicator files (*.toml)", dir.display());
    }
    Ok(sources)
}
