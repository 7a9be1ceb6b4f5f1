//! A thousand damaged files per importer, read in process: none may panic, each gets a clear
//! problem naming the file (and the limit, where one was passed), and nothing is stored (the row
//! counts of every table are the same before and after). The same files also go through the
//! import workflow the CLI and the web share (`import_table`, `import_cubes`) against a real
//! database. Hostile files against the running server are in crates/cli/tests/it/hostile.rs.
//!
//! The table and cube workflows run on both backends: all 1,000 cases against SQLite, and on
//! PostgreSQL the cases of [`postgres_cases`] (200: every fifth block of ten consecutive cases,
//! so each kind of damage appears 20 times). The readers are the same on both; what differs is
//! the store, which must hold nothing new on either. Measured (debug, the two store tests,
//! one thread, a shared 2-core machine): SQLite alone 11.9 s; with these 200 on PostgreSQL
//! 23.9 s; with all 1,000 on PostgreSQL 43.1 s. The 800 more cases add no kind of damage, so the
//! subset it is.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, HashMap};

use bytes::Bytes;
use teilhabe_app::Actor;
use teilhabe_app::monitoring::importing::{
    CubesUpload, ImportFailure, ImportRun, Parsing, TableUpload, import_cubes, import_table,
};
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::measure::{COLUMNS, parse_row};
use teilhabe_domain::monitoring::{IndicatorDef, parse_indicator};
use teilhabe_import::records;
use teilhabe_import::{Limits, Mapping, Problems};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::hostile::{damaged_csv, damaged_xlsx};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, row_counts, workspace_root};

const CASES: u64 = 1000;

/// Small limits, so that "huge" files stay small and the thousand cases run in seconds.
const LIMITS: Limits = Limits {
    bytes: 256 * 1024,
    cells: 20_000,
    rows: 10_000,
    cell_bytes: 4096,
};

fn demo(name: &str) -> Vec<u8> {
    std::fs::read(workspace_root().join("data/demo/monitoring").join(name)).unwrap()
}

fn catalogue() -> Vec<IndicatorDef> {
    let dir = workspace_root().join("data/indicators/bielefeld");
    let mut indicators = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "toml") {
            indicators.push(parse_indicator(&std::fs::read_to_string(path).unwrap()).unwrap());
        }
    }
    indicators
}

async fn prepared_store(database: &TestDatabase) -> Store {
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let concept =
        std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
    let now = jiff::Timestamp::now();
    store
        .save_concept(&parse_concept(&concept).unwrap(), "test", now)
        .await
        .unwrap();
    store
        .save_catalogue("bielefeld", &catalogue(), "test", now)
        .await
        .unwrap();
    store
}

/// Every problem names the file; a problem about a limit names its setting.
fn assert_clear(file: &str, kind: &str, case: u64, problems: &[String]) {
    assert!(!problems.is_empty(), "case {case} ({kind}): no problem");
    for problem in problems {
        assert!(
            problem.starts_with(file),
            "case {case} ({kind}): the problem names the file: {problem}"
        );
        if problem.contains("the limit is") {
            assert!(problem.contains("TEILHABE_MAX_"), "{problem}");
        }
    }
    if matches!(
        kind,
        "huge cell" | "many empty cells" | "many cells" | "zip bomb"
    ) {
        assert!(
            problems.iter().any(|p| p.contains("the limit is")),
            "case {case} ({kind}) names the limit: {problems:?}"
        );
    }
}

fn texts(problems: &Problems) -> Vec<String> {
    problems.0.iter().map(ToString::to_string).collect()
}

/// The cases run on `backend`: all on SQLite; on PostgreSQL every fifth block of ten consecutive
/// cases (200, each kind of damage 20 times).
fn cases(backend: Backend) -> Vec<u64> {
    match backend {
        Backend::Sqlite => (0..CASES).collect(),
        Backend::Postgres => postgres_cases(),
    }
}

fn postgres_cases() -> Vec<u64> {
    (0..CASES)
        .filter(|case| (case / 10).is_multiple_of(5))
        .collect()
}

