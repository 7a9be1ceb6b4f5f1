//! Hostile files against the running server and the real CLI, with the default limits: the
//! 1.6 KB workbook that claims A1:XFD1048576, a zip bomb, 60 MB of empty CSV cells. Each gets an
//! error naming the limit, `/healthz` keeps answering during and after, nothing is stored.

use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_testkit::hostile::{
    empty_cells_csv, sparse_cells_xlsx, sparse_dimension_xlsx, zip_bomb_xlsx,
};
use teilhabe_testkit::{BACKENDS, Backend, row_counts};

use crate::site::{Site, demo_monitoring_file, teilhabe, upload};

const WORKBOOK_MAPPING: &str = "frauen-untypische-berufe.mapping.toml";
const TABLE_MAPPING: &str = "vhs-kurse-kinderbetreuung.mapping.toml";

/// The hostile uploads: (file name, bytes, mapping, what the error must name).
fn hostile_files() -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    vec![
        (
            "sparse.xlsx",
            sparse_dimension_xlsx(),
            WORKBOOK_MAPPING,
            "declares the dimension A1:XFD1048576",
        ),
        // Without a dimension the two corner cells are read as they are (within the limits:
        // a million empty rows and one row of 16,384 cells) and lack the header.
        (
            "corners.xlsx",
            sparse_cells_xlsx(),
            WORKBOOK_MAPPING,
            "no header row has all the columns",
        ),
        (
            "bomb.xlsx",
            zip_bomb_xlsx(80 * 1024 * 1024),
            WORKBOOK_MAPPING,
            "TEILHABE_MAX_TABLE_BYTES",
        ),
        (
            "empty.csv",
            empty_cells_csv(60_000_000, b','),
            TABLE_MAPPING,
            "TEILHABE_MAX_TABLE_CELLS",
        ),
    ]
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_uploads_get_an_error_and_the_server_keeps_answering() {
    for backend in BACKENDS {
        hostile_uploads(backend).await;
    }
}

