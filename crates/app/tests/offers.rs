//! The offers directory through its use cases: providers write only their own offers, the office
//! reviews, the public finds what is published and current; staleness with a settable clock;
//! coverage for staff only; the import all or nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;
use jiff::Timestamp;
use support::account;
use teilhabe_app::offers::{self, import};
use teilhabe_app::{Actor, AppError, Clock, institutions};
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::institution::Registry;
use teilhabe_domain::offers::coverage::Base;
use teilhabe_domain::offers::filter::Filter;
use teilhabe_domain::offers::lifecycle::Freshness;
use teilhabe_domain::offers::{Category, Status, sample};
use teilhabe_import::Limits;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const CITY: &str = "bielefeld";
const REGISTRY: &str = "format = 1\ncity = \"bielefeld\"\n\
    [[institutions]]\ncode = \"vhs\"\nname = \"VHS\"\nkind = \"adult-education\"\ndistrict = \"01\"\n\
    [[institutions]]\ncode = \"verein\"\nname = \"Verein\"\nkind = \"association\"\n";

struct World {
    _database: TestDatabase,
    store: Store,
    admin: Visitor,
    editor: Visitor,
    viewer: Visitor,
    vhs: Visitor,
    verein: Visitor,
    reporter: Visitor,
}

async fn world(now: Timestamp) -> World {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let settings = CitySettings::parse(
        &std::fs::read_to_string(workspace_root().join("data/city/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    store.save_city_settings(&settings, now).await.unwrap();
    let operator = Actor::Operator("cli:test".into());
    institutions::load(
        &store,
        &operator,
        &Registry::parse(REGISTRY, &["01"]).unwrap(),
        now,
    )
    .await
    .unwrap();
    let admin = account(&store, now, "admin", Role::Administrator).await;
    let editor = account(&store, now, "editor", Role::ConceptEditor).await;
    let viewer = account(&store, now, "viewer", Role::Viewer).await;
    let vhs = account(&store, now, "vhs", Role::Provider).await;
    let verein = account(&store, now, "verein", Role::Provider).await;
    let reporter = account(&store, now, "reporter", Role::Reporter).await;
    for (login, code) in [("vhs", "vhs"), ("verein", "verein"), ("reporter", "vhs")] {
        institutions::set_membership(&store, &operator, login, Some(code), now)
            .await
            .unwrap();
    }
    World {
        _database: database,
        store,
        admin,
        editor,
        viewer,
        vhs,
        verein,
        reporter,
    }
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_provider_submits_the_office_publishes_and_the_public_finds_it() {
    let clock = Clock::fixed(at("2026-03-01T10:00:00Z"));
    let w = world(clock.now()).await;
    let store = &w.store;

    // Only providers acting for an institution create offers.
    for refused in [&w.admin, &w.viewer, &w.reporter] {
        let error = offers::create(store, refused, CITY, &sample::content(), clock.now())
            .await
            .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let error = offers::create(
        store,
        &Visitor::Public,
        CITY,
        &sample::content(),
        clock.now(),
    )
    .await
    .unwrap_err();
    assert!(matches!(error, AppError::Unauthenticated), "{error:?}");
    let offer = offers::create(store, &w.vhs, CITY, &sample::content(), clock.now())
        .await
        .unwrap();
    assert_eq!(
        (offer.provider.as_str(), offer.status),
        ("vhs", Status::Draft)
    );

    // An invalid offer names its field.
    let mut bad = sample::content();
    bad.title = String::new();
    let error = offers::create(store, &w.vhs, CITY, &bad, clock.now())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, AppError::Invalid(problems) if problems[0].field == "title"),
        "{error:?}"
    );

    // Another provider can neither see, edit, submit nor confirm it: not found.
    assert!(matches!(
        offers::get(store, &w.verein, offer.id, clock.now()).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        offers::update(
            store,
            &w.verein,
            CITY,
            offer.id,
            1,
            &sample::content(),
            clock.now()
        )
        .await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        offers::submit(store, &w.verein, offer.id, 1, clock.now()).await,
        Err(AppError::NotFound)
    ));
    assert!(matches!(
        offers::confirm(store, &w.verein, offer.id, clock.now()).await,
        Err(AppError::NotFound)
    ));
    // The public does not see a draft; staff and the provider do.
    assert!(matches!(
        offers::get(store, &Visitor::Public, offer.id, clock.now()).await,
        Err(AppError::NotFound)
    ));
    offers::get(store, &w.viewer, offer.id, clock.now())
        .await
        .unwrap();
    offers::get(store, &w.vhs, offer.id, clock.now())
        .await
        .unwrap();

    // The office cannot publish a draft; a provider cannot review.
    assert!(matches!(
        offers::publish(store, &w.admin, offer.id, 1, clock.now()).await,
        Err(AppError::Invalid(_))
    ));
    let submitted = offers::submit(store, &w.vhs, offer.id, 1, clock.now())
        .await
        .unwrap();
    assert_eq!(submitted.status, Status::Submitted);
    for refused in [&w.vhs, &w.viewer] {
        assert!(matches!(
            offers::publish(store, refused, offer.id, 2, clock.now()).await,
            Err(AppError::Forbidden(_))
        ));
        assert!(matches!(
            offers::review_queue(store, refused).await,
            Err(AppError::Forbidden(_))
        ));
    }
    assert_eq!(
        offers::review_queue(store, &w.editor).await.unwrap().len(),
        1
    );
    // Returning needs a comment.
    assert!(matches!(
        offers::return_to_provider(store, &w.editor, offer.id, 2, " ", clock.now()).await,
        Err(AppError::Invalid(_))
    ));
    let returned = offers::return_to_provider(
        store,
        &w.editor,
        offer.id,
        2,
        "Bitte Adresse ergänzen",
        clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(returned.status, Status::Returned);
    assert_eq!(
        returned.review_comment.as_deref(),
        Some("Bitte Adresse ergänzen")
    );
    let again = offers::submit(store, &w.vhs, offer.id, 3, clock.now())
        .await
        .unwrap();
    let published = offers::publish(store, &w.editor, offer.id, again.version, clock.now())
        .await
        .unwrap();
    assert_eq!(published.status, Status::Published);

    let found = offers::search(
        store,
        &Filter {
            categories: [Category::Language].into(),
            districts: ["01".to_owned()].into(),
            languages: ["de".to_owned()].into(),
            ..Filter::default()
        },
        clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(found.iter().map(|o| o.id).collect::<Vec<_>>(), [offer.id]);
    let none = offers::search(
        store,
        &Filter {
            childcare: true,
            ..Filter::default()
        },
        clock.now(),
    )
    .await
    .unwrap();
    assert!(none.is_empty());

    // An edit by the provider sends the published offer back to review.
    let mut changed = sample::content();
    changed.childcare = true;
    let edited = offers::update(
        store,
        &w.vhs,
        CITY,
        offer.id,
        published.version,
        &changed,
        clock.now(),
    )
    .await
    .unwrap();
    assert_eq!(edited.status, Status::Submitted);
    // A stale version is a conflict.
    assert!(matches!(
        offers::update(
            store,
            &w.vhs,
            CITY,
            offer.id,
            published.version,
            &changed,
            clock.now()
        )
        .await,
        Err(AppError::Conflict { .. })
    ));

    // The translators' work list holds published offers only: none now.
    assert!(offers::translatable_texts(store).await.unwrap().is_empty());
    offers::publish(store, &w.admin, offer.id, edited.version, clock.now())
        .await
        .unwrap();
    let texts = offers::translatable_texts(store).await.unwrap();
    assert_eq!(
        texts,
        [
            (
                format!("offer.{}.title", offer.id),
                "Deutschkurs".to_owned()
            ),
            (
                format!("offer.{}.description", offer.id),
                "Für Anfängerinnen und Anfänger".to_owned()
            ),
        ]
    );
}

#[tokio::test]
async fn an_unconfirmed_offer_is_flagged_then_hidden_and_confirming_brings_it_back() {
    let start = at("2026-01-15T10:00:00Z");
    let w = world(start).await;
    let store = &w.store;
    let offer = offers::create(store, &w.vhs, CITY, &sample::content(), start)
        .await
        .unwrap();
    offers::submit(store, &w.vhs, offer.id, 1, start)
        .await
        .unwrap();
    offers::publish(store, &w.admin, offer.id, 2, start)
        .await
        .unwrap();
    let visible = |now| async move {
        offers::search(store, &Filter::default(), now)
            .await
            .unwrap()
            .len()
    };
    // Six months later: stale, flagged to the provider, still public.
    let stale = at("2026-07-20T10:00:00Z");
    let (_, mine) = offers::mine(store, &w.vhs, stale).await.unwrap();
    assert_eq!(mine[0].1, Freshness::Stale);
    assert_eq!(visible(stale).await, 1);
    // Eight weeks after that: hidden from the public, but the provider still has it.
    let hidden = at("2026-09-10T10:00:00Z");
    assert_eq!(visible(hidden).await, 0);
    assert!(matches!(
        offers::get(store, &Visitor::Public, offer.id, hidden).await,
        Err(AppError::NotFound)
    ));
    let (_, mine) = offers::mine(store, &w.vhs, hidden).await.unwrap();
    assert_eq!(mine[0].1, Freshness::Hidden);
    // Confirming makes it current and public again.
    offers::confirm(store, &w.vhs, offer.id, hidden)
        .await
        .unwrap();
    assert_eq!(visible(hidden).await, 1);
    let (_, mine) = offers::mine(store, &w.vhs, hidden).await.unwrap();
    assert_eq!(mine[0].1, Freshness::Current);
}

#[tokio::test]
async fn coverage_is_for_staff_and_counts_public_offers() {
    let now = at("2026-03-01T10:00:00Z");
    let w = world(now).await;
    let store = &w.store;
    let offer = offers::create(store, &w.vhs, CITY, &sample::content(), now)
        .await
        .unwrap();
    offers::submit(store, &w.vhs, offer.id, 1, now)
        .await
        .unwrap();
    offers::publish(store, &w.admin, offer.id, 2, now)
        .await
        .unwrap();
    for refused in [&w.vhs, &Visitor::Public] {
        assert!(
            offers::coverage(store, refused, &Filter::default(), Base::Residents, now)
                .await
                .is_err()
        );
    }
    let table = offers::coverage(store, &w.viewer, &Filter::default(), Base::Residents, now)
        .await
        .unwrap();
    assert_eq!(table.rows.len(), 10);
    // Mitte (81,616 residents): one offer → 1000 / 81,616 per 1,000.
    assert_eq!(table.rows[0].total.offers, 1);
    assert_eq!(table.rows[0].total.per_thousand, Some(1000.0 / 81_616.0));
    assert_eq!(table.gaps().len(), 9);
}

#[tokio::test]
async fn an_import_is_all_or_nothing_and_names_row_and_column() {
    let now = at("2026-03-01T10:00:00Z");
    let w = world(now).await;
    let store = &w.store;
    let header = "title,category,languages,cost,fee_euro,location,districts,address";
    let good = format!(
        "{header}\nSprachcafé,language,de;ar,free,,place,01,Niederwall 1\nSchwimmen,sport,de,fee,\"12,50\",place,02,Bad 1\n"
    );
    let bad = format!(
        "{header}\nSprachcafé,language,de,free,,place,01,Niederwall 1\nSchwimmen,swimming,de,fee,,place,77,Bad 1\n"
    );
    let operator = Actor::Operator("cli:test".into());
    let limits = Limits::default();
    let error = import::import(
        store,
        &operator,
        CITY,
        "vhs",
        "a.csv",
        bad.as_bytes(),
        &limits,
        false,
        now,
    )
    .await
    .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}");
    };
    let places: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        places,
        ["row 3, column B (category)", "row 3, column E (fee_euro)"]
    );
    assert!(store.offers().await.unwrap().is_empty());
    let dry = import::import(
        store,
        &operator,
        CITY,
        "vhs",
        "a.csv",
        good.as_bytes(),
        &limits,
        true,
        now,
    )
    .await
    .unwrap();
    assert_eq!((dry.rows, dry.ids.len()), (2, 0));
    assert!(store.offers().await.unwrap().is_empty());
    let done = import::import(
        store,
        &operator,
        CITY,
        "vhs",
        "a.csv",
        good.as_bytes(),
        &limits,
        false,
        now,
    )
    .await
    .unwrap();
    assert_eq!(done.ids.len(), 2);
    let stored = store.offers().await.unwrap();
    assert!(
        stored
            .iter()
            .all(|o| o.status == Status::Published && o.provider == "vhs")
    );
    // A provider imports only for itself, and its offers wait for review.
    let refused = import::import(
        store,
        &Actor::Visitor(w.verein.clone()),
        CITY,
        "vhs",
        "a.csv",
        good.as_bytes(),
        &limits,
        false,
        now,
    )
    .await;
    assert!(matches!(refused, Err(AppError::Forbidden(_))));
    let own = import::import(
        store,
        &Actor::Visitor(w.verein.clone()),
        CITY,
        "verein",
        "a.csv",
        good.as_bytes(),
        &limits,
        false,
        now,
    )
    .await
    .unwrap();
    let first = store.offer(own.ids[0]).await.unwrap().unwrap();
    assert_eq!(first.status, Status::Submitted);
    // Unknown provider.
    assert!(matches!(
        import::import(
            store,
            &operator,
            CITY,
            "nobody",
            "a.csv",
            good.as_bytes(),
            &limits,
            false,
            now
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    // The export reads back as the same offers.
    let file = teilhabe_app::offers::export::offers_file(
        &stored,
        teilhabe_app::measures::export::FileFormat::Csv,
    )
    .unwrap();
    let read = import::read_for_city(store, CITY, "x.csv", &file, &limits)
        .await
        .unwrap();
    let expected = stored
        .iter()
        .map(|o| ("vhs".to_owned(), o.content.clone()))
        .collect::<Vec<_>>();
    assert_eq!(read, expected);
    // So does the XLSX export, and it imports for a provider like the CSV.
    let xlsx = teilhabe_app::offers::export::offers_file(
        &stored,
        teilhabe_app::measures::export::FileFormat::Xlsx,
    )
    .unwrap();
    assert!(xlsx.starts_with(b"PK"), "a zip container");
    let read = import::read_for_city(store, CITY, "x.xlsx", &xlsx, &limits)
        .await
        .unwrap();
    assert_eq!(read, expected);
    let before = store.offers().await.unwrap().len();
    let imported = import::import(
        store, &operator, CITY, "verein", "x.xlsx", &xlsx, &limits, false, now,
    )
    .await
    .unwrap();
    assert_eq!(imported.ids.len(), expected.len());
    assert_eq!(store.offers().await.unwrap().len(), before + expected.len());
}

#[tokio::test]
async fn an_offer_names_only_languages_recommendations_and_measures_that_exist() {
    let now = at("2026-03-01T10:00:00Z");
    let w = world(now).await;
    let store = &w.store;
    let concept = teilhabe_domain::concept::parse_concept(
        &std::fs::read_to_string(workspace_root().join("data/concept/bielefeld.toml")).unwrap(),
    )
    .unwrap();
    store.save_concept(&concept, "test", now).await.unwrap();
    let measure = teilhabe_app::measures::create(
        store,
        &w.admin,
        CITY,
        &teilhabe_domain::measure::MeasureContent::new(
            teilhabe_domain::text::Text::german("Sprachcafé"),
            "elementar".into(),
            vec!["elementar-1".into()],
        ),
        now,
    )
    .await
    .unwrap();
    let mut content = sample::content();
    content.languages = vec!["de".into(), "kmr".into()];
    content.recommendations = vec!["elementar-2".into()];
    content.measures = vec![measure.id];
    offers::create(store, &w.vhs, CITY, &content, now)
        .await
        .expect("existing references are taken");
    content.languages = vec!["de".into(), "xx".into()];
    content.recommendations = vec!["elementar-2".into(), "elementar-9".into()];
    content.measures = vec![measure.id, measure.id + 100];
    let error = offers::create(store, &w.vhs, CITY, &content, now)
        .await
        .unwrap_err();
    let AppError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    let named: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.field.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(named.len(), 3, "{named:?}");
    assert!(named[0].0 == "languages" && named[0].1.contains("`xx`"));
    assert!(named[1].0 == "recommendations" && named[1].1.contains("`elementar-9`"));
    assert!(named[2].0 == "measures" && named[2].1.contains(&(measure.id + 100).to_string()));
    // The same in an import: row and column named, nothing stored.
    let before = store.offers().await.unwrap().len();
    let file = "provider,title,category,languages,cost,gender,location,address,districts\n\
                vhs,Kurs,course,de;xx,free,all,place,Weg 1,01\n";
    let error = import::import(
        store,
        &Actor::Operator("cli:test".into()),
        CITY,
        "vhs",
        "a.csv",
        file.as_bytes(),
        &Limits::default(),
        false,
        now,
    )
    .await
    .unwrap_err();
    assert!(
        error.to_string().contains("row 2, column D (languages)"),
        "{error}"
    );
    assert_eq!(store.offers().await.unwrap().len(), before);
}

async fn published(w: &World, content: teilhabe_domain::offers::OfferContent, now: Timestamp) {
    let offer = offers::create(&w.store, &w.vhs, CITY, &content, now)
        .await
        .unwrap();
    offers::submit(&w.store, &w.vhs, offer.id, 1, now)
        .await
        .unwrap();
    offers::publish(&w.store, &w.admin, offer.id, 2, now)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_coverage_indicator_is_a_hand_count_per_thousand_with_migration_history() {
    use teilhabe_domain::offers::{Cost, Location};
    let now = at("2026-03-01T10:00:00Z");
    let w = world(now).await;
    let free_with_childcare = teilhabe_domain::offers::OfferContent {
        childcare: true,
        ..sample::content()
    };
    // Counts: in Mitte (01).
    published(&w, free_with_childcare.clone(), now).await;
    // Counts: outreach to Mitte and Schildesche (02), free for refugees.
    published(
        &w,
        teilhabe_domain::offers::OfferContent {
            cost: Cost::FreeForRefugees { cents: None },
            location: Location::Outreach {
                districts: vec!["01".into(), "02".into()],
            },
            ..free_with_childcare.clone()
        },
        now,
    )
    .await;
    // Out: a fee; no childcare; online (in no district).
    published(
        &w,
        teilhabe_domain::offers::OfferContent {
            cost: Cost::Fee { cents: 500 },
            ..free_with_childcare.clone()
        },
        now,
    )
    .await;
    published(&w, sample::content(), now).await;
    published(
        &w,
        teilhabe_domain::offers::OfferContent {
            location: Location::Online,
            ..free_with_childcare.clone()
        },
        now,
    )
    .await;
    // A draft does not count.
    offers::create(&w.store, &w.vhs, CITY, &free_with_childcare, now)
        .await
        .unwrap();

    // Providers and the public do not publish figures.
    for refused in [&w.vhs, &w.viewer] {
        let error = offers::indicator::publish(
            &w.store,
            &Actor::Visitor(refused.clone()),
            CITY,
            2026,
            false,
            now,
        )
        .await
        .unwrap_err();
        assert!(matches!(error, AppError::Forbidden(_)), "{error:?}");
    }
    let (observations, report) = offers::indicator::publish(
        &w.store,
        &Actor::Visitor(w.editor.clone()),
        CITY,
        2026,
        false,
        now,
    )
    .await
    .unwrap();
    assert_eq!(report.observation_count, 11);
    let value = |district: &str| {
        let observation = observations
            .iter()
            .find(|o| o.at.district == district)
            .unwrap();
        (observation.value.map(|v| v.to_string()), observation.base)
    };
    // Residents with migration history (areas.toml, population × mh_share, rounded):
    // Mitte 81,616 × 0.47 = 38,359.52 → 38,360; two offers → 2,000 / 38,360 = 0.05214 → 0.052.
    assert_eq!(value("01"), (Some("0.052".into()), Some(38_360)));
    // Schildesche 42,500 × 0.33 = 14,025; the outreach offer → 1,000 / 14,025 = 0.0713 → 0.071.
    assert_eq!(value("02"), (Some("0.071".into()), Some(14_025)));
    // Gadderbaum 10,400 × 0.24 = 2,496; none → 0.
    assert_eq!(value("03"), (Some("0.000".into()), Some(2_496)));
    // The city: two distinct offers per 38,360 + 14,025 + 2,496 + 17,136 + 3,920 + 4,704
    // + 18,960 + 13,202 + 9,460 + 5,760 = 128,023 → 2,000 / 128,023 = 0.01562 → 0.016.
    assert_eq!(value("_T"), (Some("0.016".into()), Some(128_023)));
    let stored = w
        .store
        .observations(
            CITY,
            offers::indicator::FEE_FREE_CHILDCARE,
            &Default::default(),
        )
        .await
        .unwrap();
    assert_eq!(stored.len(), 11);
}

#[tokio::test]
async fn a_stale_offer_mails_its_provider_once_per_stale_period() {
    let start = at("2026-01-15T10:00:00Z");
    let w = world(start).await;
    published(&w, sample::content(), start).await;
    let operator = Actor::Operator("cli:test".into());
    let remind = |now| {
        let (store, operator) = (&w.store, &operator);
        async move {
            offers::stale::queue_stale_mails(store, operator, now)
                .await
                .unwrap()
        }
    };
    // The day before it is stale (stale from 2026-07-15T10:00Z): nothing.
    assert_eq!(remind(at("2026-07-15T09:59:00Z")).await, 0);
    // Stale: one message to the provider account (not to the reporter of the same institution).
    let stale = at("2026-07-15T10:00:00Z");
    assert_eq!(remind(stale).await, 1);
    let mails = w.store.pending_mail(stale, 5, 100).await.unwrap();
    let recipients: Vec<&str> = mails.iter().map(|m| m.recipient.as_str()).collect();
    assert_eq!(recipients, ["account:vhs"]);
    assert!(
        mails[0].subject.contains("Deutschkurs"),
        "{}",
        mails[0].subject
    );
    // Hidden eight weeks later: 2026-09-09 (Berlin date of the hiding).
    assert!(mails[0].body.contains("2026-09-09"), "{}", mails[0].body);
    // The next days and after hiding: the same stale period, no second message.
    assert_eq!(remind(at("2026-07-16T10:00:00Z")).await, 0);
    assert_eq!(remind(at("2026-09-10T10:00:00Z")).await, 0);
    assert_eq!(
        w.store
            .pending_mail(at("2026-09-10T10:00:00Z"), 5, 100)
            .await
            .unwrap()
            .len(),
        1
    );
    // Confirmed again: a new period, stale six months later, reminded once more.
    let offer_id = w.store.offers().await.unwrap()[0].id;
    offers::confirm(&w.store, &w.vhs, offer_id, at("2026-09-10T10:00:00Z"))
        .await
        .unwrap();
    assert_eq!(remind(at("2027-03-09T10:00:00Z")).await, 0);
    assert_eq!(remind(at("2027-03-10T10:00:00Z")).await, 1);
    // Only the office or the operator runs it.
    assert!(
        offers::stale::queue_stale_mails(
            &w.store,
            &Actor::Visitor(w.vhs.clone()),
            at("2027-03-10T10:00:00Z")
        )
        .await
        .is_err()
    );
}
