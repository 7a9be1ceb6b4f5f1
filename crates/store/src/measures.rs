//! Measures: validated against the current concept and city settings on every write, versioned
//! for optimistic locking, and recorded field by field in the audit log.

use std::collections::HashMap;

use jiff::Timestamp;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::measure::{
    Districts, Measure, MeasureContent, MeasureRow, Problem, Programme, Status, ValidationContext,
};
use teilhabe_domain::search::{fold, search_words};

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

/// Which measures to list. Empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct MeasureFilter {
    /// Measures serving any recommendation of this action field.
    pub field: Option<String>,
    pub recommendation: Option<String>,
    pub status: Option<Status>,
    pub programme: Option<Programme>,
    pub working_group: Option<String>,
    /// Measures working in this district (city-wide ones included).
    pub district: Option<String>,
    pub target_group: Option<String>,
    /// Words that must all occur in title, description, organisation or contact.
    pub text: Option<String>,
    pub published_only: bool,
}

/// What an import did, or would do with `dry_run`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// (file row, new measure id, title)
    pub created: Vec<(usize, i64, String)>,
    pub updated: Vec<UpdatedRow>,
    pub unchanged: usize,
}

/// A row that changes a stored measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdatedRow {
    pub row: usize,
    pub id: i64,
    pub changes: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub column: String,
    pub old: String,
    pub new: String,
}

/// How an import runs.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Mark created measures as demo data.
    pub demo: bool,
    /// Check and report, write nothing.
    pub dry_run: bool,
    /// Where the rows come from (a file name), for the audit log.
    pub source: String,
}

/// Why an import was refused; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRowError {
    pub row: usize,
    pub column: String,
    pub message: String,
}

#[derive(Debug)]
pub enum ImportError {
    Rows(Vec<ImportRowError>),
    Store(StoreError),
}

impl From<StoreError> for ImportError {
    fn from(error: StoreError) -> Self {
        ImportError::Store(error)
    }
}

impl From<sqlx::Error> for ImportError {
    fn from(error: sqlx::Error) -> Self {
        ImportError::Store(StoreError::Query(error))
    }
}

const MEASURE_COLUMNS: &str = "m.id, m.version, m.demo, m.content, m.created_at, m.updated_at";

fn measure_from(row: &AnyRow) -> Result<Measure, StoreError> {
    let id: i64 = row.try_get("id")?;
    let content: String = row.try_get("content")?;
    Ok(Measure {
        id,
        version: row.try_get("version")?,
        demo: row.try_get::<i64, _>("demo")? != 0,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        content: serde_json::from_str(&content)
            .map_err(|error| StoreError::Corrupt(format!("measure {id}: {error}")))?,
    })
}

