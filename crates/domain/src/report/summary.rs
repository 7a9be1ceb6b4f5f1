//! The rules behind the report's summary and sheets: which figures may be printed, the gap of
//! an indicator and its trend, the largest gaps, fields without measures, and the measures
//! completed or stopped in a year. Written down in docs/decisions.md ("Issue 13: the report's
//! data"); the tests below are hand-computed.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{FieldWithoutMeasure, MeasureRef, RecommendationRef, TargetStatus};
use crate::concept::Concept;
use crate::measure::{Measure, Status};
use crate::monitoring::judgement::{self, Direction, points};
use crate::monitoring::{
    Breakdown, Decimal, IndicatorDef, ObsStatus, Observation, TOTAL, series_of,
};
use crate::text::Text;

/// `figure` as the public may see it: a withheld figure (suppressed, not applicable, not yet
/// available) keeps its status, sign and footnotes, and loses value, interval and base — the
/// store already keeps values off such figures; this makes it hold for every printed copy too.
pub fn shown(figure: &Observation) -> Observation {
    let value = figure.shown_value();
    Observation {
        value,
        lower: value.and(figure.lower),
        upper: value.and(figure.upper),
        base: figure.shown_base(),
        ..figure.clone()
    }
}

/// How the size of a gap moved against the previous year with figures for both groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Trend {
    /// |group − reference| is smaller, at the indicator's shown precision.
    Narrowed,
    /// It is larger.
    Widened,
    /// The same at the shown precision.
    Unchanged,
    /// A break in series lies between the two years.
    NotComparable,
    /// No earlier year has figures for both groups.
    NoEarlierYear,
}

/// The gap of an earlier year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviousGap {
    pub year: i32,
    pub group_value: Decimal,
    pub reference_value: Decimal,
    pub difference: Decimal,
}

/// The gap between an indicator's group and its reference group in one year, and its trend.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GapTrend {
    pub indicator: String,
    pub title: Text,
    /// Origin codes of the group and the reference (`FOREIGN`, `DE` …).
    pub group: String,
    pub reference: String,
    pub year: i32,
    pub group_value: Decimal,
    pub reference_value: Decimal,
    /// group − reference, exact.
    pub difference: Decimal,
    /// Newcombe's interval of the difference, where both figures have intervals.
    pub interval: Option<(f64, f64)>,
    /// How unfavourable the gap is for the group relative to the reference value (positive:
    /// worse off); None for neutral indicators and a zero reference. Ranks the summary's gaps.
    pub disadvantage: Option<f64>,
    pub previous: Option<PreviousGap>,
    pub trend: Trend,
    pub demo: bool,
}

/// The gap of `indicator` in the latest year up to `year` where the group's and the reference's
/// totals are both shown, compared with the latest earlier such year. None when the indicator
/// has no origin breakdown or no such year.
pub fn gap_trend(
    indicator: &IndicatorDef,
    figures: &[Observation],
    year: i32,
    demo: bool,
) -> Option<GapTrend> {
    if !indicator.has_breakdown(Breakdown::Origin) {
        return None;
    }
    let group_code = indicator.group_code()?;
    let reference_code = indicator.reference_code()?;
    let group = series_of(figures, Breakdown::Origin, group_code);
    let reference = series_of(figures, Breakdown::Origin, reference_code);
    // Years with both values shown, newest first.
    let mut pairs: Vec<(&Observation, &Observation, Decimal, Decimal)> = group
        .iter()
        .filter(|g| g.at.year <= year)
        .filter_map(|g| {
            let r = reference.iter().find(|r| r.at.year == g.at.year)?;
            Some((*g, *r, g.shown_value()?, r.shown_value()?))
        })
        .collect();
    pairs.sort_by_key(|(g, ..)| std::cmp::Reverse(g.at.year));
    let (g, r, group_value, reference_value) = *pairs.first()?;
    let (gp, rp) = (
        judgement::point(g.at.year, Some(group_value), g.lower, g.upper, false)?,
        judgement::point(r.at.year, Some(reference_value), r.lower, r.upper, false)?,
    );
    let gap = judgement::gap(&gp, &rp);
    let difference = group_value.minus(reference_value);
    let previous = pairs.get(1).map(|(pg, _, gv, rv)| PreviousGap {
        year: pg.at.year,
        group_value: *gv,
        reference_value: *rv,
        difference: gv.minus(*rv),
    });
    let trend = match &previous {
        None => Trend::NoEarlierYear,
        Some(before) => {
            let broken = group.iter().chain(reference.iter()).any(|o| {
                o.status == ObsStatus::Break && o.at.year > before.year && o.at.year <= g.at.year
            });
            if broken {
                Trend::NotComparable
            } else {
                let size = |d: Decimal| magnitude(d).round(indicator.decimals);
                match size(difference).cmp(&size(before.difference)) {
                    std::cmp::Ordering::Less => Trend::Narrowed,
                    std::cmp::Ordering::Greater => Trend::Widened,
                    std::cmp::Ordering::Equal => Trend::Unchanged,
                }
            }
        }
    };
    Some(GapTrend {
        indicator: indicator.id.clone(),
        title: indicator.title.clone(),
        group: group_code.to_owned(),
        reference: reference_code.to_owned(),
        year: g.at.year,
        group_value,
        reference_value,
        difference,
        interval: gap.interval,
        disadvantage: judgement::disadvantage(&gap, indicator.polarity),
        previous,
        trend,
        demo,
    })
}