/// Runs the `cases` damaged table files through the reader and the import workflow.
async fn table_cases(
    store: &Store,
    url: &str,
    cases: &[u64],
    file_name: &str,
    mapping_text: &str,
    make: impl Fn(u64) -> (String, Vec<u8>),
) {
    let mapping = Mapping::parse(mapping_text).unwrap();
    let catalogue = catalogue();
    let parsing = Parsing::new(LIMITS, 2);
    let before: BTreeMap<String, i64> = row_counts(url).await;
    assert!(
        before.values().filter(|rows| **rows > 0).count() > 2,
        "the concept's tables are counted: {before:?}"
    );
    for &case in cases {
        let (kind, bytes) = make(case);
        // In process: a panic here fails the test with the case number.
        let problems = match teilhabe_import::read_file_within(
            file_name, &bytes, &mapping, &catalogue, &LIMITS,
        ) {
            Ok(file) => panic!(
                "case {case} ({kind}) was read: {} figures",
                file.observations.len()
            ),
            Err(problems) => texts(&problems),
        };
        assert_clear(file_name, &kind, case, &problems);
        // The shared workflow (what `teilhabe import table` and the upload run).
        let upload = TableUpload {
            file_name,
            bytes: Bytes::from(bytes),
            mapping_name: "m.toml",
            mapping_text,
        };
        let run = ImportRun {
            city: Some("bielefeld"),
            actor: &Actor::Operator("test".into()),
            now: jiff::Timestamp::now(),
            dry_run: false,
            parsing: &parsing,
        };
        match import_table(store, &upload, &run).await {
            Err(ImportFailure::Problems(found)) => assert_eq!(found, problems),
            Err(other) => panic!("case {case} ({kind}): {other}"),
            Ok(_) => panic!("case {case} ({kind}) was imported"),
        }
    }
    assert_eq!(row_counts(url).await, before, "{file_name}: nothing stored");
}

#[tokio::test]
async fn a_thousand_damaged_tables_of_each_format_store_nothing() {
    for backend in BACKENDS {
        damaged_tables_store_nothing(backend).await;
    }
}

async fn damaged_tables_store_nothing(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = prepared_store(&database).await;
    let cases = cases(backend);
    assert!(cases.len() >= 200, "{backend:?}: {} cases", cases.len());

    let table = demo("vhs-kurse-kinderbetreuung.csv");
    let table_mapping = String::from_utf8(demo("vhs-kurse-kinderbetreuung.mapping.toml")).unwrap();
    table_cases(
        &store,
        &database.url,
        &cases,
        "vhs.csv",
        &table_mapping,
        |case| {
            damaged_csv(
                &table,
                case,
                LIMITS.cell_bytes as usize,
                LIMITS.cells as usize,
            )
        },
    )
    .await;

    let genesis = demo("arbeitslosenquote-genesis-alt_flat.csv");
    let genesis_mapping =
        String::from_utf8(demo("arbeitslosenquote-genesis-alt_flat.mapping.toml")).unwrap();
    table_cases(
        &store,
        &database.url,
        &cases,
        "genesis.csv",
        &genesis_mapping,
        |case| {
            damaged_csv(
                &genesis,
                case,
                LIMITS.cell_bytes as usize,
                LIMITS.cells as usize,
            )
        },
    )
    .await;

    let workbook = demo("frauen-untypische-berufe.xlsx");
    let workbook_mapping =
        String::from_utf8(demo("frauen-untypische-berufe.mapping.toml")).unwrap();
    table_cases(
        &store,
        &database.url,
        &cases,
        "berufe.xlsx",
        &workbook_mapping,
        |case| {
            damaged_xlsx(
                &workbook,
                case,
                LIMITS.bytes as usize,
                LIMITS.cells as usize,
            )
        },
    )
    .await;
}

const CUBES: &str = "indicator,time_period,breakdown,numerator,denominator,value,obs_status,exact,ci_low,ci_high,reference_value,gap_reference_difference,gap_reference_ratio,gap_reference_ci_low,gap_reference_ci_high,whole_value,gap_whole_difference,gap_whole_ratio\n\
population_mh_share,2023,AREA=_T;SEX=_T,124000,338410,36.6420,A,true,36.4800,36.8000,,,,,,,,\n\
population_mh_share,2023,AREA=01;SEX=_T,38000,81616,46.5595,A,true,46.2100,46.9000,,,,,,,,\n";

#[tokio::test]
async fn a_thousand_damaged_cube_files_store_nothing() {
    for backend in BACKENDS {
        damaged_cube_files_store_nothing(backend).await;
    }
}

async fn damaged_cube_files_store_nothing(backend: Backend) {
    let database = TestDatabase::new(backend).await;
    let store = prepared_store(&database).await;
    let catalogue = catalogue();
    // The good file is read (so the damage is what the cases test).
    teilhabe_import::cubes::read_cubes_within("cubes", CUBES.as_bytes(), None, &catalogue, &LIMITS)
        .unwrap();
    let parsing = Parsing::new(LIMITS, 2);
    let before = row_counts(&database.url).await;
    let cases = cases(backend);
    assert!(cases.len() >= 200, "{backend:?}: {} cases", cases.len());
    for case in cases {
        let (kind, bytes) = damaged_csv(
            CUBES.as_bytes(),
            case,
            LIMITS.cell_bytes as usize,
            LIMITS.cells as usize,
        );
        let problems = match teilhabe_import::cubes::read_cubes_within(
            "cubes", &bytes, None, &catalogue, &LIMITS,
        ) {
            // Damage that leaves no linked figure is refused by the workflow below.
            Ok(read) if read.file.observations.is_empty() => Vec::new(),
            Ok(read) => panic!(
                "case {case} ({kind}) was read: {} figures",
                read.file.observations.len()
            ),
            Err(problems) => texts(&problems),
        };
        if !problems.is_empty() {
            assert_clear("cubes/", &kind, case, &problems);
        }
        let upload = CubesUpload {
            name: "cubes",
            indicators: Bytes::from(bytes),
            metadata: None,
        };
        let run = ImportRun {
            city: Some("bielefeld"),
            actor: &Actor::Operator("test".into()),
            now: jiff::Timestamp::now(),
            dry_run: false,
            parsing: &parsing,
        };
        match import_cubes(&store, &upload, &run).await {
            Err(ImportFailure::Problems(found)) => {
                assert!(found.iter().all(|p| p.starts_with("cubes")), "{found:?}")
            }
            Err(other) => panic!("case {case} ({kind}): {other}"),
            Ok(_) => panic!("case {case} ({kind}) was imported"),
        }
    }
    assert_eq!(row_counts(&database.url).await, before, "{backend:?}");
}

