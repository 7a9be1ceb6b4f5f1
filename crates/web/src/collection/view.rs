//! The data-collection pages as view models, their texts in the page's language. A data set's
//! own names exist in German and English (`Text::get`); in other languages the German name is
//! shown, marked `lang="de"`.

use askama::Template;
use teilhabe_app::collection::{
    CompletenessView, ExpectedForm, FormView, SelfCheckComparison, SelfCheckScores,
};
use teilhabe_domain::collection::comparison::Distribution;
use teilhabe_domain::collection::completeness::Timeliness;
use teilhabe_domain::collection::selfcheck::Score;
use teilhabe_domain::collection::{DEFAULT_COMBO, DataElement, Outcome, Period, Text, ValueType};
use teilhabe_store::collection::FormState;

use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page};

/// A data set's text in the page's language, with ` lang="de"` when it is German on a page in
/// another language.
pub struct Named {
    pub text: String,
    pub lang_attr: String,
}

pub fn named(text: &Text, lang: &str) -> Named {
    Named {
        text: text.get(lang).to_owned(),
        lang_attr: if lang == "de" || lang == "en" {
            String::new()
        } else {
            " lang=\"de\"".to_owned()
        },
    }
}

fn state_label(t: &Translator<'_>, state: Option<FormState>) -> String {
    match state {
        Some(state) => t.msg(&format!("collection-state-{}", state.as_str())),
        None => t.msg("collection-state-none"),
    }
}

fn timeliness_label(t: &Translator<'_>, timeliness: Timeliness) -> String {
    t.msg(&format!("collection-timeliness-{}", timeliness.as_str()))
}

pub fn form_href(data_set: &str, period: &str, institution: Option<&str>) -> String {
    match institution {
        Some(code) => format!("/datenerhebung/{data_set}/{period}?einrichtung={code}"),
        None => format!("/datenerhebung/{data_set}/{period}"),
    }
}

/// A period in words, in the page's language: "2025", "4. Quartal 2025", "März 2025" (the
/// codes `2025`, `2025Q4`, `202503` stay in addresses and files).
pub fn period_label(t: &Translator<'_>, period: Period) -> String {
    match period {
        Period::Year(year) => year.to_string(),
        Period::Quarter(year, quarter) => t.msg_with2(
            "collection-period-quarter",
            ("quarter", i64::from(quarter)),
            ("year", year.to_string()),
        ),
        Period::Month(year, month) => t.msg_with2(
            "collection-period-month",
            ("month", i64::from(month)),
            ("year", year.to_string()),
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// The reporter's open forms.

pub struct OpenFormRow {
    pub href: String,
    pub name: Named,
    pub period: String,
    pub due: String,
    pub state: String,
    pub timeliness: String,
    pub overdue: bool,
}

#[derive(Template)]
#[template(path = "collection/list.html")]
pub struct ListPage<'a> {
    pub layout: Layout<'a>,
    pub institution: String,
    pub rows: Vec<OpenFormRow>,
}

pub fn list_page<'a>(
    layout: Layout<'a>,
    institution: &str,
    forms: &[ExpectedForm],
) -> ListPage<'a> {
    let t = &layout.t;
    let lang = layout.lang.clone();
    let rows = forms
        .iter()
        .map(|form| OpenFormRow {
            href: form_href(&form.data_set.code, &form.period.to_string(), None),
            name: named(&form.data_set.name, &lang),
            period: period_label(t, form.period),
            due: t.long_date(&form.due.to_string()),
            state: state_label(t, form.state),
            timeliness: timeliness_label(t, form.timeliness),
            overdue: form.timeliness == Timeliness::Missing,
        })
        .collect();
    ListPage {
        layout,
        institution: institution.to_owned(),
        rows,
    }
}

// ---------------------------------------------------------------------------------------------
// The entry form.

/// One value of a table: its input's name, id and the headers that label it.
pub struct Cell {
    pub name: String,
    pub comment_name: String,
    pub id: String,
    pub value: String,
    pub comment: String,
    pub error: Option<String>,
    /// The ids of the caption, row and column headers (`aria-labelledby`).
    pub labelled_by: String,
    pub comment_labelled_by: String,
}

