//! Writing the export incrementally: a file is written only when its bytes differ from what is on
//! disk, files of the last export that are gone are removed, and the manifest keeps what the next
//! export needs to ask the router only for what changed (ETags, links, search facts).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SiteError;
use super::html::PageFacts;

/// The manifest's file name in the output folder.
pub const MANIFEST: &str = ".teilhabe-site.json";

/// What the last export left, read back by the next.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// What the pages were rendered with (software build, languages, base URL): another value
    /// makes every validator of the last export worthless.
    pub settings: String,
    /// Every file written, relative to the output folder.
    pub files: BTreeSet<String>,
    /// Per language tree and URL: what the router said last time.
    pub urls: BTreeMap<String, Known>,
}

/// One URL of the last export.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Known {
    pub etag: Option<String>,
    pub file: String,
    /// Set for pages.
    pub facts: Option<PageFacts>,
    /// The files a stylesheet names.
    #[serde(default)]
    pub links: Vec<String>,
}

impl Manifest {
    pub fn read(out: &Path) -> Manifest {
        std::fs::read(out.join(MANIFEST))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn write(&self, out: &Path) -> Result<(), SiteError> {
        let bytes = serde_json::to_vec(self).map_err(|error| SiteError::Io {
            path: out.join(MANIFEST),
            error: std::io::Error::other(error),
        })?;
        write_if_changed(&out.join(MANIFEST), &bytes).map(|_| ())
    }
}

/// How many files a run wrote, left alone and removed.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// Writes `bytes` to `path` unless the file already holds exactly them; true when written.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool, SiteError> {
    if let Ok(existing) = std::fs::read(path)
        && existing == bytes
    {
        return Ok(false);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|error| SiteError::Io {
            path: parent.to_owned(),
            error,
        })?;
    }
    // Write beside and rename: a web server reading the folder meanwhile never sees half a file.
    let partial = path.with_extension("partial~");
    std::fs::write(&partial, bytes).map_err(|error| SiteError::Io {
        path: partial.clone(),
        error,
    })?;
    std::fs::rename(&partial, path).map_err(|error| SiteError::Io {
        path: path.to_owned(),
        error,
    })?;
    Ok(true)
}

/// Removes the files of the last export that this one no longer has (never files the export did
/// not write), and folders left empty by that.
pub fn remove_gone(
    out: &Path,
    before: &BTreeSet<String>,
    now: &BTreeSet<String>,
) -> Result<usize, SiteError> {
    let mut removed = 0;
    for gone in before.difference(now) {
        let path = out.join(gone);
        match std::fs::remove_file(&path) {
            Ok(()) => removed += 1,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(SiteError::Io { path, error }),
        }
        let mut folder: Option<PathBuf> = path.parent().map(Path::to_owned);
        while let Some(dir) = folder {
            if dir == out || std::fs::remove_dir(&dir).is_err() {
                break;
            }
            folder = dir.parent().map(Path::to_owned);
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_only_changed_files_and_removes_only_its_own() {
        let dir = std::env::temp_dir().join(format!("teilhabe-site-out-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let file = dir.join("a/b/index.html");
        assert!(write_if_changed(&file, b"one").expect("written"));
        assert!(!write_if_changed(&file, b"one").expect("kept"));
        assert!(write_if_changed(&file, b"two").expect("rewritten"));
        std::fs::write(dir.join("own.txt"), "the city's").expect("own file");
        let before: BTreeSet<String> = ["a/b/index.html".to_owned()].into();
        let removed = remove_gone(&dir, &before, &BTreeSet::new()).expect("removed");
        assert_eq!(removed, 1);
        assert!(!dir.join("a").exists(), "empty folders go too");
        assert!(dir.join("own.txt").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
