//! The pool form (`/sprachmittlung/pool/neu`, `/sprachmittlung/pool/{id}/bearbeiten`): the
//! coordination keeps a mediator's record; and the availability page
//! (`/sprachmittlung/pool/{id}/verfuegbarkeit`, `/sprachmittlung/verfuegbarkeit` for one's own):
//! a mediator keeps their own weekly availability and absences. The use cases decide who may
//! (`save_record`: the coordination; `save_availability`: the mediator themselves or the
//! coordination); the record's validation is the domain's. This module reads the form (what it
//! cannot read is reported by field, with the rest checked at once) and shows every error under
//! its field or group and in the summary, in the page's language.

use std::collections::BTreeMap;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::{Date, Time};
use teilhabe_app::AppError;
use teilhabe_app::mediation;
use teilhabe_domain::city::District;
use teilhabe_domain::mediation::{
    Absence, DinTopic, Gender, LanguageSkill, Level, Mediator, MediatorRecord, Setting, WeeklySlot,
};
use teilhabe_domain::money::Money;

use super::flow_view::language_label;
use crate::frame::fields::{Choice, Control, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::i18n::Translator;
use crate::frame::{Layout, OrPage, Page, PageError};

/// Rows the form reads at most per group (a mediator with more languages is unheard of).
const MAX_ROWS: usize = 40;
/// Empty rows offered below the filled ones, so one more can be added without script.
const SPARE_ROWS: usize = 2;

/// Errors by field name (`name`, `languages`, `weekly`…): the message in the page's language.
type Errors = BTreeMap<String, String>;

fn message(t: &Translator<'_>, field: &str) -> String {
    t.msg(&format!("mediation-record-error-{field}"))
}

// ---- Reading the form ----------------------------------------------------------------------

/// A row's value, by group prefix and index (`language-0`).
fn cell<'f>(form: &'f FormData, name: &str, index: usize) -> &'f str {
    form.get(&format!("{name}-{index}"))
}

fn time_minute(value: &str) -> Option<u16> {
    if value == "24:00" {
        return Some(24 * 60);
    }
    let time = value.parse::<Time>().ok()?;
    u16::try_from(i32::from(time.hour()) * 60 + i32::from(time.minute())).ok()
}

