//! Released editions of the integration report: the data they were built from (as JSON), the
//! PDF as released, who released it and when. Editions are never changed; a new release is a
//! new edition.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use jiff::Timestamp;
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

/// An edition to store.
#[derive(Debug, Clone)]
pub struct NewEdition {
    pub city: String,
    pub year: i32,
    pub language: String,
    /// The report's data as JSON (`teilhabe_domain::report::ReportData`).
    pub snapshot: String,
    pub pdf: Vec<u8>,
    pub concept_version: i64,
    pub catalogue_version: Option<String>,
    /// The actor as the audit log names it.
    pub released_by: String,
}

/// A stored edition without its snapshot and PDF (the list shows these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    pub id: i64,
    pub city: String,
    pub year: i32,
    pub language: String,
    pub snapshot_hash: String,
    pub pdf_size: i64,
    /// SHA-256 of the PDF, hex.
    pub pdf_hash: String,
    pub concept_version: i64,
    pub catalogue_version: Option<String>,
    pub released_by: String,
    pub released_at: String,
}

const COLUMNS: &str = "id, city_slug, year, language, snapshot_hash, pdf_size, pdf_hash, \
                       concept_version, catalogue_version, released_by, released_at";

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn edition_from(row: &AnyRow) -> Result<Edition, StoreError> {
    let year: i64 = row.try_get("year")?;
    Ok(Edition {
        id: row.try_get("id")?,
        city: row.try_get("city_slug")?,
        year: i32::try_from(year)
            .map_err(|_| StoreError::Corrupt(format!("report edition year {year}")))?,
        language: row.try_get("language")?,
        snapshot_hash: row.try_get("snapshot_hash")?,
        pdf_size: row.try_get("pdf_size")?,
        pdf_hash: row.try_get("pdf_hash")?,
        concept_version: row.try_get("concept_version")?,
        catalogue_version: row.try_get("catalogue_version")?,
        released_by: row.try_get("released_by")?,
        released_at: row.try_get("released_at")?,
    })
}

impl Store {
    /// Stores a released edition with its audit entry, in one transaction.
    pub async fn save_report_edition(
        &self,
        edition: &NewEdition,
        now: Timestamp,
    ) -> Result<Edition, StoreError> {
        let at = stamp(now);
        let mut transaction = self.begin_write().await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO report_editions (city_slug, year, language, snapshot, snapshot_hash,
                 pdf_base64, pdf_size, pdf_hash, concept_version, catalogue_version, released_by,
                 released_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             RETURNING {COLUMNS}"
        )))
        .bind(&edition.city)
        .bind(i64::from(edition.year))
        .bind(&edition.language)
        .bind(&edition.snapshot)
        .bind(hex_sha256(edition.snapshot.as_bytes()))
        .bind(STANDARD.encode(&edition.pdf))
        .bind(i64::try_from(edition.pdf.len()).unwrap_or(i64::MAX))
        .bind(hex_sha256(&edition.pdf))
        .bind(edition.concept_version)
        .bind(&edition.catalogue_version)
        .bind(&edition.released_by)
        .bind(&at)
        .fetch_one(&mut *transaction)
        .await?;
        let stored = edition_from(&row)?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: edition.released_by.clone(),
                action: "report.release".into(),
                entity_type: "report_edition".into(),
                entity_id: stored.id.to_string(),
                field: None,
                old_value: None,
                new_value: Some(format!(
                    "{} {} ({}), concept version {}, catalogue {}",
                    stored.city,
                    stored.year,
                    stored.language,
                    stored.concept_version,
                    stored.catalogue_version.as_deref().unwrap_or("none"),
                )),
                detail: Some(format!(
                    "PDF {} bytes, sha256 {}",
                    stored.pdf_size, stored.pdf_hash
                )),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(stored)
    }

    /// The editions of `city`, newest year first, then newest release first.
    pub async fn report_editions(&self, city: &str) -> Result<Vec<Edition>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM report_editions WHERE city_slug = $1
             ORDER BY year DESC, id DESC"
        )))
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(edition_from).collect()
    }

    /// One edition of `city`, without snapshot and PDF.
    pub async fn report_edition(&self, city: &str, id: i64) -> Result<Option<Edition>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM report_editions WHERE city_slug = $1 AND id = $2"
        )))
        .bind(city)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(edition_from).transpose()
    }

    /// The PDF of an edition as released.
    pub async fn report_edition_pdf(
        &self,
        city: &str,
        id: i64,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        let row =
            sqlx::query("SELECT pdf_base64 FROM report_editions WHERE city_slug = $1 AND id = $2")
                .bind(city)
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        let Some(row) = row else {
            return Ok(None);
        };
        let text: String = row.try_get("pdf_base64")?;
        STANDARD
            .decode(text.as_bytes())
            .map(Some)
            .map_err(|error| StoreError::Corrupt(format!("report edition {id}: PDF: {error}")))
    }

    /// The data an edition was built from, as stored (JSON).
    pub async fn report_edition_snapshot(
        &self,
        city: &str,
        id: i64,
    ) -> Result<Option<String>, StoreError> {
        let row =
            sqlx::query("SELECT snapshot FROM report_editions WHERE city_slug = $1 AND id = $2")
                .bind(city)
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|row| row.try_get("snapshot"))
            .transpose()
            .map_err(StoreError::from)
    }
}
