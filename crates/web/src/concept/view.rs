//! The concept's pages as view models: what the templates under templates/concept/ show, built
//! from the stored concept, the visible measures and the panels other features contribute.

use askama::Template;
use teilhabe_domain::concept::{ActionField, Concept, RecommendationKind};
use teilhabe_domain::measure::{FieldRollup, Measure, field_rollup};
use teilhabe_store::{SearchHit, SearchHitKind};

use crate::frame::fields::Field;
use crate::frame::i18n::Translator;
use crate::frame::{Content, Layout, Localized, Panel};
use crate::measures::links::{MeasureLink, ProgressView, measure_link, progress_view};
use teilhabe_domain::translation::keys;

#[derive(Template)]
#[template(path = "concept/start.html")]
pub struct StartPage<'a> {
    pub layout: Layout<'a>,
    title: Localized,
    subtitle: Option<Localized>,
    adopted: Option<String>,
    sections: Vec<SectionView>,
    results_heading: Localized,
    fields_intro: String,
    fields: Vec<FieldLink>,
    /// What other features show on the start page (the monitoring's largest gaps).
    panels: Vec<Panel>,
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

#[derive(Template)]
#[template(path = "concept/fields.html")]
pub struct FieldsPage<'a> {
    pub layout: Layout<'a>,
    intro: String,
    fields: Vec<FieldLink>,
}

#[derive(Template)]
#[template(path = "concept/field.html")]
pub struct FieldPage<'a> {
    pub layout: Layout<'a>,
    title: Localized,
    /// "Retired on …: reason", when the field is no longer in force.
    retired: Option<String>,
    intro: Option<Localized>,
    list_heading: String,
    progress: ProgressView,
    recommendations: Vec<RecommendationView>,
    previous: Option<FieldLink>,
    next: Option<FieldLink>,
    /// What other features show on a field page (the field's indicators).
    panels: Vec<Panel>,
    slug: String,
    /// The visitor may edit this field, so may refuse other groups' links to its recommendations.
    may_refuse: bool,
    csrf: String,
}

struct RecommendationView {
    id: String,
    text: Localized,
    /// "Retired on …: reason", when the recommendation is no longer in force.
    retired: Option<String>,
    tags: Vec<Localized>,
    progress: ProgressView,
    measures: Vec<MeasureLink>,
}

#[derive(Template)]
#[template(path = "concept/search.html")]
pub struct SearchPage<'a> {
    pub layout: Layout<'a>,
    /// The search field, with the query as its value.
    field: Field,
    summary: Option<String>,
    hits: Vec<HitView>,
}

struct HitView {
    kind: String,
    text: Localized,
    href: String,
    context: Option<Localized>,
}

/// The start page: the concept's sections, its fields with their progress, and the panels.
pub fn start_page<'a>(
    layout: Layout<'a>,
    concept: &Concept,
    measures: &[Measure],
    panels: Vec<Panel>,
) -> StartPage<'a> {
    let t = layout.t;
    let c = layout.content.clone();
    StartPage {
        title: c.text(&keys::concept_title(), &concept.title),
        subtitle: concept
            .subtitle
            .as_ref()
            .map(|text| c.text(&keys::concept_subtitle(), text)),
        adopted: concept
            .adopted
            .as_ref()
            .map(|date| t.msg_with("start-adopted", "date", t.long_date(date))),
        sections: concept
            .sections
            .iter()
            .map(|section| SectionView {
                id: section.id.clone(),
                heading: c.text(&keys::section_heading(&section.id), &section.heading),
                adopted: section
                    .adopted
                    .as_ref()
                    .map(|date| t.msg_with("section-adopted", "date", t.long_date(date))),
                intro: section
                    .intro
                    .as_ref()
                    .map(|text| c.text(&keys::section_intro(&section.id), text)),
                items: section
                    .items
                    .iter()
                    .map(|item| ItemView {
                        id: item.id.clone(),
                        text: c.text(&keys::statement(&section.id, &item.id), &item.text),
                    })
                    .collect(),
            })
            .collect(),
        results_heading: concept
            .results_heading
            .as_ref()
            .map(|text| c.text(&keys::concept_results_heading(), text))
            .unwrap_or_else(|| Localized::plain(t.msg("nav-fields"))),
        fields_intro: t.msg_with("start-fields-intro", "count", concept.fields.len()),
        fields: concept
            .fields
            .iter()
            .map(|field| field_link(&t, &c, field, measures))
            .collect(),
        panels,
        layout,
    }
}

/// Every action field with the state of its measures.
pub fn fields_page<'a>(
    layout: Layout<'a>,
    concept: &Concept,
    measures: &[Measure],
) -> FieldsPage<'a> {
    let t = layout.t;
    let c = layout.content.clone();
    FieldsPage {
        intro: t.msg_with2(
            "fields-intro",
            ("count", concept.fields.len()),
            ("recommendations", concept.recommendation_count()),
        ),
        fields: concept
            .fields
            .iter()
            .map(|field| field_link(&t, &c, field, measures))
            .collect(),
        layout,
    }
}

/// What a field page needs besides the concept and the measures.
pub struct FieldContext {
    pub index: usize,
    pub panels: Vec<Panel>,
    pub may_refuse: bool,
    pub csrf: String,
}

