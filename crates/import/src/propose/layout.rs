//! The layout of a file without a mapping: its format (XLSX by its bytes, a GENESIS flat file by
//! its header names, otherwise a table with a header row), encoding, delimiter, decimal mark,
//! header row and whether the years are columns. Read with the import's bounded readers.

use teilhabe_domain::monitoring::DecimalMark;

use super::Reading;
use crate::error::{Place, Problems};
use crate::grid::{self, Grid, Row};
use crate::limits::Limits;
use crate::mapping::Format;
use crate::table::{is_end_of_data, year_of};
use crate::text::{self, Encoding};

/// A file as read: its grid and where its parts are.
pub struct Read {
    pub reading: Reading,
    pub grid: Grid,
    /// Index (into `grid.rows`) of the header row.
    pub header: usize,
    /// Indexes of the data rows.
    pub data: Vec<usize>,
    /// Text above the header (a classic export's or a worksheet's title).
    pub titles: Vec<String>,
}

impl Read {
    pub fn header_row(&self) -> &Row {
        &self.grid.rows[self.header]
    }

    /// The cells of column `index` in the data rows.
    pub fn column(&self, index: usize) -> impl Iterator<Item = &str> {
        self.data
            .iter()
            .map(move |&row| self.grid.rows[row].cell(index).trim())
    }
}

/// The header names that make a GENESIS flat file (current and older German variant).
fn is_genesis_header(row: &Row) -> bool {
    let has = |name: &str| {
        row.cells
            .iter()
            .any(|cell| cell.trim().eq_ignore_ascii_case(name))
    };
    (has("time") && has("1_variable_code")) || (has("Zeit") && has("1_Merkmal_Code"))
}

pub fn read(file: &str, bytes: &[u8], limits: &Limits) -> Result<Read, Problems> {
    limits.check_size(file, bytes.len())?;
    let (grid, format, encoding, delimiter) = if bytes.starts_with(b"PK\x03\x04") {
        let grid = grid::from_xlsx(file, bytes, None, limits)?;
        (grid, Format::Xlsx, "xlsx", None)
    } else {
        let (text, encoding) = text::decode(file, bytes, Encoding::Auto)?;
        if text.contains('\0') {
            return Err(Problems::one(
                file,
                Place::default(),
                "the file is neither a CSV text nor an XLSX workbook",
            ));
        }
        let delimiter = grid::guess_delimiter(text.strip_prefix('\u{feff}').unwrap_or(&text));
        let grid = grid::from_csv(file, &text, Some(delimiter), limits)?;
        let format = match grid.rows.first() {
            Some(first) if is_genesis_header(first) => Format::Genesis,
            _ => Format::Table,
        };
        (grid, format, encoding, Some(delimiter))
    };
    crate::refuse_person_level(file, &grid)?;
    let Some(header) = find_header(&grid, format) else {
        return Err(Problems::one(
            file,
            Place::default(),
            "the file has no header row with at least two named columns and data below it",
        ));
    };
    let header_row = &grid.rows[header];
    let year_columns = format != Format::Genesis && is_wide(header_row);
    let mut data = Vec::new();
    for (index, row) in grid.rows.iter().enumerate().skip(header + 1) {
        if format == Format::Genesis {
            if !row.is_blank() {
                data.push(index);
            }
        } else if is_end_of_data(row) {
            break;
        } else {
            data.push(index);
        }
    }
    if data.is_empty() {
        return Err(Problems::one(
            file,
            grid.row_place(header_row.line),
            "the file has a header but no rows of data below it",
        ));
    }
    let titles = grid.rows[..header]
        .iter()
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| cell.trim())
                .filter(|cell| !cell.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|line| !line.is_empty())
        .collect();
    let reading = Reading {
        format,
        encoding,
        delimiter,
        decimal: DecimalMark::Auto,
        sheet: grid.sheet.clone(),
        header_row: Some(header_row.line),
        header_row_in_mapping: false,
        year_columns,
    };
    Ok(Read {
        reading,
        grid,
        header,
        data,
        titles,
    })
}

/// The header row: GENESIS files have it first. A table has it just above its data: the last
/// row with at least two cells, one of them text, before the first row with a number that is
/// no year (title lines and notes above have fewer cells or none). Without such a row, the
/// first of the widest rows that has text.
fn find_header(grid: &Grid, format: Format) -> Option<usize> {
    if format == Format::Genesis {
        return (!grid.rows.is_empty()).then_some(0);
    }
    let filled = |row: &Row| row.cells.iter().filter(|c| !c.trim().is_empty()).count();
    let named = |row: &Row| {
        filled(row) >= 2
            && row
                .cells
                .iter()
                .any(|cell| !cell.trim().is_empty() && !looks_numeric(cell))
    };
    let is_data = |row: &Row| {
        row.cells
            .iter()
            .any(|cell| looks_numeric(cell) && year_of(cell.trim()).is_none())
    };
    let scanned = &grid.rows[..grid.rows.len().min(60)];
    if let Some(first_data) = scanned.iter().position(is_data)
        && let Some(header) = scanned[..first_data].iter().rposition(named)
    {
        return Some(header);
    }
    let widest = scanned.iter().map(filled).max()?;
    scanned
        .iter()
        .position(|row| filled(row) == widest && named(row))
}

