//! `/importe`: the upload forms (for who may import), then the history of imports, a page at a
//! time and filtered by indicator and source with a plain GET form, so that paging and
//! filtering work without JavaScript. Who sees what is decided by
//! `teilhabe_app::monitoring::history`.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_app::monitoring::history::{self, HistoryQuery, ImportHistory};
use teilhabe_store::ImportRecord;

use crate::frame::fields::{Choice, Field};
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Localized, OrPage, Page, PageError};
use crate::monitoring::upload::{UploadForms, upload_forms};

pub struct ImportView {
    pub id: i64,
    pub file_name: String,
    pub format: String,
    pub source: String,
    pub imported_at: String,
    pub imported_by: Option<String>,
    pub demo: bool,
    pub count: String,
    pub periods: String,
    pub replaced: Option<String>,
    /// Its entries in the audit log, for those who may read it.
    pub audit_href: Option<String>,
}

/// A link to another page of the history (`None`: there is none that way).
pub struct Pager {
    pub summary: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

#[derive(Template)]
#[template(path = "monitoring/imports.html")]
struct ImportsPage<'a> {
    layout: Layout<'a>,
    imports: Vec<ImportView>,
    /// The upload forms, when the visitor may import (with the session's CSRF token).
    upload: Option<UploadForms>,
    /// The filter form's fields: indicator and source.
    filter: Vec<Field>,
    /// The history is filtered: offer to reset.
    filtered: bool,
    /// "27 Importe", of the filtered history.
    found: String,
    /// Only when there is more than one page.
    pager: Option<Pager>,
}

#[derive(Deserialize)]
pub struct ImportsQuery {
    /// An indicator id.
    kennzahl: Option<String>,
    /// A source, as imports name it.
    quelle: Option<String>,
    /// The page, from 1; anything else is the first.
    seite: Option<String>,
}

/// The imports of the city: files, sources and periods are public (every figure names its
/// source anyway); who imported is shown only to signed-in staff, the upload forms only to those
/// who may import, the link to the audit log only to those who may read it.
pub async fn imports(page: Page, Query(query): Query<ImportsQuery>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let wanted = HistoryQuery {
        indicator: query.kennzahl.filter(|v| !v.is_empty()),
        source: query.quelle.filter(|v| !v.is_empty()),
        page: query
            .seite
            .as_deref()
            .and_then(|p| p.parse().ok())
            .unwrap_or(1),
    };
    let store = page.state.store();
    let found = history::import_history(store, &page.viewer.visitor, city, &wanted)
        .await
        .or_page(&page)?;
    let version = crate::monitoring::snapshot::data_version(&page.state, city)
        .await
        .or_page(&page)?;
    let t = page.t();
    let imports = found
        .records
        .iter()
        .map(|record| import_view(&t, record, &found))
        .collect();
    let view = ImportsPage {
        layout: page.layout(
            Some(&stored),
            crate::monitoring::NAV,
            t.msg("imports-title"),
        ),
        imports,
        upload: found
            .may_import
            .then(|| page.viewer.csrf.clone())
            .flatten()
            .map(|csrf| upload_forms(&t, csrf)),
        filter: filter_fields(&t, &found, &wanted),
        filtered: wanted.indicator.is_some() || wanted.source.is_some(),
        found: t.msg_with("imports-found", "count", found.total),
        pager: pager(&t, &found, &wanted),
    };
    let page_number = found.page.to_string();
    Ok(page.respond(
        &[
            &stored.content_hash,
            &version,
            "imports",
            wanted.indicator.as_deref().unwrap_or_default(),
            wanted.source.as_deref().unwrap_or_default(),
            &page_number,
        ],
        StatusCode::OK,
        &view,
    ))
}

fn filter_fields(t: &Translator<'_>, found: &ImportHistory, wanted: &HistoryQuery) -> Vec<Field> {
    let any = |selected: bool| Choice::new("", t.msg("filter-any"), selected);
    let mut indicators = vec![any(wanted.indicator.is_none())];
    indicators.extend(found.indicators.iter().map(|(id, title)| {
        let selected = wanted.indicator.as_deref() == Some(id.as_str());
        Choice::localized(id.clone(), &Localized::new(title, t.code()), selected)
    }));
    let mut sources = vec![any(wanted.source.is_none())];
    sources.extend(found.sources.iter().map(|source| {
        let mut choice = Choice::new(
            source.clone(),
            source.clone(),
            wanted.source.as_deref() == Some(source.as_str()),
        );
        // Sources are recorded as the files name them: German.
        if t.code() != teilhabe_domain::text::PRIMARY_LANGUAGE {
            choice.lang_attr = format!(r#" lang="{}""#, teilhabe_domain::text::PRIMARY_LANGUAGE);
        }
        choice
    }));
    vec![
        Field::select("kennzahl", t.msg("imports-filter-indicator"), indicators)
            .id("imports-indicator"),
        Field::select("quelle", t.msg("imports-filter-source"), sources).id("imports-source"),
    ]
}

/// The history's address for page `number` with the same filters.
fn page_href(wanted: &HistoryQuery, number: i64) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(indicator) = &wanted.indicator {
        query.append_pair("kennzahl", indicator);
    }
    if let Some(source) = &wanted.source {
        query.append_pair("quelle", source);
    }
    if number > 1 {
        query.append_pair("seite", &number.to_string());
    }
    let query = query.finish();
    if query.is_empty() {
        "/importe#import-history".to_owned()
    } else {
        format!("/importe?{query}#import-history")
    }
}

fn pager(t: &Translator<'_>, found: &ImportHistory, wanted: &HistoryQuery) -> Option<Pager> {
    (found.pages > 1).then(|| Pager {
        summary: t.msg_with2(
            "imports-page-of",
            ("page", found.page),
            ("pages", found.pages),
        ),
        previous: (found.page > 1).then(|| page_href(wanted, found.page - 1)),
        next: (found.page < found.pages).then(|| page_href(wanted, found.page + 1)),
    })
}

fn import_view(t: &Translator<'_>, record: &ImportRecord, found: &ImportHistory) -> ImportView {
    ImportView {
        id: record.id,
        file_name: record.file_name.clone(),
        format: record.format.clone(),
        source: record.source.clone(),
        imported_at: format!(
            "{} {}",
            t.long_date(&record.imported_at),
            record.imported_at.get(11..16).unwrap_or_default()
        ),
        // Staff logins are internal; the public sees that someone imported, not who.
        imported_by: found.shows_who.then(|| record.imported_by.clone()),
        demo: record.is_demo,
        count: t.msg_with("imports-figures", "count", record.observation_count),
        periods: record.periods.clone(),
        replaced: (record.replaced_count > 0)
            .then(|| t.msg_with("imports-replaced", "count", record.replaced_count)),
        audit_href: found
            .links_audit_log
            .then(|| format!("/verwaltung/protokoll?import={}", record.id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_links_keep_the_filters_and_leave_out_the_first_page_number() {
        let wanted = HistoryQuery {
            indicator: Some("abgang-ohne-abschluss".into()),
            source: Some("IT.NRW & Stadt".into()),
            page: 2,
        };
        assert_eq!(
            page_href(&wanted, 3),
            "/importe?kennzahl=abgang-ohne-abschluss&quelle=IT.NRW+%26+Stadt&seite=3#import-history"
        );
        assert_eq!(
            page_href(&HistoryQuery::default(), 1),
            "/importe#import-history"
        );
    }
}
