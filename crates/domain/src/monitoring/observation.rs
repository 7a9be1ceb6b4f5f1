//! Figures: one value (or the reason there is none) per indicator, year and breakdown.

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;
use super::status::{ConfStatus, ObsStatus};

/// The code of "all" in every breakdown (SDMX `_T`): the whole city, both sexes, all ages.
pub const TOTAL: &str = "_T";

/// The breakdowns a figure can have besides the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Breakdown {
    /// City district (Stadtbezirk), by the district code of the city's area list.
    District,
    /// Sex: F female, M male, D diverse, X not stated.
    Sex,
    /// Migration status or nationality group, in the indicator's population concept.
    Origin,
    /// Age group, SDMX style: `Y3T5`, `Y_LT18`, `Y_GE65`.
    Age,
}

impl Breakdown {
    pub const ALL: [Breakdown; 4] = [
        Breakdown::Origin,
        Breakdown::Sex,
        Breakdown::Age,
        Breakdown::District,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Breakdown::District => "district",
            Breakdown::Sex => "sex",
            Breakdown::Origin => "origin",
            Breakdown::Age => "age",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|b| b.as_str() == value)
    }

    /// The SDMX-CSV column of this breakdown.
    pub fn sdmx_column(self) -> &'static str {
        match self {
            Breakdown::District => "REF_AREA",
            Breakdown::Sex => "SEX",
            Breakdown::Origin => "ORIGIN",
            Breakdown::Age => "AGE",
        }
    }
}

/// The codes of sex as German civil status knows them.
pub const SEX_CODES: [&str; 4] = ["F", "M", "D", "X"];

/// Where a figure sits: year and one code per breakdown (`_T` = total).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Coordinates {
    pub year: i32,
    pub district: String,
    pub sex: String,
    pub origin: String,
    pub age: String,
}

impl Coordinates {
    pub fn total(year: i32) -> Self {
        Coordinates {
            year,
            district: TOTAL.into(),
            sex: TOTAL.into(),
            origin: TOTAL.into(),
            age: TOTAL.into(),
        }
    }

    pub fn get(&self, breakdown: Breakdown) -> &str {
        match breakdown {
            Breakdown::District => &self.district,
            Breakdown::Sex => &self.sex,
            Breakdown::Origin => &self.origin,
            Breakdown::Age => &self.age,
        }
    }

    pub fn set(&mut self, breakdown: Breakdown, code: impl Into<String>) {
        let code = code.into();
        match breakdown {
            Breakdown::District => self.district = code,
            Breakdown::Sex => self.sex = code,
            Breakdown::Origin => self.origin = code,
            Breakdown::Age => self.age = code,
        }
    }

    /// The breakdowns that are not at their total.
    pub fn split_by(&self) -> Vec<Breakdown> {
        Breakdown::ALL
            .into_iter()
            .filter(|b| self.get(*b) != TOTAL)
            .collect()
    }
}

/// One published figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Observation {
    pub indicator: String,
    #[serde(flatten)]
    pub at: Coordinates,
    /// None when the status says the figure is missing (suppressed, not applicable …).
    pub value: Option<Decimal>,
    /// Interval bounds where the figure is sampled or modelled (e.g. Wilson 95 %).
    pub lower: Option<Decimal>,
    pub upper: Option<Decimal>,
    /// The base (n): the denominator's count, where published.
    pub base: Option<i64>,
    pub status: ObsStatus,
    pub conf_status: Option<ConfStatus>,
    /// The sign as written in the source, e.g. `.` for a secret value.
    pub sign: Option<String>,
    pub footnotes: Vec<String>,
}

impl Observation {
    /// Checks the rules every stored figure obeys; the message says what is wrong.
    pub fn check(&self) -> Result<(), String> {
        if !self.status.allows_value() && self.value.is_some() {
            return Err(format!(
                "status {} means the figure is missing, but it has the value {}",
                self.status,
                self.value.map(|v| v.to_string()).unwrap_or_default()
            ));
        }
        if self.value.is_none()
            && self.status.allows_value()
            && self.status != ObsStatus::LowReliability
        {
            return Err(format!(
                "status {} needs a value; a missing figure needs a sign such as `.`",
                self.status
            ));
        }
        if let (Some(lower), Some(upper)) = (self.lower, self.upper)
            && lower > upper
        {
            return Err(format!("the interval {lower} … {upper} is reversed"));
        }
        if self.lower.is_some() != self.upper.is_some() {
            return Err("an interval needs both bounds".into());
        }
        if self.value.is_none() && self.lower.is_some() {
            return Err("a missing figure cannot have an interval".into());
        }
        if !(1000..=9999).contains(&self.at.year) {
            return Err(format!("{} is not a four-digit year", self.at.year));
        }
        Ok(())
    }

