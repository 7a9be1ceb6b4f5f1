//! The measure form as a page: new, edit, with errors, and beside someone else's newer version.

use std::collections::HashMap;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{Measure, MeasureContent, Status};
use teilhabe_store::StoredConcept;

use super::NAV;
use super::form::FormError;
use super::form_view::{ConflictRow, ConflictView, FormInput, MeasureForm, build_form};
use crate::frame::{Layout, Page};

#[derive(Template)]
#[template(path = "measures/form.html")]
struct FormPage<'a> {
    layout: Layout<'a>,
    heading: String,
    form: MeasureForm,
    csrf: String,
}

/// What the form shows: where it posts, the version it edits, the content (and what was typed).
pub struct Shown<'a> {
    pub action: String,
    pub version: Option<i64>,
    /// The status stored now (editing) — only it and its next steps are offered.
    pub stored_status: Option<Status>,
    pub content: &'a MeasureContent,
    pub submitted: Option<HashMap<String, String>>,
    pub errors: Vec<FormError>,
}

impl<'a> Shown<'a> {
    /// An empty form for a new measure.
    pub fn new_measure(content: &'a MeasureContent) -> Self {
        Shown {
            action: "/massnahmen/neu".to_owned(),
            version: None,
            stored_status: None,
            content,
            submitted: None,
            errors: Vec::new(),
        }
    }

    /// The form of a stored measure.
    pub fn stored(measure: &'a Measure) -> Self {
        Shown {
            action: format!("/massnahmen/{}/bearbeiten", measure.id),
            version: Some(measure.version),
            stored_status: Some(measure.content.status),
            content: &measure.content,
            submitted: None,
            errors: Vec::new(),
        }
    }

    /// The same form again with what was typed and what is wrong with it.
    pub fn with_errors(self, submitted: HashMap<String, String>, errors: Vec<FormError>) -> Self {
        Shown {
            submitted: Some(submitted),
            errors,
            ..self
        }
    }
}

fn form_view(
    page: &Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    shown: Shown<'_>,
) -> MeasureForm {
    let t = page.t();
    build_form(FormInput {
        t: &t,
        concept: &stored.concept,
        settings,
        visitor: &page.viewer.visitor,
        action: shown.action,
        version: shown.version,
        stored_status: shown.stored_status,
        content: shown.content,
        submitted: shown.submitted,
        errors: shown.errors,
    })
}

/// The form page, answered with `status` (200, or 422 with errors).
pub fn render(
    page: &Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    shown: Shown<'_>,
    status: StatusCode,
) -> Response {
    let form = form_view(page, stored, settings, shown);
    render_view(page, stored, form, status)
}

/// The form after a conflict: what this person typed beside what is stored now; saving again
/// (with the current version in the form) keeps their text, so nothing is lost.
pub fn conflict(
    page: &Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    latest: &Measure,
    yours: &MeasureContent,
    submitted: HashMap<String, String>,
) -> Response {
    let t = page.t();
    let theirs: HashMap<&str, String> = latest.content.cells().into_iter().collect();
    let rows = yours
        .cells()
        .into_iter()
        .filter(|(column, yours)| theirs.get(column) != Some(yours))
        .map(|(column, yours)| ConflictRow {
            label: t.msg(&format!("col-{column}")),
            yours,
            theirs: theirs.get(column).cloned().unwrap_or_default(),
        })
        .collect();
    let shown = Shown {
        content: yours,
        ..Shown::stored(latest)
    }
    .with_errors(submitted, Vec::new());
    let mut form = form_view(page, stored, settings, shown);
    form.conflict = Some(ConflictView {
        current_version: latest.version,
        updated_by_hint: t.msg_with(
            "conflict-updated-at",
            "date",
            t.long_date(&latest.updated_at),
        ),
        rows,
    });
    render_view(page, stored, form, StatusCode::CONFLICT)
}

fn render_view(
    page: &Page,
    stored: &StoredConcept,
    form: MeasureForm,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let heading = if form.version.is_some() {
        t.msg("measure-edit-title")
    } else {
        t.msg("measure-new-title")
    };
    let view = FormPage {
        layout: page.layout(Some(stored), NAV, heading.clone()),
        heading,
        form,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
    };
    page.render(status, &view)
}
