//! The statistics of documented cases, in the style of the state network's annual report:
//! new cases (by the day they opened) per quarter of a year or per year, by area of life,
//! ground, form, level, intervention and outcome, and the share of racist cases. [`count`] gives
//! the raw counts (counsellors only); [`publish`] passes every table through the disclosure
//! control of [`crate::disclosure`] — nothing else leaves.
//!
//! Several areas, grounds, forms and interventions may apply to one case, so the margins of
//! those tables count mentions ("Mehrfachnennungen"), not cases; the cases per period are their
//! own row. Reports measure reporting, not prevalence.

use jiff::civil::Date;
use serde::Serialize;

use super::{CaseRecord, Categories};
use crate::disclosure::{Cell, CellStatus, ProtectedTable, protect_count, protect_table};

/// The columns of the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Periods {
    /// The four quarters of one year.
    Quarters { year: i16 },
    /// Each year from `from` to `to`, both included.
    Years { from: i16, to: i16 },
}

impl Periods {
    /// `2025Q1` … or `2023` …, as the data collection names periods.
    pub fn labels(&self) -> Vec<String> {
        match *self {
            Periods::Quarters { year } => (1..=4).map(|q| format!("{year}Q{q}")).collect(),
            Periods::Years { from, to } => (from..=to).map(|y| y.to_string()).collect(),
        }
    }

    /// The column of a case that opened on `day`, if it falls in the periods.
    pub fn column(&self, day: Date) -> Option<usize> {
        match *self {
            Periods::Quarters { year } if day.year() == year => {
                usize::try_from((day.month() - 1) / 3).ok()
            }
            Periods::Years { from, to } if (from..=to).contains(&day.year()) => {
                usize::try_from(day.year() - from).ok()
            }
            _ => None,
        }
    }
}

/// The dimensions the tables are broken down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    Area,
    Ground,
    Form,
    Level,
    Intervention,
    Outcome,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::Area,
        Dimension::Ground,
        Dimension::Form,
        Dimension::Level,
        Dimension::Intervention,
        Dimension::Outcome,
    ];

    /// The list of the category file this dimension's rows come from.
    pub fn categories(self, categories: &Categories) -> &[super::Category] {
        match self {
            Dimension::Area => &categories.areas,
            Dimension::Ground => &categories.grounds,
            Dimension::Form => &categories.forms,
            Dimension::Level => &categories.levels,
            Dimension::Intervention => &categories.interventions,
            Dimension::Outcome => &categories.outcomes,
        }
    }

    /// Several categories may apply to one case (areas, grounds, forms, interventions): the
    /// table counts mentions, not cases.
    pub fn counts_mentions(self) -> bool {
        matches!(
            self,
            Dimension::Area | Dimension::Ground | Dimension::Form | Dimension::Intervention
        )
    }

    fn values(self, case: &CaseRecord) -> Vec<&str> {
        fn list(values: &[String]) -> Vec<&str> {
            values.iter().map(String::as_str).collect()
        }
        match self {
            Dimension::Area => list(&case.areas),
            Dimension::Ground => list(&case.grounds),
            Dimension::Form => list(&case.forms),
            Dimension::Level => case.level.as_deref().into_iter().collect(),
            Dimension::Intervention => list(&case.interventions),
            Dimension::Outcome => case.outcome.as_deref().into_iter().collect(),
        }
    }
}

/// One dimension's counts: `counts[row][period]`, rows in the categories' order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DimensionCounts {
    pub dimension: Dimension,
    /// The category ids, one per row.
    pub rows: Vec<String>,
    pub counts: Vec<Vec<u64>>,
}

/// The raw counts (never published as they are).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub periods: Vec<String>,
    /// New cases per period.
    pub cases: Vec<u64>,
    /// Of those, cases with at least one ground marked racist.
    pub racist: Vec<u64>,
    pub dimensions: Vec<DimensionCounts>,
}

