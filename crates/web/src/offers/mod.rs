//! Issue 18: the offers directory's pages. The public search `/angebote` (filters as a GET
//! form, so a filtered list is a shareable URL; results as a list and as counts on the district
//! map), each offer's page `/angebote/{id}` with its next dates and schema.org JSON-LD, its
//! calendar `/angebote/{id}.ics`, the office's review `/angebote/pruefung` and the JSON API
//! `/api/v1/offers`. Each handler asks one use case of `teilhabe_app::offers`, which decides who
//! may.

mod api;
mod provider;
mod query;
mod review;
mod views;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use teilhabe_app::offers as use_case;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::offers::{access, ics};

use crate::frame::feature::ApiRoutes;
use crate::frame::{AppState, Feature, Nav, NavEntry, OrPage, Page, PageError};

pub async fn search(page: Page, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let settings = page
        .state
        .store()
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(&page)?;
    let filter = query::parse(raw.as_deref().unwrap_or(""), false).unwrap_or_default();
    let found = use_case::search_with_languages(page.state.store(), &filter, page.state.now())
        .await
        .or_page(&page)?;
    let providers = page.state.store().institutions().await.or_page(&page)?;
    let content = page.content().await?;
    let view = views::search_page(
        &page,
        content,
        &stored,
        &settings,
        &filter,
        &found.offers,
        &found.languages,
        &providers,
    );
    Ok(page.render(StatusCode::OK, &view))
}

/// `/angebote/{id}` (the page) and `/angebote/{id}.ics` (its calendar).
pub async fn offer(page: Page, Path(key): Path<String>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let (id, calendar) = match key.strip_suffix(".ics") {
        Some(id) => (id, true),
        None => (key.as_str(), false),
    };
    let id: i64 = id.parse().map_err(|_| page.not_found(Some(&stored)))?;
    let store = page.state.store();
    let now = page.state.now();
    let offer = match use_case::get(store, &page.viewer.visitor, id, now).await {
        Ok(offer) => offer,
        Err(teilhabe_app::AppError::NotFound) => return Err(page.not_found(Some(&stored))),
        Err(error) => return Err(page.refused(error)),
    };
    if calendar {
        let host = page
            .request
            .get(header::HOST)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("teilhabe.invalid")
            .to_owned();
        let scheme = if page.secure { "https" } else { "http" };
        let url = format!("{scheme}://{host}/angebote/{id}");
        // DTSTAMP is when the offer was last revised, not the time of the download: the same
        // offer gives the same bytes (ETags, the static export's unchanged files).
        let revised = offer.published_at.map_or(offer.confirmed_at, |published| {
            published.max(offer.confirmed_at)
        });
        let text = ics::calendar(&offer, &url, &host, revised, &use_case::holidays());
        return Ok((
            [
                (
                    header::CONTENT_TYPE,
                    "text/calendar; charset=utf-8".to_owned(),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"angebot-{id}.ics\""),
                ),
            ],
            text,
        )
            .into_response());
    }
    let settings = store
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(&page)?;
    let provider = store.institution(&offer.provider).await.or_page(&page)?;
    let content = page.content().await?;
    let view = views::detail_page(&page, content, &stored, &settings, &offer, provider, now);
    Ok(page.render(StatusCode::OK, &view))
}

/// `/angebote/abdeckung`: the office's coverage by district and category (staff only).
pub async fn coverage(page: Page, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let store = page.state.store();
    let settings = store
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(&page)?;
    let raw = raw.unwrap_or_default();
    let filter = query::parse(&raw, false).unwrap_or_default();
    let table = use_case::coverage(
        store,
        &page.viewer.visitor,
        &filter,
        query::base(&raw),
        page.state.now(),
    )
    .await
    .map_err(|error| page.refused(error))?;
    let offered = use_case::languages_offered(store, page.state.now())
        .await
        .or_page(&page)?;
    let view = views::coverage_page(
        &page,
        &stored,
        &settings,
        &filter,
        &table,
        raw.is_empty(),
        &offered,
    );
    Ok(page.render(StatusCode::OK, &view))
}

fn signed_in_office(visitor: &Visitor) -> bool {
    access::may_review(visitor)
}

pub(crate) const NAV: Nav = Nav("offers");
pub(crate) const REVIEW_NAV: Nav = Nav("offers-review");
pub(crate) const COVERAGE_NAV: Nav = Nav("offers-coverage");
pub(crate) const MINE_NAV: Nav = Nav("offers-mine");

fn staff(visitor: &Visitor) -> bool {
    access::may_see_all(visitor)
}

fn provider_account(visitor: &Visitor) -> bool {
    visitor
        .principal()
        .is_some_and(|p| p.role == teilhabe_domain::access::Role::Provider)
}

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[
        NavEntry {
            id: NAV,
            label: "offers-nav",
            href: "/angebote",
            order: 45,
            shown_to: NavEntry::everyone,
        },
        NavEntry {
            id: REVIEW_NAV,
            label: "offers-review-nav",
            href: "/angebote/pruefung",
            order: 46,
            shown_to: signed_in_office,
        },
        NavEntry {
            id: COVERAGE_NAV,
            label: "offers-coverage-nav",
            href: "/angebote/abdeckung",
            order: 47,
            shown_to: staff,
        },
        NavEntry {
            id: MINE_NAV,
            label: "offers-mine-nav",
            href: "/angebote/meine",
            order: 46,
            shown_to: provider_account,
        },
    ],
    panels: None,
    openapi: Some(include_str!("openapi.json")),
};

async fn review_post(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    review::decide(page, id, body).await
}

async fn provider_post(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    provider::act(page, id, body).await
}

fn routes() -> Router<AppState> {
    Router::new()
        .route("/angebote", get(search))
        .route("/angebote/pruefung", get(review::queue))
        .route("/angebote/abdeckung", get(coverage))
        .route(
            "/angebote/meine",
            get(provider::mine).post(provider::create),
        )
        .route("/angebote/meine/{id}", post(provider_post))
        .route(
            "/angebote/meine/{id}/bearbeiten",
            get(provider::edit).post(provider::update),
        )
        .route("/angebote/pruefung/{id}", post(review_post))
        .route("/angebote/{key}", get(offer))
}

fn api() -> ApiRoutes {
    vec![("/api/v1/offers", get(api::list))]
}
