//! Suppression properties on random small tables, checked by the LP audit.

use proptest::prelude::*;

use super::*;
use crate::config::Measure;
use crate::cube::{Cell, CellKey, Protection, Relation};
use crate::dimensions::{DimensionBuilder, DimensionId, TOTAL};

/// Code lists for a rows x cols table on AREA x SEX (items numbered from 1), other dimensions flat.
fn structure(rows: usize, cols: usize) -> Structure {
    let dimensions = DimensionId::ALL
        .iter()
        .map(|&id| {
            let mut builder = DimensionBuilder::new(id, "total", "total");
            let count = match id {
                DimensionId::Area => rows,
                DimensionId::Sex => cols,
                _ => 0,
            };
            for item in 1..=count {
                builder.add(&item.to_string(), "", "", None).unwrap();
            }
            builder.build()
        })
        .collect();
    Structure {
        dimensions,
        tables: vec![(Measure::Persons, vec![DimensionId::Area, DimensionId::Sex])],
    }
}

fn suppress_and_audit(
    cube: &mut Cube,
    rows: usize,
    cols: usize,
    rounds: usize,
) -> Result<AuditReport, crate::StatsError> {
    let structure = structure(rows, cols);
    let options = DisclosureOptions::new(3);
    let (_, mut certificates) = suppress(cube, &structure, &options);
    audit(cube, &structure, &options, &mut certificates, rounds)
}

#[allow(clippy::needless_range_loop)] // indices are the table's coordinates
/// A two-way table rows x cols with row, column and grand totals (all additive relations).
fn two_way(values: &[Vec<u64>]) -> Cube {
    let rows = values.len();
    let cols = values[0].len();
    let mut cube = Cube::default();
    let id = |cube: &mut Cube, row: usize, col: usize, value: u64| -> u32 {
        let key = CellKey {
            measure: Measure::Persons,
            year: 2024,
            coords: [row as u16, col as u16, TOTAL, TOTAL, TOTAL, TOTAL],
        };
        let index = cube.cells.len() as u32;
        cube.cells.push(Cell {
            key,
            value,
            protection: Protection::Free,
            rounded: None,
        });
        cube.index.insert(key, index);
        index
    };
    // Coordinate 0 is the total; rows and columns are numbered from 1.
    let mut grid = vec![vec![0u32; cols + 1]; rows + 1];
    for row in 0..=rows {
        for col in 0..=cols {
            let value = match (row, col) {
                (0, 0) => values.iter().flatten().sum(),
                (0, c) => values.iter().map(|r| r[c - 1]).sum(),
                (r, 0) => values[r - 1].iter().sum(),
                (r, c) => values[r - 1][c - 1],
            };
            grid[row][col] = id(&mut cube, row, col, value);
        }
    }
    for row in 0..=rows {
        cube.relations.push(Relation {
            total: grid[row][0],
            parts: (1..=cols).map(|c| grid[row][c]).collect(),
        });
    }
    for col in 0..=cols {
        cube.relations.push(Relation {
            total: grid[0][col],
            parts: (1..=rows).map(|r| grid[r][col]).collect(),
        });
    }
    cube
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    #[test]
    fn suppression_protects_every_hidden_cell(
        values in prop::collection::vec(prop::collection::vec(prop_oneof![Just(0u64), 1u64..4, 3u64..40], 3..6), 2..5)
    ) {
        let cols = values[0].len();
        let values: Vec<Vec<u64>> = values.into_iter().map(|mut row| { row.resize(cols, 0); row }).collect();
        // A table can be protected only if hiding every non-zero cell but the grand total leaves
        // each at least the required width: sum >= non-zero cells + width. Otherwise the audit
        // must fail (see `an_unprotectable_table_fails_the_audit`).
        let sum: u64 = values.iter().flatten().sum();
        let nonzero = values.iter().flatten().filter(|&&v| v > 0).count() as u64;
        prop_assume!(sum >= nonzero + 2);
        let mut cube = two_way(&values);
        let options = DisclosureOptions::new(3);
        let report = suppress_and_audit(&mut cube, values.len(), cols, 60);
        prop_assert!(report.is_ok(), "{:?}", report.err());
        let report = report.unwrap();
        for finding in &report.ranges {
            let cell_is_primary = cube.cells[finding.cell as usize].protection == Protection::Primary;
            prop_assert!(!cell_is_primary || finding.width() + 1e-6 >= options.required_width);
            let cell = &cube.cells[finding.cell as usize];
            prop_assert!(finding.lower - 1e-6 <= cell.value as f64 && cell.value as f64 <= finding.upper + 1e-6);
        }
        for cell in &cube.cells {
            if cell.key.is_grand_total() {
                prop_assert!(!cell.is_suppressed(), "grand total hidden");
            }
            if cell.value == 0 {
                prop_assert!(!cell.is_suppressed(), "zero hidden");
            }
            if let Some(value) = cell.published_value() {
                prop_assert!(value == 0 || value >= options.min_count, "published small count {value}");
            }
        }
    }
}

