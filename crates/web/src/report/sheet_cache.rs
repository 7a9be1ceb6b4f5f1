//! Typeset indicator sheets kept on disk, outside any export folder, so that a full static
//! export into an empty folder (or after the manifest went void) does not typeset every sheet
//! anew when nothing it prints changed.
//!
//! The key is everything the typesetter reads: the sheet's data as JSON, the render options and
//! this build of the program (the template, labels and fonts are compiled in) — not the web's
//! ETag, which names versions that two databases can share (import numbers, catalogue hash) for
//! different figures. The renderer is a pure function of that input (no clock, no files), so a
//! hit is the PDF it would typeset. Failing to read or write the cache never fails a request:
//! the sheet is then typeset as before. See docs/decisions.md, "Issue 13: speed".

use std::path::{Path, PathBuf};
use std::sync::{PoisonError, RwLock};

use sha2::{Digest, Sha256};
use teilhabe_domain::report::IndicatorSheet;

/// The folder of this build's sheets, once the export (or a server) opened one; none by default.
#[derive(Default)]
pub struct SheetCache(RwLock<Option<PathBuf>>);

/// Folders of one build each start so; the others are removed when a cache is opened.
const BUILD_PREFIX: &str = "build-";

impl SheetCache {
    /// Keeps sheets below `root` (created when missing), in a folder of this build; the folders
    /// of other builds there are removed (their sheets can never be used again).
    pub fn open(&self, root: &Path) -> std::io::Result<()> {
        let dir = root.join(format!("{BUILD_PREFIX}{}", build_id()));
        std::fs::create_dir_all(&dir)?;
        for entry in std::fs::read_dir(root)?.flatten() {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with(BUILD_PREFIX) && entry.path() != dir {
                // Another export of another build may be using it: losing its cache only costs
                // typesetting.
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Some(dir);
        Ok(())
    }

    fn dir(&self) -> Option<PathBuf> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The file a sheet rendered with `options` is kept in, when a cache is open.
    pub fn file_of(
        &self,
        sheet: &IndicatorSheet,
        options: &teilhabe_report::Options,
    ) -> Option<PathBuf> {
        let dir = self.dir()?;
        let data = serde_json::to_vec(sheet).ok()?;
        let mut hasher = Sha256::new();
        for part in [
            options.language.as_bytes(),
            options.portal_url.as_bytes(),
            if options.demo { b"demo" } else { b"real" },
            &data,
        ] {
            hasher.update((part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
        Some(dir.join(format!("{:x}.pdf", hasher.finalize())))
    }

    /// The kept PDF, if there is one.
    pub fn get(file: &Path) -> Option<Vec<u8>> {
        std::fs::read(file)
            .ok()
            .filter(|bytes| bytes.starts_with(b"%PDF-"))
    }

    /// Keeps `pdf` (written beside and renamed, so a reader never sees half a file).
    pub fn put(file: &Path, pdf: &[u8]) {
        let partial = file.with_extension(format!("{}.partial~", std::process::id()));
        let kept = std::fs::write(&partial, pdf).and_then(|()| std::fs::rename(&partial, file));
        if let Err(error) = kept {
            let _ = std::fs::remove_file(&partial);
            tracing::warn!(%error, file = %file.display(), "cannot keep a typeset sheet");
        }
    }
}

/// This build of the program: its version and the executable's size and modification time.
fn build_id() -> String {
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|meta| {
            let modified = meta
                .modified()
                .ok()
                .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|since| since.as_nanos())
                .unwrap_or_default();
            format!("{}:{modified}", meta.len())
        })
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION"));
    hasher.update([0]);
    hasher.update(build);
    let hash = format!("{:x}", hasher.finalize());
    hash[..16].to_owned()
}
