//! Protection of a primary cell by linear programming, for the cells the hypercube search cannot
//! protect (sparse corners: e.g. dual nationals aged 65 and over in one quarter, whose sibling
//! cells are zero in every product the hypercube tries).
//!
//! The question is the one a hypercube answers, without the product shape: find a move y over the
//! cells near the primary (y = +1 on the primary) that keeps every additive relation balanced and
//! lets each moved cell stay at least 1 when the table moves by `required_width` × y:
//!
//! ```text
//!   minimise   Σ cost_i · |y_i|                 (cost_i: the cell's value if published, ~0 if hidden)
//!   subject to Σ y(total) − Σ y(parts) = 0      for every relation touching a moved cell
//!              y_primary = 1
//!              y_i ≥ −(v_i − 1) / t_up          (the table moved up by t_up keeps every cell ≥ 1)
//!              y_i ≤ (v_i − 1) / t_down         (and moved down by t_down, when t_down > 0)
//!              y_i = 0                          for zeros, grand totals and cells outside the
//!                                               neighbourhood (held at their true values)
//! ```
//!
//! (t_down, t_up) = `DisclosureOptions::reach(v)` (0 and the required width). Every cell with
//! y_i ≠ 0 is then hidden. The true table plus t × y for t in [−t_down, t_up] is another table
//! consistent with everything published, so the primary can take every value in
//! [v − t_down, v + t_up]: the move is the cell's certificate, exactly like a hypercube's (whose moves are
//! the special case y ∈ {−1, 0, +1} with a product structure). This is the "attacker/protection
//! subproblem" of Fischetti and Salazar-González's model for cell suppression, solved locally.

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome};

use super::hypercube::Structure;
use crate::config::Measure;
use crate::cube::{CellId, CellKey, Cube};
use crate::dimensions::{Dimension, DimensionId, ItemId};
use crate::hashing::{FastMap, FastSet};

/// Movable cells nearest to the primary (see `Neighbours`) in the first protection LP.
const FIRST_NEIGHBOURHOOD: usize = 300;

/// Times the neighbourhood grows along the relations a relaxed solution leaves it by, before the
/// whole measure and year is taken.
const GROWTH_ROUNDS: usize = 12;

/// Price of leaving the neighbourhood through a relation (per unit): above any cell's cost.
const ESCAPE_COST: f64 = 1e9;

/// Cost of moving a cell that is already hidden: small, so that such cells are used freely but
/// the solution does not wander through them without need.
const HIDDEN_COST: f64 = 1e-3;

/// Movements smaller than this are solver noise (and dropped: a cell of value 1 moved by −1e-9
/// would otherwise cap the certificate's reach at 0).
const ZERO: f64 = 1e-7;

fn movable(cube: &Cube, cell: CellId) -> bool {
    let cell = &cube.cells[cell as usize];
    cell.value > 0 && !cell.key.is_grand_total()
}

/// The movable cells of each measure and year (a move never leaves its measure and year: no
/// relation links them), to pick a primary's neighbourhood from.
pub struct Neighbours {
    by_slice: FastMap<(Measure, u16), Vec<CellId>>,
    /// Per dimension: its number of items n and `steps[own * n + other]`, see `distance`.
    steps: Vec<(usize, Vec<u8>)>,
}

impl Neighbours {
    pub fn new(cube: &Cube, structure: &Structure) -> Self {
        let mut by_slice: FastMap<(Measure, u16), Vec<CellId>> = FastMap::default();
        for (index, cell) in cube.cells.iter().enumerate() {
            if movable(cube, index as CellId) {
                by_slice
                    .entry((cell.key.measure, cell.key.year))
                    .or_default()
                    .push(index as CellId);
            }
        }
        let steps = structure
            .dimensions
            .iter()
            .map(|dimension| (dimension.items.len(), item_steps(dimension)))
            .collect();
        Self { by_slice, steps }
    }

    /// How far a cell lies from the primary, summed over dimensions: 0 where its item is the
    /// primary's item or an ancestor (the totals a move runs through), 1 where it lies below
    /// the primary's item, else 1 plus the steps up to the common ancestor (siblings before
    /// cousins). Moves found by hand have this shape: up the hierarchies, over to a sibling.
    fn distance(&self, primary: &CellKey, cell: &CellKey) -> u32 {
        DimensionId::ALL
            .iter()
            .map(|dimension| {
                let axis = dimension.index();
                let (items, steps) = &self.steps[axis];
                let own = usize::from(primary.coords[axis]);
                let other = usize::from(cell.coords[axis]);
                u32::from(steps.get(own * items + other).copied().unwrap_or(u8::MAX))
            })
            .sum()
    }

