//! Indicator definitions: what is measured, how, for whom, from which source, and what it informs.
//!
//! A city keeps its catalogue as TOML files (`data/indicators/<city>/<id>.toml`, one indicator a
//! file); [`parse_indicator`] reads one and reports problems with line and column.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;
use super::observation::{Breakdown, TOTAL};
use crate::concept::{Concept, is_slug};
use crate::position::Position;
use crate::text::Text;

/// Which of the three German ways of saying "migration history" a figure uses. Figures of two
/// concepts are never set against each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PopulationConcept {
    /// Nationality: foreign nationals vs Germans.
    #[serde(rename = "NAT")]
    Nationality,
    /// Migration background (person or a parent not German by birth).
    #[serde(rename = "MH")]
    MigrationBackground,
    /// Immigration history (immigrated since 1950, or both parents did).
    #[serde(rename = "EG")]
    ImmigrationHistory,
    /// The figure is not split by origin (e.g. requests for language mediation).
    #[serde(rename = "NONE")]
    None,
}

impl PopulationConcept {
    pub fn code(self) -> &'static str {
        match self {
            PopulationConcept::Nationality => "NAT",
            PopulationConcept::MigrationBackground => "MH",
            PopulationConcept::ImmigrationHistory => "EG",
            PopulationConcept::None => "NONE",
        }
    }

    /// The origin codes this concept knows, group first, reference second.
    pub fn origin_codes(self) -> &'static [&'static str] {
        match self {
            PopulationConcept::Nationality => &["FOREIGN", "DE"],
            PopulationConcept::MigrationBackground => &["MH", "NO_MH"],
            PopulationConcept::ImmigrationHistory => &["EG", "NO_EG"],
            PopulationConcept::None => &[],
        }
    }
}

/// Whether a higher value means more participation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Polarity {
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

impl Polarity {
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::HigherIsBetter => "higher-is-better",
            Polarity::LowerIsBetter => "lower-is-better",
            Polarity::Neutral => "neutral",
        }
    }
}

/// The unit a value is given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// Per cent (the gap between two percentages is in percentage points).
    Percent,
    /// Percentage points: the difference of two percentages, for series that publish a gap
    /// (e.g. "employment rate of foreigners minus that of Germans").
    PercentagePoints,
    PerThousand,
    /// Per 10,000 residents (rare events, such as documented cases of discrimination).
    PerTenThousand,
    Count,
    /// An index on a 0–100 scale (e.g. the index of dissimilarity).
    Index,
    SquareMetres,
    Years,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::PercentagePoints => "percentage-points",
            Unit::PerThousand => "per-thousand",
            Unit::PerTenThousand => "per-ten-thousand",
            Unit::Count => "count",
            Unit::Index => "index",
            Unit::SquareMetres => "square-metres",
            Unit::Years => "years",
        }
    }

    /// SDMX UNIT_MEASURE code.
    pub fn sdmx(self) -> &'static str {
        match self {
            Unit::Percent => "PT",
            Unit::PercentagePoints => "PP",
            Unit::PerThousand => "PER_1000",
            Unit::PerTenThousand => "PER_10000",
            Unit::Count => "NUM",
            Unit::Index => "IX",
            Unit::SquareMetres => "M2",
            Unit::Years => "YR",
        }
    }
}

impl Unit {
    pub const ALL: [Unit; 8] = [
        Unit::Percent,
        Unit::PercentagePoints,
        Unit::PerThousand,
        Unit::PerTenThousand,
        Unit::Count,
        Unit::Index,
        Unit::SquareMetres,
        Unit::Years,
    ];

    /// Ways official tables write this unit (compared ignoring case and surrounding space), for
    /// an import whose mapping has no `[units]`: its own name, the German and English words,
    /// the signs. A table that states another unit is refused.
    pub fn spellings(self) -> &'static [&'static str] {
        match self {
            Unit::Percent => &[
                "percent",
                "per cent",
                "%",
                "Prozent",
                "in %",
                "Anteil in %",
                "v. H.",
                "vH",
            ],
            Unit::PercentagePoints => &[
                "percentage-points",
                "percentage points",
                "pp",
                "Prozentpunkte",
                "%-Punkte",
                "Pp.",
            ],
            Unit::PerThousand => &["per-thousand", "per 1000", "‰", "Promille", "je 1000"],
            Unit::PerTenThousand => &[
                "per-ten-thousand",
                "per 10000",
                "per 10,000",
                "je 10000",
                "je 10.000",
                "‱",
            ],
            Unit::Count => &["count", "number", "Anzahl", "Personen", "Anz."],
            Unit::Index => &["index", "Index", "Indexpunkte"],
            Unit::SquareMetres => &["square-metres", "m²", "m2", "qm", "Quadratmeter"],
            Unit::Years => &["years", "Jahre", "Jahr"],
        }
    }

    /// Is `text` one of [`Unit::spellings`]?
    pub fn is_written_as(self, text: &str) -> bool {
        let text = text.trim();
        self.spellings()
            .iter()
            .any(|spelling| spelling.eq_ignore_ascii_case(text) || *spelling == text)
    }

    /// The unit `text` stands for, if it is a known spelling of exactly one.
    pub fn from_text(text: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|unit| unit.is_written_as(text))
    }
}

