//! The upload forms on the imports page: a result page lists what was stored, or every problem.

use askama::Template;
use axum::extract::multipart::MultipartError;
use axum::http::StatusCode;
use axum::response::Response;

use super::{Body, Done, FORM_PARTS, Kind, Parts, request, run};
use crate::frame::fields::Field;
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page, PageError};
use crate::monitoring::importing::{ImportFailure, ImportOutcome, ImportRun};

/// The two upload forms of the imports page (for who may import): a table with its mapping, and
/// the statistics office's cubes. Their fields are rendered by the frame's KERN macros.
pub struct UploadForms {
    pub csrf: String,
    pub table: Vec<Field>,
    pub cubes: Vec<Field>,
}

pub fn upload_forms(t: &Translator<'_>, csrf: String) -> UploadForms {
    let file = |name: &str, id: &str, label: &str, hint: &str, accept: &str| {
        Field::file(name, t.msg(label), accept)
            .id(id)
            .hint(t.msg(hint))
    };
    let dry_run = |id: &str| {
        Field::checkbox("probelauf", t.msg("imports-upload-dry-run"), false)
            .id(id)
            .value("1")
    };
    UploadForms {
        csrf,
        table: vec![
            file(
                FORM_PARTS.file,
                "upload-file",
                "imports-upload-table-file",
                "imports-upload-table-hint",
                ".csv,.txt,.xlsx",
            )
            .required(),
            // Optional: without it the mapping is proposed from the file (a draft).
            file(
                FORM_PARTS.mapping,
                "upload-mapping",
                "imports-upload-mapping",
                "imports-upload-mapping-hint",
                ".toml",
            ),
            dry_run("upload-table-dry-run"),
        ],
        cubes: vec![
            file(
                FORM_PARTS.indicators,
                "upload-indicators",
                "imports-upload-indicators",
                "imports-upload-indicators-hint",
                ".csv",
            )
            .required(),
            file(
                FORM_PARTS.metadata,
                "upload-metadata",
                "imports-upload-metadata",
                "imports-upload-metadata-hint",
                ".json",
            ),
            dry_run("upload-cubes-dry-run"),
        ],
    }
}

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

pub async fn upload_table_form(page: Page, multipart: Body) -> Result<Response, PageError> {
    upload_form(page, multipart, Kind::Table).await
}

pub async fn upload_cubes_form(page: Page, multipart: Body) -> Result<Response, PageError> {
    upload_form(page, multipart, Kind::Cubes).await
}

async fn upload_form(page: Page, multipart: Body, kind: Kind) -> Result<Response, PageError> {
    // Who may import is known before the body is read: nobody else gets to send 64 MiB.
    page.require_signed_in()?;
    if !page.viewer.visitor.may_import() {
        return Err(page.forbidden());
    }
    let multipart = multipart.map_err(|_| {
        page.message(
            None,
            StatusCode::BAD_REQUEST,
            "import-result-title",
            "import-upload-unreadable",
        )
    })?;
    let parts = Parts::read(multipart)
        .await
        .map_err(|error| unreadable_form(&page, &error))?;
    if !crate::frame::forms::csrf_token_ok(&page.viewer, parts.text("csrf")) {
        return Err(page.stale_form());
    }
    let stored = page.concept().await?;
    // A table without its mapping: kept as a draft, the mapping is proposed (upload first, map
    // second).
    if matches!(kind, Kind::Table)
        && parts.file(FORM_PARTS.mapping, "mapping.toml").is_none()
        && let Some((file_name, bytes)) = parts.file(FORM_PARTS.file, "upload.csv")
    {
        return crate::monitoring::drafts::start(&page, &stored, &file_name, bytes).await;
    }
    let t = page.t();
    let title = t.msg("import-result-title");
    let layout = page.layout(Some(&stored), crate::monitoring::NAV, title);
    let request = match request(kind, &parts, &FORM_PARTS) {
        Ok(request) => request,
        Err(lacks) => {
            // The form's mapping is optional (without it, a draft): only the table can lack.
            let lacks = lacks
                .iter()
                .filter(|lack| !matches!(lack, super::Lack::Mapping))
                .map(|lack| t.msg(lack.message_id()))
                .collect();
            let view = ResultPage::lacking(layout, t.msg("import-result-incomplete"), lacks);
            return Ok(page.render(StatusCode::UNPROCESSABLE_ENTITY, &view));
        }
    };
    let actor = teilhabe_app::Actor::Visitor(page.viewer.visitor.clone());
    let dry_run = parts.has("probelauf");
    let settings = ImportRun {
        city: Some(&stored.concept.city.slug),
        actor: &actor,
        dry_run,
        parsing: page.state.parsing(),
        now: page.state.now(),
    };
    let (status, view) = match run(&page.state, &request, &settings).await {
        Ok(done) => {
            let status = if dry_run {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            (status, ResultPage::done(layout, &t, &done, dry_run))
        }
        Err(ImportFailure::Store(error)) => {
            tracing::error!(%error, "an uploaded import failed in the store");
            return Err(page.internal_error());
        }
        Err(ImportFailure::Forbidden) => return Err(page.forbidden()),
        Err(failure) => {
            let (status, problems) = refusal(failure);
            let summary = t.msg_with("import-result-refused", "count", problems.len());
            (status, ResultPage::refused(layout, summary, problems))
        }
    };
    Ok(page.render(status, &view))
}

/// The result page of an import made from a draft with its confirmed mapping (201).
pub(crate) fn imported(page: &Page, layout: Layout<'_>, outcome: ImportOutcome) -> Response {
    let t = page.t();
    let done = Done {
        outcome,
        skipped_indicators: Vec::new(),
        skipped_rows: 0,
    };
    page.render(
        StatusCode::CREATED,
        &ResultPage::done(layout, &t, &done, false),
    )
}

impl<'a> ResultPage<'a> {
    fn lacking(layout: Layout<'a>, summary: String, lacks: Vec<String>) -> Self {
        ResultPage {
            layout,
            tone: "danger",
            summary,
            problems: Vec::new(),
            lacks,
            periods: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn refused(layout: Layout<'a>, summary: String, problems: Vec<String>) -> Self {
        ResultPage {
            layout,
            tone: "danger",
            summary,
            problems,
            lacks: Vec::new(),
            periods: Vec::new(),
            notes: Vec::new(),
        }
    }

    fn done(layout: Layout<'a>, t: &Translator<'_>, done: &Done, dry_run: bool) -> Self {
        ResultPage {
            layout,
            tone: "success",
            summary: summary(t, &done.outcome, dry_run),
            problems: Vec::new(),
            lacks: Vec::new(),
            periods: period_rows(&done.outcome),
            notes: notes(t, done),
        }
    }
}

fn unreadable_form(page: &Page, error: &MultipartError) -> PageError {
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
    for dropped in &done.outcome.dropped {
        notes.push(t.msg_with2(
            &format!("import-result-dropped-{}", dropped.rule),
            ("count", dropped.rows),
            (
                "rule",
                format!("{} = {}", dropped.column, dropped.codes.join(", ")),
            ),
        ));
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
        ImportFailure::Forbidden => (StatusCode::FORBIDDEN, vec![failure.to_string()]),
        ImportFailure::Store(error) => {
            tracing::error!(%error, "an uploaded import failed in the store");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                vec!["the store could not take the figures".to_owned()],
            )
        }
    }
}
