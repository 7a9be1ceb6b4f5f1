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
#[derive(Debug, Default, PartialEq)]
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
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    pub etag: Option<String>,
    pub file: String,
    /// Set for pages.
    pub facts: Option<PageFacts>,
    /// The files a stylesheet names.
    pub links: Vec<String>,
}

impl Manifest {
    /// The last export's manifest; empty when there is none or it cannot be read (then every
    /// URL is rendered).
    pub fn read(out: &Path) -> Manifest {
        std::fs::read(out.join(MANIFEST))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .and_then(Stored::into_manifest)
            .unwrap_or_default()
    }

    pub fn write(&self, out: &Path) -> Result<(), SiteError> {
        let bytes = serde_json::to_vec(&Stored::of(self)).map_err(|error| SiteError::Io {
            path: out.join(MANIFEST),
            error: std::io::Error::other(error),
        })?;
        write_if_changed(&out.join(MANIFEST), &bytes).map(|_| ())
    }
}

/// The manifest as written. Pages share most of their links (header, navigation, footer), so
/// each link is stored once and URLs name links by number: for the 10× city of bench/site this
/// took the file from 15 MB to a fraction, and reading and writing it was most of an `--only`
/// run.
#[derive(Serialize, Deserialize)]
struct Stored {
    settings: String,
    files: BTreeSet<String>,
    links: Vec<String>,
    urls: BTreeMap<String, StoredKnown>,
}

#[derive(Serialize, Deserialize)]
struct StoredKnown {
    etag: Option<String>,
    file: String,
    facts: Option<StoredFacts>,
    links: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
struct StoredFacts {
    links: Vec<u32>,
    main_links: Vec<u32>,
    title: String,
    kind: String,
    text: String,
}

/// Numbers links in the order first met.
#[derive(Default)]
struct Interner {
    numbers: std::collections::HashMap<String, u32>,
    links: Vec<String>,
}

impl Interner {
    fn all(&mut self, links: &[String]) -> Vec<u32> {
        links
            .iter()
            .map(|link| match self.numbers.get(link) {
                Some(number) => *number,
                None => {
                    let number = u32::try_from(self.links.len()).unwrap_or(u32::MAX);
                    self.numbers.insert(link.clone(), number);
                    self.links.push(link.clone());
                    number
                }
            })
            .collect()
    }
}

impl Stored {
    fn of(manifest: &Manifest) -> Stored {
        let mut interner = Interner::default();
        let urls = manifest
            .urls
            .iter()
            .map(|(key, known)| {
                // Other views of a page (a query) are not searched: their heading and text
                // would only make the file larger (most pages of a big catalogue are views).
                let searched = !key.contains('?');
                let kept = |text: &String| {
                    if searched {
                        text.clone()
                    } else {
                        String::new()
                    }
                };
                let stored = StoredKnown {
                    etag: known.etag.clone(),
                    file: known.file.clone(),
                    facts: known.facts.as_ref().map(|facts| StoredFacts {
                        links: interner.all(&facts.links),
                        main_links: interner.all(&facts.main_links),
                        title: kept(&facts.title),
                        kind: kept(&facts.kind),
                        text: kept(&facts.text),
                    }),
                    links: interner.all(&known.links),
                };
                (key.clone(), stored)
            })
            .collect();
        Stored {
            settings: manifest.settings.clone(),
            files: manifest.files.clone(),
            links: interner.links,
            urls,
        }
    }

    /// `None` when a number names no link (a damaged file: start afresh).
    fn into_manifest(self) -> Option<Manifest> {
        let links = self.links;
        let resolve = |numbers: Vec<u32>| -> Option<Vec<String>> {
            numbers
                .into_iter()
                .map(|number| links.get(usize::try_from(number).ok()?).cloned())
                .collect()
        };
        let mut urls = BTreeMap::new();
        for (key, stored) in self.urls {
            let facts = match stored.facts {
                Some(facts) => Some(PageFacts {
                    links: resolve(facts.links)?,
                    main_links: resolve(facts.main_links)?,
                    title: facts.title,
                    kind: facts.kind,
                    text: facts.text,
                }),
                None => None,
            };
            let known = Known {
                etag: stored.etag,
                file: stored.file,
                facts,
                links: resolve(stored.links)?,
            };
            urls.insert(key, known);
        }
        Some(Manifest {
            settings: self.settings,
            files: self.files,
            urls,
        })
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
    fn the_manifest_reads_back_as_written_with_each_link_stored_once() {
        let dir =
            std::env::temp_dir().join(format!("teilhabe-site-manifest-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let facts = |links: &[&str], title: &str| PageFacts {
            links: links.iter().map(|l| (*l).to_owned()).collect(),
            main_links: links.iter().skip(1).map(|l| (*l).to_owned()).collect(),
            title: title.to_owned(),
            kind: "Indikatoren".to_owned(),
            text: "Text".to_owned(),
        };
        let manifest = Manifest {
            settings: "s".to_owned(),
            files: ["index.html".to_owned(), "a/index.html".to_owned()].into(),
            urls: [
                (
                    "0\t/".to_owned(),
                    Known {
                        etag: Some("\"1\"".to_owned()),
                        file: "index.html".to_owned(),
                        facts: Some(facts(&["/a", "/assets/app.css", "/b"], "Start")),
                        links: Vec::new(),
                    },
                ),
                (
                    "0\t/a".to_owned(),
                    Known {
                        etag: None,
                        file: "a/index.html".to_owned(),
                        facts: Some(facts(&["/assets/app.css", "/a", "/c"], "A")),
                        links: vec!["/b".to_owned()],
                    },
                ),
            ]
            .into(),
        };
        manifest.write(&dir).expect("written");
        assert_eq!(Manifest::read(&dir), manifest);
        let text = std::fs::read_to_string(dir.join(MANIFEST)).expect("read");
        assert_eq!(text.matches("/assets/app.css").count(), 1, "{text}");
        std::fs::write(
            dir.join(MANIFEST),
            text.replace("\"links\":[0", "\"links\":[99"),
        )
        .expect("damaged");
        assert_eq!(
            Manifest::read(&dir),
            Manifest::default(),
            "a damaged manifest starts afresh"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_manifest_keeps_links_but_no_search_text_of_other_views() {
        let dir = std::env::temp_dir().join(format!("teilhabe-site-views-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let facts = PageFacts {
            links: vec!["/a".to_owned(), "/b".to_owned()],
            main_links: vec!["/b".to_owned()],
            title: "Anteil".to_owned(),
            kind: "Indikatoren".to_owned(),
            text: "Der Anteil …".to_owned(),
        };
        let known = Known {
            etag: Some("\"2\"".to_owned()),
            file: "a/index.html".to_owned(),
            facts: Some(facts.clone()),
            links: Vec::new(),
        };
        let manifest = Manifest {
            settings: "s".to_owned(),
            files: BTreeSet::new(),
            urls: [
                ("0\t/a".to_owned(), known.clone()),
                ("0\t/a?jahr=2020".to_owned(), known),
            ]
            .into(),
        };
        manifest.write(&dir).expect("written");
        let read = Manifest::read(&dir);
        assert_eq!(read.urls["0\t/a"], manifest.urls["0\t/a"]);
        let view = read.urls["0\t/a?jahr=2020"].facts.clone().expect("facts");
        assert_eq!(
            view,
            PageFacts {
                title: String::new(),
                kind: String::new(),
                text: String::new(),
                ..facts
            }
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

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
