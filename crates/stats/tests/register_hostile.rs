//! A thousand damaged register extracts through the engine's own entry point (`pipeline::run`,
//! what `teilhabe compute` calls), in process: truncated files, UTF-16 and Latin-1 bytes, huge
//! cells (up to a line of 9 MiB), wrong delimiters, random bytes, duplicated and missing header
//! columns, bad dates and codes, broken parent links, duplicate ids, rows with extra or missing
//! fields, NUL bytes. Each must fail without a panic, with an error naming the damaged line (and
//! the damaged column, where there is one), and leave no output folder. The damage is drawn from
//! a ChaCha8 stream seeded with the case number, so a failing case replays alone.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test binary: failing loudly is the point

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};
use teilhabe_stats::StatsError;
use teilhabe_stats::aggregate::{ComputeOptions, NoProgress};
use teilhabe_stats::config::StatsConfig;
use teilhabe_stats::pipeline::{DisclosureMethod, PipelineOptions, run};
use teilhabe_stats::register::COLUMNS;
use teilhabe_stats::status::DerivationOptions;

const CASES: u64 = 1000;

/// The file's column order: the documented one with `reference_date` moved to the end, so that a
/// row cut anywhere is never a valid row (a cut date is not a date; a cut earlier loses fields).
fn order() -> Vec<&'static str> {
    let mut order = COLUMNS[1..].to_vec();
    order.push(COLUMNS[0]);
    order
}

fn at(name: &str) -> usize {
    order().iter().position(|column| *column == name).unwrap()
}

/// Columns whose every value is checked (all but `household_id`, which is not validated): any
/// byte added to one of them makes the row wrong.
fn checked_columns() -> Vec<&'static str> {
    order()
        .into_iter()
        .filter(|column| *column != "household_id")
        .collect()
}

/// The good extract as rows of fields in file order: 20 adults of Mitte and Schildesche (German,
/// naturalised, Turkish with immigration), then 10 minors linked to two of them each.
fn good_rows() -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for id in 1..=30u32 {
        let mut field = std::collections::HashMap::<&str, String>::new();
        let (district, quarter) = match id % 3 {
            0 => ("01", ""),
            1 => ("02", "0201"),
            _ => ("02", "0202"),
        };
        field.insert("reference_date", "2024-12-31".into());
        field.insert("person_id", id.to_string());
        field.insert("household_id", id.to_string());
        field.insert("district", district.into());
        field.insert("quarter", quarter.into());
        field.insert("birth_month", format!("{:02}", id % 12 + 1));
        field.insert("sex", ["f", "m", "d", "x"][id as usize % 4].into());
        if id <= 20 {
            field.insert("birth_year", (1950 + 2 * id).to_string());
            match id % 4 {
                0 => {
                    field.insert("nationality_1", "TR".into());
                    field.insert("country_of_birth", "TR".into());
                    field.insert("immigration_country", "TR".into());
                    field.insert("immigration_date", "2010-06-01".into());
                }
                1 => {
                    field.insert("nationality_1", "000".into());
                    field.insert("citizenship_acquisition", "E".into());
                    field.insert("citizenship_date", "2019-05-15".into());
                    field.insert("country_of_birth", "PL".into());
                }
                _ => {
                    field.insert("nationality_1", "DE".into());
                    field.insert("country_of_birth", "DE".into());
                }
            }
            if id % 5 == 0 {
                field.insert("nationality_2", "PL".into());
            }
        } else {
            field.insert("birth_year", (1989 + id).to_string());
            field.insert("nationality_1", "DE".into());
            field.insert("country_of_birth", "DE".into());
            field.insert("parent_1_id", (id - 20).to_string());
            field.insert("parent_2_id", (id - 19).to_string());
        }
        rows.push(
            order()
                .iter()
                .map(|column| field.get(column).cloned().unwrap_or_default())
                .collect(),
        );
    }
    rows
}

fn render(header: &[Vec<u8>], rows: &[Vec<Vec<u8>>], delimiter: u8) -> Vec<u8> {
    let mut bytes = header.join(&delimiter);
    bytes.push(b'\n');
    for row in rows {
        bytes.extend(row.join(&delimiter));
        bytes.push(b'\n');
    }
    bytes
}

fn good_parts() -> (Vec<Vec<u8>>, Vec<Vec<Vec<u8>>>) {
    let header = order()
        .iter()
        .map(|name| name.as_bytes().to_vec())
        .collect();
    let rows = good_rows()
        .into_iter()
        .map(|row| row.into_iter().map(String::into_bytes).collect())
        .collect();
    (header, rows)
}

