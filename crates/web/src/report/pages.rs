//! The pages and forms of the report: each handler reads the request, calls one use case of
//! `teilhabe_app::report` and renders a view from report/view.rs.

use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_app::AppError;
use teilhabe_app::report;

use super::pdf::{attachment, report_pdf};
use super::view::{FormInput, editions_page};
use crate::frame::{OrPage, Page, PageError};

/// The list of editions, with the forms for staff.
pub async fn editions(page: Page) -> Result<Response, PageError> {
    render_editions(&page, StatusCode::OK, FormInput::default()).await
}

async fn render_editions(
    page: &Page,
    status: StatusCode,
    input: FormInput,
) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let store = page.state.store();
    let (editions, years) = tokio::try_join!(
        report::editions(store, city),
        report::years(store, city, page.state.now())
    )
    .or_page(page)?;
    let title = page.t().msg("reports-title");
    let layout = page.layout(Some(&stored), super::NAV, title);
    let view = editions_page(layout, page, &editions, &years, input);
    if status == StatusCode::OK {
        let version = editions
            .iter()
            .map(|e| e.id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        Ok(page.respond(
            &[city, "reports", &version, &years.len().to_string()],
            status,
            &view,
        ))
    } else {
        Ok(page.render(status, &view))
    }
}

#[derive(Deserialize)]
pub struct DraftQuery {
    #[serde(default)]
    jahr: String,
    #[serde(default)]
    sprache: String,
}

/// A draft PDF for signed-in staff (a read: GET, no CSRF token needed).
pub async fn draft(page: Page, Query(query): Query<DraftQuery>) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let input = FormInput::draft(&query.jahr, &query.sprache);
    let (Some(year), Some(language)) = (input.year(), input.language(&page)) else {
        return render_editions(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            input.checked(&page),
        )
        .await;
    };
    let stored = page.concept().await?;
    let actor = teilhabe_app::Actor::Visitor(page.viewer.visitor.clone());
    let now = page.state.now();
    let data = match report::report_data(
        page.state.store(),
        &actor,
        &stored.concept.city.slug,
        year,
        now,
    )
    .await
    {
        Err(AppError::Invalid(problems)) => {
            return render_editions(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                input.with_problems(&page, &problems),
            )
            .await;
        }
        other => other.or_page(&page)?,
    };
    let pdf = report_pdf(&page, data, &language).await?;
    Ok(attachment(
        pdf,
        &format!("integrationsbericht-{year}-{language}-entwurf.pdf"),
    ))
}

/// Releases an edition (administrators and concept editors); back to the list.
pub async fn release(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let input = FormInput::release(form.get("jahr"), form.get("sprache"));
    let (Some(year), Some(language)) = (input.year(), input.language(&page)) else {
        return render_editions(
            &page,
            StatusCode::UNPROCESSABLE_ENTITY,
            input.checked(&page),
        )
        .await;
    };
    let stored = page.concept().await?;
    let actor = teilhabe_app::Actor::Visitor(page.viewer.visitor.clone());
    let (store, now) = (page.state.store(), page.state.now());
    let city = &stored.concept.city.slug;
    let release = match report::prepare_release(store, &actor, city, year, &language, now).await {
        Err(AppError::Invalid(problems)) => {
            return render_editions(
                &page,
                StatusCode::UNPROCESSABLE_ENTITY,
                input.with_problems(&page, &problems),
            )
            .await;
        }
        other => other.or_page(&page)?,
    };
    let pdf = report_pdf(&page, release.data().clone(), &language).await?;
    let edition = release.store(store, pdf, now).await.or_page(&page)?;
    Ok(Page::see_other(&format!(
        "/berichte#ausgabe-{}",
        edition.id
    )))
}

/// `/berichte/{id}.pdf`: an edition as released; public.
pub async fn edition_pdf(page: Page, Path(file): Path<String>) -> Result<Response, PageError> {
    let Some(id) = file
        .strip_suffix(".pdf")
        .and_then(|id| id.parse::<i64>().ok())
    else {
        return Err(page.not_found(None));
    };
    let stored = page.concept().await?;
    let (edition, pdf) = report::edition_pdf(page.state.store(), &stored.concept.city.slug, id)
        .await
        .or_page(&page)?;
    // An edition never changes: its PDF's hash is its validator.
    let etag = format!("\"{}\"", edition.pdf_hash);
    let name = format!(
        "integrationsbericht-{}-{}-ausgabe-{id}.pdf",
        edition.year, edition.language
    );
    Ok(crate::frame::caching::cacheable(
        &page.request,
        &etag,
        false,
        move || attachment(pdf, &name),
    ))
}
