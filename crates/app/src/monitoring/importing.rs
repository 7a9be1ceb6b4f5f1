//! The import workflow shared by `teilhabe import` and the upload form and API: check that the
//! actor may import, read a file, check it against the stored indicator catalogue, store its
//! figures all or nothing.
//!
//! The readers themselves (files in, checked figures out) are the import crate's, the
//! transaction is the store's; the web app and the command line only hand over files.

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use jiff::Timestamp;
use teilhabe_domain::monitoring::IndicatorDef;
use teilhabe_import::{Limits, Mapping, Problems, content_hash, read_file_within};
use teilhabe_store::{ImportReport, NewImport, Store, StoreError};
use tokio::sync::Semaphore;

use crate::error::Actor;

/// How import files are parsed: within `limits`, on blocking threads so that the async workers
/// keep answering other requests, and at most a few at once so that parallel uploads cannot take
/// all memory and cores (docs/guides/operators.md, "Limits for uploaded and imported files").
#[derive(Clone, Debug)]
pub struct Parsing {
    limits: Limits,
    slots: Arc<Semaphore>,
    concurrent: usize,
}

/// Parses running at once by default: two, so that the server keeps cores for everything else.
pub const DEFAULT_CONCURRENT_PARSES: usize = 2;

impl Default for Parsing {
    fn default() -> Self {
        Parsing::new(Limits::default(), DEFAULT_CONCURRENT_PARSES)
    }
}

impl Parsing {
    /// `concurrent` parses may run at once (at least one); further ones wait for a slot.
    pub fn new(limits: Limits, concurrent: usize) -> Self {
        let concurrent = concurrent.max(1);
        Parsing {
            limits,
            slots: Arc::new(Semaphore::new(concurrent)),
            concurrent,
        }
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    pub fn concurrent(&self) -> usize {
        self.concurrent
    }

    /// Runs `parse` on a blocking thread once a slot is free.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        file: &str,
        parse: impl FnOnce(&Limits) -> Result<T, Problems> + Send + 'static,
    ) -> Result<T, ImportFailure> {
        let slot = self.slots.clone().acquire_owned().await.map_err(|_| {
            ImportFailure::Unready("the server is shutting down; try again later".into())
        })?;
        let limits = self.limits;
        // The slot goes with the work: a request cancelled while its file is parsed does not
        // free the slot before the parse ends (the blocking thread cannot be stopped).
        let work = move || {
            let result = parse(&limits);
            drop(slot);
            result
        };
        match tokio::task::spawn_blocking(work).await {
            Ok(result) => result.map_err(|problems| problem_list(&problems.0)),
            Err(error) => {
                tracing::error!(file, %error, "reading an import file failed");
                Err(ImportFailure::Problems(vec![format!(
                    "{file}: the file cannot be read"
                )]))
            }
        }
    }
}

/// Why an import did not happen.
#[derive(Debug)]
pub enum ImportFailure {
    /// Problems in the data file, each naming file, line and column; nothing was stored.
    Problems(Vec<String>),
    /// Problems in the mapping file (it cannot be read, or it is for another city).
    Mapping(Vec<String>),
    /// The store is not ready for it (no concept, no catalogue, which city is unclear).
    Unready(String),
    /// The actor may not import (only statisticians and administrators may).
    Forbidden,
    Store(StoreError),
}

impl From<StoreError> for ImportFailure {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::InvalidFigures(message) => ImportFailure::Problems(vec![message]),
            other => ImportFailure::Store(other),
        }
    }
}

impl std::fmt::Display for ImportFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportFailure::Problems(problems) | ImportFailure::Mapping(problems) => {
                f.write_str(&problems.join("\n"))
            }
            ImportFailure::Unready(message) => f.write_str(message),
            ImportFailure::Forbidden => {
                f.write_str("only statisticians and administrators may import figures")
            }
            ImportFailure::Store(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for ImportFailure {}

/// What an import stored (or, in a dry run, would store).
#[derive(Debug)]
pub struct ImportOutcome {
    pub city: String,
    pub report: ImportReport,
    pub encoding: &'static str,
    pub format: &'static str,
    pub is_demo: bool,
    /// Rows the mapping's `keep` and `drop` rules left out, per rule.
    pub dropped: Vec<teilhabe_import::filter::Dropped>,
}

/// A table file (GENESIS flat file, long CSV or XLSX) with the mapping that reads it.
pub struct TableUpload<'a> {
    pub file_name: &'a str,
    /// Shared, not copied, into the thread that parses it.
    pub bytes: Bytes,
    pub mapping_name: &'a str,
    pub mapping_text: &'a str,
}

