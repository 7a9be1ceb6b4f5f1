//! A file as rows of text cells with their places, whatever it came from (CSV or a worksheet).

use std::io::{Cursor, Read};

use calamine::{Data, Dimensions, Reader, Xlsx};

use crate::error::{Place, Problems};
use crate::limits::{Limit, Limits, group};

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
/// first lines. Reads field by field and stops at `limits` (bytes, rows, cells, the length of a
/// cell) before it holds more: a file of millions of empty cells is refused, not stored in memory.
pub fn from_csv(
    file: &str,
    text: &str,
    delimiter: Option<char>,
    limits: &Limits,
) -> Result<Grid, Problems> {
    limits.check_size(file, text.len())?;
    // A byte-order mark is not part of the first cell (csv-core drops one too; said here).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = delimiter.unwrap_or_else(|| guess_delimiter(text));
    let delimiter = u8::try_from(delimiter)
        .ok()
        .filter(u8::is_ascii)
        .ok_or_else(|| {
            Problems::one(
                file,
                Place::default(),
                "the delimiter must be a single ASCII character",
            )
        })?;
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut input = text.as_bytes();
    let mut field = vec![0u8; 1024];
    let mut filled = 0usize;
    let mut rows = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    // The line a record starts on, counted here: csv_core counts a CRLF's `\n` only when it
    // reads the next record, and skips blank lines, so its count lags behind in Windows files.
    let mut lines = LineCount {
        counted: 0,
        newlines: 0,
    };
    let mut record_line = lines.next_record(text.as_bytes(), &mut input);
    let mut total_cells = 0u64;
    // The cell being read is the one after those already in the row.
    let cell_too_long = |line: u64, cells_before: usize| {
        limits.exceeded(
            file,
            Place {
                line: Some(line as usize),
                column: Some((cells_before + 1).to_string()),
                sheet: None,
            },
            Limit::CellBytes,
            "a cell is longer",
        )
    };
    loop {
        let (result, read, written) = reader.read_field(input, &mut field[filled..]);
        input = &input[read..];
        filled += written;
        match result {
            csv_core::ReadFieldResult::InputEmpty => {}
            csv_core::ReadFieldResult::OutputFull => {
                if filled as u64 > limits.cell_bytes {
                    return Err(cell_too_long(record_line, cells.len()));
                }
                let grown = (field.len() * 2).min(limits.cell_bytes as usize + 1);
                field.resize(grown.max(field.len() + 1), 0);
            }
            csv_core::ReadFieldResult::Field { record_end } => {
                if filled as u64 > limits.cell_bytes {
                    return Err(cell_too_long(record_line, cells.len()));
                }
                total_cells += 1;
                if total_cells > limits.cells {
                    return Err(limits.exceeded(
                        file,
                        Place::line(record_line as usize),
                        Limit::Cells,
                        "the file has more cells",
                    ));
                }
                // Fields are cut at ASCII bytes of valid UTF-8 text, so they are valid UTF-8.
                cells.push(String::from_utf8_lossy(&field[..filled]).into_owned());
                filled = 0;
                if record_end {
                    rows.push(Row {
                        line: record_line as usize,
                        cells: std::mem::take(&mut cells),
                    });
                    if rows.len() as u64 > limits.rows {
                        return Err(limits.exceeded(
                            file,
                            Place::line(record_line as usize),
                            Limit::Rows,
                            "the file has more lines",
                        ));
                    }
                    record_line = lines.next_record(text.as_bytes(), &mut input);
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    Ok(Grid {
        rows,
        style: ColumnStyle::Number,
        sheet: None,
    })
}

/// Counts lines while CSV text is read: csv_core counts a CRLF's `\n` only when it reads the
/// next record and skips blank lines without a trace, so its own count lags behind in files
/// saved on Windows.
struct LineCount {
    /// Bytes of the text already looked at, and the `\n` among them.
    counted: usize,
    newlines: u64,
}

impl LineCount {
    /// Skips the line breaks before the next record in `input` (the unread tail of `text`) and
    /// returns the 1-based line the record starts on.
    fn next_record(&mut self, text: &[u8], input: &mut &[u8]) -> u64 {
        while let Some((b'\r' | b'\n', rest)) = input.split_first() {
            *input = rest;
        }
        let offset = text.len() - input.len();
        self.newlines += text[self.counted..offset]
            .iter()
            .filter(|byte| **byte == b'\n')
            .count() as u64;
        self.counted = offset;
        self.newlines + 1
    }
}

pub(crate) fn guess_delimiter(text: &str) -> char {
    let sample: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    [';', ',', '\t']
        .into_iter()
        .max_by_key(|candidate| sample.matches(*candidate).count())
        .unwrap_or(';')
}

/// The cells of a worksheet (`sheet`, or the first) as text. Numbers keep their shortest exact
/// decimal form (44.3 stays "44.3").
///
/// Before anything is unpacked, the zip entries' declared sizes are checked, then their real
/// sizes (a zip may lie), then the sheet's declared dimension; cells are streamed one by one and
/// counted, so a small file that claims or unpacks to a huge sheet is refused with a problem
/// naming the limit instead of taking the memory of the process.
pub fn from_xlsx(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &Limits,
) -> Result<Grid, Problems> {
    limits.check_size(file, bytes.len())?;
    // The zip checks keep the XLSX reader within its assumptions; should a reader still fail on
    // a file, that is one more broken file, not the end of the process that reads it.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_zip(file, bytes, limits)?;
        read_sheet(file, bytes, sheet, limits)
    }))
    .unwrap_or_else(|_| {
        Err(Problems::one(
            file,
            Place::default(),
            "the file is not an XLSX workbook that can be read",
        ))
    })
}

fn read_sheet(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    limits: &Limits,
) -> Result<Grid, Problems> {
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
    let sheet_place = || Place {
        sheet: Some(name.clone()),
        ..Place::default()
    };
    let mut reader = workbook
        .worksheet_cells_reader(&name)
        .map_err(|error| broken(format!("worksheet `{name}` cannot be read: {error}")))?;
    let declared = reader.dimensions();
    let declared_rows = u64::from(declared.end.0.saturating_sub(declared.start.0)) + 1;
    if declared.len() > limits.cells {
        return Err(limits.exceeded(
            file,
            sheet_place(),
            Limit::Cells,
            &format!(
                "the sheet declares the dimension {} ({} cells)",
                dimension_text(&declared),
                group(declared.len())
            ),
        ));
    }
    if declared_rows > limits.rows {
        return Err(limits.exceeded(
            file,
            sheet_place(),
            Limit::Rows,
            &format!(
                "the sheet declares the dimension {} ({} rows)",
                dimension_text(&declared),
                group(declared_rows)
            ),
        ));
    }
    // The used cells, as (row, column, text); empty cells are left out.
    let mut used: Vec<(u32, u32, String)> = Vec::new();
    let mut text_bytes = 0u64;
    loop {
        let cell = reader
            .next_cell()
            .map_err(|error| broken(format!("worksheet `{name}` cannot be read: {error}")))?;
        let Some(cell) = cell else { break };
        let (row, column) = cell.get_position();
        let value: Data = cell.get_value().clone().into();
        if matches!(value, Data::Empty) {
            continue;
        }
        let place = || Place {
            line: Some(row as usize + 1),
            column: Some(column_letter(column as usize)),
            sheet: Some(name.clone()),
        };
        let text = cell_text(&value);
        if text.len() as u64 > limits.cell_bytes {
            return Err(limits.exceeded(file, place(), Limit::CellBytes, "a cell is longer"));
        }
        text_bytes += text.len() as u64;
        if text_bytes > limits.bytes {
            return Err(limits.exceeded(
                file,
                place(),
                Limit::Bytes,
                "the text of the cells is longer",
            ));
        }
        if used.len() as u64 >= limits.cells {
            return Err(limits.exceeded(file, place(), Limit::Cells, "the sheet has more cells"));
        }
        used.push((row, column, text));
    }
    drop(reader);
    used.sort_by_key(|(row, column, _)| (*row, *column));
    let Some(first_row) = used.first().map(|(row, _, _)| *row) else {
        return Ok(Grid {
            rows: Vec::new(),
            style: ColumnStyle::Letter,
            sheet: Some(name),
        });
    };
    let last_row = used.last().map_or(first_row, |(row, _, _)| *row);
    let span_rows = u64::from(last_row - first_row) + 1;
    if span_rows > limits.rows {
        return Err(limits.exceeded(
            file,
            sheet_place(),
            Limit::Rows,
            &format!(
                "the used cells span rows {} to {}",
                first_row as u64 + 1,
                last_row as u64 + 1
            ),
        ));
    }
    // Rows are laid out as in the sheet: empty rows in between stay (an empty row can end the
    // data), each row as wide as its last used cell; those empty cells count as cells too.
    let mut grid_cells = 0u64;
    let mut rows: Vec<Row> = Vec::new();
    let mut cells = used.into_iter().peekable();
    for row in first_row..=last_row {
        let mut texts: Vec<String> = Vec::new();
        while let Some((_, column, text)) = cells.next_if(|(r, _, _)| *r == row) {
            let column = column as usize;
            grid_cells += (column + 1).saturating_sub(texts.len()) as u64;
            if grid_cells > limits.cells {
                return Err(limits.exceeded(
                    file,
                    Place {
                        line: Some(row as usize + 1),
                        column: Some(column_letter(column)),
                        sheet: Some(name.clone()),
                    },
                    Limit::Cells,
                    "the sheet has more cells (counting the empty cells left of a used one)",
                ));
            }
            if texts.len() <= column {
                texts.resize(column + 1, String::new());
            }
            texts[column] = text;
        }
        rows.push(Row {
            line: row as usize + 1,
            cells: texts,
        });
    }
    Ok(Grid {
        rows,
        style: ColumnStyle::Letter,
        sheet: Some(name),
    })
}

/// A dimension as Excel writes it: A1:XFD1048576.
fn dimension_text(dimensions: &Dimensions) -> String {
    format!(
        "{}{}:{}{}",
        column_letter(dimensions.start.1 as usize),
        dimensions.start.0 as u64 + 1,
        column_letter(dimensions.end.1 as usize),
        dimensions.end.0 as u64 + 1
    )
}

/// The entries of the workbook's zip: their declared sizes, then their real sizes (unpacked into
/// nothing, at most up to the limit), all together within the byte limit.
fn check_zip(file: &str, bytes: &[u8], limits: &Limits) -> Result<(), Problems> {
    let broken = |message: String| Problems::one(file, Place::default(), message);
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| broken(format!("the file is not an XLSX workbook: {error}")))?;
    let mut declared = 0u64;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|error| broken(format!("the file is not an XLSX workbook: {error}")))?;
        declared = declared.saturating_add(entry.size());
        if declared > limits.bytes {
            return Err(limits.exceeded(
                file,
                Place::default(),
                Limit::Bytes,
                &format!(
                    "the workbook unpacks to more bytes (its part `{}` alone declares {} bytes)",
                    entry_name(&entry),
                    group(entry.size())
                ),
            ));
        }
    }
    let mut unpacked = 0u64;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|error| broken(format!("the file is not an XLSX workbook: {error}")))?;
        let name = entry_name(&entry);
        let room = limits.bytes.saturating_sub(unpacked);
        let mut counted = std::io::BufReader::new(Counting {
            inner: (&mut entry).take(room.saturating_add(1)),
            count: 0,
        });
        if name.starts_with("xl/worksheets/") && name.ends_with(".xml") {
            check_references(file, &name, &mut counted)?;
        }
        std::io::copy(&mut counted, &mut std::io::sink()).map_err(|error| {
            broken(format!(
                "the part `{name}` of the workbook cannot be unpacked: {error}"
            ))
        })?;
        unpacked += counted.get_ref().count;
        if unpacked > limits.bytes {
            return Err(limits.exceeded(
                file,
                Place::default(),
                Limit::Bytes,
                &format!(
                    "the workbook unpacks to more bytes than its parts declare (part `{name}`)"
                ),
            ));
        }
    }
    Ok(())
}

