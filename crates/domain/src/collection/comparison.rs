//! The self-check's comparison: an institution's scores per area (and overall) beside the
//! anonymous distribution of the approved scores of other institutions of its kind — their
//! quartiles, never a single institution's value, and only when at least [`MIN_OTHERS`] of them
//! answered the area. The smallest and largest score are not shown: each is one institution's.

use super::selfcheck::Score;

/// Other institutions needed before their distribution is shown (the same minimum as every
/// published count, `disclosure`'s 3).
pub const MIN_OTHERS: usize = 3;

/// Lower quartile, median and upper quartile, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quartiles {
    pub lower: f64,
    pub median: f64,
    pub upper: f64,
}

/// What others of the kind scored in one area.
#[derive(Debug, Clone, PartialEq)]
pub enum Distribution {
    /// Fewer than [`MIN_OTHERS`] other institutions answered the area: nothing is shown but
    /// how many are needed.
    TooFew,
    /// `institutions` other institutions answered it.
    Shown {
        institutions: usize,
        quartiles: Quartiles,
    },
}

/// Where the own score lies against the others' quartiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Below the lower quartile.
    Below,
    /// From the lower to the upper quartile.
    Middle,
    /// Above the upper quartile.
    Above,
}

impl Position {
    pub fn as_str(self) -> &'static str {
        match self {
            Position::Below => "below",
            Position::Middle => "middle",
            Position::Above => "above",
        }
    }
}

/// One area (`""`: overall) of the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaComparison {
    pub area: String,
    /// The own score in percent (none for an area without items).
    pub own: Option<f64>,
    pub others: Distribution,
    /// Only when the own score and the distribution are both there.
    pub position: Option<Position>,
}

/// The quartiles of `values` by linear interpolation between the nearest ranks (Hyndman and
/// Fan's type 7, as spreadsheets' `QUARTILE.INC`); none for no values.
pub fn quartiles(values: &[f64]) -> Option<Quartiles> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |p: f64| -> Option<f64> {
        let last = sorted.len().checked_sub(1)?;
        #[allow(clippy::cast_precision_loss)]
        let h = last as f64 * p;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let below = h.floor() as usize;
        let low = *sorted.get(below)?;
        let high = sorted.get(below + 1).copied().unwrap_or(low);
        #[allow(clippy::cast_precision_loss)]
        let fraction = h - below as f64;
        Some(low + fraction * (high - low))
    };
    Some(Quartiles {
        lower: at(0.25)?,
        median: at(0.5)?,
        upper: at(0.75)?,
    })
}

fn position(own: f64, quartiles: &Quartiles) -> Position {
    if own < quartiles.lower {
        Position::Below
    } else if own > quartiles.upper {
        Position::Above
    } else {
        Position::Middle
    }
}

