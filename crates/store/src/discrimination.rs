//! Reports of discrimination and counsellors' case records (issue 17). Authorisation is the
//! application's (counsellors only); the store is the gate that writes every change, every read
//! of a case and every deletion into the audit log in the same transaction — without any
//! personal data in the entry (ids and actions only).

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::discrimination::{CaseRecord, Report};

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Backend, Store, StoreError};

/// A stored report, without its contact (read apart, audited: [`Store::discrimination_report_contact`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredReport {
    pub id: i64,
    pub receipt: String,
    pub area: String,
    pub district: Option<String>,
    /// `YYYY-MM`.
    pub month: String,
    pub grounds: Vec<String>,
    pub what_happened: String,
    pub wants_counselling: bool,
    /// Whether a (sealed) contact is still stored.
    pub has_contact: bool,
    pub received_at: Timestamp,
    /// The case opened for it, if any.
    pub case_id: Option<i64>,
    /// Held back by the spam checks until a counsellor releases it.
    pub held_back: bool,
}

/// A stored case record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCase {
    pub id: i64,
    pub report_id: Option<i64>,
    pub record: CaseRecord,
    pub version: i64,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// What the deletion rule looks at: no content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionFacts {
    /// Every case with its closing day (None: still open).
    pub cases: Vec<(i64, Option<Date>)>,
    /// Every report that is no case's, with its arrival.
    pub reports_without_case: Vec<(i64, Timestamp)>,
    /// (case, report) for every case opened for a report.
    pub case_reports: Vec<(i64, i64)>,
}

/// What one purge deleted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    pub cases: usize,
    /// Reports deleted with their case or on their own.
    pub reports: usize,
}

fn entry(actor: &str, action: &str, entity_type: &str, id: i64) -> AuditEntry {
    AuditEntry {
        actor: actor.to_owned(),
        action: action.to_owned(),
        entity_type: entity_type.to_owned(),
        entity_id: id.to_string(),
        field: None,
        old_value: None,
        new_value: None,
        detail: None,
    }
}

fn timestamp(text: &str) -> Result<Timestamp, StoreError> {
    text.parse()
        .map_err(|error| StoreError::Corrupt(format!("timestamp `{text}`: {error}")))
}

fn day(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|error| StoreError::Corrupt(format!("date `{text}`: {error}")))
}

fn case_from(row: &AnyRow) -> Result<StoredCase, StoreError> {
    let id: i64 = row.try_get("id")?;
    let record: String = row.try_get("record")?;
    Ok(StoredCase {
        id,
        report_id: row.try_get("report_id")?,
        record: serde_json::from_str(&record)
            .map_err(|error| StoreError::Corrupt(format!("case {id}: {error}")))?,
        version: row.try_get("version")?,
        created_at: timestamp(&row.try_get::<String, _>("created_at")?)?,
        updated_at: timestamp(&row.try_get::<String, _>("updated_at")?)?,
    })
}

fn json(record: &CaseRecord) -> Result<String, StoreError> {
    serde_json::to_string(record).map_err(|error| StoreError::Corrupt(error.to_string()))
}

/// Deletes the contact of a report whose case closed, with its audit entry.
async fn forget_contact(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    report_id: Option<i64>,
    record: &CaseRecord,
    actor: &str,
    entries: &mut Vec<AuditEntry>,
) -> Result<(), StoreError> {
    let (Some(report_id), Some(_)) = (report_id, record.closed) else {
        return Ok(());
    };
    let cleared = sqlx::query(
        "UPDATE discrimination_reports SET contact_sealed = NULL
         WHERE id = $1 AND contact_sealed IS NOT NULL",
    )
    .bind(report_id)
    .execute(&mut **transaction)
    .await?
    .rows_affected();
    if cleared > 0 {
        entries.push(entry(
            actor,
            "discrimination-report.contact-delete",
            "discrimination-report",
            report_id,
        ));
    }
    Ok(())
}

