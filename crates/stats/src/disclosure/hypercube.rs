//! Secondary suppression by hypercubes (after Repsilber's GHMITER), generalised to hierarchies
//! and to tables that share cells.
//!
//! For every primary cell we hide the corners of a "hypercube": per dimension an additive
//! function f_d on the hierarchy (a pair of siblings with +1/-1, or a path from the total down
//! to a leaf with +1 everywhere) and the move d = product of the f_d. Because every relation is
//! "a total equals the sum of its children along one dimension", d keeps every relation of every
//! table balanced. Adding t*d to the true values therefore gives another table consistent with
//! everything published, as long as every moved cell stays at least 1 — which proves the primary
//! cell can take every value in [v - t_down, v + t_up]. That proof is the cell's certificate.

use std::collections::BTreeSet;

use serde::Serialize;

use super::DisclosureOptions;
use crate::config::{Measure, StatsConfig};
use crate::cube::{CellId, CellKey, Cube, DIMENSIONS, Protection};
use crate::dimensions::{Dimension, DimensionId, ItemId, TOTAL};

/// A balanced move around a primary cell: the moved cells with their coefficients (the primary
/// at +1). A hypercube's coefficients are its corners' signs ±1; a move found by linear
/// programming (`protection`) has any coefficients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Certificate {
    pub primary: CellId,
    pub moves: Vec<(CellId, f64)>,
}

impl Certificate {
    /// The interval the certificate proves possible: (t_down, t_up) around the true value (the
    /// table plus t × move keeps every moved cell at least 1 for t in [−t_down, t_up]), or None
    /// if a moved cell is published (then it proves nothing).
    pub fn reach(&self, cube: &Cube) -> Option<(f64, f64)> {
        let mut up = f64::INFINITY;
        let mut down = f64::INFINITY;
        for &(cell, coefficient) in &self.moves {
            let entry = &cube.cells[cell as usize];
            if !entry.is_suppressed() {
                return None;
            }
            let slack = (entry.value as f64 - 1.0) / coefficient.abs();
            if coefficient < 0.0 {
                up = up.min(slack);
            } else {
                down = down.min(slack);
            }
        }
        Some((down, up))
    }
}

/// Options per dimension: additive functions as (item, sign) lists.
type Factor = Vec<(ItemId, i8)>;

/// Pairs that keep every total: +1 from a leaf at or below `item` up to an ancestor A (A may be
/// `item`, never the total), -1 from a leaf below a sibling S of A up to S. Their common parent
/// sees +1 - 1 = 0. With A = item and S a leaf this is the classic sibling pair; higher A helps
/// when the item's own siblings are empty for the other coordinates (rare categories).
fn pairs(dimension: &Dimension, item: ItemId) -> Vec<Factor> {
    let mut factors = Vec::new();
    let chains_below = |node: ItemId| -> Vec<&Vec<ItemId>> {
        dimension
            .leaf_ancestors
            .iter()
            .filter(|chain| chain.contains(&node))
            .collect()
    };
    // Every leaf at or below `item` can carry the +1 (the first may be empty for the other
    // coordinates while another is not).
    for own_chain in chains_below(item) {
        // Ancestors of `item` (itself first) below the total.
        let mut ancestor = Some(item);
        while let Some(current) = ancestor {
            let Some(parent) = dimension.item(current).and_then(|entry| entry.parent) else {
                break;
            };
            let up: Vec<(ItemId, i8)> = own_chain
                .iter()
                .take_while(|&&node| node != parent)
                .map(|&node| (node, 1))
                .collect();
            let siblings = dimension
                .item(parent)
                .map(|entry| entry.children.clone())
                .unwrap_or_default();
            for sibling in siblings.into_iter().filter(|&sibling| sibling != current) {
                for chain in chains_below(sibling) {
                    let mut factor = up.clone();
                    factor.extend(
                        chain
                            .iter()
                            .take_while(|&&node| node != parent)
                            .map(|&node| (node, -1)),
                    );
                    factors.push(factor);
                }
            }
            ancestor = Some(parent);
        }
    }
    factors
}