impl Store {
    pub async fn measures(
        &self,
        city: &str,
        filter: &MeasureFilter,
    ) -> Result<Vec<Measure>, StoreError> {
        let mut sql = format!("SELECT {MEASURE_COLUMNS} FROM measures m WHERE m.city_slug = $1");
        let mut values: Vec<String> = vec![city.to_owned()];
        let mut condition = |sql: &mut String, template: &str, value: String| {
            values.push(value);
            sql.push_str(&template.replace("$N", &format!("${}", values.len())));
        };
        if let Some(field) = &filter.field {
            condition(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM measure_recommendations r WHERE r.measure_id = m.id AND r.field_slug = $N)",
                field.clone(),
            );
        }
        if let Some(recommendation) = &filter.recommendation {
            condition(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM measure_recommendations r WHERE r.measure_id = m.id AND r.recommendation_id = $N)",
                recommendation.clone(),
            );
        }
        if let Some(status) = filter.status {
            condition(&mut sql, " AND m.status = $N", status.as_str().to_owned());
        }
        if let Some(programme) = filter.programme {
            condition(
                &mut sql,
                " AND m.programme = $N",
                programme.as_str().to_owned(),
            );
        }
        if let Some(group) = &filter.working_group {
            condition(&mut sql, " AND m.working_group = $N", group.clone());
        }
        if let Some(district) = &filter.district {
            condition(
                &mut sql,
                " AND (m.districts_all = 1 OR EXISTS (SELECT 1 FROM measure_districts d WHERE d.measure_id = m.id AND d.district_code = $N))",
                district.clone(),
            );
        }
        if let Some(group) = &filter.target_group {
            condition(
                &mut sql,
                " AND EXISTS (SELECT 1 FROM measure_target_groups g WHERE g.measure_id = m.id AND g.target_group = $N)",
                group.clone(),
            );
        }
        for word in filter.text.as_deref().map(search_words).unwrap_or_default() {
            let escaped: String = word
                .chars()
                .flat_map(|c| {
                    if matches!(c, '%' | '_' | '\\') {
                        vec!['\\', c]
                    } else {
                        vec![c]
                    }
                })
                .collect();
            condition(
                &mut sql,
                " AND m.search_text LIKE $N ESCAPE '\\'",
                format!("%{escaped}%"),
            );
        }
        if filter.published_only {
            sql.push_str(" AND m.published = 1");
        }
        sql.push_str(" ORDER BY m.working_group, m.title_de, m.id");
        // Audited: only fixed text and numbered placeholders are spliced into `sql`.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for value in values {
            query = query.bind(value);
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter().map(measure_from).collect()
    }

    pub async fn measure(&self, city: &str, id: i64) -> Result<Option<Measure>, StoreError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MEASURE_COLUMNS} FROM measures m WHERE m.city_slug = $1 AND m.id = $2"
        )))
        .bind(city)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(measure_from).transpose()
    }

    async fn rules(&self, city: &str) -> Result<(Concept, CitySettings), StoreError> {
        let concept = self
            .current_concept(city)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("no concept is loaded for {city}")))?;
        Ok((concept.concept, self.city_settings(city).await?))
    }

    pub async fn create_measure(
        &self,
        city: &str,
        content: &MeasureContent,
        demo: bool,
        actor: &str,
        now: Timestamp,
    ) -> Result<Measure, StoreError> {
        let (concept, settings) = self.rules(city).await?;
        let problems = content.validate(
            &ValidationContext {
                concept: &concept,
                settings: &settings,
            },
            None,
        );
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut transaction = self.begin_write().await?;
        let id = insert(&mut transaction, city, content, demo, &concept, actor, now).await?;
        transaction.commit().await?;
        self.measure(city, id).await?.ok_or(StoreError::NotFound)
    }

    /// Saves `content` over version `expected_version`. Someone else's change in between gives
    /// `Conflict` and changes nothing; an edit that changes nothing keeps the version.
    pub async fn update_measure(
        &self,
        city: &str,
        id: i64,
        expected_version: i64,
        content: &MeasureContent,
        actor: &str,
        now: Timestamp,
    ) -> Result<Measure, StoreError> {
        let current = self.measure(city, id).await?.ok_or(StoreError::NotFound)?;
        if current.version != expected_version {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        let (concept, settings) = self.rules(city).await?;
        let problems = content.validate(
            &ValidationContext {
                concept: &concept,
                settings: &settings,
            },
            Some(&current.content),
        );
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let mut transaction = self.begin_write().await?;
        let changed = update(
            &mut transaction,
            city,
            &current,
            content,
            &concept,
            actor,
            now,
        )
        .await?;
        if !changed {
            return Ok(current);
        }
        transaction.commit().await?;
        self.measure(city, id).await?.ok_or(StoreError::NotFound)
    }

    pub async fn delete_measure(
        &self,
        city: &str,
        id: i64,
        expected_version: Option<i64>,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let current = self.measure(city, id).await?.ok_or(StoreError::NotFound)?;
        if let Some(expected) = expected_version
            && expected != current.version
        {
            return Err(StoreError::Conflict {
                current: current.version,
            });
        }
        let mut transaction = self.begin_write().await?;
        let result = sqlx::query("DELETE FROM measures WHERE id = $1 AND version = $2")
            .bind(id)
            .bind(current.version)
            .execute(&mut *transaction)
            .await?;
        if result.rows_affected() == 0 {
            return Err(StoreError::Conflict {
                current: current.version + 1,
            });
        }
        let snapshot = serde_json::to_string(&current.content)
            .map_err(|error| StoreError::Corrupt(error.to_string()))?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "measure.delete".into(),
                entity_type: "measure".into(),
                entity_id: id.to_string(),
                field: None,
                old_value: Some(current.content.title.german_text().to_owned()),
                new_value: None,
                detail: Some(snapshot),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Creates rows without id and updates rows with one, all in one transaction: every row is
    /// checked first, and one bad row changes nothing. `rows` carry their row number in the file.
    pub async fn import_measures(
        &self,
        city: &str,
        rows: &[(usize, MeasureRow)],
        options: &ImportOptions,
        actor: &str,
        now: Timestamp,
    ) -> Result<ImportSummary, ImportError> {
        let demo = options.demo;
        let (concept, settings) = self.rules(city).await?;
        let context = ValidationContext {
            concept: &concept,
            settings: &settings,
        };
        let existing: HashMap<i64, Measure> = self
            .measures(city, &MeasureFilter::default())
            .await?
            .into_iter()
            .map(|measure| (measure.id, measure))
            .collect();
        let mut errors = Vec::new();
        let mut seen_ids = HashMap::new();
        for (row, parsed) in rows {
            let previous = match parsed.id {
                None => None,
                Some(id) => match existing.get(&id) {
                    Some(measure) => {
                        if let Some(first) = seen_ids.insert(id, *row) {
                            errors.push(ImportRowError {
                                row: *row,
                                column: "id".into(),
                                message: format!(
                                    "measure {id} appears twice (first in row {first})"
                                ),
                            });
                        }
                        Some(&measure.content)
                    }
                    None => {
                        errors.push(ImportRowError {
                            row: *row,
                            column: "id".into(),
                            message: format!("there is no measure {id} in {city}"),
                        });
                        continue;
                    }
                },
            };
            errors.extend(parsed.content.validate(&context, previous).into_iter().map(
                |Problem { column, error }| ImportRowError {
                    row: *row,
                    column: column.to_owned(),
                    message: error.to_string(),
                },
            ));
        }
        if !errors.is_empty() {
            return Err(ImportError::Rows(errors));
        }
        let mut summary = ImportSummary::default();
        let mut transaction = self.begin_write().await?;
        for (row, parsed) in rows {
            match parsed.id.and_then(|id| existing.get(&id)) {
                None => {
                    let id = insert(
                        &mut transaction,
                        city,
                        &parsed.content,
                        demo,
                        &concept,
                        actor,
                        now,
                    )
                    .await?;
                    summary
                        .created
                        .push((*row, id, parsed.content.title.german_text().to_owned()));
                }
                Some(current) => {
                    let changes = parsed.content.changes_from(&current.content);
                    if changes.is_empty() {
                        summary.unchanged += 1;
                        continue;
                    }
                    update(
                        &mut transaction,
                        city,
                        current,
                        &parsed.content,
                        &concept,
                        actor,
                        now,
                    )
                    .await?;
                    summary.updated.push(UpdatedRow {
                        row: *row,
                        id: current.id,
                        changes: changes
                            .into_iter()
                            .map(|(column, old, new)| FieldChange {
                                column: column.to_owned(),
                                old,
                                new,
                            })
                            .collect(),
                    });
                }
            }
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "import.measures".into(),
                entity_type: "import".into(),
                entity_id: options.source.clone(),
                field: None,
                old_value: None,
                new_value: None,
                detail: Some(format!(
                    "{} created, {} changed, {} unchanged",
                    summary.created.len(),
                    summary.updated.len(),
                    summary.unchanged
                )),
            }],
        )
        .await?;
        if options.dry_run {
            transaction.rollback().await?;
        } else {
            transaction.commit().await?;
        }
        Ok(summary)
    }
}

