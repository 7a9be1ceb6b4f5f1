//! Data from institutions (issue 16): reporters enter their institution's forms, the
//! statistics office watches completeness and approves or returns forms, reminders are queued,
//! values travel in DHIS2's dataValueSets layout ([`files`]). Authorisation is decided here,
//! once: a reporter acts only for the institution `institutions::own_institution` names.

pub mod files;
pub mod publish;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use teilhabe_domain::access::{Role, Visitor};
use teilhabe_domain::collection::completeness::{Completeness, Timeliness};
use teilhabe_domain::collection::{self as domain, Catalog, DataSet, Outcome, Period, access};
use teilhabe_domain::institution::Institution;
use teilhabe_store::Store;
use teilhabe_store::collection::{
    CollectionError, DefinitionsLoad, FormKey, FormState, Reminder, StoredForm, StoredValue,
    ValueChange,
};
use teilhabe_store::institutions::StoredInstitution;
use teilhabe_store::mail::NewMail;

use crate::error::{Actor, AppError, Problem};
use crate::institutions::own_institution;

/// The calendar day of `now`. Days are counted in UTC (the server has no time-zone database);
/// a deadline therefore ends at 01:00 or 02:00 German time.
pub fn today(now: Timestamp) -> Date {
    now.to_zoned(TimeZone::UTC).date()
}

impl From<CollectionError> for AppError {
    fn from(error: CollectionError) -> Self {
        match error {
            CollectionError::State(key, state) => AppError::Forbidden(format!(
                "the form {} is {} and cannot be changed",
                key.entity_id(),
                state.as_str()
            )),
            CollectionError::NotFound => AppError::NotFound,
            CollectionError::Store(error) => error.into(),
        }
    }
}

/// Who may load the definitions: administrators, the statistics office and the operator.
fn may_load(actor: &Actor) -> Result<(), AppError> {
    match actor {
        Actor::Operator(_) => Ok(()),
        Actor::Visitor(visitor) if access::may_review(visitor) => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only the statistics office loads data sets",
        )),
    }
}

/// Checks a folder's files and stores them (all or nothing); every problem is returned with
/// its file, line and column.
pub async fn load_definitions(
    store: &Store,
    actor: &Actor,
    files: &[(String, String)],
    now: Timestamp,
) -> Result<DefinitionsLoad, AppError> {
    may_load(actor)?;
    Catalog::parse(files).map_err(|problems| {
        AppError::Invalid(
            problems
                .iter()
                .map(|p| {
                    Problem::new(
                        format!("{}:{}:{}", p.file, p.position.line, p.position.column),
                        p.message.clone(),
                    )
                })
                .collect(),
        )
    })?;
    Ok(store
        .save_collection_definitions(files, &actor.name(), now)
        .await?)
}

/// The stored data sets (an empty catalogue when none are loaded).
pub async fn catalog(store: &Store) -> Result<Catalog, AppError> {
    let files: Vec<(String, String)> = store
        .collection_definitions()
        .await?
        .into_iter()
        .map(|stored| (stored.file, stored.source))
        .collect();
    Catalog::parse(&files).map_err(|problems| {
        AppError::Unready(format!(
            "the stored data sets cannot be read: {}",
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        ))
    })
}

/// One form an institution is expected to report.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpectedForm {
    pub data_set: DataSet,
    pub period: Period,
    pub due: Date,
    pub expiry: Date,
    pub state: Option<FormState>,
    pub timeliness: Timeliness,
}

/// The periods of `set` open for entry on `today`: begun, and not past their expiry day;
/// newest first.
pub fn open_periods(set: &DataSet, today: Date) -> Vec<Period> {
    let mut periods = Vec::new();
    let mut period = Period::containing(set.period_type, today);
    while set.expiry_date(period) >= today && periods.len() < 60 {
        periods.push(period);
        period = period.previous();
    }
    periods
}

fn completed_day(form: Option<&StoredForm>) -> Option<Date> {
    let form = form?;
    if matches!(form.state, FormState::Complete | FormState::Approved) {
        form.completed_at
            .as_deref()
            .and_then(|at| at.parse::<Timestamp>().ok())
            .map(today)
    } else {
        None
    }
}

