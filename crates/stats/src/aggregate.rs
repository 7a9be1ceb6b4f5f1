//! Register extract -> base counts: parse in parallel, derive migration status, count persons in
//! the finest cells of each fact. Minors with parent links wait until every person of the file is
//! known, then take their parents' background. Streams the file; memory is bounded by the number of
//! persons (2 bytes each) plus the deferred minors, never the file.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};

use serde::Serialize;

use crate::config::{RECORDED_SEX, SEX_DIVERSE, SEX_FEMALE, SEX_NOT_STATED, StatsConfig};
use crate::dimensions::DimensionId;
use crate::error::{InputProblem, StatsError};
use crate::persons::{PackedPerson, PersonTable, pack_key};
use crate::register::parse::FieldError;
use crate::register::reader::{self, Chunk};
use crate::register::{COLUMNS, Layout, RejectReason, RowParser, col};
use crate::sex_allocation::{AllocationCounts, allocated_sex};
use crate::status::{self, Category, DerivationOptions, ParentLink, PersonFeatures};

/// Reports how far reading has got (bytes of the file).
pub trait Progress: Sync {
    fn advance(&self, bytes_done: u64, bytes_total: u64);
}

pub struct NoProgress;

impl Progress for NoProgress {
    fn advance(&self, _: u64, _: u64) {}
}

#[derive(Debug, Clone, Copy)]
pub struct ComputeOptions {
    pub threads: usize,
    pub lenient: bool,
    pub derivation: DerivationOptions,
}

/// Sizes of the base arrays (leaf counts per dimension; the sex axis has a slot for each
/// recorded sex, F, M, D and X, also when the published dimension has F and M only).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Shape {
    pub area: usize,
    pub sex: usize,
    pub age: usize,
    pub status: usize,
    pub nationality: usize,
    pub reference: usize,
}

impl Shape {
    pub fn of(config: &StatsConfig) -> Self {
        let leaves = |id| config.dimension(id).leaf_count();
        Self {
            area: leaves(DimensionId::Area),
            sex: RECORDED_SEX.len(),
            age: leaves(DimensionId::Age),
            status: leaves(DimensionId::MigrationStatus),
            nationality: leaves(DimensionId::Nationality),
            reference: leaves(DimensionId::ReferenceCountry),
        }
    }

    pub fn persons_len(&self) -> usize {
        self.area * self.sex * self.age * self.status * self.nationality
    }

    /// Index of a persons cell; the status leaf is added separately (see `with_status`).
    #[inline]
    pub fn persons_index(
        &self,
        area: usize,
        sex: usize,
        age: usize,
        status: usize,
        nationality: usize,
    ) -> usize {
        (((area * self.sex + sex) * self.age + age) * self.status + status) * self.nationality
            + nationality
    }

    pub fn reference_index(&self, status: usize, reference: usize) -> usize {
        status * self.reference + reference
    }

    /// The sex slot of a persons cell.
    pub fn sex_of(&self, cell: usize) -> u16 {
        ((cell / (self.age * self.status * self.nationality)) % self.sex) as u16
    }
}

/// Counts in the finest cells of one reference year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearCounts {
    /// AREA x SEX x AGE x MIGRATION_STATUS x NATIONALITY leaves.
    pub persons: Vec<u32>,
    /// MIGRATION_STATUS x REFERENCE_COUNTRY leaves.
    pub reference: Vec<u32>,
    /// AREA leaves.
    pub naturalisations: Vec<u32>,
    /// AREA leaves.
    pub foreign_res8: Vec<u32>,
    /// AREA leaves: persons whose sex is recorded as D or X.
    pub persons_sex_dx: Vec<u32>,
    /// Persons with sex D or X: (their cell in `persons` as recorded, the cell of the sex they
    /// are allocated to). Rare, so a list; applied by `Aggregates::allocate_sex`.
    pub sex_moves: Vec<(u32, u32)>,
}

impl YearCounts {
    pub fn new(shape: &Shape) -> Self {
        Self {
            persons: vec![0; shape.persons_len()],
            reference: vec![0; shape.status * shape.reference],
            naturalisations: vec![0; shape.area],
            foreign_res8: vec![0; shape.area],
            persons_sex_dx: vec![0; shape.area],
            sex_moves: Vec::new(),
        }
    }

