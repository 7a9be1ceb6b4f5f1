//! A file as rows of text cells with their places, whatever it came from (CSV or a worksheet).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::error::{Place, Problems};

/// How columns are named in messages: by number (CSV) or by letter (worksheets).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnStyle {
    Number,
    Letter,
}

#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line (CSV) or row number (worksheet).
    pub line: usize,
    pub cells: Vec<String>,
}

impl Row {
    pub fn cell(&self, index: usize) -> &str {
        self.cells.get(index).map_or("", |cell| cell.as_str())
    }

    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|cell| cell.trim().is_empty())
    }
}

#[derive(Debug, Clone)]
pub struct Grid {
    pub rows: Vec<Row>,
    pub style: ColumnStyle,
    /// The worksheet the rows come from (None for CSV).
    pub sheet: Option<String>,
}

impl Grid {
    /// The place of a cell, naming the column by number or letter and by its header if known.
    pub fn place(&self, line: usize, index: usize, header: Option<&str>) -> Place {
        let column = match self.style {
            ColumnStyle::Number => (index + 1).to_string(),
            ColumnStyle::Letter => column_letter(index),
        };
        let column = match header.map(str::trim).filter(|h| !h.is_empty()) {
            Some(header) => format!("{column} ({header})"),
            None => column,
        };
        Place {
            line: Some(line),
            column: Some(column),
            sheet: self.sheet.clone(),
        }
    }

    /// The place of a whole line or row.
    pub fn row_place(&self, line: usize) -> Place {
        Place {
            sheet: self.sheet.clone(),
            ..Place::line(line)
        }
    }
}

/// Excel's column name: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (index % 26) as u8));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// Splits CSV text into rows; `delimiter` None picks the most frequent of `;` `,` tab in the
/// first lines.
pub fn from_csv(file: &str, text: &str, delimiter: Option<char>) -> Result<Grid, Problems> {
    let delimiter = delimiter.unwrap_or_else(|| guess_delimiter(text));
    let delimiter = u8::try_from(delimiter).map_err(|_| {
        Problems::one(
            file,
            Place::default(),
            "the delimiter must be a single ASCII character",
        )
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map(|position| position.line() as usize);
            Problems::one(
                file,
                Place {
                    line,
                    ..Place::default()
                },
                format!("the line cannot be read as CSV: {error}"),
            )
        })?;
        let line = record
            .position()
            .map_or(rows.len() + 1, |position| position.line() as usize);
        rows.push(Row {
            line,
            cells: record.iter().map(ToOwned::to_owned).collect(),
        });
    }
    Ok(Grid {
        rows,
        style: ColumnStyle::Number,
        sheet: None,
    })
}

fn guess_delimiter(text: &str) -> char {
    let sample: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    [';', ',', '\t']
        .into_iter()
        .max_by_key(|candidate| sample.matches(*candidate).count())
        .unwrap_or(';')
}

/// The cells of a worksheet (`sheet`, or the first) as text. Numbers keep their shortest exact
/// decimal form (44.3 stays "44.3").
pub fn from_xlsx(file: &str, bytes: &[u8], sheet: Option<&str>) -> Result<Grid, Problems> {
    let broken = |message: String| Problems::one(file, Place::default(), message);
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|error| broken(format!("the file is not an XLSX workbook: {error}")))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(sheet) => names
            .iter()
            .find(|name| name.as_str() == sheet)
            .cloned()
            .ok_or_else(|| {
                broken(format!(
                    "there is no worksheet `{sheet}`; the workbook has {}",
                    names.join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| broken("the workbook has no worksheet".into()))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .map_err(|error| broken(format!("worksheet `{name}` cannot be read: {error}")))?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (offset, cells) in range.rows().enumerate() {
        let mut text: Vec<String> = vec![String::new(); first_column as usize];
        text.extend(cells.iter().map(cell_text));
        rows.push(Row {
            line: first_row as usize + offset + 1,
            cells: text,
        });
    }
    Ok(Grid {
        rows,
        style: ColumnStyle::Letter,
        sheet: Some(name),
    })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Int(value) => value.to_string(),
        // Rust prints the shortest text that reads back as the same float: what was typed.
        Data::Float(value) => {
            if value.fract() == 0.0 && value.abs() < 1e15 {
                format!("{value:.0}")
            } else {
                value.to_string()
            }
        }
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(value) => value.to_string(),
        Data::Error(error) => format!("#{error:?}"),
        Data::Empty => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
    }

    #[test]
    fn csv_rows_keep_their_lines() {
        let grid = from_csv("f", "a;b\n\"x\ny\";2\n3;4\n", None).unwrap();
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.rows[2].line, 4);
        assert_eq!(grid.rows[1].cell(0), "x\ny");
        assert_eq!(grid.place(4, 1, Some("b")).column.as_deref(), Some("2 (b)"));
    }
}
