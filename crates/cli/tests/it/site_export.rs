//! `teilhabe export site`: the public portal as static files. Over the whole export: no broken
//! internal link and every download present, nothing only signed-in people see, the same figures
//! in the exported files as the live API gives, a suppressed cell nowhere; a second export writes
//! nothing, a changed indicator rewrites only what shows it; axe-core finds no WCAG 2.1 A/AA
//! violation on exported pages opened from disk.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, TestServer};

use crate::TEILHABE;
use crate::browser::Browser;

fn run(database: &str, args: &[&str]) -> Output {
    std::process::Command::new(TEILHABE)
        .args(["--database", database])
        .args(args)
        .output()
        .expect("run teilhabe")
}

fn export(database: &str, out: &Path, extra: &[&str]) -> String {
    // Two languages keep the debug-build tests short; every language is the default.
    let mut args = vec![
        "export",
        "site",
        "--out",
        out.to_str().unwrap(),
        "--lang",
        "de,en",
    ];
    args.extend_from_slice(extra);
    // Typeset sheets are kept beside the export, not in the home folder.
    let cache = out.with_file_name("sheet-cache");
    if !extra.iter().any(|arg| arg.ends_with("cache")) {
        args.extend(["--cache", cache.to_str().unwrap()]);
    }
    let output = run(database, &args);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The number before `label` in the export's summary line ("written 12").
fn count(summary: &str, label: &str) -> usize {
    summary
        .split(&format!("{label} "))
        .nth(1)
        .and_then(|rest| rest.split([',', ';', ' ']).next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("no {label:?} in {summary}"))
}

/// Every file below `root`, relative, with `/`, the manifest left out.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut folders = vec![root.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                if name != ".teilhabe-site.json" {
                    found.insert(name, std::fs::read(&path).unwrap());
                }
            }
        }
    }
    found
}

