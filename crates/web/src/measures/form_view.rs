//! The measure form as a view model: options, values, errors and conflicts, its single fields
//! built as the frame's `Field`s for the KERN macros.

use std::collections::HashMap;

use teilhabe_domain::access::Visitor;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::measure::{MeasureContent, Programme, Status};

use super::form::FormError;
use crate::frame::Localized;
use crate::frame::fields::{Choice as FrameChoice, Control, Field, FieldError as SummaryError};
use crate::frame::i18n::Translator;

pub struct Choice {
    pub value: String,
    pub label: Localized,
    pub selected: bool,
}

pub struct RecommendationGroup {
    /// The element id of the group's fieldset: `rec-<field slug>`.
    pub id: String,
    pub title: Localized,
    pub options: Vec<Choice>,
}

impl RecommendationGroup {
    /// The group's recommendations as the frame's choices, for `m::checkboxes`.
    pub fn choices(&self) -> Vec<FrameChoice> {
        self.options
            .iter()
            .map(|c| FrameChoice::localized(c.value.clone(), &c.label, c.selected))
            .collect()
    }
}

pub struct ErrorView {
    pub column: String,
    pub label: String,
    pub message: String,
}

pub struct ConflictRow {
    pub label: String,
    pub yours: String,
    pub theirs: String,
}

pub struct ConflictView {
    pub current_version: i64,
    pub updated_by_hint: String,
    pub rows: Vec<ConflictRow>,
}

/// Everything the form template shows.
pub struct MeasureForm {
    pub action: String,
    pub version: Option<i64>,
    pub recommendation_groups: Vec<RecommendationGroup>,
    pub target_groups: Vec<Choice>,
    pub districts: Vec<Choice>,
    pub districts_all: bool,
    pub gender_aspect: bool,
    pub published: bool,
    pub errors: Vec<ErrorView>,
    pub conflict: Option<ConflictView>,
    /// The single fields as the frame's KERN macros render them, by column.
    fields: HashMap<&'static str, Field>,
    /// A field no column names (never shown; `field` answers it rather than failing).
    missing: Field,
}

/// The form's single fields: (column, control, rows of a text area).
const SINGLE_FIELDS: [(&str, Control, u8); 18] = [
    ("title_de", Control::Text, 0),
    ("title_en", Control::Text, 0),
    ("description_de", Control::TextArea, 5),
    ("description_en", Control::TextArea, 5),
    ("working_group", Control::Select, 0),
    ("programme", Control::Select, 0),
    ("organisation", Control::Text, 0),
    ("contact", Control::Text, 0),
    ("status", Control::Select, 0),
    ("stop_reason", Control::Text, 0),
    ("progress", Control::Number, 0),
    ("start_date", Control::Date, 0),
    ("end_date", Control::Date, 0),
    ("budget_planned", Control::Text, 0),
    ("budget_spent", Control::Text, 0),
    ("gender_aspect_note", Control::Text, 0),
    ("evidence", Control::TextArea, 3),
    ("milestones", Control::TextArea, 4),
];

impl MeasureForm {
    /// The field of `column`, for `m::field` in the template.
    pub fn field(&self, column: &str) -> &Field {
        self.fields.get(column).unwrap_or(&self.missing)
    }

    /// The errors for the summary at the top, each linking to its field.
    pub fn summary(&self) -> Vec<SummaryError> {
        self.errors
            .iter()
            .map(|error| SummaryError {
                id: error.column.clone(),
                label: error.label.clone(),
                message: error.message.clone(),
            })
            .collect()
    }

    /// The error of a group of checkboxes, for `m::choices`.
    pub fn group_error(&self, column: &str) -> Option<String> {
        self.error(column).map(str::to_owned)
    }

    /// The target groups as the frame's choices.
    pub fn target_group_choices(&self) -> Vec<FrameChoice> {
        self.target_groups
            .iter()
            .map(|c| FrameChoice::localized(c.value.clone(), &c.label, c.selected))
            .collect()
    }

    /// A yes/no box of the form (`gender_aspect`, `published`), for `m::field`.
    pub fn flag(&self, column: &str, label: String) -> Field {
        let checked = match column {
            "gender_aspect" => self.gender_aspect,
            "published" => self.published,
            _ => false,
        };
        Field::checkbox(column, label, checked).error(self.group_error(column))
    }

    /// One of the two round buttons "all districts" / "some districts".
    pub fn district_scope(&self, value: &str, label: String) -> Field {
        let all = value == "all";
        Field::radio("districts_scope", label, value, all == self.districts_all)
            .id(format!("districts-{value}"))
    }

    /// A box per district, for `m::field`.
    pub fn district_fields(&self) -> Vec<Field> {
        self.districts
            .iter()
            .map(|district| {
                Field {
                    checked: district.selected,
                    ..Field::localized(Control::Checkbox, "districts", &district.label)
                }
                .id(format!("district-{}", district.value))
                .value(district.value.clone())
            })
            .collect()
    }

    pub fn error(&self, column: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|error| error.column == column)
            .map(|error| error.message.as_str())
    }
}

pub struct FormInput<'a> {
    pub t: &'a Translator<'a>,
    pub concept: &'a Concept,
    pub settings: &'a CitySettings,
    pub visitor: &'a Visitor,
    pub action: String,
    pub version: Option<i64>,
    /// The status stored now (editing) — only it and its next steps are offered.
    pub stored_status: Option<Status>,
    pub content: &'a MeasureContent,
    /// Raw submitted cells, to show exactly what was typed when it could not be read.
    pub submitted: Option<HashMap<String, String>>,
    pub errors: Vec<FormError>,
}

