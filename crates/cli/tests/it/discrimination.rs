//! Issue 17 at the command line: `discrimination categories check` names file, line and column
//! of every problem; `discrimination purge` deletes what is past its period (a dry run
//! nothing) and prints counts only, no personal data.

use jiff::civil::date;
use teilhabe_domain::discrimination::report::Month;
use teilhabe_domain::discrimination::{AggApplies, CaseRecord, Report};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

use crate::TEILHABE;
use crate::site::teilhabe;

fn text(output: &std::process::Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[tokio::test]
async fn categories_check_names_file_line_and_column_of_every_problem() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let shipped = workspace_root().join("data/discrimination/categories.toml");
    let output = teilhabe(
        &database,
        &[
            "discrimination",
            "categories",
            "check",
            shipped.to_str().unwrap(),
        ],
    );
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("10 areas, 19 grounds (7 racist), 5 forms, 3 levels, 7 interventions, 5 outcomes, no problems"),
        "{stdout}"
    );

    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("categories.toml");
    let source = std::fs::read_to_string(&shipped)
        .unwrap()
        .replacen("id = \"housing\"", "id = \"Wohnen\"", 1)
        .replacen(
            "subtype_of = \"ethnic-origin\"",
            "subtype_of = \"ethnic\"",
            1,
        );
    std::fs::write(&broken, &source).unwrap();
    let output = teilhabe(
        &database,
        &[
            "discrimination",
            "categories",
            "check",
            broken.to_str().unwrap(),
        ],
    );
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    let line_of = |needle: &str| source.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let path = broken.display();
    for expected in [
        format!("{path}:{}:6: `Wohnen` is no id", line_of("id = \"Wohnen\"")),
        format!(
            "{path}:{}:14: `anti-muslim`: `subtype_of = \"ethnic\"` names no ground listed above it",
            line_of("subtype_of = \"ethnic\"")
        ),
        "2 problems".to_owned(),
    ] {
        assert!(stderr.contains(&expected), "{expected}\nin\n{stderr}");
    }
    // A TOML syntax error, and a file that is missing.
    std::fs::write(&broken, "format = 1\n[[areas]\n").unwrap();
    let output = teilhabe(
        &database,
        &[
            "discrimination",
            "categories",
            "check",
            broken.to_str().unwrap(),
        ],
    );
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(stderr.contains(&format!("{path}:2:")), "{stderr}");
    let output = teilhabe(
        &database,
        &[
            "discrimination",
            "categories",
            "check",
            "/nonexistent/categories.toml",
        ],
    );
    assert!(!output.status.success());
    assert!(
        text(&output)
            .1
            .contains("cannot read /nonexistent/categories.toml")
    );
}

