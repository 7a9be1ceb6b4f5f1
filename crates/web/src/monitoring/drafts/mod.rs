//! Upload first, map second: a table uploaded without a mapping becomes a draft
//! (`/importe/entwuerfe/{id}`) whose page shows the proposed mapping as a form — or, for a table
//! imported before, the one-screen check with the saved mapping — with a preview next to the
//! stored figures; the saved mappings are listed at `/importe/zuordnungen` and download as the
//! TOML file the command line reads. The use cases are `teilhabe_app::monitoring::draft_proposal`
//! and `mapping_drafts`; these handlers parse, call and render.

mod view;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use teilhabe_app::error::Problem;
use teilhabe_app::monitoring::draft_proposal::{
    self as proposal_case, Corrections, DraftState, apply, field, open_draft, overlay,
};
use teilhabe_app::monitoring::importing::ImportFailure;
use teilhabe_app::monitoring::mapping_drafts::{self as use_case, DraftFailure};
use teilhabe_domain::monitoring::Breakdown;
use teilhabe_import::Mapping;
use teilhabe_import::propose::{Proposal, Role};
use teilhabe_store::StoredConcept;

use crate::frame::forms::FormData;
use crate::frame::{Layout, Page, PageError};
use view::{DraftForm, PreviewView};

/// Starts a draft from an upload without a mapping and sends its owner to it (303); a file that
/// cannot be read at all is refused with its problems, and nothing is kept.
pub(crate) async fn start(
    page: &Page,
    stored: &StoredConcept,
    file_name: &str,
    bytes: Bytes,
) -> Result<Response, PageError> {
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let city = &stored.concept.city.slug;
    let parsing = page.state.parsing();
    match proposal_case::start_draft(store, visitor, city, file_name, bytes, parsing, now).await {
        Ok(id) => Ok(Page::see_other(&format!("/importe/entwuerfe/{id}"))),
        Err(failure) => Err(refused(page, Some(stored), failure)),
    }
}

#[derive(Template)]
#[template(path = "monitoring/draft.html")]
struct DraftPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    id: i64,
    file_name: String,
    expires: String,
    /// The saved mapping of this table, when the one-screen check is shown.
    check: Option<SavedView>,
    form: Option<DraftForm>,
    preview: Option<PreviewView>,
    /// Problems of the file read with the mapping (English, naming file, line and column).
    problems: Vec<String>,
    errors: Vec<crate::frame::fields::FieldError>,
}

struct SavedView {
    id: i64,
    label: String,
    confirmed: String,
}

#[derive(Deserialize)]
pub struct DraftQuery {
    /// `ja`: change the saved mapping instead of importing with it.
    #[serde(default)]
    aendern: Option<String>,
}

pub async fn draft(
    page: Page,
    Path(id): Path<i64>,
    Query(query): Query<DraftQuery>,
) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let state = open(&page, &stored, id).await?;
    let change = query.aendern.is_some();
    match (&state.saved, change) {
        (Some(saved), false) => {
            let text = saved.mapping_toml.clone();
            Ok(check_screen(&page, &stored, &state, &text, StatusCode::OK).await?)
        }
        (saved, _) => {
            let shown = match saved
                .as_ref()
                .map(|saved| Mapping::parse(&saved.mapping_toml))
            {
                Some(Ok(mapping)) => overlay(&state.proposal, &mapping),
                _ => state.proposal.clone(),
            };
            Ok(render_form(
                &page,
                &stored,
                &state,
                &shown,
                &[],
                None,
                Vec::new(),
                StatusCode::OK,
            ))
        }
    }
}

