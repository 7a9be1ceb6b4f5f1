//! Who may see and change which measure, proven both ways over HTTP: every rule has a case where
//! it allows and one where it refuses, by form and by API (the rules live in
//! `teilhabe_app::measures`; the pages and the API only ask).

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use teilhabe_testkit::Backend;

use crate::site::{Site, hidden, sport_form, text};

async fn status(client: &Client, url: &str) -> StatusCode {
    client.get(url).send().await.unwrap().status()
}

/// The edit link of a measure's page and the "new measure" button of the list.
const NEW_BUTTON: &str = "href=\"/massnahmen/neu\"";

fn edit_link(id: i64) -> String {
    format!("href=\"/massnahmen/{id}/bearbeiten\"")
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_changes_measures_of_their_field_and_not_of_another_by_form() {
    let site = Site::start(Backend::Sqlite).await;
    let admin = site.token("administrator", None).await;
    let id = site.sport_measure(&admin, true).await["id"]
        .as_i64()
        .unwrap();
    let edit = site.url(&format!("/massnahmen/{id}/bearbeiten"));

    // Allowed: anna edits sport, the measure's working group.
    let (anna, csrf) = site.sign_in("anna").await;
    assert!(
        text(&anna, &site.url(&format!("/massnahmen/{id}")))
            .await
            .contains(&edit_link(id))
    );
    assert_eq!(status(&anna, &edit).await, StatusCode::OK);
    let mut form = sport_form(&csrf, "Straßenfußball, neu geplant");
    form.push(("version", "1"));
    let response = anna.post(&edit).form(&form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let saved = site
        .api_json(&format!("/api/v1/measures/{id}"), &admin)
        .await;
    assert_eq!(saved["title"]["de"], "Straßenfußball, neu geplant");
    assert_eq!(saved["version"], 2);

    // Refused: carla edits schule, not sport — no edit link, 403 for the form, the save and the
    // deletion, and nothing changes.
    let (carla, csrf) = site.sign_in("carla").await;
    let detail = text(&carla, &site.url(&format!("/massnahmen/{id}"))).await;
    assert!(!detail.contains(&edit_link(id)), "carla sees no edit link");
    assert_eq!(status(&carla, &edit).await, StatusCode::FORBIDDEN);
    let mut form = sport_form(&csrf, "Übernommen");
    form.push(("version", "2"));
    let response = carla.post(&edit).form(&form).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = carla
        .post(site.url(&format!("/massnahmen/{id}/loeschen")))
        .form(&[("csrf", csrf.as_str()), ("version", "2")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    // Nor may she create a measure in sport's working group.
    let response = carla
        .post(site.url("/massnahmen/neu"))
        .form(&sport_form(&csrf, "Fremd angelegt"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let after = site
        .api_json(&format!("/api/v1/measures/{id}"), &admin)
        .await;
    assert_eq!(after["title"]["de"], "Straßenfußball, neu geplant");
    assert_eq!(after["version"], 2);

    // Allowed again: anna deletes her field's measure.
    let (anna, csrf) = site.sign_in("anna").await;
    let response = anna
        .post(site.url(&format!("/massnahmen/{id}/loeschen")))
        .form(&[("csrf", csrf.as_str()), ("version", "2")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        status(&site.anonymous(), &site.url(&format!("/massnahmen/{id}"))).await,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_changes_measures_of_their_field_and_not_of_another_by_api() {
    let site = Site::start(Backend::Sqlite).await;
    let admin = site.token("administrator", None).await;
    let sport = site.token("editor", Some("sport")).await;
    let schule = site.token("editor", Some("schule")).await;
    let id = site.sport_measure(&admin, false).await["id"]
        .as_i64()
        .unwrap();
    let url = site.url(&format!("/api/v1/measures/{id}"));
    let client = site.anonymous();
    let patch = |token: &str, body: Value| {
        client
            .patch(&url)
            .bearer_auth(token.to_owned())
            .json(&body)
            .send()
    };

    // Refused first, so the version is still 1: the editor of schule may not change sport's.
    let response = patch(&schule, json!({"version": 1, "contact": "Schulamt"}))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "forbidden");
    // Allowed: the editor of sport may.
    let response = patch(&sport, json!({"version": 1, "contact": "Sportamt"}))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let stored = site
        .api_json(&format!("/api/v1/measures/{id}"), &admin)
        .await;
    assert_eq!(stored["contact"], "Sportamt");
    assert_eq!(stored["version"], 2);

    // Creating: in one's own working group yes, in another's no.
    let new = |token: &str| {
        client
            .post(site.url("/api/v1/measures"))
            .bearer_auth(token.to_owned())
            .json(&json!({
                "title": {"de": "Vereinsnacht"},
                "recommendations": ["sport-1"],
                "working_group": "sport",
            }))
            .send()
    };
    assert_eq!(new(&schule).await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(new(&sport).await.unwrap().status(), StatusCode::CREATED);

    // Deleting: refused for schule, allowed for sport.
    let delete = |token: &str| {
        client
            .delete(format!("{url}?version=2"))
            .bearer_auth(token.to_owned())
            .send()
    };
    assert_eq!(
        delete(&schule).await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        delete(&sport).await.unwrap().status(),
        StatusCode::NO_CONTENT
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_new_measure_button_and_form_are_for_those_who_may_create() {
    let site = Site::start(Backend::Sqlite).await;
    let new = site.url("/massnahmen/neu");

    // Allowed: an editor with a working group and an administrator.
    for login in ["anna", "admin"] {
        let (client, _) = site.sign_in(login).await;
        let list = text(&client, &site.url("/massnahmen")).await;
        assert!(list.contains(NEW_BUTTON), "{login} sees the button");
        let response = client.get(&new).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{login} gets the form");
        let form = response.text().await.unwrap();
        assert!(
            form.contains("name=\"title_de\""),
            "{login}: a measure form"
        );
    }
    // The editor's form starts in their own working group.
    let (anna, _) = site.sign_in("anna").await;
    let form = text(&anna, &new).await;
    assert!(form.contains("<option value=\"sport\" selected"), "{form}");
    assert!(
        !form.contains("<option value=\"schule\""),
        "only her own group"
    );

    // Refused: a viewer and a statistician see no button and get 403; the public is sent to
    // the login and sees no button either.
    for login in ["vera", "stella"] {
        let (client, csrf) = site.sign_in(login).await;
        let list = text(&client, &site.url("/massnahmen")).await;
        assert!(!list.contains(NEW_BUTTON), "{login} sees no button");
        assert_eq!(
            status(&client, &new).await,
            StatusCode::FORBIDDEN,
            "{login}"
        );
        let response = client
            .post(&new)
            .form(&sport_form(&csrf, "Ohne Recht"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{login} posts");
    }
    let public = site.anonymous();
    assert!(
        !text(&public, &site.url("/massnahmen"))
            .await
            .contains(NEW_BUTTON)
    );
    let response = public.get(&new).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert!(
        response.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/anmelden")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_sees_published_measures_only_and_a_viewer_sees_all() {
    let site = Site::start(Backend::Sqlite).await;
    let admin = site.token("administrator", None).await;
    let viewer_token = site.token("viewer", None).await;
    let hidden_id = site.sport_measure(&admin, false).await["id"]
        .as_i64()
        .unwrap();
    let shown_id = site.sport_measure(&admin, true).await["id"]
        .as_i64()
        .unwrap();
    let hidden_link = format!("href=\"/massnahmen/{hidden_id}\"");
    let shown_link = format!("href=\"/massnahmen/{shown_id}\"");

    // The public: the published one in list, page and API; the unpublished one nowhere.
    let public = site.anonymous();
    let list = text(&public, &site.url("/massnahmen")).await;
    assert!(list.contains(&shown_link));
    assert!(!list.contains(&hidden_link));
    assert_eq!(
        status(&public, &site.url(&format!("/massnahmen/{shown_id}"))).await,
        StatusCode::OK
    );
    assert_eq!(
        status(&public, &site.url(&format!("/massnahmen/{hidden_id}"))).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        status(&public, &site.url(&format!("/api/v1/measures/{hidden_id}"))).await,
        StatusCode::NOT_FOUND
    );
    let listed: Value = public
        .get(site.url("/api/v1/measures"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let ids: Vec<i64> = listed["measures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_i64().unwrap())
        .collect();
    assert!(
        ids.contains(&shown_id) && !ids.contains(&hidden_id),
        "{ids:?}"
    );
    let csv = text(&public, &site.url("/massnahmen/download/csv")).await;
    assert_eq!(
        csv.matches("Straßenfußball im Quartier").count(),
        1,
        "the public file holds the published one only"
    );

    // A viewer: both, in list, page, API and file — but no edit link.
    let (vera, _) = site.sign_in("vera").await;
    let list = text(&vera, &site.url("/massnahmen")).await;
    assert!(list.contains(&shown_link) && list.contains(&hidden_link));
    let detail = vera
        .get(site.url(&format!("/massnahmen/{hidden_id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(detail.status(), StatusCode::OK);
    assert!(!detail.text().await.unwrap().contains(&edit_link(hidden_id)));
    let listed = site.api_json("/api/v1/measures", &viewer_token).await;
    assert!(
        listed["measures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["id"] == hidden_id)
    );
    let csv = text(&vera, &site.url("/massnahmen/download/csv")).await;
    assert_eq!(csv.matches("Straßenfußball im Quartier").count(), 2);
    // The viewer's session still carries a CSRF token like any other.
    assert!(!hidden(&list, "csrf").is_empty());
}
