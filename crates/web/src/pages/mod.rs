//! The HTML pages. Each works without JavaScript; markup follows KERN UX and uses landmarks,
//! ordered headings, lists and a skip link.

mod context;
mod layout;

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_domain::concept::{ActionField, RecommendationKind};
use teilhabe_domain::measure::{FieldRollup, Measure, Status, field_rollup};
use teilhabe_store::SearchHitKind;
use teilhabe_store::measures::MeasureFilter;

use crate::i18n::Translator;
pub use context::Page;
pub use layout::{Layout, Localized, Nav};

// --- page models ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "start.html")]
struct StartPage<'a> {
    layout: Layout<'a>,
    title: Localized,
    subtitle: Option<Localized>,
    adopted: Option<String>,
    sections: Vec<SectionView>,
    results_heading: Localized,
    fields_intro: String,
    fields: Vec<FieldLink>,
    /// The largest gaps of the monitoring (templates/monitoring/start-panel.html).
    monitoring: Option<crate::monitoring::panels::StartPanel>,
}

struct SectionView {
    id: String,
    heading: Localized,
    adopted: Option<String>,
    intro: Option<Localized>,
    items: Vec<ItemView>,
}

struct ItemView {
    id: String,
    text: Localized,
}

/// A field in a list, with the state of its measures.
pub struct FieldLink {
    pub slug: String,
    pub title: Localized,
    pub intro: Option<Localized>,
    pub count_label: String,
    pub progress: ProgressView,
}

/// Measures by status and the weighted progress, as text and as a bar.
pub struct ProgressView {
    /// "3 laufend, 1 geplant" — empty when there are no measures.
    pub statuses: String,
    /// Whole percent, for the bar.
    pub percent: Option<u8>,
    /// "Fortschritt 57 % (gewichtet nach Budget)".
    pub label: String,
    /// "1 von 3 Handlungsempfehlungen ohne Maßnahme".
    pub gaps: Option<String>,
}

#[derive(Template)]
#[template(path = "fields.html")]
struct FieldsPage<'a> {
    layout: Layout<'a>,
    intro: String,
    fields: Vec<FieldLink>,
}

#[derive(Template)]
#[template(path = "field.html")]
struct FieldPage<'a> {
    layout: Layout<'a>,
    title: Localized,
    intro: Option<Localized>,
    list_heading: String,
    progress: ProgressView,
    recommendations: Vec<RecommendationView>,
    previous: Option<FieldLink>,
    next: Option<FieldLink>,
    /// The field's indicators (templates/monitoring/field-panel.html).
    monitoring: Option<crate::monitoring::panels::FieldPanel>,
    slug: String,
    /// The visitor may edit this field, so may refuse other groups' links to its recommendations.
    may_refuse: bool,
    csrf: String,
}

struct RecommendationView {
    id: String,
    text: Localized,
    tags: Vec<Localized>,
    progress: ProgressView,
    measures: Vec<MeasureLink>,
}

pub struct MeasureLink {
    pub id: i64,
    pub title: Localized,
    pub status: String,
    pub status_class: &'static str,
    pub progress: u8,
    pub demo: bool,
    pub published: bool,
    /// The working group the measure belongs to (on a field page, measures of other groups are
    /// cross-field links).
    pub working_group: String,
    pub version: i64,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage<'a> {
    layout: Layout<'a>,
    query: String,
    summary: Option<String>,
    hits: Vec<HitView>,
}

struct HitView {
    kind: String,
    text: Localized,
    href: String,
    context: Option<Localized>,
}

// --- handlers ------------------------------------------------------------------------------