/// The statistics engine's output: `indicators.csv` and, optionally, `metadata.json`.
pub struct CubesUpload<'a> {
    /// How the folder is named in messages and on the imports page.
    pub name: &'a str,
    pub indicators: Bytes,
    pub metadata: Option<Bytes>,
}

/// Who imports, into which city, and whether only to look.
pub struct ImportRun<'a> {
    /// The city named by the caller; else the mapping's, else the only one stored.
    pub city: Option<&'a str>,
    /// Who imports: must be allowed to (`Actor::may_import`); the audit log names them.
    pub actor: &'a Actor,
    /// When the import happens (recorded with the import and in the audit log).
    pub now: Timestamp,
    pub dry_run: bool,
    /// The limits and the slots the file is parsed within.
    pub parsing: &'a Parsing,
}

/// Reads, checks and stores one table file (all or nothing).
pub async fn import_table(
    store: &Store,
    upload: &TableUpload<'_>,
    run: &ImportRun<'_>,
) -> Result<ImportOutcome, ImportFailure> {
    import_noted(store, upload, run, None).await
}

/// [`import_table`] with a note for the audit log (which saved mapping read the file).
pub(crate) async fn import_noted(
    store: &Store,
    upload: &TableUpload<'_>,
    run: &ImportRun<'_>,
    note: Option<String>,
) -> Result<ImportOutcome, ImportFailure> {
    if !run.actor.may_import() {
        return Err(ImportFailure::Forbidden);
    }
    let mapping = Mapping::parse(upload.mapping_text).map_err(|message| {
        ImportFailure::Mapping(vec![format!("{}:{message}", upload.mapping_name)])
    })?;
    if let (Some(named), Some(mapped)) = (run.city, mapping.city.as_deref())
        && named != mapped
    {
        return Err(ImportFailure::Mapping(vec![format!(
            "{}: the mapping is for the city `{mapped}`, not `{named}`",
            upload.mapping_name
        )]));
    }
    let city = resolve_city(store, run.city, mapping.city.as_deref()).await?;
    let catalogue = catalogue_of(store, &city).await?;
    let imported = {
        let file_name = upload.file_name.to_owned();
        let bytes = upload.bytes.clone();
        let mapping = mapping.clone();
        run.parsing
            .run(upload.file_name, move |limits| {
                read_file_within(&file_name, &bytes, &mapping, &catalogue, limits)
            })
            .await?
    };
    let name = Path::new(upload.file_name)
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| upload.file_name.to_owned());
    let report = store
        .import_observations(
            &NewImport {
                city: city.clone(),
                file_name: name,
                format: imported.format.as_str().to_owned(),
                source: imported.source.clone(),
                content_hash: content_hash(&[&upload.bytes[..], upload.mapping_text.as_bytes()]),
                imported_by: run.actor.name(),
                is_demo: imported.is_demo,
                note,
            },
            &imported.observations,
            run.now,
            run.dry_run,
        )
        .await?;
    Ok(ImportOutcome {
        city,
        report,
        encoding: imported.encoding,
        format: imported.format.as_str(),
        is_demo: imported.is_demo,
        dropped: imported.dropped,
    })
}

/// What a cube import stored, and what it left out because the catalogue does not show it.
#[derive(Debug)]
pub struct CubesOutcome {
    pub outcome: ImportOutcome,
    /// Indicators of the engine that no catalogue entry links to.
    pub skipped_indicators: Vec<String>,
    /// Rows at levels or breakdowns the catalogue does not show (quarters, countries, …).
    pub skipped_rows: usize,
}

/// Reads the engine's indicator file and stores the figures the catalogue links (all or nothing).
pub async fn import_cubes(
    store: &Store,
    upload: &CubesUpload<'_>,
    run: &ImportRun<'_>,
) -> Result<CubesOutcome, ImportFailure> {
    if !run.actor.may_import() {
        return Err(ImportFailure::Forbidden);
    }
    let city = resolve_city(store, run.city, None).await?;
    let catalogue = catalogue_of(store, &city).await?;
    let read = {
        let name = upload.name.to_owned();
        let indicators = upload.indicators.clone();
        let metadata = upload.metadata.clone();
        run.parsing
            .run(upload.name, move |limits| {
                teilhabe_import::cubes::read_cubes_within(
                    &name,
                    &indicators,
                    metadata.as_deref(),
                    &catalogue,
                    limits,
                )
            })
            .await?
    };
    if read.file.observations.is_empty() {
        return Err(ImportFailure::Problems(vec![format!(
            "{}: no indicator of the engine is linked to the catalogue (set `engine = \"<id>\"` in an indicator file); the folder has {}",
            upload.name,
            read.skipped_indicators.join(", ")
        )]));
    }
    let report = store
        .import_observations(
            &NewImport {
                city: city.clone(),
                file_name: format!("{}/indicators.csv", upload.name),
                format: "cubes".into(),
                source: read.file.source.clone(),
                content_hash: content_hash(&[
                    &upload.indicators[..],
                    upload.metadata.as_deref().unwrap_or_default(),
                ]),
                imported_by: run.actor.name(),
                is_demo: false,
                note: None,
            },
            &read.file.observations,
            run.now,
            run.dry_run,
        )
        .await?;
    Ok(CubesOutcome {
        outcome: ImportOutcome {
            city,
            report,
            encoding: "utf-8",
            format: "cubes",
            is_demo: false,
            dropped: Vec::new(),
        },
        skipped_indicators: read.skipped_indicators,
        skipped_rows: read.skipped_rows,
    })
}

