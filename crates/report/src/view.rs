//! What the template prints, prepared in the reader's language: every text translated, every
//! number formatted with the language's decimal mark, every chart drawn as SVG by the builders
//! the web uses. The template only lays it out; it reads this as `data.json` and `labels.json`
//! and the charts as `charts/<n>.svg`, so no text of the data is ever parsed as typst markup.
//!
//! Figures are read through `Observation::shown_value()` (and the domain's `report::shown`
//! has already taken value, interval and base off withheld figures): a suppressed cell prints
//! its status and sign, never a number.

use std::sync::OnceLock;

use serde::Serialize;
use teilhabe_charts::figures::{self, Footnotes};
use teilhabe_domain::measure::Status;
use teilhabe_domain::monitoring::{Breakdown, Observation};
use teilhabe_domain::report::{
    GapTrend, IndicatorSheet, MeasureRef, MeasureReport, ReportData, Trend,
};
use teilhabe_domain::text::Text;
use teilhabe_i18n::{Locales, Translator};

use crate::glyphs::{chart_svg, printable, printable_json};
use crate::{Options, RenderError};

/// The virtual files of one document and its stable identifier.
pub(crate) struct Prepared {
    pub files: Vec<(String, Vec<u8>)>,
    pub ident: String,
}

fn locales() -> Result<&'static Locales, RenderError> {
    static LOCALES: OnceLock<Result<Locales, String>> = OnceLock::new();
    LOCALES
        .get_or_init(|| Locales::embedded().map_err(|error| error.to_string()))
        .as_ref()
        .map_err(|error| RenderError::Translations(error.clone()))
}

/// The static texts of the template: `labels.json`, keyed by the message id without `report-`.
const LABELS: &[&str] = &[
    "report-contents",
    "report-created",
    "report-data-date",
    "report-demo-page",
    "report-demo-contains",
    "report-page",
    "report-portal",
    "report-summary",
    "report-summary-gaps",
    "report-summary-gaps-none",
    "report-summary-no-measure",
    "report-summary-no-measure-none",
    "report-summary-completed",
    "report-summary-stopped",
    "report-summary-none",
    "report-concept",
    "report-fields",
    "report-recommendations",
    "report-measures",
    "report-measures-none",
    "report-measure-status",
    "report-measure-progress",
    "report-measure-budget",
    "report-measure-organisation",
    "report-measure-period",
    "report-working-group",
    "report-working-group-none",
    "report-indicators",
    "report-indicators-none",
    "report-method",
    "report-method-intro",
    "report-method-concepts",
    "report-method-concept-NAT",
    "report-method-concept-MH",
    "report-method-concept-EG",
    "report-method-concept-NONE",
    "report-method-disclosure",
    "report-method-disclosure-text",
    "report-method-signs",
    "report-method-sources",
    "report-method-glossary",
    "report-glossary-gap-term",
    "report-glossary-gap",
    "report-glossary-interval-term",
    "report-glossary-interval",
    "report-glossary-on-track-term",
    "report-glossary-on-track",
    "report-glossary-provisional-term",
    "report-glossary-provisional",
    "report-glossary-suppressed-term",
    "report-glossary-suppressed",
    "report-appendix",
    "report-appendix-intro",
    "report-definition",
    "report-numerator",
    "report-denominator",
    "report-unit",
    "report-population-concept",
    "report-polarity",
    "report-source",
    "report-rhythm",
    "report-caveats",
    "report-figures",
    "report-year",
    "report-group",
    "report-value",
    "report-district",
    "report-latest-change",
    "report-targets",
    "report-footnotes",
    "report-link-indicator",
    "gap-column",
];

fn labels(t: &Translator<'_>) -> String {
    let map: std::collections::BTreeMap<&str, String> = LABELS
        .iter()
        .map(|id| (id.strip_prefix("report-").unwrap_or(id), t.msg(id)))
        .collect();
    serde_json::to_string(&map).unwrap_or_default()
}

