//! `teilhabe i18n check`: the UI translations against German (the work is in teilhabe-i18n), and
//! the shipped content translations against the shipped concept and indicator files.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;
use teilhabe_i18n::check::{CheckReport, check_dir};

#[derive(Subcommand)]
pub enum I18nCommand {
    /// Per language the message ids missing from or unknown to de.ftl, and Fluent syntax
    /// errors with file, line and column. Fails (exit code 1) on a missing id or a syntax error.
    Check {
        /// The folder of Fluent files, one per language (de.ftl, en.ftl, tr.ftl, …).
        #[arg(long, default_value = "data/i18n")]
        dir: PathBuf,
        /// The data folder with concept/<city>.toml, indicators/<city>/ and
        /// translations/<city>/*.xlf, whose content translations are listed per language
        /// (informative; broken files and unknown keys fail) [default: the parent of --dir].
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

pub fn run(command: I18nCommand) -> anyhow::Result<ExitCode> {
    match command {
        I18nCommand::Check { dir, data } => {
            let report = check_dir(&dir)?;
            print!("{}", render(&report));
            let data = data.unwrap_or_else(|| dir.parent().map(Into::into).unwrap_or_default());
            let content = super::content_check::check(&data)?;
            print!("{}", content.text);
            Ok(if report.passed() && content.passed {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

fn render(report: &CheckReport) -> String {
    let mut out = String::new();
    for error in &report.syntax_errors {
        out.push_str(&format!(
            "{}:{}:{}: syntax error: {}\n",
            error.file.display(),
            error.line,
            error.column,
            error.message
        ));
    }
    for language in &report.languages {
        let status = if language.missing.is_empty() {
            "complete"
        } else {
            "INCOMPLETE"
        };
        out.push_str(&format!(
            "{} ({}): {status}, {} missing, {} superfluous\n",
            language.code,
            language.file.display(),
            language.missing.len(),
            language.superfluous.len()
        ));
        for id in &language.missing {
            out.push_str(&format!("  missing: {id}\n"));
        }
        for id in &language.superfluous {
            out.push_str(&format!("  superfluous (not in de.ftl): {id}\n"));
        }
    }
    out.push_str(if report.passed() {
        "i18n check passed\n"
    } else {
        "i18n check FAILED\n"
    });
    out
}
