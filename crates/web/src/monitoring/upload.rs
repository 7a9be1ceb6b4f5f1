//! Figures uploaded through the web: the forms on the imports page and `POST /api/v1/imports/…`
//! for scripts. Only statisticians and administrators may import; the files take the same path as
//! `teilhabe import` (see importing.rs): checked, then stored all or nothing, audited.
//!
//! The uploaded files are aggregates (tables, cubes); they are read in memory and never written
//! to disk, so a refused upload leaves no trace but the answer.

use std::collections::BTreeMap;

use askama::Template;
use axum::Json;
use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::importing::{
    CubesOutcome, CubesUpload, ImportFailure, ImportOutcome, ImportRun, TableUpload, import_cubes,
    import_table,
};
use crate::auth::{self, Viewer};
use crate::error::ApiError;
use crate::i18n::Translator;
use crate::pages::{Layout, Nav, Page};
use crate::state::AppState;

/// The largest upload accepted: a GENESIS table of a large city is a few MiB, cubes a few tens.
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// One part of a multipart body.
struct Part {
    file_name: Option<String>,
    bytes: Bytes,
}

/// The parts of a multipart body by name (the first of each name counts).
struct Parts(BTreeMap<String, Part>);

impl Parts {
    async fn read(mut multipart: Multipart) -> Result<Parts, MultipartError> {
        let mut parts = BTreeMap::new();
        while let Some(field) = multipart.next_field().await? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await?;
            parts.entry(name).or_insert(Part { file_name, bytes });
        }
        Ok(Parts(parts))
    }

    /// A non-empty file part: its file name (or `fallback`) and its bytes (shared, not copied).
    fn file(&self, name: &str, fallback: &str) -> Option<(String, Bytes)> {
        let part = self.0.get(name).filter(|part| !part.bytes.is_empty())?;
        let file_name = part
            .file_name
            .as_deref()
            .map(base_name)
            .filter(|n| !n.is_empty())
            .unwrap_or(fallback);
        Some((file_name.to_owned(), part.bytes.clone()))
    }

    fn text(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|part| std::str::from_utf8(&part.bytes).ok())
            .map(str::trim)
            .unwrap_or_default()
    }

    fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }
}

/// Browsers send a bare name, but some send a path; only the last component is kept.
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// What an upload asks for, once its parts are read.
enum Request {
    Table {
        file: (String, Bytes),
        mapping: (String, String),
    },
    Cubes {
        indicators: Bytes,
        metadata: Option<Bytes>,
    },
}

/// The two kinds of upload and the names of their parts in the form and in the API.
#[derive(Clone, Copy)]
enum Kind {
    Table,
    Cubes,
}

struct PartNames {
    file: &'static str,
    mapping: &'static str,
    indicators: &'static str,
    metadata: &'static str,
}

const FORM_PARTS: PartNames = PartNames {
    file: "datei",
    mapping: "zuordnung",
    indicators: "indikatoren",
    metadata: "metadaten",
};

const API_PARTS: PartNames = PartNames {
    file: "file",
    mapping: "mapping",
    indicators: "indicators",
    metadata: "metadata",
};

/// A part the request lacks, or cannot use.
#[derive(Clone, Copy)]
enum Lack {
    File,
    Mapping,
    MappingNotText,
    Indicators,
}

impl Lack {
    fn part(self, names: &PartNames) -> &'static str {
        match self {
            Lack::File => names.file,
            Lack::Mapping | Lack::MappingNotText => names.mapping,
            Lack::Indicators => names.indicators,
        }
    }

    /// The message for scripts (the API speaks English, like the file problems).
    fn api_message(self, names: &PartNames) -> String {
        let part = self.part(names);
        match self {
            Lack::File => format!("`{part}`: send the table file (CSV or XLSX)"),
            Lack::Mapping => format!("`{part}`: send the mapping file (TOML) that reads it"),
            Lack::MappingNotText => format!("`{part}`: a mapping file must be UTF-8 text"),
            Lack::Indicators => format!(
                "`{part}`: send `indicators.csv` from the output folder of `teilhabe compute`"
            ),
        }
    }

    fn message_id(self) -> &'static str {
        match self {
            Lack::File => "import-lacks-file",
            Lack::Mapping => "import-lacks-mapping",
            Lack::MappingNotText => "import-mapping-not-text",
            Lack::Indicators => "import-lacks-indicators",
        }
    }
}