fn entry_name<R: Read>(entry: &zip::read::ZipFile<'_, R>) -> String {
    entry
        .name()
        .map(|name| name.into_owned())
        .unwrap_or_else(|_| "?".to_owned())
}

/// A reader that counts the bytes read through it.
struct Counting<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.count += read as u64;
        Ok(read)
    }
}

/// The cell references of a worksheet (`<dimension ref>`, `<row r>`, `<c r>`, `<f ref>`) must lie
/// within Excel's grid (A1 to XFD1048576) and ranges must not run backwards: the XLSX reader
/// trusts them in its arithmetic. Malformed XML is left for the reader to report.
fn check_references(
    file: &str,
    part: &str,
    xml: &mut impl std::io::BufRead,
) -> Result<(), Problems> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        let element = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(element) | Event::Empty(element)) => element,
            Ok(Event::Eof) | Err(_) => return Ok(()),
            Ok(_) => continue,
        };
        let local = element.local_name();
        let (attribute, kind) = match local.as_ref() {
            "dimension" | "f" => ("ref", Reference::Range),
            "c" => ("r", Reference::Cell),
            "row" => ("r", Reference::Row),
            _ => continue,
        };
        for found in element.attributes().flatten() {
            if found.key.local_name().as_ref() != attribute {
                continue;
            }
            let value = found.value.to_string();
            let valid = match kind {
                Reference::Cell => cell_reference(&value).is_some(),
                Reference::Row => value
                    .parse::<u32>()
                    .is_ok_and(|row| (1..=EXCEL_ROWS).contains(&row)),
                Reference::Range => range_reference(&value),
            };
            if !valid {
                let shown: String = value.chars().take(40).collect();
                return Err(Problems::one(
                    file,
                    Place::default(),
                    format!(
                        "the part `{part}` of the workbook has the cell reference `{shown}` in <{}>; expected a cell between A1 and XFD1048576",
                        local.as_ref()
                    ),
                ));
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Reference {
    Cell,
    Row,
    Range,
}

const EXCEL_ROWS: u32 = 1_048_576;
const EXCEL_COLUMNS: u32 = 16_384;

/// `B7` as (row, column), both from 1, if it lies within Excel's grid.
fn cell_reference(text: &str) -> Option<(u32, u32)> {
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = text.split_at(split);
    if letters.is_empty() || letters.len() > 3 || digits.len() > 7 {
        return None;
    }
    let mut column = 0u32;
    for letter in letters.chars() {
        if !letter.is_ascii_alphabetic() {
            return None;
        }
        column = column * 26 + u32::from(letter.to_ascii_uppercase() as u8 - b'A') + 1;
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let row: u32 = digits.parse().ok()?;
    ((1..=EXCEL_ROWS).contains(&row) && (1..=EXCEL_COLUMNS).contains(&column))
        .then_some((row, column))
}

/// `A1:C9` (or one cell), within the grid and not running backwards.
fn range_reference(text: &str) -> bool {
    match text.split_once(':') {
        None => cell_reference(text).is_some(),
        Some((start, end)) => match (cell_reference(start), cell_reference(end)) {
            (Some(start), Some(end)) => start.0 <= end.0 && start.1 <= end.1,
            _ => false,
        },
    }
}

/// The text of a cell, the same for every reader: whole numbers without a decimal point, dates as
/// ISO dates (with the time when it is not midnight), errors as Excel shows them.
pub(crate) fn cell_text(cell: &Data) -> String {
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
        Data::DateTime(value) if value.is_datetime() => {
            let (year, month, day, hour, minute, second, _) = value.to_ymd_hms_milli();
            if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}")
            }
        }
        Data::DateTime(value) => value.to_string(),
        Data::Error(error) => error.to_string(),
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

    /// Lines are counted as an editor shows them, with Windows line ends and blank lines too,
    /// and a quoted cell over two lines keeps its record on the line it starts.
    #[test]
    fn csv_lines_are_the_lines_an_editor_shows() {
        for (text, expected) in [
            ("a;b\nc;d\n", vec![1, 2]),
            ("a;b\r\nc;d\r\n", vec![1, 2]),
            ("Titel\r\nStand\r\n\r\na;b\r\nc;d", vec![1, 2, 4, 5]),
            ("Titel\n\n\na;b\n\"x\r\ny\";d\ne;f\n", vec![1, 4, 5, 7]),
            ("\r\n\r\na;b", vec![3]),
            ("a;b\rc;d\r", vec![1, 1]),
        ] {
            let grid = from_csv("f.csv", text, Some(';'), &Limits::default()).unwrap();
            let lines: Vec<usize> = grid.rows.iter().map(|row| row.line).collect();
            assert_eq!(lines, expected, "{text:?}");
        }
        let problem = from_csv(
            "f.csv",
            "a\r\n\r\nb;c",
            Some(';'),
            &Limits {
                cells: 2,
                ..Limits::default()
            },
        )
        .unwrap_err();
        assert_eq!(problem.0[0].place.line, Some(3));
    }

    /// A workbook with one sheet `Daten` whose XML is `sheet`.
    fn workbook(sheet: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        let parts = [
            (
                "_rels/.rels",
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned(),
            ),
            (
                "xl/workbook.xml",
                r#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daten" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned(),
            ),
            (
                "xl/_rels/workbook.xml.rels",
                r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#.to_owned(),
            ),
            (
                "xl/worksheets/sheet1.xml",
                format!(
                    r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sheet}</worksheet>"#
                ),
            ),
        ];
        for (name, content) in parts {
            zip.start_file(name, options).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn small() -> Limits {
        Limits {
            bytes: 64 * 1024,
            cells: 100,
            rows: 50,
            cell_bytes: 10,
        }
    }

    #[test]
    fn a_workbook_is_read_cell_by_cell() {
        let book = workbook(
            r#"<dimension ref="B2:C3"/><sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Jahr</t></is></c><c r="C2" t="inlineStr"><is><t>Wert</t></is></c></row><row r="3"><c r="B3"><v>2023</v></c><c r="C3"><v>44.3</v></c></row></sheetData>"#,
        );
        let grid = from_xlsx("b.xlsx", &book, None, &Limits::default()).unwrap();
        assert_eq!(grid.rows.len(), 2);
        assert_eq!(grid.rows[0].line, 2);
        assert_eq!(grid.rows[0].cells, ["", "Jahr", "Wert"]);
        assert_eq!(grid.rows[1].cells, ["", "2023", "44.3"]);
    }

    #[test]
    fn a_declared_dimension_past_the_limit_is_refused_before_reading() {
        let book = workbook(
            r#"<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>"#,
        );
        let problem = from_xlsx("s.xlsx", &book, None, &Limits::default())
            .unwrap_err()
            .to_string();
        assert!(
            problem.starts_with("s.xlsx, sheet `Daten`: the sheet declares the dimension A1:XFD1048576 (17,179,869,184 cells); the limit is 2,000,000 cells"),
            "{problem}"
        );
        assert!(problem.contains("TEILHABE_MAX_TABLE_CELLS"), "{problem}");
    }

    #[test]
    fn used_cells_past_the_limits_are_refused() {
        // No dimension: the corner cells alone span more rows than allowed.
        let corners = workbook(
            r#"<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>"#,
        );
        let problem = from_xlsx("c.xlsx", &corners, None, &small())
            .unwrap_err()
            .to_string();
        assert!(problem.contains("the limit is 50 rows"), "{problem}");
        // A wide row: the empty cells left of a used one count.
        let wide = workbook(r#"<sheetData><row r="1"><c r="ZZ1"><v>1</v></c></row></sheetData>"#);
        let problem = from_xlsx("w.xlsx", &wide, None, &small())
            .unwrap_err()
            .to_string();
        assert!(problem.contains("the limit is 100 cells"), "{problem}");
        let long = workbook(
            r#"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>elf Zeichen</t></is></c></row></sheetData>"#,
        );
        let problem = from_xlsx("l.xlsx", &long, None, &small())
            .unwrap_err()
            .to_string();
        assert!(
            problem.starts_with(
                "l.xlsx, sheet `Daten`, row 1, column A: a cell is longer; the limit is 10 bytes"
            ),
            "{problem}"
        );
    }

    #[test]
    fn references_outside_the_grid_are_refused_not_trusted() {
        for sheet in [
            r#"<dimension ref="C9:A1"/><sheetData/>"#,
            r#"<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>"#,
            r#"<sheetData><row r="1"><c r="AAAAAAAAAAAAAAAAAAAA1"><v>1</v></c></row></sheetData>"#,
            r#"<sheetData><row r="99999999999"><c><v>1</v></c></row></sheetData>"#,
        ] {
            let problem = from_xlsx("r.xlsx", &workbook(sheet), None, &Limits::default())
                .unwrap_err()
                .to_string();
            assert!(
                problem.contains("expected a cell between A1 and XFD1048576"),
                "{sheet}: {problem}"
            );
        }
    }

    #[test]
    fn a_zip_that_unpacks_past_the_limit_is_refused_even_when_it_lies() {
        let mut data = String::from("<sheetData>");
        for _ in 0..10_000 {
            data.push_str("<row><c><v>1</v></c></row>");
        }
        data.push_str("</sheetData>");
        let book = workbook(&data);
        let declared = from_xlsx("b.xlsx", &book, None, &small())
            .unwrap_err()
            .to_string();
        assert!(declared.contains("alone declares"), "{declared}");
        assert!(declared.contains("the limit is 65,536 bytes"), "{declared}");
        // The same file declaring 100 bytes for its sheet (local header and central directory).
        let mut lying = book.clone();
        for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let mut at = 0;
            while let Some(found) = lying[at..].windows(4).position(|w| w == signature) {
                let start = at + found;
                let field = start + offset;
                if u32::from_le_bytes(lying[field..field + 4].try_into().unwrap()) as usize
                    == patched_len(&data)
                {
                    lying[field..field + 4].copy_from_slice(&100u32.to_le_bytes());
                }
                at = start + 4;
            }
        }
        let problem = from_xlsx("lie.xlsx", &lying, None, &small())
            .unwrap_err()
            .to_string();
        // The zip reader itself stops at the declared size; the count is the second guard.
        assert!(
            problem.starts_with("lie.xlsx")
                && (problem.contains("cannot be unpacked")
                    || problem.contains("more bytes than its parts declare")),
            "{problem}"
        );
        assert!(
            !problem.contains("alone declares"),
            "the sizes were patched: {problem}"
        );
    }

    /// A problem with a worksheet row reads as Excel shows it: sheet name and row number.
    #[test]
    fn a_row_of_a_workbook_is_named_by_sheet_and_row() {
        let book = workbook("<sheetData><row><c><v>1</v></c></row></sheetData>");
        let grid = from_xlsx("b.xlsx", &book, None, &Limits::default()).unwrap();
        let problem = Problems::one("b.xlsx", grid.row_place(1), "no year").to_string();
        assert!(
            problem.contains("b.xlsx, sheet `Daten`, row 1: no year"),
            "{problem}"
        );
    }

    /// The byte limit is inclusive: a workbook whose parts unpack to exactly the limit is read.
    #[test]
    fn a_workbook_of_exactly_the_byte_limit_is_read() {
        // Rows compress well, so the file itself stays below the parts' total.
        let rows = "<row><c><v>1</v></c></row>".repeat(40);
        let book = workbook(&format!("<sheetData>{rows}</sheetData>"));
        let mut archive = zip::ZipArchive::new(Cursor::new(&book)).unwrap();
        let total: u64 = (0..archive.len())
            .map(|index| archive.by_index_raw(index).unwrap().size())
            .sum();
        let exact = Limits {
            bytes: total,
            ..Limits::default()
        };
        if let Err(problem) = from_xlsx("b.xlsx", &book, None, &exact) {
            panic!("{problem}");
        }
        let less = Limits {
            bytes: total - 1,
            ..Limits::default()
        };
        let problem = from_xlsx("b.xlsx", &book, None, &less)
            .unwrap_err()
            .to_string();
        assert!(problem.contains("alone declares"), "{problem}");
    }

    /// The length of the sheet XML `workbook` writes around `data`.
    fn patched_len(data: &str) -> usize {
        format!(
            r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{data}</worksheet>"#
        )
        .len()
    }

    #[test]
    fn csv_stops_at_the_limits() {
        let problem = from_csv("e.csv", &";".repeat(500), Some(';'), &small())
            .unwrap_err()
            .to_string();
        assert!(
            problem.starts_with("e.csv, line 1: the file has more cells; the limit is 100 cells"),
            "{problem}"
        );
        let problem = from_csv("l.csv", "a;b\n1;zwölf Zeichen\n", None, &small())
            .unwrap_err()
            .to_string();
        assert!(
            problem.starts_with("l.csv, line 2, column 2: a cell is longer; the limit is 10 bytes"),
            "{problem}"
        );
        let problem = from_csv("r.csv", &"1\n".repeat(51), None, &small())
            .unwrap_err()
            .to_string();
        assert!(problem.contains("the limit is 50 rows"), "{problem}");
        assert_eq!(
            from_csv("ok.csv", &"1\n".repeat(50), None, &small())
                .unwrap()
                .rows
                .len(),
            50
        );
        let grid = from_csv("bom.csv", "\u{feff}Jahr;Wert\n", None, &small()).unwrap();
        assert_eq!(grid.rows[0].cells, ["Jahr", "Wert"]);
        // A cell of exactly the limit is read.
        let grid = from_csv("x.csv", "0123456789", None, &small()).unwrap();
        assert_eq!(grid.rows[0].cells, ["0123456789"]);
    }

    #[test]
    fn cells_read_the_same_for_every_reader() {
        use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
        let date = ExcelDateTime::new(45292.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(date)), "2024-01-01");
        let noon = ExcelDateTime::new(45292.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(cell_text(&Data::DateTime(noon)), "2024-01-01T12:00:00");
        assert_eq!(cell_text(&Data::Float(3.0)), "3");
        assert_eq!(cell_text(&Data::Float(44.3)), "44.3");
        assert_eq!(cell_text(&Data::Bool(true)), "true");
        assert_eq!(cell_text(&Data::Error(CellErrorType::Div0)), "#DIV/0!");
    }

    #[test]
    fn csv_rows_keep_their_lines() {
        let grid = from_csv("f", "a;b\n\"x\ny\";2\n3;4\n", None, &Limits::default()).unwrap();
        assert_eq!(grid.rows.len(), 3);
        assert_eq!(grid.rows[2].line, 4);
        assert_eq!(grid.rows[1].cell(0), "x\ny");
        assert_eq!(grid.place(4, 1, Some("b")).column.as_deref(), Some("2 (b)"));
    }
}