#[test]
fn a_single_small_cell_gets_partners_in_row_and_column() {
    let mut cube = two_way(&[vec![1, 10, 12], vec![8, 9, 11]]);
    let (summary, certificates) = suppress(&mut cube, &structure(2, 3), &DisclosureOptions::new(3));
    assert_eq!(summary.primary, 1);
    assert_eq!(summary.without_hypercube, 0);
    // The hypercube: the 1, one partner in its row, one in its column and the opposite corner.
    assert_eq!(summary.secondary, 3, "{summary:?}");
    assert_eq!(certificates.len(), 1);
    let (down, up) = certificates[0].reach(&cube).unwrap();
    assert!(down + up >= 2.0);
    let mut certificates = certificates;
    let report = audit(
        &mut cube,
        &structure(2, 3),
        &DisclosureOptions::new(3),
        &mut certificates,
        0,
    )
    .unwrap();
    assert!(report.narrowest_width.unwrap() >= 2.0);
}

#[test]
fn the_audit_finds_an_exposed_cell() {
    // Row 1 hides 1 and 10, but nothing else: the column relations give both away.
    let mut cube = two_way(&[vec![1, 10], vec![8, 9]]);
    cube.cells[cube.index[&CellKey {
        measure: Measure::Persons,
        year: 2024,
        coords: [1, 1, 0, 0, 0, 0],
    }] as usize]
        .protection = Protection::Primary;
    cube.cells[cube.index[&CellKey {
        measure: Measure::Persons,
        year: 2024,
        coords: [1, 2, 0, 0, 0, 0],
    }] as usize]
        .protection = Protection::Secondary;
    let (ranges, _, _, _) = feasible_ranges(&cube, &[], &DisclosureOptions::new(3)).unwrap();
    assert!(
        ranges.iter().all(|finding| finding.width() < 1e-6),
        "{ranges:?}"
    );
    let mut certificates = Vec::new();
    assert!(
        audit(
            &mut cube,
            &structure(2, 2),
            &DisclosureOptions::new(3),
            &mut certificates,
            0
        )
        .is_err()
    );
}

#[test]
fn an_unprotectable_table_fails_the_audit() {
    // The grand total 1 gives the only non-zero cell away; it may not be hidden.
    let mut cube = two_way(&[vec![0, 0, 0], vec![0, 1, 0]]);
    assert!(matches!(
        suppress_and_audit(&mut cube, 2, 3, 10),
        Err(crate::StatsError::AuditFailed { .. })
    ));
}

#[test]
fn rounding_keeps_zeros_and_rounds_half_up() {
    assert_eq!(round_to(0, 5), 0);
    assert_eq!(round_to(2, 5), 0);
    assert_eq!(round_to(3, 5), 5);
    assert_eq!(round_to(7, 5), 5);
    assert_eq!(round_to(8, 10), 10);
    assert_eq!(round_to(4, 3), 3);
    assert_eq!(round_to(5, 3), 6);
}

/// A table too large for exact ranges (one group of more than EXACT_GROUP_LIMIT hidden cells):
/// every primary cell must be certified by its hypercube or a local LP.
#[test]
fn large_tables_are_certified_by_hypercubes() {
    let (rows, cols) = (40, 16);
    let mut state: u64 = 12345;
    let values: Vec<Vec<u64>> = (0..rows)
        .map(|_| {
            (0..cols)
                .map(|_| {
                    state = state
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    match (state >> 33) % 10 {
                        0 => 0,
                        1..=3 => 1 + (state >> 40) % 2,
                        _ => 3 + (state >> 40) % 30,
                    }
                })
                .collect()
        })
        .collect();
    let mut cube = two_way(&values);
    let structure = structure(rows, cols);
    let options = DisclosureOptions::new(3);
    let (_, mut certificates) = suppress(&mut cube, &structure, &options);
    // Each certificate is a real alternative table: moving by its reach keeps every relation
    // and every cell at least 1, and changes only hidden cells.
    for certificate in &certificates {
        let (_, up) = certificate.reach(&cube).unwrap();
        let step = up.min(5.0);
        let mut moved: Vec<f64> = cube.cells.iter().map(|cell| cell.value as f64).collect();
        for &(cell, coefficient) in &certificate.moves {
            assert!(cube.cells[cell as usize].is_suppressed());
            moved[cell as usize] += step * coefficient;
            assert!(moved[cell as usize] >= 1.0 - 1e-6);
        }
        for relation in &cube.relations {
            let parts: f64 = relation
                .parts
                .iter()
                .map(|&part| moved[part as usize])
                .sum();
            assert!((moved[relation.total as usize] - parts).abs() < 1e-6);
        }
    }
    let report = audit(&mut cube, &structure, &options, &mut certificates, 20).unwrap();
    assert!(report.largest_group > EXACT_GROUP_LIMIT, "{report:?}");
    assert!(report.ranges.iter().any(|finding| !finding.exact));
    for finding in &report.ranges {
        let cell = &cube.cells[finding.cell as usize];
        if cell.protection == Protection::Primary {
            assert!(finding.width() >= 2.0 - 1e-6, "{finding:?}");
            assert!(
                finding.lower <= cell.value as f64 + 1e-6
                    && cell.value as f64 <= finding.upper + 1e-6
            );
        }
    }
}

