//! How much of a table file is read: every reader (CSV, XLSX, GENESIS, cubes, measures) stops at
//! these limits with a problem that names the limit and the setting that changes it, so that a
//! hostile or broken file cannot take the memory or the time of the process that reads it.
//!
//! The defaults fit the files a city gets (a GENESIS table of a large city is a few MiB, the
//! statistics engine's output a few tens); operators change them in the configuration
//! (docs/guides/operators.md, "Limits for uploaded and imported files").

use crate::error::{Place, Problems};

/// The limits of one read. `Limits::default()` holds the documented defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Limits {
    /// The size of a table file, of the unpacked contents of a workbook (all its zip entries
    /// together) and of the text of all cells read, in bytes.
    pub bytes: u64,
    /// Cells read (a worksheet's empty cells left of a used one count too).
    pub cells: u64,
    /// Lines of a CSV file, rows of a worksheet.
    pub rows: u64,
    /// The text of one cell, in bytes (Excel's own limit is 32,767 characters).
    pub cell_bytes: u64,
}

pub const DEFAULT_BYTES: u64 = 64 * 1024 * 1024;
pub const DEFAULT_CELLS: u64 = 2_000_000;
pub const DEFAULT_ROWS: u64 = 1_048_576;
pub const DEFAULT_CELL_BYTES: u64 = 128 * 1024;

impl Default for Limits {
    fn default() -> Self {
        Limits {
            bytes: DEFAULT_BYTES,
            cells: DEFAULT_CELLS,
            rows: DEFAULT_ROWS,
            cell_bytes: DEFAULT_CELL_BYTES,
        }
    }
}

/// One of the limits, with the names an operator sets it by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Bytes,
    Cells,
    Rows,
    CellBytes,
}

impl Limit {
    /// The key in the configuration file (`[limits]` table).
    pub fn key(self) -> &'static str {
        match self {
            Limit::Bytes => "table_bytes",
            Limit::Cells => "table_cells",
            Limit::Rows => "table_rows",
            Limit::CellBytes => "cell_bytes",
        }
    }

    /// The environment variable.
    pub fn variable(self) -> &'static str {
        match self {
            Limit::Bytes => "TEILHABE_MAX_TABLE_BYTES",
            Limit::Cells => "TEILHABE_MAX_TABLE_CELLS",
            Limit::Rows => "TEILHABE_MAX_TABLE_ROWS",
            Limit::CellBytes => "TEILHABE_MAX_CELL_BYTES",
        }
    }

    fn unit(self) -> &'static str {
        match self {
            Limit::Bytes | Limit::CellBytes => "bytes",
            Limit::Cells => "cells",
            Limit::Rows => "rows",
        }
    }
}

impl Limits {
    pub fn get(&self, limit: Limit) -> u64 {
        match limit {
            Limit::Bytes => self.bytes,
            Limit::Cells => self.cells,
            Limit::Rows => self.rows,
            Limit::CellBytes => self.cell_bytes,
        }
    }

    /// The problem of a file that goes past `limit`: what was found, the limit, how to change it.
    pub fn exceeded(&self, file: &str, place: Place, limit: Limit, found: &str) -> Problems {
        Problems::one(
            file,
            place,
            format!(
                "{found}; the limit is {} {} (setting `{}` in [limits] of the configuration or {}); nothing was read",
                group(self.get(limit)),
                limit.unit(),
                limit.key(),
                limit.variable()
            ),
        )
    }

    /// Refuses a file larger than the byte limit before anything of it is read.
    pub fn check_size(&self, file: &str, size: usize) -> Result<(), Problems> {
        if size as u64 > self.bytes {
            Err(self.exceeded(
                file,
                Place::default(),
                Limit::Bytes,
                &format!("the file has {} bytes", group(size as u64)),
            ))
        } else {
            Ok(())
        }
    }
}

/// 2000000 as "2,000,000": limits are read by people.
pub fn group(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped() {
        assert_eq!(group(0), "0");
        assert_eq!(group(999), "999");
        assert_eq!(group(2_000_000), "2,000,000");
        assert_eq!(group(17_179_869_184), "17,179,869,184");
    }

    #[test]
    fn a_problem_names_the_limit_and_its_settings() {
        let problem = Limits::default()
            .check_size("f.csv", 70 * 1024 * 1024)
            .unwrap_err();
        let text = problem.to_string();
        assert!(text.contains("67,108,864 bytes"), "{text}");
        assert!(text.contains("TEILHABE_MAX_TABLE_BYTES"), "{text}");
        assert!(Limits::default().check_size("f.csv", 10).is_ok());
    }

    #[test]
    fn a_file_of_exactly_the_limit_is_read() {
        let limits = Limits {
            bytes: 100,
            ..Limits::default()
        };
        assert!(limits.check_size("f.csv", 100).is_ok());
        let text = limits.check_size("f.csv", 101).unwrap_err().to_string();
        assert!(
            text.contains("the file has 101 bytes; the limit is 100 bytes"),
            "{text}"
        );
    }

    /// Each limit's problem names the setting and the variable the operators' guide lists for
    /// it, in the guide's unit, and the guide states the real default.
    #[test]
    fn every_limit_names_the_settings_the_operators_guide_documents() {
        let guide = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/guides/operators.md"),
        )
        .unwrap();
        let limits = Limits {
            bytes: 1_001,
            cells: 1_002,
            rows: 1_003,
            cell_bytes: 1_004,
        };
        for (limit, value, unit) in [
            (Limit::Bytes, "1,001", "bytes"),
            (Limit::Cells, "1,002", "cells"),
            (Limit::Rows, "1,003", "rows"),
            (Limit::CellBytes, "1,004", "bytes"),
        ] {
            let row = guide
                .lines()
                .find(|line| line.starts_with(&format!("| `{}` |", limit.key())))
                .unwrap_or_else(|| panic!("no row for {limit:?} in the guide"));
            assert!(row.contains(&format!("`{}`", limit.variable())), "{row}");
            assert!(
                row.contains(&format!("| {} ", Limits::default().get(limit))),
                "{row}"
            );
            let text = limits
                .exceeded("f.csv", Place::default(), limit, "too much")
                .to_string();
            assert!(
                text.contains(&format!(
                    "too much; the limit is {value} {unit} (setting `{}` in [limits] of the configuration or {})",
                    limit.key(),
                    limit.variable()
                )),
                "{text}"
            );
        }
    }
}
