//! Issue 18: offers of the offers directory. Every write checks the version it was based on and
//! appends an audit entry in the same transaction. Who may write is decided in the app layer
//! (`teilhabe_app::offers`); the store only keeps the record.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::offers::{Offer, OfferContent, Status};

use crate::audit::{self, AuditEntry};
use crate::mail::{self, NewMail};
use crate::time::stamp;
use crate::{Store, StoreError};

/// `SELECT <the offer's columns> FROM offers <rest>`, as one literal.
macro_rules! select {
    ($rest:literal) => {
        concat!(
            "SELECT id, provider, status, content, review_comment, confirmed_at, published_at, version FROM offers ",
            $rest
        )
    };
}

fn timestamp(text: &str) -> Result<Timestamp, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Corrupt(format!("`{text}` is not a timestamp")))
}

fn offer_from(row: &AnyRow) -> Result<Offer, StoreError> {
    let id: i64 = row.try_get("id")?;
    let status: String = row.try_get("status")?;
    let content: String = row.try_get("content")?;
    let published_at: Option<String> = row.try_get("published_at")?;
    Ok(Offer {
        id,
        provider: row.try_get("provider")?,
        status: Status::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("offer {id}: unknown status `{status}`")))?,
        content: serde_json::from_str(&content)
            .map_err(|error| StoreError::Corrupt(format!("offer {id}: {error}")))?,
        review_comment: row.try_get("review_comment")?,
        confirmed_at: timestamp(&row.try_get::<String, _>("confirmed_at")?)?,
        published_at: published_at.as_deref().map(timestamp).transpose()?,
        version: row.try_get("version")?,
    })
}

fn json(content: &OfferContent) -> Result<String, StoreError> {
    serde_json::to_string(content).map_err(|error| StoreError::Corrupt(error.to_string()))
}

/// A change of an offer's status, as the app decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub status: Status,
    /// The office's comment (on return); cleared otherwise.
    pub comment: Option<String>,
    /// Whether the provider confirms the offer is current with this change (submit).
    pub confirm: bool,
}

fn entry(actor: &str, action: &str, id: i64, detail: Option<String>) -> AuditEntry {
    AuditEntry {
        actor: actor.to_owned(),
        action: action.to_owned(),
        entity_type: "offer".into(),
        entity_id: id.to_string(),
        field: None,
        old_value: None,
        new_value: None,
        detail,
    }
}

impl Store {
    /// Every offer, by id.
    pub async fn offers(&self) -> Result<Vec<Offer>, StoreError> {
        let rows = sqlx::query(select!("ORDER BY id"))
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(offer_from).collect()
    }

    /// The offers with a status, by id (the public search reads the published ones).
    pub async fn offers_with_status(&self, status: Status) -> Result<Vec<Offer>, StoreError> {
        let rows = sqlx::query(select!("WHERE status = $1 ORDER BY id"))
            .bind(status.as_str())
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(offer_from).collect()
    }

    /// One provider's offers, by id.
    pub async fn offers_of(&self, provider: &str) -> Result<Vec<Offer>, StoreError> {
        let rows = sqlx::query(select!("WHERE provider = $1 ORDER BY id"))
            .bind(provider)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(offer_from).collect()
    }

