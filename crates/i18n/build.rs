#![allow(clippy::panic, reason = "a build script reports failure by panicking")]
//! Embeds every `data/i18n/*.ftl` into the library, so the web and the report speak from one
//! set of translations and the binary needs no files at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let crate_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let dir = crate_dir.join("../../data/i18n");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    entries.sort();
    let mut code = String::from(
        "/// Translation files from data/i18n: (language code, Fluent source).\npub static LOCALES: &[(&str, &str)] = &[\n",
    );
    for path in &entries {
        let Some(language) = path
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
        else {
            continue;
        };
        println!("cargo:rerun-if-changed={}", path.display());
        let _ = writeln!(
            code,
            "    ({language:?}, include_str!({:?})),",
            absolute(path)
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(env("OUT_DIR")).join("locales.rs");
    std::fs::write(&out, code).unwrap_or_else(|error| panic!("write {}: {error}", out.display()));
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

fn absolute(path: &Path) -> String {
    path.canonicalize()
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .display()
        .to_string()
}
