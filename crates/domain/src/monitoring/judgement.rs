//! Rules that judge figures: is an indicator on track to its target, which way did it move last,
//! and how large is the gap between a group and the reference group.
//!
//! The rules are written down in docs/monitoring.md; the tests below are the hand-computed cases.

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;
use super::indicator::Polarity;
use super::observation::Observation;
use super::status::ObsStatus;

/// One value of a series with its optional interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub year: i32,
    pub value: f64,
    pub interval: Option<(f64, f64)>,
    /// A break in series at this point: not comparable with the year before.
    pub is_break: bool,
}

impl Point {
    pub fn new(year: i32, value: f64) -> Self {
        Point {
            year,
            value,
            interval: None,
            is_break: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The latest value already meets the target.
    Reached,
    /// Moving towards the target at least as fast as needed.
    OnTrack,
    /// Moving too slowly, or the wrong way.
    OffTrack,
    /// The target year has passed without reaching it.
    Missed,
    /// Fewer than two values: no change can be measured.
    NotJudgeable,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Reached => "reached",
            Verdict::OnTrack => "on-track",
            Verdict::OffTrack => "off-track",
            Verdict::Missed => "missed",
            Verdict::NotJudgeable => "not-judgeable",
        }
    }
}

/// The on-track judgement and the numbers behind it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TargetJudgement {
    pub verdict: Verdict,
    /// Average change per year from the first to the latest value.
    pub actual_per_year: Option<f64>,
    /// Change per year still needed from the latest value to reach the target in its year.
    pub needed_per_year: Option<f64>,
    pub latest_year: Option<i32>,
    pub baseline_year: Option<i32>,
}

/// Judges whether `series` (values ordered by year, only years with a value) reaches `target` in
/// `target_year`.
///
/// - the **direction** that counts is given by the polarity (higher/lower is better); for a
///   neutral indicator it is the direction from the first value to the target;
/// - the **actual change** is the average annual change from the first value of the series (or
///   the last break in series, if there is one) to the latest value;
/// - the **needed change** is (target − latest) ÷ (target year − latest year);
/// - reached when the latest value is at or beyond the target in the good direction; missed when
///   the target year has come without that; on track when the actual change points the good way
///   and is at least as large as the needed change; off track otherwise.
pub fn judge_target(
    series: &[Point],
    target_year: i32,
    target: f64,
    polarity: Polarity,
) -> TargetJudgement {
    let mut relevant: Vec<&Point> = series
        .iter()
        .filter(|point| point.year <= target_year)
        .collect();
    relevant.sort_by_key(|point| point.year);
    // Compare only within the comparable part of the series.
    if let Some(last_break) = relevant.iter().rposition(|point| point.is_break) {
        relevant.drain(..last_break);
    }
    let (Some(first), Some(latest)) = (relevant.first(), relevant.last()) else {
        return TargetJudgement {
            verdict: Verdict::NotJudgeable,
            actual_per_year: None,
            needed_per_year: None,
            latest_year: None,
            baseline_year: None,
        };
    };
    let direction = match polarity {
        Polarity::HigherIsBetter => 1.0,
        Polarity::LowerIsBetter => -1.0,
        Polarity::Neutral => {
            let towards = target - first.value;
            if towards == 0.0 {
                1.0
            } else {
                towards.signum()
            }
        }
    };
    let needed_per_year = (target_year > latest.year)
        .then(|| (target - latest.value) / f64::from(target_year - latest.year));
    let actual_per_year = (latest.year > first.year)
        .then(|| (latest.value - first.value) / f64::from(latest.year - first.year));
    let judgement = |verdict| TargetJudgement {
        verdict,
        actual_per_year,
        needed_per_year,
        latest_year: Some(latest.year),
        baseline_year: Some(first.year),
    };
    if (latest.value - target) * direction >= 0.0 {
        return judgement(Verdict::Reached);
    }
    if latest.year >= target_year {
        return judgement(Verdict::Missed);
    }
    match (actual_per_year, needed_per_year) {
        (Some(actual), Some(needed)) => {
            // Both measured in the good direction: positive means "better".
            let actual_good = actual * direction;
            let needed_good = needed * direction;
            if actual_good > 0.0 && actual_good >= needed_good {
                judgement(Verdict::OnTrack)
            } else {
                judgement(Verdict::OffTrack)
            }
        }
        _ => judgement(Verdict::NotJudgeable),
    }
}

/// The direction of the latest change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Better,
    Worse,
    /// For neutral indicators: up or down without judging.
    Up,
    Down,
    /// The change is within the intervals, or smaller than the shown precision.
    NoClearChange,
    /// The latest year follows a break in series.
    NotComparable,
    /// Fewer than two values.
    Unknown,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Better => "better",
            Direction::Worse => "worse",
            Direction::Up => "up",
            Direction::Down => "down",
            Direction::NoClearChange => "no-clear-change",
            Direction::NotComparable => "not-comparable",
            Direction::Unknown => "unknown",
        }
    }
}

