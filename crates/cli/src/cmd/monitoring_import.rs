//! `teilhabe import table FILE` and `teilhabe import cubes DIR` (variants of `import`, see
//! import.rs): monitoring figures into the store, all or nothing, audited. Who imported is
//! recorded as `cli:<login>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_app::monitoring::importing::{
    CubesUpload, ImportFailure, ImportOutcome, ImportRun, Parsing, TableUpload, import_cubes,
    import_table,
};
use teilhabe_app::monitoring::proposing::{ProposalUpload, propose_mapping};
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

/// The default mapping of `data.csv` is `data.mapping.toml` beside it.
pub fn default_mapping(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!("{stem}.mapping.toml"))
}

pub fn table(
    global: &GlobalOptions,
    file: &Path,
    mapping_path: Option<PathBuf>,
    city: Option<String>,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let mapping_path = mapping_path.unwrap_or_else(|| default_mapping(file));
    let mapping_text = std::fs::read_to_string(&mapping_path).with_context(|| {
        format!(
            "cannot read the mapping file {} (name it with --mapping)",
            mapping_path.display()
        )
    })?;
    let config = Config::load(global, &ServeOptions::default())?;
    let bytes = crate::config::read_limited(file, &config.limits)?;
    let parsing = Parsing::new(config.limits, 1);
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let actor = teilhabe_app::Actor::Operator(super::cli_actor());
    let file_name = file.display().to_string();
    let mapping_name = mapping_path.display().to_string();
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let upload = TableUpload {
            file_name: &file_name,
            bytes: bytes.into(),
            mapping_name: &mapping_name,
            mapping_text: &mapping_text,
        };
        let run = ImportRun {
            city: city.as_deref(),
            actor: &actor,
            dry_run,
            parsing: &parsing,
            now: super::clock().now(),
        };
        let result = import_table(&store, &upload, &run).await;
        store.close().await;
        match result {
            Ok(outcome) => {
                print_report(&file_name, &outcome, dry_run);
                Ok(ExitCode::SUCCESS)
            }
            Err(failure) => refused(&file_name, failure),
        }
    })
}

