//! The two disclosures of issue 9, reproduced from synthetic extracts and attacked as an intruder
//! would (from the published files alone), and the audit on small cities and single districts.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test binary: failing loudly is the point

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::json;
use teilhabe_stats::aggregate::{ComputeOptions, NoProgress, aggregate};
use teilhabe_stats::config::StatsConfig;
use teilhabe_stats::cube::{self, Cube};
use teilhabe_stats::disclosure::{
    DisclosureOptions, PublicAuditReport, Structure, audit_published, split_csv_line, suppress,
};
use teilhabe_stats::generate::{CodeStyle, GenerateOptions, Params, generate_to_file};
use teilhabe_stats::output::{self, Metadata, Outputs};
use teilhabe_stats::pipeline::{DisclosureMethod, PipelineOptions, run};
use teilhabe_stats::status::DerivationOptions;

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn config() -> StatsConfig {
    StatsConfig::load(&data(), "bielefeld").unwrap()
}

fn population(dir: &Path, scale: f64, seed: u64) -> PathBuf {
    let config = config();
    let path = dir.join(format!("pop-{scale}-{seed}.csv"));
    let params = Params::load(
        &data().join("stats/bielefeld/population.toml"),
        &config.countries,
    )
    .unwrap();
    let options = GenerateOptions {
        first_year: 2024,
        last_year: 2024,
        scale,
        seed,
        codes: CodeStyle::Iso2,
    };
    generate_to_file(&path, &config, params, options, &NoProgress).unwrap();
    path
}

/// The rows of one district (column 4 of the extract), as a statistics office might publish a
/// district's own tables.
fn district(register: &Path, code: &str) -> PathBuf {
    let text = std::fs::read_to_string(register).unwrap();
    let mut lines = text.lines();
    let mut out = String::from(lines.next().unwrap());
    out.push('\n');
    for line in lines {
        if line.split(';').nth(3) == Some(code) {
            out.push_str(line);
            out.push('\n');
        }
    }
    let path = register.with_extension(format!("district-{code}.csv"));
    std::fs::write(&path, out).unwrap();
    path
}

fn compute_options() -> ComputeOptions {
    ComputeOptions {
        threads: 2,
        lenient: false,
        derivation: DerivationOptions::default(),
    }
}

/// `teilhabe compute` with its defaults (no indicators), optionally with `--audit`.
fn compute(register: &Path, out: &Path, audit: bool) -> teilhabe_stats::pipeline::RunSummary {
    let options = PipelineOptions {
        compute: compute_options(),
        disclosure: DisclosureMethod::Suppression {
            min_count: 3,
            audit,
            repair_rounds: 20,
        },
        indicators_dir: None,
        created: "2026-12-02T00:00:00Z".into(),
        base_counts: None,
    };
    run(register, out, &config(), &options, &NoProgress).unwrap()
}

/// What the engine published before identities were modelled: the same cube and suppression,
/// without the identity relations, written the same way.
fn compute_blind_to_identities(register: &Path, out: &Path) -> Cube {
    let config = config();
    let mut aggregates = aggregate(register, &config, compute_options(), &NoProgress).unwrap();
    aggregates.allocate_sex();
    let mut cube = cube::build_with(&config, &aggregates, &[]);
    let options = DisclosureOptions::new(3);
    suppress(&mut cube, &Structure::of(&config), &options);
    let metadata = Metadata {
        format_version: output::FORMAT_VERSION,
        rules_version: output::RULES_VERSION,
        source: "test".into(),
        city_code: config.areas.city_code.clone(),
        city_name: config.areas.city_name.clone(),
        reference_years: vec![2024],
        reference_dates: Default::default(),
        concept: json!({}),
        sex_allocation: json!({}),
        // Not listed: the intruder knows rule 1 from the documentation, and so does the audit.
        identities: json!([]),
        disclosure_control: json!({ "method": "suppression", "min_count": 3 }),
        created: "2026-12-02T00:00:00Z".into(),
        generator: "test".into(),
    };
    output::write_all(
        out,
        &Outputs {
            config: &config,
            cube: &cube,
            metadata: &metadata,
            report: &json!({}),
            indicators: &[],
            audit_ranges: None,
            certificates: &[],
        },
        |_| Ok(()),
    )
    .unwrap();
    cube
}

fn audit(dir: &Path) -> PublicAuditReport {
    audit_published(dir, None).unwrap()
}

/// Published rows of cube.csv: (table, measure, year, six codes) -> (value, conf_status).
fn published(dir: &Path) -> Vec<(Vec<String>, Option<u64>, String)> {
    let text = std::fs::read_to_string(dir.join("cube.csv")).unwrap();
    text.lines()
        .skip(1)
        .map(|line| {
            let fields = split_csv_line(line);
            (
                fields[0..9].to_vec(),
                fields[9].parse().ok(),
                fields[11].clone(),
            )
        })
        .collect()
}

