//! The measures list as a file: what the visitor sees, in the columns the import reads.

use reqwest::{StatusCode, header};
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::site::{Site, teilhabe};

/// The rows of a CSV download, header first.
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_list_downloads_as_csv_and_xlsx_and_imports_again_unchanged() {
    let site = Site::start(Backend::Sqlite).await;
    let admin_token = site.token("administrator", None).await;
    let hidden = site.sport_measure(&admin_token, false).await;
    let public = site.anonymous();

    let list = public
        .get(site.url("/massnahmen?arbeitsgruppe=sport"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        list.contains("href=\"/massnahmen/download/csv?arbeitsgruppe=sport\""),
        "the download keeps the list's filter"
    );

    // The public file holds exactly the published measures, in the import's columns.
    let response = public
        .get(site.url("/massnahmen/download/csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("massnahmen-bielefeld.csv")
    );
    let rows = csv_rows(&response.bytes().await.unwrap());
    assert_eq!(rows[0], teilhabe_domain::measure::COLUMNS);
    let api: Value = public
        .get(site.url("/api/v1/measures"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let published: Vec<String> = api["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].to_string())
        .collect();
    let ids: Vec<String> = rows[1..].iter().map(|row| row[0].clone()).collect();
    assert_eq!(ids, published);
    assert!(
        !ids.contains(&hidden["id"].to_string()),
        "unpublished stays internal"
    );

    // The filter applies; the working group column says so.
    let sport = csv_rows(
        &public
            .get(site.url("/massnahmen/download/csv?arbeitsgruppe=sport"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap(),
    );
    let group = rows[0].iter().position(|c| c == "working_group").unwrap();
    assert!(
        sport.len() > 1 && sport.len() < rows.len(),
        "{}",
        sport.len()
    );
    assert!(sport[1..].iter().all(|row| row[group] == "sport"));

    // Staff get the unpublished measure too, as XLSX; importing the file back changes nothing.
    let (admin, _) = site.sign_in("admin").await;
    let response = admin
        .get(site.url("/massnahmen/download/xlsx"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"PK"), "an XLSX file is a zip archive");
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("massnahmen.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let output = teilhabe(
        &site.database,
        &["import", "measures", path.to_str().unwrap(), "--dry-run"],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let all = site.api_json("/api/v1/measures", &admin_token).await["count"]
        .as_u64()
        .unwrap();
    assert!(
        all as usize > published.len(),
        "the demo has unpublished measures too"
    );
    assert!(
        stdout.contains(&format!("would create 0, would change 0, {all} unchanged")),
        "{stdout}"
    );

    let unknown = public
        .get(site.url("/massnahmen/download/pdf"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}
