//! The whole `compute` run: read and aggregate, build the cube, disclosure control, indicators,
//! write. Each step is timed on its own (suppression and audit separately from the rest).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::json;

use crate::aggregate::{ComputeOptions, Progress, aggregate};
use crate::config::StatsConfig;
use crate::cube;
use crate::disclosure::{self, AuditReport, DisclosureOptions, Structure, SuppressionSummary};
use crate::error::StatsError;
use crate::indicators;
use crate::output::{self, Metadata, Outputs};

#[derive(Debug, Clone, Copy, Serialize)]
pub enum DisclosureMethod {
    /// Primary and secondary suppression; `audit` runs the LP audit (with repairs).
    Suppression {
        min_count: u64,
        audit: bool,
        repair_rounds: usize,
    },
    /// Rounding of every cell to a multiple of the base instead of suppression.
    Rounding { base: u64 },
}

#[derive(Debug, Clone)]
pub struct PipelineOptions {
    pub compute: ComputeOptions,
    pub disclosure: DisclosureMethod,
    pub indicators_dir: Option<PathBuf>,
    /// Creation timestamp written to the metadata (injected, so runs can be reproduced).
    pub created: String,
    /// Also write the unsuppressed finest cells here (for verification inside the statistics
    /// office, e.g. the benchmark's comparison; never for publication).
    pub base_counts: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Timings {
    pub read_derive_aggregate: f64,
    pub build_cube: f64,
    pub suppression: f64,
    pub audit: f64,
    /// The intruder's audit of the written files (`--audit`).
    pub public_audit: f64,
    pub indicators: f64,
    pub write: f64,
    pub base_counts: f64,
}

impl Timings {
    /// Everything except disclosure control.
    pub fn pipeline_without_disclosure(&self) -> f64 {
        self.read_derive_aggregate + self.build_cube + self.indicators + self.write
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    pub rows_read: u64,
    pub rows_rejected: u64,
    pub cells: usize,
    pub suppression: SuppressionSummary,
    pub audit: Option<AuditReport>,
    /// The intruder's audit of the written files (`--audit`).
    pub public_audit: Option<disclosure::PublicAuditReport>,
    pub indicator_rows: usize,
    pub timings: Timings,
}

fn seconds(duration: Duration) -> f64 {
    duration.as_secs_f64()
}

pub fn run(
    register: &Path,
    out: &Path,
    config: &StatsConfig,
    options: &PipelineOptions,
    progress: &dyn Progress,
) -> Result<RunSummary, StatsError> {
    let mut timings = Timings::default();
    let started = Instant::now();
    let mut aggregates = aggregate(register, config, options.compute, progress)?;
    timings.read_derive_aggregate = seconds(started.elapsed());
    if let Some(path) = &options.base_counts {
        let started = Instant::now();
        output::write_base_counts(path, config, &aggregates)?;
        timings.base_counts = seconds(started.elapsed());
    }

    // After the base counts (which keep the recorded sex), before the cube.
    let allocation = config
        .sex_allocation
        .enabled
        .then(|| aggregates.allocate_sex());

    let started = Instant::now();
    let mut cube = cube::build(config, &aggregates);
    timings.build_cube = seconds(started.elapsed());

    let mut suppression = SuppressionSummary::default();
    let mut audit = None;
    let mut all_certificates = Vec::new();
    let disclosure_json = match options.disclosure {
        DisclosureMethod::Suppression {
            min_count,
            audit: run_audit,
            repair_rounds,
        } => {
            let disclosure_options = DisclosureOptions::new(min_count);
            let structure = Structure::of(config);
            let started = Instant::now();
            let (summary, mut certificates) =
                disclosure::suppress(&mut cube, &structure, &disclosure_options);
            suppression = summary;
            timings.suppression = seconds(started.elapsed());
            if run_audit {
                let started = Instant::now();
                let report = disclosure::audit(
                    &mut cube,
                    &structure,
                    &disclosure_options,
                    &mut certificates,
                    repair_rounds,
                )?;
                suppression.secondary += report.repaired_cells;
                timings.audit = seconds(started.elapsed());
                audit = Some(report);
            }
            all_certificates = certificates;
            json!({
                "method": "suppression",
                "min_count": min_count,
                "rule": "counts from 1 to min_count - 1 are suppressed (primary); zeros and the grand total are never suppressed; every suppressed cell is published with CONF_STATUS C whether primary or secondary",
                "secondary": "hypercube method over hierarchies and shared cells, or where no hypercube exists a protecting move found by linear programming (each primary cell gets a certificate), then every additive relation and identity hides 0 or at least 2 cells",
                "required_range_width": disclosure_options.required_width,
                "audited": run_audit,
            })
        }
        DisclosureMethod::Rounding { base } => {
            let started = Instant::now();
            disclosure::round(&mut cube, base);
            timings.suppression = seconds(started.elapsed());
            json!({
                "method": "rounding",
                "rounding_base": base,
                "rule": "every value rounded half up to a multiple of the base; zeros stay zero; totals rounded on their own",
            })
        }
    };

    let started = Instant::now();
    let definitions = match &options.indicators_dir {
        Some(dir) => indicators::load_definitions(dir)?,
        None => Vec::new(),
    };
    let indicator_rows = indicators::compute(config, &cube, &definitions)?;
    timings.indicators = seconds(started.elapsed());

    let started = Instant::now();
    let metadata = Metadata {
        format_version: output::FORMAT_VERSION,
        rules_version: output::RULES_VERSION,
        source: format!(
            "residents' register extract {}",
            register
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ),
        city_code: config.areas.city_code.clone(),
        city_name: config.areas.city_name.clone(),
        reference_years: aggregates.years.keys().copied().collect(),
        reference_dates: aggregates.report.reference_dates.clone(),
        sex_allocation: sex_allocation_metadata(config),
        concept: json!({
            "migration_status": "MH: migration background derived from register features (MigraPro-style cascade, docs/statistics.md)",
            "nationality": "NAT: first nationality",
            "federal_exclusion": options.compute.derivation.federal_exclusion,
        }),
        disclosure_control: disclosure_json,
        identities: serde_json::Value::Array(
            crate::identities::derive(config)
                .iter()
                .map(|identity| identity.codes(config))
                .collect(),
        ),
        created: options.created.clone(),
        generator: format!("teilhabe {}", env!("CARGO_PKG_VERSION")),
    };
    let audit_ranges: Option<Vec<(u32, f64, f64, bool)>> = audit.as_ref().map(|report| {
        report
            .ranges
            .iter()
            .map(|f| (f.cell, f.lower, f.upper, f.exact))
            .collect()
    });
    let report = json!({
        "read": aggregates.report,
        "sex_allocation": {
            "enabled": config.sex_allocation.enabled,
            "moved_by_year": allocation,
            "confidential_note": "read.persons_by_sex and these moves are the true counts of sex D and X: for the statistics office, not for publication",
        },
        "cells": {
            "published": cube.cells.len(),
            "suppressed_primary": suppression.primary,
            "suppressed_secondary": suppression.secondary,
            "primary_without_hypercube": suppression.without_hypercube,
            "primary_protected_by_lp": suppression.by_linear_programme,
            "primary_unprotected": suppression.unprotected,
            "unresolved_relations": suppression.unresolved_relations,
        },
        "audit": audit,
        "indicator_rows": indicator_rows.len(),
        "timings_seconds": timings,
        "confidential_note": "persons_by_status holds unsuppressed city totals: for the statistics office, not for publication",
    });
    // With --audit, the intruder's audit reads the staged files before they replace `out`.
    let public_min_count = match options.disclosure {
        DisclosureMethod::Suppression {
            min_count,
            audit: true,
            ..
        } => Some(min_count),
        _ => None,
    };
    let mut public_audit = None;
    let mut public_seconds = 0.0;
    output::write_all(
        out,
        &Outputs {
            config,
            cube: &cube,
            metadata: &metadata,
            report: &report,
            indicators: &indicator_rows,
            audit_ranges: audit_ranges.as_deref(),
            certificates: &all_certificates,
        },
        |staged| {
            let Some(min_count) = public_min_count else {
                return Ok(());
            };
            let started = Instant::now();
            let report = disclosure::audit_published(staged, Some(min_count))?;
            public_seconds = seconds(started.elapsed());
            output::write_public_audit(staged, &report)?;
            if let Some(first) = report.failing.first() {
                return Err(StatsError::PublicAuditFailed {
                    failing: report.failing.len(),
                    required: report.required_width,
                    first: format!("{}: range [{}, {}]", first.cell, first.lower, first.upper),
                });
            }
            public_audit = Some(report);
            Ok(())
        },
    )?;
    timings.public_audit = public_seconds;
    timings.write = seconds(started.elapsed()) - public_seconds;
    Ok(RunSummary {
        rows_read: aggregates.report.rows_read,
        rows_rejected: aggregates.report.rows_rejected,
        cells: cube.cells.len(),
        suppression,
        audit,
        public_audit,
        indicator_rows: indicator_rows.len(),
        timings,
    })
}

/// `metadata.json`'s note on sex D and X: allocated to F and M (which tables) or published as
/// recorded.
fn sex_allocation_metadata(config: &StatsConfig) -> serde_json::Value {
    use crate::config::Measure;
    use crate::dimensions::DimensionId;
    let with_sex: Vec<&str> = config
        .tables
        .iter()
        .filter(|table| table.dimensions.contains(&DimensionId::Sex))
        .map(|table| table.id.as_str())
        .collect();
    let dx_tables: Vec<&str> = config
        .tables
        .iter()
        .filter(|table| table.measure == Measure::PersonsSexDx)
        .map(|table| table.id.as_str())
        .collect();
    if !config.sex_allocation.enabled {
        return json!({
            "applied": false,
            "method": "none: sex as recorded (F, M, D diverse, X not stated)",
            "tables_by_sex": with_sex,
            "recorded_dx_tables": dx_tables,
        });
    }
    json!({
        "applied": true,
        "method": "persons with sex recorded as diverse (D) or not stated (X) are counted as female or male in every table broken down by sex; each person is assigned by a keyed hash of person id and reference year (about half to each, independent of area, age and status; reruns give the same tables), following the practice of German official statistics (Destatis: census 2022, population tables)",
        "tables_by_sex": with_sex,
        "recorded_dx_tables": dx_tables,
        "note_de": output::SEX_ALLOCATION_NOTE_DE,
        "note_en": output::SEX_ALLOCATION_NOTE_EN,
    })
}
