//! `teilhabe export site`: the public portal as static files. The router renders every page
//! in-process for the public with the static-export mark (frame/static_site.rs); links are
//! followed from the start page, so pages and downloads other features add are found without
//! this module knowing them; links are rewritten to relative ones between files; the search,
//! the indicator index and the sitemap are written beside them. See docs/decisions.md, "Issue 13:
//! the static portal".

mod crawl;
mod html;
mod output;
mod paths;
mod search;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use sha2::{Digest, Sha256};
use teilhabe_store::StoreError;

pub use output::{Counts, MANIFEST};

use crate::frame::state::AppState;
use crawl::{Crawl, Crawler, Fetched, Key};
use html::{PageFacts, Target};
use output::{Known, Manifest};
use paths::SiteLink;

/// What to export and where.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    pub out: PathBuf,
    /// The languages, the first at the root of the folder, the others under `CODE/`.
    pub languages: Vec<String>,
    /// The address the folder is published at; needed for `sitemap.xml` (absolute URLs).
    pub base_url: Option<String>,
    /// When not empty, only these pages and what lies below them are rendered again
    /// (`/indikatoren/x`: its views and downloads); everything else stays as the last export
    /// wrote it. For a quick update after one change; pages elsewhere that show it (the start
    /// page's gaps, a field's indicator list) catch up at the next full export.
    pub only: Vec<String>,
    /// A folder outside the export where typeset PDF sheets are kept between exports (keyed by
    /// their data, so any export of the same figures may use them); none: typeset every sheet.
    pub cache: Option<PathBuf>,
}

/// What an export did.
#[derive(Debug, Clone, Default)]
pub struct SiteReport {
    /// HTML pages in the export (all languages).
    pub pages: usize,
    /// All files, pages included.
    pub files: usize,
    pub counts: Counts,
    /// Pages and downloads the router rendered this time…
    pub rendered: usize,
    /// …and those it confirmed unchanged since the last export (304) without rendering.
    pub revalidated: usize,
    pub sitemap: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("{}: {error}", path.display())]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("unknown language {0:?}; the site has translations for: {1}")]
    Language(String, String),
    #[error("no concept is loaded yet; run `teilhabe concept load FILE` first")]
    NoConcept,
    #[error("cannot read the store: {0}")]
    Store(#[from] StoreError),
    #[error("{0}")]
    Page(String),
    #[error("--base-url must start with https:// or http://, found {0:?}")]
    BaseUrl(String),
    #[error(
        "--only updates an export made by this program with the same --lang and --base-url; \
         {} has none: export the whole site first", .0.display()
    )]
    OnlyWithoutExport(PathBuf),
}

/// A file of the export before it is written.
struct Entry {
    file: String,
    etag: Option<String>,
    facts: Option<PageFacts>,
    /// The files a stylesheet names.
    links: Vec<String>,
    body: Body,
}

enum Body {
    /// A page still holding the router's links.
    Page(String),
    Bytes(Vec<u8>),
    /// Unchanged since the last export: the file on disk stays.
    OnDisk,
}

