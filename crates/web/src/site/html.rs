//! Reading and rewriting the pages the router renders, with an HTML rewriter (lol_html) rather
//! than string search: links inside attributes, inline SVG and text are told apart the way a
//! browser tells them apart.

use std::cell::RefCell;

use std::borrow::Cow;

use lol_html::html_content::Element;
use lol_html::{ElementContentHandlers, Selector};
use lol_html::{RewriteStrSettings, element, rewrite_str, text};

/// The elements and attributes that point at other files of the site.
const LINKING: [(&str, &str); 6] = [
    ("a[href]", "href"),
    ("link[href]", "href"),
    ("img[src]", "src"),
    ("script[src]", "src"),
    ("form[action]", "action"),
    ("[data-site-href]", "data-site-href"),
];

/// How much of a page's text the search index keeps.
const TEXT_LIMIT: usize = 600;

/// What the exporter reads from a page: where it links, and what the search shows of it.
#[derive(Debug, Default, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageFacts {
    /// Every link to another file, as written (decoded).
    pub links: Vec<String>,
    /// The links inside the page's main content (not header, navigation or footer).
    pub main_links: Vec<String>,
    /// The main heading.
    pub title: String,
    /// The label of the main navigation entry the page belongs to.
    pub kind: String,
    /// The beginning of the main content's text.
    pub text: String,
}

/// What [`read`] takes from a page besides its links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// Heading, navigation entry and text too: a page the search lists.
    Everything,
    /// Only the links: another view of a page (a query), which the search never lists. Without
    /// text handlers the rewriter does less for each of the many views of a large catalogue.
    LinksOnly,
}

/// Reads links, heading, navigation entry and text of a page.
pub fn read(html: &str, reading: Reading) -> Result<PageFacts, String> {
    let facts = RefCell::new(PageFacts::default());
    let mut handlers = Vec::new();
    for (selector, attribute) in LINKING {
        let facts = &facts;
        handlers.push(element!(selector, move |el| {
            if let Some(value) = el.get_attribute(attribute) {
                facts.borrow_mut().links.push(decode_entities(&value));
            }
            Ok(())
        }));
    }
    handlers.push(element!("main a[href]", |el| {
        if let Some(value) = el.get_attribute("href") {
            facts.borrow_mut().main_links.push(decode_entities(&value));
        }
        Ok(())
    }));
    if reading == Reading::LinksOnly {
        rewrite_str(html, settings(handlers)).map_err(|error| error.to_string())?;
        return Ok(facts.into_inner());
    }
    handlers.push(text!("main h1", |chunk| {
        facts.borrow_mut().title.push_str(chunk.as_str());
        Ok(())
    }));
    handlers.push(text!(".site-header__nav a[aria-current=page]", |chunk| {
        facts.borrow_mut().kind.push_str(chunk.as_str());
        Ok(())
    }));
    handlers.push(text!("main", |chunk| {
        let mut facts = facts.borrow_mut();
        if facts.text.len() < TEXT_LIMIT * 2 {
            facts.text.push_str(chunk.as_str());
            facts.text.push(' ');
        }
        Ok(())
    }));
    rewrite_str(html, settings(handlers)).map_err(|error| error.to_string())?;
    let mut facts = facts.into_inner();
    facts.title = squeeze(&decode_entities(&facts.title));
    facts.kind = squeeze(&decode_entities(&facts.kind));
    let text = squeeze(&decode_entities(&facts.text));
    facts.text = match text.char_indices().nth(TEXT_LIMIT) {
        Some((end, _)) => text[..end].to_owned(),
        None => text,
    };
    Ok(facts)
}

/// What becomes of a link to this site.
pub enum Target {
    /// Leave the attribute as it is (other sites, fragments).
    Keep,
    /// Point it here.
    To(String),
    /// Its target is not part of the export: a link loses its `href` (keeping its text),
    /// anything else is removed.
    Gone,
}

