//! The HTML pages. Each works without JavaScript; markup follows KERN UX and uses landmarks,
//! ordered headings, lists and a skip link.

pub(crate) mod layout;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use teilhabe_domain::concept::{ActionField, RecommendationKind};
use teilhabe_store::{SearchHitKind, StoredConcept};

use crate::caching;
use crate::i18n::Translator;
use crate::language::Language;
use crate::state::AppState;
use layout::{Layout, Localized, Nav};

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

struct FieldLink {
    slug: String,
    title: Localized,
    intro: Option<Localized>,
    count_label: String,
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
    recommendations: Vec<RecommendationView>,
    previous: Option<FieldLink>,
    next: Option<FieldLink>,
    /// The field's indicators (templates/monitoring/field-panel.html).
    monitoring: Option<crate::monitoring::panels::FieldPanel>,
}

struct RecommendationView {
    id: String,
    text: Localized,
    tags: Vec<Localized>,
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

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage<'a> {
    layout: Layout<'a>,
    heading: String,
    text: String,
}

// --- handlers ------------------------------------------------------------------------------

pub async fn start(
    State(state): State<AppState>,
    language: Language,
    request: HeaderMap,
) -> Response {
    let stored = match load(&state, &language).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let t = state.locales().translator(&language.code);
    let lang = t.code();
    let concept = &stored.concept;
    let title = Localized::new(&concept.title, lang);
    let monitoring = crate::monitoring::panels::start_panel(&state, &t, concept, 5).await;
    let monitoring_version = monitoring_version(&state, concept).await;
    let page = StartPage {
        layout: Layout::new(
            t,
            &language,
            state.locales(),
            Some(&stored),
            Nav::Home,
            title.text.clone(),
        ),
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
            .map(|field| field_link(&t, field))
            .collect(),
        monitoring,
    };
    respond(
        &request,
        &language,
        &[&stored.content_hash, &monitoring_version, "start"],
        StatusCode::OK,
        &page,
    )
}

pub async fn fields(
    State(state): State<AppState>,
    language: Language,
    request: HeaderMap,
) -> Response {
    let stored = match load(&state, &language).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let t = state.locales().translator(&language.code);
    let concept = &stored.concept;
    let page = FieldsPage {
        layout: Layout::new(
            t,
            &language,
            state.locales(),
            Some(&stored),
            Nav::Fields,
            t.msg("fields-title"),
        ),
        intro: t.msg_with2(
            "fields-intro",
            ("count", concept.fields.len()),
            ("recommendations", concept.recommendation_count()),
        ),
        fields: concept
            .fields
            .iter()
            .map(|field| field_link(&t, field))
            .collect(),
    };
    respond(
        &request,
        &language,
        &[&stored.content_hash, "fields"],
        StatusCode::OK,
        &page,
    )
}

pub async fn field(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    language: Language,
    request: HeaderMap,
) -> Response {
    let stored = match load(&state, &language).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let concept = &stored.concept;
    let Some(index) = concept.fields.iter().position(|field| field.slug == slug) else {
        return not_found_with(&state, &language, Some(&stored));
    };
    let t = state.locales().translator(&language.code);
    let lang = t.code();
    let field = &concept.fields[index];
    let title = Localized::new(&field.title, lang);
    let monitoring = crate::monitoring::panels::field_panel(&state, &t, concept, &slug).await;
    let monitoring_version = monitoring_version(&state, concept).await;
    let page = FieldPage {
        layout: Layout::new(
            t,
            &language,
            state.locales(),
            Some(&stored),
            Nav::Fields,
            title.text.clone(),
        ),
        title,
        intro: field.intro.as_ref().map(|text| Localized::new(text, lang)),
        list_heading: t.msg(match field.recommendation_kind {
            RecommendationKind::Recommendation => "field-recommendations",
            RecommendationKind::Area => "field-areas",
        }),
        recommendations: field
            .recommendations
            .iter()
            .map(|recommendation| RecommendationView {
                id: recommendation.id.clone(),
                text: Localized::new(&recommendation.text, lang),
                tags: recommendation
                    .tags
                    .iter()
                    .filter_map(|tag| concept.tag(tag))
                    .map(|tag| Localized::new(&tag.label, lang))
                    .collect(),
            })
            .collect(),
        previous: index
            .checked_sub(1)
            .and_then(|i| concept.fields.get(i))
            .map(|field| field_link(&t, field)),
        next: concept
            .fields
            .get(index + 1)
            .map(|field| field_link(&t, field)),
        monitoring,
    };
    respond(
        &request,
        &language,
        &[&stored.content_hash, &monitoring_version, "field", &slug],
        StatusCode::OK,
        &page,
    )
}

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