/// The direction of the change between the last two values of `series` (ordered by year).
///
/// With intervals on both values the change is clear only when the intervals do not overlap;
/// without, a change smaller than `precision` (one unit of the last shown decimal place) is no
/// clear change.
pub fn latest_change(series: &[Point], polarity: Polarity, precision: f64) -> Direction {
    let [.., previous, latest] = series else {
        return Direction::Unknown;
    };
    if latest.is_break {
        return Direction::NotComparable;
    }
    let delta = latest.value - previous.value;
    let clear = match (previous.interval, latest.interval) {
        (Some((pl, pu)), Some((ll, lu))) => lu < pl || ll > pu,
        _ => delta.abs() >= precision,
    };
    if !clear || delta == 0.0 {
        return Direction::NoClearChange;
    }
    match polarity {
        Polarity::HigherIsBetter if delta > 0.0 => Direction::Better,
        Polarity::HigherIsBetter => Direction::Worse,
        Polarity::LowerIsBetter if delta < 0.0 => Direction::Better,
        Polarity::LowerIsBetter => Direction::Worse,
        Polarity::Neutral if delta > 0.0 => Direction::Up,
        Polarity::Neutral => Direction::Down,
    }
}

/// The gap between a group and its reference: group − reference, with an interval when both
/// values have one (Newcombe's method for a difference of two independent estimates, which for
/// two Wilson intervals is his "method 10").
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Gap {
    pub group: f64,
    pub reference: f64,
    pub difference: f64,
    pub interval: Option<(f64, f64)>,
}

pub fn gap(group: &Point, reference: &Point) -> Gap {
    let difference = group.value - reference.value;
    let interval = match (group.interval, reference.interval) {
        (Some((l1, u1)), Some((l2, u2))) => {
            let below = ((group.value - l1).powi(2) + (u2 - reference.value).powi(2)).sqrt();
            let above = ((u1 - group.value).powi(2) + (reference.value - l2).powi(2)).sqrt();
            Some((difference - below, difference + above))
        }
        _ => None,
    };
    Gap {
        group: group.value,
        reference: reference.value,
        difference,
        interval,
    }
}

/// How unfavourable a gap is for the group, relative to the reference value: positive when the
/// group is worse off. Used to rank gaps of different indicators; `None` for neutral indicators
/// and a zero reference.
pub fn disadvantage(gap: &Gap, polarity: Polarity) -> Option<f64> {
    if gap.reference == 0.0 {
        return None;
    }
    let relative = gap.difference / gap.reference.abs();
    match polarity {
        Polarity::HigherIsBetter => Some(-relative),
        Polarity::LowerIsBetter => Some(relative),
        Polarity::Neutral => None,
    }
}

/// One unit of the last shown decimal place: 0.1 for one decimal.
pub fn precision(decimals: u32) -> f64 {
    10f64.powi(-(decimals.min(9) as i32))
}

/// The points of a series with a shown value, for the judgement rules (a break in the series
/// marks its point).
pub fn points(series: &[&Observation]) -> Vec<Point> {
    series
        .iter()
        .filter_map(|o| {
            point(
                o.at.year,
                o.shown_value(),
                o.lower,
                o.upper,
                o.status == ObsStatus::Break,
            )
        })
        .collect()
}