    fn add(&mut self, other: &YearCounts) {
        for (into, from) in [
            (&mut self.persons, &other.persons),
            (&mut self.reference, &other.reference),
            (&mut self.naturalisations, &other.naturalisations),
            (&mut self.foreign_res8, &other.foreign_res8),
            (&mut self.persons_sex_dx, &other.persons_sex_dx),
        ] {
            for (a, b) in into.iter_mut().zip(from) {
                *a += b;
            }
        }
        self.sex_moves.extend_from_slice(&other.sex_moves);
    }
}

/// What reading the extract found, for the run report. Holds only aggregates.
#[derive(Debug, Clone, Serialize)]
pub struct ReadReport {
    pub register: PathBuf,
    pub encoding: &'static str,
    pub delimiter: String,
    pub rows_read: u64,
    pub rows_accepted: u64,
    pub rows_rejected: u64,
    pub rejected_by_reason: BTreeMap<&'static str, u64>,
    /// Reference year -> the reference dates found (YYYY-MM-DD), usually one.
    pub reference_dates: BTreeMap<u16, Vec<String>>,
    /// Reference year -> category code -> persons.
    pub persons_by_status: BTreeMap<u16, BTreeMap<&'static str, u64>>,
    /// Reference year -> sex code as recorded (F, M, D, X) -> persons. Internal: the true
    /// counts of D and X, which published tables allocate to F and M.
    pub persons_by_sex: BTreeMap<u16, BTreeMap<&'static str, u64>>,
    pub derivation: DerivationOptions,
}

pub struct Aggregates {
    pub shape: Shape,
    pub years: BTreeMap<u16, YearCounts>,
    pub report: ReadReport,
    /// True once `allocate_sex` has moved the D and X persons to F and M in `persons`.
    pub sex_allocated: bool,
}

impl Aggregates {
    /// Counts every person with sex D or X under the sex they are allocated to (see
    /// `sex_allocation`), in place; returns how many moved per year. `persons_sex_dx` and the
    /// report keep the recorded counts. Idempotent.
    pub fn allocate_sex(&mut self) -> BTreeMap<u16, AllocationCounts> {
        let shape = self.shape;
        let mut moved = BTreeMap::new();
        for (&year, counts) in &mut self.years {
            if !self.sex_allocated {
                apply_moves(&mut counts.persons, &counts.sex_moves);
            }
            moved.insert(year, counts.allocation_counts(&shape));
        }
        self.sex_allocated = true;
        moved
    }
}

fn apply_moves(persons: &mut [u32], moves: &[(u32, u32)]) {
    for &(from, to) in moves {
        persons[from as usize] -= 1;
        persons[to as usize] += 1;
    }
}

impl YearCounts {
    /// The persons counts with every D and X person under their allocated sex (a copy).
    pub fn allocated_persons(&self) -> Vec<u32> {
        let mut persons = self.persons.clone();
        apply_moves(&mut persons, &self.sex_moves);
        persons
    }

    /// How many persons the allocation moves, by recorded and allocated sex.
    pub fn allocation_counts(&self, shape: &Shape) -> AllocationCounts {
        let mut summary = AllocationCounts::default();
        for &(from, to) in &self.sex_moves {
            match (shape.sex_of(from as usize), shape.sex_of(to as usize)) {
                (SEX_DIVERSE, SEX_FEMALE) => summary.diverse_to_female += 1,
                (SEX_DIVERSE, _) => summary.diverse_to_male += 1,
                (_, SEX_FEMALE) => summary.not_stated_to_female += 1,
                _ => summary.not_stated_to_male += 1,
            }
        }
        summary
    }
}

/// A minor with parent links whose status waits for the parents.
#[derive(Debug, Clone, Copy)]
struct Deferred {
    line: u64,
    year: u16,
    cell: u32,
    /// Cell (without status) of the allocated sex for a D or X person, else `NO_MOVE`.
    allocated: u32,
    features: PersonFeatures,
    parents: [u64; 2],
}

struct Worker<'a> {
    parser: RowParser<'a>,
    config: &'a StatsConfig,
    shape: Shape,
    options: ComputeOptions,
    excluded: &'a HashSet<u64>,
    /// Indexed by year - 1900 (the parser admits 1900-2155).
    years: Vec<Option<YearCounts>>,
    keys: Vec<u64>,
    deferred: Vec<Deferred>,
    /// Distinct (year, month, day) reference dates seen.
    dates: std::collections::BTreeSet<(u16, u8, u8)>,
    last_date: (u16, u8, u8),
    rows: u64,
    rejected: [u64; RejectReason::ALL.len()],
    first_error: Option<(u64, FieldError, String)>,
}

