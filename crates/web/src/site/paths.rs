//! Where a URL of the live site lands in the export, and the relative link from one exported file
//! to another. Pages become `…/index.html` (pretty URLs on any server, and links that name the
//! file so that the folder also works opened from disk); a query becomes part of the name, since
//! a static server ignores it; downloads keep the name the server gives them.

/// A same-site link split into its parts: the path, the query without `lang`, the language it
/// asks for (`?lang=`: the language switch) and the fragment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLink {
    pub path: String,
    pub query: String,
    pub language: Option<String>,
    pub fragment: String,
}

impl SiteLink {
    /// A link to this site (`/…`), or `None` for other sites, fragments, `mailto:` and the like.
    pub fn parse(href: &str) -> Option<SiteLink> {
        let href = href.trim();
        if !href.starts_with('/') || href.starts_with("//") || href.starts_with("/\\") {
            return None;
        }
        let (rest, fragment) = match href.split_once('#') {
            Some((rest, fragment)) => (rest, format!("#{fragment}")),
            None => (href, String::new()),
        };
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let mut language = None;
        let kept: Vec<&str> = query
            .split('&')
            .filter(|pair| !pair.is_empty())
            .filter(|pair| match pair.split_once('=') {
                Some(("lang", code)) => {
                    language = Some(code.to_owned());
                    false
                }
                _ => *pair != "lang",
            })
            .collect();
        Some(SiteLink {
            path: path.to_owned(),
            query: kept.join("&"),
            language,
            fragment,
        })
    }

    /// The request target (path and query) this link asks the router for.
    pub fn target(&self) -> String {
        if self.query.is_empty() {
            self.path.clone()
        } else {
            format!("{}?{}", self.path, self.query)
        }
    }
}

/// The path's segments as file names: percent-decoded, or `None` when one cannot be a file name
/// (`..`, a slash inside, not UTF-8).
pub fn segments(path: &str) -> Option<Vec<String>> {
    path.split('/')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let decoded = percent_decode(segment)?;
            let usable = !decoded.is_empty()
                && decoded != "."
                && decoded != ".."
                && !decoded.contains(['/', '\\', '\0']);
            usable.then_some(decoded)
        })
        .collect()
}

fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let hex = segment.get(index + 1..index + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                index += 3;
            }
            byte => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A query as part of a file name: letters and digits kept, runs of anything else as one `-`.