/// The protection LP on its own: a valid move for every primary of a random-looking table
/// (balanced, every moved cell stays at least 1 when moved by the required width), and none
/// where the published grand total pins the only non-zero cell.
#[test]
fn the_protection_lp_finds_a_balanced_move_or_none() {
    let values = vec![
        vec![1, 0, 7, 2],
        vec![0, 9, 0, 4],
        vec![5, 0, 0, 1],
        vec![2, 8, 3, 0],
    ];
    let cube = two_way(&values);
    let of_cell = super::suppression::relations_of_cells(&cube);
    let neighbours = super::protection::Neighbours::new(&cube, &structure(4, 4));
    for (index, cell) in cube.cells.iter().enumerate() {
        if cell.value == 0 || cell.value >= 3 || cell.key.is_grand_total() {
            continue;
        }
        let primary = index as u32;
        let reach = DisclosureOptions::new(3).reach(cell.value);
        let moves = neighbours
            .protecting_move(&cube, &of_cell, primary, reach)
            .expect("a move exists");
        assert!(super::protection::is_valid(
            &cube, &of_cell, primary, reach, &moves
        ));
        // Hidden, the moved cells certify a range of at least the required width.
        let mut hidden = cube.clone();
        for &(cell, _) in &moves {
            hidden.cells[cell as usize].protection = Protection::Secondary;
        }
        let certificate = Certificate { primary, moves };
        let (down, up) = certificate.reach(&hidden).unwrap();
        let value = cell.value as f64;
        assert!(
            DisclosureOptions::new(3).protects(value - down, value + up, 1e-6),
            "{down} {up}"
        );
    }
    let pinned = two_way(&[vec![0, 0, 0], vec![0, 2, 0]]);
    let of_cell = super::suppression::relations_of_cells(&pinned);
    let neighbours = super::protection::Neighbours::new(&pinned, &structure(2, 3));
    let cell = pinned.index[&CellKey {
        measure: Measure::Persons,
        year: 2024,
        coords: [2, 2, 0, 0, 0, 0],
    }];
    assert!(
        neighbours
            .protecting_move(&pinned, &of_cell, cell, DisclosureOptions::new(3).reach(2))
            .is_none()
    );
}

