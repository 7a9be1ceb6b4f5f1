//! Progress roll-up from measures to recommendations and action fields.
//!
//! A recommendation's progress is the weighted mean of its measures' progress. Measures are
//! weighted by their planned budget when every one of them has a planned budget above zero
//! (money shows how much of the work a measure is); otherwise all count equally. Stopped
//! measures are left out: their work will not be finished. The weighting used is reported, so a
//! page can say which it is.

use std::collections::BTreeMap;

use super::{Measure, Status};
use crate::concept::ActionField;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weighting {
    Budget,
    Equal,
}

/// Weighted progress in percent (0–100) of `measures`, or `None` when none counts.
pub fn weighted_progress<'a>(
    measures: impl IntoIterator<Item = &'a Measure>,
) -> Option<(f64, Weighting)> {
    let counted: Vec<&Measure> = measures
        .into_iter()
        .filter(|m| m.content.status.counts_for_progress())
        .collect();
    if counted.is_empty() {
        return None;
    }
    let by_budget = counted.iter().all(|m| {
        m.content
            .budget_planned
            .is_some_and(|budget| budget.cents() > 0)
    });
    let weight = |measure: &Measure| -> f64 {
        if by_budget {
            measure
                .content
                .budget_planned
                .map(|budget| budget.cents() as f64)
                .unwrap_or(1.0)
        } else {
            1.0
        }
    };
    let total: f64 = counted.iter().map(|m| weight(m)).sum();
    let done: f64 = counted
        .iter()
        .map(|m| weight(m) * f64::from(m.content.progress))
        .sum();
    Some((
        done / total,
        if by_budget {
            Weighting::Budget
        } else {
            Weighting::Equal
        },
    ))
}

#[derive(Debug, Clone, PartialEq)]
pub struct RecommendationRollup {
    pub id: String,
    pub measures: usize,
    pub by_status: BTreeMap<Status, usize>,
    pub progress: Option<(f64, Weighting)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldRollup {
    pub slug: String,
    pub recommendations: Vec<RecommendationRollup>,
    /// Recommendations in force that no measure serves: the gaps the council must see. A
    /// retired recommendation is no longer a gap.
    pub without_measure: usize,
    /// Recommendations in force (not retired): what `without_measure` is out of.
    pub in_force: usize,
    /// Distinct measures serving any recommendation of the field.
    pub measures: usize,
    pub by_status: BTreeMap<Status, usize>,
    pub progress: Option<(f64, Weighting)>,
}

fn by_status<'a>(measures: impl IntoIterator<Item = &'a Measure>) -> BTreeMap<Status, usize> {
    let mut counts = BTreeMap::new();
    for measure in measures {
        *counts.entry(measure.content.status).or_insert(0) += 1;
    }
    counts
}

/// The roll-up of one recommendation over the measures that serve it.
pub fn recommendation_rollup(id: &str, measures: &[Measure]) -> RecommendationRollup {
    let serving: Vec<&Measure> = measures
        .iter()
        .filter(|m| m.content.recommendations.iter().any(|r| r == id))
        .collect();
    RecommendationRollup {
        id: id.to_owned(),
        measures: serving.len(),
        by_status: by_status(serving.iter().copied()),
        progress: weighted_progress(serving.iter().copied()),
    }
}