/// Exports the public portal of `state`'s city into `options.out`. The export reads one state of
/// the data, so it pins `state`'s content ([`AppState::pin_content`]): give it a state no server
/// answers from.
pub async fn export(state: AppState, options: &SiteOptions) -> Result<SiteReport, SiteError> {
    state.pin_content();
    let codes: Vec<String> = state
        .locales()
        .all()
        .iter()
        .map(|l| l.code.clone())
        .collect();
    for language in &options.languages {
        if !codes.contains(language) {
            return Err(SiteError::Language(language.clone(), codes.join(", ")));
        }
    }
    if let Some(base) = &options.base_url
        && !(base.starts_with("https://") || base.starts_with("http://"))
    {
        return Err(SiteError::BaseUrl(base.clone()));
    }
    let stored = state.concept().await?.ok_or(SiteError::NoConcept)?;
    let out = &options.out;
    std::fs::create_dir_all(out).map_err(|error| SiteError::Io {
        path: out.clone(),
        error,
    })?;
    let settings = settings_of(options);
    let manifest = Manifest::read(out);
    let usable = manifest.settings == settings;
    let only: Vec<String> = options
        .only
        .iter()
        .map(|path| format!("/{}", path.trim_matches('/')))
        .collect();
    if !only.is_empty() && !usable {
        return Err(SiteError::OnlyWithoutExport(out.clone()));
    }
    if let Some(cache) = &options.cache
        && let Err(error) = state
            .shared::<crate::report::sheet_cache::SheetCache>()
            .open(cache)
    {
        // Without the cache the export is slower, not wrong.
        tracing::warn!(%error, cache = %cache.display(), "cannot use the sheet cache");
    }
    let router = crate::router(state.clone());
    let parallel = std::thread::available_parallelism().map_or(2, usize::from) * 2;

    let known = |key: &Key| -> Option<&Known> {
        let known = manifest.urls.get(&manifest_key(key))?;
        (usable && out.join(&known.file).is_file()).then_some(known)
    };
    let mut crawl = Crawler {
        router: router.clone(),
        languages: &options.languages,
        known: &|key| known(key).and_then(|k| k.etag.clone()),
        only: &only,
        known_links: &|key| {
            known(key)
                .map(|k| match &k.facts {
                    Some(facts) => facts.links.clone(),
                    None => k.links.clone(),
                })
                .unwrap_or_default()
        },
        parallel,
    }
    .run()
    .await
    .map_err(SiteError::Page)?;
    // A page kept from last time has its links rewritten for last time's set of files: when that
    // set changed (a measure published, an indicator added), every page is rendered anew.
    let reached: BTreeSet<String> = reached(&crawl).iter().map(manifest_key).collect();
    let before: BTreeSet<String> = manifest.urls.keys().cloned().collect();
    if only.is_empty()
        && crawl
            .answers
            .values()
            .any(|answer| matches!(answer, Fetched::Unchanged))
        && reached != before
    {
        crawl = Crawler {
            router,
            languages: &options.languages,
            known: &|_| None,
            known_links: &|_| Vec::new(),
            parallel,
            only: &[],
        }
        .run()
        .await
        .map_err(SiteError::Page)?;
    }

    let mut report = SiteReport::default();
    let mut entries: BTreeMap<Key, Entry> = BTreeMap::new();
    for (key, answer) in crawl.answers {
        let prefix = prefix_of(&options.languages, key.tree);
        let link = SiteLink::parse(&key.target)
            .ok_or_else(|| SiteError::Page(format!("{}: not a path of this site", key.target)))?;
        let entry = match answer {
            Fetched::Missing => continue,
            Fetched::Unchanged => {
                let Some(known) = known(&key) else { continue };
                report.revalidated += 1;
                Entry {
                    file: known.file.clone(),
                    etag: known.etag.clone(),
                    facts: known.facts.clone(),
                    links: known.links.clone(),
                    body: Body::OnDisk,
                }
            }
            Fetched::Page { html, facts, etag } => {
                report.rendered += 1;
                let Some(file) = paths::page_file(&prefix, &link.path, &link.query) else {
                    continue;
                };
                Entry {
                    file,
                    etag,
                    facts: Some(facts),
                    links: Vec::new(),
                    body: Body::Page(html),
                }
            }
            Fetched::File {
                bytes,
                name,
                extension,
                etag,
                links,
            } => {
                report.rendered += 1;
                let Some(file) = paths::download_file(
                    &prefix,
                    &link.path,
                    &link.query,
                    name.as_deref(),
                    extension,
                ) else {
                    continue;
                };
                Entry {
                    file,
                    etag,
                    facts: None,
                    links,
                    body: Body::Bytes(bytes),
                }
            }
        };
        entries.insert(key, entry);
    }

    if !only.is_empty() {
        // Everything outside the scope stays as the last export left it.
        for (name, known) in &manifest.urls {
            let Some(key) = parse_manifest_key(name) else {
                continue;
            };
            if entries.contains_key(&key) || crawl::in_scope(&only, &key.target) {
                continue;
            }
            if !out.join(&known.file).is_file() {
                continue;
            }
            entries.insert(
                key,
                Entry {
                    file: known.file.clone(),
                    etag: known.etag.clone(),
                    facts: known.facts.clone(),
                    links: known.links.clone(),
                    body: Body::OnDisk,
                },
            );
        }
    }

    for (tree, language) in options.languages.iter().enumerate() {
        let prefix = prefix_of(&options.languages, tree);
        for (target, body) in search::pages(&state, &stored, &options.languages, tree, &entries)? {
            let link = SiteLink::parse(&target)
                .ok_or_else(|| SiteError::Page(format!("{target}: not a path")))?;
            let file = match &body {
                Body::Page(_) => paths::page_file(&prefix, &link.path, ""),
                _ => paths::download_file(&prefix, &link.path, "", None, "js"),
            }
            .ok_or_else(|| SiteError::Page(format!("{target}: not a file name")))?;
            let key = Key { tree, target };
            entries.insert(
                key,
                Entry {
                    file,
                    etag: None,
                    facts: None,
                    links: Vec::new(),
                    body,
                },
            );
        }
        tracing::debug!(%language, "search pages built");
    }

    let files: BTreeMap<&Key, &str> = entries
        .iter()
        .map(|(key, entry)| (key, entry.file.as_str()))
        .collect();
    check_unique(&files)?;

    let listed: Vec<(&Key, &Entry)> = entries.iter().collect();
    let mut outputs = on_every_core(&listed, |(key, entry)| {
        Ok(match &entry.body {
            Body::OnDisk => (entry.file.clone(), None),
            Body::Bytes(bytes) => (entry.file.clone(), Some(Cow::Borrowed(bytes.as_slice()))),
            Body::Page(html) => {
                let resolve =
                    |href: &str| resolve(href, key, &entry.file, &options.languages, &files);
                let rewritten = html::rewrite(html, &resolve)
                    .map_err(|error| SiteError::Page(format!("{}: {error}", key.target)))?;
                (entry.file.clone(), Some(Cow::Owned(rewritten.into_bytes())))
            }
        })
    })
    .into_iter()
    .collect::<Result<Vec<(String, Option<Cow<'_, [u8]>>)>, SiteError>>()?;
    outputs.push((
        "indicators.json".to_owned(),
        Some(Cow::Owned(search::indicators_json(
            &options.languages,
            &entries,
            &files,
        )?)),
    ));
    if let Some(base) = &options.base_url {
        outputs.push((
            "sitemap.xml".to_owned(),
            Some(Cow::Owned(sitemap(base, &entries))),
        ));
        report.sitemap = true;
    }

    let written = on_every_core(&outputs, |(file, bytes)| match bytes {
        Some(bytes) => output::write_if_changed(&out.join(file), bytes),
        None => Ok(false),
    });
    let mut written_files = BTreeSet::new();
    for ((file, _), written) in outputs.into_iter().zip(written) {
        if written? {
            report.counts.written += 1;
        } else {
            report.counts.unchanged += 1;
        }
        if file.ends_with(".html") {
            report.pages += 1;
        }
        written_files.insert(file);
    }
    report.files = written_files.len();
    report.counts.removed = output::remove_gone(out, &manifest.files, &written_files)?;
    Manifest {
        settings,
        files: written_files,
        urls: entries
            .iter()
            .filter(|(key, _)| !crawl::is_generated(&key.target))
            .map(|(key, entry)| {
                (
                    manifest_key(key),
                    Known {
                        etag: entry.etag.clone(),
                        file: entry.file.clone(),
                        facts: entry.facts.clone(),
                        links: entry.links.clone(),
                    },
                )
            })
            .collect(),
    }
    .write(out)?;
    Ok(report)
}

/// `work` on each of `items`, spread over the cores; the results in the order of `items`.
/// Rewriting the links of thousands of pages and comparing them with the files on disk is
/// plain computing and file I/O after the crawl: one thread left the other core idle.
fn on_every_core<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let chunk = items.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let work = &work;
        let running: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(work).collect::<Vec<R>>()))
            .collect();
        running
            .into_iter()
            .flat_map(|thread| match thread.join() {
                Ok(results) => results,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// The keys the crawl reached with an answer the export keeps.
fn reached(crawl: &Crawl) -> Vec<Key> {
    crawl
        .answers
        .iter()
        .filter(|(_, answer)| !matches!(answer, Fetched::Missing))
        .map(|(key, _)| key.clone())
        .collect()
}

fn manifest_key(key: &Key) -> String {
    format!("{}\t{}", key.tree, key.target)
}

fn parse_manifest_key(name: &str) -> Option<Key> {
    let (tree, target) = name.split_once('\t')?;
    Some(Key {
        tree: tree.parse().ok()?,
        target: target.to_owned(),
    })
}

/// The folder of language tree `tree`: the first language at the root.
fn prefix_of(languages: &[String], tree: usize) -> String {
    if tree == 0 {
        String::new()
    } else {
        languages.get(tree).cloned().unwrap_or_default()
    }
}

/// What the last export's validators depend on besides the data: this build of the program
/// (templates are compiled in), the languages and the base URL.
fn settings_of(options: &SiteOptions) -> String {
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
    for part in [
        env!("CARGO_PKG_VERSION"),
        &build,
        &options.languages.join(","),
        options.base_url.as_deref().unwrap_or(""),
    ] {
        hasher.update(part);
        hasher.update([0]);
    }
    format!("{:x}", hasher.finalize())
}

/// Where a link of page `from` (in file `from_file`) points in the export.
fn resolve(
    href: &str,
    from: &Key,
    from_file: &str,
    languages: &[String],
    files: &BTreeMap<&Key, &str>,
) -> Target {
    if href.starts_with('#') {
        return Target::Keep;
    }
    let Some(link) = SiteLink::parse(href) else {
        return if href.starts_with("//") || href.starts_with("/\\") {
            Target::Gone
        } else {
            Target::Keep
        };
    };
    let Some(key) = crawl::key_of(&link, from.tree, languages) else {
        return Target::Gone;
    };
    match files.get(&key) {
        Some(file) => Target::To(format!(
            "{}{}",
            paths::relative(from_file, file),
            link.fragment
        )),
        None => Target::Gone,
    }
}

fn check_unique(files: &BTreeMap<&Key, &str>) -> Result<(), SiteError> {
    let mut owners: BTreeMap<&str, &Key> = BTreeMap::new();
    for (key, file) in files {
        if let Some(other) = owners.insert(file, key) {
            return Err(SiteError::Page(format!(
                "{} and {} would both be written to {file}",
                other.target, key.target
            )));
        }
    }
    Ok(())
}

/// `sitemap.xml`: every page without a query (those are other views of the same page).
fn sitemap(base: &str, entries: &BTreeMap<Key, Entry>) -> Vec<u8> {
    let base = base.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (key, entry) in entries {
        if !entry.file.ends_with("index.html") || key.target.contains('?') {
            continue;
        }
        let link = paths::relative("index.html", &entry.file);
        let page = link.strip_suffix("index.html").unwrap_or(&link);
        xml.push_str(&format!(
            "  <url><loc>{}/{}</loc></url>\n",
            xml_escape(base),
            xml_escape(page)
        ));
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
