//! `teilhabe mediation`: publish the unmet demand of a year to the monitoring, export the
//! accounting of a month and the annual report for the funding body (CSV or XLSX), queue
//! reminders of lapsing documents. The work is in `teilhabe_app::mediation`.

use std::path::PathBuf;
use std::process::ExitCode;

use std::io::Write;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::measures::export::FileFormat;
use teilhabe_app::{Actor, mediation};
use teilhabe_domain::monitoring::ObsStatus;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum MediationCommand {
    /// Compute the shares of unserved and of served requests of YEAR (appointments in local
    /// time) and store them as the indicators `sprachmittlung-unerfuellt` and
    /// `sprachmittlung-vermittelt`, source "teilhabe Sprachmittlung" (suppressed when a count is
    /// below 3; provisional while the year runs). `serve` refreshes the running year monthly.
    Publish {
        #[arg(long)]
        year: i16,
        #[arg(long)]
        city: Option<String>,
    },
    /// Hours, kilometres and allowances per mediator for a month (e.g. 2026-03), as CSV or
    /// XLSX.
    Export {
        #[arg(long)]
        month: String,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output (required for XLSX).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// The annual report for the funding body: requests, outcomes, hours and allowances of
    /// YEAR by language and funding source, as CSV or XLSX.
    Report {
        #[arg(long)]
        year: i16,
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
        /// Write to this file instead of standard output (required for XLSX).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Queue e-mail reminders to mediators whose pledge or certificate of good conduct lapses
    /// within DAYS (one digest per mediator and day).
    Remind {
        #[arg(long, default_value_t = 60)]
        days: i64,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Csv,
    Xlsx,
}

impl From<Format> for FileFormat {
    fn from(format: Format) -> Self {
        match format {
            Format::Csv => FileFormat::Csv,
            Format::Xlsx => FileFormat::Xlsx,
        }
    }
}

/// Writes `bytes` to `output`, or CSV to standard output; XLSX needs a file.
fn emit(bytes: &[u8], format: Format, output: Option<PathBuf>) -> anyhow::Result<()> {
    match (output, format) {
        (Some(path), _) => {
            std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))
        }
        (None, Format::Csv) => std::io::stdout()
            .write_all(bytes)
            .context("cannot write to standard output"),
        (None, Format::Xlsx) => anyhow::bail!("XLSX is written to a file: add --output FILE"),
    }
}

pub fn run(global: &GlobalOptions, command: MediationCommand) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    super::with_store(global, |store| async move {
        let now = super::clock().now();
        match command {
            MediationCommand::Publish { year, city } => {
                let city = super::resolve_city(&store, city).await?;
                let (observations, report) =
                    mediation::publish(&store, &actor, &city, year, false, now).await?;
                for observation in &observations {
                    let what = if observation.indicator == mediation::SERVED_INDICATOR {
                        "served"
                    } else {
                        "unserved"
                    };
                    match (observation.value, observation.base) {
                        (Some(value), Some(base)) => println!(
                            "{}: {year}: {value} % of {base} requests {what}{} (import #{})",
                            observation.indicator,
                            if observation.status == ObsStatus::Provisional {
                                ", provisional"
                            } else {
                                ""
                            },
                            report.import_id.unwrap_or_default()
                        ),
                        _ => println!(
                            "{}: {year}: suppressed, too few requests (import #{})",
                            observation.indicator,
                            report.import_id.unwrap_or_default()
                        ),
                    }
                }
            }
            MediationCommand::Export {
                month,
                format,
                output,
            } => {
                let bytes =
                    mediation::accounting_file(&store, &actor, &month, format.into()).await?;
                emit(&bytes, format, output)?;
            }
            MediationCommand::Report {
                year,
                format,
                output,
            } => {
                let bytes = mediation::annual_report(&store, &actor, year, format.into()).await?;
                emit(&bytes, format, output)?;
            }
            MediationCommand::Remind { days } => {
                let queued = mediation::queue_document_reminders(&store, &actor, days, now).await?;
                println!("{queued} reminders queued");
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