/// The request in the parts, or what it lacks.
fn request(kind: Kind, parts: &Parts, names: &PartNames) -> Result<Request, Vec<Lack>> {
    match kind {
        Kind::Table => {
            let file = parts.file(names.file, "upload.csv");
            let mapping = parts.file(names.mapping, "mapping.toml");
            let (Some(file), Some((mapping_name, mapping_bytes))) = (file.clone(), &mapping) else {
                let mut lacks = Vec::new();
                if file.is_none() {
                    lacks.push(Lack::File);
                }
                if mapping.is_none() {
                    lacks.push(Lack::Mapping);
                }
                return Err(lacks);
            };
            let Ok(mapping_text) = std::str::from_utf8(mapping_bytes) else {
                return Err(vec![Lack::MappingNotText]);
            };
            Ok(Request::Table {
                file,
                mapping: (mapping_name.clone(), mapping_text.to_owned()),
            })
        }
        Kind::Cubes => match parts.file(names.indicators, "indicators.csv") {
            Some((_, indicators)) => Ok(Request::Cubes {
                indicators,
                metadata: parts
                    .file(names.metadata, "metadata.json")
                    .map(|(_, bytes)| bytes),
            }),
            None => Err(vec![Lack::Indicators]),
        },
    }
}

/// A finished import, whichever kind.
struct Done {
    outcome: ImportOutcome,
    skipped_indicators: Vec<String>,
    skipped_rows: usize,
}

async fn run(
    state: &AppState,
    request: &Request,
    run: &ImportRun<'_>,
) -> Result<Done, ImportFailure> {
    let store = state.store();
    match request {
        Request::Table { file, mapping } => {
            let upload = TableUpload {
                file_name: &file.0,
                bytes: &file.1,
                mapping_name: &mapping.0,
                mapping_text: &mapping.1,
            };
            let outcome = import_table(store, &upload, run).await?;
            Ok(Done {
                outcome,
                skipped_indicators: Vec::new(),
                skipped_rows: 0,
            })
        }
        Request::Cubes {
            indicators,
            metadata,
        } => {
            let upload = CubesUpload {
                name: "upload",
                indicators,
                metadata: metadata.as_deref(),
            };
            let CubesOutcome {
                outcome,
                skipped_indicators,
                skipped_rows,
            } = import_cubes(store, &upload, run).await?;
            Ok(Done {
                outcome,
                skipped_indicators,
                skipped_rows,
            })
        }
    }
}

// --- the forms on the imports page -------------------------------------------------------------

pub struct PeriodRow {
    pub indicator: String,
    pub year: i32,
    pub old_count: usize,
    pub new_count: usize,
    pub changed: usize,
}

#[derive(Template)]
#[template(path = "monitoring/import-result.html")]
struct ResultPage<'a> {
    layout: Layout<'a>,
    /// `success` or `danger`: the colour of the summary.
    tone: &'static str,
    summary: String,
    /// Problems in the files, in the reader's words (English, naming file, line and column).
    problems: Vec<String>,
    /// Files the form lacks.
    lacks: Vec<String>,
    periods: Vec<PeriodRow>,
    notes: Vec<String>,
}

/// The body as axum sees it: not multipart at all is a rejection the handlers answer themselves
/// (after checking who asks), as a page or as JSON.
type Body = Result<Multipart, MultipartRejection>;

pub async fn upload_table_form(page: Page, multipart: Body) -> Response {
    upload_form(page, multipart, Kind::Table).await
}

pub async fn upload_cubes_form(page: Page, multipart: Body) -> Response {
    upload_form(page, multipart, Kind::Cubes).await
}

