//! Storing the concept as versions and reading the current one.

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use sqlx::Row;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::search::{fold, search_words};
use teilhabe_domain::text::Text;

use crate::{Store, StoreError};

/// What loading a concept did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptLoad {
    pub city: String,
    pub version: i64,
    /// False when the stored current version already had exactly this content.
    pub changed: bool,
}

/// Who made a version and why; the council's decision when there was one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VersionNote {
    /// The actor as the audit log names it (`user:anna`, `cli`).
    pub by: String,
    pub reason: Option<String>,
    /// ISO date of the council's decision.
    pub decision_date: Option<String>,
    /// The decision's reference, e.g. "Drucksache 1234/2020-2025".
    pub decision_reference: Option<String>,
}

/// One stored version of a concept, without the concept itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConceptVersion {
    pub version: i64,
    pub content_hash: String,
    pub loaded_at: String,
    pub note: VersionNote,
    pub is_current: bool,
}

/// The current concept of a city, with its version information.
#[derive(Debug, Clone)]
pub struct StoredConcept {
    pub version: i64,
    pub content_hash: String,
    pub loaded_at: String,
    pub concept: Concept,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchHitKind {
    Section,
    Statement,
    Field,
    Recommendation,
}

impl SearchHitKind {
    fn as_str(self) -> &'static str {
        match self {
            SearchHitKind::Section => "section",
            SearchHitKind::Statement => "statement",
            SearchHitKind::Field => "field",
            SearchHitKind::Recommendation => "recommendation",
        }
    }

    fn parse(value: &str) -> Option<Self> {
        [
            Self::Section,
            Self::Statement,
            Self::Field,
            Self::Recommendation,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == value)
    }
}

/// A text of the concept that matched a search, in the concept's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub kind: SearchHitKind,
    pub id: String,
    pub field_slug: Option<String>,
}

impl Store {
    /// Stores `concept` as the city's current version, unless the current version is identical.
    pub async fn save_concept(
        &self,
        concept: &Concept,
        loaded_by: &str,
        now: Timestamp,
    ) -> Result<ConceptLoad, StoreError> {
        let note = VersionNote {
            by: loaded_by.to_owned(),
            ..VersionNote::default()
        };
        self.save_concept_version(concept, &note, None, now).await
    }

    /// Stores `concept` as a new current version with `note`, unless the current version is
    /// identical. With `expected`, refuses ([`StoreError::Conflict`]) when the current version is
    /// another one: the change was made on a version someone has replaced meanwhile. An edit
    /// with a reason is also recorded in the audit log.
    pub async fn save_concept_version(
        &self,
        concept: &Concept,
        note: &VersionNote,
        expected: Option<i64>,
        now: Timestamp,
    ) -> Result<ConceptLoad, StoreError> {
        let document =
            serde_json::to_string(concept).map_err(|error| StoreError::CorruptConcept {
                city: concept.city.slug.clone(),
                version: 0,
                reason: error.to_string(),
            })?;
        let content_hash = hex(&Sha256::digest(document.as_bytes()));
        let city = concept.city.slug.clone();

        let mut transaction = self.begin_write().await?;
        let current = sqlx::query(
            "SELECT version, content_hash FROM concept_versions WHERE city_slug = $1 AND is_current = 1",
        )
        .bind(&city)
        .fetch_optional(&mut *transaction)
        .await?;
        if let Some(expected) = expected {
            let stored: Option<i64> = current
                .as_ref()
                .map(|row| row.try_get("version"))
                .transpose()?;
            if stored != Some(expected) {
                transaction.rollback().await?;
                return Err(StoreError::Conflict {
                    current: stored.unwrap_or(0),
                });
            }
        }
        if let Some(row) = &current {
            let version: i64 = row.try_get("version")?;
            let stored_hash: String = row.try_get("content_hash")?;
            if stored_hash == content_hash {
                transaction.rollback().await?;
                return Ok(ConceptLoad {
                    city,
                    version,
                    changed: false,
                });
            }
        }
        let version: i64 = sqlx::query(
            "SELECT COALESCE(MAX(version), 0) + 1 AS next FROM concept_versions WHERE city_slug = $1",
        )
        .bind(&city)
        .fetch_one(&mut *transaction)
        .await?
        .try_get("next")?;
        sqlx::query("UPDATE concept_versions SET is_current = 0 WHERE city_slug = $1")
            .bind(&city)
            .execute(&mut *transaction)
            .await?;
        let version_id: i64 = sqlx::query(
            "INSERT INTO concept_versions
                 (city_slug, city_name, concept_id, version, content_hash, document, loaded_at, loaded_by,
                  is_current, reason, decision_date, decision_reference)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11)
             RETURNING id",
        )
        .bind(&city)
        .bind(&concept.city.name)
        .bind(&concept.id)
        .bind(version)
        .bind(&content_hash)
        .bind(&document)
        .bind(now.to_string())
        .bind(&note.by)
        .bind(&note.reason)
        .bind(&note.decision_date)
        .bind(&note.decision_reference)
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;

