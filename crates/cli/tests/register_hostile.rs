//! Damaged register extracts through `teilhabe compute`: no panic, a clear error, no output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

use teilhabe_testkit::hostile::{DAMAGE, damaged_csv};

const HEADER: &str = "reference_date;person_id;household_id;district;quarter;birth_year;birth_month;sex;nationality_1;nationality_2;citizenship_acquisition;citizenship_date;country_of_birth;immigration_country;immigration_date;parent_1_id;parent_2_id";

fn good_extract() -> Vec<u8> {
    let mut text = format!("{HEADER}\n");
    for id in 1..40 {
        // Mitte (01) has no quarters; Heepen (07) does, so its rows name one.
        let (district, quarter) = if id % 2 == 0 {
            ("01", "")
        } else {
            ("07", "0701")
        };
        text.push_str(&format!(
            "2024-12-31;{id};{id};{district};{quarter};{};06;f;000;;;;DE;;;;\n",
            1950 + id
        ));
    }
    text.into_bytes()
}

#[test]
fn damaged_register_extracts_give_a_clear_error_and_no_output() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    let dir = tempfile::tempdir().unwrap();
    let good = good_extract();
    // The undamaged extract computes, so every failure below is the damage's.
    let register = dir.path().join("register-good.csv");
    std::fs::write(&register, &good).unwrap();
    let out = dir.path().join("out-good");
    let output = Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .args(["compute", "--register", register.to_str().unwrap(), "--out"])
        .arg(&out)
        .args(["--threads", "1", "--no-indicators"])
        .env("TEILHABE_DATA", &data)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the good extract computes: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.join("cube.csv").exists());
    // Three cases of every kind of damage.
    for case in 0..(3 * DAMAGE.len() as u64) {
        let (kind, bytes) = damaged_csv(&good, case, 100_000, 200_000);
        let register = dir.path().join(format!("register-{case}.csv"));
        std::fs::write(&register, &bytes).unwrap();
        let out = dir.path().join(format!("out-{case}"));
        let output = Command::new(env!("CARGO_BIN_EXE_teilhabe"))
            .args([
                "compute",
                "--register",
                register.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--threads",
                "1",
            ])
            .env("TEILHABE_DATA", &data)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains("panicked"),
            "case {case} ({kind}) panicked: {stderr}"
        );
        if kind == "pipe delimiter" {
            // Not damage for a register extract: `|` is one of its documented delimiters.
            assert!(output.status.success(), "case {case} ({kind}): {stderr}");
            assert!(out.join("cube.csv").exists(), "case {case} ({kind})");
            continue;
        }
        assert_eq!(
            output.status.code(),
            Some(1),
            "case {case} ({kind}) fails cleanly: {stderr}"
        );
        assert!(
            stderr.lines().any(|line| line.contains("error")),
            "case {case} ({kind}) says what is wrong: {stderr}"
        );
        assert!(!out.exists(), "case {case} ({kind}) wrote no output");
    }
}
