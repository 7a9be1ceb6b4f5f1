//! The monitoring pages: the indicator list, one page per indicator (tables, charts, map,
//! target, definition, downloads) and the imports page. They work without JavaScript: the
//! breakdown and the map's year are switched with links.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::monitoring::judgement::{self, Verdict};
use teilhabe_domain::monitoring::{Breakdown, IndicatorDef, Observation};
use teilhabe_store::collection::CollectionReporting;
use teilhabe_store::{ObservationFilter, StoredObservation};

use super::items::FieldGroup;
use super::{
    code_label, decimal_mark, format_decimal, is_demo, points, series_of, shown_status, value_text,
};
use crate::frame::i18n::Translator;
use crate::frame::state::AppState;
use crate::frame::{Layout, Localized, OrPage, Page, PageError};

mod assembly;
mod imports;

use assembly::build_page;
pub use imports::imports;

// --- view models ---------------------------------------------------------------------------

pub struct NoteRef {
    pub number: usize,
}

pub struct Cell {
    pub text: String,
    pub status: Option<String>,
    pub interval: Option<String>,
    pub notes: Vec<NoteRef>,
    pub missing: bool,
}

pub struct TableRow {
    pub label: String,
    pub cell: Cell,
}

pub struct SeriesRow {
    pub label: String,
    pub cells: Vec<Cell>,
}

pub struct Link {
    pub label: String,
    pub href: String,
    pub current: bool,
}

pub struct TargetView {
    pub text: String,
    pub verdict: String,
    pub verdict_class: &'static str,
    pub detail: Option<String>,
}

pub use teilhabe_charts::figures::{GapRow, GapView};

pub struct MapView {
    pub svg: String,
    pub year: i32,
    pub years: Vec<Link>,
    pub rows: Vec<TableRow>,
}

pub struct Footnote {
    pub number: usize,
    pub text: String,
}

pub struct FieldRef {
    pub slug: String,
    pub title: Localized,
}

/// The institutions behind a figure that data from institutions fed (issue 16).
pub struct ReportingLine {
    pub data_set: Localized,
    pub year: i32,
    /// "7 von 8 Einrichtungen freigegeben (Meldequote 88 %)".
    pub text: String,
    /// A sub-annual data set: each institution counts with its latest approved period.
    pub latest_period: bool,
}

pub struct RecommendationRef {
    pub id: String,
    pub field: String,
    pub text: Localized,
}

#[derive(Template)]
#[template(path = "monitoring/indicator.html")]
struct IndicatorPage<'a> {
    layout: Layout<'a>,
    id: String,
    title: Localized,
    code: Option<String>,
    demo: bool,
    has_data: bool,
    definition: Localized,
    numerator: Localized,
    denominator: Localized,
    unit: String,
    concept: String,
    polarity: String,
    source: Localized,
    rhythm: Option<Localized>,
    caveats: Vec<Localized>,
    breakdowns: Vec<Link>,
    breakdown_label: String,
    latest_caption: String,
    latest: Vec<TableRow>,
    reporting: Vec<ReportingLine>,
    chart: Option<String>,
    series_caption: String,
    series_years: Vec<i32>,
    series_rows: Vec<SeriesRow>,
    gap: Option<GapView>,
    targets: Vec<TargetView>,
    map: Option<MapView>,
    footnotes: Vec<Footnote>,
    fields: Vec<FieldRef>,
    recommendations: Vec<RecommendationRef>,
    downloads: Vec<Link>,
}

#[derive(Template)]
#[template(path = "monitoring/indicators.html")]
struct IndicatorsPage<'a> {
    layout: Layout<'a>,
    intro: String,
    demo: bool,
    groups: Vec<FieldGroup>,
    /// Statisticians and administrators get a way to the upload forms.
    may_import: bool,
}

// --- handlers ------------------------------------------------------------------------------

#[derive(Deserialize)]
pub struct IndicatorQuery {
    /// `origin`, `sex`, `age` or `district`.
    aufschluesselung: Option<String>,
    /// The year the map shows.
    jahr: Option<String>,
}

pub async fn indicator(
    page: Page,
    Path(id): Path<String>,
    Query(query): Query<IndicatorQuery>,
) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let city = stored.concept.city.slug.clone();
    // The view is a function of the query as given (an unusable breakdown falls back to the
    // default alike for every request), so the validator is known before the figures are read.
    let key = format!(
        "{}/{}",
        query.aufschluesselung.as_deref().unwrap_or("-"),
        query.jahr.as_deref().unwrap_or("-")
    );
    let version = super::snapshot::data_version(&page.state, &city)
        .await
        .or_page(&page)?;
    // The page's content translations (cached per language and data version) name their
    // version; a new translation changes the validator like new figures do.
    let content = page.content().await?;
    let translations = content.version().to_owned();
    let etag_parts = [
        stored.content_hash.as_str(),
        &version,
        "indicator",
        &id,
        &key,
        &translations,
    ];
    if let Some(unchanged) = page.unchanged(&etag_parts) {
        return Ok(unchanged);
    }
    let (indicator, observations, _) = match data(&page.state, &city, &id).await {
        Ok(Some(found)) => found,
        Ok(None) => return Err(page.not_found(Some(&stored))),
        Err(()) => return Err(page.internal_error()),
    };
    let reporting = reporting(&page.state, &city, &id, &version)
        .await
        .or_page(&page)?;
    let t = page.t();
    let breakdown = query
        .aufschluesselung
        .as_deref()
        .and_then(Breakdown::parse)
        .filter(|b| indicator.has_breakdown(*b))
        .or_else(|| default_breakdown(&indicator));
    let map_year = query.jahr.as_deref().and_then(|year| year.parse().ok());
    let view = build_page(
        t,
        content,
        &page,
        &stored,
        &indicator,
        &observations,
        breakdown,
        map_year,
        &reporting,
    );
    Ok(page.respond(&etag_parts, StatusCode::OK, &view))
}