/// Where the error must point.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    /// This column (by name), at its position in the file.
    Named(&'static str),
    /// The row or the header as a whole.
    Whole,
    /// A cut row: the field the cut went through, or the row's field count.
    Any,
}

struct Case {
    kind: &'static str,
    bytes: Vec<u8>,
    line: u64,
    column: Column,
}

const KINDS: [&str; 13] = [
    "truncated",
    "utf-16",
    "latin-1 byte in a code",
    "huge cell",
    "wrong delimiter",
    "random bytes",
    "header column duplicated or missing",
    "bad date",
    "bad code",
    "broken parent link",
    "duplicate person id",
    "extra or missing field",
    "NUL byte",
];

fn below(rng: &mut ChaCha8Rng, n: usize) -> usize {
    (rng.next_u64() % n.max(1) as u64) as usize
}

fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[below(rng, items.len())]
}

/// Inserts `what` at a random place of a random checked field of a random row; returns the
/// row's line and the column.
fn insert_into_field(
    rng: &mut ChaCha8Rng,
    rows: &mut [Vec<Vec<u8>>],
    what: &[u8],
) -> (u64, Column) {
    let row = below(rng, rows.len());
    let column = pick(rng, &checked_columns());
    let field = &mut rows[row][at(column)];
    let place = below(rng, field.len() + 1);
    field.splice(place..place, what.iter().copied());
    (row as u64 + 2, Column::Named(column))
}

