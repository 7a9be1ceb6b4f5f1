//! `teilhabe city load`: a city's settings (districts, target groups, programmes).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_domain::city::CitySettings;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum CityCommand {
    /// Check a settings file (data/city/<slug>.toml) and store it.
    Load { file: PathBuf },
}

pub fn run(global: &GlobalOptions, command: CityCommand) -> anyhow::Result<ExitCode> {
    match command {
        CityCommand::Load { file } => {
            let source = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let settings = CitySettings::parse(&source)
                .map_err(|problem| anyhow::anyhow!("{}:{problem}", file.display()))?;
            super::with_store(global, |store| async move {
                let changed = store
                    .save_city_settings(&settings, super::clock().now())
                    .await?;
                println!(
                    "{}: {} for {} ({} districts, {} target groups)",
                    file.display(),
                    if changed { "stored" } else { "unchanged" },
                    settings.city,
                    settings.districts.len(),
                    settings.target_groups.len()
                );
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}
