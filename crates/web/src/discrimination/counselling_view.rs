//! The counsellors' views: the inbox (held-back reports, reports without a case, cases), one
//! report, and the case record's form with its fields built from the categories.

use std::collections::HashMap;

use askama::Template;
use teilhabe_domain::discrimination::{AggApplies, CaseRecord, Categories, Category};
use teilhabe_store::discrimination::{StoredCase, StoredReport};

use crate::frame::fields::{Choice, Control, Field, FieldError};
use crate::frame::i18n::Translator;
use crate::frame::layout::Layout;

/// A report as a line of the inbox or the head of its page.
pub struct ReportLine {
    pub id: i64,
    /// The code the reporter got: a reporter who calls can be found by it.
    pub receipt: String,
    pub received: String,
    pub month: String,
    pub area: String,
    pub area_lang: String,
    pub district: String,
    pub grounds: String,
    pub counselling: bool,
    pub has_contact: bool,
    pub case_id: Option<i64>,
    pub held_back: bool,
}

pub struct CaseLine {
    pub id: i64,
    pub opened: String,
    pub closed: String,
    pub areas: String,
    pub grounds: String,
    pub outcome: String,
}

fn labels(ids: &[String], list: &[Category], lang: &str) -> String {
    ids.iter()
        .map(|id| {
            list.iter()
                .find(|c| &c.id == id)
                .map(|c| c.label(lang).to_owned())
                .unwrap_or_else(|| id.clone())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn report_line(
    t: &Translator<'_>,
    categories: &Categories,
    districts: &HashMap<String, String>,
    report: &StoredReport,
) -> ReportLine {
    let lang = t.code();
    let (area, area_lang) = categories
        .areas
        .iter()
        .find(|c| c.id == report.area)
        .map(|c| super::label(c, lang))
        .unwrap_or_else(|| (report.area.clone(), String::new()));
    ReportLine {
        id: report.id,
        receipt: report.receipt.clone(),
        received: t.long_date(&report.received_at.to_string()),
        month: report.month.clone(),
        area,
        area_lang,
        district: report
            .district
            .as_ref()
            .map(|code| districts.get(code).cloned().unwrap_or_else(|| code.clone()))
            .unwrap_or_else(|| t.msg("discrimination-not-stated")),
        grounds: labels(&report.grounds, &categories.grounds, lang),
        counselling: report.wants_counselling,
        has_contact: report.has_contact,
        case_id: report.case_id,
        held_back: report.held_back,
    }
}

pub fn case_line(t: &Translator<'_>, categories: &Categories, case: &StoredCase) -> CaseLine {
    let lang = t.code();
    let record = &case.record;
    CaseLine {
        id: case.id,
        opened: t.long_date(&record.opened.to_string()),
        closed: record
            .closed
            .map(|day| t.long_date(&day.to_string()))
            .unwrap_or_else(|| t.msg("discrimination-case-open")),
        areas: labels(&record.areas, &categories.areas, lang),
        grounds: labels(&record.grounds, &categories.grounds, lang),
        outcome: record
            .outcome
            .as_ref()
            .map(|id| labels(std::slice::from_ref(id), &categories.outcomes, lang))
            .unwrap_or_default(),
    }
}

#[derive(Template)]
#[template(path = "discrimination/inbox.html")]
pub struct InboxPage<'a> {
    pub layout: Layout<'a>,
    pub held: Vec<ReportLine>,
    pub waiting: Vec<ReportLine>,
    pub cases: Vec<CaseLine>,
    /// Every case is listed (else the running ones and the recently closed).
    pub all: bool,
}

#[derive(Template)]
#[template(path = "discrimination/report.html")]
pub struct ReportPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub report: ReportLine,
    pub what_happened: String,
    /// Shown after the counsellor asked for it (the read is audited).
    pub contact: Option<String>,
}

/// One group of checkboxes of the case form.
pub struct Group {
    pub name: &'static str,
    pub legend: String,
    pub options: Vec<Choice>,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "discrimination/case_form.html")]