/// Rewrites cube.csv as the engine published it before: `A` for primary, `D` for secondary.
fn publish_primary_and_secondary_flags(dir: &Path) {
    let internal = std::fs::read_to_string(dir.join("internal/suppression.csv")).unwrap();
    let kinds: HashMap<Vec<String>, String> = internal
        .lines()
        .skip(1)
        .map(|line| {
            let fields = split_csv_line(line);
            (fields[0..8].to_vec(), fields[8].clone())
        })
        .collect();
    let text = std::fs::read_to_string(dir.join("cube.csv")).unwrap();
    let mut out = String::new();
    for (index, line) in text.lines().enumerate() {
        let mut fields = split_csv_line(line);
        if index > 0 && fields[11] == "C" {
            let kind = &kinds[&fields[1..9].to_vec()];
            fields[11] = if kind == "primary" { "A" } else { "D" }.into();
        }
        let quoted: Vec<String> = fields
            .iter()
            .map(|field| output::csv_field(field))
            .collect();
        out.push_str(&quoted.join(","));
        out.push('\n');
    }
    std::fs::write(dir.join("cube.csv"), out).unwrap();
}

#[test]
fn the_public_files_carry_one_flag_for_every_suppressed_cell() {
    let dir = tempfile::tempdir().unwrap();
    let register = population(dir.path(), 0.1, 7);
    let out = dir.path().join("cubes");
    let summary = compute(&register, &out, false);
    let hidden = summary.suppression.primary + summary.suppression.secondary;
    assert!(summary.suppression.primary > 0 && summary.suppression.secondary > 0);
    // cube.csv, sdmx.csv and cube.json: F or C, never A or D.
    let rows = published(&out);
    let flagged: Vec<&str> = rows.iter().map(|(_, _, flag)| flag.as_str()).collect();
    assert!(flagged.iter().all(|flag| matches!(*flag, "F" | "C")));
    let sdmx = std::fs::read_to_string(out.join("sdmx.csv")).unwrap();
    let mut lines = sdmx.lines();
    let header = split_csv_line(lines.next().unwrap());
    let conf = header.iter().position(|h| h == "CONF_STATUS").unwrap();
    let mut sdmx_hidden = 0;
    for line in lines {
        let flag = split_csv_line(line)[conf].clone();
        assert!(matches!(flag.as_str(), "F" | "C"), "{line}");
        sdmx_hidden += usize::from(flag == "C");
    }
    assert_eq!(sdmx_hidden, flagged.iter().filter(|f| **f == "C").count());
    let cube_json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("cube.json")).unwrap()).unwrap();
    for table in cube_json["tables"].as_array().unwrap() {
        for observation in table["observations"].as_array().unwrap() {
            let flag = observation["conf_status"].as_str().unwrap();
            assert!(matches!(flag, "F" | "C"), "{observation}");
            assert_eq!(flag == "C", observation["obs_value"].is_null());
        }
    }
    // The distinction is kept, in the internal file only: one row per hidden cell.
    let internal = std::fs::read_to_string(out.join("internal/suppression.csv")).unwrap();
    let kinds: Vec<String> = internal
        .lines()
        .skip(1)
        .map(|line| split_csv_line(line)[8].clone())
        .collect();
    assert_eq!(kinds.len() as u64, hidden);
    assert_eq!(
        kinds.iter().filter(|kind| *kind == "primary").count() as u64,
        summary.suppression.primary
    );
    // No published cell names its kind.
    for file in ["cube.csv", "sdmx.csv"] {
        let text = std::fs::read_to_string(out.join(file)).unwrap();
        assert!(
            !text.contains("primary") && !text.contains("secondary"),
            "{file}"
        );
    }
}

/// Disclosure 1, exactly as issue 9 found it in the full synthetic city (scale 1, 2024, seed 1):
/// with `A` for primary and `D` for secondary cells (the old output) every primary cell is known
/// to be small, and e.g. T02, area 0201, DE_DUAL: 18–64 is published as 4, three of its age
/// groups as 0, and the two hidden ones are both 2. With one flag `C` the same suppression holds.
#[test]
fn publishing_the_primary_flag_pins_small_cells() {
    let dir = tempfile::tempdir().unwrap();
    let register = population(dir.path(), 1.0, 1);
    let out = dir.path().join("cubes");
    compute(&register, &out, false);
    let honest = audit(&out);
    assert!(honest.passed(), "{:?}", honest.failing.first());
    assert!(honest.primary_cells > 0);
    let rows = published(&out);
    let t02 = |age: &str| {
        rows.iter()
            .find(|(key, _, _)| {
                key[0] == "T02" && key[3] == "0201" && key[5] == age && key[6] == "DE_DUAL"
            })
            .map(|(_, value, flag)| (*value, flag.clone()))
            .unwrap()
    };
    assert_eq!(t02("Y18T64").0, Some(4));
    for age in ["Y18T19", "Y20T24", "Y45T64"] {
        assert_eq!(t02(age).0, Some(0));
    }
    for age in ["Y25T29", "Y30T44"] {
        assert_eq!(t02(age), (None, "C".to_string()));
    }

    publish_primary_and_secondary_flags(&out);
    let flagged = audit(&out);
    // Every primary cell is capped at 2 by its flag: none meets the requirement.
    assert_eq!(flagged.failing.len(), flagged.primary_cells);
    assert!(
        flagged
            .failing
            .iter()
            .all(|finding| finding.upper <= 2.0 + 1e-6)
    );
    for age in ["Y25T29", "Y30T44"] {
        let name = format!("PERSONS 2024 AREA=0201 AGE={age} MIGRATION_STATUS=DE_DUAL");
        let finding = flagged
            .failing
            .iter()
            .find(|finding| finding.cell == name)
            .unwrap();
        assert!(
            (finding.lower - 2.0).abs() < 1e-6 && (finding.upper - 2.0).abs() < 1e-6,
            "{finding:?}"
        );
    }
    let pinned = flagged
        .failing
        .iter()
        .filter(|finding| finding.upper - finding.lower < 1e-6)
        .count();
    eprintln!(
        "with A/D flags: {pinned} of {} primary cells pinned (proven ranges)",
        flagged.primary_cells
    );
}