/// Paths from the total through `item` down to each leaf below it (or to `item` if a leaf):
/// for rare categories, whose siblings' cells are empty, moving the totals is the only way.
fn paths_through(dimension: &Dimension, item: ItemId) -> Vec<Factor> {
    dimension
        .leaf_ancestors
        .iter()
        .filter(|chain| chain.contains(&item))
        .map(|chain| chain.iter().map(|&item| (item, 1)).collect())
        .collect()
}

fn paths(dimension: &Dimension) -> Vec<Factor> {
    dimension
        .leaf_ancestors
        .iter()
        .map(|chain| chain.iter().map(|&item| (item, 1)).collect())
        .collect()
}

/// The code lists and which dimensions each published table has: what the search needs.
#[derive(Debug, Clone)]
pub struct Structure {
    /// Indexed by `DimensionId::index()`.
    pub dimensions: Vec<Dimension>,
    pub tables: Vec<(Measure, Vec<DimensionId>)>,
}

impl Structure {
    pub fn of(config: &StatsConfig) -> Self {
        Self {
            dimensions: config.dimensions.clone(),
            tables: config
                .tables
                .iter()
                .map(|table| (table.measure, table.dimensions.clone()))
                .collect(),
        }
    }
}

struct Search<'a> {
    structure: &'a Structure,
    /// Relations of each cell, to verify that a move keeps every relation balanced.
    of_cell: &'a [Vec<u32>],
    cube: &'a Cube,
    options: &'a DisclosureOptions,
}

struct Candidate {
    moves: Vec<(CellId, i8)>,
    cost: u64,
}

