//! `teilhabe i18n check` on the shipped translations and on a copy broken on purpose.

use std::process::Command;

use teilhabe_testkit::workspace_root;

use crate::TEILHABE;

fn check(dir: &std::path::Path) -> (bool, String) {
    let output = Command::new(TEILHABE)
        .args(["i18n", "check", "--dir", dir.to_str().unwrap()])
        .output()
        .expect("run teilhabe");
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap() + &String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_shipped_translations_pass() {
    let (ok, out) = check(&workspace_root().join("data/i18n"));
    assert!(ok, "{out}");
    for code in ["en", "tr", "ar", "ru", "uk", "pl"] {
        assert!(
            out.contains(&format!("{code} (")) && out.contains("complete, 0 missing"),
            "{code}: {out}"
        );
    }
}

#[test]
fn a_missing_message_and_a_syntax_error_fail_with_their_place() {
    let shipped = workspace_root().join("data/i18n");
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(&shipped).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    // Turkish loses `nav-search`; Polish gains an unknown id; Ukrainian a broken placeable.
    let tr = std::fs::read_to_string(dir.path().join("tr.ftl")).unwrap();
    let without: String = tr
        .lines()
        .filter(|line| !line.starts_with("nav-search ="))
        .map(|line| format!("{line}\n"))
        .collect();
    assert_ne!(without, tr, "tr.ftl has nav-search");
    std::fs::write(dir.path().join("tr.ftl"), without).unwrap();
    let pl = std::fs::read_to_string(dir.path().join("pl.ftl")).unwrap();
    std::fs::write(dir.path().join("pl.ftl"), pl + "only-in-polish = x\n").unwrap();
    let uk = std::fs::read_to_string(dir.path().join("uk.ftl")).unwrap();
    let broken_line = uk.lines().count() + 1;
    std::fs::write(dir.path().join("uk.ftl"), uk + "broken = { $x ]\n").unwrap();

    let (ok, out) = check(dir.path());
    assert!(!ok, "{out}");
    assert!(
        out.contains("tr (") && out.contains("missing: nav-search"),
        "{out}"
    );
    assert!(
        out.contains("superfluous (not in de.ftl): only-in-polish"),
        "{out}"
    );
    assert!(
        out.contains(&format!("uk.ftl:{broken_line}:")) && out.contains("syntax error"),
        "{out}"
    );

    // A superfluous id alone only warns.
    std::fs::copy(shipped.join("tr.ftl"), dir.path().join("tr.ftl")).unwrap();
    std::fs::copy(shipped.join("uk.ftl"), dir.path().join("uk.ftl")).unwrap();
    let (ok, out) = check(dir.path());
    assert!(ok, "{out}");
}