fn minute_text(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// The weekly windows of the form; `weekly` in `errors` for a row it cannot read.
fn read_weekly(form: &FormData, errors: &mut Vec<&'static str>) -> Vec<WeeklySlot> {
    let mut slots = Vec::new();
    for index in 0..MAX_ROWS {
        let (day, from, to) = (
            cell(form, "weekday", index),
            cell(form, "from", index),
            cell(form, "to", index),
        );
        if day.is_empty() && from.is_empty() && to.is_empty() {
            continue;
        }
        let weekday = day.parse::<i8>().ok().filter(|d| (1..=7).contains(d));
        match (weekday, time_minute(from), time_minute(to)) {
            (Some(weekday), Some(from_minute), Some(to_minute)) => slots.push(WeeklySlot {
                weekday,
                from_minute,
                to_minute,
            }),
            _ => errors.push("weekly"),
        }
    }
    slots
}

/// The absences of the form; `absences` in `errors` for a row it cannot read.
fn read_absences(form: &FormData, errors: &mut Vec<&'static str>) -> Vec<Absence> {
    let mut list = Vec::new();
    for index in 0..MAX_ROWS {
        let (from, to) = (
            cell(form, "absent_from", index),
            cell(form, "absent_to", index),
        );
        if from.is_empty() && to.is_empty() {
            continue;
        }
        // One day: the end may be left empty.
        let to = if to.is_empty() { from } else { to };
        match (from.parse::<Date>(), to.parse::<Date>()) {
            (Ok(from), Ok(to)) => list.push(Absence { from, to }),
            _ => errors.push("absences"),
        }
    }
    list
}

fn read_date(value: &str, field: &'static str, errors: &mut Vec<&'static str>) -> Option<Date> {
    if value.is_empty() {
        return None;
    }
    let date = value.parse::<Date>().ok();
    if date.is_none() {
        errors.push(field);
    }
    date
}

fn read_money(value: &str, field: &'static str, errors: &mut Vec<&'static str>) -> Money {
    match Money::parse(value) {
        Ok(money) => money,
        Err(_) => {
            errors.push(field);
            Money::ZERO
        }
    }
}

/// The record of the form and the fields it could not read (the record is then incomplete and
/// only checked for the rest).
fn read_record(form: &FormData) -> (MediatorRecord, Vec<&'static str>) {
    let mut errors = Vec::new();
    let gender = Gender::parse(form.get("gender"));
    if gender.is_none() {
        errors.push("gender");
    }
    let mut languages = Vec::new();
    for index in 0..MAX_ROWS {
        let (code, dialect, own, tested) = (
            cell(form, "language", index),
            cell(form, "dialect", index),
            cell(form, "self_declared", index),
            cell(form, "tested", index),
        );
        if code.is_empty() && dialect.is_empty() && own.is_empty() && tested.is_empty() {
            continue;
        }
        let tested = match tested {
            "" => Some(None),
            other => Level::parse(other).map(Some),
        };
        match (Level::parse(own), tested, code.is_empty()) {
            (Some(self_declared), Some(tested), false) => languages.push(LanguageSkill {
                language: code.to_owned(),
                dialect: Some(dialect.to_owned()).filter(|d| !d.is_empty()),
                self_declared,
                tested,
            }),
            _ => errors.push("languages"),
        }
    }
    let mut settings = Vec::new();
    for value in form.all("settings") {
        match Setting::parse(value) {
            Some(setting) => settings.push(setting),
            None => errors.push("settings"),
        }
    }
    let mut din_topics = Vec::new();
    for value in form.all("din_topics") {
        match DinTopic::parse(value) {
            Some(topic) => din_topics.push(topic),
            None => errors.push("din_topics"),
        }
    }
    let weekly = read_weekly(form, &mut errors);
    let absences = read_absences(form, &mut errors);
    let record = MediatorRecord {
        name: form.get("name").to_owned(),
        email: form.get("email").to_owned(),
        gender: gender.unwrap_or(Gender::Diverse),
        languages,
        districts: form
            .all("districts")
            .into_iter()
            .map(String::from)
            .collect(),
        settings,
        weekly,
        absences,
        din_topics,
        pledge_until: read_date(form.get("pledge_until"), "pledge_until", &mut errors),
        good_conduct_until: read_date(
            form.get("good_conduct_until"),
            "good_conduct_until",
            &mut errors,
        ),
        rate_per_hour: read_money(form.get("rate_per_hour"), "rate_per_hour", &mut errors),
        rate_per_km: read_money(form.get("rate_per_km"), "rate_per_km", &mut errors),
        active: form.has("active"),
    };
    (record, errors)
}

// ---- Views -----------------------------------------------------------------------------------

/// One row of a repeated group (a language, a weekly window, an absence), its own fieldset.
pub struct Row {
    pub legend: String,
    pub fields: Vec<Field>,
}

/// A group of rows with one legend, hint and error.
pub struct Group {
    pub id: String,
    pub legend: String,
    pub hint: String,
    pub error: Option<String>,
    pub rows: Vec<Row>,
}

impl Group {
    fn summary(&self) -> Option<FieldError> {
        self.error.as_ref().map(|message| FieldError {
            id: self.id.clone(),
            label: self.legend.clone(),
            message: message.clone(),
        })
    }
}

/// A group of checkboxes (districts, settings, DIN topics).
pub struct Checks {
    pub name: String,
    pub legend: String,
    pub options: Vec<Choice>,
    pub error: Option<String>,
}

impl Checks {
    fn summary(&self) -> Option<FieldError> {
        self.error.as_ref().map(|message| FieldError {
            id: self.name.clone(),
            label: self.legend.clone(),
            message: message.clone(),
        })
    }
}

fn select(name: String, label: String, choices: Vec<(String, String)>, current: &str) -> Field {
    let options = choices
        .into_iter()
        .map(|(value, label)| {
            let selected = value == current;
            Choice::new(value, label, selected)
        })
        .collect();
    Field::select(&name, label, options)
}

fn weekday_choices(t: &Translator<'_>) -> Vec<(String, String)> {
    let mut list = vec![(String::new(), t.msg("mediation-choose"))];
    for (number, day) in ["mo", "tu", "we", "th", "fr", "sa", "su"]
        .iter()
        .enumerate()
    {
        list.push((
            (number + 1).to_string(),
            t.msg(&format!("offers-weekday-{day}")),
        ));
    }
    list
}

/// The weekly windows as rows: those of the record (or as typed), then empty ones.
fn weekly_group(t: &Translator<'_>, form: Option<&FormData>, record: &MediatorRecord) -> Group {
    let typed: Vec<[String; 3]> = match form {
        Some(form) => (0..MAX_ROWS)
            .map(|i| {
                [
                    cell(form, "weekday", i).to_owned(),
                    cell(form, "from", i).to_owned(),
                    cell(form, "to", i).to_owned(),
                ]
            })
            .filter(|row| row.iter().any(|v| !v.is_empty()))
            .collect(),
        None => record
            .weekly
            .iter()
            .map(|s| {
                [
                    s.weekday.to_string(),
                    minute_text(s.from_minute),
                    minute_text(s.to_minute),
                ]
            })
            .collect(),
    };
    let days = weekday_choices(t);
    let count = typed.len() + SPARE_ROWS.max(3 - typed.len().min(3));
    let rows = (0..count)
        .map(|i| {
            let empty = Default::default();
            let [day, from, to] = typed.get(i).unwrap_or(&empty);
            Row {
                legend: t.msg_with("mediation-record-slot", "n", (i + 1).to_string()),
                fields: vec![
                    select(
                        format!("weekday-{i}"),
                        t.msg("offers-weekday"),
                        days.clone(),
                        day,
                    ),
                    Field::text(&format!("from-{i}"), t.msg("mediation-record-from"))
                        .value(from.clone())
                        .attribute("autocomplete", "off")
                        .attribute("size", "5"),
                    Field::text(&format!("to-{i}"), t.msg("mediation-record-to"))
                        .value(to.clone())
                        .attribute("autocomplete", "off")
                        .attribute("size", "5"),
                ],
            }
        })
        .collect();
    Group {
        id: "weekly".into(),
        legend: t.msg("mediation-record-weekly"),
        hint: t.msg("mediation-record-weekly-hint"),
        error: None,
        rows,
    }
}

fn absences_group(t: &Translator<'_>, form: Option<&FormData>, record: &MediatorRecord) -> Group {
    let typed: Vec<[String; 2]> = match form {
        Some(form) => (0..MAX_ROWS)
            .map(|i| {
                [
                    cell(form, "absent_from", i).to_owned(),
                    cell(form, "absent_to", i).to_owned(),
                ]
            })
            .filter(|row| row.iter().any(|v| !v.is_empty()))
            .collect(),
        None => record
            .absences
            .iter()
            .map(|a| [a.from.to_string(), a.to.to_string()])
            .collect(),
    };
    let rows = (0..typed.len() + SPARE_ROWS)
        .map(|i| {
            let empty = Default::default();
            let [from, to] = typed.get(i).unwrap_or(&empty);
            Row {
                legend: t.msg_with("mediation-record-absence", "n", (i + 1).to_string()),
                fields: vec![
                    Field::new(
                        Control::Date,
                        &format!("absent_from-{i}"),
                        t.msg("mediation-record-absent-from"),
                    )
                    .value(from.clone()),
                    Field::new(
                        Control::Date,
                        &format!("absent_to-{i}"),
                        t.msg("mediation-record-absent-to"),
                    )
                    .value(to.clone()),
                ],
            }
        })
        .collect();
    Group {
        id: "absences".into(),
        legend: t.msg("mediation-record-absences"),
        hint: t.msg("mediation-record-absences-hint"),
        error: None,
        rows,
    }
}

fn languages_group(
    t: &Translator<'_>,
    ui: &str,
    form: Option<&FormData>,
    record: &MediatorRecord,
) -> Group {
    let typed: Vec<[String; 4]> = match form {
        Some(form) => (0..MAX_ROWS)
            .map(|i| {
                [
                    cell(form, "language", i).to_owned(),
                    cell(form, "dialect", i).to_owned(),
                    cell(form, "self_declared", i).to_owned(),
                    cell(form, "tested", i).to_owned(),
                ]
            })
            .filter(|row| row.iter().any(|v| !v.is_empty()))
            .collect(),
        None => record
            .languages
            .iter()
            .map(|s| {
                [
                    s.language.clone(),
                    s.dialect.clone().unwrap_or_default(),
                    s.self_declared.as_str().to_owned(),
                    s.tested.map(|l| l.as_str().to_owned()).unwrap_or_default(),
                ]
            })
            .collect(),
    };
    let mut names = vec![(String::new(), t.msg("mediation-choose"))];
    names.extend(
        mediation::languages()
            .list
            .iter()
            .filter(|l| l.code != "de")
            .map(|l| (l.code.clone(), language_label(l, ui))),
    );
    let levels: Vec<(String, String)> = Level::ALL
        .iter()
        .map(|l| {
            (
                l.as_str().to_owned(),
                t.msg(&format!("mediation-level-{}", l.as_str())),
            )
        })
        .collect();
    let mut own_levels = vec![(String::new(), t.msg("mediation-choose"))];
    own_levels.extend(levels.clone());
    let mut tested_levels = vec![(String::new(), t.msg("mediation-record-untested"))];
    tested_levels.extend(levels);
    let rows = (0..typed.len() + SPARE_ROWS)
        .map(|i| {
            let empty = Default::default();
            let [code, dialect, own, tested] = typed.get(i).unwrap_or(&empty);
            Row {
                legend: t.msg_with("mediation-record-language", "n", (i + 1).to_string()),
                fields: vec![
                    select(
                        format!("language-{i}"),
                        t.msg("mediation-field-language"),
                        names.clone(),
                        code,
                    ),
                    Field::text(&format!("dialect-{i}"), t.msg("mediation-field-dialect"))
                        .value(dialect.clone()),
                    select(
                        format!("self_declared-{i}"),
                        t.msg("mediation-record-self-declared"),
                        own_levels.clone(),
                        own,
                    ),
                    select(
                        format!("tested-{i}"),
                        t.msg("mediation-record-tested"),
                        tested_levels.clone(),
                        tested,
                    ),
                ],
            }
        })
        .collect();
    Group {
        id: "languages".into(),
        legend: t.msg("mediation-record-languages"),
        hint: t.msg("mediation-record-languages-hint"),
        error: None,
        rows,
    }
}

#[derive(Template)]
#[template(path = "mediation/pool_form.html")]
pub struct RecordPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub action: String,
    pub person: Vec<Field>,
    pub languages: Group,
    pub checks: Vec<Checks>,
    pub weekly: Group,
    pub absences: Group,
    pub documents: Vec<Field>,
    pub errors: Vec<FieldError>,
}

