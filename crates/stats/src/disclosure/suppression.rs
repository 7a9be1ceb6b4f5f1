//! Primary suppression of small counts and secondary suppression so that no additive relation
//! reveals a hidden cell: in every relation the hidden cells are none or at least two, and hidden
//! parts of a relation with a published total leave each one at least the required width.
//! Secondary cells are the smallest non-zero candidates; the grand total is never hidden.

use serde::Serialize;

use super::DisclosureOptions;
use super::hypercube::{Certificate, Structure, protect_primaries};
use crate::cube::{CellId, Cube, Protection};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SuppressionSummary {
    pub primary: u64,
    pub secondary: u64,
    /// Primary cells for which no hypercube was found (most get a move found by linear
    /// programming instead: `by_linear_programme`).
    pub without_hypercube: u64,
    /// Primary cells protected by a move found by linear programming.
    pub by_linear_programme: u64,
    /// Primary cells with neither (protected by the relation rule only; the audit decides
    /// whether that suffices).
    pub unprotected: u64,
    /// Relations in which no candidate was left to hide (the audit decides whether that leaks).
    pub unresolved_relations: u64,
}

/// Which relations each cell belongs to.
pub(crate) fn relations_of_cells(cube: &Cube) -> Vec<Vec<u32>> {
    let mut of_cell = vec![Vec::new(); cube.cells.len()];
    for (index, relation) in cube.relations.iter().enumerate() {
        let index = index as u32;
        of_cell[relation.total as usize].push(index);
        for &part in &relation.parts {
            of_cell[part as usize].push(index);
        }
    }
    of_cell
}

/// Sets primary suppression, hides a hypercube around every primary cell (each with a
/// certificate of protection), then applies the relation rule everywhere as a safety net.
pub fn suppress(
    cube: &mut Cube,
    structure: &Structure,
    options: &DisclosureOptions,
) -> (SuppressionSummary, Vec<Certificate>) {
    let mut summary = SuppressionSummary::default();
    let mut primaries = Vec::new();
    for (index, cell) in cube.cells.iter_mut().enumerate() {
        if cell.value > 0 && cell.value < options.min_count && !cell.key.is_grand_total() {
            cell.protection = Protection::Primary;
            summary.primary += 1;
            primaries.push(index as CellId);
        }
    }
    // Smallest first: their hypercubes are the hardest to find.
    primaries.sort_by_key(|&cell| (cube.cells[cell as usize].value, cell));
    let mut certificates = Vec::new();
    let protected = protect_primaries(cube, structure, options, &primaries, &mut certificates);
    summary.secondary = protected.hidden;
    summary.by_linear_programme = protected.by_linear_programme;
    summary.unprotected = protected.unprotected.len() as u64;
    summary.without_hypercube = summary.by_linear_programme + summary.unprotected;
    let of_cell = relations_of_cells(cube);
    let pending: Vec<u32> = (0..cube.relations.len() as u32).collect();
    summary.secondary += protect_relations(
        cube,
        options,
        &of_cell,
        pending,
        &mut summary.unresolved_relations,
    );
    (summary, certificates)
}

/// Works through relations until each is safe; returns the number of cells newly hidden.
pub(crate) fn protect_relations(
    cube: &mut Cube,
    options: &DisclosureOptions,
    of_cell: &[Vec<u32>],
    mut pending: Vec<u32>,
    unresolved: &mut u64,
) -> u64 {
    let mut hidden = 0;
    let mut queued = vec![false; cube.relations.len()];
    for &relation in &pending {
        queued[relation as usize] = true;
    }
    while let Some(relation) = pending.pop() {
        queued[relation as usize] = false;
        if relation_is_safe(cube, options, relation) {
            continue;
        }
        match cheapest_candidate(cube, relation) {
            Some(candidate) => {
                cube.cells[candidate as usize].protection = Protection::Secondary;
                hidden += 1;
                for &other in &of_cell[candidate as usize] {
                    if !queued[other as usize] {
                        queued[other as usize] = true;
                        pending.push(other);
                    }
                }
                if !queued[relation as usize] {
                    queued[relation as usize] = true;
                    pending.push(relation);
                }
            }
            None => *unresolved += 1,
        }
    }
    hidden
}

fn members(cube: &Cube, relation: u32) -> impl Iterator<Item = (CellId, bool)> + '_ {
    let relation = &cube.relations[relation as usize];
    std::iter::once((relation.total, true)).chain(relation.parts.iter().map(|&part| (part, false)))
}

fn relation_is_safe(cube: &Cube, options: &DisclosureOptions, relation: u32) -> bool {
    let mut hidden = 0u64;
    let mut hidden_sum = 0u64;
    let mut total_hidden = false;
    for (cell, is_total) in members(cube, relation) {
        let cell = &cube.cells[cell as usize];
        if cell.is_suppressed() {
            hidden += 1;
            hidden_sum += cell.value;
            total_hidden |= is_total;
        }
    }
    match hidden {
        0 => true,
        1 => false,
        // Hidden parts with a published total: each lies in [1, sum - (hidden - 1)].
        _ if !total_hidden => (hidden_sum - hidden) as f64 >= options.required_width,
        _ => true,
    }
}

/// The smallest published non-zero cell of the relation that is not a grand total; parts are
/// preferred over the total on equal values (hiding a total spreads to the level above).
fn cheapest_candidate(cube: &Cube, relation: u32) -> Option<CellId> {
    members(cube, relation)
        .filter(|&(cell, _)| {
            let cell = &cube.cells[cell as usize];
            !cell.is_suppressed() && cell.value > 0 && !cell.key.is_grand_total()
        })
        .min_by_key(|&(cell, is_total)| (cube.cells[cell as usize].value, is_total, cell))
        .map(|(cell, _)| cell)
}
