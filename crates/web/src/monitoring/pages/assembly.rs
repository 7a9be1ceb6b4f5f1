//! Assembling an indicator page: figures into tables, footnotes, the time-series, gap and map
//! views, and the small trend lines of the lists. Kept apart from the handlers, which only fetch.

use super::*;

/// Numbers footnote texts in the order they first appear (by year, then coordinates).
pub(super) struct Footnotes(Vec<String>);

impl Footnotes {
    fn new(observations: &[StoredObservation]) -> Self {
        let mut texts: Vec<String> = Vec::new();
        for stored in observations {
            for note in &stored.observation.footnotes {
                if !texts.contains(note) {
                    texts.push(note.clone());
                }
            }
        }
        Footnotes(texts)
    }

    fn refs(&self, observation: &Observation) -> Vec<NoteRef> {
        observation
            .footnotes
            .iter()
            .filter_map(|note| self.0.iter().position(|t| t == note))
            .map(|index| NoteRef { number: index + 1 })
            .collect()
    }

    fn list(&self) -> Vec<Footnote> {
        self.0
            .iter()
            .enumerate()
            .map(|(index, text)| Footnote {
                number: index + 1,
                text: text.clone(),
            })
            .collect()
    }
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
        notes: notes.refs(o),
        missing: o.shown_value().is_none(),
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn build_page<'a>(
    t: Translator<'a>,
    page: &'a Page,
    stored: &teilhabe_store::StoredConcept,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    breakdown: Option<Breakdown>,
    map_year: Option<i32>,
) -> IndicatorPage<'a> {
    let lang = t.code();
    let concept = &stored.concept;
    let city = concept.city.slug.as_str();
    let mark = decimal_mark(&t);
    let notes = Footnotes::new(observations);
    let unit_name = t.msg(&format!("unit-{}", indicator.unit.as_str()));
    let title = Localized::new(&indicator.title, lang);

    // The codes of the chosen breakdown, in a stable order: total first.
    let breakdown_codes: Vec<String> = match breakdown {
        Some(b) => codes_of(observations, b),
        None => vec![TOTAL.to_owned()],
    };
    let b = breakdown.unwrap_or(Breakdown::Origin);
    let series: Vec<(String, Vec<&Observation>)> = breakdown_codes
        .iter()
        .map(|code| {
            let list = if breakdown.is_some() {
                series_of(observations, b, code)
            } else {
                series_of(observations, Breakdown::Origin, TOTAL)
            };
            (code.clone(), list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect();
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
    let chart_series: Vec<&(String, Vec<&Observation>)> = if breakdown == Some(Breakdown::District)
    {
        series.iter().filter(|(code, _)| code == TOTAL).collect()
    } else {
        series.iter().collect()
    };
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
    let chart_target = indicator.targets.iter().find_map(|target| {
        let index = chart_series
            .iter()
            .position(|(code, _)| *code == target.origin)?;
        Some(TargetLine {
            year: target.year,
            value: target.value.to_f64(),
            series: Some(index),
            label: t.msg_with2(
                "target-label",
                ("year", i64::from(target.year)),
                (
                    "value",
                    format_decimal(target.value, indicator.decimals, mark),
                ),
            ),
        })
    });
    let breakdown_label = breakdown.map_or_else(
        || t.msg("breakdown-none"),
        |b| t.msg(&format!("breakdown-{}", b.as_str())),
    );
    let demo = is_demo(observations);
    let demo_note = if demo {
        format!(" {}", t.msg("demo-marker"))
    } else {
        String::new()
    };
    let chart = (!chart_series.is_empty()).then(|| {
        LineChart {
            id: "zeitreihe".into(),
            title: format!(
                "{}{}: {}",
                title.text,
                demo_note,
                t.msg_with("chart-title-by", "breakdown", breakdown_label.as_str())
            ),
            desc: chart_description(&t, indicator, &chart_series, &label),
            unit: unit_name.clone(),
            decimals: indicator.decimals,
            mark,
            series: chart_series
                .iter()
                .map(|(code, list)| ChartSeries {
                    label: label(code),
                    code: code.clone(),
                    points: list
                        .iter()
                        .map(|o| ChartPoint {
                            year: o.at.year,
                            value: o.shown_value().map(Decimal::to_f64),
                            interval: o
                                .shown_value()
                                .and(o.lower.zip(o.upper))
                                .map(|(l, u)| (l.to_f64(), u.to_f64())),
                            label: value_text(&t, o, indicator.decimals),
                            status: shown_status(o).map(|s| s.code().to_owned()),
                            notes: notes.refs(o).iter().map(|n| n.number.to_string()).collect(),
                        })
                        .collect(),
                })
                .collect(),
            target: chart_target,
            missing_text: t.msg("status-M"),
        }
        .render()
    });

    let gap = gap_view(&t, indicator, observations, city, &demo_note);
    let map = map_view(
        &t,
        indicator,
        observations,
        city,
        map_year,
        &notes,
        &demo_note,
    );

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
    ]
    .into_iter()
    .map(|(format, label)| Link {
        label: t.msg(label),
        href: format!("/indikatoren/{}/download/{format}", indicator.id),
        current: false,
    })
    .collect();

    IndicatorPage {
        layout: page.layout(Some(stored), crate::monitoring::NAV, title.text.clone()),
        id: indicator.id.clone(),
        code: indicator.code.clone(),
        demo,
        has_data: !observations.is_empty(),
        definition: Localized::new(&indicator.definition, lang),
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
            .map(|c| Localized::new(c, lang))
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
        chart,
        series_caption: t.msg_with("series-caption", "title", title.text.as_str()),
        series_years: years,
        series_rows,
        gap,
        targets,
        map,
        footnotes: notes.list(),
        fields: indicator
            .fields
            .iter()
            .filter_map(|slug| concept.field(slug))
            .map(|field| FieldRef {
                slug: field.slug.clone(),
                title: Localized::new(&field.title, lang),
            })
            .collect(),
        recommendations: recommendation_refs(concept, indicator, lang),
        downloads,
        title,
    }
}

pub(super) fn recommendation_refs(
    concept: &Concept,
    indicator: &IndicatorDef,
    lang: &str,
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
                        text: Localized::new(&r.text, lang),
                    })
            })
        })
        .collect()
}

