//! `teilhabe audit DIR`: the intruder's audit of a written cubes folder (docs/statistics.md).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use teilhabe_stats::disclosure::audit_published;

#[derive(Args)]
pub struct AuditArgs {
    /// A cubes folder written by `teilhabe compute` (reads codelists.csv, cube.csv and
    /// metadata.json as published; internal/suppression.csv only to know which cells are
    /// primary).
    dir: PathBuf,
    /// Smallest count that may be published (default: metadata.json's `min_count`).
    #[arg(long)]
    min_count: Option<u64>,
}

pub fn run(args: AuditArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let report = audit_published(&args.dir, args.min_count)?;
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{} cells ({} suppressed, {} primary); {} relations + {} from identities; {} groups (largest {}); {} LPs; narrowest primary range {:.2}; {:.2} s",
        report.cells,
        report.suppressed_cells,
        report.primary_cells,
        report.relations,
        report.identity_relations,
        report.groups,
        report.largest_group,
        report.linear_programmes,
        report.narrowest_width.unwrap_or(f64::INFINITY),
        seconds
    );
    if report.passed() {
        eprintln!("passed: no primary cell can be narrowed");
        return Ok(ExitCode::SUCCESS);
    }
    for finding in &report.failing {
        eprintln!(
            "narrowed: {} range [{}, {}]{}",
            finding.cell,
            finding.lower,
            finding.upper,
            if finding.exact { "" } else { " (local system)" }
        );
    }
    eprintln!(
        "failed: {} primary cell(s) narrowed (the range must be at least {} wide)",
        report.failing.len(),
        report.required_width
    );
    Ok(ExitCode::FAILURE)
}
