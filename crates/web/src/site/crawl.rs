//! Asking the router for every public page, as the public, in-process: the pages are rendered by
//! the same handlers and templates as on the live site, and links lead from page to page — so
//! pages and downloads that other features add are found without this module knowing them.

use std::collections::{BTreeMap, HashSet, VecDeque};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use tokio::task::JoinSet;
use tower::ServiceExt;

use super::html::{self, PageFacts};
use super::paths::SiteLink;
use crate::frame::static_site::StaticExport;

/// Where the crawl starts besides the start page: the main pages, in case one is not linked.
const SEEDS: [&str; 8] = [
    "/",
    "/handlungsfelder",
    "/massnahmen",
    "/programme",
    "/arbeitsgruppen",
    "/indikatoren",
    "/berichte",
    "/angebote",
];

/// Paths the export writes itself (the search pages); the router's `/suche` needs a server.
pub const GENERATED: &str = "/suche";

/// One URL of one language tree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// Index into the exported languages; assets live only in the first tree.
    pub tree: usize,
    /// Path and query.
    pub target: String,
}

/// What the router answered.
pub enum Fetched {
    Page {
        html: String,
        facts: PageFacts,
        etag: Option<String>,
    },
    File {
        bytes: Vec<u8>,
        /// The name from `Content-Disposition`, if any.
        name: Option<String>,
        extension: &'static str,
        etag: Option<String>,
        /// The files a stylesheet names.
        links: Vec<String>,
    },
    /// 304: the file written last time still holds it.
    Unchanged,
    /// Anything else (not found, sign-in needed): not part of the export.
    Missing,
}

/// The crawl's result: every URL asked for, with its answer.
pub struct Crawl {
    pub answers: BTreeMap<Key, Fetched>,
}

/// What a request needs: the router, the languages, and the validators of the last export.
pub struct Crawler<'a> {
    pub router: Router,
    pub languages: &'a [String],
    /// (key → ETag) from the last export, for conditional requests.
    pub known: &'a dyn Fn(&Key) -> Option<String>,
    /// The links of a page that answered 304, from the last export.
    pub known_links: &'a dyn Fn(&Key) -> Vec<String>,
    pub parallel: usize,
    /// When not empty: only these paths and what lies below them (`--only`).
    pub only: &'a [String],
}

impl Crawler<'_> {
    pub async fn run(&self) -> Result<Crawl, String> {
        let mut queue: VecDeque<Key> = VecDeque::new();
        let mut seen: HashSet<Key> = HashSet::new();
        for key in self.seeds() {
            if seen.insert(key.clone()) {
                queue.push_back(key);
            }
        }
        let mut answers = BTreeMap::new();
        let mut running: JoinSet<(Key, Result<Fetched, String>)> = JoinSet::new();
        loop {
            while running.len() < self.parallel
                && let Some(key) = queue.pop_front()
            {
                let router = self.router.clone();
                let export = StaticExport {
                    language: self.languages[key.tree].clone(),
                    languages: self.languages.to_vec(),
                };
                let etag = (self.known)(&key);
                running.spawn(async move {
                    let answer = fetch(router, &key.target, export, etag).await;
                    (key, answer)
                });
            }
            let Some(done) = running.join_next().await else {
                break;
            };
            let (key, answer) = done.map_err(|error| format!("a page request failed: {error}"))?;
            let answer = answer?;
            let links = match &answer {
                Fetched::Page { facts, .. } => facts.links.clone(),
                Fetched::File { links, .. } => links.clone(),
                Fetched::Unchanged => (self.known_links)(&key),
                _ => Vec::new(),
            };
            for link in links {
                if let Some(next) = self.follow(&key, &link)
                    && seen.insert(next.clone())
                {
                    queue.push_back(next);
                }
            }
            answers.insert(key, answer);
        }
        Ok(Crawl { answers })
    }

    /// The URL a link of page `from` leads to, if the crawl should ask for it.
    pub fn follow(&self, from: &Key, href: &str) -> Option<Key> {
        let link = SiteLink::parse(href)?;
        let key = key_of(&link, from.tree, self.languages)?;
        let wanted =
            !is_generated(&link.path) && (self.only.is_empty() || in_scope(self.only, &link.path));
        wanted.then_some(key)
    }

    /// Where the crawl starts: the main pages of every language and the search pages' script,
    /// or only the given paths.
    fn seeds(&self) -> Vec<Key> {
        let trees = 0..self.languages.len();
        if !self.only.is_empty() {
            return trees
                .flat_map(|tree| {
                    self.only.iter().map(move |path| Key {
                        tree,
                        target: path.clone(),
                    })
                })
                .collect();
        }
        let mut seeds: Vec<Key> = trees
            .flat_map(|tree| {
                SEEDS.iter().map(move |seed| Key {
                    tree,
                    target: (*seed).to_owned(),
                })
            })
            .collect();
        // The search pages the export writes itself use this script; nothing the router renders
        // links it.
        seeds.push(Key {
            tree: 0,
            target: "/assets/search.js".to_owned(),
        });
        seeds
    }
}

/// Whether `path` is one of `only` or lies below one (`/indikatoren/x/download/csv` below
/// `/indikatoren/x`).
pub fn in_scope(only: &[String], path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    only.iter().any(|scope| {
        path == scope
            || path
                .strip_prefix(scope.as_str())
                .is_some_and(|rest| rest.starts_with('/'))
    })
}