async fn insert(
    connection: &mut AnyConnection,
    city: &str,
    content: &MeasureContent,
    demo: bool,
    concept: &Concept,
    actor: &str,
    now: Timestamp,
) -> Result<i64, StoreError> {
    let json =
        serde_json::to_string(content).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    let at = stamp(now);
    let id: i64 = sqlx::query(
        "INSERT INTO measures (city_slug, version, demo, content, title_de, working_group, status, programme, published,
                               districts_all, search_text, created_at, created_by, updated_at, updated_by)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $11, $12) RETURNING id",
    )
    .bind(city)
    .bind(i64::from(demo))
    .bind(&json)
    .bind(content.title.german_text())
    .bind(&content.working_group)
    .bind(content.status.as_str())
    .bind(content.programme.as_str())
    .bind(i64::from(content.published))
    .bind(i64::from(content.districts == Districts::All))
    .bind(search_text(content))
    .bind(&at)
    .bind(actor)
    .fetch_one(&mut *connection)
    .await?
    .try_get("id")?;
    insert_links(connection, id, content, concept).await?;
    let entries: Vec<AuditEntry> = content
        .cells()
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(column, value)| AuditEntry {
            actor: actor.to_owned(),
            action: "measure.create".into(),
            entity_type: "measure".into(),
            entity_id: id.to_string(),
            field: Some(column.to_owned()),
            old_value: None,
            new_value: Some(value),
            detail: demo.then(|| "demo data".to_owned()),
        })
        .collect();
    audit::append(connection, now, &entries).await?;
    Ok(id)
}