pub struct GridRow {
    pub id: String,
    pub label: String,
    pub cells: Vec<Cell>,
}

/// One data element: a table (disaggregated, or read-only), or a single field.
pub struct Grid {
    pub id: String,
    pub caption: Named,
    pub compulsory: bool,
    /// The header of the rows' column (the first category's name).
    pub corner: String,
    pub columns: Vec<(String, String)>,
    pub rows: Vec<GridRow>,
    /// One category: the comment stands in its own column beside each value.
    pub inline_comments: bool,
    pub comment_header_id: String,
    /// Two categories: one comment field per value below the table.
    pub comment_fields: Vec<Field>,
    /// No disaggregation, while editable: the value and comment as form fields.
    pub fields: Vec<Field>,
    /// Comments when read-only: "row – column: comment".
    pub notes: Vec<String>,
}

pub struct RuleRow {
    pub text: Named,
    pub importance: String,
    pub blocking: bool,
    pub detail: String,
}

pub struct ScoreRow {
    pub area: Named,
    pub current: String,
    /// The scores of the earlier periods, oldest first (`–` where the area had no items).
    pub history: Vec<String>,
}

/// One area of the comparison with institutions of the same kind.
pub struct ComparisonRow {
    pub area: Named,
    pub own: String,
    /// Others' lower quartile, median, upper quartile and how many; empty when too few.
    pub quartiles: Option<[String; 4]>,
    pub position: String,
}

/// The comparison section: rows, and whether any area had too few others to be shown.
pub struct ComparisonView {
    pub rows: Vec<ComparisonRow>,
    pub any_shown: bool,
    pub too_few: bool,
}

#[derive(Template)]
#[template(path = "collection/form.html")]
pub struct FormPage<'a> {
    pub layout: Layout<'a>,
    /// ` lang="de"` on the heading when the data set's name is German on another language's page.
    pub title_lang: String,
    pub csrf: String,
    pub action: String,
    pub institution: String,
    pub period: String,
    pub due: String,
    pub state: String,
    pub returned_comment: Option<String>,
    pub editable: bool,
    pub errors: Vec<FieldError>,
    pub grids: Vec<Grid>,
    pub violations: Vec<RuleRow>,
    pub scores: Vec<ScoreRow>,
    pub history_periods: Vec<String>,
    pub comparison: Option<ComparisonView>,
}

/// The submitted value and comment of a cell, or the stored one.
struct Source<'v> {
    view: &'v FormView,
    submitted: Option<&'v FormData>,
}

impl Source<'_> {
    fn value(&self, element: &str, combo: &str) -> (String, String) {
        if let Some(form) = self.submitted {
            return (
                form.get_raw(&value_name(element, combo)).to_owned(),
                form.get_raw(&comment_name(element, combo)).to_owned(),
            );
        }
        self.view
            .value(element, combo)
            .map(|v| (v.value.clone(), v.comment.clone().unwrap_or_default()))
            .unwrap_or_default()
    }
}

pub fn value_name(element: &str, combo: &str) -> String {
    format!("v:{element}:{combo}")
}

pub fn comment_name(element: &str, combo: &str) -> String {
    format!("c:{element}:{combo}")
}

fn cell_id(element: &str, combo: &str) -> String {
    format!("v-{element}-{combo}")
}

/// A self-check form's scores and, for those who may see it, the comparison with its kind.
pub struct SelfCheck<'s> {
    pub scores: &'s SelfCheckScores,
    pub comparison: Option<&'s SelfCheckComparison>,
}

