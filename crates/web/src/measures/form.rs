//! The measure form as input: from a submitted form to the cells the domain parses (the same
//! cells as an import file), and what is wrong with them in the visitor's language. The form's
//! view model is in `form_view.rs`.

use std::collections::HashMap;

use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{CellError, FieldError, MeasureRow, Problem, parse_row};

use crate::frame::forms::FormData;
use crate::frame::i18n::Translator;

/// Form fields that map one to one onto file columns.
const TEXT_COLUMNS: [&str; 16] = [
    "title_de",
    "title_en",
    "description_de",
    "description_en",
    "programme",
    "organisation",
    "contact",
    "working_group",
    "status",
    "stop_reason",
    "progress",
    "start_date",
    "end_date",
    "budget_planned",
    "budget_spent",
    "gender_aspect_note",
];

/// The submitted form as file cells.
pub fn cells_from_form(form: &FormData) -> HashMap<String, String> {
    let mut cells: HashMap<String, String> = TEXT_COLUMNS
        .iter()
        .map(|c| (c.to_string(), form.get(c).to_owned()))
        .collect();
    cells.insert("evidence".into(), form.get("evidence").to_owned());
    cells.insert("milestones".into(), form.get("milestones").to_owned());
    cells.insert(
        "recommendations".into(),
        form.all("recommendations").join("; "),
    );
    cells.insert("target_groups".into(), form.all("target_groups").join("; "));
    let districts = if form.get("districts_scope") == "some" {
        form.all("districts").join("; ")
    } else {
        "all".to_owned()
    };
    cells.insert("districts".into(), districts);
    cells.insert(
        "gender_aspect".into(),
        if form.has("gender_aspect") {
            "yes"
        } else {
            "no"
        }
        .into(),
    );
    cells.insert(
        "published".into(),
        if form.has("published") { "yes" } else { "no" }.into(),
    );
    cells
}

/// What a submitted form holds: the row as far as it could be read, and what was wrong with it.
pub struct SubmittedForm {
    pub row: MeasureRow,
    pub cells: HashMap<String, String>,
    pub errors: Vec<FormError>,
}

/// Reads the form; a district scope of "some" without districts is an error of its own, because
/// the file format would read an empty cell as "all districts".
pub fn parse_form(form: &FormData) -> SubmittedForm {
    let cells = cells_from_form(form);
    let mut errors = Vec::new();
    let row = match parse_row(&cells) {
        Ok(row) => row,
        Err(failure) => {
            errors.extend(
                failure
                    .errors
                    .into_iter()
                    .map(|error| FormError::Cell(error, cells.clone())),
            );
            *failure.partial
        }
    };
    let mut row = row;
    if form.get("districts_scope") == "some" && form.all("districts").is_empty() {
        errors.push(FormError::Field(Problem {
            column: "districts",
            error: FieldError::Required,
        }));
        row.content.districts = teilhabe_domain::measure::Districts::Some(Vec::new());
    }
    SubmittedForm { row, cells, errors }
}

#[derive(Debug, Clone)]
pub enum FormError {
    Field(Problem),
    Cell(CellError, HashMap<String, String>),
    /// A problem the use case reported as text (field, message).
    Reported(String, String),
}

impl FormError {
    /// The problems a use case reported (the content changed its rules meanwhile).
    pub fn reported(problems: Vec<teilhabe_app::error::Problem>) -> Vec<FormError> {
        problems
            .into_iter()
            .map(|p| FormError::Reported(p.field, p.message))
            .collect()
    }
}

/// Reads the form and, when it could be read, checks the content by the concept's and the
/// city's rules, so the form shows every problem in the visitor's language before saving.
pub fn parse_checked(
    form: &FormData,
    stored: &teilhabe_store::StoredConcept,
    settings: &CitySettings,
    previous: Option<&teilhabe_domain::measure::MeasureContent>,
) -> SubmittedForm {
    let mut submitted = parse_form(form);
    if submitted.errors.is_empty() {
        submitted.errors.extend(
            teilhabe_app::measures::problems(stored, settings, previous, &submitted.row.content)
                .into_iter()
                .map(FormError::Field),
        );
    }
    submitted
}

impl FormError {
    pub fn column(&self) -> &str {
        match self {
            FormError::Field(problem) => problem.column,
            FormError::Cell(error, _) => &error.column,
            FormError::Reported(column, _) => column,
        }
    }

    /// The message in the page's language.
    pub fn message(&self, t: &Translator<'_>) -> String {
        match self {
            FormError::Field(problem) => field_error_message(t, &problem.error),
            FormError::Reported(_, message) => message.clone(),
            FormError::Cell(error, cells) => {
                let value = cells.get(&error.column).cloned().unwrap_or_default();
                let id = match error.column.as_str() {
                    "progress" => "error-cell-progress",
                    "start_date" | "end_date" => "error-cell-date",
                    "budget_planned" | "budget_spent" => "error-cell-money",
                    "evidence" => "error-cell-evidence",
                    "milestones" => "error-cell-milestone",
                    _ => return error.message.clone(),
                };
                t.msg_with(id, "value", value.lines().next().unwrap_or_default())
            }
        }
    }
}

pub fn field_error_message(t: &Translator<'_>, error: &FieldError) -> String {
    match error {
        FieldError::Required => t.msg("error-required"),
        FieldError::UnknownRecommendation(id) => {
            t.msg_with("error-unknown-recommendation", "id", id.as_str())
        }
        FieldError::RetiredRecommendation(id) => {
            t.msg_with("error-retired-recommendation", "id", id.as_str())
        }
        FieldError::UnknownWorkingGroup(slug) => {
            t.msg_with("error-unknown-working-group", "id", slug.as_str())
        }
        FieldError::UnknownTargetGroup(id) => {
            t.msg_with("error-unknown-target-group", "id", id.as_str())
        }
        FieldError::UnknownDistrict(code) => {
            t.msg_with("error-unknown-district", "id", code.as_str())
        }
        FieldError::UnknownLanguage(code) => {
            t.msg_with("error-unknown-language", "id", code.as_str())
        }
        FieldError::ProgressAbove100 => t.msg_with("error-cell-progress", "value", ""),
        FieldError::EndBeforeStart => t.msg("error-end-before-start"),
        FieldError::StopReasonRequired => t.msg("error-stop-reason"),
        FieldError::GenderNoteRequired => t.msg("error-gender-note"),
        FieldError::NegativeAmount => t.msg("error-negative-amount"),
        FieldError::InvalidUrl(url) => t.msg_with("error-cell-evidence", "value", url.as_str()),
        FieldError::Transition(error) => {
            let allowed: Vec<String> = error
                .from
                .next()
                .iter()
                .map(|s| t.msg(&format!("status-{}", s.as_str())))
                .collect();
            let allowed = if allowed.is_empty() {
                t.msg("status-none")
            } else {
                allowed.join(", ")
            };
            t.msg_with2(
                "error-transition",
                ("from", t.msg(&format!("status-{}", error.from.as_str()))),
                ("to", t.msg(&format!("status-{}", error.to.as_str()))),
            ) + " "
                + &t.msg_with("error-transition-allowed", "allowed", allowed)
        }
    }
}
