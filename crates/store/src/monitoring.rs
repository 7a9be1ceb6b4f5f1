//! Integration monitoring in the database: the indicator catalogue, imports and their figures.
//!
//! An import is all or nothing: one transaction writes the import record, replaces the figures of
//! every (indicator, year) period the file brings, and appends one audit entry per period
//! ("import.create" for a new period, "import.replace" when figures were there before). A dry run
//! does the same work and rolls it back, so it reports exactly what a real run would change.

use std::collections::{BTreeMap, BTreeSet};

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};
use teilhabe_domain::monitoring::{
    ConfStatus, Coordinates, Decimal, IndicatorDef, ObsStatus, Observation,
};

use crate::audit::{self, AuditEntry};
use crate::{Store, StoreError};

/// The condition of [`Store::import_page`]: the city ($1), an indicator pattern ($2) and a
/// source ($3), each `NULL` for any.
macro_rules! import_matches {
    () => {
        "city_slug = $1
         AND ($2 IS NULL OR ('; ' || periods) LIKE $2 ESCAPE '!')
         AND ($3 IS NULL OR source = $3)"
    };
}

/// Rows per multi-row INSERT: few round trips, far below both backends' parameter limits.
const INSERT_BATCH: usize = 100;

/// The current catalogue of a city.
#[derive(Debug, Clone)]
pub struct StoredCatalogue {
    pub content_hash: String,
    pub loaded_at: String,
    pub indicators: Vec<IndicatorDef>,
}

impl StoredCatalogue {
    pub fn indicator(&self, id: &str) -> Option<&IndicatorDef> {
        self.indicators.iter().find(|indicator| indicator.id == id)
    }
}

/// What loading a catalogue did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueLoad {
    pub count: usize,
    pub changed: bool,
}

/// An import to record: where the figures came from and who brought them.
#[derive(Debug, Clone)]
pub struct NewImport {
    pub city: String,
    pub file_name: String,
    /// `genesis`, `portal-csv`, `xlsx`, `table`, `cubes` …
    pub format: String,
    pub source: String,
    /// SHA-256 of the file's bytes (and of the mapping), so an unchanged re-import is recognised.
    pub content_hash: String,
    pub imported_by: String,
    pub is_demo: bool,
    /// Added to each audit entry of the import, e.g. which saved mapping read the file.
    pub note: Option<String>,
}

/// The change to one (indicator, year) period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodChange {
    pub indicator: String,
    pub year: i32,
    /// Figures stored before (0 = a new period).
    pub old_count: usize,
    pub new_count: usize,
    /// Figures whose value or status differ from what was stored at the same coordinates.
    pub changed: usize,
    /// The imports whose figures were replaced.
    pub replaced_imports: Vec<i64>,
}

/// What an import did, or — for a dry run — would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// None for a dry run.
    pub import_id: Option<i64>,
    pub observation_count: usize,
    pub periods: Vec<PeriodChange>,
}

impl ImportReport {
    pub fn replaced_count(&self) -> usize {
        self.periods.iter().map(|period| period.old_count).sum()
    }
}

/// A stored import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRecord {
    pub id: i64,
    pub file_name: String,
    pub format: String,
    pub source: String,
    pub content_hash: String,
    pub imported_at: String,
    pub imported_by: String,
    pub is_demo: bool,
    pub observation_count: i64,
    pub periods: String,
    pub replaced_count: i64,
}

/// Which imports of a city to list, and which page of them (newest first).
#[derive(Debug, Clone, Default)]
pub struct ImportQuery {
    /// Only imports that brought figures of this indicator.
    pub indicator: Option<String>,
    /// Only imports from this source, as recorded.
    pub source: Option<String>,
    /// At most this many records (a page).
    pub limit: i64,
    /// Skip this many records (the pages before).
    pub offset: i64,
}

/// One page of a city's imports and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPage {
    pub records: Vec<ImportRecord>,
    pub total: i64,
}

/// A stored figure with its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredObservation {
    pub observation: Observation,
    pub import_id: i64,
    pub is_demo: bool,
}

/// Which figures of an indicator to read; `None` matches every code.
#[derive(Debug, Clone, Default)]
pub struct ObservationFilter {
    pub year: Option<i32>,
    pub district: Option<String>,
    pub sex: Option<String>,
    pub origin: Option<String>,
    pub age: Option<String>,
}