/// The record form: filled from `form` when it is shown again with errors, else from `record`.
fn record_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    action: String,
    districts: &[District],
    record: &MediatorRecord,
    form: Option<&FormData>,
    errors: &Errors,
) -> RecordPage<'a> {
    let t = page.t();
    let value = |name: &str, stored: String| match form {
        Some(form) => form.get(name).to_owned(),
        None => stored,
    };
    let label = |name: &str| t.msg(&format!("mediation-record-{name}"));
    let error = |name: &str| errors.get(name).cloned();
    let genders = Gender::ALL
        .iter()
        .map(|g| {
            (
                g.as_str().to_owned(),
                t.msg(&format!("mediation-gender-{}", g.as_str())),
            )
        })
        .collect();
    let person = vec![
        Field::text("name", label("name"))
            .value(value("name", record.name.clone()))
            .attribute("autocomplete", "off")
            .required()
            .error(error("name")),
        Field::new(Control::Email, "email", label("email"))
            .value(value("email", record.email.clone()))
            .attribute("autocomplete", "off")
            .required()
            .error(error("email")),
        select(
            "gender".into(),
            label("gender"),
            genders,
            &value("gender", record.gender.as_str().to_owned()),
        )
        .error(error("gender")),
        Field::checkbox(
            "active",
            label("active"),
            form.map_or(record.active, |f| f.has("active")),
        )
        .hint(t.msg("mediation-record-active-hint")),
    ];
    let chosen = |name: &str, stored: Vec<String>| match form {
        Some(form) => form.all(name).into_iter().map(String::from).collect(),
        None => stored,
    };
    let districts_chosen = chosen("districts", record.districts.clone());
    let settings_chosen = chosen(
        "settings",
        record
            .settings
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
    );
    let topics_chosen = chosen(
        "din_topics",
        record
            .din_topics
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect(),
    );
    let checks = vec![
        Checks {
            name: "settings".into(),
            legend: label("settings"),
            options: Setting::ALL
                .iter()
                .map(|s| {
                    Choice::new(
                        s.as_str(),
                        t.msg(&format!("mediation-setting-{}", s.as_str())),
                        settings_chosen.iter().any(|c| c == s.as_str()),
                    )
                })
                .collect(),
            error: error("settings"),
        },
        Checks {
            name: "districts".into(),
            legend: label("districts"),
            options: districts
                .iter()
                .map(|d| {
                    Choice::new(
                        d.code.clone(),
                        d.name.clone(),
                        districts_chosen.contains(&d.code),
                    )
                })
                .collect(),
            error: error("districts"),
        },
        Checks {
            name: "din_topics".into(),
            legend: label("din_topics"),
            options: DinTopic::ALL
                .iter()
                .map(|d| {
                    Choice::new(
                        d.as_str(),
                        t.msg(&format!("mediation-din-{}", d.as_str())),
                        topics_chosen.iter().any(|c| c == d.as_str()),
                    )
                })
                .collect(),
            error: error("din_topics"),
        },
    ];
    let date_text = |date: Option<Date>| date.map(|d| d.to_string()).unwrap_or_default();
    let money_text = |money: Money| t.number(money.cents() as f64 / 100.0, 2);
    let documents = vec![
        Field::new(Control::Date, "pledge_until", label("pledge_until"))
            .value(value("pledge_until", date_text(record.pledge_until)))
            .error(error("pledge_until")),
        Field::new(
            Control::Date,
            "good_conduct_until",
            label("good_conduct_until"),
        )
        .value(value(
            "good_conduct_until",
            date_text(record.good_conduct_until),
        ))
        .error(error("good_conduct_until")),
        Field::text("rate_per_hour", label("rate_per_hour"))
            .value(value("rate_per_hour", money_text(record.rate_per_hour)))
            .hint(t.msg("mediation-record-rate-hint"))
            .attribute("inputmode", "decimal")
            .attribute("autocomplete", "off")
            .error(error("rate_per_hour")),
        Field::text("rate_per_km", label("rate_per_km"))
            .value(value("rate_per_km", money_text(record.rate_per_km)))
            .hint(t.msg("mediation-record-rate-hint"))
            .attribute("inputmode", "decimal")
            .attribute("autocomplete", "off")
            .error(error("rate_per_km")),
    ];
    let mut languages = languages_group(&t, page.lang(), form, record);
    languages.error = error("languages");
    let mut weekly = weekly_group(&t, form, record);
    weekly.error = error("weekly");
    let mut absences = absences_group(&t, form, record);
    absences.error = error("absences");
    let mut summary = FieldError::of(&person.iter().collect::<Vec<_>>());
    summary.extend(languages.summary());
    summary.extend(checks.iter().filter_map(Checks::summary));
    summary.extend(weekly.summary());
    summary.extend(absences.summary());
    summary.extend(FieldError::of(&documents.iter().collect::<Vec<_>>()));
    RecordPage {
        layout,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        action,
        person,
        languages,
        checks,
        weekly,
        absences,
        documents,
        errors: summary,
    }
}

