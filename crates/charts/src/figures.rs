//! From an indicator's figures to what a reader sees: labels of codes, cell texts in the
//! language's style, footnote numbers, and the time-series, gap and district-map charts with
//! their screen-reader descriptions. The web's indicator page and the PDF report both build
//! their charts here, so they show the same SVG with the same alternative text.
//!
//! Values are read through `Observation::shown_value()` only: a suppressed figure has none, so
//! no chart, label or description built here can reveal it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use teilhabe_domain::monitoring::judgement::{self, TargetJudgement, Verdict};
use teilhabe_domain::monitoring::{
    Breakdown, Decimal, IndicatorDef, ObsStatus, Observation, Polarity, PopulationConcept, TOTAL,
    Target, Unit,
};
/// The series and its judgement points, as the domain selects them (shared with the report's
/// summary rules).
pub use teilhabe_domain::monitoring::{judgement::points, series_of};
use teilhabe_i18n::Translator;

use crate::chart::{ChartPoint, ChartSeries, LineChart, TargetLine};
use crate::gap::{GapBar, GapChart};
use crate::map::{Choropleth, Geometry, MapValue};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/geo.rs"));
}

/// District geometry of `city`, built into the binary from `data/geo/<city>-districts.geojson`.
pub fn geometry(city: &str) -> Option<&'static Geometry> {
    static GEOMETRIES: OnceLock<BTreeMap<&'static str, Geometry>> = OnceLock::new();
    GEOMETRIES
        .get_or_init(|| {
            embedded::GEO
                .iter()
                .filter_map(|(name, text)| match Geometry::from_geojson(text) {
                    Ok(geometry) => Some((*name, geometry)),
                    Err(error) => {
                        tracing::error!(file = name, %error, "district geometry cannot be read");
                        None
                    }
                })
                .collect()
        })
        .get(city)
}

/// A value for display: exact decimal, rounded to the indicator's places, in the page's style.
pub fn format_decimal(value: Decimal, decimals: u32, mark: char) -> String {
    value.format(decimals, mark)
}

/// "44,3 %", "112 je 1.000 Einwohner", "25,9"
pub fn with_unit(t: &Translator<'_>, text: &str, unit: Unit) -> String {
    t.msg_with(&format!("unit-{}-value", unit.as_str()), "value", text)
}

/// The label of a code of a breakdown ("weiblich", "Ausländer/-innen", "Mitte", "3 bis 5 Jahre").
pub fn code_label(t: &Translator<'_>, breakdown: Breakdown, code: &str, city: &str) -> String {
    if code == TOTAL {
        return t.msg(match breakdown {
            Breakdown::District => "district-total",
            Breakdown::Sex => "sex-total",
            Breakdown::Origin => "origin-total",
            Breakdown::Age => "age-total",
        });
    }
    match breakdown {
        Breakdown::Sex => t.msg(&format!("sex-{code}")),
        Breakdown::Origin => {
            let id = format!("origin-{code}");
            let label = t.msg(&id);
            if label == id { code.to_owned() } else { label }
        }
        Breakdown::District => geometry(city)
            .and_then(|geometry| geometry.districts.iter().find(|d| d.code == code))
            .map(|district| district.name.clone())
            .unwrap_or_else(|| code.to_owned()),
        Breakdown::Age => match teilhabe_domain::monitoring::observation::age_range(code) {
            Some((0, Some(to))) => t.msg_with("age-under", "to", i64::from(to) + 1),
            Some((from, None)) => t.msg_with("age-from", "from", i64::from(from)),
            Some((from, Some(to))) if from == to => {
                t.msg_with("age-exactly", "from", i64::from(from))
            }
            Some((from, Some(to))) => t.msg_with2(
                "age-range",
                ("from", i64::from(from)),
                ("to", i64::from(to)),
            ),
            None => code.to_owned(),
        },
    }
}

/// What a cell shows: the value, or the status of a missing figure with its original sign.
pub fn value_text(t: &Translator<'_>, observation: &Observation, decimals: u32) -> String {
    match observation.shown_value() {
        Some(value) => format_decimal(value, decimals, t.decimal_mark()),
        None => missing_text(t, observation),
    }
}

/// "geheim (.)", "noch nicht verfügbar (...)"
pub fn missing_text(t: &Translator<'_>, observation: &Observation) -> String {
    let status = t.msg(&observation.status.message_id());
    match &observation.sign {
        Some(sign) => format!("{status} ({sign})"),
        None => status,
    }
}

