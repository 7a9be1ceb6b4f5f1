//! Which language a request is answered in: `?lang=` first (and then remembered in a cookie),
//! then the cookie, then — on a first visit — the best language of the browser's
//! `Accept-Language` that the site speaks, then German (docs/decisions.md, "Issue 14: languages in
//! the UI"). Answers therefore vary by `Cookie` and `Accept-Language`; the page cache keys them by
//! the language chosen here, and the ETag includes it.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::frame::state::AppState;
use crate::frame::static_site::StaticExport;

pub const COOKIE: &str = "lang";

/// The language of this response and whether the request chose it explicitly.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    /// Set when the static export asks (frame/static_site.rs): the languages it holds.
    pub exported: Option<Vec<String>>,
    /// True when `?lang=` named a language: the response sets the cookie.
    pub chosen: bool,
    /// The request path and query without `lang`, to build the language switch links.
    pub path_and_query: String,
}

impl FromRequestParts<AppState> for Language {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let locales = state.locales();
        if let Some(export) = parts.extensions.get::<StaticExport>()
            && locales.get(&export.language).is_some()
        {
            return Ok(Language {
                code: export.language.clone(),
                exported: Some(export.languages.clone()),
                chosen: false,
                path_and_query: without_lang(parts.uri.path(), parts.uri.query().unwrap_or("")),
            });
        }
        let query = parts.uri.query().unwrap_or("");
        let requested = query_value(query, "lang").filter(|code| locales.get(code).is_some());
        let remembered =
            cookie_value(&parts.headers, COOKIE).filter(|code| locales.get(code).is_some());
        let chosen = requested.is_some();
        let code = requested
            .or(remembered)
            .or_else(|| {
                accept_language(&parts.headers, |code| {
                    locales.get(code).map(|locale| locale.code.clone())
                })
            })
            .unwrap_or_else(|| locales.default_locale().code.clone());
        Ok(Language {
            code,
            exported: None,
            chosen,
            path_and_query: without_lang(parts.uri.path(), query),
        })
    }
}

impl Language {
    /// A link to the current page in `code`.
    pub fn switch_href(&self, code: &str) -> String {
        let separator = if self.path_and_query.contains('?') {
            '&'
        } else {
            '?'
        };
        format!("{}{separator}lang={code}", self.path_and_query)
    }

    /// The cookie that remembers an explicit choice for a year.
    pub fn set_cookie(&self) -> Option<String> {
        self.chosen.then(|| {
            format!(
                "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                self.code
            )
        })
    }
}

/// The language of the browser's `Accept-Language` (RFC 9110: tags with q-values, best first)
/// that `known` maps to a language of the site: `ar-SY` → `ar`, `de-DE` → `de`. Tags with
/// `q=0`, `*` and unknown languages are skipped; `None` when nothing matches.
pub fn accept_language(
    headers: &HeaderMap,
    known: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    let mut ranges: Vec<(u16, usize, String)> = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .enumerate()
        .filter_map(|(position, range)| {
            let mut pieces = range.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .filter_map(|piece| piece.trim().strip_prefix("q="))
                .next()
                .map_or(Some(1000), quality)?;
            let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            (quality > 0 && !primary.is_empty() && primary != "*")
                .then_some((quality, position, primary))
        })
        .collect();
    // Highest quality first; equal qualities keep the browser's order.
    ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, primary)| known(&primary))
}

/// A q-value ("0.8", "1", "1.000") in thousandths; `None` when it is none.
fn quality(text: &str) -> Option<u16> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let thousandths: u16 = format!("{fraction:0<3}").parse().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

fn query_value(query: &str, name: &str) -> Option<String> {
    form_urlencoded_pairs(query)
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
}

/// The request path and query without `lang`, as a link that stays on this site: leading
/// slashes and backslashes collapse to one `/`, so `//evil.example/x` cannot become a
/// protocol-relative link to another host.
fn without_lang(path: &str, query: &str) -> String {
    let path = format!("/{}", path.trim_start_matches(['/', '\\']));
    let kept: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split('=').next() != Some("lang"))
        .map(str::to_owned)
        .collect();
    if kept.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

fn form_urlencoded_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_owned(), value.to_owned())
        })
}

fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switch_links_keep_the_rest_of_the_query() {
        let language = Language {
            code: "de".into(),
            exported: None,
            chosen: false,
            path_and_query: without_lang("/suche", "q=sport&lang=de"),
        };
        assert_eq!(language.switch_href("en"), "/suche?q=sport&lang=en");
        let plain = Language {
            code: "de".into(),
            exported: None,
            chosen: false,
            path_and_query: without_lang("/", "lang=en"),
        };
        assert_eq!(plain.switch_href("en"), "/?lang=en");
    }

    #[test]
    fn switch_links_stay_on_the_site() {
        for path in ["//evil.example/x", "///evil.example/x", "/\\evil.example/x"] {
            let language = Language {
                code: "de".into(),
                exported: None,
                chosen: false,
                path_and_query: without_lang(path, ""),
            };
            assert_eq!(
                language.switch_href("en"),
                "/evil.example/x?lang=en",
                "{path}"
            );
        }
    }

    #[test]
    fn accept_language_takes_the_best_known_language() {
        let known = |code: &str| {
            ["de", "en", "ar", "tr", "ru", "uk", "pl"]
                .contains(&code)
                .then(|| code.to_owned())
        };
        let negotiate = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_LANGUAGE, value.parse().expect("header"));
            accept_language(&headers, known)
        };
        assert_eq!(negotiate("ar-SY,ar;q=0.9,en;q=0.5").as_deref(), Some("ar"));
        assert_eq!(negotiate("de-DE").as_deref(), Some("de"));
        assert_eq!(
            negotiate("fr-FR, en;q=0.4, uk;q=0.8").as_deref(),
            Some("uk")
        );
        assert_eq!(negotiate("fa, ku;q=0.9").as_deref(), None, "unknown");
        assert_eq!(negotiate("tr;q=0, pl;q=0.1").as_deref(), Some("pl"));
        assert_eq!(negotiate("*;q=1, RU_ru;q=0.5").as_deref(), Some("ru"));
        assert_eq!(negotiate("en;q=2, tr;q=0.5").as_deref(), Some("tr"));
        assert_eq!(negotiate("pl;q=1.000, en").as_deref(), Some("pl"));
        assert_eq!(accept_language(&HeaderMap::new(), known), None);
    }

    #[test]
    fn reads_the_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "session=abc; lang=en; x=1".parse().expect("header"),
        );
        assert_eq!(cookie_value(&headers, "lang").as_deref(), Some("en"));
    }
}
