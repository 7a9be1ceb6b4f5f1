//! Figures teilhabe computes itself for the monitoring (language mediation, reports of
//! discrimination, offers): one observation for the whole city and a year.

use teilhabe_domain::monitoring::{ConfStatus, Coordinates, ObsStatus, Observation};

/// The city's observation of `indicator` in `year` with the value `tenths` ÷ 10 over `base`,
/// provisional while the year runs; `None` is a withheld figure (suppressed, a primary
/// confidential cell, shown as `.`).
pub fn city_year(
    indicator: &str,
    year: i16,
    tenths: Option<u64>,
    base: u64,
    provisional: bool,
) -> Observation {
    let mut observation = Observation {
        indicator: indicator.to_owned(),
        at: Coordinates::total(i32::from(year)),
        value: None,
        lower: None,
        upper: None,
        base: None,
        status: ObsStatus::Suppressed,
        conf_status: Some(ConfStatus::Primary),
        sign: Some(".".into()),
        footnotes: Vec::new(),
    };
    if let Some(tenths) = tenths {
        observation.value = format!("{}.{}", tenths / 10, tenths % 10).parse().ok();
        observation.base = i64::try_from(base).ok();
        observation.status = if provisional {
            ObsStatus::Provisional
        } else {
            ObsStatus::Normal
        };
        observation.conf_status = Some(ConfStatus::Free);
        observation.sign = None;
    }
    observation
}