pub async fn submit(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = page.concept().await?;
    let state = open(&page, &stored, id).await?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let parsing = page.state.parsing();

    // The one-screen check: import with the saved mapping as it is.
    if form.has("gespeichert") {
        let Some(saved) = &state.saved else {
            return Ok(Page::see_other(&format!(
                "/importe/entwuerfe/{id}?aendern=ja"
            )));
        };
        let text = saved.mapping_toml.clone();
        let recognition = &state.recognition;
        return match use_case::import_with_mapping(
            store,
            visitor,
            &state.draft,
            recognition,
            &text,
            parsing,
            now,
        )
        .await
        {
            Ok(done) => Ok(imported(&page, &stored, done.outcome)),
            Err(DraftFailure::Import(failure)) if is_file_problem(&failure) => {
                check_screen(
                    &page,
                    &stored,
                    &state,
                    &text,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await
            }
            Err(failure) => Err(refused(&page, Some(&stored), failure)),
        };
    }

    let corrections = corrections(&form, &state.proposal);
    let (corrected, problems) = apply(&state.proposal, &corrections, &state.catalogue);
    if !problems.is_empty() {
        let status = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(render_form(
            &page,
            &stored,
            &state,
            &corrected,
            &problems,
            None,
            Vec::new(),
            status,
        ));
    }
    let text = corrected.to_toml();
    if form.get("aktion") == "importieren" {
        let recognition = &state.recognition;
        match use_case::import_with_mapping(
            store,
            visitor,
            &state.draft,
            recognition,
            &text,
            parsing,
            now,
        )
        .await
        {
            Ok(done) => return Ok(imported(&page, &stored, done.outcome)),
            Err(DraftFailure::Import(failure)) if is_file_problem(&failure) => {
                let problems = problem_lines(failure);
                let status = StatusCode::UNPROCESSABLE_ENTITY;
                return Ok(render_form(
                    &page,
                    &stored,
                    &state,
                    &corrected,
                    &[],
                    None,
                    problems,
                    status,
                ));
            }
            Err(failure) => return Err(refused(&page, Some(&stored), failure)),
        }
    }
    let t = page.t();
    match use_case::preview(store, visitor, &state.draft, &text, parsing, now).await {
        Ok(preview) => {
            let shown = view::preview(&t, &state, &preview);
            Ok(render_form(
                &page,
                &stored,
                &state,
                &corrected,
                &[],
                Some(shown),
                Vec::new(),
                StatusCode::OK,
            ))
        }
        Err(DraftFailure::Import(failure)) if is_file_problem(&failure) => {
            let problems = problem_lines(failure);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(render_form(
                &page,
                &stored,
                &state,
                &corrected,
                &[],
                None,
                problems,
                status,
            ))
        }
        Err(failure) => Err(refused(&page, Some(&stored), failure)),
    }
}

async fn open(page: &Page, stored: &StoredConcept, id: i64) -> Result<DraftState, PageError> {
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    open_draft(store, visitor, id, page.state.parsing(), now)
        .await
        .map_err(|failure| refused(page, Some(stored), failure))
}

/// The form's choices as sent.
fn corrections(form: &FormData, proposal: &Proposal) -> Corrections {
    let mut corrections = Corrections {
        source: form.get(field::SOURCE).to_owned(),
        ..Corrections::default()
    };
    for breakdown in Breakdown::ALL {
        let name = field::breakdown(breakdown);
        if form.has(&name) {
            corrections
                .breakdowns
                .insert(breakdown, form.get(&name).to_owned());
        }
    }
    for role in Role::ALL {
        let name = field::column(role);
        if form.has(&name) {
            corrections.columns.insert(role, form.get(&name).to_owned());
        }
    }
    for (index, dimension) in proposal.dimensions.iter().enumerate() {
        for code in 0..dimension.codes.len() {
            let name = field::code(index, code);
            if form.has(&name) {
                corrections
                    .codes
                    .insert((index, code), form.get(&name).to_owned());
            }
        }
    }
    for index in 0..proposal.indicators.len() {
        let name = field::indicator(index);
        if form.has(&name) {
            corrections
                .indicators
                .insert(index, form.get(&name).to_owned());
        }
    }
    for index in 0..proposal.units.len() {
        let name = field::unit(index);
        if form.has(&name) {
            corrections.units.insert(index, form.get(&name).to_owned());
        }
    }
    corrections
}

fn is_file_problem(failure: &ImportFailure) -> bool {
    matches!(
        failure,
        ImportFailure::Problems(_) | ImportFailure::Mapping(_) | ImportFailure::Unready(_)
    )
}

fn problem_lines(failure: ImportFailure) -> Vec<String> {
    match failure {
        ImportFailure::Problems(problems) | ImportFailure::Mapping(problems) => problems,
        other => vec![other.to_string()],
    }
}

#[allow(clippy::too_many_arguments)]
fn render_form(
    page: &Page,
    stored: &StoredConcept,
    state: &DraftState,
    shown: &Proposal,
    problems: &[Problem],
    preview: Option<PreviewView>,
    file_problems: Vec<String>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let form = view::form(&t, state, shown, problems);
    let errors = form.summary();
    let view = DraftPage {
        layout: page.layout(Some(stored), crate::monitoring::NAV, t.msg("draft-title")),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        id: state.draft.id,
        file_name: state.draft.file_name.clone(),
        expires: expires(&t, &state.draft.expires_at),
        check: None,
        form: Some(form),
        preview,
        problems: file_problems,
        errors,
    };
    page.render(status, &view)
}

/// The one-screen check for a recognised table: what the saved mapping would import.
async fn check_screen(
    page: &Page,
    stored: &StoredConcept,
    state: &DraftState,
    text: &str,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = page.t();
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let (preview, problems) = match use_case::preview(
        store,
        visitor,
        &state.draft,
        text,
        page.state.parsing(),
        now,
    )
    .await
    {
        Ok(preview) => (Some(view::preview(&t, state, &preview)), Vec::new()),
        Err(DraftFailure::Import(failure)) if is_file_problem(&failure) => {
            (None, problem_lines(failure))
        }
        Err(failure) => return Err(refused(page, Some(stored), failure)),
    };
    let status = if problems.is_empty() {
        status
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let saved = state.saved.as_ref().map(|saved| SavedView {
        id: saved.id,
        label: saved.label.clone(),
        confirmed: t.msg_with2(
            "draft-saved-confirmed",
            ("who", saved.confirmed_by.as_str()),
            ("when", t.long_date(&saved.confirmed_at)),
        ),
    });
    let view = DraftPage {
        layout: page.layout(
            Some(stored),
            crate::monitoring::NAV,
            t.msg("draft-check-title"),
        ),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        id: state.draft.id,
        file_name: state.draft.file_name.clone(),
        expires: expires(&t, &state.draft.expires_at),
        check: saved,
        form: None,
        preview,
        problems,
        errors: Vec::new(),
    };
    Ok(page.render(status, &view))
}

fn expires(t: &crate::frame::i18n::Translator<'_>, at: &str) -> String {
    t.msg_with(
        "draft-expires",
        "when",
        format!("{} {}", t.long_date(at), at.get(11..16).unwrap_or_default()),
    )
}

fn imported(
    page: &Page,
    stored: &StoredConcept,
    outcome: teilhabe_app::monitoring::importing::ImportOutcome,
) -> Response {
    let t = page.t();
    let layout = page.layout(
        Some(stored),
        crate::monitoring::NAV,
        t.msg("import-result-title"),
    );
    super::upload::imported(page, layout, outcome)
}

/// A draft step's refusal as a page: not found (another's draft too), expired, forbidden, the
/// file's problems, or the internal error.
fn refused(page: &Page, stored: Option<&StoredConcept>, failure: DraftFailure) -> PageError {
    match failure {
        DraftFailure::NotFound => page.not_found(stored),
        DraftFailure::Expired(_) => page.message(
            stored,
            StatusCode::GONE,
            "draft-expired-title",
            "draft-expired-text",
        ),
        DraftFailure::Import(ImportFailure::Forbidden) => page.forbidden(),
        DraftFailure::Import(ImportFailure::Store(error)) => {
            tracing::error!(%error, "a draft step failed in the store");
            page.internal_error()
        }
        DraftFailure::Import(failure) => {
            let problems = problem_lines(failure);
            PageError::new(problems_page(page, stored, problems))
        }
    }
}

#[derive(Template)]
#[template(path = "monitoring/import-result.html")]
struct ProblemsPage<'a> {
    layout: Layout<'a>,
    tone: &'static str,
    summary: String,
    problems: Vec<String>,
    lacks: Vec<String>,
    periods: Vec<crate::monitoring::upload::PeriodRow>,
    notes: Vec<String>,
}

/// A file that cannot be read: every problem (file, line, column), nothing stored (422).
fn problems_page(page: &Page, stored: Option<&StoredConcept>, problems: Vec<String>) -> Response {
    let t = page.t();
    let view = ProblemsPage {
        layout: page.layout(stored, crate::monitoring::NAV, t.msg("import-result-title")),
        tone: "danger",
        summary: t.msg_with("import-result-refused", "count", problems.len()),
        problems,
        lacks: Vec::new(),
        periods: Vec::new(),
        notes: Vec::new(),
    };
    page.render(StatusCode::UNPROCESSABLE_ENTITY, &view)
}

#[derive(Template)]
#[template(path = "monitoring/mappings.html")]
struct MappingsPage<'a> {
    layout: Layout<'a>,
    mappings: Vec<MappingRow>,
}

