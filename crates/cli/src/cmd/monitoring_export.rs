//! `teilhabe export indicator ID` (a variant of `export`, see export.rs): an indicator's figures
//! as open data, in the same formats as
//! the web downloads (CSV, XLSX, JSON, SDMX-CSV). A missing figure is an empty value with its
//! status, never 0.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_app::AppError;
use teilhabe_app::monitoring::{IndicatorFormat, indicator_file};
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Xlsx,
    Json,
    SdmxCsv,
}

pub fn indicator(
    global: &GlobalOptions,
    id: String,
    format: ExportFormat,
    out: Option<PathBuf>,
    city: Option<String>,
) -> anyhow::Result<ExitCode> {
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let runtime = tokio::runtime::Runtime::new()?;
    let bytes = runtime.block_on(async {
        let store = Store::open(&url).await?;
        let result = async {
            let city = match city {
                Some(city) => city,
                None => match store.cities().await?.as_slice() {
                    [only] => only.clone(),
                    [] => anyhow::bail!("no concept is stored"),
                    many => anyhow::bail!(
                        "several cities are stored ({}); name one with --city",
                        many.join(", ")
                    ),
                },
            };
            let format = match format {
                ExportFormat::Csv => IndicatorFormat::Csv,
                ExportFormat::Xlsx => IndicatorFormat::Xlsx,
                ExportFormat::Json => IndicatorFormat::Json,
                ExportFormat::SdmxCsv => IndicatorFormat::SdmxCsv,
            };
            match indicator_file(&store, &city, &id, format).await {
                Ok(bytes) => Ok(bytes),
                Err(AppError::NotFound) => {
                    anyhow::bail!("the catalogue of `{city}` has no indicator `{id}`")
                }
                Err(error) => Err(error.into()),
            }
        }
        .await;
        store.close().await;
        result
    })?;
    match out {
        Some(path) => std::fs::write(&path, &bytes)
            .with_context(|| format!("cannot write {}", path.display()))?,
        None if matches!(format, ExportFormat::Xlsx) => {
            anyhow::bail!("an XLSX workbook needs a file: --out FILE.xlsx")
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
