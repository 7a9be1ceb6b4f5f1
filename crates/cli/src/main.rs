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
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Concept(command) => cmd::concept::run(command),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