impl<'a> Worker<'a> {
    fn process(&mut self, chunk: &Chunk, stop: &AtomicBool) {
        for (line, text) in reader::lines(chunk) {
            if text.is_empty() {
                continue;
            }
            self.rows += 1;
            if !self.excluded.is_empty() && self.excluded.contains(&line) {
                self.rejected[RejectReason::DuplicatePersonId as usize] += 1;
                continue;
            }
            match self.parser.parse(text) {
                Ok(row) => self.count(row, line),
                Err(error) => {
                    self.rejected[error.reason as usize] += 1;
                    if !self.options.lenient {
                        let value = field_value(&self.parser, text, error.column);
                        self.first_error = Some((line, error, value));
                        stop.store(true, Ordering::Relaxed);
                        return;
                    }
                }
            }
        }
    }

    #[inline]
    fn count(&mut self, row: crate::register::ParsedRow, line: u64) {
        let config = self.config;
        let shape = self.shape;
        let date = (
            row.reference_year,
            row.reference_month_day.0,
            row.reference_month_day.1,
        );
        if date != self.last_date {
            self.last_date = date;
            self.dates.insert(date);
        }
        let slot = usize::from(row.reference_year.saturating_sub(1900));
        if self.years.len() <= slot {
            self.years.resize_with(slot + 1, || None);
        }
        let counts = self.years[slot].get_or_insert_with(|| YearCounts::new(&shape));
        let area = usize::from(row.area_leaf);
        if row.naturalised_this_year {
            counts.naturalisations[area] += 1;
        }
        if row.foreign_resident_8_years {
            counts.foreign_res8[area] += 1;
        }
        let sex = row.sex_leaf;
        let recorded_dx = sex == SEX_DIVERSE || sex == SEX_NOT_STATED;
        if recorded_dx {
            counts.persons_sex_dx[area] += 1;
        }
        let features = row.features;
        let own = status::own_background(&features, &config.countries);
        self.keys.push(pack_key(
            row.reference_year,
            row.person_id,
            PackedPerson::new(own),
        ));
        let age = usize::from(config.age_leaf[usize::from(features.age)]);
        let nationality = usize::from(config.nationality_leaf[usize::from(features.nationality_1)]);
        let cell = shape.persons_index(area, usize::from(sex), age, 0, nationality);
        // Recorded whether or not the allocation is on (D and X are rare): the cube decides.
        let allocated = if recorded_dx {
            let to = allocated_sex(
                config.sex_allocation.seed,
                row.reference_year,
                row.person_id,
            );
            shape.persons_index(area, usize::from(to), age, 0, nationality) as u32
        } else {
            NO_MOVE
        };
        if features.age < status::ADULT_AGE && row.parents != [0, 0] {
            self.deferred.push(Deferred {
                line,
                year: row.reference_year,
                cell: u32::try_from(cell).unwrap_or(u32::MAX),
                allocated,
                features,
                parents: row.parents,
            });
            return;
        }
        let links = [ParentLink::NotLinked, ParentLink::NotLinked];
        let derived = status::derive(
            &features,
            &links,
            &config.countries,
            self.options.derivation,
        );
        add_person(counts, config, &shape, cell, allocated, derived);
    }
}

/// No allocation move (the person's sex is F or M, or the allocation is off).
const NO_MOVE: u32 = u32::MAX;

#[inline]
fn add_person(
    counts: &mut YearCounts,
    config: &StatsConfig,
    shape: &Shape,
    cell_without_status: usize,
    allocated_without_status: u32,
    derived: status::MigrationStatus,
) {
    let status_leaf = usize::from(config.status_leaf(derived.category));
    let cell = cell_without_status + status_leaf * shape.nationality;
    if let Some(slot) = counts.persons.get_mut(cell) {
        *slot += 1;
        if allocated_without_status != NO_MOVE {
            let to = allocated_without_status as usize + status_leaf * shape.nationality;
            counts.sex_moves.push((cell as u32, to as u32));
        }
    }
    let reference = derived
        .country_of_reference
        .map_or(config.reference_none_leaf, |country| {
            config.reference_leaf[usize::from(country)]
        });
    let index = shape.reference_index(status_leaf, usize::from(reference));
    if let Some(slot) = counts.reference.get_mut(index) {
        *slot += 1;
    }
}