#[derive(Serialize)]
struct Document {
    /// `report` or `sheet`: which part of the template runs.
    kind: &'static str,
    lang: String,
    title: String,
    subtitle: Option<String>,
    city: String,
    year: Option<i32>,
    /// "Bericht für das Jahr 2024" on the title page.
    year_line: Option<String>,
    created: String,
    data_date: Option<String>,
    portal: Option<String>,
    /// Every page is marked as demo data.
    demo_all: bool,
    /// Some figures or measures are demo data (the title page says so).
    contains_demo: bool,
    summary: Option<SummaryView>,
    concept: Vec<SectionView>,
    fields: Vec<FieldView>,
    method: Option<MethodView>,
    indicators: Vec<SheetView>,
}

#[derive(Serialize)]
struct SummaryView {
    gaps: Vec<Line>,
    without_measure: Vec<FieldLines>,
    completed: Vec<Line>,
    stopped: Vec<Line>,
}

/// A line of text, marked when it speaks of demo figures or measures.
#[derive(Serialize)]
struct Line {
    text: String,
    demo: bool,
}

#[derive(Serialize)]
struct FieldLines {
    title: String,
    lines: Vec<String>,
}

#[derive(Serialize)]
struct SectionView {
    heading: String,
    intro: Option<String>,
    items: Vec<String>,
}

#[derive(Serialize)]
struct FieldView {
    slug: String,
    title: String,
    intro: Option<String>,
    link: Option<String>,
    recommendations_heading: String,
    progress: Option<String>,
    recommendations: Vec<RecommendationView>,
    measures: Vec<MeasureView>,
    group: GroupView,
    /// Indexes into `indicators`.
    indicators: Vec<usize>,
}

#[derive(Serialize)]
struct RecommendationView {
    id: String,
    text: String,
    measures: String,
}

#[derive(Serialize)]
struct MeasureView {
    title: String,
    status: String,
    progress: String,
    budget: String,
    organisation: String,
    period: String,
    demo: bool,
}

#[derive(Serialize)]
struct GroupView {
    members: Vec<String>,
    meetings: String,
}

#[derive(Serialize)]
struct MethodView {
    concepts: Vec<ConceptNote>,
    missing: String,
    sources: Vec<SourceView>,
}

#[derive(Serialize)]
struct ConceptNote {
    name: String,
    text: String,
}

#[derive(Serialize)]
struct SourceView {
    title: String,
    source: String,
    rhythm: Option<String>,
    imports: Vec<Line>,
}

#[derive(Serialize)]
struct SheetView {
    id: String,
    title: String,
    demo: bool,
    link: Option<String>,
    definition: String,
    numerator: String,
    denominator: String,
    unit: String,
    concept: String,
    polarity: String,
    source: String,
    rhythm: Option<String>,
    caveats: Vec<String>,
    latest_change: String,
    data_date: Option<String>,
    chart: Option<FigureView>,
    gap: Option<GapFigure>,
    map: Option<MapFigure>,
    table: TableView,
    targets: Vec<TargetView>,
    footnotes: Vec<String>,
}

#[derive(Serialize)]
struct FigureView {
    file: String,
    /// The SVG's title, printed as the figure's caption.
    title: String,
    alt: String,
}

#[derive(Serialize)]
struct GapFigure {
    file: String,
    title: String,
    alt: String,
    heading: String,
    group: String,
    reference: String,
    rows: Vec<[String; 4]>,
}

#[derive(Serialize)]
struct MapFigure {
    file: String,
    title: String,
    alt: String,
    caption: String,
    rows: Vec<CellRow>,
}

#[derive(Serialize)]
struct CellRow {
    label: String,
    cell: CellView,
}

#[derive(Serialize)]
struct TableView {
    caption: String,
    years: Vec<String>,
    rows: Vec<SeriesRow>,
}

#[derive(Serialize)]
struct SeriesRow {
    label: String,
    cells: Vec<CellView>,
}

/// A table cell: the shown value or the status of a withheld figure, footnote numbers, and
/// the status of a shown but qualified value (provisional, estimated …).
#[derive(Serialize)]
struct CellView {
    text: String,
    notes: Vec<usize>,
    status: Option<String>,
}

#[derive(Serialize)]
struct TargetView {
    text: String,
    verdict: String,
    detail: Option<String>,
}

/// Builds the documents' files: the template's data, its labels and the charts.
struct Builder<'a> {
    t: Translator<'a>,
    city: String,
    portal: Option<String>,
    charts: Vec<(String, Vec<u8>)>,
}

