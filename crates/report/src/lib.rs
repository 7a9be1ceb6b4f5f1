//! The integration report and the indicator sheet as accessible PDF.
//!
//! typst runs as a library: the templates (`templates/*.typ`) and fonts are embedded, the data
//! reaches the template only as JSON and SVG files in a virtual file system ([`world`]) — never
//! as markup, so a concept text with `#` or `]` is printed, not run. Everything the template
//! prints is prepared here in the reader's language ([`view`]) from the domain's report data,
//! with the translations and chart builders the web uses (`teilhabe-i18n`, `teilhabe-charts`).
//!
//! The PDF is tagged and checked against PDF/UA-1 by typst itself: title, language, headings
//! in order with bookmarks, table headers, alternative text on every chart and map (the text
//! the web page gives screen readers). Its identifier and date come from the data, so the same
//! data gives the same bytes.

mod glyphs;
mod outline;
mod view;
mod world;

use teilhabe_domain::report::{IndicatorSheet, ReportData};
use thiserror::Error;
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

const REPORT_TEMPLATE: &str = include_str!("../templates/report.typ");

/// How to render: the reader's language, where the portal lives, and whether every page is to
/// be marked as demo data regardless of the figures' own flags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// A language with a file in data/i18n (`de`, `en`, `tr`, `ar`, `ru`, `uk`, `pl`); others fall
    /// back to German, as do messages a language lacks.
    pub language: String,
    /// The public portal's address, e.g. `https://integration.bielefeld.de`; links in the PDF
    /// point there. Without a trailing slash.
    pub portal_url: String,
    /// Mark every page as demo data (a demo server); otherwise pages are marked where the data
    /// says their figures are demo figures.
    pub demo: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            language: "de".into(),
            portal_url: String::new(),
            demo: false,
        }
    }
}

#[derive(Debug, Error)]
pub enum RenderError {
    #[error("the translations cannot be read: {0}")]
    Translations(String),
    #[error("the report data has format {found}; this version renders format {expected}")]
    Format { found: u32, expected: u32 },
    #[error("the report data cannot be prepared: {0}")]
    Data(String),
    #[error("the report template failed: {0}")]
    Template(String),
    #[error("the PDF cannot be written: {0}")]
    Pdf(String),
}

/// The full integration report of `data` as PDF/UA-1.
pub fn report_pdf(data: &ReportData, options: &Options) -> Result<Vec<u8>, RenderError> {
    report_pdf_timed(data, options).map(|(pdf, _)| pdf)
}

/// How long each phase of a rendering took (for bench/report/run).
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    /// Texts translated, figures formatted, charts drawn: the template's files.
    pub prepare: std::time::Duration,
    /// typst: evaluating the template and laying out the pages.
    pub layout: std::time::Duration,
    /// typst-pdf: writing the tagged PDF.
    pub pdf: std::time::Duration,
}

/// [`report_pdf`], and how long its phases took.
pub fn report_pdf_timed(
    data: &ReportData,
    options: &Options,
) -> Result<(Vec<u8>, Phases), RenderError> {
    check_format(data.format)?;
    let started = std::time::Instant::now();
    let prepared = view::report(data, options)?;
    let prepare = started.elapsed();
    let (pdf, mut phases) = render(prepared, &data.created_at)?;
    phases.prepare = prepare;
    Ok((pdf, phases))
}

/// One indicator's sheet (chart, map, table, definition; one or two pages) as PDF/UA-1.
pub fn indicator_sheet_pdf(
    sheet: &IndicatorSheet,
    options: &Options,
) -> Result<Vec<u8>, RenderError> {
    check_format(sheet.format)?;
    let prepared = view::sheet(sheet, options)?;
    render(prepared, &sheet.created_at).map(|(pdf, _)| pdf)
}

fn check_format(found: u32) -> Result<(), RenderError> {
    let expected = teilhabe_domain::report::FORMAT;
    if found == expected {
        Ok(())
    } else {
        Err(RenderError::Format { found, expected })
    }
}

fn render(prepared: view::Prepared, created_at: &str) -> Result<(Vec<u8>, Phases), RenderError> {
    let pdf = compile(prepared, created_at);
    // typst memoises layout and shaping in a process-wide cache (comemo) that only grows
    // unless evicted; a server rendering PDFs on request would grow without bound. Evicting
    // entries unused in the last 10 renders (as typst's own watch mode does) keeps what
    // repeated renders of the same report share — the standard library, shaped headings,
    // fonts' metrics — and bounds the cache to about ten documents' worth.
    typst::comemo::evict(10);
    pdf
}

fn compile(prepared: view::Prepared, created_at: &str) -> Result<(Vec<u8>, Phases), RenderError> {
    let started = std::time::Instant::now();
    let date = datetime(created_at);
    let world = world::ReportWorld::new(REPORT_TEMPLATE, prepared.files, date)
        .ok_or_else(|| RenderError::Data("a chart has an invalid file name".into()))?;
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| RenderError::Template(diagnostics(&errors)))?;
    let layout = started.elapsed();
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|error| RenderError::Pdf(error.message().to_string()))?;
    let options = PdfOptions {
        ident: Smart::Custom(prepared.ident),
        timestamp: date.map(Timestamp::new_utc),
        standards,
        ..PdfOptions::default()
    };
    let pdf = typst_pdf::pdf(&document, &options)
        .map_err(|errors| RenderError::Pdf(diagnostics(&errors)))?;
    let phases = Phases {
        prepare: std::time::Duration::ZERO,
        layout,
        pdf: started.elapsed().saturating_sub(layout),
    };
    Ok((pdf, phases))
}

/// The date and time of an RFC 3339 timestamp (`2025-03-01T09:30:00Z`), as typst wants it.
fn datetime(rfc3339: &str) -> Option<Datetime> {
    let number = |range: std::ops::Range<usize>| rfc3339.get(range)?.parse::<u8>().ok();
    let year = rfc3339.get(0..4)?.parse::<i32>().ok()?;
    match (number(11..13), number(14..16), number(17..19)) {
        (Some(hour), Some(minute), Some(second)) => {
            Datetime::from_ymd_hms(year, number(5..7)?, number(8..10)?, hour, minute, second)
        }
        _ => Datetime::from_ymd(year, number(5..7)?, number(8..10)?),
    }
}

fn diagnostics(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| {
            let hints: Vec<&str> = error.hints.iter().map(|hint| hint.v.as_str()).collect();
            if hints.is_empty() {
                error.message.to_string()
            } else {
                format!("{} ({})", error.message, hints.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_from_the_data() {
        assert_eq!(
            datetime("2025-03-01T09:30:05Z"),
            Datetime::from_ymd_hms(2025, 3, 1, 9, 30, 5)
        );
        assert_eq!(datetime("2025-03-01"), Datetime::from_ymd(2025, 3, 1));
        assert_eq!(datetime("soon"), None);
    }
}