impl Search<'_> {
    fn lookup(&self, key: &CellKey) -> Option<CellId> {
        self.cube.index.get(key).copied()
    }

    /// Dimensions outside `own` that need a path: every other dimension of a table (same
    /// measure) that holds all of `paired` (the dimensions that stay off their total).
    fn path_dimensions(
        &self,
        key: &CellKey,
        own: &BTreeSet<DimensionId>,
        paired: &BTreeSet<DimensionId>,
    ) -> BTreeSet<DimensionId> {
        let mut reached = BTreeSet::new();
        for (measure, table_dimensions) in &self.structure.tables {
            if *measure != key.measure || !paired.iter().all(|d| table_dimensions.contains(d)) {
                continue;
            }
            for &dimension in table_dimensions {
                if !own.contains(&dimension) {
                    reached.insert(dimension);
                }
            }
        }
        reached
    }

    /// Ranks a dimension's options by the cell next to the primary and keeps the best few:
    /// hidden cells first (no further loss), then the smallest that can carry the move (a
    /// partner with sign -1 needs at least 1 + the required width above the primary's slack).
    fn best_options(
        &self,
        key: &CellKey,
        dimension: DimensionId,
        options: Vec<Factor>,
        keep: usize,
    ) -> Vec<Factor> {
        let axis = dimension.index();
        let primary_value = self
            .cube
            .index
            .get(key)
            .map_or(1, |&id| self.cube.cells[id as usize].value);
        let partner_minimum =
            (1.0 + self.options.required_width - (primary_value as f64 - 1.0)).max(1.0) as u64;
        let mut scored: Vec<(u8, u64, Factor)> = options
            .into_iter()
            .filter_map(|factor| {
                // A sibling pair's partner, or the leaf at the end of a path.
                let (item, negative) = match factor.iter().find(|(_, sign)| *sign < 0) {
                    Some(&(partner, _)) => (partner, true),
                    None => (factor.first()?.0, false),
                };
                let mut neighbour = *key;
                neighbour.coords[axis] = item;
                match self.lookup(&neighbour) {
                    Some(id) => {
                        let cell = &self.cube.cells[id as usize];
                        let minimum = if negative { partner_minimum } else { 1 };
                        if cell.value < minimum || cell.key.is_grand_total() {
                            None
                        } else {
                            let rank = if cell.is_suppressed() { 0 } else { 1 };
                            Some((rank, cell.value, factor))
                        }
                    }
                    None => Some((2, 0, factor)),
                }
            })
            .collect();
        scored.sort_by_key(|(rank, value, _)| (*rank, *value));
        scored.truncate(keep);
        scored.into_iter().map(|(_, _, factor)| factor).collect()
    }

    /// True if the move changes no relation's balance (total minus parts), so the moved table
    /// stays consistent with everything published. The search's construction aims for this;
    /// the check makes every certificate sound whatever tables share the cells.
    fn balanced(&self, moves: &[(CellId, i8)]) -> bool {
        let moved: crate::hashing::FastMap<CellId, i64> = moves
            .iter()
            .map(|&(cell, sign)| (cell, i64::from(sign)))
            .collect();
        let mut checked = crate::hashing::FastSet::default();
        for &(cell, _) in moves {
            for &relation in &self.of_cell[cell as usize] {
                if !checked.insert(relation) {
                    continue;
                }
                let relation = &self.cube.relations[relation as usize];
                let total = moved.get(&relation.total).copied().unwrap_or(0);
                let parts: i64 = relation
                    .parts
                    .iter()
                    .map(|part| moved.get(part).copied().unwrap_or(0))
                    .sum();
                if total != parts {
                    return false;
                }
            }
        }
        true
    }

    fn evaluate(
        &self,
        key: &CellKey,
        dimensions: &[DimensionId],
        choice: &[&Factor],
    ) -> Option<Candidate> {
        let mut moves = Vec::new();
        let mut cost = 0u64;
        let mut up = f64::INFINITY;
        let mut down = f64::INFINITY;
        let mut coords = key.coords;
        let mut failed = false;
        self.walk(
            key,
            dimensions,
            choice,
            0,
            &mut coords,
            1,
            &mut |id, sign| {
                let cell = &self.cube.cells[id as usize];
                if cell.value == 0 || cell.key.is_grand_total() {
                    failed = true;
                    return;
                }
                let slack = cell.value as f64 - 1.0;
                if sign < 0 {
                    up = up.min(slack);
                } else {
                    down = down.min(slack);
                }
                if !cell.is_suppressed() {
                    cost += cell.value + 1;
                }
                moves.push((id, sign));
            },
        );
        let primary_value = self
            .cube
            .index
            .get(key)
            .map_or(1, |&id| self.cube.cells[id as usize].value);
        let value = primary_value as f64;
        if failed || !self.options.protects(value - down, value + up, 1e-9) {
            return None;
        }
        Some(Candidate { moves, cost })
    }

    #[allow(clippy::too_many_arguments)]
    fn walk(
        &self,
        key: &CellKey,
        dimensions: &[DimensionId],
        choice: &[&Factor],
        depth: usize,
        coords: &mut [ItemId; DIMENSIONS],
        sign: i8,
        visit: &mut dyn FnMut(CellId, i8),
    ) {
        if depth == dimensions.len() {
            let cell_key = CellKey {
                coords: *coords,
                ..*key
            };
            if let Some(id) = self.lookup(&cell_key) {
                visit(id, sign);
            }
            return;
        }
        let axis = dimensions[depth].index();
        for &(item, factor_sign) in choice[depth] {
            coords[axis] = item;
            self.walk(
                key,
                dimensions,
                choice,
                depth + 1,
                coords,
                sign * factor_sign,
                visit,
            );
        }
        coords[axis] = key.coords[axis];
    }

    /// The cheapest valid hypercube: first with a few options per dimension (fast), then, for
    /// the rare cells where that finds none, with many more.
    fn best_hypercube(&self, primary: CellId) -> Option<Candidate> {
        self.search(primary, 1).or_else(|| self.search(primary, 3))
    }

    fn search(&self, primary: CellId, breadth: usize) -> Option<Candidate> {
        let key = self.cube.cells[primary as usize].key;
        let own: Vec<DimensionId> = DimensionId::ALL
            .into_iter()
            .filter(|d| key.coords[d.index()] != TOTAL)
            .collect();
        let own_set: BTreeSet<DimensionId> = own.iter().copied().collect();
        // Which own dimensions move along a path through the total (the rest move by pairs):
        // all pairs first; paths help rare categories whose neighbours are empty.
        let mut subsets: Vec<u32> = (0..(1u32 << own.len()) - 1).collect();
        subsets.sort_by_key(|mask| mask.count_ones());
        for mask in subsets {
            let paired: BTreeSet<DimensionId> = own
                .iter()
                .enumerate()
                .filter(|(bit, _)| mask & (1 << bit) == 0)
                .map(|(_, &d)| d)
                .collect();
            let reached = self.path_dimensions(&key, &own_set, &paired);
            let mut dimensions = Vec::new();
            let mut choices: Vec<Vec<Factor>> = Vec::new();
            // About 600 combinations at most at breadth 1 (27 times that at breadth 3).
            let keep = breadth
                * match own.len() + reached.len() {
                    0..=2 => 12,
                    3 => 6,
                    4 => 4,
                    _ => 3,
                };
            for (bit, &dimension) in own.iter().enumerate() {
                let dim = &self.structure.dimensions[dimension.index()];
                let item = key.coords[dimension.index()];
                let options = if mask & (1 << bit) == 0 {
                    pairs(dim, item)
                } else {
                    paths_through(dim, item)
                };
                dimensions.push(dimension);
                choices.push(self.best_options(&key, dimension, options, keep));
            }
            for &dimension in &reached {
                let dim = &self.structure.dimensions[dimension.index()];
                dimensions.push(dimension);
                choices.push(self.best_options(&key, dimension, paths(dim), keep));
            }
            if choices.iter().any(Vec::is_empty) {
                continue;
            }
            let mut valid: Vec<Candidate> = Vec::new();
            let mut index = vec![0usize; choices.len()];
            'combinations: loop {
                let choice: Vec<&Factor> = index
                    .iter()
                    .zip(&choices)
                    .map(|(&i, options)| &options[i])
                    .collect();
                if let Some(candidate) = self.evaluate(&key, &dimensions, &choice) {
                    valid.push(candidate);
                }
                let mut position = 0;
                loop {
                    if position == index.len() {
                        break 'combinations;
                    }
                    index[position] += 1;
                    if index[position] < choices[position].len() {
                        break;
                    }
                    index[position] = 0;
                    position += 1;
                }
            }
            valid.sort_by_key(|candidate| candidate.cost);
            if let Some(found) = valid
                .into_iter()
                .find(|candidate| self.balanced(&candidate.moves))
            {
                return Some(found);
            }
        }
        None
    }
}

