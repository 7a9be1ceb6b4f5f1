//! The integration report and the per-indicator sheet as data: everything a renderer needs, in
//! the order a council member reads it, and nothing the public web would not show.
//!
//! An edition stores its [`ReportData`] as JSON, so the same report can be rendered again years
//! later from exactly the figures, texts and measures it was released with. The types are
//! therefore plain serde values; texts stay multilingual ([`Text`]) so one snapshot serves every
//! language, and figures carry only what disclosure control lets through (see [`shown`]).
//!
//! The rules that pick what the summary says (largest gaps and their trend, fields whose
//! recommendations have no measure, measures completed or stopped in the year) live in
//! [`summary`], with hand-computed tests.

pub mod summary;
mod translate;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::concept::{City, RecommendationKind, Section};
use crate::measure::{Programme, Status};
use crate::money::Money;
use crate::monitoring::judgement::{Direction, TargetJudgement};
use crate::monitoring::{Decimal, IndicatorDef, Observation, PopulationConcept, Target, Unit};
use crate::text::Text;

pub use summary::{
    GapTrend, PreviousGap, Trend, fields_without_measure, largest_gaps, measures_ended_in, shown,
    target_statuses, total_change,
};

/// Raised when the shape of [`ReportData`] changes in a way an old snapshot cannot be read as;
/// a renderer can refuse (or convert) a snapshot of another format.
pub const FORMAT: u32 = 1;

/// The whole report for one city and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportData {
    /// [`FORMAT`] when the snapshot was made.
    pub format: u32,
    pub city: City,
    /// The reporting year: figures up to this year, measures completed or stopped in it.
    pub year: i32,
    /// The concept's title and subtitle, for the title page.
    pub title: Text,
    pub subtitle: Option<Text>,
    /// When the data was assembled (RFC 3339, UTC). A renderer takes the PDF's date from here,
    /// never from a clock, so the same snapshot gives the same bytes.
    pub created_at: String,
    /// The date (ISO) of the latest import whose figures the report shows.
    pub data_date: Option<String>,
    /// The concept version the report was built from, and its content hash.
    pub concept_version: i64,
    pub concept_hash: String,
    /// The indicator catalogue's content hash and when it was loaded.
    pub catalogue_version: Option<String>,
    pub catalogue_loaded_at: Option<String>,
    /// Any figure of the report is demo data (each sheet says which).
    pub demo: bool,
    pub summary: Summary,
    pub concept: ConceptBrief,
    /// The action fields in force, in concept order.
    pub fields: Vec<FieldReport>,
    pub method: Method,
    /// Every indicator of the catalogue, in catalogue order: the appendix, and the sheets the
    /// fields refer to by id.
    pub indicators: Vec<IndicatorSheet>,
}

impl ReportData {
    /// The sheet of indicator `id`, as a field refers to it.
    pub fn indicator(&self, id: &str) -> Option<&IndicatorSheet> {
        self.indicators
            .iter()
            .find(|sheet| sheet.indicator.id == id)
    }
}

/// What changed since the last report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The largest gaps between a group and its reference, largest first.
    pub gaps: Vec<GapTrend>,
    /// Fields with recommendations in force that no public measure serves.
    pub fields_without_measure: Vec<FieldWithoutMeasure>,
    /// Public measures completed (or made permanent) in the year.
    pub completed: Vec<MeasureRef>,
    /// Public measures stopped in the year.
    pub stopped: Vec<MeasureRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldWithoutMeasure {
    pub slug: String,
    pub title: Text,
    pub recommendations: Vec<RecommendationRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecommendationRef {
    pub id: String,
    pub text: Text,
}

/// A measure named in the summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureRef {
    pub id: i64,
    pub title: Text,
    /// The field whose working group carries it.
    pub field: String,
    pub status: Status,
    /// The day it reached its status (from the audit log, else its end date).
    pub date: Option<Date>,
    pub stop_reason: Option<String>,
    pub demo: bool,
}

/// The concept in brief: the vision, the understanding of integration and the development
/// points, as the concept states them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConceptBrief {
    pub adopted: Option<String>,
    pub sections: Vec<Section>,
}

