use super::*;
use crate::aggregate::{ComputeOptions, NoProgress, aggregate};
use crate::status::DerivationOptions;

fn data() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn options(seed: u64) -> GenerateOptions {
    GenerateOptions {
        first_year: 2020,
        last_year: 2022,
        scale: 0.01,
        seed,
        codes: CodeStyle::Iso2,
    }
}

fn generate(dir: &std::path::Path, name: &str, options: GenerateOptions) -> Vec<u8> {
    let config = StatsConfig::load(&data(), "bielefeld").unwrap();
    let params = Params::load(
        &data().join("stats/bielefeld/population.toml"),
        &config.countries,
    )
    .unwrap();
    let path = dir.join(name);
    generate_to_file(&path, &config, params, options, &NoProgress).unwrap();
    std::fs::read(path).unwrap()
}

#[test]
fn same_seed_same_file_other_seed_other_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = generate(dir.path(), "a.csv", options(42));
    let b = generate(dir.path(), "b.csv", options(42));
    let c = generate(dir.path(), "c.csv", options(43));
    assert_eq!(a, b);
    assert_ne!(a, c);
    assert!(!dir.path().join("a.csv.partial").exists());
}

#[test]
fn generated_extract_is_valid_and_plausible() {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path(), "pop.csv", options(7));
    let config = StatsConfig::load(&data(), "bielefeld").unwrap();
    let result = aggregate(
        &dir.path().join("pop.csv"),
        &config,
        ComputeOptions {
            threads: 2,
            lenient: false,
            derivation: DerivationOptions::default(),
        },
        &NoProgress,
    )
    .unwrap();
    assert_eq!(result.report.rows_rejected, 0);
    assert_eq!(result.years.len(), 3);
    for (year, by_status) in &result.report.persons_by_status {
        let total: u64 = by_status.values().sum();
        assert!((3000..4000).contains(&total), "{year}: {total} residents");
        let without = by_status["NO_MH"];
        let share = 1.0 - without as f64 / total as f64;
        assert!(
            (0.25..0.50).contains(&share),
            "{year}: share with MH {share}"
        );
        for code in ["FOREIGN", "DE_NAT", "DE_LATE", "CHILD_PARENT"] {
            assert!(by_status[code] > 0, "{year}: no {code}");
        }
    }
}

#[test]
fn persons_persist_across_years() {
    let dir = tempfile::tempdir().unwrap();
    let text = String::from_utf8(generate(dir.path(), "pop.csv", options(3))).unwrap();
    let ids = |year: &str| -> std::collections::HashSet<String> {
        text.lines()
            .filter(|line| line.starts_with(year))
            .map(|line| line.split(';').nth(1).unwrap().to_string())
            .collect()
    };
    let first = ids("2020");
    let second = ids("2021");
    let kept = first.intersection(&second).count();
    assert!(
        kept as f64 > 0.85 * first.len() as f64,
        "{kept} of {}",
        first.len()
    );
    assert!(second.len() > kept, "newcomers and births appear");
}
