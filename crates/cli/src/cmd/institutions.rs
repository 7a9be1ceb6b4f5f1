//! `teilhabe institutions`: the institution registry (`data/institutions/<city>.toml`) — check a
//! file, load it, and say which institution an account acts for. The work is in
//! `teilhabe_app::institutions`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_app::{Actor, AppError, institutions};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::institution::{Registry, city_of};

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum InstitutionsCommand {
    /// Check a registry file against its city's districts (the settings file
    /// `../city/<city>.toml` beside the registry's folder, or --settings).
    Check {
        file: PathBuf,
        #[arg(long)]
        settings: Option<PathBuf>,
    },
    /// Check a registry file against the stored city settings and store it, all or nothing.
    Load { file: PathBuf },
    /// Make the account LOGIN act for the institution CODE (--none: for no institution).
    Member {
        login: String,
        #[arg(required_unless_present = "none")]
        code: Option<String>,
        #[arg(long, conflicts_with = "code")]
        none: bool,
    },
}

pub fn run(global: &GlobalOptions, command: InstitutionsCommand) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    match command {
        InstitutionsCommand::Check { file, settings } => {
            let source = read(&file)?;
            let city = city_of(&source)
                .with_context(|| format!("{}: no `city = \"…\"` line", file.display()))?;
            let settings_path = settings.unwrap_or_else(|| {
                file.parent()
                    .unwrap_or(Path::new("."))
                    .join("../city")
                    .join(format!("{city}.toml"))
            });
            let settings = CitySettings::parse(&read(&settings_path)?)
                .map_err(|problem| anyhow::anyhow!("{}:{problem}", settings_path.display()))?;
            let registry = parse(&file, &source, &settings)?;
            println!(
                "{}: {} institutions of {city}, no problems",
                file.display(),
                registry.institutions.len()
            );
            Ok(ExitCode::SUCCESS)
        }
        InstitutionsCommand::Load { file } => {
            let source = read(&file)?;
            let city = city_of(&source)
                .with_context(|| format!("{}: no `city = \"…\"` line", file.display()))?;
            super::with_store(global, |store| async move {
                let settings = store.city_settings(&city).await?;
                if settings.districts.is_empty() {
                    anyhow::bail!(
                        "no districts stored for {city}; run `teilhabe city load data/city/{city}.toml` first"
                    );
                }
                let registry = parse(&file, &source, &settings)?;
                let load =
                    institutions::load(&store, &actor, &registry, super::clock().now()).await?;
                println!(
                    "{}: {} new, {} changed, {} unchanged, {} no longer listed (kept inactive)",
                    file.display(),
                    load.added,
                    load.changed,
                    load.unchanged,
                    load.deactivated
                );
                Ok(ExitCode::SUCCESS)
            })
        }
        InstitutionsCommand::Member { login, code, none } => {
            super::with_store(global, |store| async move {
                let code = if none { None } else { code };
                let now = super::clock().now();
                match institutions::set_membership(&store, &actor, &login, code.as_deref(), now)
                    .await
                {
                    Ok(()) => match code {
                        Some(code) => println!("{login} acts for {code}"),
                        None => println!("{login} acts for no institution"),
                    },
                    Err(AppError::NotFound) => anyhow::bail!("there is no account `{login}`"),
                    Err(other) => return Err(other.into()),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

fn read(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
}

fn parse(file: &Path, source: &str, settings: &CitySettings) -> anyhow::Result<Registry> {
    let districts: Vec<&str> = settings.districts.iter().map(|d| d.code.as_str()).collect();
    Registry::parse(source, &districts)
        .map_err(|problem| anyhow::anyhow!("{}:{problem}", file.display()))
}
