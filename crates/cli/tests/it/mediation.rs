//! Language mediation over HTTP and the command line, on the demo site: the public demand
//! (page and API), who sees which requests, the monitoring figure, the accounting export.

use reqwest::StatusCode;
use serde_json::Value;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, teilhabe, text};

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
        let page = text(&public, &site.url("/sprachmittlung/bedarf")).await;
        assert!(page.contains("Sprachmittlung: Bedarf"));
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
    }
}