impl Store {
    /// Stores a checked report with its receipt code and sealed contact. A receipt code that
    /// exists already is [`StoreError::Duplicate`] (the caller draws another).
    pub async fn insert_discrimination_report(
        &self,
        report: &Report,
        receipt: &str,
        contact_sealed: Option<&str>,
        held_back: bool,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        let taken = sqlx::query("SELECT id FROM discrimination_reports WHERE receipt = $1")
            .bind(receipt)
            .fetch_optional(&mut *transaction)
            .await?;
        if taken.is_some() {
            return Err(StoreError::Duplicate("receipt code taken".into()));
        }
        let grounds = serde_json::to_string(&report.grounds)
            .map_err(|error| StoreError::Corrupt(error.to_string()))?;
        let row = sqlx::query(
            "INSERT INTO discrimination_reports (receipt, area, district, month, grounds,
               what_happened, wants_counselling, contact_sealed, received_at, held_back)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(receipt)
        .bind(&report.area)
        .bind(report.district.as_deref())
        .bind(report.month.to_string())
        .bind(grounds)
        .bind(&report.what_happened)
        .bind(i64::from(report.wants_counselling))
        .bind(contact_sealed)
        .bind(stamp(now))
        .bind(i64::from(held_back))
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        audit::append(
            &mut transaction,
            now,
            &[entry(
                "public",
                "discrimination-report.create",
                "discrimination-report",
                id,
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(id)
    }

    /// Every report, newest first, without contacts, recording one read per report listed.
    pub async fn discrimination_reports(
        &self,
        actor: &str,
        now: Timestamp,
    ) -> Result<Vec<StoredReport>, StoreError> {
        self.reports_read(None, actor, now).await
    }

    /// One report without its contact, recording the read. `Ok(None)`: no such report.
    pub async fn discrimination_report(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<Option<StoredReport>, StoreError> {
        Ok(self.reports_read(Some(id), actor, now).await?.pop())
    }

    async fn reports_read(
        &self,
        only: Option<i64>,
        actor: &str,
        now: Timestamp,
    ) -> Result<Vec<StoredReport>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let rows = sqlx::query(
            "SELECT r.id, r.receipt, r.area, r.district, r.month, r.grounds, r.what_happened,
                    r.wants_counselling, r.contact_sealed IS NOT NULL AS has_contact,
                    r.received_at, r.held_back, c.id AS case_id
             FROM discrimination_reports r
             LEFT JOIN discrimination_cases c ON c.report_id = r.id
             WHERE $1 = 1 OR r.id = $2
             ORDER BY r.received_at DESC, r.id DESC",
        )
        .bind(i64::from(only.is_none()))
        .bind(only.unwrap_or(0))
        .fetch_all(&mut *transaction)
        .await?;
        let reports = rows
            .iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                let grounds: String = row.try_get("grounds")?;
                let has_contact: bool = match self.backend {
                    Backend::Sqlite => row.try_get::<i64, _>("has_contact")? != 0,
                    Backend::Postgres => row.try_get("has_contact")?,
                };
                Ok(StoredReport {
                    id,
                    receipt: row.try_get("receipt")?,
                    area: row.try_get("area")?,
                    district: row.try_get("district")?,
                    month: row.try_get("month")?,
                    grounds: serde_json::from_str(&grounds)
                        .map_err(|error| StoreError::Corrupt(format!("report {id}: {error}")))?,
                    what_happened: row.try_get("what_happened")?,
                    wants_counselling: row.try_get::<i64, _>("wants_counselling")? != 0,
                    has_contact,
                    received_at: timestamp(&row.try_get::<String, _>("received_at")?)?,
                    case_id: row.try_get("case_id")?,
                    held_back: row.try_get::<i64, _>("held_back")? != 0,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let entries: Vec<AuditEntry> = reports
            .iter()
            .map(|report| {
                entry(
                    actor,
                    if only.is_some() {
                        "discrimination-report.read"
                    } else {
                        "discrimination-report.list"
                    },
                    "discrimination-report",
                    report.id,
                )
            })
            .collect();
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(reports)
    }

    /// A report's sealed contact and its receipt code (which the seal is bound to), recording
    /// the read. `Ok(None)`: no such report.
    pub async fn discrimination_report_contact(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<Option<(String, Option<String>)>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let Some(row) =
            sqlx::query("SELECT receipt, contact_sealed FROM discrimination_reports WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *transaction)
                .await?
        else {
            return Ok(None);
        };
        audit::append(
            &mut transaction,
            now,
            &[entry(
                actor,
                "discrimination-report.contact-read",
                "discrimination-report",
                id,
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(Some((
            row.try_get("receipt")?,
            row.try_get("contact_sealed")?,
        )))
    }

    /// Opens a case, for a report (`report_id`, at most one case each) or without one. A case
    /// stored closed deletes its report's contact at once.
    pub async fn create_discrimination_case(
        &self,
        record: &CaseRecord,
        report_id: Option<i64>,
        actor: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        if let Some(report_id) = report_id {
            let exists = sqlx::query("SELECT id FROM discrimination_reports WHERE id = $1")
                .bind(report_id)
                .fetch_optional(&mut *transaction)
                .await?;
            if exists.is_none() {
                return Err(StoreError::NotFound);
            }
            let linked = sqlx::query("SELECT id FROM discrimination_cases WHERE report_id = $1")
                .bind(report_id)
                .fetch_optional(&mut *transaction)
                .await?;
            if linked.is_some() {
                return Err(StoreError::Duplicate(
                    "this report has a case already".into(),
                ));
            }
        }
        let row = sqlx::query(
            "INSERT INTO discrimination_cases (report_id, record, opened, closed, version,
               created_at, updated_at)
             VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
        )
        .bind(report_id)
        .bind(json(record)?)
        .bind(record.opened.to_string())
        .bind(record.closed.map(|d| d.to_string()))
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?;
        let id: i64 = row.try_get("id")?;
        let mut entries = vec![entry(
            actor,
            "discrimination-case.create",
            "discrimination-case",
            id,
        )];
        forget_contact(&mut transaction, report_id, record, actor, &mut entries).await?;
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(id)
    }

    /// Replaces a case's record if it is still at `expected_version`; returns the new version.
    /// Closing the case deletes its report's contact in the same transaction.
    pub async fn update_discrimination_case(
        &self,
        id: i64,
        expected_version: i64,
        record: &CaseRecord,
        actor: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        let lock = match self.backend {
            Backend::Sqlite => "SELECT version, report_id FROM discrimination_cases WHERE id = $1",
            Backend::Postgres => {
                "SELECT version, report_id FROM discrimination_cases WHERE id = $1 FOR UPDATE"
            }
        };
        let row = sqlx::query(lock)
            .bind(id)
            .fetch_optional(&mut *transaction)
            .await?
            .ok_or(StoreError::NotFound)?;
        let current: i64 = row.try_get("version")?;
        if current != expected_version {
            return Err(StoreError::Conflict { current });
        }
        let report_id: Option<i64> = row.try_get("report_id")?;
        sqlx::query(
            "UPDATE discrimination_cases SET record = $1, opened = $2, closed = $3,
               version = version + 1, updated_at = $4 WHERE id = $5",
        )
        .bind(json(record)?)
        .bind(record.opened.to_string())
        .bind(record.closed.map(|d| d.to_string()))
        .bind(stamp(now))
        .bind(id)
        .execute(&mut *transaction)
        .await?;
        let mut entries = vec![entry(
            actor,
            "discrimination-case.update",
            "discrimination-case",
            id,
        )];
        forget_contact(&mut transaction, report_id, record, actor, &mut entries).await?;
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(current + 1)
    }

    /// One case, recording the read in the audit log (in the same transaction).
    pub async fn read_discrimination_case(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<Option<StoredCase>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT id, report_id, record, version, created_at, updated_at
             FROM discrimination_cases WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let case = case_from(&row)?;
        audit::append(
            &mut transaction,
            now,
            &[entry(
                actor,
                "discrimination-case.read",
                "discrimination-case",
                id,
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(Some(case))
    }

    /// The cases, newest first — every one, or (with `closed_since`) the running ones and those
    /// closed on or after that day —, recording one read per case listed.
    pub async fn list_discrimination_cases(
        &self,
        closed_since: Option<Date>,
        actor: &str,
        now: Timestamp,
    ) -> Result<Vec<StoredCase>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let rows = sqlx::query(
            "SELECT id, report_id, record, version, created_at, updated_at
             FROM discrimination_cases
             WHERE $1 = 1 OR closed IS NULL OR closed >= $2
             ORDER BY opened DESC, id DESC",
        )
        .bind(i64::from(closed_since.is_none()))
        .bind(closed_since.map(|day| day.to_string()).unwrap_or_default())
        .fetch_all(&mut *transaction)
        .await?;
        let cases = rows.iter().map(case_from).collect::<Result<Vec<_>, _>>()?;
        let entries: Vec<AuditEntry> = cases
            .iter()
            .map(|case| {
                entry(
                    actor,
                    "discrimination-case.list",
                    "discrimination-case",
                    case.id,
                )
            })
            .collect();
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(cases)
    }

    /// The records of the cases opened from `from` to `to` (both included), for counting: no
    /// case leaves this call but as a count, so it is not recorded as a read.
    pub async fn discrimination_records_opened(
        &self,
        from: Date,
        to: Date,
    ) -> Result<Vec<CaseRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, record FROM discrimination_cases WHERE opened >= $1 AND opened <= $2
             ORDER BY id",
        )
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let id: i64 = row.try_get("id")?;
                let record: String = row.try_get("record")?;
                serde_json::from_str(&record)
                    .map_err(|error| StoreError::Corrupt(format!("case {id}: {error}")))
            })
            .collect()
    }

    /// The closing days of every case and the arrival of every report without a case.
    pub async fn discrimination_retention_facts(&self) -> Result<RetentionFacts, StoreError> {
        let cases = sqlx::query("SELECT id, closed FROM discrimination_cases ORDER BY id")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| {
                let closed: Option<String> = row.try_get("closed")?;
                Ok((row.try_get("id")?, closed.as_deref().map(day).transpose()?))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let reports_without_case = sqlx::query(
            "SELECT r.id, r.received_at FROM discrimination_reports r
             WHERE NOT EXISTS (SELECT 1 FROM discrimination_cases c WHERE c.report_id = r.id)
             ORDER BY r.id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("id")?,
                timestamp(&row.try_get::<String, _>("received_at")?)?,
            ))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let case_reports = sqlx::query(
            "SELECT id, report_id FROM discrimination_cases WHERE report_id IS NOT NULL ORDER BY id",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("report_id")?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(RetentionFacts {
            cases,
            reports_without_case,
            case_reports,
        })
    }

    /// Deletes the cases `case_ids` with their reports, and the reports `report_ids`, in one
    /// transaction with one audit entry each. Ids that no longer exist are skipped.
    pub async fn delete_discrimination(
        &self,
        case_ids: &[i64],
        report_ids: &[i64],
        actor: &str,
        now: Timestamp,
    ) -> Result<Deleted, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut deleted = Deleted::default();
        let mut entries = Vec::new();
        let mut reports: Vec<i64> = report_ids.to_vec();
        for &id in case_ids {
            let Some(row) = sqlx::query("SELECT report_id FROM discrimination_cases WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *transaction)
                .await?
            else {
                continue;
            };
            if let Some(report_id) = row.try_get::<Option<i64>, _>("report_id")? {
                reports.push(report_id);
            }
            sqlx::query("DELETE FROM discrimination_cases WHERE id = $1")
                .bind(id)
                .execute(&mut *transaction)
                .await?;
            deleted.cases += 1;
            entries.push(entry(
                actor,
                "discrimination-case.delete",
                "discrimination-case",
                id,
            ));
        }
        for id in reports {
            let removed = sqlx::query("DELETE FROM discrimination_reports WHERE id = $1")
                .bind(id)
                .execute(&mut *transaction)
                .await?
                .rows_affected();
            if removed > 0 {
                deleted.reports += 1;
                entries.push(entry(
                    actor,
                    "discrimination-report.delete",
                    "discrimination-report",
                    id,
                ));
            }
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(deleted)
    }

    /// Releases a report the spam checks held back into the inbox, with its audit entry.
    /// `Ok(false)`: no such report, or it was not held back.
    pub async fn release_discrimination_report(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let released = sqlx::query(
            "UPDATE discrimination_reports SET held_back = 0 WHERE id = $1 AND held_back <> 0",
        )
        .bind(id)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if released > 0 {
            audit::append(
                &mut transaction,
                now,
                &[entry(
                    actor,
                    "discrimination-report.release",
                    "discrimination-report",
                    id,
                )],
            )
            .await?;
        }
        transaction.commit().await?;
        Ok(released > 0)
    }

    /// Deletes a report the spam checks held back (a released one stays), with its audit
    /// entry. `Ok(false)`: no such held-back report.
    pub async fn delete_held_discrimination_report(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let removed = sqlx::query(
            "DELETE FROM discrimination_reports WHERE id = $1 AND held_back <> 0
               AND NOT EXISTS (SELECT 1 FROM discrimination_cases c WHERE c.report_id = $1)",
        )
        .bind(id)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if removed > 0 {
            audit::append(
                &mut transaction,
                now,
                &[entry(
                    actor,
                    "discrimination-report.delete-spam",
                    "discrimination-report",
                    id,
                )],
            )
            .await?;
        }
        transaction.commit().await?;
        Ok(removed > 0)
    }
}
