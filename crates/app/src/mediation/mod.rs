//! Language mediation use cases. Authorisation is decided here, once:
//!
//! - institutions (role requester, through [`institutions::own_institution`]) create and cancel
//!   requests and see only their own;
//! - the coordination office (role mediation-coordinator, and administrators) manages the pool,
//!   sees every request, checks it (accept, refer, refuse with a reason, unserved), gets
//!   matching suggestions and offers assignments;
//! - mediators (role mediator, linked to a pool record by `mediators.user_id`) see only their
//!   offers and assignments, accept or decline, and report hours and kilometres;
//! - the public sees only the aggregated demand ([`demand`]), through disclosure control.
//!
//! E-mails are queued in the transaction of the change they report (the outbox); the SMTP
//! sender delivers them.

mod demand;
mod exports;
mod mails;

use jiff::{SignedDuration, Timestamp};
use teilhabe_domain::access::Visitor;
use teilhabe_domain::mediation::access::{is_mediator, may_coordinate, may_request};
use teilhabe_domain::mediation::matching::{Candidate, Suggestions, suggest};
use teilhabe_domain::mediation::{
    Absence, CancelledBy, Gender, Mediator, MediatorRecord, RefusalReason, RequestContent, Setting,
    Status, Topic, Transition, WeeklySlot, allowance,
};
use teilhabe_store::Store;
use teilhabe_store::mediation::{Completion, MediationError, StoredAssignment, StoredRequest};

pub use demand::{
    Demand, FORMAT, FundingCosts, OutcomeCounts, SERVED_INDICATOR, SOURCE, UNSERVED_INDICATOR,
    accounting_csv, demand, outcome_counts, pool_settings, publish, publish_monthly,
    served_observation, unserved_count, unserved_observation,
};
pub use exports::{ACCOUNTING_COLUMNS, TOTAL, accounting_file, annual_report, report_columns};

use crate::error::{Actor, AppError, Problem};
use crate::institutions;

/// The notice period in working days below which a request is urgent, unless configured.
pub use teilhabe_domain::mediation::DEFAULT_NOTICE_DAYS;

impl From<MediationError> for AppError {
    fn from(error: MediationError) -> Self {
        match error {
            MediationError::Store(error) => error.into(),
            MediationError::NotFound => AppError::NotFound,
            MediationError::Booked => AppError::Invalid(vec![Problem::new(
                "mediator",
                "the mediator is already booked at that time",
            )]),
            MediationError::OfferClosed => AppError::Invalid(vec![Problem::new(
                "assignment",
                "this offer is no longer open",
            )]),
            MediationError::Transition(error) => {
                AppError::Invalid(vec![Problem::new("status", error.to_string())])
            }
        }
    }
}

fn problems(list: Vec<teilhabe_domain::mediation::Problem>) -> AppError {
    AppError::Invalid(
        list.into_iter()
            .map(|p| Problem::new(p.field, p.message))
            .collect(),
    )
}

fn actor_name(visitor: &Visitor) -> String {
    Actor::Visitor(visitor.clone()).name()
}

fn coordinate(visitor: &Visitor) -> Result<(), AppError> {
    if may_coordinate(visitor) {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            "only the mediation coordination does this",
        ))
    }
}

/// The public holidays the notice period skips (NRW, `data/holidays/nw.toml`, as the offers).
pub fn holidays() -> Vec<jiff::civil::Date> {
    crate::offers::holidays()
}

/// The district codes of the city (the first city with a stored concept).
pub async fn district_codes(store: &Store) -> Result<Vec<String>, AppError> {
    let Some(city) = store.cities().await?.into_iter().next() else {
        return Ok(Vec::new());
    };
    Ok(store
        .city_settings(&city)
        .await?
        .districts
        .into_iter()
        .map(|d| d.code)
        .collect())
}

// ---- The pool ----------------------------------------------------------------------------

/// Every mediator: the coordination only.
pub async fn mediators(store: &Store, visitor: &Visitor) -> Result<Vec<Mediator>, AppError> {
    coordinate(visitor)?;
    Ok(store.mediators().await?)
}

pub async fn mediator(store: &Store, visitor: &Visitor, id: i64) -> Result<Mediator, AppError> {
    coordinate(visitor)?;
    store.mediator(id).await?.ok_or(AppError::NotFound)
}

