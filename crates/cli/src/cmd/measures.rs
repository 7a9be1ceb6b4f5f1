//! `teilhabe import measures` and `teilhabe export measures`: the same columns both ways, CSV or
//! XLSX. An import is checked completely before anything is written, and then written in one
//! transaction; every error names the row and the column.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_domain::measure::{COLUMNS, MeasureRow, parse_row};
use teilhabe_domain::spreadsheet::restore;
use teilhabe_store::Store;
use teilhabe_store::measures::{ImportError, ImportSummary, MeasureFilter};

use teilhabe_app::measures::export::{FileFormat, measures_file};

use teilhabe_import::Limits;
use teilhabe_import::records::{self, Table};

/// A file's rows with their row numbers, or every problem found, formatted for the terminal.
pub type ReadRows = Result<Vec<(usize, MeasureRow)>, Vec<String>>;

/// Columns every import file must have; the others may be left out.
const REQUIRED: [&str; 3] = ["title_de", "recommendations", "working_group"];

pub fn rows_of(path: &Path, table: &Table) -> anyhow::Result<ReadRows> {
    let file = path.display();
    let mut problems = Vec::new();
    for (index, name) in table.header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            problems.push(format!(
                "{file}: row 1, column {} ({name}): unknown column; expected one of: {}",
                Table::column_letter(index),
                COLUMNS.join(", ")
            ));
        }
    }
    for required in REQUIRED {
        if !table.header.iter().any(|name| name == required) {
            problems.push(format!("{file}: row 1: the column `{required}` is missing"));
        }
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let letter = |column: &str| {
        table
            .header
            .iter()
            .position(|name| name == column)
            .map(Table::column_letter)
            .unwrap_or_else(|| "?".into())
    };
    // A CSV export quotes formula-like cells (`'=…`); an XLSX cell is text as it stands.
    let quoted = !records::is_xlsx(&path.to_string_lossy());
    let mut rows = Vec::new();
    for (row_number, cells) in &table.rows {
        let map: HashMap<String, String> = table
            .header
            .iter()
            .cloned()
            .zip(
                cells
                    .iter()
                    .map(|cell| if quoted { restore(cell) } else { cell }.to_owned()),
            )
            .collect();
        match parse_row(&map) {
            Ok(row) => rows.push((*row_number, row)),
            Err(failure) => {
                for error in failure.errors {
                    problems.push(format!(
                        "{file}: row {row_number}, column {} ({}): {}",
                        letter(&error.column),
                        error.column,
                        error.message
                    ));
                }
            }
        }
    }
    Ok(if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    })
}

pub async fn import(
    store: &Store,
    city: &str,
    path: &Path,
    dry_run: bool,
    actor: &str,
    limits: &Limits,
) -> anyhow::Result<ExitCode> {
    let bytes = crate::config::read_limited(path, limits)?;
    let table = match records::read_table(&path.display().to_string(), &bytes, limits) {
        Ok(table) => table,
        Err(problems) => {
            let problems: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
            return Ok(report(path, &problems));
        }
    };
    let rows = match rows_of(path, &table)? {
        Ok(rows) => rows,
        Err(problems) => return Ok(report(path, &problems)),
    };
    let letter = |column: &str| {
        table
            .header
            .iter()
            .position(|name| name == column)
            .map(Table::column_letter)
            .unwrap_or_else(|| "?".into())
    };
    match store
        .import_measures(
            city,
            &rows,
            &teilhabe_store::measures::ImportOptions {
                demo: false,
                dry_run,
                source: path.display().to_string(),
            },
            actor,
            super::clock().now(),
        )
        .await
    {
        Ok(summary) => {
            print_summary(path, &summary, dry_run);
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Rows(errors)) => {
            let problems: Vec<String> = errors
                .iter()
                .map(|e| {
                    format!(
                        "{}: row {}, column {} ({}): {}",
                        path.display(),
                        e.row,
                        letter(&e.column),
                        e.column,
                        e.message
                    )
                })
                .collect();
            Ok(report(path, &problems))
        }
        Err(ImportError::Store(error)) => Err(error.into()),
    }
}

fn report(path: &Path, problems: &[String]) -> ExitCode {
    for problem in problems {
        eprintln!("{problem}");
    }
    eprintln!(
        "{}: {} problem(s); nothing was changed",
        path.display(),
        problems.len()
    );
    ExitCode::FAILURE
}

fn print_summary(path: &Path, summary: &ImportSummary, dry_run: bool) {
    let verb = if dry_run { "would " } else { "" };
    for (row, id, title) in &summary.created {
        if dry_run {
            println!("row {row}: would create \"{title}\"");
        } else {
            println!("row {row}: created measure {id} \"{title}\"");
        }
    }
    for updated in &summary.updated {
        println!("row {}: {verb}change measure {}:", updated.row, updated.id);
        for change in &updated.changes {
            println!(
                "    {}: {} → {}",
                change.column,
                one_line(&change.old),
                one_line(&change.new)
            );
        }
    }
    println!(
        "{}: {verb}create {}, {verb}change {}, {} unchanged{}",
        path.display(),
        summary.created.len(),
        summary.updated.len(),
        summary.unchanged,
        if dry_run {
            " (dry run: nothing was written)"
        } else {
            ""
        }
    );
}

fn one_line(value: &str) -> String {
    let value = value.replace('\n', " | ");
    if value.is_empty() {
        "(empty)".to_owned()
    } else {
        value
    }
}

/// The file format to write: from `--format`, else from the file's extension, else CSV.
pub fn export_format(format: Option<&str>, out: Option<&PathBuf>) -> anyhow::Result<bool> {
    match format {
        Some("xlsx") => Ok(true),
        Some("csv") => Ok(false),
        Some(other) => anyhow::bail!("unknown format `{other}`; expected csv or xlsx"),
        None => Ok(out.is_some_and(|path| records::is_xlsx(&path.to_string_lossy()))),
    }
}

pub async fn export(
    store: &Store,
    city: &str,
    xlsx: bool,
    out: Option<&PathBuf>,
) -> anyhow::Result<ExitCode> {
    let measures = store.measures(city, &MeasureFilter::default()).await?;
    let format = if xlsx {
        FileFormat::Xlsx
    } else {
        FileFormat::Csv
    };
    let bytes = measures_file(&measures, format)?;
    match out {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("{}: {} measures", path.display(), measures.len());
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&bytes)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
