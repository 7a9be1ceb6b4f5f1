//! `GET /api/v1/offers`: the public, current offers meeting the filters (the query parameters of
//! `query.rs`, English names), as JSON. Money as integer cents; local Europe/Berlin times.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use teilhabe_domain::offers::{Offer, OfferContent};

use super::query;
use crate::frame::error::ApiError;
use crate::frame::state::AppState;

#[derive(Serialize)]
struct OfferJson<'a> {
    id: i64,
    provider: &'a str,
    /// The offer's page.
    url: String,
    /// When the provider last confirmed it is current (RFC 3339).
    confirmed_at: String,
    #[serde(flatten)]
    content: &'a OfferContent,
}

#[derive(Serialize)]
struct ListBody<'a> {
    count: usize,
    offers: Vec<OfferJson<'a>>,
}

fn to_json(offer: &Offer) -> OfferJson<'_> {
    OfferJson {
        id: offer.id,
        provider: &offer.provider,
        url: format!("/angebote/{}", offer.id),
        confirmed_at: offer.confirmed_at.to_string(),
        content: &offer.content,
    }
}

pub async fn list(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let filter = query::parse(raw.as_deref().unwrap_or(""), true).map_err(ApiError::BadRequest)?;
    let offers = teilhabe_app::offers::search(state.store(), &filter, state.now())
        .await
        .map_err(|_| ApiError::Internal)?;
    let body = ListBody {
        count: offers.len(),
        offers: offers.iter().map(to_json).collect(),
    };
    Ok(Json(body).into_response())
}
