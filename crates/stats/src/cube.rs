//! Published tables with every total and subtotal along each listed dimension's hierarchy, built
//! from the base counts. Cells with the same measure, year and coordinates are one cell, whichever
//! tables show it; the additive relations (a total equals the sum of its children) are kept for
//! disclosure control.

use std::collections::BTreeMap;

use crate::hashing::{FastMap, FastSet};

use serde::Serialize;

use crate::aggregate::{Aggregates, Shape, YearCounts};
use crate::config::{Measure, StatsConfig, TableSpec};
use crate::dimensions::{DimensionId, ItemId, TOTAL};

pub const DIMENSIONS: usize = DimensionId::ALL.len();

/// Identity of a cell: what it counts, when, and its item in every dimension (total if unlisted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct CellKey {
    pub measure: Measure,
    pub year: u16,
    pub coords: [ItemId; DIMENSIONS],
}

impl CellKey {
    /// The grand total of its measure and year, published whatever its size (never suppressed).
    /// The count of persons with sex D or X is not one: it is protected like any cell.
    pub fn is_grand_total(&self) -> bool {
        self.measure.grand_total_always_published() && self.coords.iter().all(|&item| item == TOTAL)
    }
}

/// Disclosure status of a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Protection {
    Free,
    /// Suppressed because the count is small (CONF_STATUS A).
    Primary,
    /// Suppressed so that a small count cannot be recomputed (CONF_STATUS D).
    Secondary,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cell {
    pub key: CellKey,
    /// The true count: never leaves the statistics office for a suppressed cell.
    pub value: u64,
    pub protection: Protection,
    /// The value as published after rounding (None = not rounded).
    pub rounded: Option<u64>,
}

impl Cell {
    pub fn is_suppressed(&self) -> bool {
        self.protection != Protection::Free
    }

    /// What may be published: None when suppressed.
    pub fn published_value(&self) -> Option<u64> {
        (!self.is_suppressed()).then(|| self.rounded.unwrap_or(self.value))
    }
}

pub type CellId = u32;

/// total = sum of parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub total: CellId,
    pub parts: Vec<CellId>,
}

#[derive(Debug, Clone)]
pub struct PublishedTable {
    pub spec: TableSpec,
    /// The table's cells in output order (year, then dimensions in order, hierarchy order).
    pub cells: Vec<CellId>,
}

#[derive(Debug, Clone, Default)]
pub struct Cube {
    pub cells: Vec<Cell>,
    pub index: FastMap<CellKey, CellId>,
    pub tables: Vec<PublishedTable>,
    pub relations: Vec<Relation>,
}

impl Cube {
    pub fn cell(&self, key: &CellKey) -> Option<&Cell> {
        self.index
            .get(key)
            .and_then(|&id| self.cells.get(id as usize))
    }

    fn intern(&mut self, key: CellKey, value: u64) -> CellId {
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = self.cells.len() as CellId;
        self.cells.push(Cell {
            key,
            value,
            protection: Protection::Free,
            rounded: None,
        });
        self.index.insert(key, id);
        id
    }
}

/// The items a table shows for one dimension: all up to its max level, or only the total.
fn shown_items(config: &StatsConfig, spec: &TableSpec, dimension: DimensionId) -> Vec<ItemId> {
    if !spec.dimensions.contains(&dimension) {
        return vec![TOTAL];
    }
    let max = spec.max_level.get(&dimension).copied().unwrap_or(u8::MAX);
    let dim = config.dimension(dimension);
    let mut ordered = Vec::new();
    // Depth-first order: a total, then each child with its own subtree.
    fn walk(dim: &crate::dimensions::Dimension, item: ItemId, max: u8, out: &mut Vec<ItemId>) {
        let Some(entry) = dim.item(item) else { return };
        if entry.level > max {
            return;
        }
        out.push(item);
        for &child in &entry.children {
            walk(dim, child, max, out);
        }
    }
    walk(dim, TOTAL, max, &mut ordered);
    ordered
}

/// A base fact: which dimensions its leaves run over (row-major order), how many slots each has
/// (the dimension's leaves; for SEX the recorded sexes, of which the published dimension may
/// lack D and X) and its counts.
struct Fact<'a> {
    dimensions: Vec<DimensionId>,
    sizes: Vec<usize>,
    counts: &'a [u32],
}