/// The codes a breakdown has among the figures (others at total), total first.
pub(super) fn codes_of(observations: &[StoredObservation], breakdown: Breakdown) -> Vec<String> {
    let mut codes: Vec<String> = vec![TOTAL.to_owned()];
    for stored in observations {
        let at = &stored.observation.at;
        let others_total = Breakdown::ALL
            .into_iter()
            .filter(|b| *b != breakdown)
            .all(|b| at.get(b) == TOTAL);
        let code = at.get(breakdown);
        if others_total && !codes.iter().any(|c| c == code) {
            codes.push(code.to_owned());
        }
    }
    let total = codes.remove(0);
    codes.sort_by_key(|code| order_key(breakdown, code));
    codes.insert(0, total);
    codes
}

/// Sex F, M, D, X; ages by lower bound; origin group before reference; districts by code.
pub(super) fn order_key(breakdown: Breakdown, code: &str) -> (u32, String) {
    match breakdown {
        Breakdown::Sex => (
            ["F", "M", "D", "X"]
                .iter()
                .position(|c| *c == code)
                .map_or(9, |p| p as u32),
            code.to_owned(),
        ),
        Breakdown::Age => (
            teilhabe_domain::monitoring::observation::age_range(code).map_or(999, |(from, _)| from),
            code.to_owned(),
        ),
        Breakdown::Origin => (
            ["MH", "FOREIGN", "EG", "NO_MH", "DE", "NO_EG"]
                .iter()
                .position(|c| *c == code)
                .map_or(9, |p| p as u32),
            code.to_owned(),
        ),
        Breakdown::District => (0, code.to_owned()),
    }
}

pub(super) fn chart_description(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    series: &[&(String, Vec<&Observation>)],
    label: &dyn Fn(&str) -> String,
) -> String {
    let mut parts = Vec::new();
    for (code, list) in series {
        let known: Vec<&&Observation> = list.iter().filter(|o| o.shown_value().is_some()).collect();
        if let (Some(first), Some(last)) = (known.first(), known.last()) {
            parts.push(t.msg_with2(
                "chart-desc-series",
                ("series", label(code)),
                (
                    "change",
                    format!(
                        "{} {} → {} {}",
                        first.at.year,
                        value_text(t, first, indicator.decimals),
                        last.at.year,
                        value_text(t, last, indicator.decimals)
                    ),
                ),
            ));
        }
    }
    let missing = series
        .iter()
        .flat_map(|(_, list)| list.iter())
        .filter(|o| o.shown_value().is_none())
        .count();
    if missing > 0 {
        parts.push(t.msg_with("chart-desc-missing", "count", missing));
    }
    parts.push(t.msg("chart-desc-table"));
    parts.join(" ")
}