/// What `protect_primaries` did.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    /// Cells newly hidden.
    pub hidden: u64,
    /// Primaries protected by a move found by linear programming (no hypercube found).
    pub by_linear_programme: u64,
    /// Primaries with neither a hypercube nor a protecting move.
    pub unprotected: Vec<CellId>,
}

/// Hides a hypercube around each primary cell, or where none is found the cells of a protecting
/// move found by linear programming (`protection`); adds each one's certificate.
pub fn protect_primaries(
    cube: &mut Cube,
    structure: &Structure,
    options: &DisclosureOptions,
    primaries: &[CellId],
    certificates: &mut Vec<Certificate>,
) -> Protected {
    let mut outcome = Protected::default();
    let of_cell = super::suppression::relations_of_cells(cube);
    // Built on first need: which cells may move (zeros and grand totals never do; hiding more
    // cells does not change that, so the index stays valid while cells are hidden).
    let mut neighbours = None;
    for &primary in primaries {
        let candidate = Search {
            structure,
            of_cell: &of_cell,
            cube,
            options,
        }
        .best_hypercube(primary);
        let moves = match candidate {
            Some(candidate) => candidate
                .moves
                .into_iter()
                .map(|(cell, sign)| (cell, f64::from(sign)))
                .collect(),
            None => match neighbours
                .get_or_insert_with(|| super::protection::Neighbours::new(cube, structure))
                .protecting_move(
                    cube,
                    &of_cell,
                    primary,
                    options.reach(cube.cells[primary as usize].value),
                ) {
                Some(moves) => {
                    outcome.by_linear_programme += 1;
                    moves
                }
                None => {
                    outcome.unprotected.push(primary);
                    continue;
                }
            },
        };
        for &(cell, _) in &moves {
            let entry = &mut cube.cells[cell as usize];
            if entry.protection == Protection::Free {
                entry.protection = Protection::Secondary;
                outcome.hidden += 1;
            }
        }
        certificates.push(Certificate { primary, moves });
    }
    outcome
}