/// Compares `own` (from [`super::selfcheck::scores`]) with `others`, the scores of each other
/// institution of the kind: per area in `own`'s order, the percent of every other institution
/// that answered at least one item of the area.
pub fn compare(own: &[Score], others: &[Vec<Score>]) -> Vec<AreaComparison> {
    own.iter()
        .map(|score| {
            let values: Vec<f64> = others
                .iter()
                .filter_map(|scores| scores.iter().find(|s| s.area == score.area))
                .filter(|s| s.answered > 0)
                .filter_map(Score::percent)
                .collect();
            let others = match quartiles(&values) {
                Some(quartiles) if values.len() >= MIN_OTHERS => Distribution::Shown {
                    institutions: values.len(),
                    quartiles,
                },
                _ => Distribution::TooFew,
            };
            let own = score.percent();
            let position = match (&others, own) {
                (Distribution::Shown { quartiles, .. }, Some(own)) => {
                    Some(position(own, quartiles))
                }
                _ => None,
            };
            AreaComparison {
                area: score.area.clone(),
                own,
                others,
                position,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A score of `points` of `max` with `answered` of 3 items.
    fn score(area: &str, points: u32, max: u32, answered: usize) -> Score {
        Score {
            area: area.into(),
            points,
            max,
            answered,
            items: 3,
        }
    }

    #[test]
    fn quartiles_interpolate_between_the_nearest_ranks() {
        let q = quartiles(&[80.0, 20.0, 50.0]).unwrap();
        assert_eq!((q.lower, q.median, q.upper), (35.0, 50.0, 65.0));
        let q = quartiles(&[40.0, 10.0, 30.0, 20.0]).unwrap();
        assert_eq!((q.lower, q.median, q.upper), (17.5, 25.0, 32.5));
        let q = quartiles(&[10.0, 20.0, 30.0, 40.0, 100.0]).unwrap();
        assert_eq!((q.lower, q.median, q.upper), (20.0, 30.0, 40.0));
        let q = quartiles(&[7.0]).unwrap();
        assert_eq!((q.lower, q.median, q.upper), (7.0, 7.0, 7.0));
        assert_eq!(quartiles(&[]), None);
    }

    #[test]
    fn three_others_are_shown_as_quartiles_with_the_own_position() {
        // Own: personal 3 of 9 (33.3 %), konzepte 9 of 9 (100 %), overall 12 of 18 (66.7 %).
        let own = vec![
            score("personal", 3, 9, 3),
            score("konzepte", 9, 9, 3),
            score("", 12, 18, 6),
        ];
        // Others: personal 50 %, 25 %, 75 %; konzepte 0 %, 50 %, 100 %; overall 25 %, 50 %,
        // 87.5 %.
        let others = vec![
            vec![
                score("personal", 9, 18, 3),
                score("konzepte", 0, 9, 3),
                score("", 2, 8, 6),
            ],
            vec![
                score("personal", 9, 36, 3),
                score("konzepte", 9, 18, 2),
                score("", 4, 8, 6),
            ],
            vec![
                score("personal", 27, 36, 1),
                score("konzepte", 9, 9, 3),
                score("", 7, 8, 6),
            ],
        ];
        let compared = compare(&own, &others);
        assert_eq!(compared.len(), 3);
        assert_eq!(compared[0].area, "personal");
        assert_eq!(
            compared[0].others,
            Distribution::Shown {
                institutions: 3,
                quartiles: Quartiles {
                    lower: 37.5,
                    median: 50.0,
                    upper: 62.5
                }
            }
        );
        assert_eq!(compared[0].position, Some(Position::Below));
        assert_eq!(
            compared[1].others,
            Distribution::Shown {
                institutions: 3,
                quartiles: Quartiles {
                    lower: 25.0,
                    median: 50.0,
                    upper: 75.0
                }
            }
        );
        assert_eq!(compared[1].own, Some(100.0));
        assert_eq!(compared[1].position, Some(Position::Above));
        assert_eq!(compared[2].area, "");
        assert_eq!(
            compared[2].others,
            Distribution::Shown {
                institutions: 3,
                quartiles: Quartiles {
                    lower: 37.5,
                    median: 50.0,
                    upper: 68.75
                }
            }
        );
        // 66.67 lies between the quartiles.
        assert_eq!(compared[2].position, Some(Position::Middle));
    }

    #[test]
    fn fewer_than_three_others_who_answered_show_nothing() {
        let own = vec![score("personal", 6, 9, 3), score("", 6, 9, 3)];
        // Two others: too few for both rows.
        let two = vec![
            vec![score("personal", 3, 9, 3), score("", 3, 9, 3)],
            vec![score("personal", 9, 9, 3), score("", 9, 9, 3)],
        ];
        for row in compare(&own, &two) {
            assert_eq!(row.others, Distribution::TooFew, "{}", row.area);
            assert_eq!(row.position, None);
            assert!(row.own.is_some());
        }
        // Three others, but one answered no item of the area (0 of 9 unanswered is not 0 %):
        // too few for the area; the overall row counts it (it answered elsewhere).
        let mut three = two.clone();
        three.push(vec![score("personal", 0, 9, 0), score("", 0, 9, 1)]);
        let compared = compare(&own, &three);
        assert_eq!(compared[0].others, Distribution::TooFew);
        assert!(matches!(
            compared[1].others,
            Distribution::Shown {
                institutions: 3,
                ..
            }
        ));
        // An institution that lacks the area altogether is not counted either.
        let mut missing = two;
        missing.push(vec![score("", 3, 9, 3)]);
        assert_eq!(compare(&own, &missing)[0].others, Distribution::TooFew);
    }

    #[test]
    fn an_own_score_on_a_quartile_is_in_the_middle_and_an_area_without_items_has_no_position() {
        let q = Quartiles {
            lower: 25.0,
            median: 50.0,
            upper: 75.0,
        };
        assert_eq!(position(25.0, &q), Position::Middle);
        assert_eq!(position(75.0, &q), Position::Middle);
        assert_eq!(position(24.9, &q), Position::Below);
        assert_eq!(position(75.1, &q), Position::Above);
        let own = vec![score("leer", 0, 0, 0)];
        let others = vec![
            vec![score("leer", 1, 3, 1)],
            vec![score("leer", 2, 3, 1)],
            vec![score("leer", 3, 3, 1)],
        ];
        let compared = compare(&own, &others);
        assert_eq!(compared[0].own, None);
        assert_eq!(compared[0].position, None);
        assert!(matches!(compared[0].others, Distribution::Shown { .. }));
        for (position, text) in [
            (Position::Below, "below"),
            (Position::Middle, "middle"),
            (Position::Above, "above"),
        ] {
            assert_eq!(position.as_str(), text);
        }
    }
}