pub async fn start(page: Page) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let measures = match visible_measures(&page, &stored.concept.city.slug).await {
        Ok(measures) => measures,
        Err(response) => return response,
    };
    let t = page.t();
    let lang = t.code();
    let concept = &stored.concept;
    let title = Localized::new(&concept.title, lang);
    let monitoring = crate::monitoring::panels::start_panel(&page.state, &t, concept, 5).await;
    let monitoring_version = monitoring_version(&page, concept).await;
    let view = StartPage {
        layout: page.layout(Some(&stored), Nav::Home, title.text.clone()),
        subtitle: concept
            .subtitle
            .as_ref()
            .map(|text| Localized::new(text, lang)),
        adopted: concept
            .adopted
            .as_ref()
            .map(|date| t.msg_with("start-adopted", "date", t.long_date(date))),
        title,
        sections: concept
            .sections
            .iter()
            .map(|section| SectionView {
                id: section.id.clone(),
                heading: Localized::new(&section.heading, lang),
                adopted: section
                    .adopted
                    .as_ref()
                    .map(|date| t.msg_with("section-adopted", "date", t.long_date(date))),
                intro: section
                    .intro
                    .as_ref()
                    .map(|text| Localized::new(text, lang)),
                items: section
                    .items
                    .iter()
                    .map(|item| ItemView {
                        id: item.id.clone(),
                        text: Localized::new(&item.text, lang),
                    })
                    .collect(),
            })
            .collect(),
        results_heading: concept
            .results_heading
            .as_ref()
            .map(|text| Localized::new(text, lang))
            .unwrap_or_else(|| Localized::plain(t.msg("nav-fields"))),
        fields_intro: t.msg_with("start-fields-intro", "count", concept.fields.len()),
        fields: concept
            .fields
            .iter()
            .map(|field| field_link(&t, field, &measures))
            .collect(),
        monitoring,
    };
    let version = measures_version(&measures);
    page.respond(
        &[&stored.content_hash, &version, &monitoring_version, "start"],
        StatusCode::OK,
        &view,
    )
}

pub async fn fields(page: Page) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let measures = match visible_measures(&page, &stored.concept.city.slug).await {
        Ok(measures) => measures,
        Err(response) => return response,
    };
    let t = page.t();
    let concept = &stored.concept;
    let view = FieldsPage {
        layout: page.layout(Some(&stored), Nav::Fields, t.msg("fields-title")),
        intro: t.msg_with2(
            "fields-intro",
            ("count", concept.fields.len()),
            ("recommendations", concept.recommendation_count()),
        ),
        fields: concept
            .fields
            .iter()
            .map(|field| field_link(&t, field, &measures))
            .collect(),
    };
    let version = measures_version(&measures);
    page.respond(
        &[&stored.content_hash, &version, "fields"],
        StatusCode::OK,
        &view,
    )
}

pub async fn field(page: Page, Path(slug): Path<String>) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let concept = &stored.concept;
    let Some(index) = concept.fields.iter().position(|field| field.slug == slug) else {
        return page.not_found(Some(&stored));
    };
    let measures = match visible_measures(&page, &concept.city.slug).await {
        Ok(measures) => measures,
        Err(response) => return response,
    };
    let t = page.t();
    let lang = t.code();
    let field = &concept.fields[index];
    let rollup = field_rollup(field, &measures);
    let title = Localized::new(&field.title, lang);
    let monitoring = crate::monitoring::panels::field_panel(&page.state, &t, concept, &slug).await;
    let monitoring_version = monitoring_version(&page, concept).await;
    let view = FieldPage {
        layout: page.layout(Some(&stored), Nav::Fields, title.text.clone()),
        slug: slug.clone(),
        may_refuse: page.viewer.visitor.may_edit_field(&slug),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        title,
        intro: field.intro.as_ref().map(|text| Localized::new(text, lang)),
        list_heading: t.msg(match field.recommendation_kind {
            RecommendationKind::Recommendation => "field-recommendations",
            RecommendationKind::Area => "field-areas",
        }),
        progress: field_progress(&t, &rollup),
        recommendations: field
            .recommendations
            .iter()
            .zip(&rollup.recommendations)
            .map(
                |(recommendation, recommendation_rollup)| RecommendationView {
                    id: recommendation.id.clone(),
                    text: Localized::new(&recommendation.text, lang),
                    tags: recommendation
                        .tags
                        .iter()
                        .filter_map(|tag| concept.tag(tag))
                        .map(|tag| Localized::new(&tag.label, lang))
                        .collect(),
                    progress: progress_view(
                        &t,
                        &recommendation_rollup.by_status,
                        recommendation_rollup.progress,
                        None,
                    ),
                    measures: measures
                        .iter()
                        .filter(|m| m.content.recommendations.contains(&recommendation.id))
                        .map(|m| measure_link(&t, m))
                        .collect(),
                },
            )
            .collect(),
        previous: index
            .checked_sub(1)
            .and_then(|i| concept.fields.get(i))
            .map(|field| field_link(&t, field, &measures)),
        next: concept
            .fields
            .get(index + 1)
            .map(|field| field_link(&t, field, &measures)),
        monitoring,
    };
    let version = measures_version(&measures);
    page.respond(
        &[
            &stored.content_hash,
            &version,
            &monitoring_version,
            "field",
            &slug,
        ],
        StatusCode::OK,
        &view,
    )
}

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

