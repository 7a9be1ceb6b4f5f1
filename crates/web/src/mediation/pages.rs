//! The pages: each handler calls one use case of `teilhabe_app::mediation` and renders a view.

use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::mediation;

use super::view;
use crate::frame::{OrPage, Page, PageError};

/// The public demand figures (protected counts).
pub async fn demand(page: Page) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let content = page.content().await?;
    let figures = mediation::demand(page.state.store(), None)
        .await
        .or_page(&page)?;
    let settings = page
        .state
        .store()
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(&page)?;
    let layout = page.layout(
        Some(&stored),
        super::NAV,
        page.t().msg("mediation-demand-title"),
    );
    let view = view::demand_page(
        layout,
        &page,
        &content,
        &stored.concept,
        &settings.districts,
        &figures,
    );
    Ok(page.render(StatusCode::OK, &view))
}

/// An institution's own requests (the coordination sees all).
pub async fn requests(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    let stored = page.concept().await?;
    let list = mediation::requests(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(&page)?;
    let layout = page.layout(
        Some(&stored),
        super::NAV_REQUESTS,
        page.t().msg("mediation-requests-title"),
    );
    let view = view::requests_page(layout, &page, &list);
    Ok(page.render(StatusCode::OK, &view))
}
