//! Content translations (issue 14) and the translator grants per language. A translation is
//! written only when it differs from the stored one in text, source or origin, so that importing
//! a file again changes nothing — not even `updated_at` — and the audit log records real changes.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::translation::{Origin, Translation};

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

const COLUMNS: &str =
    "key, language, text, source_version, source_text, origin, translator, updated_at";

/// Who writes a batch of translations and how, for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationWrite {
    /// The actor as the audit log names it (`user:<login>`, `operator`).
    pub actor: String,
    /// `translation.save`, `translation.import`, `translation.load` …
    pub action: String,
    /// What the batch came from (a file name), recorded with every entry.
    pub detail: Option<String>,
}

/// What a batch write did with one translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Added,
    Changed,
    Unchanged,
}

/// What a batch write did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslationsWritten {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// One per translation of the batch, in its order.
    pub each: Vec<Written>,
}

fn translation_from(row: &AnyRow) -> Result<Translation, StoreError> {
    let origin: String = row.try_get("origin")?;
    Ok(Translation {
        key: row.try_get("key")?,
        language: row.try_get("language")?,
        text: row.try_get("text")?,
        source_version: row.try_get("source_version")?,
        source_text: row.try_get("source_text")?,
        origin: Origin::parse(&origin)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown translation origin `{origin}`")))?,
        translator: row.try_get("translator")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Whether storing `new` over `old` would change what anyone can see or rely on.
fn same_content(old: &Translation, new: &Translation) -> bool {
    old.text == new.text
        && old.source_version == new.source_version
        && old.source_text == new.source_text
        && old.origin == new.origin
}

impl Store {
    /// Every stored translation of `language`, by key.
    pub async fn content_translations(
        &self,
        language: &str,
    ) -> Result<Vec<Translation>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM content_translations WHERE language = $1 ORDER BY key"
        )))
        .bind(language)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(translation_from).collect()
    }

    /// How many translations are stored, in all languages.
    pub async fn content_translation_count(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT COUNT(*) AS n FROM content_translations")
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?,
        )
    }

    /// Stores `translations` in one transaction, each with an audit entry, and leaves those that
    /// equal the stored ones untouched. `updated_at` of written rows is `now`; the translator and
    /// origin are taken as given.
    pub async fn save_content_translations(
        &self,
        translations: &[Translation],
        write: &TranslationWrite,
        now: Timestamp,
    ) -> Result<TranslationsWritten, StoreError> {
        let at = stamp(now);
        let mut transaction = self.begin_write().await?;
        let mut stored: HashMap<(String, String), Translation> = HashMap::new();
        let mut languages: Vec<&str> = translations.iter().map(|t| t.language.as_str()).collect();
        languages.sort_unstable();
        languages.dedup();
        for language in languages {
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {COLUMNS} FROM content_translations WHERE language = $1"
            )))
            .bind(language)
            .fetch_all(&mut *transaction)
            .await?;
            for row in &rows {
                let translation = translation_from(row)?;
                stored.insert(
                    (translation.key.clone(), translation.language.clone()),
                    translation,
                );
            }
        }
        let mut written = TranslationsWritten::default();
        let mut entries = Vec::new();
        for translation in translations {
            let id = (translation.key.clone(), translation.language.clone());
            let old = stored.get(&id);
            if old.is_some_and(|old| same_content(old, translation)) {
                written.unchanged += 1;
                written.each.push(Written::Unchanged);
                continue;
            }
            // One statement for new and changed rows; `old` says which it was.
            sqlx::query(
                "INSERT INTO content_translations (key, language, text, source_version,
                     source_text, origin, translator, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                 ON CONFLICT (key, language) DO UPDATE SET text = excluded.text,
                     source_version = excluded.source_version, source_text = excluded.source_text,
                     origin = excluded.origin, translator = excluded.translator,
                     updated_at = excluded.updated_at",
            )
            .bind(&translation.key)
            .bind(&translation.language)
            .bind(&translation.text)
            .bind(&translation.source_version)
            .bind(&translation.source_text)
            .bind(translation.origin.as_str())
            .bind(&translation.translator)
            .bind(&at)
            .execute(&mut *transaction)
            .await?;
            if old.is_some() {
                written.changed += 1;
                written.each.push(Written::Changed);
            } else {
                written.added += 1;
                written.each.push(Written::Added);
            }
            let origin = translation.origin.as_str();
            entries.push(AuditEntry {
                actor: write.actor.clone(),
                action: write.action.clone(),
                entity_type: "content_translation".into(),
                entity_id: translation.key.clone(),
                field: Some(translation.language.clone()),
                old_value: old.map(|old| old.text.clone()),
                new_value: Some(translation.text.clone()),
                detail: Some(match &write.detail {
                    Some(detail) => format!("{detail}; origin {origin}"),
                    None => format!("origin {origin}"),
                }),
            });
            // A file naming one unit twice: the later one counts, compared against the earlier.
            stored.insert(id, translation.clone());
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(written)
    }

    /// The languages the account `user_id` is a translator for.
    pub async fn translator_languages(&self, user_id: i64) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT language FROM translator_languages WHERE user_id = $1 ORDER BY language",
        )
        .bind(user_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok(row.try_get("language")?))
            .collect()
    }

    /// Every grant, as (user id, language), by user and language.
    pub async fn translator_grants(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, language FROM translator_languages ORDER BY user_id, language",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("user_id")?, row.try_get("language")?)))
            .collect()
    }

    /// Makes `languages` the exact set the account translates; records each grant and each
    /// withdrawal. Unknown accounts are [`StoreError::NotFound`].
    pub async fn set_translator_languages(
        &self,
        user_id: i64,
        languages: &[String],
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let user = self.user(user_id).await?.ok_or(StoreError::NotFound)?;
        let before = self.translator_languages(user_id).await?;
        let mut transaction = self.begin_write().await?;
        let mut entries = Vec::new();
        let entry = |language: &str, old: Option<&str>, new: Option<&str>| AuditEntry {
            actor: actor.to_owned(),
            action: "user.translator".into(),
            entity_type: "user".into(),
            entity_id: user.login.clone(),
            field: Some("translator_language".into()),
            old_value: old.map(str::to_owned),
            new_value: new.map(str::to_owned),
            detail: Some(language.to_owned()),
        };
        for language in before.iter().filter(|l| !languages.contains(l)) {
            sqlx::query("DELETE FROM translator_languages WHERE user_id = $1 AND language = $2")
                .bind(user_id)
                .bind(language)
                .execute(&mut *transaction)
                .await?;
            entries.push(entry(language, Some(language), None));
        }
        let mut added: Vec<&String> = languages.iter().filter(|l| !before.contains(l)).collect();
        added.sort_unstable();
        added.dedup();
        for language in added {
            sqlx::query(
                "INSERT INTO translator_languages (user_id, language, granted_by, granted_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(user_id)
            .bind(language)
            .bind(actor)
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
            entries.push(entry(language, None, Some(language)));
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(())
    }
}
