//! `teilhabe mediation`: publish the unmet demand of a year to the monitoring, export the
//! accounting of a month as CSV, queue reminders of lapsing documents. The work is in
//! `teilhabe_app::mediation`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::{Actor, mediation};

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum MediationCommand {
    /// Compute the share of unserved requests of YEAR (appointments in local time) and store it
    /// as the indicator `sprachmittlung-unerfuellt`, source "teilhabe Sprachmittlung"
    /// (suppressed when a count is below 3).
    Publish {
        #[arg(long)]
        year: i16,
        #[arg(long)]
        city: Option<String>,
    },
    /// Hours, kilometres and allowances per mediator for a month (e.g. 2026-03) as CSV.
    Export {
        #[arg(long)]
        month: String,
        /// Write to this file instead of standard output.
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

pub fn run(global: &GlobalOptions, command: MediationCommand) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    super::with_store(global, |store| async move {
        let now = super::clock().now();
        match command {
            MediationCommand::Publish { year, city } => {
                let city = super::resolve_city(&store, city).await?;
                let (observation, report) =
                    mediation::publish(&store, &actor, &city, year, false, now).await?;
                match (observation.value, observation.base) {
                    (Some(value), Some(base)) => println!(
                        "{}: {year}: {value} % of {base} requests unserved (import #{})",
                        mediation::UNSERVED_INDICATOR,
                        report.import_id.unwrap_or_default()
                    ),
                    _ => println!(
                        "{}: {year}: suppressed, too few requests (import #{})",
                        mediation::UNSERVED_INDICATOR,
                        report.import_id.unwrap_or_default()
                    ),
                }
            }
            MediationCommand::Export { month, output } => {
                let csv = mediation::accounting_csv(&store, &actor, &month).await?;
                match output {
                    Some(path) => std::fs::write(&path, csv)
                        .with_context(|| format!("cannot write {}", path.display()))?,
                    None => print!("{csv}"),
                }
            }
            MediationCommand::Remind { days } => {
                let queued = mediation::queue_document_reminders(&store, &actor, days, now).await?;
                println!("{queued} reminders queued");
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}