fn fact_for<'a>(
    spec: &TableSpec,
    counts: &'a YearCounts,
    persons: &'a [u32],
    shape: &Shape,
) -> Fact<'a> {
    use DimensionId::*;
    let by_area = |counts: &'a [u32]| Fact {
        dimensions: vec![Area],
        sizes: vec![shape.area],
        counts,
    };
    match spec.measure {
        Measure::Persons if spec.dimensions.contains(&ReferenceCountry) => Fact {
            dimensions: vec![MigrationStatus, ReferenceCountry],
            sizes: vec![shape.status, shape.reference],
            counts: &counts.reference,
        },
        Measure::Persons => Fact {
            dimensions: vec![Area, Sex, Age, MigrationStatus, Nationality],
            sizes: vec![
                shape.area,
                shape.sex,
                shape.age,
                shape.status,
                shape.nationality,
            ],
            counts: persons,
        },
        Measure::Naturalisations => by_area(&counts.naturalisations),
        Measure::ForeignResidence8 => by_area(&counts.foreign_res8),
        Measure::PersonsSexDx => by_area(&counts.persons_sex_dx),
    }
}

/// Sums a fact into a dense array over all items of the table's dimensions.
fn accumulate(
    config: &StatsConfig,
    spec: &TableSpec,
    fact: &Fact<'_>,
) -> (Vec<u64>, [usize; DIMENSIONS]) {
    let mut strides = [0usize; DIMENSIONS];
    let mut size = 1usize;
    for dimension in DimensionId::ALL.iter().rev() {
        strides[dimension.index()] = size;
        if spec.dimensions.contains(dimension) {
            size *= config.dimension(*dimension).items.len();
        }
    }
    let mut dense = vec![0u64; size];
    // For each fact dimension and leaf: the dense offsets of the leaf's shown ancestors.
    let offsets: Vec<Vec<Vec<usize>>> = fact
        .dimensions
        .iter()
        .enumerate()
        .map(|(position, &dimension)| {
            let dim = config.dimension(dimension);
            let shown = spec.dimensions.contains(&dimension);
            let max = spec.max_level.get(&dimension).copied().unwrap_or(u8::MAX);
            // A slot without a leaf (sex D or X when allocated: always zero by then) adds nowhere.
            let mut chains: Vec<Vec<usize>> = dim
                .leaf_ancestors
                .iter()
                .map(|chain| {
                    if !shown {
                        return vec![0];
                    }
                    chain
                        .iter()
                        .filter(|&&item| dim.item(item).is_some_and(|entry| entry.level <= max))
                        .map(|&item| usize::from(item) * strides[dimension.index()])
                        .collect()
                })
                .collect();
            chains.resize(fact.sizes[position], Vec::new());
            chains
        })
        .collect();
    let sizes = &fact.sizes;
    let mut leaf = vec![0usize; sizes.len()];
    for &count in fact.counts {
        if count > 0 {
            add_combinations(&offsets, &leaf, 0, 0, u64::from(count), &mut dense);
        }
        // Odometer over the fact's leaves, last dimension fastest (row-major).
        for position in (0..leaf.len()).rev() {
            leaf[position] += 1;
            if leaf[position] < sizes[position] {
                break;
            }
            leaf[position] = 0;
        }
    }
    (dense, strides)
}

fn add_combinations(
    offsets: &[Vec<Vec<usize>>],
    leaf: &[usize],
    depth: usize,
    base: usize,
    count: u64,
    dense: &mut [u64],
) {
    if depth == offsets.len() {
        if let Some(slot) = dense.get_mut(base) {
            *slot += count;
        }
        return;
    }
    for &offset in &offsets[depth][leaf[depth]] {
        add_combinations(offsets, leaf, depth + 1, base + offset, count, dense);
    }
}

/// Builds every configured table for every year, sharing cells, and the additive relations.
/// With the sex allocation on, persons with sex D or X are counted under their allocated sex
/// (already so if `Aggregates::allocate_sex` ran; otherwise on a copy).
pub fn build(config: &StatsConfig, aggregates: &Aggregates) -> Cube {
    build_with(config, aggregates, &crate::identities::derive(config))
}

