//! The intercultural-opening self-check: items scored 0 to their maximum, grouped by area;
//! a score per area and overall, as a share of the reachable points.

use super::{DataSet, ValueType};

/// The score of one area (or of the whole check).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub area: String,
    /// Points of the answered items.
    pub points: u32,
    /// Reachable points of all items of the area.
    pub max: u32,
    /// Items answered of the area's items.
    pub answered: usize,
    pub items: usize,
}

impl Score {
    /// Points ÷ reachable points, in percent (none for an area without items).
    pub fn percent(&self) -> Option<f64> {
        (self.max > 0).then(|| f64::from(self.points) * 100.0 / f64::from(self.max))
    }
}

/// Scores per area in the data set's order, then the overall score (area `""`). Unanswered
/// items count 0 points: an institution that skips an item has not shown it.
pub fn scores(set: &DataSet, value_of: &dyn Fn(&str) -> Option<u32>) -> Vec<Score> {
    let mut scores: Vec<Score> = set
        .areas
        .iter()
        .map(|area| Score {
            area: area.code.clone(),
            points: 0,
            max: 0,
            answered: 0,
            items: 0,
        })
        .collect();
    let mut overall = Score {
        area: String::new(),
        points: 0,
        max: 0,
        answered: 0,
        items: 0,
    };
    for element in &set.elements {
        let (Some(area), ValueType::Integer { max: Some(max) }) =
            (&element.area, &element.value_type)
        else {
            continue;
        };
        let Some(score) = scores.iter_mut().find(|score| &score.area == area) else {
            continue;
        };
        let value = value_of(&element.code);
        for target in [&mut *score, &mut overall] {
            target.items += 1;
            target.max += max;
            if let Some(value) = value {
                target.answered += 1;
                target.points += value.min(*max);
            }
        }
    }
    scores.push(overall);
    scores
}
