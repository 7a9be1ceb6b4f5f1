//! One table as a file a spreadsheet opens: CSV (spreadsheet formulas neutralised) or XLSX
//! (numbers as numbers, the header bold and frozen). The exports of several modules write
//! through it.

use rust_xlsxwriter::Format;
use teilhabe_domain::spreadsheet::neutralise;

use crate::error::AppError;
use crate::measures::export::FileFormat;

fn unready(what: &str, error: impl std::fmt::Display) -> AppError {
    AppError::Unready(format!("{what}: {error}"))
}

/// One cell of a file: text, or a number a spreadsheet can sum.
pub enum Value {
    Text(String),
    Int(i64),
    /// A number with two decimals (hours, euros): its text and its value.
    Decimal(String, f64),
}

impl Value {
    pub fn text(&self) -> String {
        match self {
            Value::Text(text) => neutralise(text).into_owned(),
            Value::Int(number) => number.to_string(),
            Value::Decimal(text, _) => text.clone(),
        }
    }
}

pub fn write(
    header: &[&str],
    rows: &[Vec<Value>],
    sheet: &str,
    format: FileFormat,
) -> Result<Vec<u8>, AppError> {
    match format {
        FileFormat::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let csv_error = |error: csv::Error| unready("CSV", error);
            writer.write_record(header).map_err(csv_error)?;
            for row in rows {
                writer
                    .write_record(row.iter().map(Value::text))
                    .map_err(csv_error)?;
            }
            writer.into_inner().map_err(|error| unready("CSV", error))
        }
        FileFormat::Xlsx => {
            let xlsx = |error: rust_xlsxwriter::XlsxError| unready("XLSX", error);
            let mut workbook = crate::monitoring::downloads::workbook();
            let bold = Format::new().set_bold();
            let decimal = Format::new().set_num_format("0.00");
            let worksheet = workbook.add_worksheet();
            worksheet.set_name(sheet).map_err(xlsx)?;
            for (column, name) in header.iter().enumerate() {
                worksheet
                    .write_string_with_format(0, column as u16, *name, &bold)
                    .map_err(xlsx)?;
            }
            for (index, row) in rows.iter().enumerate() {
                let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
                for (column, value) in row.iter().enumerate() {
                    let column = column as u16;
                    match value {
                        Value::Text(text) => worksheet.write_string(line, column, text),
                        Value::Int(number) => worksheet.write_number(line, column, *number as f64),
                        Value::Decimal(_, number) => {
                            worksheet.write_number_with_format(line, column, *number, &decimal)
                        }
                    }
                    .map_err(xlsx)?;
                }
            }
            worksheet.set_freeze_panes(1, 0).map_err(xlsx)?;
            workbook.save_to_buffer().map_err(xlsx)
        }
    }
}
