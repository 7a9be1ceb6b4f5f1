//! The audit log: appended to in the same transaction as the change it records.

use jiff::Timestamp;
use sqlx::{Any, AnyConnection, Row};

use crate::{Store, StoreError};

/// One recorded change. For a change of several fields, one entry per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub field: Option<String>,
    pub old_value: Option<String>,
    pub new_value: Option<String>,
    pub detail: Option<String>,
}

/// An entry as stored, with its sequence number and time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub entry: AuditEntry,
}

/// Which entries to read; empty filters match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub limit: Option<i64>,
}

/// Appends `entries` inside the caller's transaction, so a change and its record commit together.
pub async fn append(
    connection: &mut AnyConnection,
    at: Timestamp,
    entries: &[AuditEntry],
) -> Result<(), StoreError> {
    let at = at.to_string();
    for entry in entries {
        sqlx::query(
            "INSERT INTO audit_log (at, actor, action, entity_type, entity_id, field, old_value, new_value, detail)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&at)
        .bind(&entry.actor)
        .bind(&entry.action)
        .bind(&entry.entity_type)
        .bind(&entry.entity_id)
        .bind(&entry.field)
        .bind(&entry.old_value)
        .bind(&entry.new_value)
        .bind(&entry.detail)
        .execute(&mut *connection)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Starts a transaction for a change that must be recorded with [`append`].
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, Any>, StoreError> {
        Ok(self.begin_write().await?)
    }

    /// Entries, newest first.
    pub async fn audit_log(&self, filter: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, at, actor, action, entity_type, entity_id, field, old_value, new_value, detail
             FROM audit_log
             WHERE ($1 IS NULL OR entity_type = $1) AND ($2 IS NULL OR entity_id = $2)
             ORDER BY id DESC
             LIMIT $3",
        )
        .bind(&filter.entity_type)
        .bind(&filter.entity_id)
        .bind(filter.limit.unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditRecord {
                    id: row.try_get("id")?,
                    at: row.try_get("at")?,
                    entry: AuditEntry {
                        actor: row.try_get("actor")?,
                        action: row.try_get("action")?,
                        entity_type: row.try_get("entity_type")?,
                        entity_id: row.try_get("entity_id")?,
                        field: row.try_get("field")?,
                        old_value: row.try_get("old_value")?,
                        new_value: row.try_get("new_value")?,
                        detail: row.try_get("detail")?,
                    },
                })
            })
            .collect()
    }
}