/// The values of `attribute="…"` in `html`, decoded as far as our templates escape.
fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    html.split(&format!(" {attribute}=\""))
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|value| value.replace("&#38;", "&").replace("&amp;", "&"))
        .collect()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%'
            && let Some(byte) = text
                .get(index + 1..index + 3)
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            out.push(byte);
            index += 3;
        } else {
            out.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// The broken internal links of an export: (page, link) whose file does not exist, and links
/// that still point at the server (`/…`, `?lang=`).
fn broken_links(root: &Path, all: &BTreeMap<String, Vec<u8>>) -> (usize, Vec<(String, String)>) {
    let mut checked = 0;
    let mut broken = Vec::new();
    for (name, bytes) in all.iter().filter(|(name, _)| name.ends_with(".html")) {
        let html = String::from_utf8(bytes.clone()).unwrap();
        let folder = root.join(name).parent().unwrap().to_owned();
        for attribute in ["href", "src", "action", "data-site-href"] {
            for link in attribute_values(&html, attribute) {
                checked += 1;
                if link.starts_with("https://")
                    || link.starts_with("http://")
                    || link.starts_with("mailto:")
                    || link.starts_with('#')
                {
                    continue;
                }
                if link.starts_with('/') || link.contains("lang=") || link.contains('?') {
                    broken.push((name.clone(), link));
                    continue;
                }
                let file = percent_decode(link.split('#').next().unwrap());
                if !folder.join(&file).is_file() {
                    broken.push((name.clone(), link));
                }
            }
        }
    }
    (checked, broken)
}

/// The demo city in a fresh database of `backend`, with the demo server still running.
async fn demo(backend: Backend) -> (TestDatabase, TestServer) {
    let database = TestDatabase::new(backend).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    (database, server)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_export_links_only_to_files_it_holds_and_shows_only_what_the_public_sees() {
    for backend in BACKENDS {
        let (database, server) = demo(backend).await;
        let folder = tempfile::tempdir().unwrap();
        let out = folder.path().join("public");
        let summary = export(
            &database.url,
            &out,
            &["--base-url", "https://portal.example/integration/"],
        );
        let all = files(&out);

        // Link checker over the whole export; downloads of the indicator pages among the files.
        let (checked, broken) = broken_links(&out, &all);
        assert!(checked > 5000, "{backend:?}: only {checked} links");
        assert!(
            broken.is_empty(),
            "{backend:?}: {} broken, e.g. {:?}",
            broken.len(),
            &broken[..broken.len().min(10)]
        );
        for language in ["", "en/"] {
            for page in [
                "index.html",
                "handlungsfelder/index.html",
                "massnahmen/index.html",
                "indikatoren/index.html",
                "programme/index.html",
                "arbeitsgruppen/index.html",
                "suche/index.html",
                "suche/index.json",
            ] {
                assert!(
                    all.contains_key(&format!("{language}{page}")),
                    "{backend:?}: {language}{page} missing"
                );
            }
            for format in ["csv", "xlsx", "json", "sdmx.csv"] {
                let file = format!(
                    "{language}indikatoren/arbeitslosenquote/download/arbeitslosenquote.{format}"
                );
                assert!(all.contains_key(&file), "{backend:?}: {file} missing");
            }
        }
        assert_eq!(count(&summary, "files"), all.len(), "{summary}");

        // The offers directory: the search without filters (no filter form: it needs a
        // server), each public offer's page and its calendar.
        for language in ["", "en/"] {
            let search = String::from_utf8_lossy(&all[&format!("{language}angebote/index.html")])
                .into_owned();
            assert!(!search.contains("offers-filter-heading"), "{backend:?}");
            let offers: Vec<&String> = all
                .keys()
                .filter(|name| {
                    name.strip_prefix(&format!("{language}angebote/"))
                        .and_then(|rest| rest.strip_suffix("/index.html"))
                        .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
                })
                .collect();
            assert!(
                offers.len() > 100,
                "{backend:?}: {} offer pages",
                offers.len()
            );
            for page in offers {
                let calendar = page.replace("/index.html", ".ics");
                let bytes = all
                    .get(&calendar)
                    .unwrap_or_else(|| panic!("{calendar} missing"));
                assert!(bytes.starts_with(b"BEGIN:VCALENDAR\r\n"), "{calendar}");
            }
        }

        // Only what the public sees: no sign-in, no forms that post, no tokens, no drafts.
        let unpublished = [
            "Teilzeitqualifizierung für Mütter",
            "Kultursensible Pflege: Fortbildungsmodule",
        ];
        for (name, bytes) in &all {
            let text = String::from_utf8_lossy(bytes);
            for needle in [
                "/anmelden",
                "anmelden/",
                "csrf",
                "\"/verwaltung",
                "/verwaltung/",
                "method=\"post\"",
                "?lang=",
            ] {
                assert!(
                    !text.contains(needle),
                    "{backend:?}: {name} contains {needle:?}"
                );
            }
            for title in unpublished {
                assert!(
                    !text.contains(title),
                    "{backend:?}: {name} shows the unpublished {title:?}"
                );
            }
        }

        // indicators.json: every indicator of the catalogue, its files present.
        let index: Value = serde_json::from_slice(&all["indicators.json"]).unwrap();
        let indicators = index["indicators"].as_array().unwrap();
        let shipped = std::fs::read_dir(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../data/indicators/bielefeld"),
        )
        .unwrap()
        .filter(|entry| {
            entry
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|e| e == "toml")
        })
        .count();
        assert_eq!(indicators.len(), shipped, "{backend:?}");
        for indicator in indicators {
            for language in ["de", "en"] {
                let page = indicator["page"][language].as_str().unwrap();
                assert!(all.contains_key(page), "{page}");
                let downloads = indicator["files"][language].as_array().unwrap();
                assert!(downloads.len() >= 4, "{indicator}");
                for file in downloads {
                    assert!(all.contains_key(file.as_str().unwrap()), "{file}");
                }
            }
        }

        // The sitemap names pages under the base URL; the search index every page of a tree.
        let sitemap = String::from_utf8(all["sitemap.xml"].clone()).unwrap();
        assert!(
            sitemap.contains("<loc>https://portal.example/integration/</loc>"),
            "{sitemap}"
        );
        assert!(sitemap.contains(
            "<loc>https://portal.example/integration/en/indikatoren/arbeitslosenquote/</loc>"
        ));
        let search: Value = serde_json::from_slice(&all["suche/index.json"]).unwrap();
        let titles: Vec<&str> = search
            .as_array()
            .unwrap()
            .iter()
            .map(|page| page["t"].as_str().unwrap())
            .collect();
        assert!(titles.contains(&"Arbeitslosenquote"), "{titles:?}");
        for page in search.as_array().unwrap() {
            assert!(all.contains_key(page["p"].as_str().unwrap()), "{page}");
        }

        // The same figures in the exported CSV as the live API gives, for every indicator.
        let client = reqwest::Client::new();
        for indicator in indicators {
            let id = indicator["id"].as_str().unwrap();
            let api: Value = client
                .get(server.url(&format!("/api/v1/indicators/{id}/observations")))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let from_api: BTreeSet<(String, String, String, String, String, String, String)> = api
                ["observations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| {
                    let text = |key: &str| match &o[key] {
                        Value::String(text) => text.clone(),
                        Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (
                        text("year"),
                        text("district"),
                        text("sex"),
                        text("origin"),
                        text("age"),
                        text("value_text"),
                        text("status"),
                    )
                })
                .collect();
            let csv_bytes = &all[&format!("indikatoren/{id}/download/{id}.csv")];
            let mut reader = csv::Reader::from_reader(csv_bytes.as_slice());
            let from_csv: BTreeSet<_> = reader
                .records()
                .map(|record| {
                    let r = record.unwrap();
                    (
                        r[1].to_owned(),
                        r[2].to_owned(),
                        r[3].to_owned(),
                        r[4].to_owned(),
                        r[5].to_owned(),
                        r[6].to_owned(),
                        r[11].to_owned(),
                    )
                })
                .collect();
            assert!(!from_api.is_empty(), "{id}");
            assert_eq!(from_csv, from_api, "{backend:?}: {id}");
        }
        drop(server);

        // Without a base URL no sitemap (it needs absolute addresses); the old one is removed.
        let summary = export(&database.url, &out, &[]);
        assert!(summary.contains("no sitemap.xml"), "{summary}");
        assert!(!out.join("sitemap.xml").exists());
        assert_eq!(count(&summary, "removed"), 1, "{summary}");
    }
}

/// How many files of `after` are new or differ from `before`.
fn differing(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>) -> usize {
    after
        .iter()
        .filter(|(name, bytes)| before.get(*name) != Some(*bytes))
        .count()
}

/// Whether `number` stands in `text` as a number of its own (not inside 197.95 or 19587).
fn contains_number(text: &str, number: &str) -> bool {
    text.match_indices(number).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + number.len()..].chars().next();
        let digitish =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        !digitish(before) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// A cubes folder whose suppressed cell still carries the figures it hides.
fn planted_cubes(dir: &Path) -> PathBuf {
    let cubes = dir.join("cubes");
    std::fs::create_dir_all(&cubes).unwrap();
    std::fs::write(
        cubes.join("indicators.csv"),
        "indicator,time_period,breakdown,numerator,denominator,value,obs_status,exact,ci_low,ci_high,reference_value,gap_reference_difference,gap_reference_ratio,gap_reference_ci_low,gap_reference_ci_high,whole_value,gap_whole_difference,gap_whole_ratio\n\
         population_mh_share,2023,AREA=_T;SEX=_T,124000,338410,36.6420,A,true,36.4800,36.8000,,,,,,,,\n\
         population_mh_share,2023,AREA=03;SEX=_T,9587,9797,97.8565,Q,true,97.1111,98.2222,,,,,,,,\n",
    )
    .unwrap();
    std::fs::write(
        cubes.join("metadata.json"),
        r#"{"format_version": "teilhabe-cubes-1.0", "rules_version": "teilhabe-mh-1.0",
            "source": "Melderegister Bielefeld, Auszug 31.12.", "city_code": "05711000",
            "city_name": "Bielefeld", "reference_years": [2023]}"#,
    )
    .unwrap();
    cubes
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_export_writes_nothing_and_a_changed_indicator_rewrites_what_shows_it() {
    let (database, server) = demo(Backend::Sqlite).await;
    drop(server);
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("public");
    let first = export(&database.url, &out, &[]);
    assert_eq!(count(&first, "removed"), 0, "{first}");
    let before = files(&out);

    let second = export(&database.url, &out, &[]);
    assert_eq!(count(&second, "written"), 0, "{second}");
    assert_eq!(count(&second, "unchanged"), before.len(), "{second}");
    assert!(
        count(&second, "confirmed unchanged") > 0,
        "the router confirmed pages unchanged: {second}"
    );
    assert_eq!(files(&out), before);

    // New figures for one indicator, with a suppressed cell that carries the figures it hides.
    let output = run(
        &database.url,
        &[
            "import",
            "cubes",
            planted_cubes(folder.path()).to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{output:?}");
    // --only: that indicator's pages and downloads alone are rendered again.
    let quick = export(
        &database.url,
        &out,
        &["--only", "indikatoren/bevoelkerung-mh-anteil"],
    );
    assert!(count(&quick, "rendered") < 80, "{quick}");
    assert!(count(&quick, "written") > 0, "{quick}");
    let page = "indikatoren/bevoelkerung-mh-anteil/index.html";
    assert_ne!(std::fs::read(out.join(page)).unwrap(), before[page]);
    assert_eq!(
        std::fs::read(out.join("index.html")).unwrap(),
        before["index.html"],
        "pages outside the scope stay: {quick}"
    );
    let middle = files(&out);
    assert_eq!(
        count(&quick, "written"),
        differing(&before, &middle),
        "{quick}"
    );
    let third = export(&database.url, &out, &[]);
    let after = files(&out);
    assert_eq!(
        count(&third, "written"),
        differing(&middle, &after),
        "{third}"
    );
    let changed: Vec<&String> = after
        .iter()
        .filter(|(name, bytes)| before.get(*name) != Some(*bytes))
        .map(|(name, _)| name)
        .collect();
    assert!(
        changed
            .iter()
            .any(|name| name.as_str() == "indikatoren/bevoelkerung-mh-anteil/index.html")
    );
    for name in &changed {
        let text = String::from_utf8_lossy(&after[*name]);
        let shows_it = name.contains("bevoelkerung-mh-anteil")
            || text.contains("bevoelkerung-mh-anteil")
            || [
                "indicators.json",
                "suche/index.json",
                "suche/index.js",
                "en/suche/index.json",
                "en/suche/index.js",
            ]
            .contains(&name.as_str());
        assert!(shows_it, "{name} changed but does not show the indicator");
    }
    assert!(
        changed.len() < after.len() / 4,
        "{} of {} files rewritten",
        changed.len(),
        after.len()
    );

    // The suppressed cell: neither its value, its count nor its interval anywhere.
    for (name, bytes) in &after {
        let text = String::from_utf8_lossy(bytes);
        for secret in ["9587", "97.8565", "97,8565", "97.1111", "98.2222"] {
            assert!(!contains_number(&text, secret), "{name} contains {secret}");
        }
        // Rounded as pages show it: other indicators may have such figures, this one may not.
        if name.contains("bevoelkerung-mh-anteil") {
            for secret in ["97.9", "97,9", "97.1", "97,1", "98.2", "98,2"] {
                assert!(!contains_number(&text, secret), "{name} contains {secret}");
            }
        }
    }
    // (XLSX is zipped: read its cells.)
    use calamine::{Data, Reader, Xlsx};
    let bytes =
        after["indikatoren/bevoelkerung-mh-anteil/download/bevoelkerung-mh-anteil.xlsx"].clone();
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = workbook.worksheet_range("Daten").unwrap();
    let mut suppressed = 0;
    for row in sheet.rows().skip(1) {
        if row[2] == Data::String("03".into()) && row[1] == Data::Float(2023.0)
            || row[2] == Data::String("03".into()) && row[1] == Data::String("2023".into())
        {
            assert_eq!(row[6], Data::Empty, "{row:?}");
            suppressed += 1;
        }
        assert!(
            !row.iter()
                .any(|cell| cell == &Data::Float(97.8565) || cell == &Data::Float(9587.0)),
            "{row:?}"
        );
    }
    assert_eq!(suppressed, 1);
}

/// The PDF files below `root`.
fn pdfs(root: &Path) -> BTreeMap<String, Vec<u8>> {
    files(root)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".pdf"))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn pdf_sheets_come_from_the_cache_until_their_indicator_changes() {
    let (database, server) = demo(Backend::Sqlite).await;
    drop(server);
    let folder = tempfile::tempdir().unwrap();
    let cache = folder.path().join("sheets");
    let with_cache = ["--cache", cache.to_str().unwrap()];
    export(&database.url, &folder.path().join("first"), &with_cache);
    let first = pdfs(&folder.path().join("first"));
    // Every indicator's sheet in German and English.
    let indicators = first
        .keys()
        .filter(|name| name.starts_with("indikatoren/"))
        .count();
    assert!(indicators > 20, "{:?}", first.keys());
    assert_eq!(first.len(), 2 * indicators, "{:?}", first.keys());
    // A marker in every kept sheet: an export that prints it took the sheet from the cache.
    let kept = pdfs(&cache);
    assert_eq!(kept.len(), first.len(), "one kept sheet per file");
    let planted = b"%PDF-1.7 planted\n".to_vec();
    for name in kept.keys() {
        std::fs::write(cache.join(name), &planted).unwrap();
    }

    // Same figures, empty folder: every sheet comes from the cache.
    let second_out = folder.path().join("second");
    export(&database.url, &second_out, &with_cache);
    let second = pdfs(&second_out);
    assert_eq!(second.len(), first.len());
    assert!(second.values().all(|bytes| *bytes == planted));

    // New figures for one indicator: its sheets are typeset again, the others still kept.
    let output = run(
        &database.url,
        &[
            "import",
            "cubes",
            planted_cubes(folder.path()).to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{output:?}");
    let third_out = folder.path().join("third");
    export(&database.url, &third_out, &with_cache);
    let third = pdfs(&third_out);
    assert_eq!(third.len(), first.len());
    for (name, bytes) in &third {
        let changed = name.contains("bevoelkerung-mh-anteil");
        assert_eq!(*bytes == planted, !changed, "{name}");
        if changed {
            assert!(
                bytes.starts_with(b"%PDF-") && bytes.len() > 10_000,
                "{name}"
            );
        }
    }

    // Without the cache, every sheet is typeset.
    let fourth_out = folder.path().join("fourth");
    export(&database.url, &fourth_out, &["--no-cache"]);
    assert!(pdfs(&fourth_out).values().all(|bytes| *bytes != planted));
}

#[tokio::test(flavor = "multi_thread")]
async fn exported_pages_opened_from_disk_pass_axe() {
    let (database, server) = demo(Backend::Sqlite).await;
    drop(server);
    let folder = tempfile::tempdir().unwrap();
    let out = folder.path().join("public");
    export(&database.url, &out, &[]);
    let browser = Browser::start().await;
    for language in ["", "en/"] {
        for page in [
            "index.html",
            "handlungsfelder/sport/index.html",
            "indikatoren/arbeitslosenquote/index.html",
            "massnahmen/index.html",
            "suche/index.html",
            "suche/a/index.html",
        ] {
            let file = out.join(format!("{language}{page}"));
            assert!(file.is_file(), "{}", file.display());
            browser
                .client
                .goto(&format!("file://{}", file.display()))
                .await
                .unwrap();
            browser.settle().await;
            let violations = browser.accessibility_violations().await;
            assert!(violations.is_empty(), "{language}{page}: {violations:#?}");
        }
    }
    // The search page's script searches the index as one types.
    let search = out.join("suche/index.html");
    browser
        .client
        .goto(&format!("file://{}?q=arbeitslos", search.display()))
        .await
        .unwrap();
    browser
        .wait_for(fantoccini::Locator::Css("#static-search-results li a"))
        .await;
    let first = browser
        .text_of(fantoccini::Locator::Css("#static-search-results li a"))
        .await;
    assert!(first.contains("Arbeitslos"), "{first}");
    browser.stop().await;
}