    /// A figure with a value that is publishable (not missing).
    pub fn shown_value(&self) -> Option<Decimal> {
        if self.status.allows_value() {
            self.value
        } else {
            None
        }
    }

    /// The base (n) as published: only beside a shown value. A suppressed cell is usually
    /// suppressed because its group is small, so its denominator would tell what the
    /// suppression hides, and with the margins it helps to difference the cell back.
    pub fn shown_base(&self) -> Option<i64> {
        self.shown_value().and(self.base)
    }
}

/// Figures with a given code of `breakdown` and every other breakdown at its total (the whole
/// city, all sexes, all ages), by year: the series the pages, the API and the report judge.
pub fn series_of<'a>(
    observations: impl IntoIterator<Item = &'a Observation>,
    breakdown: Breakdown,
    code: &str,
) -> Vec<&'a Observation> {
    let mut series: Vec<&Observation> = observations
        .into_iter()
        .filter(|o| {
            Breakdown::ALL.into_iter().all(|b| {
                if b == breakdown {
                    o.at.get(b) == code
                } else {
                    o.at.get(b) == TOTAL
                }
            })
        })
        .collect();
    series.sort_by_key(|o| o.at.year);
    series
}

/// Parses an SDMX-style age code into its range in completed years: `Y3T5` → (3, Some(5)),
/// `Y_LT18` → (0, Some(17)), `Y_GE65` → (65, None), `Y18` → (18, Some(18)).
pub fn age_range(code: &str) -> Option<(u32, Option<u32>)> {
    let rest = code.strip_prefix('Y')?;
    if let Some(upper) = rest.strip_prefix("_LT") {
        let upper: u32 = upper.parse().ok()?;
        return Some((0, Some(upper.checked_sub(1)?)));
    }
    if let Some(lower) = rest.strip_prefix("_GE") {
        return Some((lower.parse().ok()?, None));
    }
    if let Some((from, to)) = rest.split_once('T') {
        return Some((from.parse().ok()?, Some(to.parse().ok()?)));
    }
    let single: u32 = rest.parse().ok()?;
    Some((single, Some(single)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: Option<&str>, status: ObsStatus) -> Observation {
        Observation {
            indicator: "x".into(),
            at: Coordinates::total(2020),
            value: value.map(|v| v.parse().unwrap()),
            lower: None,
            upper: None,
            base: None,
            status,
            conf_status: None,
            sign: None,
            footnotes: Vec::new(),
        }
    }

    #[test]
    fn a_base_is_shown_only_beside_a_shown_value() {
        let mut shown = figure(Some("12.5"), ObsStatus::Normal);
        shown.base = Some(480);
        assert_eq!(shown.shown_base(), Some(480));
        let mut suppressed = figure(None, ObsStatus::Suppressed);
        suppressed.base = Some(7);
        assert_eq!(suppressed.shown_base(), None);
        let mut missing = figure(None, ObsStatus::NotApplicable);
        missing.base = Some(7);
        assert_eq!(missing.shown_base(), None);
    }

    #[test]
    fn suppressed_figures_have_no_value() {
        assert!(figure(Some("0"), ObsStatus::Suppressed).check().is_err());
        assert!(figure(None, ObsStatus::Suppressed).check().is_ok());
        assert!(figure(None, ObsStatus::Normal).check().is_err());
        assert!(figure(Some("1.5"), ObsStatus::Provisional).check().is_ok());
        assert_eq!(figure(None, ObsStatus::Suppressed).shown_value(), None);
    }

    #[test]
    fn age_codes() {
        assert_eq!(age_range("Y3T5"), Some((3, Some(5))));
        assert_eq!(age_range("Y_LT3"), Some((0, Some(2))));
        assert_eq!(age_range("Y_GE65"), Some((65, None)));
        assert_eq!(age_range("Y18"), Some((18, Some(18))));
        assert_eq!(age_range("_T"), None);
        assert_eq!(age_range("Yx"), None);
    }
}