/// A point from a stored figure, when it has a value.
pub fn point(
    year: i32,
    value: Option<Decimal>,
    lower: Option<Decimal>,
    upper: Option<Decimal>,
    is_break: bool,
) -> Option<Point> {
    let value = value?;
    Some(Point {
        year,
        value: value.to_f64(),
        interval: lower.zip(upper).map(|(l, u)| (l.to_f64(), u.to_f64())),
        is_break,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn series(values: &[(i32, f64)]) -> Vec<Point> {
        values.iter().map(|&(y, v)| Point::new(y, v)).collect()
    }

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn on_track_when_the_actual_change_is_at_least_the_needed_change() {
        // 20 → 24 over 4 years: +1.0/year. Target 30 in 2026 from 24 in 2020: +1.0/year needed.
        let judged = judge_target(
            &series(&[(2016, 20.0), (2018, 22.0), (2020, 24.0)]),
            2026,
            30.0,
            Polarity::HigherIsBetter,
        );
        assert_eq!(judged.verdict, Verdict::OnTrack);
        assert!(close(judged.actual_per_year, 1.0));
        assert!(close(judged.needed_per_year, 1.0));
        assert_eq!(
            (judged.baseline_year, judged.latest_year),
            (Some(2016), Some(2020))
        );

        // Same series, target 31 in 2026: needs 7/6 ≈ 1.17/year, has 1.0 → off track.
        let judged = judge_target(
            &series(&[(2016, 20.0), (2020, 24.0)]),
            2026,
            31.0,
            Polarity::HigherIsBetter,
        );
        assert_eq!(judged.verdict, Verdict::OffTrack);
        assert!(close(judged.needed_per_year, 7.0 / 6.0));
    }

    #[test]
    fn lower_is_better_and_the_wrong_direction() {
        // Leavers without certificate: 16.0 → 14.0 over 4 years = -0.5/year; target 12 in 2025
        // from 14 in 2020 needs -0.4/year → on track.
        let falling = series(&[(2016, 16.0), (2020, 14.0)]);
        assert_eq!(
            judge_target(&falling, 2025, 12.0, Polarity::LowerIsBetter).verdict,
            Verdict::OnTrack
        );
        // Needs -2/year to reach 4 → off track.
        assert_eq!(
            judge_target(&falling, 2025, 4.0, Polarity::LowerIsBetter).verdict,
            Verdict::OffTrack
        );
        // Rising although lower is better: off track whatever the pace.
        let rising = series(&[(2016, 14.0), (2020, 16.0)]);
        assert_eq!(
            judge_target(&rising, 2030, 15.9, Polarity::LowerIsBetter).verdict,
            Verdict::OffTrack
        );
    }

    #[test]
    fn reached_missed_and_not_judgeable() {
        let values = series(&[(2016, 20.0), (2020, 31.0)]);
        assert_eq!(
            judge_target(&values, 2026, 30.0, Polarity::HigherIsBetter).verdict,
            Verdict::Reached
        );
        // Target year 2020 has come and 31 < 35.
        assert_eq!(
            judge_target(&values, 2020, 35.0, Polarity::HigherIsBetter).verdict,
            Verdict::Missed
        );
        // Values after the target year are not used: in 2018 only 2016's value counts.
        assert_eq!(
            judge_target(&values, 2018, 25.0, Polarity::HigherIsBetter).verdict,
            Verdict::NotJudgeable
        );
        assert_eq!(
            judge_target(&[], 2026, 1.0, Polarity::Neutral).verdict,
            Verdict::NotJudgeable
        );
    }

    #[test]
    fn a_break_in_series_restarts_the_baseline() {
        let mut values = series(&[(2014, 50.0), (2016, 10.0), (2020, 14.0)]);
        values[1].is_break = true;
        let judged = judge_target(&values, 2024, 18.0, Polarity::HigherIsBetter);
        assert_eq!(judged.baseline_year, Some(2016));
        assert!(close(judged.actual_per_year, 1.0));
        assert_eq!(judged.verdict, Verdict::OnTrack);
    }

    #[test]
    fn latest_change_uses_intervals_where_they_exist() {
        let mut values = series(&[(2019, 40.0), (2020, 42.0)]);
        assert_eq!(
            latest_change(&values, Polarity::HigherIsBetter, 0.1),
            Direction::Better
        );
        assert_eq!(
            latest_change(&values, Polarity::LowerIsBetter, 0.1),
            Direction::Worse
        );
        assert_eq!(
            latest_change(&values, Polarity::Neutral, 0.1),
            Direction::Up
        );
        // Overlapping intervals: no clear change although the values differ.
        values[0].interval = Some((38.0, 42.5));
        values[1].interval = Some((40.0, 44.0));
        assert_eq!(
            latest_change(&values, Polarity::HigherIsBetter, 0.1),
            Direction::NoClearChange
        );
        // Separate intervals: clear.
        values[0].interval = Some((39.0, 41.0));
        values[1].interval = Some((41.5, 42.5));
        assert_eq!(
            latest_change(&values, Polarity::HigherIsBetter, 0.1),
            Direction::Better
        );
        // Smaller than the shown precision.
        let tiny = series(&[(2019, 40.0), (2020, 40.04)]);
        assert_eq!(
            latest_change(&tiny, Polarity::HigherIsBetter, 0.1),
            Direction::NoClearChange
        );
        let mut broken = series(&[(2019, 40.0), (2020, 50.0)]);
        broken[1].is_break = true;
        assert_eq!(
            latest_change(&broken, Polarity::HigherIsBetter, 0.1),
            Direction::NotComparable
        );
        assert_eq!(
            latest_change(&broken[..1], Polarity::HigherIsBetter, 0.1),
            Direction::Unknown
        );
    }

    #[test]
    fn gap_with_newcombe_interval() {
        // 18 % (15–21) vs 44 % (41–47): gap -26, below by sqrt(3² + 3²), above the same.
        let group = Point {
            interval: Some((15.0, 21.0)),
            ..Point::new(2016, 18.0)
        };
        let reference = Point {
            interval: Some((41.0, 47.0)),
            ..Point::new(2016, 44.0)
        };
        let g = gap(&group, &reference);
        assert_eq!(g.difference, -26.0);
        let (low, high) = g.interval.unwrap();
        assert!((low - (-26.0 - 18f64.sqrt())).abs() < 1e-9);
        assert!((high - (-26.0 + 18f64.sqrt())).abs() < 1e-9);
        assert!(gap(&Point::new(2016, 1.0), &reference).interval.is_none());
        // Fewer university entrance qualifications (higher is better) is a disadvantage.
        assert!(disadvantage(&g, Polarity::HigherIsBetter).unwrap() > 0.5);
        assert!(disadvantage(&g, Polarity::LowerIsBetter).unwrap() < 0.0);
        assert_eq!(disadvantage(&g, Polarity::Neutral), None);
    }
}