/// The status to mention beside a value: none for normal figures.
pub fn shown_status(observation: &Observation) -> Option<ObsStatus> {
    (observation.status != ObsStatus::Normal).then_some(observation.status)
}

/// The series lists and summaries show: the group (for indicators with groups), else the whole
/// population.
pub fn headline_code(indicator: &IndicatorDef) -> String {
    if indicator.has_breakdown(Breakdown::Origin)
        && indicator.concept != PopulationConcept::None
        && let Some(group) = indicator.group_code()
    {
        return group.to_owned();
    }
    TOTAL.to_owned()
}

/// The translated name of a population concept.
pub fn concept_label(t: &Translator<'_>, concept: PopulationConcept) -> String {
    t.msg(&format!("concept-{}", concept.code()))
}

/// Footnote texts numbered in the order they first appear (by year, then coordinates).
pub struct Footnotes(Vec<String>);

impl Footnotes {
    pub fn new<'a>(observations: impl IntoIterator<Item = &'a Observation>) -> Self {
        let mut texts: Vec<String> = Vec::new();
        for observation in observations {
            for note in &observation.footnotes {
                if !texts.contains(note) {
                    texts.push(note.clone());
                }
            }
        }
        Footnotes(texts)
    }

    /// The numbers (from 1) of the footnotes a figure carries.
    pub fn numbers(&self, observation: &Observation) -> Vec<usize> {
        observation
            .footnotes
            .iter()
            .filter_map(|note| self.0.iter().position(|t| t == note))
            .map(|index| index + 1)
            .collect()
    }

    /// (number, text) of every footnote.
    pub fn list(&self) -> Vec<(usize, String)> {
        self.0
            .iter()
            .enumerate()
            .map(|(index, text)| (index + 1, text.clone()))
            .collect()
    }
}

/// The codes a breakdown has among the figures (others at total), total first.
pub fn codes_of<'a>(
    observations: impl IntoIterator<Item = &'a Observation>,
    breakdown: Breakdown,
) -> Vec<String> {
    let mut codes: Vec<String> = vec![TOTAL.to_owned()];
    for observation in observations {
        let at = &observation.at;
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
pub fn order_key(breakdown: Breakdown, code: &str) -> (u32, String) {
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

/// " (Demo-Daten)" when the figures are demo data, else nothing: appended to chart titles.
pub fn demo_note(t: &Translator<'_>, demo: bool) -> String {
    if demo {
        format!(" {}", t.msg("demo-marker"))
    } else {
        String::new()
    }
}

/// A chart's title and description as one text: what a screen reader says of the web's SVG
/// (named by its title, described by its description), for a PDF figure's alternative text.
pub fn alt_text(title: &str, desc: &str) -> String {
    let title = title.trim_end();
    if title.ends_with(['.', '!', '?']) {
        format!("{title} {desc}")
    } else {
        format!("{title}. {desc}")
    }
}

/// The screen-reader description of a time-series chart: each series' first and last known
/// value, how many figures are missing, and where the table is.
pub fn chart_description(
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

/// The time-series chart of `series` (code, figures by year): title with the breakdown and the
/// demo marking, description for screen readers, the first target of a drawn series as a line.
pub fn time_series_chart(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    series: &[&(String, Vec<&Observation>)],
    label: &dyn Fn(&str) -> String,
    breakdown_label: &str,
    notes: &Footnotes,
    demo: bool,
) -> LineChart {
    let mark = t.decimal_mark();
    let title = indicator.title.get(t.code());
    let target = indicator.targets.iter().find_map(|target| {
        let index = series.iter().position(|(code, _)| *code == target.origin)?;
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
    LineChart {
        id: "zeitreihe".into(),
        title: format!(
            "{}{}: {}",
            title,
            demo_note(t, demo),
            t.msg_with("chart-title-by", "breakdown", breakdown_label)
        ),
        desc: chart_description(t, indicator, series, label),
        unit: t.msg(&format!("unit-{}", indicator.unit.as_str())),
        decimals: indicator.decimals,
        mark,
        series: series
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
                        label: value_text(t, o, indicator.decimals),
                        status: shown_status(o).map(|s| s.code().to_owned()),
                        notes: notes.numbers(o).iter().map(ToString::to_string).collect(),
                    })
                    .collect(),
            })
            .collect(),
        target,
        missing_text: t.msg("status-M"),
    }
}

/// The breakdown an indicator page opens with: the first the indicator has, in the order
/// origin, sex, age, district.
pub fn default_breakdown(indicator: &IndicatorDef) -> Option<Breakdown> {
    Breakdown::ALL
        .into_iter()
        .find(|b| indicator.has_breakdown(*b))
}

/// The series of a breakdown (its codes, total first, each with its figures by year), or the
/// whole population alone without a breakdown. Codes without figures are left out.
pub fn breakdown_series<'a>(
    observations: &[&'a Observation],
    breakdown: Option<Breakdown>,
) -> Vec<(String, Vec<&'a Observation>)> {
    let codes = match breakdown {
        Some(b) => codes_of(observations.iter().copied(), b),
        None => vec![TOTAL.to_owned()],
    };
    let b = breakdown.unwrap_or(Breakdown::Origin);
    codes
        .into_iter()
        .map(|code| {
            let list = if breakdown.is_some() {
                series_of(observations.iter().copied(), b, &code)
            } else {
                series_of(observations.iter().copied(), Breakdown::Origin, TOTAL)
            };
            (code, list)
        })
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

/// The series a time-series chart draws: a district breakdown is shown as a map, so its chart
/// has the city line only.
pub fn chart_series<'s, 'a>(
    series: &'s [(String, Vec<&'a Observation>)],
    breakdown: Option<Breakdown>,
) -> Vec<&'s (String, Vec<&'a Observation>)> {
    if breakdown == Some(Breakdown::District) {
        series.iter().filter(|(code, _)| code == TOTAL).collect()
    } else {
        series.iter().collect()
    }
}

