use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_domain::concept::{Concept, parse_concept};
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum ConceptCommand {
    /// Validate a concept file and report every problem with line and column.
    Check {
        /// A concept file, e.g. data/concept/bielefeld.toml.
        file: PathBuf,
    },
    /// Check a concept file and store it as the city's current version (a new version only if
    /// the content changed).
    Load { file: PathBuf },
    /// Write a stored version of the concept as the concept file `concept load` reads (loading
    /// it back changes nothing).
    Export {
        /// The version [default: the current one].
        #[arg(long)]
        version: Option<i64>,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The city [default: the only city with a concept].
        #[arg(long)]
        city: Option<String>,
    },
}

pub fn run(global: &GlobalOptions, command: ConceptCommand) -> anyhow::Result<ExitCode> {
    match command {
        ConceptCommand::Check { file } => check(&file),
        ConceptCommand::Load { file } => load(global, &file),
        ConceptCommand::Export { version, out, city } => {
            super::with_store(global, |store| async move {
                let city = super::resolve_city(&store, city).await?;
                let actor = teilhabe_app::Actor::Operator(super::cli_actor());
                let (number, file) =
                    teilhabe_app::concept::export_file(&store, &actor, &city, version)
                        .await
                        .map_err(|error| match error {
                            teilhabe_app::AppError::NotFound => anyhow::anyhow!(
                                "{city}'s concept has no version {}",
                                version.unwrap_or_default()
                            ),
                            other => anyhow::Error::new(other),
                        })?;
                match out {
                    Some(path) => {
                        std::fs::write(&path, file)
                            .with_context(|| format!("cannot write {}", path.display()))?;
                        eprintln!("{}: version {number} of {city}'s concept", path.display());
                    }
                    None => print!("{file}"),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

fn load(global: &GlobalOptions, file: &Path) -> anyhow::Result<ExitCode> {
    let concept = match read_concept(file) {
        Ok(concept) => concept,
        Err(ConceptFileError::Invalid(problems)) => return report(file, &problems),
        Err(ConceptFileError::Unreadable(error)) => return Err(error),
    };
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let result = runtime.block_on(async {
        let store = Store::open(&url).await?;
        let load = store
            .save_concept(&concept, "cli", super::clock().now())
            .await;
        store.close().await;
        load
    })?;
    if result.changed {
        println!(
            "{}: stored as version {} of {}'s concept in {}",
            file.display(),
            result.version,
            concept.city.name,
            url.redacted()
        );
    } else {
        println!(
            "{}: unchanged, {}'s concept stays at version {}",
            file.display(),
            concept.city.name,
            result.version
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn report(file: &Path, problems: &[teilhabe_domain::concept::Problem]) -> anyhow::Result<ExitCode> {
    for problem in problems {
        eprintln!("{}:{problem}", file.display());
    }
    eprintln!("{}: {} problem(s) found", file.display(), problems.len());
    Ok(ExitCode::FAILURE)
}

fn check(file: &Path) -> anyhow::Result<ExitCode> {
    match read_concept(file) {
        Ok(concept) => {
            println!(
                "{}: ok — {} ({}): {} sections, {} action fields, {} recommendations, {} tags",
                file.display(),
                concept.city.name,
                concept.id,
                concept.sections.len(),
                concept.fields.len(),
                concept.recommendation_count(),
                concept.tags.len(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(ConceptFileError::Invalid(problems)) => report(file, &problems),
        Err(ConceptFileError::Unreadable(error)) => Err(error),
    }
}

pub enum ConceptFileError {
    Unreadable(anyhow::Error),
    Invalid(Vec<teilhabe_domain::concept::Problem>),
}

/// Reads and checks a concept file; problems are kept apart from I/O errors so callers can list them.
pub fn read_concept(file: &Path) -> Result<Concept, ConceptFileError> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("cannot read concept file {}", file.display()))
        .map_err(ConceptFileError::Unreadable)?;
    let source = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&error.as_bytes()[..offset]).into_owned();
        let position = teilhabe_domain::position::Position::of_offset(&valid, offset);
        ConceptFileError::Unreadable(anyhow::anyhow!(
            "{}:{position}: the file is not UTF-8; save it as UTF-8",
            file.display()
        ))
    })?;
    parse_concept(&source).map_err(ConceptFileError::Invalid)
}
