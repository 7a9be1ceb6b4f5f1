//! The concept's pages: the start page, the action fields, one field, the search. Each reads
//! the concept and the measures the visitor may see, asks the other features for their panels and
//! renders a view from concept/view.rs.

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_domain::concept::Concept;

use super::view::{FieldContext, field_page, fields_page, search_page, start_page};
use teilhabe_domain::translation::keys;

use crate::frame::{Content, OrPage, Page, PageError, Panel, PanelPlace, PanelRequest};
use crate::measures::links::{measures_version, visible_measures};

pub async fn start(page: Page) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let concept = &stored.concept;
    let measures = visible_measures(&page, &concept.city.slug).await?;
    let content = page.content().await?;
    let panels = panels(&page, &content, concept, PanelPlace::Start).await;
    let title = content.text(&keys::concept_title(), &concept.title).text;
    let mut layout = page.layout(Some(&stored), super::HOME, title);
    layout.easy_read_content = true;
    layout.content = content;
    let translations = layout.content.version().to_owned();
    let versions = [
        &stored.content_hash,
        &measures_version(&measures),
        "start",
        &translations,
    ];
    let view = start_page(layout, concept, &measures, panels.pages);
    Ok(page.respond(&with(&versions, &panels.version), StatusCode::OK, &view))
}

pub async fn fields(page: Page) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let concept = &stored.concept;
    let measures = visible_measures(&page, &concept.city.slug).await?;
    let mut layout = page.layout(Some(&stored), super::FIELDS, page.t().msg("fields-title"));
    layout.easy_read_content = true;
    layout.content = page.content().await?;
    let version = measures_version(&measures);
    let translations = layout.content.version().to_owned();
    let view = fields_page(layout, concept, &measures);
    Ok(page.respond(
        &[&stored.content_hash, &version, "fields", &translations],
        StatusCode::OK,
        &view,
    ))
}

pub async fn field(page: Page, Path(slug): Path<String>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let concept = &stored.concept;
    let Some(index) = concept.fields.iter().position(|field| field.slug == slug) else {
        return Err(page.not_found(Some(&stored)));
    };
    let measures = visible_measures(&page, &concept.city.slug).await?;
    let content = page.content().await?;
    let panels = panels(&page, &content, concept, PanelPlace::Field(&slug)).await;
    let title = content
        .text(&keys::field_title(&slug), &concept.fields[index].title)
        .text;
    let mut layout = page.layout(Some(&stored), super::FIELDS, title);
    layout.easy_read_content = true;
    layout.content = content;
    let translations = layout.content.version().to_owned();
    let versions = [
        &stored.content_hash,
        &measures_version(&measures),
        "field",
        &slug,
        &translations,
    ];
    let context = FieldContext {
        index,
        panels: panels.pages,
        may_refuse: page.viewer.visitor.may_edit_field(&slug),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
    };
    let view = field_page(layout, concept, &measures, context)
        .ok_or_else(|| page.not_found(Some(&stored)))?;
    Ok(page.respond(&with(&versions, &panels.version), StatusCode::OK, &view))
}

#[derive(Deserialize)]
pub struct SearchQuery {
    q: Option<String>,
}

pub async fn search(page: Page, Query(query): Query<SearchQuery>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let concept = &stored.concept;
    let text = query.q.unwrap_or_default().trim().to_owned();
    let hits = if text.is_empty() {
        Vec::new()
    } else {
        page.state
            .store()
            .search_concept(&concept.city.slug, &text, None)
            .await
            .or_page(&page)?
    };
    let mut layout = page.layout(Some(&stored), super::SEARCH, page.t().msg("search-title"));
    layout.content = page.content().await?;
    let translations = layout.content.version().to_owned();
    let view = search_page(layout, concept, &text, &hits);
    Ok(page.respond(
        &[&stored.content_hash, "search", &text, &translations],
        StatusCode::OK,
        &view,
    ))
}

/// Other features' panels for a place, and what they depend on.
struct Panels {
    pages: Vec<Panel>,
    version: String,
}

async fn panels(
    page: &Page,
    content: &Content,
    concept: &Concept,
    place: PanelPlace<'_>,
) -> Panels {
    let t = page.t();
    let request = PanelRequest {
        t: &t,
        content,
        concept,
        place,
    };
    let pages = page.state.panels(&request).await;
    let version = pages
        .iter()
        .map(|panel| panel.version.as_str())
        .collect::<Vec<_>>()
        .join(":");
    Panels { pages, version }
}

fn with<'a>(parts: &[&'a str], more: &'a str) -> Vec<&'a str> {
    let mut all = parts.to_vec();
    all.push(more);
    all
}
