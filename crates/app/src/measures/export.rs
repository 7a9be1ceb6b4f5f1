//! Measures as a file in the columns `teilhabe import measures` reads (see the domain's
//! `measure::table`), CSV or XLSX: written by `teilhabe export measures` and downloaded from the
//! measures list, so that a downloaded list can be edited in a spreadsheet and imported again.

use rust_xlsxwriter::{Format, XlsxError};
use teilhabe_domain::measure::{COLUMNS, Measure};
use teilhabe_domain::spreadsheet::neutralise_record;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Xlsx,
}

impl FileFormat {
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "csv" => Some(FileFormat::Csv),
            "xlsx" => Some(FileFormat::Xlsx),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileFormat::Csv => "csv",
            FileFormat::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            FileFormat::Csv => "text/csv; charset=utf-8",
            FileFormat::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write CSV: {0}")]
    Csv(String),
    #[error("cannot write XLSX: {0}")]
    Xlsx(#[from] XlsxError),
}

/// Columns that are numbers in a spreadsheet (so that sums and filters work there).
const NUMERIC: [&str; 4] = ["id", "progress", "budget_planned", "budget_spent"];

/// The measures as a file, one row each, in the order given.
pub fn measures_file(measures: &[Measure], format: FileFormat) -> Result<Vec<u8>, ExportError> {
    let rows: Vec<Vec<String>> = measures
        .iter()
        .map(|measure| {
            let mut row = vec![measure.id.to_string()];
            row.extend(measure.content.cells().into_iter().map(|(_, value)| value));
            row
        })
        .collect();
    match format {
        FileFormat::Csv => csv_file(&rows),
        FileFormat::Xlsx => xlsx_file(&rows),
    }
}

fn csv_file(rows: &[Vec<String>]) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let csv_error = |error: csv::Error| ExportError::Csv(error.to_string());
    writer.write_record(COLUMNS).map_err(csv_error)?;
    for row in rows {
        // Formula-like text (`=HYPERLINK(…)`) is quoted; `import measures` reads it back unchanged.
        writer
            .write_record(neutralise_record(row))
            .map_err(csv_error)?;
    }
    writer
        .into_inner()
        .map_err(|error| ExportError::Csv(error.to_string()))
}

fn xlsx_file(rows: &[Vec<String>]) -> Result<Vec<u8>, ExportError> {
    let mut workbook = crate::monitoring::downloads::workbook();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let worksheet = workbook.add_worksheet();
    worksheet.set_name("Massnahmen")?;
    for (column, name) in COLUMNS.iter().enumerate() {
        worksheet.write_string_with_format(0, column as u16, *name, &bold)?;
    }
    for (index, row) in rows.iter().enumerate() {
        let row_number = index as u32 + 1;
        for ((column, value), name) in row.iter().enumerate().zip(COLUMNS) {
            let column = column as u16;
            match value.parse::<f64>() {
                _ if value.is_empty() => {}
                Ok(number) if NUMERIC.contains(&name) => {
                    worksheet.write_number_with_format(row_number, column, number, &money)?;
                }
                _ => {
                    worksheet.write_string(row_number, column, value)?;
                }
            }
        }
    }
    worksheet.set_freeze_panes(1, 0)?;
    Ok(workbook.save_to_buffer()?)
}
