//! The work list and the form per text: each handler asks one use case of
//! `teilhabe_app::translations` (which decides who may translate which language) and renders a
//! view from view.rs. A refused save comes back with the error beside the field (422).

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_app::translations;
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::translation::{ContentText, Selection};

use super::view::{self, EditInput, Filter};
use crate::frame::{OrPage, Page, PageError};

#[derive(Deserialize, Default)]
pub struct ListQuery {
    sprache: Option<String>,
    auswahl: Option<String>,
    art: Option<String>,
    /// A text saved just before (POST → 303 → GET), to say so.
    gespeichert: Option<String>,
}

pub async fn work_list(page: Page, Query(query): Query<ListQuery>) -> Result<Response, PageError> {
    page.require_account()?;
    let stored = page.concept().await?;
    let languages = translatable(&page).await?;
    let language = query
        .sprache
        .as_deref()
        .filter(|code| languages.iter().any(|l| l == code))
        .or(languages.first().map(String::as_str))
        .ok_or_else(|| page.forbidden())?
        .to_owned();
    let filter = Filter {
        language,
        selection: query
            .auswahl
            .as_deref()
            .and_then(Selection::parse)
            .unwrap_or(Selection::Open),
        kind: query
            .art
            .as_deref()
            .and_then(view::Kind::parse)
            .unwrap_or(view::Kind::All),
    };
    let texts = all_texts(&page, &stored.concept.city.slug, &filter.language).await?;
    let layout = page.layout(
        Some(&stored),
        super::NAV,
        page.t().msg("translations-title"),
    );
    let csrf = page.viewer.csrf.clone().unwrap_or_default();
    let saved = query
        .gespeichert
        .filter(|key| texts.iter().any(|t| &t.key == key));
    let view = view::list_page(layout, &page, &languages, &filter, &texts, saved, csrf);
    Ok(page.render(StatusCode::OK, &view))
}

pub async fn edit_form(
    page: Page,
    Path((language, key)): Path<(String, String)>,
) -> Result<Response, PageError> {
    page.require_account()?;
    render_edit(&page, &language, &key, None, StatusCode::OK).await
}

pub async fn save(
    page: Page,
    Path((language, key)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let stored = page.concept().await?;
    let text = form.get("text").to_owned();
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let city = &stored.concept.city.slug;
    match translations::save(store, visitor, city, &language, &key, &text, now).await {
        Ok(_) => {
            let key_query: String = form_urlencoded::byte_serialize(key.as_bytes()).collect();
            Ok(Page::see_other(&format!(
                "/uebersetzungen?sprache={language}&gespeichert={key_query}#{}",
                view::anchor(&key)
            )))
        }
        Err(AppError::Invalid(_)) => {
            let input = EditInput { text };
            render_edit(
                &page,
                &language,
                &key,
                Some(input),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(page.refused(error)),
    }
}

async fn render_edit(
    page: &Page,
    language: &str,
    key: &str,
    refused: Option<EditInput>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let texts = all_texts(page, &stored.concept.city.slug, language).await?;
    let Some(text) = texts.into_iter().find(|text| text.key == key) else {
        return Err(page.not_found(Some(&stored)));
    };
    let t = page.t();
    let layout = page.layout(Some(&stored), super::NAV, t.msg("translations-edit-title"));
    let target = page.state.locales().get(language).map(|locale| {
        (
            locale.name.clone(),
            locale.html_lang.clone(),
            locale.direction.as_str(),
        )
    });
    let csrf = page.viewer.csrf.clone().unwrap_or_default();
    let view = view::edit_page(layout, language, target, &text, refused, csrf);
    Ok(page.render(status, &view))
}

/// The content languages the visitor translates; forbidden when none.
async fn translatable(page: &Page) -> Result<Vec<String>, PageError> {
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let languages = translations::translatable_languages(page.state.store(), &actor)
        .await
        .or_page(page)?;
    if languages.is_empty() {
        return Err(page.forbidden());
    }
    Ok(languages)
}

/// Every text of `language` with its state (the use case checks that the visitor translates it).
async fn all_texts(page: &Page, city: &str, language: &str) -> Result<Vec<ContentText>, PageError> {
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    translations::work_list(page.state.store(), &actor, city, language, Selection::All)
        .await
        .or_page(page)
}
