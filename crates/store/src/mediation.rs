//! Language mediation (migration 0610): the pool, requests with their status and outcome, and
//! assignments. Every change runs in one write transaction with its audit entries and the
//! e-mails it queues; a transition is checked against the request's status as read inside that
//! transaction (the domain's state machine), and an offer against the mediator's other
//! assignments with the mediator's row locked, so a mediator is never booked twice.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::mediation::{
    CancelledBy, Gender, Mediator, MediatorRecord, Outcome, RefusalReason, RequestContent, Setting,
    Status, Topic, Transition, TransitionError,
};
use teilhabe_domain::money::Money;

use crate::audit::{self, AuditEntry};
use crate::database_url::Backend;
use crate::mail::{NewMail, queue_in};
use crate::time::stamp;
use crate::{Store, StoreError};

/// Why a mediation change was not made.
#[derive(Debug, thiserror::Error)]
pub enum MediationError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// The mediator has an offered, accepted or completed assignment at an overlapping time.
    #[error("the mediator is already booked at that time")]
    Booked,
    /// The assignment was already answered, or is not the request's current offer.
    #[error("this offer is no longer open")]
    OfferClosed,
    #[error("not found")]
    NotFound,
}

impl From<sqlx::Error> for MediationError {
    fn from(error: sqlx::Error) -> Self {
        MediationError::Store(StoreError::Query(error))
    }
}

/// A stored request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRequest {
    pub id: i64,
    pub content: RequestContent,
    pub urgent: bool,
    pub status: Status,
    pub requested_by: String,
    pub requested_at: Timestamp,
    pub closed_at: Option<Timestamp>,
}

/// An assignment's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AssignmentStatus {
    Offered,
    Accepted,
    Declined,
    /// The request was cancelled while offered or accepted.
    Withdrawn,
    Completed,
}

impl AssignmentStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AssignmentStatus::Offered => "offered",
            AssignmentStatus::Accepted => "accepted",
            AssignmentStatus::Declined => "declined",
            AssignmentStatus::Withdrawn => "withdrawn",
            AssignmentStatus::Completed => "completed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            AssignmentStatus::Offered,
            AssignmentStatus::Accepted,
            AssignmentStatus::Declined,
            AssignmentStatus::Withdrawn,
            AssignmentStatus::Completed,
        ]
        .into_iter()
        .find(|s| s.as_str() == value)
    }
}

/// A stored assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredAssignment {
    pub id: i64,
    pub request_id: i64,
    pub mediator_id: i64,
    pub mediator_name: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
    pub status: AssignmentStatus,
    pub minutes: Option<i64>,
    pub km: Option<i64>,
    pub allowance: Option<Money>,
}

/// What the hours report of a completed assignment records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    pub minutes: u32,
    pub km: u32,
    pub allowance: Money,
}

/// A request as the demand figures count it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemandFact {
    pub language: String,
    pub status: String,
    pub district: String,
    pub institution_kind: String,
    /// The request's topic (`education` …), as stored.
    pub topic: String,
    pub starts_at: Timestamp,
    pub requested_at: Timestamp,
    /// Minutes, kilometres and allowance of its completed assignment (zero when none).
    pub minutes: i64,
    pub km: i64,
    pub allowance: Money,
}

/// One line of the accounting export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountingLine {
    pub mediator_id: i64,
    pub mediator_name: String,
    pub assignments: i64,
    pub minutes: i64,
    pub km: i64,
    pub allowance: Money,
}

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("unknown mediation {what} `{value}`"))
}

fn time(row: &AnyRow, column: &str) -> Result<Timestamp, StoreError> {
    let text: String = row.try_get(column)?;
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("`{text}` is no time ({column})")))
}

fn optional_time(row: &AnyRow, column: &str) -> Result<Option<Timestamp>, StoreError> {
    let text: Option<String> = row.try_get(column)?;
    text.map(|text| {
        text.parse()
            .map_err(|_| StoreError::Corrupt(format!("`{text}` is no time ({column})")))
    })
    .transpose()
}

