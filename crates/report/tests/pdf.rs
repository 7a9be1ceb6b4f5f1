//! The PDF as a reader and a screen reader get it: text, tags, pages, determinism, disclosure
//! control and markup injection. Text is extracted with Debian's pdftotext (poppler-utils,
//! installed by scripts/test), pages are drawn with pdftoppm, the structure read with lopdf.

mod fixture;

use teilhabe_report::{Options, indicator_sheet_pdf, report_pdf};

fn options(language: &str) -> Options {
    Options {
        language: language.into(),
        portal_url: "https://integration.example.org".into(),
        demo: false,
    }
}

#[test]
fn smoke_writes_the_report() {
    let pdf = report_pdf(&fixture::report(), &options("de")).expect("renders");
    std::fs::write("/tmp/render-report-de.pdf", &pdf).expect("write");
    let sheet = indicator_sheet_pdf(&fixture::sheets()[0], &options("en")).expect("renders");
    std::fs::write("/tmp/render-sheet-en.pdf", &sheet).expect("write");
}
