//! Mapping rules that keep or drop rows, and the unit check, through the real server and CLI:
//! the result says how many rows each rule left out; a unit that does not match the indicator is
//! refused with the valid units, and nothing is stored.

use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_testkit::Backend;

use crate::site::{Site, demo_monitoring_file, teilhabe, upload};

const GENESIS: &str = "schulabgaenge-genesis_flat";

/// The demo GENESIS file as a download for two districts: Bielefeld and Gütersloh.
fn two_regions() -> (Vec<u8>, usize) {
    let text = String::from_utf8(demo_monitoring_file(&format!("{GENESIS}.csv"))).unwrap();
    let mut both = text.clone();
    let mut rows = 0;
    for row in text.lines().skip(1) {
        both.push_str(&row.replace(
            ";05711;Bielefeld, kreisfreie Stadt;",
            ";05754;Gütersloh, Kreis;",
        ));
        both.push('\n');
        rows += 1;
    }
    (both.into_bytes(), rows)
}

fn mapping_with(rule: &str) -> Vec<u8> {
    let mapping =
        String::from_utf8(demo_monitoring_file(&format!("{GENESIS}.mapping.toml"))).unwrap();
    format!("{rule}\n{mapping}").into_bytes()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_keep_rule_imports_one_region_and_says_how_many_rows_it_dropped() {
    let site = Site::start(Backend::Sqlite).await;
    let statistician = site.token("statistician", None).await;
    let client = site.anonymous();
    let (file, rows) = two_regions();
    let post = |mapping: Vec<u8>, dry_run: bool| {
        client
            .post(site.url(&format!("/api/v1/imports/table?dry_run={dry_run}")))
            .bearer_auth(&statistician)
            .multipart(upload(
                &[
                    ("file", "schulabgaenge_flat.csv", file.clone()),
                    ("mapping", "m.toml", mapping),
                ],
                &[],
            ))
            .send()
    };

    // Without a rule, the other region's code is refused.
    let response = post(mapping_with(""), true).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert!(error.to_string().contains("code `05754`"), "{error}");

    let response = post(mapping_with("keep = { KREISE = [\"05711\"] }"), true)
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let report: Value = response.json().await.unwrap();
    assert_eq!(
        report["figures"].as_u64().unwrap() as usize,
        rows,
        "{report}"
    );
    assert_eq!(
        report["dropped"],
        serde_json::json!([{"rule": "keep", "column": "KREISE", "codes": ["05711"], "rows": rows}])
    );

    // So does the imports page (a dry run through the form).
    let (stella, csrf) = site.sign_in("stella").await;
    let html = stella
        .post(site.url("/importe/tabelle"))
        .multipart(upload(
            &[
                ("datei", "schulabgaenge_flat.csv", file.clone()),
                (
                    "zuordnung",
                    "m.toml",
                    mapping_with("keep = { KREISE = [\"05711\"] }"),
                ),
            ],
            &[("csrf", csrf.as_str()), ("probelauf", "1")],
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        html.contains(&format!(
            "{rows} Zeilen ausgelassen, weil ihr Code nicht in der Regel keep steht: KREISE = 05711"
        )),
        "{html}"
    );

    // The command line says the same.
    let directory = tempfile::tempdir().unwrap();
    let data = directory.path().join("zwei_flat.csv");
    std::fs::write(&data, &file).unwrap();
    let mapping = directory.path().join("zwei_flat.mapping.toml");
    std::fs::write(&mapping, mapping_with("keep = { KREISE = [\"05711\"] }")).unwrap();
    let output = teilhabe(
        &site.database,
        &["import", "table", data.to_str().unwrap(), "--dry-run"],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(
        stdout.contains(&format!(
            "{rows} rows dropped: KREISE not one of 05711 (keep)"
        )),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn counts_in_a_percent_indicator_are_refused_without_units_in_the_mapping() {
    let site = Site::start(Backend::Sqlite).await;
    let statistician = site.token("statistician", None).await;
    let file = String::from_utf8(demo_monitoring_file("kita-u3-quote.csv"))
        .unwrap()
        .replace(",Prozent,", ",Anzahl,");
    let mapping = String::from_utf8(demo_monitoring_file("kita-u3-quote.mapping.toml"))
        .unwrap()
        .replace("[units]\n\"Prozent\" = \"percent\"\n", "");
    let before: Value = site
        .anonymous()
        .get(site.url("/api/v1/imports"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let response = site
        .anonymous()
        .post(site.url("/api/v1/imports/table"))
        .bearer_auth(&statistician)
        .multipart(upload(
            &[
                ("file", "kita.csv", file.into_bytes()),
                ("mapping", "kita.mapping.toml", mapping.into_bytes()),
            ],
            &[],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    let message = error["error"]["problems"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "kita.csv, line 2, column 6 (Units): unit `Anzahl` is count, but indicator `kita-u3-quote` is measured in percent; valid units: `percent`"
        ),
        "{message}"
    );
    let after: Value = site
        .anonymous()
        .get(site.url("/api/v1/imports"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(before["count"], after["count"], "nothing was stored");
}