        for text in searchable_texts(concept) {
            sqlx::query(
                "INSERT INTO concept_texts (version_id, kind, ref_id, field_slug, position, search_text)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(version_id)
            .bind(text.kind.as_str())
            .bind(text.id)
            .bind(text.field_slug)
            .bind(text.position)
            .bind(text.search_text)
            .execute(&mut *transaction)
            .await?;
        }
        if let Some(reason) = &note.reason {
            let entry = crate::AuditEntry {
                actor: note.by.clone(),
                action: "edit".to_owned(),
                entity_type: "concept".to_owned(),
                entity_id: city.clone(),
                field: Some("version".to_owned()),
                old_value: current
                    .as_ref()
                    .map(|row| row.try_get::<i64, _>("version"))
                    .transpose()?
                    .map(|version| version.to_string()),
                new_value: Some(version.to_string()),
                detail: Some(reason.clone()),
            };
            crate::audit::append(&mut transaction, now, &[entry]).await?;
        }
        transaction.commit().await?;
        tracing::info!(city = %city, version, "concept version stored");
        Ok(ConceptLoad {
            city,
            version,
            changed: true,
        })
    }

    /// The slugs of the cities with a stored concept, alphabetically.
    pub async fn cities(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT city_slug FROM concept_versions WHERE is_current = 1 ORDER BY city_slug",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| row.try_get("city_slug").map_err(StoreError::from))
            .collect()
    }

    /// The current concept of `city`, or `None` if none was loaded.
    pub async fn current_concept(&self, city: &str) -> Result<Option<StoredConcept>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT version, content_hash, loaded_at, document
             FROM concept_versions WHERE city_slug = $1 AND is_current = 1",
        )
        .bind(city)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let version: i64 = row.try_get("version")?;
        let document: String = row.try_get("document")?;
        let concept =
            serde_json::from_str(&document).map_err(|error| StoreError::CorruptConcept {
                city: city.to_owned(),
                version,
                reason: error.to_string(),
            })?;
        Ok(Some(StoredConcept {
            version,
            content_hash: row.try_get("content_hash")?,
            loaded_at: row.try_get("loaded_at")?,
            concept,
        }))
    }

    /// The version and content hash of `city`'s current concept, without its document: what a
    /// copy of the parsed concept is checked against (a version's document never changes).
    pub async fn current_concept_stamp(
        &self,
        city: &str,
    ) -> Result<Option<(i64, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT version, content_hash FROM concept_versions
             WHERE city_slug = $1 AND is_current = 1",
        )
        .bind(city)
        .fetch_optional(&self.pool)
        .await?;
        match row {
            Some(row) => Ok(Some((
                row.try_get("version")?,
                row.try_get("content_hash")?,
            ))),
            None => Ok(None),
        }
    }

    /// Every version of `city`'s concept, newest first.
    pub async fn concept_versions(&self, city: &str) -> Result<Vec<ConceptVersion>, StoreError> {
        let rows = sqlx::query(
            "SELECT version, content_hash, loaded_at, loaded_by, is_current, reason, decision_date,
                    decision_reference
             FROM concept_versions WHERE city_slug = $1 ORDER BY version DESC",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(version_of_row).collect()
    }

    /// Version `version` of `city`'s concept, or `None` if there is no such version.
    pub async fn concept_version(
        &self,
        city: &str,
        version: i64,
    ) -> Result<Option<(ConceptVersion, Concept)>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT version, content_hash, loaded_at, loaded_by, is_current, reason, decision_date,
                    decision_reference, document
             FROM concept_versions WHERE city_slug = $1 AND version = $2",
        )
        .bind(city)
        .bind(version)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let document: String = row.try_get("document")?;
        let concept =
            serde_json::from_str(&document).map_err(|error| StoreError::CorruptConcept {
                city: city.to_owned(),
                version,
                reason: error.to_string(),
            })?;
        Ok(Some((version_of_row(&row)?, concept)))
    }

    /// Texts of the current concept of `city` that contain every word of `query`, ignoring case,
    /// umlauts and punctuation; in the concept's order.
    pub async fn search_concept(
        &self,
        city: &str,
        query: &str,
        kind: Option<SearchHitKind>,
    ) -> Result<Vec<SearchHit>, StoreError> {
        let words: Vec<String> = search_words(query)
            .iter()
            .map(|word| like_pattern(word))
            .collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from(
            "SELECT t.kind, t.ref_id, t.field_slug FROM concept_texts t
             JOIN concept_versions v ON v.id = t.version_id
             WHERE v.city_slug = $1 AND v.is_current = 1",
        );
        // Placeholders only: the words are bound, never spliced into the SQL.
        let mut next_parameter = 2;
        if kind.is_some() {
            sql.push_str(&format!(" AND t.kind = ${next_parameter}"));
            next_parameter += 1;
        }
        for _ in &words {
            sql.push_str(&format!(
                " AND t.search_text LIKE ${next_parameter} ESCAPE '\\'"
            ));
            next_parameter += 1;
        }
        sql.push_str(" ORDER BY t.position");
        // Audited: `sql` holds only fixed text and numbered placeholders.
        let mut statement = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(city);
        if let Some(kind) = kind {
            statement = statement.bind(kind.as_str());
        }
        for word in words {
            statement = statement.bind(word);
        }
        let rows = statement.fetch_all(&self.pool).await?;
        let mut hits = Vec::with_capacity(rows.len());
        for row in rows {
            let kind: String = row.try_get("kind")?;
            let Some(kind) = SearchHitKind::parse(&kind) else {
                continue;
            };
            hits.push(SearchHit {
                kind,
                id: row.try_get("ref_id")?,
                field_slug: row.try_get("field_slug")?,
            });
        }
        Ok(hits)
    }
}

