//! Indicator definitions as the city writes them (`data/indicators/*.toml`), shared by the
//! statistics engine (which computes them) and the web layer (which shows their metadata).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

// The same population concepts and polarities as the monitoring catalogue, so that a city
// writes them one way in every indicator file.
pub use crate::monitoring::{Polarity, PopulationConcept};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// Numerator is a part of the denominator: a share, with Wilson interval and gaps.
    Share,
    /// Numerator and denominator are different populations (dependency ratios).
    Ratio,
    /// Events over a population at risk (naturalisation rate); interval as for a share.
    Rate,
    /// Index of dissimilarity of two groups across the areas of a level.
    Dissimilarity,
}

/// Cells to add up: dimension code -> item codes. Dimensions not named keep the row's breakdown
/// item (or the total where the indicator has no breakdown by them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Selection {
    #[serde(default = "persons")]
    pub measure: String,
    /// Years relative to the row's year (-1 = the year before).
    #[serde(default)]
    pub year_offset: i16,
    #[serde(flatten)]
    pub items: BTreeMap<String, Vec<String>>,
}

fn persons() -> String {
    "PERSONS".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorDefinition {
    pub id: String,
    pub title_de: String,
    pub title_en: String,
    pub definition_de: String,
    pub definition_en: String,
    pub concept: PopulationConcept,
    pub kind: IndicatorKind,
    /// Multiplier of the quotient (100 for per cent).
    #[serde(default = "hundred")]
    pub factor: f64,
    pub unit: String,
    pub polarity: Polarity,
    pub source: String,
    /// Dimensions the indicator is broken down by (every published item of each).
    #[serde(default)]
    pub breakdown: Vec<String>,
    /// Deepest level per breakdown dimension (e.g. AREA = 1 for districts only).
    #[serde(default)]
    pub max_level: BTreeMap<String, u8>,
    pub numerator: Selection,
    #[serde(default)]
    pub denominator: Option<Selection>,
    /// Overrides applied to numerator and denominator to get the reference group's value.
    #[serde(default)]
    pub reference: Option<BTreeMap<String, Vec<String>>>,
    /// Overrides for the whole population (default: every breakdown dimension at its total).
    #[serde(default)]
    pub whole: Option<BTreeMap<String, Vec<String>>>,
    /// For dissimilarity: the second group (the numerator is the first) and the area level.
    #[serde(default)]
    pub compared_group: Option<Selection>,
    #[serde(default)]
    pub area_level: Option<u8>,
    #[serde(default)]
    pub caveats_de: Vec<String>,
    #[serde(default)]
    pub action_fields: Vec<String>,
}

fn hundred() -> f64 {
    100.0
}

#[derive(Debug, thiserror::Error)]
#[error("indicator definition {file}: {message}")]
pub struct IndicatorError {
    pub file: String,
    pub message: String,
}

impl IndicatorDefinition {
    /// Parses one definition file's text and checks what TOML alone cannot.
    pub fn parse(file: &str, text: &str) -> Result<Self, IndicatorError> {
        let error = |message: String| IndicatorError {
            file: file.to_string(),
            message,
        };
        let definition: Self = toml::from_str(text).map_err(|e| error(e.to_string()))?;
        match definition.kind {
            IndicatorKind::Dissimilarity if definition.compared_group.is_none() => {
                return Err(error("a dissimilarity index needs compared_group".into()));
            }
            IndicatorKind::Share | IndicatorKind::Ratio | IndicatorKind::Rate
                if definition.denominator.is_none() =>
            {
                return Err(error("a share, ratio or rate needs a denominator".into()));
            }
            _ => {}
        }
        Ok(definition)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_share_with_reference_group() {
        let text = r#"
            id = "minors_mh_share"
            title_de = "Anteil"
            title_en = "Share"
            definition_de = "d"
            definition_en = "d"
            concept = "MH"
            kind = "share"
            unit = "%"
            polarity = "neutral"
            source = "register"
            breakdown = ["AREA"]
            numerator = { AGE = ["Y_LT18"], MIGRATION_STATUS = ["MH"] }
            denominator = { AGE = ["Y_LT18"] }
            reference = { AGE = ["Y18T64", "Y_GE65"] }
        "#;
        let definition = IndicatorDefinition::parse("x.toml", text).unwrap();
        assert_eq!(definition.numerator.measure, "PERSONS");
        assert_eq!(definition.numerator.items["AGE"], vec!["Y_LT18"]);
        assert_eq!(definition.factor, 100.0);
        assert!(definition.reference.is_some());
    }

    #[test]
    fn a_share_without_denominator_is_refused() {
        let text = r#"
            id = "x"
            title_de = "x"
            title_en = "x"
            definition_de = "d"
            definition_en = "d"
            concept = "MH"
            kind = "share"
            unit = "%"
            polarity = "neutral"
            source = "register"
            numerator = { MIGRATION_STATUS = ["MH"] }
        "#;
        assert!(IndicatorDefinition::parse("x.toml", text).is_err());
    }
}
