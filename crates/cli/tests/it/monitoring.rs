//! Monitoring through the real binary: `indicators load`, `import table` on SQLite and
//! PostgreSQL (every format, a bad file, a re-import), then the server's API, pages and
//! downloads — the figures exactly as imported, and a suppressed figure never shown as 0.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_store::{AuditFilter, DatabaseUrl, Store};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase, TestServer, workspace_root};

use crate::TEILHABE;

fn run(database: &str, args: &[&str]) -> Output {
    Command::new(TEILHABE)
        .arg("--database")
        .arg(database)
        .args(args)
        .env("USER", "statistikerin")
        .output()
        .expect("run teilhabe")
}

fn demo_dir() -> PathBuf {
    workspace_root().join("data/demo/monitoring")
}

fn catalogue_ids() -> Vec<String> {
    let mut ids: Vec<String> =
        std::fs::read_dir(workspace_root().join("data/indicators/bielefeld"))
            .unwrap()
            .map(|entry| {
                entry
                    .unwrap()
                    .path()
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
    ids.sort();
    ids
}

fn prepare(database: &str) {
    let concept = workspace_root().join("data/concept/bielefeld.toml");
    let output = run(database, &["concept", "load", concept.to_str().unwrap()]);
    assert!(output.status.success(), "{output:?}");
    let catalogue = workspace_root().join("data/indicators/bielefeld");
    let output = run(
        database,
        &["indicators", "load", catalogue.to_str().unwrap()],
    );
    assert!(output.status.success(), "{output:?}");
}

fn import(database: &str, file: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["import", "table", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(database, &args)
}

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn get_json(url: &str) -> (StatusCode, Value) {
    let response = reqwest::get(url).await.unwrap();
    (response.status(), response.json().await.unwrap())
}

async fn get_text(url: &str) -> (StatusCode, String) {
    let response = reqwest::get(url).await.unwrap();
    (response.status(), response.text().await.unwrap())
}

/// The long CSV demo file as rows of named cells.
fn portal_rows(name: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(demo_dir().join(name)).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            headers
                .iter()
                .zip(record.unwrap().iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

fn origin_code(label: &str) -> &'static str {
    match label {
        "mit Migrationshintergrund" => "MH",
        "ohne Migrationshintergrund" => "NO_MH",
        "Ausländer/-innen" => "FOREIGN",
        "Deutsche" => "DE",
        _ => "_T",
    }
}

fn sex_code(label: &str) -> &'static str {
    match label {
        "weiblich" => "F",
        "männlich" => "M",
        _ => "_T",
    }
}

fn district_code(geo: &str) -> String {
    geo.strip_prefix("05711").unwrap_or("_T").to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn import_every_format_refuse_a_bad_file_and_replace_on_reimport() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let url = database.url.as_str();
        prepare(url);
        for file in [
            "schulabgaenge-genesis_flat.csv",
            "arbeitslosenquote-genesis-alt_flat.csv",
            "gymnasium-uebergang-klassisch.csv",
            "sportverein-mitgliedschaft.xlsx",
            "kita-u3-quote.csv",
        ] {
            let output = import(url, &demo_dir().join(file), &[]);
            let (stdout, stderr) = text(&output);
            assert!(output.status.success(), "{backend:?} {file}: {stderr}");
            assert!(stdout.contains("DEMO data"), "{stdout}");
        }
        let dry_run = import(
            url,
            &demo_dir().join("gymnasium-uebergang-klassisch.csv"),
            &["--dry-run"],
        );
        let (stdout, _) = text(&dry_run);
        assert!(stdout.contains("windows-1252"), "{stdout}");
        assert!(
            stdout.contains("replaces 5 stored figures with 5 (0 changed)"),
            "{stdout}"
        );
        assert!(stdout.contains("dry run: nothing was stored"), "{stdout}");

        let store = Store::open(&DatabaseUrl::parse(url).unwrap())
            .await
            .unwrap();
        let imports_before = store.imports("bielefeld").await.unwrap().len();
        let audit_before = store
            .audit_log(&AuditFilter::default())
            .await
            .unwrap()
            .len();

        // A bad copy: one value broken on line 4, one code unknown on line 6.
        let directory = tempfile::tempdir().unwrap();
        let original = std::fs::read_to_string(demo_dir().join("kita-u3-quote.csv")).unwrap();
        let mut lines: Vec<String> = original.lines().map(ToOwned::to_owned).collect();
        let mut cells: Vec<String> = lines[3].split(',').map(ToOwned::to_owned).collect();
        cells[6] = "3O.1".into();
        lines[3] = cells.join(",");
        let mut cells: Vec<String> = lines[5].split(',').map(ToOwned::to_owned).collect();
        cells[4] = "0571199".into();
        lines[5] = cells.join(",");
        let bad = directory.path().join("kita-u3-quote.csv");
        std::fs::write(&bad, lines.join("\n")).unwrap();
        std::fs::copy(
            demo_dir().join("kita-u3-quote.mapping.toml"),
            directory.path().join("kita-u3-quote.mapping.toml"),
        )
        .unwrap();
        let output = import(url, &bad, &[]);
        let (_, stderr) = text(&output);
        assert!(
            !output.status.success(),
            "{backend:?}: a bad file was accepted"
        );
        assert!(stderr.contains("line 4, column 7 (Value)"), "{stderr}");
        assert!(
            stderr.contains("line 6, column 5 (GeoCode): code `0571199`"),
            "{stderr}"
        );
        assert!(stderr.contains("nothing was imported"), "{stderr}");
        assert_eq!(
            store.imports("bielefeld").await.unwrap().len(),
            imports_before
        );
        assert_eq!(
            store
                .audit_log(&AuditFilter::default())
                .await
                .unwrap()
                .len(),
            audit_before,
            "a refused import leaves no trace"
        );

        // A corrected re-delivery of 2023: the period is replaced, and the audit log says so.
        let rows: Vec<String> = original
            .lines()
            .enumerate()
            .filter(|(index, line)| *index == 0 || line.starts_with("2023,"))
            .map(|(_, line)| line.to_owned())
            .collect();
        let mut cells: Vec<String> = rows[1].split(',').map(ToOwned::to_owned).collect();
        let old_value = cells[6].clone();
        cells[6] = "41.7".into();
        let mut fixed = rows.clone();
        fixed[1] = cells.join(",");
        std::fs::write(&bad, fixed.join("\n") + "\n").unwrap();
        let output = import(url, &bad, &[]);
        let (stdout, stderr) = text(&output);
        assert!(output.status.success(), "{stderr}");
        assert!(
            stdout.contains("kita-u3-quote 2023: replaces 13 stored figures with 13 (1 changed)"),
            "{stdout}"
        );
        let log = store
            .audit_log(&AuditFilter {
                entity_type: Some("indicator_period".into()),
                entity_id: Some("kita-u3-quote/2023".into()),
                import_id: None,
                limit: None,
            })
            .await
            .unwrap();
        assert_eq!(log[0].entry.action, "import.replace", "{backend:?}");
        assert_eq!(log[0].entry.actor, "cli:statistikerin");
        assert_eq!(log[1].entry.action, "import.create");
        store.close().await;

        let server = TestServer::start(TEILHABE, url, &[]);
        let (status, body) =
            get_json(&server.url(
                "/api/v1/indicators/kita-u3-quote/observations?year=2023&district=_T&origin=_T",
            ))
            .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(
            body["observations"][0]["value_text"], "41.7",
            "was {old_value}"
        );
        let (_, html) = get_text(&server.url("/importe")).await;
        assert!(html.contains("kita-u3-quote.csv"), "{backend:?}");
        assert!(
            html.contains("ersetzt 13 Werte"),
            "the imports page shows the replacement"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_api_returns_exactly_the_imported_values_and_statuses() {
    let database = TestDatabase::new(Backend::Postgres).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    for (indicator, file) in [
        ("kita-u3-quote", "kita-u3-quote.csv"),
        ("zugehoerigkeit", "zugehoerigkeit.csv"),
        ("sgb2-quote", "sgb2-quote.csv"),
        ("einbuergerungsquote", "einbuergerungsquote.csv"),
    ] {
        let (status, body) =
            get_json(&server.url(&format!("/api/v1/indicators/{indicator}/observations"))).await;
        assert_eq!(status, StatusCode::OK);
        let observations = body["observations"].as_array().unwrap();
        let rows = portal_rows(file);
        assert_eq!(observations.len(), rows.len(), "{indicator}");
        assert_eq!(body["demo"], true);
        assert_eq!(body["unit"], "percent");
        assert!(body["source"]["de"].as_str().unwrap().len() > 5);
        for row in &rows {
            let found = observations
                .iter()
                .find(|o| {
                    o["year"].as_i64() == row["Year"].parse::<i64>().ok()
                        && o["district"] == district_code(&row["GeoCode"]).as_str()
                        && o["sex"] == sex_code(&row["Geschlecht"])
                        && o["origin"] == origin_code(&row["Herkunft"])
                })
                .unwrap_or_else(|| panic!("{indicator} {row:?} not in the API"));
            assert_eq!(found["status"], row["Status"].as_str(), "{row:?}");
            if row["Value"] == "." {
                assert_eq!(found["value"], Value::Null, "a secret value is never 0");
                assert_eq!(found["value_text"], Value::Null);
                assert_eq!(found["sign"], ".");
            } else {
                assert_eq!(found["value_text"], row["Value"].as_str(), "{row:?}");
                assert_eq!(
                    found["value"].as_f64().unwrap(),
                    row["Value"].parse::<f64>().unwrap()
                );
            }
            let footnotes: Vec<&str> = found["footnotes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f.as_str().unwrap())
                .collect();
            if row["Footnote"].is_empty() {
                assert!(footnotes.is_empty(), "{row:?}");
            } else {
                assert_eq!(footnotes, [row["Footnote"].as_str()]);
            }
            if let Some(lower) = row.get("Lower").filter(|l| !l.is_empty()) {
                assert_eq!(
                    found["lower"].as_f64().unwrap(),
                    lower.parse::<f64>().unwrap()
                );
            }
        }
    }
    // Filters select exactly the matching figures.
    let (_, body) = get_json(
        &server.url("/api/v1/indicators/seu-sprachfoerderbedarf/observations?year=2020&origin=MH"),
    )
    .await;
    assert_eq!(body["count"], 1);
    assert_eq!(body["observations"][0]["year"], 2020);
    assert_eq!(body["observations"][0]["origin"], "MH");
    let (status, body) =
        get_json(&server.url("/api/v1/indicators/kita-u3-quote/observations?year=zwanzig")).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["error"]["code"], "bad_request");
    let (status, _) = get_json(&server.url("/api/v1/indicators/nowhere/observations")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, openapi) = get_json(&server.url("/api/v1/openapi.json")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(openapi["paths"]["/api/v1/indicators/{id}/observations"].is_object());
    let (_, list) = get_json(&server.url("/api/v1/indicators")).await;
    assert_eq!(list["count"], catalogue_ids().len());
    let (_, one) = get_json(&server.url("/api/v1/indicators/abgang-ohne-abschluss")).await;
    assert_eq!(one["group"], "FOREIGN");
    assert_eq!(one["reference"], "DE");
    assert!(one["targets"][0]["judgement"]["verdict"].is_string());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_suppressed_value_is_never_zero_anywhere() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
    // Gadderbaum (03) is suppressed in every year of the day-care rate.
    let (_, body) = get_json(
        &server.url("/api/v1/indicators/kita-u3-quote/observations?year=2023&district=03"),
    )
    .await;
    let figure = &body["observations"][0];
    assert_eq!(
        (figure["value"].clone(), figure["status"].clone()),
        (Value::Null, Value::from("Q"))
    );

    // The table shows the sign and status, the map hatches the district, without a value.
    let (_, html) =
        get_text(&server.url("/indikatoren/kita-u3-quote?aufschluesselung=district")).await;
    let row = html
        .split("<th scope=\"row\" class=\"kern-table__cell\">Gadderbaum</th>")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    assert!(row.contains("geheim (.)"), "{row}");
    assert!(!row.contains(">0<") && !row.contains(">0,0"), "{row}");
    let district = html
        .split("data-district=\"03\"")
        .nth(1)
        .unwrap()
        .split("</path>")
        .next()
        .unwrap();
    assert!(district.contains("data-status=\"Q\""), "{district}");
    assert!(!district.contains("data-value"), "{district}");
    assert!(district.contains("url(#karte-hatch)"), "{district}");

    // The chart: school leavers, girls 2023 are secret in the GENESIS file.
    let (_, html) =
        get_text(&server.url("/indikatoren/abgang-ohne-abschluss?aufschluesselung=sex")).await;
    let girls = html
        .split("data-series=\"F\"")
        .nth(1)
        .unwrap()
        .split("</g><g class=\"chart-series\"")
        .next()
        .unwrap();
    assert!(
        girls.contains("class=\"chart-missing\" data-year=\"2023\" data-status=\"Q\""),
        "{girls}"
    );
    assert!(!girls.contains("data-year=\"2023\" data-value"), "{girls}");

    // Downloads: empty value with its status, in every format.
    let (_, csv_text) = get_text(&server.url("/indikatoren/kita-u3-quote/download/csv")).await;
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let mut suppressed = 0;
    for record in reader.records() {
        let record = record.unwrap();
        if &record[2] == "03" {
            assert_eq!((&record[6], &record[11], &record[13]), ("", "Q", "."));
            suppressed += 1;
        }
    }
    assert_eq!(suppressed, 10, "ten years of Gadderbaum");
    let (_, sdmx) = get_text(&server.url("/indikatoren/kita-u3-quote/download/sdmx-csv")).await;
    let mut reader = csv::Reader::from_reader(sdmx.as_bytes());
    assert_eq!(&reader.headers().unwrap()[9], "OBS_VALUE");
    for record in reader.records() {
        let record = record.unwrap();
        if &record[4] == "03" {
            assert_eq!((&record[9], &record[11]), ("", "Q"));
        } else {
            assert!(!record[9].is_empty());
        }
    }
    let (_, json) = get_json(&server.url("/indikatoren/kita-u3-quote/download/json")).await;
    for figure in json["observations"].as_array().unwrap() {
        assert_eq!(figure["district"] == "03", figure["value"].is_null());
    }
    let bytes = reqwest::get(server.url("/indikatoren/kita-u3-quote/download/xlsx"))
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    use calamine::{Data, Reader, Xlsx};
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let sheet = workbook.worksheet_range("Daten").unwrap();
    let mut rows = 0;
    for row in sheet.rows().skip(1) {
        if row[2] == Data::String("03".into()) {
            assert_eq!(row[6], Data::Empty, "{row:?}");
            assert_eq!(row[11], Data::String("Q".into()));
            rows += 1;
        } else {
            assert!(matches!(row[6], Data::Float(_)), "{row:?}");
        }
    }
    assert_eq!(rows, 10);
}

#[tokio::test(flavor = "multi_thread")]
async fn every_indicator_page_renders_on_both_backends() {
    let geometry =
        std::fs::read_to_string(workspace_root().join("data/geo/bielefeld-districts.geojson"))
            .unwrap();
    let geojson: Value = serde_json::from_str(&geometry).unwrap();
    let districts: Vec<String> = geojson["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["code"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(districts.len(), 10);
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let server = TestServer::start(TEILHABE, &database.url, &["--demo"]);
        for id in catalogue_ids() {
            let (_, definition) = get_json(&server.url(&format!("/api/v1/indicators/{id}"))).await;
            let title = definition["title"]["de"].as_str().unwrap().to_owned();
            let mut pages = vec![
                format!("/indikatoren/{id}"),
                format!("/indikatoren/{id}?lang=en"),
            ];
            for breakdown in definition["breakdowns"].as_array().unwrap() {
                pages.push(format!(
                    "/indikatoren/{id}?aufschluesselung={}",
                    breakdown.as_str().unwrap()
                ));
            }
            for page in pages {
                let (status, html) = get_text(&server.url(&page)).await;
                assert_eq!(status, StatusCode::OK, "{backend:?} {page}");
                if !page.contains("lang=en") {
                    assert!(html.contains(&title.replace('"', "&quot;")), "{page}");
                    assert!(html.contains("Demo-Daten"), "{page} marks demo data");
                }
                assert!(html.contains("id=\"latest-table\""), "{page} has the table");
                assert!(html.contains("role=\"img\""), "{page} has a chart");
                if page.contains("aufschluesselung=district") {
                    for code in &districts {
                        assert!(
                            html.contains(&format!("data-district=\"{code}\"")),
                            "{page}: district {code} is not on the map"
                        );
                    }
                }
            }
            for format in ["csv", "xlsx", "json", "sdmx-csv"] {
                let response =
                    reqwest::get(server.url(&format!("/indikatoren/{id}/download/{format}")))
                        .await
                        .unwrap();
                assert_eq!(response.status(), StatusCode::OK, "{id} {format}");
            }
        }
        for page in ["/indikatoren", "/importe", "/", "/handlungsfelder/schule"] {
            let (status, html) = get_text(&server.url(page)).await;
            assert_eq!(status, StatusCode::OK, "{page}");
            assert!(html.contains("Demo-Daten"), "{page}");
        }
        let (_, field) = get_text(&server.url("/handlungsfelder/schule")).await;
        assert!(field.contains("Kennzahlen zu diesem Handlungsfeld"));
        assert!(field.contains("/indikatoren/abgang-hochschulreife"));
        assert!(field.contains("Letzte Veränderung"));
        let (_, start) = get_text(&server.url("/")).await;
        assert!(start.contains("Die größten Abstände"));
        let (status, _) = get_text(&server.url("/indikatoren/nowhere")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }
}

/// A cube folder as the statistics engine writes it (crates/stats/src/output.rs,
/// format teilhabe-cubes-1.0): `indicators.csv` and `metadata.json`.
fn write_cubes(dir: &Path, rows: &[&str]) {
    std::fs::create_dir_all(dir).unwrap();
    let mut text = String::from(
        "indicator,time_period,breakdown,numerator,denominator,value,obs_status,exact,ci_low,ci_high,reference_value,gap_reference_difference,gap_reference_ratio,gap_reference_ci_low,gap_reference_ci_high,whole_value,gap_whole_difference,gap_whole_ratio\n",
    );
    for row in rows {
        text.push_str(row);
        text.push('\n');
    }
    std::fs::write(dir.join("indicators.csv"), text).unwrap();
    std::fs::write(
        dir.join("metadata.json"),
        r#"{"format_version": "teilhabe-cubes-1.0", "rules_version": "teilhabe-mh-1.0",
            "source": "Melderegister Bielefeld, Auszug 31.12.", "city_code": "05711000",
            "city_name": "Bielefeld", "reference_years": [2023]}"#,
    )
    .unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn import_cubes_of_the_statistics_engine() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let url = database.url.as_str();
    prepare(url);
    let directory = tempfile::tempdir().unwrap();
    let cubes = directory.path().join("cubes");
    write_cubes(
        &cubes,
        &[
            "population_mh_share,2023,AREA=_T;SEX=_T,124000,338410,36.6420,A,true,36.4800,36.8000,,,,,,,,",
            "population_mh_share,2023,AREA=01;SEX=_T,38000,81616,46.5595,A,true,46.2100,46.9000,,,,,,,,",
            "population_mh_share,2023,AREA=03;SEX=_T,,,,Q,true,,,,,,,,,,",
            "population_mh_share,2023,AREA=0201;SEX=_T,5000,15000,33.3333,A,true,,,,,,,,,,",
            "population_mh_share,2023,AREA=_T;SEX=F,60000,170000,35.2941,A,true,,,,,,,,,,",
            "segregation_mh,2023,,,,25.9120,A,true,,,,,,,,,,",
            "age_structure,2023,AGE=Y_LT18;MIGRATION_STATUS=MH,1,2,50.0000,A,true,,,,,,,,,,",
        ],
    );
    let output = run(url, &["import", "cubes", cubes.to_str().unwrap()]);
    let (stdout, stderr) = text(&output);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stdout.contains("imported 5 figures (cubes file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not in the catalogue (skipped): age_structure"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 rows at levels"),
        "the quarter is skipped: {stdout}"
    );

    let server = TestServer::start(TEILHABE, url, &[]);
    let (_, body) =
        get_json(&server.url("/api/v1/indicators/bevoelkerung-mh-anteil/observations?year=2023"))
            .await;
    let figures = body["observations"].as_array().unwrap();
    assert_eq!(figures.len(), 4, "{body}");
    let city = figures
        .iter()
        .find(|o| o["district"] == "_T" && o["sex"] == "_T")
        .unwrap();
    assert_eq!(city["value_text"], "36.6420");
    assert_eq!(city["lower"].as_f64(), Some(36.48));
    assert_eq!(city["base"], 338410);
    assert_eq!(city["demo"], false);
    let gadderbaum = figures.iter().find(|o| o["district"] == "03").unwrap();
    assert_eq!(
        (gadderbaum["value"].clone(), gadderbaum["status"].clone()),
        (Value::Null, Value::from("Q"))
    );
    let (_, body) =
        get_json(&server.url("/api/v1/indicators/segregationsindex/observations")).await;
    assert_eq!(body["observations"][0]["value_text"], "25.9120");
    let (_, html) = get_text(&server.url("/importe")).await;
    assert!(
        html.contains("teilhabe compute, teilhabe-mh-1.0"),
        "the source names the engine"
    );
    drop(server);

    // A broken row: nothing is imported, the place is named.
    let broken = directory.path().join("broken");
    write_cubes(
        &broken,
        &["population_mh_share,2022,AREA=_T;SEX=_T,1,2,50.0000,Z,true,,,,,,,,,,"],
    );
    let output = run(url, &["import", "cubes", broken.to_str().unwrap()]);
    let (_, stderr) = text(&output);
    assert!(!output.status.success());
    assert!(
        stderr.contains("indicators.csv, line 2, column 7 (obs_status)"),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_running_server_answers_with_a_new_import_at_once() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let url = database.url.as_str();
    prepare(url);
    let file = demo_dir().join("vhs-kurse-kinderbetreuung.csv");
    assert!(import(url, &file, &[]).status.success());
    let server = TestServer::start(TEILHABE, url, &[]);
    let address = server.url("/api/v1/indicators/vhs-kurse-kinderbetreuung/observations?year=2023");
    let (_, before) = get_json(&address).await;
    let old = before["observations"][0]["value_text"]
        .as_str()
        .unwrap()
        .to_owned();

    // Another process (the CLI) re-imports 2023 with a new value while the server runs.
    let directory = tempfile::tempdir().unwrap();
    let changed = directory.path().join("vhs-kurse-kinderbetreuung.csv");
    let original = std::fs::read_to_string(&file).unwrap();
    let rows: Vec<&str> = original
        .lines()
        .filter(|line| line.starts_with("Year") || line.starts_with("2023,"))
        .collect();
    let new_value = if old == "9.9" { "9.8" } else { "9.9" };
    let mut cells: Vec<&str> = rows[1].split(',').collect();
    cells[6] = new_value;
    std::fs::write(&changed, format!("{}\n{}\n", rows[0], cells.join(","))).unwrap();
    std::fs::copy(
        demo_dir().join("vhs-kurse-kinderbetreuung.mapping.toml"),
        directory
            .path()
            .join("vhs-kurse-kinderbetreuung.mapping.toml"),
    )
    .unwrap();
    assert!(import(url, &changed, &[]).status.success());

    // Answers are cached per data version, which is re-read at least every 250 ms.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let (_, after) = get_json(&address).await;
        if after["observations"][0]["value_text"] == new_value {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "still {after}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Issue 11: the field page is kept in memory for the public (and its figures per content
/// version); an import by another process (the CLI) reaches it.
#[tokio::test(flavor = "multi_thread")]
async fn a_kept_public_page_shows_an_import_by_another_process() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let url = database.url.as_str();
    prepare(url);
    let file = demo_dir().join("vhs-kurse-kinderbetreuung.csv");
    assert!(import(url, &file, &[]).status.success());
    let server = TestServer::start(TEILHABE, url, &[]);
    let page = server.url("/handlungsfelder/kultur-freizeit");
    let (status, before) = get_text(&page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!before.contains("9,9"), "{before}");
    assert_eq!(
        get_text(&page).await.1,
        before,
        "the kept page is the rendered one"
    );

    let directory = tempfile::tempdir().unwrap();
    let changed = directory.path().join("vhs-kurse-kinderbetreuung.csv");
    let original = std::fs::read_to_string(&file).unwrap();
    let rows: Vec<&str> = original
        .lines()
        .filter(|line| line.starts_with("Year") || line.starts_with("2023,"))
        .collect();
    let mut cells: Vec<&str> = rows[1].split(',').collect();
    cells[6] = "9.9";
    std::fs::write(&changed, format!("{}\n{}\n", rows[0], cells.join(","))).unwrap();
    std::fs::copy(
        demo_dir().join("vhs-kurse-kinderbetreuung.mapping.toml"),
        directory
            .path()
            .join("vhs-kurse-kinderbetreuung.mapping.toml"),
    )
    .unwrap();
    assert!(import(url, &changed, &[]).status.success());

    // The content version is re-read at least every 100 ms.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
    loop {
        let (_, after) = get_text(&page).await;
        if after.contains("9,9") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "still the old figure");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

#[test]
fn export_writes_the_figures_as_open_data() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let database = runtime.block_on(TestDatabase::new(Backend::Sqlite));
    let url = database.url.as_str();
    prepare(url);
    assert!(
        import(url, &demo_dir().join("kita-u3-quote.csv"), &[])
            .status
            .success()
    );
    let output = run(url, &["export", "indicator", "kita-u3-quote"]);
    assert!(output.status.success(), "{output:?}");
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), portal_rows("kita-u3-quote.csv").len());
    for record in &records {
        // Gadderbaum is secret: empty value, status Q, the sign kept.
        assert_eq!(&record[2] == "03", record[6].is_empty(), "{record:?}");
    }
    let output = run(
        url,
        &[
            "export",
            "indicator",
            "kita-u3-quote",
            "--format",
            "sdmx-csv",
        ],
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("STRUCTURE,STRUCTURE_ID,ACTION,"));
    let output = run(
        url,
        &["export", "indicator", "kita-u3-quote", "--format", "xlsx"],
    );
    assert!(!output.status.success(), "XLSX needs --out");
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("kita.xlsx");
    let output = run(
        url,
        &[
            "export",
            "indicator",
            "kita-u3-quote",
            "--format",
            "xlsx",
            "--out",
            file.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{output:?}");
    use calamine::Reader;
    let mut workbook: calamine::Xlsx<_> = calamine::open_workbook(&file).unwrap();
    assert_eq!(
        workbook.worksheet_range("Daten").unwrap().height(),
        records.len() + 1
    );
    let output = run(url, &["export", "indicator", "nowhere"]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("has no indicator `nowhere`"));
}
