//! Timing of the renderer alone, for bench/report/run: the report of a stored edition's data
//! (`report_editions.snapshot`, JSON) in German and English, one indicator sheet, and the same
//! report scaled to 10× (every field, measure and indicator duplicated with new ids). Prints
//! one line per measurement: seconds (median of the runs), pages, seconds per page, bytes.
//!
//!     cargo run --release -p teilhabe-report --example report_bench -- snapshot.json [OUT_DIR]
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)] // a benchmark: fail loudly

use std::time::Instant;

use teilhabe_domain::report::ReportData;
use teilhabe_domain::text::Text;
use teilhabe_report::{Options, indicator_sheet_pdf, report_pdf, report_pdf_timed};

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn pages(pdf: &[u8]) -> usize {
    lopdf::Document::load_mem(pdf)
        .expect("a readable PDF")
        .get_pages()
        .len()
}

fn measure(label: &str, runs: usize, out: Option<&str>, render: impl Fn() -> Vec<u8>) {
    let mut times = Vec::new();
    let mut pdf = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        pdf = render();
        times.push(started.elapsed().as_secs_f64());
    }
    let seconds = median(times);
    let count = pages(&pdf);
    println!(
        "{label:<34} {seconds:>7.3} s  {count:>4} pages  {:>7.1} ms/page  {:>9} bytes",
        seconds * 1000.0 / count as f64,
        pdf.len()
    );
    if let Some(dir) = out {
        let name = label.replace([' ', '×', '(', ')', ','], "-");
        std::fs::write(format!("{dir}/{name}.pdf"), &pdf).expect("write");
    }
}

fn suffixed(text: &Text, suffix: &str) -> Text {
    let mut copy = Text::german(format!("{}{suffix}", text.german_text()));
    for (language, value) in text.iter() {
        copy = copy.with(language, format!("{value}{suffix}"));
    }
    copy
}

/// The report `factor` times over: copies of every field, measure and indicator with new ids.
fn scaled(data: &ReportData, factor: usize) -> ReportData {
    let mut big = data.clone();
    for copy in 1..factor {
        let suffix = format!(" ({})", copy + 1);
        let id = |id: &str| format!("{id}-{}", copy + 1);
        for sheet in &data.indicators {
            let mut sheet = sheet.clone();
            sheet.indicator.id = id(&sheet.indicator.id);
            sheet.indicator.title = suffixed(&sheet.indicator.title, &suffix);
            for figure in &mut sheet.figures {
                figure.indicator = sheet.indicator.id.clone();
            }
            big.indicators.push(sheet);
        }
        for field in &data.fields {
            let mut field = field.clone();
            field.slug = id(&field.slug);
            field.title = suffixed(&field.title, &suffix);
            field.indicators = field.indicators.iter().map(|i| id(i)).collect();
            for recommendation in &mut field.recommendations {
                recommendation.id = id(&recommendation.id);
            }
            for measure in &mut field.measures {
                measure.id += 100_000 * copy as i64;
                measure.title = suffixed(&measure.title, &suffix);
            }
            big.fields.push(field);
        }
        for source in &data.method.sources {
            let mut source = source.clone();
            source.indicator = id(&source.indicator);
            source.title = suffixed(&source.title, &suffix);
            big.method.sources.push(source);
        }
    }
    big
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: report_bench SNAPSHOT.json [OUT_DIR]");
    let out = args.next();
    let out = out.as_deref();
    let text = std::fs::read_to_string(&path).expect("read the snapshot");
    let data: ReportData = serde_json::from_str(&text).expect("a report's data (JSON)");
    let de = Options {
        language: "de".into(),
        portal_url: "https://integration.example.org".into(),
        demo: false,
    };
    let en = Options {
        language: "en".into(),
        ..de.clone()
    };
    println!(
        "input: {} fields, {} indicators, {} measures",
        data.fields.len(),
        data.indicators.len(),
        data.fields.iter().map(|f| f.measures.len()).sum::<usize>()
    );
    // The first rendering also pays for parsing the fonts and the translations.
    let started = Instant::now();
    report_pdf(&data, &de).expect("renders");
    println!(
        "{:<34} {:>7.3} s",
        "report de, first in process",
        started.elapsed().as_secs_f64()
    );
    measure("report de", 3, out, || {
        report_pdf(&data, &de).expect("renders")
    });
    let (_, phases) = report_pdf_timed(&data, &de).expect("renders");
    println!(
        "{:<34} prepare {:.3} s, typst layout {:.3} s, PDF write {:.3} s",
        "report de, phases",
        phases.prepare.as_secs_f64(),
        phases.layout.as_secs_f64(),
        phases.pdf.as_secs_f64()
    );
    measure("report en", 3, out, || {
        report_pdf(&data, &en).expect("renders")
    });
    let sheet = data
        .indicators
        .iter()
        .max_by_key(|s| s.figures.len())
        .expect("an indicator");
    measure("indicator sheet (largest)", 5, out, || {
        indicator_sheet_pdf(sheet, &de).expect("renders")
    });
    let started = Instant::now();
    for sheet in &data.indicators {
        indicator_sheet_pdf(sheet, &de).expect("renders");
    }
    println!(
        "{:<34} {:>7.3} s  ({} sheets, {:.1} ms each)",
        "every indicator sheet",
        started.elapsed().as_secs_f64(),
        data.indicators.len(),
        started.elapsed().as_secs_f64() * 1000.0 / data.indicators.len() as f64
    );
    let big = scaled(&data, 10);
    println!(
        "10× input: {} fields, {} indicators, {} measures",
        big.fields.len(),
        big.indicators.len(),
        big.fields.iter().map(|f| f.measures.len()).sum::<usize>()
    );
    measure("report de 10×", 1, out, || {
        report_pdf(&big, &de).expect("renders")
    });
}
