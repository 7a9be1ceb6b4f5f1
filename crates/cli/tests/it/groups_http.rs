//! Working groups over real HTTP, both ways: who may change a group does (and it shows), who may
//! not gets 403 and changes nothing; the public sees only the names of members who consented.

use reqwest::{Client, StatusCode, header};
use teilhabe_testkit::{BACKENDS, Backend};

use crate::site::{Site, text};

const SPORT: &str = "/arbeitsgruppen/sport";

async fn add_member(
    site: &Site,
    client: &Client,
    csrf: &str,
    field: &str,
    person: &str,
    consent: bool,
) -> reqwest::Response {
    let mut form = vec![
        ("csrf", csrf),
        ("person", person),
        ("organisation", "Stadtsportbund"),
    ];
    if consent {
        form.push(("name_public", "yes"));
    }
    client
        .post(site.url(&format!("/arbeitsgruppen/{field}/mitglieder")))
        .form(&form)
        .send()
        .await
        .unwrap()
}

async fn add_meeting(
    site: &Site,
    client: &Client,
    csrf: &str,
    field: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = form.to_vec();
    form.push(("csrf", csrf));
    client
        .post(site.url(&format!("/arbeitsgruppen/{field}/sitzungen")))
        .form(&form)
        .send()
        .await
        .unwrap()
}

fn meeting(decisions: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("date", "2026-03-12"),
        ("participants", "9"),
        ("decisions", decisions),
    ]
}

