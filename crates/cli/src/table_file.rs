//! Tables in files: CSV (UTF-8 or Windows-1252, comma, semicolon or tab) and XLSX, read into rows
//! of text cells with the row numbers a person sees in their editor or spreadsheet.

use std::path::Path;

use anyhow::{Context, bail};
use calamine::{Data, Reader};

/// A table read from a file. Row numbers count the header as row 1, as spreadsheets do.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// The spreadsheet letter of column `index` (0 → A, 26 → AA).
    pub fn column_letter(index: usize) -> String {
        let mut letters = String::new();
        let mut n = index + 1;
        while n > 0 {
            let remainder = (n - 1) % 26;
            letters.insert(0, char::from(b'A' + remainder as u8));
            n = (n - 1) / 26;
        }
        letters
    }
}

pub fn is_xlsx(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx"))
}

pub fn read_table(path: &Path) -> anyhow::Result<Table> {
    if is_xlsx(path) {
        read_xlsx(path)
    } else {
        read_csv(path)
    }
}

fn read_csv(path: &Path) -> anyhow::Result<Table> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    csv_table(path, &decode(&bytes))
}

/// A CSV text as a table; the delimiter is whichever of `;`, tab and `,` the header uses most.
pub fn csv_table(path: &Path, text: &str) -> anyhow::Result<Table> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| first_line.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .with_context(|| format!("{}: line 1: cannot read the header", path.display()))?
        .iter()
        .map(|cell| cell.trim().to_owned())
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map(|p| p.line()).unwrap_or(0);
            anyhow::anyhow!(
                "{}: line {line}: not a well-formed CSV row: {error}",
                path.display()
            )
        })?;
        let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if record.len() > header.len() {
            bail!(
                "{}: line {line}: {} cells, but the header names {} columns",
                path.display(),
                record.len(),
                header.len()
            );
        }
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok(Table { header, rows })
}

/// UTF-8 (a byte-order mark is dropped); otherwise Windows-1252, which old spreadsheet exports use.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    }
}

fn read_xlsx(path: &Path) -> anyhow::Result<Table> {
    let mut workbook = calamine::open_workbook_auto(path)
        .with_context(|| format!("cannot open {} as a spreadsheet", path.display()))?;
    let range = workbook
        .worksheet_range_at(0)
        .with_context(|| format!("{}: the workbook has no sheet", path.display()))?
        .with_context(|| format!("{}: cannot read the first sheet", path.display()))?;
    let (first_row, _) = range.start().unwrap_or((0, 0));
    let mut rows_iter = range.rows();
    let header: Vec<String> = rows_iter
        .next()
        .map(|row| row.iter().map(|c| cell_text(c).trim().to_owned()).collect())
        .unwrap_or_default();
    let mut rows = Vec::new();
    for (index, row) in rows_iter.enumerate() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows.push((first_row as usize + index + 2, cells));
    }
    Ok(Table { header, rows })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
            format!("{}", *number as i64)
        }
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => if *value { "yes" } else { "no" }.to_owned(),
        Data::DateTime(date) => excel_date(date.as_f64()),
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// Spreadsheet dates count days from 1899-12-30.
fn excel_date(serial: f64) -> String {
    let epoch = jiff::civil::date(1899, 12, 30);
    match epoch.checked_add(jiff::Span::new().days(serial.floor() as i64)) {
        Ok(date) => date.to_string(),
        Err(_) => serial.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(Table::column_letter(0), "A");
        assert_eq!(Table::column_letter(25), "Z");
        assert_eq!(Table::column_letter(26), "AA");
    }

    #[test]
    fn windows_1252_is_read() {
        assert_eq!(decode(b"Stra\xdfe"), "Straße");
        assert_eq!(decode("\u{feff}Straße".as_bytes()), "Straße");
    }

    #[test]
    fn excel_serial_dates() {
        assert_eq!(excel_date(45292.0), "2024-01-01");
    }
}