const REQUEST_COLUMNS: &str = "id, institution_code, language, dialect, setting, starts_at, \
    minutes, district, address, topic, preferred_gender, legal_consequences, contact_email, \
    urgent, status, refusal_reason, cancelled_by, cancel_reason, requested_by, requested_at, \
    closed_at";

fn status_from(row: &AnyRow) -> Result<Status, StoreError> {
    let status: String = row.try_get("status")?;
    Ok(match status.as_str() {
        "open" => Status::Open,
        "accepted" => Status::Accepted,
        "offered" => Status::Offered,
        "assigned" => Status::Assigned,
        "served" => Status::Closed(Outcome::Served),
        "referred" => Status::Closed(Outcome::Referred),
        "unserved" => Status::Closed(Outcome::Unserved),
        "refused" => {
            let reason: Option<String> = row.try_get("refusal_reason")?;
            let reason = reason.unwrap_or_default();
            Status::Closed(Outcome::Refused {
                reason: RefusalReason::parse(&reason)
                    .ok_or_else(|| corrupt("refusal reason", &reason))?,
            })
        }
        "cancelled" => {
            let by: Option<String> = row.try_get("cancelled_by")?;
            let by = by.unwrap_or_default();
            Status::Closed(Outcome::Cancelled {
                by: CancelledBy::parse(&by).ok_or_else(|| corrupt("canceller", &by))?,
                why: row
                    .try_get::<Option<String>, _>("cancel_reason")?
                    .unwrap_or_default(),
            })
        }
        other => return Err(corrupt("status", other)),
    })
}

fn request_from(row: &AnyRow) -> Result<StoredRequest, StoreError> {
    let setting: String = row.try_get("setting")?;
    let topic: String = row.try_get("topic")?;
    let gender: Option<String> = row.try_get("preferred_gender")?;
    let minutes: i64 = row.try_get("minutes")?;
    Ok(StoredRequest {
        id: row.try_get("id")?,
        content: RequestContent {
            institution: row.try_get("institution_code")?,
            language: row.try_get("language")?,
            dialect: row.try_get("dialect")?,
            setting: Setting::parse(&setting).ok_or_else(|| corrupt("setting", &setting))?,
            starts_at: time(row, "starts_at")?,
            minutes: u32::try_from(minutes).map_err(|_| corrupt("duration", "negative"))?,
            district: row.try_get("district")?,
            address: row.try_get("address")?,
            topic: Topic::parse(&topic).ok_or_else(|| corrupt("topic", &topic))?,
            preferred_gender: gender
                .map(|g| Gender::parse(&g).ok_or_else(|| corrupt("gender", &g)))
                .transpose()?,
            legal_consequences: row.try_get::<i64, _>("legal_consequences")? != 0,
            contact_email: row.try_get("contact_email")?,
        },
        urgent: row.try_get::<i64, _>("urgent")? != 0,
        status: status_from(row)?,
        requested_by: row.try_get("requested_by")?,
        requested_at: time(row, "requested_at")?,
        closed_at: optional_time(row, "closed_at")?,
    })
}

fn mediator_from(row: &AnyRow) -> Result<Mediator, StoreError> {
    let record: String = row.try_get("record")?;
    Ok(Mediator {
        id: row.try_get("id")?,
        user_id: row.try_get("user_id")?,
        record: serde_json::from_str(&record)
            .map_err(|error| StoreError::Corrupt(format!("mediator record: {error}")))?,
    })
}

const ASSIGNMENT_COLUMNS: &str = "a.id, a.request_id, a.mediator_id, m.name, a.starts_at, \
    a.ends_at, a.status, a.minutes, a.km, a.allowance_cents";

