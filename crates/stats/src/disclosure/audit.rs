//! The disclosure audit: for every suppressed cell, the smallest and largest value it can take
//! given every published cell, every additive relation and the public rule that hidden cells are
//! at least 1 (zeros are published). Exact linear programmes per connected group of hidden cells,
//! as tau-ARGUS audits; integer solutions lie inside the LP range, so a wide LP range is safe.

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome};
use serde::Serialize;

use super::DisclosureOptions;
use super::suppression::{protect_relations, relations_of_cells};
use crate::cube::{CellId, Cube, Protection};
use crate::error::StatsError;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AuditFinding {
    pub cell: CellId,
    pub lower: f64,
    /// `f64::INFINITY` when unbounded (cannot happen while the grand total is published).
    pub upper: f64,
}

impl AuditFinding {
    pub fn width(&self) -> f64 {
        self.upper - self.lower
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditReport {
    pub suppressed_cells: usize,
    pub groups: usize,
    pub largest_group: usize,
    pub narrowest_width: Option<f64>,
    pub required_width: f64,
    /// Cells hidden in addition because an earlier audit round found a range too narrow.
    pub repaired_cells: u64,
    pub rounds: usize,
    #[serde(skip)]
    pub ranges: Vec<AuditFinding>,
}

/// Connected groups of suppressed cells (linked by relations) and the relations of each group.
fn groups(cube: &Cube) -> Vec<(Vec<CellId>, Vec<u32>)> {
    let mut parent: Vec<u32> = (0..cube.cells.len() as u32).collect();
    fn find(parent: &mut [u32], mut x: u32) -> u32 {
        while parent[x as usize] != x {
            parent[x as usize] = parent[parent[x as usize] as usize];
            x = parent[x as usize];
        }
        x
    }
    let mut touching = Vec::new();
    for (index, relation) in cube.relations.iter().enumerate() {
        let hidden: Vec<CellId> = std::iter::once(relation.total)
            .chain(relation.parts.iter().copied())
            .filter(|&cell| cube.cells[cell as usize].is_suppressed())
            .collect();
        let Some(&first) = hidden.first() else {
            continue;
        };
        touching.push((index as u32, first));
        for &other in &hidden[1..] {
            let a = find(&mut parent, first);
            let b = find(&mut parent, other);
            if a != b {
                parent[a as usize] = b;
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<u32, (Vec<CellId>, Vec<u32>)> = Default::default();
    for (index, cell) in cube.cells.iter().enumerate() {
        if cell.is_suppressed() {
            let root = find(&mut parent, index as u32);
            by_root.entry(root).or_default().0.push(index as CellId);
        }
    }
    for (relation, first) in touching {
        let root = find(&mut parent, first);
        by_root.entry(root).or_default().1.push(relation);
    }
    by_root.into_values().collect()
}

fn solve_bound(
    cube: &Cube,
    cells: &[CellId],
    relations: &[u32],
    target: usize,
    direction: OptimizationDirection,
) -> Result<f64, StatsError> {
    let mut problem = Problem::new(direction);
    let variables: Vec<_> = (0..cells.len())
        .map(|index| {
            problem.add_var(
                if index == target { 1.0 } else { 0.0 },
                (1.0, f64::INFINITY),
            )
        })
        .collect();
    let position = |cell: CellId| cells.binary_search(&cell).ok();
    for &relation in relations {
        let relation = &cube.relations[relation as usize];
        let mut terms = Vec::new();
        let mut rhs = 0.0;
        let members = std::iter::once((relation.total, 1.0))
            .chain(relation.parts.iter().map(|&part| (part, -1.0)));
        for (cell, coefficient) in members {
            let entry = &cube.cells[cell as usize];
            if entry.is_suppressed() {
                match position(cell) {
                    Some(index) => terms.push((variables[index], coefficient)),
                    None => return Err(StatsError::Solver("hidden cell outside its group".into())),
                }
            } else {
                rhs -= coefficient * entry.value as f64;
            }
        }
        problem.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
    }
    match problem.solve() {
        Ok(SolveOutcome::Solution(solution)) => Ok(solution.objective()),
        Ok(SolveOutcome::Interrupted(_)) => Err(StatsError::Solver("interrupted".into())),
        Err(microlp::Error::Unbounded) => Ok(match direction {
            OptimizationDirection::Maximize => f64::INFINITY,
            OptimizationDirection::Minimize => f64::NEG_INFINITY,
        }),
        Err(error) => Err(StatsError::Solver(error.to_string())),
    }
}

/// The feasible range of every suppressed cell.
pub fn feasible_ranges(cube: &Cube) -> Result<(Vec<AuditFinding>, usize, usize), StatsError> {
    let groups = groups(cube);
    let largest = groups
        .iter()
        .map(|(cells, _)| cells.len())
        .max()
        .unwrap_or(0);
    let mut ranges = Vec::new();
    for (mut cells, relations) in groups.iter().cloned() {
        cells.sort_unstable();
        for target in 0..cells.len() {
            let lower = solve_bound(
                cube,
                &cells,
                &relations,
                target,
                OptimizationDirection::Minimize,
            )?;
            let upper = solve_bound(
                cube,
                &cells,
                &relations,
                target,
                OptimizationDirection::Maximize,
            )?;
            ranges.push(AuditFinding {
                cell: cells[target],
                lower,
                upper,
            });
        }
    }
    Ok((ranges, groups.len(), largest))
}

/// Audits; where a range is too narrow, hides one more cell next to it and audits again, up to
/// `repair_rounds` times. Fails if a range is still too narrow.
pub fn audit(
    cube: &mut Cube,
    options: &DisclosureOptions,
    repair_rounds: usize,
) -> Result<AuditReport, StatsError> {
    const TOLERANCE: f64 = 1e-6;
    let of_cell = relations_of_cells(cube);
    let mut repaired = 0;
    let mut round = 0;
    loop {
        round += 1;
        let (ranges, group_count, largest) = feasible_ranges(cube)?;
        let failing: Vec<AuditFinding> = ranges
            .iter()
            .copied()
            .filter(|finding| finding.width() + TOLERANCE < options.required_width)
            .collect();
        if failing.is_empty() {
            return Ok(AuditReport {
                suppressed_cells: ranges.len(),
                groups: group_count,
                largest_group: largest,
                narrowest_width: ranges.iter().map(AuditFinding::width).reduce(f64::min),
                required_width: options.required_width,
                repaired_cells: repaired,
                rounds: round,
                ranges,
            });
        }
        if round > repair_rounds {
            let first = failing[0];
            let key = cube.cells[first.cell as usize].key;
            return Err(StatsError::AuditFailed {
                failing: failing.len(),
                required: options.required_width,
                first: format!(
                    "{} {} {:?}: range [{}, {}]",
                    key.measure.code(),
                    key.year,
                    key.coords,
                    first.lower,
                    first.upper
                ),
            });
        }
        let mut pending = Vec::new();
        for finding in failing {
            if let Some(candidate) = nearest_candidate(cube, &of_cell, finding.cell) {
                cube.cells[candidate as usize].protection = Protection::Secondary;
                repaired += 1;
                pending.extend(of_cell[candidate as usize].iter().copied());
            }
        }
        let mut unresolved = 0;
        repaired += protect_relations(cube, options, &of_cell, pending, &mut unresolved);
    }
}

/// The smallest published non-zero cell (not a grand total) in the relations nearest to `cell`:
/// its own relations first, then those of the hidden cells linked to it, and so on.
fn nearest_candidate(cube: &Cube, of_cell: &[Vec<u32>], cell: CellId) -> Option<CellId> {
    let mut visited_cells = std::collections::HashSet::from([cell]);
    let mut visited_relations = std::collections::HashSet::new();
    let mut frontier = vec![cell];
    while !frontier.is_empty() {
        let mut next = Vec::new();
        let mut best: Option<CellId> = None;
        for &hidden in &frontier {
            for &relation in &of_cell[hidden as usize] {
                if !visited_relations.insert(relation) {
                    continue;
                }
                let relation = &cube.relations[relation as usize];
                for member in std::iter::once(relation.total).chain(relation.parts.iter().copied())
                {
                    let entry = &cube.cells[member as usize];
                    if entry.is_suppressed() {
                        if visited_cells.insert(member) {
                            next.push(member);
                        }
                    } else if entry.value > 0 && !entry.key.is_grand_total() {
                        let better = best.is_none_or(|current| {
                            (entry.value, member) < (cube.cells[current as usize].value, current)
                        });
                        if better {
                            best = Some(member);
                        }
                    }
                }
            }
        }
        if best.is_some() {
            return best;
        }
        frontier = next;
    }
    None
}