/// A target for one series of the indicator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub year: i32,
    pub value: Decimal,
    /// The origin group the target is for; `_T` (default) is the whole population.
    #[serde(default = "total")]
    pub origin: String,
    /// Who set it and where (e.g. a council decision).
    #[serde(default)]
    pub note: Option<Text>,
}

fn total() -> String {
    TOTAL.to_owned()
}

/// One indicator of the catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    pub id: String,
    /// The code in the states' integration monitoring (e.g. `D3`), where there is one.
    #[serde(default)]
    pub code: Option<String>,
    pub title: Text,
    pub definition: Text,
    pub numerator: Text,
    pub denominator: Text,
    pub unit: Unit,
    /// Decimal places shown (values are stored exactly as imported).
    #[serde(default = "one")]
    pub decimals: u32,
    pub concept: PopulationConcept,
    pub polarity: Polarity,
    /// The origin code of the group compared, and of the reference group (by default the
    /// concept's two groups).
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub reference: Option<String>,
    pub source: Text,
    #[serde(default)]
    pub rhythm: Option<Text>,
    /// Action fields (slugs) and recommendations (ids) of the concept this indicator informs.
    pub fields: Vec<String>,
    #[serde(default)]
    pub recommendations: Vec<String>,
    pub breakdowns: Vec<Breakdown>,
    #[serde(default)]
    pub caveats: Vec<Text>,
    #[serde(default)]
    pub targets: Vec<Target>,
    /// The id of the statistics engine's indicator (`teilhabe compute`, `indicators.csv` of the
    /// cube folder) that computes this one from the register; `import cubes` links them by it.
    #[serde(default)]
    pub engine: Option<String>,
}

fn one() -> u32 {
    1
}

impl IndicatorDef {
    /// The origin code of the group whose gap is measured, if the concept has groups.
    pub fn group_code(&self) -> Option<&str> {
        self.group
            .as_deref()
            .or_else(|| self.concept.origin_codes().first().copied())
    }

    /// The origin code of the reference group.
    pub fn reference_code(&self) -> Option<&str> {
        self.reference
            .as_deref()
            .or_else(|| self.concept.origin_codes().get(1).copied())
    }

    pub fn has_breakdown(&self, breakdown: Breakdown) -> bool {
        self.breakdowns.contains(&breakdown)
    }
}

/// A problem in an indicator file, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorProblem {
    pub position: Position,
    pub message: String,
}

impl std::fmt::Display for IndicatorProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.position, self.message)
    }
}

/// Reads one indicator file and checks it on its own (links to the concept are checked by
/// [`check_links`]).
pub fn parse_indicator(source: &str) -> Result<IndicatorDef, Vec<IndicatorProblem>> {
    let indicator: IndicatorDef = toml::from_str(source).map_err(|error| {
        vec![IndicatorProblem {
            position: error
                .span()
                .map(|span| Position::of_offset(source, span.start))
                .unwrap_or(Position { line: 1, column: 1 }),
            message: error.message().to_owned(),
        }]
    })?;
    // The line of the `nth` (0-based) line that starts with `key`, else the file's start.
    let at = |key: &str, nth: usize| {
        let offset = source
            .match_indices(key)
            .map(|(offset, _)| offset)
            .filter(|&offset| offset == 0 || source.as_bytes().get(offset - 1) == Some(&b'\n'))
            .nth(nth)
            .unwrap_or(0);
        Position::of_offset(source, offset)
    };
    let mut found: Vec<(&str, usize, String)> = Vec::new();
    let mut problem = |key: &'static str, message: String| found.push((key, 0, message));
    if !is_slug(&indicator.id) {
        problem(
            "id",
            format!(
                "id `{}` must be lowercase letters, digits and single hyphens",
                indicator.id
            ),
        );
    }
    if indicator.fields.is_empty() {
        problem(
            "fields",
            "an indicator informs at least one action field".into(),
        );
    }
    if indicator.decimals > 3 {
        problem("decimals", "at most 3 decimal places are shown".into());
    }
    let origins = indicator.concept.origin_codes();
    if indicator.concept == PopulationConcept::None
        && indicator.breakdowns.contains(&Breakdown::Origin)
    {
        problem(
            "breakdowns",
            "an indicator without population concept cannot be broken down by origin".into(),
        );
    }
    for (key, code) in [
        ("group", indicator.group.as_deref()),
        ("reference", indicator.reference.as_deref()),
    ] {
        if let Some(code) = code
            && !origins.contains(&code)
        {
            problem(
                key,
                format!(
                    "`{code}` is not an origin group of concept {}; expected one of {}",
                    indicator.concept.code(),
                    origins.join(", ")
                ),
            );
        }
    }
    let mut seen = BTreeSet::new();
    for (index, target) in indicator.targets.iter().enumerate() {
        if target.origin != TOTAL && !origins.contains(&target.origin.as_str()) {
            found.push((
                "[[targets]]",
                index,
                format!(
                    "target origin `{}` is not `_T` or a group of concept {}",
                    target.origin,
                    indicator.concept.code()
                ),
            ));
        }
        if !seen.insert((target.year, target.origin.clone())) {
            found.push((
                "[[targets]]",
                index,
                format!("two targets for {} in {}", target.origin, target.year),
            ));
        }
    }
    let problems: Vec<IndicatorProblem> = found
        .into_iter()
        .map(|(key, nth, message)| IndicatorProblem {
            position: at(key, nth),
            message,
        })
        .collect();
    if problems.is_empty() {
        Ok(indicator)
    } else {
        Err(problems)
    }
}

