//! openapi.json is a contract (issue 11, "guarded contracts"): every route of the JSON API is
//! documented with each method the router answers, and every answer the demo site gives —
//! successes and errors (400, 401, 403, 404, 409, 422) — has a documented status, content type
//! and a body that validates against the documented schema (JSON Schema 2020-12, the dialect of
//! OpenAPI 3.1).

use std::collections::BTreeSet;

use reqwest::{Client, Method, StatusCode, header};
use serde_json::{Value, json};
use teilhabe_testkit::Backend;

use crate::site::Site;

/// The served OpenAPI document and the failures found so far.
struct Contract {
    spec: Value,
    failures: Vec<String>,
    checked: usize,
}

impl Contract {
    async fn of(site: &Site) -> Contract {
        let spec: Value = site
            .anonymous()
            .get(site.url("/api/v1/openapi.json"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        Contract {
            spec,
            failures: Vec::new(),
            checked: 0,
        }
    }

    /// Sends `request` (for the documented `template` path) and checks its answer.
    async fn check(
        &mut self,
        template: &str,
        request: reqwest::RequestBuilder,
        expected: StatusCode,
    ) -> Value {
        let request = request.build().unwrap();
        let method = request.method().as_str().to_ascii_lowercase();
        let shown = format!("{} {}", request.method(), request.url());
        let response = Client::new().execute(request).await.unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .to_owned();
        let bytes = response.bytes().await.unwrap();
        self.checked += 1;
        if status != expected {
            self.failures.push(format!(
                "{shown}: status {status}, expected {expected}: {}",
                String::from_utf8_lossy(&bytes)
            ));
        }
        let documented = &self.spec["paths"][template][&method]["responses"][status.as_str()];
        if !documented.is_object() {
            self.failures.push(format!(
                "{shown}: status {status} is not documented for {method} {template}"
            ));
            return Value::Null;
        }
        let Some(content) = documented["content"].as_object() else {
            if !bytes.is_empty() {
                self.failures
                    .push(format!("{shown}: {status} documents no body but has one"));
            }
            return Value::Null;
        };
        let media = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_owned();
        let Some(schema) = content.get(&media).map(|media| &media["schema"]) else {
            self.failures.push(format!(
                "{shown}: content type `{content_type}` is not documented for {status} (documented: {:?})",
                content.keys().collect::<Vec<_>>()
            ));
            return Value::Null;
        };
        let body: Value = match serde_json::from_slice(&bytes) {
            Ok(body) => body,
            Err(error) => {
                self.failures
                    .push(format!("{shown}: the body is not JSON ({error})"));
                return Value::Null;
            }
        };
        // The schema with the document's components beside it, so that its `$ref`s resolve.
        let mut root = schema.clone();
        if let Some(object) = root.as_object_mut() {
            object.insert("components".into(), self.spec["components"].clone());
        }
        let validator = jsonschema::draft202012::new(&root)
            .unwrap_or_else(|error| panic!("schema of {method} {template} {status}: {error}"));
        for error in validator.iter_errors(&body) {
            self.failures.push(format!(
                "{shown}: {status} body breaks the schema at `{}`: {error}",
                error.instance_path()
            ));
        }
        body
    }
}

/// (a) The router's API paths (the list it is built from) and the methods it answers on each
/// (its `Allow` header for a method no route has) are exactly the documented ones.
#[tokio::test(flavor = "multi_thread")]
async fn openapi_documents_every_api_route_and_method() {
    let site = Site::start(Backend::Sqlite).await;
    let contract = Contract::of(&site).await;
    let documented: BTreeSet<String> = contract.spec["paths"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let paths = teilhabe_web::api_paths();
    assert!(
        paths.len() >= 10,
        "the router lists its API routes: {paths:?}"
    );
    let mut failures = Vec::new();
    for path in &paths {
        let concrete = path.replace("{id}", "1").replace("{slug}", "sport");
        let response = site
            .anonymous()
            .request(
                Method::from_bytes(b"PROPFIND").unwrap(),
                site.url(&concrete),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{path}: an unknown method"
        );
        let allowed: BTreeSet<String> = response
            .headers()
            .get(header::ALLOW)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .split(',')
            .map(|method| method.trim().to_ascii_lowercase())
            .filter(|method| !method.is_empty() && method != "head" && method != "options")
            .collect();
        assert!(!allowed.is_empty(), "{path}: no Allow header");
        let in_document: BTreeSet<String> = contract.spec["paths"][*path]
            .as_object()
            .map(|operations| {
                operations
                    .keys()
                    .filter(|key| *key != "parameters")
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        if allowed != in_document {
            failures.push(format!(
                "{path}: the router answers {allowed:?}, openapi.json documents {in_document:?}"
            ));
        }
    }
    let routed: BTreeSet<String> = paths.iter().map(ToString::to_string).collect();
    for stale in documented.difference(&routed) {
        failures.push(format!("{stale}: documented but not routed"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (b) Real answers of the demo site, for every GET path with real ids and for the errors,
/// validate against the documented schemas.
#[tokio::test(flavor = "multi_thread")]
async fn openapi_answers_of_the_demo_site_validate_against_their_schemas() {
    let site = Site::start(Backend::Sqlite).await;
    let admin = site.token("administrator", None).await;
    let viewer = site.token("viewer", None).await;
    let mut c = Contract::of(&site).await;
    let client = site.anonymous();
    let get = |path: &str| client.get(site.url(path));
    let ok = StatusCode::OK;

    c.check("/healthz", get("/healthz"), ok).await;
    c.check("/api/v1/openapi.json", get("/api/v1/openapi.json"), ok)
        .await;
    c.check("/api/v1/concept", get("/api/v1/concept"), ok).await;
    let fields = c.check("/api/v1/fields", get("/api/v1/fields"), ok).await;
    let slugs: Vec<String> = fields["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|field| field["slug"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(slugs.len(), 11, "the demo concept's fields");
    for slug in &slugs {
        c.check(
            "/api/v1/fields/{slug}",
            get(&format!("/api/v1/fields/{slug}")),
            ok,
        )
        .await;
    }
    let field = "/api/v1/fields/{slug}";
    c.check(
        field,
        get("/api/v1/fields/gibt-es-nicht"),
        StatusCode::NOT_FOUND,
    )
    .await;
    c.check(field, get("/api/v1/fields/%FF"), StatusCode::BAD_REQUEST)
        .await;
    let recommendations = "/api/v1/recommendations";
    for query in ["", "?q=sport", "?field=sport", "?q=sprache&field=schule"] {
        c.check(
            recommendations,
            get(&format!("{recommendations}{query}")),
            ok,
        )
        .await;
    }
    c.check(
        recommendations,
        get("/api/v1/recommendations?field=gibt-es-nicht"),
        StatusCode::NOT_FOUND,
    )
    .await;
    c.check(
        recommendations,
        get("/api/v1/recommendations?q=a&q=b"),
        StatusCode::BAD_REQUEST,
    )
    .await;

    let indicators = c
        .check("/api/v1/indicators", get("/api/v1/indicators"), ok)
        .await;
    let ids: Vec<String> = indicators["indicators"]
        .as_array()
        .expect("indicators")
        .iter()
        .map(|indicator| indicator["id"].as_str().unwrap().to_owned())
        .collect();
    assert!(!ids.is_empty(), "the demo catalogue has indicators");
    for id in &ids {
        c.check(
            "/api/v1/indicators/{id}",
            get(&format!("/api/v1/indicators/{id}")),
            ok,
        )
        .await;
        c.check(
            "/api/v1/indicators/{id}/observations",
            get(&format!("/api/v1/indicators/{id}/observations")),
            ok,
        )
        .await;
    }
    c.check(
        "/api/v1/indicators/{id}",
        get("/api/v1/indicators/gibt-es-nicht"),
        StatusCode::NOT_FOUND,
    )
    .await;
    let observations = "/api/v1/indicators/{id}/observations";
    let first = &ids[0];
    for query in [
        "?year=2023",
        "?year=9999",
        "?district=_T&sex=_T&origin=_T&age=_T",
    ] {
        c.check(
            observations,
            get(&format!("/api/v1/indicators/{first}/observations{query}")),
            ok,
        )
        .await;
    }
    for query in [
        "?year=",
        "?year=abc",
        "?year=0",
        "?year=9999999999",
        "?year=2023&year=2024",
    ] {
        c.check(
            observations,
            get(&format!("/api/v1/indicators/{first}/observations{query}")),
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    c.check(
        observations,
        get("/api/v1/indicators/gibt-es-nicht/observations"),
        StatusCode::NOT_FOUND,
    )
    .await;

    // Offers (issue 18): every public offer, filtered, and a refused value.
    let offers = "/api/v1/offers";
    let all = c.check(offers, get(offers), ok).await;
    assert!(all["count"].as_u64().unwrap_or(0) > 100, "the demo offers");
    c.check(
        offers,
        get("/api/v1/offers?cost=free&cost=free-for-refugees&childcare=true&district=01&weekday=MO&day_time=evening&language=tr&gender=women&accessibility=step-free&category=course&low_threshold=true&q=Kurs"),
        ok,
    )
    .await;
    c.check(
        offers,
        get("/api/v1/offers?cost=cheap"),
        StatusCode::BAD_REQUEST,
    )
    .await;

    // Measures: public and with a token, one by one, and the errors of each method.
    let list = "/api/v1/measures";
    let public = c.check(list, get(list), ok).await;
    c.check(list, get(list).bearer_auth(&admin), ok).await;
    c.check(
        list,
        get("/api/v1/measures?status=a&status=b"),
        StatusCode::BAD_REQUEST,
    )
    .await;
    let measure_ids: Vec<i64> = public["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .map(|measure| measure["id"].as_i64().unwrap())
        .collect();
    assert!(
        !measure_ids.is_empty(),
        "the demo site has published measures"
    );
    let one = "/api/v1/measures/{id}";
    for id in measure_ids.iter().take(5) {
        c.check(one, get(&format!("/api/v1/measures/{id}")), ok)
            .await;
    }
    c.check(one, get("/api/v1/measures/999999"), StatusCode::NOT_FOUND)
        .await;
    for bad in ["null,null", "abc", "99999999999999999999"] {
        c.check(
            one,
            get(&format!("/api/v1/measures/{bad}")),
            StatusCode::BAD_REQUEST,
        )
        .await;
    }
    let post = |token: Option<&str>, body: Value| {
        let request = client.post(site.url(list)).json(&body);
        match token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    };
    let valid = json!({
        "title": {"de": "Vertragsprüfung"},
        "recommendations": ["sport-3"],
        "working_group": "sport",
        "published": false,
    });
    c.check(list, post(None, valid.clone()), StatusCode::UNAUTHORIZED)
        .await;
    c.check(
        list,
        post(Some(&viewer), valid.clone()),
        StatusCode::FORBIDDEN,
    )
    .await;
    c.check(
        list,
        post(Some(&admin), json!([1])),
        StatusCode::BAD_REQUEST,
    )
    .await;
    c.check(
        list,
        post(Some(&admin), json!({"title": {"de": ""}})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let created = c
        .check(list, post(Some(&admin), valid), StatusCode::CREATED)
        .await;
    let id = created["id"].as_i64().expect("created id");
    let url = site.url(&format!("/api/v1/measures/{id}"));
    c.check(one, client.get(&url), StatusCode::NOT_FOUND).await;
    c.check(one, client.get(&url).bearer_auth(&viewer), ok)
        .await;
    let patch = |token: &str, body: Value| client.patch(&url).bearer_auth(token).json(&body);
    c.check(
        one,
        client.patch(&url).json(&json!({"version": 1})),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    c.check(
        one,
        patch(&viewer, json!({"version": 1, "progress": 5})),
        StatusCode::FORBIDDEN,
    )
    .await;
    c.check(
        one,
        patch(&admin, json!({"progress": 5})),
        StatusCode::BAD_REQUEST,
    )
    .await;
    c.check(
        one,
        patch(&admin, json!({"version": 1, "progress": 500})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    c.check(
        one,
        client
            .patch(site.url("/api/v1/measures/999999"))
            .bearer_auth(&admin)
            .json(&json!({"version": 1})),
        StatusCode::NOT_FOUND,
    )
    .await;
    c.check(
        one,
        patch(&admin, json!({"version": 99, "progress": 5})),
        StatusCode::CONFLICT,
    )
    .await;
    c.check(
        one,
        patch(&admin, json!({"version": 1, "title": {"de": ""}})),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    c.check(
        one,
        patch(&admin, json!({"version": 1.0, "progress": 5})),
        ok,
    )
    .await;
    c.check(one, client.delete(&url), StatusCode::UNAUTHORIZED)
        .await;
    c.check(
        one,
        client.delete(&url).bearer_auth(&viewer),
        StatusCode::FORBIDDEN,
    )
    .await;
    c.check(
        one,
        client.delete(&url).bearer_auth(&admin),
        StatusCode::NO_CONTENT,
    )
    .await;
    c.check(
        one,
        client.delete(&url).bearer_auth(&admin),
        StatusCode::NOT_FOUND,
    )
    .await;
    c.check(
        one,
        client
            .delete(site.url("/api/v1/measures/null,null"))
            .bearer_auth(&admin),
        StatusCode::BAD_REQUEST,
    )
    .await;

    // Imports: the list, and the refusals of an upload.
    let imports = "/api/v1/imports";
    c.check(imports, get(imports).bearer_auth(&admin), ok).await;
    let table = "/api/v1/imports/table";
    c.check(
        table,
        client.post(site.url(table)),
        StatusCode::UNAUTHORIZED,
    )
    .await;
    c.check(
        table,
        client.post(site.url(table)).bearer_auth(&viewer),
        StatusCode::FORBIDDEN,
    )
    .await;
    c.check(
        table,
        client
            .post(site.url("/api/v1/imports/table?dry_run=vielleicht"))
            .bearer_auth(&admin),
        StatusCode::BAD_REQUEST,
    )
    .await;

    assert!(c.checked >= 60, "{} answers checked", c.checked);
    assert!(
        c.failures.is_empty(),
        "{} of {} answers break openapi.json:\n{}",
        c.failures.len(),
        c.checked,
        c.failures.join("\n")
    );
}
