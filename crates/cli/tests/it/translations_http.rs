//! The outdated flag through the real binary (issue 14): a translation imported with
//! `teilhabe translations import`, the German reworded in the browser's concept editor over HTTP,
//! the translation then exported as outdated (old German and old translation as notes) — and a
//! new translation of the new German clears the flag. Both backends.

use reqwest::StatusCode;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, hidden, teilhabe, text};

const FIELD_FORM: &str = "/konzept/bearbeiten/handlungsfelder/sprachmittlung";
const KEY: &str = "concept.recommendation.sprachmittlung-2";
const OLD: &str = "Dauerhafte Angebote schaffen";
const NEW: &str = "Dauerhafte Angebote schaffen und sichern";

fn xliff(source: &str, target: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"tr\">\n  <file id=\"bielefeld\">\n    <unit id=\"{KEY}\">\n      <segment state=\"reviewed\" subState=\"teilhabe:human\">\n        <source>{source}</source>\n        <target>{target}</target>\n      </segment>\n    </unit>\n  </file>\n</xliff>\n"
    )
}

/// The units of `language`'s export that `only` selects, as the export's text.
fn export(site: &Site, only: &str) -> String {
    let output = teilhabe(
        &site.database,
        &["translations", "export", "--lang", "tr", "--only", only],
    );
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn import(site: &Site, dir: &std::path::Path, content: &str) {
    let file = dir.join("tr.xlf");
    std::fs::write(&file, content).unwrap();
    let output = teilhabe(
        &site.database,
        &["translations", "import", file.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
}

#[tokio::test]
async fn a_german_edit_in_the_browser_makes_the_translation_outdated_until_it_is_redone() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let dir = tempfile::tempdir().unwrap();
        import(
            &site,
            dir.path(),
            &xliff(OLD, "Kalıcı teklifler oluşturmak"),
        );
        assert!(
            !export(&site, "outdated").contains(KEY),
            "{backend:?}: current at first"
        );
        assert!(
            export(&site, "all").contains("<target>Kalıcı teklifler oluşturmak</target>"),
            "{backend:?}"
        );

        // The administrator rewords the German text in the concept editor.
        let (admin, csrf) = site.sign_in("admin").await;
        let form = text(&admin, &site.url(FIELD_FORM)).await;
        let end = form.find(&format!(">{OLD}</textarea>")).unwrap();
        let start = form[..end].rfind("name=\"").unwrap() + "name=\"".len();
        let input = &form[start..start + form[start..].find('"').unwrap()];
        let version = hidden(&form, "version");
        let saved = admin
            .post(site.url(FIELD_FORM))
            .form(&[
                ("csrf", csrf.as_str()),
                ("version", version.as_str()),
                (input, NEW),
                ("reason", "Angebote auch sichern"),
                ("action", "save"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{backend:?}");

        let outdated = export(&site, "outdated");
        assert!(
            outdated.contains(&format!("<unit id=\"{KEY}\">")),
            "{outdated}"
        );
        assert!(outdated.contains(&format!(
            "<note category=\"teilhabe:old-source\">{OLD}</note>"
        )));
        assert!(
            outdated.contains(
                "<note category=\"teilhabe:old-target\">Kalıcı teklifler oluşturmak</note>"
            )
        );
        assert!(outdated.contains(&format!("<source>{NEW}</source>")));

        // A translation of the new German clears the flag.
        import(
            &site,
            dir.path(),
            &xliff(NEW, "Kalıcı teklifler oluşturmak ve korumak"),
        );
        assert!(!export(&site, "outdated").contains(KEY), "{backend:?}");
        assert!(
            export(&site, "all")
                .contains("<target>Kalıcı teklifler oluşturmak ve korumak</target>")
        );
    }
}
