//! The proposal as a form: for each breakdown and column role a select of the file's columns or
//! variables, for each code of the file a select of catalogue codes (or "skip"), the indicator
//! and the unit; unsure choices are marked and not preselected.

use teilhabe_app::error::Problem;
use teilhabe_app::monitoring::draft_proposal::{DraftState, NONE, SKIP, column_options, field};
use teilhabe_app::monitoring::mapping_drafts::Preview;
use teilhabe_domain::monitoring::{Breakdown, Unit};
use teilhabe_import::mapping::ColumnRef;
use teilhabe_import::propose::{Confidence, Proposal, Role, Target, code_options};

use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::i18n::Translator;
use crate::frame::localized::Localized;
use crate::monitoring::{code_label, decimal_mark, format_decimal};

/// The codes of one column or variable that is a breakdown.
pub struct CodeGroup {
    pub heading: String,
    pub fields: Vec<Field>,
}

/// The whole form.
pub struct DraftForm {
    pub source: Field,
    pub indicators: Vec<Field>,
    pub units: Vec<Field>,
    pub columns: Vec<Field>,
    pub breakdowns: Vec<Field>,
    pub codes: Vec<CodeGroup>,
}

impl DraftForm {
    /// Every failed field, in page order, for the summary at the top.
    pub fn summary(&self) -> Vec<FieldError> {
        let mut fields: Vec<&Field> = vec![&self.source];
        fields.extend(&self.indicators);
        fields.extend(&self.units);
        fields.extend(&self.columns);
        fields.extend(&self.breakdowns);
        for group in &self.codes {
            fields.extend(&group.fields);
        }
        FieldError::of(&fields)
    }
}

/// The hint of a choice: how sure the proposal is and why.
fn why(t: &Translator<'_>, confidence: Confidence, why: &str, rows: Option<usize>) -> String {
    let sure = t.msg(&format!("draft-confidence-{}", confidence.as_str()));
    match rows {
        Some(rows) => format!(
            "{} · {sure}: {why}",
            t.msg_with("draft-rows", "count", rows)
        ),
        None => format!("{sure}: {why}"),
    }
}

/// "— bitte wählen —", selected when the proposal is unsure.
fn ask(t: &Translator<'_>, unsure: bool) -> Option<Choice> {
    unsure.then(|| Choice::new("", t.msg("draft-please-choose"), true))
}

fn column_text(column: &ColumnRef) -> String {
    match column {
        ColumnRef::Name(name) => name.clone(),
        ColumnRef::Number(number) => format!("#{number}"),
    }
}