impl Builder<'_> {
    fn text(&self, text: &Text) -> String {
        text.get(self.t.code()).to_owned()
    }

    fn chart(&mut self, svg: String) -> String {
        let file = format!("charts/{}.svg", self.charts.len() + 1);
        self.charts
            .push((format!("/{file}"), chart_svg(&svg).into_bytes()));
        file
    }

    fn link(&self, path: &str) -> Option<String> {
        self.portal.as_ref().map(|portal| format!("{portal}{path}"))
    }

    fn date(&self, iso: &str) -> String {
        self.t.long_date(iso)
    }

    fn sheet(&mut self, sheet: &IndicatorSheet, demo_all: bool) -> SheetView {
        let t = self.t;
        let indicator = &sheet.indicator;
        let demo = sheet.demo || demo_all;
        let figures_list: Vec<&Observation> = sheet.figures.iter().collect();
        let city = self.city.clone();
        let notes = Footnotes::new(figures_list.iter().copied());
        let chart =
            figures::headline_chart(&t, indicator, &figures_list, &city, demo).map(|chart| {
                let alt = figures::alt_text(&chart.title, &chart.desc);
                FigureView {
                    file: self.chart(chart.render()),
                    title: chart.title,
                    alt,
                }
            });
        let gap =
            figures::gap_view(&t, indicator, &figures_list, &city, demo).map(|gap| GapFigure {
                file: self.chart(gap.svg),
                title: gap.title,
                alt: gap.alt,
                heading: gap.heading,
                group: gap.group_label,
                reference: gap.reference_label,
                rows: gap
                    .rows
                    .into_iter()
                    .map(|row| [row.year.to_string(), row.group, row.reference, row.gap])
                    .collect(),
            });
        let map =
            figures::district_map(&t, indicator, &figures_list, &city, None, demo).map(|map| {
                let rows = map
                    .districts
                    .iter()
                    .map(|(name, figure)| CellRow {
                        label: name.clone(),
                        cell: match figure {
                            Some(o) => cell(&t, indicator.decimals, &notes, o),
                            None => CellView {
                                text: t.msg("map-missing"),
                                notes: Vec::new(),
                                status: None,
                            },
                        },
                    })
                    .collect();
                MapFigure {
                    caption: t.msg_with2(
                        "map-title",
                        ("title", indicator.title.get(t.code())),
                        ("year", i64::from(map.year)),
                    ),
                    file: self.chart(map.svg),
                    title: map.title,
                    alt: map.alt,
                    rows,
                }
            });
        let table = series_table(&t, sheet, &figures_list, &city, &notes);
        let targets = sheet
            .targets
            .iter()
            .map(|status| target_view(&t, sheet, status, &city))
            .collect();
        SheetView {
            id: indicator.id.clone(),
            title: self.text(&indicator.title),
            demo,
            link: self.link(&format!("/indikatoren/{}", indicator.id)),
            definition: self.text(&indicator.definition),
            numerator: self.text(&indicator.numerator),
            denominator: self.text(&indicator.denominator),
            unit: t.msg(&format!("unit-{}", indicator.unit.as_str())),
            concept: figures::concept_label(&t, indicator.concept),
            polarity: t.msg(&format!("polarity-{}", indicator.polarity.as_str())),
            source: self.text(&indicator.source),
            rhythm: indicator.rhythm.as_ref().map(|r| self.text(r)),
            caveats: indicator.caveats.iter().map(|c| self.text(c)).collect(),
            latest_change: t.msg(&format!("direction-{}", sheet.latest_change.as_str())),
            data_date: sheet.data_date.as_deref().map(|d| self.date(d)),
            chart,
            gap,
            map,
            table,
            targets,
            footnotes: notes.list().into_iter().map(|(_, text)| text).collect(),
        }
    }

    fn files(self, document: &Document) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
        let mut data =
            serde_json::to_value(document).map_err(|error| RenderError::Data(error.to_string()))?;
        printable_json(&mut data, false);
        let data = data.to_string();
        let mut files = vec![
            ("/data.json".to_owned(), data.into_bytes()),
            (
                "/labels.json".to_owned(),
                printable(&labels(&self.t)).into_bytes(),
            ),
        ];
        files.extend(self.charts);
        Ok(files)
    }
}

