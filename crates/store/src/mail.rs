//! The mail outbox (migration 0601): queued with the change a message reports, delivered by a
//! sender that marks each message sent or failed.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::time::stamp;
use crate::{Store, StoreError};

/// A message to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    pub recipient: String,
    pub subject: String,
    /// Plain text.
    pub body: String,
    /// An iCalendar object to attach (`text/calendar; method=REQUEST`), if any.
    pub calendar: Option<String>,
    /// Pending messages to one recipient with the same key go out as one digest.
    pub digest_key: Option<String>,
    /// Not sent before this time.
    pub not_before: Option<Timestamp>,
}

/// A queued message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub calendar: Option<String>,
    pub digest_key: Option<String>,
    pub created_at: String,
    pub attempts: i64,
    pub last_error: Option<String>,
}

fn queued_from(row: &AnyRow) -> Result<QueuedMail, StoreError> {
    Ok(QueuedMail {
        id: row.try_get("id")?,
        recipient: row.try_get("recipient")?,
        subject: row.try_get("subject")?,
        body: row.try_get("body")?,
        calendar: row.try_get("calendar")?,
        digest_key: row.try_get("digest_key")?,
        created_at: row.try_get("created_at")?,
        attempts: row.try_get("attempts")?,
        last_error: row.try_get("last_error")?,
    })
}

/// How many messages the outbox holds, by state (`teilhabe mail status`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MailCounts {
    /// Not sent and still to be tried (some may have failed before, see `retrying`).
    pub pending: i64,
    /// Of the pending messages, those that failed at least once.
    pub retrying: i64,
    /// Not sent, given up after the maximum of attempts.
    pub failed: i64,
    pub sent: i64,
}

/// Queues `mails` inside a caller's transaction, so a message exists exactly when the change it
/// reports was committed. For the store's feature modules.
pub(crate) async fn queue_in(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    mails: &[NewMail],
    now: Timestamp,
) -> Result<(), StoreError> {
    for mail in mails {
        sqlx::query(
            "INSERT INTO mail_outbox (recipient, subject, body, calendar, digest_key, created_at, not_before)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&mail.recipient)
        .bind(&mail.subject)
        .bind(&mail.body)
        .bind(mail.calendar.as_deref())
        .bind(mail.digest_key.as_deref())
        .bind(stamp(now))
        .bind(mail.not_before.map(stamp))
        .execute(&mut **transaction)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Queues `mails` in a transaction of their own.
    pub async fn queue_mail(&self, mails: &[NewMail], now: Timestamp) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        queue_in(&mut transaction, mails, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Unsent messages due at `now` with fewer than `max_attempts` failed attempts, oldest
    /// first, at most `limit`.
    pub async fn pending_mail(
        &self,
        now: Timestamp,
        max_attempts: i64,
        limit: i64,
    ) -> Result<Vec<QueuedMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, recipient, subject, body, calendar, digest_key, created_at, attempts, last_error
             FROM mail_outbox
             WHERE sent_at IS NULL AND (not_before IS NULL OR not_before <= $1) AND attempts < $2
             ORDER BY id LIMIT $3",
        )
        .bind(stamp(now))
        .bind(max_attempts)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(queued_from).collect()
    }

    /// Every message to `recipient`, newest first (for tests and the operator's view).
    pub async fn mail_to(&self, recipient: &str) -> Result<Vec<QueuedMail>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, recipient, subject, body, calendar, digest_key, created_at, attempts, last_error
             FROM mail_outbox WHERE recipient = $1 ORDER BY id DESC",
        )
        .bind(recipient)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(queued_from).collect()
    }

    /// Marks messages delivered.
    pub async fn mark_mail_sent(&self, ids: &[i64], now: Timestamp) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        for id in ids {
            sqlx::query("UPDATE mail_outbox SET sent_at = $1 WHERE id = $2")
                .bind(stamp(now))
                .bind(id)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Records a failed delivery; the message is tried again until it reaches the sender's
    /// maximum of attempts.
    pub async fn mark_mail_failed(
        &self,
        ids: &[i64],
        error: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        for id in ids {
            sqlx::query(
                "UPDATE mail_outbox SET attempts = attempts + 1, last_error = $1, not_before = $2
                 WHERE id = $3",
            )
            .bind(error)
            .bind(stamp(now))
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Claims due messages for one sender until `until`: of `ids`, those still unsent and due
    /// at `now` are pushed back to `until` (so another sender's round skips them) and returned.
    /// A sender that dies holding a claim leaves the messages to be tried again after `until`.
    pub async fn claim_mail(
        &self,
        ids: &[i64],
        now: Timestamp,
        until: Timestamp,
    ) -> Result<Vec<i64>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut claimed = Vec::with_capacity(ids.len());
        for id in ids {
            let result = sqlx::query(
                "UPDATE mail_outbox SET not_before = $1
                 WHERE id = $2 AND sent_at IS NULL AND (not_before IS NULL OR not_before <= $3)",
            )
            .bind(stamp(until))
            .bind(id)
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
            if result.rows_affected() == 1 {
                claimed.push(*id);
            }
        }
        transaction.commit().await?;
        Ok(claimed)
    }

    /// Gives up on messages that can never be delivered as they are (e.g. an invalid address):
    /// their attempts are set to `max_attempts`, so `pending_mail` no longer returns them.
    pub async fn mark_mail_undeliverable(
        &self,
        ids: &[i64],
        error: &str,
        max_attempts: i64,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        for id in ids {
            sqlx::query("UPDATE mail_outbox SET attempts = $1, last_error = $2 WHERE id = $3")
                .bind(max_attempts)
                .bind(error)
                .bind(id)
                .execute(&mut *transaction)
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// The outbox by state; a message with `max_attempts` or more failed attempts counts as
    /// failed.
    pub async fn mail_counts(&self, max_attempts: i64) -> Result<MailCounts, StoreError> {
        let row = sqlx::query(
            "SELECT
               CAST(COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts < $1 THEN 1 ELSE 0 END), 0) AS BIGINT) AS pending,
               CAST(COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts < $2 AND attempts > 0 THEN 1 ELSE 0 END), 0) AS BIGINT) AS retrying,
               CAST(COALESCE(SUM(CASE WHEN sent_at IS NULL AND attempts >= $3 THEN 1 ELSE 0 END), 0) AS BIGINT) AS failed,
               CAST(COALESCE(SUM(CASE WHEN sent_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS BIGINT) AS sent
             FROM mail_outbox",
        )
        .bind(max_attempts)
        .bind(max_attempts)
        .bind(max_attempts)
        .fetch_one(&self.pool)
        .await?;
        Ok(MailCounts {
            pending: row.try_get("pending")?,
            retrying: row.try_get("retrying")?,
            failed: row.try_get("failed")?,
            sent: row.try_get("sent")?,
        })
    }
}
