//! Disclosure control for the small tables the modules publish (mediation requests by language
//! and month, reported figures by district, offers per district, reports of discrimination by
//! area): counts with row and column totals. The statistics engine protects its cubes with
//! hypercubes and linear programming (`teilhabe-stats`, docs/statistics.md); these tables are
//! two-way with margins, where the same two rules suffice:
//!
//! - **primary**: a count from 1 to `min_count − 1` is hidden (zeros are published: "nobody" is
//!   no person's secret, and hiding zeros would mark the small cells beside them);
//! - **secondary**: in every row and every column, including the total row and column, the
//!   hidden cells are none or at least two, so that no total minus the published cells gives a
//!   hidden one back. The cell added is the smallest non-zero published one of that line (least
//!   information lost); the grand total is never hidden for that — only when it is a small
//!   count itself, and then everything is.
//!
//! Published tables carry each cell's status, as the monitoring's figures do (SDMX CONF_STATUS
//! `C` for a hidden cell).

use serde::{Deserialize, Serialize};

/// Whether a cell may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CellStatus {
    Published,
    /// A small count.
    Primary,
    /// Hidden so that a total does not give a small count back.
    Secondary,
}

impl CellStatus {
    pub fn is_hidden(self) -> bool {
        self != CellStatus::Published
    }
}

/// A cell as published: its count only when it is not hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cell {
    pub value: Option<u64>,
    pub status: CellStatus,
}

/// A two-way table of counts with its margins, after disclosure control. `cells[r][c]` for the
/// inner cells; `row_totals[r]`, `column_totals[c]` and `total` for the margins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtectedTable {
    pub cells: Vec<Vec<Cell>>,
    pub row_totals: Vec<Cell>,
    pub column_totals: Vec<Cell>,
    pub total: Cell,
}

impl ProtectedTable {
    /// How many cells (inner and margins) are hidden.
    pub fn hidden(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .chain(&self.row_totals)
            .chain(&self.column_totals)
            .filter(|cell| cell.status.is_hidden())
            .count()
    }
}