/// The roll-up of a field: each recommendation, the gaps, and the field's measures as a whole.
pub fn field_rollup(field: &ActionField, measures: &[Measure]) -> FieldRollup {
    let recommendations: Vec<RecommendationRollup> = field
        .recommendations
        .iter()
        .map(|r| recommendation_rollup(&r.id, measures))
        .collect();
    let serving: Vec<&Measure> = measures
        .iter()
        .filter(|m| {
            m.content
                .recommendations
                .iter()
                .any(|id| field.recommendations.iter().any(|r| &r.id == id))
        })
        .collect();
    let in_force = |rollup: &&RecommendationRollup| {
        field
            .recommendations
            .iter()
            .any(|r| r.id == rollup.id && !r.is_retired())
    };
    FieldRollup {
        slug: field.slug.clone(),
        without_measure: recommendations
            .iter()
            .filter(in_force)
            .filter(|r| r.measures == 0)
            .count(),
        in_force: recommendations.iter().filter(in_force).count(),
        recommendations,
        measures: serving.len(),
        by_status: by_status(serving.iter().copied()),
        progress: weighted_progress(serving.iter().copied()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::{ActionField, Recommendation, RecommendationKind};
    use crate::measure::MeasureContent;
    use crate::money::Money;
    use crate::text::Text;

    fn measure(
        id: i64,
        recommendations: &[&str],
        status: Status,
        progress: u8,
        budget: Option<i64>,
    ) -> Measure {
        let mut content = MeasureContent::new(
            Text::german(format!("M{id}")),
            "f".into(),
            recommendations.iter().map(|r| r.to_string()).collect(),
        );
        content.status = status;
        content.progress = progress;
        content.budget_planned = budget.map(Money::from_cents);
        Measure {
            id,
            version: 1,
            demo: false,
            created_at: String::new(),
            updated_at: String::new(),
            content,
        }
    }

    fn field() -> ActionField {
        let recommendation = |id: &str| Recommendation {
            id: id.into(),
            text: Text::german(id),
            tags: Vec::new(),
            retired: None,
        };
        ActionField {
            slug: "f".into(),
            title: Text::german("F"),
            intro: None,
            recommendation_kind: RecommendationKind::Recommendation,
            recommendations: vec![
                recommendation("f-1"),
                recommendation("f-2"),
                recommendation("f-3"),
            ],
            retired: None,
        }
    }

    #[test]
    fn hand_computed_fixture() {
        // f-1: A 50 % (10,000 €), B 100 % (30,000 €)  → by budget: (0.5·1 + 1·3) / 4 = 87.5 %
        // f-2: B 100 % (30,000 €), C 20 % (no budget), D stopped → equal: (100 + 20) / 2 = 60 %
        // f-3: nothing → a gap
        // field: A, B, C, D distinct; D stopped is left out; C has no budget → equal:
        //        (50 + 100 + 20) / 3 = 56.67 %
        let measures = vec![
            measure(1, &["f-1"], Status::Running, 50, Some(1_000_000)),
            measure(2, &["f-1", "f-2"], Status::Completed, 100, Some(3_000_000)),
            measure(3, &["f-2"], Status::Planned, 20, None),
            measure(4, &["f-2"], Status::Stopped, 10, Some(500_000)),
        ];
        let rollup = field_rollup(&field(), &measures);
        let first = &rollup.recommendations[0];
        assert_eq!(first.measures, 2);
        let (progress, weighting) = first.progress.expect("measures");
        assert!((progress - 87.5).abs() < 1e-9);
        assert_eq!(weighting, Weighting::Budget);

        let second = &rollup.recommendations[1];
        assert_eq!(second.measures, 3);
        assert_eq!(second.by_status.get(&Status::Stopped), Some(&1));
        let (progress, weighting) = second.progress.expect("measures");
        assert!((progress - 60.0).abs() < 1e-9);
        assert_eq!(weighting, Weighting::Equal);

        assert_eq!(rollup.recommendations[2].progress, None);
        assert_eq!(rollup.without_measure, 1);
        assert_eq!(rollup.in_force, 3);
        assert_eq!(rollup.measures, 4);
        let (progress, _) = rollup.progress.expect("measures");
        assert!((progress - 170.0 / 3.0).abs() < 1e-9);
        assert_eq!(rollup.by_status.values().sum::<usize>(), 4);
    }

    #[test]
    fn a_retired_recommendation_is_no_gap_and_keeps_its_measures() {
        let mut field = field();
        field.recommendations[1].retired = Some(crate::concept::Retirement {
            date: "2026-11-30".into(),
            version: Some(2),
            reason: "vom Rat gestrichen".into(),
        });
        field.recommendations[2].retired = field.recommendations[1].retired.clone();
        let measures = vec![measure(1, &["f-2"], Status::Running, 40, None)];
        let rollup = field_rollup(&field, &measures);
        // f-1 is in force and unserved; f-2 is retired but keeps its measure; f-3 is retired
        // and unserved, which is no longer a gap.
        assert_eq!((rollup.without_measure, rollup.in_force), (1, 1));
        assert_eq!(rollup.recommendations[1].measures, 1);
        assert_eq!(rollup.measures, 1);
    }

    #[test]
    fn a_zero_budget_makes_every_measure_count_equally() {
        // A 100 % with a planned budget of 0 €, B 0 % with 1,000 €: not every budget is above
        // zero, so both count equally → (100 + 0) / 2 = 50 %. (By budget it would be 0 %.)
        let measures = vec![
            measure(1, &["f-1"], Status::Running, 100, Some(0)),
            measure(2, &["f-1"], Status::Running, 0, Some(100_000)),
        ];
        let (progress, weighting) = weighted_progress(&measures).expect("measures");
        assert!((progress - 50.0).abs() < 1e-9, "{progress}");
        assert_eq!(weighting, Weighting::Equal);
    }

    #[test]
    fn budgets_weigh_each_measure_by_its_share() {
        // A 40 % (1 €), B 70 % (2 €), C 10 % (1 €): (40·1 + 70·2 + 10·1) / 4 = 47.5 %.
        let measures = vec![
            measure(1, &["f-1"], Status::Running, 40, Some(100)),
            measure(2, &["f-2"], Status::Running, 70, Some(200)),
            measure(3, &["f-3"], Status::Planned, 10, Some(100)),
        ];
        let (progress, weighting) = weighted_progress(&measures).expect("measures");
        assert!((progress - 47.5).abs() < 1e-9, "{progress}");
        assert_eq!(weighting, Weighting::Budget);
        // Stopped measures only: nothing counts.
        let stopped = [measure(4, &["f-1"], Status::Stopped, 80, Some(100))];
        assert_eq!(weighted_progress(&stopped), None);
        assert_eq!(weighted_progress(&[]), None);
    }

    #[test]
    fn a_field_counts_only_measures_serving_its_own_recommendations() {
        // A serves f-1 (30 %), B serves another field's g-1 (90 %), C serves f-2 and g-1 (60 %).
        // The field: A and C → (30 + 60) / 2 = 45 %; B is not the field's measure.
        let measures = vec![
            measure(1, &["f-1"], Status::Running, 30, None),
            measure(2, &["g-1"], Status::Running, 90, None),
            measure(3, &["f-2", "g-1"], Status::Completed, 60, None),
        ];
        let rollup = field_rollup(&field(), &measures);
        assert_eq!(rollup.slug, "f");
        assert_eq!(rollup.measures, 2);
        let (progress, weighting) = rollup.progress.expect("measures");
        assert!((progress - 45.0).abs() < 1e-9, "{progress}");
        assert_eq!(weighting, Weighting::Equal);
        assert_eq!(rollup.by_status.get(&Status::Running), Some(&1));
        assert_eq!(rollup.by_status.get(&Status::Completed), Some(&1));
        let ids: Vec<&str> = rollup
            .recommendations
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ids, ["f-1", "f-2", "f-3"]);
        let counts: Vec<usize> = rollup.recommendations.iter().map(|r| r.measures).collect();
        assert_eq!(counts, [1, 1, 0]);
        assert_eq!(rollup.without_measure, 1);
        // No measure at all: every recommendation is a gap and there is no progress.
        let empty = field_rollup(&field(), &[]);
        assert_eq!((empty.measures, empty.without_measure), (0, 3));
        assert_eq!(empty.progress, None);
        assert!(empty.by_status.is_empty());
    }

    #[test]
    fn a_recommendation_counts_each_status_once_per_measure() {
        let measures = vec![
            measure(1, &["f-1"], Status::Idea, 0, None),
            measure(2, &["f-1"], Status::Idea, 0, None),
            measure(3, &["f-1"], Status::Running, 50, None),
            measure(4, &["f-2"], Status::Running, 50, None),
        ];
        let rollup = recommendation_rollup("f-1", &measures);
        assert_eq!(rollup.id, "f-1");
        assert_eq!(rollup.measures, 3);
        assert_eq!(rollup.by_status.get(&Status::Idea), Some(&2));
        assert_eq!(rollup.by_status.get(&Status::Running), Some(&1));
        let (progress, _) = rollup.progress.expect("measures");
        assert!((progress - 50.0 / 3.0).abs() < 1e-9, "{progress}");
    }
}
