//! The institution registry through the real binary: `teilhabe institutions check|load|member`
//! with errors that name file, line and column, and the account form that makes an account act
//! for an institution.

use reqwest::StatusCode;
use teilhabe_testkit::{Backend, TestDatabase, row_counts, workspace_root};

use crate::site::{Site, teilhabe};

fn text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_shipped_registry_checks_loads_and_a_broken_one_names_its_place() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let root = workspace_root();
    let registry = root.join("data/institutions/bielefeld.toml");
    let registry = registry.to_str().unwrap();
    let output = teilhabe(&database, &["institutions", "check", registry]);
    assert!(output.status.success(), "{:?}", text(&output));
    assert!(
        text(&output).0.contains("62 institutions of bielefeld"),
        "{:?}",
        text(&output)
    );

    // Loading needs the city's districts in the store first.
    let output = teilhabe(&database, &["institutions", "load", registry]);
    assert!(!output.status.success());
    assert!(
        text(&output).1.contains("teilhabe city load"),
        "{:?}",
        text(&output)
    );
    let settings = root.join("data/city/bielefeld.toml");
    let output = teilhabe(&database, &["city", "load", settings.to_str().unwrap()]);
    assert!(output.status.success(), "{:?}", text(&output));

    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("bielefeld.toml");
    std::fs::write(
        &broken,
        "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"kita-x\"\nname = \"Kita X\"\nkind = \"kita\"\n",
    )
    .unwrap();
    let before = row_counts(&database.url).await;
    let output = teilhabe(
        &database,
        &["institutions", "load", broken.to_str().unwrap()],
    );
    assert!(!output.status.success());
    let stderr = text(&output).1;
    assert!(
        stderr.contains("bielefeld.toml:6:8: unknown kind `kita`"),
        "{stderr}"
    );
    assert_eq!(row_counts(&database.url).await, before, "nothing stored");

    let output = teilhabe(&database, &["institutions", "load", registry]);
    assert!(output.status.success(), "{:?}", text(&output));
    assert!(
        text(&output).0.contains("62 new, 0 changed"),
        "{:?}",
        text(&output)
    );

    let output = teilhabe(
        &database,
        &["user", "add", "--login", "kita", "--role", "requester"],
    );
    assert!(output.status.success(), "{:?}", text(&output));
    let output = teilhabe(&database, &["institutions", "member", "kita", "jugendamt"]);
    assert!(output.status.success(), "{:?}", text(&output));
    assert!(text(&output).0.contains("kita acts for jugendamt"));
    let output = teilhabe(&database, &["institutions", "member", "kita", "nope"]);
    assert!(!output.status.success());
    assert!(
        text(&output).1.contains("`nope` is no active institution"),
        "{:?}",
        text(&output)
    );
    let output = teilhabe(&database, &["institutions", "member", "ghost", "jugendamt"]);
    assert!(text(&output).1.contains("there is no account `ghost`"));
    let output = teilhabe(&database, &["institutions", "member", "kita", "--none"]);
    assert!(text(&output).0.contains("kita acts for no institution"));
}

#[tokio::test(flavor = "multi_thread")]
async fn an_administrator_makes_an_account_act_for_an_institution_which_reads_nothing_internal() {
    let site = Site::start(Backend::Sqlite).await;
    let output = teilhabe(
        &site.database,
        &["user", "add", "--login", "kita", "--role", "requester"],
    );
    assert!(output.status.success(), "{:?}", text(&output));
    let (admin, csrf) = site.sign_in("admin").await;
    let users = admin
        .get(site.url("/verwaltung/benutzer"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = users.find("(kita)").unwrap();
    let action_at = at + users[at..].find("action=\"/verwaltung/benutzer/").unwrap();
    let id_start = action_at + "action=\"/verwaltung/benutzer/".len();
    let id = &users[id_start..id_start + users[id_start..].find('"').unwrap()];
    assert!(users.contains(&format!("id=\"institution-{id}\"")));
    assert!(
        users.contains("Kita Regenbogen Mitte (Demo)"),
        "the demo registry is offered"
    );

    let saved = admin
        .post(site.url(&format!("/verwaltung/benutzer/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Kita Regenbogen"),
            ("role", "requester"),
            ("field", ""),
            ("institution", "kita-regenbogen-mitte"),
            ("active", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);
    let users = saved.text().await.unwrap();
    let select = &users[users.find(&format!("id=\"institution-{id}\"")).unwrap()..];
    let option = &select[select.find("value=\"kita-regenbogen-mitte\"").unwrap()..];
    assert!(
        option[..option.find('>').unwrap()].contains("selected"),
        "the membership shows"
    );
    let refused = admin
        .post(site.url(&format!("/verwaltung/benutzer/{id}")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("display_name", "Kita Regenbogen"),
            ("role", "requester"),
            ("field", ""),
            ("institution", "erfunden"),
            ("active", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("nicht (mehr) im Einrichtungsverzeichnis")
    );

    // An institution's account reads no internal page.
    let (kita, _) = site.sign_in("kita").await;
    for path in ["/konzept/versionen", "/verwaltung/benutzer"] {
        let response = kita.get(site.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
    }
}
