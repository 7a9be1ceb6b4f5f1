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
}

pub fn run(global: &GlobalOptions, command: ImportCommand) -> anyhow::Result<ExitCode> {
    match command {
        ImportCommand::Measures {
            file,
            dry_run,
            city,
        } => super::with_store(global, |store| async move {
            let city = super::resolve_city(&store, city).await?;
            super::measures::import(&store, &city, &file, dry_run, &super::cli_actor()).await
        }),
    }
}