fn problem_list(problems: &[impl ToString]) -> ImportFailure {
    ImportFailure::Problems(problems.iter().map(ToString::to_string).collect())
}

/// The city to import into: named, else the mapping's, else the only one stored.
pub(crate) async fn resolve_city(
    store: &Store,
    named: Option<&str>,
    from_mapping: Option<&str>,
) -> Result<String, ImportFailure> {
    if let Some(city) = named.or(from_mapping) {
        return Ok(city.to_owned());
    }
    let cities = store.cities().await?;
    match cities.as_slice() {
        [only] => Ok(only.clone()),
        [] => Err(ImportFailure::Unready(
            "no concept is stored; load one first (teilhabe concept load …)".into(),
        )),
        _ => Err(ImportFailure::Unready(format!(
            "several cities are stored ({}); name one with --city or `city` in the mapping",
            cities.join(", ")
        ))),
    }
}

pub(crate) async fn catalogue_of(
    store: &Store,
    city: &str,
) -> Result<Vec<IndicatorDef>, ImportFailure> {
    match store.current_catalogue(city).await? {
        Some(catalogue) => Ok(catalogue.indicators),
        None => Err(ImportFailure::Unready(format!(
            "no indicator catalogue of `{city}` is stored; load it first: teilhabe indicators load data/indicators/{city}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use std::future::Future;
    use std::task::{Context, Waker};

    use super::*;

    #[tokio::test]
    async fn parses_beyond_the_slots_wait_for_one() {
        let parsing = Parsing::new(Limits::default(), 1);
        let (release, released) = std::sync::mpsc::channel::<()>();
        let (started, has_started) = tokio::sync::oneshot::channel::<()>();
        let first = tokio::spawn({
            let parsing = parsing.clone();
            async move {
                parsing
                    .run("a.csv", move |_| {
                        let _ = started.send(());
                        // Blocks its thread, not the runtime, until the test lets it go.
                        let _ = released.recv();
                        Ok(1)
                    })
                    .await
            }
        });
        has_started.await.unwrap();
        let mut second = Box::pin(parsing.run("b.csv", |_| Ok(2)));
        let mut context = Context::from_waker(Waker::noop());
        assert!(
            second.as_mut().poll(&mut context).is_pending(),
            "the only slot is taken"
        );
        release.send(()).unwrap();
        assert_eq!(first.await.unwrap().unwrap(), 1);
        assert_eq!(second.await.unwrap(), 2);
    }

    #[tokio::test]
    async fn a_cancelled_request_keeps_its_slot_until_the_parse_ends() {
        let parsing = Parsing::new(Limits::default(), 1);
        let (release, released) = std::sync::mpsc::channel::<()>();
        let (started, has_started) = tokio::sync::oneshot::channel::<()>();
        let first = tokio::spawn({
            let parsing = parsing.clone();
            async move {
                parsing
                    .run("a.csv", move |_| {
                        let _ = started.send(());
                        let _ = released.recv();
                        Ok(1)
                    })
                    .await
            }
        });
        has_started.await.unwrap();
        // The request goes away; its parse goes on and holds the slot.
        first.abort();
        assert!(first.await.unwrap_err().is_cancelled());
        assert_eq!(parsing.slots.available_permits(), 0);
        release.send(()).unwrap();
        assert_eq!(parsing.run("b.csv", |_| Ok(2)).await.unwrap(), 2);
        assert_eq!(parsing.slots.available_permits(), 1);
    }

    #[tokio::test]
    async fn a_panicking_parse_is_a_problem_not_a_crash() {
        let parsing = Parsing::default();
        let result: Result<(), ImportFailure> = parsing
            .run("x.csv", |_| -> Result<(), Problems> {
                panic!("a reader bug")
            })
            .await;
        match result {
            Err(ImportFailure::Problems(problems)) => {
                assert_eq!(problems, ["x.csv: the file cannot be read"]);
            }
            other => panic!("{other:?}"),
        }
    }
}
