//! Diagnostics: suppression and audit figures of a register extract (not part of the CLI).
//! `cargo run --release -p teilhabe-stats --example groups -- pop.csv`
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
    let structure = disclosure::Structure::of(&config);
    let started = std::time::Instant::now();
    let (summary, mut certificates) =
        disclosure::suppress(&mut cube, &structure, &disclosure_options);
    println!(
        "{summary:?} in {:?}; {} cells",
        started.elapsed(),
        cube.cells.len()
    );
    let started = std::time::Instant::now();
    let report = disclosure::audit(
        &mut cube,
        &structure,
        &disclosure_options,
        &mut certificates,
        20,
    )
    .map(|mut report| {
        report.ranges.clear();
        report
    });
    println!("{report:?} in {:?}", started.elapsed());
    Ok(())
}
