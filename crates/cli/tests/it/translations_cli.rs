//! `teilhabe translations export|import|grant` and the content part of `teilhabe i18n check`
//! (issue 14), through the real binary on real files.

use std::path::Path;

use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::translation::content_texts;
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, row_counts, workspace_root};

use crate::site::teilhabe;

fn text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Bielefeld's concept texts as (key, German), in file order.
fn bielefeld_texts() -> Vec<(String, String)> {
    let source =
        std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap();
    content_texts(&parse_concept(&source).unwrap(), &[], &[])
}

/// XML text of `text` (the test's own texts have no other markup characters).
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A small XLIFF file of our own: `units` as (key, source, target).
fn xliff(language: &str, units: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"{language}\">\n  <file id=\"bielefeld\">\n"
    );
    for (key, source, target) in units {
        out.push_str(&format!(
            "    <unit id=\"{key}\">\n      <segment state=\"translated\" subState=\"teilhabe:machine-assisted\">\n        <source>{}</source>\n        <target>{}</target>\n      </segment>\n    </unit>\n",
            escaped(source),
            escaped(target)
        ));
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

async fn bielefeld(backend: Backend) -> TestDatabase {
    let database = TestDatabase::new(backend).await;
    let root = workspace_root();
    for args in [
        vec![
            "concept",
            "load",
            root.join("data/concept/bielefeld.toml").to_str().unwrap(),
        ],
        vec![
            "indicators",
            "load",
            root.join("data/indicators/bielefeld").to_str().unwrap(),
        ],
    ] {
        let output = teilhabe(&database, &args);
        assert!(output.status.success(), "{:?}", text(&output));
    }
    database
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_export_imported_unchanged_changes_nothing_and_a_broken_file_stores_nothing() {
    for backend in BACKENDS {
        let database = bielefeld(backend).await;
        let directory = tempfile::tempdir().unwrap();
        let texts = bielefeld_texts();
        let (first_key, first_german) = &texts[0];
        let (second_key, second_german) = &texts[1];
        let own = directory.path().join("tr.xlf");
        std::fs::write(
            &own,
            xliff(
                "tr",
                &[
                    (first_key, first_german, "Uyum konsepti"),
                    (second_key, "Eine ältere Fassung", "Eski sürüm"),
                ],
            ),
        )
        .unwrap();
        let output = teilhabe(&database, &["translations", "import", path(&own)]);
        let (stdout, stderr) = text(&output);
        assert!(output.status.success(), "{stderr}");
        assert!(
            stdout.contains("(tr): 2 translations — 2 new, 0 changed, 0 unchanged")
                && stdout.contains("1 made from an older German text"),
            "{stdout}"
        );

        let export = directory.path().join("export.xlf");
        let output = teilhabe(
            &database,
            &[
                "translations",
                "export",
                "--lang",
                "tr",
                "--out",
                path(&export),
            ],
        );
        assert!(output.status.success(), "{:?}", text(&output));
        let exported = std::fs::read_to_string(&export).unwrap();
        assert!(exported.contains("<target>Uyum konsepti</target>"));
        assert!(
            exported.contains("<note category=\"teilhabe:old-source\">Eine ältere Fassung</note>")
        );
        assert!(exported.contains(&format!("<source>{}</source>", escaped(second_german))));

        let before = row_counts(&database.url).await;
        let output = teilhabe(&database, &["translations", "import", path(&export)]);
        let (stdout, _) = text(&output);
        assert!(output.status.success());
        assert!(
            stdout.contains("1 translations — 0 new, 0 changed, 1 unchanged"),
            "{stdout}"
        );
        assert_eq!(row_counts(&database.url).await, before, "{backend:?}");

        // Two files, one broken: nothing of either is stored; the problem has line and element.
        let good = directory.path().join("ar.xlf");
        std::fs::write(&good, xliff("ar", &[(first_key, first_german, "مفهوم")])).unwrap();
        let broken = directory.path().join("uk.xlf");
        let uk = xliff("uk", &[(first_key, first_german, "Концепція")]);
        std::fs::write(&broken, uk.replacen("<unit id=", "<unit key=", 1)).unwrap();
        let output = teilhabe(
            &database,
            &["translations", "import", path(&good), path(&broken)],
        );
        let (_, stderr) = text(&output);
        assert!(!output.status.success());
        assert!(
            stderr.contains(&format!(
                "{}: line 4, column 5: <unit>: without id",
                broken.display()
            )),
            "{stderr}"
        );
        assert!(stderr.contains("nothing imported: 1 problem"), "{stderr}");
        assert_eq!(row_counts(&database.url).await, before, "{backend:?}");

        let output = teilhabe(&database, &["translations", "export", "--lang", "en"]);
        assert!(!output.status.success());
        assert!(text(&output).1.contains("`en` is no content language"));
        database.destroy().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn grants_name_the_account_and_its_languages() {
    let database = bielefeld(Backend::Sqlite).await;
    let output = teilhabe(
        &database,
        &["user", "add", "--login", "ayse", "--role", "viewer"],
    );
    assert!(output.status.success(), "{:?}", text(&output));
    let output = teilhabe(&database, &["translations", "grant", "ayse", "tr", "ar"]);
    assert!(output.status.success(), "{:?}", text(&output));
    assert!(text(&output).0.contains("ayse translates tr, ar"));
    let output = teilhabe(&database, &["translations", "grant", "ayse", "fr"]);
    assert!(!output.status.success());
    assert!(
        text(&output).1.contains("`fr` is no content language"),
        "{:?}",
        text(&output)
    );
    let output = teilhabe(&database, &["translations", "grant", "ayse"]);
    assert!(text(&output).0.contains("ayse translates no language now"));
    let output = teilhabe(&database, &["translations", "grant", "nobody", "tr"]);
    assert!(!output.status.success());
    assert!(text(&output).1.contains("there is no account `nobody`"));
    database.destroy().await;
}

/// A data folder with Bielefeld's concept and indicators and the given translation files.
fn data_folder(files: &[(&str, String)]) -> tempfile::TempDir {
    let root = workspace_root();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("concept")).unwrap();
    std::fs::copy(
        root.join("data/concept/bielefeld.toml"),
        dir.path().join("concept/bielefeld.toml"),
    )
    .unwrap();
    let indicators = dir.path().join("indicators/bielefeld");
    std::fs::create_dir_all(&indicators).unwrap();
    for entry in std::fs::read_dir(root.join("data/indicators/bielefeld")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), indicators.join(entry.file_name())).unwrap();
    }
    let translations = dir.path().join("translations/bielefeld");
    std::fs::create_dir_all(&translations).unwrap();
    for (name, content) in files {
        std::fs::write(translations.join(name), content).unwrap();
    }
    dir
}

fn i18n_check(data: &Path) -> (bool, String) {
    let output = std::process::Command::new(crate::TEILHABE)
        .args(["i18n", "check", "--dir"])
        .arg(workspace_root().join("data/i18n"))
        .arg("--data")
        .arg(data)
        .output()
        .unwrap();
    let (stdout, stderr) = text(&output);
    (output.status.success(), stdout + &stderr)
}

#[test]
fn i18n_check_lists_missing_and_outdated_content_texts_and_fails_on_broken_files() {
    let texts = bielefeld_texts();
    let (first_key, first_german) = &texts[0];
    let (second_key, second_german) = &texts[1];
    let turkish = xliff(
        "tr",
        &[
            (first_key, first_german, "Uyum konsepti"),
            (second_key, "Alt", "Eski"),
        ],
    );
    let data = data_folder(&[("tr.xlf", turkish.clone())]);
    let (_, out) = i18n_check(data.path());
    // The UI part may fail on this branch (new UI keys await translation); the content part is
    // informative: missing and outdated texts are listed, not failed.
    let line = out
        .lines()
        .find(|line| line.starts_with("content bielefeld tr ("))
        .unwrap_or_else(|| panic!("{out}"));
    let total = line
        .split(" of ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .unwrap()
        .to_owned();
    let count: usize = total.parse().unwrap();
    assert!(count > texts.len(), "indicator texts count too: {line}");
    assert!(
        line.ends_with(&format!(
            "1 of {count} current, 1 outdated, {} missing",
            count - 2
        )),
        "{line}"
    );
    assert!(out.contains(&format!("  outdated: {second_key} — {second_german}")));
    assert!(out.contains("content bielefeld ar (no file): 0 of"));
    assert!(!out.contains("content bielefeld: "), "no problems: {out}");

    let broken = turkish.replacen(first_key.as_str(), "concept.gibt-es-nicht", 1);
    let data = data_folder(&[("tr.xlf", broken)]);
    let (ok, out) = i18n_check(data.path());
    assert!(!ok, "{out}");
    assert!(
        out.contains("tr.xlf: line 4, column 5: <unit>: unknown key `concept.gibt-es-nicht`"),
        "{out}"
    );
}

/// The demo loads every shipped file (`data/translations/bielefeld/*.xlf`, embedded at build
/// time): each unit made from the current German is then a current, machine-assisted
/// translation — and a language without a file has none.
#[tokio::test(flavor = "multi_thread")]
async fn the_demo_loads_the_shipped_translations() {
    use teilhabe_domain::translation::CONTENT_LANGUAGES;
    use teilhabe_domain::translation::xliff::read_xliff;

    let site = crate::site::Site::start(Backend::Sqlite).await;
    let shipped = workspace_root().join("data/translations/bielefeld");
    let directory = tempfile::tempdir().unwrap();
    for language in CONTENT_LANGUAGES {
        let out = directory.path().join(format!("{language}.xlf"));
        let output = teilhabe(
            &site.database,
            &[
                "translations",
                "export",
                "--lang",
                language,
                "--out",
                path(&out),
            ],
        );
        assert!(output.status.success(), "{:?}", text(&output));
        let exported = read_xliff(&std::fs::read(&out).unwrap()).unwrap();
        let mut translated: Vec<(String, String)> = exported
            .units
            .iter()
            .filter(|unit| unit.carries_translation())
            .map(|unit| (unit.key.clone(), unit.target.clone().unwrap_or_default()))
            .collect();
        translated.sort();
        // Units whose source is the German the export shows are current: those must be there.
        let mut expected: Vec<(String, String)> =
            match std::fs::read(shipped.join(format!("{language}.xlf"))) {
                Ok(bytes) => {
                    let german: std::collections::HashMap<&str, &str> = exported
                        .units
                        .iter()
                        .map(|unit| (unit.key.as_str(), unit.source.as_str()))
                        .collect();
                    read_xliff(&bytes)
                        .unwrap()
                        .units
                        .into_iter()
                        .filter(|unit| unit.carries_translation())
                        .filter(|unit| german.get(unit.key.as_str()) == Some(&unit.source.as_str()))
                        .map(|unit| (unit.key, unit.target.unwrap_or_default()))
                        .collect()
                }
                Err(_) => Vec::new(),
            };
        expected.sort();
        assert_eq!(translated, expected, "{language}");
        let machine = std::fs::read_to_string(&out)
            .unwrap()
            .matches("subState=\"teilhabe:machine-assisted\"")
            .count();
        assert_eq!(machine, expected.len(), "{language}: all machine-assisted");
    }
}