/// `teilhabe import table FILE --propose-mapping [--out FILE.mapping.toml]`: the proposed
/// mapping as TOML on stdout (or in `out`), what is unsure on stderr; nothing is stored.
pub fn propose(
    global: &GlobalOptions,
    file: &Path,
    city: Option<String>,
    out: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let config = Config::load(global, &ServeOptions::default())?;
    let bytes = crate::config::read_limited(file, &config.limits)?;
    let parsing = Parsing::new(config.limits, 1);
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let actor = teilhabe_app::Actor::Operator(super::cli_actor());
    let file_name = file.display().to_string();
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let upload = ProposalUpload {
            file_name: &file_name,
            bytes: bytes.into(),
        };
        let result = propose_mapping(&store, &upload, city.as_deref(), &actor, &parsing).await;
        store.close().await;
        let proposed = match result {
            Ok(proposed) => proposed,
            Err(failure) => return refused_proposal(&file_name, failure),
        };
        let proposal = &proposed.proposal;
        let toml = proposal.to_toml();
        match out {
            Some(path) => std::fs::write(path, &toml)
                .with_context(|| format!("cannot write {}", path.display()))?,
            None => print!("{toml}"),
        }
        let indicators: Vec<String> = proposal
            .indicators
            .iter()
            .map(|choice| choice.indicator.clone().unwrap_or_else(|| "none".into()))
            .collect();
        let unsure = proposal.unsure();
        eprintln!(
            "{file_name}: proposed a mapping ({} file, {}, {} rows) for {} of {}{}",
            proposal.reading.format.as_str(),
            proposal.reading.encoding,
            proposal.rows,
            indicators.join(", "),
            proposed.city,
            match out {
                Some(path) => format!("; written to {}", path.display()),
                None => String::new(),
            }
        );
        if unsure.is_empty() {
            eprintln!("  every choice is sure or likely; check it before importing");
        } else {
            eprintln!("  unsure, please check:");
            for note in &unsure {
                eprintln!("  - {note}");
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn refused_proposal(name: &str, failure: ImportFailure) -> anyhow::Result<ExitCode> {
    match failure {
        ImportFailure::Problems(problems) | ImportFailure::Mapping(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!("{name}: no mapping can be proposed");
            Ok(ExitCode::FAILURE)
        }
        other => Err(other.into()),
    }
}

pub fn cubes(
    global: &GlobalOptions,
    dir: &Path,
    city: Option<String>,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let indicators_path = dir.join("indicators.csv");
    let config = Config::load(global, &ServeOptions::default())?;
    if !indicators_path.is_file() {
        anyhow::bail!(
            "cannot read {}; is {} the output folder of `teilhabe compute`?",
            indicators_path.display(),
            dir.display()
        );
    }
    let indicators = crate::config::read_limited(&indicators_path, &config.limits)?;
    let metadata_path = dir.join("metadata.json");
    let metadata = match metadata_path.is_file() {
        true => Some(crate::config::read_limited(&metadata_path, &config.limits)?),
        false => None,
    };
    let parsing = Parsing::new(config.limits, 1);
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let actor = teilhabe_app::Actor::Operator(super::cli_actor());
    let name = dir.display().to_string();
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let upload = CubesUpload {
            name: &name,
            indicators: indicators.into(),
            metadata: metadata.map(Into::into),
        };
        let run = ImportRun {
            city: city.as_deref(),
            actor: &actor,
            dry_run,
            parsing: &parsing,
            now: super::clock().now(),
        };
        let result = import_cubes(&store, &upload, &run).await;
        store.close().await;
        match result {
            Ok(cubes) => {
                print_report(&name, &cubes.outcome, dry_run);
                if !cubes.skipped_indicators.is_empty() {
                    println!(
                        "  not in the catalogue (skipped): {}",
                        cubes.skipped_indicators.join(", ")
                    );
                }
                if cubes.skipped_rows > 0 {
                    println!(
                        "  {} rows at levels or breakdowns the catalogue does not show (quarters, countries of reference, …) were skipped",
                        cubes.skipped_rows
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(failure) => refused(&name, failure),
        }
    })
}

/// Problems in the files are listed and end the command with a failure; anything else is an
/// error of the command itself.
fn refused(name: &str, failure: ImportFailure) -> anyhow::Result<ExitCode> {
    match failure {
        ImportFailure::Problems(problems) | ImportFailure::Mapping(problems) => {
            for problem in &problems {
                eprintln!("{problem}");
            }
            eprintln!(
                "{name}: {} problem(s); nothing was imported",
                problems.len()
            );
            Ok(ExitCode::FAILURE)
        }
        other => Err(other.into()),
    }
}

fn print_report(file: &str, outcome: &ImportOutcome, dry_run: bool) {
    let report = &outcome.report;
    let verb = if dry_run { "would import" } else { "imported" };
    println!(
        "{file}: {verb} {} figures ({} file, {}{}) for {}",
        report.observation_count,
        outcome.format,
        outcome.encoding,
        if outcome.is_demo { ", DEMO data" } else { "" },
        outcome.city
    );
    for dropped in &outcome.dropped {
        println!("  {dropped}");
    }
    for period in &report.periods {
        if period.old_count == 0 {
            println!(
                "  {} {}: {} new figures",
                period.indicator, period.year, period.new_count
            );
        } else {
            println!(
                "  {} {}: replaces {} stored figures with {} ({} changed)",
                period.indicator, period.year, period.old_count, period.new_count, period.changed
            );
        }
    }
    match report.import_id {
        Some(id) => println!("  stored as import #{id}; the audit log records each period"),
        None => println!("  dry run: nothing was stored"),
    }
}