/// A reporter's open forms: every period still open of every data set assigned to its
/// institution, with deadline and state.
pub async fn open_forms(
    store: &Store,
    visitor: &Visitor,
    now: Timestamp,
) -> Result<(StoredInstitution, Vec<ExpectedForm>), AppError> {
    if !access::may_report(visitor) {
        return Err(AppError::refuse(visitor, "only reporters enter forms"));
    }
    let institution = own_institution(store, visitor).await?;
    let catalog = catalog(store).await?;
    let stored = store
        .collection_forms_of(&institution.institution.code)
        .await?;
    let day = today(now);
    let mut forms = Vec::new();
    for set in catalog.assigned_to(&institution.institution) {
        for period in open_periods(set, day) {
            let form = stored
                .iter()
                .find(|f| f.key.data_set == set.code && f.key.period == period.to_string());
            forms.push(ExpectedForm {
                data_set: set.clone(),
                period,
                due: set.due_date(period),
                expiry: set.expiry_date(period),
                state: form.map(|f| f.state),
                timeliness: Timeliness::of(completed_day(form), set.due_date(period), day),
            });
        }
    }
    forms.sort_by_key(|form| (form.due, form.data_set.code.clone()));
    Ok((institution, forms))
}

/// One form with its values and the rules' outcomes.
#[derive(Debug, Clone, PartialEq)]
pub struct FormView {
    pub institution: Institution,
    pub data_set: DataSet,
    pub catalog: Catalog,
    pub period: Period,
    pub due: Date,
    pub expiry: Date,
    pub form: Option<StoredForm>,
    pub values: Vec<StoredValue>,
    /// Each rule's index and outcome, in the data set's order.
    pub outcomes: Vec<(usize, Outcome)>,
    /// The indexes of the high-importance rules that fail.
    pub blocking: Vec<usize>,
    /// Whether the visitor may enter values now.
    pub editable: bool,
}

impl FormView {
    pub fn state(&self) -> FormState {
        self.form.as_ref().map_or(FormState::Draft, |f| f.state)
    }

    pub fn value(&self, element: &str, combo: &str) -> Option<&StoredValue> {
        self.values
            .iter()
            .find(|v| v.element == element && v.combo == combo)
    }
}

/// Resolves which institution's form the visitor may open: a reporter its own (another
/// institution is "not found", so codes are not probed), reviewers and staff any.
async fn scoped_institution(
    store: &Store,
    visitor: &Visitor,
    institution: Option<&str>,
) -> Result<Institution, AppError> {
    if access::may_report(visitor) {
        let own = own_institution(store, visitor).await?;
        return match institution {
            Some(code) if code != own.institution.code => Err(AppError::NotFound),
            _ => Ok(own.institution),
        };
    }
    if !access::may_read_all(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only reporters and the statistics office open forms",
        ));
    }
    let code = institution.ok_or(AppError::NotFound)?;
    store
        .institution(code)
        .await?
        .map(|stored| stored.institution)
        .ok_or(AppError::NotFound)
}

fn data_set_and_period(
    catalog: &Catalog,
    data_set: &str,
    period: &str,
) -> Result<(DataSet, Period), AppError> {
    let set = catalog
        .data_set(data_set)
        .ok_or(AppError::NotFound)?
        .clone();
    let period = Period::parse(period)
        .filter(|p| p.period_type() == set.period_type)
        .ok_or(AppError::NotFound)?;
    Ok((set, period))
}

