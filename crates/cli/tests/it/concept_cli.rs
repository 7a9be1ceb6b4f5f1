//! `teilhabe concept check` and `concept load` on good and deliberately broken files.

use std::process::{Command, Output};

use teilhabe_testkit::workspace_root;

use crate::TEILHABE;

fn teilhabe(args: &[&str]) -> Output {
    Command::new(TEILHABE)
        .args(args)
        .output()
        .expect("run teilhabe")
}

fn check_source(source: &str) -> (bool, String, String) {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("concept.toml");
    std::fs::write(&path, source).unwrap();
    let output = teilhabe(&["concept", "check", path.to_str().unwrap()]);
    let stderr = String::from_utf8(output.stderr)
        .unwrap()
        .replace(path.to_str().unwrap(), "FILE");
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
        stderr,
    )
}

fn shipped(name: &str) -> String {
    std::fs::read_to_string(workspace_root().join("data/concept").join(name)).unwrap()
}

/// The 1-based line of the first line in `source` that contains `needle`.
fn line_of(source: &str, needle: &str) -> usize {
    source
        .lines()
        .position(|line| line.contains(needle))
        .expect(needle)
        + 1
}

#[test]
fn shipped_concepts_are_valid() {
    for name in ["bielefeld.toml", "musterstadt.toml"] {
        let path = workspace_root().join("data/concept").join(name);
        let output = teilhabe(&["concept", "check", path.to_str().unwrap()]);
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let (_, stdout, _) = check_source(&shipped("bielefeld.toml"));
    assert!(
        stdout.contains("11 action fields, 34 recommendations"),
        "{stdout}"
    );
}

#[test]
fn broken_files_name_line_and_column() {
    let original = shipped("bielefeld.toml");

    // An unknown key: the column of the key itself.
    let broken = original.replacen(
        "id = \"sport-2\"",
        "id = \"sport-2\"\nresponsible = \"Sportamt\"",
        1,
    );
    let (ok, _, stderr) = check_source(&broken);
    let line = line_of(&broken, "responsible = ");
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "FILE:{line}:1: fields[6].recommendations[2].responsible: unknown key `responsible`"
        )),
        "{stderr}"
    );

    // Missing German text: the position of the text table.
    let broken = original.replacen("text = { de = \"Bedarf quantifizieren\", ", "text = { ", 1);
    let (ok, _, stderr) = check_source(&broken);
    let line = line_of(&broken, "text = { en = \"Quantify");
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "FILE:{line}:8: fields[7].recommendations[1].text: missing German text"
        )),
        "{stderr}"
    );

    // A duplicate id: where the second one is and where the first was.
    let broken = original.replacen("id = \"schule-2\"", "id = \"schule-1\"", 1);
    let (ok, _, stderr) = check_source(&broken);
    let first = line_of(&broken, "id = \"schule-1\"");
    let second = first
        + broken
            .lines()
            .skip(first)
            .position(|l| l.contains("id = \"schule-1\""))
            .unwrap()
        + 1;
    assert!(!ok);
    assert!(
        stderr.contains(&format!("FILE:{second}:6: fields[2].recommendations[2].id: duplicate id `schule-1`; first used at line {first}, column 6")),
        "{stderr}"
    );

    // A field without recommendations: the position of its [[fields]] table.
    let broken =
        format!("{original}\n[[fields]]\nslug = \"neu\"\ntitle = {{ de = \"Neues Feld\" }}\n");
    let (ok, _, stderr) = check_source(&broken);
    let line = line_of(&broken, "slug = \"neu\"") - 1;
    assert!(!ok);
    assert!(
        stderr.contains(&format!(
            "FILE:{line}:1: fields[12].recommendations: action field `neu` has no recommendations"
        )),
        "{stderr}"
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let broken = shipped("musterstadt.toml")
        .replacen("slug = \"musterstadt\"", "slug = \"Muster Stadt\"", 1)
        .replacen("kind = \"vision\"", "kind = \"leitbild\"", 1);
    let (ok, _, stderr) = check_source(&broken);
    assert!(!ok);
    assert!(
        stderr.contains("`Muster Stadt` is not a valid id"),
        "{stderr}"
    );
    assert!(
        stderr.contains("unknown section kind `leitbild`"),
        "{stderr}"
    );
    assert!(stderr.contains("2 problem(s) found"), "{stderr}");
}

