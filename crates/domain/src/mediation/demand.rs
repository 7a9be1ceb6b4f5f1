//! The demand, quantified: requests by one dimension (language, month, sector, district) and
//! outcome, through disclosure control before any count is published.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::disclosure::{ProtectedTable, protect_table};

/// The smallest count published, as the statistics engine's default.
pub const MIN_COUNT: u64 = 3;

/// The outcome columns of a demand table, in order. `pending` are requests not closed yet.
pub const COLUMNS: [&str; 6] = [
    "served",
    "unserved",
    "refused",
    "referred",
    "cancelled",
    "pending",
];

/// The column of a stored status.
pub fn column_of(status: &str) -> &'static str {
    match status {
        "served" => "served",
        "unserved" => "unserved",
        "refused" => "refused",
        "referred" => "referred",
        "cancelled" => "cancelled",
        _ => "pending",
    }
}

/// A protected table: one row per key (sorted), the outcome columns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DemandTable {
    pub rows: Vec<String>,
    pub columns: Vec<&'static str>,
    pub table: ProtectedTable,
}

/// Counts `(row key, stored status)` pairs into a protected table.
pub fn tally<'a>(items: impl IntoIterator<Item = (&'a str, &'a str)>) -> DemandTable {
    let mut counts: BTreeMap<&str, [u64; COLUMNS.len()]> = BTreeMap::new();
    for (key, status) in items {
        let column = column_of(status);
        let row = counts.entry(key).or_default();
        if let Some(index) = COLUMNS.iter().position(|c| *c == column)
            && let Some(cell) = row.get_mut(index)
        {
            *cell += 1;
        }
    }
    let rows: Vec<String> = counts.keys().map(|k| (*k).to_owned()).collect();
    let values: Vec<Vec<u64>> = counts.values().map(|row| row.to_vec()).collect();
    DemandTable {
        rows,
        columns: COLUMNS.to_vec(),
        table: protect_table(&values, MIN_COUNT),
    }
}

/// The share of unserved requests among all closed or pending ones, as (unserved, all), or
/// `None` when either count is too small to publish (below [`MIN_COUNT`], zero excepted for the
/// unserved).
pub fn unserved_share(unserved: u64, all: u64) -> Option<(u64, u64)> {
    share(unserved, all)
}

/// A share of requests (`part` of `all`: unserved, served), or `None` when a count is too small
/// to publish: `all` below [`MIN_COUNT`], or `part` from 1 to [`MIN_COUNT`] − 1.
pub fn share(part: u64, all: u64) -> Option<(u64, u64)> {
    if all < MIN_COUNT || (part > 0 && part < MIN_COUNT) {
        None
    } else {
        Some((part, all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::disclosure::CellStatus;

    #[test]
    fn requests_are_counted_by_key_and_outcome_and_small_counts_hidden() {
        let mut items = Vec::new();
        for _ in 0..5 {
            items.push(("ar", "served"));
        }
        for _ in 0..4 {
            items.push(("ar", "unserved"));
        }
        items.push(("ti", "unserved"));
        items.push(("ti", "open"));
        items.push(("ti", "offered"));
        let table = tally(items);
        assert_eq!(table.rows, ["ar", "ti"]);
        let ar = &table.table.cells[0];
        // The unserved column hides Arabic's 4 too (secondary), so the total does not give
        // Tigrinya's 1 back; the served column and the row totals then need a second hidden
        // cell each, which the rule finds in the smallest published counts.
        assert_eq!(ar[1].status, CellStatus::Secondary);
        assert_eq!(table.table.column_totals[1].value, Some(5));
        assert_eq!(ar[2].value, Some(0));
        let ti = &table.table.cells[1];
        // One unserved Tigrinya request is a small count; two pending too.
        assert_eq!(ti[1].status, CellStatus::Primary);
        assert_eq!(ti[5].status, CellStatus::Primary);
        assert_eq!(ti[0].value, Some(0), "zeros are published");
        assert_eq!(table.table.total.value, Some(12));
    }

    #[test]
    fn the_unserved_share_needs_enough_requests() {
        assert_eq!(unserved_share(0, 10), Some((0, 10)));
        assert_eq!(unserved_share(3, 10), Some((3, 10)));
        assert_eq!(unserved_share(2, 10), None);
        assert_eq!(unserved_share(0, 2), None);
    }
}