/// Disclosure 2, in the same full city: an engine blind to rule 1 hides the city's FOREIGN
/// persons by migration status while the nationality tables publish the same number; the
/// intruder's audit (which knows rule 1) sees that. With the identity modelled, both sides are
/// hidden or published together, and `--audit` passes.
#[test]
fn the_identity_of_foreign_by_status_and_by_nationality_is_protected() {
    let dir = tempfile::tempdir().unwrap();
    let register = population(dir.path(), 1.0, 1);
    let blind = dir.path().join("blind");
    compute_blind_to_identities(&register, &blind);
    let exposed: Vec<(Side, Side)> = foreign_pairs(&blind)
        .into_iter()
        .filter(|((_, status), (_, nationality))| status.is_none() != nationality.is_none())
        .collect();
    let city = exposed
        .iter()
        .find(|((key, _), _)| key[2..5].iter().all(|code| code == "_T"))
        .expect("the city's FOREIGN total hidden on one side only");
    let report = audit(&blind);
    assert!(report.identity_relations > 0);
    assert!(!report.passed(), "the blind engine's output passed");

    let out = dir.path().join("cubes");
    assert_audit_passes(&register, &out);
    let pairs = foreign_pairs(&out);
    assert!(pairs.len() > 10);
    for ((key, status), (_, nationality)) in &pairs {
        assert_eq!(status, nationality, "{key:?}");
    }
    // The number the blind engine hid on one side is the one both sides now publish.
    let ((_, status), (_, nationality)) = city;
    let published_now = pairs
        .iter()
        .find(|((key, _), _)| key[2..5].iter().all(|code| code == "_T"))
        .unwrap();
    assert_eq!(status.or(*nationality), published_now.0.1);
}

type Side = (Vec<String>, Option<u64>);

/// Every (status FOREIGN, nationality total) cell with its (status total, nationality FOREIGN)
/// counterpart on the same margin.
fn foreign_pairs(dir: &Path) -> Vec<(Side, Side)> {
    let rows = published(dir);
    let by_key: HashMap<Vec<String>, Option<u64>> = rows
        .iter()
        .map(|(key, value, _)| (key[1..9].to_vec(), *value))
        .collect();
    let mut pairs = Vec::new();
    for (key, value) in &by_key {
        // key: measure, year, area, sex, age, migration_status, nationality, reference_country
        if key[5] == "FOREIGN" && key[6] == "_T" {
            let mut other = key.clone();
            other[5] = "_T".into();
            other[6] = "FOREIGN".into();
            if let Some(counterpart) = by_key.get(&other) {
                pairs.push(((key.clone(), *value), (other, *counterpart)));
            }
        }
    }
    pairs
}

fn assert_audit_passes(register: &Path, out: &Path) {
    let summary = compute(register, out, true);
    let public = summary.public_audit.expect("the intruder's audit ran");
    assert!(public.passed(), "{:?}", public.failing.first());
    assert_eq!(public.primary_cells as u64, summary.suppression.primary);
    assert!(public.identity_relations > 0);
    assert!(public.narrowest_width.unwrap() >= 2.0 - 1e-6);
    // And the standalone audit of the written folder agrees.
    let again = audit(out);
    assert!(again.passed());
    assert_eq!(again.primary_cells, public.primary_cells);
}

#[test]
fn the_intruders_audit_passes_a_fiftieth_and_one_of_its_districts() {
    let dir = tempfile::tempdir().unwrap();
    let register = population(dir.path(), 0.02, 3);
    assert_audit_passes(&register, &dir.path().join("city"));
    assert_audit_passes(&district(&register, "06"), &dir.path().join("district"));
}

#[test]
fn the_intruders_audit_passes_a_tenth_and_one_of_its_districts() {
    let dir = tempfile::tempdir().unwrap();
    let register = population(dir.path(), 0.1, 5);
    assert_audit_passes(&register, &dir.path().join("city"));
    assert_audit_passes(&district(&register, "02"), &dir.path().join("district"));
}
