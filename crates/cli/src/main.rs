//! The `teilhabe` command: argument parsing and wiring only. The work is done in the library crates.

mod cmd;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "teilhabe",
    version,
    about = "Run a city's integration concept and measure participation."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Work with concept files (data/concept/*.toml).
    #[command(subcommand)]
    Concept(cmd::concept::ConceptCommand),
    /// Generate synthetic data (a register extract for the statistics engine).
    #[command(subcommand)]
    Generate(cmd::generate::GenerateCommand),
    /// Register extract -> migration status -> disclosure-controlled cubes and indicators.
    Compute(Box<cmd::compute::ComputeArgs>),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Concept(command) => cmd::concept::run(command),
        Command::Generate(command) => cmd::generate::run(command),
        Command::Compute(args) => cmd::compute::run(*args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