fn damaged(case: u64) -> Case {
    let mut rng = ChaCha8Rng::seed_from_u64(case);
    let kind = KINDS[case as usize % KINDS.len()];
    let (mut header, mut rows) = good_parts();
    let good = render(&header, &rows, b';');
    let mut line = 1;
    let mut column = Column::Whole;
    let bytes = match kind {
        "truncated" => {
            // Cut inside a line (never at its end, which would leave a good, shorter file).
            let mut starts = vec![0];
            starts.extend(
                good.iter()
                    .enumerate()
                    .filter(|(_, byte)| **byte == b'\n')
                    .map(|(at, _)| at + 1),
            );
            starts.pop();
            let cut_line = below(&mut rng, starts.len());
            let start = starts[cut_line];
            let end = good[start..]
                .iter()
                .position(|byte| *byte == b'\n')
                .unwrap()
                + start;
            let cut = start + 1 + below(&mut rng, end - start - 1);
            line = cut_line as u64 + 1;
            if line > 1 {
                column = Column::Any;
            }
            good[..cut].to_vec()
        }
        "utf-16" => {
            let units = String::from_utf8(good)
                .unwrap()
                .encode_utf16()
                .collect::<Vec<_>>();
            let big_endian = rng.next_u64().is_multiple_of(2);
            let mut bytes = Vec::new();
            if rng.next_u64().is_multiple_of(2) {
                bytes.extend(if big_endian {
                    [0xFE, 0xFF]
                } else {
                    [0xFF, 0xFE]
                });
            }
            for unit in units {
                bytes.extend(if big_endian {
                    unit.to_be_bytes()
                } else {
                    unit.to_le_bytes()
                });
            }
            bytes
        }
        "latin-1 byte in a code" => {
            let byte = pick(&mut rng, &[0xE4u8, 0xF6, 0xFC, 0xDF, 0xC4, 0xA0]);
            (line, column) = insert_into_field(&mut rng, &mut rows, &[byte]);
            render(&header, &rows, b';')
        }
        "huge cell" => {
            // Every 25th of them a line of 9 MiB, longer than the reader's chunks.
            let size = if (case / KINDS.len() as u64).is_multiple_of(25) {
                9 << 20
            } else {
                1024 + below(&mut rng, 256 * 1024)
            };
            let letter = pick(&mut rng, b"xyzQ");
            (line, column) = insert_into_field(&mut rng, &mut rows, &vec![letter; size]);
            if size > 4 << 20 {
                // The reader stops at the line itself, before any field is looked at.
                column = Column::Whole;
            }
            render(&header, &rows, b';')
        }
        "wrong delimiter" => match below(&mut rng, 4) {
            // The rows in another delimiter than the header: line 2 has one field.
            0 => {
                let mut bytes = header.join(&b';');
                bytes.push(b'\n');
                bytes.extend(render(&[], &rows, pick(&mut rng, b",\t|"))[1..].iter());
                line = 2;
                bytes
            }
            // One row in another delimiter.
            1 => {
                let row = below(&mut rng, rows.len());
                let other = pick(&mut rng, b",\t|:");
                let mut bytes = header.join(&b';');
                bytes.push(b'\n');
                for (index, fields) in rows.iter().enumerate() {
                    bytes.extend(fields.join(if index == row { &other } else { &b';' }));
                    bytes.push(b'\n');
                }
                line = row as u64 + 2;
                bytes
            }
            // A delimiter that is not one: the header is one unknown name.
            2 => render(&header, &rows, pick(&mut rng, b":#/ ")),
            // The header's delimiter replaced by a space.
            _ => {
                let mut bytes = header.join(&b' ');
                bytes.push(b'\n');
                bytes.extend(render(&[], &rows, b';')[1..].iter());
                bytes
            }
        },
        "random bytes" => {
            let n = 1 + below(&mut rng, 8192);
            let mut bytes = vec![0u8; n];
            rng.fill_bytes(&mut bytes);
            bytes
        }
        "header column duplicated or missing" => {
            let victim = below(&mut rng, header.len());
            match below(&mut rng, 3) {
                // Another column's name twice: the victim's is missing.
                0 => {
                    let other = (victim + 1 + below(&mut rng, header.len() - 1)) % header.len();
                    header[victim] = header[other].clone();
                }
                // A name left out, the rows unchanged.
                1 => {
                    header.remove(victim);
                }
                // A name added twice: the header has one field more than every row.
                _ => {
                    header.push(header[victim].clone());
                    line = 2;
                }
            }
            render(&header, &rows, b';')
        }
        "bad date" => {
            let row = below(&mut rng, rows.len());
            line = row as u64 + 2;
            let (name, value): (&'static str, &[u8]) = pick(
                &mut rng,
                &[
                    ("reference_date", b"2024-02-30".as_slice()),
                    ("reference_date", b"2024-13-01"),
                    ("reference_date", b"31.12.2024"),
                    ("reference_date", b"2024-12-3"),
                    ("reference_date", b"2024-12-31T00:00"),
                    ("reference_date", b"1899-12-31"),
                    ("reference_date", b""),
                    ("birth_year", b"2030"),
                    ("birth_year", b"1850"),
                    ("birth_month", b"13"),
                    ("birth_month", b"0"),
                    ("citizenship_date", b"2025-01-01"),
                    ("citizenship_date", b"2019-02-29"),
                    ("immigration_date", b"1900-01-01"),
                    ("immigration_date", b"2010/06/01"),
                ],
            );
            rows[row][at(name)] = value.to_vec();
            column = Column::Named(name);
            render(&header, &rows, b';')
        }
        "bad code" => {
            let row = below(&mut rng, rows.len());
            line = row as u64 + 2;
            let (name, value): (&'static str, &[u8]) = pick(
                &mut rng,
                &[
                    ("sex", b"q".as_slice()),
                    ("sex", b""),
                    ("nationality_1", b"QQ"),
                    ("nationality_1", b""),
                    ("nationality_2", b"1633"),
                    ("district", b"99"),
                    ("district", b""),
                    ("quarter", b"0299"),
                    ("citizenship_acquisition", b"Z"),
                    ("country_of_birth", b"D"),
                    ("immigration_country", b"Turkey"),
                    ("person_id", b"0"),
                    ("person_id", b"1099511627776"),
                    ("person_id", b"-3"),
                ],
            );
            rows[row][at(name)] = value.to_vec();
            // District 01 has no quarters: a quarter there is a wrong quarter too.
            column = Column::Named(name);
            render(&header, &rows, b';')
        }
        "broken parent link" => {
            // Minors are the rows of ids 21 to 30 (lines 22 to 31).
            let row = 20 + below(&mut rng, 10);
            let name = pick(&mut rng, &["parent_1_id", "parent_2_id"]);
            let value = match below(&mut rng, 3) {
                0 => (1000 + below(&mut rng, 100_000)).to_string(),
                1 => (row + 1).to_string(),
                _ => "x".into(),
            };
            rows[row][at(name)] = value.into_bytes();
            line = row as u64 + 2;
            column = Column::Named(name);
            render(&header, &rows, b';')
        }
        "duplicate person id" => {
            // Among the adults (ids 1 to 20), whose ids no child names as its own.
            let first = below(&mut rng, 20);
            let second = (first + 1 + below(&mut rng, 19)) % 20;
            rows[second][at("person_id")] = rows[first][at("person_id")].clone();
            line = first.max(second) as u64 + 2;
            column = Column::Named("person_id");
            render(&header, &rows, b';')
        }
        "extra or missing field" => {
            let row = below(&mut rng, rows.len());
            if rng.next_u64().is_multiple_of(2) {
                rows[row].push(b"extra".to_vec());
            } else {
                let drop = below(&mut rng, rows[row].len());
                rows[row].remove(drop);
            }
            line = row as u64 + 2;
            render(&header, &rows, b';')
        }
        "NUL byte" => {
            if rng.next_u64().is_multiple_of(4) {
                let name = below(&mut rng, header.len());
                let place = below(&mut rng, header[name].len() + 1);
                header[name].insert(place, 0);
            } else {
                (line, column) = insert_into_field(&mut rng, &mut rows, &[0]);
            }
            render(&header, &rows, b';')
        }
        other => unreachable!("{other}"),
    };
    Case {
        kind,
        bytes,
        line,
        column,
    }
}

