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
    /// Only the entries monitoring import `import_id` wrote: one per (indicator, year) period
    /// it created or replaced (their new value ends in "from import #<id>").
    pub import_id: Option<i64>,
    pub limit: Option<i64>,
}

impl AuditFilter {
    /// The `LIKE` pattern that picks an import's period entries: anchored at the end, so that
    /// import #1 does not match #12. The id is a number, so it holds no wildcard.
    fn import_pattern(&self) -> Option<String> {
        self.import_id.map(|id| format!("% from import #{id}"))
    }
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
               AND ($3 IS NULL OR (entity_type = 'indicator_period'
                                   AND action IN ('import.create', 'import.replace')
                                   AND new_value LIKE $3))
             ORDER BY id DESC
             LIMIT $4",
        )
        .bind(&filter.entity_type)
        .bind(&filter.entity_id)
        .bind(filter.import_pattern())
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
