//! `teilhabe translations`: content translations as XLIFF 2.0 files for translation agencies —
//! export one language's texts, import files all or nothing — and the translator grants. The
//! work (and every check) is in `teilhabe_app::translations`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use teilhabe_app::translations::{self, Imported};
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::translation::Selection;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum TranslationsCommand {
    /// Write one language's content texts as an XLIFF 2.0 file (German source; the current
    /// translation as target, none for missing and outdated texts).
    Export {
        /// The language: tr, ar, ru, uk, pl or de-x-ls.
        #[arg(long = "lang")]
        language: String,
        /// Which texts.
        #[arg(long, value_enum, default_value = "all")]
        only: Only,
        /// Write here instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The city [default: the only city with a concept].
        #[arg(long)]
        city: Option<String>,
    },
    /// Read XLIFF 2.0 files and store their translations, all files or nothing; every problem
    /// is reported with file, line, column and element.
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The city [default: the only city with a concept].
        #[arg(long)]
        city: Option<String>,
    },
    /// Make LANGUAGES the exact set of languages the account LOGIN translates (none: withdraw).
    Grant {
        login: String,
        languages: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Only {
    All,
    Missing,
    Outdated,
    /// Missing and outdated.
    Open,
}

impl From<Only> for Selection {
    fn from(only: Only) -> Self {
        match only {
            Only::All => Selection::All,
            Only::Missing => Selection::Missing,
            Only::Outdated => Selection::Outdated,
            Only::Open => Selection::Open,
        }
    }
}

pub fn run(global: &GlobalOptions, command: TranslationsCommand) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    match command {
        TranslationsCommand::Export {
            language,
            only,
            out,
            city,
        } => super::with_store(global, |store| async move {
            let city = super::resolve_city(&store, city).await?;
            let file =
                translations::export_xliff(&store, &actor, &city, &language, only.into()).await;
            let file = match file {
                Err(AppError::NotFound) => anyhow::bail!(
                    "`{language}` is no content language; expected tr, ar, ru, uk, pl or de-x-ls"
                ),
                other => other?,
            };
            match out {
                Some(path) => {
                    std::fs::write(&path, file)
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    eprintln!("{}: {language} texts of {city}", path.display());
                }
                None => print!("{file}"),
            }
            Ok(ExitCode::SUCCESS)
        }),
        TranslationsCommand::Import { files, city } => {
            let mut contents = Vec::new();
            for path in &files {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                contents.push((path.display().to_string(), bytes));
            }
            super::with_store(global, |store| async move {
                let city = super::resolve_city(&store, city).await?;
                let files: Vec<(String, &[u8])> = contents
                    .iter()
                    .map(|(name, bytes)| (name.clone(), bytes.as_slice()))
                    .collect();
                let now = super::clock().now();
                match translations::import_xliff_files(&store, &actor, &city, &files, now).await {
                    Ok(imported) => {
                        for file in &imported {
                            println!("{}", summary(file));
                        }
                        Ok(ExitCode::SUCCESS)
                    }
                    Err(AppError::Invalid(problems)) => {
                        for problem in &problems {
                            eprintln!("{}: {}", problem.field, problem.message);
                        }
                        eprintln!(
                            "nothing imported: {} problem{}",
                            problems.len(),
                            if problems.len() == 1 { "" } else { "s" }
                        );
                        Ok(ExitCode::FAILURE)
                    }
                    Err(other) => Err(other.into()),
                }
            })
        }
        TranslationsCommand::Grant { login, languages } => {
            super::with_store(global, |store| async move {
                let now = super::clock().now();
                match translations::set_languages(&store, &actor, &login, &languages, now).await {
                    Ok(()) if languages.is_empty() => {
                        println!("{login} translates no language now");
                    }
                    Ok(()) => println!("{login} translates {}", languages.join(", ")),
                    Err(AppError::NotFound) => anyhow::bail!("there is no account `{login}`"),
                    Err(other) => return Err(other.into()),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}

fn summary(file: &Imported) -> String {
    let mut line = format!(
        "{} ({}): {} translations — {} new, {} changed, {} unchanged; {} units without translation",
        file.file_name,
        file.language,
        file.translations,
        file.added,
        file.changed,
        file.unchanged,
        file.skipped
    );
    if file.outdated > 0 {
        line.push_str(&format!(
            "; {} made from an older German text (shown as outdated)",
            file.outdated
        ));
    }
    line
}