#[derive(Template)]
#[template(path = "mediation/availability.html")]
pub struct AvailabilityPage<'a> {
    pub layout: Layout<'a>,
    pub csrf: String,
    pub id: i64,
    pub weekly: Group,
    pub absences: Group,
    pub errors: Vec<FieldError>,
}

fn availability_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    mediator: &Mediator,
    form: Option<&FormData>,
    errors: &Errors,
) -> AvailabilityPage<'a> {
    let t = page.t();
    let mut weekly = weekly_group(&t, form, &mediator.record);
    weekly.error = errors.get("weekly").cloned();
    let mut absences = absences_group(&t, form, &mediator.record);
    absences.error = errors.get("absences").cloned();
    let errors = weekly
        .summary()
        .into_iter()
        .chain(absences.summary())
        .collect();
    AvailabilityPage {
        layout,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        id: mediator.id,
        weekly,
        absences,
        errors,
    }
}

// ---- Handlers --------------------------------------------------------------------------------

/// A new record's defaults: active, the usual allowance (15 €/h, 0.30 €/km), nothing else.
fn blank() -> MediatorRecord {
    MediatorRecord {
        name: String::new(),
        email: String::new(),
        gender: Gender::Female,
        languages: Vec::new(),
        districts: Vec::new(),
        settings: vec![Setting::InPerson],
        weekly: Vec::new(),
        absences: Vec::new(),
        din_topics: Vec::new(),
        pledge_until: None,
        good_conduct_until: None,
        rate_per_hour: Money::from_cents(1500),
        rate_per_km: Money::from_cents(30),
        active: true,
    }
}