fn assignment_from(row: &AnyRow) -> Result<StoredAssignment, StoreError> {
    let status: String = row.try_get("status")?;
    Ok(StoredAssignment {
        id: row.try_get("id")?,
        request_id: row.try_get("request_id")?,
        mediator_id: row.try_get("mediator_id")?,
        mediator_name: row.try_get("name")?,
        starts_at: time(row, "starts_at")?,
        ends_at: time(row, "ends_at")?,
        status: AssignmentStatus::parse(&status)
            .ok_or_else(|| corrupt("assignment status", &status))?,
        minutes: row.try_get("minutes")?,
        km: row.try_get("km")?,
        allowance: row
            .try_get::<Option<i64>, _>("allowance_cents")?
            .map(Money::from_cents),
    })
}

fn request_entry(actor: &str, id: i64, action: &str, old: &str, new: &str) -> AuditEntry {
    AuditEntry {
        actor: actor.to_owned(),
        action: format!("mediation.{action}"),
        entity_type: "mediation-request".into(),
        entity_id: id.to_string(),
        field: Some("status".into()),
        old_value: Some(old.to_owned()),
        new_value: Some(new.to_owned()),
        detail: None,
    }
}

type Transaction = sqlx::Transaction<'static, sqlx::Any>;

impl Store {
    /// Adds (`id` None) or replaces a mediator's record, with its languages, audited.
    pub async fn save_mediator(
        &self,
        id: Option<i64>,
        user_id: Option<i64>,
        record: &MediatorRecord,
        actor: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let json = serde_json::to_string(record)
            .map_err(|error| StoreError::Corrupt(format!("mediator record: {error}")))?;
        let mut transaction = self.begin_write().await?;
        let id = match id {
            Some(id) => {
                let done = sqlx::query(
                    "UPDATE mediators SET user_id = $1, name = $2, email = $3, gender = $4,
                       record = $5, active = $6, version = version + 1, updated_at = $7
                     WHERE id = $8",
                )
                .bind(user_id)
                .bind(&record.name)
                .bind(&record.email)
                .bind(record.gender.as_str())
                .bind(&json)
                .bind(i64::from(record.active))
                .bind(stamp(now))
                .bind(id)
                .execute(&mut *transaction)
                .await?;
                if done.rows_affected() == 0 {
                    return Err(StoreError::NotFound);
                }
                sqlx::query("DELETE FROM mediator_languages WHERE mediator_id = $1")
                    .bind(id)
                    .execute(&mut *transaction)
                    .await?;
                id
            }
            None => {
                let row = sqlx::query(
                    "INSERT INTO mediators (user_id, name, email, gender, record, active, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(user_id)
                .bind(&record.name)
                .bind(&record.email)
                .bind(record.gender.as_str())
                .bind(&json)
                .bind(i64::from(record.active))
                .bind(stamp(now))
                .fetch_one(&mut *transaction)
                .await
                .map_err(|error| match &error {
                    sqlx::Error::Database(db) if db.is_unique_violation() => {
                        StoreError::Duplicate("this account is already a mediator".into())
                    }
                    _ => StoreError::Query(error),
                })?;
                row.try_get("id")?
            }
        };
        for skill in &record.languages {
            sqlx::query(
                "INSERT INTO mediator_languages (mediator_id, language, dialect, self_declared, tested)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(&skill.language)
            .bind(skill.dialect.as_deref())
            .bind(skill.self_declared.as_str())
            .bind(skill.tested.map(|level| level.as_str()))
            .execute(&mut *transaction)
            .await?;
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "mediation.mediator".into(),
                entity_type: "mediator".into(),
                entity_id: id.to_string(),
                field: None,
                old_value: None,
                new_value: None,
                detail: Some(json),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(id)
    }

    /// Every mediator of the pool, by name.
    pub async fn mediators(&self) -> Result<Vec<Mediator>, StoreError> {
        let rows = sqlx::query("SELECT id, user_id, record FROM mediators ORDER BY name, id")
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(mediator_from).collect()
    }

    pub async fn mediator(&self, id: i64) -> Result<Option<Mediator>, StoreError> {
        let row = sqlx::query("SELECT id, user_id, record FROM mediators WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(mediator_from).transpose()
    }

    /// The pool record the account `user_id` signs in as, if any.
    pub async fn mediator_of_user(&self, user_id: i64) -> Result<Option<Mediator>, StoreError> {
        let row = sqlx::query("SELECT id, user_id, record FROM mediators WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(mediator_from).transpose()
    }

    /// Languages at least one active mediator has.
    pub async fn pool_languages(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT l.language FROM mediator_languages l
             JOIN mediators m ON m.id = l.mediator_id WHERE m.active = 1 ORDER BY l.language",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok(row.try_get("language")?))
            .collect()
    }

    /// Stores a new request (status open), audited, with the mails it sends.
    pub async fn create_request(
        &self,
        content: &RequestContent,
        urgent: bool,
        actor: &str,
        now: Timestamp,
        mails: &[NewMail],
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO mediation_requests (institution_code, language, dialect, setting,
               starts_at, ends_at, minutes, district, address, topic, preferred_gender,
               legal_consequences, contact_email, urgent, status, requested_by, requested_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'open', $15, $16)
             RETURNING id",
        )
        .bind(&content.institution)
        .bind(&content.language)
        .bind(content.dialect.as_deref())
        .bind(content.setting.as_str())
        .bind(stamp(content.starts_at))
        .bind(stamp(content.ends_at()))
        .bind(i64::from(content.minutes))
        .bind(&content.district)
        .bind(&content.address)
        .bind(content.topic.as_str())
        .bind(content.preferred_gender.map(|g| g.as_str()))
        .bind(i64::from(content.legal_consequences))
        .bind(&content.contact_email)
        .bind(i64::from(urgent))
        .bind(actor)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        audit::append(
            &mut transaction,
            now,
            &[request_entry(actor, id, "request", "", "open")],
        )
        .await?;
        queue_in(&mut transaction, mails, now).await?;
        transaction.commit().await?;
        Ok(id)
    }

    pub async fn mediation_request(&self, id: i64) -> Result<Option<StoredRequest>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} FROM mediation_requests WHERE id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(request_from).transpose()
    }

    /// Requests, soonest appointment first; of one institution, or all.
    pub async fn mediation_requests(
        &self,
        institution: Option<&str>,
    ) -> Result<Vec<StoredRequest>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {REQUEST_COLUMNS} FROM mediation_requests
             WHERE $1 IS NULL OR institution_code = $1 ORDER BY starts_at, id"
        )))
        .bind(institution)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(request_from).collect()
    }

    /// Reads a request inside `transaction`, its row locked on PostgreSQL.
    async fn locked_request(
        &self,
        transaction: &mut Transaction,
        id: i64,
    ) -> Result<StoredRequest, MediationError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                format!("SELECT {REQUEST_COLUMNS} FROM mediation_requests WHERE id = $1")
            }
            Backend::Postgres => {
                format!("SELECT {REQUEST_COLUMNS} FROM mediation_requests WHERE id = $1 FOR UPDATE")
            }
        };
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut **transaction)
            .await?
            .ok_or(MediationError::NotFound)?;
        Ok(request_from(&row)?)
    }

    /// Writes a request's new status (and its outcome's details).
    async fn write_status(
        transaction: &mut Transaction,
        id: i64,
        status: &Status,
        now: Timestamp,
    ) -> Result<(), MediationError> {
        let (reason, by, why) = match status {
            Status::Closed(Outcome::Refused { reason }) => (Some(reason.as_str()), None, None),
            Status::Closed(Outcome::Cancelled { by, why }) => {
                (None, Some(by.as_str()), Some(why.as_str()))
            }
            _ => (None, None, None),
        };
        sqlx::query(
            "UPDATE mediation_requests SET status = $1, refusal_reason = $2, cancelled_by = $3,
               cancel_reason = $4, closed_at = $5 WHERE id = $6",
        )
        .bind(status.as_str())
        .bind(reason)
        .bind(by)
        .bind(why)
        .bind(status.is_closed().then(|| stamp(now)))
        .bind(id)
        .execute(&mut **transaction)
        .await?;
        Ok(())
    }

    /// Applies a transition the coordination or the institution makes (accept, refer, refuse,
    /// cancel, unserved). A cancellation withdraws the open or accepted assignment. Returns the
    /// new status.
    pub async fn transition_request(
        &self,
        id: i64,
        transition: Transition,
        actor: &str,
        now: Timestamp,
        mails: &[NewMail],
    ) -> Result<Status, MediationError> {
        if matches!(
            transition,
            Transition::Offer | Transition::Confirm | Transition::Decline | Transition::Complete
        ) {
            return Err(MediationError::Transition(TransitionError::NotFrom {
                from: "any",
                transition: transition.name(),
            }));
        }
        let mut transaction = self.begin_write().await?;
        let request = self.locked_request(&mut transaction, id).await?;
        let name = transition.name();
        let status = request
            .status
            .apply(transition, request.content.legal_consequences)?;
        Self::write_status(&mut transaction, id, &status, now).await?;
        if status.is_closed() {
            sqlx::query(
                "UPDATE mediation_assignments SET status = 'withdrawn', answered_at = $1
                 WHERE request_id = $2 AND status IN ('offered', 'accepted')",
            )
            .bind(stamp(now))
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        }
        audit::append(
            &mut transaction,
            now,
            &[request_entry(
                actor,
                id,
                name,
                request.status.as_str(),
                status.as_str(),
            )],
        )
        .await?;
        queue_in(&mut transaction, mails, now).await?;
        transaction.commit().await?;
        Ok(status)
    }

    /// Offers an accepted request to a mediator. Refused when the mediator has an offered,
    /// accepted or completed assignment overlapping the appointment — checked with the
    /// mediator's row locked (PostgreSQL `FOR UPDATE`; SQLite's `BEGIN IMMEDIATE` serialises
    /// writers), so of two concurrent offers exactly one wins.
    pub async fn offer_assignment(
        &self,
        request_id: i64,
        mediator_id: i64,
        actor: &str,
        now: Timestamp,
        mails: &[NewMail],
    ) -> Result<i64, MediationError> {
        let mut transaction = self.begin_write().await?;
        let lock = match self.backend {
            Backend::Sqlite => "SELECT id, active FROM mediators WHERE id = $1",
            Backend::Postgres => "SELECT id, active FROM mediators WHERE id = $1 FOR UPDATE",
        };
        let mediator = sqlx::query(lock)
            .bind(mediator_id)
            .fetch_optional(&mut *transaction)
            .await?
            .ok_or(MediationError::NotFound)?;
        if mediator.try_get::<i64, _>("active")? == 0 {
            return Err(MediationError::NotFound);
        }
        let request = self.locked_request(&mut transaction, request_id).await?;
        let status = request
            .status
            .apply(Transition::Offer, request.content.legal_consequences)?;
        let start = stamp(request.content.starts_at);
        let end = stamp(request.content.ends_at());
        let overlapping: i64 = sqlx::query(
            "SELECT COUNT(*) AS n FROM mediation_assignments
             WHERE mediator_id = $1 AND status IN ('offered', 'accepted', 'completed')
               AND starts_at < $2 AND ends_at > $3",
        )
        .bind(mediator_id)
        .bind(&end)
        .bind(&start)
        .fetch_one(&mut *transaction)
        .await?
        .try_get("n")?;
        if overlapping > 0 {
            return Err(MediationError::Booked);
        }
        let row = sqlx::query(
            "INSERT INTO mediation_assignments (request_id, mediator_id, starts_at, ends_at,
               status, offered_by, offered_at)
             VALUES ($1, $2, $3, $4, 'offered', $5, $6) RETURNING id",
        )
        .bind(request_id)
        .bind(mediator_id)
        .bind(&start)
        .bind(&end)
        .bind(actor)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        Self::write_status(&mut transaction, request_id, &status, now).await?;
        let mut entry = request_entry(
            actor,
            request_id,
            "offer",
            request.status.as_str(),
            status.as_str(),
        );
        entry.detail = Some(format!("mediator {mediator_id}, assignment {id}"));
        audit::append(&mut transaction, now, &[entry]).await?;
        queue_in(&mut transaction, mails, now).await?;
        transaction.commit().await?;
        Ok(id)
    }

    pub async fn assignment(&self, id: i64) -> Result<Option<StoredAssignment>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ASSIGNMENT_COLUMNS} FROM mediation_assignments a
             JOIN mediators m ON m.id = a.mediator_id WHERE a.id = $1"
        )))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(assignment_from).transpose()
    }

    /// Assignments of one mediator, or of one request (whichever is given), soonest first.
    pub async fn assignments(
        &self,
        mediator_id: Option<i64>,
        request_id: Option<i64>,
    ) -> Result<Vec<StoredAssignment>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ASSIGNMENT_COLUMNS} FROM mediation_assignments a
             JOIN mediators m ON m.id = a.mediator_id
             WHERE ($1 IS NULL OR a.mediator_id = $1) AND ($2 IS NULL OR a.request_id = $2)
             ORDER BY a.starts_at, a.id"
        )))
        .bind(mediator_id)
        .bind(request_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(assignment_from).collect()
    }

    /// The mediator answers an offer: accepted (the request is assigned) or declined (the
    /// request is accepted again, to be offered to someone else).
    pub async fn answer_offer(
        &self,
        assignment_id: i64,
        accept: bool,
        actor: &str,
        now: Timestamp,
        mails: &[NewMail],
    ) -> Result<Status, MediationError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query("SELECT request_id, status FROM mediation_assignments WHERE id = $1")
            .bind(assignment_id)
            .fetch_optional(&mut *transaction)
            .await?
            .ok_or(MediationError::NotFound)?;
        let request_id: i64 = row.try_get("request_id")?;
        let assignment_status: String = row.try_get("status")?;
        if assignment_status != "offered" {
            return Err(MediationError::OfferClosed);
        }
        let request = self.locked_request(&mut transaction, request_id).await?;
        let transition = if accept {
            Transition::Confirm
        } else {
            Transition::Decline
        };
        let name = transition.name();
        let status = request
            .status
            .apply(transition, request.content.legal_consequences)?;
        sqlx::query("UPDATE mediation_assignments SET status = $1, answered_at = $2 WHERE id = $3")
            .bind(if accept { "accepted" } else { "declined" })
            .bind(stamp(now))
            .bind(assignment_id)
            .execute(&mut *transaction)
            .await?;
        Self::write_status(&mut transaction, request_id, &status, now).await?;
        audit::append(
            &mut transaction,
            now,
            &[request_entry(
                actor,
                request_id,
                name,
                request.status.as_str(),
                status.as_str(),
            )],
        )
        .await?;
        queue_in(&mut transaction, mails, now).await?;
        transaction.commit().await?;
        Ok(status)
    }

    /// Records hours, kilometres and the allowance of an accepted assignment: the request is
    /// served.
    pub async fn complete_assignment(
        &self,
        assignment_id: i64,
        completion: Completion,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), MediationError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query("SELECT request_id, status FROM mediation_assignments WHERE id = $1")
            .bind(assignment_id)
            .fetch_optional(&mut *transaction)
            .await?
            .ok_or(MediationError::NotFound)?;
        let request_id: i64 = row.try_get("request_id")?;
        if row.try_get::<String, _>("status")? != "accepted" {
            return Err(MediationError::OfferClosed);
        }
        let request = self.locked_request(&mut transaction, request_id).await?;
        let status = request
            .status
            .apply(Transition::Complete, request.content.legal_consequences)?;
        sqlx::query(
            "UPDATE mediation_assignments SET status = 'completed', minutes = $1, km = $2,
               allowance_cents = $3, completed_at = $4 WHERE id = $5",
        )
        .bind(i64::from(completion.minutes))
        .bind(i64::from(completion.km))
        .bind(completion.allowance.cents())
        .bind(stamp(now))
        .bind(assignment_id)
        .execute(&mut *transaction)
        .await?;
        Self::write_status(&mut transaction, request_id, &status, now).await?;
        let mut entry = request_entry(
            actor,
            request_id,
            "complete",
            request.status.as_str(),
            status.as_str(),
        );
        entry.detail = Some(format!(
            "{} min, {} km, {} cents",
            completion.minutes,
            completion.km,
            completion.allowance.cents()
        ));
        audit::append(&mut transaction, now, &[entry]).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Every offered, accepted or completed assignment as (mediator, start, end), and each
    /// mediator's minutes of accepted or completed assignments that started in `recent`.
    pub async fn mediator_bookings(
        &self,
    ) -> Result<Vec<(i64, Timestamp, Timestamp, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT mediator_id, starts_at, ends_at, status FROM mediation_assignments
             WHERE status IN ('offered', 'accepted', 'completed') ORDER BY mediator_id, starts_at",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    row.try_get("mediator_id")?,
                    time(row, "starts_at")?,
                    time(row, "ends_at")?,
                    row.try_get("status")?,
                ))
            })
            .collect()
    }

    /// Every request as the demand figures count it.
    pub async fn demand_facts(&self) -> Result<Vec<DemandFact>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.language, r.status, r.district, r.topic, i.kind, r.starts_at,
               r.requested_at,
               CAST(COALESCE(SUM(a.minutes), 0) AS BIGINT) AS minutes,
               CAST(COALESCE(SUM(a.km), 0) AS BIGINT) AS km,
               CAST(COALESCE(SUM(a.allowance_cents), 0) AS BIGINT) AS cents
             FROM mediation_requests r JOIN institutions i ON i.code = r.institution_code
             LEFT JOIN mediation_assignments a
               ON a.request_id = r.id AND a.status = 'completed'
             GROUP BY r.id, r.language, r.status, r.district, r.topic, i.kind, r.starts_at,
               r.requested_at
             ORDER BY r.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DemandFact {
                    language: row.try_get("language")?,
                    status: row.try_get("status")?,
                    district: row.try_get("district")?,
                    institution_kind: row.try_get("kind")?,
                    topic: row.try_get("topic")?,
                    starts_at: time(row, "starts_at")?,
                    requested_at: time(row, "requested_at")?,
                    minutes: row.try_get("minutes")?,
                    km: row.try_get("km")?,
                    allowance: Money::from_cents(row.try_get("cents")?),
                })
            })
            .collect()
    }

    /// Completed assignments whose appointment started in `[from, to)`, summed per mediator.
    pub async fn mediation_accounting(
        &self,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<AccountingLine>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.mediator_id, m.name, COUNT(*) AS n,
               CAST(COALESCE(SUM(a.minutes), 0) AS BIGINT) AS minutes,
               CAST(COALESCE(SUM(a.km), 0) AS BIGINT) AS km,
               CAST(COALESCE(SUM(a.allowance_cents), 0) AS BIGINT) AS cents
             FROM mediation_assignments a JOIN mediators m ON m.id = a.mediator_id
             WHERE a.status = 'completed' AND a.starts_at >= $1 AND a.starts_at < $2
             GROUP BY a.mediator_id, m.name ORDER BY m.name, a.mediator_id",
        )
        .bind(stamp(from))
        .bind(stamp(to))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AccountingLine {
                    mediator_id: row.try_get("mediator_id")?,
                    mediator_name: row.try_get("name")?,
                    assignments: row.try_get("n")?,
                    minutes: row.try_get("minutes")?,
                    km: row.try_get("km")?,
                    allowance: Money::from_cents(row.try_get("cents")?),
                })
            })
            .collect()
    }
}