/// The form for `proposal` (as proposed, as corrected, or with a saved mapping's choices),
/// with `problems` next to their fields.
pub fn form(
    t: &Translator<'_>,
    state: &DraftState,
    proposal: &Proposal,
    problems: &[Problem],
) -> DraftForm {
    let error = |name: &str| {
        problems
            .iter()
            .find(|problem| problem.field == name)
            .map(|problem| t.msg(&problem.message))
    };
    let language = t.code();
    let source = Field::text(field::SOURCE, t.msg("draft-source"))
        .value(proposal.source.clone())
        .hint(t.msg("draft-source-hint"))
        .error(error(field::SOURCE))
        .required();

    let indicators = proposal
        .indicators
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let unsure = choice.confidence == Confidence::Unsure;
            let mut choices: Vec<Choice> = ask(t, unsure).into_iter().collect();
            if choice.code.is_some() {
                choices.push(Choice::new(
                    SKIP,
                    t.msg("draft-leave-out"),
                    !unsure && choice.indicator.is_none(),
                ));
            }
            let ranked = choice
                .candidates
                .iter()
                .map(|candidate| candidate.id.as_str())
                .chain(
                    state
                        .catalogue
                        .iter()
                        .map(|indicator| indicator.id.as_str()),
                );
            let mut seen = Vec::new();
            for id in ranked {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let Some(indicator) = state.catalogue.iter().find(|i| i.id == id) else {
                    continue;
                };
                let title = Localized::new(&indicator.title, language);
                choices.push(Choice::new(
                    id,
                    format!("{} ({id})", title.text),
                    !unsure && choice.indicator.as_deref() == Some(id),
                ));
            }
            let label = match &choice.code {
                Some(code) => t.msg_with2(
                    "draft-indicator-for",
                    ("code", code.as_str()),
                    ("label", choice.label.as_str()),
                ),
                None => t.msg("draft-indicator"),
            };
            let name = field::indicator(index);
            Field::select(&name, label, choices)
                .hint(why(t, choice.confidence, &choice.why, Some(choice.rows)))
                .error(error(&name))
        })
        .collect();

    let units = proposal
        .units
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let unsure = choice.confidence == Confidence::Unsure;
            let mut choices: Vec<Choice> = vec![Choice::new(
                "",
                t.msg("draft-unit-none"),
                unsure || choice.unit.is_none(),
            )];
            for unit in Unit::ALL {
                choices.push(Choice::new(
                    unit.as_str(),
                    t.msg(&format!("unit-{}", unit.as_str())),
                    !unsure && choice.unit == Some(unit),
                ));
            }
            let name = field::unit(index);
            Field::select(
                &name,
                t.msg_with("draft-unit", "text", choice.text.as_str()),
                choices,
            )
            .hint(why(t, choice.confidence, &choice.why, Some(choice.rows)))
            .error(error(&name))
        })
        .collect();

    let options = column_options(proposal);
    let columns = if proposal.reading.format == teilhabe_import::Format::Genesis {
        Vec::new()
    } else {
        Role::ALL
            .iter()
            .map(|role| {
                let proposed = proposal.columns.iter().find(|c| c.role == *role);
                let unsure = proposed.is_some_and(|c| c.confidence == Confidence::Unsure);
                let mut choices: Vec<Choice> = ask(t, unsure).into_iter().collect();
                choices.push(Choice::new(
                    NONE,
                    t.msg("draft-no-column"),
                    !unsure && proposed.is_none(),
                ));
                for (index, column) in options.iter().enumerate() {
                    let selected = !unsure && proposed.is_some_and(|c| c.column == *column);
                    choices.push(Choice::new(
                        index.to_string(),
                        column_text(column),
                        selected,
                    ));
                }
                let name = field::column(*role);
                let mut field = Field::select(
                    &name,
                    t.msg(&format!("draft-role-{}", role.as_str())),
                    choices,
                )
                .error(error(&name));
                if let Some(proposed) = proposed {
                    field = field.hint(why(t, proposed.confidence, &proposed.why, None));
                }
                field
            })
            .collect()
    };

    let breakdowns = Breakdown::ALL
        .iter()
        .map(|breakdown| {
            let proposed = proposal
                .dimensions
                .iter()
                .position(|d| d.breakdown == Some(*breakdown));
            let unsure =
                proposed.is_some_and(|i| proposal.dimensions[i].confidence == Confidence::Unsure);
            let mut choices: Vec<Choice> = ask(t, unsure).into_iter().collect();
            choices.push(Choice::new(
                NONE,
                t.msg("draft-not-in-file"),
                !unsure && proposed.is_none(),
            ));
            for (index, dimension) in proposal.dimensions.iter().enumerate() {
                let text = match &dimension.variable {
                    Some(variable) => format!("{} ({variable})", dimension.label),
                    None => dimension.label.clone(),
                };
                choices.push(Choice::new(
                    index.to_string(),
                    text,
                    !unsure && proposed == Some(index),
                ));
            }
            let name = field::breakdown(*breakdown);
            let mut field = Field::select(
                &name,
                t.msg(&format!("draft-breakdown-{}", breakdown.as_str())),
                choices,
            )
            .error(error(&name));
            if let Some(index) = proposed {
                let dimension = &proposal.dimensions[index];
                field = field.hint(why(t, dimension.confidence, &dimension.why, None));
            }
            field
        })
        .collect();

    let city = &state.draft.city;
    let codes = proposal
        .dimensions
        .iter()
        .enumerate()
        .filter_map(|(index, dimension)| {
            let breakdown = dimension.breakdown?;
            // Every concept's groups: the indicator may still change in this form.
            let targets = code_options(breakdown, None, &state.districts, proposal);
            let fields = dimension
                .codes
                .iter()
                .enumerate()
                .map(|(code_index, code)| {
                    let unsure = code.confidence == Confidence::Unsure;
                    let mut choices: Vec<Choice> = ask(t, unsure).into_iter().collect();
                    choices.push(Choice::new(
                        SKIP,
                        t.msg("draft-skip"),
                        !unsure && code.target == Target::Skip,
                    ));
                    for target in &targets {
                        let label = match state.districts.iter().find(|d| &d.code == target) {
                            Some(district) if breakdown == Breakdown::District => {
                                format!("{} ({target})", district.name)
                            }
                            _ => format!("{} ({target})", code_label(t, breakdown, target, city)),
                        };
                        let selected = !unsure && code.target == Target::Code(target.clone());
                        choices.push(Choice::new(target.as_str(), label, selected));
                    }
                    let shown = match (&code.label, code.code.is_empty()) {
                        (Some(label), _) => format!("{} – {label}", code.code),
                        (None, true) => t.msg("draft-empty-cell"),
                        (None, false) => code.code.clone(),
                    };
                    let name = field::code(index, code_index);
                    Field::select(&name, shown, choices)
                        .hint(why(t, code.confidence, &code.why, Some(code.rows)))
                        .error(error(&name))
                })
                .collect();
            let column = match &dimension.variable {
                Some(variable) => format!("{} ({variable})", dimension.label),
                None => dimension.label.clone(),
            };
            Some(CodeGroup {
                heading: t.msg_with2(
                    "draft-codes-of",
                    ("column", column),
                    (
                        "breakdown",
                        t.msg(&format!("draft-breakdown-{}", breakdown.as_str())),
                    ),
                ),
                fields,
            })
        })
        .collect();

    DraftForm {
        source,
        indicators,
        units,
        columns,
        breakdowns,
        codes,
    }
}

