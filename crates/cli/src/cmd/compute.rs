//! `teilhabe compute`: register extract -> migration status -> disclosure-controlled cubes.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use teilhabe_stats::aggregate::{ComputeOptions, Progress};
use teilhabe_stats::config::StatsConfig;
use teilhabe_stats::pipeline::{DisclosureMethod, PipelineOptions, run as run_pipeline};
use teilhabe_stats::status::DerivationOptions;

#[derive(Args)]
pub struct ComputeArgs {
    /// Register extract (docs/formats/register-extract.md); delimiter and encoding are detected.
    #[arg(long)]
    register: PathBuf,
    /// Output folder (replaced as a whole when the run succeeds).
    #[arg(long)]
    out: PathBuf,
    /// Audit every primary cell's feasible range by linear programming, first on the engine's
    /// structures (repairing what it can), then as the intruder: from the written files alone
    /// (`teilhabe audit`). Fails, naming a cell, if a range is too narrow; then nothing is written.
    #[arg(long)]
    audit: bool,
    /// Reject bad rows and count them by reason instead of stopping at the first.
    #[arg(long)]
    lenient: bool,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Smallest count published; 1 to min-count - 1 are suppressed.
    #[arg(long, default_value_t = 3)]
    min_count: u64,
    /// Round every value to this base (3, 5 or 10) instead of suppressing.
    #[arg(long, value_parser = ["3", "5", "10"])]
    rounding: Option<String>,
    /// Apply the federal definition: Germans born abroad whose linked parents have no migration
    /// background are not counted under rule 4.
    #[arg(long)]
    federal_exclusion: bool,
    /// Count persons with sex diverse or not stated as female or male in published tables (on),
    /// or publish them as recorded (off). Default: `[sex_allocation]` in data/stats/tables.toml.
    #[arg(long, value_parser = ["on", "off"])]
    sex_allocation: Option<String>,
    /// Audit repair rounds before failing.
    #[arg(long, default_value_t = 20)]
    repair_rounds: usize,
    /// City folder below data/stats/.
    #[arg(long, default_value = "bielefeld")]
    city: String,
    /// Skip the derived indicators.
    #[arg(long)]
    no_indicators: bool,
    /// Also write the unsuppressed finest counts to this file (confidential: for checks inside
    /// the statistics office, such as bench/stats.sh; never publish it).
    #[arg(long)]
    base_counts: Option<PathBuf>,
}

pub fn run(
    global: &crate::config::GlobalOptions,
    args: ComputeArgs,
) -> anyhow::Result<std::process::ExitCode> {
    let data = crate::config::Config::load(global, &crate::config::ServeOptions::default())?.data;
    if args.min_count < 1 {
        bail!("--min-count must be at least 1");
    }
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    if threads == 0 {
        bail!("--threads must be at least 1");
    }
    let mut config = StatsConfig::load(&data, &args.city)?;
    if let Some(setting) = &args.sex_allocation {
        config.set_sex_allocation(setting == "on");
    }
    let disclosure = match &args.rounding {
        Some(base) => DisclosureMethod::Rounding {
            base: base.parse().context("--rounding")?,
        },
        None => DisclosureMethod::Suppression {
            min_count: args.min_count,
            audit: args.audit,
            repair_rounds: args.repair_rounds,
        },
    };
    let options = PipelineOptions {
        compute: ComputeOptions {
            threads,
            lenient: args.lenient,
            derivation: DerivationOptions {
                federal_exclusion: args.federal_exclusion,
            },
        },
        disclosure,
        indicators_dir: (!args.no_indicators).then(|| data.join("indicators")),
        created: now_utc(),
        base_counts: args.base_counts.clone(),
    };
    let bar = Bar::bytes();
    let summary = run_pipeline(&args.register, &args.out, &config, &options, &bar)?;
    bar.finish();
    let t = summary.timings;
    eprintln!(
        "read {} rows ({} rejected); {} cells, {} suppressed primarily, {} secondarily{}{}; {} indicator rows -> {}",
        summary.rows_read,
        summary.rows_rejected,
        summary.cells,
        summary.suppression.primary,
        summary.suppression.secondary,
        summary
            .audit
            .as_ref()
            .map(|audit| format!(
                "; audit: {} hidden cells in {} groups, narrowest range {:.1}",
                audit.suppressed_cells,
                audit.groups,
                audit.narrowest_width.unwrap_or(f64::INFINITY)
            ))
            .unwrap_or_default(),
        summary
            .public_audit
            .as_ref()
            .map(|audit| format!(
                "; intruder's audit of the files: {} primary cells, {} relations + {} from identities, narrowest range {:.1}",
                audit.primary_cells,
                audit.relations,
                audit.identity_relations,
                audit.narrowest_width.unwrap_or(f64::INFINITY)
            ))
            .unwrap_or_default(),
        summary.indicator_rows,
        args.out.display()
    );
    eprintln!(
        "timings (s): read+derive+aggregate {:.3}, cube {:.3}, suppression {:.3}, audit {:.3}, intruder's audit {:.3}, indicators {:.3}, write {:.3}",
        t.read_derive_aggregate,
        t.build_cube,
        t.suppression,
        t.audit,
        t.public_audit,
        t.indicators,
        t.write
    );
    Ok(std::process::ExitCode::SUCCESS)
}

/// The current time as an ISO 8601 UTC timestamp, read once at the edge of the program.
fn now_utc() -> String {
    utc_stamp(super::clock().now())
}

/// `at` as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, UTC), as the metadata file records it.
fn utc_stamp(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A progress bar on stderr, silent when stderr is not a terminal (shared with `generate`).
pub struct Bar(Option<ProgressBar>);

impl Bar {
    pub fn new(unit: &str) -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::new(0);
        let template = format!("{{bar:40}} {{pos}}/{{len}} {unit} ({{eta}})");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Self(Some(bar))
    }

    pub fn bytes() -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::new(0);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} ({bytes_per_sec}, {eta})")
        {
            bar.set_style(style);
        }
        Self(Some(bar))
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn advance(&self, done: u64, total: u64) {
        if let Some(bar) = &self.0 {
            bar.set_length(total);
            bar.set_position(done);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::utc_stamp;

    #[test]
    fn stamps_are_whole_seconds_in_utc_across_leap_days() {
        let at: jiff::Timestamp = "2024-02-29T23:59:59.75+01:00".parse().unwrap();
        assert_eq!(utc_stamp(at), "2024-02-29T22:59:59Z");
        let at: jiff::Timestamp = "1970-01-01T00:00:00Z".parse().unwrap();
        assert_eq!(utc_stamp(at), "1970-01-01T00:00:00Z");
    }
}
