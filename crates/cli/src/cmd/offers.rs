//! `teilhabe offers import FILE --provider CODE [--dry-run]` and `teilhabe offers export`: offers
//! as CSV or XLSX, the columns of docs/formats/offers.md both ways. The work is in
//! `teilhabe_app::offers`; an import is all or nothing and names row and column of each problem.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::offers::{export, import};
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
    }
}