/// `problems` are (field `element.combo`, message) from the use case.
pub fn form_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    view: &FormView,
    self_check: SelfCheck<'_>,
    submitted: Option<&FormData>,
    problems: &[(String, String)],
    institution_param: Option<&str>,
) -> FormPage<'a> {
    let SelfCheck { scores, comparison } = self_check;
    let t = &layout.t;
    let lang = layout.lang.clone();
    let source = Source { view, submitted };
    let error_of = |element: &str, combo: &str| {
        let field = format!("{element}.{combo}");
        problems
            .iter()
            .find(|(name, _)| *name == field || (combo == DEFAULT_COMBO && name == element))
            .map(|(_, message)| message.clone())
    };
    let mut errors = Vec::new();
    let mut grids = Vec::new();
    for element in &view.data_set.elements {
        let grid = grid(t, &lang, view, element, &source, view.editable, &error_of);
        for row in &grid.rows {
            for cell in &row.cells {
                if let Some(message) = &cell.error {
                    errors.push(FieldError {
                        id: cell.id.clone(),
                        label: format!("{} – {}", grid.caption.text, row.label),
                        message: message.clone(),
                    });
                }
            }
        }
        errors.extend(FieldError::of(&grid.fields.iter().collect::<Vec<_>>()));
        grids.push(grid);
    }
    // Problems that name no cell (a rule, a compulsory element) lead to the rules' list.
    for (field, message) in problems {
        if !errors.iter().any(|e| e.message == *message) && !field.contains('.') {
            errors.push(FieldError {
                id: if field.starts_with("rule:") {
                    "regeln".to_owned()
                } else {
                    format!("element-{field}")
                },
                label: t.msg("collection-problem"),
                message: message.clone(),
            });
        }
    }
    let violations = view
        .outcomes
        .iter()
        .filter_map(|(index, outcome)| {
            let Outcome::Violated { left, right } = outcome else {
                return None;
            };
            let rule = view.data_set.rules.get(*index)?;
            Some(RuleRow {
                text: named(&rule.text, &lang),
                importance: t.msg(&format!(
                    "collection-importance-{}",
                    rule.importance.as_str()
                )),
                blocking: view.blocking.contains(index),
                detail: t.msg_with2(
                    "collection-rule-sides",
                    ("left", t.number(*left, 0)),
                    ("right", t.number(*right, 0)),
                ),
            })
        })
        .collect();
    let percent = |score: &Score| {
        score.percent().map_or_else(
            || "–".to_owned(),
            |p| t.msg_with("collection-score", "percent", t.number(p, 0)),
        )
    };
    let area_name = |code: &str| {
        if code.is_empty() {
            Named {
                text: t.msg("collection-score-overall"),
                lang_attr: String::new(),
            }
        } else {
            view.data_set
                .areas
                .iter()
                .find(|a| a.code == code)
                .map(|a| named(&a.name, &lang))
                .unwrap_or(Named {
                    text: code.to_owned(),
                    lang_attr: String::new(),
                })
        }
    };
    let scores_rows = scores
        .current
        .iter()
        .map(|score| ScoreRow {
            area: area_name(&score.area),
            current: percent(score),
            history: scores
                .history
                .iter()
                .map(|(_, earlier)| {
                    earlier
                        .iter()
                        .find(|p| p.area == score.area)
                        .map_or_else(|| "–".to_owned(), &percent)
                })
                .collect(),
        })
        .collect();
    let share = |value: f64| t.msg_with("collection-score", "percent", t.number(value, 0));
    let comparison = comparison.map(|comparison| {
        let rows: Vec<ComparisonRow> = comparison
            .areas
            .iter()
            .map(|row| ComparisonRow {
                area: area_name(&row.area),
                own: row.own.map_or_else(|| "–".to_owned(), share),
                quartiles: match &row.others {
                    Distribution::Shown {
                        institutions,
                        quartiles,
                    } => Some([
                        share(quartiles.lower),
                        share(quartiles.median),
                        share(quartiles.upper),
                        institutions.to_string(),
                    ]),
                    Distribution::TooFew => None,
                },
                position: row.position.map_or_else(
                    || "–".to_owned(),
                    |p| t.msg(&format!("collection-position-{}", p.as_str())),
                ),
            })
            .collect();
        ComparisonView {
            any_shown: rows.iter().any(|r| r.quartiles.is_some()),
            too_few: rows.iter().any(|r| r.quartiles.is_none()),
            rows,
        }
    });
    let period = view.period.to_string();
    FormPage {
        title_lang: named(&view.data_set.name, &lang).lang_attr,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        action: form_href(&view.data_set.code, &period, institution_param),
        institution: view.institution.name.clone(),
        due: t.long_date(&view.due.to_string()),
        state: state_label(t, view.form.as_ref().map(|f| f.state)),
        returned_comment: view
            .form
            .as_ref()
            .filter(|f| f.state == FormState::Returned)
            .and_then(|f| f.decision_comment.clone()),
        editable: view.editable,
        errors,
        grids,
        violations,
        scores: scores_rows,
        history_periods: scores
            .history
            .iter()
            .map(|(p, _)| period_label(t, *p))
            .collect(),
        comparison,
        period: period_label(t, view.period),
        layout,
    }
}

