//! Content translations through the use cases (issue 14): who may translate which language, the
//! work list, and the outdated flag that a German edit sets and a new translation clears.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::Timestamp;
use teilhabe_app::accounts::passwords::Hashing;
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_app::concept::{self, SaveNote};
use teilhabe_app::translations::{self, Saved};
use teilhabe_app::{Actor, AppError, Clock};
use teilhabe_domain::access::{Principal, Role, Visitor};
use teilhabe_domain::concept::edit::{Edit, TextPath};
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::translation::{Origin, Selection, Shown, TextState, keys};
use teilhabe_store::{AuditFilter, DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const CITY: &str = "musterstadt";

struct Fixture {
    store: Store,
    clock: Clock,
    admin: Visitor,
    /// A viewer account granted Turkish.
    turkish: Visitor,
    _database: TestDatabase,
}

async fn account(store: &Store, clock: &Clock, login: &str, role: Role) -> Visitor {
    let user = accounts::create_user(
        store,
        &Hashing::new(1),
        &Actor::Operator("cli:test".into()),
        NewAccount {
            login: login.into(),
            display_name: String::new(),
            password: "ein sicheres Passwort".into(),
            role,
            field: None,
        },
        clock.now(),
    )
    .await
    .unwrap();
    Visitor::Signed(Principal {
        user_id: user.id,
        login: login.into(),
        role,
        field: None,
        actor: format!("user:{login}"),
    })
}

async fn fixture() -> Fixture {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let clock = Clock::fixed("2026-06-01T08:00:00Z".parse::<Timestamp>().unwrap());
    let source =
        std::fs::read_to_string(workspace_root().join("data/concept/musterstadt.toml")).unwrap();
    store
        .save_concept(&parse_concept(&source).unwrap(), "test", clock.now())
        .await
        .unwrap();
    let admin = account(&store, &clock, "admin", Role::Administrator).await;
    let turkish = account(&store, &clock, "ayse", Role::Viewer).await;
    translations::set_languages(
        &store,
        &Actor::Visitor(admin.clone()),
        "ayse",
        &["tr".into()],
        clock.now(),
    )
    .await
    .unwrap();
    Fixture {
        store,
        clock,
        admin,
        turkish,
        _database: database,
    }
}

fn assert_refused<T: std::fmt::Debug>(result: Result<T, AppError>) {
    match result {
        Err(AppError::Forbidden(_) | AppError::Unauthenticated) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_translator_translates_only_the_granted_languages() {
    let f = fixture().await;
    let now = f.clock.now();
    let key = keys::recommendation("sprache-1");
    let save = |visitor: Visitor, language: &'static str| {
        let store = f.store.clone();
        let key = key.clone();
        async move { translations::save(&store, &visitor, CITY, language, &key, "metin", now).await }
    };
    assert_eq!(save(f.turkish.clone(), "tr").await.unwrap(), Saved::Stored);
    assert_refused(save(f.turkish.clone(), "ar").await);
    assert!(matches!(
        save(Visitor::Public, "tr").await,
        Err(AppError::Unauthenticated)
    ));
    let viewer = account(&f.store, &f.clock, "vera", Role::Viewer).await;
    assert_refused(save(viewer.clone(), "tr").await);
    assert_eq!(save(f.admin.clone(), "ar").await.unwrap(), Saved::Stored);
    // German and English are no content languages: there is nothing to translate there.
    assert!(matches!(
        save(f.admin.clone(), "en").await,
        Err(AppError::NotFound)
    ));

    let actor = |visitor: &Visitor| Actor::Visitor(visitor.clone());
    assert_eq!(
        translations::translatable_languages(&f.store, &actor(&f.turkish))
            .await
            .unwrap(),
        ["tr"]
    );
    assert!(
        translations::translatable_languages(&f.store, &actor(&viewer))
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        translations::translatable_languages(&f.store, &actor(&f.admin))
            .await
            .unwrap()
            .len(),
        6
    );
    assert_refused(
        translations::work_list(&f.store, &actor(&f.turkish), CITY, "ar", Selection::Open).await,
    );
    assert!(
        translations::work_list(&f.store, &actor(&f.turkish), CITY, "tr", Selection::Open)
            .await
            .is_ok()
    );

    // Only administrators grant languages, and only content languages.
    assert_refused(
        translations::set_languages(&f.store, &actor(&f.turkish), "vera", &["ar".into()], now)
            .await,
    );
    assert!(matches!(
        translations::set_languages(&f.store, &actor(&f.admin), "vera", &["xx".into()], now).await,
        Err(AppError::Invalid(_))
    ));
    translations::set_languages(&f.store, &actor(&f.admin), "vera", &["ar".into()], now)
        .await
        .unwrap();
    let grants = translations::grants(&f.store, &actor(&f.admin))
        .await
        .unwrap();
    let listed: Vec<(&str, Vec<String>)> = grants
        .iter()
        .map(|g| (g.login.as_str(), g.languages.clone()))
        .collect();
    assert_eq!(
        listed,
        [
            ("ayse", vec!["tr".to_owned()]),
            ("vera", vec!["ar".to_owned()])
        ]
    );
    assert_refused(translations::grants(&f.store, &actor(&viewer)).await);
}

#[tokio::test]
async fn a_german_edit_marks_the_translation_outdated_and_a_new_translation_clears_it() {
    let f = fixture().await;
    let now = f.clock.now();
    let key = keys::recommendation("sprache-1");
    let first = "Çocuk bakımlı Almanca kursları";
    translations::save(&f.store, &f.turkish, CITY, "tr", &key, first, now)
        .await
        .unwrap();
    let german_before = "Deutschkurse mit Kinderbetreuung wohnortnah anbieten";
    let shown = translations::for_language(&f.store, "tr").await.unwrap();
    assert_eq!(
        shown.show(&key, german_before),
        Shown::Current { text: first }
    );
    let stored = shown.get(&key).unwrap();
    assert_eq!(stored.origin, Origin::Human);
    assert_eq!(stored.translator, "user:ayse");

    // The integration office changes the German text through the concept editing use case.
    let german_after = "Deutschkurse mit Kinderbetreuung in jedem Stadtteil anbieten";
    let version = f
        .store
        .current_concept(CITY)
        .await
        .unwrap()
        .unwrap()
        .version;
    concept::save(
        &f.store,
        &f.admin,
        CITY,
        version,
        &[Edit::SetText {
            path: TextPath::Recommendation(1, 1),
            language: "de".into(),
            value: german_after.into(),
        }],
        &SaveNote {
            reason: "Stadtteile".into(),
            ..SaveNote::default()
        },
        now,
    )
    .await
    .unwrap();

    let open = translations::work_list(
        &f.store,
        &Actor::Visitor(f.turkish.clone()),
        CITY,
        "tr",
        Selection::Outdated,
    )
    .await
    .unwrap();
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0].key, key);
    assert_eq!(open[0].state, TextState::Outdated);
    assert_eq!(open[0].german, german_after);
    let old = open[0].translation.as_ref().unwrap();
    assert_eq!(
        (old.source_text.as_str(), old.text.as_str()),
        (german_before, first)
    );
    let shown = translations::for_language(&f.store, "tr").await.unwrap();
    assert_eq!(
        shown.show(&key, german_after),
        Shown::Outdated {
            text: first,
            german: german_after
        }
    );

    // A new translation clears the flag.
    let second = "Her semtte çocuk bakımlı Almanca kursları";
    translations::save(&f.store, &f.turkish, CITY, "tr", &key, second, now)
        .await
        .unwrap();
    let shown = translations::for_language(&f.store, "tr").await.unwrap();
    assert_eq!(
        shown.show(&key, german_after),
        Shown::Current { text: second }
    );
    assert!(
        translations::work_list(
            &f.store,
            &Actor::Visitor(f.turkish.clone()),
            CITY,
            "tr",
            Selection::Outdated
        )
        .await
        .unwrap()
        .is_empty()
    );
    // Saving the same text again changes nothing; the audit log has the two real saves.
    assert_eq!(
        translations::save(&f.store, &f.turkish, CITY, "tr", &key, second, now)
            .await
            .unwrap(),
        Saved::Unchanged
    );
    let entries = f
        .store
        .audit_log(&AuditFilter {
            entity_type: Some("content_translation".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.entry.actor == "user:ayse"));
}

#[tokio::test]
async fn saving_checks_the_key_and_the_text() {
    let f = fixture().await;
    let now = f.clock.now();
    let save = |language: &'static str, key: String, text: &'static str| {
        let store = f.store.clone();
        let admin = f.admin.clone();
        async move { translations::save(&store, &admin, CITY, language, &key, text, now).await }
    };
    assert!(matches!(
        save("tr", "concept.recommendation.nope".into(), "x").await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        save("tr", keys::concept_title(), "   ").await,
        Err(AppError::Invalid(_))
    ));
    // Leichte Sprache is kept for the concept's texts only.
    assert_eq!(
        save("de-x-ls", keys::concept_title(), "Das Konzept für alle")
            .await
            .unwrap(),
        Saved::Stored
    );
    assert_eq!(
        translations::for_language(&f.store, "en")
            .await
            .unwrap()
            .len(),
        0
    );
    assert_eq!(
        translations::for_language(&f.store, "de-x-ls")
            .await
            .unwrap()
            .len(),
        1
    );
    let list = translations::work_list(
        &f.store,
        &Actor::Visitor(f.admin.clone()),
        CITY,
        "de-x-ls",
        Selection::All,
    )
    .await
    .unwrap();
    assert!(list.iter().all(|text| keys::is_concept(&text.key)));
    assert!(list.len() > 10);
}
