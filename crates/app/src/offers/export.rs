//! Offers as a file in the columns `teilhabe offers import` reads (domain `offers::table`), CSV
//! or XLSX, with the writers the measures' export uses.

use rust_xlsxwriter::Format;
use teilhabe_domain::offers::Offer;
use teilhabe_domain::offers::table::{COLUMNS, cells};
use teilhabe_domain::spreadsheet::neutralise_record;

use crate::measures::export::{ExportError, FileFormat};

/// The offers as a file, one row each, in the order given.
pub fn offers_file(offers: &[Offer], format: FileFormat) -> Result<Vec<u8>, ExportError> {
    let rows: Vec<Vec<String>> = offers.iter().map(cells).collect();
    match format {
        FileFormat::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            let csv_error = |error: csv::Error| ExportError::Csv(error.to_string());
            writer.write_record(COLUMNS).map_err(csv_error)?;
            for row in &rows {
                writer
                    .write_record(neutralise_record(row))
                    .map_err(csv_error)?;
            }
            writer
                .into_inner()
                .map_err(|error| ExportError::Csv(error.to_string()))
        }
        FileFormat::Xlsx => {
            let mut workbook = crate::monitoring::downloads::workbook();
            let bold = Format::new().set_bold();
            let worksheet = workbook.add_worksheet();
            worksheet.set_name("Angebote")?;
            for (column, name) in COLUMNS.iter().enumerate() {
                worksheet.write_string_with_format(0, column as u16, *name, &bold)?;
            }
            for (index, row) in rows.iter().enumerate() {
                for (column, value) in row.iter().enumerate() {
                    if !value.is_empty() {
                        worksheet.write_string(index as u32 + 1, column as u16, value)?;
                    }
                }
            }
            worksheet.set_freeze_panes(1, 0)?;
            Ok(workbook.save_to_buffer()?)
        }
    }
}