    pub async fn offer(&self, id: i64) -> Result<Option<Offer>, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(offer_from).transpose()
    }

    /// Adds offers of `provider` with `status`, all or none, each audited; returns their ids.
    /// An unknown provider is [`StoreError::NotFound`].
    pub async fn create_offers(
        &self,
        provider: &str,
        contents: &[OfferContent],
        status: Status,
        actor: &str,
        now: Timestamp,
    ) -> Result<Vec<i64>, StoreError> {
        if self.institution(provider).await?.is_none() {
            return Err(StoreError::NotFound);
        }
        let mut transaction = self.begin_write().await?;
        let mut ids = Vec::with_capacity(contents.len());
        let mut entries = Vec::with_capacity(contents.len());
        let published_at = (status == Status::Published).then(|| stamp(now));
        for content in contents {
            let row = sqlx::query(
                "INSERT INTO offers (provider, status, title_de, content, review_comment,
                   confirmed_at, published_at, version, created_at, created_by, updated_at,
                   updated_by)
                 VALUES ($1, $2, $3, $4, NULL, $5, $6, 1, $5, $7, $5, $7) RETURNING id",
            )
            .bind(provider)
            .bind(status.as_str())
            .bind(content.title.trim())
            .bind(json(content)?)
            .bind(stamp(now))
            .bind(published_at.as_deref())
            .bind(actor)
            .fetch_one(&mut *transaction)
            .await?;
            let id: i64 = row.try_get("id")?;
            ids.push(id);
            entries.push(entry(
                actor,
                "offer.create",
                id,
                Some(format!("{provider}: {}", content.title.trim())),
            ));
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(ids)
    }

    async fn locked(
        transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
        id: i64,
        expected_version: i64,
    ) -> Result<Offer, StoreError> {
        let row = sqlx::query(select!("WHERE id = $1"))
            .bind(id)
            .fetch_optional(&mut **transaction)
            .await?
            .ok_or(StoreError::NotFound)?;
        let current = offer_from(&row)?;
        if current.version != expected_version {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        Ok(current)
    }

    /// Replaces an offer's content (and status, as the app decided), if it is still at
    /// `expected_version`.
    pub async fn update_offer(
        &self,
        id: i64,
        expected_version: i64,
        content: &OfferContent,
        status: Status,
        actor: &str,
        now: Timestamp,
    ) -> Result<Offer, StoreError> {
        let mut transaction = self.begin_write().await?;
        let current = Self::locked(&mut transaction, id, expected_version).await?;
        let updated = sqlx::query(
            "UPDATE offers SET content = $1, title_de = $2, status = $3, version = version + 1,
               updated_at = $4, updated_by = $5 WHERE id = $6 AND version = $7",
        )
        .bind(json(content)?)
        .bind(content.title.trim())
        .bind(status.as_str())
        .bind(stamp(now))
        .bind(actor)
        .bind(id)
        .bind(expected_version)
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        let mut audit_entry = entry(actor, "offer.update", id, Some(content.title.trim().into()));
        if current.status != status {
            audit_entry.field = Some("status".into());
            audit_entry.old_value = Some(current.status.as_str().into());
            audit_entry.new_value = Some(status.as_str().into());
        }
        audit::append(&mut transaction, now, &[audit_entry]).await?;
        transaction.commit().await?;
        self.offer(id).await?.ok_or(StoreError::NotFound)
    }

    /// Moves an offer to another status (submit, publish, return), if it is still at
    /// `expected_version`.
    pub async fn set_offer_status(
        &self,
        id: i64,
        expected_version: i64,
        change: &StatusChange,
        actor: &str,
        now: Timestamp,
    ) -> Result<Offer, StoreError> {
        let mut transaction = self.begin_write().await?;
        let current = Self::locked(&mut transaction, id, expected_version).await?;
        let confirmed_at = if change.confirm {
            now
        } else {
            current.confirmed_at
        };
        let published_at = if change.status == Status::Published {
            Some(now)
        } else {
            current.published_at
        };
        let updated = sqlx::query(
            "UPDATE offers SET status = $1, review_comment = $2, confirmed_at = $3,
               published_at = $4, version = version + 1, updated_at = $5, updated_by = $6
             WHERE id = $7 AND version = $8",
        )
        .bind(change.status.as_str())
        .bind(change.comment.as_deref())
        .bind(stamp(confirmed_at))
        .bind(published_at.map(stamp))
        .bind(stamp(now))
        .bind(actor)
        .bind(id)
        .bind(expected_version)
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() != 1 {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                field: Some("status".into()),
                old_value: Some(current.status.as_str().into()),
                new_value: Some(change.status.as_str().into()),
                ..entry(
                    actor,
                    &format!("offer.{}", change.status.as_str()),
                    id,
                    change.comment.clone(),
                )
            }],
        )
        .await?;
        transaction.commit().await?;
        self.offer(id).await?.ok_or(StoreError::NotFound)
    }

    /// Records that the provider confirmed the offer is current.
    pub async fn confirm_offer(
        &self,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<Offer, StoreError> {
        let mut transaction = self.begin_write().await?;
        let updated = sqlx::query(
            "UPDATE offers SET confirmed_at = $1, updated_at = $1, updated_by = $2 WHERE id = $3",
        )
        .bind(stamp(now))
        .bind(actor)
        .bind(id)
        .execute(&mut *transaction)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        audit::append(
            &mut transaction,
            now,
            &[entry(actor, "offer.confirm", id, None)],
        )
        .await?;
        transaction.commit().await?;
        self.offer(id).await?.ok_or(StoreError::NotFound)
    }

    /// Queues the stale-offer mails: for each (offer, the confirmation its stale period follows,
    /// messages), the messages once — a second run for the same period queues nothing. Returns
    /// how many offers were newly reminded.
    pub async fn queue_offer_stale_mails(
        &self,
        reminders: &[(i64, Timestamp, Vec<NewMail>)],
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut queued = 0;
        for (offer, confirmed_at, mails) in reminders {
            let inserted = sqlx::query(
                "INSERT INTO offer_stale_mails (offer_id, confirmed_at, queued_at)
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(offer)
            .bind(stamp(*confirmed_at))
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?
            .rows_affected();
            if inserted == 0 {
                continue;
            }
            queued += 1;
            mail::queue_in(&mut transaction, mails, now).await?;
        }
        transaction.commit().await?;
        Ok(queued)
    }
}
