use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use teilhabe_domain::concept::{Concept, parse_concept};

#[derive(Subcommand)]
pub enum ConceptCommand {
    /// Validate a concept file and report every problem with line and column.
    Check {
        /// A concept file, e.g. data/concept/bielefeld.toml.
        file: PathBuf,
    },
}

pub fn run(command: ConceptCommand) -> anyhow::Result<ExitCode> {
    match command {
        ConceptCommand::Check { file } => check(&file),
    }
}

fn check(file: &Path) -> anyhow::Result<ExitCode> {
    match read_concept(file) {
        Ok(concept) => {
            println!(
                "{}: ok — {} ({}): {} sections, {} action fields, {} recommendations, {} tags",
                file.display(),
                concept.city.name,
                concept.id,
                concept.sections.len(),
                concept.fields.len(),
                concept.recommendation_count(),
                concept.tags.len(),
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(ConceptFileError::Invalid(problems)) => {
            for problem in &problems {
                eprintln!("{}:{problem}", file.display());
            }
            eprintln!("{}: {} problem(s) found", file.display(), problems.len());
            Ok(ExitCode::FAILURE)
        }
        Err(ConceptFileError::Unreadable(error)) => Err(error),
    }
}

pub enum ConceptFileError {
    Unreadable(anyhow::Error),
    Invalid(Vec<teilhabe_domain::concept::Problem>),
}

/// Reads and checks a concept file; problems are kept apart from I/O errors so callers can list them.
pub fn read_concept(file: &Path) -> Result<Concept, ConceptFileError> {
    let bytes = std::fs::read(file)
        .with_context(|| format!("cannot read concept file {}", file.display()))
        .map_err(ConceptFileError::Unreadable)?;
    let source = String::from_utf8(bytes).map_err(|error| {
        let offset = error.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&error.as_bytes()[..offset]).into_owned();
        let position = teilhabe_domain::position::Position::of_offset(&valid, offset);
        ConceptFileError::Unreadable(anyhow::anyhow!(
            "{}:{position}: the file is not UTF-8; save it as UTF-8",
            file.display()
        ))
    })?;
    parse_concept(&source).map_err(ConceptFileError::Invalid)
}
