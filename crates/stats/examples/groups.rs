//! Diagnostics: suppression and audit statistics of a register extract (not part of the CLI).
use teilhabe_stats::*;
fn main() -> Result<(), StatsError> {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let config = config::StatsConfig::load(&data, "bielefeld")?;
    let path = std::env::args().nth(1).unwrap_or_default();
    let options = aggregate::ComputeOptions {
        threads: 2,
        lenient: false,
        derivation: Default::default(),
    };
    let aggregates = aggregate::aggregate(
        std::path::Path::new(&path),
        &config,
        options,
        &aggregate::NoProgress,
    )?;
    let mut cube = cube::build(&config, &aggregates);
    let disclosure_options = disclosure::DisclosureOptions::new(3);
    let summary = disclosure::suppress(&mut cube, &disclosure_options);
    println!(
        "{summary:?}, {} cells, {} relations",
        cube.cells.len(),
        cube.relations.len()
    );
    let started = std::time::Instant::now();
    let report = disclosure::audit(&mut cube, &disclosure_options, 5);
    println!(
        "{:?} in {:?}",
        report.map(|mut r| {
            r.ranges.clear();
            r
        }),
        started.elapsed()
    );
    Ok(())
}
