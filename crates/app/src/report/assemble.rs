//! Gathering a report's data from the store: the concept, the public measures, the working
//! groups as the public sees them, and every indicator's figures passed through disclosure
//! control. What is gathered here is what the public web shows — whoever asks for it.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use jiff::civil::Date;
use teilhabe_domain::concept::{ActionField, SectionKind};
use teilhabe_domain::measure::{Measure, field_rollup, recommendation_rollup};
use teilhabe_domain::monitoring::IndicatorDef;
use teilhabe_domain::report::{
    self, ConceptBrief, FORMAT, FieldReport, ImportNote, IndicatorSheet, MeasureReport,
    MemberReport, Method, RecommendationReport, ReportData, SourceNote, Summary,
    WorkingGroupReport,
};
use teilhabe_domain::translation::{CONTENT_LANGUAGES, ContentTranslations, LEICHTE_SPRACHE};
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::working_groups::Member;
use teilhabe_store::{
    AuditFilter, ImportRecord, Store, StoredCatalogue, StoredConcept, StoredObservation,
};

use crate::error::{AppError, Problem};

/// How many gaps the summary names.
pub const SUMMARY_GAPS: usize = 5;

/// RFC 3339 in UTC, whole seconds, as the store writes times.
pub(super) fn stamp(now: Timestamp) -> String {
    Timestamp::from_second(now.as_second())
        .unwrap_or(now)
        .to_string()
}

pub(super) async fn concept(store: &Store, city: &str) -> Result<StoredConcept, AppError> {
    store
        .current_concept(city)
        .await?
        .ok_or_else(|| AppError::Unready(format!("no concept of `{city}` is stored")))
}

/// The years a report can be built for, newest first: from the first year with figures (any
/// year, for a city without figures yet) to this year or the last year with figures, whichever
/// is later. Official figures come a year or two late, so the 2024 report may show 2023's
/// figures as the latest.
pub fn reportable_years(figure_years: &[i32], now: Timestamp) -> std::ops::RangeInclusive<i32> {
    let this_year = i32::from(now.to_zoned(jiff::tz::TimeZone::UTC).year());
    let first = figure_years.iter().copied().min();
    let last = figure_years.iter().copied().max().unwrap_or(this_year);
    first.unwrap_or(1000)..=last.max(this_year)
}

pub fn check_year(year: i32, figure_years: &[i32], now: Timestamp) -> Result<(), AppError> {
    let range = reportable_years(figure_years, now);
    if range.contains(&year) {
        return Ok(());
    }
    let message = match (figure_years.iter().min(), figure_years.iter().max()) {
        (Some(first), Some(last)) => format!(
            "no report can be built for {year}: the figures cover {first}–{last}; \
             choose a year from {} to {}",
            range.start(),
            range.end()
        ),
        _ => format!(
            "no report can be built for {year}; choose a year up to {}",
            range.end()
        ),
    };
    Err(AppError::Invalid(vec![Problem::new("year", message)]))
}