fn render_record(
    page: &Page,
    id: Option<i64>,
    districts: &[District],
    record: &MediatorRecord,
    form: Option<&FormData>,
    errors: &Errors,
) -> Response {
    let t = page.t();
    let (title, action) = match id {
        Some(id) => (
            t.msg_with("mediation-record-edit-title", "name", record.name.clone()),
            format!("/sprachmittlung/pool/{id}/bearbeiten"),
        ),
        None => (
            t.msg("mediation-record-new-title"),
            "/sprachmittlung/pool/neu".to_owned(),
        ),
    };
    let layout = page.layout(None, super::NAV_POOL, title);
    let view = record_page(layout, page, action, districts, record, form, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page.render(status, &view)
}

/// Errors of a use case by field, in the page's language; other failures as their page.
fn use_case_errors(page: &Page, error: AppError, errors: &mut Errors) -> Result<(), PageError> {
    match error {
        AppError::Invalid(problems) => {
            let t = page.t();
            for problem in problems {
                let text = message(&t, &problem.field);
                errors.entry(problem.field).or_insert(text);
            }
            Ok(())
        }
        other => Err(page.refused(other)),
    }
}

pub async fn new_record(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    // The pool is the coordination's: asked of the use case before showing the form.
    mediation::mediators(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(&page)?;
    let districts = page.districts().await?;
    Ok(render_record(
        &page,
        None,
        &districts,
        &blank(),
        None,
        &Errors::new(),
    ))
}

pub async fn edit_record(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    page.require_account()?;
    let found = mediation::mediator(page.state.store(), &page.viewer.visitor, id)
        .await
        .or_page(&page)?;
    let districts = page.districts().await?;
    Ok(render_record(
        &page,
        Some(id),
        &districts,
        &found.record,
        None,
        &Errors::new(),
    ))
}

async fn save_record(page: Page, id: Option<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let t = page.t();
    let (record, unreadable) = read_record(&form);
    let mut errors: Errors = unreadable
        .iter()
        .map(|field| (field.to_string(), message(&t, field)))
        .collect();
    // The rest is checked by the use case even when some fields were unreadable, so every
    // error shows at once; it stores only a record the form could read completely.
    let districts = page.districts().await?;
    if errors.is_empty() {
        match mediation::save_record(store, visitor, id, &record, now).await {
            Ok(saved) => {
                return Ok(Page::see_other(&format!(
                    "/sprachmittlung/pool#mittler-{saved}"
                )));
            }
            Err(error) => use_case_errors(&page, error, &mut errors)?,
        }
    } else {
        // Authorisation first: another role learns nothing about what it typed.
        mediation::mediators(store, visitor).await.or_page(&page)?;
        let codes: Vec<&str> = districts.iter().map(|d| d.code.as_str()).collect();
        for problem in record.validate(&codes) {
            let text = message(&t, problem.field);
            errors.entry(problem.field.to_owned()).or_insert(text);
        }
    }
    let shown = match id {
        Some(id) => {
            mediation::mediator(store, visitor, id)
                .await
                .or_page(&page)?
                .record
        }
        None => record,
    };
    Ok(render_record(
        &page,
        id,
        &districts,
        &shown,
        Some(&form),
        &errors,
    ))
}

pub async fn create_record(page: Page, body: Bytes) -> Result<Response, PageError> {
    save_record(page, None, body).await
}

pub async fn update_record(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    save_record(page, Some(id), body).await
}

// ---- Availability ----------------------------------------------------------------------------

/// A mediator's own availability page: to the page of their record.
pub async fn own_availability(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    let me = mediation::own_record(page.state.store(), &page.viewer.visitor)
        .await
        .or_page(&page)?;
    Ok(Page::see_other(&format!(
        "/sprachmittlung/pool/{}/verfuegbarkeit",
        me.id
    )))
}

fn render_availability(
    page: &Page,
    mediator: &Mediator,
    form: Option<&FormData>,
    errors: &Errors,
) -> Response {
    let t = page.t();
    let nav = if teilhabe_domain::mediation::access::is_mediator(&page.viewer.visitor) {
        super::NAV_AVAILABILITY
    } else {
        super::NAV_POOL
    };
    let layout = page.layout(
        None,
        nav,
        t.msg_with(
            "mediation-availability-title",
            "name",
            mediator.record.name.clone(),
        ),
    );
    let view = availability_page(layout, page, mediator, form, errors);
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    page.render(status, &view)
}

pub async fn availability(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    page.require_account()?;
    let found = mediation::availability(page.state.store(), &page.viewer.visitor, id)
        .await
        .or_page(&page)?;
    Ok(render_availability(&page, &found, None, &Errors::new()))
}

pub async fn save_availability(
    page: Page,
    Path(id): Path<i64>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    // Whose page it is is decided first: someone else's is refused whatever was typed.
    let found = mediation::availability(store, visitor, id)
        .await
        .or_page(&page)?;
    let t = page.t();
    let mut unreadable = Vec::new();
    let weekly = read_weekly(&form, &mut unreadable);
    let absences = read_absences(&form, &mut unreadable);
    let mut errors: Errors = unreadable
        .iter()
        .map(|field| (field.to_string(), message(&t, field)))
        .collect();
    if errors.is_empty() {
        match mediation::save_availability(store, visitor, id, weekly, absences, now).await {
            Ok(()) => {
                return Ok(Page::see_other(&format!(
                    "/sprachmittlung/pool/{id}/verfuegbarkeit"
                )));
            }
            Err(error) => use_case_errors(&page, error, &mut errors)?,
        }
    } else {
        // Nothing is stored; the readable rows are still checked, so every error shows at once.
        let mut record = found.record.clone();
        record.weekly = weekly;
        record.absences = absences;
        for problem in record.validate(&[]) {
            if problem.field == "weekly" || problem.field == "absences" {
                let text = message(&t, problem.field);
                errors.entry(problem.field.to_owned()).or_insert(text);
            }
        }
    }
    Ok(render_availability(&page, &found, Some(&form), &errors))
}