    /// The primary and the `limit` − 1 movable cells of its measure and year nearest to it.
    fn around(&self, cube: &Cube, primary: CellId, limit: usize) -> Vec<CellId> {
        let key = cube.cells[primary as usize].key;
        let Some(slice) = self.by_slice.get(&(key.measure, key.year)) else {
            return vec![primary];
        };
        let mut ranked: Vec<(u32, CellId)> = slice
            .iter()
            .filter(|&&cell| cell != primary)
            .map(|&cell| (self.distance(&key, &cube.cells[cell as usize].key), cell))
            .collect();
        let keep = limit.saturating_sub(1);
        if keep < ranked.len() {
            ranked.select_nth_unstable(keep);
            ranked.truncate(keep);
        }
        let mut cells = vec![primary];
        cells.extend(ranked.into_iter().map(|(_, cell)| cell));
        cells
    }

    /// The protecting move for `primary`, as (cell, coefficient) with the primary at +1, or
    /// None if none exists among the cells of its measure and year.
    ///
    /// Grows the neighbourhood where the solution wants to go: a first, small neighbourhood lets
    /// each relation that also has movable cells outside it be unbalanced at a prohibitive
    /// price; the relations the solution unbalances bring their cells in, and it is solved
    /// again, until a solution balances everything by itself. Then, if that fails, every movable
    /// cell of the measure and year.
    pub fn protecting_move(
        &self,
        cube: &Cube,
        of_cell: &[Vec<u32>],
        primary: CellId,
        reach: (f64, f64),
    ) -> Option<Vec<(CellId, f64)>> {
        let mut cells = self.around(cube, primary, FIRST_NEIGHBOURHOOD);
        let mut inside: FastSet<CellId> = cells.iter().copied().collect();
        for _ in 0..GROWTH_ROUNDS {
            match solve(cube, of_cell, primary, reach, &cells, &inside) {
                Outcome::Move(moves) => return Some(moves),
                Outcome::Infeasible => break,
                Outcome::Escapes(relations) => {
                    let before = cells.len();
                    for relation in relations {
                        let entry = &cube.relations[relation as usize];
                        for member in
                            std::iter::once(entry.total).chain(entry.parts.iter().copied())
                        {
                            if movable(cube, member) && inside.insert(member) {
                                cells.push(member);
                            }
                        }
                    }
                    if cells.len() == before {
                        break;
                    }
                }
            }
        }
        let cells = self.around(cube, primary, usize::MAX);
        let inside: FastSet<CellId> = cells.iter().copied().collect();
        match solve(cube, of_cell, primary, reach, &cells, &inside) {
            Outcome::Move(moves) => Some(moves),
            _ => None,
        }
    }
}

/// The per-dimension part of `Neighbours::distance` for every pair of items.
fn item_steps(dimension: &Dimension) -> Vec<u8> {
    let items = dimension.items.len();
    let chains: Vec<Vec<ItemId>> = (0..items)
        .map(|item| chain(dimension, item as ItemId))
        .collect();
    let mut steps = vec![0u8; items * items];
    for own in 0..items {
        for other in 0..items {
            let (chain_own, chain_other) = (&chains[own], &chains[other]);
            steps[own * items + other] = if chain_own.contains(&(other as ItemId)) {
                0
            } else if chain_other.contains(&(own as ItemId)) {
                1
            } else {
                let common = chain_own
                    .iter()
                    .position(|item| chain_other.contains(item))
                    .unwrap_or(chain_own.len());
                u8::try_from(1 + common).unwrap_or(u8::MAX)
            };
        }
    }
    steps
}

/// The item and its ancestors up to the total, the item first.
fn chain(dimension: &Dimension, item: ItemId) -> Vec<ItemId> {
    let mut chain = vec![item];
    let mut current = item;
    while let Some(parent) = dimension.item(current).and_then(|entry| entry.parent) {
        chain.push(parent);
        current = parent;
    }
    chain
}

enum Outcome {
    /// A valid protecting move.
    Move(Vec<(CellId, f64)>),
    /// No move inside the neighbourhood; these relations (with movable cells outside) are where
    /// the cheapest relaxed solution leaves it.
    Escapes(Vec<u32>),
    Infeasible,
}

