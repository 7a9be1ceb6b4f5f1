//! The concept edited in the browser, over real HTTP on both backends: a concept editor rewords
//! a recommendation and retires another, each save a version with its reason and decision; the
//! difference page shows old and new text; the version downloads as the file `concept load`
//! reads unchanged; the public, a viewer and a field's editor may not edit.

use reqwest::{Client, StatusCode, header};
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, hidden, teilhabe, text};

const FIELD_FORM: &str = "/konzept/bearbeiten/handlungsfelder/sprachmittlung";
const OLD: &str = "Dauerhafte Angebote schaffen";
const NEW: &str = "Dauerhafte Angebote schaffen und sichern";

/// The input name (without the language) of the textarea holding `value`.
fn text_path(page: &str, value: &str) -> String {
    let end = page
        .find(&format!(">{value}</textarea>"))
        .unwrap_or_else(|| panic!("no textarea with {value}"));
    let start = page[..end].rfind("name=\"").unwrap() + "name=\"".len();
    let name = &page[start..start + page[start..].find('"').unwrap()];
    name.strip_suffix(".de").unwrap().to_owned()
}

async fn post(
    site: &Site,
    client: &Client,
    path: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    client.post(site.url(path)).form(form).send().await.unwrap()
}

fn location(response: &reqwest::Response) -> &str {
    response
        .headers()
        .get(header::LOCATION)
        .map(|value| value.to_str().unwrap())
        .unwrap_or_default()
}

