//! The view models of the mediation flow: an institution's request form and a request's page,
//! the coordination's queue, a mediator's assignments and the pool. Texts in the page's
//! language; language codes shown with their names (`data/languages.toml`).

use std::collections::HashMap;

use askama::Template;
use teilhabe_domain::city::District;
use teilhabe_domain::languages::Language;
use teilhabe_domain::mediation::matching::{Reason, Suggestions};
use teilhabe_domain::mediation::{
    CancelledBy, Gender, Mediator, Outcome, RefusalReason, Setting, Status, Topic, Transition,
    local_text,
};
use teilhabe_domain::money::Money;
use teilhabe_store::mediation::{AssignmentStatus, StoredAssignment, StoredRequest};

use crate::frame::fields::{Choice, Control, Field, FieldError};
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page};

/// A language code with its name in the page's language and its endonym beside it.
#[derive(Debug, Clone)]
pub struct LanguageName {
    pub code: String,
    pub name: String,
    /// The `lang` of the name where it is not the page's language (English names on Arabic
    /// pages); empty otherwise.
    pub name_lang: String,
    /// The name in the language itself, where it differs from the name shown.
    pub endonym: Option<String>,
}

/// The name of `code` for a page in `ui` (the code itself when the list lacks it).
pub fn language_name(code: &str, ui: &str) -> LanguageName {
    match teilhabe_app::mediation::languages().get(code) {
        // On a page in the language itself, its own name alone.
        Some(language) if ui.split('-').next() == Some(code) => LanguageName {
            code: code.to_owned(),
            name: language.endonym.clone(),
            name_lang: String::new(),
            endonym: None,
        },
        Some(language) => {
            let name_lang = Language::name_language(ui);
            let base = ui.split('-').next().unwrap_or(ui);
            LanguageName {
                code: code.to_owned(),
                name: language.name(ui).to_owned(),
                name_lang: if base == name_lang {
                    String::new()
                } else {
                    name_lang.to_owned()
                },
                endonym: Some(language.endonym.clone()).filter(|e| e != language.name(ui)),
            }
        }
        None => LanguageName {
            code: code.to_owned(),
            name: code.to_owned(),
            name_lang: String::new(),
            endonym: None,
        },
    }
}

/// The label of a language in a select: "Arabisch (العربية)".
pub(super) fn language_label(language: &Language, ui: &str) -> String {
    let name = language.name(ui);
    if language.endonym == name {
        name.to_owned()
    } else {
        format!("{name} ({})", language.endonym)
    }
}

fn euro(t: &Translator<'_>, money: Money) -> String {
    format!("{} €", t.number(money.cents() as f64 / 100.0, 2))
}

// ---- The request form --------------------------------------------------------------------

/// The fields of the request form, in their order on the page.
pub const REQUEST_FIELDS: [&str; 12] = [
    "language",
    "dialect",
    "setting",
    "date",
    "time",
    "minutes",
    "district",
    "address",
    "topic",
    "preferred_gender",
    "legal_consequences",
    "contact_email",
];

#[derive(Template)]
#[template(path = "mediation/request_form.html")]
pub struct RequestFormPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub fields: Vec<Field>,
    pub errors: Vec<FieldError>,
    pub notice_days: usize,
}