#[test]
fn a_thousand_damaged_measure_files_are_refused_by_the_reader() {
    let good = std::fs::read(workspace_root().join("data/demo/measures-bielefeld.csv")).unwrap();
    let required = ["title_de", "recommendations", "working_group"];
    for case in 0..CASES {
        let (kind, bytes) = damaged_csv(
            &good,
            case,
            LIMITS.cell_bytes as usize,
            LIMITS.cells as usize,
        );
        // Workbooks among the damage are read as workbooks, as their name would say.
        let name = if bytes.starts_with(b"PK") {
            "measures.xlsx"
        } else {
            "measures.csv"
        };
        match records::read_table(name, &bytes, &LIMITS) {
            Err(problems) => assert_clear(name, &kind, case, &texts(&problems)),
            // Read as a table, the import refuses it as `import measures` does: an unknown
            // column, a required one missing, or a row that does not parse.
            Ok(table) => {
                let unknown = table
                    .header
                    .iter()
                    .any(|name| !COLUMNS.contains(&name.as_str()));
                let missing = !required
                    .iter()
                    .all(|column| table.header.iter().any(|name| name == column));
                let bad_row = table.rows.iter().any(|(_, cells)| {
                    let row: HashMap<String, String> = table
                        .header
                        .iter()
                        .cloned()
                        .zip(cells.iter().cloned())
                        .collect();
                    parse_row(&row).is_err()
                });
                assert!(
                    unknown || missing || bad_row,
                    "case {case} ({kind}): the damaged file is a valid measures table: {:?}",
                    table.header
                );
            }
        }
    }
}

#[test]
fn a_thousand_damaged_measure_workbooks_are_refused() {
    // A good measures workbook: the header and one row, as `export measures` writes them.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (column, (name, value)) in [
        ("title_de", "Sprachcafé"),
        ("recommendations", "sport-1"),
        ("working_group", "sport"),
    ]
    .into_iter()
    .enumerate()
    {
        sheet.write_string(0, column as u16, name).unwrap();
        sheet.write_string(1, column as u16, value).unwrap();
    }
    let good = book.save_to_buffer().unwrap();
    let table = records::read_table("m.xlsx", &good, &LIMITS).unwrap();
    assert_eq!(table.rows.len(), 1);
    for case in 0..CASES {
        let (kind, bytes) = damaged_xlsx(&good, case, LIMITS.bytes as usize, LIMITS.cells as usize);
        match records::read_table("m.xlsx", &bytes, &LIMITS) {
            Err(problems) => assert_clear("m.xlsx", &kind, case, &texts(&problems)),
            Ok(table) => panic!("case {case} ({kind}) was read: {:?}", table.header),
        }
    }
}

#[test]
fn a_thousand_damaged_concepts_are_refused() {
    let concept = std::fs::read(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
    for case in 0..CASES {
        let (kind, bytes) = damaged_csv(&concept, case, 4096, 20_000);
        let text = String::from_utf8_lossy(&bytes);
        match parse_concept(&text) {
            Err(problems) => assert!(!problems.is_empty()),
            // A long text inside a TOML string is still a valid file; every other damage is not.
            Ok(_) => assert_eq!(kind, "huge cell", "concept case {case} ({kind}) was read"),
        }
    }
}

#[test]
fn a_thousand_damaged_indicator_files_are_refused() {
    let indicator =
        std::fs::read(workspace_root().join("data/indicators/bielefeld/arbeitslosenquote.toml"))
            .unwrap();
    for case in 0..CASES {
        let (kind, bytes) = damaged_csv(&indicator, case, 4096, 20_000);
        let text = String::from_utf8_lossy(&bytes);
        match parse_indicator(&text) {
            Err(problems) => assert!(!problems.is_empty()),
            Ok(_) => assert_eq!(kind, "huge cell", "indicator case {case} ({kind}) was read"),
        }
    }
}
