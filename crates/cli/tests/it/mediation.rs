//! Language mediation over HTTP and the command line, on the demo site: the public demand
//! (page and API), who sees which requests, the monitoring figure, the accounting export.

use calamine::{Data, Reader, Xlsx};
use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, shown_token, teilhabe, text};

/// The rows of the sheet `name` of an XLSX file.
fn sheet(bytes: Vec<u8>, name: &str) -> Vec<Vec<Data>> {
    let mut workbook: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let range = workbook.worksheet_range(name).unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn column_total(table: &Value, column: &str) -> Option<u64> {
    let index = table["columns"]
        .as_array()?
        .iter()
        .position(|c| c == column)?;
    table["table"]["column_totals"][index]["value"].as_u64()
}

#[tokio::test]
async fn the_demand_is_public_and_requests_are_seen_by_their_institution_and_the_office() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let public = site.anonymous();

        // The public demand: the demo year's 600 requests, counts protected.
        let demand: Value = public
            .get(site.url("/api/v1/mediation/demand"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(demand["requests"]["value"], 600, "{backend:?}");
        let by_language = &demand["by_language"];
        let unserved = column_total(by_language, "unserved").unwrap();
        let served = column_total(by_language, "served").unwrap();
        assert!(unserved > 0 && served > unserved, "{unserved} {served}");
        let missing = demand["languages_without_mediators"].as_array().unwrap();
        assert!(missing.iter().any(|l| l == "ti"), "{missing:?}");
        // By action field and funding source: every request counted once in each.
        for table in ["by_field", "by_funding"] {
            let total = demand[table]["table"]["total"]["value"].as_u64();
            assert_eq!(total, Some(600), "{table}");
        }
        let fields = demand["by_field"]["rows"].as_array().unwrap();
        assert!(fields.iter().any(|f| f == "elementar"), "{fields:?}");
        let sources = demand["by_funding"]["rows"].as_array().unwrap();
        assert_eq!(sources, &["kommune", "land-nrw"]);
        assert_eq!(demand["costs_by_funding"].as_array().unwrap().len(), 2);
        assert!(demand["costs_total"]["allowance_cents"].as_i64().unwrap() > 0);
        let page = text(&public, &site.url("/sprachmittlung/bedarf")).await;
        assert!(page.contains("Sprachmittlung: Bedarf"));
        assert!(page.contains("id=\"by-field\"") && page.contains("id=\"costs-by-funding\""));
        assert!(page.contains("Land NRW (Förderung Sprachmittlerpool)"));
        assert!(
            page.contains("<span>Elementarbereich</span>"),
            "the field by its title"
        );
        // Districts by the names of the city's settings, not their codes.
        let by_district = &page[page.find("id=\"by-district\"").unwrap()..];
        let by_district = &by_district[..by_district.find("</table>").unwrap()];
        assert!(by_district.contains("<span>Mitte</span>"), "{by_district}");
        assert!(!by_district.contains("<span>01</span>"), "{by_district}");
        // Languages by name, the endonym beside it in its own language.
        assert!(page.contains(
            "<th scope=\"row\" class=\"kern-table__cell\"><span>Tigrinya</span> (<span lang=\"ti\" dir=\"auto\">ትግርኛ</span>)</th>"
        ));

        // Requests: not for the public, not for other staff; the office sees all.
        let answer = public
            .get(site.url("/api/v1/mediation/requests"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
        let viewer = site.token("viewer", None).await;
        let answer = public
            .get(site.url("/api/v1/mediation/requests"))
            .bearer_auth(&viewer)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        let admin = site.token("administrator", None).await;
        let all = site.api_json("/api/v1/mediation/requests", &admin).await;
        assert_eq!(all["count"], 600);
        let (vera, _) = site.sign_in("vera").await;
        let answer = vera
            .get(site.url("/sprachmittlung/anfragen"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        let answer = public
            .get(site.url("/sprachmittlung/anfragen"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::SEE_OTHER);

        // An institution's account sees exactly its own requests.
        for args in [
            &["user", "add", "--login", "jc", "--role", "requester"][..],
            &["institutions", "member", "jc", "jobcenter"][..],
        ] {
            let output = teilhabe(&site.database, args);
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        let (jc, _) = site.sign_in("jc").await;
        let own: Value = jc
            .get(site.url("/api/v1/mediation/requests"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let rows = own["requests"].as_array().unwrap();
        let expected = all["requests"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["institution"] == "jobcenter")
            .count();
        assert!(expected > 0);
        assert_eq!(rows.len(), expected);
        assert!(rows.iter().all(|r| r["institution"] == "jobcenter"));
        let page = text(&jc, &site.url("/sprachmittlung/anfragen")).await;
        assert_eq!(page.matches("id=\"anfrage-").count(), expected);

        // The job centre's own software asks with a token made for the job centre: the same
        // requests. A requester's token needs its institution, named at the field.
        let (admin_session, csrf) = site.sign_in("admin").await;
        let create = |institution: &'static str| {
            admin_session
                .post(site.url("/verwaltung/token"))
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("name", "Fachverfahren"),
                    ("role", "requester"),
                    ("field", ""),
                    ("institution", institution),
                ])
                .send()
        };
        let refused = create("").await.unwrap();
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = refused.text().await.unwrap();
        assert!(
            page.contains("href=\"#token-institution\"")
                && page.contains("handelt für eine Einrichtung"),
            "{page}"
        );
        let page = create("jobcenter").await.unwrap().text().await.unwrap();
        let token = shown_token(&page);
        let answer = site.api_json("/api/v1/mediation/requests", &token).await;
        assert_eq!(answer["requests"], own["requests"], "{backend:?}");
        let requester_token = |more: &[&str]| {
            let base = [
                "user",
                "token",
                "--login",
                "admin",
                "--name",
                "Fachverfahren",
                "--role",
                "requester",
            ];
            teilhabe(&site.database, &[&base[..], more].concat())
        };
        let output = requester_token(&["--institution", "jobcenter"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let token = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let answer = site.api_json("/api/v1/mediation/requests", &token).await;
        assert_eq!(answer["count"], expected);
        let output = requester_token(&[]);
        assert!(!output.status.success());
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("acts for one institution"),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );

        // The monitoring figure is the share of unserved requests the dashboard counts.
        let output = teilhabe(&site.database, &["mediation", "publish", "--year", "2026"]);
        let said = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "{said}");
        let tenths = (unserved * 2000 + 600) / 1200;
        assert!(
            said.contains(&format!(
                "{}.{} % of 600 requests unserved",
                tenths / 10,
                tenths % 10
            )),
            "{said}"
        );

        // The accounting export of a month.
        let output = teilhabe(
            &site.database,
            &["mediation", "export", "--month", "2026-03"],
        );
        let csv = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success());
        assert!(csv.starts_with(
            "mediator_id,mediator,month,assignments,minutes,hours,km,allowance_eur\n"
        ));
        assert!(csv.lines().count() > 5, "{csv}");
        let output = teilhabe(&site.database, &["mediation", "export", "--month", "März"]);
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("month"));

        // The same month as XLSX: the rows of the CSV, read back with calamine.
        let directory = tempfile::tempdir().unwrap();
        let file = directory.path().join("abrechnung.xlsx");
        let output = teilhabe(
            &site.database,
            &[
                "mediation",
                "export",
                "--month",
                "2026-03",
                "--format",
                "xlsx",
                "--output",
                file.to_str().unwrap(),
            ],
        );
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let accounting = sheet(std::fs::read(&file).unwrap(), "Abrechnung 2026-03");
        let from_csv: Vec<Vec<String>> = csv
            .lines()
            .map(|line| line.split(',').map(str::to_owned).collect())
            .collect();
        assert_eq!(accounting.len(), from_csv.len());
        for (row, line) in accounting.iter().zip(&from_csv).skip(1) {
            assert_eq!(row[1], Data::String(line[1].clone()));
            for column in [3, 4, 6] {
                assert_eq!(
                    row[column],
                    Data::Float(line[column].parse().unwrap()),
                    "{line:?}"
                );
            }
            let euros: f64 = line[7].parse().unwrap();
            assert_eq!(row[7], Data::Float(euros), "{line:?}");
        }
        // XLSX needs a file.
        let output = teilhabe(
            &site.database,
            &[
                "mediation",
                "export",
                "--month",
                "2026-03",
                "--format",
                "xlsx",
            ],
        );
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("--output"));

        // The annual report: every request of the demo year, by language and funding source.
        let output = teilhabe(&site.database, &["mediation", "report", "--year", "2026"]);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report = String::from_utf8_lossy(&output.stdout).into_owned();
        let lines: Vec<Vec<&str>> = report.lines().map(|l| l.split(',').collect()).collect();
        assert_eq!(lines[0][..4], ["year", "language", "funding", "requests"]);
        let grand = lines.last().unwrap();
        assert_eq!(grand[1..4], ["_T", "_T", "600"], "{report}");
        let by_language: u64 = lines[1..]
            .iter()
            .filter(|l| l[1] != "_T")
            .map(|l| l[3].parse::<u64>().unwrap())
            .sum();
        assert_eq!(by_language, 600);
        // The unserved column agrees with the public demand's (unprotected there: ≥ 3).
        assert_eq!(grand[5].parse::<u64>().unwrap(), unserved);

        // The office downloads the report as XLSX from the pool page; others may not.
        let output = teilhabe(
            &site.database,
            &[
                "user",
                "add",
                "--login",
                "koord",
                "--role",
                "mediation-coordinator",
            ],
        );
        assert!(output.status.success());
        let (koord, _) = site.sign_in("koord").await;
        let pool = text(&koord, &site.url("/sprachmittlung/pool")).await;
        assert!(pool.contains("action=\"/sprachmittlung/jahresbericht\""));
        let answer = koord
            .get(site.url("/sprachmittlung/jahresbericht?jahr=2026&format=xlsx"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        assert!(
            answer.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains("sprachmittlung-jahresbericht-2026.xlsx")
        );
        let rows = sheet(answer.bytes().await.unwrap().to_vec(), "Jahresbericht 2026");
        assert_eq!(rows.len(), lines.len());
        let last = rows.last().unwrap();
        assert_eq!(last[3], Data::Float(600.0));
        let answer = koord
            .get(site.url("/sprachmittlung/abrechnung?monat=2026-03&format=csv"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        assert_eq!(answer.text().await.unwrap(), csv);
        // A wrong month or year: the pool page again, the error naming its field.
        let answer = koord
            .get(site.url("/sprachmittlung/abrechnung?monat=M%C3%A4rz&format=xlsx"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let page = answer.text().await.unwrap();
        assert!(page.contains("id=\"monat-error\""), "{page}");
        assert!(page.contains("href=\"#monat\">Monat:"));
        assert!(page.contains("value=\"März\""), "what was typed stays");
        let answer = koord
            .get(site.url("/sprachmittlung/jahresbericht?jahr=zwei&format=csv"))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(answer.text().await.unwrap().contains("id=\"jahr-error\""));
        for client in [&vera, &jc] {
            let answer = client
                .get(site.url("/sprachmittlung/jahresbericht?jahr=2026&format=csv"))
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), StatusCode::FORBIDDEN);
            let answer = client
                .get(site.url("/sprachmittlung/abrechnung?monat=2026-03&format=csv"))
                .send()
                .await
                .unwrap();
            assert_eq!(answer.status(), StatusCode::FORBIDDEN);
        }
    }
}
