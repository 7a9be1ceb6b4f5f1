//! Content translations in the browser (issue 14), through the real binary: a translator saves a
//! text, a concept editor changes the German — the public page then shows the translation with
//! the new German beside it (`lang="de"`, and `dir="ltr"` on Arabic pages) until the translator
//! renews it; who may open the translator pages; Leichte Sprache as a language of its own; and
//! axe-core on the translator pages, a Leichte Sprache page and an Arabic page with an outdated
//! text.

use fantoccini::Locator;
use reqwest::{Client, StatusCode, header};
use teilhabe_testkit::{BACKENDS, Backend};

use crate::browser::Browser;
use crate::site::{Site, hidden, teilhabe, text};

const FIELD: &str = "/handlungsfelder/sprachmittlung";
const FIELD_FORM: &str = "/konzept/bearbeiten/handlungsfelder/sprachmittlung";
const OLD: &str = "Dauerhafte Angebote schaffen";
const NEW: &str = "Dauerhafte Angebote schaffen und sichern";
const TURKISH: &str = "Kalıcı hizmetler oluşturmak";
const TURKISH_NEW: &str = "Kalıcı hizmetler oluşturmak ve güvence altına almak";
const ARABIC: &str = "إنشاء خدمات دائمة";

/// The key of the recommendation whose German is `german`, read from the public field page.
async fn recommendation_key(site: &Site, german: &str) -> String {
    let page = text(&site.anonymous(), &site.url(&format!("{FIELD}?lang=de"))).await;
    let at = page
        .find(german)
        .unwrap_or_else(|| panic!("{german} on {FIELD}"));
    let marker = "class=\"recommendation\" id=\"";
    let start = page[..at].rfind(marker).unwrap() + marker.len();
    let id = &page[start..start + page[start..].find('"').unwrap()];
    format!("concept.recommendation.{id}")
}

/// Saves `text` as the `language` translation of `key` through the form; the answer.
async fn save(
    site: &Site,
    client: &Client,
    language: &str,
    key: &str,
    text: &str,
) -> reqwest::Response {
    let path = format!("/uebersetzungen/{language}/texte/{key}");
    let form = crate::site::text(client, &site.url(&path)).await;
    let csrf = hidden(&form, "csrf");
    client
        .post(site.url(&path))
        .form(&[("csrf", csrf.as_str()), ("text", text)])
        .send()
        .await
        .unwrap()
}

