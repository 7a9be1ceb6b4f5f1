//! `/importe` over HTTP on SQLite and PostgreSQL: the upload forms first, the history below it
//! a page at a time, filtered by indicator and source, each import linked to exactly its entries
//! in the audit log (for those who may read it).

use reqwest::{Client, StatusCode};
use serde_json::Value;
use teilhabe_testkit::BACKENDS;

use crate::site::{Site, text};

/// The numbers of the imports a history page lists, in order.
fn listed(html: &str) -> Vec<i64> {
    numbers_after(html, "<tr class=\"kern-table__row\" id=\"import-")
}

/// The numbers written right after each `marker` in `html`.
fn numbers_after(html: &str, marker: &str) -> Vec<i64> {
    html.match_indices(marker)
        .map(|(at, _)| {
            let rest = &html[at + marker.len()..];
            let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap();
            rest[..end].parse().unwrap()
        })
        .collect()
}

/// Every import as the API lists it, newest first: (id, source, periods).
async fn all_imports(site: &Site) -> Vec<(i64, String, String)> {
    let body: Value = reqwest::get(site.url("/api/v1/imports"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["imports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_i64().unwrap(),
                i["source"].as_str().unwrap().to_owned(),
                i["periods"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The (indicator, years) an import's periods text names: "a 2014–2023; b 2020".
fn periods(text: &str) -> Vec<(String, Vec<i32>)> {
    text.split("; ")
        .map(|period| {
            let (indicator, years) = period.split_once(' ').unwrap();
            let (first, last) = years.split_once('–').unwrap_or((years, years));
            let (first, last): (i32, i32) = (first.parse().unwrap(), last.parse().unwrap());
            (indicator.to_owned(), (first..=last).collect())
        })
        .collect()
}

async fn page(client: &Client, site: &Site, query: &[(&str, &str)]) -> (StatusCode, String) {
    let url = reqwest::Url::parse_with_params(&site.url("/importe"), query).unwrap();
    let response = client.get(url).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_import_history_is_paged_filtered_and_linked_to_the_audit_log() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let imports = all_imports(&site).await;
        assert!(
            imports.len() > 20,
            "the demo has more than a page of imports"
        );
        let ids: Vec<i64> = imports.iter().map(|(id, _, _)| *id).collect();
        let (admin, _) = site.sign_in("admin").await;

        // The upload forms first, then the history: the newest 20, and a link to the rest.
        let (status, first) = page(&admin, &site, &[]).await;
        assert_eq!(status, StatusCode::OK);
        let upload = first.find("action=\"/importe/tabelle\"").unwrap();
        let history = first.find("id=\"import-history\"").unwrap();
        assert!(
            upload < history,
            "{backend:?}: the upload form stands above the history"
        );
        assert_eq!(listed(&first), ids[..20], "{backend:?}");
        assert!(
            first.contains(&format!("{} Importe gefunden.", ids.len())),
            "{backend:?}"
        );
        assert!(first.contains("href=\"/importe?seite=2#import-history\" rel=\"next\""));
        assert!(!first.contains("rel=\"prev\""), "no page before the first");
        assert!(first.contains("Seite 1 von 2"), "{backend:?}");

        let (_, second) = page(&admin, &site, &[("seite", "2")]).await;
        assert_eq!(listed(&second), ids[20..], "{backend:?}");
        assert!(second.contains("href=\"/importe#import-history\" rel=\"prev\""));
        assert!(!second.contains("rel=\"next\""), "no page after the last");
        // Past the end: the last page; not a number: the first.
        let (_, beyond) = page(&admin, &site, &[("seite", "99")]).await;
        assert_eq!(listed(&beyond), ids[20..], "{backend:?}");
        let (status, garbage) = page(&admin, &site, &[("seite", "zwei")]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(listed(&garbage), ids[..20], "{backend:?}");

        // By source: exactly the imports naming it, and the filter keeps its choice.
        let (_, source, _) = &imports[imports.len() / 2];
        let expected: Vec<i64> = imports
            .iter()
            .filter(|(_, s, _)| s == source)
            .map(|(id, _, _)| *id)
            .collect();
        let (_, by_source) = page(&admin, &site, &[("quelle", source)]).await;
        assert_eq!(listed(&by_source), expected, "{backend:?}: {source}");
        assert!(by_source.contains("Filter zurücksetzen"));

        // By indicator: an import bringing two indicators is found under either of them.
        let (two_id, _, two_periods) = imports
            .iter()
            .find(|(_, _, p)| periods(p).len() > 1)
            .expect("a demo import with two indicators");
        let two = periods(two_periods);
        for (indicator, _) in &two {
            let expected: Vec<i64> = imports
                .iter()
                .filter(|(_, _, p)| periods(p).iter().any(|(i, _)| i == indicator))
                .map(|(id, _, _)| *id)
                .collect();
            assert!(expected.contains(two_id));
            let (_, by_indicator) = page(&admin, &site, &[("kennzahl", indicator)]).await;
            assert_eq!(listed(&by_indicator), expected, "{backend:?}: {indicator}");
            assert!(
                by_indicator.contains(&format!("<option value=\"{indicator}\" selected")),
                "{backend:?}: the filter shows its choice"
            );
        }
        let (_, nothing) = page(&admin, &site, &[("kennzahl", "gibt-es-nicht")]).await;
        assert_eq!(listed(&nothing), Vec::<i64>::new());
        assert!(nothing.contains("Kein Import gefunden."), "{backend:?}");

        // The audit link shows exactly the entries that import wrote: one per period.
        let link = format!("/verwaltung/protokoll?import={two_id}");
        assert!(
            first.contains(&format!("href=\"{link}\""))
                || second.contains(&format!("href=\"{link}\"")),
            "{backend:?}: the history links {link}"
        );
        let log = text(&admin, &site.url(&link)).await;
        assert!(
            log.contains(&format!("Einträge des Imports Nr. {two_id}.")),
            "{backend:?}: the page says whose entries it shows"
        );
        let rows = numbers_after(&log, "<tr class=\"kern-table__row\" id=\"audit-");
        let expected: usize = two.iter().map(|(_, years)| years.len()).sum();
        assert_eq!(rows.len(), expected, "{backend:?}: {log}");
        for (indicator, years) in &two {
            for year in years {
                assert!(
                    log.contains(&format!("{indicator}/{year}")),
                    "{backend:?}: {indicator}/{year}"
                );
            }
        }
        assert_eq!(
            log.matches(&format!("from import #{two_id} (")).count(),
            expected,
            "{backend:?}: every row is that import's"
        );
        // A number that is none: the field's error next to it and in the summary.
        let bad = admin
            .get(site.url("/verwaltung/protokoll?import=sechzehn"))
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let bad = bad.text().await.unwrap();
        assert!(bad.contains("id=\"audit-import-error\""), "{bad}");
        assert!(bad.contains("href=\"#audit-import\""), "{bad}");
        assert!(bad.contains("aria-invalid=\"true\""), "{bad}");

        // Who may not read the audit log gets no link; the public does not see who imported.
        let (stella, _) = site.sign_in("stella").await;
        let (_, statistician) = page(&stella, &site, &[]).await;
        assert!(statistician.contains("action=\"/importe/tabelle\""));
        assert!(!statistician.contains("/verwaltung/protokoll?import="));
        let (_, public) = page(&site.anonymous(), &site, &[]).await;
        assert_eq!(listed(&public), ids[..20], "{backend:?}");
        assert!(!public.contains("/verwaltung/protokoll?import="));
        assert!(!public.contains("action=\"/importe/tabelle\""));
        let refused = stella.get(site.url(&link)).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    }
}