/// One action field as the report shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldReport {
    pub slug: String,
    pub title: Text,
    pub intro: Option<Text>,
    pub recommendation_kind: RecommendationKind,
    /// The recommendations in force, with the public measures that serve them.
    pub recommendations: Vec<RecommendationReport>,
    /// The field's public measures (by working group), in the store's order.
    pub measures: Vec<MeasureReport>,
    /// Weighted progress of the measures serving the field, 0–100, and whether budgets weighted
    /// it (see `measure::rollup`).
    pub progress: Option<f64>,
    pub weighted_by_budget: bool,
    pub working_group: WorkingGroupReport,
    /// Ids of the indicators that inform the field, in catalogue order
    /// ([`ReportData::indicator`]).
    pub indicators: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecommendationReport {
    pub id: String,
    pub text: Text,
    /// Ids of the public measures serving it.
    pub measures: Vec<i64>,
    pub progress: Option<f64>,
}

/// A public measure, with what a council member asks about it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeasureReport {
    pub id: i64,
    pub title: Text,
    pub description: Text,
    pub recommendations: Vec<String>,
    pub programme: Programme,
    pub organisation: String,
    pub status: Status,
    pub stop_reason: Option<String>,
    /// 0–100 %.
    pub progress: u8,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub budget_planned: Option<Money>,
    pub budget_spent: Option<Money>,
    pub demo: bool,
}

/// The working group of a field as the public sees it: names only where the member agreed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkingGroupReport {
    pub members: Vec<MemberReport>,
    /// Meetings held in the reporting year, and the date of the latest meeting at all.
    pub meetings_in_year: usize,
    pub last_meeting: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemberReport {
    /// None unless the person agreed to be named in public.
    pub person: Option<String>,
    pub organisation: String,
    pub is_chair: bool,
}

/// The method chapter's data; its explanatory texts are translation messages of the renderer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Method {
    /// The population concepts the catalogue's indicators use, each once, in catalogue order.
    pub population_concepts: Vec<PopulationConcept>,
    /// How many figures of the report are withheld (suppressed, not applicable, not yet
    /// available): the count, never the values.
    pub missing_figures: usize,
    /// Sources and dates per indicator, in catalogue order.
    pub sources: Vec<SourceNote>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceNote {
    pub indicator: String,
    pub title: Text,
    pub source: Text,
    pub rhythm: Option<Text>,
    pub imports: Vec<ImportNote>,
}

/// An import that brought figures the report shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportNote {
    pub id: i64,
    pub source: String,
    pub file_name: String,
    pub format: String,
    /// RFC 3339.
    pub imported_at: String,
    pub demo: bool,
}

/// One indicator: its definition, its figures as the web shows them, and the judgements. The
/// report's appendix holds one per indicator; `teilhabe report --indicator` prints one alone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorSheet {
    pub format: u32,
    pub city: City,
    /// When the sheet was assembled (RFC 3339, UTC); the PDF's date.
    pub created_at: String,
    pub catalogue_version: Option<String>,
    pub indicator: IndicatorDef,
    /// The figures up to the report's year (a sheet alone: all), passed through [`shown`]: a
    /// withheld figure has no value, interval or base — only its status, sign and footnotes.
    pub figures: Vec<Observation>,
    /// Footnote texts in the order they first appear in `figures` (by year, then coordinates).
    pub footnotes: Vec<String>,
    pub demo: bool,
    /// The latest year with figures.
    pub latest_year: Option<i32>,
    /// The latest change of the whole population's series.
    pub latest_change: Direction,
    /// The gap between group and reference in the latest year with both, and its trend.
    pub gap: Option<GapTrend>,
    pub targets: Vec<TargetStatus>,
    /// The imports the figures come from, newest first.
    pub imports: Vec<ImportNote>,
    /// The date (ISO) of the newest of those imports.
    pub data_date: Option<String>,
}

/// A target with the on-track judgement of its series.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TargetStatus {
    pub target: Target,
    pub judgement: TargetJudgement,
}

/// The unit and decimals a figure of a sheet is shown with.
impl IndicatorSheet {
    pub fn unit(&self) -> Unit {
        self.indicator.unit
    }

    /// The value of the whole population in `year`, if shown.
    pub fn total(&self, year: i32) -> Option<Decimal> {
        self.figures
            .iter()
            .find(|o| o.at == crate::monitoring::Coordinates::total(year))
            .and_then(Observation::shown_value)
    }
}
