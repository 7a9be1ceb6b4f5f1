//! The institution registry through the use cases: who loads it, who lists it, and the one
//! institution an account acts for.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use jiff::SignedDuration;
use support::account;
use teilhabe_app::accounts::{self, TokenRequest};
use teilhabe_app::institutions;
use teilhabe_app::{Actor, AppError, Clock};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::institution::Registry;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase};

const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"schule-b\"\nname = \"Schule B\"\nkind = \"school\"\n";

#[tokio::test]
async fn administrators_load_and_assign_staff_list_and_an_institution_sees_only_its_own() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let clock = Clock::fixed("2026-03-01T10:00:00Z".parse().unwrap());
    let registry = Registry::parse(REGISTRY, &["01"]).unwrap();
    let admin = account(&store, clock.now(), "admin", Role::Administrator).await;
    let viewer = account(&store, clock.now(), "viewer", Role::Viewer).await;
    let kita = account(&store, clock.now(), "kita", Role::Requester).await;
    let mediator = account(&store, clock.now(), "mediator", Role::Mediator).await;

    for refused in [&viewer, &kita] {
        let error = institutions::load(
            &store,
            &Actor::Visitor(refused.clone()),
            &registry,
            clock.now(),
        )
        .await
        .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let error = institutions::load(
        &store,
        &Actor::Visitor(Visitor::Public),
        &registry,
        clock.now(),
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Unauthenticated), "{error:?}");
    let load = institutions::load(
        &store,
        &Actor::Visitor(admin.clone()),
        &registry,
        clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(load.added, 2);

    assert_eq!(institutions::list(&store, &viewer).await.unwrap().len(), 2);
    for refused in [&kita, &mediator, &Visitor::Public] {
        assert!(institutions::list(&store, refused).await.is_err());
    }

    let error = institutions::own_institution(&store, &kita)
        .await
        .unwrap_err();
    assert!(
        matches!(error, AppError::Forbidden(_)),
        "no membership yet: {error:?}"
    );
    let error = institutions::set_membership(
        &store,
        &Actor::Visitor(viewer.clone()),
        "kita",
        Some("kita-a"),
        clock.now(),
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Forbidden(_)));
    let error = institutions::set_membership(
        &store,
        &Actor::Operator("cli:x".into()),
        "kita",
        Some("nope"),
        clock.now(),
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&error, AppError::Invalid(problems) if problems[0].field == "institution"),
        "{error:?}"
    );
    assert!(matches!(
        institutions::set_membership(
            &store,
            &Actor::Visitor(admin.clone()),
            "ghost",
            Some("kita-a"),
            clock.now()
        )
        .await,
        Err(AppError::NotFound)
    ));
    institutions::set_membership(
        &store,
        &Actor::Visitor(admin.clone()),
        "kita",
        Some("kita-a"),
        clock.now(),
    )
    .await
    .unwrap();
    let own = institutions::own_institution(&store, &kita).await.unwrap();
    assert_eq!(own.institution.code, "kita-a");
    assert!(matches!(
        institutions::own_institution(&store, &Visitor::Public).await,
        Err(AppError::Unauthenticated)
    ));

    // The institution leaves the registry: its account no longer acts for it.
    let only_school = Registry::parse(
        "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"schule-b\"\nname = \"Schule B\"\nkind = \"school\"\n",
        &["01"],
    )
    .unwrap();
    institutions::load(
        &store,
        &Actor::Operator("cli:x".into()),
        &only_school,
        clock.now(),
    )
    .await
    .unwrap();
    assert!(matches!(
        institutions::own_institution(&store, &kita).await,
        Err(AppError::Forbidden(_))
    ));
}

/// An institution's own system asks the APIs with a token made for that institution; the token
/// acts for it as a member account would, and for nobody once it leaves the registry.
#[tokio::test]
async fn a_token_acts_for_the_institution_it_was_made_for() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
            .await
            .unwrap();
        let now = "2026-03-01T10:00:00Z".parse().unwrap();
        let admin = account(&store, now, "admin", Role::Administrator).await;
        let operator = Actor::Operator("cli:x".into());
        let registry = Registry::parse(REGISTRY, &["01"]).unwrap();
        institutions::load(&store, &operator, &registry, now)
            .await
            .unwrap();
        let request = |role, institution: Option<&str>| TokenRequest {
            name: "Praxisverwaltung".into(),
            role,
            field: None,
            institution: institution.map(str::to_owned),
            lifetime: SignedDuration::from_hours(24),
        };
        for (role, refused) in [
            (Role::Requester, None),
            (Role::Reporter, Some("")),
            (Role::Provider, Some("nope")),
        ] {
            let error = accounts::create_token(&store, &admin, request(role, refused), now)
                .await
                .unwrap_err();
            assert!(
                matches!(&error, AppError::Invalid(problems) if problems[0].field == "institution"),
                "{role:?} {refused:?}: {error:?}"
            );
        }
        let kita = accounts::create_token(
            &store,
            &admin,
            request(Role::Requester, Some("kita-a")),
            now,
        )
        .await
        .unwrap();
        // Other roles act for no institution, whatever the form sent.
        accounts::create_token(&store, &admin, request(Role::Viewer, Some("kita-a")), now)
            .await
            .unwrap();
        let listed: Vec<Option<String>> =
            accounts::list_tokens(&store, &Actor::Visitor(admin.clone()))
                .await
                .unwrap()
                .into_iter()
                .map(|token| token.institution)
                .collect();
        assert_eq!(listed, [Some("kita-a".to_owned()), None], "{backend:?}");

        let signed_in = |secret: String| {
            let store = store.clone();
            async move {
                let principal = store
                    .token_principal(&accounts::tokens::hash_token(&secret), now)
                    .await
                    .unwrap()
                    .expect("a live token");
                Visitor::Signed(principal)
            }
        };
        let system = signed_in(kita.secret).await;
        let own = institutions::own_institution(&store, &system)
            .await
            .unwrap();
        assert_eq!(own.institution.code, "kita-a", "{backend:?}");
        // An account acts through its membership, never through a token's institution.
        let member = account(&store, now, "kita", Role::Requester).await;
        assert!(matches!(
            institutions::own_institution(&store, &member).await,
            Err(AppError::Forbidden(_))
        ));

        let only_school = Registry::parse(
            "format = 1\ncity = \"bielefeld\"\n[[institutions]]\ncode = \"schule-b\"\nname = \"Schule B\"\nkind = \"school\"\n",
            &["01"],
        )
        .unwrap();
        institutions::load(&store, &operator, &only_school, now)
            .await
            .unwrap();
        assert!(matches!(
            institutions::own_institution(&store, &system).await,
            Err(AppError::Forbidden(_))
        ));
        let error = accounts::create_token(
            &store,
            &admin,
            request(Role::Requester, Some("kita-a")),
            now,
        )
        .await
        .unwrap_err();
        assert!(
            matches!(&error, AppError::Invalid(_)),
            "inactive: {error:?}"
        );
        database.destroy().await;
    }
}
