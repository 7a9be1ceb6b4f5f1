//! The report's data from a real store: what it contains, what it leaves out (suppressed
//! values, unpublished measures, names without consent), and editions rebuilt from their
//! snapshot.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::Timestamp;
use teilhabe_app::report;
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::concept::parse_concept;
use teilhabe_domain::measure::{MeasureContent, Status};
use teilhabe_domain::monitoring::indicator::parse_indicator;
use teilhabe_domain::monitoring::{Coordinates, ObsStatus, Observation};
use teilhabe_domain::report::ReportData;
use teilhabe_domain::text::Text;
use teilhabe_domain::translation::{Origin, Translation, keys, source_version};
use teilhabe_store::TranslationWrite;
use teilhabe_store::working_groups::NewMember;
use teilhabe_store::{DatabaseUrl, NewImport, Store};
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

const CITY: &str = "musterstadt";

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn operator() -> Actor {
    Actor::Operator("cli:test".into())
}

fn figure(year: i32, origin: &str, value: Option<&str>, status: ObsStatus) -> Observation {
    let mut coordinates = Coordinates::total(year);
    coordinates.origin = origin.into();
    Observation {
        indicator: "auslaender-anteil".into(),
        at: coordinates,
        value: value.map(|v| v.parse().unwrap()),
        lower: None,
        upper: None,
        base: None,
        status,
        conf_status: None,
        sign: (status == ObsStatus::Suppressed).then(|| ".".into()),
        footnotes: Vec::new(),
    }
}

/// Musterstadt with one indicator (three years, one suppressed figure), a public measure
/// completed in 2024, an unpublished one, and a working group member without consent.
async fn filled() -> (Store, TestDatabase) {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    let now = at("2025-03-01T08:00:00Z");
    let concept = parse_concept(
        &std::fs::read_to_string(workspace_root().join("data/concept/musterstadt.toml")).unwrap(),
    )
    .unwrap();
    store.save_concept(&concept, "test", now).await.unwrap();
    let mut indicator = parse_indicator(
        &std::fs::read_to_string(
            workspace_root().join("data/indicators/bielefeld/auslaender-anteil.toml"),
        )
        .unwrap(),
    )
    .unwrap();
    indicator.fields = vec![concept.fields[0].slug.clone()];
    store
        .save_catalogue(CITY, &[indicator], "test", now)
        .await
        .unwrap();
    let figures = vec![
        figure(2023, "_T", Some("17.0"), ObsStatus::Normal),
        figure(2024, "_T", Some("17.5"), ObsStatus::Provisional),
        figure(2024, "FOREIGN", None, ObsStatus::Suppressed),
        figure(2025, "_T", Some("18.0"), ObsStatus::Normal),
    ];
    store
        .import_observations(
            &NewImport {
                city: CITY.into(),
                file_name: "anteil.csv".into(),
                format: "portal-csv".into(),
                source: "Einwohnermelderegister".into(),
                content_hash: "h".into(),
                imported_by: "test".into(),
                is_demo: true,
                note: None,
            },
            &figures,
            now,
            false,
        )
        .await
        .unwrap();
    let field = &concept.fields[0];
    let recommendation = field.recommendations[0].id.clone();
    let mut done = MeasureContent::new(
        Text::german("Sprachcafé"),
        field.slug.clone(),
        vec![recommendation.clone()],
    );
    done.published = true;
    done.status = Status::Completed;
    done.progress = 100;
    done.end = Some(jiff::civil::date(2024, 11, 30));
    store
        .create_measure(CITY, &done, false, "test", now)
        .await
        .unwrap();
    let mut hidden = MeasureContent::new(
        Text::german("Geheimes Vorhaben"),
        field.slug.clone(),
        vec![recommendation],
    );
    hidden.published = false;
    store
        .create_measure(CITY, &hidden, false, "test", now)
        .await
        .unwrap();
    store
        .add_member(
            CITY,
            &field.slug,
            &NewMember {
                person: "Erika Ohnezustimmung".into(),
                organisation: "Verein".into(),
                is_chair: true,
                name_public: false,
            },
            "test",
            now,
        )
        .await
        .unwrap();
    (store, database)
}