/// The whole report of `city` for `year`, assembled at `now`. No authorisation: the callers in
/// `report/mod.rs` decide who may.
pub async fn report(
    store: &Store,
    city: &str,
    year: i32,
    now: Timestamp,
) -> Result<ReportData, AppError> {
    let stored = concept(store, city).await?;
    let catalogue = store.current_catalogue(city).await?;
    let figures = store.every_observation(city).await?;
    check_year(year, &store.observation_years(city).await?, now)?;
    let imports = store.imports(city).await?;
    let measures = store
        .measures(
            city,
            &MeasureFilter {
                published_only: true,
                ..MeasureFilter::default()
            },
        )
        .await?;
    let status_dates = status_dates(store, &measures).await?;
    let members = store.members(city, None).await?;
    let created_at = stamp(now);
    let concept = &stored.concept;

    let definitions: &[IndicatorDef] = catalogue
        .as_ref()
        .map(|c| c.indicators.as_slice())
        .unwrap_or_default();
    let indicators: Vec<IndicatorSheet> = definitions
        .iter()
        .map(|def| {
            sheet(
                concept.city.clone(),
                catalogue.as_ref(),
                def,
                &figures,
                &imports,
                Some(year),
                &created_at,
            )
        })
        .collect();

    let mut fields = Vec::new();
    for field in concept.fields.iter().filter(|f| !f.is_retired()) {
        let meetings = store.meetings(city, &field.slug).await?;
        fields.push(field_report(
            field,
            &measures,
            &members,
            &meetings,
            definitions,
            year,
        ));
    }

    let (completed, stopped) =
        report::measures_ended_in(&measures, year, |m| status_dates.get(&m.id).copied());
    let summary = Summary {
        gaps: report::largest_gaps(
            indicators.iter().filter_map(|s| s.gap.as_ref()),
            SUMMARY_GAPS,
        ),
        fields_without_measure: report::fields_without_measure(concept, &measures),
        completed,
        stopped,
    };
    let brief = ConceptBrief {
        adopted: concept.adopted.clone(),
        sections: concept
            .sections
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    SectionKind::Vision | SectionKind::Understanding | SectionKind::Development
                )
            })
            .cloned()
            .collect(),
    };
    let mut population_concepts = Vec::new();
    for def in definitions {
        if !population_concepts.contains(&def.concept) {
            population_concepts.push(def.concept);
        }
    }
    let method = Method {
        population_concepts,
        missing_figures: indicators
            .iter()
            .flat_map(|s| &s.figures)
            .filter(|o| o.shown_value().is_none())
            .count(),
        sources: indicators
            .iter()
            .map(|s| SourceNote {
                indicator: s.indicator.id.clone(),
                title: s.indicator.title.clone(),
                source: s.indicator.source.clone(),
                rhythm: s.indicator.rhythm.clone(),
                imports: s.imports.clone(),
            })
            .collect(),
    };
    let data_date = indicators.iter().filter_map(|s| s.data_date.clone()).max();
    let demo = indicators.iter().any(|s| s.demo) || measures.iter().any(|m| m.demo);
    let mut data = ReportData {
        format: FORMAT,
        city: concept.city.clone(),
        year,
        title: concept.title.clone(),
        subtitle: concept.subtitle.clone(),
        created_at,
        data_date,
        concept_version: stored.version,
        concept_hash: stored.content_hash.clone(),
        catalogue_version: catalogue.as_ref().map(|c| c.content_hash.clone()),
        catalogue_loaded_at: catalogue.as_ref().map(|c| c.loaded_at.clone()),
        demo,
        summary,
        concept: brief,
        fields,
        method,
        indicators,
    };
    data.add_translations(&report_languages(store).await?);
    Ok(data)
}

/// The content translations a report carries: every UI language that has them. Leichte Sprache
/// covers only the concept's pages and is no report language.
pub(super) async fn report_languages(store: &Store) -> Result<Vec<ContentTranslations>, AppError> {
    let mut languages = Vec::new();
    for language in CONTENT_LANGUAGES {
        if language != LEICHTE_SPRACHE {
            languages.push(crate::translations::for_language(store, language).await?);
        }
    }
    Ok(languages)
}

/// One indicator's sheet: figures up to `year` (all when None) as the public sees them.
pub fn sheet(
    city: teilhabe_domain::concept::City,
    catalogue: Option<&StoredCatalogue>,
    def: &IndicatorDef,
    figures: &[StoredObservation],
    imports: &[ImportRecord],
    year: Option<i32>,
    created_at: &str,
) -> IndicatorSheet {
    let own: Vec<&StoredObservation> = figures
        .iter()
        .filter(|f| f.observation.indicator == def.id)
        .filter(|f| year.is_none_or(|year| f.observation.at.year <= year))
        .collect();
    let mut shown: Vec<_> = own.iter().map(|f| report::shown(&f.observation)).collect();
    shown.sort_by(|a, b| a.at.cmp(&b.at));
    let mut footnotes: Vec<String> = Vec::new();
    for figure in &shown {
        for note in &figure.footnotes {
            if !footnotes.contains(note) {
                footnotes.push(note.clone());
            }
        }
    }
    let demo = own.iter().any(|f| f.is_demo);
    let used: BTreeSet<i64> = own.iter().map(|f| f.import_id).collect();
    let notes: Vec<ImportNote> = imports
        .iter()
        .filter(|i| used.contains(&i.id))
        .map(|i| ImportNote {
            id: i.id,
            source: i.source.clone(),
            file_name: i.file_name.clone(),
            format: i.format.clone(),
            imported_at: i.imported_at.clone(),
            demo: i.is_demo,
        })
        .collect();
    let data_date = notes
        .iter()
        .filter_map(|n| n.imported_at.get(..10).map(str::to_owned))
        .max();
    let gap_year = year.unwrap_or(i32::MAX);
    IndicatorSheet {
        format: FORMAT,
        city,
        created_at: created_at.to_owned(),
        catalogue_version: catalogue.map(|c| c.content_hash.clone()),
        indicator: def.clone(),
        latest_year: shown.iter().map(|o| o.at.year).max(),
        latest_change: report::total_change(def, &shown),
        gap: report::summary::gap_trend(def, &shown, gap_year, demo),
        targets: report::target_statuses(def, &shown),
        footnotes,
        demo,
        imports: notes,
        data_date,
        figures: shown,
    }
}

