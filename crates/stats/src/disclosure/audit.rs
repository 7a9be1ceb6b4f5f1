//! The disclosure audit: for every suppressed cell, the smallest and largest value it can take
//! given every published cell, every additive relation and the public rule that hidden cells are
//! at least 1 (zeros are published). Exact linear programmes per connected group of hidden cells,
//! as tau-ARGUS audits; integer solutions lie inside the LP range, so a wide LP range is safe.

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome};
use serde::Serialize;

use super::DisclosureOptions;
use super::hypercube::{Certificate, Structure, protect_primaries};
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
    ) -> Result<Option<Vec<f64>>, StatsError> {
        let mut problem = Problem::new(direction);
        let variables: Vec<_> = objective
            .iter()
            .map(|&coefficient| problem.add_var(coefficient, (1.0, f64::INFINITY)))
            .collect();
        for &relation in &self.relations {
            let relation = &self.cube.relations[relation as usize];
            let mut terms = Vec::new();
            let mut rhs = 0.0;
            let members = std::iter::once((relation.total, 1.0))
                .chain(relation.parts.iter().map(|&part| (part, -1.0)));
            for (cell, coefficient) in members {
                let entry = &self.cube.cells[cell as usize];
                // Hidden cells outside the system are held at their true value: a restricted
                // system's solutions are solutions of the whole one, so its ranges are proven.
                match self.position(cell) {
                    Some(index) if entry.is_suppressed() => {
                        terms.push((variables[index], coefficient));
                    }
                    _ => rhs -= coefficient * entry.value as f64,
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
            .solve(direction, &objective)?
            .map(|values| (values[target], values)))
    }
}

/// Ranges of the hidden cells and how many linear programmes it took.
///
/// Groups of up to [`EXACT_GROUP_LIMIT`] hidden cells: the exact range of every cell, by LP.
/// Larger groups: for each primary cell the interval its hypercube certificate proves (the exact
/// range contains it); secondary cells of large groups carry no requirement and are not listed.
/// A primary cell of a large group without a valid certificate gets the interval [v, v].
pub fn feasible_ranges(
    cube: &Cube,
    certificates: &[Certificate],
    options: &DisclosureOptions,
) -> Result<(Vec<AuditFinding>, usize, usize, usize), StatsError> {
    let of_cell = relations_of_cells(cube);
    let groups = groups(cube);
    let group_count = groups.len();
    let largest = groups
        .iter()
        .map(|(cells, _)| cells.len())
        .max()
        .unwrap_or(0);
    let mut reach: std::collections::HashMap<CellId, (f64, f64)> = std::collections::HashMap::new();
    for certificate in certificates {
        if let Some((down, up)) = certificate.reach(cube) {
            let entry = reach.entry(certificate.primary).or_insert((down, up));
            if down + up > entry.0 + entry.1 {
                *entry = (down, up);
            }
        }
    }
    let mut ranges = Vec::new();
    let mut programmes = 0;
    for (mut cells, relations) in groups {
        cells.sort_unstable();
        let count = cells.len();
        if count <= EXACT_GROUP_LIMIT {
            let system = GroupSystem {
                cube,
                cells,
                relations,
            };
            for target in 0..count {
                let lower = system
                    .bound(target, OptimizationDirection::Minimize)?
                    .map_or(f64::NEG_INFINITY, |(value, _)| value);
                let upper = system
                    .bound(target, OptimizationDirection::Maximize)?
                    .map_or(f64::INFINITY, |(value, _)| value);
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
        for cell in cells {
            let entry = &cube.cells[cell as usize];
            if entry.protection != Protection::Primary {
                continue;
            }
            let value = entry.value as f64;
            let (mut down, mut up) = reach.get(&cell).copied().unwrap_or((0.0, 0.0));
            if !options.protects(value - down, value + up, 1e-9) {
                let (lower, upper) = local_range(cube, &of_cell, cell, LOCAL_SYSTEM_LIMIT)?;
                programmes += 2;
                down = down.max(value - lower);
                up = up.max(upper - value);
            }
            ranges.push(AuditFinding {
                cell,
                lower: value - down,
                upper: value + up,
                exact: false,
            });
        }
    }
    Ok((ranges, group_count, largest, programmes))
}

/// Hidden cells near `cell` (breadth first over relations) that a local system varies.
pub const LOCAL_SYSTEM_LIMIT: usize = 120;

/// The range of a primary cell when only the hidden cells near it may vary (the others held at
/// their true values): an interval the cell provably can take, found by a small LP.
fn local_range(
    cube: &Cube,
    of_cell: &[Vec<u32>],
    cell: CellId,
    limit: usize,
) -> Result<(f64, f64), StatsError> {
    let mut cells = vec![cell];
    let mut seen_cells = std::collections::HashSet::from([cell]);
    let mut seen_relations = std::collections::HashSet::new();
    let mut relations = Vec::new();
    let mut next = 0;
    while next < cells.len() && cells.len() < limit {
        let current = cells[next];
        next += 1;
        for &relation in &of_cell[current as usize] {
            if !seen_relations.insert(relation) {
                continue;
            }
            relations.push(relation);
            let entry = &cube.relations[relation as usize];
            for member in std::iter::once(entry.total).chain(entry.parts.iter().copied()) {
                if cube.cells[member as usize].is_suppressed()
                    && cells.len() < limit
                    && seen_cells.insert(member)
                {
                    cells.push(member);
                }
            }
        }
    }
    // Every relation touching a varied cell constrains it.
    for &member in &cells {
        for &relation in &of_cell[member as usize] {
            if seen_relations.insert(relation) {
                relations.push(relation);
            }
        }
    }
    cells.sort_unstable();
    let target = cells
        .binary_search(&cell)
        .map_err(|_| StatsError::Solver("lost the target cell".into()))?;
    let system = GroupSystem {
        cube,
        cells,
        relations,
    };
    let lower = system
        .bound(target, OptimizationDirection::Minimize)?
        .map_or(f64::NEG_INFINITY, |(value, _)| value);
    let upper = system
        .bound(target, OptimizationDirection::Maximize)?
        .map_or(f64::INFINITY, |(value, _)| value);
    Ok((lower, upper))
}

/// Audits; where a primary cell's range is too narrow, hides a new hypercube (or the nearest
/// small cell) around it and audits again, up to `repair_rounds` times. Fails if a range is
/// still too narrow.
pub fn audit(
    cube: &mut Cube,
    structure: &Structure,
    options: &DisclosureOptions,
    certificates: &mut Vec<Certificate>,
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
            feasible_ranges(cube, certificates, options)?;
        programmes += linear_programmes;
        let is_primary = |finding: &AuditFinding| {
            cube.cells[finding.cell as usize].protection == Protection::Primary
        };
        let failing: Vec<AuditFinding> = ranges
            .iter()
            .copied()
            .filter(|finding| {
                is_primary(finding) && !options.protects(finding.lower, finding.upper, TOLERANCE)
            })
            .collect();
        if failing.is_empty() {
            return Ok(AuditReport {
                suppressed_cells: cube
                    .cells
                    .iter()
                    .filter(|cell| cell.is_suppressed())
                    .count(),
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
        let failing_cells: Vec<CellId> = failing.iter().map(|finding| finding.cell).collect();
        let protected = protect_primaries(cube, structure, options, &failing_cells, certificates);
        repaired += protected.hidden;
        let mut pending = Vec::new();
        for cell in protected.unprotected {
            // No hypercube even now: hide every published non-zero cell of the cell's own
            // relations (rare, and it frees the local system), else the nearest small cell.
            let mut neighbours: Vec<CellId> = of_cell[cell as usize]
                .iter()
                .flat_map(|&relation| {
                    let relation = &cube.relations[relation as usize];
                    std::iter::once(relation.total).chain(relation.parts.iter().copied())
                })
                .filter(|&member| {
                    let entry = &cube.cells[member as usize];
                    !entry.is_suppressed() && entry.value > 0 && !entry.key.is_grand_total()
                })
                .collect();
            if neighbours.is_empty() {
                neighbours.extend(nearest_candidate(cube, &of_cell, cell));
            }
            for candidate in neighbours {
                if cube.cells[candidate as usize].protection == Protection::Free {
                    cube.cells[candidate as usize].protection = Protection::Secondary;
                    repaired += 1;
                    pending.extend(of_cell[candidate as usize].iter().copied());
                }
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
