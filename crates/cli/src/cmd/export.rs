//! `teilhabe export …`: data out of the database, in open formats.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum ExportCommand {
    /// All measures of a city as CSV or XLSX, in the columns `teilhabe import measures` reads.
    Measures {
        /// csv or xlsx [default: from the file name, else csv].
        #[arg(long)]
        format: Option<String>,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        city: Option<String>,
    },
    /// All figures of one monitoring indicator (CSV, XLSX, JSON or SDMX-CSV).
    Indicator {
        id: String,
        #[arg(long, value_enum, default_value = "csv")]
        format: super::monitoring_export::ExportFormat,
        /// Where to write [default: standard output; XLSX needs a file].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The city [default: the only city with a concept].
        #[arg(long)]
        city: Option<String>,
    },
    /// The public portal as static files: every public page and download, a search that needs
    /// no server, relative links; a second run writes only what changed.
    Site(super::site::SiteArgs),
}

pub fn run(global: &GlobalOptions, command: ExportCommand) -> anyhow::Result<ExitCode> {
    match command {
        ExportCommand::Measures { format, out, city } => {
            let xlsx = super::measures::export_format(format.as_deref(), out.as_ref())?;
            super::with_store(global, |store| async move {
                let city = super::resolve_city(&store, city).await?;
                super::measures::export(&store, &city, xlsx, out.as_ref()).await
            })
        }
        ExportCommand::Indicator {
            id,
            format,
            out,
            city,
        } => super::monitoring_export::indicator(global, id, format, out, city),
        ExportCommand::Site(args) => super::site::run(global, args),
    }
}