pub(super) fn target_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    target: &teilhabe_domain::monitoring::Target,
    city: &str,
) -> TargetView {
    let mark = decimal_mark(t);
    let series = series_of(observations, Breakdown::Origin, &target.origin);
    let judged = judgement::judge_target(
        &points(&series),
        target.year,
        target.value.to_f64(),
        indicator.polarity,
    );
    let group = code_label(t, Breakdown::Origin, &target.origin, city);
    let value = with_unit(
        t,
        &format_decimal(target.value, indicator.decimals, mark),
        indicator.unit,
    );
    let (verdict_class, verdict_id) = match judged.verdict {
        Verdict::Reached => ("verdict--good", "verdict-reached"),
        Verdict::OnTrack => ("verdict--good", "verdict-on-track"),
        Verdict::OffTrack => ("verdict--bad", "verdict-off-track"),
        Verdict::Missed => ("verdict--bad", "verdict-missed"),
        Verdict::NotJudgeable => ("verdict--neutral", "verdict-not-judgeable"),
    };
    let per_year = |value: f64| {
        let text = crate::svg::number(value, indicator.decimals + 1, mark);
        if value > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    };
    let detail = match (judged.actual_per_year, judged.needed_per_year) {
        (Some(actual), Some(needed)) => Some(t.msg_with2(
            "target-detail",
            ("actual", per_year(actual)),
            ("needed", per_year(needed)),
        )),
        (Some(actual), None) => {
            Some(t.msg_with("target-detail-actual", "actual", per_year(actual)))
        }
        _ => None,
    };
    TargetView {
        text: t.msg_with2(
            "target-text",
            ("group", group.as_str()),
            ("target", format!("{value} ({})", target.year)),
        ),
        verdict: t.msg(verdict_id),
        verdict_class,
        detail,
    }
}

pub(super) fn gap_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    city: &str,
    demo_note: &str,
) -> Option<GapView> {
    if !indicator.has_breakdown(Breakdown::Origin) {
        return None;
    }
    let group_code = indicator.group_code()?;
    let reference_code = indicator.reference_code()?;
    let group = series_of(observations, Breakdown::Origin, group_code);
    let reference = series_of(observations, Breakdown::Origin, reference_code);
    if group.is_empty() || reference.is_empty() {
        return None;
    }
    let mark = decimal_mark(t);
    let group_label = code_label(t, Breakdown::Origin, group_code, city);
    let reference_label = code_label(t, Breakdown::Origin, reference_code, city);
    let mut years: Vec<i32> = group.iter().map(|o| o.at.year).collect();
    years.retain(|year| reference.iter().any(|o| o.at.year == *year));
    let gap_unit = t.msg(&format!("gap-unit-{}", indicator.unit.as_str()));
    let mut bars = Vec::new();
    let mut rows = Vec::new();
    for year in years {
        let g = group.iter().find(|o| o.at.year == year)?;
        let r = reference.iter().find(|o| o.at.year == year)?;
        let gp = judgement::point(year, g.shown_value(), g.lower, g.upper, false);
        let rp = judgement::point(year, r.shown_value(), r.lower, r.upper, false);
        let (bar, text) = match (gp, rp) {
            (Some(gp), Some(rp)) => {
                let gap = judgement::gap(&gp, &rp);
                let exact = g
                    .shown_value()
                    .zip(r.shown_value())
                    .map(|(a, b)| a.minus(b));
                let text = exact.map_or_else(
                    || crate::svg::number(gap.difference, indicator.decimals, mark),
                    |d| signed(format_decimal(d, indicator.decimals, mark)),
                );
                let text = match gap.interval {
                    Some((low, high)) => format!(
                        "{text} ({})",
                        t.msg_with2(
                            "value-interval",
                            ("lower", crate::svg::number(low, indicator.decimals, mark)),
                            ("upper", crate::svg::number(high, indicator.decimals, mark)),
                        )
                    ),
                    None => text,
                };
                (
                    GapBar {
                        year,
                        gap: Some(gap.difference),
                        interval: gap.interval,
                        label: text.split(" (").next().unwrap_or_default().to_owned(),
                    },
                    text,
                )
            }
            _ => {
                let text = t.msg("gap-missing");
                (
                    GapBar {
                        year,
                        gap: None,
                        interval: None,
                        label: text.clone(),
                    },
                    text,
                )
            }
        };
        bars.push(bar);
        rows.push(GapRow {
            year,
            group: value_text(t, g, indicator.decimals),
            reference: value_text(t, r, indicator.decimals),
            gap: text,
        });
    }
    if bars.is_empty() {
        return None;
    }
    let heading = t.msg_with2(
        "gap-heading",
        ("group", group_label.as_str()),
        ("reference", reference_label.as_str()),
    );
    let svg = GapChart {
        id: "abstand".into(),
        title: format!("{heading}{demo_note}"),
        desc: t.msg("gap-desc"),
        unit: gap_unit,
        mark,
        higher_is_worse: match indicator.polarity {
            Polarity::HigherIsBetter => Some(false),
            Polarity::LowerIsBetter => Some(true),
            Polarity::Neutral => None,
        },
        bars,
    }
    .render();
    Some(GapView {
        svg,
        heading,
        group_label,
        reference_label,
        rows,
    })
}

