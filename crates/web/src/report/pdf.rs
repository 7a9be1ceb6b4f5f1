//! PDFs rendered on request: drafts, and indicator sheets kept per data version like the other
//! downloads (monitoring/cache.rs), so a sheet is typeset once per import, not once per visit.

use std::sync::{Arc, RwLock};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use teilhabe_domain::report::{IndicatorSheet, ReportData};
use teilhabe_domain::translation::ContentTranslations;
use teilhabe_store::{ImportRecord, StoredConcept};

use super::sheet_cache::SheetCache;
use crate::frame::caching;
use crate::frame::{OrPage, Page, PageError};
use crate::monitoring::cache::{Cached, ResponseCache};

/// The renderer's options for `language` on this server.
pub fn options(language: &str) -> teilhabe_report::Options {
    teilhabe_report::Options {
        language: language.to_owned(),
        portal_url: String::new(),
        demo: false,
    }
}

/// Renders the report on a blocking thread: typesetting takes long enough to hold up the
/// server's other requests on an async worker.
pub async fn report_pdf(
    page: &Page,
    data: ReportData,
    language: &str,
) -> Result<Vec<u8>, PageError> {
    let options = options(language);
    let rendered =
        tokio::task::spawn_blocking(move || teilhabe_report::report_pdf(&data, &options))
            .await
            .map_err(|error| {
                tracing::error!(%error, "the report's rendering thread failed");
                page.internal_error()
            })?;
    rendered.map_err(|error| {
        tracing::error!(%error, "the report could not be rendered");
        page.internal_error()
    })
}

async fn sheet_pdf(
    page: &Page,
    sheet: IndicatorSheet,
    language: &str,
) -> Result<Vec<u8>, PageError> {
    let options = options(language);
    // A sheet typeset before from the same data (a static export into an empty folder).
    let cache = page.state.shared::<SheetCache>();
    let kept = cache.file_of(&sheet, &options);
    let rendered = tokio::task::spawn_blocking(move || {
        if let Some(pdf) = kept.as_deref().and_then(SheetCache::get) {
            return Ok(pdf);
        }
        let pdf = teilhabe_report::indicator_sheet_pdf(&sheet, &options);
        if let (Ok(pdf), Some(file)) = (&pdf, &kept) {
            SheetCache::put(file, pdf);
        }
        pdf
    })
    .await
    .map_err(|error| {
        tracing::error!(%error, "the sheet's rendering thread failed");
        page.internal_error()
    })?;
    rendered.map_err(|error| {
        tracing::error!(%error, "an indicator sheet could not be rendered");
        page.internal_error()
    })
}

/// A PDF as a download named `file_name`.
pub fn attachment(bytes: Vec<u8>, file_name: &str) -> Response {
    let mut response = (StatusCode::OK, bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// The imports and content translations every sheet reads: (content version, city, sources).
#[derive(Default)]
struct KeptSheetSources(RwLock<Option<(i64, String, Arc<SharedSources>)>>);

struct SharedSources {
    imports: Vec<ImportRecord>,
    languages: Vec<ContentTranslations>,
}

/// The imports and translations of the current content version, read once per version.
async fn shared_sources(page: &Page, city: &str) -> Result<Arc<SharedSources>, PageError> {
    let state = &page.state;
    let version = state.page_cache().version(state).await;
    let kept = state.shared::<KeptSheetSources>();
    if let Some(version) = version
        && let Ok(slot) = kept.0.read()
        && let Some((kept_version, kept_city, sources)) = slot.as_ref()
        && *kept_version == version
        && kept_city == city
    {
        return Ok(Arc::clone(sources));
    }
    let store = state.store();
    let (imports, languages) = tokio::try_join!(
        async {
            store
                .imports(city)
                .await
                .map_err(teilhabe_app::AppError::from)
        },
        teilhabe_app::report::sheet_languages(store)
    )
    .or_page(page)?;
    let sources = Arc::new(SharedSources { imports, languages });
    if let Some(version) = version
        && let Ok(mut slot) = kept.0.write()
        && slot
            .as_ref()
            .is_none_or(|(kept_version, _, _)| *kept_version <= version)
    {
        *slot = Some((version, city.to_owned(), Arc::clone(&sources)));
    }
    Ok(sources)
}

/// Indicator `id`'s sheet from what the server keeps (concept, catalogue snapshot, the
/// indicator's figures, imports and translations), as `teilhabe_app::report::indicator_sheet`
/// builds it from the store.
async fn sheet(
    page: &Page,
    concept: &StoredConcept,
    city: &str,
    id: &str,
) -> Result<IndicatorSheet, PageError> {
    let state = &page.state;
    let (monitoring, (figures, _), shared) = tokio::try_join!(
        async {
            crate::monitoring::snapshot::monitoring(state, city)
                .await
                .or_page(page)
        },
        async {
            crate::monitoring::pages::figures(state, city, id)
                .await
                .or_page(page)
        },
        shared_sources(page, city)
    )?;
    let catalogue = monitoring
        .catalogue
        .as_ref()
        .ok_or_else(|| page.not_found(None))?;
    teilhabe_app::report::sheet_of(
        &teilhabe_app::report::SheetSources {
            concept,
            catalogue,
            figures: &figures,
            imports: &shared.imports,
            languages: &shared.languages,
        },
        id,
    )
    .or_page(page)
}

/// `/indikatoren/{id}/download/pdf`: public like the figures, in the page language.
pub async fn indicator_pdf(
    page: Page,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Result<Response, PageError> {
    let city = page
        .state
        .city()
        .await
        .or_page(&page)?
        .ok_or_else(|| page.not_found(None))?;
    let cache = page.state.shared::<ResponseCache>();
    // The sheet shows this indicator's figures and the concept's city: an import of another
    // indicator leaves it (and the static export's copy) as it is.
    let concept = page.concept().await?;
    let version = page
        .state
        .store()
        .indicator_version(&city, &id)
        .await
        .or_page(&page)?;
    let lang = page.lang().to_owned();
    // The sheet prints the indicator's current translations into the page language: a new
    // translation must not be answered with the old PDF.
    let content = page.content().await?;
    let etag = caching::etag(&[
        &city,
        &concept.content_hash,
        &version,
        "download",
        &id,
        "pdf",
        &lang,
        content.version(),
    ]);
    let file_name = format!("{id}.pdf");
    // A client (or the static export) that holds this version gets 304 without typesetting.
    if caching::is_fresh(&page.request, &etag) {
        return Ok(caching::cacheable(&page.request, &etag, false, || {
            StatusCode::NOT_MODIFIED.into_response()
        }));
    }
    let key = format!("{etag}\u{0}pdf");
    let answer = match cache.get(&key) {
        Some(answer) => answer,
        None => {
            let sheet = sheet(&page, &concept, &city, &id).await?;
            let pdf = sheet_pdf(&page, sheet, &lang).await?;
            cache.put(
                key,
                Cached {
                    etag: etag.clone(),
                    body: pdf.into(),
                },
            )
        }
    };
    let body = answer.body.to_vec();
    Ok(caching::cacheable(
        &page.request,
        &answer.etag,
        false,
        move || attachment(body, &file_name),
    ))
}
