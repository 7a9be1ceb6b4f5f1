//! The concept's edit pages as views: the overview (parts, the order of the action fields, a new
//! field) and one form per part (the title, a section, an action field with its
//! recommendations). Every text has one input per language, named by the concept file's path of
//! the text and the language (`fields[3].recommendations[2].text.de`), so a problem the file
//! rules report names its input.

use askama::Template;
use teilhabe_app::error::Problem;
use teilhabe_domain::concept::edit::TextPath;
use teilhabe_domain::concept::{Concept, Retirement};
use teilhabe_domain::text::{PRIMARY_LANGUAGE, Text};

use crate::frame::fields::{Control, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Localized};

/// The part of the concept a form edits (0-based positions in the current version).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PartRef {
    Header,
    Section(usize),
    Field(usize),
}

impl PartRef {
    /// The form's address.
    pub fn href(self, concept: &Concept) -> String {
        match self {
            PartRef::Header => "/konzept/bearbeiten/kopf".to_owned(),
            PartRef::Section(index) => format!(
                "/konzept/bearbeiten/abschnitte/{}",
                concept
                    .sections
                    .get(index)
                    .map(|s| s.id.as_str())
                    .unwrap_or_default()
            ),
            PartRef::Field(index) => format!(
                "/konzept/bearbeiten/handlungsfelder/{}",
                concept
                    .fields
                    .get(index)
                    .map(|f| f.slug.as_str())
                    .unwrap_or_default()
            ),
        }
    }

    /// The texts of the part, in page order.
    pub fn slots(self, t: &Translator<'_>, concept: &Concept) -> Vec<Slot> {
        let slot = |path, legend: String, text: Option<&Text>, rows| Slot {
            path,
            legend,
            text: text.cloned(),
            rows,
            recommendation: None,
        };
        match self {
            PartRef::Header => vec![
                slot(
                    TextPath::Title,
                    t.msg("concept-edit-title"),
                    Some(&concept.title),
                    1,
                ),
                slot(
                    TextPath::Subtitle,
                    t.msg("concept-edit-subtitle"),
                    concept.subtitle.as_ref(),
                    1,
                ),
                slot(
                    TextPath::ResultsHeading,
                    t.msg("concept-edit-results-heading"),
                    concept.results_heading.as_ref(),
                    1,
                ),
            ],
            PartRef::Section(index) => {
                let Some(section) = concept.sections.get(index) else {
                    return Vec::new();
                };
                let n = index + 1;
                let mut slots = vec![
                    slot(
                        TextPath::SectionHeading(n),
                        t.msg("concept-edit-heading"),
                        Some(&section.heading),
                        1,
                    ),
                    slot(
                        TextPath::SectionIntro(n),
                        t.msg("concept-edit-intro"),
                        section.intro.as_ref(),
                        4,
                    ),
                ];
                for (i, item) in section.items.iter().enumerate() {
                    slots.push(slot(
                        TextPath::Statement(n, i + 1),
                        t.msg_with("concept-edit-statement", "id", item.id.as_str()),
                        Some(&item.text),
                        3,
                    ));
                }
                slots
            }
            PartRef::Field(index) => {
                let Some(field) = concept.fields.get(index) else {
                    return Vec::new();
                };
                let n = index + 1;
                let mut slots = vec![
                    slot(
                        TextPath::FieldTitle(n),
                        t.msg("concept-edit-title"),
                        Some(&field.title),
                        1,
                    ),
                    slot(
                        TextPath::FieldIntro(n),
                        t.msg("concept-edit-intro"),
                        field.intro.as_ref(),
                        4,
                    ),
                ];
                let last = field.recommendations.len();
                for (i, recommendation) in field.recommendations.iter().enumerate() {
                    slots.push(Slot {
                        recommendation: Some(RecommendationSlot {
                            id: recommendation.id.clone(),
                            retired: recommendation.retired.clone(),
                            first: i == 0,
                            last: i + 1 == last,
                        }),
                        ..slot(
                            TextPath::Recommendation(n, i + 1),
                            t.msg_with(
                                "concept-edit-recommendation",
                                "id",
                                recommendation.id.as_str(),
                            ),
                            Some(&recommendation.text),
                            3,
                        )
                    });
                }
                slots
            }
        }
    }
}

/// One text of a part.
pub(super) struct Slot {
    pub path: TextPath,
    pub legend: String,
    pub text: Option<Text>,
    pub rows: u8,
    pub recommendation: Option<RecommendationSlot>,
}