#[tokio::test]
async fn purge_deletes_what_is_past_its_period_and_a_dry_run_nothing() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let at = |text: &str| -> jiff::Timestamp { text.parse().unwrap() };
    let report = Report {
        area: "housing".into(),
        district: None,
        month: Month {
            year: 2020,
            month: 1,
        },
        grounds: vec!["ethnic-origin".into()],
        what_happened: "Anna Beispiel wurde abgewiesen.".into(),
        wants_counselling: true,
        contact: None,
    };
    let with_case = store
        .insert_discrimination_report(
            &report,
            "AAAA-AAAA-AAAA",
            Some("v1:sealed"),
            false,
            at("2020-01-15T10:00:00Z"),
        )
        .await
        .unwrap();
    let record = |closed: Option<jiff::civil::Date>| CaseRecord {
        areas: vec!["housing".into()],
        grounds: vec!["ethnic-origin".into()],
        forms: vec![],
        level: None,
        agg: AggApplies::Unclear,
        interventions: vec![],
        outcome: closed.map(|_| "success".into()),
        opened: date(2020, 1, 20),
        closed,
        notes: Some("Anna Beispiel".into()),
    };
    store
        .create_discrimination_case(
            &record(Some(date(2020, 6, 30))),
            Some(with_case),
            "user:b",
            at("2020-01-20T10:00:00Z"),
        )
        .await
        .unwrap();
    store
        .create_discrimination_case(&record(None), None, "user:b", at("2020-01-21T10:00:00Z"))
        .await
        .unwrap();
    store.close().await;

    let output = teilhabe(&database, &["discrimination", "purge", "--dry-run"]);
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stdout,
        "deletion period: 3 years after closing\ncases would be deleted: 1 (closed in 2020: 1)\nreports would be deleted: 1\n"
    );
    assert!(!stdout.contains("Anna"), "no personal data");
    // A period longer than the time since closing keeps everything.
    let output = teilhabe(&database, &["discrimination", "purge", "--years", "100"]);
    assert_eq!(
        text(&output).0,
        "deletion period: 100 years after closing\ncases deleted: 0\nreports deleted: 0\n"
    );
    let output = teilhabe(&database, &["discrimination", "purge"]);
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(
        stdout,
        "deletion period: 3 years after closing\ncases deleted: 1 (closed in 2020: 1)\nreports deleted: 1\n"
    );
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    assert!(
        store
            .discrimination_reports("test", at("2026-01-01T00:00:00Z"))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        store
            .list_discrimination_cases(None, "test", at("2026-01-01T00:00:00Z"))
            .await
            .unwrap()
            .len(),
        1,
        "the open case stays"
    );
    store.close().await;
}

/// The server deletes what is past its period by itself (the rule, with a settable clock, is
/// proven in crates/app/tests/discrimination.rs), and keeps a running case.
#[tokio::test(flavor = "multi_thread")]
async fn the_server_deletes_case_records_past_their_period_by_itself() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let url = DatabaseUrl::parse(&database.url).unwrap();
    let store = Store::open(&url).await.unwrap();
    let at = |text: &str| -> jiff::Timestamp { text.parse().unwrap() };
    let record = |closed: Option<jiff::civil::Date>| CaseRecord {
        areas: vec!["work".into()],
        grounds: vec!["age".into()],
        forms: vec![],
        level: None,
        agg: AggApplies::Unclear,
        interventions: vec![],
        outcome: closed.map(|_| "partial".into()),
        opened: date(2019, 3, 1),
        closed,
        notes: None,
    };
    let old = store
        .create_discrimination_case(
            &record(Some(date(2019, 9, 30))),
            None,
            "user:b",
            at("2019-03-01T10:00:00Z"),
        )
        .await
        .unwrap();
    let running = store
        .create_discrimination_case(&record(None), None, "user:b", at("2019-03-02T10:00:00Z"))
        .await
        .unwrap();
    let server = teilhabe_testkit::TestServer::start(crate::TEILHABE, &database.url, &[]);
    let mut left = Vec::new();
    for _ in 0..100 {
        left = store
            .discrimination_retention_facts()
            .await
            .unwrap()
            .cases
            .iter()
            .map(|(id, _)| *id)
            .collect();
        if !left.contains(&old) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(left, [running], "the old case went, the running one stays");
    drop(server);
    store.close().await;
}

