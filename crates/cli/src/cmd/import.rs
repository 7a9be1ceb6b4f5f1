//! `teilhabe import table FILE` and `teilhabe import cubes DIR`: figures into the store, all or
//! nothing, audited. Who imported is recorded as `cli:<login>` (accounts and roles come with the
//! measures issue; until then the command line is the only way to import).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_import::{Mapping, content_hash, read_file};
use teilhabe_store::{DatabaseUrl, ImportReport, NewImport, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Import an official or institutional table (GENESIS flat-file CSV, long CSV, a classic
    /// Windows-1252 export, XLSX) as its mapping file describes.
    Table {
        /// The data file.
        file: PathBuf,
        /// The mapping file [default: FILE's name with `.mapping.toml` instead of its extension].
        #[arg(long)]
        mapping: Option<PathBuf>,
        /// The city [default: the mapping's `city`, else the only city with a concept].
        #[arg(long)]
        city: Option<String>,
        /// Show what would change and store nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Import the statistics engine's output folder (`teilhabe compute … --out cubes/`).
    Cubes {
        dir: PathBuf,
        #[arg(long)]
        city: Option<String>,
        #[arg(long)]
        dry_run: bool,
    },
}

pub fn run(global: &GlobalOptions, command: ImportCommand) -> anyhow::Result<ExitCode> {
    match command {
        ImportCommand::Table {
            file,
            mapping,
            city,
            dry_run,
        } => table(global, &file, mapping, city, dry_run),
        ImportCommand::Cubes { dir, .. } => anyhow::bail!(
            "{}: importing the statistics engine's cubes is not available in this build yet; its output format (docs/formats/cubes.md) is not settled",
            dir.display()
        ),
    }
}

/// The default mapping of `data.csv` is `data.mapping.toml` beside it.
pub fn default_mapping(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!("{stem}.mapping.toml"))
}

fn table(
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
    let actor = format!(
        "cli:{}",
        std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".into())
    );
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

/// Why an import did not happen: problems in the files (listed), or something else.
pub enum ImportFailure {
    Problems(Vec<String>),
    Other(anyhow::Error),
}

impl From<teilhabe_store::StoreError> for ImportFailure {
    fn from(error: teilhabe_store::StoreError) -> Self {
        match error {
            teilhabe_store::StoreError::Invalid(message) => ImportFailure::Problems(vec![message]),
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
    let city = match city.map(ToOwned::to_owned).or(mapping.city.clone()) {
        Some(city) => city,
        None => {
            let cities = store.cities().await?;
            match cities.as_slice() {
                [only] => only.clone(),
                [] => {
                    return Err(ImportFailure::Other(anyhow::anyhow!(
                        "no concept is stored; load one first (teilhabe concept load …)"
                    )));
                }
                _ => {
                    return Err(ImportFailure::Other(anyhow::anyhow!(
                        "several cities are stored ({}); name one with --city or `city` in the mapping",
                        cities.join(", ")
                    )));
                }
            }
        }
    };
    let Some(catalogue) = store.current_catalogue(&city).await? else {
        return Err(ImportFailure::Other(anyhow::anyhow!(
            "no indicator catalogue of `{city}` is stored; load it first: teilhabe indicators load data/indicators/{city}"
        )));
    };
    let imported =
        read_file(file_name, bytes, &mapping, &catalogue.indicators).map_err(|problems| {
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