/// The label of the breakdown ("Herkunft"), or "insgesamt" without one.
pub fn breakdown_label(t: &Translator<'_>, breakdown: Option<Breakdown>) -> String {
    breakdown.map_or_else(
        || t.msg("breakdown-none"),
        |b| t.msg(&format!("breakdown-{}", b.as_str())),
    )
}

/// The time-series chart an indicator page opens with (its default breakdown): the same SVG,
/// title and description the web shows first. `None` when there are no figures.
pub fn headline_chart(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[&Observation],
    city: &str,
    demo: bool,
) -> Option<LineChart> {
    let breakdown = default_breakdown(indicator);
    let series = breakdown_series(observations, breakdown);
    let drawn = chart_series(&series, breakdown);
    if drawn.is_empty() {
        return None;
    }
    let b = breakdown.unwrap_or(Breakdown::Origin);
    let label = |code: &str| code_label(t, b, code, city);
    let notes = Footnotes::new(observations.iter().copied());
    Some(time_series_chart(
        t,
        indicator,
        &drawn,
        &label,
        &breakdown_label(t, breakdown),
        &notes,
        demo,
    ))
}

pub struct GapRow {
    pub year: i32,
    pub group: String,
    pub reference: String,
    pub gap: String,
}

/// The gap between the group and the reference population, year by year, with intervals.
pub struct GapView {
    pub svg: String,
    /// The SVG's title, and what its title and description say together (a PDF's alt text).
    pub title: String,
    pub alt: String,
    pub heading: String,
    pub group_label: String,
    pub reference_label: String,
    pub rows: Vec<GapRow>,
}

/// A target in words: "group: value (year)", the verdict's message id and the change per year
/// so far and still needed. The web's indicator page and the report print the same.
pub struct TargetTexts {
    pub text: String,
    pub verdict_id: &'static str,
    pub detail: Option<String>,
}

