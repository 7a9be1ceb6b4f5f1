//! `teilhabe discrimination`: reports of discrimination and case records (issue 17) — check a
//! category file, run the deletion job. The work is in `teilhabe_app::discrimination`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::discrimination;
use teilhabe_app::{Actor, AppError};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum DiscriminationCommand {
    /// The categories (areas of life, grounds, forms, levels, interventions, outcomes).
    #[command(subcommand)]
    Categories(CategoriesCommand),
    /// Delete the case records closed at least `--years` ago (with their reports) and the
    /// reports that never became a case, `--years` after they arrived. Run it daily. Prints
    /// counts only, no personal data.
    Purge {
        /// Say what would be deleted; delete nothing.
        #[arg(long)]
        dry_run: bool,
        /// The deletion period in years after closing [default: the configuration's
        /// discrimination_retention_years, else 3].
        #[arg(long)]
        years: Option<u16>,
    },
    /// Store YEAR's documented cases per 10,000 residents and the share of racist cases as the
    /// monitoring's indicators `diskriminierung-gemeldet` and `diskriminierung-rassistisch`
    /// (suppressed where a count is below 3; provisional while the year runs).
    Publish {
        #[arg(long)]
        year: i16,
        /// The city [default: the only or first stored].
        #[arg(long)]
        city: Option<String>,
    },
    /// The published statistics of YEAR for the state network and the federal agency: new
    /// cases, the share of racist cases and every dimension by category, per quarter and for
    /// the year, as CSV or XLSX. Case-free and through disclosure control (counts below 3 and
    /// what would give them back are withheld); notes never leave.
    Export {
        #[arg(long)]
        year: i16,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output (required for XLSX).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// The file formats of `export`.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
}

#[derive(Subcommand)]
pub enum CategoriesCommand {
    /// Check a category file (data/discrimination/categories.toml): every problem with file,
    /// line and column.
    Check { file: PathBuf },
}

pub fn run(global: &GlobalOptions, command: DiscriminationCommand) -> anyhow::Result<ExitCode> {
    match command {
        DiscriminationCommand::Categories(CategoriesCommand::Check { file }) => {
            let source = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.display().to_string();
            match discrimination::check_categories(&name, &source) {
                Ok(categories) => {
                    println!(
                        "{name}: {} areas, {} grounds ({} racist), {} forms, {} levels, {} interventions, {} outcomes, no problems",
                        categories.areas.len(),
                        categories.grounds.len(),
                        categories.grounds.iter().filter(|g| g.racist).count(),
                        categories.forms.len(),
                        categories.levels.len(),
                        categories.interventions.len(),
                        categories.outcomes.len()
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(problems) => {
                    for problem in &problems {
                        eprintln!("{problem}");
                    }
                    eprintln!("{} problems", problems.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        DiscriminationCommand::Export {
            year,
            format,
            output,
        } => {
            if output.is_none() && matches!(format, Format::Xlsx) {
                anyhow::bail!("XLSX is written to a file: add --output FILE");
            }
            super::with_store(global, |store| async move {
                let file_format = match format {
                    Format::Csv => teilhabe_app::measures::export::FileFormat::Csv,
                    Format::Xlsx => teilhabe_app::measures::export::FileFormat::Xlsx,
                };
                let bytes = match discrimination::export_file(
                    &store,
                    &teilhabe_domain::access::Visitor::Public,
                    discrimination::categories(),
                    year,
                    discrimination::DEFAULT_MIN_COUNT,
                    file_format,
                )
                .await
                {
                    Ok(bytes) => bytes,
                    Err(AppError::Internal(error)) => return Err(error.into()),
                    Err(error) => anyhow::bail!("{error}"),
                };
                match output {
                    Some(path) => std::fs::write(&path, bytes)
                        .with_context(|| format!("cannot write {}", path.display()))?,
                    None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)
                        .context("cannot write to standard output")?,
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        DiscriminationCommand::Publish { year, city } => {
            let actor = Actor::Operator(super::cli_actor());
            super::with_store(global, |store| async move {
                let city = match city {
                    Some(city) => city,
                    None => store
                        .cities()
                        .await?
                        .into_iter()
                        .next()
                        .context("no city is stored: load a concept first")?,
                };
                let residents = discrimination::residents();
                let observations = match discrimination::publish_indicators(
                    &store,
                    &actor,
                    &city,
                    year,
                    residents,
                    false,
                    super::clock().now(),
                )
                .await
                {
                    Ok(observations) => observations,
                    Err(AppError::Internal(error)) => return Err(error.into()),
                    Err(error) => anyhow::bail!("{error}"),
                };
                for observation in observations {
                    match observation.value {
                        Some(value) => println!("{} {year}: {value}", observation.indicator),
                        None => {
                            println!("{} {year}: withheld (small count)", observation.indicator)
                        }
                    }
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        DiscriminationCommand::Purge { dry_run, years } => {
            let actor = Actor::Operator(super::cli_actor());
            let years = match years {
                Some(years) => years,
                None => {
                    Config::load(global, &ServeOptions::default())?.discrimination_retention_years
                }
            };
            super::with_store(global, |store| async move {
                let now = super::clock().now();
                let report = match discrimination::purge(&store, &actor, years, dry_run, now).await
                {
                    Ok(report) => report,
                    Err(AppError::Internal(error)) => return Err(error.into()),
                    Err(error) => anyhow::bail!("{error}"),
                };
                let verb = if dry_run {
                    "would be deleted"
                } else {
                    "deleted"
                };
                let by_year: Vec<String> = report
                    .cases_by_closing_year
                    .iter()
                    .map(|(year, count)| format!("{year}: {count}"))
                    .collect();
                println!("deletion period: {years} years after closing");
                if by_year.is_empty() {
                    println!("cases {verb}: {}", report.cases);
                } else {
                    println!(
                        "cases {verb}: {} (closed in {})",
                        report.cases,
                        by_year.join(", ")
                    );
                }
                println!("reports {verb}: {}", report.reports);
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}
