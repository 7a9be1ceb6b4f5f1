//! `teilhabe import …`: data into the database, all or nothing.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum ImportCommand {
    /// Measures from CSV or XLSX (columns as `teilhabe export measures` writes them): rows
    /// without id are created, rows with id change that measure.
    Measures {
        file: PathBuf,
        /// Check and show what would change, write nothing.
        #[arg(long)]
        dry_run: bool,
        /// City slug [default: the only or first city stored].
        #[arg(long)]
        city: Option<String>,
    },
    /// Monitoring figures from an official or institutional table (GENESIS flat-file CSV, long
    /// CSV, a classic Windows-1252 export, XLSX) as its mapping file describes.
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
        /// Store nothing: read FILE without a mapping and write the proposed mapping (TOML);
        /// what the proposer is unsure of goes to stderr.
        #[arg(long, conflicts_with_all = ["mapping", "dry_run"])]
        propose_mapping: bool,
        /// With --propose-mapping: write the mapping to this file [default: stdout].
        #[arg(long, requires = "propose_mapping")]
        out: Option<PathBuf>,
    },
    /// Monitoring figures from the statistics engine's output folder (`teilhabe compute`).
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
        ImportCommand::Measures {
            file,
            dry_run,
            city,
        } => {
            let limits =
                crate::config::Config::load(global, &crate::config::ServeOptions::default())?
                    .limits;
            super::with_store(global, |store| async move {
                let city = super::resolve_city(&store, city).await?;
                super::measures::import(&store, &city, &file, dry_run, &super::cli_actor(), &limits)
                    .await
            })
        }
        ImportCommand::Table {
            file,
            mapping,
            city,
            dry_run,
            propose_mapping,
            out,
        } => {
            if propose_mapping {
                super::monitoring_import::propose(global, &file, city, out.as_deref())
            } else {
                super::monitoring_import::table(global, &file, mapping, city, dry_run)
            }
        }
        ImportCommand::Cubes { dir, city, dry_run } => {
            super::monitoring_import::cubes(global, &dir, city, dry_run)
        }
    }
}
