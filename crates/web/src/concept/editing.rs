//! Editing the concept in the browser: the overview (`/konzept/bearbeiten`) and one form per
//! part. Handlers read the form into edits and a note, and call `teilhabe_app::concept::save`,
//! which decides who may, checks the version and the file rules and stores a new version.

use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::AppError;
use teilhabe_app::concept::{self as use_case, SaveNote, Saved};
use teilhabe_app::error::Problem;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::concept::edit::{Direction, Edit, Part, TextPath};
use teilhabe_domain::text::{PRIMARY_LANGUAGE, Text};
use teilhabe_store::StoredConcept;

use super::edit_view::{
    Conflict, OverviewForm, PartPage, PartRef, Shown, groups, input_name, languages,
    new_recommendation, note_fields, overview, summary, unplaced,
};
use crate::frame::forms::FormData;
use crate::frame::{OrPage, Page, PageError};

pub async fn show_overview(page: Page) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = editable(&page).await?;
    Ok(render_overview(&page, &stored, None, None, StatusCode::OK))
}

pub async fn save_overview(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = editable(&page).await?;
    let concept = &stored.concept;
    let (which, edits) = if form.get("form") == "new-field" {
        let title = text_of(&form, "new_field", concept);
        let recommendation = text_of(&form, "new_recommendation", concept);
        let edit = Edit::AddField {
            title,
            recommendation,
        };
        (OverviewForm::NewField, vec![edit])
    } else {
        let edits = action(&form, |slug| Part::Field(slug.to_owned()))
            .into_iter()
            .collect();
        (OverviewForm::Order, edits)
    };
    let new_index = concept.fields.len() + 1;
    let rename = |problem: Problem| {
        let field = problem
            .field
            .replace(
                &format!("fields[{new_index}].recommendations[1].text."),
                "new_recommendation.",
            )
            .replace(&format!("fields[{new_index}].title."), "new_field.");
        Problem { field, ..problem }
    };
    match save(&page, &stored, &form, &edits).await? {
        Outcome::Saved(to) => Ok(to),
        Outcome::Invalid(problems) => {
            let problems: Vec<Problem> = problems.into_iter().map(rename).collect();
            let shown = Shown {
                form: Some(&form),
                problems: &problems,
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(render_overview(
                &page,
                &stored,
                Some((which, &shown)),
                None,
                status,
            ))
        }
        Outcome::Conflict(current, conflict) => Ok(render_overview(
            &page,
            &current,
            None,
            Some(conflict),
            StatusCode::CONFLICT,
        )),
    }
}

fn render_overview(
    page: &Page,
    stored: &StoredConcept,
    sent: Option<(OverviewForm, &Shown<'_>)>,
    conflict: Option<Conflict>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let layout = page.layout(
        Some(stored),
        super::EDIT,
        t.msg("concept-edit-heading-page"),
    );
    let csrf = page.viewer.csrf.clone().unwrap_or_default();
    let view = overview(
        &t,
        layout,
        csrf,
        &stored.concept,
        stored.version,
        sent,
        conflict,
    );
    page.render(status, &view)
}

pub async fn show_header(page: Page) -> Result<Response, PageError> {
    show_part(page, |_| Some(PartRef::Header)).await
}

pub async fn save_header(page: Page, body: Bytes) -> Result<Response, PageError> {
    save_part(page, body, |_| Some(PartRef::Header)).await
}

pub async fn show_section(page: Page, Path(id): Path<String>) -> Result<Response, PageError> {
    show_part(page, move |concept| section(concept, &id)).await
}

pub async fn save_section(
    page: Page,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    save_part(page, body, move |concept| section(concept, &id)).await
}

pub async fn show_field(page: Page, Path(slug): Path<String>) -> Result<Response, PageError> {
    show_part(page, move |concept| field(concept, &slug)).await
}

pub async fn save_field(
    page: Page,
    Path(slug): Path<String>,
    body: Bytes,
) -> Result<Response, PageError> {
    save_part(page, body, move |concept| field(concept, &slug)).await
}

fn section(concept: &Concept, id: &str) -> Option<PartRef> {
    concept
        .sections
        .iter()
        .position(|section| section.id == id)
        .map(PartRef::Section)
}

fn field(concept: &Concept, slug: &str) -> Option<PartRef> {
    concept
        .fields
        .iter()
        .position(|field| field.slug == slug)
        .map(PartRef::Field)
}

async fn show_part(
    page: Page,
    find: impl Fn(&Concept) -> Option<PartRef>,
) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = editable(&page).await?;
    let part = find(&stored.concept).ok_or_else(|| page.not_found(Some(&stored)))?;
    let shown = Shown {
        form: None,
        problems: &[],
    };
    Ok(render_part(
        &page,
        &stored,
        part,
        &shown,
        None,
        StatusCode::OK,
    ))
}

async fn save_part(
    page: Page,
    body: Bytes,
    find: impl Fn(&Concept) -> Option<PartRef>,
) -> Result<Response, PageError> {
    let form = page.signed_form(&body)?;
    let stored = editable(&page).await?;
    let concept = &stored.concept;
    let part = find(concept).ok_or_else(|| page.not_found(Some(&stored)))?;
    let t = page.t();
    let mut edits = Vec::new();
    for slot in part.slots(&t, concept) {
        for language in languages(concept) {
            let name = input_name(&slot.path.to_string(), &language);
            if form.has(&name) {
                edits.push(Edit::SetText {
                    path: slot.path,
                    language,
                    value: form.get_raw(&name).to_owned(),
                });
            }
        }
    }
    let mut new_path = None;
    if let PartRef::Field(index) = part
        && let Some(field) = concept.fields.get(index)
    {
        let new = text_of(&form, "new", concept);
        if new.iter().any(|(_, text)| !text.is_empty()) {
            edits.push(Edit::AddRecommendation {
                field: field.slug.clone(),
                text: new,
            });
            let place = field.recommendations.len() + 1;
            new_path = Some(TextPath::Recommendation(index + 1, place).to_string());
        }
        edits.extend(action(&form, |id| Part::Recommendation(id.to_owned())));
    }
    match save(&page, &stored, &form, &edits).await? {
        Outcome::Saved(to) => Ok(to),
        Outcome::Invalid(problems) => {
            let problems: Vec<Problem> = problems
                .into_iter()
                .map(|problem| match &new_path {
                    Some(path) => Problem {
                        field: problem.field.replace(&format!("{path}."), "new."),
                        ..problem
                    },
                    None => problem,
                })
                .collect();
            let shown = Shown {
                form: Some(&form),
                problems: &problems,
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            Ok(render_part(&page, &stored, part, &shown, None, status))
        }
        Outcome::Conflict(current, conflict) => {
            // The form is shown again from the current version: positions may have changed.
            let part = find(&current.concept).ok_or_else(|| page.not_found(Some(&current)))?;
            let shown = Shown {
                form: None,
                problems: &[],
            };
            let status = StatusCode::CONFLICT;
            Ok(render_part(
                &page,
                &current,
                part,
                &shown,
                Some(conflict),
                status,
            ))
        }
    }
}

fn render_part(
    page: &Page,
    stored: &StoredConcept,
    part: PartRef,
    shown: &Shown<'_>,
    conflict: Option<Conflict>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let concept = &stored.concept;
    let lang = t.code();
    let (title, intro) = match part {
        PartRef::Header => (t.msg("concept-edit-header"), "concept-edit-header-intro"),
        PartRef::Section(index) => (
            concept
                .sections
                .get(index)
                .map(|s| s.heading.get(lang).to_owned())
                .unwrap_or_default(),
            "concept-edit-section-intro",
        ),
        PartRef::Field(index) => (
            concept
                .fields
                .get(index)
                .map(|f| f.title.get(lang).to_owned())
                .unwrap_or_default(),
            "concept-edit-field-intro",
        ),
    };
    let languages = languages(concept);
    let slots = part.slots(&t, concept);
    let mut parts = groups(&t, shown, &slots, &languages);
    if let PartRef::Field(_) = part {
        parts.push(new_recommendation(&t, shown, &languages));
    }
    let note = note_fields(&t, shown, "");
    let view = PartPage {
        layout: page.layout(
            Some(stored),
            super::EDIT,
            t.msg_with("concept-edit-part-title", "part", title),
        ),
        intro: t.msg(intro),
        action: part.href(concept),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        version: stored.version,
        errors: summary(&parts, &note),
        general: unplaced(&t, shown.problems, &parts, &note),
        groups: parts,
        note,
        conflict,
    };
    page.render(status, &view)
}

/// What a save came to, for the page to answer.
enum Outcome {
    /// Stored (or unchanged): where to go next.
    Saved(Response),
    Invalid(Vec<Problem>),
    /// Someone saved first: the current concept, and what to tell.
    Conflict(Box<StoredConcept>, Conflict),
}

async fn save(
    page: &Page,
    stored: &StoredConcept,
    form: &FormData,
    edits: &[Edit],
) -> Result<Outcome, PageError> {
    let note = SaveNote {
        reason: form.get_raw("reason").to_owned(),
        decision_date: form.get_raw("decision_date").to_owned(),
        decision_reference: form.get_raw("decision_reference").to_owned(),
    };
    let expected: i64 = form.get("version").parse().unwrap_or(0);
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let city = &stored.concept.city.slug;
    match use_case::save(store, visitor, city, expected, edits, &note, now).await {
        Ok(Saved::Version(version)) => Ok(Outcome::Saved(Page::see_other(&format!(
            "/konzept/versionen/{}/{version}",
            version - 1
        )))),
        Ok(Saved::Unchanged(_)) => Ok(Outcome::Saved(Page::see_other(page.path_only()))),
        Err(AppError::Invalid(problems)) => Ok(Outcome::Invalid(problems)),
        Err(AppError::Conflict { current }) => {
            let latest = editable(page).await?;
            let t = page.t();
            let conflict = Conflict {
                text: t.msg_with2(
                    "concept-edit-conflict",
                    ("yours", expected),
                    ("current", current),
                ),
                href: format!("/konzept/versionen/{expected}/{current}"),
                link: t.msg("concept-edit-conflict-link"),
            };
            Ok(Outcome::Conflict(Box::new(latest), conflict))
        }
        Err(error) => Err(page.refused(error)),
    }
}

/// The current concept, if the visitor may edit it.
async fn editable(page: &Page) -> Result<StoredConcept, PageError> {
    let stored = page.concept().await?;
    use_case::editable(
        page.state.store(),
        &page.viewer.visitor,
        &stored.concept.city.slug,
    )
    .await
    .or_page(page)
}

/// A text from the inputs `<prefix>.<language>`; German is kept even when empty, so that the file
/// rules name it.
fn text_of(form: &FormData, prefix: &str, concept: &Concept) -> Text {
    let mut text = Text::german(form.get(&input_name(prefix, PRIMARY_LANGUAGE)));
    for language in languages(concept) {
        let value = form.get(&input_name(prefix, &language));
        if language != PRIMARY_LANGUAGE && !value.is_empty() {
            text = text.with(&language, value);
        }
    }
    text
}

/// The button pressed: `up:<id>`, `down:<id>` or `retire:<id>`.
fn action(form: &FormData, part: impl Fn(&str) -> Part) -> Option<Edit> {
    let (verb, id) = form.get("action").split_once(':')?;
    match verb {
        "up" => Some(Edit::Move(part(id), Direction::Up)),
        "down" => Some(Edit::Move(part(id), Direction::Down)),
        "retire" => Some(Edit::Retire(part(id))),
        _ => None,
    }
}