pub fn build_form(input: FormInput<'_>) -> MeasureForm {
    let t = input.t;
    let lang = t.code();
    let content = input.content;
    let values: HashMap<String, String> = match input.submitted {
        Some(cells) => cells,
        None => content
            .cells()
            .into_iter()
            .map(|(column, value)| (column.to_owned(), value))
            .collect(),
    };
    let recommendation_groups = input
        .concept
        .fields
        .iter()
        .map(|field| RecommendationGroup {
            id: format!("rec-{}", field.slug),
            title: Localized::new(&field.title, lang),
            // A retired recommendation is offered only to the measures that already serve it.
            options: field
                .recommendations
                .iter()
                .filter(|r| !r.is_retired() || content.recommendations.contains(&r.id))
                .map(|r| Choice {
                    value: r.id.clone(),
                    label: Localized::new(&r.text, lang),
                    selected: content.recommendations.contains(&r.id),
                })
                .collect(),
        })
        .filter(|group| !group.options.is_empty())
        .collect();
    let working_groups: Vec<Choice> = input
        .concept
        .fields
        .iter()
        .filter(|field| {
            teilhabe_app::measures::may_change(input.visitor, &field.slug).is_ok()
                || field.slug == content.working_group
        })
        .map(|field| Choice {
            value: field.slug.clone(),
            label: Localized::new(&field.title, lang),
            selected: field.slug == content.working_group,
        })
        .collect();
    let programmes: Vec<Choice> = Programme::ALL
        .into_iter()
        .map(|programme| Choice {
            value: programme.as_str().to_owned(),
            label: Localized::plain(programme_label(t, input.settings, programme)),
            selected: programme == content.programme,
        })
        .collect();
    let offered: Vec<Status> = match input.stored_status {
        Some(stored) => std::iter::once(stored)
            .chain(stored.next().iter().copied())
            .collect(),
        None => Status::ALL.to_vec(),
    };
    let statuses: Vec<Choice> = offered
        .into_iter()
        .map(|status| Choice {
            value: status.as_str().to_owned(),
            label: Localized::plain(t.msg(&format!("status-{}", status.as_str()))),
            selected: status == content.status,
        })
        .collect();
    let target_groups = input
        .settings
        .target_groups
        .iter()
        .map(|group| Choice {
            value: group.id.clone(),
            label: Localized::new(&group.label, lang),
            selected: content.target_groups.contains(&group.id),
        })
        .collect();
    let districts = input
        .settings
        .districts
        .iter()
        .map(|district| Choice {
            value: district.code.clone(),
            label: Localized::plain(district.name.clone()),
            selected: matches!(&content.districts, teilhabe_domain::measure::Districts::Some(codes) if codes.contains(&district.code)),
        })
        .collect();
    let errors: Vec<ErrorView> = input
        .errors
        .iter()
        .map(|error| ErrorView {
            column: error.column().to_owned(),
            label: t.msg(&format!("col-{}", error.column())),
            message: error.message(t),
        })
        .collect();
    let labels: HashMap<String, (String, String)> = teilhabe_domain::measure::COLUMNS
        .iter()
        .map(|column| {
            (
                column.to_string(),
                (
                    t.msg(&format!("col-{column}")),
                    t.msg(&format!("hint-{column}")),
                ),
            )
        })
        .collect();
    let fields = single_fields(&labels, &values, &errors, |column| match column {
        "working_group" => choices(&working_groups),
        "programme" => choices(&programmes),
        "status" => choices(&statuses),
        _ => Vec::new(),
    });
    MeasureForm {
        action: input.action,
        version: input.version,
        recommendation_groups,
        target_groups,
        districts,
        districts_all: content.districts == teilhabe_domain::measure::Districts::All,
        gender_aspect: content.gender_aspect,
        published: content.published,
        errors,
        conflict: None,
        fields,
        missing: Field::text("", ""),
    }
}

fn choices(options: &[Choice]) -> Vec<FrameChoice> {
    options
        .iter()
        .map(|c| FrameChoice::localized(c.value.clone(), &c.label, c.selected))
        .collect()
}

/// The single fields with their labels, hints, values and errors.
fn single_fields(
    labels: &HashMap<String, (String, String)>,
    values: &HashMap<String, String>,
    errors: &[ErrorView],
    options: impl Fn(&str) -> Vec<FrameChoice>,
) -> HashMap<&'static str, Field> {
    SINGLE_FIELDS
        .into_iter()
        .map(|(column, control, rows)| {
            let (label, hint) = labels.get(column).cloned().unwrap_or_default();
            let mut field = Field::new(control, column, label)
                .hint(hint)
                .value(values.get(column).cloned().unwrap_or_default())
                .error(
                    errors
                        .iter()
                        .find(|error| error.column == column)
                        .map(|error| error.message.clone()),
                );
            field.choices = options(column);
            if rows > 0 {
                field.rows = rows;
            }
            if control == Control::Number {
                field = field
                    .attribute("min", "0")
                    .attribute("max", "100")
                    .attribute("step", "1");
            }
            if column.starts_with("budget") {
                field = field.attribute("inputmode", "decimal");
            }
            (column, field)
        })
        .collect()
}

pub fn programme_label(
    t: &Translator<'_>,
    settings: &CitySettings,
    programme: Programme,
) -> String {
    let refugee = settings.refugee_programme.get(t.code()).to_owned();
    match programme {
        Programme::Concept => t.msg("programme-concept"),
        Programme::RefugeeProgramme => t.msg_with("programme-refugee", "name", refugee),
        Programme::Both => t.msg_with("programme-both", "name", refugee),
    }
}