/// The catalogue's links that the concept does not know: unknown fields and recommendations,
/// and duplicate ids. Each message names the indicator.
pub fn check_links(indicators: &[IndicatorDef], concept: &Concept) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    for indicator in indicators {
        if !ids.insert(indicator.id.as_str()) {
            problems.push(format!("indicator `{}` is defined twice", indicator.id));
        }
        for field in &indicator.fields {
            if concept.field(field).is_none() {
                problems.push(format!(
                    "indicator `{}`: the concept has no action field `{field}`",
                    indicator.id
                ));
            }
        }
        for recommendation in &indicator.recommendations {
            let known = concept
                .fields
                .iter()
                .flat_map(|field| &field.recommendations)
                .any(|r| &r.id == recommendation);
            if !known {
                problems.push(format!(
                    "indicator `{}`: the concept has no recommendation `{recommendation}`",
                    indicator.id
                ));
            }
        }
    }
    problems
}

/// Action fields of `concept` that no indicator informs.
pub fn uncovered_fields<'a>(indicators: &[IndicatorDef], concept: &'a Concept) -> Vec<&'a str> {
    concept
        .fields
        .iter()
        .map(|field| field.slug.as_str())
        .filter(|slug| {
            !indicators
                .iter()
                .any(|indicator| indicator.fields.iter().any(|f| f == slug))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_unit_spelling_names_one_unit() {
        for unit in Unit::ALL {
            assert!(unit.is_written_as(unit.as_str()), "{unit:?}");
            for spelling in unit.spellings() {
                assert_eq!(Unit::from_text(spelling), Some(unit), "{spelling}");
                assert_eq!(Unit::from_text(&spelling.to_uppercase()), Some(unit));
            }
        }
        assert!(Unit::Percent.is_written_as(" Prozent "));
        assert!(!Unit::Percent.is_written_as("Anzahl"));
        assert_eq!(Unit::from_text("Kilogramm"), None);
    }

    #[test]
    fn a_gap_series_is_measured_in_percentage_points() {
        let source = GOOD.replace("unit = \"percent\"", "unit = \"percentage-points\"");
        let indicator = parse_indicator(&source).unwrap();
        assert_eq!(indicator.unit, Unit::PercentagePoints);
        assert_eq!(indicator.unit.as_str(), "percentage-points");
        assert_eq!(indicator.unit.sdmx(), "PP");
    }

    const GOOD: &str = r#"
id = "abgang-ohne-abschluss"
code = "D3"
title = { de = "Schulabgänge ohne Abschluss", en = "School leavers without a certificate" }
definition = { de = "Anteil", en = "Share" }
numerator = { de = "Abgänge ohne Abschluss" }
denominator = { de = "alle Abgänge" }
unit = "percent"
concept = "NAT"
polarity = "lower-is-better"
source = { de = "IT.NRW" }
fields = ["schule"]
recommendations = ["schule-2"]
breakdowns = ["origin", "sex"]

[[targets]]
year = 2025
value = 8.0
origin = "FOREIGN"
"#;

    #[test]
    fn reads_an_indicator() {
        let indicator = parse_indicator(GOOD).unwrap();
        assert_eq!(indicator.concept, PopulationConcept::Nationality);
        assert_eq!(indicator.group_code(), Some("FOREIGN"));
        assert_eq!(indicator.reference_code(), Some("DE"));
        assert_eq!(indicator.targets[0].value, "8".parse().unwrap());
        assert_eq!(indicator.decimals, 1);
    }

    #[test]
    fn reports_problems_with_position() {
        let bad = GOOD.replace("concept = \"NAT\"", "concept = \"XY\"");
        let problems = parse_indicator(&bad).unwrap_err();
        assert_eq!(problems[0].position.line, 9, "{problems:?}");

        let wrong_group = GOOD.replace("origin = \"FOREIGN\"", "origin = \"MH\"");
        let problems = parse_indicator(&wrong_group).unwrap_err();
        assert!(
            problems[0]
                .message
                .contains("not `_T` or a group of concept NAT")
        );
        assert_eq!(problems[0].position.line, 16, "{problems:?}");
    }
}