async fn upload_form(page: Page, multipart: Body, kind: Kind) -> Response {
    // Who may import is known before the body is read: nobody else gets to send 64 MiB.
    if let Err(response) = page.require_signed_in() {
        return response;
    }
    if !page.viewer.visitor.may_import() {
        return page.forbidden();
    }
    let Ok(multipart) = multipart else {
        return page.message(
            None,
            StatusCode::BAD_REQUEST,
            "import-result-title",
            "import-upload-unreadable",
        );
    };
    let parts = match Parts::read(multipart).await {
        Ok(parts) => parts,
        Err(error) => return unreadable_form(&page, &error),
    };
    if !crate::forms::csrf_token_ok(&page.viewer, parts.text("csrf")) {
        return page.stale_form();
    }
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(response) => return response,
    };
    let t = page.t();
    let title = t.msg("import-result-title");
    let request = match request(kind, &parts, &FORM_PARTS) {
        Ok(request) => request,
        Err(lacks) => {
            let view = ResultPage {
                layout: page.layout(Some(&stored), Nav::Monitoring, title),
                tone: "danger",
                summary: t.msg("import-result-incomplete"),
                problems: Vec::new(),
                lacks: lacks.iter().map(|lack| t.msg(lack.message_id())).collect(),
                periods: Vec::new(),
                notes: Vec::new(),
            };
            return page.render(StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
    };
    let actor = page.viewer.actor();
    let dry_run = parts.has("probelauf");
    let settings = ImportRun {
        city: Some(&stored.concept.city.slug),
        actor: &actor,
        dry_run,
    };
    let (status, view) = match run(&page.state, &request, &settings).await {
        Ok(done) => {
            let status = if dry_run {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            let view = ResultPage {
                layout: page.layout(Some(&stored), Nav::Monitoring, title),
                tone: "success",
                summary: summary(&t, &done.outcome, dry_run),
                problems: Vec::new(),
                lacks: Vec::new(),
                periods: period_rows(&done.outcome),
                notes: notes(&t, &done),
            };
            (status, view)
        }
        Err(ImportFailure::Store(error)) => {
            tracing::error!(%error, "an uploaded import failed in the store");
            return page.internal_error();
        }
        Err(failure) => {
            let (status, problems) = refusal(failure);
            let view = ResultPage {
                layout: page.layout(Some(&stored), Nav::Monitoring, title),
                tone: "danger",
                summary: t.msg_with("import-result-refused", "count", problems.len()),
                problems,
                lacks: Vec::new(),
                periods: Vec::new(),
                notes: Vec::new(),
            };
            (status, view)
        }
    };
    page.render(status, &view)
}

fn unreadable_form(page: &Page, error: &MultipartError) -> Response {
    tracing::info!(%error, "an upload could not be read");
    let status = error.status();
    let text = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "import-upload-too-large"
    } else {
        "import-upload-unreadable"
    };
    page.message(None, status, "import-result-title", text)
}

fn summary(t: &Translator<'_>, outcome: &ImportOutcome, dry_run: bool) -> String {
    let count = outcome.report.observation_count;
    let base = match outcome.report.import_id {
        Some(id) if !dry_run => t.msg_with2("import-result-stored", ("count", count), ("id", id)),
        _ => t.msg_with("import-result-dry-run", "count", count),
    };
    let demo = if outcome.is_demo {
        format!(" {}", t.msg("import-result-demo"))
    } else {
        String::new()
    };
    let file = t.msg_with2(
        "import-result-format",
        ("format", outcome.format),
        ("encoding", outcome.encoding),
    );
    format!("{base} ({file}).{demo}")
}

fn period_rows(outcome: &ImportOutcome) -> Vec<PeriodRow> {
    outcome
        .report
        .periods
        .iter()
        .map(|period| PeriodRow {
            indicator: period.indicator.clone(),
            year: period.year,
            old_count: period.old_count,
            new_count: period.new_count,
            changed: period.changed,
        })
        .collect()
}

fn notes(t: &Translator<'_>, done: &Done) -> Vec<String> {
    let mut notes = Vec::new();
    if !done.skipped_indicators.is_empty() {
        notes.push(t.msg_with(
            "import-result-skipped-indicators",
            "list",
            done.skipped_indicators.join(", "),
        ));
    }
    if done.skipped_rows > 0 {
        notes.push(t.msg_with("import-result-skipped-rows", "count", done.skipped_rows));
    }
    notes
}

/// A refused import: problems in the files are 422, a store not ready for figures is 409.
fn refusal(failure: ImportFailure) -> (StatusCode, Vec<String>) {
    match failure {
        ImportFailure::Problems(problems) | ImportFailure::Mapping(problems) => {
            (StatusCode::UNPROCESSABLE_ENTITY, problems)
        }
        ImportFailure::Unready(message) => (StatusCode::CONFLICT, vec![message]),
        ImportFailure::Store(error) => {
            tracing::error!(%error, "an uploaded import failed in the store");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                vec!["the store could not take the figures".to_owned()],
            )
        }
    }
}

// --- the API -----------------------------------------------------------------------------------

#[derive(Deserialize)]
pub struct UploadQuery {
    #[serde(default)]
    dry_run: bool,
}