/// The form, filled with what was typed (`values`), each error (field → message) under its
/// field and in the summary.
pub fn request_form<'a>(
    layout: Layout<'a>,
    page: &Page,
    districts: &[District],
    values: &HashMap<String, String>,
    errors: &HashMap<String, String>,
) -> RequestFormPage<'a> {
    let t = page.t();
    let ui = page.lang().to_owned();
    let value = |name: &str| values.get(name).cloned().unwrap_or_default();
    let label = |name: &str| t.msg(&format!("mediation-field-{name}"));
    let select = |name: &str, options: Vec<(String, String)>, empty: Option<String>| {
        let current = value(name);
        let mut choices: Vec<Choice> = empty
            .map(|label| vec![Choice::new("", label, current.is_empty())])
            .unwrap_or_default();
        choices.extend(
            options
                .into_iter()
                .map(|(v, l)| Choice::new(v.clone(), l, v == current)),
        );
        Field::select(name, label(name), choices)
    };
    let languages = teilhabe_app::mediation::languages()
        .list
        .iter()
        .filter(|l| l.code != "de")
        .map(|l| (l.code.clone(), language_label(l, &ui)))
        .collect();
    let mut fields = vec![
        select("language", languages, Some(t.msg("mediation-choose"))).required(),
        Field::text("dialect", label("dialect"))
            .value(value("dialect"))
            .hint(t.msg("mediation-hint-dialect")),
        select(
            "setting",
            Setting::ALL
                .iter()
                .map(|s| {
                    (
                        s.as_str().to_owned(),
                        t.msg(&format!("mediation-setting-{}", s.as_str())),
                    )
                })
                .collect(),
            None,
        ),
        Field::new(Control::Date, "date", label("date"))
            .value(value("date"))
            .hint(t.msg("mediation-hint-date"))
            .required(),
        Field::text("time", label("time"))
            .value(value("time"))
            .hint(t.msg("mediation-hint-time"))
            .attribute("autocomplete", "off")
            .required(),
        Field::new(Control::Number, "minutes", label("minutes"))
            .value(value("minutes"))
            .hint(t.msg("mediation-hint-minutes"))
            .attribute("min", "15")
            .attribute("max", "480")
            .required(),
        select(
            "district",
            districts
                .iter()
                .map(|d| (d.code.clone(), d.name.clone()))
                .collect(),
            Some(t.msg("mediation-choose")),
        )
        .required(),
        Field::text("address", label("address"))
            .value(value("address"))
            .hint(t.msg("mediation-hint-address")),
        select(
            "topic",
            Topic::ALL
                .iter()
                .map(|s| {
                    (
                        s.as_str().to_owned(),
                        t.msg(&format!("mediation-topic-{}", s.as_str())),
                    )
                })
                .collect(),
            None,
        ),
        select(
            "preferred_gender",
            Gender::ALL
                .iter()
                .map(|g| {
                    (
                        g.as_str().to_owned(),
                        t.msg(&format!("mediation-gender-{}", g.as_str())),
                    )
                })
                .collect(),
            Some(t.msg("mediation-gender-any")),
        )
        .hint(t.msg("mediation-hint-gender")),
        Field::checkbox(
            "legal_consequences",
            label("legal_consequences"),
            !value("legal_consequences").is_empty(),
        )
        .hint(t.msg("mediation-hint-legal")),
        Field::new(Control::Email, "contact_email", label("contact_email"))
            .value(value("contact_email"))
            .attribute("autocomplete", "email")
            .required(),
    ];
    for field in &mut fields {
        field.error = errors.get(&field.name).cloned();
    }
    let errors = FieldError::of(&fields.iter().collect::<Vec<_>>());
    RequestFormPage {
        layout,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        fields,
        errors,
        notice_days: teilhabe_app::mediation::DEFAULT_NOTICE_DAYS as usize,
    }
}

// ---- A request's page --------------------------------------------------------------------

pub struct Fact {
    pub label: String,
    pub value: String,
}

pub struct ReasonView {
    pub text: String,
    /// Speaks for the candidate (or against).
    pub good: bool,
}

pub struct SuggestionView {
    pub rank: usize,
    pub mediator_id: i64,
    pub name: String,
    pub reasons: Vec<ReasonView>,
}

pub struct ExcludedView {
    pub name: String,
    pub why: String,
}

pub struct AssignmentRow {
    pub mediator: String,
    pub status: String,
    pub minutes: String,
    pub allowance: String,
}

#[derive(Template)]
#[template(path = "mediation/request.html")]
pub struct RequestPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub id: i64,
    pub language: LanguageName,
    pub status: String,
    pub urgent: bool,
    pub facts: Vec<Fact>,
    /// Where this page's forms return to.
    pub coordination: bool,
    pub may_accept: bool,
    pub may_refer: bool,
    pub may_unserved: bool,
    pub may_offer: bool,
    pub may_cancel: bool,
    pub refusal_reasons: Vec<(String, String)>,
    pub suggestions: Vec<SuggestionView>,
    pub excluded: Vec<ExcludedView>,
    pub assignments: Vec<AssignmentRow>,
    /// A problem with the last action (e.g. a cancellation without a reason).
    pub problem: Option<String>,
}

