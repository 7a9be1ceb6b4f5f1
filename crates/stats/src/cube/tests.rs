use std::collections::HashSet;

use proptest::prelude::*;

use super::*;
use crate::aggregate::{ReadReport, Shape, YearCounts};
use crate::status::DerivationOptions;

fn config() -> StatsConfig {
    StatsConfig::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
        "bielefeld",
    )
    .unwrap()
}

fn aggregates(config: &StatsConfig, entries: &[(usize, u32)], year_count: u16) -> Aggregates {
    let shape = Shape::of(config);
    let foreign = usize::from(config.status_leaf(crate::status::Category::ForeignNational));
    let german = usize::from(config.nationality_leaf[usize::from(config.countries.germany())]);
    let mut years = BTreeMap::new();
    for year in 0..year_count {
        let mut counts = YearCounts::new(&shape);
        for (index, &(position, count)) in entries.iter().enumerate() {
            let shift = usize::from(year) * 7919 + index;
            let persons = counts.persons.len();
            let mut cell = (position + shift) % persons;
            // Rule 1 (as the pipeline derives it): status FOREIGN exactly when the first
            // nationality is not German; the identities between tables rest on it.
            let nationality = cell % shape.nationality;
            let wanted = if (cell / shape.nationality) % shape.status == foreign {
                if nationality == german {
                    (german + 1) % shape.nationality
                } else {
                    nationality
                }
            } else {
                german
            };
            cell = cell - nationality + wanted;
            counts.persons[cell] += count;
            // The same persons by status and some country of reference, as the pipeline counts them.
            let status = (cell / shape.nationality) % shape.status;
            counts.reference[shape.reference_index(status, cell % shape.reference)] += count;
            let areas = counts.naturalisations.len();
            counts.naturalisations[(position + shift) % areas] += count;
            counts.foreign_res8[position % areas] += count;
            // Persons with sex D or X, as the pipeline records them: counted as recorded, with
            // a move per person to the sex they are allocated to (here: female).
            let sex = usize::from(shape.sex_of(cell));
            if sex >= 2 {
                let area = cell / (shape.sex * shape.age * shape.status * shape.nationality);
                counts.persons_sex_dx[area] += count;
                let stride = shape.age * shape.status * shape.nationality;
                let to = cell - sex * stride;
                for _ in 0..count {
                    counts.sex_moves.push((cell as u32, to as u32));
                }
            }
        }
        years.insert(2020 + year, counts);
    }
    Aggregates {
        shape,
        years,
        report: ReadReport {
            register: "test".into(),
            encoding: "UTF-8",
            delimiter: ";".into(),
            rows_read: 0,
            rows_accepted: 0,
            rows_rejected: 0,
            rejected_by_reason: BTreeMap::new(),
            reference_dates: BTreeMap::new(),
            persons_by_status: BTreeMap::new(),
            persons_by_sex: BTreeMap::new(),
            derivation: DerivationOptions::default(),
        },
        sex_allocated: false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    /// Every total equals the sum of its parts, along every dimension and hierarchy level, and
    /// the grand total equals everything counted.
    #[test]
    fn totals_equal_the_sum_of_their_parts(entries in prop::collection::vec((0usize..400_000, 1u32..50), 1..60)) {
        let config = config();
        let aggregates = aggregates(&config, &entries, 2);
        let cube = build(&config, &aggregates);
        prop_assert!(!cube.relations.is_empty());
        for relation in &cube.relations {
            let total = cube.cells[relation.total as usize].value;
            let parts: u64 = relation.parts.iter().map(|&part| cube.cells[part as usize].value).sum();
            prop_assert_eq!(total, parts);
        }
        let counted: u64 = entries.iter().map(|&(_, count)| u64::from(count)).sum();
        for year in [2020u16, 2021] {
            let counts = &aggregates.years[&year];
            for measure in Measure::ALL {
                let grand = cube.cell(&CellKey { measure, year, coords: [TOTAL; DIMENSIONS] }).unwrap();
                let expected = if measure == Measure::PersonsSexDx {
                    counts.persons_sex_dx.iter().map(|&count| u64::from(count)).sum()
                } else {
                    counted
                };
                prop_assert_eq!(grand.value, expected, "{:?}", measure);
            }
        }
    }
}

#[test]
fn every_hierarchy_level_has_relations_in_each_table() {
    let config = config();
    let aggregates = aggregates(&config, &[(12345, 4), (99, 7)], 1);
    let cube = build(&config, &aggregates);
    for table in &cube.tables {
        for &dimension in &table.spec.dimensions {
            let axis = dimension.index();
            let dim = config.dimension(dimension);
            let max = table
                .spec
                .max_level
                .get(&dimension)
                .copied()
                .unwrap_or(u8::MAX);
            for (item_index, item) in dim.items.iter().enumerate() {
                let has_shown_children = item
                    .children
                    .iter()
                    .any(|&c| dim.items[usize::from(c)].level <= max);
                if item.level >= max || !has_shown_children {
                    continue;
                }
                let found = cube.relations.iter().any(|relation| {
                    let key = cube.cells[relation.total as usize].key;
                    key.measure == table.spec.measure
                        && usize::from(key.coords[axis]) == item_index
                        && relation
                            .parts
                            .iter()
                            .all(|&p| cube.cells[p as usize].key.coords[axis] != key.coords[axis])
                });
                assert!(
                    found,
                    "table {} has no relation for {} {}",
                    table.spec.id,
                    dimension.code(),
                    item.code
                );
            }
        }
    }
}

#[test]
fn shared_cells_are_one_cell() {
    let config = config();
    let aggregates = aggregates(&config, &[(5, 3)], 1);
    let cube = build(&config, &aggregates);
    let t01: HashSet<CellId> = cube.tables[0].cells.iter().copied().collect();
    let t02: HashSet<CellId> = cube.tables[1].cells.iter().copied().collect();
    let shared = t01.intersection(&t02).count();
    // AREA x MIGRATION_STATUS with SEX and AGE at their totals.
    let areas = config.dimension(DimensionId::Area).items.len();
    let statuses = config.dimension(DimensionId::MigrationStatus).items.len();
    assert_eq!(shared, areas * statuses);
}

/// With the sex allocation on, SEX has only F and M, no cell holds D or X, every total without
/// SEX is the same as with the persons as recorded, and F and M at the city hold everyone.
#[test]
fn the_sex_allocation_moves_d_and_x_and_keeps_every_total() {
    let mut recorded = config();
    recorded.set_sex_allocation(false);
    let allocated = config();
    assert!(allocated.sex_allocation.enabled, "on by default");
    let sex = allocated.dimension(DimensionId::Sex);
    let codes: Vec<&str> = sex.items.iter().map(|item| item.code.as_str()).collect();
    assert_eq!(codes, ["_T", "F", "M"]);
    // Cells spread over every sex slot (entries land on D and X too).
    let entries: Vec<(usize, u32)> = (0..400)
        .map(|i| (i * 7_919 + i * i, 1 + (i % 5) as u32))
        .collect();
    let aggregates = aggregates(&allocated, &entries, 1);
    let counts = &aggregates.years[&2020];
    assert!(
        !counts.sex_moves.is_empty(),
        "no D or X persons in the test data"
    );
    let on = build(&allocated, &aggregates);
    let off = build(&recorded, &aggregates);
    let sex_axis = DimensionId::Sex.index();
    for cell in &on.cells {
        let code = sex.code(cell.key.coords[sex_axis]);
        assert!(code != "D" && code != "X");
    }
    // Cells without a breakdown by sex are the same cells with the same values.
    for cell in &off.cells {
        if cell.key.coords[sex_axis] == TOTAL {
            assert_eq!(on.cell(&cell.key).map(|c| c.value), Some(cell.value));
        }
    }
    // F + M after the allocation = F + M + D + X as recorded.
    let city = |cube: &Cube, config: &StatsConfig, code: &str| {
        let mut coords = [TOTAL; DIMENSIONS];
        coords[sex_axis] = config.dimension(DimensionId::Sex).find(code).unwrap();
        cube.cell(&CellKey {
            measure: Measure::Persons,
            year: 2020,
            coords,
        })
        .map_or(0, |c| c.value)
    };
    let total_on = city(&on, &allocated, "F") + city(&on, &allocated, "M");
    let total_off: u64 = ["F", "M", "D", "X"]
        .iter()
        .map(|code| city(&off, &recorded, code))
        .sum();
    assert_eq!(total_on, total_off);
    assert_eq!(total_on, city(&on, &allocated, "_T"));
    // The recorded D and X are the PERSONS_SEX_DX total.
    let dx = city(&off, &recorded, "D") + city(&off, &recorded, "X");
    let dx_cell = on
        .cell(&CellKey {
            measure: Measure::PersonsSexDx,
            year: 2020,
            coords: [TOTAL; DIMENSIONS],
        })
        .unwrap();
    assert_eq!(dx_cell.value, dx);
    assert!(dx > 0);
}

/// Every cell "status FOREIGN, nationality total" is related to its counterpart "status total,
/// nationality FOREIGN" on the same margin (rule 1), in every table pair that has both, and
/// by no other identity relation.
#[test]
fn foreign_by_status_is_related_to_foreign_by_nationality_on_every_shared_margin() {
    let config = config();
    let aggregates = aggregates(&config, &[(12345, 4), (99, 7), (4321, 2)], 1);
    let cube = build(&config, &aggregates);
    let status = config.dimension(DimensionId::MigrationStatus);
    let nationality = config.dimension(DimensionId::Nationality);
    let foreign_status = status.find("FOREIGN").unwrap();
    let foreign_nationality = nationality.find("FOREIGN").unwrap();
    let (ms, nat) = (
        DimensionId::MigrationStatus.index(),
        DimensionId::Nationality.index(),
    );
    let identities: Vec<&Relation> = cube
        .relations
        .iter()
        .filter(|relation| relation.parts.len() == 1)
        .collect();
    let mut expected = 0;
    for (id, cell) in cube.cells.iter().enumerate() {
        if cell.key.coords[ms] != foreign_status || cell.key.coords[nat] != TOTAL {
            continue;
        }
        let mut other = cell.key;
        other.coords[ms] = TOTAL;
        other.coords[nat] = foreign_nationality;
        let Some(&counterpart) = cube.index.get(&other) else {
            continue;
        };
        expected += 1;
        assert!(
            identities
                .iter()
                .any(|relation| relation.total == id as u32 && relation.parts == [counterpart]),
            "{:?}",
            cell.key
        );
        assert_eq!(cell.value, cube.cells[counterpart as usize].value);
    }
    // T01/T02/T03/T04 by area (quarters, districts, city), sex and age: dozens per year.
    assert!(expected > 50, "{expected}");
    assert_eq!(identities.len(), expected);
}