/// The concept editor changes the German of the recommendation `old` to `new`.
async fn reword(site: &Site, old: &str, new: &str) {
    let (konrad, csrf) = site.sign_in("konrad").await;
    let form = text(&konrad, &site.url(FIELD_FORM)).await;
    let end = form
        .find(&format!(">{old}</textarea>"))
        .unwrap_or_else(|| panic!("no textarea with {old}"));
    let start = form[..end].rfind("name=\"").unwrap() + "name=\"".len();
    let input = &form[start..start + form[start..].find('"').unwrap()];
    let version = hidden(&form, "version");
    let saved = konrad
        .post(site.url(FIELD_FORM))
        .form(&[
            ("csrf", csrf.as_str()),
            ("version", version.as_str()),
            (input, new),
            ("reason", "Ratsbeschluss"),
            ("action", "save"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::SEE_OTHER, "the German is saved");
}

fn add_concept_editor(site: &Site) {
    let added = teilhabe(
        &site.database,
        &[
            "user",
            "add",
            "--login",
            "konrad",
            "--role",
            "concept-editor",
        ],
    );
    assert!(added.status.success(), "{added:?}");
}

/// The `<p class="content-outdated">` blocks of a page.
fn outdated_blocks(html: &str) -> Vec<&str> {
    html.match_indices("<p class=\"content-outdated")
        .map(|(at, _)| &html[at..at + html[at..].find("</p>").unwrap()])
        .collect()
}

#[tokio::test]
async fn a_changed_german_text_shows_beside_its_translation_until_the_translator_renews_it() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        add_concept_editor(&site);
        let key = recommendation_key(&site, OLD).await;
        let (admin, _) = site.sign_in("admin").await;
        let public = site.anonymous();
        let field = |language: &str| site.url(&format!("{FIELD}?lang={language}"));

        // A text without translation (measures are never shipped translated): the German,
        // marked as German and left to right in Arabic.
        let arabic = text(&public, &field("ar")).await;
        let measure = &arabic[arabic.find("href=\"/massnahmen/").unwrap()..];
        let link = &measure[..measure.find('>').unwrap()];
        assert!(
            link.ends_with(" lang=\"de\" dir=\"ltr\""),
            "{backend:?}: a missing Arabic text is German, left to right: {link}"
        );

        for (language, translation) in [("tr", TURKISH), ("ar", ARABIC)] {
            let saved = save(&site, &admin, language, &key, translation).await;
            assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{backend:?}");
        }
        let turkish = text(&public, &field("tr")).await;
        assert!(turkish.contains(TURKISH), "{backend:?}: the translation");
        assert!(
            outdated_blocks(&turkish).is_empty(),
            "{backend:?}: a current translation stands alone"
        );

        // The concept editor changes the German: both languages now show it beside the old text.
        reword(&site, OLD, NEW).await;
        let turkish = text(&public, &field("tr")).await;
        assert!(
            turkish.contains(TURKISH),
            "{backend:?}: still the translation"
        );
        let blocks = outdated_blocks(&turkish);
        assert_eq!(blocks.len(), 1, "{backend:?}: {blocks:?}");
        assert!(
            blocks[0].contains(&format!("<span lang=\"de\">{NEW}</span>")),
            "{backend:?}: {}",
            blocks[0]
        );
        let arabic = text(&public, &field("ar")).await;
        let blocks = outdated_blocks(&arabic);
        assert_eq!(blocks.len(), 1, "{backend:?}: {blocks:?}");
        assert!(
            blocks[0].contains(&format!("<span lang=\"de\" dir=\"ltr\">{NEW}</span>")),
            "{backend:?}: {}",
            blocks[0]
        );
        assert!(arabic.contains(ARABIC));

        // The work list shows the outdated text: the German now and then, the old translation.
        let list = text(
            &admin,
            &site.url("/uebersetzungen?sprache=tr&auswahl=outdated"),
        )
        .await;
        let at = list
            .find(&format!("id=\"text-{key}\""))
            .unwrap_or_else(|| panic!("{backend:?}: {key} in the outdated list"));
        let item = &list[at..at + list[at..].find("</li>").unwrap()];
        assert!(item.contains(NEW), "{item}");
        assert!(item.contains(&format!("<del>{OLD}</del>")), "{item}");
        assert!(item.contains(TURKISH), "{item}");

        // The translator renews it: only the new translation, no German beside it.
        let saved = save(&site, &admin, "tr", &key, TURKISH_NEW).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let turkish = text(&public, &field("tr")).await;
        assert!(turkish.contains(TURKISH_NEW), "{backend:?}");
        assert!(outdated_blocks(&turkish).is_empty(), "{backend:?}");
        let list = text(
            &admin,
            &site.url("/uebersetzungen?sprache=tr&auswahl=outdated"),
        )
        .await;
        assert!(!list.contains(&format!("id=\"text-{key}\"")), "{backend:?}");
        // Arabic is still outdated.
        assert_eq!(outdated_blocks(&text(&public, &field("ar")).await).len(), 1);
    }
}