/// Protects `counts` (rows of equal length) and its margins; see the module's rules. With
/// `min_count` ≤ 1 nothing is hidden.
pub fn protect_table(counts: &[Vec<u64>], min_count: u64) -> ProtectedTable {
    let rows = counts.len();
    let columns = counts.iter().map(Vec::len).max().unwrap_or(0);
    // The full grid with margins: row `rows` holds the column totals, column `columns` the row
    // totals, (rows, columns) the grand total.
    let mut values = vec![vec![0u64; columns + 1]; rows + 1];
    for (r, row) in counts.iter().enumerate() {
        for (c, &value) in row.iter().enumerate() {
            values[r][c] = value;
            values[r][columns] += value;
            values[rows][c] += value;
            values[rows][columns] += value;
        }
    }
    let grand = (rows, columns);
    let mut status = vec![vec![CellStatus::Published; columns + 1]; rows + 1];
    for r in 0..=rows {
        for c in 0..=columns {
            let value = values[r][c];
            if value > 0 && value < min_count {
                status[r][c] = CellStatus::Primary;
            }
        }
    }
    // Each line: a row (fixed r, all c) or a column (fixed c, all r), margins included.
    let lines: Vec<Vec<(usize, usize)>> = (0..=rows)
        .map(|r| (0..=columns).map(|c| (r, c)).collect())
        .chain((0..=columns).map(|c| (0..=rows).map(|r| (r, c)).collect()))
        .collect();
    loop {
        let mut changed = false;
        for line in &lines {
            let hidden = line
                .iter()
                .filter(|&&(r, c)| status[r][c].is_hidden())
                .count();
            if hidden != 1 {
                continue;
            }
            let candidate = line
                .iter()
                .copied()
                .filter(|&(r, c)| (r, c) != grand && !status[r][c].is_hidden() && values[r][c] > 0)
                .min_by_key(|&(r, c)| (values[r][c], r, c))
                .or_else(|| {
                    // Only zeros left: a zero hidden beside the small cell still protects it.
                    line.iter()
                        .copied()
                        .find(|&(r, c)| (r, c) != grand && !status[r][c].is_hidden())
                });
            if let Some((r, c)) = candidate {
                status[r][c] = CellStatus::Secondary;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let cell = |r: usize, c: usize| Cell {
        value: (!status[r][c].is_hidden()).then_some(values[r][c]),
        status: status[r][c],
    };
    ProtectedTable {
        cells: (0..rows)
            .map(|r| (0..columns).map(|c| cell(r, c)).collect())
            .collect(),
        row_totals: (0..rows).map(|r| cell(r, columns)).collect(),
        column_totals: (0..columns).map(|c| cell(rows, c)).collect(),
        total: cell(rows, columns),
    }
}

/// One count alone (no table around it, e.g. a city-wide figure): hidden when small.
pub fn protect_count(value: u64, min_count: u64) -> Cell {
    if value > 0 && value < min_count {
        Cell {
            value: None,
            status: CellStatus::Primary,
        }
    } else {
        Cell {
            value: Some(value),
            status: CellStatus::Published,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(table: &ProtectedTable) -> Vec<Vec<Option<u64>>> {
        let mut grid: Vec<Vec<Option<u64>>> = table
            .cells
            .iter()
            .zip(&table.row_totals)
            .map(|(row, total)| row.iter().chain([total]).map(|cell| cell.value).collect())
            .collect();
        grid.push(
            table
                .column_totals
                .iter()
                .chain([&table.total])
                .map(|cell| cell.value)
                .collect(),
        );
        grid
    }

    #[test]
    fn a_table_without_small_counts_is_published_whole() {
        let table = protect_table(&[vec![5, 0], vec![7, 9]], 3);
        assert_eq!(
            shown(&table),
            [
                [Some(5), Some(0), Some(5)],
                [Some(7), Some(9), Some(16)],
                [Some(12), Some(9), Some(21)]
            ]
        );
        assert_eq!(table.hidden(), 0);
    }

    #[test]
    fn a_small_count_hides_the_smallest_partner_in_its_row_and_column() {
        // 1 is primary; its row (1, 4 | 5) and column (1, 6 | 7) each need a second hidden cell:
        // 4 in the row, 6 in the column; then row 2 (6, 8 | 14) and column 2 (4, 8 | 12) have
        // one each: 8 is hidden in both.
        let table = protect_table(&[vec![1, 4], vec![6, 8]], 3);
        assert_eq!(table.cells[0][0].status, CellStatus::Primary);
        assert_eq!(
            shown(&table),
            [
                [None, None, Some(5)],
                [None, None, Some(14)],
                [Some(7), Some(12), Some(19)]
            ]
        );
        assert_eq!(table.hidden(), 4);
    }

    #[test]
    fn a_small_margin_is_hidden_and_protected_too() {
        // Row 0 sums to 2 (primary); its cells 1 and 1 are primary as well.
        let table = protect_table(&[vec![1, 1], vec![10, 20]], 3);
        assert_eq!(table.row_totals[0].status, CellStatus::Primary);
        assert!(
            table.cells[0]
                .iter()
                .all(|cell| cell.status == CellStatus::Primary)
        );
        // Column 0: 1 hidden, 10 published, total 11 published → 1 could be recomputed unless a
        // second cell of the column is hidden.
        for c in 0..2 {
            let hidden_in_column = [table.cells[0][c], table.cells[1][c], table.column_totals[c]]
                .iter()
                .filter(|cell| cell.status.is_hidden())
                .count();
            assert_ne!(hidden_in_column, 1, "column {c}");
        }
        assert_eq!(
            table.total.value,
            Some(32),
            "the grand total is never hidden"
        );
    }

    #[test]
    fn no_line_keeps_exactly_one_hidden_cell() {
        // A pseudo-random family of tables: the invariant holds for each.
        let mut seed = 7u64;
        for _ in 0..200 {
            let mut next = || {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (seed >> 33) % 7
            };
            let rows = 1 + next() as usize % 4;
            let columns = 1 + next() as usize % 4;
            let counts: Vec<Vec<u64>> = (0..rows)
                .map(|_| (0..columns).map(|_| next()).collect())
                .collect();
            let table = protect_table(&counts, 3);
            let grid: Vec<Vec<Cell>> = table
                .cells
                .iter()
                .zip(&table.row_totals)
                .map(|(row, total)| row.iter().chain([total]).copied().collect())
                .chain([table
                    .column_totals
                    .iter()
                    .chain([&table.total])
                    .copied()
                    .collect()])
                .collect();
            for (r, row) in grid.iter().enumerate().take(rows + 1) {
                let hidden = row.iter().filter(|c| c.status.is_hidden()).count();
                assert_ne!(hidden, 1, "{counts:?} row {r}");
            }
            for c in 0..=columns {
                let hidden = grid.iter().filter(|row| row[c].status.is_hidden()).count();
                assert_ne!(hidden, 1, "{counts:?} column {c}");
            }
            for row in &grid {
                for cell in row {
                    if let Some(value) = cell.value {
                        assert!(value == 0 || value >= 3, "{counts:?}: {value} published");
                    }
                }
            }
        }
    }

    #[test]
    fn min_count_one_hides_nothing_and_single_counts_follow_the_rule() {
        assert_eq!(protect_table(&[vec![1, 2]], 1).hidden(), 0);
        assert_eq!(protect_table(&[], 3).total.value, Some(0));
        // A table whose grand total is small hides it too: the total would be the cell.
        let tiny = protect_table(&[vec![2]], 3);
        assert_eq!(tiny.total.status, CellStatus::Primary);
        assert_eq!(tiny.hidden(), 3);
        assert_eq!(protect_count(2, 3).value, None);
        assert_eq!(protect_count(2, 3).status, CellStatus::Primary);
        assert_eq!(protect_count(0, 3).value, Some(0));
        assert_eq!(protect_count(3, 3).value, Some(3));
    }
}