pub(super) fn signed(text: String) -> String {
    if text.starts_with('-') || text.trim_start_matches(['0', ',', '.']).is_empty() {
        text
    } else {
        format!("+{text}")
    }
}

pub(super) fn map_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    city: &str,
    year: Option<i32>,
    notes: &Footnotes,
    demo_note: &str,
) -> Option<MapView> {
    if !indicator.has_breakdown(Breakdown::District) {
        return None;
    }
    let geometry = geometry(city)?;
    let district_figures: Vec<&Observation> = observations
        .iter()
        .map(|s| &s.observation)
        .filter(|o| {
            o.at.district != TOTAL && o.at.sex == TOTAL && o.at.origin == TOTAL && o.at.age == TOTAL
        })
        .collect();
    let mut years: Vec<i32> = district_figures.iter().map(|o| o.at.year).collect();
    years.sort_unstable();
    years.dedup();
    let latest = *years.last()?;
    let year = year.filter(|y| years.contains(y)).unwrap_or(latest);
    let mark = decimal_mark(t);
    let values: Vec<MapValue> = district_figures
        .iter()
        .filter(|o| o.at.year == year)
        .map(|o| MapValue {
            code: o.at.district.clone(),
            value: o.shown_value().map(Decimal::to_f64),
            label: match o.shown_value() {
                Some(value) => format_decimal(value, indicator.decimals, mark),
                None => o.sign.clone().unwrap_or_else(|| "–".into()),
            },
            status: shown_status(o).map(|s| s.code().to_owned()),
        })
        .collect();
    let title = Localized::new(&indicator.title, t.code()).text;
    let svg = Choropleth {
        id: "karte".into(),
        title: t.msg_with2(
            "map-title",
            ("title", format!("{title}{demo_note}")),
            ("year", i64::from(year)),
        ),
        desc: t.msg("map-desc"),
        legend_title: t.msg(&format!("unit-{}", indicator.unit.as_str())),
        mark,
        values,
        suppressed_label: t.msg("map-suppressed"),
        missing_label: t.msg("map-missing"),
    }
    .render(geometry);
    let rows = geometry
        .districts
        .iter()
        .map(|district| {
            let figure = district_figures
                .iter()
                .find(|o| o.at.year == year && o.at.district == district.code);
            TableRow {
                label: district.name.clone(),
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
            }
        })
        .collect();
    Some(MapView {
        svg,
        year,
        years: years
            .iter()
            .map(|y| Link {
                label: y.to_string(),
                href: format!(
                    "/indikatoren/{}?aufschluesselung=district&jahr={y}#karte-heading",
                    indicator.id
                ),
                current: *y == year,
            })
            .collect(),
        rows,
    })
}