impl Store {
    /// Stores `indicators` as the city's current catalogue unless it is unchanged; audited.
    pub async fn save_catalogue(
        &self,
        city: &str,
        indicators: &[IndicatorDef],
        loaded_by: &str,
        now: Timestamp,
    ) -> Result<CatalogueLoad, StoreError> {
        let document = serde_json::to_string(indicators)
            .map_err(|error| StoreError::InvalidFigures(format!("catalogue: {error}")))?;
        let content_hash = hex(&Sha256::digest(document.as_bytes()));
        let mut transaction = self.begin_write().await?;
        let current: Option<String> = sqlx::query(
            "SELECT content_hash FROM indicator_catalogues WHERE city_slug = $1 AND is_current = 1",
        )
        .bind(city)
        .fetch_optional(&mut *transaction)
        .await?
        .map(|row| row.try_get("content_hash"))
        .transpose()?;
        if current.as_deref() == Some(content_hash.as_str()) {
            transaction.rollback().await?;
            return Ok(CatalogueLoad {
                count: indicators.len(),
                changed: false,
            });
        }
        sqlx::query("UPDATE indicator_catalogues SET is_current = 0 WHERE city_slug = $1")
            .bind(city)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO indicator_catalogues (city_slug, content_hash, document, loaded_at, loaded_by, is_current)
             VALUES ($1, $2, $3, $4, $5, 1)",
        )
        .bind(city)
        .bind(&content_hash)
        .bind(&document)
        .bind(now.to_string())
        .bind(loaded_by)
        .execute(&mut *transaction)
        .await?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: loaded_by.to_owned(),
                action: "indicators.load".into(),
                entity_type: "indicator_catalogue".into(),
                entity_id: city.to_owned(),
                field: None,
                old_value: current,
                new_value: Some(content_hash),
                detail: Some(format!("{} indicators", indicators.len())),
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(CatalogueLoad {
            count: indicators.len(),
            changed: true,
        })
    }

    /// The current catalogue of `city`, if one was loaded.
    pub async fn current_catalogue(
        &self,
        city: &str,
    ) -> Result<Option<StoredCatalogue>, StoreError> {
        let Some(row) = sqlx::query(
            "SELECT content_hash, loaded_at, document FROM indicator_catalogues
             WHERE city_slug = $1 AND is_current = 1",
        )
        .bind(city)
        .fetch_optional(&self.pool)
        .await?
        else {
            return Ok(None);
        };
        let document: String = row.try_get("document")?;
        let indicators = serde_json::from_str(&document).map_err(|error| {
            StoreError::InvalidFigures(format!(
                "stored catalogue of {city} cannot be read: {error}"
            ))
        })?;
        Ok(Some(StoredCatalogue {
            content_hash: row.try_get("content_hash")?,
            loaded_at: row.try_get("loaded_at")?,
            indicators,
        }))
    }

    /// Whether an import of exactly this content (same hash) is stored for `city`.
    pub async fn has_import(&self, city: &str, content_hash: &str) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n FROM monitoring_imports WHERE city_slug = $1 AND content_hash = $2",
        )
        .bind(city)
        .bind(content_hash)
        .fetch_one(&self.pool)
        .await?;
        Ok(row.try_get::<i64, _>("n")? > 0)
    }

    /// Imports `observations` all or nothing; with `dry_run` nothing is kept.
    pub async fn import_observations(
        &self,
        import: &NewImport,
        observations: &[Observation],
        now: Timestamp,
        dry_run: bool,
    ) -> Result<ImportReport, StoreError> {
        self.import_observations_with(import, observations, now, dry_run, None)
            .await
    }

    /// [`Store::import_observations`], recording `reporting` (the institutions behind figures
    /// of data from institutions) with the import, in its transaction.
    pub(crate) async fn import_observations_with(
        &self,
        import: &NewImport,
        observations: &[Observation],
        now: Timestamp,
        dry_run: bool,
        reporting: Option<&crate::collection::CollectionReporting>,
    ) -> Result<ImportReport, StoreError> {
        let mut seen = BTreeSet::new();
        for observation in observations {
            observation.check().map_err(|message| {
                StoreError::InvalidFigures(format!(
                    "{} {}: {message}",
                    observation.indicator, observation.at.year
                ))
            })?;
            if !seen.insert((&observation.indicator, &observation.at)) {
                return Err(StoreError::InvalidFigures(format!(
                    "{} {} {}/{}/{}/{}: the figure appears twice",
                    observation.indicator,
                    observation.at.year,
                    observation.at.district,
                    observation.at.sex,
                    observation.at.origin,
                    observation.at.age
                )));
            }
        }
        let mut by_period: BTreeMap<(String, i32), Vec<&Observation>> = BTreeMap::new();
        for observation in observations {
            by_period
                .entry((observation.indicator.clone(), observation.at.year))
                .or_default()
                .push(observation);
        }

        let mut transaction = self.begin_write().await?;
        if self.backend == crate::Backend::Postgres {
            // Two imports of one period must not interleave (read the old figures, delete,
            // insert): the second would fail on the primary key. Readers are not blocked;
            // on SQLite, `begin_write` already serialises writers.
            sqlx::query("LOCK TABLE observations IN EXCLUSIVE MODE")
                .execute(&mut *transaction)
                .await?;
        }
        let mut periods = Vec::new();
        for ((indicator, year), new) in &by_period {
            let old = read_period(&mut transaction, &import.city, indicator, *year).await?;
            let mut changed = 0;
            let old_by_key: BTreeMap<&Coordinates, &(Observation, i64)> =
                old.iter().map(|entry| (&entry.0.at, entry)).collect();
            for observation in new {
                match old_by_key.get(&observation.at) {
                    Some((stored, _))
                        if stored.value == observation.value
                            && stored.status == observation.status => {}
                    _ => changed += 1,
                }
            }
            let replaced_imports: Vec<i64> = old
                .iter()
                .map(|(_, import_id)| *import_id)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            periods.push(PeriodChange {
                indicator: indicator.clone(),
                year: *year,
                old_count: old.len(),
                new_count: new.len(),
                changed: changed + old.len().saturating_sub(new.len()),
                replaced_imports,
            });
        }
        let report_periods = describe_periods(&periods);
        let replaced: usize = periods.iter().map(|period| period.old_count).sum();
        let import_id: i64 = sqlx::query(
            "INSERT INTO monitoring_imports
                 (city_slug, file_name, format, source, content_hash, imported_at, imported_by,
                  is_demo, observation_count, periods, replaced_count)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
             RETURNING id",
        )
        .bind(&import.city)
        .bind(&import.file_name)
        .bind(&import.format)
        .bind(&import.source)
        .bind(&import.content_hash)
        .bind(now.to_string())
        .bind(&import.imported_by)
        .bind(i64::from(import.is_demo))
        .bind(count(observations.len()))
        .bind(&report_periods)
        .bind(count(replaced))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        if let Some(reporting) = reporting {
            crate::collection::insert_reporting(&mut transaction, import_id, reporting).await?;
        }

        let mut entries = Vec::new();
        for period in &periods {
            sqlx::query(
                "DELETE FROM observations WHERE city_slug = $1 AND indicator_id = $2 AND year = $3",
            )
            .bind(&import.city)
            .bind(&period.indicator)
            .bind(i64::from(period.year))
            .execute(&mut *transaction)
            .await?;
            let replacing = period.old_count > 0;
            entries.push(AuditEntry {
                actor: import.imported_by.clone(),
                action: if replacing {
                    "import.replace"
                } else {
                    "import.create"
                }
                .into(),
                entity_type: "indicator_period".into(),
                entity_id: format!("{}/{}", period.indicator, period.year),
                field: None,
                old_value: replacing.then(|| {
                    format!(
                        "{} figures from import {}",
                        period.old_count,
                        period
                            .replaced_imports
                            .iter()
                            .map(|id| format!("#{id}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                }),
                new_value: Some(format!(
                    "{} figures from import #{import_id}",
                    period.new_count
                )),
                detail: Some(format!(
                    "{} ({}), {} changed{}",
                    import.file_name,
                    import.source,
                    period.changed,
                    import
                        .note
                        .as_deref()
                        .map(|note| format!("; {note}"))
                        .unwrap_or_default()
                )),
            });
        }
        for chunk in observations.chunks(INSERT_BATCH) {
            insert_batch(&mut transaction, &import.city, import_id, chunk).await?;
        }
        audit::append(&mut transaction, now, &entries).await?;
        if dry_run {
            transaction.rollback().await?;
        } else {
            transaction.commit().await?;
            tracing::info!(
                import_id,
                file = %import.file_name,
                figures = observations.len(),
                replaced,
                "import stored"
            );
        }
        Ok(ImportReport {
            import_id: (!dry_run).then_some(import_id),
            observation_count: observations.len(),
            periods,
        })
    }

    /// Imports of `city`, newest first.
    pub async fn imports(&self, city: &str) -> Result<Vec<ImportRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, file_name, format, source, content_hash, imported_at, imported_by, is_demo,
                    observation_count, periods, replaced_count
             FROM monitoring_imports WHERE city_slug = $1 ORDER BY id DESC",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(import_record).collect()
    }

    /// One page of the imports of `city`, newest first, filtered by indicator and source.
    ///
    /// An import's indicators are read from its `periods` text (`"<indicator> <years>; …"`,
    /// written by [`Store::import_observations`]): an indicator id has no space or semicolon,
    /// so `"; <id> "` inside `"; " || periods` matches exactly that indicator.
    pub async fn import_page(
        &self,
        city: &str,
        query: &ImportQuery,
    ) -> Result<ImportPage, StoreError> {
        let indicator = query
            .indicator
            .as_deref()
            .map(|id| format!("%; {} %", escape_like(id)));
        let total: i64 = sqlx::query(concat!(
            "SELECT COUNT(*) AS n FROM monitoring_imports WHERE ",
            import_matches!()
        ))
        .bind(city)
        .bind(&indicator)
        .bind(&query.source)
        .fetch_one(&self.pool)
        .await?
        .try_get("n")?;
        let rows = sqlx::query(concat!(
            "SELECT id, file_name, format, source, content_hash, imported_at, imported_by, is_demo,
                    observation_count, periods, replaced_count
             FROM monitoring_imports WHERE ",
            import_matches!(),
            " ORDER BY id DESC LIMIT $4 OFFSET $5"
        ))
        .bind(city)
        .bind(&indicator)
        .bind(&query.source)
        .bind(query.limit.max(0))
        .bind(query.offset.max(0))
        .fetch_all(&self.pool)
        .await?;
        Ok(ImportPage {
            records: rows.iter().map(import_record).collect::<Result<_, _>>()?,
            total,
        })
    }

    /// The sources the imports of `city` name, in order, each once (for a filter).
    pub async fn import_sources(&self, city: &str) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT source FROM monitoring_imports WHERE city_slug = $1 ORDER BY source",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(|row| Ok(row.try_get("source")?)).collect()
    }

    /// A text that changes whenever the city's monitoring data changes (a new import or
    /// catalogue), for ETags and caches.
    pub async fn monitoring_version(&self, city: &str) -> Result<String, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM monitoring_imports WHERE city_slug = $1) AS n,
                    (SELECT COALESCE(MAX(id), 0) FROM monitoring_imports WHERE city_slug = $1) AS latest,
                    (SELECT content_hash FROM indicator_catalogues
                      WHERE city_slug = $1 AND is_current = 1) AS catalogue",
        )
        .bind(city)
        .fetch_one(&self.pool)
        .await?;
        let catalogue: Option<String> = row.try_get("catalogue")?;
        Ok(format!(
            "{}-{}-{}",
            row.try_get::<i64, _>("n")?,
            row.try_get::<i64, _>("latest")?,
            catalogue.unwrap_or_default()
        ))
    }

    /// The version of one indicator's figures: it moves with every import that touches them and
    /// with a new catalogue, not with imports of other indicators. What depends on one
    /// indicator alone (its PDF sheet) is validated with it, so that an import of one
    /// indicator does not make every sheet be typeset again.
    pub async fn indicator_version(
        &self,
        city: &str,
        indicator: &str,
    ) -> Result<String, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS n,
                    CAST(COALESCE(MAX(import_id), 0) AS BIGINT) AS latest,
                    CAST(COALESCE(SUM(import_id), 0) AS BIGINT) AS total,
                    (SELECT content_hash FROM indicator_catalogues
                      WHERE city_slug = $1 AND is_current = 1) AS catalogue
             FROM observations WHERE city_slug = $1 AND indicator_id = $2",
        )
        .bind(city)
        .bind(indicator)
        .fetch_one(&self.pool)
        .await?;
        let catalogue: Option<String> = row.try_get("catalogue")?;
        Ok(format!(
            "{}-{}-{}-{}",
            row.try_get::<i64, _>("n")?,
            row.try_get::<i64, _>("latest")?,
            row.try_get::<i64, _>("total")?,
            catalogue.unwrap_or_default()
        ))
    }

    /// Figures of one indicator, ordered by year and codes.
    pub async fn observations(
        &self,
        city: &str,
        indicator: &str,
        filter: &ObservationFilter,
    ) -> Result<Vec<StoredObservation>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.indicator_id, o.year, o.district, o.sex, o.origin, o.age, o.value,
                    o.lower_bound, o.upper_bound, o.base, o.obs_status, o.conf_status, o.sign,
                    o.footnotes, o.import_id, i.is_demo
             FROM observations o JOIN monitoring_imports i ON i.id = o.import_id
             WHERE o.city_slug = $1 AND o.indicator_id = $2
               AND ($3 IS NULL OR o.year = $3)
               AND ($4 IS NULL OR o.district = $4)
               AND ($5 IS NULL OR o.sex = $5)
               AND ($6 IS NULL OR o.origin = $6)
               AND ($7 IS NULL OR o.age = $7)
             ORDER BY o.year",
        )
        .bind(city)
        .bind(indicator)
        .bind(filter.year.map(i64::from))
        .bind(&filter.district)
        .bind(&filter.sex)
        .bind(&filter.origin)
        .bind(&filter.age)
        .fetch_all(&self.pool)
        .await?;
        stored_observations(&rows)
    }

    /// The years with figures of `city`, newest first.
    pub async fn observation_years(&self, city: &str) -> Result<Vec<i32>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT year FROM observations WHERE city_slug = $1 ORDER BY year DESC",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let year: i64 = row.try_get("year")?;
                i32::try_from(year)
                    .map_err(|_| StoreError::Corrupt(format!("observation year {year}")))
            })
            .collect()
    }

    /// Every figure of every indicator of the city, all breakdowns: what a report prints, read
    /// in one query instead of one per indicator.
    pub async fn every_observation(
        &self,
        city: &str,
    ) -> Result<Vec<StoredObservation>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.indicator_id, o.year, o.district, o.sex, o.origin, o.age, o.value,
                    o.lower_bound, o.upper_bound, o.base, o.obs_status, o.conf_status, o.sign,
                    o.footnotes, o.import_id, i.is_demo
             FROM observations o JOIN monitoring_imports i ON i.id = o.import_id
             WHERE o.city_slug = $1
             ORDER BY o.indicator_id, o.year",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        stored_observations(&rows)
    }

    /// Every figure of the city for the whole city, both sexes and all ages (the whole population
    /// and its origin groups), of every indicator — what the start page and field pages need.
    pub async fn observations_of_city(
        &self,
        city: &str,
    ) -> Result<Vec<StoredObservation>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.indicator_id, o.year, o.district, o.sex, o.origin, o.age, o.value,
                    o.lower_bound, o.upper_bound, o.base, o.obs_status, o.conf_status, o.sign,
                    o.footnotes, o.import_id, i.is_demo
             FROM observations o JOIN monitoring_imports i ON i.id = o.import_id
             WHERE o.city_slug = $1 AND o.district = '_T' AND o.sex = '_T' AND o.age = '_T'
             ORDER BY o.indicator_id, o.year",
        )
        .bind(city)
        .fetch_all(&self.pool)
        .await?;
        stored_observations(&rows)
    }
}

