//! The content version: a counter that triggers on every table a public page shows increase
//! (migrations `0320_content_version.sql`), so that rendered public pages can be kept until it
//! moves — whichever instance or command changed the data.

use sqlx::Row;

use crate::{Store, StoreError};

impl Store {
    /// The current content version; a different value means a public page may look different.
    pub async fn content_version(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT version FROM content_version WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<i64, _>("version")?)
    }
}
