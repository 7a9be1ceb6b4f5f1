use std::process::ExitCode;

use clap::Subcommand;

#[derive(Subcommand)]
pub enum ConceptCommand {
    /// Validate a concept file and report every problem with line and column.
    Check { file: std::path::PathBuf },
}

pub fn run(command: ConceptCommand) -> anyhow::Result<ExitCode> {
    match command {
        ConceptCommand::Check { file } => {
            let _ = file;
            Ok(ExitCode::SUCCESS)
        }
    }
}
