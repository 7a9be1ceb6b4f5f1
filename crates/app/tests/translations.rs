//! Content translations through the use cases (issue 14): who may translate which language, the
//! work list, and the outdated flag that a German edit sets and a new translation clears.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use jiff::Timestamp;
use support::account;
use teilhabe_app::concept::{self, SaveNote};
use teilhabe_app::translations::{self, Saved};
use teilhabe_app::{Actor, AppError, Clock};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::concept::edit::{Edit, TextPath};
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::translation::{Origin, Selection, Shown, TextState, keys};
use teilhabe_store::{AuditFilter, DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, row_counts, workspace_root};

const CITY: &str = "musterstadt";

struct Fixture {
    store: Store,
    clock: Clock,
    admin: Visitor,
    /// A viewer account granted Turkish.
    turkish: Visitor,
    database: TestDatabase,
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
    let admin = account(&store, clock.now(), "admin", Role::Administrator).await;
    let turkish = account(&store, clock.now(), "ayse", Role::Translator).await;
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
        database,
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
    let viewer = account(&f.store, f.clock.now(), "vera", Role::Viewer).await;
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

// --- XLIFF ------------------------------------------------------------------------------------

fn xliff(language: &str, units: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"de\" trgLang=\"{language}\">\n\
         <file id=\"{CITY}\">\n{units}\n</file>\n</xliff>\n"
    )
}

fn unit(key: &str, source: &str, target: &str) -> String {
    format!(
        "<unit id=\"{key}\"><segment state=\"translated\" subState=\"teilhabe:machine-assisted\"><source>{source}</source><target>{target}</target></segment></unit>"
    )
}

