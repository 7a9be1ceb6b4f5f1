//! The `teilhabe` command: argument parsing and wiring only. The work is done in the library crates.

mod cmd;
mod config;
mod logging;

use clap::{Parser, Subcommand};

use crate::config::GlobalOptions;

#[derive(Parser)]
#[command(
    name = "teilhabe",
    version,
    about = "Run a city's integration concept and measure participation."
)]
struct Cli {
    #[command(flatten)]
    global: GlobalOptions,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web app (HTML pages and JSON API).
    Serve(cmd::serve::ServeArgs),
    /// Check concept files and load them into the database.
    #[command(subcommand)]
    Concept(cmd::concept::ConceptCommand),
    /// Load a city's settings (districts, target groups, programmes).
    #[command(subcommand)]
    City(cmd::city::CityCommand),
    /// Import data from files, all or nothing: measures, official tables, the engine's cubes.
    #[command(subcommand)]
    Import(cmd::import::ImportCommand),
    /// Export data to files: measures, an indicator's figures as open data, the static portal.
    #[command(subcommand)]
    Export(cmd::export::ExportCommand),
    /// Manage accounts.
    #[command(subcommand)]
    User(cmd::user::UserCommand),
    /// Write every table to a file, from one consistent snapshot (the server may keep running).
    Backup(cmd::backup::BackupArgs),
    /// Load a backup into an empty SQLite or PostgreSQL database (--database), all or nothing.
    Restore(cmd::backup::RestoreArgs),
    /// Show the effective configuration.
    #[command(subcommand)]
    Config(cmd::config::ConfigCommand),
    /// Check an indicator catalogue and load it into the database.
    #[command(subcommand)]
    Indicators(cmd::indicators::IndicatorsCommand),
    /// Generate synthetic data (a register extract for the statistics engine).
    #[command(subcommand)]
    Generate(cmd::generate::GenerateCommand),
    /// Register extract -> migration status -> disclosure-controlled cubes and indicators.
    Compute(Box<cmd::compute::ComputeArgs>),
    /// Audit a written cubes folder as an intruder would: from the published files alone.
    Audit(cmd::audit::AuditArgs),
    /// The integration report or one indicator's sheet as accessible PDF; report editions.
    Report(cmd::report::ReportArgs),
    /// Check the UI translations (data/i18n) against German.
    #[command(subcommand)]
    I18n(cmd::i18n::I18nCommand),
    /// Content translations as XLIFF 2.0 files (export, import) and translator languages.
    #[command(subcommand)]
    Translations(cmd::translations::TranslationsCommand),
    /// The institution registry (check, load) and which institution an account acts for.
    #[command(subcommand)]
    Institutions(cmd::institutions::InstitutionsCommand),
    /// The mail outbox: deliver it now over SMTP, or count what waits, failed and went out.
    #[command(subcommand)]
    Mail(cmd::mail::MailCommand),
    /// Language mediation: publish the unmet demand, export the accounting, remind mediators.
    #[command(subcommand)]
    Mediation(cmd::mediation::MediationCommand),
    /// The offers directory: import offers of a provider from CSV/XLSX, export every offer.
    #[command(subcommand)]
    Offers(cmd::offers::OffersCommand),
    /// Data from institutions: data sets (check, load), values (import, export), completeness,
    /// reminders.
    #[command(subcommand)]
    Collection(cmd::collection::CollectionCommand),
    /// Reports of discrimination: check the category file, delete case records past their
    /// deletion period.
    #[command(subcommand)]
    Discrimination(cmd::discrimination::DiscriminationCommand),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Serve(args) => cmd::serve::run(&cli.global, args),
        Command::Concept(command) => cmd::concept::run(&cli.global, command),
        Command::City(command) => cmd::city::run(&cli.global, command),
        Command::Import(command) => cmd::import::run(&cli.global, command),
        Command::Export(command) => cmd::export::run(&cli.global, command),
        Command::User(command) => cmd::user::run(&cli.global, command),
        Command::Backup(args) => cmd::backup::backup(&cli.global, args),
        Command::Restore(args) => cmd::backup::restore(&cli.global, args),
        Command::Config(command) => cmd::config::run(&cli.global, command),
        Command::Indicators(command) => cmd::indicators::run(&cli.global, command),
        Command::Generate(command) => cmd::generate::run(&cli.global, command),
        Command::Compute(args) => cmd::compute::run(&cli.global, *args),
        Command::Audit(args) => cmd::audit::run(args),
        Command::Report(args) => cmd::report::run(&cli.global, args),
        Command::I18n(command) => cmd::i18n::run(command),
        Command::Translations(command) => cmd::translations::run(&cli.global, command),
        Command::Institutions(command) => cmd::institutions::run(&cli.global, command),
        Command::Mail(command) => cmd::mail::run(&cli.global, command),
        Command::Mediation(command) => cmd::mediation::run(&cli.global, command),
        Command::Offers(command) => cmd::offers::run(&cli.global, command),
        Command::Collection(command) => cmd::collection::run(&cli.global, command),
        Command::Discrimination(command) => cmd::discrimination::run(&cli.global, command),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