/// Opens a form (reporters: their own institution's; reviewers and staff: any).
pub async fn form(
    store: &Store,
    visitor: &Visitor,
    data_set: &str,
    period: &str,
    institution: Option<&str>,
    now: Timestamp,
) -> Result<FormView, AppError> {
    let institution = scoped_institution(store, visitor, institution).await?;
    let catalog = catalog(store).await?;
    let (set, period) = data_set_and_period(&catalog, data_set, period)?;
    if !set.assignment.includes(&institution) {
        return Err(AppError::NotFound);
    }
    let key = FormKey {
        data_set: set.code.clone(),
        period: period.to_string(),
        institution: institution.code.clone(),
    };
    let form = store.collection_form(&key).await?;
    let values = store.collection_values(&key).await?;
    let triples: Vec<_> = values
        .iter()
        .map(|v| (v.element.clone(), v.combo.clone(), v.value.clone()))
        .collect();
    let outcomes = catalog.evaluate(&set, &triples);
    let blocking = domain::blocking(&set, &outcomes);
    let day = today(now);
    let editable = access::may_report(visitor)
        && form.as_ref().is_none_or(|f| f.state.open_for_entry())
        && period.start() <= day
        && day <= set.expiry_date(period);
    Ok(FormView {
        institution,
        due: set.due_date(period),
        expiry: set.expiry_date(period),
        data_set: set,
        catalog,
        period,
        form,
        values,
        outcomes,
        blocking,
        editable,
    })
}

/// One entered cell: `value` empty removes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    pub element: String,
    pub combo: String,
    pub value: String,
    pub comment: String,
}

/// Checks entries against the data set: known element and combination, a value of the
/// element's type. Problems name `element.combo`.
pub fn check_entries(
    catalog: &Catalog,
    set: &DataSet,
    entries: &[Entry],
) -> Result<Vec<ValueChange>, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    for entry in entries {
        let field = format!("{}.{}", entry.element, entry.combo);
        let Some(element) = set.element(&entry.element) else {
            problems.push(Problem::new(
                field,
                format!("unknown data element `{}`", entry.element),
            ));
            continue;
        };
        if !catalog.combos(element).contains(&entry.combo) {
            problems.push(Problem::new(
                field,
                format!("unknown category option combination `{}`", entry.combo),
            ));
            continue;
        }
        let comment = entry.comment.trim();
        if comment.chars().count() > 2000 {
            problems.push(Problem::new(
                field,
                "the comment is longer than 2000 characters",
            ));
            continue;
        }
        let value = if entry.value.trim().is_empty() {
            None
        } else {
            match element.value_type.check(&entry.value) {
                Ok(value) => Some(value),
                Err(message) => {
                    problems.push(Problem::new(field, message));
                    continue;
                }
            }
        };
        changes.push(ValueChange {
            element: entry.element.clone(),
            combo: entry.combo.clone(),
            value,
            comment: (!comment.is_empty()).then(|| comment.to_owned()),
            follow_up: false,
        });
    }
    if problems.is_empty() {
        Ok(changes)
    } else {
        Err(problems)
    }
}

/// Saves a reporter's draft (all entries or none) and returns the form with the rules'
/// outcomes.
pub async fn save_draft(
    store: &Store,
    visitor: &Visitor,
    data_set: &str,
    period: &str,
    entries: &[Entry],
    now: Timestamp,
) -> Result<FormView, AppError> {
    if !access::may_report(visitor) {
        return Err(AppError::refuse(visitor, "only reporters enter forms"));
    }
    let view = form(store, visitor, data_set, period, None, now).await?;
    if !view.editable {
        return Err(AppError::Forbidden(format!(
            "the form is {} or not open for entry",
            view.state().as_str()
        )));
    }
    let changes =
        check_entries(&view.catalog, &view.data_set, entries).map_err(AppError::Invalid)?;
    store
        .save_collection_values(&key_of(&view), &changes, &actor(visitor), now)
        .await?;
    form(store, visitor, data_set, period, None, now).await
}

fn key_of(view: &FormView) -> FormKey {
    FormKey {
        data_set: view.data_set.code.clone(),
        period: view.period.to_string(),
        institution: view.institution.code.clone(),
    }
}

fn actor(visitor: &Visitor) -> String {
    visitor
        .principal()
        .map(|p| p.actor.clone())
        .unwrap_or_else(|| "public".to_owned())
}

