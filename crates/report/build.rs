#![allow(clippy::panic, reason = "a build script reports failure by panicking")]
//! Makes the report's fonts: KERN UX (npm `@kern-ux/native`, the design system the web uses)
//! ships Noto Sans as WOFF 1.0, and so does `@fontsource/noto-sans-arabic` (the face the web
//! embeds for Arabic); typst reads only TrueType/OpenType. A WOFF 1.0 file is an
//! sfnt whose tables are zlib-compressed one by one, so unpacking it is exact: the result is the
//! font as its makers built it. Written to OUT_DIR and embedded with `include_bytes!`.
//!
//! When `node_modules` lacks KERN, this runs `npm ci` like the web's build script.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

const KERN_FONTS: &str = "node_modules/@kern-ux/native/dist/fonts/noto-sans";
const ARABIC_FONTS: &str = "node_modules/@fontsource/noto-sans-arabic/files";
/// (folder, WOFF file name without `.woff`, TrueType file name in OUT_DIR without `.ttf`).
const FONTS: [(&str, &str, &str); 4] = [
    (KERN_FONTS, "NotoSans-Regular", "NotoSans-Regular"),
    (KERN_FONTS, "NotoSans-Bold", "NotoSans-Bold"),
    (
        ARABIC_FONTS,
        "noto-sans-arabic-arabic-400-normal",
        "NotoSansArabic-Regular",
    ),
    (
        ARABIC_FONTS,
        "noto-sans-arabic-arabic-700-normal",
        "NotoSansArabic-Bold",
    ),
];

fn main() {
    let crate_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let root = crate_dir.join("../..");
    let out_dir = PathBuf::from(env("OUT_DIR"));
    println!(
        "cargo:rerun-if-changed={}",
        root.join("package-lock.json").display()
    );
    let missing = FONTS
        .iter()
        .any(|(dir, name, _)| !root.join(dir).join(format!("{name}.woff")).exists());
    if missing {
        npm_ci(&root);
    }
    for (dir, name, ttf) in FONTS {
        let source = root.join(dir).join(format!("{name}.woff"));
        println!("cargo:rerun-if-changed={}", source.display());
        let woff = std::fs::read(&source)
            .unwrap_or_else(|error| panic!("read {}: {error}", source.display()));
        let sfnt =
            woff_to_sfnt(&woff).unwrap_or_else(|error| panic!("{}: {error}", source.display()));
        let target = out_dir.join(format!("{ttf}.ttf"));
        std::fs::write(&target, sfnt)
            .unwrap_or_else(|error| panic!("write {}: {error}", target.display()));
    }
}

/// Unpacks a WOFF 1.0 file (W3C recommendation, 2012) into the sfnt it wraps.
fn woff_to_sfnt(woff: &[u8]) -> Result<Vec<u8>, String> {
    let u32_at = |at: usize| -> Result<u32, String> {
        woff.get(at..at + 4)
            .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| format!("truncated at byte {at}"))
    };
    let u16_at = |at: usize| -> Result<u16, String> {
        woff.get(at..at + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]))
            .ok_or_else(|| format!("truncated at byte {at}"))
    };
    if woff.get(0..4) != Some(b"wOFF") {
        return Err("not a WOFF 1.0 file (signature wOFF)".into());
    }
    let flavor = u32_at(4)?;
    let count = usize::from(u16_at(12)?);
    struct Table {
        tag: u32,
        checksum: u32,
        data: Vec<u8>,
    }
    let mut tables = Vec::with_capacity(count);
    for index in 0..count {
        let entry = 44 + index * 20;
        let (tag, offset, compressed, original, checksum) = (
            u32_at(entry)?,
            u32_at(entry + 4)? as usize,
            u32_at(entry + 8)? as usize,
            u32_at(entry + 12)? as usize,
            u32_at(entry + 16)?,
        );
        let raw = woff
            .get(offset..offset + compressed)
            .ok_or_else(|| format!("table {index} lies outside the file"))?;
        let data = if compressed < original {
            let mut data = Vec::with_capacity(original);
            flate2::read::ZlibDecoder::new(raw)
                .read_to_end(&mut data)
                .map_err(|error| format!("table {index}: {error}"))?;
            data
        } else {
            raw.to_vec()
        };
        if data.len() != original {
            return Err(format!("table {index} unpacks to the wrong length"));
        }
        tables.push(Table {
            tag,
            checksum,
            data,
        });
    }
    tables.sort_by_key(|table| table.tag);
    let mut power = 1usize;
    let mut selector = 0u16;
    while power * 2 <= count {
        power *= 2;
        selector += 1;
    }
    let mut out = Vec::new();
    out.extend_from_slice(&flavor.to_be_bytes());
    out.extend_from_slice(&(count as u16).to_be_bytes());
    out.extend_from_slice(&((power * 16) as u16).to_be_bytes());
    out.extend_from_slice(&selector.to_be_bytes());
    out.extend_from_slice(&((count * 16 - power * 16) as u16).to_be_bytes());
    let mut offset = 12 + count * 16;
    for table in &tables {
        out.extend_from_slice(&table.tag.to_be_bytes());
        out.extend_from_slice(&table.checksum.to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(table.data.len() as u32).to_be_bytes());
        offset += table.data.len().div_ceil(4) * 4;
    }
    for table in &tables {
        out.extend_from_slice(&table.data);
        out.resize(out.len().div_ceil(4) * 4, 0);
    }
    Ok(out)
}

fn npm_ci(root: &Path) {
    let status = Command::new("npm")
        .args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        .current_dir(root)
        .status();
    match status {
        Ok(status) if status.success() => {}
        Ok(status) => panic!(
            "`npm ci` in {} failed ({status}); the report's fonts come from npm (KERN UX, fontsource)",
            root.display()
        ),
        Err(error) => panic!(
            "cannot run `npm ci` ({error}); install Node.js and npm to build the report's fonts"
        ),
    }
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"))
}
