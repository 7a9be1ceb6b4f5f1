//! One indicator's part of a document (chart, gap, map, table, targets) and the document's
//! files.

use teilhabe_charts::figures::{self, Footnotes};
use teilhabe_domain::monitoring::{Breakdown, Observation};
use teilhabe_domain::report::IndicatorSheet;
use teilhabe_domain::text::Text;
use teilhabe_i18n::Translator;

use super::labels::labels;
use super::model::*;
use crate::RenderError;
use crate::glyphs::{chart_svg, printable, printable_json};

/// Builds the documents' files: the template's data, its labels and the charts.
pub(super) struct Builder<'a> {
    pub(super) t: Translator<'a>,
    pub(super) city: String,
    pub(super) portal: Option<String>,
    pub(super) charts: Vec<(String, Vec<u8>)>,
}

impl Builder<'_> {
    pub(super) fn text(&self, text: &Text) -> String {
        text.get(self.t.code()).to_owned()
    }

    pub(super) fn chart(&mut self, svg: String) -> String {
        let file = format!("charts/{}.svg", self.charts.len() + 1);
        self.charts
            .push((format!("/{file}"), chart_svg(&svg).into_bytes()));
        file
    }

    pub(super) fn link(&self, path: &str) -> Option<String> {
        self.portal.as_ref().map(|portal| format!("{portal}{path}"))
    }

    pub(super) fn date(&self, iso: &str) -> String {
        self.t.long_date(iso)
    }

    pub(super) fn sheet(&mut self, sheet: &IndicatorSheet, demo_all: bool) -> SheetView {
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

    pub(super) fn files(self, document: &Document) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
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