fn grid(
    t: &Translator<'_>,
    lang: &str,
    view: &FormView,
    element: &DataElement,
    source: &Source<'_>,
    editable: bool,
    error_of: &dyn Fn(&str, &str) -> Option<String>,
) -> Grid {
    let code = &element.code;
    let caption_id = format!("element-{code}");
    let categories: Vec<_> = element
        .categories
        .iter()
        .filter_map(|c| view.catalog.category(c))
        .collect();
    let mut grid = Grid {
        id: caption_id.clone(),
        caption: named(&element.name, lang),
        compulsory: element.compulsory,
        corner: String::new(),
        columns: Vec::new(),
        rows: Vec::new(),
        inline_comments: false,
        comment_header_id: format!("{caption_id}-comment"),
        comment_fields: Vec::new(),
        fields: Vec::new(),
        notes: Vec::new(),
    };
    let make_cell = |combo: &str, labelled_by: String, comment_labelled_by: String| {
        let (value, comment) = source.value(code, combo);
        Cell {
            name: value_name(code, combo),
            comment_name: comment_name(code, combo),
            id: cell_id(code, combo),
            value,
            comment,
            error: error_of(code, combo),
            labelled_by,
            comment_labelled_by,
        }
    };
    match categories.as_slice() {
        [] => {
            let (value, comment) = source.value(code, DEFAULT_COMBO);
            if editable {
                let name = value_name(code, DEFAULT_COMBO);
                let field = match &element.value_type {
                    ValueType::YesNo => Field::select(
                        &name,
                        grid.caption.text.clone(),
                        vec![
                            Choice::new("", t.msg("collection-no-answer"), value.is_empty()),
                            Choice::new("true", t.msg("collection-yes"), value == "true"),
                            Choice::new("false", t.msg("collection-no"), value == "false"),
                        ],
                    ),
                    ValueType::Choice(options) => Field::select(
                        &name,
                        grid.caption.text.clone(),
                        std::iter::once(Choice::new(
                            "",
                            t.msg("collection-no-answer"),
                            value.is_empty(),
                        ))
                        .chain(options.iter().map(|o| {
                            let mut choice = Choice::new(
                                o.code.clone(),
                                o.name.get(lang).to_owned(),
                                o.code == value,
                            );
                            choice.lang_attr = named(&o.name, lang).lang_attr;
                            choice
                        }))
                        .collect(),
                    ),
                    ValueType::Text => Field::text_area(&name, grid.caption.text.clone(), 3),
                    _ => Field::text(&name, grid.caption.text.clone())
                        .attribute("inputmode", "decimal"),
                }
                .id(cell_id(code, DEFAULT_COMBO))
                .value(value)
                .error(error_of(code, DEFAULT_COMBO));
                let mut field = field;
                field.lang_attr = grid.caption.lang_attr.clone();
                let field = if element.compulsory {
                    field.hint(t.msg("collection-compulsory"))
                } else {
                    field
                };
                grid.fields.push(field);
                grid.fields.push(
                    Field::text(
                        &comment_name(code, DEFAULT_COMBO),
                        t.msg_with("collection-comment-on", "name", grid.caption.text.clone()),
                    )
                    .id(format!("c-{code}-{DEFAULT_COMBO}"))
                    .value(comment),
                );
            } else {
                grid.columns
                    .push((format!("{caption_id}-value"), t.msg("collection-value")));
                let row_id = format!("{caption_id}-row");
                grid.rows.push(GridRow {
                    id: row_id,
                    label: grid.caption.text.clone(),
                    cells: vec![{
                        let mut cell = make_cell(DEFAULT_COMBO, String::new(), String::new());
                        match (&element.value_type, cell.value.as_str()) {
                            (ValueType::YesNo, "true") => cell.value = t.msg("collection-yes"),
                            (ValueType::YesNo, "false") => cell.value = t.msg("collection-no"),
                            (ValueType::Choice(options), code) => {
                                if let Some(option) = options.iter().find(|o| o.code == code) {
                                    cell.value = option.name.get(lang).to_owned();
                                }
                            }
                            _ => {}
                        }
                        cell
                    }],
                });
                if !comment.is_empty() {
                    grid.notes.push(comment);
                }
            }
        }
        [rows] => {
            grid.corner = rows.name.get(lang).to_owned();
            grid.inline_comments = true;
            let value_id = format!("{caption_id}-value");
            grid.columns
                .push((value_id.clone(), t.msg("collection-value")));
            for option in &rows.options {
                let row_id = format!("{caption_id}-{}", option.code);
                let cell = make_cell(
                    &option.code,
                    format!("{caption_id} {row_id} {value_id}"),
                    format!("{caption_id} {row_id} {}", grid.comment_header_id),
                );
                if !editable && !cell.comment.is_empty() {
                    grid.notes
                        .push(format!("{}: {}", option.name.get(lang), cell.comment));
                }
                grid.rows.push(GridRow {
                    id: row_id,
                    label: option.name.get(lang).to_owned(),
                    cells: vec![cell],
                });
            }
        }
        [rows, columns, ..] => {
            grid.corner = rows.name.get(lang).to_owned();
            for column in &columns.options {
                grid.columns.push((
                    format!("{caption_id}-{}", column.code),
                    column.name.get(lang).to_owned(),
                ));
            }
            for option in &rows.options {
                let row_id = format!("{caption_id}-{}", option.code);
                let mut cells = Vec::new();
                for column in &columns.options {
                    let combo = format!("{}_{}", option.code, column.code);
                    let column_id = format!("{caption_id}-{}", column.code);
                    let cell = make_cell(
                        &combo,
                        format!("{caption_id} {row_id} {column_id}"),
                        String::new(),
                    );
                    let label = format!("{} – {}", option.name.get(lang), column.name.get(lang));
                    if editable {
                        grid.comment_fields.push(
                            Field::text(
                                &cell.comment_name,
                                t.msg_with("collection-comment-on", "name", label),
                            )
                            .id(format!("c-{code}-{combo}"))
                            .value(cell.comment.clone()),
                        );
                    } else if !cell.comment.is_empty() {
                        grid.notes.push(format!("{label}: {}", cell.comment));
                    }
                    cells.push(cell);
                }
                grid.rows.push(GridRow {
                    id: row_id,
                    label: option.name.get(lang).to_owned(),
                    cells,
                });
            }
        }
    }
    grid
}