pub(super) struct RecommendationSlot {
    pub id: String,
    pub retired: Option<Retirement>,
    pub first: bool,
    pub last: bool,
}

/// The input's name for a text in a language.
pub(super) fn input_name(path: &str, language: &str) -> String {
    format!("{path}.{language}")
}

/// The languages a form offers: the concept's, and English always.
pub(super) fn languages(concept: &Concept) -> Vec<String> {
    let mut languages = concept.languages();
    if !languages.iter().any(|language| language == "en") {
        languages.push("en".to_owned());
    }
    languages
}

/// A language's own name, for the label of its input.
pub(super) fn language_name(code: &str) -> String {
    match code {
        "de" => "Deutsch".to_owned(),
        "en" => "English".to_owned(),
        "tr" => "Türkçe".to_owned(),
        "ar" => "العربية".to_owned(),
        "ru" => "Русский".to_owned(),
        "uk" => "Українська".to_owned(),
        "pl" => "Polski".to_owned(),
        other => other.to_owned(),
    }
}

/// A group of inputs with its legend: one text in every language, and its buttons.
pub struct Group {
    pub id: String,
    pub legend: String,
    pub retired: Option<String>,
    pub fields: Vec<Field>,
    pub actions: Vec<Action>,
}

/// A button that changes the order or retires a part; sent as `action=<value>`.
pub struct Action {
    pub value: String,
    pub label: String,
    /// Read after the label by screen readers: what the button acts on.
    pub target: String,
}

/// What a form shows: the stored texts, or what was sent with its problems.
pub(super) struct Shown<'f> {
    pub form: Option<&'f FormData>,
    pub problems: &'f [Problem],
}

impl Shown<'_> {
    fn value(&self, name: &str, stored: Option<&str>) -> String {
        match self.form {
            Some(form) => form.get_raw(name).to_owned(),
            None => stored.unwrap_or_default().to_owned(),
        }
    }

    fn error(&self, t: &Translator<'_>, name: &str) -> Option<String> {
        self.problems
            .iter()
            .find(|problem| problem.field == name)
            .map(|problem| problem_message(t, problem))
    }
}

/// A problem in the visitor's language where teilhabe knows it, else as the rules say it.
pub(super) fn problem_message(t: &Translator<'_>, problem: &Problem) -> String {
    match problem.field.as_str() {
        "reason" => t.msg("concept-edit-error-reason"),
        "decision_date" => t.msg("concept-edit-error-date"),
        "decision_reference" => t.msg("concept-edit-error-reference"),
        _ if problem.message.starts_with("empty text")
            || problem.message.starts_with("missing German") =>
        {
            t.msg("concept-edit-error-empty")
        }
        _ => problem.message.clone(),
    }
}

/// The inputs of one text, one per language.
fn text_fields(
    t: &Translator<'_>,
    shown: &Shown<'_>,
    path: &str,
    text: Option<&Text>,
    rows: u8,
    languages: &[String],
) -> Vec<Field> {
    languages
        .iter()
        .map(|language| {
            let name = input_name(path, language);
            let stored = text.and_then(|text| text.translation(language));
            let control = if rows > 1 {
                Field::text_area(&name, language_name(language), rows)
            } else {
                Field::new(Control::Text, &name, language_name(language))
            };
            let mut field = control
                .value(shown.value(&name, stored))
                .error(shown.error(t, &name))
                .attribute("lang", language.clone());
            if language == "ar" {
                field = field.attribute("dir", "rtl");
            }
            if language == PRIMARY_LANGUAGE {
                field = field.required();
            }
            field
        })
        .collect()
}

/// The groups of a part's form.
pub(super) fn groups(
    t: &Translator<'_>,
    shown: &Shown<'_>,
    slots: &[Slot],
    languages: &[String],
) -> Vec<Group> {
    slots
        .iter()
        .enumerate()
        .map(|(index, slot)| {
            let path = slot.path.to_string();
            let mut actions = Vec::new();
            let mut retired = None;
            if let Some(recommendation) = &slot.recommendation {
                let target = recommendation.id.clone();
                if !recommendation.first {
                    actions.push(Action {
                        value: format!("up:{target}"),
                        label: t.msg("concept-edit-up"),
                        target: target.clone(),
                    });
                }
                if !recommendation.last {
                    actions.push(Action {
                        value: format!("down:{target}"),
                        label: t.msg("concept-edit-down"),
                        target: target.clone(),
                    });
                }
                match &recommendation.retired {
                    Some(retirement) => retired = Some(retired_label(t, retirement)),
                    None => actions.push(Action {
                        value: format!("retire:{target}"),
                        label: t.msg("concept-edit-retire"),
                        target,
                    }),
                }
            }
            Group {
                id: format!("part-{}", index + 1),
                legend: slot.legend.clone(),
                retired,
                fields: text_fields(t, shown, &path, slot.text.as_ref(), slot.rows, languages),
                actions,
            }
        })
        .collect()
}

