#![allow(clippy::panic, reason = "a build script reports failure by panicking")]
//! Embeds the demo monitoring data into the binary, so `serve --demo` needs no data folder (one
//! file to deploy): Bielefeld's indicator catalogue (`data/indicators/bielefeld/*.toml`) and the
//! demo import files with their mappings (`data/demo/monitoring/`), and the shipped content
//! translations (`data/translations/bielefeld/*.xlf`, issue 14) where there are any.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| panic!("CARGO_MANIFEST_DIR")),
    )
    .join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| panic!("OUT_DIR")));
    let indicators = root.join("data/indicators/bielefeld");
    let demo = root.join("data/demo/monitoring");
    for dir in [&indicators, &demo] {
        println!("cargo:rerun-if-changed={}", dir.display());
    }
    let mut code = String::from(
        "/// Bielefeld's indicator catalogue: (file name, TOML).\npub static CATALOGUE: &[(&str, &str)] = &[\n",
    );
    for path in files(&indicators, |name| name.ends_with(".toml")) {
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            name(&path),
            absolute(&path)
        );
    }
    code.push_str(
        "];\n\n/// Demo import files: (data file name, bytes, mapping TOML).\npub static DEMO_IMPORTS: &[(&str, &[u8], &str)] = &[\n",
    );
    for mapping in files(&demo, |name| name.ends_with(".mapping.toml")) {
        let stem = name(&mapping).trim_end_matches(".mapping.toml").to_owned();
        let data = files(&demo, |name| {
            name.starts_with(&format!("{stem}.")) && !name.ends_with(".toml")
        });
        let [data] = data.as_slice() else {
            panic!(
                "{}: expected exactly one data file named {stem}.*",
                mapping.display()
            );
        };
        let _ = writeln!(
            code,
            "    ({:?}, include_bytes!({:?}), include_str!({:?})),",
            name(data),
            absolute(data),
            absolute(&mapping)
        );
    }
    code.push_str("];\n");
    // Issue 14: shipped content translations; a build without them has none.
    let translations = root.join("data/translations");
    println!("cargo:rerun-if-changed={}", translations.display());
    let shipped = translations.join("bielefeld");
    println!("cargo:rerun-if-changed={}", shipped.display());
    code.push_str(
        "\n/// Shipped content translations of Bielefeld: (file name, XLIFF).\npub static TRANSLATIONS: &[(&str, &[u8])] = &[\n",
    );
    if shipped.is_dir() {
        for path in files(&shipped, |name| name.ends_with(".xlf")) {
            let _ = writeln!(
                code,
                "    ({:?}, include_bytes!({:?})),",
                name(&path),
                absolute(&path)
            );
        }
    }
    code.push_str("];\n");
    std::fs::write(out.join("demo_data.rs"), code)
        .unwrap_or_else(|error| panic!("write demo_data.rs: {error}"));
}

fn files(dir: &Path, keep: impl Fn(&str) -> bool) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && keep(&name(path)))
        .collect();
    found.sort();
    found
}

fn name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn absolute(path: &Path) -> String {
    path.canonicalize()
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .display()
        .to_string()
}