/// Adds (`id` None) or changes a mediator; `login` links the account the mediator signs in
/// with (role mediator). The coordination only (or the operator).
pub async fn save_mediator(
    store: &Store,
    actor: &Actor,
    id: Option<i64>,
    login: Option<&str>,
    record: &MediatorRecord,
    now: Timestamp,
) -> Result<i64, AppError> {
    if let Actor::Visitor(visitor) = actor {
        coordinate(visitor)?;
    }
    let districts = district_codes(store).await?;
    let codes: Vec<&str> = districts.iter().map(String::as_str).collect();
    let found = record.validate(&codes);
    if !found.is_empty() {
        return Err(problems(found));
    }
    let user_id = match login.map(str::trim).filter(|l| !l.is_empty()) {
        Some(login) => {
            let user = store.user_by_login(login).await?.ok_or_else(|| {
                AppError::Invalid(vec![Problem::new("login", format!("no account `{login}`"))])
            })?;
            if user.role != teilhabe_domain::access::Role::Mediator {
                return Err(AppError::Invalid(vec![Problem::new(
                    "login",
                    format!("`{login}` is no mediator account"),
                )]));
            }
            Some(user.id)
        }
        None => None,
    };
    match store
        .save_mediator(id, user_id, record, &actor.name(), now)
        .await
    {
        Err(teilhabe_store::StoreError::Duplicate(message)) => {
            Err(AppError::Invalid(vec![Problem::new("login", message)]))
        }
        other => Ok(other?),
    }
}

/// The coordination adds (`id` None) or changes a pool record from the pool form, keeping the
/// account it is linked to. Every problem names its field (the domain's validation). Returns the
/// id.
pub async fn save_record(
    store: &Store,
    visitor: &Visitor,
    id: Option<i64>,
    record: &MediatorRecord,
    now: Timestamp,
) -> Result<i64, AppError> {
    coordinate(visitor)?;
    let user_id = match id {
        Some(id) => store.mediator(id).await?.ok_or(AppError::NotFound)?.user_id,
        None => None,
    };
    validate_record(store, record).await?;
    Ok(store
        .save_mediator(id, user_id, record, &actor_name(visitor), now)
        .await?)
}

async fn validate_record(store: &Store, record: &MediatorRecord) -> Result<(), AppError> {
    let districts = district_codes(store).await?;
    let codes: Vec<&str> = districts.iter().map(String::as_str).collect();
    let found = record.validate(&codes);
    if found.is_empty() {
        Ok(())
    } else {
        Err(problems(found))
    }
}

/// Whose availability the visitor may see and change: the coordination any mediator's, a
/// mediator only their own (another's is refused).
async fn availability_of(store: &Store, visitor: &Visitor, id: i64) -> Result<Mediator, AppError> {
    if may_coordinate(visitor) {
        return store.mediator(id).await?.ok_or(AppError::NotFound);
    }
    let me = own_record(store, visitor).await?;
    if me.id == id {
        Ok(me)
    } else {
        Err(AppError::refuse(
            visitor,
            "a mediator keeps only their own availability",
        ))
    }
}

/// A mediator's record for the availability page: the coordination any, a mediator their own.
pub async fn availability(store: &Store, visitor: &Visitor, id: i64) -> Result<Mediator, AppError> {
    availability_of(store, visitor, id).await
}

/// Replaces the weekly availability and the absences of mediator `id`, keeping the rest of the
/// record: the mediator themselves or the coordination. Checked by the record's validation.
pub async fn save_availability(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    weekly: Vec<WeeklySlot>,
    absences: Vec<Absence>,
    now: Timestamp,
) -> Result<(), AppError> {
    let found = availability_of(store, visitor, id).await?;
    let mut record = found.record;
    record.weekly = weekly;
    record.absences = absences;
    // Only the two fields changed here count: an older record's other problems are the
    // coordination's to mend, not the mediator's.
    let districts = district_codes(store).await?;
    let codes: Vec<&str> = districts.iter().map(String::as_str).collect();
    let found_problems: Vec<_> = record
        .validate(&codes)
        .into_iter()
        .filter(|p| p.field == "weekly" || p.field == "absences")
        .collect();
    if !found_problems.is_empty() {
        return Err(problems(found_problems));
    }
    store
        .save_mediator(Some(id), found.user_id, &record, &actor_name(visitor), now)
        .await?;
    Ok(())
}

// ---- Requests ----------------------------------------------------------------------------