#[tokio::test]
async fn the_report_holds_public_data_only_and_no_withheld_value() {
    let (store, _database) = filled().await;
    let data = report::report_data(&store, &operator(), CITY, 2024, at("2025-03-02T10:00:00Z"))
        .await
        .unwrap();
    let json = serde_json::to_string(&data).unwrap();
    assert!(!json.contains("Geheimes Vorhaben"), "unpublished measure");
    assert!(!json.contains("Ohnezustimmung"), "a name without consent");
    assert!(json.contains("Sprachcafé"));
    // Figures up to the report's year only.
    let sheet = data.indicator("auslaender-anteil").unwrap();
    assert!(sheet.figures.iter().all(|o| o.at.year <= 2024));
    assert_eq!(sheet.latest_year, Some(2024));
    assert!(sheet.demo && data.demo);
    let suppressed = sheet
        .figures
        .iter()
        .find(|o| o.status == ObsStatus::Suppressed)
        .unwrap();
    assert_eq!(
        (
            suppressed.value,
            suppressed.lower,
            suppressed.sign.as_deref()
        ),
        (None, None, Some("."))
    );
    assert_eq!(data.method.missing_figures, 1);
    assert_eq!(data.method.sources[0].imports[0].file_name, "anteil.csv");
    assert_eq!(data.data_date.as_deref(), Some("2025-03-01"));
    // The completed measure, by its end date.
    assert_eq!(data.summary.completed.len(), 1);
    assert_eq!(data.summary.completed[0].title.german_text(), "Sprachcafé");
    let field = &data.fields[0];
    assert_eq!(field.indicators, ["auslaender-anteil"]);
    assert_eq!(field.measures.len(), 1);
    assert_eq!(field.working_group.members[0].person, None);
    assert_eq!(field.working_group.members[0].organisation, "Verein");
    // The snapshot reads back as the same data.
    let back: ReportData = serde_json::from_str(&json).unwrap();
    assert_eq!(back, data);
}