fn field_report(
    field: &ActionField,
    measures: &[Measure],
    members: &[Member],
    meetings: &[teilhabe_store::working_groups::Meeting],
    definitions: &[IndicatorDef],
    year: i32,
) -> FieldReport {
    let serving: Vec<&Measure> = measures
        .iter()
        .filter(|m| {
            m.content
                .recommendations
                .iter()
                .any(|id| field.recommendations.iter().any(|r| &r.id == id))
        })
        .collect();
    let rollup = field_rollup(field, measures);
    let recommendations = field
        .recommendations
        .iter()
        .filter(|r| !r.is_retired())
        .map(|r| RecommendationReport {
            id: r.id.clone(),
            text: r.text.clone(),
            measures: serving
                .iter()
                .filter(|m| m.content.recommendations.contains(&r.id))
                .map(|m| m.id)
                .collect(),
            progress: recommendation_rollup(&r.id, measures)
                .progress
                .map(|(p, _)| p),
        })
        .collect();
    let year_prefix = format!("{year:04}-");
    FieldReport {
        slug: field.slug.clone(),
        title: field.title.clone(),
        intro: field.intro.clone(),
        recommendation_kind: field.recommendation_kind,
        recommendations,
        measures: serving.iter().map(|m| measure_report(m)).collect(),
        progress: rollup.progress.map(|(p, _)| p),
        weighted_by_budget: matches!(
            rollup.progress,
            Some((_, teilhabe_domain::measure::Weighting::Budget))
        ),
        working_group: WorkingGroupReport {
            members: members
                .iter()
                .filter(|m| m.field == field.slug)
                .cloned()
                .map(Member::for_public)
                .map(|m| MemberReport {
                    person: (!m.person.is_empty()).then_some(m.person),
                    organisation: m.organisation,
                    is_chair: m.is_chair,
                })
                .collect(),
            meetings_in_year: meetings
                .iter()
                .filter(|m| m.date.starts_with(&year_prefix))
                .count(),
            last_meeting: meetings.iter().map(|m| m.date.clone()).max(),
        },
        indicators: definitions
            .iter()
            .filter(|d| d.fields.contains(&field.slug))
            .map(|d| d.id.clone())
            .collect(),
    }
}

fn measure_report(measure: &Measure) -> MeasureReport {
    let c = &measure.content;
    MeasureReport {
        id: measure.id,
        title: c.title.clone(),
        description: c.description.clone(),
        recommendations: c.recommendations.clone(),
        programme: c.programme,
        organisation: c.organisation.clone(),
        status: c.status,
        stop_reason: c.stop_reason.clone(),
        progress: c.progress,
        start: c.start,
        end: c.end,
        budget_planned: c.budget_planned,
        budget_spent: c.budget_spent,
        demo: measure.demo,
    }
}

/// The day each measure reached its current status, from the audit log's status changes
/// (newest first, so the first match is the latest change into that status).
async fn status_dates(
    store: &Store,
    measures: &[Measure],
) -> Result<BTreeMap<i64, Date>, AppError> {
    let current: BTreeMap<String, (i64, &str)> = measures
        .iter()
        .map(|m| (m.id.to_string(), (m.id, m.content.status.as_str())))
        .collect();
    let log = store
        .audit_log(&AuditFilter {
            entity_type: Some("measure".into()),
            ..AuditFilter::default()
        })
        .await?;
    let mut dates = BTreeMap::new();
    for record in log {
        let entry = &record.entry;
        if entry.action != "measure.update" || entry.field.as_deref() != Some("status") {
            continue;
        }
        let Some((id, status)) = current.get(&entry.entity_id) else {
            continue;
        };
        if entry.new_value.as_deref() != Some(*status) || dates.contains_key(id) {
            continue;
        }
        if let Some(date) = record.at.get(..10).and_then(|d| d.parse::<Date>().ok()) {
            dates.insert(*id, date);
        }
    }
    Ok(dates)
}
