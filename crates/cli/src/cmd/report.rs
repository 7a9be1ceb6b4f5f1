//! `teilhabe report`: the integration report and indicator sheets as accessible PDF, and report
//! editions (release one, rebuild one from its stored data). The data comes from
//! `teilhabe_app::report`; the PDF from `teilhabe_report`, passed in here so the app never links
//! the typesetter.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Subcommand};
use teilhabe_app::report::{self, release_edition};
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::report::ReportData;
use teilhabe_store::Store;

use crate::config::GlobalOptions;

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct ReportArgs {
    #[command(subcommand)]
    pub command: Option<ReportCommand>,
    /// The reporting year: figures up to it, measures completed or stopped in it.
    #[arg(long, conflicts_with_all = ["indicator", "edition"])]
    pub year: Option<i32>,
    /// One indicator's sheet (chart, map, table, definition) instead of the whole report.
    #[arg(long, conflicts_with = "edition")]
    pub indicator: Option<String>,
    /// Render a released edition again from the data stored with it.
    #[arg(long)]
    pub edition: Option<i64>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct Common {
    /// The language of the PDF: any UI language (de, en, tr, ar, ru, uk, pl); Arabic is right
    /// to left.
    #[arg(long, default_value = "de")]
    pub lang: String,
    /// Where to write [default: integrationsbericht-YEAR.pdf, ID.pdf, ausgabe-N.pdf].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The city [default: the only (or first) city with a concept].
    #[arg(long)]
    pub city: Option<String>,
    /// The public portal's address; links in the PDF point there.
    #[arg(long, env = "TEILHABE_PORTAL_URL", default_value = "")]
    pub portal_url: String,
}

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Release an edition: store the report's data and PDF, list it publicly (as the operator).
    Release {
        #[arg(long)]
        year: i32,
        #[command(flatten)]
        common: Common,
    },
}

fn options(common: &Common) -> teilhabe_report::Options {
    teilhabe_report::Options {
        language: common.lang.clone(),
        portal_url: common.portal_url.trim_end_matches('/').to_owned(),
        demo: false,
    }
}

/// A use case's refusal as the command line says it.
fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Invalid(problems) => anyhow::anyhow!(
            "{}",
            problems
                .iter()
                .map(|p| format!("--{}: {}", p.field, p.message))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        other => other.into(),
    }
}

fn write(path: &Path, bytes: &[u8], started: Instant) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    println!(
        "{}: {} bytes in {:.2} s",
        path.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn report_name(year: i32, lang: &str) -> PathBuf {
    if lang == "de" {
        PathBuf::from(format!("integrationsbericht-{year}.pdf"))
    } else {
        PathBuf::from(format!("integrationsbericht-{year}-{lang}.pdf"))
    }
}

pub fn run(global: &GlobalOptions, args: ReportArgs) -> anyhow::Result<ExitCode> {
    let actor = Actor::Operator(super::cli_actor());
    super::with_store(global, |store| async move {
        match args.command {
            Some(ReportCommand::Release { year, common }) => {
                release(&store, &actor, year, &common).await
            }
            None => match (args.year, args.indicator, args.edition) {
                (Some(year), None, None) => draft(&store, &actor, year, &args.common).await,
                (None, Some(id), None) => sheet(&store, &id, &args.common).await,
                (None, None, Some(id)) => rebuild(&store, id, &args.common).await,
                _ => anyhow::bail!(
                    "name what to write: --year YEAR (the report), --indicator ID (one sheet), \
                     --edition N (a released edition again), or `report release --year YEAR`"
                ),
            },
        }
    })
}

async fn draft(
    store: &Store,
    actor: &Actor,
    year: i32,
    common: &Common,
) -> anyhow::Result<ExitCode> {
    let city = super::resolve_city(store, common.city.clone()).await?;
    let started = Instant::now();
    let data = report::report_data(store, actor, &city, year, super::clock().now())
        .await
        .map_err(explain)?;
    let pdf = teilhabe_report::report_pdf(&data, &options(common))?;
    let out = common
        .out
        .clone()
        .unwrap_or_else(|| report_name(year, &common.lang));
    write(&out, &pdf, started)?;
    Ok(ExitCode::SUCCESS)
}

async fn sheet(store: &Store, id: &str, common: &Common) -> anyhow::Result<ExitCode> {
    let city = super::resolve_city(store, common.city.clone()).await?;
    let started = Instant::now();
    let sheet = match report::indicator_sheet(store, &city, id).await {
        Err(AppError::NotFound) => {
            anyhow::bail!("the catalogue of `{city}` has no indicator `{id}`")
        }
        other => other.map_err(explain)?,
    };
    let pdf = teilhabe_report::indicator_sheet_pdf(&sheet, &options(common))?;
    let out = common
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("{id}.pdf")));
    write(&out, &pdf, started)?;
    Ok(ExitCode::SUCCESS)
}

fn render(
    portal_url: &str,
) -> impl Fn(&ReportData, &str) -> Result<Vec<u8>, teilhabe_report::RenderError> {
    let portal_url = portal_url.trim_end_matches('/').to_owned();
    move |data, language| {
        teilhabe_report::report_pdf(
            data,
            &teilhabe_report::Options {
                language: language.to_owned(),
                portal_url: portal_url.clone(),
                demo: false,
            },
        )
    }
}

async fn release(
    store: &Store,
    actor: &Actor,
    year: i32,
    common: &Common,
) -> anyhow::Result<ExitCode> {
    let city = super::resolve_city(store, common.city.clone()).await?;
    let started = Instant::now();
    let edition = release_edition(
        store,
        actor,
        &city,
        year,
        &common.lang,
        render(&common.portal_url),
        super::clock().now(),
    )
    .await
    .map_err(explain)?;
    println!(
        "released edition {} of {city}: {} ({}), {} bytes, concept version {}, in {:.2} s",
        edition.id,
        edition.year,
        edition.language,
        edition.pdf_size,
        edition.concept_version,
        started.elapsed().as_secs_f64()
    );
    if let Some(out) = &common.out {
        let (_, pdf) = report::edition_pdf(store, &city, edition.id).await?;
        write(out, &pdf, started)?;
    }
    Ok(ExitCode::SUCCESS)
}

async fn rebuild(store: &Store, id: i64, common: &Common) -> anyhow::Result<ExitCode> {
    let city = super::resolve_city(store, common.city.clone()).await?;
    let started = Instant::now();
    let (edition, pdf) =
        match report::rebuild_edition(store, &city, id, render(&common.portal_url)).await {
            Err(AppError::NotFound) => {
                let known: Vec<String> = report::editions(store, &city)
                    .await?
                    .iter()
                    .map(|e| format!("{} ({} {})", e.id, e.year, e.language))
                    .collect();
                anyhow::bail!(
                    "`{city}` has no edition {id}; released editions: {}",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                )
            }
            other => other.map_err(explain)?,
        };
    let out = common
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("ausgabe-{id}.pdf")));
    write(&out, &pdf, started)?;
    let (_, released) = report::edition_pdf(store, &city, id).await?;
    if released == pdf {
        println!(
            "the same bytes as the released edition {id} ({} {})",
            edition.year, edition.language
        );
    } else {
        println!(
            "differs from the released edition {id}: the renderer changed since; the released PDF \
             stays available at /berichte/{id}.pdf"
        );
    }
    Ok(ExitCode::SUCCESS)
}