/// `build` with the given identities between tables (`identities::derive` gives the
/// configuration's; an empty list leaves disclosure control blind to them, as it was before).
pub fn build_with(
    config: &StatsConfig,
    aggregates: &Aggregates,
    identities: &[crate::identities::Identity],
) -> Cube {
    let allocate = config.sex_allocation.enabled && !aggregates.sex_allocated;
    let allocated: BTreeMap<u16, Vec<u32>> = if allocate {
        aggregates
            .years
            .iter()
            .map(|(&year, counts)| (year, counts.allocated_persons()))
            .collect()
    } else {
        BTreeMap::new()
    };
    let mut cube = Cube::default();
    let mut seen_relations: FastSet<(CellId, CellId)> = FastSet::default();
    for spec in &config.tables {
        let shown: Vec<Vec<ItemId>> = DimensionId::ALL
            .iter()
            .map(|&dimension| shown_items(config, spec, dimension))
            .collect();
        let mut table_cells = Vec::new();
        for (&year, counts) in &aggregates.years {
            let persons = allocated
                .get(&year)
                .map_or(&counts.persons[..], Vec::as_slice);
            let fact = fact_for(spec, counts, persons, &aggregates.shape);
            let (dense, strides) = accumulate(config, spec, &fact);
            let mut local: BTreeMap<[ItemId; DIMENSIONS], CellId> = BTreeMap::new();
            let mut coords = [TOTAL; DIMENSIONS];
            for_each_combination(&shown, 0, &mut coords, &mut |coords| {
                let offset: usize = coords
                    .iter()
                    .enumerate()
                    .map(|(index, &item)| usize::from(item) * strides[index])
                    .sum();
                let value = dense.get(offset).copied().unwrap_or(0);
                let key = CellKey {
                    measure: spec.measure,
                    year,
                    coords: *coords,
                };
                let id = cube.intern(key, value);
                table_cells.push(id);
                local.insert(*coords, id);
            });
            add_relations(
                config,
                spec,
                &shown,
                &local,
                &mut cube.relations,
                &mut seen_relations,
            );
        }
        cube.tables.push(PublishedTable {
            spec: spec.clone(),
            cells: table_cells,
        });
    }
    // Equalities between tables that follow from the derivation rules (docs/statistics.md,
    // "Identities between tables"): relations like the hierarchies'.
    crate::identities::add_relations(&mut cube, identities);
    cube
}

fn for_each_combination(
    shown: &[Vec<ItemId>],
    depth: usize,
    coords: &mut [ItemId; DIMENSIONS],
    visit: &mut dyn FnMut(&[ItemId; DIMENSIONS]),
) {
    if depth == shown.len() {
        visit(coords);
        return;
    }
    for &item in &shown[depth] {
        coords[depth] = item;
        for_each_combination(shown, depth + 1, coords, visit);
    }
}

fn add_relations(
    config: &StatsConfig,
    spec: &TableSpec,
    shown: &[Vec<ItemId>],
    local: &BTreeMap<[ItemId; DIMENSIONS], CellId>,
    relations: &mut Vec<Relation>,
    seen: &mut FastSet<(CellId, CellId)>,
) {
    for &dimension in &spec.dimensions {
        let axis = dimension.index();
        let dim = config.dimension(dimension);
        for (coords, &total) in local {
            let item = coords[axis];
            let Some(entry) = dim.item(item) else {
                continue;
            };
            let children: Vec<ItemId> = entry
                .children
                .iter()
                .copied()
                .filter(|child| shown[axis].contains(child))
                .collect();
            if children.is_empty() {
                continue;
            }
            let parts: Vec<CellId> = children
                .iter()
                .filter_map(|&child| {
                    let mut part = *coords;
                    part[axis] = child;
                    local.get(&part).copied()
                })
                .collect();
            if parts.len() != children.len() || parts.is_empty() {
                continue;
            }
            if seen.insert((total, parts[0])) {
                relations.push(Relation { total, parts });
            }
        }
    }
}

#[cfg(test)]
mod tests;