#[tokio::test]
async fn an_unchanged_export_imports_without_changing_anything() {
    let f = fixture().await;
    let actor = Actor::Visitor(f.turkish.clone());
    let title = "Integrationskonzept";
    let recommendation = "Deutschkurse mit Kinderbetreuung wohnortnah anbieten";
    let file = xliff(
        "tr",
        &[
            unit(&keys::concept_title(), title, "Uyum konsepti"),
            unit(
                &keys::recommendation("sprache-1"),
                recommendation,
                "Almanca kursları",
            ),
        ]
        .join("\n"),
    );
    let first = translations::import_xliff(
        &f.store,
        &actor,
        CITY,
        "tr.xlf",
        file.as_bytes(),
        f.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(
        (first.language.as_str(), first.added, first.changed),
        ("tr", 2, 0)
    );
    let stored = translations::for_language(&f.store, "tr").await.unwrap();
    let origin = stored.get(&keys::concept_title()).unwrap().origin;
    assert_eq!(origin, Origin::MachineAssisted);
    assert_eq!(
        stored.get(&keys::concept_title()).unwrap().translator,
        "user:ayse"
    );

    // A human revises one text, so the export holds every origin; another text goes outdated.
    translations::save(
        &f.store,
        &f.turkish,
        CITY,
        "tr",
        &keys::concept_subtitle(),
        "Çeşitlilik içinde birlikte",
        f.clock.now(),
    )
    .await
    .unwrap();
    let export = translations::export_xliff(&f.store, &actor, CITY, "tr", Selection::All)
        .await
        .unwrap();
    assert!(export.contains("subState=\"teilhabe:human\""));
    assert!(export.contains("<target>Uyum konsepti</target>"));
    assert!(
        export.contains("state=\"initial\""),
        "missing texts are exported without target"
    );

    f.clock.advance(jiff::SignedDuration::from_hours(1));
    let before = row_counts(&f.database.url).await;
    let version = f.store.content_version().await.unwrap();
    let all_before = translations::for_language(&f.store, "tr").await.unwrap();
    let again = translations::import_xliff(
        &f.store,
        &actor,
        CITY,
        "tr-export.xlf",
        export.as_bytes(),
        f.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!((again.added, again.changed, again.unchanged), (0, 0, 3));
    assert!(again.skipped > 10, "{again:?}");
    assert_eq!(
        row_counts(&f.database.url).await,
        before,
        "not even an audit entry"
    );
    assert_eq!(f.store.content_version().await.unwrap(), version);
    let all_after = translations::for_language(&f.store, "tr").await.unwrap();
    assert_eq!(all_after, all_before, "not even updated_at moves");
}

#[tokio::test]
async fn a_file_from_an_older_german_imports_as_outdated_and_the_work_list_shows_it() {
    let f = fixture().await;
    let actor = Actor::Visitor(f.admin.clone());
    let file = xliff(
        "ar",
        &unit(&keys::concept_title(), "Altes Konzept", "المفهوم القديم"),
    );
    let imported = translations::import_xliff(
        &f.store,
        &actor,
        CITY,
        "ar.xlf",
        file.as_bytes(),
        f.clock.now(),
    )
    .await
    .unwrap();
    assert_eq!((imported.added, imported.outdated), (1, 1));
    let outdated = translations::work_list(&f.store, &actor, CITY, "ar", Selection::Outdated)
        .await
        .unwrap();
    assert_eq!(outdated.len(), 1);
    assert_eq!(
        outdated[0].translation.as_ref().unwrap().source_text,
        "Altes Konzept"
    );
    let export = translations::export_xliff(&f.store, &actor, CITY, "ar", Selection::Outdated)
        .await
        .unwrap();
    assert!(export.contains("<note category=\"teilhabe:old-source\">Altes Konzept</note>"));
    assert!(export.contains("<source>Integrationskonzept</source>"));
}

#[tokio::test]
async fn a_broken_file_stores_nothing_and_names_line_and_element() {
    let f = fixture().await;
    let actor = Actor::Visitor(f.admin.clone());
    let good = xliff(
        "tr",
        &unit(
            &keys::concept_title(),
            "Integrationskonzept",
            "Uyum konsepti",
        ),
    );
    let broken = xliff(
        "ar",
        &[
            unit(&keys::concept_title(), "Integrationskonzept", "مفهوم"),
            "<unit><segment><source>x</source></segment></unit>".to_owned(),
            unit("concept.recommendation.gibt-es-nicht", "x", "y"),
        ]
        .join("\n"),
    );
    let before = row_counts(&f.database.url).await;
    let error = translations::import_xliff_files(
        &f.store,
        &actor,
        CITY,
        &[
            ("tr.xlf".to_owned(), good.as_bytes()),
            ("ar.xlf".to_owned(), broken.as_bytes()),
        ],
        f.clock.now(),
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("expected problems, got {error:?}");
    };
    let lines: Vec<String> = problems
        .iter()
        .map(|p| format!("{}: {}", p.field, p.message))
        .collect();
    assert_eq!(
        lines,
        ["ar.xlf: line 5, column 1: <unit>: without id; expected the text's key as id"]
    );
    assert_eq!(
        row_counts(&f.database.url).await,
        before,
        "the good file is not stored either"
    );

    // Once the file reads, its unknown key stops it just as well.
    let unknown = xliff(
        "ar",
        &unit("concept.recommendation.gibt-es-nicht", "x", "y"),
    );
    let error = translations::import_xliff(
        &f.store,
        &actor,
        CITY,
        "ar.xlf",
        unknown.as_bytes(),
        f.clock.now(),
    )
    .await
    .unwrap_err();
    assert!(
        error.to_string().contains(
            "ar.xlf: line 4, column 1: <unit>: unknown key `concept.recommendation.gibt-es-nicht`"
        ),
        "{error}"
    );
    let not_xml = translations::import_xliff(
        &f.store,
        &actor,
        CITY,
        "x.xlf",
        b"\x00\x01 kein XML",
        f.clock.now(),
    )
    .await
    .unwrap_err();
    assert!(
        not_xml
            .to_string()
            .starts_with("x.xlf: line 1, column 1: not well-formed XML"),
        "{not_xml}"
    );
    assert_eq!(row_counts(&f.database.url).await, before);
}

#[tokio::test]
async fn imports_and_exports_need_the_language() {
    let f = fixture().await;
    let now = f.clock.now();
    let arabic = xliff(
        "ar",
        &unit(&keys::concept_title(), "Integrationskonzept", "مفهوم"),
    );
    let turkish = Actor::Visitor(f.turkish.clone());
    let error =
        translations::import_xliff(&f.store, &turkish, CITY, "ar.xlf", arabic.as_bytes(), now)
            .await
            .unwrap_err();
    assert!(
        error.to_string().contains("not a translator for `ar`"),
        "{error}"
    );
    assert!(matches!(
        translations::import_xliff(
            &f.store,
            &Actor::Visitor(Visitor::Public),
            CITY,
            "ar.xlf",
            arabic.as_bytes(),
            now
        )
        .await,
        Err(AppError::Unauthenticated)
    ));
    assert_refused(
        translations::export_xliff(&f.store, &turkish, CITY, "ar", Selection::All).await,
    );
    assert!(matches!(
        translations::export_xliff(
            &f.store,
            &Actor::Visitor(Visitor::Public),
            CITY,
            "tr",
            Selection::All
        )
        .await,
        Err(AppError::Unauthenticated)
    ));
    // The operator at the command line translates every language; the audit log names them.
    let operator = Actor::Operator("cli:root".into());
    translations::import_xliff(&f.store, &operator, CITY, "ar.xlf", arabic.as_bytes(), now)
        .await
        .unwrap();
    let entries = f
        .store
        .audit_log(&AuditFilter {
            entity_type: Some("content_translation".into()),
            ..AuditFilter::default()
        })
        .await
        .unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].entry.actor, "cli:root");
    assert_eq!(entries[0].entry.action, "translation.import");
    assert_eq!(entries[0].entry.field.as_deref(), Some("ar"));
    assert_eq!(
        entries[0].entry.detail.as_deref(),
        Some("XLIFF ar.xlf; origin machine-assisted")
    );
}