/// The export for the state network equals a hand count of the stored cases wherever it
/// publishes a count, withholds every small one, and reads back alike from CSV and XLSX.
#[tokio::test(flavor = "multi_thread")]
async fn the_export_equals_a_hand_count_and_withholds_small_counts() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let case = |area: &str, grounds: &[&str], opened: jiff::civil::Date| CaseRecord {
        areas: vec![area.into()],
        grounds: grounds.iter().map(|g| (*g).to_owned()).collect(),
        forms: vec!["direct".into()],
        level: None,
        agg: AggApplies::Unclear,
        interventions: vec![],
        outcome: Some("open".into()),
        opened,
        closed: None,
        notes: Some("nie exportiert".into()),
    };
    let mut cases = Vec::new();
    for day in 1..=4 {
        cases.push(case("housing", &["ethnic-origin"], date(2025, 2, day)));
    }
    cases.push(case("work", &["age"], date(2025, 3, 31)));
    for day in 1..=3 {
        cases.push(case(
            "housing",
            &["ethnic-origin", "anti-muslim"],
            date(2025, 5, day),
        ));
    }
    // Another year: not counted.
    cases.push(case("work", &["age"], date(2024, 12, 31)));
    for record in &cases {
        store
            .create_discrimination_case(
                record,
                None,
                "user:b",
                "2026-01-10T10:00:00Z".parse().unwrap(),
            )
            .await
            .unwrap();
    }
    store.close().await;
    // By hand: (table, category, period) → count; everything else is 0.
    let hand: std::collections::HashMap<(&str, &str, &str), u64> = [
        (("cases", "_T", "2025Q1"), 5),
        (("cases", "_T", "2025Q2"), 3),
        (("cases", "_T", "2025"), 8),
        (("area", "housing", "2025Q1"), 4),
        (("area", "housing", "2025Q2"), 3),
        (("area", "housing", "2025"), 7),
        (("area", "work", "2025Q1"), 1),
        (("area", "work", "2025"), 1),
        (("area", "_T", "2025Q1"), 5),
        (("area", "_T", "2025Q2"), 3),
        (("area", "_T", "2025"), 8),
        (("ground", "ethnic-origin", "2025Q1"), 4),
        (("ground", "ethnic-origin", "2025Q2"), 3),
        (("ground", "ethnic-origin", "2025"), 7),
        (("ground", "anti-muslim", "2025Q2"), 3),
        (("ground", "anti-muslim", "2025"), 3),
        (("ground", "age", "2025Q1"), 1),
        (("ground", "age", "2025"), 1),
        (("ground", "_T", "2025Q1"), 5),
        (("ground", "_T", "2025Q2"), 6),
        (("ground", "_T", "2025"), 11),
        (("form", "direct", "2025Q1"), 5),
        (("form", "direct", "2025Q2"), 3),
        (("form", "direct", "2025"), 8),
        (("form", "_T", "2025Q1"), 5),
        (("form", "_T", "2025Q2"), 3),
        (("form", "_T", "2025"), 8),
        (("outcome", "open", "2025Q1"), 5),
        (("outcome", "open", "2025Q2"), 3),
        (("outcome", "open", "2025"), 8),
        (("outcome", "_T", "2025Q1"), 5),
        (("outcome", "_T", "2025Q2"), 3),
        (("outcome", "_T", "2025"), 8),
    ]
    .into_iter()
    .collect();
    let output = teilhabe(&database, &["discrimination", "export", "--year", "2025"]);
    let (csv, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(!csv.contains("nie exportiert"), "notes never leave");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "table", "category", "label_de", "label_en", "period", "unit", "value", "status"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let mut published = 0;
    for row in &rows {
        let (table, category, period, value, status) = (
            row[0].as_str(),
            row[1].as_str(),
            row[4].as_str(),
            row[6].as_str(),
            row[7].as_str(),
        );
        if table == "racist-share" {
            if period == "2025Q2" {
                assert_eq!((value, status), ("100.0", "published"), "3 of 3 racist");
            }
            continue;
        }
        let expected = hand.get(&(table, category, period)).copied().unwrap_or(0);
        if status == "published" {
            assert_eq!(value, expected.to_string(), "{row:?}");
            if expected > 0 {
                published += 1;
            }
        } else {
            assert_eq!(value, "", "a withheld cell has no value: {row:?}");
            assert!(matches!(status, "primary" | "secondary"), "{row:?}");
        }
        if (1..3).contains(&expected) {
            assert_ne!(status, "published", "a small count is withheld: {row:?}");
        }
    }
    assert!(published >= 10, "{published} counts published");
    // 5 periods for the cases, the share, and each dimension's categories and total.
    let categories = teilhabe_app::discrimination::categories();
    let lists = [
        categories.areas.len(),
        categories.grounds.len(),
        categories.forms.len(),
        categories.levels.len(),
        categories.interventions.len(),
        categories.outcomes.len(),
    ];
    assert_eq!(
        rows.len(),
        5 * (2 + lists.iter().map(|n| n + 1).sum::<usize>())
    );

    // The same rows as XLSX, numbers as numbers.
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("diskriminierung-2025.xlsx");
    let output = teilhabe(
        &database,
        &[
            "discrimination",
            "export",
            "--year",
            "2025",
            "--format",
            "xlsx",
            "--output",
            path.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", text(&output).1);
    use calamine::{Reader, open_workbook_auto};
    let mut workbook = open_workbook_auto(&path).unwrap();
    let sheet = workbook.worksheet_range_at(0).unwrap().unwrap();
    let read: Vec<Vec<String>> = sheet
        .rows()
        .skip(1)
        .map(|row| row.iter().map(|cell| cell.to_string()).collect())
        .collect();
    assert_eq!(read.len(), rows.len());
    for (xlsx, csv) in read.iter().zip(&rows) {
        assert_eq!(xlsx[..6], csv[..6]);
        assert_eq!(xlsx[7], csv[7]);
        let number = |text: &str| text.parse::<f64>().ok();
        assert_eq!(number(&xlsx[6]), number(&csv[6]), "{csv:?}");
    }
}

/// The key and the deletion period from the configuration: the key never printed, a bad key
/// refused naming the setting (not its value), the period used by `purge`.
#[tokio::test]
async fn the_contact_key_and_the_period_come_from_the_configuration() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("teilhabe.toml");
    let run = |config: &str, env: &[(&str, &str)], args: &[&str]| {
        std::fs::write(&file, config).unwrap();
        let mut command = std::process::Command::new(TEILHABE);
        command
            .args([
                "--config",
                file.to_str().unwrap(),
                "--database",
                &database.url,
            ])
            .args(args)
            .env_remove("TEILHABE_DISCRIMINATION_KEY")
            .env_remove("TEILHABE_DISCRIMINATION_RETENTION_YEARS");
        for (name, value) in env {
            command.env(name, value);
        }
        command.output().unwrap()
    };
    let key = "8f2a55c1d0e94b7a3c6e1f0b9d8c7a6554433221100ffeeddccbbaa998877665";
    let output = run(
        &format!("discrimination_key = \"{key}\"\ndiscrimination_retention_years = 5\n"),
        &[],
        &["config", "print"],
    );
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("discrimination_key = \"***\""), "{stdout}");
    assert!(
        stdout.contains("discrimination_retention_years = 5"),
        "{stdout}"
    );
    assert!(!stdout.contains(key));
    let output = run("", &[], &["config", "print"]);
    let (stdout, _) = text(&output);
    assert!(stdout.contains("# discrimination_key: not set"), "{stdout}");
    assert!(
        stdout.contains("discrimination_retention_years = 3"),
        "{stdout}"
    );
    // A bad key is refused, naming the setting and never repeating the value.
    let output = run(
        "",
        &[("TEILHABE_DISCRIMINATION_KEY", "geheim-und-kurz")],
        &["config", "print"],
    );
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains("discrimination_key (TEILHABE_DISCRIMINATION_KEY)"),
        "{stderr}"
    );
    assert!(!stderr.contains("geheim"), "{stderr}");
    // purge takes the configured period; the variable wins over the file.
    let output = run(
        "discrimination_retention_years = 5\n",
        &[],
        &["discrimination", "purge", "--dry-run"],
    );
    assert!(
        text(&output).0.starts_with("deletion period: 5 years"),
        "{:?}",
        text(&output)
    );
    let output = run(
        "discrimination_retention_years = 5\n",
        &[("TEILHABE_DISCRIMINATION_RETENTION_YEARS", "7")],
        &["discrimination", "purge", "--dry-run"],
    );
    assert!(
        text(&output).0.starts_with("deletion period: 7 years"),
        "{:?}",
        text(&output)
    );
}