pub async fn search(
    State(state): State<AppState>,
    Query(query): Query<SearchQuery>,
    language: Language,
    request: HeaderMap,
) -> Response {
    let stored = match load(&state, &language).await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let t = state.locales().translator(&language.code);
    let lang = t.code();
    let concept = &stored.concept;
    let text = query.q.unwrap_or_default().trim().to_owned();
    let hits = if text.is_empty() {
        Vec::new()
    } else {
        match state
            .store()
            .search_concept(&concept.city.slug, &text, None)
            .await
        {
            Ok(hits) => hits,
            Err(error) => {
                tracing::error!(%error, "search failed");
                return internal_error(&state, &language);
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
    let mut layout = Layout::new(
        t,
        &language,
        state.locales(),
        Some(&stored),
        Nav::Search,
        t.msg("search-title"),
    );
    layout.search_query = text.clone();
    let page = SearchPage {
        layout,
        query: text.clone(),
        summary,
        hits: hit_views,
    };
    respond(
        &request,
        &language,
        &[&stored.content_hash, "search", &text],
        StatusCode::OK,
        &page,
    )
}

/// The "not found" page for paths outside the API.
pub async fn not_found(state: &AppState, language: &Language) -> Response {
    let stored = state.concept().await.ok().flatten();
    not_found_with(state, language, stored.as_ref())
}

// --- helpers -------------------------------------------------------------------------------

/// Part of the ETag of pages that show monitoring figures: changes with every import.
async fn monitoring_version(
    state: &AppState,
    concept: &teilhabe_domain::concept::Concept,
) -> String {
    state
        .store()
        .monitoring_version(&concept.city.slug)
        .await
        .unwrap_or_default()
}

fn field_link(t: &Translator<'_>, field: &ActionField) -> FieldLink {
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
    }
}

/// The current concept, or the page to answer instead (none loaded yet, or the store failed).
pub(crate) async fn load(state: &AppState, language: &Language) -> Result<StoredConcept, Response> {
    match state.concept().await {
        Ok(Some(stored)) => Ok(stored),
        Ok(None) => Err(message(
            state,
            language,
            None,
            StatusCode::SERVICE_UNAVAILABLE,
            "no-concept-title",
            "no-concept-text",
        )),
        Err(error) => {
            tracing::error!(%error, "cannot read the concept");
            Err(internal_error(state, language))
        }
    }
}

pub(crate) fn not_found_with(
    state: &AppState,
    language: &Language,
    stored: Option<&StoredConcept>,
) -> Response {
    message(
        state,
        language,
        stored,
        StatusCode::NOT_FOUND,
        "not-found-title",
        "not-found-text",
    )
}

pub(crate) fn internal_error(state: &AppState, language: &Language) -> Response {
    message(
        state,
        language,
        None,
        StatusCode::INTERNAL_SERVER_ERROR,
        "error-title",
        "error-text",
    )
}

fn message(
    state: &AppState,
    language: &Language,
    stored: Option<&StoredConcept>,
    status: StatusCode,
    heading: &str,
    text: &str,
) -> Response {
    let t = state.locales().translator(&language.code);
    let page = MessagePage {
        layout: Layout::new(
            t,
            language,
            state.locales(),
            stored,
            Nav::None,
            t.msg(heading),
        ),
        heading: t.msg(heading),
        text: t.msg(text),
    };
    render(language, status, &page)
}

/// Renders `page` with language headers, and answers 304 when the client's copy is current.
pub(crate) fn respond(
    request: &HeaderMap,
    language: &Language,
    etag_parts: &[&str],
    status: StatusCode,
    page: &impl Template,
) -> Response {
    let mut parts = etag_parts.to_vec();
    parts.push(&language.code);
    parts.push("html");
    let etag = caching::etag(&parts);
    caching::cacheable(request, &etag, language.chosen, || {
        render(language, status, page)
    })
}

pub(crate) fn render(language: &Language, status: StatusCode, page: &impl Template) -> Response {
    let html = match page.render() {
        Ok(html) => html,
        Err(error) => {
            tracing::error!(%error, "template failed");
            return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response();
        }
    };
    let mut response = (status, html).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::VARY, HeaderValue::from_static("Cookie"));
    if let Ok(value) = HeaderValue::from_str(&language.code) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    if let Some(cookie) = language.set_cookie()
        && let Ok(value) = HeaderValue::from_str(&cookie)
    {
        headers.insert(header::SET_COOKIE, value);
    }
    response
}