/// "Retired on 2026-12-02: reason".
pub(super) fn retired_label(t: &Translator<'_>, retirement: &Retirement) -> String {
    t.msg_with2(
        "retired-on",
        ("date", retirement.date.as_str()),
        ("reason", retirement.reason.as_str()),
    )
}

/// The new recommendation's inputs (a field's form), named `new.<language>`.
pub(super) fn new_recommendation(
    t: &Translator<'_>,
    shown: &Shown<'_>,
    languages: &[String],
) -> Group {
    Group {
        id: "new-recommendation".to_owned(),
        legend: t.msg("concept-edit-new-recommendation"),
        retired: None,
        fields: languages
            .iter()
            .map(|language| {
                let name = input_name("new", language);
                Field::text_area(&name, language_name(language), 3)
                    .value(shown.value(&name, None))
                    .error(shown.error(t, &name))
                    .attribute("lang", language.clone())
            })
            .collect(),
        actions: Vec::new(),
    }
}

/// Why, and the council's decision: asked with every save. `prefix` keeps ids apart when a page
/// has two forms.
pub(super) fn note_fields(t: &Translator<'_>, shown: &Shown<'_>, prefix: &str) -> Vec<Field> {
    vec![
        Field::text_area("reason", t.msg("concept-edit-reason"), 2)
            .id(format!("{prefix}reason"))
            .hint(t.msg("concept-edit-reason-hint"))
            .value(shown.value("reason", None))
            .error(shown.error(t, "reason"))
            .required(),
        Field::new(
            Control::Date,
            "decision_date",
            t.msg("concept-edit-decision-date"),
        )
        .id(format!("{prefix}decision_date"))
        .hint(t.msg("concept-edit-decision-date-hint"))
        .value(shown.value("decision_date", None))
        .error(shown.error(t, "decision_date")),
        Field::text(
            "decision_reference",
            t.msg("concept-edit-decision-reference"),
        )
        .id(format!("{prefix}decision_reference"))
        .hint(t.msg("concept-edit-decision-reference-hint"))
        .value(shown.value("decision_reference", None))
        .error(shown.error(t, "decision_reference")),
    ]
}

/// The error summary of a form: each failed input with its group's legend.
pub(super) fn summary(groups: &[Group], note: &[Field]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for group in groups {
        for field in &group.fields {
            if let Some(message) = &field.error {
                errors.push(FieldError {
                    id: field.id.clone(),
                    label: format!("{} ({})", group.legend, field.label),
                    message: message.clone(),
                });
            }
        }
    }
    errors.extend(FieldError::of(&note.iter().collect::<Vec<_>>()));
    errors
}

/// Problems no input of the form shows, as sentences for the top of the form.
pub(super) fn unplaced(
    t: &Translator<'_>,
    problems: &[Problem],
    groups: &[Group],
    note: &[Field],
) -> Vec<String> {
    let placed = |name: &str| {
        groups
            .iter()
            .flat_map(|group| group.fields.iter())
            .chain(note.iter())
            .any(|field| field.name == name)
    };
    problems
        .iter()
        .filter(|problem| !placed(&problem.field))
        .map(|problem| match problem.field.as_str() {
            "" => problem_message(t, problem),
            field => format!("{field}: {}", problem_message(t, problem)),
        })
        .collect()
}

/// A save refused because someone saved another version first.
pub struct Conflict {
    pub text: String,
    pub href: String,
    pub link: String,
}

#[derive(Template)]
#[template(path = "concept/edit-part.html")]
pub struct PartPage<'a> {
    pub layout: Layout<'a>,
    pub intro: String,
    pub action: String,
    pub csrf: String,
    pub version: i64,
    pub groups: Vec<Group>,
    pub note: Vec<Field>,
    pub errors: Vec<FieldError>,
    pub general: Vec<String>,
    pub conflict: Option<Conflict>,
}

