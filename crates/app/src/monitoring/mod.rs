//! Monitoring: importing figures (statisticians and administrators) and the indicator files
//! everybody may download.

pub mod downloads;
pub mod draft_proposal;
pub mod history;
pub mod importing;
pub mod mapping_drafts;
pub mod own_figures;
pub mod proposing;
pub mod recognition;

use teilhabe_store::{ObservationFilter, Store};

use crate::error::AppError;

/// The formats an indicator's figures are given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorFormat {
    Csv,
    Xlsx,
    Json,
    SdmxCsv,
}

/// All figures of indicator `id` of `city` as a file. Figures are public: no visitor is needed.
pub async fn indicator_file(
    store: &Store,
    city: &str,
    id: &str,
    format: IndicatorFormat,
) -> Result<Vec<u8>, AppError> {
    let catalogue = store.current_catalogue(city).await?.ok_or_else(|| {
        AppError::Unready(format!("no indicator catalogue of `{city}` is stored"))
    })?;
    let Some(indicator) = catalogue.indicator(id) else {
        return Err(AppError::NotFound);
    };
    let observations = store
        .observations(city, id, &ObservationFilter::default())
        .await?;
    let internal = |error: String| {
        AppError::Internal(teilhabe_store::StoreError::Corrupt(format!(
            "cannot write the figures of `{id}`: {error}"
        )))
    };
    Ok(match format {
        IndicatorFormat::Csv => downloads::csv(indicator, &observations),
        IndicatorFormat::SdmxCsv => downloads::sdmx_csv(city, indicator, &observations),
        IndicatorFormat::Json => {
            serde_json::to_vec_pretty(&downloads::ObservationsBody::new(indicator, &observations))
                .map_err(|error| internal(error.to_string()))?
        }
        IndicatorFormat::Xlsx => downloads::xlsx(indicator, &observations)
            .map_err(|error| internal(error.to_string()))?,
    })
}