/// Longest value quoted in an error message (bytes of the file); longer ones are cut with "…".
const MAX_SHOWN_VALUE: usize = 200;

fn field_value(parser: &RowParser<'_>, line: &[u8], column: usize) -> String {
    let layout = parser.layout();
    let raw = if column >= COLUMNS.len() {
        line
    } else {
        line.split(|&byte| byte == layout.delimiter)
            .nth(layout.position[column])
            .unwrap_or(&[])
    };
    if raw.len() <= MAX_SHOWN_VALUE {
        return layout.encoding.decode(raw);
    }
    // Decoded lossily, so a cut through a UTF-8 sequence shows as one replacement character.
    let mut shown = layout.encoding.decode(&raw[..MAX_SHOWN_VALUE]);
    shown.push_str(&format!("… ({} bytes in all)", raw.len()));
    shown
}

fn problem(layout: &Layout, line: u64, error: &FieldError, value: String) -> InputProblem {
    let (column, column_name) = if error.column < COLUMNS.len() {
        (layout.position[error.column] + 1, COLUMNS[error.column])
    } else {
        (0, "(row)")
    };
    InputProblem {
        line,
        column,
        column_name,
        value,
        reason: error.reason,
        expected: error.expected.to_string(),
    }
}

/// Reads the extract and returns the base counts. Strict mode fails on the first bad row (in file
/// order); lenient mode rejects and counts. Duplicate ids are found after the pass; in lenient mode
/// the pass is repeated without the later occurrences.
pub fn aggregate(
    path: &Path,
    config: &StatsConfig,
    options: ComputeOptions,
    progress: &dyn Progress,
) -> Result<Aggregates, StatsError> {
    let mut excluded = HashSet::new();
    loop {
        let pass = run_pass(path, config, options, progress, &excluded)?;
        match pass {
            PassResult::Done(aggregates) => return Ok(*aggregates),
            PassResult::Duplicates(lines) => {
                if !options.lenient {
                    return Err(duplicate_error(path, &lines)?);
                }
                if lines.is_empty() {
                    return Err(StatsError::Argument(
                        "duplicate ids could not be located".into(),
                    ));
                }
                let before = excluded.len();
                excluded.extend(
                    lines
                        .values()
                        .flat_map(|lines| lines.iter().skip(1).copied()),
                );
                if excluded.len() == before {
                    return Err(StatsError::Argument(
                        "duplicate ids could not be removed".into(),
                    ));
                }
            }
        }
    }
}

enum PassResult {
    Done(Box<Aggregates>),
    /// (year, id) -> every line where it occurs, in file order.
    Duplicates(BTreeMap<(u16, u64), Vec<u64>>),
}

fn run_pass(
    path: &Path,
    config: &StatsConfig,
    options: ComputeOptions,
    progress: &dyn Progress,
    excluded: &HashSet<u64>,
) -> Result<PassResult, StatsError> {
    let (layout, mut chunks) = reader::open(path)?;
    let shape = Shape::of(config);
    let threads = options.threads.max(1);
    let stop = AtomicBool::new(false);
    let (sender, receiver) = mpsc::sync_channel::<Chunk>(threads * 2);
    let receiver = Arc::new(Mutex::new(receiver));
    let (give_back, taken_back) = mpsc::channel::<Vec<u8>>();
    let workers: Vec<Worker<'_>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                let receiver = Arc::clone(&receiver);
                let give_back = give_back.clone();
                let stop = &stop;
                let layout = layout.clone();
                scope.spawn(move || {
                    let mut worker = Worker {
                        parser: RowParser::new(config, layout),
                        config,
                        shape,
                        options,
                        excluded,
                        years: Vec::new(),
                        keys: Vec::new(),
                        deferred: Vec::new(),
                        dates: std::collections::BTreeSet::new(),
                        last_date: (0, 0, 0),
                        rows: 0,
                        rejected: [0; RejectReason::ALL.len()],
                        first_error: None,
                    };
                    loop {
                        let next = match receiver.lock() {
                            Ok(guard) => guard.recv(),
                            Err(_) => break,
                        };
                        let Ok(chunk) = next else { break };
                        if !stop.load(Ordering::Relaxed) {
                            worker.process(&chunk, stop);
                        }
                        // The reader may be gone already; then the buffer is simply dropped.
                        let _ = give_back.send(chunk.data);
                    }
                    worker
                })
            })
            .collect();
        let mut read_result = Ok(());
        while !stop.load(Ordering::Relaxed) {
            while let Ok(buffer) = taken_back.try_recv() {
                chunks.recycle(buffer);
            }
            match chunks.next_chunk() {
                Ok(Some(chunk)) => {
                    progress.advance(chunks.bytes_read(), chunks.total_bytes());
                    if sender.send(chunk).is_err() {
                        break;
                    }
                }
                Ok(None) => break,
                Err(error) => {
                    read_result = Err(error);
                    stop.store(true, Ordering::Relaxed);
                    break;
                }
            }
        }
        drop(sender);
        let workers = handles
            .into_iter()
            .filter_map(|handle| handle.join().ok())
            .collect::<Vec<_>>();
        read_result.map(|()| workers)
    })?;
    if workers.len() != threads {
        return Err(StatsError::Argument("a worker thread failed".into()));
    }
    if let Some((line, error, value)) = workers
        .iter()
        .filter_map(|worker| worker.first_error.as_ref())
        .min_by_key(|(line, _, _)| *line)
    {
        return Err(StatsError::Input {
            path: path.to_path_buf(),
            problem: problem(&layout, *line, error, value.clone()),
        });
    }
    finish(path, config, options, layout, shape, workers)
}