/// Rows as figures, sorted by indicator and coordinates in byte order (the same on both backends,
/// whatever collation a PostgreSQL database has).
fn stored_observations(rows: &[sqlx::any::AnyRow]) -> Result<Vec<StoredObservation>, StoreError> {
    let mut result = rows
        .iter()
        .map(|row| {
            Ok(StoredObservation {
                observation: observation_from_row(row)?,
                import_id: row.try_get("import_id")?,
                is_demo: row.try_get::<i64, _>("is_demo")? != 0,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    result.sort_by(|a, b| {
        (&a.observation.indicator, &a.observation.at)
            .cmp(&(&b.observation.indicator, &b.observation.at))
    });
    Ok(result)
}

async fn read_period(
    connection: &mut AnyConnection,
    city: &str,
    indicator: &str,
    year: i32,
) -> Result<Vec<(Observation, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT indicator_id, year, district, sex, origin, age, value, lower_bound, upper_bound,
                base, obs_status, conf_status, sign, footnotes, import_id
         FROM observations WHERE city_slug = $1 AND indicator_id = $2 AND year = $3",
    )
    .bind(city)
    .bind(indicator)
    .bind(i64::from(year))
    .fetch_all(&mut *connection)
    .await?;
    rows.iter()
        .map(|row| Ok((observation_from_row(row)?, row.try_get("import_id")?)))
        .collect()
}

async fn insert_batch(
    connection: &mut AnyConnection,
    city: &str,
    import_id: i64,
    chunk: &[Observation],
) -> Result<(), StoreError> {
    const COLUMNS: usize = 16;
    let mut sql = String::from(
        "INSERT INTO observations (city_slug, indicator_id, year, district, sex, origin, age,
             value, lower_bound, upper_bound, base, obs_status, conf_status, sign, footnotes, import_id)
         VALUES ",
    );
    for index in 0..chunk.len() {
        if index > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column in 0..COLUMNS {
            if column > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", index * COLUMNS + column + 1));
        }
        sql.push(')');
    }
    // Audited: `sql` holds only fixed text and numbered placeholders; every value is bound.
    let mut statement = sqlx::query(sqlx::AssertSqlSafe(sql));
    for observation in chunk {
        let footnotes = serde_json::to_string(&observation.footnotes)
            .map_err(|error| StoreError::InvalidFigures(error.to_string()))?;
        statement = statement
            .bind(city.to_owned())
            .bind(observation.indicator.clone())
            .bind(i64::from(observation.at.year))
            .bind(observation.at.district.clone())
            .bind(observation.at.sex.clone())
            .bind(observation.at.origin.clone())
            .bind(observation.at.age.clone())
            .bind(observation.value.map(|v| v.to_string()))
            .bind(observation.lower.map(|v| v.to_string()))
            .bind(observation.upper.map(|v| v.to_string()))
            .bind(observation.base)
            .bind(observation.status.code().to_owned())
            .bind(observation.conf_status.map(|c| c.code().to_owned()))
            .bind(observation.sign.clone())
            .bind(footnotes)
            .bind(import_id);
    }
    statement.execute(&mut *connection).await?;
    Ok(())
}

fn observation_from_row(row: &sqlx::any::AnyRow) -> Result<Observation, StoreError> {
    let indicator: String = row.try_get("indicator_id")?;
    let decimal = |column: &str| -> Result<Option<Decimal>, StoreError> {
        let text: Option<String> = row.try_get(column)?;
        text.map(|text| {
            text.parse::<Decimal>().map_err(|error| {
                StoreError::InvalidFigures(format!("stored {column} of {indicator}: {error}"))
            })
        })
        .transpose()
    };
    let status: String = row.try_get("obs_status")?;
    let conf_status: Option<String> = row.try_get("conf_status")?;
    let footnotes: String = row.try_get("footnotes")?;
    let year: i64 = row.try_get("year")?;
    Ok(Observation {
        at: Coordinates {
            year: i32::try_from(year)
                .map_err(|_| StoreError::InvalidFigures(format!("stored year {year}")))?,
            district: row.try_get("district")?,
            sex: row.try_get("sex")?,
            origin: row.try_get("origin")?,
            age: row.try_get("age")?,
        },
        value: decimal("value")?,
        lower: decimal("lower_bound")?,
        upper: decimal("upper_bound")?,
        base: row.try_get("base")?,
        status: ObsStatus::parse(&status)
            .ok_or_else(|| StoreError::InvalidFigures(format!("stored status `{status}`")))?,
        conf_status: conf_status.as_deref().and_then(ConfStatus::parse),
        sign: row.try_get("sign")?,
        footnotes: serde_json::from_str(&footnotes).unwrap_or_default(),
        indicator,
    })
}

/// "abgang-ohne-abschluss 2016–2023; kita-u3 2022" — what the imports page lists.
fn describe_periods(periods: &[PeriodChange]) -> String {
    let mut years: BTreeMap<&str, Vec<i32>> = BTreeMap::new();
    for period in periods {
        years
            .entry(period.indicator.as_str())
            .or_default()
            .push(period.year);
    }
    years
        .into_iter()
        .map(|(indicator, years)| {
            let first = years.iter().min().copied().unwrap_or_default();
            let last = years.iter().max().copied().unwrap_or_default();
            if first == last {
                format!("{indicator} {first}")
            } else {
                format!("{indicator} {first}–{last}")
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn import_record(row: &sqlx::any::AnyRow) -> Result<ImportRecord, StoreError> {
    Ok(ImportRecord {
        id: row.try_get("id")?,
        file_name: row.try_get("file_name")?,
        format: row.try_get("format")?,
        source: row.try_get("source")?,
        content_hash: row.try_get("content_hash")?,
        imported_at: row.try_get("imported_at")?,
        imported_by: row.try_get("imported_by")?,
        is_demo: row.try_get::<i64, _>("is_demo")? != 0,
        observation_count: row.try_get("observation_count")?,
        periods: row.try_get("periods")?,
        replaced_count: row.try_get("replaced_count")?,
    })
}

/// `text` as a literal inside a `LIKE … ESCAPE '!'` pattern.
fn escape_like(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '!' | '%' | '_') {
            escaped.push('!');
        }
        escaped.push(c);
    }
    escaped
}

fn count(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