/// What an institution fills in; the institution itself comes from the account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestInput {
    pub language: String,
    pub dialect: Option<String>,
    pub setting: Setting,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub district: String,
    pub address: String,
    pub topic: Topic,
    pub preferred_gender: Option<Gender>,
    pub legal_consequences: bool,
    pub contact_email: String,
}

/// An institution requests a mediator; urgent when fewer than `notice_days` working days
/// ahead (public holidays are no working days). Returns the request's id.
pub async fn create_request(
    store: &Store,
    visitor: &Visitor,
    input: RequestInput,
    notice_days: u32,
    now: Timestamp,
) -> Result<i64, AppError> {
    if !may_request(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only institutions request mediation",
        ));
    }
    let institution = institutions::own_institution(store, visitor).await?;
    let content = RequestContent {
        institution: institution.institution.code,
        language: input.language.trim().to_lowercase(),
        dialect: input
            .dialect
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty()),
        setting: input.setting,
        starts_at: input.starts_at,
        minutes: input.minutes,
        district: input.district,
        address: input.address.trim().to_owned(),
        topic: input.topic,
        preferred_gender: input.preferred_gender,
        legal_consequences: input.legal_consequences,
        contact_email: input.contact_email.trim().to_owned(),
    };
    let districts = district_codes(store).await?;
    let codes: Vec<&str> = districts.iter().map(String::as_str).collect();
    let found = content.validate(&codes, now);
    if !found.is_empty() {
        return Err(problems(found));
    }
    let urgent = content.is_urgent(now, notice_days, &holidays());
    let mails = vec![mails::received(&content)];
    Ok(store
        .create_request(&content, urgent, &actor_name(visitor), now, &mails)
        .await?)
}

/// The requests the visitor may see: an institution its own, the coordination all.
pub async fn requests(store: &Store, visitor: &Visitor) -> Result<Vec<StoredRequest>, AppError> {
    if may_coordinate(visitor) {
        return Ok(store.mediation_requests(None).await?);
    }
    if may_request(visitor) {
        let own = institutions::own_institution(store, visitor).await?;
        return Ok(store
            .mediation_requests(Some(&own.institution.code))
            .await?);
    }
    Err(AppError::refuse(
        visitor,
        "only institutions and the coordination see requests",
    ))
}

/// One request: the coordination any, an institution its own (another's is not found).
pub async fn request(store: &Store, visitor: &Visitor, id: i64) -> Result<StoredRequest, AppError> {
    if !may_coordinate(visitor) && !may_request(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only institutions and the coordination see requests",
        ));
    }
    let found = store
        .mediation_request(id)
        .await?
        .ok_or(AppError::NotFound)?;
    if may_coordinate(visitor) {
        return Ok(found);
    }
    let own = institutions::own_institution(store, visitor).await?;
    if found.content.institution == own.institution.code {
        Ok(found)
    } else {
        Err(AppError::NotFound)
    }
}

/// What the coordination decides after checking a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Accept,
    Refer,
    Refuse(RefusalReason),
    Unserved,
}

