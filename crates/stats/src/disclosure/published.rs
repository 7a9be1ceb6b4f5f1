//! The intruder's audit: reads a written cubes folder as an intruder would (`codelists.csv`,
//! `cube.csv`, `metadata.json`), rebuilds every relation and identity from those files alone,
//! and solves the smallest and largest value of every primary cell by linear programming.
//!
//! It shares no structure with the engine: relations come from the code lists' hierarchies and
//! the rows each table publishes; identities from `metadata.json` and, independently, from the
//! documented rule 1 of the migration status (status `FOREIGN` equals every nationality but the
//! German one) read off the code lists. The constraints use everything published: values, zeros
//! and the confidentiality flags (`C`: at least 1; if a folder still carries the old `A`/`D`
//! distinction, `A` is 1 to min count − 1 and `D` at least the min count, as the intruder reads
//! them).
//!
//! Only the auditor's side reads `internal/suppression.csv`: which cells are primary (the cells
//! the requirement applies to) and, for groups too large for exact LPs, the true values at which
//! hidden cells far from the primary are held (a restricted system's solutions are solutions of
//! the whole one, so a range proven that way is contained in the intruder's: conservative).
//!
//! Requirement for a primary cell (`DisclosureOptions::protects`): its feasible range is at least
//! min count − 1 wide; as no hidden cell is below 1, it then reaches the min count, so the
//! intruder can neither narrow the cell nor conclude that it is a small count (a range inside
//! [1, 2], as a published primary flag gives, fails however the rest is protected).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use microlp::{ComparisonOp, OptimizationDirection, Problem, SolveOutcome};
use serde::Serialize;

use crate::error::StatsError;

const DIMENSIONS: [&str; 6] = [
    "AREA",
    "SEX",
    "AGE",
    "MIGRATION_STATUS",
    "NATIONALITY",
    "REFERENCE_COUNTRY",
];
const TOTAL_CODE: &str = "_T";
const TOLERANCE: f64 = 1e-6;

/// Sizes of the systems, smallest first (fast, usually enough): a group of at most this many
/// hidden cells is solved whole (exact); a larger one around the primary (local, conservative).
const LOCAL_STAGES: [usize; 3] = [40, 150, 400];

/// One primary cell whose range the audit proved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublicFinding {
    /// `MEASURE YEAR AREA=… SEX=… …` (every dimension not at its total).
    pub cell: String,
    pub lower: f64,
    pub upper: f64,
    /// True: the exact range of the intruder's LP; false: an interval inside it (local system).
    pub exact: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct PublicAuditReport {
    pub cells: usize,
    pub suppressed_cells: usize,
    pub primary_cells: usize,
    /// Hierarchy relations rebuilt from the code lists and the tables' rows.
    pub relations: usize,
    /// Relations from identities between tables.
    pub identity_relations: usize,
    pub groups: usize,
    pub largest_group: usize,
    pub linear_programmes: usize,
    /// Primary cells proven by the engine's certificate, checked against the relations rebuilt
    /// from the public files (the others by linear programming).
    pub certified: usize,
    pub min_count: u64,
    pub required_width: f64,
    pub narrowest_width: Option<f64>,
    /// Primary cells whose range is too narrow or rules out a small count.
    pub failing: Vec<PublicFinding>,
}

impl PublicAuditReport {
    pub fn passed(&self) -> bool {
        self.failing.is_empty()
    }
}

/// One code list as published.
#[derive(Default)]
struct Codes {
    index: HashMap<String, u16>,
    codes: Vec<String>,
    parent: Vec<Option<u16>>,
    children: Vec<Vec<u16>>,
}

type Coords = [u16; 6];

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    measure: u16,
    year: u16,
    coords: Coords,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flag {
    Free,
    /// Suppressed, one flag for all (C).
    Confidential,
    /// Legacy primary flag (A): the intruder reads 1 … min count − 1.
    Small,
    /// Legacy secondary flag (D): the intruder reads at least the min count.
    Large,
}

struct PublicCell {
    key: Key,
    value: Option<u64>,
    flag: Flag,
}

/// Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).
pub fn split_csv_line(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => fields.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields
}

fn read(path: &Path) -> Result<String, StatsError> {
    std::fs::read_to_string(path).map_err(|error| StatsError::io(path, error))
}

fn bad(path: &Path, line: usize, message: impl std::fmt::Display) -> StatsError {
    published(path, format!("line {line}: {message}"))
}