#[test]
fn not_utf8_and_missing_files_are_clear_errors() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("latin1.toml");
    std::fs::write(&path, b"format = 1\n# Stra\xdfe\n").unwrap();
    let output = teilhabe(&["concept", "check", path.to_str().unwrap()]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    // "# Stra" is six characters; the invalid byte is the seventh.
    assert!(stderr.contains(":2:7: the file is not UTF-8"), "{stderr}");

    let output = teilhabe(&["concept", "check", "/nonexistent/concept.toml"]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("cannot read concept file /nonexistent/concept.toml")
    );
}

#[test]
fn load_adds_a_version_only_when_the_content_changes() {
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("db.sqlite");
    let database = database.to_str().unwrap();
    let file = workspace_root().join("data/concept/musterstadt.toml");
    let file = file.to_str().unwrap();

    let first = teilhabe(&["--database", database, "concept", "load", file]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(String::from_utf8_lossy(&first.stdout).contains("stored as version 1"));
    let second = teilhabe(&["--database", database, "concept", "load", file]);
    assert!(
        String::from_utf8_lossy(&second.stdout).contains("unchanged"),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );

    let changed_path = directory.path().join("changed.toml");
    std::fs::write(
        &changed_path,
        shipped("musterstadt.toml").replacen(
            "name = \"Musterstadt an der Aue\"",
            "name = \"Musterstadt\"",
            1,
        ),
    )
    .unwrap();
    let third = teilhabe(&[
        "--database",
        database,
        "concept",
        "load",
        changed_path.to_str().unwrap(),
    ]);
    assert!(
        String::from_utf8_lossy(&third.stdout).contains("stored as version 2"),
        "{}",
        String::from_utf8_lossy(&third.stdout)
    );

    // A broken file changes nothing.
    let broken_path = directory.path().join("broken.toml");
    std::fs::write(
        &broken_path,
        shipped("musterstadt.toml").replacen("format = 1", "format = 9", 1),
    )
    .unwrap();
    let broken = teilhabe(&[
        "--database",
        database,
        "concept",
        "load",
        broken_path.to_str().unwrap(),
    ]);
    assert!(!broken.status.success());
    let again = teilhabe(&[
        "--database",
        database,
        "concept",
        "load",
        changed_path.to_str().unwrap(),
    ]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("stays at version 2"));
}

#[test]
fn config_print_layers_file_environment_and_flags() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("teilhabe.toml");
    std::fs::write(&file, "database = \"postgres://app:secret@db/teilhabe\"\naddr = \"0.0.0.0:9000\"\ncity = \"musterstadt\"\n").unwrap();
    let output = Command::new(TEILHABE)
        .args([
            "--config",
            file.to_str().unwrap(),
            "config",
            "print",
            "--city",
            "bielefeld",
        ])
        .env("TEILHABE_ADDR", "127.0.0.1:7000")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("database = \"postgres://app:***@db/teilhabe\""),
        "{stdout}"
    );
    assert!(
        stdout.contains("addr = \"127.0.0.1:7000\""),
        "environment wins over the file: {stdout}"
    );
    assert!(
        stdout.contains("city = \"bielefeld\""),
        "flags win over the file: {stdout}"
    );

    std::fs::write(&file, "databse = \"x\"\n").unwrap();
    let output = teilhabe(&["--config", file.to_str().unwrap(), "config", "print"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("teilhabe.toml:1:1") && stderr.contains("databse"),
        "{stderr}"
    );
}

