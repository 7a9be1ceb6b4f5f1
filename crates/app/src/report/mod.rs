//! The integration report: drafts for accounts, editions the integration office releases and
//! the public reads, and per-indicator sheets for everybody.
//!
//! The app does not render: it gathers the data ([`ReportData`], [`IndicatorSheet`]) and the
//! adapters pass the renderer (`teilhabe_report::report_pdf`) in. So the app stays free of typst's
//! compile cost, and the web can render on a blocking thread between [`prepare_release`] and
//! [`Release::store`].

pub mod assemble;

use std::fmt::Display;

use jiff::Timestamp;
use teilhabe_domain::report::{IndicatorSheet, ReportData};
use teilhabe_domain::text::is_language_code;
use teilhabe_domain::translation::ContentTranslations;
use teilhabe_store::{
    Edition, ImportRecord, NewEdition, Store, StoredCatalogue, StoredConcept, StoredObservation,
};

use crate::error::{Actor, AppError, Problem};

/// Whether `actor` may build a draft (any account, and the operator).
pub fn may_build(actor: &Actor) -> Result<(), AppError> {
    match actor {
        Actor::Operator(_) => Ok(()),
        Actor::Visitor(visitor) if visitor.may_build_report() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only accounts build draft reports; released editions are public",
        )),
    }
}

/// Whether `actor` may release an edition (the integration office, and the operator).
pub fn may_release(actor: &Actor) -> Result<(), AppError> {
    match actor {
        Actor::Operator(_) => Ok(()),
        Actor::Visitor(visitor) if visitor.may_release_report() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only administrators and concept editors release report editions",
        )),
    }
}

/// The data of a draft report of `city` for `year`.
pub async fn report_data(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i32,
    now: Timestamp,
) -> Result<ReportData, AppError> {
    may_build(actor)?;
    assemble::report(store, city, year, now).await
}

/// The sheet of indicator `id` with all its figures; public, like the figures. Its date is that
/// of its data (the newest import or catalogue load), so the same data gives the same PDF and a
/// cache or a static export can keep it until the data changes.
pub async fn indicator_sheet(
    store: &Store,
    city: &str,
    id: &str,
) -> Result<IndicatorSheet, AppError> {
    let stored = assemble::concept(store, city).await?;
    let catalogue = store.current_catalogue(city).await?.ok_or_else(|| {
        AppError::Unready(format!("no indicator catalogue of `{city}` is stored"))
    })?;
    let figures = store
        .observations(city, id, &teilhabe_store::ObservationFilter::default())
        .await?;
    let imports = store.imports(city).await?;
    let languages = sheet_languages(store).await?;
    sheet_of(
        &SheetSources {
            concept: &stored,
            catalogue: &catalogue,
            figures: &figures,
            imports: &imports,
            languages: &languages,
        },
        id,
    )
}

/// What an indicator's sheet is made of. An adapter that keeps these between requests (the web
/// keeps them per content version) builds many sheets from one read: the static export of a
/// large city asks for two sheets per indicator, and reading the whole catalogue, every import
/// and every content translation for each was a seventh of its time (bench/site/run).
pub struct SheetSources<'a> {
    pub concept: &'a StoredConcept,
    pub catalogue: &'a StoredCatalogue,
    /// The indicator's figures (others are ignored).
    pub figures: &'a [StoredObservation],
    pub imports: &'a [ImportRecord],
    /// [`sheet_languages`].
    pub languages: &'a [ContentTranslations],
}

/// The content translations a sheet carries (every language a sheet is printed in).
pub async fn sheet_languages(store: &Store) -> Result<Vec<ContentTranslations>, AppError> {
    assemble::report_languages(store).await
}

/// The sheet of indicator `id` from its sources, as [`indicator_sheet`] builds it.
pub fn sheet_of(sources: &SheetSources<'_>, id: &str) -> Result<IndicatorSheet, AppError> {
    let catalogue = sources.catalogue;
    let def = catalogue.indicator(id).ok_or(AppError::NotFound)?;
    let mut sheet = assemble::sheet(
        sources.concept.concept.city.clone(),
        Some(catalogue),
        def,
        sources.figures,
        sources.imports,
        None,
        &catalogue.loaded_at,
    );
    if let Some(newest) = sheet.imports.iter().map(|i| &i.imported_at).max()
        && *newest > sheet.created_at
    {
        sheet.created_at = newest.clone();
    }
    sheet.add_translations(sources.languages);
    Ok(sheet)
}