pub async fn indicators(page: Page) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let (data, version) = tokio::try_join!(
        super::snapshot::monitoring(&page.state, city),
        super::snapshot::data_version(&page.state, city)
    )
    .or_page(&page)?;
    let observations = &data.observations;
    let t = page.t();
    let indicators = data
        .catalogue
        .as_ref()
        .map(|c| c.indicators.as_slice())
        .unwrap_or_default();
    let content = page.content().await?;
    let translations = content.version().to_owned();
    let groups =
        super::items::field_groups(&t, &content, &stored.concept, indicators, observations);
    let mut layout = page.layout(
        Some(&stored),
        crate::monitoring::NAV,
        t.msg("monitoring-title"),
    );
    layout.content = content;
    let view = IndicatorsPage {
        layout,
        intro: t.msg_with("monitoring-intro", "count", indicators.len()),
        demo: observations.iter().any(|o| o.is_demo),
        groups,
        may_import: page.viewer.visitor.may_import(),
    };
    Ok(page.respond(
        &[&stored.content_hash, &version, "indicators", &translations],
        StatusCode::OK,
        &view,
    ))
}

/// The indicator, its figures and the data version; `Ok(None)` for an unknown id. Only the one
/// definition is copied: copying the whole catalogue for every page and download made a static
/// export grow with the square of the catalogue (bench/site/run, 280 indicators).
pub(crate) async fn data(
    state: &AppState,
    city: &str,
    id: &str,
) -> Result<Option<(IndicatorDef, Vec<StoredObservation>, String)>, ()> {
    // The catalogue from the snapshot of the content version (snapshot.rs): parsing the stored
    // catalogue for every indicator page and download was a fifth of a static export of a
    // catalogue of 280 indicators (bench/site/run).
    let result = tokio::try_join!(
        crate::monitoring::snapshot::monitoring(state, city),
        figures(state, city, id)
    );
    match result {
        Ok((snapshot, (observations, version))) => {
            let Some(catalogue) = &snapshot.catalogue else {
                return Ok(None);
            };
            let Some(indicator) = catalogue.indicator(id) else {
                return Ok(None);
            };
            Ok(Some((indicator.clone(), observations, version)))
        }
        Err(error) => {
            tracing::error!(%error, "cannot read the indicator");
            Err(())
        }
    }
}

/// The figures of one indicator and the data version they are at. An indicator has many views
/// (breakdowns, map years, four downloads, two languages): the static export asks for each, and
/// reading the same figures for every one of them was most of its database time. They are kept
/// per data version, which is read first, so kept figures are never older than their version.
pub(crate) async fn figures(
    state: &AppState,
    city: &str,
    id: &str,
) -> Result<(Vec<StoredObservation>, String), teilhabe_store::StoreError> {
    let version = super::snapshot::data_version(state, city).await?;
    let all = ObservationFilter::default();
    let read = state.store().observations(city, id, &all);
    let figures = state
        .shared::<KeptPerVersion<Vec<StoredObservation>>>()
        .get_or_read(&version, city, id, read)
        .await?;
    Ok((Vec::clone(&figures), version))
}

/// How the data sets behind an indicator's figures were reported, kept per data version like
/// its figures (every reporting row belongs to an import, so a new one moves the version): each
/// of an indicator's views asked the database again.
async fn reporting(
    state: &AppState,
    city: &str,
    id: &str,
    version: &str,
) -> Result<Arc<Vec<CollectionReporting>>, teilhabe_app::AppError> {
    let read = teilhabe_app::collection::publish::reporting_of(state.store(), city, id);
    state
        .shared::<KeptPerVersion<Vec<CollectionReporting>>>()
        .get_or_read(version, city, id, read)
        .await
}

/// Indicators whose data is kept at most (a few hundred kilobytes each at most).
const KEPT_INDICATORS: usize = 1024;

/// Data of one kind per (city, indicator), for one data version: a new version empties it.
struct KeptPerVersion<T>(RwLock<(String, KeptByIndicator<T>)>);

/// (city, indicator) → data.
type KeptByIndicator<T> = HashMap<(String, String), Arc<T>>;

impl<T> Default for KeptPerVersion<T> {
    fn default() -> Self {
        KeptPerVersion(RwLock::new((String::new(), HashMap::new())))
    }
}

impl<T> KeptPerVersion<T> {
    /// What is kept for (`city`, `id`) at `version`, or the result of `read`, then kept.
    async fn get_or_read<E>(
        &self,
        version: &str,
        city: &str,
        id: &str,
        read: impl std::future::Future<Output = Result<T, E>>,
    ) -> Result<Arc<T>, E> {
        let key = (city.to_owned(), id.to_owned());
        if let Ok(slot) = self.0.read()
            && slot.0 == version
            && let Some(kept) = slot.1.get(&key)
        {
            return Ok(Arc::clone(kept));
        }
        let value = Arc::new(read.await?);
        if let Ok(mut slot) = self.0.write() {
            if slot.0 != version || slot.1.len() >= KEPT_INDICATORS {
                *slot = (version.to_owned(), HashMap::new());
            }
            slot.1.insert(key, Arc::clone(&value));
        }
        Ok(value)
    }
}

fn default_breakdown(indicator: &IndicatorDef) -> Option<Breakdown> {
    teilhabe_charts::figures::default_breakdown(indicator)
}
