//! Statistical disclosure control of the published cube: primary and secondary suppression
//! (hypercubes, and a protection LP where no hypercube exists), the linear-programming audit,
//! and rounding as the alternative (see docs/statistics.md).

mod audit;
mod hypercube;
mod protection;
mod published;
mod suppression;

pub use audit::{AuditFinding, AuditReport, EXACT_GROUP_LIMIT, audit, feasible_ranges};
pub use hypercube::{Certificate, Structure};
pub use published::{PublicAuditReport, PublicFinding, audit_published, split_csv_line};
pub use suppression::{SuppressionSummary, suppress};

use serde::Serialize;

use crate::cube::Cube;

#[derive(Debug, Clone, Copy, Serialize)]
pub struct DisclosureOptions {
    /// Counts from 1 to min_count - 1 are suppressed (primary); zeros stay zero.
    pub min_count: u64,
    /// An attacker who knows every published value and that suppressed cells are at least 1 must
    /// not narrow a primary (small) cell to a range narrower than this (upper minus lower bound).
    /// Secondary cells carry no requirement of their own, as in tau-ARGUS.
    pub required_width: f64,
}

impl DisclosureOptions {
    pub fn new(min_count: u64) -> Self {
        Self {
            min_count,
            required_width: min_count.saturating_sub(1) as f64,
        }
    }

    /// How far a protecting move must be able to shift a primary cell down and up: up by the
    /// required width (each moved cell staying at least 1). The moved tables prove every value in
    /// [v, v + width] possible, which meets `protects` whatever v ≥ 1.
    pub fn reach(&self, _value: u64) -> (f64, f64) {
        (0.0, self.required_width)
    }

    /// True if the range [lower, upper] an intruder can compute for a primary cell meets the
    /// requirement (to `tolerance`): at least the required width (min count − 1) wide. Since no
    /// hidden cell can be below 1, such a range also reaches the min count, so the intruder can
    /// neither narrow the cell nor conclude that it is a small count; a range inside [1, 2], as a
    /// published primary flag gives, always fails.
    pub fn protects(&self, lower: f64, upper: f64, tolerance: f64) -> bool {
        upper - lower + tolerance >= self.required_width
    }
}

/// Rounds every cell to a multiple of `base` (half up); zeros stay zero, nothing is suppressed.
/// Totals are rounded on their own, so they need not equal the sum of the rounded parts.
pub fn round(cube: &mut Cube, base: u64) {
    for cell in &mut cube.cells {
        cell.rounded = Some(round_to(cell.value, base));
    }
}

pub fn round_to(value: u64, base: u64) -> u64 {
    if base <= 1 {
        return value;
    }
    (value + base / 2) / base * base
}

#[cfg(test)]
mod tests;