/// Rewrites every link of a page through `resolve`.
pub fn rewrite(html: &str, resolve: &dyn Fn(&str) -> Target) -> Result<String, String> {
    let mut handlers = Vec::new();
    for (selector, attribute) in LINKING {
        handlers.push(element!(selector, move |el| {
            apply(el, attribute, resolve);
            Ok(())
        }));
    }
    rewrite_str(html, settings(handlers)).map_err(|error| error.to_string())
}

fn apply(el: &mut Element<'_, '_>, attribute: &str, resolve: &dyn Fn(&str) -> Target) {
    let Some(value) = el.get_attribute(attribute) else {
        return;
    };
    match resolve(&decode_entities(&value)) {
        Target::Keep => {}
        Target::To(link) => {
            // Only fails for invalid attribute names, and these are constants.
            let _ = el.set_attribute(attribute, &link);
        }
        Target::Gone if el.tag_name() == "a" => {
            el.remove_attribute("href");
            el.remove_attribute("download");
            el.remove_attribute("rel");
        }
        Target::Gone => el.remove(),
    }
}

/// Character references as askama writes them (and the named basics), decoded.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let decoded = tail.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &tail[1..end];
            let character = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            character.map(|c| (c, end))
        });
        match decoded {
            Some((character, end)) => {
                out.push(character);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn settings<'h>(
    handlers: Vec<(Cow<'static, Selector>, ElementContentHandlers<'h>)>,
) -> RewriteStrSettings<'h, 'static> {
    handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        })
}

/// Runs of whitespace as one space, trimmed.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><body><header><nav class="site-header__nav"><a href="/" aria-current="page">Start</a><a href="/massnahmen">Ma&#223;nahmen</a></nav></header>
<main><h1>Arbeit &#38; Bildung</h1><p>Text <a href="/indikatoren/a1?aufschluesselung=district&#38;jahr=2020">A1</a></p>
<svg><a href="/handlungsfelder/x"><text>x</text></a></svg><a href="https://example.org">out</a></main>
<link rel="stylesheet" href="/assets/app.css"></body></html>"#;

    #[test]
    fn reads_links_heading_kind_and_text() {
        let facts = read(PAGE, Reading::Everything).expect("readable");
        assert_eq!(facts.title, "Arbeit & Bildung");
        assert_eq!(facts.kind, "Start");
        assert!(
            facts.text.starts_with("Arbeit & Bildung Text A1"),
            "{}",
            facts.text
        );
        assert!(
            facts
                .links
                .contains(&"/indikatoren/a1?aufschluesselung=district&jahr=2020".to_owned())
        );
        assert!(facts.links.contains(&"/assets/app.css".to_owned()));
        assert!(facts.main_links.contains(&"/handlungsfelder/x".to_owned()));
        assert!(!facts.main_links.contains(&"/massnahmen".to_owned()));
    }

    #[test]
    fn links_only_reads_the_links_and_no_text() {
        let facts = read(PAGE, Reading::LinksOnly).expect("readable");
        let everything = read(PAGE, Reading::Everything).expect("readable");
        assert_eq!(facts.links, everything.links);
        assert_eq!(facts.main_links, everything.main_links);
        assert!(!facts.links.is_empty());
        assert_eq!((facts.title, facts.kind, facts.text), Default::default());
    }

    #[test]
    fn rewrites_keeps_and_drops_links() {
        let html = rewrite(PAGE, &|href| match href {
            "/assets/app.css" => Target::To("assets/app.css".into()),
            "/massnahmen" => Target::Gone,
            href if href.starts_with('/') => Target::To(format!("x{}", href.len())),
            _ => Target::Keep,
        })
        .expect("rewritten");
        assert!(html.contains(r#"href="assets/app.css""#), "{html}");
        assert!(html.contains("<a>Ma&#223;nahmen</a>"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#));
        assert!(!html.contains(r#"href="/"#), "{html}");
    }

    #[test]
    fn decodes_what_askama_escapes() {
        assert_eq!(
            decode_entities("a&#38;b &amp; &#x27;c&#39; &bogus; &"),
            "a&b & 'c' &bogus; &"
        );
    }
}
