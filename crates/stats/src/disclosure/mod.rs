//! Statistical disclosure control of the published cube: primary and secondary suppression
//! (hypercubes, and a protection LP where no hypercube exists), the linear-programming audit,
//! and rounding as the alternative (see docs/statistics.md).

mod audit;
mod hypercube;
mod protection;
mod suppression;

pub use audit::{AuditFinding, AuditReport, EXACT_GROUP_LIMIT, audit, feasible_ranges};
pub use hypercube::{Certificate, Structure};
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