// ---------------------------------------------------------------------------------------------
// Completeness and approval.

pub struct CompletenessRow {
    pub code: String,
    pub name: String,
    pub href: String,
    pub state: String,
    pub timeliness: String,
    pub overdue: bool,
    pub completed: String,
    pub may_approve: bool,
    pub may_return: bool,
    pub comment: Field,
}

#[derive(Template)]
#[template(path = "collection/completeness.html")]
pub struct CompletenessPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub filter: Field,
    pub heading: Named,
    /// The period in words (the code stays in `decide`).
    pub period_label: String,
    pub due: String,
    pub summary: Vec<(String, String)>,
    pub rows: Vec<CompletenessRow>,
    pub decide: String,
    pub may_review: bool,
    pub errors: Vec<FieldError>,
}

/// `choices` are (value `set/period`, label); `problem` is (institution, message) of a refused
/// return.
pub fn completeness_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    view: &CompletenessView,
    choices: Vec<Choice>,
    may_review: bool,
    problem: Option<(&str, &str)>,
) -> CompletenessPage<'a> {
    let t = &layout.t;
    let lang = layout.lang.clone();
    let period = view.period.to_string();
    let counts = &view.counts;
    let rate = |rate: Option<f64>| {
        rate.map_or_else(|| "–".to_owned(), |r| format!("{} %", t.number(r, 0)))
    };
    let summary = vec![
        (t.msg("collection-expected"), counts.expected.to_string()),
        (
            t.msg("collection-timeliness-on-time"),
            counts.on_time.to_string(),
        ),
        (t.msg("collection-timeliness-late"), counts.late.to_string()),
        (
            t.msg("collection-timeliness-missing"),
            counts.missing.to_string(),
        ),
        (t.msg("collection-timeliness-open"), counts.open.to_string()),
        (
            t.msg("collection-reporting-rate"),
            rate(counts.reporting_rate()),
        ),
        (t.msg("collection-timely-rate"), rate(counts.timely_rate())),
    ];
    let rows = view
        .rows
        .iter()
        .map(|row| {
            let code = row.institution.code.clone();
            let state = row.form.as_ref().map(|f| f.state);
            let error = problem
                .filter(|(institution, _)| *institution == code)
                .map(|(_, message)| message.to_owned());
            CompletenessRow {
                href: form_href(&view.data_set.code, &period, Some(&code)),
                name: row.institution.name.clone(),
                state: state_label(t, state),
                timeliness: timeliness_label(t, row.timeliness),
                overdue: row.timeliness == Timeliness::Missing,
                completed: row
                    .form
                    .as_ref()
                    .and_then(|f| f.completed_at.as_deref())
                    .map(|at| t.long_date(at))
                    .unwrap_or_default(),
                may_approve: state == Some(FormState::Complete),
                may_return: matches!(state, Some(FormState::Complete | FormState::Approved)),
                comment: Field::text(
                    "kommentar",
                    t.msg_with(
                        "collection-return-reason",
                        "name",
                        row.institution.name.clone(),
                    ),
                )
                .id(format!("kommentar-{code}"))
                .error(error),
                code,
            }
        })
        .collect::<Vec<_>>();
    let errors = rows
        .iter()
        .flat_map(|row: &CompletenessRow| FieldError::of(&[&row.comment]))
        .collect();
    CompletenessPage {
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        filter: Field::select("auswahl", t.msg("collection-choose"), choices),
        heading: named(&view.data_set.name, &lang),
        period_label: period_label(t, view.period),
        due: t.long_date(&view.due.to_string()),
        summary,
        rows,
        decide: format!(
            "/datenerhebung/{}/{period}/entscheidung",
            view.data_set.code
        ),
        may_review,
        errors,
        layout,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::i18n::Locales;

    #[test]
    fn periods_are_words_in_every_language() {
        let locales = Locales::embedded().expect("locales");
        let label = |lang: &str, code: &str| {
            period_label(
                &locales.translator(lang),
                Period::parse(code).expect("a period"),
            )
        };
        assert_eq!(label("de", "2025"), "2025");
        assert_eq!(label("de", "2025Q4"), "4. Quartal 2025");
        assert_eq!(label("de", "202503"), "März 2025");
        assert_eq!(label("de", "202512"), "Dezember 2025");
        assert_eq!(label("en", "2025Q1"), "Q1 2025");
        assert_eq!(label("en", "202501"), "January 2025");
        assert_eq!(label("pl", "202503"), "marzec 2025");
        assert_eq!(label("ru", "2024Q2"), "2-й квартал 2024");
        assert_eq!(label("tr", "2025Q3"), "2025 3. çeyrek");
        for lang in ["ar", "uk"] {
            let text = label(lang, "202511");
            assert!(text.contains("2025") && !text.contains("202511"), "{text}");
        }
    }

    #[test]
    fn a_german_name_is_marked_on_pages_of_other_languages() {
        let text = Text {
            de: "Selbstcheck".into(),
            en: "Self-check".into(),
        };
        assert_eq!(named(&text, "de").lang_attr, "");
        assert_eq!(named(&text, "en").text, "Self-check");
        assert_eq!(named(&text, "en").lang_attr, "");
        for lang in ["tr", "ar", "ru", "uk", "pl"] {
            let shown = named(&text, lang);
            assert_eq!(shown.text, "Selbstcheck");
            assert_eq!(shown.lang_attr, " lang=\"de\"");
        }
    }
}
