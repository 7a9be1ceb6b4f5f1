//! `teilhabe collection`: data from institutions — check and load the data sets of
//! `data/collection/`, import and export values in DHIS2's dataValueSets layout, queue
//! reminders, show completeness. The work is in `teilhabe_app::collection`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::collection::files::{self, Format};
use teilhabe_app::collection::{self, publish};
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::collection::Catalog;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum CollectionCommand {
    /// Check a folder of data sets (or one data-set file with the `categories.toml` beside it):
    /// every problem with file, line and column.
    Check { path: PathBuf },
    /// Check a folder of data sets and store it, all or nothing (a changed file gets a new
    /// version).
    Load { folder: PathBuf },
    /// Import values from a dataValueSets file (.json or .csv), all or nothing.
    Import {
        file: PathBuf,
        /// Check everything, store nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export a data set's values of one period as dataValueSets (JSON or CSV).
    Export {
        #[arg(long)]
        data_set: String,
        #[arg(long)]
        period: String,
        /// json or csv.
        #[arg(long, default_value = "json")]
        format: String,
        /// Write here instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Show who reported a data set's period, on time or late, and the reporting rate.
    Completeness {
        #[arg(long)]
        data_set: String,
        #[arg(long)]
        period: String,
    },
    /// Queue the reminders due today (at most one per form and day; run it daily).
    Remind,
    /// Write a data set's approved values of a year into the indicators it feeds (by district,
    /// sex and migration history, through disclosure control), replacing that year's figures
    /// of those indicators; the reporting rate goes with them.
    Publish {
        #[arg(long)]
        data_set: String,
        #[arg(long)]
        year: i16,
        #[arg(long)]
        city: Option<String>,
    },
}

pub fn run(global: &GlobalOptions, command: CollectionCommand) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    match command {
        CollectionCommand::Check { path } => {
            let files = read_folder(&path)?;
            match Catalog::parse(&files) {
                Ok(catalog) => {
                    println!(
                        "{}: {} categories, {} data sets, no problems",
                        path.display(),
                        catalog.categories.len(),
                        catalog.data_sets.len()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for problem in &problems {
                        eprintln!("{}", in_folder(&path, &problem.to_string()));
                    }
                    eprintln!("{} problems", problems.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        CollectionCommand::Load { folder } => {
            let files = read_folder(&folder)?;
            super::with_store(global, |store| async move {
                let now = super::clock().now();
                match collection::load_definitions(&store, &actor, &files, now).await {
                    Ok(load) => {
                        println!(
                            "{}: {} new, {} changed, {} unchanged, {} removed",
                            folder.display(),
                            load.added,
                            load.changed,
                            load.unchanged,
                            load.removed
                        );
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(AppError::Invalid(problems)) => {
                        for problem in &problems {
                            eprintln!(
                                "{}/{}: {}",
                                folder.display(),
                                problem.field,
                                problem.message
                            );
                        }
                        Ok(ExitCode::FAILURE)
                    }
                    Err(other) => Err(other.into()),
                }
            })
        }
        CollectionCommand::Import { file, dry_run } => {
            let format = Format::parse(&file.display().to_string())
                .with_context(|| format!("{}: expected a .json or .csv file", file.display()))?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            super::with_store(global, |store| async move {
                let now = super::clock().now();
                match files::import(&store, &actor, format, &text, dry_run, now).await {
                    Ok(summary) => {
                        println!(
                            "{}: {} values of {} forms{}",
                            file.display(),
                            summary.values,
                            summary.forms,
                            if dry_run {
                                ", no problems (dry run: nothing stored)".to_owned()
                            } else {
                                format!(", {} stored or changed", summary.changed)
                            }
                        );
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(AppError::Invalid(problems)) => {
                        for problem in &problems {
                            eprintln!("{}: {}: {}", file.display(), problem.field, problem.message);
                        }
                        eprintln!("nothing stored");
                        Ok(ExitCode::FAILURE)
                    }
                    Err(other) => Err(other.into()),
                }
            })
        }
        CollectionCommand::Export {
            data_set,
            period,
            format,
            output,
        } => {
            let format = Format::parse(&format).context("--format is json or csv")?;
            super::with_store(global, |store| async move {
                let text = files::export(&store, &actor, &data_set, &period, format)
                    .await
                    .map_err(|error| match error {
                        AppError::NotFound => anyhow::anyhow!(
                            "no data set `{data_set}` with a period `{period}` is loaded"
                        ),
                        other => other.into(),
                    })?;
                match output {
                    Some(path) => std::fs::write(&path, text)
                        .with_context(|| format!("cannot write {}", path.display()))?,
                    None => print!("{text}"),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        CollectionCommand::Completeness { data_set, period } => {
            super::with_store(global, |store| async move {
                let view = collection::completeness_for_operator(
                    &store,
                    &data_set,
                    &period,
                    super::clock().now(),
                )
                .await?;
                println!("{} {} (due {})", view.data_set.code, view.period, view.due);
                for row in &view.rows {
                    println!(
                        "{:<40} {:<10} {}",
                        row.institution.code,
                        row.timeliness.as_str(),
                        row.form.as_ref().map_or("-", |f| f.state.as_str())
                    );
                }
                let counts = view.counts;
                println!(
                    "expected {}, on time {}, late {}, missing {}, open {}; reporting rate {}",
                    counts.expected,
                    counts.on_time,
                    counts.late,
                    counts.missing,
                    counts.open,
                    counts
                        .reporting_rate()
                        .map_or("-".to_owned(), |rate| format!("{rate:.1} %"))
                );
                Ok(ExitCode::SUCCESS)
            })
        }
        CollectionCommand::Remind => super::with_store(global, |store| async move {
            let queued = collection::queue_reminders(&store, &actor, super::clock().now()).await?;
            println!("{queued} reminders queued");
            Ok(ExitCode::SUCCESS)
        }),
        CollectionCommand::Publish {
            data_set,
            year,
            city,
        } => super::with_store(global, |store| async move {
            let city = super::resolve_city(&store, city).await?;
            let now = super::clock().now();
            match publish::publish(&store, &actor, &city, &data_set, year, false, now).await {
                Ok(published) => {
                    for figure in &published.observations {
                        println!(
                            "{} {} {}/{}/{}: {}",
                            figure.indicator,
                            figure.at.year,
                            figure.at.district,
                            figure.at.sex,
                            figure.at.origin,
                            figure.value.map_or_else(
                                || figure.sign.clone().unwrap_or_default(),
                                |value| value.to_string()
                            )
                        );
                    }
                    eprintln!(
                        "{} figures written (import #{}). {}",
                        published.observations.len(),
                        published.report.import_id.unwrap_or_default(),
                        published.note
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(AppError::Invalid(problems)) => {
                    for problem in &problems {
                        eprintln!("--{}: {}", problem.field.replace('_', "-"), problem.message);
                    }
                    Ok(ExitCode::FAILURE)
                }
                Err(other) => Err(other.into()),
            }
        }),
    }
}

/// `path/file:line:column: message` for a problem of a folder (or of the file's folder).
fn in_folder(path: &Path, problem: &str) -> String {
    let folder = if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(Path::new("."))
    };
    format!("{}/{problem}", folder.display())
}

/// The `.toml` files of a folder (by name), or one file with the folder's `categories.toml`.
pub fn read_folder(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let read = |file: &Path| {
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
    };
    let name = |file: &Path| {
        file.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    if path.is_dir() {
        let mut files = Vec::new();
        for entry in
            std::fs::read_dir(path).with_context(|| format!("cannot read {}", path.display()))?
        {
            let file = entry?.path();
            if file.extension().is_some_and(|e| e == "toml") {
                files.push((name(&file), read(&file)?));
            }
        }
        files.sort();
        return Ok(files);
    }
    let mut files = vec![(name(path), read(path)?)];
    let categories = path
        .parent()
        .unwrap_or(Path::new("."))
        .join("categories.toml");
    if name(path) != "categories.toml" && categories.is_file() {
        files.insert(0, ("categories.toml".to_owned(), read(&categories)?));
    }
    Ok(files)
}