/// One row of the preview table.
pub struct PreviewRow {
    pub indicator: String,
    pub year: i32,
    /// "Mitte · weiblich · Ausländer/-innen"
    pub coordinates: String,
    pub new: String,
    pub stored: String,
    pub differs: bool,
}

/// The preview's summary and first figures, next to the stored ones.
pub struct PreviewView {
    pub summary: String,
    pub years: String,
    pub rows: Vec<PreviewRow>,
    pub notes: Vec<String>,
}

pub fn preview(t: &Translator<'_>, state: &DraftState, preview: &Preview) -> PreviewView {
    let mark = decimal_mark(t);
    let city = &state.draft.city;
    let text = |value: Option<teilhabe_domain::monitoring::Decimal>,
                status: teilhabe_domain::monitoring::ObsStatus| match value {
        Some(value) => format_decimal(value, value.scale(), mark),
        None => t.msg(&status.message_id()),
    };
    let rows = preview
        .rows
        .iter()
        .map(|row| {
            // Only what is not a total: "Mitte · weiblich"; the whole city when all are.
            let parts: Vec<String> = Breakdown::ALL
                .iter()
                .filter(|breakdown| row.at.get(**breakdown) != teilhabe_domain::monitoring::TOTAL)
                .map(|breakdown| code_label(t, *breakdown, row.at.get(*breakdown), city))
                .collect();
            let coordinates = if parts.is_empty() {
                t.msg("district-total")
            } else {
                parts.join(" · ")
            };
            let new = text(row.value, row.status);
            let (stored, differs) = match row.stored {
                Some((value, status)) => (
                    text(value, status),
                    value != row.value || status != row.status,
                ),
                None => (t.msg("draft-preview-none"), false),
            };
            PreviewRow {
                indicator: row.indicator.clone(),
                year: row.at.year,
                coordinates,
                new,
                stored,
                differs,
            }
        })
        .collect();
    let notes = preview
        .outcome
        .dropped
        .iter()
        .map(|dropped| {
            t.msg_with2(
                &format!("import-result-dropped-{}", dropped.rule),
                ("count", dropped.rows),
                (
                    "rule",
                    format!("{} = {}", dropped.column, dropped.codes.join(", ")),
                ),
            )
        })
        .collect();
    PreviewView {
        summary: t.msg_with2(
            "draft-preview-summary",
            ("count", preview.outcome.report.observation_count),
            (
                "changed",
                preview
                    .outcome
                    .report
                    .periods
                    .iter()
                    .map(|p| p.changed)
                    .sum::<usize>(),
            ),
        ),
        years: preview
            .years
            .iter()
            .map(i32::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        rows,
        notes,
    }
}
