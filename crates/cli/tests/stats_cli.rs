//! The statistics commands driven through the real binary: generate, compute, bad input.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a test binary: failing loudly is the point

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

fn teilhabe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_teilhabe"))
        .args(args)
        .env("TEILHABE_DATA", data())
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const HEADER: &str = "reference_date;person_id;household_id;district;quarter;birth_year;birth_month;sex;nationality_1;nationality_2;citizenship_acquisition;citizenship_date;country_of_birth;immigration_country;immigration_date;parent_1_id;parent_2_id";

/// A small valid extract: a family with a Turkish mother, a German father and a child, plus
/// enough residents in two districts that totals are not tiny.
fn good_rows() -> Vec<String> {
    let mut rows = vec![
        "2024-12-31;1;1;07;0702;1985;04;f;TR;;;;TR;TR;2005-09-01;;".to_string(),
        "2024-12-31;2;1;07;0702;1983;11;m;DE;;G;;DE;;;;".to_string(),
        "2024-12-31;3;1;07;0702;2016;02;f;DE;TR;G;;DE;;;1;2".to_string(),
    ];
    for id in 4..60 {
        let (district, quarter) = if id % 2 == 0 {
            ("01", "")
        } else {
            ("07", "0702")
        };
        let sex = if id % 3 == 0 { "m" } else { "f" };
        let nationality = if id % 5 == 0 { "163" } else { "000" };
        // Born in Germany (DE or 000), so foreign nationals among them count as residents of
        // at least 8 years in every district used.
        let born = if id % 2 == 0 { "DE" } else { "000" };
        rows.push(format!(
            "2024-12-31;{id};{id};{district};{quarter};{};06;{sex};{nationality};;;;{born};;;;",
            1950 + id
        ));
    }
    rows
}

fn write_register(dir: &Path, name: &str, rows: &[String]) -> PathBuf {
    let path = dir.join(name);
    let mut text = String::from(HEADER);
    text.push('\n');
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    path
}

fn compute(register: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "compute",
        "--register",
        register.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--threads",
        "2",
    ];
    args.extend_from_slice(extra);
    teilhabe(&args)
}

#[test]
fn generate_is_deterministic_for_a_seed() {
    let dir = tempfile::tempdir().unwrap();
    let run = |name: &str, seed: &str| {
        let out = dir.path().join(name);
        let output = teilhabe(&[
            "generate",
            "population",
            "--city",
            "bielefeld",
            "--years",
            "2023-2024",
            "--scale",
            "0.01",
            "--seed",
            seed,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        std::fs::read(out).unwrap()
    };
    let first = run("a.csv", "11");
    assert_eq!(first, run("b.csv", "11"));
    assert_ne!(first, run("c.csv", "12"));
    assert!(String::from_utf8(first).unwrap().starts_with(HEADER));
}

#[test]
fn compute_writes_every_output_and_publishes_no_small_count() {
    let dir = tempfile::tempdir().unwrap();
    let register = dir.path().join("pop.csv");
    let output = teilhabe(&[
        "generate",
        "population",
        "--years",
        "2023-2024",
        "--scale",
        "0.1",
        "--seed",
        "5",
        "--country-codes",
        "destatis",
        "--out",
        register.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = dir.path().join("cubes");
    let output = compute(&register, &out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    for file in [
        "cube.csv",
        "cube.json",
        "sdmx.csv",
        "codelists.csv",
        "metadata.json",
        "report.json",
        "indicators.csv",
        "indicators.json",
    ] {
        assert!(out.join(file).is_file(), "{file} missing");
    }
    let cube = std::fs::read_to_string(out.join("cube.csv")).unwrap();
    let mut lines = cube.lines();
    assert_eq!(
        lines.next().unwrap(),
        "table,measure,time_period,area,sex,age,migration_status,nationality,reference_country,obs_value,obs_status,conf_status"
    );
    let mut suppressed = 0;
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        let value = fields[9];
        match fields[10] {
            "Q" => {
                assert!(value.is_empty(), "suppressed value shown: {line}");
                assert_eq!(
                    fields[11], "C",
                    "one flag for every suppressed cell: {line}"
                );
                suppressed += 1;
            }
            "A" => {
                let value: u64 = value.parse().unwrap();
                assert!(value == 0 || value >= 3, "small count published: {line}");
            }
            other => panic!("unexpected status {other}"),
        }
        if fields[3..9].iter().all(|code| *code == "_T") {
            assert_eq!(fields[10], "A", "grand total suppressed: {line}");
        }
    }
    assert!(suppressed > 0);
    let sdmx = std::fs::read_to_string(out.join("sdmx.csv")).unwrap();
    assert!(sdmx.starts_with("STRUCTURE,STRUCTURE_ID,ACTION,AREA,SEX,AGE,MIGRATION_STATUS,NATIONALITY,REFERENCE_COUNTRY,MEASURE,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS"));
    assert!(sdmx.lines().any(|line| line.contains(",,Q,C,")));
    assert!(
        !sdmx
            .lines()
            .any(|line| line.contains(",Q,A,") || line.contains(",Q,D,"))
    );
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap()).unwrap();
    assert_eq!(report["read"]["rows_rejected"], 0);
    assert!(report["cells"]["suppressed_primary"].as_u64().unwrap() > 0);
    let cube_json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("cube.json")).unwrap()).unwrap();
    let first_table = &cube_json["tables"][0];
    assert_eq!(first_table["id"], "T01");
    assert_eq!(
        first_table["observations"].as_array().unwrap().len() as u64,
        cube.lines().filter(|line| line.starts_with("T01,")).count() as u64
    );
    assert!(
        first_table["observations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["obs_value"].is_null())
    );
    let metadata: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("metadata.json")).unwrap()).unwrap();
    assert_eq!(metadata["rules_version"], "teilhabe-mh-1.0");
    assert_eq!(metadata["reference_years"], serde_json::json!([2023, 2024]));
    assert_eq!(
        metadata["reference_dates"]["2024"],
        serde_json::json!(["2024-12-31"])
    );
}