/// Marks the reporter's form complete: refused while a compulsory element has no value or a
/// high-importance rule fails (each named).
pub async fn complete(
    store: &Store,
    visitor: &Visitor,
    data_set: &str,
    period: &str,
    now: Timestamp,
) -> Result<FormView, AppError> {
    if !access::may_report(visitor) {
        return Err(AppError::refuse(visitor, "only reporters complete forms"));
    }
    let view = form(store, visitor, data_set, period, None, now).await?;
    if !view.editable {
        return Err(AppError::Forbidden(format!(
            "the form is {} or not open for entry",
            view.state().as_str()
        )));
    }
    let mut problems = Vec::new();
    for element in view.data_set.elements.iter().filter(|e| e.compulsory) {
        if !view.values.iter().any(|v| v.element == element.code) {
            problems.push(Problem::new(
                element.code.clone(),
                format!("„{}“ is compulsory", element.name.de),
            ));
        }
    }
    for index in &view.blocking {
        if let Some(rule) = view.data_set.rules.get(*index) {
            problems.push(Problem::new(
                format!("rule:{}", rule.code),
                rule.text.de.clone(),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    store
        .set_collection_state(
            &key_of(&view),
            &[FormState::Draft, FormState::Returned],
            FormState::Complete,
            None,
            &actor(visitor),
            now,
        )
        .await?;
    form(store, visitor, data_set, period, None, now).await
}

/// Approves a complete form (the statistics office): its values count from now on.
pub async fn approve(
    store: &Store,
    visitor: &Visitor,
    key: &FormKey,
    now: Timestamp,
) -> Result<(), AppError> {
    if !access::may_review(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only the statistics office approves forms",
        ));
    }
    Ok(store
        .set_collection_state(
            key,
            &[FormState::Complete],
            FormState::Approved,
            None,
            &actor(visitor),
            now,
        )
        .await?)
}

/// Returns a complete or approved form to its institution with a comment.
pub async fn return_form(
    store: &Store,
    visitor: &Visitor,
    key: &FormKey,
    comment: &str,
    now: Timestamp,
) -> Result<(), AppError> {
    if !access::may_review(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only the statistics office returns forms",
        ));
    }
    let comment = comment.trim();
    if comment.is_empty() || comment.chars().count() > 2000 {
        return Err(AppError::Invalid(vec![Problem::new(
            "comment",
            "say why the form is returned (up to 2000 characters)",
        )]));
    }
    Ok(store
        .set_collection_state(
            key,
            &[FormState::Complete, FormState::Approved],
            FormState::Returned,
            Some(comment),
            &actor(visitor),
            now,
        )
        .await?)
}

/// One expected form in the completeness view.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletenessRow {
    pub institution: Institution,
    pub form: Option<StoredForm>,
    pub timeliness: Timeliness,
}

/// Who reported a data set's period, on time or late, and the rates.
#[derive(Debug, Clone, PartialEq)]
pub struct CompletenessView {
    pub data_set: DataSet,
    pub period: Period,
    pub due: Date,
    pub rows: Vec<CompletenessRow>,
    pub counts: Completeness,
}

/// Completeness of a data set's period: every active institution the data set is assigned
/// to is expected (statistics office, administrators and staff).
pub async fn completeness(
    store: &Store,
    visitor: &Visitor,
    data_set: &str,
    period: &str,
    now: Timestamp,
) -> Result<CompletenessView, AppError> {
    if !access::may_read_all(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only the city's staff see completeness",
        ));
    }
    completeness_of(store, data_set, period, now).await
}

pub(crate) async fn completeness_of(
    store: &Store,
    data_set: &str,
    period: &str,
    now: Timestamp,
) -> Result<CompletenessView, AppError> {
    let catalog = catalog(store).await?;
    let (set, period) = data_set_and_period(&catalog, data_set, period)?;
    let forms = store
        .collection_forms(&set.code, &period.to_string())
        .await?;
    let due = set.due_date(period);
    let day = today(now);
    let rows: Vec<CompletenessRow> = store
        .institutions()
        .await?
        .into_iter()
        .filter(|stored| stored.active && set.assignment.includes(&stored.institution))
        .map(|stored| {
            let form = forms
                .iter()
                .find(|f| f.key.institution == stored.institution.code)
                .cloned();
            CompletenessRow {
                timeliness: Timeliness::of(completed_day(form.as_ref()), due, day),
                institution: stored.institution,
                form,
            }
        })
        .collect();
    let counts = Completeness::count(rows.iter().map(|row| row.timeliness));
    Ok(CompletenessView {
        data_set: set,
        period,
        due,
        rows,
        counts,
    })
}