/// One row of the overview: a section or a field, with its edit link.
pub struct PartLink {
    pub href: String,
    pub label: Localized,
    pub id: String,
    pub retired: Option<String>,
    pub actions: Vec<Action>,
}

#[derive(Template)]
#[template(path = "concept/edit.html")]
pub struct OverviewPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub version: i64,
    pub header: PartLink,
    pub sections: Vec<PartLink>,
    pub fields: Vec<PartLink>,
    /// The order form's reason and decision.
    pub order_note: Vec<Field>,
    pub order_errors: Vec<FieldError>,
    /// The new field's texts and its reason and decision.
    pub new_field: Vec<Group>,
    pub new_note: Vec<Field>,
    pub new_errors: Vec<FieldError>,
    pub general: Vec<String>,
    pub conflict: Option<Conflict>,
}

/// Which of the overview's two forms was sent (its errors show there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OverviewForm {
    Order,
    NewField,
}

/// The overview of the concept's parts; `sent` is the form that was sent, with its values and
/// problems.
pub(super) fn overview<'a>(
    t: &Translator<'_>,
    layout: Layout<'a>,
    csrf: String,
    concept: &Concept,
    version: i64,
    sent: Option<(OverviewForm, &Shown<'_>)>,
    conflict: Option<Conflict>,
) -> OverviewPage<'a> {
    let lang = t.code();
    let blank = Shown {
        form: None,
        problems: &[],
    };
    let shown_for = |which: OverviewForm| match sent {
        Some((form, shown)) if form == which => shown,
        _ => &blank,
    };
    let header = PartLink {
        href: PartRef::Header.href(concept),
        label: Localized::new(&concept.title, lang),
        id: concept.id.clone(),
        retired: None,
        actions: Vec::new(),
    };
    let sections = concept
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| PartLink {
            href: PartRef::Section(index).href(concept),
            label: Localized::new(&section.heading, lang),
            id: section.id.clone(),
            retired: None,
            actions: Vec::new(),
        })
        .collect();
    let last = concept.fields.len();
    let fields = concept
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let target = field.slug.clone();
            let mut actions = Vec::new();
            if index > 0 {
                actions.push(Action {
                    value: format!("up:{target}"),
                    label: t.msg("concept-edit-up"),
                    target: target.clone(),
                });
            }
            if index + 1 < last {
                actions.push(Action {
                    value: format!("down:{target}"),
                    label: t.msg("concept-edit-down"),
                    target: target.clone(),
                });
            }
            if field.retired.is_none() {
                actions.push(Action {
                    value: format!("retire:{target}"),
                    label: t.msg("concept-edit-retire"),
                    target: target.clone(),
                });
            }
            PartLink {
                href: PartRef::Field(index).href(concept),
                label: Localized::new(&field.title, lang),
                id: field.slug.clone(),
                retired: field.retired.as_ref().map(|r| retired_label(t, r)),
                actions,
            }
        })
        .collect();
    let languages = languages(concept);
    let order_shown = shown_for(OverviewForm::Order);
    let new_shown = shown_for(OverviewForm::NewField);
    let order_note = note_fields(t, order_shown, "order-");
    let new_field = vec![
        Group {
            id: "new-field-title".to_owned(),
            legend: t.msg("concept-edit-new-field-title"),
            retired: None,
            fields: text_fields(t, new_shown, "new_field", None, 1, &languages),
            actions: Vec::new(),
        },
        Group {
            id: "new-field-recommendation".to_owned(),
            legend: t.msg("concept-edit-new-field-recommendation"),
            retired: None,
            fields: text_fields(t, new_shown, "new_recommendation", None, 3, &languages),
            actions: Vec::new(),
        },
    ];
    let new_note = note_fields(t, new_shown, "new-");
    let general = match sent {
        Some((OverviewForm::Order, shown)) => unplaced(t, shown.problems, &[], &order_note),
        Some((OverviewForm::NewField, shown)) => unplaced(t, shown.problems, &new_field, &new_note),
        None => Vec::new(),
    };
    OverviewPage {
        layout,
        csrf,
        version,
        header,
        sections,
        fields,
        order_errors: summary(&[], &order_note),
        order_note,
        new_errors: summary(&new_field, &new_note),
        new_field,
        new_note,
        general,
        conflict,
    }
}