/// Whether the export writes this path itself instead of asking the router.
pub fn is_generated(target: &str) -> bool {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    path == GENERATED || path.starts_with("/suche/")
}

/// The key a link leads to from tree `tree`: the language switch names another tree, assets
/// exist once.
pub fn key_of(link: &SiteLink, tree: usize, languages: &[String]) -> Option<Key> {
    let tree = match &link.language {
        Some(code) => languages.iter().position(|language| language == code)?,
        None => tree,
    };
    let tree = if link.path.starts_with("/assets/") {
        0
    } else {
        tree
    };
    Some(Key {
        tree,
        target: link.target(),
    })
}

async fn fetch(
    router: Router,
    target: &str,
    export: StaticExport,
    etag: Option<String>,
) -> Result<Fetched, String> {
    let mut request = Request::get(target);
    if let Some(etag) = &etag {
        request = request.header(header::IF_NONE_MATCH, etag);
    }
    let mut request = request
        .body(Body::empty())
        .map_err(|error| format!("{target}: {error}"))?;
    request.extensions_mut().insert(export);
    let response = match router.oneshot(request).await {
        Ok(response) => response,
        Err(never) => match never {},
    };
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED && etag.is_some() {
        return Ok(Fetched::Unchanged);
    }
    if status != StatusCode::OK {
        return Ok(Fetched::Missing);
    }
    let headers = response.headers().clone();
    let text = |name| {
        headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned)
    };
    let content_type = text(header::CONTENT_TYPE).unwrap_or_default();
    let etag = text(header::ETAG);
    let name = text(header::CONTENT_DISPOSITION).and_then(|value| {
        value
            .split_once("filename=\"")
            .and_then(|(_, rest)| rest.split('"').next().map(str::to_owned))
    });
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .map_err(|error| format!("{target}: cannot read the answer: {error}"))?
        .to_vec();
    if content_type.starts_with("text/html") {
        let html =
            String::from_utf8(bytes).map_err(|_| format!("{target}: the page is not UTF-8"))?;
        // The search lists pages, not their other views (a query).
        let reading = if target.contains('?') {
            html::Reading::LinksOnly
        } else {
            html::Reading::Everything
        };
        let facts = html::read(&html, reading).map_err(|error| format!("{target}: {error}"))?;
        Ok(Fetched::Page { html, facts, etag })
    } else {
        let extension = extension_of(&content_type);
        let links = if extension == "css" {
            css_links(target, &bytes)
        } else {
            Vec::new()
        };
        Ok(Fetched::File {
            bytes,
            name,
            extension,
            etag,
            links,
        })
    }
}

/// The file extension for a content type the site answers with.
fn extension_of(content_type: &str) -> &'static str {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    match essence {
        "text/css" => "css",
        "text/csv" => "csv",
        "application/json" => "json",
        "application/vnd.sdmx.data+csv" => "csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/pdf" => "pdf",
        "image/svg+xml" => "svg",
        "image/png" => "png",
        "text/javascript" | "application/javascript" => "js",
        "font/woff2" => "woff2",
        "text/plain" => "txt",
        "application/xml" | "text/xml" => "xml",
        _ => "bin",
    }
}

/// The files a stylesheet names with `url(…)` relative to itself (KERN's fonts), as site paths.
fn css_links(target: &str, bytes: &[u8]) -> Vec<String> {
    let css = String::from_utf8_lossy(bytes);
    let base = target.rsplit_once('/').map(|(dir, _)| dir).unwrap_or("");
    css.split("url(")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|inner| inner.trim().trim_matches(['"', '\'']))
        .filter(|url| !url.starts_with("data:") && !url.contains("://") && !url.starts_with('#'))
        .map(|url| {
            if url.starts_with('/') {
                url.to_owned()
            } else {
                format!("{base}/{}", url.trim_start_matches("./"))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stylesheets_lead_to_their_fonts() {
        let css = br#"@font-face { src: url("./fira-sans/A.woff2") format('woff2'); }
            .x { background: url(data:image/svg+xml;base64,AAAA) } .y { background: url('/assets/i.png') }"#;
        assert_eq!(
            css_links("/assets/fonts/fira-sans.css", css),
            vec!["/assets/fonts/fira-sans/A.woff2", "/assets/i.png"]
        );
    }

    #[test]
    fn only_covers_a_path_and_what_lies_below_it() {
        let only = vec!["/indikatoren/a1".to_owned()];
        for inside in [
            "/indikatoren/a1",
            "/indikatoren/a1?jahr=2020",
            "/indikatoren/a1/download/csv",
        ] {
            assert!(in_scope(&only, inside), "{inside}");
        }
        for outside in [
            "/indikatoren/a10",
            "/indikatoren",
            "/",
            "/indikatoren/a1.pdf",
        ] {
            assert!(!in_scope(&only, outside), "{outside}");
        }
    }

    #[test]
    fn the_language_switch_leads_to_the_other_tree_and_assets_to_the_first() {
        let languages = vec!["de".to_owned(), "en".to_owned()];
        let link = SiteLink::parse("/massnahmen?lang=en").expect("link");
        assert_eq!(
            key_of(&link, 0, &languages),
            Some(Key {
                tree: 1,
                target: "/massnahmen".into()
            })
        );
        let asset = SiteLink::parse("/assets/app.css").expect("link");
        assert_eq!(key_of(&asset, 1, &languages).map(|key| key.tree), Some(0));
        let unexported = SiteLink::parse("/?lang=tr").expect("link");
        assert_eq!(key_of(&unexported, 0, &languages), None);
    }
}