/// Writes `content` over `current` if anything changed; returns whether it did. Checks the
/// version in the statement itself, so that of two concurrent edits exactly one wins.
async fn update(
    connection: &mut AnyConnection,
    city: &str,
    current: &Measure,
    content: &MeasureContent,
    concept: &Concept,
    actor: &str,
    now: Timestamp,
) -> Result<bool, StoreError> {
    let changes = content.changes_from(&current.content);
    if changes.is_empty() {
        return Ok(false);
    }
    let json =
        serde_json::to_string(content).map_err(|error| StoreError::Corrupt(error.to_string()))?;
    let result = sqlx::query(
        "UPDATE measures SET version = version + 1, content = $1, title_de = $2, working_group = $3, status = $4,
                programme = $5, published = $6, districts_all = $7, search_text = $8, updated_at = $9, updated_by = $10
         WHERE id = $11 AND city_slug = $12 AND version = $13",
    )
    .bind(&json)
    .bind(content.title.german_text())
    .bind(&content.working_group)
    .bind(content.status.as_str())
    .bind(content.programme.as_str())
    .bind(i64::from(content.published))
    .bind(i64::from(content.districts == Districts::All))
    .bind(search_text(content))
    .bind(stamp(now))
    .bind(actor)
    .bind(current.id)
    .bind(city)
    .bind(current.version)
    .execute(&mut *connection)
    .await?;
    if result.rows_affected() == 0 {
        return Err(StoreError::Conflict {
            current: current.version + 1,
        });
    }
    for table in [
        "measure_recommendations",
        "measure_target_groups",
        "measure_districts",
    ] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE measure_id = $1"
        )))
        .bind(current.id)
        .execute(&mut *connection)
        .await?;
    }
    insert_links(connection, current.id, content, concept).await?;
    let entries: Vec<AuditEntry> = changes
        .into_iter()
        .map(|(column, old, new)| AuditEntry {
            actor: actor.to_owned(),
            action: "measure.update".into(),
            entity_type: "measure".into(),
            entity_id: current.id.to_string(),
            field: Some(column.to_owned()),
            old_value: Some(old),
            new_value: Some(new),
            detail: (column == "status")
                .then(|| content.stop_reason.clone())
                .flatten(),
        })
        .collect();
    audit::append(connection, now, &entries).await?;
    Ok(true)
}

async fn insert_links(
    connection: &mut AnyConnection,
    id: i64,
    content: &MeasureContent,
    concept: &Concept,
) -> Result<(), StoreError> {
    let unique = |items: &[String]| -> Vec<String> {
        let mut seen = std::collections::BTreeSet::new();
        items
            .iter()
            .filter(|item| seen.insert(item.as_str()))
            .cloned()
            .collect()
    };
    for recommendation in &unique(&content.recommendations) {
        let field = concept
            .fields
            .iter()
            .find(|field| {
                field
                    .recommendations
                    .iter()
                    .any(|r| &r.id == recommendation)
            })
            .map(|field| field.slug.as_str())
            .unwrap_or_default();
        sqlx::query("INSERT INTO measure_recommendations (measure_id, recommendation_id, field_slug) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(recommendation)
            .bind(field)
            .execute(&mut *connection)
            .await?;
    }
    for group in &unique(&content.target_groups) {
        sqlx::query("INSERT INTO measure_target_groups (measure_id, target_group) VALUES ($1, $2)")
            .bind(id)
            .bind(group)
            .execute(&mut *connection)
            .await?;
    }
    if let Districts::Some(codes) = &content.districts {
        for code in &unique(codes) {
            sqlx::query(
                "INSERT INTO measure_districts (measure_id, district_code) VALUES ($1, $2)",
            )
            .bind(id)
            .bind(code)
            .execute(&mut *connection)
            .await?;
        }
    }
    Ok(())
}

fn search_text(content: &MeasureContent) -> String {
    let mut text = String::new();
    for (_, part) in content.title.iter().chain(content.description.iter()) {
        text.push_str(part);
        text.push(' ');
    }
    text.push_str(&content.organisation);
    text.push(' ');
    text.push_str(&content.contact);
    format!(" {} ", fold(&text))
}