/// Two tables on AREA × SEX and AREA × AGE that share their row totals, where by definition
/// SEX item 1 and AGE item 1 count the same persons (like FOREIGN by status and by nationality):
/// `identity[area][i]` persons have both, `rest[area][s][a]` have sex s + 2 and age a + 2.
fn two_tables_with_identity(identity: &[u64], rest: &[Vec<Vec<u64>>]) -> (Cube, Structure, usize) {
    let areas = identity.len();
    let sexes = rest[0].len() + 1;
    let ages = rest[0][0].len() + 1;
    let value = |area: usize, sex: usize, age: usize| -> u64 {
        // Item 0 is the total; items numbered from 1.
        let in_areas: Vec<usize> = if area == 0 {
            (0..areas).collect()
        } else {
            vec![area - 1]
        };
        in_areas
            .iter()
            .map(|&a| {
                let mut sum = 0;
                for s in 1..=sexes {
                    for g in 1..=ages {
                        if (sex != 0 && sex != s) || (age != 0 && age != g) {
                            continue;
                        }
                        sum += match (s, g) {
                            (1, 1) => identity[a],
                            (1, _) | (_, 1) => 0,
                            (s, g) => rest[a][s - 2][g - 2],
                        };
                    }
                }
                sum
            })
            .sum()
    };
    let mut cube = Cube::default();
    let cell = |cube: &mut Cube, area: usize, sex: usize, age: usize| -> u32 {
        let key = CellKey {
            measure: Measure::Persons,
            year: 2024,
            coords: [area as u16, sex as u16, age as u16, TOTAL, TOTAL, TOTAL],
        };
        if let Some(&id) = cube.index.get(&key) {
            return id;
        }
        let id = cube.cells.len() as u32;
        cube.cells.push(Cell {
            key,
            value: value(area, sex, age),
            protection: Protection::Free,
            rounded: None,
        });
        cube.index.insert(key, id);
        id
    };
    // Table A: AREA × SEX (age at its total); table B: AREA × AGE (sex at its total).
    for (items, by_sex) in [(sexes, true), (ages, false)] {
        let at = |area: usize, item: usize| {
            if by_sex {
                (area, item, 0)
            } else {
                (area, 0, item)
            }
        };
        for area in 0..=areas {
            let (a, s, g) = at(area, 0);
            let total = cell(&mut cube, a, s, g);
            let parts = (1..=items)
                .map(|item| {
                    let (a, s, g) = at(area, item);
                    cell(&mut cube, a, s, g)
                })
                .collect();
            cube.relations.push(Relation { total, parts });
        }
        for item in 1..=items {
            let (a, s, g) = at(0, item);
            let total = cell(&mut cube, a, s, g);
            let parts = (1..=areas)
                .map(|area| {
                    let (a, s, g) = at(area, item);
                    cell(&mut cube, a, s, g)
                })
                .collect();
            cube.relations.push(Relation { total, parts });
        }
    }
    let hierarchy = cube.relations.len();
    for area in 0..=areas {
        let total = cell(&mut cube, area, 1, 0);
        let part = cell(&mut cube, area, 0, 1);
        cube.relations.push(Relation {
            total,
            parts: vec![part],
        });
    }
    let dimensions = DimensionId::ALL
        .iter()
        .map(|&id| {
            let mut builder = DimensionBuilder::new(id, "total", "total");
            let count = match id {
                DimensionId::Area => areas,
                DimensionId::Sex => sexes,
                DimensionId::Age => ages,
                _ => 0,
            };
            for item in 1..=count {
                builder.add(&item.to_string(), "", "", None).unwrap();
            }
            builder.build()
        })
        .collect();
    let structure = Structure {
        dimensions,
        tables: vec![
            (Measure::Persons, vec![DimensionId::Area, DimensionId::Sex]),
            (Measure::Persons, vec![DimensionId::Area, DimensionId::Age]),
        ],
    };
    (cube, structure, hierarchy)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    /// Random small tables with an identity between them: suppression hides both sides of each
    /// identity or neither, every cell stays consistent, and the exact LP audit (which knows the
    /// identity) finds every primary cell's range to contain [1, 3].
    #[test]
    fn suppression_respects_identities_between_tables(
        areas in 2usize..4,
        sexes in 1usize..3,
        ages in 1usize..3,
        seed in prop::collection::vec(prop_oneof![Just(0u64), 1u64..3, 3u64..30], 40),
    ) {
        let mut values = seed.iter().copied().cycle();
        let identity: Vec<u64> = (0..areas).map(|_| values.next().unwrap_or(0)).collect();
        let rest: Vec<Vec<Vec<u64>>> = (0..areas)
            .map(|_| (0..sexes).map(|_| (0..ages).map(|_| values.next().unwrap_or(0)).collect()).collect())
            .collect();
        let (mut cube, structure, hierarchy) = two_tables_with_identity(&identity, &rest);
        let total: u64 = identity.iter().sum::<u64>() + rest.iter().flatten().flatten().sum::<u64>();
        let nonzero = identity.iter().chain(rest.iter().flatten().flatten()).filter(|&&v| v > 0).count() as u64;
        prop_assume!(total >= nonzero + 2);
        for relation in &cube.relations {
            let parts: u64 = relation.parts.iter().map(|&p| cube.cells[p as usize].value).sum();
            prop_assert_eq!(cube.cells[relation.total as usize].value, parts);
        }
        let options = DisclosureOptions::new(3);
        let (_, mut certificates) = suppress(&mut cube, &structure, &options);
        let report = audit(&mut cube, &structure, &options, &mut certificates, 60);
        prop_assert!(report.is_ok(), "{:?}", report.err());
        let report = report.unwrap();
        for relation in &cube.relations[hierarchy..] {
            let left = cube.cells[relation.total as usize].is_suppressed();
            let right = cube.cells[relation.parts[0] as usize].is_suppressed();
            prop_assert_eq!(left, right, "one side of the identity published");
        }
        for finding in &report.ranges {
            let cell = &cube.cells[finding.cell as usize];
            if cell.protection == Protection::Primary {
                prop_assert!(finding.exact);
                prop_assert!(options.protects(finding.lower, finding.upper, 1e-6), "{:?}", finding);
            }
        }
        for cell in &cube.cells {
            if let Some(value) = cell.published_value() {
                prop_assert!(value == 0 || value >= 3);
            }
        }
    }
}
