#![allow(clippy::panic, reason = "a build script reports failure by panicking")]
//! Embeds the front-end assets into the binary (one file to deploy). The translations are
//! embedded by `teilhabe-i18n`, the district geometries by `teilhabe-charts`.
//!
//! The KERN UX design system comes from npm (`@kern-ux/native`, pinned in package-lock.json at the
//! workspace root). When `node_modules` does not hold the pinned version, this script runs
//! `npm ci`, so a fresh checkout builds with `cargo build` alone, given Node.js and npm.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const KERN_PACKAGE: &str = "node_modules/@kern-ux/native";

fn main() {
    let crate_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let root = crate_dir.join("../..");
    let out_dir = PathBuf::from(env("OUT_DIR"));

    println!(
        "cargo:rerun-if-changed={}",
        root.join("package-lock.json").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        crate_dir.join("assets").display()
    );
    println!(
        "cargo:rerun-if-changed={}",
        root.join(KERN_PACKAGE).join("package.json").display()
    );

    ensure_npm_packages(&root);

    let kern = root.join(KERN_PACKAGE).join("dist");
    let mut assets: Vec<(String, PathBuf)> = vec![
        ("kern.min.css".into(), kern.join("kern.min.css")),
        (
            "fonts/fira-sans.css".into(),
            kern.join("fonts/fira-sans.css"),
        ),
    ];
    let font_css = read(&kern.join("fonts/fira-sans.css"));
    for font in font_css
        .split("url(\"./")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
    {
        assets.push((format!("fonts/{font}"), kern.join("fonts").join(font)));
    }
    for entry in read_dir(&crate_dir.join("assets")) {
        let name = file_name(&entry);
        assets.push((name, entry));
    }

    let mut code = String::from(
        "/// Static files served under /assets/: (path, bytes).\npub static ASSETS: &[(&str, &[u8])] = &[\n",
    );
    for (name, path) in &assets {
        assert!(path.exists(), "asset {} is missing", path.display());
        let _ = writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            absolute(path)
        );
    }
    code.push_str("];\n");
    std::fs::write(out_dir.join("embedded.rs"), code)
        .unwrap_or_else(|error| panic!("write embedded.rs: {error}"));
}

fn ensure_npm_packages(root: &Path) {
    let lock = read(&root.join("package-lock.json"));
    let pinned = lock
        .split("\"node_modules/@kern-ux/native\"")
        .nth(1)
        .and_then(|rest| rest.split("\"version\": \"").nth(1))
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("package-lock.json does not pin @kern-ux/native"))
        .to_owned();
    let installed =
        std::fs::read_to_string(root.join(KERN_PACKAGE).join("package.json")).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{pinned}\"")) {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(root)
        .status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!(
            "`npm ci` in {} failed ({status}); the KERN UX design system is needed to build the web app",
            root.display()
        ),
        Err(error) => panic!(
            "cannot run `npm ci` ({error}); install Node.js and npm (Debian: apt-get install nodejs npm) to build the web app"
        ),
    }
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("read {}: {error}", path.display()))
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("read {}: {error}", dir.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file())
        .collect();
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
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