fn finish(
    path: &Path,
    config: &StatsConfig,
    options: ComputeOptions,
    layout: Layout,
    shape: Shape,
    workers: Vec<Worker<'_>>,
) -> Result<PassResult, StatsError> {
    let mut rows = 0;
    let mut rejected = [0u64; RejectReason::ALL.len()];
    let mut years: BTreeMap<u16, YearCounts> = BTreeMap::new();
    let mut keys = Vec::with_capacity(workers.len());
    let mut deferred = Vec::new();
    let mut reference_dates: BTreeMap<u16, Vec<String>> = BTreeMap::new();
    let dates: std::collections::BTreeSet<(u16, u8, u8)> = workers
        .iter()
        .flat_map(|worker| worker.dates.iter().copied())
        .collect();
    for (year, month, day) in dates {
        reference_dates
            .entry(year)
            .or_default()
            .push(format!("{year:04}-{month:02}-{day:02}"));
    }
    for worker in workers {
        rows += worker.rows;
        for (total, count) in rejected.iter_mut().zip(worker.rejected) {
            *total += count;
        }
        let worker_years = worker
            .years
            .into_iter()
            .enumerate()
            .filter_map(|(offset, counts)| Some((1900 + offset as u16, counts?)));
        for (year, counts) in worker_years {
            match years.get_mut(&year) {
                Some(existing) => existing.add(&counts),
                None => {
                    years.insert(year, counts);
                }
            }
        }
        keys.push(worker.keys);
        deferred.push(worker.deferred);
    }
    let (table, duplicates) = PersonTable::build(keys);
    if !duplicates.is_empty() {
        let wanted: HashSet<(u16, u64)> = duplicates.into_iter().collect();
        return Ok(PassResult::Duplicates(locate_persons(
            path, config, &wanted,
        )?));
    }
    let mut missing_parent: Option<(u64, usize, u64)> = None;
    for minor in deferred.into_iter().flatten() {
        let mut links = [ParentLink::NotLinked; 2];
        let mut missing = None;
        for (index, &parent) in minor.parents.iter().enumerate() {
            if parent == 0 {
                continue;
            }
            links[index] = match table.get(minor.year, parent) {
                Some(entry) => ParentLink::Found(entry.own_background()),
                None => {
                    missing.get_or_insert((index, parent));
                    ParentLink::Missing
                }
            };
        }
        if let Some((index, parent)) = missing {
            rejected[RejectReason::MissingParent as usize] += 1;
            let column = if index == 0 {
                col::PARENT_1
            } else {
                col::PARENT_2
            };
            if missing_parent.is_none_or(|(line, _, _)| minor.line < line) {
                missing_parent = Some((minor.line, column, parent));
            }
            continue;
        }
        let derived = status::derive(
            &minor.features,
            &links,
            &config.countries,
            options.derivation,
        );
        if let Some(counts) = years.get_mut(&minor.year) {
            add_person(
                counts,
                config,
                &shape,
                minor.cell as usize,
                minor.allocated,
                derived,
            );
        }
    }
    if let (false, Some((line, column, parent))) = (options.lenient, missing_parent) {
        return Err(StatsError::Input {
            path: path.to_path_buf(),
            problem: InputProblem {
                line,
                column: layout.position[column] + 1,
                column_name: COLUMNS[column],
                value: parent.to_string(),
                reason: RejectReason::MissingParent,
                expected: "the id of a person in the extract with the same reference date".into(),
            },
        });
    }
    let rows_rejected: u64 = rejected.iter().sum();
    let report = ReadReport {
        register: path.to_path_buf(),
        encoding: layout.encoding.name(),
        delimiter: char::from(layout.delimiter).to_string(),
        rows_read: rows,
        rows_accepted: rows - rows_rejected,
        rows_rejected,
        rejected_by_reason: RejectReason::ALL
            .iter()
            .map(|reason| (reason.code(), rejected[*reason as usize]))
            .collect(),
        reference_dates,
        persons_by_status: persons_by_status(config, &shape, &years),
        persons_by_sex: persons_by_sex(&shape, &years),
        derivation: options.derivation,
    };
    Ok(PassResult::Done(Box::new(Aggregates {
        shape,
        years,
        report,
        sex_allocated: false,
    })))
}