fn reason_view(t: &Translator<'_>, reason: &Reason) -> ReasonView {
    let (text, good) = match reason {
        Reason::Language { level, tested } => (
            t.msg_with(
                if *tested {
                    "mediation-reason-language-tested"
                } else {
                    "mediation-reason-language"
                },
                "level",
                t.msg(&format!("mediation-level-{}", level.as_str())),
            ),
            true,
        ),
        Reason::DialectMatches => (t.msg("mediation-reason-dialect"), true),
        Reason::GenderMatches => (t.msg("mediation-reason-gender-matches"), true),
        Reason::GenderDiffers => (t.msg("mediation-reason-gender-differs"), false),
        Reason::ReachesDistrict => (t.msg("mediation-reason-district"), true),
        Reason::DistrictOutOfReach => (t.msg("mediation-reason-district-out"), false),
        Reason::Remote => (t.msg("mediation-reason-remote"), true),
        Reason::WithinWeeklyAvailability => (t.msg("mediation-reason-available"), true),
        Reason::OutsideWeeklyAvailability => (t.msg("mediation-reason-unavailable"), false),
        Reason::RecentLoad { minutes } => (
            t.msg_with(
                "mediation-reason-load",
                "hours",
                t.number(*minutes as f64 / 60.0, 1),
            ),
            true,
        ),
    };
    ReasonView { text, good }
}

/// What a request page shows and offers.
pub struct RequestData<'r> {
    pub request: &'r StoredRequest,
    pub district_name: String,
    pub coordination: bool,
    pub suggestions: Option<Suggestions>,
    pub assignments: Vec<StoredAssignment>,
    pub problem: Option<String>,
}

pub fn request_page<'a>(layout: Layout<'a>, page: &Page, data: RequestData<'_>) -> RequestPage<'a> {
    let t = page.t();
    let r = data.request;
    let c = &r.content;
    let legal = c.legal_consequences;
    let can = |transition: Transition| r.status.apply(transition, legal).is_ok();
    let yes_no = |flag: bool| {
        t.msg(if flag {
            "mediation-yes"
        } else {
            "mediation-no"
        })
    };
    let mut facts = vec![
        Fact {
            label: t.msg("mediation-appointment"),
            value: local_text(c.starts_at),
        },
        Fact {
            label: t.msg("mediation-field-minutes"),
            value: t.number(f64::from(c.minutes), 0),
        },
        Fact {
            label: t.msg("mediation-setting"),
            value: t.msg(&format!("mediation-setting-{}", c.setting.as_str())),
        },
        Fact {
            label: t.msg("mediation-field-district"),
            value: data.district_name,
        },
        Fact {
            label: t.msg("mediation-field-address"),
            value: c.address.clone(),
        },
        Fact {
            label: t.msg("mediation-field-topic"),
            value: t.msg(&format!("mediation-topic-{}", c.topic.as_str())),
        },
        Fact {
            label: t.msg("mediation-field-preferred_gender"),
            value: match c.preferred_gender {
                Some(g) => t.msg(&format!("mediation-gender-{}", g.as_str())),
                None => t.msg("mediation-gender-any"),
            },
        },
        Fact {
            label: t.msg("mediation-field-legal_consequences"),
            value: yes_no(legal),
        },
        Fact {
            label: t.msg("mediation-field-contact_email"),
            value: c.contact_email.clone(),
        },
    ];
    if let Some(dialect) = &c.dialect {
        facts.insert(
            0,
            Fact {
                label: t.msg("mediation-field-dialect"),
                value: dialect.clone(),
            },
        );
    }
    if data.coordination {
        facts.push(Fact {
            label: t.msg("mediation-institution"),
            value: c.institution.clone(),
        });
    }
    match &r.status {
        Status::Closed(Outcome::Refused { reason }) => facts.push(Fact {
            label: t.msg("mediation-refusal-reason"),
            value: t.msg(&format!("mediation-refusal-{}", reason.as_str())),
        }),
        Status::Closed(Outcome::Cancelled { by, why }) => facts.push(Fact {
            label: t.msg("mediation-cancelled-by"),
            value: format!(
                "{}: {why}",
                t.msg(match by {
                    CancelledBy::Institution => "mediation-cancelled-institution",
                    CancelledBy::Coordination => "mediation-cancelled-coordination",
                })
            ),
        }),
        _ => {}
    }
    let suggestions = data.suggestions.unwrap_or_default();
    RequestPage {
        layout,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        id: r.id,
        language: language_name(&c.language, page.lang()),
        status: t.msg(&format!("mediation-status-{}", r.status.as_str())),
        urgent: r.urgent,
        facts,
        coordination: data.coordination,
        may_accept: data.coordination && can(Transition::Accept),
        may_refer: data.coordination && can(Transition::Refer),
        may_unserved: data.coordination && can(Transition::RecordUnserved),
        may_offer: data.coordination && can(Transition::Offer),
        may_cancel: !r.status.is_closed(),
        refusal_reasons: if data.coordination
            && can(Transition::Refuse(RefusalReason::OutsideRules))
        {
            RefusalReason::ALL
                .iter()
                .map(|r| {
                    (
                        r.as_str().to_owned(),
                        t.msg(&format!("mediation-refusal-{}", r.as_str())),
                    )
                })
                .collect()
        } else {
            Vec::new()
        },
        suggestions: suggestions
            .ranked
            .iter()
            .enumerate()
            .map(|(index, s)| SuggestionView {
                rank: index + 1,
                mediator_id: s.mediator_id,
                name: s.name.clone(),
                reasons: s.reasons.iter().map(|r| reason_view(&t, r)).collect(),
            })
            .collect(),
        excluded: suggestions
            .excluded
            .iter()
            .map(|(_, name, why)| ExcludedView {
                name: name.clone(),
                why: t.msg(&format!("mediation-excluded-{}", why.as_str())),
            })
            .collect(),
        assignments: data
            .assignments
            .iter()
            .map(|a| assignment_row(&t, a))
            .collect(),
        problem: data.problem,
    }
}

