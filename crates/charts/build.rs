#![allow(clippy::panic, reason = "a build script reports failure by panicking")]
//! Embeds the district geometries (`data/geo/<city>-districts.geojson`) for the maps.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let crate_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let dir = crate_dir.join("../../data/geo");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .collect();
    entries.sort();
    let mut code = String::from(
        "/// District geometries from data/geo: (city slug, GeoJSON).\npub static GEO: &[(&str, &str)] = &[\n",
    );
    for path in &entries {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(city) = name.strip_suffix("-districts.geojson") {
            let absolute = path
                .canonicalize()
                .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
            let _ = writeln!(
                code,
                "    ({city:?}, include_str!({:?})),",
                absolute.display().to_string()
            );
        }
    }
    code.push_str("];\n");
    let out = PathBuf::from(env("OUT_DIR")).join("geo.rs");
    std::fs::write(&out, code).unwrap_or_else(|error| panic!("write {}: {error}", out.display()));
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}
