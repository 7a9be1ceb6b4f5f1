//! The shape of `data.json`: what the template reads, already in the reader's language.

use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Document {
    /// `report` or `sheet`: which part of the template runs.
    pub(super) kind: &'static str,
    pub(super) lang: String,
    pub(super) title: String,
    pub(super) subtitle: Option<String>,
    pub(super) city: String,
    pub(super) year: Option<i32>,
    /// "Bericht für das Jahr 2024" on the title page.
    pub(super) year_line: Option<String>,
    pub(super) created: String,
    pub(super) data_date: Option<String>,
    pub(super) portal: Option<String>,
    /// Every page is marked as demo data.
    pub(super) demo_all: bool,
    /// Some figures or measures are demo data (the title page says so).
    pub(super) contains_demo: bool,
    pub(super) summary: Option<SummaryView>,
    pub(super) concept: Vec<SectionView>,
    pub(super) fields: Vec<FieldView>,
    pub(super) method: Option<MethodView>,
    pub(super) indicators: Vec<SheetView>,
}

#[derive(Serialize)]
pub(super) struct SummaryView {
    pub(super) gaps: Vec<Line>,
    pub(super) without_measure: Vec<FieldLines>,
    pub(super) completed: Vec<Line>,
    pub(super) stopped: Vec<Line>,
}

/// A line of text, marked when it speaks of demo figures or measures.
#[derive(Serialize)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) demo: bool,
}

#[derive(Serialize)]
pub(super) struct FieldLines {
    pub(super) title: String,
    pub(super) lines: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct SectionView {
    pub(super) heading: String,
    pub(super) intro: Option<String>,
    pub(super) items: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct FieldView {
    pub(super) slug: String,
    pub(super) title: String,
    pub(super) intro: Option<String>,
    pub(super) link: Option<String>,
    pub(super) recommendations_heading: String,
    pub(super) progress: Option<String>,
    pub(super) recommendations: Vec<RecommendationView>,
    pub(super) measures: Vec<MeasureView>,
    pub(super) group: GroupView,
    /// Indexes into `indicators`.
    pub(super) indicators: Vec<usize>,
}

#[derive(Serialize)]
pub(super) struct RecommendationView {
    pub(super) id: String,
    pub(super) text: String,
    pub(super) measures: String,
}

#[derive(Serialize)]
pub(super) struct MeasureView {
    pub(super) title: String,
    pub(super) status: String,
    pub(super) progress: String,
    pub(super) budget: String,
    pub(super) organisation: String,
    pub(super) period: String,
    pub(super) demo: bool,
}

#[derive(Serialize)]
pub(super) struct GroupView {
    pub(super) members: Vec<String>,
    pub(super) meetings: String,
}

#[derive(Serialize)]
pub(super) struct MethodView {
    pub(super) concepts: Vec<ConceptNote>,
    pub(super) missing: String,
    pub(super) sources: Vec<SourceView>,
}

#[derive(Serialize)]
pub(super) struct ConceptNote {
    pub(super) name: String,
    pub(super) text: String,
}

#[derive(Serialize)]
pub(super) struct SourceView {
    pub(super) title: String,
    pub(super) source: String,
    pub(super) rhythm: Option<String>,
    pub(super) imports: Vec<Line>,
}

#[derive(Serialize)]
pub(super) struct SheetView {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) demo: bool,
    pub(super) link: Option<String>,
    pub(super) definition: String,
    pub(super) numerator: String,
    pub(super) denominator: String,
    pub(super) unit: String,
    pub(super) concept: String,
    pub(super) polarity: String,
    pub(super) source: String,
    pub(super) rhythm: Option<String>,
    pub(super) caveats: Vec<String>,
    pub(super) latest_change: String,
    pub(super) data_date: Option<String>,
    pub(super) chart: Option<FigureView>,
    pub(super) gap: Option<GapFigure>,
    pub(super) map: Option<MapFigure>,
    pub(super) table: TableView,
    pub(super) targets: Vec<TargetView>,
    pub(super) footnotes: Vec<String>,
}

#[derive(Serialize)]
pub(super) struct FigureView {
    pub(super) file: String,
    /// The SVG's title, printed as the figure's caption.
    pub(super) title: String,
    pub(super) alt: String,
}

#[derive(Serialize)]
pub(super) struct GapFigure {
    pub(super) file: String,
    pub(super) title: String,
    pub(super) alt: String,
    pub(super) heading: String,
    pub(super) group: String,
    pub(super) reference: String,
    pub(super) rows: Vec<[String; 4]>,
}

#[derive(Serialize)]
pub(super) struct MapFigure {
    pub(super) file: String,
    pub(super) title: String,
    pub(super) alt: String,
    pub(super) caption: String,
    pub(super) rows: Vec<CellRow>,
}

#[derive(Serialize)]
pub(super) struct CellRow {
    pub(super) label: String,
    pub(super) cell: CellView,
}

#[derive(Serialize)]
pub(super) struct TableView {
    pub(super) caption: String,
    pub(super) years: Vec<String>,
    pub(super) rows: Vec<SeriesRow>,
}

#[derive(Serialize)]
pub(super) struct SeriesRow {
    pub(super) label: String,
    pub(super) cells: Vec<CellView>,
}

/// A table cell: the shown value or the status of a withheld figure, footnote numbers, and
/// the status of a shown but qualified value (provisional, estimated …).
#[derive(Serialize)]
pub(super) struct CellView {
    pub(super) text: String,
    pub(super) notes: Vec<usize>,
    pub(super) status: Option<String>,
}

#[derive(Serialize)]
pub(super) struct TargetView {
    pub(super) text: String,
    pub(super) verdict: String,
    pub(super) detail: Option<String>,
}