#[tokio::test]
async fn a_year_before_the_figures_or_after_this_year_names_the_years_there_are() {
    let (store, _database) = filled().await;
    let now = at("2026-03-02T10:00:00Z");
    for year in [2019, 2027] {
        let error = report::report_data(&store, &operator(), CITY, year, now)
            .await
            .unwrap_err();
        match error {
            AppError::Invalid(problems) => {
                assert_eq!(problems[0].field, "year");
                assert!(
                    problems[0]
                        .message
                        .contains("the figures cover 2023–2025; choose a year from 2023 to 2026"),
                    "{}",
                    problems[0].message
                );
            }
            other => panic!("{other:?}"),
        }
    }
    // This year, with last year's figures as the latest: allowed.
    assert!(
        report::report_data(&store, &operator(), CITY, 2026, now)
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn an_edition_is_rebuilt_from_its_snapshot_with_the_same_input() {
    let (store, _database) = filled().await;
    // A renderer that writes its whole input: equal bytes mean equal data.
    let render = |data: &ReportData, language: &str| -> Result<Vec<u8>, String> {
        Ok(format!("{language}:{}", serde_json::to_string(data).unwrap()).into_bytes())
    };
    let edition = report::release_edition(
        &store,
        &operator(),
        CITY,
        2024,
        "de",
        render,
        at("2025-03-02T10:00:00Z"),
    )
    .await
    .unwrap();
    // Later changes do not touch the edition.
    let mut late = MeasureContent::new(
        Text::german("Später"),
        "sprache".into(),
        vec!["sprache-1".into()],
    );
    late.published = true;
    store
        .create_measure(CITY, &late, false, "test", at("2025-04-01T00:00:00Z"))
        .await
        .unwrap();
    let (_, stored) = report::edition_pdf(&store, CITY, edition.id).await.unwrap();
    let (_, first) = report::rebuild_edition(&store, CITY, edition.id, render)
        .await
        .unwrap();
    let (_, second) = report::rebuild_edition(&store, CITY, edition.id, render)
        .await
        .unwrap();
    assert_eq!(first, stored);
    assert_eq!(second, stored);
    // A renderer's failure is reported, and nothing is stored.
    let failed = report::release_edition(
        &store,
        &operator(),
        CITY,
        2024,
        "de",
        |_: &ReportData, _: &str| Err::<Vec<u8>, _>("no font"),
        at("2025-03-02T10:00:00Z"),
    )
    .await;
    assert!(matches!(failed, Err(AppError::Render(m)) if m.contains("no font")));
    assert_eq!(report::editions(&store, CITY).await.unwrap().len(), 1);
}

#[tokio::test]
async fn an_indicator_sheet_has_every_year_and_is_public() {
    let (store, _database) = filled().await;
    let sheet = report::indicator_sheet(&store, CITY, "auslaender-anteil")
        .await
        .unwrap();
    // Dated by its data, not by the clock: the same data gives the same PDF.
    assert_eq!(sheet.created_at, "2025-03-01T08:00:00Z");
    // From the first year with figures to this year (the clock says 2026).
    assert_eq!(
        report::years(&store, CITY, at("2026-01-10T00:00:00Z"))
            .await
            .unwrap(),
        [2026, 2025, 2024, 2023]
    );
    assert_eq!(sheet.latest_year, Some(2025));
    assert_eq!(sheet.figures.len(), 4);
    assert!(matches!(
        report::indicator_sheet(&store, CITY, "gibt-es-nicht").await,
        Err(AppError::NotFound)
    ));
}

fn translation(key: &str, language: &str, text: &str, made_from: &str) -> Translation {
    Translation {
        key: key.into(),
        language: language.into(),
        text: text.into(),
        source_version: source_version(made_from),
        source_text: made_from.into(),
        origin: Origin::Human,
        translator: "ayse".into(),
        updated_at: String::new(),
    }
}

#[tokio::test]
async fn the_report_carries_current_translations_only() {
    let (store, _database) = filled().await;
    let data = report::report_data(&store, &operator(), CITY, 2024, at("2025-03-02T10:00:00Z"))
        .await
        .unwrap();
    let field = &data.fields[0];
    let recommendation = &field.recommendations[0];
    let measure = &field.measures[0];
    let sheet = data.indicator("auslaender-anteil").unwrap();
    let section = &data.concept.sections[0];
    let statement = &section.items[0];
    let translations = [
        translation(
            &keys::recommendation(&recommendation.id),
            "tr",
            "Öneri",
            recommendation.text.german_text(),
        ),
        // Made from an older German title: outdated, so the report prints the German.
        translation(
            &keys::field_title(&field.slug),
            "tr",
            "Eski başlık",
            "Ein früherer Titel",
        ),
        translation(
            &keys::measure_title(measure.id),
            "ar",
            "مقهى اللغة",
            measure.title.german_text(),
        ),
        translation(
            &keys::indicator_title("auslaender-anteil"),
            "uk",
            "Частка іноземців",
            sheet.indicator.title.german_text(),
        ),
        translation(
            &keys::statement(&section.id, &statement.id),
            "pl",
            "Zdanie",
            statement.text.german_text(),
        ),
        // Leichte Sprache is no report language.
        translation(
            &keys::recommendation(&recommendation.id),
            "de-x-ls",
            "Leicht",
            recommendation.text.german_text(),
        ),
    ];
    store
        .save_content_translations(
            &translations,
            &TranslationWrite {
                actor: "test".into(),
                action: "translation.import".into(),
                detail: None,
            },
            at("2025-03-02T09:00:00Z"),
        )
        .await
        .unwrap();

    let data = report::report_data(&store, &operator(), CITY, 2024, at("2025-03-02T10:00:00Z"))
        .await
        .unwrap();
    let field = &data.fields[0];
    assert_eq!(
        field.recommendations[0].text.translation("tr"),
        Some("Öneri")
    );
    assert_eq!(field.recommendations[0].text.translation("de-x-ls"), None);
    assert_eq!(field.title.translation("tr"), None, "outdated stays out");
    assert_eq!(
        field.measures[0].title.translation("ar"),
        Some("مقهى اللغة")
    );
    assert_eq!(
        data.summary.completed[0].title.translation("ar"),
        Some("مقهى اللغة")
    );
    let sheet = data.indicator("auslaender-anteil").unwrap();
    assert_eq!(
        sheet.indicator.title.translation("uk"),
        Some("Частка іноземців")
    );
    assert_eq!(
        data.method.sources[0].title.translation("uk"),
        Some("Частка іноземців")
    );
    assert_eq!(
        data.concept.sections[0].items[0].text.translation("pl"),
        Some("Zdanie")
    );
    // The sheet alone carries them too.
    let alone = report::indicator_sheet(&store, CITY, "auslaender-anteil")
        .await
        .unwrap();
    assert_eq!(
        alone.indicator.title.translation("uk"),
        Some("Частка іноземців")
    );
}
