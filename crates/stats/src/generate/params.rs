//! The generator's parameters (`data/stats/<city>/population.toml`), resolved against the code lists.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::countries::{Countries, CountryId};
use crate::error::StatsError;

#[derive(Debug, Clone, Deserialize)]
struct RawParams {
    residents: u32,
    growth_per_year: f64,
    origin_kinds: BTreeMap<String, f64>,
    foreign_countries: BTreeMap<String, f64>,
    late_repatriate_countries: BTreeMap<String, f64>,
    returned_countries: BTreeMap<String, f64>,
    #[serde(default)]
    arrival_wave: Vec<RawWave>,
    rates: Rates,
}

#[derive(Debug, Clone, Deserialize)]
struct RawWave {
    years: Vec<u16>,
    countries: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub struct Rates {
    pub birth: f64,
    pub move_within_city: f64,
    pub emigration_native: f64,
    pub emigration_foreign: f64,
    pub naturalisation: f64,
    pub option_rule: f64,
    pub keeps_second_nationality: f64,
    pub mixed_dual: f64,
    pub acquisition_lost: f64,
}

/// Kinds of households with migration background.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginKind {
    Native,
    Foreign,
    Naturalised,
    LateRepatriate,
    Mixed,
    ReturnedGermans,
}

pub const MIGRANT_KINDS: [OriginKind; 5] = [
    OriginKind::Foreign,
    OriginKind::Naturalised,
    OriginKind::LateRepatriate,
    OriginKind::Mixed,
    OriginKind::ReturnedGermans,
];

/// Reference years and the extra weight of countries among arrivals in them.
pub type ArrivalWave = (Vec<u16>, Vec<(CountryId, f64)>);

#[derive(Debug, Clone)]
pub struct Params {
    pub residents: u32,
    pub growth_per_year: f64,
    pub kind_weights: Vec<f64>,
    pub foreign: Vec<(CountryId, f64)>,
    pub late_repatriate: Vec<(CountryId, f64)>,
    pub returned: Vec<(CountryId, f64)>,
    pub waves: Vec<ArrivalWave>,
    pub rates: Rates,
}

impl Params {
    pub fn load(path: &Path, countries: &Countries) -> Result<Self, StatsError> {
        let text = std::fs::read_to_string(path).map_err(|error| StatsError::io(path, error))?;
        let raw: RawParams =
            toml::from_str(&text).map_err(|error| StatsError::config(path, error.to_string()))?;
        let resolve =
            |weights: &BTreeMap<String, f64>| -> Result<Vec<(CountryId, f64)>, StatsError> {
                weights
                    .iter()
                    .map(|(code, &weight)| {
                        countries
                            .by_iso2(code)
                            .map(|id| (id, weight))
                            .ok_or_else(|| {
                                StatsError::config(path, format!("unknown country {code}"))
                            })
                    })
                    .collect()
            };
        let kind_names = [
            "foreign",
            "naturalised",
            "late_repatriate",
            "mixed",
            "returned_germans",
        ];
        let kind_weights = kind_names
            .iter()
            .map(|name| {
                raw.origin_kinds
                    .get(*name)
                    .copied()
                    .ok_or_else(|| StatsError::config(path, format!("origin_kinds.{name} missing")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let waves = raw
            .arrival_wave
            .iter()
            .map(|wave| Ok((wave.years.clone(), resolve(&wave.countries)?)))
            .collect::<Result<Vec<_>, StatsError>>()?;
        Ok(Self {
            residents: raw.residents,
            growth_per_year: raw.growth_per_year,
            kind_weights,
            foreign: resolve(&raw.foreign_countries)?,
            late_repatriate: resolve(&raw.late_repatriate_countries)?,
            returned: resolve(&raw.returned_countries)?,
            waves,
            rates: raw.rates,
        })
    }
}
