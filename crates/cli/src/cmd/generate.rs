//! `teilhabe generate population`: writes a synthetic register extract.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::{Args, Subcommand, ValueEnum};
use teilhabe_stats::config::StatsConfig;
use teilhabe_stats::generate::{CodeStyle, GenerateOptions, Params, generate_to_file};

use super::compute::Bar;

#[derive(Subcommand)]
pub enum GenerateCommand {
    /// A synthetic residents' register extract (docs/formats/register-extract.md).
    Population(PopulationArgs),
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Codes {
    /// ISO 3166-1 alpha-2 (DE, TR, ...).
    Iso,
    /// Destatis three-digit keys (000, 163, ...).
    Destatis,
}

#[derive(Args)]
pub struct PopulationArgs {
    /// City folder below data/stats/ (areas.toml, population.toml).
    #[arg(long, default_value = "bielefeld")]
    city: String,
    /// Reference years, e.g. 2015-2024 or 2024.
    #[arg(long, default_value = "2024")]
    years: String,
    /// Output CSV file (written to <out>.partial, renamed when complete).
    #[arg(long)]
    out: PathBuf,
    /// Multiplies the residents per reference year (about 340,000 at 1).
    #[arg(long, default_value_t = 1.0)]
    scale: f64,
    /// Seed of the random stream: same seed, same file.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Country code system used in the file.
    #[arg(long, value_enum, default_value = "iso")]
    country_codes: Codes,
}

pub fn run(
    global: &crate::config::GlobalOptions,
    command: GenerateCommand,
) -> anyhow::Result<std::process::ExitCode> {
    let data = crate::config::Config::load(global, &crate::config::ServeOptions::default())?.data;
    let GenerateCommand::Population(args) = command;
    let (first_year, last_year) = parse_years(&args.years)?;
    let config = StatsConfig::load(&data, &args.city)?;
    let params_path = data.join("stats").join(&args.city).join("population.toml");
    let params = Params::load(&params_path, &config.countries)?;
    let options = GenerateOptions {
        first_year,
        last_year,
        scale: args.scale,
        seed: args.seed,
        codes: match args.country_codes {
            Codes::Iso => CodeStyle::Iso2,
            Codes::Destatis => CodeStyle::Destatis,
        },
    };
    let bar = Bar::new("years");
    let summary = generate_to_file(&args.out, &config, params, options, &bar)
        .with_context(|| format!("generating {}", args.out.display()))?;
    bar.finish();
    eprintln!(
        "wrote {} rows for {} reference year(s) ({} persons in all) to {}",
        summary.rows,
        summary.years,
        summary.persons_ever,
        args.out.display()
    );
    Ok(std::process::ExitCode::SUCCESS)
}

fn parse_years(text: &str) -> anyhow::Result<(u16, u16)> {
    let parse = |part: &str| -> anyhow::Result<u16> {
        part.trim()
            .parse()
            .with_context(|| format!("--years {text:?}: expected YYYY or YYYY-YYYY"))
    };
    let (first, last) = match text.split_once('-') {
        Some((first, last)) => (parse(first)?, parse(last)?),
        None => (parse(text)?, parse(text)?),
    };
    if first > last {
        bail!("--years {text:?}: the first year is after the last");
    }
    Ok((first, last))
}