#[tokio::test]
async fn shipped_files_fill_gaps_but_never_replace_a_translation_made_in_teilhabe() {
    let f = fixture().await;
    let now = f.clock.now();
    let title = keys::concept_title();
    let subtitle = keys::concept_subtitle();
    translations::save(
        &f.store,
        &f.turkish,
        CITY,
        "tr",
        &title,
        "Ayşe'nin başlığı",
        now,
    )
    .await
    .unwrap();
    let shipped = xliff(
        "tr",
        &[
            unit(&title, "Integrationskonzept", "Makine başlığı"),
            unit(
                &subtitle,
                "Gemeinsam in Vielfalt",
                "Çeşitlilik içinde birlikte",
            ),
        ]
        .join("\n"),
    );
    let files = [("tr.xlf".to_owned(), shipped.as_bytes())];
    let loaded = translations::load_shipped(&f.store, CITY, &files, now)
        .await
        .unwrap();
    assert_eq!((loaded[0].translations, loaded[0].added), (1, 1));
    let stored = translations::for_language(&f.store, "tr").await.unwrap();
    assert_eq!(stored.get(&title).unwrap().text, "Ayşe'nin başlığı");
    let subtitle_row = stored.get(&subtitle).unwrap();
    assert_eq!(subtitle_row.origin, Origin::MachineAssisted);
    assert_eq!(subtitle_row.translator, translations::SHIPPED);

    // A newer shipped text replaces the older shipped one; the next start changes nothing.
    let newer = xliff(
        "tr",
        &unit(&subtitle, "Gemeinsam in Vielfalt", "Çeşitlilikte birlikte"),
    );
    let files = [("tr.xlf".to_owned(), newer.as_bytes())];
    let loaded = translations::load_shipped(&f.store, CITY, &files, now)
        .await
        .unwrap();
    assert_eq!(loaded[0].changed, 1);
    let again = translations::load_shipped(&f.store, CITY, &files, now)
        .await
        .unwrap();
    assert_eq!((again[0].changed, again[0].unchanged), (0, 1));
}