/// The ids of the members' remove forms on the group page.
fn member_ids(page: &str) -> Vec<i64> {
    page.match_indices("/mitglieder/")
        .filter_map(|(at, marker)| {
            let rest = &page[at + marker.len()..];
            rest.split('/').next()?.parse().ok()
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_the_fields_editor_adds_members_and_meetings_others_get_403() {
    for backend in BACKENDS {
        let site = Site::start(backend).await;
        let (anna, anna_csrf) = site.sign_in("anna").await;

        // Allowed: the sport editor adds a member and a meeting, and the page shows both.
        let response = add_member(&site, &anna, &anna_csrf, "sport", "Frau Erlaubt", true).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{backend:?}");
        assert_eq!(response.headers()[header::LOCATION], SPORT);
        let response =
            add_meeting(&site, &anna, &anna_csrf, "sport", &meeting("Liga startet")).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "{backend:?}");
        let page = text(&anna, &site.url(SPORT)).await;
        assert!(page.contains("Frau Erlaubt"), "{backend:?}");
        assert!(page.contains("Liga startet"), "{backend:?}");
        assert!(page.contains("12. März 2026"), "{backend:?}: {page}");

        // Refused: the school editor, a viewer and a statistician get 403 for the sport group.
        for login in ["carla", "vera", "stella"] {
            let (client, csrf) = site.sign_in(login).await;
            let person = format!("Abgelehnt {login}");
            let response = add_member(&site, &client, &csrf, "sport", &person, true).await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{login} {backend:?}"
            );
            let decisions = format!("Verboten {login}");
            let response = add_meeting(&site, &client, &csrf, "sport", &meeting(&decisions)).await;
            assert_eq!(
                response.status(),
                StatusCode::FORBIDDEN,
                "{login} {backend:?}"
            );
            // Their own page shows no forms for the sport group.
            let page = text(&client, &site.url(SPORT)).await;
            assert!(
                !page.contains("/sport/mitglieder\""),
                "{login} sees no form"
            );
        }
        // The public is sent to sign in.
        let public = site.anonymous();
        let response = add_member(&site, &public, "", "sport", "Anonym", true).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        let location = response.headers()[header::LOCATION].to_str().unwrap();
        assert!(location.starts_with("/anmelden?weiter="), "{location}");

        // Nothing refused was stored.
        let page = text(&anna, &site.url(SPORT)).await;
        assert!(!page.contains("Abgelehnt"), "{backend:?}");
        assert!(!page.contains("Verboten"), "{backend:?}");
        assert!(!page.contains("Anonym"), "{backend:?}");

        // The school editor may change her own group: the rule is the field, not the role.
        let (carla, carla_csrf) = site.sign_in("carla").await;
        let response = add_member(&site, &carla, &carla_csrf, "schule", "Herr Schule", true).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert!(
            text(&carla, &site.url("/arbeitsgruppen/schule"))
                .await
                .contains("Herr Schule")
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_only_the_fields_editor_removes_a_member() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, anna_csrf) = site.sign_in("anna").await;
    for person in ["Frau Bleibt", "Herr Geht"] {
        let response = add_member(&site, &anna, &anna_csrf, "sport", person, true).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let page = text(&anna, &site.url(SPORT)).await;
    let ids = member_ids(&page);
    assert_eq!(ids.len(), 2, "{page}");
    // Members are listed by name: "Frau Bleibt" before "Herr Geht".
    let goes = ids[1];
    let remove = format!("{SPORT}/mitglieder/{goes}/entfernen");

    let (carla, carla_csrf) = site.sign_in("carla").await;
    let response = carla
        .post(site.url(&remove))
        .form(&[("csrf", carla_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(text(&anna, &site.url(SPORT)).await.contains("Herr Geht"));

    let response = anna
        .post(site.url(&remove))
        .form(&[("csrf", anna_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = text(&anna, &site.url(SPORT)).await;
    assert!(!page.contains("Herr Geht"), "removed");
    assert!(page.contains("Frau Bleibt"), "the other stays");
    // Removing again is no error: the group is as asked.
    let again = anna
        .post(site.url(&remove))
        .form(&[("csrf", anna_csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_the_public_sees_consenting_names_a_signed_in_viewer_all() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;
    for (person, consent) in [("Frau Verborgen", false), ("Herr Offen", true)] {
        let response = add_member(&site, &anna, &csrf, "sport", person, consent).await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
    }
    let public = text(&site.anonymous(), &site.url(SPORT)).await;
    assert!(public.contains("Herr Offen"), "a consenting name is public");
    assert!(
        !public.contains("Frau Verborgen"),
        "no name without consent"
    );
    assert!(
        public.contains("Stadtsportbund"),
        "the organisation is public"
    );
    assert!(!public.contains("Name nicht öffentlich"), "no editor badge");

    let (vera, _) = site.sign_in("vera").await;
    let internal = text(&vera, &site.url(SPORT)).await;
    assert!(internal.contains("Frau Verborgen") && internal.contains("Herr Offen"));
    assert!(
        !internal.contains("/sport/mitglieder\""),
        "a viewer gets no form"
    );
    // The editor also sees whose name is withheld from the public.
    let editor = text(&anna, &site.url(SPORT)).await;
    assert!(editor.contains("Name nicht öffentlich"));

    // A chair without consent: the overview names the organisation to the public, the person to
    // accounts.
    let response = anna
        .post(site.url(&format!("{SPORT}/mitglieder")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("person", "Frau Vorsitz"),
            ("organisation", "Kreissportbund"),
            ("chair", "yes"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let public = text(&site.anonymous(), &site.url("/arbeitsgruppen")).await;
    assert!(public.contains("Vorsitz: Kreissportbund"), "{public}");
    assert!(!public.contains("Frau Vorsitz"));
    let internal = text(&vera, &site.url("/arbeitsgruppen")).await;
    assert!(
        internal.contains("Vorsitz: Frau Vorsitz (Kreissportbund)"),
        "{internal}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn groups_a_refused_form_marks_its_fields_and_stores_nothing() {
    let site = Site::start(Backend::Sqlite).await;
    let (anna, csrf) = site.sign_in("anna").await;

    let response = anna
        .post(site.url(&format!("{SPORT}/mitglieder")))
        .form(&[
            ("csrf", csrf.as_str()),
            ("person", "Frau Ohne Verein"),
            ("organisation", " "),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"id="organisation-error""#), "{page}");
    assert!(!page.contains(r#"id="person-error""#), "{page}");
    assert!(
        page.contains(r##"href="#organisation""##),
        "the summary links the field"
    );
    assert!(
        page.contains(r#"value="Frau Ohne Verein""#),
        "the input is kept"
    );

    let bad = [
        ("date", "12.03.2026"),
        ("participants", "-1"),
        ("decisions", "Liga"),
    ];
    let response = add_meeting(&site, &anna, &csrf, "sport", &bad).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"id="meeting-date-error""#), "{page}");
    assert!(page.contains(r#"id="participants-error""#), "{page}");
    assert!(!page.contains(r#"id="decisions-error""#), "{page}");
    assert!(page.contains("Bitte eine ganze Zahl angeben, 0 oder mehr."));

    let page = text(&anna, &site.url(SPORT)).await;
    assert!(!page.contains("Frau Ohne Verein"), "no member stored");
    assert!(
        page.contains("Noch keine Sitzung eingetragen."),
        "no meeting stored"
    );

    // An unknown group: the sport editor may not change it, an administrator finds nothing.
    let response = add_member(&site, &anna, &csrf, "gibt-es-nicht", "Frau X", true).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = anna
        .get(site.url("/arbeitsgruppen/gibt-es-nicht"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let (admin, admin_csrf) = site.sign_in("admin").await;
    let response = add_member(&site, &admin, &admin_csrf, "gibt-es-nicht", "Frau X", true).await;
    assert_eq!(
        response.status(),
        StatusCode::NOT_FOUND,
        "an administrator may, but there is no such group"
    );
}