fn options() -> PipelineOptions {
    PipelineOptions {
        compute: ComputeOptions {
            threads: 2,
            lenient: false,
            derivation: DerivationOptions::default(),
        },
        disclosure: DisclosureMethod::Suppression {
            min_count: 3,
            audit: false,
            repair_rounds: 20,
        },
        indicators_dir: None,
        created: "2026-12-02T00:00:00Z".into(),
        base_counts: None,
    }
}

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// Panics anywhere in the process (the engine's worker threads included, whose panics `run`
/// would otherwise turn into an error).
static PANICS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_thousand_damaged_register_extracts_fail_cleanly_naming_the_line() {
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));
    let config = StatsConfig::load(&data(), "bielefeld").unwrap();
    let options = options();
    let dir = tempfile::tempdir().unwrap();

    // The good extract computes (so the damage is what the cases test).
    let (header, rows) = good_parts();
    let good = dir.path().join("good.csv");
    std::fs::write(&good, render(&header, &rows, b';')).unwrap();
    let summary = run(
        &good,
        &dir.path().join("good-out"),
        &config,
        &options,
        &NoProgress,
    )
    .unwrap_or_else(|error| panic!("the good extract: {error}"));
    assert_eq!(summary.rows_read, 30);
    assert_eq!(summary.rows_rejected, 0);

    let mut seen = std::collections::BTreeMap::<&str, usize>::new();
    for case in 0..CASES {
        let Case {
            kind,
            bytes,
            line,
            column,
        } = damaged(case);
        *seen.entry(kind).or_default() += 1;
        let register = dir.path().join("register.csv");
        std::fs::write(&register, &bytes).unwrap();
        let out = dir.path().join(format!("out-{case}"));
        let panics = PANICS.load(Ordering::SeqCst);
        let result = catch_unwind(AssertUnwindSafe(|| {
            run(&register, &out, &config, &options, &NoProgress)
        }));
        let what = format!("case {case} ({kind}, line {line}, {column:?})");
        let result = result.unwrap_or_else(|_| panic!("{what} panicked"));
        assert_eq!(
            PANICS.load(Ordering::SeqCst),
            panics,
            "{what}: a thread panicked"
        );
        let error = match result {
            Ok(summary) => panic!("{what} was computed: {} rows", summary.rows_read),
            Err(error) => error,
        };
        let message = error.to_string();
        assert!(
            message.len() < 2000,
            "{what}: the message stays readable ({} bytes): {}",
            message.len(),
            message.chars().take(300).collect::<String>()
        );
        assert!(
            message.contains(&format!("line {line}")),
            "{what}: the message names the line: {message}"
        );
        match (&error, column) {
            (StatsError::Layout { line: found, .. }, Column::Whole | Column::Any) => {
                assert_eq!(*found, line, "{what}: {message}");
            }
            (StatsError::Input { problem, .. }, _) => {
                assert_eq!(problem.line, line, "{what}: {message}");
                match column {
                    Column::Named(name) => {
                        assert_eq!(problem.column_name, name, "{what}: {message}");
                        assert_eq!(problem.column, at(name) + 1, "{what}: {message}");
                        assert!(
                            message.contains(&format!("column {} ({name})", at(name) + 1)),
                            "{what}: {message}"
                        );
                    }
                    Column::Whole => {
                        assert_eq!(problem.column_name, "(row)", "{what}: {message}")
                    }
                    Column::Any => {}
                }
            }
            (other, _) => panic!("{what}: unexpected error {other:?}"),
        }
        assert!(!out.exists(), "{what}: an output folder was written");
    }
    assert_eq!(
        seen.len(),
        KINDS.len(),
        "every kind of damage ran: {seen:?}"
    );
}