/// Counts the cases that opened within `periods`. A category a case names that the categories
/// no longer list is not counted in that dimension's rows (the case still counts as a case).
pub fn count(cases: &[CaseRecord], categories: &Categories, periods: Periods) -> Counts {
    let labels = periods.labels();
    let width = labels.len();
    let mut result = Counts {
        periods: labels,
        cases: vec![0; width],
        racist: vec![0; width],
        dimensions: Dimension::ALL
            .iter()
            .map(|&dimension| {
                let rows: Vec<String> = dimension
                    .categories(categories)
                    .iter()
                    .map(|c| c.id.clone())
                    .collect();
                DimensionCounts {
                    dimension,
                    counts: vec![vec![0; width]; rows.len()],
                    rows,
                }
            })
            .collect(),
    };
    for case in cases {
        let Some(column) = periods.column(case.opened) else {
            continue;
        };
        if let Some(cell) = result.cases.get_mut(column) {
            *cell += 1;
        }
        if case.is_racist(categories)
            && let Some(cell) = result.racist.get_mut(column)
        {
            *cell += 1;
        }
        for table in &mut result.dimensions {
            for value in table.dimension.values(case) {
                if let Some(row) = table.rows.iter().position(|id| id == value)
                    && let Some(cell) = table.counts.get_mut(row).and_then(|r| r.get_mut(column))
                {
                    *cell += 1;
                }
            }
        }
    }
    result
}

/// A share in tenths of a percent (679 = 67.9 %), or hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Share {
    pub per_mille: Option<u64>,
    pub status: CellStatus,
}

/// One dimension's table after disclosure control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishedTable {
    pub dimension: Dimension,
    pub rows: Vec<String>,
    /// Margins are mentions for the multi-select dimensions (area, ground, form, intervention).
    pub table: ProtectedTable,
}

/// What may be published: every count through disclosure control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Published {
    pub periods: Vec<String>,
    pub min_count: u64,
    /// New cases per period, and over all periods.
    pub cases: Vec<Cell>,
    pub cases_total: Cell,
    /// Share of racist cases per period, and over all periods.
    pub racist_share: Vec<Share>,
    pub racist_share_total: Share,
    pub tables: Vec<PublishedTable>,
}

impl Published {
    /// Every published count (tables with margins, the cases row), for checks.
    pub fn cells(&self) -> Vec<Cell> {
        let mut cells: Vec<Cell> = self
            .cases
            .iter()
            .copied()
            .chain([self.cases_total])
            .collect();
        for published in &self.tables {
            let table = &published.table;
            cells.extend(table.cells.iter().flatten().copied());
            cells.extend(table.row_totals.iter().copied());
            cells.extend(table.column_totals.iter().copied());
            cells.push(table.total);
        }
        cells
    }
}

/// Passes the counts through disclosure control with minimum `min_count`: each dimension's
/// table with [`protect_table`]; the cases per period hidden where small, where any table hides
/// that period's total (a period's case count may equal its mentions), and secondarily so that
/// the row never keeps exactly one hidden period; a share hidden where its cases are hidden or
/// its racist cases or the rest are a small count.
pub fn publish(counts: &Counts, min_count: u64) -> Published {
    let tables: Vec<PublishedTable> = counts
        .dimensions
        .iter()
        .map(|d| PublishedTable {
            dimension: d.dimension,
            rows: d.rows.clone(),
            table: protect_table(&d.counts, min_count),
        })
        .collect();
    let small = |value: u64| value > 0 && value < min_count;
    let mut status: Vec<CellStatus> = counts
        .cases
        .iter()
        .enumerate()
        .map(|(column, &value)| {
            if small(value) {
                CellStatus::Primary
            } else if tables.iter().any(|t| {
                t.table
                    .column_totals
                    .get(column)
                    .is_some_and(|cell| cell.status.is_hidden())
            }) {
                CellStatus::Secondary
            } else {
                CellStatus::Published
            }
        })
        .collect();
    let total: u64 = counts.cases.iter().sum();
    let total_cell = protect_count(total, min_count);
    if total_cell.status.is_hidden() {
        for (s, &value) in status.iter_mut().zip(&counts.cases) {
            if value > 0 && !s.is_hidden() {
                *s = CellStatus::Secondary;
            }
        }
    }
    if status.iter().filter(|s| s.is_hidden()).count() == 1 {
        let partner = status
            .iter()
            .zip(&counts.cases)
            .enumerate()
            .filter(|(_, (s, _))| !s.is_hidden())
            .min_by_key(|(column, (_, value))| (**value == 0, **value, *column))
            .map(|(column, _)| column);
        if let Some(s) = partner.and_then(|column| status.get_mut(column)) {
            *s = CellStatus::Secondary;
        }
    }
    let cases: Vec<Cell> = status
        .iter()
        .zip(&counts.cases)
        .map(|(&status, &value)| Cell {
            value: (!status.is_hidden()).then_some(value),
            status,
        })
        .collect();
    let share = |cell: Cell, racist: u64, all: u64| -> Share {
        if cell.status.is_hidden() || small(racist) || small(all.saturating_sub(racist)) {
            return Share {
                per_mille: None,
                status: if cell.status.is_hidden() {
                    cell.status
                } else {
                    CellStatus::Primary
                },
            };
        }
        Share {
            per_mille: (all > 0).then(|| (racist * 2000 + all) / (2 * all)),
            status: CellStatus::Published,
        }
    };
    let racist_share = cases
        .iter()
        .zip(counts.racist.iter().zip(&counts.cases))
        .map(|(&cell, (&racist, &all))| share(cell, racist, all))
        .collect();
    let racist_total: u64 = counts.racist.iter().sum();
    Published {
        periods: counts.periods.clone(),
        min_count,
        racist_share_total: share(total_cell, racist_total, total),
        cases,
        cases_total: total_cell,
        racist_share,
        tables,
    }
}