/// The years a report of `city` can be built for at `now`, newest first
/// ([`assemble::reportable_years`]).
pub async fn years(store: &Store, city: &str, now: Timestamp) -> Result<Vec<i32>, AppError> {
    let figure_years = store.observation_years(city).await?;
    let range = assemble::reportable_years(&figure_years, now);
    // A city without figures: offer the last ten years, not a thousand.
    let start = if figure_years.is_empty() {
        range.end() - 9
    } else {
        *range.start()
    };
    Ok((start..=*range.end()).rev().collect())
}

/// A release on its way: the data as the edition will store it, waiting for its PDF.
pub struct Release {
    data: ReportData,
    snapshot: String,
    language: String,
    released_by: String,
}

impl Release {
    /// The data to render: read back from the snapshot, so that the released PDF and any later
    /// rebuild render the very same input.
    pub fn data(&self) -> &ReportData {
        &self.data
    }

    pub fn language(&self) -> &str {
        &self.language
    }

    /// Stores the edition with `pdf` (rendered from [`Release::data`]) and its audit entry.
    pub async fn store(
        self,
        store: &Store,
        pdf: Vec<u8>,
        now: Timestamp,
    ) -> Result<Edition, AppError> {
        Ok(store
            .save_report_edition(
                &NewEdition {
                    city: self.data.city.slug.clone(),
                    year: self.data.year,
                    language: self.language,
                    snapshot: self.snapshot,
                    pdf,
                    concept_version: self.data.concept_version,
                    catalogue_version: self.data.catalogue_version.clone(),
                    released_by: self.released_by,
                },
                now,
            )
            .await?)
    }
}

fn snapshot_error(error: serde_json::Error) -> AppError {
    AppError::Internal(teilhabe_store::StoreError::Corrupt(format!(
        "the report's data cannot be written as JSON: {error}"
    )))
}

/// Checks who releases and gathers the data of the edition of `city` for `year` in `language`.
pub async fn prepare_release(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i32,
    language: &str,
    now: Timestamp,
) -> Result<Release, AppError> {
    may_release(actor)?;
    if !is_language_code(language) {
        return Err(AppError::Invalid(vec![Problem::new(
            "language",
            format!("`{language}` is no language code; expected e.g. de or en"),
        )]));
    }
    let data = assemble::report(store, city, year, now).await?;
    let snapshot = serde_json::to_string(&data).map_err(snapshot_error)?;
    let data = serde_json::from_str(&snapshot).map_err(snapshot_error)?;
    Ok(Release {
        data,
        snapshot,
        language: language.to_owned(),
        released_by: actor.name(),
    })
}

/// Releases an edition in one call: gathers, renders with `render`, stores.
#[allow(clippy::too_many_arguments)]
pub async fn release_edition<E: Display>(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i32,
    language: &str,
    render: impl FnOnce(&ReportData, &str) -> Result<Vec<u8>, E>,
    now: Timestamp,
) -> Result<Edition, AppError> {
    let release = prepare_release(store, actor, city, year, language, now).await?;
    let pdf = render(release.data(), release.language())
        .map_err(|error| AppError::Render(error.to_string()))?;
    release.store(store, pdf, now).await
}

/// The released editions of `city`, newest year first; public.
pub async fn editions(store: &Store, city: &str) -> Result<Vec<Edition>, AppError> {
    Ok(store.report_editions(city).await?)
}

/// An edition and its PDF as released; public.
pub async fn edition_pdf(
    store: &Store,
    city: &str,
    id: i64,
) -> Result<(Edition, Vec<u8>), AppError> {
    let edition = store
        .report_edition(city, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pdf = store
        .report_edition_pdf(city, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((edition, pdf))
}

/// An edition and the data it was built from; public (it is what the released PDF shows).
pub async fn edition_data(
    store: &Store,
    city: &str,
    id: i64,
) -> Result<(Edition, ReportData), AppError> {
    let edition = store
        .report_edition(city, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let snapshot = store
        .report_edition_snapshot(city, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let data = serde_json::from_str(&snapshot).map_err(|error| {
        AppError::Internal(teilhabe_store::StoreError::Corrupt(format!(
            "report edition {id}: its data cannot be read: {error}"
        )))
    })?;
    Ok((edition, data))
}

/// Renders edition `id` again from its stored data, in its language.
pub async fn rebuild_edition<E: Display>(
    store: &Store,
    city: &str,
    id: i64,
    render: impl FnOnce(&ReportData, &str) -> Result<Vec<u8>, E>,
) -> Result<(Edition, Vec<u8>), AppError> {
    let (edition, data) = edition_data(store, city, id).await?;
    let pdf =
        render(&data, &edition.language).map_err(|error| AppError::Render(error.to_string()))?;
    Ok((edition, pdf))
}