pub fn query_slug(query: &str) -> String {
    let mut slug = String::new();
    for character in query.chars() {
        if character.is_ascii_alphanumeric() {
            slug.push(character.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

/// The file of an HTML page: `prefix/path/index.html`, or `index-QUERY.html` for a query.
pub fn page_file(prefix: &str, path: &str, query: &str) -> Option<String> {
    let mut parts: Vec<String> = prefix_parts(prefix);
    parts.extend(segments(path)?);
    let name = if query.is_empty() {
        "index.html".to_owned()
    } else {
        format!("index-{}.html", query_slug(query))
    };
    parts.push(name);
    Some(parts.join("/"))
}

/// The file of a download or asset: the path as it is when its last segment has an extension;
/// else the name the server gave (`Content-Disposition`) or the last segment with the extension
/// of its type, beside it. A query becomes a folder of its own, so the name stays.
pub fn download_file(
    prefix: &str,
    path: &str,
    query: &str,
    given_name: Option<&str>,
    extension: &str,
) -> Option<String> {
    let mut parts = prefix_parts(prefix);
    let mut segments = segments(path)?;
    let last = segments.pop()?;
    parts.extend(segments);
    if !query.is_empty() {
        parts.push(format!("q-{}", query_slug(query)));
    }
    let given = given_name.and_then(|name| {
        segments_of_name(name).filter(|name| name.contains('.') && !name.starts_with('.'))
    });
    let name = if last.contains('.') {
        last
    } else if let Some(given) = given {
        given
    } else {
        format!("{last}.{extension}")
    };
    parts.push(name);
    Some(parts.join("/"))
}

fn segments_of_name(name: &str) -> Option<String> {
    let name = name.trim();
    let usable = !name.is_empty() && !name.contains(['/', '\\', '\0']) && name != "..";
    usable.then(|| name.to_owned())
}

fn prefix_parts(prefix: &str) -> Vec<String> {
    prefix
        .split('/')
        .filter(|part| !part.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The link from the file `from` to the file `to` (both relative to the export's root, `/` as
/// separator), percent-encoding what a URL may not hold.
pub fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect();
    let from_dirs = &from_dirs[..from_dirs.len().saturating_sub(1)];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count()
        // The file name itself is never a shared folder.
        .min(to_parts.len().saturating_sub(1));
    let mut link = "../".repeat(from_dirs.len() - common);
    let rest: Vec<String> = to_parts[common..].iter().map(|p| encode(p)).collect();
    link.push_str(&rest.join("/"));
    link
}

fn encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_to_this_site_split_off_the_language_and_fragment() {
        let link = SiteLink::parse("/indikatoren/a1?aufschluesselung=district&lang=en#karte")
            .expect("a site link");
        assert_eq!(link.path, "/indikatoren/a1");
        assert_eq!(link.query, "aufschluesselung=district");
        assert_eq!(link.language.as_deref(), Some("en"));
        assert_eq!(link.fragment, "#karte");
        assert_eq!(link.target(), "/indikatoren/a1?aufschluesselung=district");
        for other in [
            "https://example.org/",
            "//evil.example/x",
            "#top",
            "mailto:a@b",
            "",
        ] {
            assert_eq!(SiteLink::parse(other), None, "{other}");
        }
    }

    #[test]
    fn pages_become_index_files_and_queries_part_of_the_name() {
        assert_eq!(page_file("", "/", "").as_deref(), Some("index.html"));
        assert_eq!(
            page_file("en", "/massnahmen/42", "").as_deref(),
            Some("en/massnahmen/42/index.html")
        );
        assert_eq!(
            page_file("", "/indikatoren/a1", "aufschluesselung=district&jahr=2020").as_deref(),
            Some("indikatoren/a1/index-aufschluesselung-district-jahr-2020.html")
        );
        assert_eq!(page_file("", "/a/../b", ""), None);
        assert_eq!(page_file("", "/a/%2e%2e/b", ""), None);
        assert_eq!(page_file("", "/a%2Fb", ""), None);
    }

    #[test]
    fn downloads_keep_their_names() {
        assert_eq!(
            download_file(
                "",
                "/indikatoren/a1/download/csv",
                "",
                Some("a1.csv"),
                "csv"
            )
            .as_deref(),
            Some("indikatoren/a1/download/a1.csv")
        );
        assert_eq!(
            download_file("en", "/api/v1/concept", "", None, "json").as_deref(),
            Some("en/api/v1/concept.json")
        );
        assert_eq!(
            download_file("", "/indikatoren/a1.pdf", "", Some("x.pdf"), "pdf").as_deref(),
            Some("indikatoren/a1.pdf")
        );
        assert_eq!(
            download_file(
                "",
                "/massnahmen/download/csv",
                "arbeitsgruppe=x",
                Some("m.csv"),
                "csv"
            )
            .as_deref(),
            Some("massnahmen/download/q-arbeitsgruppe-x/m.csv")
        );
        assert_eq!(
            download_file("", "/d/csv", "", Some("../../etc"), "csv").as_deref(),
            Some("d/csv.csv")
        );
    }

    #[test]
    fn relative_links_climb_only_as_far_as_needed() {
        assert_eq!(relative("index.html", "assets/app.css"), "assets/app.css");
        assert_eq!(
            relative("en/massnahmen/42/index.html", "assets/app.css"),
            "../../../assets/app.css"
        );
        assert_eq!(
            relative("massnahmen/42/index.html", "massnahmen/index.html"),
            "../index.html"
        );
        assert_eq!(
            relative("massnahmen/index.html", "massnahmen/index.html"),
            "index.html"
        );
        assert_eq!(relative("index.html", "en/index.html"), "en/index.html");
        assert_eq!(
            relative("a/index.html", "a b/ä.html"),
            "../a%20b/%C3%A4.html"
        );
    }
}