fn magnitude(value: Decimal) -> Decimal {
    if value.is_negative() {
        Decimal::ZERO.minus(value)
    } else {
        value
    }
}

/// The `count` gaps where the group is worst off relative to the reference (the same ranking
/// as the start page's panel), largest first; gaps in the group's favour and neutral
/// indicators are left out.
pub fn largest_gaps<'a>(
    gaps: impl IntoIterator<Item = &'a GapTrend>,
    count: usize,
) -> Vec<GapTrend> {
    let mut ranked: Vec<(f64, &GapTrend)> = gaps
        .into_iter()
        .filter_map(|gap| gap.disadvantage.filter(|d| *d > 0.0).map(|d| (d, gap)))
        .collect();
    // Ties keep the catalogue order, so the same data always gives the same list.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked
        .into_iter()
        .take(count)
        .map(|(_, gap)| gap.clone())
        .collect()
}

/// The direction of the latest change of the whole population's series.
pub fn total_change(indicator: &IndicatorDef, figures: &[Observation]) -> Direction {
    let total = series_of(figures, Breakdown::Origin, TOTAL);
    judgement::latest_change(
        &points(&total),
        indicator.polarity,
        judgement::precision(indicator.decimals),
    )
}

/// Each target of `indicator` with the on-track judgement of its group's series (the rule of
/// the indicator page).
pub fn target_statuses(indicator: &IndicatorDef, figures: &[Observation]) -> Vec<TargetStatus> {
    indicator
        .targets
        .iter()
        .map(|target| TargetStatus {
            target: target.clone(),
            judgement: judgement::judge_target(
                &points(&series_of(figures, Breakdown::Origin, &target.origin)),
                target.year,
                target.value.to_f64(),
                indicator.polarity,
            ),
        })
        .collect()
}

/// Fields in force whose recommendations in force are served by no public measure that still
/// works for them (a stopped measure does not: its work will not be finished). Only the
/// recommendations without such a measure are listed.
pub fn fields_without_measure(concept: &Concept, measures: &[Measure]) -> Vec<FieldWithoutMeasure> {
    let serves = |id: &str| {
        measures.iter().any(|m| {
            m.content.published
                && m.content.status != Status::Stopped
                && m.content.recommendations.iter().any(|r| r == id)
        })
    };
    concept
        .fields
        .iter()
        .filter(|field| !field.is_retired())
        .filter_map(|field| {
            let open: Vec<RecommendationRef> = field
                .recommendations
                .iter()
                .filter(|r| !r.is_retired() && !serves(&r.id))
                .map(|r| RecommendationRef {
                    id: r.id.clone(),
                    text: r.text.clone(),
                })
                .collect();
            (!open.is_empty()).then(|| FieldWithoutMeasure {
                slug: field.slug.clone(),
                title: field.title.clone(),
                recommendations: open,
            })
        })
        .collect()
}

/// Public measures that reached "completed" (or "permanent") and "stopped" in `year`. The day a
/// measure reached its status is `status_date` (the audit log's status change) where known,
/// else its end date; a measure with neither is not counted, since its year is unknown.
pub fn measures_ended_in(
    measures: &[Measure],
    year: i32,
    status_date: impl Fn(&Measure) -> Option<Date>,
) -> (Vec<MeasureRef>, Vec<MeasureRef>) {
    let mut completed = Vec::new();
    let mut stopped = Vec::new();
    for measure in measures.iter().filter(|m| m.content.published) {
        let status = measure.content.status;
        let list = match status {
            Status::Completed | Status::Permanent => &mut completed,
            Status::Stopped => &mut stopped,
            _ => continue,
        };
        let date = status_date(measure).or(measure.content.end);
        if date.is_none_or(|date| i32::from(date.year()) != year) {
            continue;
        }
        list.push(MeasureRef {
            id: measure.id,
            title: measure.content.title.clone(),
            field: measure.content.working_group.clone(),
            status,
            date,
            stop_reason: measure.content.stop_reason.clone(),
            demo: measure.demo,
        });
    }
    (completed, stopped)
}

#[cfg(test)]
mod tests;