fn cell(t: &Translator<'_>, decimals: u32, notes: &Footnotes, o: &Observation) -> CellView {
    CellView {
        text: figures::value_text(t, o, decimals),
        notes: notes.numbers(o),
        status: figures::shown_status(o)
            .filter(|status| status.allows_value())
            .map(|status| t.msg(&status.message_id())),
    }
}

/// All years of the series of the indicator's default breakdown, as the web's table shows
/// them under the chart it opens with.
fn series_table(
    t: &Translator<'_>,
    sheet: &IndicatorSheet,
    observations: &[&Observation],
    city: &str,
    notes: &Footnotes,
) -> TableView {
    let indicator = &sheet.indicator;
    let breakdown = figures::default_breakdown(indicator);
    let series = figures::breakdown_series(observations, breakdown);
    let b = breakdown.unwrap_or(Breakdown::Origin);
    let mut years: Vec<i32> = series
        .iter()
        .flat_map(|(_, list)| list.iter().map(|o| o.at.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let rows = series
        .iter()
        .map(|(code, list)| SeriesRow {
            label: figures::code_label(t, b, code, city),
            cells: years
                .iter()
                .map(|year| match list.iter().find(|o| o.at.year == *year) {
                    Some(o) => cell(t, indicator.decimals, notes, o),
                    None => CellView {
                        text: "–".into(),
                        notes: Vec::new(),
                        status: None,
                    },
                })
                .collect(),
        })
        .collect();
    TableView {
        caption: t.msg_with(
            "series-caption",
            "title",
            indicator.title.get(t.code()).to_owned(),
        ),
        years: years.iter().map(ToString::to_string).collect(),
        rows,
    }
}

fn target_view(
    t: &Translator<'_>,
    sheet: &IndicatorSheet,
    status: &teilhabe_domain::report::TargetStatus,
    city: &str,
) -> TargetView {
    let texts = figures::target_texts(t, &sheet.indicator, &status.target, &status.judgement, city);
    TargetView {
        text: texts.text,
        verdict: t.msg(texts.verdict_id),
        detail: texts.detail,
    }
}

fn portal(options: &Options) -> Option<String> {
    let url = options.portal_url.trim().trim_end_matches('/');
    (!url.is_empty()).then(|| url.to_owned())
}

/// The files of the full report.
pub(crate) fn report(data: &ReportData, options: &Options) -> Result<Prepared, RenderError> {
    let locales = locales()?;
    let t = locales.translator(&options.language);
    let mut builder = Builder {
        t,
        city: data.city.slug.clone(),
        portal: portal(options),
        charts: Vec::new(),
    };
    let demo_all = options.demo;
    let indicators: Vec<SheetView> = data
        .indicators
        .iter()
        .map(|sheet| builder.sheet(sheet, demo_all))
        .collect();
    let summary = summary(&builder, data);
    let concept = data
        .concept
        .sections
        .iter()
        .map(|section| SectionView {
            heading: builder.text(&section.heading),
            intro: section.intro.as_ref().map(|i| builder.text(i)),
            items: section
                .items
                .iter()
                .map(|s| builder.text(&s.text))
                .collect(),
        })
        .collect();
    let fields = data
        .fields
        .iter()
        .map(|field| FieldView {
            slug: field.slug.clone(),
            title: builder.text(&field.title),
            intro: field.intro.as_ref().map(|i| builder.text(i)),
            link: builder.link(&format!("/handlungsfelder/{}", field.slug)),
            recommendations_heading: t.msg(match field.recommendation_kind {
                teilhabe_domain::concept::RecommendationKind::Recommendation => {
                    "field-recommendations"
                }
                teilhabe_domain::concept::RecommendationKind::Area => "field-areas",
            }),
            progress: field
                .progress
                .map(|p| t.msg_with("report-field-progress", "progress", p.round() as i64)),
            recommendations: field
                .recommendations
                .iter()
                .map(|r| RecommendationView {
                    id: r.id.clone(),
                    text: builder.text(&r.text),
                    measures: t.msg_with(
                        "report-recommendation-measures",
                        "count",
                        r.measures.len(),
                    ),
                })
                .collect(),
            measures: field
                .measures
                .iter()
                .map(|m| measure_view(&builder, m, demo_all))
                .collect(),
            group: GroupView {
                members: field
                    .working_group
                    .members
                    .iter()
                    .map(|member| {
                        let name = match &member.person {
                            Some(person) => format!("{person} ({})", member.organisation),
                            None => member.organisation.clone(),
                        };
                        if member.is_chair {
                            format!("{name} – {}", t.msg("report-chair"))
                        } else {
                            name
                        }
                    })
                    .collect(),
                meetings: match &field.working_group.last_meeting {
                    Some(last) => t.msg_with2(
                        "report-meetings",
                        ("count", field.working_group.meetings_in_year),
                        ("last", builder.date(last)),
                    ),
                    None => t.msg_with2(
                        "report-meetings",
                        ("count", field.working_group.meetings_in_year),
                        ("last", "–"),
                    ),
                },
            },
            indicators: field
                .indicators
                .iter()
                .filter_map(|id| {
                    data.indicators
                        .iter()
                        .position(|sheet| &sheet.indicator.id == id)
                })
                .collect(),
        })
        .collect();
    let method = MethodView {
        concepts: data
            .method
            .population_concepts
            .iter()
            .map(|concept| ConceptNote {
                name: figures::concept_label(&t, *concept),
                text: t.msg(&format!("report-method-concept-{}", concept.code())),
            })
            .collect(),
        missing: t.msg_with(
            "report-method-missing",
            "count",
            data.method.missing_figures,
        ),
        sources: data
            .method
            .sources
            .iter()
            .map(|source| SourceView {
                title: builder.text(&source.title),
                source: builder.text(&source.source),
                rhythm: source.rhythm.as_ref().map(|r| builder.text(r)),
                imports: source
                    .imports
                    .iter()
                    .map(|import| Line {
                        text: t.msg_with2(
                            "report-method-import",
                            ("file", import.file_name.as_str()),
                            ("date", builder.date(&import.imported_at)),
                        ),
                        demo: import.demo || demo_all,
                    })
                    .collect(),
            })
            .collect(),
    };
    let document = Document {
        kind: "report",
        lang: t.locale().html_lang.clone(),
        title: builder.text(&data.title),
        subtitle: data.subtitle.as_ref().map(|s| builder.text(s)),
        city: data.city.name.clone(),
        year: Some(data.year),
        year_line: Some(t.msg_with("report-title-page-year", "year", i64::from(data.year))),
        created: builder.date(&data.created_at),
        data_date: data.data_date.as_deref().map(|d| builder.date(d)),
        portal: builder.portal.clone(),
        demo_all,
        contains_demo: data.demo || demo_all,
        summary: Some(summary),
        concept,
        fields,
        method: Some(method),
        indicators,
    };
    let ident = format!(
        "teilhabe-report/{}/{}/{}/{}",
        data.city.slug,
        data.year,
        t.code(),
        data.created_at
    );
    Ok(Prepared {
        files: builder.files(&document)?,
        ident,
    })
}

fn measure_view(builder: &Builder<'_>, m: &MeasureReport, demo_all: bool) -> MeasureView {
    let t = builder.t;
    let money = |money: teilhabe_domain::money::Money| {
        if t.code() == "de" {
            money.to_german()
        } else {
            money.to_english()
        }
    };
    let budget = match (m.budget_planned, m.budget_spent) {
        (Some(planned), Some(spent)) => t.msg_with2(
            "report-budget-planned-spent",
            ("planned", money(planned)),
            ("spent", money(spent)),
        ),
        (Some(planned), None) => t.msg_with("report-budget-planned", "planned", money(planned)),
        (None, Some(spent)) => t.msg_with("report-budget-spent", "spent", money(spent)),
        (None, None) => "–".into(),
    };
    let mut status = t.msg(&format!("status-{}", m.status.as_str()));
    if let (Status::Stopped, Some(reason)) = (m.status, &m.stop_reason) {
        status = format!("{status}: {reason}");
    }
    let date = |d: Option<jiff::civil::Date>| d.map(|d| builder.date(&d.to_string()));
    MeasureView {
        title: builder.text(&m.title),
        status,
        progress: format!("{} %", m.progress),
        budget,
        organisation: m.organisation.clone(),
        period: match (date(m.start), date(m.end)) {
            (Some(start), Some(end)) => format!("{start} – {end}"),
            (Some(start), None) => format!("{start} –"),
            (None, Some(end)) => format!("– {end}"),
            (None, None) => "–".into(),
        },
        demo: m.demo || demo_all,
    }
}

fn summary(builder: &Builder<'_>, data: &ReportData) -> SummaryView {
    let t = builder.t;
    let mark = t.decimal_mark();
    let gap_line = |gap: &GapTrend| {
        let decimals = data
            .indicator(&gap.indicator)
            .map_or(1, |sheet| sheet.indicator.decimals);
        let value = |d| figures::format_decimal(d, decimals, mark);
        let trend = match gap.trend {
            Trend::Narrowed => "report-trend-narrowed",
            Trend::Widened => "report-trend-widened",
            Trend::Unchanged => "report-trend-unchanged",
            Trend::NotComparable => "report-trend-not-comparable",
            Trend::NoEarlierYear => "report-trend-no-earlier-year",
        };
        let city = &builder.city;
        Line {
            text: format!(
                "{}: {}",
                builder.text(&gap.title),
                t.msg_with2(
                    "report-gap-line",
                    (
                        "values",
                        format!(
                            "{} {}, {} {}",
                            figures::code_label(&t, Breakdown::Origin, &gap.group, city),
                            value(gap.group_value),
                            figures::code_label(&t, Breakdown::Origin, &gap.reference, city),
                            value(gap.reference_value)
                        ),
                    ),
                    (
                        "gap",
                        format!(
                            "{} ({}); {}",
                            figures::signed(value(gap.difference)),
                            gap.year,
                            t.msg(trend)
                        ),
                    ),
                )
            ),
            demo: gap.demo,
        }
    };
    let measure_line = |m: &MeasureRef| Line {
        text: match &m.date {
            Some(date) => format!(
                "{} ({})",
                builder.text(&m.title),
                builder.date(&date.to_string())
            ),
            None => builder.text(&m.title),
        },
        demo: m.demo,
    };
    SummaryView {
        gaps: data.summary.gaps.iter().map(gap_line).collect(),
        without_measure: data
            .summary
            .fields_without_measure
            .iter()
            .map(|field| FieldLines {
                title: builder.text(&field.title),
                lines: field
                    .recommendations
                    .iter()
                    .map(|r| format!("{} {}", r.id, builder.text(&r.text)))
                    .collect(),
            })
            .collect(),
        completed: data.summary.completed.iter().map(measure_line).collect(),
        stopped: data.summary.stopped.iter().map(measure_line).collect(),
    }
}

/// The files of one indicator's sheet.
pub(crate) fn sheet(sheet: &IndicatorSheet, options: &Options) -> Result<Prepared, RenderError> {
    let locales = locales()?;
    let t = locales.translator(&options.language);
    let mut builder = Builder {
        t,
        city: sheet.city.slug.clone(),
        portal: portal(options),
        charts: Vec::new(),
    };
    let view = builder.sheet(sheet, options.demo);
    let document = Document {
        kind: "sheet",
        lang: t.locale().html_lang.clone(),
        title: view.title.clone(),
        subtitle: Some(t.msg_with("report-sheet-subtitle", "city", sheet.city.name.as_str())),
        city: sheet.city.name.clone(),
        year: sheet.latest_year,
        year_line: None,
        created: builder.date(&sheet.created_at),
        data_date: sheet.data_date.as_deref().map(|d| builder.date(d)),
        portal: builder.portal.clone(),
        demo_all: options.demo,
        contains_demo: sheet.demo || options.demo,
        summary: None,
        concept: Vec::new(),
        fields: Vec::new(),
        method: None,
        indicators: vec![view],
    };
    let ident = format!(
        "teilhabe-sheet/{}/{}/{}/{}",
        sheet.city.slug,
        sheet.indicator.id,
        t.code(),
        sheet.created_at
    );
    Ok(Prepared {
        files: builder.files(&document)?,
        ident,
    })
}