async fn hostile_uploads(backend: Backend) {
    let site = Site::start(backend).await;
    let token = site.token("statistician", None).await;
    let files = hostile_files();
    assert!(
        files[0].1.len() < 2048,
        "the sparse workbook is tiny: {}",
        files[0].1.len()
    );
    assert!(files[2].1.len() < 1024 * 1024, "the bomb is small");
    let before = row_counts(&site.database.url).await;
    assert!(
        before.values().filter(|rows| **rows > 0).count() > 3,
        "the demo's tables are counted: {before:?}"
    );

    // All at once, while the health check is asked again and again.
    let mut uploads = Vec::new();
    for (name, bytes, mapping, expected) in files {
        let url = site.url("/api/v1/imports/table");
        let token = token.clone();
        uploads.push(tokio::spawn(async move {
            let response = reqwest::Client::new()
                .post(url)
                .bearer_auth(&token)
                .multipart(upload(
                    &[
                        ("file", name, bytes),
                        ("mapping", mapping, demo_monitoring_file(mapping)),
                    ],
                    &[],
                ))
                .send()
                .await
                .unwrap();
            let status = response.status();
            let body: Value = response.json().await.unwrap();
            (name, expected, status, body)
        }));
    }
    let health = site.anonymous();
    let mut answered = 0;
    while uploads.iter().any(|upload| !upload.is_finished()) {
        let response = health.get(site.url("/healthz")).send().await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "healthz during the uploads"
        );
        answered += 1;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert!(answered > 0);
    for upload in uploads {
        let (name, expected, status, body) = upload.await.unwrap();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {body}");
        let message = body["error"]["problems"][0]["message"].as_str().unwrap();
        assert!(message.starts_with(name), "{name}: {message}");
        assert!(message.contains(expected), "{name}: {message}");
        if name != "corners.xlsx" {
            assert!(message.contains("the limit is"), "{name}: {message}");
        }
    }
    let response = health.get(site.url("/healthz")).send().await.unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "healthz after the uploads"
    );

    // The upload form of the imports page takes the same path.
    let (stella, csrf) = site.sign_in("stella").await;
    let response = stella
        .post(site.url("/importe/tabelle"))
        .multipart(upload(
            &[
                ("datei", "sparse.xlsx", sparse_dimension_xlsx()),
                (
                    "zuordnung",
                    WORKBOOK_MAPPING,
                    demo_monitoring_file(WORKBOOK_MAPPING),
                ),
            ],
            &[("csrf", &csrf)],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("declares the dimension A1:XFD1048576"),
        "{html}"
    );
    // Signing in stored a session; nothing else changed.
    let mut after = row_counts(&site.database.url).await;
    let mut expected = before.clone();
    assert_eq!(after.remove("sessions"), Some(expected["sessions"] + 1));
    expected.remove("sessions");
    assert_eq!(after, expected, "{backend:?}: nothing stored");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cli_refuses_hostile_tables_and_measure_files_naming_the_limit() {
    let site = Site::start(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let before = row_counts(&site.database.url).await;
    assert!(
        before.values().filter(|rows| **rows > 0).count() > 3,
        "the demo's tables are counted: {before:?}"
    );
    let sparse = directory.path().join("sparse.xlsx");
    std::fs::write(&sparse, sparse_dimension_xlsx()).unwrap();
    let mapping = directory.path().join("sparse.mapping.toml");
    std::fs::write(&mapping, demo_monitoring_file(WORKBOOK_MAPPING)).unwrap();

    for args in [
        vec!["import", "table", sparse.to_str().unwrap()],
        vec!["import", "measures", sparse.to_str().unwrap()],
    ] {
        let output = teilhabe(&site.database, &args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(
            stderr.contains("declares the dimension A1:XFD1048576")
                && stderr.contains("TEILHABE_MAX_TABLE_CELLS"),
            "{args:?}: {stderr}"
        );
    }

    // A limit set lower refuses a file the default lets through, naming the setting.
    let measures = directory.path().join("measures.csv");
    std::fs::write(
        &measures,
        "title_de;recommendations;working_group\nSprachcafé;sport-1;sport\n",
    )
    .unwrap();
    let output = teilhabe(
        &site.database,
        &[
            "--max-table-cells",
            "4",
            "import",
            "measures",
            "--dry-run",
            measures.to_str().unwrap(),
        ],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("the limit is 4 cells") && stderr.contains("table_cells"),
        "{stderr}"
    );
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "measures",
            "--dry-run",
            measures.to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        row_counts(&site.database.url).await,
        before,
        "nothing stored"
    );
}

#[test]
fn limits_come_from_the_file_the_environment_and_flags() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("teilhabe.toml");
    std::fs::write(
        &file,
        "[limits]\ntable_cells = 500\ntable_rows = 70\nparse_slots = 3\n",
    )
    .unwrap();
    let output = std::process::Command::new(crate::TEILHABE)
        .args(["--config", file.to_str().unwrap(), "config", "print"])
        .args(["--max-table-rows", "80"])
        .env("TEILHABE_MAX_CELL_BYTES", "999")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    for line in [
        "table_bytes = 67108864",
        "table_cells = 500",
        "table_rows = 80",
        "cell_bytes = 999",
        "parse_slots = 3",
    ] {
        assert!(stdout.contains(line), "{line}: {stdout}");
    }
    for (text, expected) in [
        (
            "[limits]\ntable_cells = 0\n",
            "`table_cells` (TEILHABE_MAX_TABLE_CELLS) must be at least 1",
        ),
        ("[limits]\ntable_celts = 5\n", "table_celts"),
    ] {
        std::fs::write(&file, text).unwrap();
        let output = std::process::Command::new(crate::TEILHABE)
            .args(["--config", file.to_str().unwrap(), "config", "print"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success());
        assert!(stderr.contains(expected), "{stderr}");
    }
}
