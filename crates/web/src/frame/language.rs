//! Which language a request is answered in: `?lang=` first (and then remembered in a cookie),
//! then the cookie, then German. The browser's Accept-Language is deliberately not used: the city
//! works in German and its site opens in German; the switch is one click and remembered.

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
    fn reads_the_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            "session=abc; lang=en; x=1".parse().expect("header"),
        );
        assert_eq!(cookie_value(&headers, "lang").as_deref(), Some("en"));
    }
}
