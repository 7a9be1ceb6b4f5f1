//! Import drafts and saved mappings (issue 12: upload first, map second).
//!
//! A draft is an uploaded table waiting for its owner to confirm a mapping. It lives in the
//! database, not in a server's memory, so that every instance sharing the database can show it;
//! it expires (24 hours by default, decided by the caller) and expired drafts are purged with
//! the next upload. A saved mapping is a confirmed mapping file, found again by the recognition
//! key of its table, so that next year's file of the same table is imported with it.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::time::stamp;
use crate::{Store, StoreError};

/// A table to keep while its mapping is confirmed.
#[derive(Debug, Clone)]
pub struct NewDraft<'a> {
    pub city: &'a str,
    pub owner_user_id: i64,
    pub file_name: &'a str,
    pub bytes: &'a [u8],
    pub expires_at: Timestamp,
}

/// A stored draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportDraft {
    pub id: i64,
    pub city: String,
    pub owner_user_id: i64,
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub created_at: String,
    pub expires_at: String,
}

impl ImportDraft {
    /// Whether the draft has expired at `now` (it may not have been purged yet).
    pub fn is_expired(&self, now: Timestamp) -> bool {
        self.expires_at <= stamp(now)
    }
}

/// A confirmed mapping to save for a table.
#[derive(Debug, Clone)]
pub struct NewSavedMapping<'a> {
    pub city: &'a str,
    pub recognition_key: &'a str,
    pub label: &'a str,
    pub mapping_toml: &'a str,
    pub indicators: &'a [String],
    pub confirmed_by: &'a str,
}

/// A saved mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedMapping {
    pub id: i64,
    pub city: String,
    pub recognition_key: String,
    pub label: String,
    pub mapping_toml: String,
    pub indicators: Vec<String>,
    pub confirmed_by: String,
    pub confirmed_at: String,
    pub last_used_at: String,
}

/// `SELECT <every column> FROM import_mappings <rest>`, as one static query text.
macro_rules! select_mappings {
    ($rest:literal) => {
        concat!(
            "SELECT id, city_slug, recognition_key, label, mapping_toml, indicators, ",
            "confirmed_by, confirmed_at, last_used_at FROM import_mappings ",
            $rest
        )
    };
}

impl Store {
    /// Keeps an uploaded table as a draft and purges every draft expired at `now`; returns the
    /// new draft's id.
    pub async fn create_import_draft(
        &self,
        draft: &NewDraft<'_>,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM import_drafts WHERE expires_at <= $1")
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
        let id: i64 = sqlx::query(
            "INSERT INTO import_drafts (city_slug, owner_user_id, file_name, bytes, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(draft.city)
        .bind(draft.owner_user_id)
        .bind(draft.file_name)
        .bind(draft.bytes.to_vec())
        .bind(stamp(now))
        .bind(stamp(draft.expires_at))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        transaction.commit().await?;
        Ok(id)
    }

    /// A draft by id (also an expired one not purged yet: the caller says that it expired).
    pub async fn import_draft(&self, id: i64) -> Result<Option<ImportDraft>, StoreError> {
        let row = sqlx::query(
            "SELECT id, city_slug, owner_user_id, file_name, bytes, created_at, expires_at
             FROM import_drafts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            Ok(ImportDraft {
                id: row.try_get("id")?,
                city: row.try_get("city_slug")?,
                owner_user_id: row.try_get("owner_user_id")?,
                file_name: row.try_get("file_name")?,
                bytes: row.try_get("bytes")?,
                created_at: row.try_get("created_at")?,
                expires_at: row.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    /// Removes a draft (after its import); true if there was one.
    pub async fn delete_import_draft(&self, id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM import_drafts WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Removes every draft expired at `now`; returns how many.
    pub async fn purge_import_drafts(&self, now: Timestamp) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM import_drafts WHERE expires_at <= $1")
            .bind(stamp(now))
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Saves a confirmed mapping for its table, replacing the one saved for the same
    /// recognition key; returns its id (the same id when it replaced one).
    pub async fn save_import_mapping(
        &self,
        mapping: &NewSavedMapping<'_>,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let mut transaction = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO import_mappings
                 (city_slug, recognition_key, label, mapping_toml, indicators, confirmed_by,
                  confirmed_at, last_used_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
             ON CONFLICT (city_slug, recognition_key) DO UPDATE SET
                 label = excluded.label, mapping_toml = excluded.mapping_toml,
                 indicators = excluded.indicators, confirmed_by = excluded.confirmed_by,
                 confirmed_at = excluded.confirmed_at, last_used_at = excluded.last_used_at
             RETURNING id",
        )
        .bind(mapping.city)
        .bind(mapping.recognition_key)
        .bind(mapping.label)
        .bind(mapping.mapping_toml)
        .bind(mapping.indicators.join(","))
        .bind(mapping.confirmed_by)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        transaction.commit().await?;
        Ok(id)
    }

    /// Records that a saved mapping was used for an import at `now`.
    pub async fn touch_import_mapping(&self, id: i64, now: Timestamp) -> Result<(), StoreError> {
        sqlx::query("UPDATE import_mappings SET last_used_at = $1 WHERE id = $2")
            .bind(stamp(now))
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The mapping saved for a table of `city`, by its recognition key.
    pub async fn import_mapping_by_key(
        &self,
        city: &str,
        recognition_key: &str,
    ) -> Result<Option<SavedMapping>, StoreError> {
        let row = sqlx::query(select_mappings!(
            "WHERE city_slug = $1 AND recognition_key = $2"
        ))
        .bind(city)
        .bind(recognition_key)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(saved_mapping).transpose()
    }

    /// A saved mapping of `city` by id.
    pub async fn import_mapping(
        &self,
        city: &str,
        id: i64,
    ) -> Result<Option<SavedMapping>, StoreError> {
        let row = sqlx::query(select_mappings!("WHERE city_slug = $1 AND id = $2"))
            .bind(city)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(saved_mapping).transpose()
    }

    /// The saved mappings of `city`, by label.
    pub async fn import_mappings(&self, city: &str) -> Result<Vec<SavedMapping>, StoreError> {
        let rows = sqlx::query(select_mappings!("WHERE city_slug = $1 ORDER BY label, id"))
            .bind(city)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(saved_mapping).collect()
    }
}

fn saved_mapping(row: &AnyRow) -> Result<SavedMapping, StoreError> {
    let indicators: String = row.try_get("indicators")?;
    Ok(SavedMapping {
        id: row.try_get("id")?,
        city: row.try_get("city_slug")?,
        recognition_key: row.try_get("recognition_key")?,
        label: row.try_get("label")?,
        mapping_toml: row.try_get("mapping_toml")?,
        indicators: indicators
            .split(',')
            .filter(|id| !id.is_empty())
            .map(str::to_owned)
            .collect(),
        confirmed_by: row.try_get("confirmed_by")?,
        confirmed_at: row.try_get("confirmed_at")?,
        last_used_at: row.try_get("last_used_at")?,
    })
}