pub struct CaseFormPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub action: String,
    pub version: i64,
    pub report_id: Option<i64>,
    pub errors: Vec<FieldError>,
    pub groups: Vec<Group>,
    pub fields: Vec<Field>,
}

/// What the case form shows: a stored record, or what was sent back with its errors.
pub struct CaseValues {
    pub areas: Vec<String>,
    pub grounds: Vec<String>,
    pub forms: Vec<String>,
    pub level: String,
    pub agg: String,
    pub interventions: Vec<String>,
    pub outcome: String,
    pub opened: String,
    pub closed: String,
    pub notes: String,
}

impl CaseValues {
    pub fn of(record: &CaseRecord) -> CaseValues {
        CaseValues {
            areas: record.areas.clone(),
            grounds: record.grounds.clone(),
            forms: record.forms.clone(),
            level: record.level.clone().unwrap_or_default(),
            agg: record.agg.as_str().to_owned(),
            interventions: record.interventions.clone(),
            outcome: record.outcome.clone().unwrap_or_default(),
            opened: record.opened.to_string(),
            closed: record.closed.map(|d| d.to_string()).unwrap_or_default(),
            notes: record.notes.clone().unwrap_or_default(),
        }
    }
}

fn select(t: &Translator<'_>, name: &str, label: String, list: &[Category], value: &str) -> Field {
    let mut choices = vec![Choice::new("", t.msg("discrimination-not-recorded"), false)];
    choices.extend(super::choices(list, t.code(), &[value.to_owned()]));
    Field::select(name, label, choices)
}

/// The groups and fields of the case form, in the order of the page.
pub fn case_fields(
    t: &Translator<'_>,
    categories: &Categories,
    values: &CaseValues,
    errors: &HashMap<String, String>,
) -> (Vec<Group>, Vec<Field>) {
    let lang = t.code();
    let error = |name: &str| errors.get(name).cloned();
    let group = |name: &'static str, list: &[Category], selected: &[String]| Group {
        name,
        legend: t.msg(&format!("discrimination-case-{name}")),
        options: super::choices(list, lang, selected),
        error: error(name),
    };
    let groups = vec![
        group("areas", &categories.areas, &values.areas),
        group("grounds", &categories.grounds, &values.grounds),
        group("forms", &categories.forms, &values.forms),
        group(
            "interventions",
            &categories.interventions,
            &values.interventions,
        ),
    ];
    let agg = [AggApplies::Unclear, AggApplies::Yes, AggApplies::No]
        .into_iter()
        .map(|agg| {
            Choice::new(
                agg.as_str(),
                t.msg(&format!("discrimination-agg-{}", agg.as_str())),
                values.agg == agg.as_str(),
            )
        })
        .collect();
    let fields = vec![
        select(
            t,
            "level",
            t.msg("discrimination-case-level"),
            &categories.levels,
            &values.level,
        )
        .error(error("level")),
        Field::select("agg", t.msg("discrimination-case-agg"), agg).error(error("agg")),
        select(
            t,
            "outcome",
            t.msg("discrimination-case-outcome"),
            &categories.outcomes,
            &values.outcome,
        )
        .hint(t.msg("discrimination-case-outcome-hint"))
        .error(error("outcome")),
        Field::new(Control::Date, "opened", t.msg("discrimination-case-opened"))
            .value(values.opened.clone())
            .error(error("opened"))
            .required(),
        Field::new(Control::Date, "closed", t.msg("discrimination-case-closed"))
            .value(values.closed.clone())
            .hint(t.msg("discrimination-case-closed-hint"))
            .error(error("closed")),
        Field::text_area("notes", t.msg("discrimination-case-notes"), 5)
            .value(values.notes.clone())
            .hint(t.msg("discrimination-case-notes-hint"))
            .attribute("maxlength", "5000")
            .error(error("notes")),
    ];
    (groups, fields)
}