/// Issue 11: every setting is in the typed configuration, so `config print` shows each, from the
/// file, the environment or a flag (flags win over variables, they over the file).
#[test]
fn config_print_shows_data_demo_and_secure_cookies() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("teilhabe.toml");
    let print = |file_text: &str, env: &[(&str, &str)], flags: &[&str]| {
        std::fs::write(&file, file_text).unwrap();
        let output = Command::new(TEILHABE)
            .args(["--config", file.to_str().unwrap(), "config", "print"])
            .args(flags)
            .env_remove("TEILHABE_DATA")
            .env_remove("TEILHABE_DEMO")
            .env_remove("TEILHABE_SECURE_COOKIES")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let defaults = print("", &[], &[]);
    for line in ["data = \"data\"", "demo = false", "secure_cookies = false"] {
        assert!(defaults.contains(line), "default `{line}`: {defaults}");
    }
    let from_file = print(
        "data = \"/srv/data\"\ndemo = true\nsecure_cookies = true\n",
        &[],
        &[],
    );
    for line in [
        "data = \"/srv/data\"",
        "demo = true",
        "secure_cookies = true",
    ] {
        assert!(from_file.contains(line), "file `{line}`: {from_file}");
    }
    let from_env = print(
        "data = \"/srv/data\"\ndemo = true\nsecure_cookies = true\n",
        &[
            ("TEILHABE_DATA", "/env/data"),
            ("TEILHABE_DEMO", "false"),
            ("TEILHABE_SECURE_COOKIES", "false"),
        ],
        &[],
    );
    for line in [
        "data = \"/env/data\"",
        "demo = false",
        "secure_cookies = false",
    ] {
        assert!(from_env.contains(line), "environment `{line}`: {from_env}");
    }
    let from_flags = print(
        "",
        &[
            ("TEILHABE_DATA", "/env/data"),
            ("TEILHABE_SECURE_COOKIES", "false"),
        ],
        &["--data", "/flag/data", "--demo", "--secure-cookies"],
    );
    for line in [
        "data = \"/flag/data\"",
        "demo = true",
        "secure_cookies = true",
    ] {
        assert!(from_flags.contains(line), "flag `{line}`: {from_flags}");
    }
}

/// A demo whose concept someone changed keeps that version when it starts again; an untouched
/// demo takes the shipped file as before.
#[tokio::test]
async fn a_restarted_demo_keeps_a_concept_changed_after_it_was_loaded() {
    let directory = tempfile::tempdir().unwrap();
    let database = format!("sqlite:{}", directory.path().join("demo.sqlite").display());
    async fn title(server: &teilhabe_testkit::TestServer) -> String {
        let concept: serde_json::Value = reqwest::get(server.url("/api/v1/concept"))
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        concept["title"]["de"]
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    let server = teilhabe_testkit::TestServer::start(TEILHABE, &database, &["--demo"]);
    assert_eq!(title(&server).await, "Integrationskonzept");
    assert!(server.terminate());
    let server = teilhabe_testkit::TestServer::start(TEILHABE, &database, &["--demo"]);
    assert!(server.terminate());

    let changed = directory.path().join("changed.toml");
    std::fs::write(
        &changed,
        shipped("bielefeld.toml").replacen(
            "title = { de = \"Integrationskonzept\",",
            "title = { de = \"Integrationskonzept (Fassung des Rates)\",",
            1,
        ),
    )
    .unwrap();
    let load = teilhabe(&[
        "--database",
        &database,
        "concept",
        "load",
        changed.to_str().unwrap(),
    ]);
    assert!(
        String::from_utf8_lossy(&load.stdout).contains("stored as version 2"),
        "the demo's restart added no version: {}{}",
        String::from_utf8_lossy(&load.stdout),
        String::from_utf8_lossy(&load.stderr)
    );

    let server = teilhabe_testkit::TestServer::start(TEILHABE, &database, &["--demo"]);
    assert_eq!(
        title(&server).await,
        "Integrationskonzept (Fassung des Rates)"
    );
    assert!(server.terminate());
}