fn assignment_row(t: &Translator<'_>, a: &StoredAssignment) -> AssignmentRow {
    AssignmentRow {
        mediator: a.mediator_name.clone(),
        status: t.msg(&format!("mediation-assignment-{}", a.status.as_str())),
        minutes: a.minutes.map(|m| t.number(m as f64, 0)).unwrap_or_default(),
        allowance: a.allowance.map(|m| euro(t, m)).unwrap_or_default(),
    }
}

// ---- Lists -------------------------------------------------------------------------------

pub struct QueueRow {
    pub id: i64,
    pub starts: String,
    pub language: LanguageName,
    pub setting: String,
    pub institution: String,
    pub status: String,
    pub urgent: bool,
}

pub fn queue_rows(page: &Page, list: &[StoredRequest]) -> Vec<QueueRow> {
    let t = page.t();
    list.iter()
        .map(|r| QueueRow {
            id: r.id,
            starts: local_text(r.content.starts_at),
            language: language_name(&r.content.language, page.lang()),
            setting: t.msg(&format!("mediation-setting-{}", r.content.setting.as_str())),
            institution: r.content.institution.clone(),
            status: t.msg(&format!("mediation-status-{}", r.status.as_str())),
            urgent: r.urgent,
        })
        .collect()
}

#[derive(Template)]
#[template(path = "mediation/queue.html")]
pub struct QueuePage<'a> {
    pub layout: Layout<'a>,
    pub rows: Vec<QueueRow>,
}

// ---- A mediator's assignments ------------------------------------------------------------

pub struct MyAssignment {
    pub id: i64,
    pub starts: String,
    pub minutes: String,
    pub language: LanguageName,
    pub setting: String,
    pub address: String,
    pub status: String,
    pub allowance: String,
}

#[derive(Template)]
#[template(path = "mediation/assignments.html")]
pub struct AssignmentsPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub offered: Vec<MyAssignment>,
    pub accepted: Vec<MyAssignment>,
    pub done: Vec<MyAssignment>,
    /// The report form's fields per accepted assignment, with an error where the last report
    /// failed (assignment id, field, message).
    pub report_error: Option<(i64, String, String)>,
}

impl AssignmentsPage<'_> {
    pub fn report_fields(&self, id: &i64) -> Vec<Field> {
        let t = &self.layout.t;
        let error = |name: &str| {
            self.report_error
                .as_ref()
                .filter(|(at, field, _)| at == id && field == name)
                .map(|(_, _, message)| message.clone())
        };
        vec![
            Field::new(
                Control::Number,
                "minutes",
                t.msg("mediation-report-minutes"),
            )
            .id(format!("minutes-{id}"))
            .attribute("min", "1")
            .error(error("minutes")),
            Field::new(Control::Number, "km", t.msg("mediation-report-km"))
                .id(format!("km-{id}"))
                .attribute("min", "0")
                .value("0")
                .error(error("km")),
        ]
    }
}

pub fn assignments_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    list: &[(StoredAssignment, StoredRequest)],
    report_error: Option<(i64, String, String)>,
) -> AssignmentsPage<'a> {
    let t = page.t();
    let view = |(a, r): &(StoredAssignment, StoredRequest)| MyAssignment {
        id: a.id,
        starts: local_text(a.starts_at),
        minutes: t.number(f64::from(r.content.minutes), 0),
        language: language_name(&r.content.language, page.lang()),
        setting: t.msg(&format!("mediation-setting-{}", r.content.setting.as_str())),
        address: r.content.address.clone(),
        status: t.msg(&format!("mediation-assignment-{}", a.status.as_str())),
        allowance: a.allowance.map(|m| euro(&t, m)).unwrap_or_default(),
    };
    let pick = |status: &[AssignmentStatus]| {
        list.iter()
            .filter(|(a, _)| status.contains(&a.status))
            .map(view)
            .collect::<Vec<_>>()
    };
    AssignmentsPage {
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        offered: pick(&[AssignmentStatus::Offered]),
        accepted: pick(&[AssignmentStatus::Accepted]),
        done: pick(&[
            AssignmentStatus::Completed,
            AssignmentStatus::Declined,
            AssignmentStatus::Withdrawn,
        ]),
        report_error,
        layout,
    }
}

