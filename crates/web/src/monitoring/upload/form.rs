//! The upload forms on the imports page: a result page lists what was stored, or every problem.

use askama::Template;
use axum::extract::multipart::MultipartError;
use axum::http::StatusCode;
use axum::response::Response;

use super::{Body, Done, FORM_PARTS, Kind, Parts, request, run};
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page};
use crate::monitoring::importing::{ImportFailure, ImportOutcome, ImportRun};

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

pub async fn upload_table_form(page: Page, multipart: Body) -> Response {
    upload_form(page, multipart, Kind::Table).await
}

pub async fn upload_cubes_form(page: Page, multipart: Body) -> Response {
    upload_form(page, multipart, Kind::Cubes).await
}

async fn upload_form(page: Page, multipart: Body, kind: Kind) -> Response {
    // Who may import is known before the body is read: nobody else gets to send 64 MiB.
    if let Err(response) = page.require_signed_in() {
        return response.into();
    }
    if !page.viewer.visitor.may_import() {
        return page.forbidden().into();
    }
    let Ok(multipart) = multipart else {
        return page
            .message(
                None,
                StatusCode::BAD_REQUEST,
                "import-result-title",
                "import-upload-unreadable",
            )
            .into();
    };
    let parts = match Parts::read(multipart).await {
        Ok(parts) => parts,
        Err(error) => return unreadable_form(&page, &error),
    };
    if !crate::frame::forms::csrf_token_ok(&page.viewer, parts.text("csrf")) {
        return page.stale_form().into();
    }
    let stored = match page.concept().await {
        Ok(stored) => stored,
        Err(error) => return error.into(),
    };
    let t = page.t();
    let title = t.msg("import-result-title");
    let request = match request(kind, &parts, &FORM_PARTS) {
        Ok(request) => request,
        Err(lacks) => {
            let view = ResultPage {
                layout: page.layout(Some(&stored), crate::monitoring::NAV, title),
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
            let view = ResultPage {
                layout: page.layout(Some(&stored), crate::monitoring::NAV, title),
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
            return page.internal_error().into();
        }
        Err(ImportFailure::Forbidden) => return page.forbidden().into(),
        Err(failure) => {
            let (status, problems) = refusal(failure);
            let view = ResultPage {
                layout: page.layout(Some(&stored), crate::monitoring::NAV, title),
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
        .into()
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
