//! `teilhabe import table FILE` and `teilhabe import cubes DIR` (variants of `import`, see
//! import.rs): monitoring figures into the store, all or nothing, audited. Who imported is
//! recorded as `cli:<login>`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_import::{Mapping, content_hash, read_file};
use teilhabe_store::{DatabaseUrl, ImportReport, NewImport, Store};

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
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let actor = actor();
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let result = import_file(
            &store,
            city.as_deref(),
            &file.display().to_string(),
            &bytes,
            &mapping_path.display().to_string(),
            &mapping_text,
            &actor,
            dry_run,
        )
        .await;
        store.close().await;
        match result {
            Ok(outcome) => {
                print_report(&file.display().to_string(), &outcome, dry_run);
                Ok(ExitCode::SUCCESS)
            }
            Err(ImportFailure::Problems(problems)) => {
                for problem in &problems {
                    eprintln!("{problem}");
                }
                eprintln!(
                    "{}: {} problem(s); nothing was imported",
                    file.display(),
                    problems.len()
                );
                Ok(ExitCode::FAILURE)
            }
            Err(ImportFailure::Other(error)) => Err(error),
        }
    })
}

pub fn cubes(
    global: &GlobalOptions,
    dir: &Path,
    city: Option<String>,
    dry_run: bool,
) -> anyhow::Result<ExitCode> {
    let indicators_path = dir.join("indicators.csv");
    let indicators = std::fs::read(&indicators_path).with_context(|| {
        format!(
            "cannot read {}; is {} the output folder of `teilhabe compute`?",
            indicators_path.display(),
            dir.display()
        )
    })?;
    let metadata = std::fs::read(dir.join("metadata.json")).ok();
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let actor = actor();
    let name = dir.display().to_string();
    runtime.block_on(async {
        let store = Store::open(&url).await?;
        let result = import_cubes(
            &store,
            city.as_deref(),
            &name,
            &indicators,
            metadata.as_deref(),
            &actor,
            dry_run,
        )
        .await;
        store.close().await;
        match result {
            Ok((outcome, skipped_indicators, skipped_rows)) => {
                print_report(&name, &outcome, dry_run);
                if !skipped_indicators.is_empty() {
                    println!(
                        "  not in the catalogue (skipped): {}",
                        skipped_indicators.join(", ")
                    );
                }
                if skipped_rows > 0 {
                    println!(
                        "  {skipped_rows} rows at levels or breakdowns the catalogue does not show (quarters, countries of reference, …) were skipped"
                    );
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(ImportFailure::Problems(problems)) => {
                for problem in &problems {
                    eprintln!("{problem}");
                }
                eprintln!("{name}: {} problem(s); nothing was imported", problems.len());
                Ok(ExitCode::FAILURE)
            }
            Err(ImportFailure::Other(error)) => Err(error),
        }
    })
}

/// Reads a cube folder's files and stores its figures (all or nothing).
async fn import_cubes(
    store: &Store,
    city: Option<&str>,
    name: &str,
    indicators: &[u8],
    metadata: Option<&[u8]>,
    actor: &str,
    dry_run: bool,
) -> Result<(ImportOutcome, Vec<String>, usize), ImportFailure> {
    let city = resolve_city(store, city, None).await?;
    let catalogue = catalogue_of(store, &city).await?;
    let read = teilhabe_import::cubes::read_cubes(name, indicators, metadata, &catalogue).map_err(
        |problems| ImportFailure::Problems(problems.0.iter().map(ToString::to_string).collect()),
    )?;
    if read.file.observations.is_empty() {
        return Err(ImportFailure::Problems(vec![format!(
            "{name}: no indicator of the engine is linked to the catalogue (set `engine = \"<id>\"` in an indicator file); the folder has {}",
            read.skipped_indicators.join(", ")
        )]));
    }
    let report = store
        .import_observations(
            &NewImport {
                city: city.clone(),
                file_name: format!("{name}/indicators.csv"),
                format: "cubes".into(),
                source: read.file.source.clone(),
                content_hash: content_hash(&[indicators, metadata.unwrap_or_default()]),
                imported_by: actor.to_owned(),
                is_demo: false,
            },
            &read.file.observations,
            jiff::Timestamp::now(),
            dry_run,
        )
        .await?;
    Ok((
        ImportOutcome {
            city,
            report,
            encoding: "utf-8",
            format: "cubes",
            is_demo: false,
        },
        read.skipped_indicators,
        read.skipped_rows,
    ))
}

fn actor() -> String {
    super::cli_actor()
}

/// The city to import into: named, else the mapping's, else the only one stored.
async fn resolve_city(
    store: &Store,
    named: Option<&str>,
    from_mapping: Option<&str>,
) -> Result<String, ImportFailure> {
    if let Some(city) = named.or(from_mapping) {
        return Ok(city.to_owned());
    }
    let cities = store.cities().await?;
    match cities.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(ImportFailure::Other(anyhow::anyhow!(
            "no concept is stored; load one first (teilhabe concept load …)"
        ))),
        _ => Err(ImportFailure::Other(anyhow::anyhow!(
            "several cities are stored ({}); name one with --city or `city` in the mapping",
            cities.join(", ")
        ))),
    }
}

async fn catalogue_of(
    store: &Store,
    city: &str,
) -> Result<Vec<teilhabe_domain::monitoring::IndicatorDef>, ImportFailure> {
    match store.current_catalogue(city).await? {
        Some(catalogue) => Ok(catalogue.indicators),
        None => Err(ImportFailure::Other(anyhow::anyhow!(
            "no indicator catalogue of `{city}` is stored; load it first: teilhabe indicators load data/indicators/{city}"
        ))),
    }
}

/// Why an import did not happen: problems in the files (listed), or something else.
pub enum ImportFailure {
    Problems(Vec<String>),
    Other(anyhow::Error),
}

impl From<teilhabe_store::StoreError> for ImportFailure {
    fn from(error: teilhabe_store::StoreError) -> Self {
        match error {
            teilhabe_store::StoreError::InvalidFigures(message) => {
                ImportFailure::Problems(vec![message])
            }
            other => ImportFailure::Other(other.into()),
        }
    }
}

pub struct ImportOutcome {
    pub city: String,
    pub report: ImportReport,
    pub encoding: &'static str,
    pub format: &'static str,
    pub is_demo: bool,
}

/// Reads, checks and stores one file (all or nothing). Shared by `import table` and the demo.
#[allow(clippy::too_many_arguments)]
pub async fn import_file(
    store: &Store,
    city: Option<&str>,
    file_name: &str,
    bytes: &[u8],
    mapping_name: &str,
    mapping_text: &str,
    actor: &str,
    dry_run: bool,
) -> Result<ImportOutcome, ImportFailure> {
    let mapping = Mapping::parse(mapping_text)
        .map_err(|message| ImportFailure::Problems(vec![format!("{mapping_name}:{message}")]))?;
    let city = resolve_city(store, city, mapping.city.as_deref()).await?;
    let catalogue = catalogue_of(store, &city).await?;
    let imported = read_file(file_name, bytes, &mapping, &catalogue).map_err(|problems| {
        ImportFailure::Problems(problems.0.iter().map(ToString::to_string).collect())
    })?;
    let name = Path::new(file_name)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| file_name.to_owned());
    let report = store
        .import_observations(
            &NewImport {
                city: city.clone(),
                file_name: name,
                format: imported.format.as_str().to_owned(),
                source: imported.source.clone(),
                content_hash: content_hash(&[bytes, mapping_text.as_bytes()]),
                imported_by: actor.to_owned(),
                is_demo: imported.is_demo,
            },
            &imported.observations,
            jiff::Timestamp::now(),
            dry_run,
        )
        .await?;
    Ok(ImportOutcome {
        city,
        report,
        encoding: imported.encoding,
        format: imported.format.as_str(),
        is_demo: imported.is_demo,
    })
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