/// The coordination checks a request (or records that nobody could take it).
pub async fn decide(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    decision: Decision,
    now: Timestamp,
) -> Result<Status, AppError> {
    coordinate(visitor)?;
    let found = store
        .mediation_request(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let transition = match decision {
        Decision::Accept => Transition::Accept,
        Decision::Refer => Transition::Refer,
        Decision::Refuse(reason) => Transition::Refuse(reason),
        Decision::Unserved => Transition::RecordUnserved,
    };
    let mails = match decision {
        Decision::Accept => vec![],
        _ => vec![mails::decided(&found, decision)],
    };
    Ok(store
        .transition_request(id, transition, &actor_name(visitor), now, &mails)
        .await?)
}

/// Cancels a request: its institution or the coordination, with a reason. Everybody involved
/// (the institution's contact, the mediator of an open offer or assignment) is told.
pub async fn cancel(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    why: &str,
    now: Timestamp,
) -> Result<Status, AppError> {
    let found = request(store, visitor, id).await?;
    let by = if may_coordinate(visitor) {
        CancelledBy::Coordination
    } else {
        CancelledBy::Institution
    };
    if why.trim().is_empty() {
        return Err(AppError::Invalid(vec![Problem::new(
            "why",
            "a cancellation needs a reason",
        )]));
    }
    // The institution holds an invitation once a mediator accepted; a mediator once offered.
    let institution_invited = found.status == Status::Assigned;
    let mut recipients = vec![(found.content.contact_email.clone(), institution_invited)];
    for assignment in store.assignments(None, Some(id)).await? {
        if matches!(
            assignment.status,
            teilhabe_store::mediation::AssignmentStatus::Offered
                | teilhabe_store::mediation::AssignmentStatus::Accepted
        ) && let Some(mediator) = store.mediator(assignment.mediator_id).await?
        {
            recipients.push((mediator.record.email, true));
        }
    }
    let mails = recipients
        .iter()
        .map(|(to, invited)| mails::cancelled(&found, to, *invited, now))
        .collect::<Vec<_>>();
    Ok(store
        .transition_request(
            id,
            Transition::Cancel {
                by,
                why: why.to_owned(),
            },
            &actor_name(visitor),
            now,
            &mails,
        )
        .await?)
}

// ---- Matching and offers -----------------------------------------------------------------

/// How far back the fair load looks.
pub const LOAD_WINDOW: SignedDuration = SignedDuration::from_hours(28 * 24);

/// Matching suggestions for a request, best first, with the reasons: the coordination only.
pub async fn suggestions(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    now: Timestamp,
) -> Result<Suggestions, AppError> {
    coordinate(visitor)?;
    let found = store
        .mediation_request(id)
        .await?
        .ok_or(AppError::NotFound)?;
    let bookings = store.mediator_bookings().await?;
    let since = now.saturating_sub(LOAD_WINDOW).unwrap_or(now);
    let pool: Vec<Candidate> = store
        .mediators()
        .await?
        .into_iter()
        .map(|mediator| {
            let own = bookings.iter().filter(|b| b.0 == mediator.id);
            let booked = own.clone().map(|b| (b.1, b.2)).collect();
            let recent_minutes = own
                .filter(|b| b.3 != "offered" && b.1 >= since && b.1 <= now)
                .map(|b| b.2.duration_since(b.1).as_mins())
                .sum();
            Candidate {
                mediator,
                booked,
                recent_minutes,
            }
        })
        .collect();
    Ok(suggest(&found.content, &pool))
}

/// Offers a request to a mediator (mail to the mediator): the coordination only. The store
/// refuses a double booking.
pub async fn offer(
    store: &Store,
    visitor: &Visitor,
    request_id: i64,
    mediator_id: i64,
    now: Timestamp,
) -> Result<i64, AppError> {
    coordinate(visitor)?;
    let found = store
        .mediation_request(request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mediator = store
        .mediator(mediator_id)
        .await?
        .ok_or_else(|| AppError::Invalid(vec![Problem::new("mediator", "no such mediator")]))?;
    let mails = vec![mails::offered(&found, &mediator, now)];
    Ok(store
        .offer_assignment(request_id, mediator_id, &actor_name(visitor), now, &mails)
        .await?)
}

// ---- Mediators' own pages -----------------------------------------------------------------

/// The pool record of a signed-in mediator.
pub async fn own_record(store: &Store, visitor: &Visitor) -> Result<Mediator, AppError> {
    if !is_mediator(visitor) {
        return Err(AppError::refuse(visitor, "only mediators have assignments"));
    }
    let user_id = visitor.principal().map(|p| p.user_id).unwrap_or_default();
    store
        .mediator_of_user(user_id)
        .await?
        .ok_or_else(|| AppError::Forbidden("this account is linked to no pool record".into()))
}

/// A mediator's offers and assignments with their requests, soonest first.
pub async fn my_assignments(
    store: &Store,
    visitor: &Visitor,
) -> Result<Vec<(StoredAssignment, StoredRequest)>, AppError> {
    let me = own_record(store, visitor).await?;
    let mut list = Vec::new();
    for assignment in store.assignments(Some(me.id), None).await? {
        if let Some(found) = store.mediation_request(assignment.request_id).await? {
            list.push((assignment, found));
        }
    }
    Ok(list)
}

/// The mediator's own assignment `id` (another's is not found).
async fn own_assignment(
    store: &Store,
    visitor: &Visitor,
    id: i64,
) -> Result<(Mediator, StoredAssignment, StoredRequest), AppError> {
    let me = own_record(store, visitor).await?;
    let assignment = store
        .assignment(id)
        .await?
        .filter(|a| a.mediator_id == me.id)
        .ok_or(AppError::NotFound)?;
    let found = store
        .mediation_request(assignment.request_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((me, assignment, found))
}

/// The mediator accepts (the institution gets a confirmation) or declines an offer.
pub async fn answer(
    store: &Store,
    visitor: &Visitor,
    assignment_id: i64,
    accept: bool,
    now: Timestamp,
) -> Result<Status, AppError> {
    let (me, _, found) = own_assignment(store, visitor, assignment_id).await?;
    let mails = if accept {
        vec![mails::confirmed(&found, &me, now)]
    } else {
        vec![]
    };
    Ok(store
        .answer_offer(assignment_id, accept, &actor_name(visitor), now, &mails)
        .await?)
}

/// The mediator reports the minutes and kilometres of an accepted assignment after it took
/// place; the allowance is computed from the mediator's rates. Returns it.
pub async fn report(
    store: &Store,
    visitor: &Visitor,
    assignment_id: i64,
    minutes: u32,
    km: u32,
    now: Timestamp,
) -> Result<teilhabe_domain::money::Money, AppError> {
    let (me, assignment, _) = own_assignment(store, visitor, assignment_id).await?;
    let mut found = Vec::new();
    if now < assignment.starts_at {
        found.push(Problem::new(
            "minutes",
            "hours are reported after the appointment",
        ));
    }
    if !(1..=12 * 60).contains(&minutes) {
        found.push(Problem::new("minutes", "from 1 to 720 minutes"));
    }
    if km > 500 {
        found.push(Problem::new("km", "at most 500 km"));
    }
    if !found.is_empty() {
        return Err(AppError::Invalid(found));
    }
    let money = allowance(minutes, km, me.record.rate_per_hour, me.record.rate_per_km);
    store
        .complete_assignment(
            assignment_id,
            Completion {
                minutes,
                km,
                allowance: money,
            },
            &actor_name(visitor),
            now,
        )
        .await?;
    Ok(money)
}

/// Queues reminders to every active mediator whose pledge or certificate lapses within `days`
/// (one digest per mediator and day). The coordination or the operator. Returns how many.
pub async fn queue_document_reminders(
    store: &Store,
    actor: &Actor,
    days: i64,
    now: Timestamp,
) -> Result<usize, AppError> {
    if let Actor::Visitor(visitor) = actor {
        coordinate(visitor)?;
    }
    let today = now.to_zoned(teilhabe_domain::mediation::city_zone()).date();
    let mut queued = Vec::new();
    for mediator in store.mediators().await? {
        if !mediator.record.active {
            continue;
        }
        let lapsing = mediator.record.lapsing(today, days);
        if !lapsing.is_empty() {
            queued.push(mails::reminder(&mediator, &lapsing, today));
        }
    }
    store.queue_mail(&queued, now).await?;
    Ok(queued.len())
}

// ---- Pages of the coordination (phase 2) --------------------------------------------------

/// The language names of `data/languages.toml`.
pub use crate::languages::list as languages;

/// The coordination's queue: every request not yet closed, urgent ones first, then by
/// appointment.
pub async fn queue(store: &Store, visitor: &Visitor) -> Result<Vec<StoredRequest>, AppError> {
    coordinate(visitor)?;
    let mut list: Vec<StoredRequest> = store
        .mediation_requests(None)
        .await?
        .into_iter()
        .filter(|r| !r.status.is_closed())
        .collect();
    list.sort_by_key(|r| (!r.urgent, r.content.starts_at, r.id));
    Ok(list)
}

/// The offers and assignments of one request (who was asked, who answered): the coordination.
pub async fn request_assignments(
    store: &Store,
    visitor: &Visitor,
    id: i64,
) -> Result<Vec<StoredAssignment>, AppError> {
    coordinate(visitor)?;
    Ok(store.assignments(None, Some(id)).await?)
}

/// Links (or, with an empty login, unlinks) the account a mediator signs in with, keeping the
/// rest of the pool record: the coordination only.
pub async fn link_account(
    store: &Store,
    visitor: &Visitor,
    mediator_id: i64,
    login: &str,
    now: Timestamp,
) -> Result<(), AppError> {
    coordinate(visitor)?;
    let found = store
        .mediator(mediator_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let actor = Actor::Visitor(visitor.clone());
    save_mediator(
        store,
        &actor,
        Some(mediator_id),
        Some(login),
        &found.record,
        now,
    )
    .await?;
    Ok(())
}