fn version_of_row(row: &sqlx::any::AnyRow) -> Result<ConceptVersion, StoreError> {
    let is_current: i64 = row.try_get("is_current")?;
    Ok(ConceptVersion {
        version: row.try_get("version")?,
        content_hash: row.try_get("content_hash")?,
        loaded_at: row.try_get("loaded_at")?,
        note: VersionNote {
            by: row.try_get("loaded_by")?,
            reason: row.try_get("reason")?,
            decision_date: row.try_get("decision_date")?,
            decision_reference: row.try_get("decision_reference")?,
        },
        is_current: is_current != 0,
    })
}

struct SearchableText {
    kind: SearchHitKind,
    id: String,
    field_slug: Option<String>,
    position: i64,
    search_text: String,
}

/// Every text of the concept with its position in reading order, folded for searching.
fn searchable_texts(concept: &Concept) -> Vec<SearchableText> {
    let mut texts = Vec::new();
    let mut push =
        |kind, id: &str, field_slug: Option<&str>, parts: Vec<&Text>, extra: Vec<&str>| {
            let mut joined = String::new();
            for text in parts {
                for (_, content) in text.iter() {
                    joined.push_str(content);
                    joined.push(' ');
                }
            }
            for word in extra {
                joined.push_str(word);
                joined.push(' ');
            }
            let position = i64::try_from(texts.len()).unwrap_or(i64::MAX);
            texts.push(SearchableText {
                kind,
                id: id.to_owned(),
                field_slug: field_slug.map(str::to_owned),
                position,
                search_text: format!(" {} ", fold(&joined)),
            });
        };
    for section in &concept.sections {
        let mut parts = vec![&section.heading];
        parts.extend(section.intro.as_ref());
        push(SearchHitKind::Section, &section.id, None, parts, Vec::new());
        for item in &section.items {
            push(
                SearchHitKind::Statement,
                &item.id,
                None,
                vec![&item.text],
                Vec::new(),
            );
        }
    }
    for field in &concept.fields {
        let mut parts = vec![&field.title];
        parts.extend(field.intro.as_ref());
        push(
            SearchHitKind::Field,
            &field.slug,
            Some(&field.slug),
            parts,
            Vec::new(),
        );
        for recommendation in &field.recommendations {
            let tag_labels: Vec<&Text> = recommendation
                .tags
                .iter()
                .filter_map(|tag| concept.tag(tag))
                .map(|tag| &tag.label)
                .collect();
            let mut parts = vec![&recommendation.text];
            parts.extend(tag_labels);
            push(
                SearchHitKind::Recommendation,
                &recommendation.id,
                Some(&field.slug),
                parts,
                vec![recommendation.id.as_str()],
            );
        }
    }
    texts
}

/// `%word%` with LIKE's wildcards in the word escaped.
fn like_pattern(word: &str) -> String {
    let mut pattern = String::with_capacity(word.len() + 2);
    pattern.push('%');
    for character in word.chars() {
        if matches!(character, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(character);
    }
    pattern.push('%');
    pattern
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
