//! Confidence intervals for proportions, for judging change in small groups. Register counts are
//! complete (exact); these intervals treat the observed share as a binomial outcome of an
//! underlying propensity, which is what "is this change more than chance?" asks.

/// 97.5 % quantile of the standard normal distribution.
pub const Z_95: f64 = 1.959_963_984_540_054;

/// Wilson score interval (without continuity correction) for `successes` of `trials`.
/// Returns None for zero trials or successes above trials.
pub fn wilson(successes: u64, trials: u64, z: f64) -> Option<(f64, f64)> {
    if trials == 0 || successes > trials {
        return None;
    }
    let n = trials as f64;
    let p = successes as f64 / n;
    let z2 = z * z;
    let denominator = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denominator;
    let half = z / denominator * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

/// Newcombe's hybrid score interval (method 10 of Newcombe 1998) for the difference p1 - p2 of
/// two independent proportions, built from the two Wilson intervals.
pub fn newcombe_difference(
    successes_1: u64,
    trials_1: u64,
    successes_2: u64,
    trials_2: u64,
    z: f64,
) -> Option<(f64, f64)> {
    let (l1, u1) = wilson(successes_1, trials_1, z)?;
    let (l2, u2) = wilson(successes_2, trials_2, z)?;
    let p1 = successes_1 as f64 / trials_1 as f64;
    let p2 = successes_2 as f64 / trials_2 as f64;
    let difference = p1 - p2;
    let lower = difference - ((p1 - l1).powi(2) + (u2 - p2).powi(2)).sqrt();
    let upper = difference + ((u1 - p1).powi(2) + (p2 - l2).powi(2)).sqrt();
    Some((lower, upper))
}

/// Duncan's index of dissimilarity between two groups across areas: half the sum of the absolute
/// differences of the areas' shares of each group, 0 (same distribution) to 1 (complete separation).
pub fn dissimilarity(group_a: &[u64], group_b: &[u64]) -> Option<f64> {
    if group_a.len() != group_b.len() {
        return None;
    }
    let total_a: u64 = group_a.iter().sum();
    let total_b: u64 = group_b.iter().sum();
    if total_a == 0 || total_b == 0 {
        return None;
    }
    let sum: f64 = group_a
        .iter()
        .zip(group_b)
        .map(|(&a, &b)| (a as f64 / total_a as f64 - b as f64 / total_b as f64).abs())
        .sum();
    Some(sum / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(actual: (f64, f64), expected: (f64, f64)) {
        assert!(
            (actual.0 - expected.0).abs() < 5e-5 && (actual.1 - expected.1).abs() < 5e-5,
            "{actual:?} != {expected:?}"
        );
    }

    /// Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison
    /// of seven methods. Statistics in Medicine 17:857-872, Table II, method 3 (score, no
    /// continuity correction): 81/263, 15/148, 0/20, 1/29.
    #[test]
    fn wilson_matches_newcombe_1998_single_proportion_examples() {
        close(wilson(81, 263, Z_95).unwrap(), (0.2553, 0.3662));
        close(wilson(15, 148, Z_95).unwrap(), (0.0624, 0.1605));
        close(wilson(0, 20, Z_95).unwrap(), (0.0, 0.1611));
        close(wilson(1, 29, Z_95).unwrap(), (0.0061, 0.1718));
    }

    /// Newcombe RG (1998). Interval estimation for the difference between independent
    /// proportions: comparison of eleven methods. Statistics in Medicine 17:873-890, Table II,
    /// method 10 (score, no continuity correction), examples (a), (b), (d), (e).
    #[test]
    fn newcombe_matches_the_1998_difference_examples() {
        close(
            newcombe_difference(56, 70, 48, 80, Z_95).unwrap(),
            (0.0524, 0.3339),
        );
        close(
            newcombe_difference(9, 10, 3, 10, Z_95).unwrap(),
            (0.1705, 0.8090),
        );
        close(
            newcombe_difference(5, 56, 0, 29, Z_95).unwrap(),
            (-0.0381, 0.1926),
        );
        close(
            newcombe_difference(0, 10, 0, 20, Z_95).unwrap(),
            (-0.1611, 0.2775),
        );
    }

    #[test]
    fn degenerate_inputs_give_none() {
        assert_eq!(wilson(1, 0, Z_95), None);
        assert_eq!(wilson(3, 2, Z_95), None);
        assert_eq!(newcombe_difference(1, 0, 1, 2, Z_95), None);
    }

    /// Hand computation: group A 10/20/70 and group B 40/40/20 over three quarters:
    /// |0.1-0.4| + |0.2-0.4| + |0.7-0.2| = 1.0, halved = 0.5.
    #[test]
    fn dissimilarity_on_a_hand_computed_example() {
        let index = dissimilarity(&[10, 20, 70], &[40, 40, 20]).unwrap();
        assert!((index - 0.5).abs() < 1e-12);
        assert_eq!(dissimilarity(&[5, 5], &[1, 1]), Some(0.0));
        assert_eq!(dissimilarity(&[5, 0], &[0, 7]), Some(1.0));
        assert_eq!(dissimilarity(&[0, 0], &[1, 1]), None);
    }
}
