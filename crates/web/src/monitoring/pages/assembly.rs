//! Assembling an indicator page: figures into tables, footnotes, the time-series, gap and map
//! views, and the small trend lines of the lists. Kept apart from the handlers, which only fetch.

use super::*;

use teilhabe_charts::figures::{self, Footnotes};
use teilhabe_domain::collection::publish::reporting_rate;
use teilhabe_domain::translation::keys;
use teilhabe_store::collection::CollectionReporting;

use crate::frame::Content;

fn note_refs(notes: &Footnotes, observation: &Observation) -> Vec<NoteRef> {
    notes
        .numbers(observation)
        .into_iter()
        .map(|number| NoteRef { number })
        .collect()
}

pub(super) fn cell(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    notes: &Footnotes,
    o: &Observation,
) -> Cell {
    let mark = decimal_mark(t);
    let interval = match (o.shown_value(), o.lower, o.upper) {
        (Some(_), Some(lower), Some(upper)) => Some(t.msg_with2(
            "value-interval",
            ("lower", format_decimal(lower, indicator.decimals, mark)),
            ("upper", format_decimal(upper, indicator.decimals, mark)),
        )),
        _ => None,
    };
    Cell {
        text: value_text(t, o, indicator.decimals),
        status: shown_status(o)
            .filter(|status| status.allows_value())
            .map(|status| t.msg(&status.message_id())),
        interval,
        notes: note_refs(notes, o),
        missing: o.shown_value().is_none(),
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn build_page<'a>(
    t: Translator<'a>,
    content: Content,
    page: &'a Page,
    stored: &teilhabe_store::StoredConcept,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    breakdown: Option<Breakdown>,
    map_year: Option<i32>,
    reporting: &[CollectionReporting],
) -> IndicatorPage<'a> {
    // Charts, maps and their alternative texts name the indicator in the page's language.
    let translated = content.indicator(indicator);
    let indicator = &translated;
    let lang = t.code();
    let concept = &stored.concept;
    let city = concept.city.slug.as_str();
    let notes = Footnotes::new(observations.iter().map(|stored| &stored.observation));
    let shown: Vec<&Observation> = observations
        .iter()
        .map(|stored| &stored.observation)
        .collect();
    let unit_name = t.msg(&format!("unit-{}", indicator.unit.as_str()));
    let title = content.text(&keys::indicator_title(&indicator.id), &indicator.title);

    // The codes of the chosen breakdown, in a stable order: total first.
    let series = figures::breakdown_series(&shown, breakdown);
    let b = breakdown.unwrap_or(Breakdown::Origin);
    let label = |code: &str| code_label(&t, b, code, city);

    // Latest values: the last year that has figures for this breakdown.
    let latest_year = series
        .iter()
        .flat_map(|(_, list)| list.iter().map(|o| o.at.year))
        .max();
    let latest: Vec<TableRow> = match latest_year {
        Some(year) => series
            .iter()
            .filter_map(|(code, list)| {
                list.iter().find(|o| o.at.year == year).map(|o| TableRow {
                    label: label(code),
                    cell: cell(&t, indicator, &notes, o),
                })
            })
            .collect(),
        None => Vec::new(),
    };

    // Time series: the district breakdown is shown as a map; its chart has the city line only.
    let chart_series = figures::chart_series(&series, breakdown);
    let mut years: Vec<i32> = series
        .iter()
        .flat_map(|(_, list)| list.iter().map(|o| o.at.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let series_rows: Vec<SeriesRow> = series
        .iter()
        .map(|(code, list)| SeriesRow {
            label: label(code),
            cells: years
                .iter()
                .map(|year| match list.iter().find(|o| o.at.year == *year) {
                    Some(o) => cell(&t, indicator, &notes, o),
                    None => Cell {
                        text: "–".into(),
                        status: None,
                        interval: None,
                        notes: Vec::new(),
                        missing: true,
                    },
                })
                .collect(),
        })
        .collect();

    // Targets and the on-track judgement.
    let targets: Vec<TargetView> = indicator
        .targets
        .iter()
        .map(|target| target_view(&t, indicator, observations, target, city))
        .collect();
    let breakdown_label = figures::breakdown_label(&t, breakdown);
    let demo = is_demo(observations);
    let chart = (!chart_series.is_empty()).then(|| {
        figures::time_series_chart(
            &t,
            indicator,
            &chart_series,
            &label,
            &breakdown_label,
            &notes,
            demo,
        )
        .render()
    });

    let gap = figures::gap_view(&t, indicator, &shown, city, demo);
    let map = map_view(&t, indicator, &shown, city, map_year, &notes, demo);

    let breakdowns = Breakdown::ALL
        .into_iter()
        .filter(|b| indicator.has_breakdown(*b))
        .map(|b| Link {
            label: t.msg(&format!("breakdown-{}", b.as_str())),
            href: format!(
                "/indikatoren/{}?aufschluesselung={}",
                indicator.id,
                b.as_str()
            ),
            current: Some(b) == breakdown,
        })
        .collect();
    let downloads = [
        ("csv", "download-csv"),
        ("xlsx", "download-xlsx"),
        ("json", "download-json"),
        ("sdmx-csv", "download-sdmx"),
        // Typeset by the report feature (crates/web/src/report/pdf.rs).
        ("pdf", "download-pdf"),
    ]
    .into_iter()
    .map(|(format, label)| Link {
        label: t.msg(label),
        href: format!("/indikatoren/{}/download/{format}", indicator.id),
        current: false,
    })
    .collect();

    IndicatorPage {
        layout: {
            let mut layout = page.layout(Some(stored), crate::monitoring::NAV, title.text.clone());
            layout.content = content.clone();
            layout
        },
        id: indicator.id.clone(),
        code: indicator.code.clone(),
        demo,
        has_data: !observations.is_empty(),
        definition: content.text(
            &keys::indicator_definition(&indicator.id),
            &indicator.definition,
        ),
        numerator: Localized::new(&indicator.numerator, lang),
        denominator: Localized::new(&indicator.denominator, lang),
        unit: unit_name,
        concept: super::super::concept_label(&t, indicator.concept),
        polarity: t.msg(&format!("polarity-{}", indicator.polarity.as_str())),
        source: Localized::new(&indicator.source, lang),
        rhythm: indicator.rhythm.as_ref().map(|r| Localized::new(r, lang)),
        caveats: indicator
            .caveats
            .iter()
            .enumerate()
            .map(|(index, caveat)| {
                content.text(&keys::indicator_caveat(&indicator.id, index + 1), caveat)
            })
            .collect(),
        breakdowns,
        latest_caption: match latest_year {
            Some(year) => t.msg_with2(
                "latest-caption",
                ("breakdown", breakdown_label.as_str()),
                ("year", i64::from(year)),
            ),
            None => String::new(),
        },
        breakdown_label,
        latest,
        reporting: reporting
            .iter()
            .filter(|r| Some(r.year) == latest_year)
            .map(|r| reporting_line(&t, r))
            .collect(),
        chart,
        series_caption: t.msg_with("series-caption", "title", title.text.as_str()),
        series_years: years,
        series_rows,
        gap,
        targets,
        map,
        footnotes: notes
            .list()
            .into_iter()
            .map(|(number, text)| Footnote { number, text })
            .collect(),
        fields: indicator
            .fields
            .iter()
            .filter_map(|slug| concept.field(slug))
            .map(|field| FieldRef {
                slug: field.slug.clone(),
                title: content.text(&keys::field_title(&field.slug), &field.title),
            })
            .collect(),
        recommendations: recommendation_refs(concept, indicator, &content),
        downloads,
        title,
    }
}

pub(super) fn recommendation_refs(
    concept: &Concept,
    indicator: &IndicatorDef,
    content: &Content,
) -> Vec<RecommendationRef> {
    indicator
        .recommendations
        .iter()
        .filter_map(|id| {
            concept.fields.iter().find_map(|field| {
                field
                    .recommendations
                    .iter()
                    .find(|r| &r.id == id)
                    .map(|r| RecommendationRef {
                        id: r.id.clone(),
                        field: field.slug.clone(),
                        text: content.text(&keys::recommendation(&r.id), &r.text),
                    })
            })
        })
        .collect()
}

pub(super) fn target_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    target: &teilhabe_domain::monitoring::Target,
    city: &str,
) -> TargetView {
    let series = series_of(observations, Breakdown::Origin, &target.origin);
    let judged = judgement::judge_target(
        &points(&series),
        target.year,
        target.value.to_f64(),
        indicator.polarity,
    );
    let texts = crate::svg::figures::target_texts(t, indicator, target, &judged, city);
    let verdict_class = match judged.verdict {
        Verdict::Reached | Verdict::OnTrack => "verdict--good",
        Verdict::OffTrack | Verdict::Missed => "verdict--bad",
        Verdict::NotJudgeable => "verdict--neutral",
    };
    TargetView {
        text: texts.text,
        verdict: t.msg(texts.verdict_id),
        verdict_class,
        detail: texts.detail,
    }
}

pub(super) fn map_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[&Observation],
    city: &str,
    year: Option<i32>,
    notes: &Footnotes,
    demo: bool,
) -> Option<MapView> {
    let map = figures::district_map(t, indicator, observations, city, year, demo)?;
    let rows = map
        .districts
        .iter()
        .map(|(name, figure)| TableRow {
            label: name.clone(),
            cell: match figure {
                Some(o) => cell(t, indicator, notes, o),
                None => Cell {
                    text: t.msg("map-missing"),
                    status: None,
                    interval: None,
                    notes: Vec::new(),
                    missing: true,
                },
            },
        })
        .collect();
    Some(MapView {
        svg: map.svg,
        year: map.year,
        years: map
            .years
            .iter()
            .map(|y| Link {
                label: y.to_string(),
                href: format!(
                    "/indikatoren/{}?aufschluesselung=district&jahr={y}#karte-heading",
                    indicator.id
                ),
                current: *y == map.year,
            })
            .collect(),
        rows,
    })
}

/// The reporting of a data set behind the figures of a year, in the page's language; the data
/// set's name exists in German and English (other languages show German, marked).
fn reporting_line(t: &Translator<'_>, reporting: &CollectionReporting) -> ReportingLine {
    let data_set = match t.code() {
        "de" => Localized::plain(reporting.name_de.clone()),
        "en" => Localized::plain(reporting.name_en.clone()),
        _ => Localized::fallback(
            reporting.name_de.clone(),
            teilhabe_domain::text::PRIMARY_LANGUAGE,
            None,
        ),
    };
    let rate = reporting_rate(reporting.reported, reporting.expected)
        .map_or_else(|| "–".to_owned(), |rate| rate.to_string());
    ReportingLine {
        data_set,
        year: reporting.year,
        text: t.msg_with3(
            "collection-reporting",
            ("reported", reporting.reported),
            ("expected", reporting.expected),
            ("rate", rate),
        ),
        latest_period: reporting.latest_period,
    }
}