/// A finished request of the demo year, written as it ended (for `serve --demo`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoRequest {
    pub content: RequestContent,
    pub urgent: bool,
    pub status: Status,
    pub requested_at: Timestamp,
    /// The mediator who served it, with minutes, km and allowance.
    pub served_by: Option<(i64, Completion)>,
}

impl Store {
    /// Writes the demo year's requests in one transaction, as they ended (no audit entries per
    /// step: the demo loader is named once). Only for `serve --demo`.
    pub async fn insert_demo_requests(
        &self,
        requests: &[DemoRequest],
        actor: &str,
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let mut transaction = self.begin_write().await?;
        for demo in requests {
            let content = &demo.content;
            let (reason, by, why) = match &demo.status {
                Status::Closed(Outcome::Refused { reason }) => (Some(reason.as_str()), None, None),
                Status::Closed(Outcome::Cancelled { by, why }) => {
                    (None, Some(by.as_str()), Some(why.as_str()))
                }
                _ => (None, None, None),
            };
            let row = sqlx::query(
                "INSERT INTO mediation_requests (institution_code, language, dialect, setting,
                   starts_at, ends_at, minutes, district, address, topic, preferred_gender,
                   legal_consequences, contact_email, urgent, status, refusal_reason,
                   cancelled_by, cancel_reason, requested_by, requested_at, closed_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                   $17, $18, $19, $20, $21)
                 RETURNING id",
            )
            .bind(&content.institution)
            .bind(&content.language)
            .bind(content.dialect.as_deref())
            .bind(content.setting.as_str())
            .bind(stamp(content.starts_at))
            .bind(stamp(content.ends_at()))
            .bind(i64::from(content.minutes))
            .bind(&content.district)
            .bind(&content.address)
            .bind(content.topic.as_str())
            .bind(content.preferred_gender.map(|g| g.as_str()))
            .bind(i64::from(content.legal_consequences))
            .bind(&content.contact_email)
            .bind(i64::from(demo.urgent))
            .bind(demo.status.as_str())
            .bind(reason)
            .bind(by)
            .bind(why)
            .bind(actor)
            .bind(stamp(demo.requested_at))
            .bind(demo.status.is_closed().then(|| stamp(content.ends_at())))
            .fetch_one(&mut *transaction)
            .await?;
            let id: i64 = row.try_get("id")?;
            if let Some((mediator_id, completion)) = &demo.served_by {
                sqlx::query(
                    "INSERT INTO mediation_assignments (request_id, mediator_id, starts_at,
                       ends_at, status, offered_by, offered_at, answered_at, minutes, km,
                       allowance_cents, completed_at)
                     VALUES ($1, $2, $3, $4, 'completed', $5, $6, $6, $7, $8, $9, $4)",
                )
                .bind(id)
                .bind(mediator_id)
                .bind(stamp(content.starts_at))
                .bind(stamp(content.ends_at()))
                .bind(actor)
                .bind(stamp(demo.requested_at))
                .bind(i64::from(completion.minutes))
                .bind(i64::from(completion.km))
                .bind(completion.allowance.cents())
                .execute(&mut *transaction)
                .await?;
            }
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "mediation.demo".into(),
                entity_type: "mediation-request".into(),
                entity_id: "*".into(),
                field: None,
                old_value: None,
                new_value: None,
                detail: Some(format!("{} demo requests", requests.len())),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(requests.len())
    }
}