#[derive(Serialize)]
struct PeriodJson {
    indicator: String,
    year: i32,
    previous: usize,
    new: usize,
    changed: usize,
}

#[derive(Serialize)]
struct ImportJson {
    /// `null` for a dry run.
    import_id: Option<i64>,
    dry_run: bool,
    city: String,
    format: &'static str,
    encoding: &'static str,
    demo: bool,
    figures: usize,
    periods: Vec<PeriodJson>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    skipped_indicators: Vec<String>,
    #[serde(skip_serializing_if = "is_zero")]
    skipped_rows: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub async fn api_table(
    state: State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
) -> Response {
    api_upload(state, viewer, headers, query, multipart, Kind::Table).await
}

pub async fn api_cubes(
    state: State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
) -> Response {
    api_upload(state, viewer, headers, query, multipart, Kind::Cubes).await
}

async fn api_upload(
    State(state): State<AppState>,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
    kind: Kind,
) -> Response {
    match api_import(&state, &viewer, &headers, query, multipart, kind).await {
        Ok(response) => response,
        Err(error) => error.into_response(),
    }
}

async fn api_import(
    state: &AppState,
    viewer: &Viewer,
    headers: &HeaderMap,
    query: Result<Query<UploadQuery>, QueryRejection>,
    multipart: Body,
    kind: Kind,
) -> Result<Response, ApiError> {
    auth::require_api_writer(viewer, headers)?;
    if !viewer.visitor.may_import() {
        return Err(ApiError::Forbidden(
            "only statisticians and administrators may import figures".into(),
        ));
    }
    let dry_run = query
        .map_err(|error| ApiError::BadRequest(format!("dry_run must be true or false: {error}")))?
        .dry_run;
    let multipart = multipart.map_err(|error| {
        ApiError::BadRequest(format!("expected a multipart/form-data body: {error}"))
    })?;
    let parts = Parts::read(multipart).await.map_err(|error| {
        if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::TooLarge(format!("an upload may have at most {UPLOAD_LIMIT} bytes"))
        } else {
            ApiError::BadRequest(format!("expected a multipart/form-data body: {error}"))
        }
    })?;
    let request = request(kind, &parts, &API_PARTS).map_err(|lacks| {
        ApiError::RejectedFile(
            lacks
                .into_iter()
                .map(|lack| {
                    (
                        lack.part(&API_PARTS).to_owned(),
                        lack.api_message(&API_PARTS),
                    )
                })
                .collect(),
        )
    })?;
    let city = match state.concept().await {
        Ok(Some(stored)) => stored.concept.city.slug,
        Ok(None) => return Err(ApiError::NoConcept),
        Err(error) => return Err(error.into()),
    };
    let actor = viewer.actor();
    let settings = ImportRun {
        city: Some(&city),
        actor: &actor,
        dry_run,
    };
    let done = match run(state, &request, &settings).await {
        Ok(done) => done,
        Err(ImportFailure::Mapping(problems)) => {
            return Err(rejected(API_PARTS.mapping, problems));
        }
        Err(ImportFailure::Problems(problems)) => {
            let part = match kind {
                Kind::Table => API_PARTS.file,
                Kind::Cubes => API_PARTS.indicators,
            };
            return Err(rejected(part, problems));
        }
        Err(ImportFailure::Unready(message)) => return Err(ApiError::Unready(message)),
        Err(ImportFailure::Store(error)) => return Err(error.into()),
    };
    let outcome = done.outcome;
    let body = ImportJson {
        import_id: outcome.report.import_id,
        dry_run,
        city: outcome.city,
        format: outcome.format,
        encoding: outcome.encoding,
        demo: outcome.is_demo,
        figures: outcome.report.observation_count,
        periods: outcome
            .report
            .periods
            .into_iter()
            .map(|period| PeriodJson {
                indicator: period.indicator,
                year: period.year,
                previous: period.old_count,
                new: period.new_count,
                changed: period.changed,
            })
            .collect(),
        skipped_indicators: done.skipped_indicators,
        skipped_rows: done.skipped_rows,
    };
    let status = if dry_run {
        StatusCode::OK
    } else {
        StatusCode::CREATED
    };
    Ok((status, Json(body)).into_response())
}

/// Problems of one uploaded part as the API's error.
fn rejected(part: &str, problems: Vec<String>) -> ApiError {
    ApiError::RejectedFile(
        problems
            .into_iter()
            .map(|message| (part.to_owned(), message))
            .collect(),
    )
}