/// Days before the due day on which a reminder goes out, and the weekly rhythm after it.
const BEFORE: [i64; 2] = [7, 1];
const AFTER_EVERY: i64 = 7;

/// The reminder day due on `today` for a form due on `due` that expires on `expiry`: the
/// latest scheduled day (7 and 1 days before the due day, then 1, 8, 15… days after it)
/// that is not after today, with its kind. None before the first or after the expiry day.
pub fn reminder_day(due: Date, expiry: Date, today: Date) -> Option<(Date, &'static str)> {
    if today > expiry {
        return None;
    }
    let offset = i64::from((today - due).get_days());
    let scheduled = if offset > 0 {
        1 + (offset - 1) / AFTER_EVERY * AFTER_EVERY
    } else if offset >= -BEFORE[1] {
        -BEFORE[1]
    } else if offset >= -BEFORE[0] {
        -BEFORE[0]
    } else {
        return None;
    };
    let day = due.checked_add(jiff::Span::new().days(scheduled)).ok()?;
    Some((day, if scheduled > 0 { "after" } else { "before" }))
}

/// Queues reminders for every form not yet completed whose reminder day has come; at most
/// one per form and day, however often it runs. Addressed to the reporter accounts of each
/// institution (`account:<login>`: accounts have no e-mail address yet; the sender resolves
/// it). Returns how many forms were reminded.
pub async fn queue_reminders(
    store: &Store,
    actor: &Actor,
    now: Timestamp,
) -> Result<usize, AppError> {
    may_load(actor)?;
    let catalog = catalog(store).await?;
    let day = today(now);
    let institutions = store.institutions().await?;
    let memberships = store.institution_memberships().await?;
    let mut reporters: Vec<(String, String)> = Vec::new();
    for (user_id, code) in memberships {
        if let Some(user) = store.user(user_id).await?
            && user.active
            && user.role == Role::Reporter
        {
            reporters.push((code, user.login));
        }
    }
    let mut reminders = Vec::new();
    for set in &catalog.data_sets {
        for period in open_periods(set, day) {
            let due = set.due_date(period);
            let Some((when, kind)) = reminder_day(due, set.expiry_date(period), day) else {
                continue;
            };
            let forms = store
                .collection_forms(&set.code, &period.to_string())
                .await?;
            for stored in institutions
                .iter()
                .filter(|s| s.active && set.assignment.includes(&s.institution))
            {
                let form = forms
                    .iter()
                    .find(|f| f.key.institution == stored.institution.code);
                if form.is_some_and(|f| !f.state.open_for_entry()) {
                    continue;
                }
                let mails: Vec<NewMail> = reporters
                    .iter()
                    .filter(|(code, _)| code == &stored.institution.code)
                    .map(|(_, login)| NewMail {
                        recipient: crate::mail::to_account(login),
                        subject: format!("Erinnerung: {} – {period}", set.name.de),
                        body: format!(
                            "Guten Tag,\n\n{} meldet für „{}“ den Zeitraum {period}. Die Meldung ist fällig am {due}{}.\n\nDatenerhebung: /datenerhebung\n",
                            stored.institution.name,
                            set.name.de,
                            if kind == "after" { " und steht noch aus" } else { "" },
                        ),
                        calendar: None,
                        digest_key: Some(format!("collection:{}:{period}", set.code)),
                        not_before: None,
                    })
                    .collect();
                if mails.is_empty() {
                    continue;
                }
                reminders.push(Reminder {
                    key: FormKey {
                        data_set: set.code.clone(),
                        period: period.to_string(),
                        institution: stored.institution.code.clone(),
                    },
                    day: when.to_string(),
                    kind: kind.to_owned(),
                    mails,
                });
            }
        }
    }
    Ok(store.queue_collection_reminders(&reminders, now).await?)
}

