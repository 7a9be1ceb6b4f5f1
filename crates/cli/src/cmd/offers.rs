//! `teilhabe offers import FILE --provider CODE [--dry-run]` and `teilhabe offers export`: offers
//! as CSV or XLSX, the columns of docs/formats/offers.md both ways; `teilhabe offers publish
//! --year Y` (coverage into the monitoring) and `teilhabe offers remind` (stale-offer mail, run
//! daily). The work is in `teilhabe_app::offers`; an import is all or nothing and names row and
//! column of each problem.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::offers::{export, import, indicator, stale};
use teilhabe_app::{Actor, AppError};

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum OffersCommand {
    /// Import offers of one provider (an institution code of the registry) from CSV or XLSX, as
    /// published offers; all or nothing.
    Import {
        file: PathBuf,
        /// The providing institution's code.
        #[arg(long)]
        provider: String,
        /// Check the file and say how many offers it holds; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// City slug (its districts check the offers) [default: the only or first city stored].
        #[arg(long)]
        city: Option<String>,
    },
    /// Write every offer (all statuses) as CSV or XLSX, to --out or standard output (CSV).
    Export {
        #[arg(long)]
        out: Option<PathBuf>,
        /// csv or xlsx [default: by --out's extension, else csv].
        #[arg(long)]
        format: Option<String>,
    },
    /// Write the coverage indicator `angebote-kostenfrei-kinderbetreuung` for YEAR (offers free
    /// of charge with childcare per 1,000 residents with migration history, per district) from
    /// the offers public now, as a monitoring import with the source "teilhabe Angebote".
    Publish {
        #[arg(long)]
        year: i16,
        #[arg(long)]
        city: Option<String>,
    },
    /// Queue the mail to providers whose published offers became stale (run daily; each offer
    /// is reminded once per stale period).
    Remind,
}

pub fn run(global: &GlobalOptions, command: OffersCommand) -> anyhow::Result<ExitCode> {
    match command {
        OffersCommand::Import {
            file,
            provider,
            dry_run,
            city,
        } => {
            let limits =
                crate::config::Config::load(global, &crate::config::ServeOptions::default())?
                    .limits;
            let bytes = crate::config::read_limited(&file, &limits)?;
            super::with_store(global, |store| async move {
                let city = super::resolve_city(&store, city).await?;
                let result = import::import(
                    &store,
                    &Actor::Operator(super::cli_actor()),
                    &city,
                    &provider,
                    &file.display().to_string(),
                    &bytes,
                    &limits,
                    dry_run,
                    super::clock().now(),
                )
                .await;
                match result {
                    Ok(imported) if dry_run => {
                        println!(
                            "{}: {} offers of {} can be imported (dry run, nothing written)",
                            file.display(),
                            imported.rows,
                            imported.provider
                        );
                        Ok(ExitCode::SUCCESS)
                    }
                    Ok(imported) => {
                        println!(
                            "{}: {} offers of {} imported and published",
                            file.display(),
                            imported.ids.len(),
                            imported.provider
                        );
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(AppError::Invalid(problems)) => {
                        for problem in &problems {
                            eprintln!("{}: {}: {}", file.display(), problem.field, problem.message);
                        }
                        eprintln!("{}: nothing imported", file.display());
                        Ok(ExitCode::FAILURE)
                    }
                    Err(error) => Err(error.into()),
                }
            })
        }
        OffersCommand::Export { out, format } => {
            let format = match format.as_deref() {
                Some(name) => FileFormat::parse(name)
                    .with_context(|| format!("unknown format `{name}`; expected csv or xlsx"))?,
                None if out.as_ref().is_some_and(|path| {
                    teilhabe_import::records::is_xlsx(&path.to_string_lossy())
                }) =>
                {
                    FileFormat::Xlsx
                }
                None => FileFormat::Csv,
            };
            super::with_store(global, |store| async move {
                let offers = store.offers().await?;
                let bytes = export::offers_file(&offers, format)?;
                match out {
                    Some(path) => {
                        std::fs::write(&path, &bytes)
                            .with_context(|| format!("cannot write {}", path.display()))?;
                        eprintln!("{}: {} offers", path.display(), offers.len());
                    }
                    None => {
                        use std::io::Write;
                        std::io::stdout().write_all(&bytes)?;
                    }
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        OffersCommand::Publish { year, city } => super::with_store(global, |store| async move {
            let city = super::resolve_city(&store, city).await?;
            let actor = Actor::Operator(super::cli_actor());
            let (observations, report) =
                indicator::publish(&store, &actor, &city, year, false, super::clock().now())
                    .await?;
            for observation in &observations {
                println!(
                    "{} {year} {}: {}",
                    indicator::FEE_FREE_CHILDCARE,
                    observation.at.district,
                    observation
                        .value
                        .map(|value| value.to_string())
                        .unwrap_or_else(|| "x".to_owned())
                );
            }
            eprintln!(
                "{} figures written (import #{})",
                observations.len(),
                report.import_id.unwrap_or_default()
            );
            Ok(ExitCode::SUCCESS)
        }),
        OffersCommand::Remind => super::with_store(global, |store| async move {
            let actor = Actor::Operator(super::cli_actor());
            let queued = stale::queue_stale_mails(&store, &actor, super::clock().now()).await?;
            println!("{queued} stale offers reminded");
            Ok(ExitCode::SUCCESS)
        }),
    }
}
