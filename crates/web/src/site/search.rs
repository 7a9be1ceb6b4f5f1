//! The search of the static portal, which has no server to ask: an index page per letter and per
//! action field (plain links, no JavaScript), and a JSON index that a few lines of JavaScript
//! (`assets/search.js`) search as one types. Built from the exported pages themselves (heading,
//! navigation entry, text), so every page another feature adds is found too. Also the JSON
//! index of all indicators and their files.

use std::collections::{BTreeMap, BTreeSet};

use askama::Template;
use teilhabe_domain::search::fold;
use teilhabe_store::StoredConcept;

use super::crawl::Key;
use super::{Body, Entry, SiteError, paths};
use crate::frame::language::Language;
use crate::frame::layout::Layout;
use crate::frame::localized::Localized;
use crate::frame::nav::Nav;
use crate::frame::state::AppState;
use crate::frame::visitor::Viewer;

/// The overview: the search box (shown by the script), letters and fields.
pub const SEARCH: &str = "/suche";

/// One findable page.
#[derive(Debug, Clone, serde::Serialize)]
struct Found {
    /// The page's heading.
    #[serde(rename = "t")]
    title: String,
    /// The main navigation entry it belongs to.
    #[serde(rename = "k")]
    kind: String,
    /// The file, relative to the language's folder.
    #[serde(rename = "p")]
    path: String,
    /// The beginning of its text.
    #[serde(rename = "x")]
    text: String,
    #[serde(skip)]
    target: String,
    #[serde(skip)]
    sort: String,
}

struct LetterLink {
    label: String,
    href: String,
    current: bool,
}

struct FieldLink {
    title: Localized,
    href: String,
}

#[derive(Template)]
#[template(path = "site/search.html")]
struct SearchPage<'a> {
    layout: Layout<'a>,
    letters: Vec<LetterLink>,
    fields: Vec<FieldLink>,
    count: usize,
}

#[derive(Template)]
#[template(path = "site/register.html")]
struct RegisterPage<'a> {
    layout: Layout<'a>,
    letters: Vec<LetterLink>,
    intro: String,
    found: Vec<Found>,
}

/// The search pages and index of language tree `tree`, as (site path, content).
pub(super) fn pages(
    state: &AppState,
    stored: &StoredConcept,
    languages: &[String],
    tree: usize,
    entries: &BTreeMap<Key, Entry>,
) -> Result<Vec<(String, Body)>, SiteError> {
    let code = languages.get(tree).cloned().unwrap_or_default();
    let t = state.locales().translator(&code);
    let prefix = if tree == 0 {
        String::new()
    } else {
        format!("{code}/")
    };
    let found = findable(entries, tree, &prefix);
    let by_letter = by_letter(&found);
    let letters = |current: Option<&str>| -> Vec<LetterLink> {
        by_letter
            .keys()
            .map(|letter| LetterLink {
                label: letter_label(letter),
                href: format!("{SEARCH}/{letter}"),
                current: current == Some(letter.as_str()),
            })
            .collect()
    };
    let layout = |path: &str, title: String| {
        let language = Language {
            code: code.clone(),
            exported: Some(languages.to_vec()),
            chosen: false,
            path_and_query: path.to_owned(),
        };
        let viewer = Viewer::public();
        // Layout borrows the language only while it is built.
        Layout::new(
            t,
            &language,
            state,
            &viewer,
            Some(stored),
            Nav("search"),
            title,
        )
    };
    let render = |page: &dyn askama::DynTemplate| -> Result<Body, SiteError> {
        page.dyn_render()
            .map(Body::Page)
            .map_err(|error| SiteError::Page(format!("the search page failed: {error}")))
    };

    let mut pages = Vec::new();
    let fields: Vec<FieldLink> = stored
        .concept
        .fields
        .iter()
        .filter(|field| {
            entries.contains_key(&Key {
                tree,
                target: field_page(&field.slug),
            })
        })
        .map(|field| FieldLink {
            title: Localized::new(&field.title, &code),
            href: format!("{SEARCH}/handlungsfeld/{}", field.slug),
        })
        .collect();
    let overview = SearchPage {
        layout: layout(SEARCH, t.msg("site-search-title")),
        letters: letters(None),
        fields,
        count: found.len(),
    };
    pages.push((SEARCH.to_owned(), render(&overview)?));

    for (letter, found) in &by_letter {
        let path = format!("{SEARCH}/{letter}");
        let page = RegisterPage {
            layout: layout(
                &path,
                t.msg_with("site-search-letter-title", "letter", letter_label(letter)),
            ),
            letters: letters(Some(letter)),
            intro: t.msg_with("site-search-count", "count", found.len()),
            found: found.clone(),
        };
        pages.push((path, render(&page)?));
    }

    for field in &stored.concept.fields {
        let field_key = Key {
            tree,
            target: field_page(&field.slug),
        };
        let Some(field_entry) = entries.get(&field_key) else {
            continue;
        };
        let linked: BTreeSet<String> = field_entry
            .facts
            .as_ref()
            .map(|facts| {
                facts
                    .main_links
                    .iter()
                    .filter_map(|href| paths::SiteLink::parse(href))
                    .filter(|link| link.language.is_none())
                    .map(|link| link.target())
                    .collect()
            })
            .unwrap_or_default();
        let mut listed: Vec<Found> = found
            .iter()
            .filter(|page| {
                page.target == field_key.target
                    || (linked.contains(&page.target)
                        && page.target != "/"
                        && !page.target.starts_with("/handlungsfelder"))
            })
            .cloned()
            .collect();
        listed.sort_by(|a, b| {
            (a.target != field_key.target, &a.sort).cmp(&(b.target != field_key.target, &b.sort))
        });
        let title = Localized::new(&field.title, &code).text;
        let path = format!("{SEARCH}/handlungsfeld/{}", field.slug);
        let page = RegisterPage {
            layout: layout(
                &path,
                t.msg_with("site-search-field-title", "field", title.as_str()),
            ),
            letters: letters(None),
            intro: t.msg_with("site-search-count", "count", listed.len()),
            found: listed,
        };
        pages.push((path, render(&page)?));
    }

    let json = serde_json::to_string(&found)
        .map_err(|error| SiteError::Page(format!("the search index: {error}")))?;
    pages.push((
        format!("{SEARCH}/index.json"),
        Body::Bytes(json.clone().into_bytes()),
    ));
    // The same as a script, so that the search also works from a folder opened from disk,
    // where browsers refuse to fetch JSON.
    pages.push((
        format!("{SEARCH}/index.js"),
        Body::Bytes(format!("window.teilhabeSearch = {json};\n").into_bytes()),
    ));
    Ok(pages)
}