/// Documented new cases per 10,000 residents, in tenths (12.3 → 123), rounded half up; `None`
/// where the cases are a small count (1 to `min_count` − 1) or nobody lives there.
pub fn per_10000_tenths(cases: u64, residents: u64, min_count: u64) -> Option<u64> {
    if residents == 0 || (cases > 0 && cases < min_count) {
        return None;
    }
    Some((cases * 200_000 + residents) / (2 * residents))
}

/// The share of racist cases in tenths of a percent (679 → 67.9 %), rounded half up; `None`
/// where there are no cases or the cases, the racist ones or the others are a small count (the
/// others could be worked out from the share).
pub fn racist_share_tenths(racist: u64, all: u64, min_count: u64) -> Option<u64> {
    let small = |value: u64| value > 0 && value < min_count;
    if all == 0 || racist > all || small(all) || small(racist) || small(all - racist) {
        return None;
    }
    Some((racist * 2000 + all) / (2 * all))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::discrimination::AggApplies;
    use crate::discrimination::categories::parse;

    fn categories() -> Categories {
        parse(
            "categories.toml",
            include_str!("../../../../data/discrimination/categories.toml"),
        )
        .unwrap()
    }

    fn case(opened: Date, areas: &[&str], grounds: &[&str], outcome: Option<&str>) -> CaseRecord {
        CaseRecord {
            areas: areas.iter().map(|s| (*s).to_owned()).collect(),
            grounds: grounds.iter().map(|s| (*s).to_owned()).collect(),
            forms: vec!["direct".into()],
            level: Some("individual".into()),
            agg: AggApplies::Unclear,
            interventions: vec![],
            outcome: outcome.map(str::to_owned),
            opened,
            closed: None,
            notes: Some("never counted".into()),
        }
    }

    fn row<'a>(counts: &'a Counts, dimension: Dimension, id: &str) -> &'a [u64] {
        let table = counts
            .dimensions
            .iter()
            .find(|d| d.dimension == dimension)
            .unwrap();
        let index = table.rows.iter().position(|r| r == id).unwrap();
        &table.counts[index]
    }

    #[test]
    fn quarters_and_years_name_their_columns() {
        let quarters = Periods::Quarters { year: 2025 };
        assert_eq!(quarters.labels(), ["2025Q1", "2025Q2", "2025Q3", "2025Q4"]);
        assert_eq!(quarters.column(date(2025, 3, 31)), Some(0));
        assert_eq!(quarters.column(date(2025, 4, 1)), Some(1));
        assert_eq!(quarters.column(date(2025, 12, 31)), Some(3));
        assert_eq!(quarters.column(date(2024, 12, 31)), None);
        let years = Periods::Years {
            from: 2023,
            to: 2025,
        };
        assert_eq!(years.labels(), ["2023", "2024", "2025"]);
        assert_eq!(years.column(date(2024, 6, 1)), Some(1));
        assert_eq!(years.column(date(2026, 1, 1)), None);
    }

    #[test]
    fn counts_equal_a_hand_count() {
        let cases = [
            case(
                date(2025, 1, 5),
                &["housing"],
                &["ethnic-origin", "anti-muslim"],
                Some("success"),
            ),
            case(
                date(2025, 2, 5),
                &["housing", "work"],
                &["age"],
                Some("open"),
            ),
            case(date(2025, 5, 5), &["work"], &["anti-black"], None),
            case(
                date(2025, 11, 5),
                &["education"],
                &["gender", "ethnic-origin"],
                Some("none"),
            ),
            case(date(2024, 11, 5), &["education"], &["gender"], Some("none")),
        ];
        let counts = count(&cases, &categories(), Periods::Quarters { year: 2025 });
        assert_eq!(counts.cases, [2, 1, 0, 1]);
        assert_eq!(counts.racist, [1, 1, 0, 1]);
        assert_eq!(row(&counts, Dimension::Area, "housing"), [2, 0, 0, 0]);
        assert_eq!(row(&counts, Dimension::Area, "work"), [1, 1, 0, 0]);
        assert_eq!(row(&counts, Dimension::Area, "education"), [0, 0, 0, 1]);
        assert_eq!(
            row(&counts, Dimension::Ground, "ethnic-origin"),
            [1, 0, 0, 1]
        );
        assert_eq!(row(&counts, Dimension::Ground, "anti-muslim"), [1, 0, 0, 0]);
        assert_eq!(row(&counts, Dimension::Ground, "gender"), [0, 0, 0, 1]);
        assert_eq!(row(&counts, Dimension::Form, "direct"), [2, 1, 0, 1]);
        assert_eq!(row(&counts, Dimension::Outcome, "open"), [1, 0, 0, 0]);
        assert_eq!(row(&counts, Dimension::Outcome, "none"), [0, 0, 0, 1]);
        let years = count(
            &cases,
            &categories(),
            Periods::Years {
                from: 2024,
                to: 2025,
            },
        );
        assert_eq!(years.cases, [1, 4]);
        assert_eq!(row(&years, Dimension::Ground, "gender"), [1, 1]);
    }

    #[test]
    fn a_large_table_is_published_whole_with_the_share() {
        // 10 cases in Q1 (7 racist), 5 in Q2 (none racist).
        let mut cases = Vec::new();
        for i in 0..10 {
            let grounds: &[&str] = if i < 7 { &["ethnic-origin"] } else { &["age"] };
            cases.push(case(
                date(2025, 1, 1 + i),
                &["work"],
                grounds,
                Some("success"),
            ));
        }
        for i in 0..5 {
            cases.push(case(
                date(2025, 4, 1 + i),
                &["work"],
                &["age"],
                Some("success"),
            ));
        }
        let published = publish(
            &count(&cases, &categories(), Periods::Quarters { year: 2025 }),
            3,
        );
        assert_eq!(
            published.cases.iter().map(|c| c.value).collect::<Vec<_>>(),
            [Some(10), Some(5), Some(0), Some(0)]
        );
        assert_eq!(published.cases_total.value, Some(15));
        assert_eq!(published.racist_share[0].per_mille, Some(700));
        assert_eq!(published.racist_share[1].per_mille, Some(0));
        assert_eq!(
            published.racist_share[2].per_mille, None,
            "no cases, no share"
        );
        assert_eq!(published.racist_share[2].status, CellStatus::Published);
        // 7 of 15 = 46.67 % → 466.7‰ → 467.
        assert_eq!(published.racist_share_total.per_mille, Some(467));
    }

    #[test]
    fn small_cells_are_hidden_and_the_cases_row_follows_the_tables() {
        // Q1: 4 cases, one of them the only one in education; Q2: 4 cases, Q3: 1 case.
        let mut cases = Vec::new();
        for i in 0..3 {
            cases.push(case(
                date(2025, 1, 1 + i),
                &["work"],
                &["ethnic-origin"],
                Some("success"),
            ));
        }
        cases.push(case(
            date(2025, 2, 1),
            &["education"],
            &["age"],
            Some("success"),
        ));
        for i in 0..4 {
            cases.push(case(
                date(2025, 4, 1 + i),
                &["work"],
                &["ethnic-origin"],
                Some("success"),
            ));
        }
        cases.push(case(
            date(2025, 7, 1),
            &["work"],
            &["ethnic-origin"],
            Some("success"),
        ));
        let published = publish(
            &count(&cases, &categories(), Periods::Quarters { year: 2025 }),
            3,
        );
        // Q3 is a single case: hidden; one more period is hidden with it (the smallest other
        // non-zero one), so the total of 9 does not give it back.
        assert_eq!(published.cases[2].status, CellStatus::Primary);
        assert_eq!(
            published
                .cases
                .iter()
                .filter(|c| c.status.is_hidden())
                .count(),
            2
        );
        assert_eq!(published.cases_total.value, Some(9));
        // Q1: 3 racist of 4 → the rest is 1, a small count: the share is hidden.
        assert_eq!(published.racist_share[0].per_mille, None);
        for cell in published.cells() {
            if let Some(value) = cell.value {
                assert!(value == 0 || value >= 3);
            }
        }
    }

    /// The invariant over many generated case lists: no published count is below the minimum,
    /// no line of a table or the cases row keeps exactly one hidden cell, and no published share
    /// stands on a small count of racist cases or of the rest.
    #[test]
    fn no_published_cell_is_below_the_minimum() {
        let categories = categories();
        let mut seed = 17u64;
        let mut next = move |bound: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % bound
        };
        for round in 0..150 {
            let n = next(40);
            let mut cases = Vec::new();
            for _ in 0..n {
                let area = &categories.areas[next(4) as usize].id;
                let first = &categories.grounds[next(6) as usize].id;
                let second = &categories.grounds[13 + next(3) as usize].id;
                let grounds: Vec<&str> = if next(3) == 0 {
                    vec![first, second]
                } else {
                    vec![first]
                };
                let outcome = &categories.outcomes[next(5) as usize].id;
                cases.push(case(
                    date(2025, 1 + next(12) as i8, 1),
                    &[area],
                    &grounds,
                    Some(outcome),
                ));
            }
            for min in [3, 5] {
                let counts = count(&cases, &categories, Periods::Quarters { year: 2025 });
                let published = publish(&counts, min);
                for cell in published.cells() {
                    if let Some(value) = cell.value {
                        assert!(
                            value == 0 || value >= min,
                            "round {round}: {value} published"
                        );
                    }
                }
                let hidden = published
                    .cases
                    .iter()
                    .filter(|c| c.status.is_hidden())
                    .count();
                assert_ne!(hidden, 1, "round {round}: one hidden period");
                for table in &published.tables {
                    let t = &table.table;
                    for (r, cells) in t.cells.iter().enumerate() {
                        let in_row = cells
                            .iter()
                            .chain([&t.row_totals[r]])
                            .filter(|c| c.status.is_hidden())
                            .count();
                        assert_ne!(in_row, 1, "round {round} {:?} row {r}", table.dimension);
                    }
                }
                let shares = published
                    .racist_share
                    .iter()
                    .zip(counts.racist.iter().zip(&counts.cases));
                for (share, (&racist, &all)) in shares {
                    if share.per_mille.is_some() {
                        assert!(racist == 0 || racist >= min, "round {round}");
                        assert!(all - racist == 0 || all - racist >= min, "round {round}");
                    }
                }
            }
        }
    }

    #[test]
    fn rates_and_shares_round_half_up_and_hide_small_counts() {
        // 8 cases among 334,195 residents: 0.239… per 10,000 → 0.2.
        assert_eq!(per_10000_tenths(8, 334_195, 3), Some(2));
        // 1 in 10,000 → 1.0; 3 in 20,000 → 1.5 exactly; 1 in 20,001 → 0.499… → 0.5.
        assert_eq!(per_10000_tenths(3, 10_000, 3), Some(30));
        assert_eq!(per_10000_tenths(3, 20_000, 3), Some(15));
        assert_eq!(per_10000_tenths(3, 600_001, 3), Some(0));
        assert_eq!(per_10000_tenths(3, 599_999, 3), Some(1));
        assert_eq!(per_10000_tenths(0, 10_000, 3), Some(0));
        assert_eq!(per_10000_tenths(2, 10_000, 3), None, "small");
        assert_eq!(per_10000_tenths(1, 10_000, 3), None, "small");
        assert_eq!(per_10000_tenths(5, 0, 3), None, "nobody");
        // 2 of 3 is 66.666…% → 66.7; the rest (1) is small.
        assert_eq!(racist_share_tenths(2, 3, 3), None);
        assert_eq!(racist_share_tenths(6, 9, 3), Some(667));
        assert_eq!(racist_share_tenths(3, 8, 3), Some(375));
        assert_eq!(racist_share_tenths(1, 8, 1), Some(125), "no minimum");
        assert_eq!(
            racist_share_tenths(3, 3, 3),
            Some(1000),
            "the rest 0 is no small count"
        );
        assert_eq!(racist_share_tenths(0, 3, 3), Some(0));
        assert_eq!(racist_share_tenths(0, 0, 3), None, "no cases");
        assert_eq!(racist_share_tenths(0, 2, 3), None, "all small");
        assert_eq!(racist_share_tenths(7, 9, 3), None, "the others small");
        assert_eq!(racist_share_tenths(2, 9, 3), None, "the racist small");
        assert_eq!(racist_share_tenths(4, 3, 3), None, "more racist than all");
    }

    #[test]
    fn multi_select_dimensions_count_mentions() {
        let mentions: Vec<Dimension> = Dimension::ALL
            .into_iter()
            .filter(|d| d.counts_mentions())
            .collect();
        assert_eq!(
            mentions,
            [
                Dimension::Area,
                Dimension::Ground,
                Dimension::Form,
                Dimension::Intervention
            ]
        );
    }
}