pub async fn search(page: Page, Query(query): Query<SearchQuery>) -> Response {
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let t = page.t();
    let lang = t.code();
    let concept = &stored.concept;
    let text = query.q.unwrap_or_default().trim().to_owned();
    let hits = if text.is_empty() {
        Vec::new()
    } else {
        match page
            .state
            .store()
            .search_concept(&concept.city.slug, &text, None)
            .await
        {
            Ok(hits) => hits,
            Err(error) => {
                tracing::error!(%error, "search failed");
                return page.internal_error();
            }
        }
    };
    let hit_views = hits
        .iter()
        .filter_map(|hit| {
            let field = hit
                .field_slug
                .as_deref()
                .and_then(|slug| concept.field(slug));
            let (kind, text, href, context) = match hit.kind {
                SearchHitKind::Section => {
                    let section = concept
                        .sections
                        .iter()
                        .find(|section| section.id == hit.id)?;
                    (
                        "search-kind-section",
                        &section.heading,
                        format!("/#{}", section.id),
                        None,
                    )
                }
                SearchHitKind::Statement => {
                    let (section, item) = concept.sections.iter().find_map(|section| {
                        section
                            .items
                            .iter()
                            .find(|item| item.id == hit.id)
                            .map(|item| (section, item))
                    })?;
                    (
                        "search-kind-statement",
                        &item.text,
                        format!("/#{}", item.id),
                        Some(&section.heading),
                    )
                }
                SearchHitKind::Field => {
                    let field = field?;
                    (
                        "search-kind-field",
                        &field.title,
                        format!("/handlungsfelder/{}", field.slug),
                        None,
                    )
                }
                SearchHitKind::Recommendation => {
                    let field = field?;
                    let recommendation = field.recommendations.iter().find(|r| r.id == hit.id)?;
                    let kind = match field.recommendation_kind {
                        RecommendationKind::Recommendation => "search-kind-recommendation",
                        RecommendationKind::Area => "search-kind-area",
                    };
                    (
                        kind,
                        &recommendation.text,
                        format!("/handlungsfelder/{}#{}", field.slug, recommendation.id),
                        Some(&field.title),
                    )
                }
            };
            Some(HitView {
                kind: t.msg(kind),
                text: Localized::new(text, lang),
                href,
                context: context.map(|text| Localized::new(text, lang)),
            })
        })
        .collect::<Vec<_>>();
    let summary = (!text.is_empty()).then(|| {
        t.msg_with2(
            "search-results",
            ("count", hit_views.len()),
            ("query", text.as_str()),
        )
    });
    let mut layout = page.layout(Some(&stored), Nav::Search, t.msg("search-title"));
    layout.search_query = text.clone();
    let view = SearchPage {
        layout,
        query: text.clone(),
        summary,
        hits: hit_views,
    };
    page.respond(
        &[&stored.content_hash, "search", &text],
        StatusCode::OK,
        &view,
    )
}

/// The "not found" page for paths outside the API.
pub async fn not_found(page: &Page) -> Response {
    let stored = page.state.concept().await.ok().flatten();
    page.not_found(stored.as_ref())
}

// --- helpers shared with the measure pages -------------------------------------------------