fn field_page(slug: &str) -> String {
    format!("/handlungsfelder/{slug}")
}

/// The pages of one tree worth finding: those with a heading, without a query (other views of
/// the same page), not the search pages themselves.
fn findable(entries: &BTreeMap<Key, Entry>, tree: usize, prefix: &str) -> Vec<Found> {
    let mut found: Vec<Found> = entries
        .iter()
        .filter(|(key, _)| {
            key.tree == tree && !key.target.contains('?') && !key.target.starts_with(SEARCH)
        })
        .filter_map(|(key, entry)| {
            let facts = entry.facts.as_ref()?;
            if facts.title.is_empty() {
                return None;
            }
            Some(Found {
                title: facts.title.clone(),
                kind: facts.kind.clone(),
                path: entry
                    .file
                    .strip_prefix(prefix)
                    .unwrap_or(&entry.file)
                    .to_owned(),
                text: facts.text.clone(),
                target: key.target.clone(),
                sort: fold(&facts.title),
            })
        })
        .collect();
    found.sort_by(|a, b| a.sort.cmp(&b.sort).then(a.target.cmp(&b.target)));
    found
}

/// The pages under their first letter (folded: Ä under A); digits and others under `0`.
fn by_letter(found: &[Found]) -> BTreeMap<String, Vec<Found>> {
    let mut letters: BTreeMap<String, Vec<Found>> = BTreeMap::new();
    for page in found {
        let letter = match page.sort.chars().next() {
            Some(c) if c.is_ascii_lowercase() => c.to_string(),
            _ => "0".to_owned(),
        };
        letters.entry(letter).or_default().push(page.clone());
    }
    letters
}

fn letter_label(letter: &str) -> String {
    if letter == "0" {
        "0–9".to_owned()
    } else {
        letter.to_uppercase()
    }
}

/// `indicators.json`: every indicator page (`/indikatoren/ID`) with its title and the files it
/// links, per language, paths relative to the export's root.
pub(super) fn indicators_json(
    languages: &[String],
    entries: &BTreeMap<Key, Entry>,
    files: &BTreeMap<&Key, &str>,
) -> Result<Vec<u8>, SiteError> {
    #[derive(serde::Serialize, Default)]
    struct Indicator {
        id: String,
        title: BTreeMap<String, String>,
        page: BTreeMap<String, String>,
        files: BTreeMap<String, Vec<String>>,
    }
    let mut indicators: BTreeMap<String, Indicator> = BTreeMap::new();
    for (key, entry) in entries {
        let Some(id) = key.target.strip_prefix("/indikatoren/") else {
            continue;
        };
        if id.contains(['/', '?', '.']) {
            continue;
        }
        let Some(facts) = &entry.facts else { continue };
        let Some(language) = languages.get(key.tree) else {
            continue;
        };
        let indicator = indicators.entry(id.to_owned()).or_default();
        indicator.id = id.to_owned();
        indicator
            .title
            .insert(language.clone(), facts.title.clone());
        indicator.page.insert(language.clone(), entry.file.clone());
        let downloads: Vec<String> = facts
            .main_links
            .iter()
            .filter_map(|href| paths::SiteLink::parse(href))
            .filter_map(|link| super::crawl::key_of(&link, key.tree, languages))
            .filter_map(|target| files.get(&target).map(|file| (*file).to_owned()))
            .filter(|file| !file.ends_with(".html"))
            .collect::<BTreeSet<String>>()
            .into_iter()
            .collect();
        indicator.files.insert(language.clone(), downloads);
    }
    let body = serde_json::json!({
        "languages": languages,
        "indicators": indicators.into_values().collect::<Vec<_>>(),
    });
    serde_json::to_vec_pretty(&body)
        .map_err(|error| SiteError::Page(format!("indicators.json: {error}")))
}
