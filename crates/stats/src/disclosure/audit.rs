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
    /// True: the range is the exact feasible range. False: values the cell can provably take
    /// (the exact range contains this interval, so the cell is at least this well protected).
    pub exact: bool,
}

impl AuditFinding {
    pub fn width(&self) -> f64 {
        self.upper - self.lower
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AuditReport {
    pub suppressed_cells: usize,
    pub primary_cells: usize,
    pub groups: usize,
    pub largest_group: usize,
    /// Narrowest range among primary cells (the cells the requirement applies to).
    pub narrowest_width: Option<f64>,
    pub required_width: f64,
    pub linear_programmes: usize,
    /// Cells hidden in addition because an earlier audit round found a range too narrow.
    pub repaired_cells: u64,
    pub rounds: usize,
    #[serde(skip)]
    pub ranges: Vec<AuditFinding>,
}

/// Groups up to this many hidden cells get exact ranges for every cell.
pub const EXACT_GROUP_LIMIT: usize = 150;

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

/// The linear system of one group: variables are its hidden cells (x >= 1), one equation per
/// relation that touches the group.
struct GroupSystem<'a> {
    cube: &'a Cube,
    cells: Vec<CellId>,
    relations: Vec<u32>,
}

impl GroupSystem<'_> {
    fn position(&self, cell: CellId) -> Option<usize> {
        self.cells.binary_search(&cell).ok()
    }

    /// Builds the problem with the given objective on x, plus optional capped helpers
    /// y_i <= x_i, 0 <= y_i <= cap_i (objective on y).
    fn solve(
        &self,
        direction: OptimizationDirection,
        objective: &[f64],
        capped: &[(usize, f64)],
    ) -> Result<Option<Vec<f64>>, StatsError> {
        let mut problem = Problem::new(direction);
        let variables: Vec<_> = objective
            .iter()
            .map(|&coefficient| problem.add_var(coefficient, (1.0, f64::INFINITY)))
            .collect();
        for &(index, cap) in capped {
            let helper = problem.add_var(1.0, (0.0, cap));
            problem.add_constraint(
                [(helper, 1.0), (variables[index], -1.0)].as_slice(),
                ComparisonOp::Le,
                0.0,
            );
        }
        for &relation in &self.relations {
            let relation = &self.cube.relations[relation as usize];
            let mut terms = Vec::new();
            let mut rhs = 0.0;
            let members = std::iter::once((relation.total, 1.0))
                .chain(relation.parts.iter().map(|&part| (part, -1.0)));
            for (cell, coefficient) in members {
                let entry = &self.cube.cells[cell as usize];
                if entry.is_suppressed() {
                    match self.position(cell) {
                        Some(index) => terms.push((variables[index], coefficient)),
                        None => {
                            return Err(StatsError::Solver("hidden cell outside its group".into()));
                        }
                    }
                } else {
                    rhs -= coefficient * entry.value as f64;
                }
            }
            problem.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
        }
        match problem.solve() {
            Ok(SolveOutcome::Solution(solution)) => Ok(Some(
                variables
                    .iter()
                    .map(|&variable| solution.var_value(variable))
                    .collect(),
            )),
            Ok(SolveOutcome::Interrupted(_)) => Err(StatsError::Solver("interrupted".into())),
            Err(microlp::Error::Unbounded) => Ok(None),
            Err(error) => Err(StatsError::Solver(error.to_string())),
        }
    }

    /// Exact bound of one cell; None = unbounded.
    fn bound(
        &self,
        target: usize,
        direction: OptimizationDirection,
    ) -> Result<Option<(f64, Vec<f64>)>, StatsError> {
        let mut objective = vec![0.0; self.cells.len()];
        objective[target] = 1.0;
        Ok(self
            .solve(direction, &objective, &[])?
            .map(|values| (values[target], values)))
    }
}