/// Part of the ETag of pages that show monitoring figures: changes with every import.
async fn monitoring_version(page: &Page, concept: &teilhabe_domain::concept::Concept) -> String {
    page.state
        .store()
        .monitoring_version(&concept.city.slug)
        .await
        .unwrap_or_default()
}

/// The measures this visitor may see: all for accounts, the published ones for the public.
pub async fn visible_measures(page: &Page, city: &str) -> Result<Vec<Measure>, Response> {
    teilhabe_app::measures::list_visible(
        page.state.store(),
        &page.viewer.visitor,
        city,
        MeasureFilter::default(),
    )
    .await
    .map_err(|error| {
        tracing::error!(%error, "cannot read measures");
        page.internal_error()
    })
}

/// A cache validator part that changes whenever any visible measure changes.
pub fn measures_version(measures: &[Measure]) -> String {
    let stamp = measures
        .iter()
        .map(|m| m.updated_at.as_str())
        .max()
        .unwrap_or("");
    format!(
        "{}:{stamp}:{}",
        measures.len(),
        measures.iter().map(|m| m.id + m.version).sum::<i64>()
    )
}

fn field_link(t: &Translator<'_>, field: &ActionField, measures: &[Measure]) -> FieldLink {
    let count = field.recommendations.len();
    let count_label = match field.recommendation_kind {
        RecommendationKind::Recommendation => {
            t.msg_with("field-recommendation-count", "count", count)
        }
        RecommendationKind::Area => t.msg_with("field-area-count", "count", count),
    };
    FieldLink {
        slug: field.slug.clone(),
        title: Localized::new(&field.title, t.code()),
        intro: field
            .intro
            .as_ref()
            .map(|text| Localized::new(text, t.code())),
        count_label,
        progress: field_progress(t, &field_rollup(field, measures)),
    }
}

fn field_progress(t: &Translator<'_>, rollup: &FieldRollup) -> ProgressView {
    let gaps = (rollup.without_measure > 0).then(|| {
        t.msg_with2(
            "progress-gaps",
            ("count", rollup.without_measure),
            ("total", rollup.recommendations.len()),
        )
    });
    progress_view(t, &rollup.by_status, rollup.progress, gaps)
}

pub fn progress_view(
    t: &Translator<'_>,
    by_status: &BTreeMap<Status, usize>,
    progress: Option<(f64, teilhabe_domain::measure::Weighting)>,
    gaps: Option<String>,
) -> ProgressView {
    let statuses = by_status
        .iter()
        .map(|(status, count)| {
            t.msg_with(
                &format!("status-count-{}", status.as_str()),
                "count",
                *count,
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let (percent, label) = match progress {
        Some((value, weighting)) => {
            let percent = value.round().clamp(0.0, 100.0) as u8;
            let weighting = match weighting {
                teilhabe_domain::measure::Weighting::Budget => "progress-weighted-budget",
                teilhabe_domain::measure::Weighting::Equal => "progress-weighted-equal",
            };
            (
                Some(percent),
                t.msg_with2(
                    "progress-label",
                    ("percent", usize::from(percent)),
                    ("weighting", t.msg(weighting)),
                ),
            )
        }
        None if by_status.is_empty() => (None, t.msg("progress-no-measures")),
        None => (None, t.msg("progress-none-counting")),
    };
    ProgressView {
        statuses,
        percent,
        label,
        gaps,
    }
}

pub fn measure_link(t: &Translator<'_>, measure: &Measure) -> MeasureLink {
    MeasureLink {
        id: measure.id,
        title: Localized::new(&measure.content.title, t.code()),
        status: t.msg(&format!("status-{}", measure.content.status.as_str())),
        status_class: status_class(measure.content.status),
        progress: measure.content.progress,
        demo: measure.demo,
        published: measure.content.published,
        working_group: measure.content.working_group.clone(),
        version: measure.version,
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Idea | Status::Planned => "kern-badge--info",
        Status::Running => "kern-badge--warning",
        Status::Completed | Status::Permanent => "kern-badge--success",
        Status::Stopped => "kern-badge--danger",
    }
}