/// One action field: its recommendations with the measures that serve them, its neighbours.
pub fn field_page<'a>(
    layout: Layout<'a>,
    concept: &Concept,
    measures: &[Measure],
    context: FieldContext,
) -> Option<FieldPage<'a>> {
    let t = layout.t;
    let c = layout.content.clone();
    let index = context.index;
    let field = concept.fields.get(index)?;
    let rollup = field_rollup(field, measures);
    Some(FieldPage {
        slug: field.slug.clone(),
        may_refuse: context.may_refuse,
        csrf: context.csrf,
        retired: field.retired.as_ref().map(|retired| {
            t.msg_with2(
                "retired-on",
                ("date", retired.date.as_str()),
                ("reason", retired.reason.as_str()),
            )
        }),
        title: c.text(&keys::field_title(&field.slug), &field.title),
        intro: field
            .intro
            .as_ref()
            .map(|text| c.text(&keys::field_intro(&field.slug), text)),
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
                    text: c.text(
                        &keys::recommendation(&recommendation.id),
                        &recommendation.text,
                    ),
                    retired: recommendation.retired.as_ref().map(|retired| {
                        t.msg_with2(
                            "retired-on",
                            ("date", retired.date.as_str()),
                            ("reason", retired.reason.as_str()),
                        )
                    }),
                    tags: recommendation
                        .tags
                        .iter()
                        .filter_map(|tag| concept.tag(tag))
                        .map(|tag| c.text(&keys::tag(&tag.id), &tag.label))
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
                        .map(|m| measure_link(&t, &c, m))
                        .collect(),
                },
            )
            .collect(),
        previous: index
            .checked_sub(1)
            .and_then(|i| concept.fields.get(i))
            .map(|field| field_link(&t, &c, field, measures)),
        next: concept
            .fields
            .get(index + 1)
            .map(|field| field_link(&t, &c, field, measures)),
        panels: context.panels,
        layout,
    })
}

/// The search results: each hit with what kind of text it is, a link and its context.
pub fn search_page<'a>(
    mut layout: Layout<'a>,
    concept: &Concept,
    text: &str,
    hits: &[SearchHit],
) -> SearchPage<'a> {
    let t = layout.t;
    let c = layout.content.clone();
    let hit_views = hits
        .iter()
        .filter_map(|hit| {
            let field = hit
                .field_slug
                .as_deref()
                .and_then(|slug| concept.field(slug));
            let (kind, (key, text), href, context) = match hit.kind {
                SearchHitKind::Section => {
                    let section = concept
                        .sections
                        .iter()
                        .find(|section| section.id == hit.id)?;
                    (
                        "search-kind-section",
                        (keys::section_heading(&section.id), &section.heading),
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
                        (keys::statement(&section.id, &item.id), &item.text),
                        format!("/#{}", item.id),
                        Some((keys::section_heading(&section.id), &section.heading)),
                    )
                }
                SearchHitKind::Field => {
                    let field = field?;
                    (
                        "search-kind-field",
                        (keys::field_title(&field.slug), &field.title),
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
                        (
                            keys::recommendation(&recommendation.id),
                            &recommendation.text,
                        ),
                        format!("/handlungsfelder/{}#{}", field.slug, recommendation.id),
                        Some((keys::field_title(&field.slug), &field.title)),
                    )
                }
            };
            Some(HitView {
                kind: t.msg(kind),
                text: c.text(&key, text),
                href,
                context: context.map(|(key, text)| c.text(&key, text)),
            })
        })
        .collect::<Vec<_>>();
    let summary = (!text.is_empty()).then(|| {
        t.msg_with2(
            "search-results",
            ("count", hit_views.len()),
            ("query", text),
        )
    });
    layout.search_query = text.to_owned();
    SearchPage {
        layout,
        field: Field::search("q", t.msg("search-label"))
            .id("search-query")
            .hint(t.msg("search-hint"))
            .value(text),
        summary,
        hits: hit_views,
    }
}

fn field_link(
    t: &Translator<'_>,
    c: &Content,
    field: &ActionField,
    measures: &[Measure],
) -> FieldLink {
    let count = field.recommendations.len();
    let count_label = match field.recommendation_kind {
        RecommendationKind::Recommendation => {
            t.msg_with("field-recommendation-count", "count", count)
        }
        RecommendationKind::Area => t.msg_with("field-area-count", "count", count),
    };
    let count_label = match &field.retired {
        Some(_) => format!("{count_label} · {}", t.msg("retired")),
        None => count_label,
    };
    FieldLink {
        slug: field.slug.clone(),
        title: c.text(&keys::field_title(&field.slug), &field.title),
        intro: field
            .intro
            .as_ref()
            .map(|text| c.text(&keys::field_intro(&field.slug), text)),
        count_label,
        progress: field_progress(t, &field_rollup(field, measures)),
    }
}

fn field_progress(t: &Translator<'_>, rollup: &FieldRollup) -> ProgressView {
    let gaps = (rollup.without_measure > 0).then(|| {
        t.msg_with2(
            "progress-gaps",
            ("count", rollup.without_measure),
            ("total", rollup.in_force),
        )
    });
    progress_view(t, &rollup.by_status, rollup.progress, gaps)
}