/// Completeness for the operator's command line.
pub async fn completeness_for_operator(
    store: &Store,
    data_set: &str,
    period: &str,
    now: Timestamp,
) -> Result<CompletenessView, AppError> {
    completeness_of(store, data_set, period, now).await
}

/// How many earlier periods of its own the self-check's scores go back.
const HISTORY: usize = 4;

fn self_check_score(set: &DataSet, values: &[StoredValue]) -> Vec<domain::selfcheck::Score> {
    domain::selfcheck::scores(set, &|element: &str| {
        values
            .iter()
            .find(|v| v.element == element)
            .and_then(|v| v.value.parse::<u32>().ok())
    })
}

/// The self-check's scores of a form (per area, then overall) and those of the institution's
/// earlier periods that have values (up to four, oldest first), for comparison with its own
/// past. Empty for a data set without areas. The view comes from [`form`], which decided who
/// may read it.
pub async fn self_check_scores(
    store: &Store,
    view: &FormView,
) -> Result<SelfCheckScores, AppError> {
    if view.data_set.areas.is_empty() {
        return Ok(SelfCheckScores::default());
    }
    let mut history = Vec::new();
    let mut period = view.period;
    for _ in 0..HISTORY {
        period = period.previous();
        let values = store
            .collection_values(&FormKey {
                data_set: view.data_set.code.clone(),
                period: period.to_string(),
                institution: view.institution.code.clone(),
            })
            .await?;
        if !values.is_empty() {
            history.push((period, self_check_score(&view.data_set, &values)));
        }
    }
    history.reverse();
    Ok(SelfCheckScores {
        current: self_check_score(&view.data_set, &view.values),
        history,
    })
}

/// The scores [`self_check_scores`] returns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SelfCheckScores {
    pub current: Vec<domain::selfcheck::Score>,
    /// Earlier periods with values, oldest first.
    pub history: Vec<(Period, Vec<domain::selfcheck::Score>)>,
}

/// An institution's self-check beside the anonymous distribution of its kind.
#[derive(Debug, Clone, PartialEq)]
pub struct SelfCheckComparison {
    pub period: Period,
    /// Per area in the data set's order, then overall (area `""`).
    pub areas: Vec<domain::comparison::AreaComparison>,
}

/// Compares a self-check form's scores with the approved self-checks of the same period of
/// the other active institutions of the same kind (quartiles, shown only when at least three
/// answered an area: `domain::collection::comparison`). For the institution's reporters and
/// the statistics office (and administrators); a reporter only for its own institution
/// ([`form`] scopes it). A data set without areas is "not found".
pub async fn self_check_comparison(
    store: &Store,
    visitor: &Visitor,
    data_set: &str,
    period: &str,
    institution: Option<&str>,
    now: Timestamp,
) -> Result<SelfCheckComparison, AppError> {
    if !access::may_report(visitor) && !access::may_review(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only the institution's reporters and the statistics office compare self-checks",
        ));
    }
    let view = form(store, visitor, data_set, period, institution, now).await?;
    if view.data_set.areas.is_empty() {
        return Err(AppError::NotFound);
    }
    let own_code = &view.institution.code;
    let kind = view.institution.kind;
    let peers: Vec<String> = store
        .institutions()
        .await?
        .into_iter()
        .filter(|stored| {
            stored.active && stored.institution.kind == kind && stored.institution.code != *own_code
        })
        .map(|stored| stored.institution.code)
        .collect();
    let approved = store
        .approved_collection_values(&view.data_set.code, &view.period.to_string())
        .await?;
    let others: Vec<Vec<domain::selfcheck::Score>> = peers
        .iter()
        .map(|code| {
            let values: Vec<StoredValue> = approved
                .iter()
                .filter(|v| &v.institution == code)
                .cloned()
                .collect();
            values
        })
        .filter(|values| !values.is_empty())
        .map(|values| self_check_score(&view.data_set, &values))
        .collect();
    let own = self_check_score(&view.data_set, &view.values);
    Ok(SelfCheckComparison {
        period: view.period,
        areas: domain::comparison::compare(&own, &others),
    })
}
