//! `teilhabe import measures`, `export measures`, `user add` and `city load` on real files.

use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, workspace_root};

use crate::site::teilhabe;

fn text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
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
            "city",
            "load",
            root.join("data/city/bielefeld.toml").to_str().unwrap(),
        ],
    ] {
        let output = teilhabe(&database, &args);
        assert!(output.status.success(), "{:?}", text(&output));
    }
    database
}

fn demo_file() -> String {
    workspace_root()
        .join("data/demo/measures-bielefeld.csv")
        .to_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bad_row_changes_nothing_and_is_named() {
    let database = bielefeld(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("measures.csv");
    std::fs::write(
        &file,
        "title_de;recommendations;working_group;status;budget_planned\n\
         Sprachcafé;sprachmittlung-1;sprachmittlung;running;1.200,00\n\
         Elterncafé;elementar-3;elementar;geplant;\n\
         Lauftreff;sport-9;sport;running;\n\
         Nachhilfe;schule-1;schule;fertig;viel\n",
    )
    .unwrap();
    let output = teilhabe(&database, &["import", "measures", file.to_str().unwrap()]);
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains("row 5, column D (status): `fertig` is not a status"),
        "{stderr}"
    );
    assert!(
        stderr.contains("row 5, column E (budget_planned): `viel` is not an amount"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was changed"), "{stderr}");

    // With the unreadable row fixed, the rule check names the unknown recommendation's row.
    std::fs::write(
        &file,
        "title_de;recommendations;working_group;status\nSprachcafé;sprachmittlung-1;sprachmittlung;running\nLauftreff;sport-9;sport;running\n",
    )
    .unwrap();
    let output = teilhabe(&database, &["import", "measures", file.to_str().unwrap()]);
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains(
            "row 3, column B (recommendations): `sport-9` is not a recommendation of the concept"
        ),
        "{stderr}"
    );

    let output = teilhabe(&database, &["export", "measures"]);
    let (stdout, _) = text(&output);
    assert_eq!(stdout.lines().count(), 1, "still no measures: {stdout}");

    // A typo in a header is refused rather than ignored.
    std::fs::write(
        &file,
        "title_de,recomendations,working_group\nX,sport-1,sport\n",
    )
    .unwrap();
    let (_, stderr) = text(&teilhabe(
        &database,
        &["import", "measures", file.to_str().unwrap()],
    ));
    assert!(
        stderr.contains("row 1, column B (recomendations): unknown column"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn export_then_import_round_trips_in_csv_and_xlsx() {
    for backend in BACKENDS {
        let database = bielefeld(backend).await;
        let output = teilhabe(
            &database,
            &["import", "measures", &demo_file(), "--dry-run"],
        );
        let (stdout, stderr) = text(&output);
        assert!(output.status.success(), "{stderr}");
        assert!(stdout.contains("would create 36"), "{stdout}");
        let (empty, _) = text(&teilhabe(&database, &["export", "measures"]));
        assert_eq!(empty.lines().count(), 1, "a dry run writes nothing");

        let output = teilhabe(&database, &["import", "measures", &demo_file()]);
        assert!(output.status.success(), "{:?}", text(&output));

        let directory = tempfile::tempdir().unwrap();
        for name in ["export.csv", "export.xlsx"] {
            let path = directory.path().join(name);
            let output = teilhabe(
                &database,
                &["export", "measures", "--out", path.to_str().unwrap()],
            );
            assert!(output.status.success(), "{:?}", text(&output));
            let output = teilhabe(&database, &["import", "measures", path.to_str().unwrap()]);
            let (stdout, stderr) = text(&output);
            assert!(output.status.success(), "{backend:?} {name}: {stderr}");
            assert!(
                stdout.ends_with("create 0, change 0, 36 unchanged\n"),
                "{backend:?} {name}: {stdout}"
            );
        }

        // A changed cell in the export is exactly one change.
        let path = directory.path().join("export.csv");
        let exported = std::fs::read_to_string(&path).unwrap();
        let changed = exported.replacen(",running,", ",completed,", 1);
        std::fs::write(&path, &changed).unwrap();
        let output = teilhabe(
            &database,
            &["import", "measures", path.to_str().unwrap(), "--dry-run"],
        );
        let (stdout, _) = text(&output);
        assert!(stdout.contains("status: running → completed"), "{stdout}");
        assert!(
            stdout.contains("would create 0, would change 1, 35 unchanged"),
            "{stdout}"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn user_add_checks_role_field_and_password() {
    let database = bielefeld(Backend::Sqlite).await;
    let output = teilhabe(
        &database,
        &["user", "add", "--login", "Admin", "--role", "administrator"],
    );
    assert!(output.status.success(), "{:?}", text(&output));
    assert!(text(&output).0.contains("created admin (administrator)"));

    let (_, stderr) = text(&teilhabe(
        &database,
        &["user", "add", "--login", "x", "--role", "editor"],
    ));
    assert!(stderr.contains("add --field"), "{stderr}");
    let (_, stderr) = text(&teilhabe(
        &database,
        &[
            "user", "add", "--login", "x", "--role", "editor", "--field", "fussball",
        ],
    ));
    assert!(
        stderr.contains("`fussball` is not an action field"),
        "{stderr}"
    );
    let (_, stderr) = text(&teilhabe(
        &database,
        &["user", "add", "--login", "x", "--role", "king"],
    ));
    assert!(stderr.contains("`king` is not a role"), "{stderr}");
    let (_, stderr) = text(&teilhabe(
        &database,
        &["user", "add", "--login", "admin", "--role", "viewer"],
    ));
    assert!(stderr.contains("exists"), "{stderr}");

    let short = std::process::Command::new(crate::TEILHABE)
        .args([
            "--database",
            &database.url,
            "user",
            "add",
            "--login",
            "y",
            "--role",
            "viewer",
        ])
        .env("TEILHABE_PASSWORD", "short")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    let (listing, _) = text(&teilhabe(&database, &["user", "list"]));
    assert_eq!(listing.lines().count(), 1, "{listing}");
}

/// An account's e-mail address is given at creation or later, checked, removed with --none, and
/// listed; a bad address changes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn user_email_is_set_checked_removed_and_listed() {
    let database = bielefeld(Backend::Sqlite).await;
    let (_, stderr) = text(&teilhabe(
        &database,
        &[
            "user",
            "add",
            "--login",
            "treff",
            "--role",
            "reporter",
            "--email",
            "treff(at)x",
        ],
    ));
    assert!(
        stderr.contains("--email: `treff(at)x` is not an e-mail address"),
        "{stderr}"
    );
    let (listing, _) = text(&teilhabe(&database, &["user", "list"]));
    assert_eq!(listing, "", "a refused address creates no account");

    let output = teilhabe(
        &database,
        &[
            "user",
            "add",
            "--login",
            "treff",
            "--role",
            "reporter",
            "--email",
            "treff@example.org",
        ],
    );
    assert!(output.status.success(), "{:?}", text(&output));
    let (listing, _) = text(&teilhabe(&database, &["user", "list"]));
    assert_eq!(listing, "treff\treporter\t\tactive\ttreff@example.org\n");

    let (_, stderr) = text(&teilhabe(&database, &["user", "email", "treff", "kaputt"]));
    assert!(
        stderr.contains("`kaputt` is not an e-mail address"),
        "{stderr}"
    );
    let (stdout, _) = text(&teilhabe(
        &database,
        &["user", "email", "treff", "jugend@example.org"],
    ));
    assert_eq!(stdout, "treff: jugend@example.org\n");
    let (stdout, _) = text(&teilhabe(&database, &["user", "email", "treff", "--none"]));
    assert_eq!(stdout, "treff: no e-mail address\n");
    let (listing, _) = text(&teilhabe(&database, &["user", "list"]));
    assert_eq!(listing, "treff\treporter\t\tactive\t\n");
    let (_, stderr) = text(&teilhabe(
        &database,
        &["user", "email", "niemand", "a@b.de"],
    ));
    assert!(stderr.contains("there is no account `niemand`"), "{stderr}");
}

/// `teilhabe user token` makes an API token in an administrator's name, with the role asked for
/// (used by scripts/contract-fuzz for the write operations); bad requests are refused with a
/// reason.
#[tokio::test(flavor = "multi_thread")]
async fn user_token_makes_an_administrators_token_with_a_role() {
    let site = crate::site::Site::start(teilhabe_testkit::Backend::Sqlite).await;
    let token_of = |role: &str| {
        let output = crate::site::teilhabe(
            &site.database,
            &[
                "user", "token", "--login", "admin", "--name", "skript", "--role", role,
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    let create = |token: String| {
        let url = site.url("/api/v1/measures");
        async move {
            reqwest::Client::new()
                .post(url)
                .bearer_auth(token)
                .json(&serde_json::json!({
                    "title": {"de": "Per Kommandozeile"},
                    "recommendations": ["sport-3"],
                    "working_group": "sport",
                }))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let admin = token_of("administrator");
    assert!(admin.starts_with("thb_"), "{admin}");
    assert_eq!(create(admin).await, reqwest::StatusCode::CREATED);
    assert_eq!(
        create(token_of("viewer")).await,
        reqwest::StatusCode::FORBIDDEN
    );
    for (args, reason) in [
        (
            vec!["--login", "niemand", "--name", "x"],
            "no account `niemand`",
        ),
        (
            vec!["--login", "admin", "--name", "x", "--days", "91"],
            "--days must be from 1 to 90",
        ),
    ] {
        let mut all = vec!["user", "token"];
        all.extend(args);
        let output = crate::site::teilhabe(&site.database, &all);
        assert!(!output.status.success());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(reason), "{stderr}");
    }
}