#[tokio::test]
async fn translator_pages_are_for_translators_of_the_language() {
    let site = Site::start(Backend::Sqlite).await;
    let key = recommendation_key(&site, OLD).await;
    let public = site.anonymous();
    let list = public
        .get(site.url("/uebersetzungen"))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::SEE_OTHER);
    assert!(
        list.headers()[header::LOCATION]
            .to_str()
            .unwrap()
            .starts_with("/anmelden")
    );

    // A viewer translates nothing until an administrator grants a language.
    let (vera, vera_csrf) = site.sign_in("vera").await;
    let refused = vera.get(site.url("/uebersetzungen")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let refused = vera
        .post(site.url(&format!("/uebersetzungen/tr/texte/{key}")))
        .form(&[("csrf", vera_csrf.as_str()), ("text", TURKISH)])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    // A viewer reads internal pages; as a translator (below) vera reads none.
    let versions = vera
        .get(site.url("/konzept/versionen"))
        .send()
        .await
        .unwrap();
    assert_eq!(versions.status(), StatusCode::OK);

    // The administrator makes vera a translator for Turkish on the account form.
    let (admin, admin_csrf) = site.sign_in("admin").await;
    let users = text(&admin, &site.url("/verwaltung/benutzer")).await;
    let at = users.find("(vera)").unwrap();
    let action_at = at + users[at..].find("action=\"/verwaltung/benutzer/").unwrap();
    let id_start = action_at + "action=\"/verwaltung/benutzer/".len();
    let id = &users[id_start..id_start + users[id_start..].find('"').unwrap()];
    assert!(users.contains(&format!("id=\"translates-{id}-tr\"")));
    let granted = admin
        .post(site.url(&format!("/verwaltung/benutzer/{id}")))
        .form(&[
            ("csrf", admin_csrf.as_str()),
            ("display_name", "vera"),
            ("role", "translator"),
            ("field", ""),
            ("active", "yes"),
            ("translates", "tr"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(granted.status(), StatusCode::OK);
    let users = granted.text().await.unwrap();
    let checkbox = &users[users.find(&format!("id=\"translates-{id}-tr\"")).unwrap()..];
    assert!(
        checkbox[..checkbox.find('>').unwrap()].contains("checked"),
        "the grant shows"
    );

    // A changed role ends the account's sessions: vera signs in again, as a translator.
    let (vera, _csrf) = site.sign_in("vera").await;
    let versions = vera
        .get(site.url("/konzept/versionen"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        versions.status(),
        StatusCode::FORBIDDEN,
        "a translator reads no internal page"
    );
    let list = vera
        .get(site.url("/uebersetzungen?auswahl=all"))
        .send()
        .await
        .unwrap();
    assert_eq!(list.status(), StatusCode::OK);
    let list = list.text().await.unwrap();
    assert!(list.contains(&format!("id=\"text-{key}\"")));
    // Another language stays closed.
    for path in [
        format!("/uebersetzungen/ar/texte/{key}"),
        "/uebersetzungen?sprache=ar".to_owned(),
    ] {
        let response = vera.get(site.url(&path)).send().await.unwrap();
        if path.contains("sprache") {
            // The list falls back to the visitor's own language.
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            assert!(response.text().await.unwrap().contains("lang=\"tr\""));
        } else {
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        }
    }
    let edit = vera
        .get(site.url(&format!("/uebersetzungen/tr/texte/{key}")))
        .send()
        .await
        .unwrap();
    assert_eq!(edit.status(), StatusCode::OK);
    let edit = edit.text().await.unwrap();
    assert!(edit.contains("lang=\"tr\" dir=\"ltr\""), "the textarea");
    assert!(edit.contains(&format!(
        "<p class=\"kern-body\" lang=\"de\" dir=\"ltr\">{OLD}</p>"
    )));
    let unknown = vera
        .get(site.url("/uebersetzungen/tr/texte/concept.recommendation.nope"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // An empty text comes back with the error beside the field.
    let empty = save(&site, &vera, "tr", &key, "   ").await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let empty = empty.text().await.unwrap();
    assert!(empty.contains("id=\"translation-text-error\""), "{empty}");
    assert!(empty.contains("aria-invalid=\"true\""));
    let saved = save(&site, &vera, "tr", &key, TURKISH).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let public = text(&site.anonymous(), &site.url(&format!("{FIELD}?lang=tr"))).await;
    assert!(public.contains(TURKISH));
}

#[tokio::test]
async fn leichte_sprache_is_chosen_remembered_and_carries_the_concepts_easy_texts() {
    let site = Site::start(Backend::Sqlite).await;
    let client = site.anonymous();
    let start = client.get(site.url("/?lang=de-x-ls")).send().await.unwrap();
    assert_eq!(start.status(), StatusCode::OK);
    let cookie = start.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("lang=de-x-ls;"), "{cookie}");
    let html = start.text().await.unwrap();
    assert!(
        html.contains("<html lang=\"de\" dir=\"ltr\" data-variant=\"leichte-sprache\""),
        "private-use tags stay out of lang"
    );
    assert!(html.contains("class=\"easy-read-marker"));
    assert!(
        !html.contains("nicht in Leichter Sprache"),
        "the start page has easy texts"
    );
    // The switch names it with its mark, as German.
    assert!(html.contains("lang=de-x-ls\" lang=\"de\" hreflang=\"de\" aria-current=\"true\""));
    assert!(html.contains("Leichte Sprache</a>"));

    // Remembered: the next page without ?lang= is in Leichte Sprache too; a page without easy
    // texts says so.
    let measures = text(&client, &site.url("/massnahmen")).await;
    assert!(measures.contains("data-variant=\"leichte-sprache\""));
    assert!(measures.contains("Diese Seite gibt es nicht in Leichter Sprache."));

    // An easy-read text of the concept, once stored, is what the start page shows.
    let (admin, _) = site.sign_in("admin").await;
    let title = "Das Konzept für Bielefeld: So leben wir gut zusammen.";
    let saved = save(&site, &admin, "de-x-ls", "concept.title", title).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let start = text(&client, &site.url("/")).await;
    assert!(start.contains(&format!(">{title}</h1>")), "the easy title");
    let german = text(&site.anonymous(), &site.url("/?lang=de")).await;
    assert!(!german.contains(title), "German pages keep the German");
    // Leichte Sprache keeps only the concept's texts.
    let measure = admin
        .get(site.url("/uebersetzungen/de-x-ls/texte/measure.1.title"))
        .send()
        .await
        .unwrap();
    assert_eq!(measure.status(), StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread")]
async fn translator_pages_leichte_sprache_and_an_outdated_arabic_text_pass_axe() {
    let site = Site::start(Backend::Sqlite).await;
    add_concept_editor(&site);
    let key = recommendation_key(&site, OLD).await;
    let (admin, _) = site.sign_in("admin").await;
    let saved = save(&site, &admin, "ar", &key, ARABIC).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    reword(&site, OLD, NEW).await;

    let browser = Browser::start().await;
    let client = &browser.client;
    let check = async |path: &str| {
        client.goto(&site.url(path)).await.unwrap();
        browser.settle().await;
        let violations = browser.accessibility_violations().await;
        assert!(violations.is_empty(), "{path}: {violations:#?}");
    };
    check(&format!("{FIELD}?lang=ar")).await;
    let outdated = browser
        .text_of(Locator::Css(".content-outdated span[lang=\"de\"]"))
        .await;
    assert_eq!(outdated, NEW);
    check("/?lang=de-x-ls").await;
    check(&format!("{FIELD}?lang=de-x-ls")).await;
    check("/massnahmen?lang=de-x-ls").await;

    client.goto(&site.url("/anmelden?lang=de")).await.unwrap();
    browser.wait_for(Locator::Id("login")).await;
    browser.fill_login("admin").await;
    browser
        .wait_for(Locator::Css(".site-header__account form"))
        .await;
    for language in ["de", "ar"] {
        check(&format!(
            "/uebersetzungen?sprache=ar&auswahl=outdated&lang={language}"
        ))
        .await;
        check(&format!("/uebersetzungen/ar/texte/{key}?lang={language}")).await;
    }
    // The form refused, with the error beside the field.
    client
        .goto(&site.url(&format!("/uebersetzungen/ar/texte/{key}?lang=de")))
        .await
        .unwrap();
    browser.settle().await;
    let area = client.find(Locator::Id("translation-text")).await.unwrap();
    assert_eq!(area.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    area.clear().await.unwrap();
    browser
        .click(Locator::Css("form.stacked-form button[type=submit]"))
        .await;
    browser
        .wait_for(Locator::Id("translation-text-error"))
        .await;
    let violations = browser.accessibility_violations().await;
    assert!(violations.is_empty(), "refused form: {violations:#?}");
    check("/verwaltung/benutzer").await;
    browser.stop().await;
}

/// Posts `bytes` as the upload form's file.
async fn upload(site: &Site, client: &Client, csrf: &str, bytes: Vec<u8>) -> reqwest::Response {
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf.to_owned())
        .part(
            "datei",
            reqwest::multipart::Part::bytes(bytes).file_name("agentur-tr.xlf"),
        );
    client
        .post(site.url("/uebersetzungen/import"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn an_agency_file_goes_out_and_comes_back_through_the_browser_all_or_nothing() {
    let site = Site::start(Backend::Sqlite).await;
    let (admin, csrf) = site.sign_in("admin").await;
    let download = admin
        .get(site.url("/uebersetzungen/tr/xliff?auswahl=all"))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    let disposition = download.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.contains("-tr-all.xlf"), "{disposition}");
    let xliff = download.text().await.unwrap();
    assert!(xliff.contains("trgLang=\"tr\""), "{xliff}");

    // The agency (re)writes the title: the file comes back and is stored.
    let title = "Bielefeld Entegrasyon Konsepti";
    let unit = &xliff[xliff.find("<unit id=\"concept.title\">").unwrap()..];
    let unit = &unit[..unit.find("</unit>").unwrap() + "</unit>".len()];
    let source = &unit[unit.find("<source>").unwrap()..unit.find("</source>").unwrap()];
    let filled = format!(
        "<unit id=\"concept.title\"><segment state=\"translated\">{source}</source><target>{title}</target></segment></unit>"
    );
    let returned = xliff.replace(unit, &filled);
    let stored = upload(&site, &admin, &csrf, returned.clone().into_bytes()).await;
    assert_eq!(stored.status(), StatusCode::OK);
    let result = stored.text().await.unwrap();
    assert!(
        result.contains("<li>1 neu</li>") || result.contains("<li>1 geändert</li>"),
        "{result}"
    );
    let start = text(&site.anonymous(), &site.url("/?lang=tr")).await;
    assert!(
        start.contains(&format!(">{title}</h1>")),
        "the imported title"
    );

    // A broken file: the problem with line and element, nothing stored.
    let broken = returned
        .replace(title, "Başka bir başlık")
        .replace("<unit id=\"concept.subtitle\">", "<unit>");
    let refused = upload(&site, &admin, &csrf, broken.into_bytes()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text().await.unwrap();
    assert!(page.contains("agentur-tr.xlf: line "), "{page}");
    assert!(
        page.contains("&#60;unit&#62;: without id"),
        "the element: {page}"
    );
    let start = text(&site.anonymous(), &site.url("/?lang=tr")).await;
    assert!(
        start.contains(title),
        "nothing of the broken file was stored"
    );
    assert!(!start.contains("Başka bir başlık"));

    // No file, and a visitor who translates nothing.
    let empty = upload(&site, &admin, &csrf, Vec::new()).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let (vera, vera_csrf) = site.sign_in("vera").await;
    let refused = vera
        .get(site.url("/uebersetzungen/tr/xliff"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let refused = upload(&site, &vera, &vera_csrf, returned.into_bytes()).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let stale = upload(&site, &admin, "wrong", Vec::new()).await;
    assert_eq!(stale.status(), StatusCode::FORBIDDEN);
}

/// The shipped Turkish title of the unemployment rate (data/translations/bielefeld/tr.xlf).
fn shipped_turkish_title(indicator: &str) -> String {
    let file = std::fs::read_to_string(
        teilhabe_testkit::workspace_root().join("data/translations/bielefeld/tr.xlf"),
    )
    .unwrap();
    let unit = &file[file
        .find(&format!("<unit id=\"indicator.{indicator}.title\">"))
        .unwrap()..];
    let target = &unit[unit.find("<target>").unwrap() + "<target>".len()..];
    target[..target.find("</target>").unwrap()].to_owned()
}

#[tokio::test]
async fn charts_and_maps_name_the_indicator_in_the_pages_language() {
    let site = Site::start(Backend::Sqlite).await;
    let turkish = shipped_turkish_title("arbeitslosenquote");
    let page = text(
        &site.anonymous(),
        &site.url("/indikatoren/arbeitslosenquote?lang=tr"),
    )
    .await;
    let chart = &page[page.find("<title id=\"zeitreihe-title\">").unwrap()..];
    let chart_title = &chart[..chart.find("</title>").unwrap()];
    assert!(chart_title.contains(&turkish), "{chart_title}");
    assert!(!chart_title.contains("Arbeitslosenquote"), "{chart_title}");
    // German pages keep the German.
    let page = text(
        &site.anonymous(),
        &site.url("/indikatoren/arbeitslosenquote?lang=de"),
    )
    .await;
    let chart = &page[page.find("<title id=\"zeitreihe-title\">").unwrap()..];
    assert!(chart[..chart.find("</title>").unwrap()].contains("Arbeitslosenquote"));
}