/// Feasible ranges of the hidden cells, and how many LPs it took.
///
/// Small groups: exact range of every cell. Large groups: the requirement only concerns primary
/// cells, so solutions that push as many uncertified primary cells as far as needed are sought
/// first (each solution proves the values it shows are possible); primary cells still
/// uncertified then get their exact bounds. Secondary cells of large groups are reported with the
/// interval the solutions found.
pub fn feasible_ranges(
    cube: &Cube,
    required_width: f64,
) -> Result<(Vec<AuditFinding>, usize, usize, usize), StatsError> {
    const TOLERANCE: f64 = 1e-6;
    let groups = groups(cube);
    let largest = groups
        .iter()
        .map(|(cells, _)| cells.len())
        .max()
        .unwrap_or(0);
    let mut ranges = Vec::new();
    let mut programmes = 0;
    for (mut cells, relations) in groups.iter().cloned() {
        cells.sort_unstable();
        let system = GroupSystem {
            cube,
            cells,
            relations,
        };
        let count = system.cells.len();
        if count <= EXACT_GROUP_LIMIT {
            for target in 0..count {
                let lower = system
                    .bound(target, OptimizationDirection::Minimize)?
                    .map_or(f64::NEG_INFINITY, |(v, _)| v);
                let upper = system
                    .bound(target, OptimizationDirection::Maximize)?
                    .map_or(f64::INFINITY, |(v, _)| v);
                programmes += 2;
                ranges.push(AuditFinding {
                    cell: system.cells[target],
                    lower,
                    upper,
                    exact: true,
                });
            }
            continue;
        }
        let truth: Vec<f64> = system
            .cells
            .iter()
            .map(|&cell| cube.cells[cell as usize].value as f64)
            .collect();
        let mut lower = truth.clone();
        let mut upper = truth.clone();
        let mut exact = vec![false; count];
        let primary: Vec<usize> = (0..count)
            .filter(|&index| {
                cube.cells[system.cells[index] as usize].protection == Protection::Primary
            })
            .collect();
        let certified = |lower: &[f64], upper: &[f64], index: usize| {
            upper[index] - lower[index] + TOLERANCE >= required_width
        };
        let absorb = |values: &[f64], lower: &mut [f64], upper: &mut [f64]| {
            for (index, &value) in values.iter().enumerate() {
                lower[index] = lower[index].min(value);
                upper[index] = upper[index].max(value);
            }
        };
        loop {
            let open: Vec<usize> = primary
                .iter()
                .copied()
                .filter(|&i| !certified(&lower, &upper, i))
                .collect();
            if open.is_empty() {
                break;
            }
            let capped: Vec<(usize, f64)> = open
                .iter()
                .map(|&i| (i, truth[i] + required_width))
                .collect();
            let objective = vec![0.0; count];
            programmes += 1;
            let Some(values) =
                system.solve(OptimizationDirection::Maximize, &objective, &capped)?
            else {
                break;
            };
            let before = open.len();
            absorb(&values, &mut lower, &mut upper);
            let after = primary
                .iter()
                .filter(|&&i| !certified(&lower, &upper, i))
                .count();
            if after == before {
                break;
            }
        }
        for &index in &primary {
            if certified(&lower, &upper, index) {
                continue;
            }
            for direction in [
                OptimizationDirection::Maximize,
                OptimizationDirection::Minimize,
            ] {
                programmes += 1;
                match system.bound(index, direction)? {
                    Some((_, values)) => absorb(&values, &mut lower, &mut upper),
                    None if direction == OptimizationDirection::Maximize => {
                        upper[index] = f64::INFINITY
                    }
                    None => lower[index] = f64::NEG_INFINITY,
                }
            }
            exact[index] = true;
        }
        for index in 0..count {
            ranges.push(AuditFinding {
                cell: system.cells[index],
                lower: lower[index],
                upper: upper[index],
                exact: exact[index],
            });
        }
    }
    Ok((ranges, groups.len(), largest, programmes))
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
    let mut programmes = 0;
    loop {
        round += 1;
        let (ranges, group_count, largest, linear_programmes) =
            feasible_ranges(cube, options.required_width)?;
        programmes += linear_programmes;
        let is_primary = |finding: &AuditFinding| {
            cube.cells[finding.cell as usize].protection == Protection::Primary
        };
        let failing: Vec<AuditFinding> = ranges
            .iter()
            .copied()
            .filter(|finding| {
                is_primary(finding) && finding.width() + TOLERANCE < options.required_width
            })
            .collect();
        if failing.is_empty() {
            return Ok(AuditReport {
                suppressed_cells: ranges.len(),
                primary_cells: ranges.iter().filter(|f| is_primary(f)).count(),
                groups: group_count,
                largest_group: largest,
                narrowest_width: ranges
                    .iter()
                    .filter(|f| is_primary(f))
                    .map(AuditFinding::width)
                    .reduce(f64::min),
                required_width: options.required_width,
                linear_programmes: programmes,
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