/// A data folder like the repository's, but publishing one table (districts and quarters by
/// nationality group), so a small extract has a few small cells and can be protected.
fn data_with_one_table(dir: &Path) -> PathBuf {
    let root = dir.join("data");
    let stats = root.join("stats");
    std::fs::create_dir_all(stats.join("bielefeld")).unwrap();
    for file in [
        "countries.csv",
        "age-groups.toml",
        "nationality-groups.toml",
    ] {
        std::fs::copy(data().join("stats").join(file), stats.join(file)).unwrap();
    }
    for file in ["areas.toml", "population.toml"] {
        std::fs::copy(
            data().join("stats/bielefeld").join(file),
            stats.join("bielefeld").join(file),
        )
        .unwrap();
    }
    std::fs::write(
        stats.join("tables.toml"),
        "[[table]]\nid = \"N01\"\ntitle_de = \"t\"\ntitle_en = \"t\"\nmeasure = \"PERSONS\"\ndimensions = [\"AREA\", \"NATIONALITY\"]\nmax_level = { NATIONALITY = 2 }\n",
    )
    .unwrap();
    root
}

#[test]
fn the_audit_passes_a_protectable_table_and_writes_the_ranges() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_with_one_table(dir.path());
    let register = dir.path().join("pop.csv");
    let output = teilhabe(&[
        "generate",
        "population",
        "--years",
        "2024",
        "--scale",
        "0.02",
        "--seed",
        "9",
        "--data",
        data.to_str().unwrap(),
        "--out",
        register.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let out = dir.path().join("audited");
    let output = compute(
        &register,
        &out,
        &[
            "--audit",
            "--no-indicators",
            "--data",
            data.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let audit = std::fs::read_to_string(out.join("internal/suppression.csv")).unwrap();
    let mut primary = 0;
    for line in audit.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields[8] == "primary" {
            primary += 1;
            let (lower, upper): (f64, f64) =
                (fields[10].parse().unwrap(), fields[11].parse().unwrap());
            assert!(upper - lower >= 2.0 - 1e-6, "too narrow: {line}");
            assert!(lower <= 1.0 + 1e-6 && upper >= 3.0 - 1e-6, "{line}");
        }
    }
    assert!(primary > 0, "no small cells to protect:\n{audit}");
    assert!(!out.join("audit.csv").exists());
    // The standalone audit of the written folder agrees.
    let output = teilhabe(&["audit", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("passed"), "{}", stderr(&output));
    // Published with the old flags (A primary, D secondary), the small cells are known to be
    // small: the audit fails and names them.
    let primaries: std::collections::HashSet<String> = audit
        .lines()
        .skip(1)
        .filter(|line| line.split(',').nth(8) == Some("primary"))
        .map(|line| line.split(',').take(8).collect::<Vec<_>>().join(","))
        .collect();
    let cube = std::fs::read_to_string(out.join("cube.csv")).unwrap();
    let legacy: String = cube
        .lines()
        .map(|line| {
            let key = line
                .split(',')
                .skip(1)
                .take(8)
                .collect::<Vec<_>>()
                .join(",");
            let flag = if primaries.contains(&key) {
                ",Q,A"
            } else {
                ",Q,D"
            };
            format!("{}\n", line.replace(",Q,C", flag))
        })
        .collect();
    std::fs::write(out.join("cube.csv"), legacy).unwrap();
    let output = teilhabe(&["audit", out.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("narrowed: PERSONS 2024 AREA="),
        "{}",
        stderr(&output)
    );
}

#[test]
fn the_audit_fails_when_a_table_cannot_be_protected_and_writes_nothing() {
    // Two persons alike in every published respect: the grand total 2 (always published) gives
    // away every other non-zero cell, which is its only non-zero part.
    let dir = tempfile::tempdir().unwrap();
    let rows: Vec<String> = (1..=2)
        .map(|id| format!("2024-12-31;{id};{id};01;;1980;01;f;DE;;G;;DE;;;;"))
        .collect();
    let register = write_register(dir.path(), "two.csv", &rows);
    let out = dir.path().join("audited");
    let output = compute(
        &register,
        &out,
        &["--audit", "--no-indicators", "--repair-rounds", "2"],
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("disclosure audit failed"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn rounding_publishes_multiples_of_the_base() {
    let dir = tempfile::tempdir().unwrap();
    let register = write_register(dir.path(), "small.csv", &good_rows());
    let out = dir.path().join("rounded");
    let output = compute(&register, &out, &["--rounding", "5"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let cube = std::fs::read_to_string(out.join("cube.csv")).unwrap();
    for line in cube.lines().skip(1) {
        let value: u64 = line.split(',').nth(9).unwrap().parse().unwrap();
        assert_eq!(value % 5, 0, "{line}");
    }
    let sdmx = std::fs::read_to_string(out.join("sdmx.csv")).unwrap();
    assert!(sdmx.lines().nth(1).unwrap().ends_with("rounded to base 5"));
}

/// Each class of bad input: (name, row to replace the 3rd data row, expected line, column text).
/// A real extract carries nationalities beyond the usual few — Colombia (349 / CO), Vietnam,
/// South Sudan — and older entries carry former states (Soviet Union 159, Yugoslavia 138): all are
/// in the Destatis key shipped in data/stats/countries.csv, so the run goes through.
#[test]
fn an_extract_with_any_nationality_of_the_destatis_key_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = good_rows();
    rows.extend([
        "2024-12-31;101;101;07;0702;1990;03;f;349;;;;349;349;2015-04-01;;".to_string(),
        "2024-12-31;102;102;01;;1991;07;m;CO;;;;CO;CO;2016-04-01;;".to_string(),
        "2024-12-31;103;103;01;;1970;01;f;VN;;;;432;VN;1990-01-01;;".to_string(),
        "2024-12-31;104;104;07;0702;1996;09;m;278;;;;278;SS;2019-02-01;;".to_string(),
        "2024-12-31;105;105;01;;1950;05;f;000;;S;1993-01-01;159;159;1992-06-01;;".to_string(),
        "2024-12-31;106;106;07;0702;1960;08;m;170;;;;138;138;1991-03-01;;".to_string(),
    ]);
    let register = write_register(dir.path(), "melderegister.csv", &rows);
    let out = dir.path().join("cubes");
    let output = compute(&register, &out, &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.join("cube.csv").is_file());
}

#[test]
fn each_bad_input_names_line_column_and_value() {
    let cases: [(&str, String, &str); 7] = [
        (
            "unknown code",
            "2024-12-31;3;1;07;0702;2016;02;f;QQ;;;;DE;;;1;2".into(),
            "line 4, column 9 (nationality_1): unknown code \"QQ\"",
        ),
        (
            "impossible date",
            "2024-12-31;3;1;07;0702;2016;13;f;DE;TR;G;;DE;;;1;2".into(),
            "line 4, column 7 (birth_month): impossible date \"13\"",
        ),
        (
            "unknown district",
            "2024-12-31;3;1;99;0702;2016;02;f;DE;TR;G;;DE;;;1;2".into(),
            "line 4, column 4 (district): unknown code \"99\"",
        ),
        (
            "missing parent",
            "2024-12-31;3;1;07;0702;2016;02;f;DE;TR;G;;DE;;;1;999".into(),
            "line 4, column 17 (parent_2_id): parent not in the extract \"999\"",
        ),
        (
            "duplicate id",
            "2024-12-31;2;1;07;0702;2016;02;f;DE;TR;G;;DE;;;;".into(),
            "line 4, column 2 (person_id): duplicate person id \"2\"",
        ),
        (
            "field count",
            "2024-12-31;3;1;07".into(),
            "line 4, column 0 ((row)): wrong number of fields",
        ),
        (
            "bad number",
            "2024-12-31;3;1;07;0702;19x6;02;f;DE;TR;G;;DE;;;1;2".into(),
            "line 4, column 6 (birth_year): invalid number \"19x6\"",
        ),
    ];
    for (name, row, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        let mut rows = good_rows();
        rows[2] = row;
        let register = write_register(dir.path(), "bad.csv", &rows);
        let out = dir.path().join("cubes");
        let output = compute(&register, &out, &[]);
        assert!(!output.status.success(), "{name}: accepted");
        let message = stderr(&output);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(!message.contains("panicked"), "{name}: {message}");
        assert!(!out.exists(), "{name}: output folder written");
        let output = compute(&register, &out, &["--lenient"]);
        assert!(
            output.status.success(),
            "{name} lenient: {}",
            stderr(&output)
        );
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap())
                .unwrap();
        assert_eq!(report["read"]["rows_rejected"], 1, "{name}");
    }
}

#[test]
fn windows_1252_and_comma_delimiter_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = HEADER.replace(';', ",").into_bytes();
    text.push(b'\n');
    for row in good_rows() {
        text.extend(row.replace(';', ",").into_bytes());
        text.push(b'\n');
    }
    // A Windows-1252 byte in a quarter code that does not exist: decoded in the message.
    text.extend_from_slice(b"2024-12-31,900,900,07,Gro\xdf,1970,01,m,DE,,G,,DE,,,,\n");
    let register = dir.path().join("latin.csv");
    std::fs::write(&register, text).unwrap();
    let output = compute(&register, &dir.path().join("cubes"), &[]);
    let message = stderr(&output);
    assert!(
        message.contains("column 5 (quarter): unknown code \"Groß\""),
        "{message}"
    );
    let output = compute(&register, &dir.path().join("cubes"), &["--lenient"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("cubes/report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["read"]["encoding"], "Windows-1252");
    assert_eq!(report["read"]["delimiter"], ",");
}

#[test]
fn a_missing_file_or_column_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let output = compute(
        &dir.path().join("absent.csv"),
        &dir.path().join("cubes"),
        &[],
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("absent.csv"),
        "{}",
        stderr(&output)
    );
    let register = dir.path().join("short.csv");
    std::fs::write(&register, "reference_date;person_id\n2024-12-31;1\n").unwrap();
    let output = compute(&register, &dir.path().join("cubes"), &[]);
    assert!(
        stderr(&output).contains("no column \"household_id\""),
        "{}",
        stderr(&output)
    );
}

#[test]
fn federal_exclusion_changes_only_children_born_abroad_to_parents_without_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut rows = good_rows();
    rows.push("2024-12-31;100;100;01;;1980;01;f;DE;;G;;DE;US;2020-01-01;;".into());
    rows.push("2024-12-31;101;100;01;;1979;01;m;DE;;G;;DE;US;2020-01-01;;".into());
    rows.push("2024-12-31;102;100;01;;2015;01;f;DE;;G;;US;US;2020-01-01;100;101".into());
    let register = write_register(dir.path(), "returned.csv", &rows);
    let read = |extra: &[&str], name: &str| -> serde_json::Value {
        let out = dir.path().join(name);
        let output = compute(&register, &out, extra);
        assert!(output.status.success(), "{}", stderr(&output));
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join("report.json")).unwrap())
                .unwrap();
        report["read"]["persons_by_status"]["2024"].clone()
    };
    let register_rule = read(&[], "register");
    let federal = read(&["--federal-exclusion"], "federal");
    assert_eq!(register_rule["DE_ABROAD"], 1);
    assert_eq!(federal["DE_ABROAD"], 0);
    assert_eq!(
        federal["NO_MH"].as_u64().unwrap(),
        register_rule["NO_MH"].as_u64().unwrap() + 1
    );
}

fn generate(dir: &Path, name: &str, years: &str, scale: &str, seed: &str) -> PathBuf {
    let register = dir.join(name);
    let output = teilhabe(&[
        "generate",
        "population",
        "--years",
        years,
        "--scale",
        scale,
        "--seed",
        seed,
        "--out",
        register.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    register
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The default tables of a city of 34,000 residents pass the audit (the finest tables hold
/// cells no hypercube protects; linear programming finds their protection).
#[test]
fn the_default_tables_of_a_small_city_pass_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let register = generate(dir.path(), "pop.csv", "2024", "0.1", "3");
    let out = dir.path().join("audited");
    let output = compute(&register, &out, &["--audit", "--no-indicators"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = json(&out.join("report.json"));
    assert_eq!(report["read"]["rows_read"], 34_000);
    let cells = &report["cells"];
    assert_eq!(cells["primary_unprotected"], 0, "{cells}");
    assert!(
        cells["primary_protected_by_lp"].as_u64().unwrap() > 0,
        "{cells}"
    );
    let audit = &report["audit"];
    assert!(
        audit["narrowest_width"].as_f64().unwrap() >= 2.0 - 1e-6,
        "{audit}"
    );
    let ranges = std::fs::read_to_string(out.join("internal/suppression.csv")).unwrap();
    let mut primary = 0;
    for line in ranges.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields[8] == "primary" {
            primary += 1;
            let (lower, upper): (f64, f64) =
                (fields[10].parse().unwrap(), fields[11].parse().unwrap());
            assert!(upper - lower >= 2.0 - 1e-3, "too narrow: {line}");
        }
    }
    assert_eq!(primary, cells["suppressed_primary"].as_u64().unwrap());
}

/// Cells of the T01 / T04 city rows for sex F and M (everything else at its total), per year:
/// (table, year, sex) -> (value, conf_status).
fn city_by_sex(cube: &str) -> Vec<(String, String, String, String, String)> {
    cube.lines()
        .skip(1)
        .map(|line| line.split(',').map(str::to_string).collect::<Vec<_>>())
        .filter(|f| {
            (f[0] == "T01" || f[0] == "T04")
                && f[3] == "_T"
                && f[4] != "_T"
                && f[5..9].iter().all(|code| code == "_T")
        })
        .map(|f| {
            (
                f[0].clone(),
                f[2].clone(),
                f[4].clone(),
                f[9].clone(),
                f[11].clone(),
            )
        })
        .collect()
}

#[test]
fn sex_diverse_and_not_stated_are_allocated_to_female_and_male_in_published_tables() {
    let dir = tempfile::tempdir().unwrap();
    let register = generate(dir.path(), "pop.csv", "2023-2024", "0.2", "5");
    let out = dir.path().join("on");
    let output = compute(&register, &out, &["--no-indicators"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let cube = std::fs::read_to_string(out.join("cube.csv")).unwrap();
    // No cell of any published table is broken down by D or X; the code list has F and M only.
    for line in cube.lines().skip(1) {
        let sex = line.split(',').nth(4).unwrap();
        assert!(matches!(sex, "_T" | "F" | "M"), "{line}");
    }
    let codelists = std::fs::read_to_string(out.join("codelists.csv")).unwrap();
    let sexes: Vec<&str> = codelists
        .lines()
        .filter(|line| line.starts_with("SEX,"))
        .map(|line| line.split(',').nth(1).unwrap())
        .collect();
    assert_eq!(sexes, ["_T", "F", "M"]);
    // The example: all men (and all women) of a year are published, not suppressed.
    let by_sex = city_by_sex(&cube);
    assert_eq!(by_sex.len(), 2 * 2 * 2, "{by_sex:?}");
    for (table, year, sex, value, conf) in &by_sex {
        assert_eq!(conf, "F", "{table} {year} {sex} suppressed");
        assert!(!value.is_empty());
    }
    // Totals unchanged: F + M at city level = every person of the year; the true D and X
    // counts stay in the internal report, and the allocation moved exactly them.
    let report = json(&out.join("report.json"));
    let text = std::fs::read_to_string(&register).unwrap();
    for year in ["2023", "2024"] {
        let persons = text.lines().filter(|line| line.starts_with(year)).count() as u64;
        let female_male: u64 = by_sex
            .iter()
            .filter(|(table, y, ..)| table == "T01" && y == year)
            .map(|(.., value, _)| value.parse::<u64>().unwrap())
            .sum();
        assert_eq!(female_male, persons, "{year}");
        let recorded = &report["read"]["persons_by_sex"][year];
        let dx = recorded["D"].as_u64().unwrap() + recorded["X"].as_u64().unwrap();
        assert!(dx > 0, "{recorded}");
        let moved = &report["sex_allocation"]["moved_by_year"][year];
        let moved_total: u64 = [
            "diverse_to_female",
            "diverse_to_male",
            "not_stated_to_female",
            "not_stated_to_male",
        ]
        .iter()
        .map(|key| moved[key].as_u64().unwrap())
        .sum();
        assert_eq!(moved_total, dx, "{moved}");
        let to_female = moved["diverse_to_female"].as_u64().unwrap()
            + moved["not_stated_to_female"].as_u64().unwrap();
        assert!(to_female > 0 && to_female < dx, "{moved}");
        // T08: the true D + X for the city (published: not a small count here).
        let t08 = cube
            .lines()
            .find(|line| line.starts_with(&format!("T08,PERSONS_SEX_DX,{year},")))
            .unwrap();
        assert_eq!(t08.split(',').nth(9).unwrap(), dx.to_string(), "{t08}");
    }
    // The note: metadata, cube.json and sdmx.csv's COMMENT_OBS on cells by sex.
    let metadata = json(&out.join("metadata.json"));
    assert_eq!(metadata["sex_allocation"]["applied"], true);
    assert_eq!(metadata["format_version"], "teilhabe-cubes-1.2");
    assert!(
        metadata["sex_allocation"]["note_de"]
            .as_str()
            .unwrap()
            .contains("divers")
    );
    assert!(
        metadata.to_string().find("moved").is_none(),
        "true counts in the metadata"
    );
    let cube_json = json(&out.join("cube.json"));
    assert!(
        !cube_json["tables"][0]["notes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let sdmx = std::fs::read_to_string(out.join("sdmx.csv")).unwrap();
    for line in sdmx.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        let allocated = fields.last().unwrap().contains("allocated");
        assert_eq!(allocated, fields[4] != "_T", "{line}");
    }
    // Deterministic: a rerun gives the same cells.
    let again = dir.path().join("again");
    let output = compute(&register, &again, &["--no-indicators"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        cube,
        std::fs::read_to_string(again.join("cube.csv")).unwrap()
    );
    // Without the allocation: D and X are published (where not small), and protecting their
    // small cells hides the example's big totals.
    let off = dir.path().join("off");
    let output = compute(
        &register,
        &off,
        &["--no-indicators", "--sex-allocation", "off"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let cube_off = std::fs::read_to_string(off.join("cube.csv")).unwrap();
    assert!(
        cube_off
            .lines()
            .any(|line| line.split(',').nth(4) == Some("X"))
    );
    assert!(
        city_by_sex(&cube_off)
            .iter()
            .any(|(_, _, sex, _, conf)| sex == "M" && conf == "C"),
        "the example no longer shows the problem"
    );
    assert_eq!(
        json(&off.join("metadata.json"))["sex_allocation"]["applied"],
        false
    );
}