/// A classic wide table: at least two headers are years (`2021`, `31.12.2021`).
fn is_wide(header: &Row) -> bool {
    header
        .cells
        .iter()
        .filter(|cell| {
            let cell = cell.trim();
            year_of(cell).is_some() && cell.chars().filter(char::is_ascii_digit).count() <= 8
        })
        .count()
        >= 2
}

/// A cell that is a number as tables write them (`12,5`, `1.234`, `-3`, `40`).
pub fn looks_numeric(cell: &str) -> bool {
    let cell = cell.trim();
    !cell.is_empty()
        && cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | ' '))
}

/// The decimal mark the value cells use: a comma with digits after it and no point → comma, a
/// point with no comma → point; undecided (whole numbers only) → point in a comma-separated file
/// (a comma could not be a decimal mark there), otherwise auto.
pub fn decimal_mark<'a>(
    cells: impl Iterator<Item = &'a str>,
    delimiter: Option<char>,
) -> DecimalMark {
    let (mut comma, mut point) = (0usize, 0usize);
    for cell in cells {
        let cell = cell.trim();
        if !looks_numeric(cell) {
            continue;
        }
        // With both marks the last one is the decimal mark; one mark with three digits after it
        // may group thousands and decides nothing.
        let Some(at) = cell.rfind([',', '.']) else {
            continue;
        };
        let both = cell.contains(',') && cell.contains('.');
        if both || cell.len() - at - 1 != 3 {
            if cell[at..].starts_with(',') {
                comma += 1;
            } else {
                point += 1;
            }
        }
    }
    if comma > point {
        DecimalMark::Comma
    } else if point > comma || delimiter == Some(',') {
        DecimalMark::Point
    } else {
        DecimalMark::Auto
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DecimalMark::{Auto, Comma, Point};

    fn mark(cells: &[&str], delimiter: Option<char>) -> DecimalMark {
        decimal_mark(cells.iter().copied(), delimiter)
    }

    #[test]
    fn the_decimal_mark_from_the_values() {
        assert_eq!(mark(&["8,6", "19,5"], Some(';')), Comma);
        assert_eq!(mark(&["8.6"], Some(';')), Point);
        assert_eq!(mark(&["1.234,5"], None), Comma);
        assert_eq!(mark(&["1,234.5"], None), Point);
        assert_eq!(mark(&["-0,5", "1,2345"], None), Comma);
        // Three digits after one mark may be thousands: undecided.
        assert_eq!(mark(&["1.234"], Some(';')), Auto);
        assert_eq!(mark(&["1,234"], Some(';')), Auto);
        assert_eq!(mark(&["12"], Some(';')), Auto);
        assert_eq!(mark(&["12"], None), Auto);
        // A comma-separated file cannot have decimal commas in plain cells.
        assert_eq!(mark(&["12", "1,234"], Some(',')), Point);
        // The majority decides; a tie is undecided.
        assert_eq!(mark(&["8,6", "8,7", "8.6"], None), Comma);
        assert_eq!(mark(&["8.6", "8.7", "8,6"], None), Point);
        assert_eq!(mark(&["8,6", "8.6"], None), Auto);
        assert_eq!(mark(&["x", "", "-", "8,65"], None), Comma);
    }

    #[test]
    fn numbers_as_tables_write_them() {
        for (cell, numeric) in [
            ("12,5", true),
            (" 1 234 ", true),
            ("-3", true),
            ("+1.5", true),
            ("", false),
            ("-", false),
            ("abc", false),
            ("12a", false),
            ("2021/22", false),
        ] {
            assert_eq!(looks_numeric(cell), numeric, "{cell:?}");
        }
    }

    #[test]
    fn a_genesis_header_has_its_time_and_variable_columns() {
        let row = |cells: &[&str]| Row {
            line: 1,
            cells: cells.iter().map(|c| (*c).to_owned()).collect(),
        };
        assert!(is_genesis_header(&row(&["time", "1_variable_code"])));
        assert!(is_genesis_header(&row(&[" ZEIT ", "1_Merkmal_Code"])));
        assert!(!is_genesis_header(&row(&["time", "1_Merkmal_Code"])));
        assert!(!is_genesis_header(&row(&["Zeit", "1_variable_code"])));
        assert!(!is_genesis_header(&row(&["time"])));
        assert!(!is_genesis_header(&row(&["1_Merkmal_Code"])));
    }
}
