//! Tables with one header row naming the columns, as `teilhabe import measures` reads them: CSV
//! (UTF-8 or Windows-1252; comma, semicolon or tab) or XLSX, through the same bounded readers and
//! with the same cell texts as the figures' import (grid.rs).

use crate::error::{Place, Problems};
use crate::grid::{self, Grid};
use crate::limits::Limits;
use crate::text::{self, Encoding};

/// A table read from a file. Row numbers are the lines (CSV) or rows (XLSX) a person sees in their
/// editor or spreadsheet; the header is the first.
#[derive(Debug, Clone)]
pub struct Table {
    /// The column names, trimmed.
    pub header: Vec<String>,
    /// The rows below the header that have any text, with their numbers.
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// The spreadsheet letter of column `index` (0 → A, 26 → AA).
    pub fn column_letter(index: usize) -> String {
        grid::column_letter(index)
    }
}

/// Whether a file is read as a workbook (by its extension), otherwise as CSV.
pub fn is_xlsx(file_name: &str) -> bool {
    std::path::Path::new(file_name)
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("xlsx"))
}

/// Reads the bytes of `file_name` as XLSX (first sheet) or CSV, by its extension.
pub fn read_table(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Table, Problems> {
    limits.check_size(file_name, bytes.len())?;
    if is_xlsx(file_name) {
        let grid = grid::from_xlsx(file_name, bytes, None, limits)?;
        from_grid(file_name, grid)
    } else {
        let (text, _) = text::decode(file_name, bytes, Encoding::Auto)?;
        from_csv_text(file_name, &text, limits)
    }
}

/// A CSV text as a table; the delimiter is whichever of `;`, tab and `,` the header uses most
/// (free text in the rows below cannot change it).
pub fn from_csv_text(file_name: &str, text: &str, limits: &Limits) -> Result<Table, Problems> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = [';', '\t', ',']
        .into_iter()
        .max_by_key(|d| first_line.chars().filter(|c| c == d).count())
        .unwrap_or(',');
    let grid = grid::from_csv(file_name, text, Some(delimiter), limits)?;
    from_grid(file_name, grid)
}

fn from_grid(file_name: &str, grid: Grid) -> Result<Table, Problems> {
    let mut rows = grid.rows.into_iter();
    let header: Vec<String> = rows
        .next()
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .unwrap_or_default();
    let mut table_rows = Vec::new();
    for row in rows {
        if row.is_blank() {
            continue;
        }
        if let Some(extra) = row
            .cells
            .iter()
            .skip(header.len())
            .position(|cell| !cell.trim().is_empty())
        {
            let index = header.len() + extra;
            let column = match grid.style {
                grid::ColumnStyle::Number => (index + 1).to_string(),
                grid::ColumnStyle::Letter => grid::column_letter(index),
            };
            return Err(Problems::one(
                file_name,
                Place {
                    line: Some(row.line),
                    column: Some(column),
                    sheet: None,
                },
                format!(
                    "a cell right of the last column; the header names {} columns",
                    header.len()
                ),
            ));
        }
        table_rows.push((row.line, row.cells));
    }
    Ok(Table {
        header,
        rows: table_rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_a_header() {
        let text = "title_de;working_group\n\n Eins ;AG 1\n;\nZwei;AG 2\n";
        let table = from_csv_text("m.csv", text, &Limits::default()).unwrap();
        assert_eq!(table.header, ["title_de", "working_group"]);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[1].0, 5);
        assert_eq!(table.rows[1].1, ["Zwei", "AG 2"]);
    }

    #[test]
    fn a_cell_right_of_the_header_is_refused() {
        let problems = from_csv_text("m.csv", "a,b\n1,2,3\n", &Limits::default()).unwrap_err();
        assert_eq!(problems.0[0].place.line, Some(2));
        assert_eq!(problems.0[0].place.column.as_deref(), Some("3"));
    }

    #[test]
    fn the_header_decides_the_delimiter() {
        let table = from_csv_text("m.csv", "a;b\n\"x, y, z\";2\n", &Limits::default()).unwrap();
        assert_eq!(table.rows[0].1, ["x, y, z", "2"]);
    }

    #[test]
    fn windows_1252_is_read() {
        let table = read_table("m.csv", b"a\nStra\xdfe\n", &Limits::default()).unwrap();
        assert_eq!(table.rows[0].1, ["Straße"]);
    }
}