/// The protection LP over `cells` (the others held at their true values). A relation that
/// also has movable cells outside gets a pair of escape variables at a prohibitive cost: the
/// outside cells' net movement, which the next, larger neighbourhood makes real.
fn solve(
    cube: &Cube,
    of_cell: &[Vec<u32>],
    primary: CellId,
    (t_down, t_up): (f64, f64),
    cells: &[CellId],
    inside: &FastSet<CellId>,
) -> Outcome {
    let position: FastMap<CellId, usize> = cells
        .iter()
        .enumerate()
        .map(|(index, &cell)| (cell, index))
        .collect();
    let mut problem = Problem::new(OptimizationDirection::Minimize);
    // y_i = up_i − down_i; the primary has only up = 1.
    let variables: Vec<(microlp::Variable, Option<microlp::Variable>)> = cells
        .iter()
        .map(|&cell| {
            let entry = &cube.cells[cell as usize];
            if cell == primary {
                return (problem.add_var(0.0, (1.0, 1.0)), None);
            }
            let cost = if entry.is_suppressed() {
                HIDDEN_COST
            } else {
                entry.value as f64 + 1.0
            };
            // Slightly inside the bound, so that rounding in the solver cannot leave a moved cell
            // a hair below 1.
            let room = (entry.value as f64 - 1.0) * (1.0 - 1e-9);
            let bound = |t: f64| if t > 0.0 { room / t } else { f64::INFINITY };
            (
                problem.add_var(cost, (0.0, bound(t_down))),
                Some(problem.add_var(cost, (0.0, bound(t_up)))),
            )
        })
        .collect();
    let mut relations: Vec<u32> = cells
        .iter()
        .flat_map(|&cell| of_cell[cell as usize].iter().copied())
        .collect();
    relations.sort_unstable();
    relations.dedup();
    let mut escapes = Vec::new();
    for &relation in &relations {
        let entry = &cube.relations[relation as usize];
        let mut terms = Vec::new();
        let mut open = false;
        let members =
            std::iter::once((entry.total, 1.0)).chain(entry.parts.iter().map(|&part| (part, -1.0)));
        for (cell, sign) in members {
            if let Some(&index) = position.get(&cell) {
                let (up, down) = variables[index];
                terms.push((up, sign));
                if let Some(down) = down {
                    terms.push((down, -sign));
                }
            } else if !inside.contains(&cell) && movable(cube, cell) {
                open = true;
            }
        }
        if open {
            let out = problem.add_var(ESCAPE_COST, (0.0, f64::INFINITY));
            let back = problem.add_var(ESCAPE_COST, (0.0, f64::INFINITY));
            terms.push((out, 1.0));
            terms.push((back, -1.0));
            escapes.push((relation, out, back));
        }
        problem.add_constraint(terms.as_slice(), ComparisonOp::Eq, 0.0);
    }
    let solution = match problem.solve() {
        Ok(SolveOutcome::Solution(solution)) => solution,
        _ => return Outcome::Infeasible,
    };
    let used: Vec<u32> = escapes
        .iter()
        .filter(|&&(_, out, back)| solution.var_value(out) + solution.var_value(back) > ZERO)
        .map(|&(relation, _, _)| relation)
        .collect();
    if !used.is_empty() {
        return Outcome::Escapes(used);
    }
    let moves: Vec<(CellId, f64)> = cells
        .iter()
        .zip(&variables)
        .filter_map(|(&cell, &(up, down))| {
            let y = solution.var_value(up) - down.map_or(0.0, |down| solution.var_value(down));
            // Within the bound exactly (the solver keeps bounds only to its tolerance); the
            // balance check below allows for the difference.
            let room = cube.cells[cell as usize].value as f64 - 1.0;
            let floor = if t_up > 0.0 {
                -room / t_up
            } else {
                f64::NEG_INFINITY
            };
            let ceiling = if t_down > 0.0 && cell != primary {
                room / t_down
            } else {
                f64::INFINITY
            };
            (y.abs() > ZERO).then_some((cell, y.max(floor).min(ceiling)))
        })
        .collect();
    if is_valid(cube, of_cell, primary, (t_down, t_up), &moves) {
        Outcome::Move(moves)
    } else {
        Outcome::Infeasible
    }
}

/// Checks a move independently of the solver: primary at +1, every relation it touches balanced
/// (to 1e-6), every moved cell movable and staying at least 1 when the table moves by t × y for
/// t in [−t_down, t_up].
pub fn is_valid(
    cube: &Cube,
    of_cell: &[Vec<u32>],
    primary: CellId,
    (t_down, t_up): (f64, f64),
    moves: &[(CellId, f64)],
) -> bool {
    let moved: FastMap<CellId, f64> = moves.iter().copied().collect();
    if moved.get(&primary).is_none_or(|&y| (y - 1.0).abs() > 1e-7) {
        return false;
    }
    for &(cell, y) in moves {
        let value = cube.cells[cell as usize].value as f64;
        if !movable(cube, cell) || value + t_up * y < 1.0 - 1e-9 || value - t_down * y < 1.0 - 1e-9
        {
            return false;
        }
    }
    let mut checked: FastSet<u32> = FastSet::default();
    for &(cell, _) in moves {
        for &relation in &of_cell[cell as usize] {
            if !checked.insert(relation) {
                continue;
            }
            let entry = &cube.relations[relation as usize];
            let total = moved.get(&entry.total).copied().unwrap_or(0.0);
            let parts: f64 = entry
                .parts
                .iter()
                .map(|part| moved.get(part).copied().unwrap_or(0.0))
                .sum();
            if (total - parts).abs() > 1e-6 {
                return false;
            }
        }
    }
    true
}