struct MappingRow {
    id: i64,
    label: String,
    indicators: String,
    confirmed: String,
    last_used: String,
}

/// The saved mappings, each downloadable as its TOML file.
pub async fn mappings(page: Page) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let city = &stored.concept.city.slug;
    let saved = use_case::saved_mappings(page.state.store(), &page.viewer.visitor, city)
        .await
        .map_err(|failure| refused(&page, Some(&stored), failure))?;
    let t = page.t();
    let mappings = saved
        .iter()
        .map(|saved| MappingRow {
            id: saved.id,
            label: saved.label.clone(),
            indicators: saved.indicators.join(", "),
            confirmed: format!(
                "{}, {}",
                saved.confirmed_by,
                t.long_date(&saved.confirmed_at)
            ),
            last_used: t.long_date(&saved.last_used_at),
        })
        .collect();
    let view = MappingsPage {
        layout: page.layout(
            Some(&stored),
            crate::monitoring::NAV,
            t.msg("mappings-title"),
        ),
        mappings,
    };
    Ok(page.render(StatusCode::OK, &view))
}

/// `/importe/zuordnungen/{id}.toml`: the saved mapping as the file `teilhabe import table
/// --mapping` reads.
pub async fn mapping_file(page: Page, Path(file): Path<String>) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let Some(id) = file
        .strip_suffix(".toml")
        .and_then(|id| id.parse::<i64>().ok())
    else {
        return Err(page.not_found(Some(&stored)));
    };
    let city = &stored.concept.city.slug;
    let saved = use_case::saved_mapping(page.state.store(), &page.viewer.visitor, city, id)
        .await
        .map_err(|failure| refused(&page, Some(&stored), failure))?;
    let mut response = saved.mapping_toml.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/toml; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    let name = teilhabe_app::monitoring::draft_proposal::file_stem(&saved.label)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>();
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{name}.mapping.toml\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