pub fn target_texts(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    target: &Target,
    judged: &TargetJudgement,
    city: &str,
) -> TargetTexts {
    let mark = t.decimal_mark();
    let group = code_label(t, Breakdown::Origin, &target.origin, city);
    let value = with_unit(
        t,
        &format_decimal(target.value, indicator.decimals, mark),
        indicator.unit,
    );
    let verdict_id = match judged.verdict {
        Verdict::Reached => "verdict-reached",
        Verdict::OnTrack => "verdict-on-track",
        Verdict::OffTrack => "verdict-off-track",
        Verdict::Missed => "verdict-missed",
        Verdict::NotJudgeable => "verdict-not-judgeable",
    };
    let per_year = |value: f64| {
        let text = crate::number(value, indicator.decimals + 1, mark);
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
    TargetTexts {
        text: t.msg_with2(
            "target-text",
            ("group", group.as_str()),
            ("target", format!("{value} ({})", target.year)),
        ),
        verdict_id,
        detail,
    }
}

/// "+2,1" for a positive difference; negatives and zero as they are.
pub fn signed(text: String) -> String {
    if text.starts_with('-') || text.trim_start_matches(['0', ',', '.']).is_empty() {
        text
    } else {
        format!("+{text}")
    }
}

/// The gap chart and its table, for indicators that compare a group with a reference.
pub fn gap_view(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[&Observation],
    city: &str,
    demo: bool,
) -> Option<GapView> {
    if !indicator.has_breakdown(Breakdown::Origin) {
        return None;
    }
    let group_code = indicator.group_code()?;
    let reference_code = indicator.reference_code()?;
    let group = series_of(observations.iter().copied(), Breakdown::Origin, group_code);
    let reference = series_of(
        observations.iter().copied(),
        Breakdown::Origin,
        reference_code,
    );
    if group.is_empty() || reference.is_empty() {
        return None;
    }
    let mark = t.decimal_mark();
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
                    || crate::number(gap.difference, indicator.decimals, mark),
                    |d| signed(format_decimal(d, indicator.decimals, mark)),
                );
                let text = match gap.interval {
                    Some((low, high)) => format!(
                        "{text} ({})",
                        t.msg_with2(
                            "value-interval",
                            ("lower", crate::number(low, indicator.decimals, mark)),
                            ("upper", crate::number(high, indicator.decimals, mark)),
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
    let title = format!("{heading}{}", demo_note(t, demo));
    let desc = t.msg("gap-desc");
    let alt = alt_text(&title, &desc);
    let svg = GapChart {
        id: "abstand".into(),
        title: title.clone(),
        desc,
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
        title,
        alt,
        heading,
        group_label,
        reference_label,
        rows,
    })
}

/// The district map of one year: the SVG, the year shown, the years there are, and each
/// district (in the geometry's order) with its figure of that year, if any.
pub struct DistrictMap<'a> {
    pub svg: String,
    /// The SVG's title, and what its title and description say together (a PDF's alt text).
    pub title: String,
    pub alt: String,
    pub year: i32,
    pub years: Vec<i32>,
    pub districts: Vec<(String, Option<&'a Observation>)>,
}

/// The district map of `year` (else the latest year with district figures).
pub fn district_map<'a>(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    observations: &[&'a Observation],
    city: &str,
    year: Option<i32>,
    demo: bool,
) -> Option<DistrictMap<'a>> {
    if !indicator.has_breakdown(Breakdown::District) {
        return None;
    }
    let geometry = geometry(city)?;
    let district_figures: Vec<&'a Observation> = observations
        .iter()
        .copied()
        .filter(|o| {
            o.at.district != TOTAL && o.at.sex == TOTAL && o.at.origin == TOTAL && o.at.age == TOTAL
        })
        .collect();
    let mut years: Vec<i32> = district_figures.iter().map(|o| o.at.year).collect();
    years.sort_unstable();
    years.dedup();
    let latest = *years.last()?;
    let year = year.filter(|y| years.contains(y)).unwrap_or(latest);
    let mark = t.decimal_mark();
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
    let title = indicator.title.get(t.code());
    let map_title = t.msg_with2(
        "map-title",
        ("title", format!("{title}{}", demo_note(t, demo))),
        ("year", i64::from(year)),
    );
    let desc = t.msg("map-desc");
    let alt = alt_text(&map_title, &desc);
    let svg = Choropleth {
        id: "karte".into(),
        title: map_title.clone(),
        desc,
        legend_title: t.msg(&format!("unit-{}", indicator.unit.as_str())),
        mark,
        values,
        suppressed_label: t.msg("map-suppressed"),
        missing_label: t.msg("map-missing"),
    }
    .render(geometry);
    let districts = geometry
        .districts
        .iter()
        .map(|district| {
            let figure = district_figures
                .iter()
                .copied()
                .find(|o| o.at.year == year && o.at.district == district.code);
            (district.name.clone(), figure)
        })
        .collect();
    Some(DistrictMap {
        svg,
        title: map_title,
        alt,
        year,
        years,
        districts,
    })
}
