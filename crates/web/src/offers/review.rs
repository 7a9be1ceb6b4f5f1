//! The integration office's review: the offers waiting, each with "publish" and "return with a
//! comment" (plain forms; no JavaScript).

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::AppError;
use teilhabe_app::offers as use_case;

use crate::frame::fields::Field;
use crate::frame::{Layout, OrPage, Page, PageError};

pub struct Waiting {
    pub id: i64,
    pub version: i64,
    pub title: String,
    pub provider: String,
    pub comment: Field,
}

#[derive(Template)]
#[template(path = "offers/review.html")]
struct ReviewPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    waiting: Vec<Waiting>,
}

pub async fn queue(page: Page) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let store = page.state.store();
    let offers = use_case::review_queue(store, &page.viewer.visitor)
        .await
        .or_page(&page)?;
    let providers = store.institutions().await.or_page(&page)?;
    let t = page.t();
    let waiting = offers
        .iter()
        .map(|offer| Waiting {
            id: offer.id,
            version: offer.version,
            title: offer.content.title.clone(),
            provider: providers
                .iter()
                .find(|p| p.institution.code == offer.provider)
                .map(|p| p.institution.name.clone())
                .unwrap_or_else(|| offer.provider.clone()),
            comment: Field::text_area("comment", t.msg("offers-review-comment"), 2)
                .id(format!("comment-{}", offer.id)),
        })
        .collect();
    let view = ReviewPage {
        layout: page.layout(None, super::REVIEW_NAV, t.msg("offers-review-title")),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        waiting,
    };
    Ok(page.render(StatusCode::OK, &view))
}

pub async fn decide(page: Page, id: i64, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let store = page.state.store();
    let (visitor, now) = (&page.viewer.visitor, page.state.now());
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let result = if form.get("decision") == "publish" {
        use_case::publish(store, visitor, id, version, now).await
    } else {
        use_case::return_to_provider(store, visitor, id, version, form.get("comment"), now).await
    };
    match result {
        Ok(_) | Err(AppError::Conflict { .. }) | Err(AppError::Invalid(_)) => {
            Ok(Page::see_other("/angebote/pruefung"))
        }
        Err(error) => Err(page.refused(error)),
    }
}
