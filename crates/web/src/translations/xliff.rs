//! XLIFF 2.0 for translation agencies: a language's texts downloaded (open, missing, outdated or
//! all) and a translated file uploaded — stored all or nothing by
//! `teilhabe_app::translations::import_xliff`, whose problems name line, column and element.

use askama::Template;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use teilhabe_app::translations::{self, Imported};
use teilhabe_app::{Actor, AppError};
use teilhabe_domain::translation::Selection;

use crate::frame::{Layout, OrPage, Page, PageError};

/// The largest XLIFF file taken: every content text of a city in one language is far below.
pub const UPLOAD_LIMIT: usize = 8 * 1024 * 1024;

#[derive(Deserialize, Default)]
pub struct DownloadQuery {
    auswahl: Option<String>,
}

pub async fn download(
    page: Page,
    Path(language): Path<String>,
    Query(query): Query<DownloadQuery>,
) -> Result<Response, PageError> {
    page.require_account()?;
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let selection = query
        .auswahl
        .as_deref()
        .and_then(Selection::parse)
        .unwrap_or(Selection::Open);
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let xml = translations::export_xliff(page.state.store(), &actor, city, &language, selection)
        .await
        .or_page(&page)?;
    let mut response = (StatusCode::OK, xml).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xliff+xml; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    // The language was checked by the use case (a content language), the city slug is lowercase
    // letters, digits and hyphens: safe inside the quoted file name.
    let name = format!(
        "attachment; filename=\"{city}-{language}-{}.xlf\"",
        selection.as_str()
    );
    if let Ok(value) = HeaderValue::from_str(&name) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

#[derive(Template)]
#[template(path = "translations/import-result.html")]
struct ResultPage<'a> {
    layout: Layout<'a>,
    file_name: String,
    imported: Option<ImportedView>,
    problems: Vec<String>,
}

struct ImportedView {
    language: String,
    language_lang: String,
    language_dir: &'static str,
    lines: Vec<String>,
}

pub async fn upload(
    page: Page,
    body: Result<Multipart, MultipartRejection>,
) -> Result<Response, PageError> {
    page.require_account()?;
    let Ok(multipart) = body else {
        return Err(page.message(
            None,
            StatusCode::BAD_REQUEST,
            "translations-upload-failed",
            "translations-upload-not-a-form",
        ));
    };
    let Ok((csrf, file)) = read(multipart).await else {
        return Err(page.message(
            None,
            StatusCode::BAD_REQUEST,
            "translations-upload-failed",
            "translations-upload-not-a-form",
        ));
    };
    if !crate::frame::forms::csrf_token_ok(&page.viewer, &csrf) {
        return Err(page.stale_form());
    }
    let stored = page.concept().await?;
    let t = page.t();
    let layout = page.layout(
        Some(&stored),
        super::NAV,
        t.msg("translations-upload-result"),
    );
    let Some((file_name, bytes)) = file else {
        let view = ResultPage {
            layout,
            file_name: String::new(),
            imported: None,
            problems: vec![t.msg("translations-upload-no-file")],
        };
        return Ok(page.render(StatusCode::UNPROCESSABLE_ENTITY, &view));
    };
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let city = &stored.concept.city.slug;
    let now = page.state.now();
    let result =
        translations::import_xliff(page.state.store(), &actor, city, &file_name, &bytes, now).await;
    let (status, imported, problems) = match result {
        Ok(imported) => (
            StatusCode::OK,
            Some(imported_view(&page, &imported)),
            vec![],
        ),
        Err(AppError::Invalid(problems)) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            None,
            problems
                .into_iter()
                .map(|problem| format!("{}: {}", problem.field, problem.message))
                .collect(),
        ),
        Err(error) => return Err(page.refused(error)),
    };
    let view = ResultPage {
        layout,
        file_name,
        imported,
        problems,
    };
    Ok(page.render(status, &view))
}

fn imported_view(page: &Page, imported: &Imported) -> ImportedView {
    let t = page.t();
    let locale = page.state.locales().get(&imported.language);
    let line = |id: &str, count: usize| t.msg_with(id, "count", count);
    ImportedView {
        language: locale.map_or_else(|| imported.language.clone(), |l| l.name.clone()),
        language_lang: locale.map_or_else(|| imported.language.clone(), |l| l.html_lang.clone()),
        language_dir: locale.map_or("ltr", |l| l.direction.as_str()),
        lines: vec![
            line("translations-imported-units", imported.translations),
            line("translations-imported-added", imported.added),
            line("translations-imported-changed", imported.changed),
            line("translations-imported-unchanged", imported.unchanged),
            line("translations-imported-outdated", imported.outdated),
            line("translations-imported-skipped", imported.skipped),
        ],
    }
}

/// The CSRF token and the file (its name without folders, and its bytes) of the form.
async fn read(
    mut multipart: Multipart,
) -> Result<(String, Option<(String, Vec<u8>)>), axum::extract::multipart::MultipartError> {
    let mut csrf = String::new();
    let mut file = None;
    while let Some(field) = multipart.next_field().await? {
        match field.name() {
            Some("csrf") => csrf = field.text().await?,
            Some("datei") if file.is_none() => {
                let name = field
                    .file_name()
                    .map(|name| name.rsplit(['/', '\\']).next().unwrap_or(name).to_owned())
                    .filter(|name| !name.is_empty())
                    .unwrap_or_else(|| "upload.xlf".to_owned());
                let bytes = field.bytes().await?;
                if !bytes.is_empty() {
                    file = Some((name, bytes.to_vec()));
                }
            }
            _ => {}
        }
    }
    Ok((csrf, file))
}