/// Persons per recorded sex and year (before any allocation).
pub fn persons_by_sex(
    shape: &Shape,
    years: &BTreeMap<u16, YearCounts>,
) -> BTreeMap<u16, BTreeMap<&'static str, u64>> {
    years
        .iter()
        .map(|(&year, counts)| {
            let mut totals = [0u64; RECORDED_SEX.len()];
            for (cell, &count) in counts.persons.iter().enumerate() {
                if count > 0 {
                    totals[usize::from(shape.sex_of(cell))] += u64::from(count);
                }
            }
            let by_sex = RECORDED_SEX
                .iter()
                .zip(totals)
                .map(|((code, _, _), total)| (*code, total))
                .collect();
            (year, by_sex)
        })
        .collect()
}

fn persons_by_status(
    config: &StatsConfig,
    shape: &Shape,
    years: &BTreeMap<u16, YearCounts>,
) -> BTreeMap<u16, BTreeMap<&'static str, u64>> {
    years
        .iter()
        .map(|(&year, counts)| {
            let by_category = Category::ALL
                .iter()
                .map(|&category| {
                    let leaf = usize::from(config.status_leaf(category));
                    let total = (0..shape.reference)
                        .map(|reference| {
                            u64::from(counts.reference[shape.reference_index(leaf, reference)])
                        })
                        .sum();
                    (category.code(), total)
                })
                .collect();
            (year, by_category)
        })
        .collect()
}

/// Finds every line holding one of the wanted (year, id) pairs (the slow path for duplicates).
fn locate_persons(
    path: &Path,
    config: &StatsConfig,
    wanted: &HashSet<(u16, u64)>,
) -> Result<BTreeMap<(u16, u64), Vec<u64>>, StatsError> {
    let (layout, mut chunks) = reader::open(path)?;
    let mut parser = RowParser::new(config, layout);
    let mut found: HashMap<(u16, u64), Vec<u64>> = HashMap::new();
    while let Some(chunk) = chunks.next_chunk()? {
        for (line, text) in reader::lines(&chunk) {
            if text.is_empty() {
                continue;
            }
            if let Ok(row) = parser.parse(text) {
                let key = (row.reference_year, row.person_id);
                if wanted.contains(&key) {
                    found.entry(key).or_default().push(line);
                }
            }
        }
    }
    Ok(found.into_iter().collect())
}

fn duplicate_error(
    path: &Path,
    lines: &BTreeMap<(u16, u64), Vec<u64>>,
) -> Result<StatsError, StatsError> {
    let (layout, _) = reader::open(path)?;
    let first = lines
        .iter()
        .filter_map(|(&(year, id), lines)| Some((*lines.get(1)?, *lines.first()?, year, id)))
        .min();
    let Some((line, first_line, year, id)) = first else {
        return Ok(StatsError::Argument(
            "duplicate person ids found but not located".into(),
        ));
    };
    Ok(StatsError::Input {
        path: path.to_path_buf(),
        problem: InputProblem {
            line,
            column: layout.position[col::PERSON_ID] + 1,
            column_name: COLUMNS[col::PERSON_ID],
            value: id.to_string(),
            reason: RejectReason::DuplicatePersonId,
            expected: format!(
                "an id not used before for reference year {year} (first used on line {first_line})"
            ),
        },
    })
}