// ---- The pool ----------------------------------------------------------------------------

pub struct PoolRow {
    pub id: i64,
    pub name: String,
    pub languages: Vec<LanguageName>,
    pub gender: String,
    pub settings: String,
    pub active: bool,
    pub linked: bool,
    /// Documents lapsed or lapsing within the reminder period, named.
    pub lapsing: Vec<String>,
}

#[derive(Template)]
#[template(path = "mediation/pool.html")]
pub struct PoolPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub rows: Vec<PoolRow>,
    pub days: i64,
    pub link_error: Option<(i64, String)>,
    pub exports: ExportForm,
}

/// The download forms of the pool page: what was typed and the errors by field (`monat`,
/// `jahr`).
#[derive(Debug, Clone, Default)]
pub struct ExportForm {
    pub month: String,
    pub year: String,
    pub errors: Vec<(String, String)>,
}

impl ExportForm {
    /// Last month and this year, in the city's time zone.
    pub fn defaults(today: jiff::civil::Date) -> Self {
        let last = today.first_of_month().yesterday().unwrap_or(today);
        ExportForm {
            month: last.strftime("%Y-%m").to_string(),
            year: today.year().to_string(),
            errors: Vec::new(),
        }
    }

    fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|(name, _)| name == field)
            .map(|(_, message)| message.clone())
    }
}

impl PoolPage<'_> {
    /// The download forms' errors, for the summary at their top.
    pub fn export_errors(&self) -> Vec<FieldError> {
        FieldError::of(&[&self.month_field(), &self.year_field()])
    }

    pub fn month_field(&self) -> Field {
        Field::text("monat", self.layout.t.msg("mediation-exports-month"))
            .hint(self.layout.t.msg("mediation-exports-month-hint"))
            .value(self.exports.month.clone())
            .attribute("autocomplete", "off")
            .error(
                self.exports
                    .error("monat")
                    .map(|_| self.layout.t.msg("mediation-exports-month-error")),
            )
    }

    pub fn year_field(&self) -> Field {
        Field::new(
            Control::Number,
            "jahr",
            self.layout.t.msg("mediation-exports-year"),
        )
        .value(self.exports.year.clone())
        .attribute("inputmode", "numeric")
        .error(
            self.exports
                .error("jahr")
                .map(|_| self.layout.t.msg("mediation-exports-year-error")),
        )
    }

    pub fn login_field(&self, id: &i64) -> Field {
        Field::text("login", self.layout.t.msg("mediation-pool-login"))
            .id(format!("login-{id}"))
            .attribute("autocomplete", "off")
            .error(
                self.link_error
                    .as_ref()
                    .filter(|(at, _)| at == id)
                    .map(|(_, message)| message.clone()),
            )
    }
}

pub fn pool_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    pool: &[Mediator],
    today: jiff::civil::Date,
    days: i64,
    link_error: Option<(i64, String)>,
    exports: ExportForm,
) -> PoolPage<'a> {
    let t = page.t();
    PoolPage {
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        rows: pool
            .iter()
            .map(|m| PoolRow {
                id: m.id,
                name: m.record.name.clone(),
                languages: m
                    .record
                    .languages
                    .iter()
                    .map(|l| language_name(&l.language, page.lang()))
                    .collect(),
                gender: t.msg(&format!("mediation-gender-{}", m.record.gender.as_str())),
                settings: m
                    .record
                    .settings
                    .iter()
                    .map(|s| t.msg(&format!("mediation-setting-{}", s.as_str())))
                    .collect::<Vec<_>>()
                    .join(", "),
                active: m.record.active,
                linked: m.user_id.is_some(),
                lapsing: m
                    .record
                    .lapsing(today, days)
                    .into_iter()
                    .map(|(document, until)| {
                        let document = t.msg(&format!("mediation-document-{document}"));
                        match until {
                            Some(until) => format!("{document}: {until}"),
                            None => document,
                        }
                    })
                    .collect(),
            })
            .collect(),
        days,
        link_error,
        exports,
        layout,
    }
}