#[tokio::test]
async fn concept_editors_edit_the_concept_as_versions_with_differences_and_a_file() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
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

        // The public is sent to sign in, for every page and form.
        let public = site.anonymous();
        for path in [
            "/konzept/bearbeiten",
            FIELD_FORM,
            "/konzept/bearbeiten/kopf",
            "/konzept/versionen",
            "/konzept/versionen/1.toml",
            "/konzept/versionen/1/1",
        ] {
            let response = public.get(site.url(path)).send().await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::SEE_OTHER,
                "{backend:?} {path}"
            );
            assert!(location(&response).starts_with("/anmelden"), "{path}");
        }
        let refused = post(&site, &public, FIELD_FORM, &[("reason", "x")]).await;
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);

        // A viewer and a field's editor read the versions but may not edit.
        for login in ["vera", "anna"] {
            let (client, csrf) = site.sign_in(login).await;
            let form = client.get(site.url(FIELD_FORM)).send().await.unwrap();
            assert_eq!(form.status(), StatusCode::FORBIDDEN, "{login}");
            let save = post(
                &site,
                &client,
                FIELD_FORM,
                &[("csrf", &csrf), ("version", "1"), ("reason", "x")],
            )
            .await;
            assert_eq!(save.status(), StatusCode::FORBIDDEN, "{login}");
            let versions = client
                .get(site.url("/konzept/versionen"))
                .send()
                .await
                .unwrap();
            assert_eq!(versions.status(), StatusCode::OK, "{login}");
            assert!(
                !text(&client, &site.url("/"))
                    .await
                    .contains("/konzept/bearbeiten")
            );
        }

        // The concept editor rewords a recommendation, with the council's decision.
        let (konrad, csrf) = site.sign_in("konrad").await;
        assert!(
            text(&konrad, &site.url("/"))
                .await
                .contains("href=\"/konzept/bearbeiten\"")
        );
        let form = text(&konrad, &site.url(FIELD_FORM)).await;
        let path = text_path(&form, OLD);
        let version = hidden(&form, "version");
        assert_eq!(version, "1");
        let input = format!("{path}.de");
        let saved = post(
            &site,
            &konrad,
            FIELD_FORM,
            &[
                ("csrf", &csrf),
                ("version", &version),
                (&input, NEW),
                ("reason", "Ratsbeschluss zur Sprachmittlung"),
                ("decision_date", "2026-11-26"),
                ("decision_reference", "Drucksache 1234/2020-2025"),
                ("action", "save"),
            ],
        )
        .await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{backend:?}");
        assert_eq!(location(&saved), "/konzept/versionen/1/2");

        let difference = text(&konrad, &site.url("/konzept/versionen/1/2")).await;
        assert!(
            difference.contains(&format!("<del lang=\"de\">{OLD}</del>")),
            "{difference}"
        );
        assert!(difference.contains(&format!("<ins lang=\"de\">{NEW}</ins>")));
        assert!(difference.contains("sprachmittlung-2"));
        assert!(difference.contains("Drucksache 1234/2020-2025"));
        let versions = text(&konrad, &site.url("/konzept/versionen")).await;
        for expected in [
            "Ratsbeschluss zur Sprachmittlung",
            "Drucksache 1234/2020-2025, 2026-11-26",
            "user:konrad",
            "/konzept/versionen/1/2",
        ] {
            assert!(versions.contains(expected), "{expected}");
        }
        let field = text(&public, &site.url("/handlungsfelder/sprachmittlung")).await;
        assert!(
            field.contains(NEW),
            "the public field page shows the new text"
        );

        // A save based on version 1 is refused now, and stores nothing.
        let late = post(
            &site,
            &konrad,
            FIELD_FORM,
            &[
                ("csrf", &csrf),
                ("version", "1"),
                (&input, "Zu spät"),
                ("reason", "x"),
            ],
        )
        .await;
        assert_eq!(late.status(), StatusCode::CONFLICT);
        let page = late.text().await.unwrap();
        assert!(page.contains("Nicht gespeichert"), "{page}");
        assert!(page.contains("/konzept/versionen/1/2"));
        // Without a reason nothing is saved either; the form says why, at the field.
        let no_reason = post(
            &site,
            &konrad,
            FIELD_FORM,
            &[("csrf", &csrf), ("version", "2"), (&input, "Ohne Grund")],
        )
        .await;
        assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = no_reason.text().await.unwrap();
        assert!(page.contains("id=\"reason-error\""), "{page}");
        assert!(page.contains("href=\"#reason\""));
        // An emptied German text is refused next to its input.
        let empty = post(
            &site,
            &konrad,
            FIELD_FORM,
            &[
                ("csrf", &csrf),
                ("version", "2"),
                (&input, " "),
                ("reason", "x"),
            ],
        )
        .await;
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = empty.text().await.unwrap();
        assert!(page.contains(&format!("id=\"{input}-error\"")), "{page}");

        // Retiring keeps the recommendation, marked on the public page.
        let retired = post(
            &site,
            &konrad,
            FIELD_FORM,
            &[
                ("csrf", &csrf),
                ("version", "2"),
                ("reason", "In Maßnahme X aufgegangen"),
                ("action", "retire:sprachmittlung-2"),
            ],
        )
        .await;
        assert_eq!(location(&retired), "/konzept/versionen/2/3");
        let field = text(&public, &site.url("/handlungsfelder/sprachmittlung")).await;
        assert!(field.contains("id=\"sprachmittlung-2\""));
        assert!(field.contains("In Maßnahme X aufgegangen"));
        // Its measures keep the link, marked retired.
        let measures: serde_json::Value = public
            .get(site.url("/api/v1/measures?arbeitsgruppe=sprachmittlung"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let linked = measures["measures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|m| {
                m["recommendations"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r == "sprachmittlung-2")
            })
            .expect("a demo measure serves sprachmittlung-2");
        let page = text(&public, &site.url(&format!("/massnahmen/{}", linked["id"]))).await;
        assert!(
            page.contains(&format!("{NEW}</a> <span class=\"kern-badge kern-badge--warning\"><span class=\"kern-label\">zurückgezogen")),
            "{page}"
        );
        // A new measure is not offered the retired recommendation; the measure serving it keeps it.
        let (admin, _) = site.sign_in("admin").await;
        let offered = "value=\"sprachmittlung-2\"";
        let new_form = text(&admin, &site.url("/massnahmen/neu")).await;
        assert!(
            new_form.contains("value=\"sprachmittlung-1\""),
            "{new_form}"
        );
        assert!(!new_form.contains(offered), "{new_form}");
        let edit_form = text(
            &admin,
            &site.url(&format!("/massnahmen/{}/bearbeiten", linked["id"])),
        )
        .await;
        assert!(edit_form.contains(offered), "{edit_form}");

        // The current version downloads as the concept file; loading it changes nothing.
        let download = konrad
            .get(site.url("/konzept/versionen/3.toml"))
            .send()
            .await
            .unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert_eq!(
            download.headers()[header::CONTENT_TYPE],
            "application/toml; charset=utf-8"
        );
        let file = download.text().await.unwrap();
        assert!(file.contains("reason = \"In Maßnahme X aufgegangen\""));
        let exported = teilhabe(&site.database, &["concept", "export"]);
        assert!(exported.status.success(), "{exported:?}");
        assert_eq!(String::from_utf8_lossy(&exported.stdout), file);
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("bielefeld.toml");
        std::fs::write(&path, &file).unwrap();
        let load = teilhabe(&site.database, &["concept", "load", path.to_str().unwrap()]);
        let said = String::from_utf8_lossy(&load.stdout);
        assert!(
            load.status.success() && said.contains("unchanged"),
            "{said}"
        );
        assert!(said.contains("version 3"), "{said}");
        let missing = konrad
            .get(site.url("/konzept/versionen/9.toml"))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);

        // The overview retires and moves action fields; the API says so too.
        let retire_field = post(
            &site,
            &konrad,
            "/konzept/bearbeiten",
            &[
                ("csrf", &csrf),
                ("version", "3"),
                ("form", "order"),
                ("reason", "Vom Rat zusammengelegt"),
                ("action", "retire:gesundheit"),
            ],
        )
        .await;
        assert_eq!(location(&retire_field), "/konzept/versionen/3/4");
        let moved = post(
            &site,
            &konrad,
            "/konzept/bearbeiten",
            &[
                ("csrf", &csrf),
                ("version", "4"),
                ("form", "order"),
                ("reason", "Reihenfolge laut Beschluss"),
                ("action", "up:sport"),
            ],
        )
        .await;
        assert_eq!(location(&moved), "/konzept/versionen/4/5");
        let difference = text(&konrad, &site.url("/konzept/versionen/4/5")).await;
        assert!(difference.contains("Verschoben von Platz"), "{difference}");
        let field = text(&public, &site.url("/handlungsfelder/gesundheit")).await;
        assert!(field.contains("Vom Rat zusammengelegt"));
        let fields: serde_json::Value = public
            .get(site.url("/api/v1/fields"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let slugs: Vec<&str> = fields["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|field| field["slug"].as_str().unwrap())
            .collect();
        let sport = slugs.iter().position(|s| *s == "sport").unwrap();
        assert_eq!(slugs[sport + 1], "kultur-freizeit", "{slugs:?}");
        let health = &fields["fields"][slugs.iter().position(|s| *s == "gesundheit").unwrap()];
        assert_eq!(health["retired"]["reason"], "Vom Rat zusammengelegt");
        let field: serde_json::Value = public
            .get(site.url("/api/v1/fields/sprachmittlung"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(
            field["recommendations"][1]["retired"]["reason"],
            "In Maßnahme X aufgegangen"
        );
        assert!(field["recommendations"][0].get("retired").is_none());
    }
}