fn published(path: &Path, message: impl Into<String>) -> StatsError {
    StatsError::Published {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn read_codelists(dir: &Path) -> Result<Vec<Codes>, StatsError> {
    let path = dir.join("codelists.csv");
    let text = read(&path)?;
    let mut lists: Vec<Codes> = (0..DIMENSIONS.len()).map(|_| Codes::default()).collect();
    let mut parents: Vec<Vec<(u16, String)>> = vec![Vec::new(); DIMENSIONS.len()];
    for (number, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let fields = split_csv_line(line);
        if fields.len() < 3 {
            return Err(bad(&path, number + 1, "expected dimension,code,parent,…"));
        }
        let Some(axis) = DIMENSIONS.iter().position(|&d| d == fields[0]) else {
            return Err(bad(
                &path,
                number + 1,
                format!("unknown dimension {}", fields[0]),
            ));
        };
        let list = &mut lists[axis];
        let id = u16::try_from(list.codes.len())
            .map_err(|_| bad(&path, number + 1, "too many codes"))?;
        list.index.insert(fields[1].clone(), id);
        list.codes.push(fields[1].clone());
        parents[axis].push((id, fields[2].clone()));
    }
    for (axis, list) in lists.iter_mut().enumerate() {
        list.parent = vec![None; list.codes.len()];
        list.children = vec![Vec::new(); list.codes.len()];
        for (id, parent) in &parents[axis] {
            if parent.is_empty() {
                continue;
            }
            let Some(&parent_id) = list.index.get(parent) else {
                return Err(published(
                    &path,
                    format!("{}: unknown parent {parent}", DIMENSIONS[axis]),
                ));
            };
            list.parent[usize::from(*id)] = Some(parent_id);
            list.children[usize::from(parent_id)].push(*id);
        }
        if !list.index.contains_key(TOTAL_CODE) {
            return Err(published(
                &path,
                format!("{}: no total {TOTAL_CODE}", DIMENSIONS[axis]),
            ));
        }
    }
    Ok(lists)
}

/// What the intruder rebuilds from the public files.
struct PublicTables {
    lists: Vec<Codes>,
    measures: Vec<String>,
    cells: Vec<PublicCell>,
    index: HashMap<Key, u32>,
    /// Each relation as (cell, coefficient): Σ coefficient × value = 0.
    relations: Vec<Vec<(u32, f64)>>,
    identity_relations: usize,
}

impl PublicTables {
    fn describe(&self, cell: u32) -> String {
        let key = self.cells[cell as usize].key;
        let mut text = format!("{} {}", self.measures[usize::from(key.measure)], key.year);
        for (axis, &item) in key.coords.iter().enumerate() {
            let code = &self.lists[axis].codes[usize::from(item)];
            if code != TOTAL_CODE {
                text.push_str(&format!(" {}={code}", DIMENSIONS[axis]));
            }
        }
        text
    }

    fn total(&self, axis: usize) -> u16 {
        self.lists[axis].index.get(TOTAL_CODE).copied().unwrap_or(0)
    }
}

fn read_cube(dir: &Path, lists: Vec<Codes>) -> Result<PublicTables, StatsError> {
    let path = dir.join("cube.csv");
    let text = read(&path)?;
    let mut lines = text.lines().enumerate();
    let header = lines
        .next()
        .map(|(_, line)| split_csv_line(line))
        .unwrap_or_default();
    let column = |name: &str| {
        header
            .iter()
            .position(|field| field == name)
            .ok_or_else(|| published(&path, format!("line 1: no column {name}")))
    };
    let measure_column = column("measure")?;
    let year_column = column("time_period")?;
    let dimension_columns = DIMENSIONS
        .iter()
        .map(|d| column(&d.to_ascii_lowercase()))
        .collect::<Result<Vec<_>, _>>()?;
    let value_column = column("obs_value")?;
    let conf_column = column("conf_status")?;
    let mut measures: Vec<String> = Vec::new();
    let mut cells: Vec<PublicCell> = Vec::new();
    let mut index: HashMap<Key, u32> = HashMap::new();
    for (number, line) in lines {
        if line.is_empty() {
            continue;
        }
        let line_number = number + 1;
        let fields = split_csv_line(line);
        if fields.len() != header.len() {
            return Err(bad(
                &path,
                line_number,
                format!("{} fields, expected {}", fields.len(), header.len()),
            ));
        }
        let measure = match measures.iter().position(|m| *m == fields[measure_column]) {
            Some(position) => position,
            None => {
                measures.push(fields[measure_column].clone());
                measures.len() - 1
            }
        } as u16;
        let year: u16 = fields[year_column].parse().map_err(|_| {
            bad(
                &path,
                line_number,
                format!("time_period {} is not a year", fields[year_column]),
            )
        })?;
        let mut coords = [0u16; 6];
        for (axis, &column) in dimension_columns.iter().enumerate() {
            coords[axis] = *lists[axis].index.get(&fields[column]).ok_or_else(|| {
                bad(
                    &path,
                    line_number,
                    format!(
                        "{} code {} not in codelists.csv",
                        DIMENSIONS[axis], fields[column]
                    ),
                )
            })?;
        }
        let flag = match fields[conf_column].as_str() {
            "F" => Flag::Free,
            "C" => Flag::Confidential,
            "A" => Flag::Small,
            "D" => Flag::Large,
            other => {
                return Err(bad(
                    &path,
                    line_number,
                    format!("conf_status {other}: expected F, C, A or D"),
                ));
            }
        };
        let value = if flag == Flag::Free {
            Some(fields[value_column].parse::<u64>().map_err(|_| {
                bad(
                    &path,
                    line_number,
                    format!("obs_value {} is not a count", fields[value_column]),
                )
            })?)
        } else {
            None
        };
        let key = Key {
            measure,
            year,
            coords,
        };
        match index.get(&key) {
            Some(&id) => {
                let known = &cells[id as usize];
                if known.value != value || (known.flag == Flag::Free) != (flag == Flag::Free) {
                    return Err(bad(
                        &path,
                        line_number,
                        "the same cell is published differently by two tables",
                    ));
                }
            }
            None => {
                let id = cells.len() as u32;
                cells.push(PublicCell { key, value, flag });
                index.insert(key, id);
            }
        }
    }
    let mut public = PublicTables {
        lists,
        measures,
        cells,
        index,
        relations: Vec::new(),
        identity_relations: 0,
    };
    let mut seen: HashSet<Vec<u32>> = HashSet::new();
    // Every total whose children along a dimension are all published somewhere, in this table
    // or another of the same measure: the intruder adds up whatever the files hold, not only
    // within a table (the engine relates cells within each table; a relation across tables that
    // it did not know would show here).
    for id in 0..public.cells.len() as u32 {
        let key = public.cells[id as usize].key;
        for axis in 0..DIMENSIONS.len() {
            let children = &public.lists[axis].children[usize::from(key.coords[axis])];
            if children.is_empty() {
                continue;
            }
            let parts: Option<Vec<u32>> = children
                .iter()
                .map(|&child| {
                    let mut part = key;
                    part.coords[axis] = child;
                    public.index.get(&part).copied()
                })
                .collect();
            let Some(parts) = parts else { continue };
            let mut signature = vec![id];
            signature.extend(&parts);
            if seen.insert(signature) {
                let mut relation = vec![(id, 1.0)];
                relation.extend(parts.iter().map(|&part| (part, -1.0)));
                public.relations.push(relation);
            }
        }
    }
    Ok(public)
}

/// Identities as (left dimension, left code, right dimension, right codes).
type IdentityCodes = (usize, String, usize, Vec<String>);

/// Identities listed in metadata.json, plus rule 1 read off the code lists: status `FOREIGN`
/// equals the nationality items other than `DE` below the total.
fn identities(metadata: &serde_json::Value, lists: &[Codes]) -> Vec<IdentityCodes> {
    let mut found: Vec<IdentityCodes> = Vec::new();
    for identity in metadata
        .get("identities")
        .and_then(|list| list.as_array())
        .into_iter()
        .flatten()
    {
        let left_dimension = identity["left"]["dimension"].as_str().unwrap_or_default();
        let right_dimension = identity["right"]["dimension"].as_str().unwrap_or_default();
        let (Some(left), Some(right)) = (
            DIMENSIONS.iter().position(|&d| d == left_dimension),
            DIMENSIONS.iter().position(|&d| d == right_dimension),
        ) else {
            continue;
        };
        let code = identity["left"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let codes: Vec<String> = identity["right"]["codes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|code| code.as_str().map(str::to_string))
            .collect();
        found.push((left, code, right, codes));
    }
    let (status, nationality) = (3, 4);
    let german = lists[nationality].index.get("DE").copied();
    let total = lists[nationality].index.get(TOTAL_CODE).copied();
    if let (Some(german), Some(total), true) =
        (german, total, lists[status].index.contains_key("FOREIGN"))
        && lists[nationality].parent[usize::from(german)] == Some(total)
    {
        let mut others: Vec<String> = lists[nationality].children[usize::from(total)]
            .iter()
            .filter(|&&item| item != german)
            .map(|&item| lists[nationality].codes[usize::from(item)].clone())
            .collect();
        others.sort();
        found.push((status, "FOREIGN".into(), nationality, others));
    }
    found.sort();
    found.dedup();
    found
}

fn add_identity_relations(public: &mut PublicTables, identities: &[IdentityCodes]) {
    let mut seen: HashSet<Vec<u32>> = HashSet::new();
    for (left_axis, left_code, right_axis, right_codes) in identities {
        let (left_axis, right_axis) = (*left_axis, *right_axis);
        let Some(&left_item) = public.lists[left_axis].index.get(left_code) else {
            continue;
        };
        let right_items: Option<Vec<u16>> = right_codes
            .iter()
            .map(|code| public.lists[right_axis].index.get(code).copied())
            .collect();
        let Some(right_items) = right_items else {
            continue;
        };
        let (left_total, right_total) = (public.total(left_axis), public.total(right_axis));
        let mut relations = Vec::new();
        for (id, cell) in public.cells.iter().enumerate() {
            let key = cell.key;
            if key.coords[left_axis] != left_item || key.coords[right_axis] != right_total {
                continue;
            }
            let parts: Option<Vec<u32>> = right_items
                .iter()
                .map(|&item| {
                    let mut other = key;
                    other.coords[left_axis] = left_total;
                    other.coords[right_axis] = item;
                    public.index.get(&other).copied()
                })
                .collect();
            if let Some(parts) = parts {
                let mut signature = vec![id as u32];
                signature.extend(&parts);
                if seen.insert(signature) {
                    let mut relation = vec![(id as u32, 1.0)];
                    relation.extend(parts.iter().map(|&part| (part, -1.0)));
                    relations.push(relation);
                }
            }
        }
        public.identity_relations += relations.len();
        public.relations.extend(relations);
    }
}

/// From `internal/suppression.csv`: hidden cell -> (is primary, true value).
fn read_internal(
    dir: &Path,
    public: &PublicTables,
) -> Result<HashMap<u32, (bool, u64)>, StatsError> {
    let path = dir
        .join(crate::output::INTERNAL_DIR)
        .join(crate::output::INTERNAL_SUPPRESSION_FILE);
    let text = read(&path)?;
    let mut internal = HashMap::new();
    for (number, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let fields = split_csv_line(line);
        if fields.len() < 10 {
            return Err(bad(
                &path,
                number + 1,
                "expected measure,time_period,…,kind,value",
            ));
        }
        let Some(measure) = public.measures.iter().position(|m| *m == fields[0]) else {
            return Err(bad(
                &path,
                number + 1,
                format!("measure {} not in cube.csv", fields[0]),
            ));
        };
        let year: u16 = fields[1]
            .parse()
            .map_err(|_| bad(&path, number + 1, "time_period is not a year"))?;
        let mut coords = [0u16; 6];
        for axis in 0..DIMENSIONS.len() {
            coords[axis] = *public.lists[axis]
                .index
                .get(&fields[2 + axis])
                .ok_or_else(|| bad(&path, number + 1, "code not in codelists.csv"))?;
        }
        let key = Key {
            measure: measure as u16,
            year,
            coords,
        };
        let Some(&cell) = public.index.get(&key) else {
            return Err(bad(&path, number + 1, "cell not in cube.csv"));
        };
        if public.cells[cell as usize].flag == Flag::Free {
            return Err(bad(&path, number + 1, "cell is published in cube.csv"));
        }
        let value: u64 = fields[9]
            .parse()
            .map_err(|_| bad(&path, number + 1, "value is not a count"))?;
        internal.insert(cell, (fields[8] == "primary", value));
    }
    Ok(internal)
}

/// A certificate's moved cells with their coefficients, the primary first.
type Moves = Vec<(u32, f64)>;

/// From `internal/certificates.csv` (optional): primary cell -> its moves (cell, coefficient).
fn read_certificates(
    dir: &Path,
    public: &PublicTables,
) -> Result<HashMap<u32, Vec<Moves>>, StatsError> {
    let path = dir
        .join(crate::output::INTERNAL_DIR)
        .join(crate::output::INTERNAL_CERTIFICATES_FILE);
    let mut by_primary: HashMap<u32, Vec<Moves>> = HashMap::new();
    if !path.exists() {
        return Ok(by_primary);
    }
    let text = read(&path)?;
    let mut current: Option<(String, Moves)> = None;
    let mut finish = |current: Option<(String, Moves)>| {
        if let Some((_, moves)) = current
            && let Some(&(primary, _)) = moves.first()
        {
            by_primary.entry(primary).or_default().push(moves);
        }
    };
    for (number, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let fields = split_csv_line(line);
        if fields.len() < 10 {
            return Err(bad(
                &path,
                number + 1,
                "expected certificate,measure,…,coefficient",
            ));
        }
        let cell = lookup(public, &fields[1..9])
            .ok_or_else(|| bad(&path, number + 1, "cell not in cube.csv"))?;
        let coefficient: f64 = fields[9]
            .parse()
            .map_err(|_| bad(&path, number + 1, "coefficient is not a number"))?;
        if current.as_ref().is_none_or(|(id, _)| *id != fields[0]) {
            finish(current.take());
            current = Some((fields[0].clone(), Vec::new()));
        }
        if let Some((_, moves)) = current.as_mut() {
            moves.push((cell, coefficient));
        }
    }
    finish(current);
    Ok(by_primary)
}

/// The cell with measure, year and six codes, if cube.csv has it.
fn lookup(public: &PublicTables, fields: &[String]) -> Option<u32> {
    let measure = public.measures.iter().position(|m| *m == fields[0])?;
    let year: u16 = fields[1].parse().ok()?;
    let mut coords = [0u16; 6];
    for axis in 0..DIMENSIONS.len() {
        coords[axis] = *public.lists[axis].index.get(&fields[2 + axis])?;
    }
    public
        .index
        .get(&Key {
            measure: measure as u16,
            year,
            coords,
        })
        .copied()
}

/// Audits the cubes folder `dir` as the intruder sees it. `min_count` overrides metadata.json.
pub fn audit_published(
    dir: &Path,
    min_count: Option<u64>,
) -> Result<PublicAuditReport, StatsError> {
    let lists = read_codelists(dir)?;
    let metadata_path = dir.join("metadata.json");
    let metadata: serde_json::Value = serde_json::from_str(&read(&metadata_path)?)
        .map_err(|error| published(&metadata_path, error.to_string()))?;
    let min_count = min_count
        .or_else(|| metadata["disclosure_control"]["min_count"].as_u64())
        .unwrap_or(3)
        .max(1);
    let found = identities(&metadata, &lists);
    let mut public = read_cube(dir, lists)?;
    let hierarchy_relations = public.relations.len();
    add_identity_relations(&mut public, &found);
    let internal = read_internal(dir, &public)?;
    let certificates = read_certificates(dir, &public)?;
    let mut report = PublicAuditReport {
        cells: public.cells.len(),
        suppressed_cells: public
            .cells
            .iter()
            .filter(|cell| cell.flag != Flag::Free)
            .count(),
        primary_cells: internal.values().filter(|(primary, _)| *primary).count(),
        relations: hierarchy_relations,
        identity_relations: public.identity_relations,
        min_count,
        required_width: min_count.saturating_sub(1) as f64,
        ..Default::default()
    };
    let auditor = Auditor::new(&public, &internal, min_count);
    let groups = auditor.groups();
    report.groups = groups.len();
    report.largest_group = groups.iter().map(Vec::len).max().unwrap_or(0);
    for group in &groups {
        for &cell in group {
            if !internal.get(&cell).is_some_and(|(primary, _)| *primary) {
                continue;
            }
            let certified = certificates.get(&cell).and_then(|moves| {
                moves
                    .iter()
                    .filter_map(|moves| auditor.certified(cell, moves))
                    .find(|finding| auditor.protected(finding))
            });
            if let Some(finding) = certified {
                report.certified += 1;
                let width = finding.upper - finding.lower;
                report.narrowest_width =
                    Some(report.narrowest_width.map_or(width, |w| w.min(width)));
                continue;
            }
            let (finding, programmes) = auditor.check(cell, group)?;
            report.linear_programmes += programmes;
            let width = finding.upper - finding.lower;
            report.narrowest_width = Some(report.narrowest_width.map_or(width, |w| w.min(width)));
            if !auditor.protected(&finding) {
                report.failing.push(finding);
            }
        }
    }
    Ok(report)
}

struct Auditor<'a> {
    public: &'a PublicTables,
    internal: &'a HashMap<u32, (bool, u64)>,
    min_count: u64,
    of_cell: Vec<Vec<u32>>,
}

impl<'a> Auditor<'a> {
    fn new(
        public: &'a PublicTables,
        internal: &'a HashMap<u32, (bool, u64)>,
        min_count: u64,
    ) -> Self {
        let mut of_cell = vec![Vec::new(); public.cells.len()];
        for (index, relation) in public.relations.iter().enumerate() {
            for &(cell, _) in relation {
                of_cell[cell as usize].push(index as u32);
            }
        }
        Self {
            public,
            internal,
            min_count,
            of_cell,
        }
    }

    fn hidden(&self, cell: u32) -> bool {
        self.public.cells[cell as usize].flag != Flag::Free
    }

    /// The requirement (`DisclosureOptions::protects`): at least min count − 1 wide.
    fn protected(&self, finding: &PublicFinding) -> bool {
        super::DisclosureOptions::new(self.min_count).protects(
            finding.lower,
            finding.upper,
            TOLERANCE,
        )
    }

    /// The bounds the intruder knows for a hidden cell from its flag.
    fn bounds(&self, cell: u32) -> (f64, f64) {
        match self.public.cells[cell as usize].flag {
            Flag::Small => (1.0, self.min_count.saturating_sub(1).max(1) as f64),
            Flag::Large => (self.min_count as f64, f64::INFINITY),
            _ => (1.0, f64::INFINITY),
        }
    }

    fn true_value(&self, cell: u32) -> Option<f64> {
        match self.public.cells[cell as usize].value {
            Some(value) => Some(value as f64),
            None => self.internal.get(&cell).map(|&(_, value)| value as f64),
        }
    }

    /// The interval a certificate proves for `primary` in the intruder's model, or None if it
    /// is no proof there: a moved cell is published, or a relation rebuilt from the public files
    /// (hierarchies and identities) is unbalanced by the move. The true table plus t × move,
    /// for t in [−down, up], keeps every moved cell within the bounds its flag allows.
    fn certified(&self, primary: u32, moves: &[(u32, f64)]) -> Option<PublicFinding> {
        let moved: HashMap<u32, f64> = moves.iter().copied().collect();
        if moved.get(&primary).is_none_or(|&y| (y - 1.0).abs() > 1e-7) {
            return None;
        }
        let (mut down, mut up) = (f64::INFINITY, f64::INFINITY);
        for &(cell, y) in moves {
            if !self.hidden(cell) || y.abs() < 1e-12 {
                continue;
            }
            let value = self.true_value(cell)?;
            let (low, high) = self.bounds(cell);
            let (room_down, room_up) = ((value - low).max(0.0), (high - value).max(0.0));
            if y > 0.0 {
                down = down.min(room_down / y);
                up = up.min(room_up / y);
            } else {
                up = up.min(room_down / -y);
                down = down.min(room_up / -y);
            }
        }
        if moves
            .iter()
            .any(|&(cell, y)| !self.hidden(cell) && y.abs() > 1e-12)
        {
            return None;
        }
        let mut checked = HashSet::new();
        for &(cell, _) in moves {
            for &relation in &self.of_cell[cell as usize] {
                if !checked.insert(relation) {
                    continue;
                }
                let balance: f64 = self.public.relations[relation as usize]
                    .iter()
                    .map(|&(member, coefficient)| {
                        coefficient * moved.get(&member).copied().unwrap_or(0.0)
                    })
                    .sum();
                if balance.abs() > 1e-6 {
                    return None;
                }
            }
        }
        let value = self.true_value(primary)?;
        Some(PublicFinding {
            cell: self.public.describe(primary),
            lower: value - down,
            upper: value + up,
            exact: false,
        })
    }

    /// Connected groups of hidden cells (linked by relations).
    fn groups(&self) -> Vec<Vec<u32>> {
        let count = self.public.cells.len();
        let mut parent: Vec<u32> = (0..count as u32).collect();
        fn find(parent: &mut [u32], mut x: u32) -> u32 {
            while parent[x as usize] != x {
                parent[x as usize] = parent[parent[x as usize] as usize];
                x = parent[x as usize];
            }
            x
        }
        for relation in &self.public.relations {
            let mut hidden = relation
                .iter()
                .map(|&(cell, _)| cell)
                .filter(|&cell| self.hidden(cell));
            let Some(first) = hidden.next() else { continue };
            for other in hidden {
                let (a, b) = (find(&mut parent, first), find(&mut parent, other));
                if a != b {
                    parent[a as usize] = b;
                }
            }
        }
        let mut by_root: BTreeMap<u32, Vec<u32>> = BTreeMap::new();
        for cell in 0..count as u32 {
            if self.hidden(cell) {
                let root = find(&mut parent, cell);
                by_root.entry(root).or_default().push(cell);
            }
        }
        by_root.into_values().collect()
    }

    /// The hidden cells nearest to `cell` (breadth first over relations), up to `limit`.
    fn neighbourhood(&self, cell: u32, limit: usize) -> Vec<u32> {
        let mut cells = vec![cell];
        let mut seen = HashSet::from([cell]);
        let mut next = 0;
        while next < cells.len() && cells.len() < limit {
            let current = cells[next];
            next += 1;
            for &relation in &self.of_cell[current as usize] {
                for &(member, _) in &self.public.relations[relation as usize] {
                    if cells.len() < limit && self.hidden(member) && seen.insert(member) {
                        cells.push(member);
                    }
                }
            }
        }
        cells
    }

    /// The range of `cell` when the hidden cells in `varied` vary and every other hidden cell
    /// is held at its true value (exact when `varied` is the cell's whole group), and the number
    /// of LPs solved. The maximum first: if it already meets the requirement together with the
    /// true value (which is feasible), the minimum is not needed and the true value stands in
    /// for it (then `exact` is false).
    fn range(&self, cell: u32, varied: &[u32]) -> Result<(f64, f64, bool, usize), StatsError> {
        let position: HashMap<u32, usize> = varied
            .iter()
            .enumerate()
            .map(|(index, &cell)| (cell, index))
            .collect();
        let mut relations: Vec<u32> = varied
            .iter()
            .flat_map(|&cell| self.of_cell[cell as usize].iter().copied())
            .collect();
        relations.sort_unstable();
        relations.dedup();
        let solve = |direction| -> Result<f64, StatsError> {
            let mut problem = Problem::new(direction);
            let variables: Vec<_> = varied
                .iter()
                .map(|&member| {
                    let objective = if member == cell { 1.0 } else { 0.0 };
                    problem.add_var(objective, self.bounds(member))
                })
                .collect();
            for &relation in &relations {
                let mut terms = Vec::new();
                let mut rhs = 0.0;
                for &(member, coefficient) in &self.public.relations[relation as usize] {
                    let entry = &self.public.cells[member as usize];
                    if let Some(&index) = position.get(&member) {
                        terms.push((variables[index], coefficient));
                    } else {
                        let value = match entry.value {
                            Some(value) => value,
                            None => self
                                .internal
                                .get(&member)
                                .map(|&(_, value)| value)
                                .ok_or_else(|| {
                                    StatsError::Solver(format!(
                                        "hidden cell {} missing from the internal file",
                                        self.public.describe(member)
                                    ))
                                })?,
                        };
                        rhs -= coefficient * value as f64;
                    }
                }
                problem.add_constraint(terms.as_slice(), ComparisonOp::Eq, rhs);
            }
            let target = variables[position[&cell]];
            match problem.solve() {
                Ok(SolveOutcome::Solution(solution)) => Ok(solution.var_value(target)),
                Ok(SolveOutcome::Interrupted(_)) => Err(StatsError::Solver("interrupted".into())),
                Err(microlp::Error::Unbounded) => Ok(match direction {
                    OptimizationDirection::Maximize => f64::INFINITY,
                    OptimizationDirection::Minimize => f64::NEG_INFINITY,
                }),
                Err(error) => Err(StatsError::Solver(format!(
                    "{} ({error})",
                    self.public.describe(cell)
                ))),
            }
        };
        let upper = solve(OptimizationDirection::Maximize)?;
        if let Some(value) = self.true_value(cell) {
            let finding = PublicFinding {
                cell: String::new(),
                lower: value,
                upper,
                exact: false,
            };
            if self.protected(&finding) {
                return Ok((value, upper, false, 1));
            }
        }
        Ok((solve(OptimizationDirection::Minimize)?, upper, true, 2))
    }

    /// Proves the range of one primary cell: small local systems first (their ranges lie inside
    /// the true one, so passing there is enough), the whole group when it is small enough.
    fn check(&self, cell: u32, group: &[u32]) -> Result<(PublicFinding, usize), StatsError> {
        let mut programmes = 0;
        let mut last = None;
        for limit in LOCAL_STAGES {
            let exact = group.len() <= limit;
            let varied = if exact {
                let mut all = group.to_vec();
                // The target first, as in the neighbourhood.
                all.retain(|&member| member != cell);
                all.insert(0, cell);
                all
            } else {
                self.neighbourhood(cell, limit)
            };
            let (lower, upper, both, solved) = self.range(cell, &varied)?;
            programmes += solved;
            let finding = PublicFinding {
                cell: self.public.describe(cell),
                lower,
                upper,
                exact: exact && both,
            };
            if exact || self.protected(&finding) {
                return Ok((finding, programmes));
            }
            last = Some(finding);
        }
        last.map(|finding| (finding, programmes))
            .ok_or_else(|| StatsError::Solver("no stage ran".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder with one table AREA (1, 2) × SEX (A, B, C) holding `values`, the cells in
    /// `hidden` (row, column; 0 = total) flagged `C`, the primary ones listed as such.
    fn folder(
        values: [[u64; 3]; 2],
        hidden: &[(usize, usize)],
        primary: &[(usize, usize)],
    ) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let mut codelists = String::from("dimension,code,parent,level,order,label_de,label_en\n");
        for (dimension, codes) in [("AREA", &["1", "2"][..]), ("SEX", &["A", "B", "C"][..])] {
            codelists.push_str(&format!("{dimension},_T,,0,0,t,t\n"));
            for (order, code) in codes.iter().enumerate() {
                codelists.push_str(&format!("{dimension},{code},_T,1,{},x,x\n", order + 1));
            }
        }
        for dimension in [
            "AGE",
            "MIGRATION_STATUS",
            "NATIONALITY",
            "REFERENCE_COUNTRY",
        ] {
            codelists.push_str(&format!("{dimension},_T,,0,0,t,t\n"));
        }
        let value = |row: usize, col: usize| -> u64 {
            let rows: Vec<usize> = if row == 0 { vec![0, 1] } else { vec![row - 1] };
            let cols: Vec<usize> = if col == 0 {
                vec![0, 1, 2]
            } else {
                vec![col - 1]
            };
            rows.iter()
                .flat_map(|&r| cols.iter().map(move |&c| (r, c)))
                .map(|(r, c)| values[r][c])
                .sum()
        };
        let (areas, sexes) = (["_T", "1", "2"], ["_T", "A", "B", "C"]);
        let mut cube = String::from(
            "table,measure,time_period,area,sex,age,migration_status,nationality,reference_country,obs_value,obs_status,conf_status\n",
        );
        let mut internal = String::from(
            "measure,time_period,area,sex,age,migration_status,nationality,reference_country,kind,value,lower_bound,upper_bound,exact\n",
        );
        for (row, area) in areas.iter().enumerate() {
            for (col, sex) in sexes.iter().enumerate() {
                if hidden.contains(&(row, col)) {
                    cube.push_str(&format!("T,P,2024,{area},{sex},_T,_T,_T,_T,,Q,C\n"));
                    let kind = if primary.contains(&(row, col)) {
                        "primary"
                    } else {
                        "secondary"
                    };
                    internal.push_str(&format!(
                        "P,2024,{area},{sex},_T,_T,_T,_T,{kind},{},,,\n",
                        value(row, col)
                    ));
                } else {
                    cube.push_str(&format!(
                        "T,P,2024,{area},{sex},_T,_T,_T,_T,{},A,F\n",
                        value(row, col)
                    ));
                }
            }
        }
        std::fs::write(dir.path().join("codelists.csv"), codelists).unwrap();
        std::fs::write(dir.path().join("cube.csv"), cube).unwrap();
        std::fs::write(
            dir.path().join("metadata.json"),
            r#"{"disclosure_control":{"min_count":3}}"#,
        )
        .unwrap();
        std::fs::create_dir(dir.path().join("internal")).unwrap();
        std::fs::write(dir.path().join("internal/suppression.csv"), internal).unwrap();
        dir
    }

    #[test]
    fn a_hidden_rectangle_protects_the_small_cell_by_linear_programming() {
        // The 1 with a partner in its row, its column and the opposite corner: the intruder's
        // exact range is [1, 8] (the column's 8 must stay at least 1).
        let dir = folder(
            [[1, 10, 12], [8, 9, 11]],
            &[(1, 1), (1, 2), (2, 1), (2, 2)],
            &[(1, 1)],
        );
        let report = audit_published(dir.path(), None).unwrap();
        assert!(report.passed(), "{:?}", report.failing);
        assert_eq!((report.primary_cells, report.certified), (1, 0));
        assert!(report.linear_programmes >= 1);
        assert!(report.narrowest_width.unwrap() >= 7.0 - 1e-6);
        assert_eq!(report.relations, 3 + 4);
    }

    #[test]
    fn a_small_cell_hidden_with_its_row_partner_only_is_pinned() {
        // Row 1 hides 1 and 10, nothing else: each column gives them away.
        let dir = folder([[1, 10, 12], [8, 9, 11]], &[(1, 1), (1, 2)], &[(1, 1)]);
        let report = audit_published(dir.path(), None).unwrap();
        assert_eq!(report.failing.len(), 1);
        let finding = &report.failing[0];
        assert_eq!(finding.cell, "P 2024 AREA=1 SEX=A");
        assert!(finding.exact);
        assert!((finding.lower - 1.0).abs() < 1e-6 && (finding.upper - 1.0).abs() < 1e-6);
    }

    #[test]
    fn a_certificate_that_breaks_a_published_relation_proves_nothing() {
        let dir = folder([[1, 10, 12], [8, 9, 11]], &[(1, 1), (1, 2)], &[(1, 1)]);
        // A move along the row only: balanced in the row, not in the columns.
        std::fs::write(
            dir.path().join("internal/certificates.csv"),
            "certificate,measure,time_period,area,sex,age,migration_status,nationality,reference_country,coefficient\n\
             0,P,2024,1,A,_T,_T,_T,_T,1\n0,P,2024,1,B,_T,_T,_T,_T,-1\n",
        )
        .unwrap();
        let report = audit_published(dir.path(), None).unwrap();
        assert_eq!((report.certified, report.failing.len()), (0, 1));
        // The rectangle's certificate is accepted without an LP.
        let dir = folder(
            [[1, 10, 12], [8, 9, 11]],
            &[(1, 1), (1, 2), (2, 1), (2, 2)],
            &[(1, 1)],
        );
        std::fs::write(
            dir.path().join("internal/certificates.csv"),
            "certificate,measure,time_period,area,sex,age,migration_status,nationality,reference_country,coefficient\n\
             0,P,2024,1,A,_T,_T,_T,_T,1\n0,P,2024,1,B,_T,_T,_T,_T,-1\n0,P,2024,2,A,_T,_T,_T,_T,-1\n0,P,2024,2,B,_T,_T,_T,_T,1\n",
        )
        .unwrap();
        let report = audit_published(dir.path(), None).unwrap();
        assert!(report.passed());
        assert_eq!((report.certified, report.linear_programmes), (1, 0));
    }

    #[test]
    fn a_published_primary_flag_caps_the_cell() {
        let dir = folder(
            [[1, 10, 12], [8, 9, 11]],
            &[(1, 1), (1, 2), (2, 1), (2, 2)],
            &[(1, 1)],
        );
        let cube = std::fs::read_to_string(dir.path().join("cube.csv")).unwrap();
        let legacy = cube.replacen(
            "T,P,2024,1,A,_T,_T,_T,_T,,Q,C",
            "T,P,2024,1,A,_T,_T,_T,_T,,Q,A",
            1,
        );
        std::fs::write(dir.path().join("cube.csv"), legacy).unwrap();
        let report = audit_published(dir.path(), None).unwrap();
        assert_eq!(report.failing.len(), 1);
        assert!(report.failing[0].upper <= 2.0 + 1e-6);
    }

    #[test]
    fn quoted_csv_fields_are_split() {
        assert_eq!(
            split_csv_line(r#"a,"b, c","d ""e""",,f"#),
            vec!["a", "b, c", "d \"e\"", "", "f"]
        );
    }
}
