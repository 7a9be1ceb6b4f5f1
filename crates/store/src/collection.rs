//! Data from institutions (migration 0620): the data-set definitions, one form per (data set,
//! period, institution) with its state, the values and the reminders queued. Every write checks
//! the form's state in its own transaction (approval locks entry) and is audited there.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::audit::{self, AuditEntry};
use crate::mail::{self, NewMail};
use crate::time::stamp;
use crate::{Store, StoreError};

/// Where a form stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormState {
    Draft,
    Complete,
    Approved,
    Returned,
}

impl FormState {
    pub fn as_str(self) -> &'static str {
        match self {
            FormState::Draft => "draft",
            FormState::Complete => "complete",
            FormState::Approved => "approved",
            FormState::Returned => "returned",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [
            FormState::Draft,
            FormState::Complete,
            FormState::Approved,
            FormState::Returned,
        ]
        .into_iter()
        .find(|state| state.as_str() == value)
    }

    /// Whether values may be entered or changed.
    pub fn open_for_entry(self) -> bool {
        matches!(self, FormState::Draft | FormState::Returned)
    }
}

/// Which form: data set code, period code (`2025Q1`), institution code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FormKey {
    pub data_set: String,
    pub period: String,
    pub institution: String,
}

impl FormKey {
    /// `data-set/period/institution`, as the audit log names the form.
    pub fn entity_id(&self) -> String {
        format!("{}/{}/{}", self.data_set, self.period, self.institution)
    }
}

/// A stored form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredForm {
    pub key: FormKey,
    pub state: FormState,
    pub completed_at: Option<String>,
    pub completed_by: Option<String>,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
    /// The statistics office's comment when it returned the form.
    pub decision_comment: Option<String>,
    pub updated_at: String,
}

/// A stored value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredValue {
    pub institution: String,
    pub element: String,
    pub combo: String,
    pub value: String,
    pub comment: Option<String>,
    pub follow_up: bool,
    pub stored_by: String,
    pub updated_at: String,
}

/// A value to set: `value` `None` removes the stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueChange {
    pub element: String,
    pub combo: String,
    pub value: Option<String>,
    pub comment: Option<String>,
    pub follow_up: bool,
}

/// Why the store refused a change of a form.
#[derive(Debug, thiserror::Error)]
pub enum CollectionError {
    /// The form is in a state that does not allow it.
    #[error("the form {} is {}", .0.entity_id(), .1.as_str())]
    State(FormKey, FormState),
    /// There is no such form (or institution).
    #[error("no such form")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for CollectionError {
    fn from(error: sqlx::Error) -> Self {
        CollectionError::Store(StoreError::Query(error))
    }
}

/// What loading the definitions changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DefinitionsLoad {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// A stored definition file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDefinition {
    pub file: String,
    pub source: String,
    pub version: i64,
}

/// A reminder to queue for a form on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    pub key: FormKey,
    /// The day (`2025-04-23`): one reminder per form and day.
    pub day: String,
    /// `before` or `after` the due day.
    pub kind: String,
    pub mails: Vec<NewMail>,
}

macro_rules! form_select {
    ($rest:literal) => {
        concat!(
            "SELECT data_set, period, institution_code, state, completed_at, completed_by,
               decided_at, decided_by, decision_comment, updated_at FROM collection_forms ",
            $rest
        )
    };
}

fn form_from(row: &AnyRow) -> Result<StoredForm, StoreError> {
    let state: String = row.try_get("state")?;
    Ok(StoredForm {
        key: FormKey {
            data_set: row.try_get("data_set")?,
            period: row.try_get("period")?,
            institution: row.try_get("institution_code")?,
        },
        state: FormState::parse(&state)
            .ok_or_else(|| StoreError::Corrupt(format!("unknown form state `{state}`")))?,
        completed_at: row.try_get("completed_at")?,
        completed_by: row.try_get("completed_by")?,
        decided_at: row.try_get("decided_at")?,
        decided_by: row.try_get("decided_by")?,
        decision_comment: row.try_get("decision_comment")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn value_from(row: &AnyRow) -> Result<StoredValue, StoreError> {
    Ok(StoredValue {
        institution: row.try_get("institution_code")?,
        element: row.try_get("element")?,
        combo: row.try_get("combo")?,
        value: row.try_get("value")?,
        comment: row.try_get("comment")?,
        follow_up: row.try_get::<i64, _>("follow_up")? != 0,
        stored_by: row.try_get("stored_by")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn entry(actor: &str, action: &str, key: &FormKey, detail: Option<String>) -> AuditEntry {
    AuditEntry {
        actor: actor.to_owned(),
        action: action.to_owned(),
        entity_type: "collection-form".into(),
        entity_id: key.entity_id(),
        field: None,
        old_value: None,
        new_value: None,
        detail,
    }
}

type Transaction = sqlx::Transaction<'static, sqlx::Any>;

async fn state_in(
    transaction: &mut Transaction,
    key: &FormKey,
) -> Result<Option<FormState>, StoreError> {
    let row = sqlx::query(
        "SELECT state FROM collection_forms
         WHERE data_set = $1 AND period = $2 AND institution_code = $3",
    )
    .bind(&key.data_set)
    .bind(&key.period)
    .bind(&key.institution)
    .fetch_optional(&mut **transaction)
    .await?;
    match row {
        None => Ok(None),
        Some(row) => {
            let state: String = row.try_get("state")?;
            FormState::parse(&state)
                .map(Some)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown form state `{state}`")))
        }
    }
}

/// Whether `code` is an active institution, read in the transaction.
async fn institution_in(transaction: &mut Transaction, code: &str) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT active FROM institutions WHERE code = $1")
        .bind(code)
        .fetch_optional(&mut **transaction)
        .await?;
    Ok(match row {
        Some(row) => row.try_get::<i64, _>("active")? != 0,
        None => false,
    })
}

/// Sets one form's values inside a transaction: see [`Store::save_collection_values`].
async fn save_in(
    transaction: &mut Transaction,
    key: &FormKey,
    changes: &[ValueChange],
    actor: &str,
    now: Timestamp,
) -> Result<usize, CollectionError> {
    match state_in(transaction, key).await? {
        Some(state) if !state.open_for_entry() => {
            return Err(CollectionError::State(key.clone(), state));
        }
        Some(_) => {}
        None => {
            if !institution_in(transaction, &key.institution).await? {
                return Err(CollectionError::NotFound);
            }
            sqlx::query(
                "INSERT INTO collection_forms (data_set, period, institution_code, state, updated_at)
                 VALUES ($1, $2, $3, 'draft', $4)",
            )
            .bind(&key.data_set)
            .bind(&key.period)
            .bind(&key.institution)
            .bind(stamp(now))
            .execute(&mut **transaction)
            .await?;
        }
    }
    let mut changed = 0;
    for change in changes {
        let before = sqlx::query(
            "SELECT value, comment, follow_up FROM collection_values
             WHERE data_set = $1 AND period = $2 AND institution_code = $3 AND element = $4
               AND combo = $5",
        )
        .bind(&key.data_set)
        .bind(&key.period)
        .bind(&key.institution)
        .bind(&change.element)
        .bind(&change.combo)
        .fetch_optional(&mut **transaction)
        .await?;
        let before = before
            .map(|row| -> Result<_, sqlx::Error> {
                Ok((
                    row.try_get::<String, _>("value")?,
                    row.try_get::<Option<String>, _>("comment")?,
                    row.try_get::<i64, _>("follow_up")? != 0,
                ))
            })
            .transpose()?;
        let after = change
            .value
            .clone()
            .map(|value| (value, change.comment.clone(), change.follow_up));
        if before == after {
            continue;
        }
        changed += 1;
        match &after {
            None => {
                sqlx::query(
                    "DELETE FROM collection_values WHERE data_set = $1 AND period = $2
                       AND institution_code = $3 AND element = $4 AND combo = $5",
                )
                .bind(&key.data_set)
                .bind(&key.period)
                .bind(&key.institution)
                .bind(&change.element)
                .bind(&change.combo)
                .execute(&mut **transaction)
                .await?;
            }
            Some((value, comment, follow_up)) => {
                sqlx::query(
                    "INSERT INTO collection_values (data_set, period, institution_code, element,
                       combo, value, comment, follow_up, stored_by, updated_at)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                     ON CONFLICT (data_set, period, institution_code, element, combo)
                     DO UPDATE SET value = excluded.value, comment = excluded.comment,
                       follow_up = excluded.follow_up, stored_by = excluded.stored_by,
                       updated_at = excluded.updated_at",
                )
                .bind(&key.data_set)
                .bind(&key.period)
                .bind(&key.institution)
                .bind(&change.element)
                .bind(&change.combo)
                .bind(value)
                .bind(comment.as_deref())
                .bind(i64::from(*follow_up))
                .bind(actor)
                .bind(stamp(now))
                .execute(&mut **transaction)
                .await?;
            }
        }
        audit::append(
            transaction,
            now,
            &[AuditEntry {
                field: Some(format!("{}.{}", change.element, change.combo)),
                old_value: before.map(|(value, ..)| value),
                new_value: after.map(|(value, ..)| value),
                ..entry(actor, "collection.value", key, None)
            }],
        )
        .await?;
    }
    sqlx::query(
        "UPDATE collection_forms SET updated_at = $1
         WHERE data_set = $2 AND period = $3 AND institution_code = $4",
    )
    .bind(stamp(now))
    .bind(&key.data_set)
    .bind(&key.period)
    .bind(&key.institution)
    .execute(&mut **transaction)
    .await?;
    Ok(changed)
}

impl Store {
    /// The stored definition files, by name.
    pub async fn collection_definitions(&self) -> Result<Vec<StoredDefinition>, StoreError> {
        let rows =
            sqlx::query("SELECT file, source, version FROM collection_definitions ORDER BY file")
                .fetch_all(&self.pool)
                .await?;
        rows.iter()
            .map(|row| {
                Ok(StoredDefinition {
                    file: row.try_get("file")?,
                    source: row.try_get("source")?,
                    version: row.try_get("version")?,
                })
            })
            .collect()
    }

    /// Makes the stored definitions what `files` (name, text) hold, in one transaction: a
    /// changed file gets the next version, a file no longer given is removed (its forms and
    /// values stay). The caller has checked the files.
    pub async fn save_collection_definitions(
        &self,
        files: &[(String, String)],
        actor: &str,
        now: Timestamp,
    ) -> Result<DefinitionsLoad, StoreError> {
        let before = self.collection_definitions().await?;
        let mut load = DefinitionsLoad::default();
        let mut entries = Vec::new();
        let audit = |file: &str, action: &str, version: i64| AuditEntry {
            actor: actor.to_owned(),
            action: action.to_owned(),
            entity_type: "collection-definition".into(),
            entity_id: file.to_owned(),
            field: None,
            old_value: None,
            new_value: Some(version.to_string()),
            detail: None,
        };
        let mut transaction = self.begin_write().await?;
        for (file, source) in files {
            let version = match before.iter().find(|stored| &stored.file == file) {
                Some(stored) if &stored.source == source => {
                    load.unchanged += 1;
                    continue;
                }
                Some(stored) => {
                    load.changed += 1;
                    stored.version + 1
                }
                None => {
                    load.added += 1;
                    1
                }
            };
            sqlx::query(
                "INSERT INTO collection_definitions (file, source, version, updated_at, updated_by)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (file) DO UPDATE SET source = excluded.source,
                   version = excluded.version, updated_at = excluded.updated_at,
                   updated_by = excluded.updated_by",
            )
            .bind(file)
            .bind(source)
            .bind(version)
            .bind(stamp(now))
            .bind(actor)
            .execute(&mut *transaction)
            .await?;
            entries.push(audit(file, "collection.definition", version));
        }
        for stored in &before {
            if files.iter().any(|(file, _)| file == &stored.file) {
                continue;
            }
            load.removed += 1;
            sqlx::query("DELETE FROM collection_definitions WHERE file = $1")
                .bind(&stored.file)
                .execute(&mut *transaction)
                .await?;
            entries.push(audit(
                &stored.file,
                "collection.definition.remove",
                stored.version,
            ));
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(load)
    }

    pub async fn collection_form(&self, key: &FormKey) -> Result<Option<StoredForm>, StoreError> {
        let row = sqlx::query(form_select!(
            "WHERE data_set = $1 AND period = $2 AND institution_code = $3"
        ))
        .bind(&key.data_set)
        .bind(&key.period)
        .bind(&key.institution)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(form_from).transpose()
    }

    /// Every stored form of a data set and period, by institution.
    pub async fn collection_forms(
        &self,
        data_set: &str,
        period: &str,
    ) -> Result<Vec<StoredForm>, StoreError> {
        let rows = sqlx::query(form_select!(
            "WHERE data_set = $1 AND period = $2 ORDER BY institution_code"
        ))
        .bind(data_set)
        .bind(period)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(form_from).collect()
    }

    /// Every stored form of an institution.
    pub async fn collection_forms_of(
        &self,
        institution: &str,
    ) -> Result<Vec<StoredForm>, StoreError> {
        let rows = sqlx::query(form_select!(
            "WHERE institution_code = $1 ORDER BY data_set, period"
        ))
        .bind(institution)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(form_from).collect()
    }

    /// The values of one form, by element and combination.
    pub async fn collection_values(&self, key: &FormKey) -> Result<Vec<StoredValue>, StoreError> {
        let rows = sqlx::query(
            "SELECT institution_code, element, combo, value, comment, follow_up, stored_by, updated_at
             FROM collection_values
             WHERE data_set = $1 AND period = $2 AND institution_code = $3
             ORDER BY element, combo",
        )
        .bind(&key.data_set)
        .bind(&key.period)
        .bind(&key.institution)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(value_from).collect()
    }

    /// The values of every approved form of a data set and period (what counts).
    pub async fn approved_collection_values(
        &self,
        data_set: &str,
        period: &str,
    ) -> Result<Vec<StoredValue>, StoreError> {
        let rows = sqlx::query(
            "SELECT v.institution_code, v.element, v.combo, v.value, v.comment, v.follow_up,
                    v.stored_by, v.updated_at
             FROM collection_values v
             JOIN collection_forms f ON f.data_set = v.data_set AND f.period = v.period
               AND f.institution_code = v.institution_code
             WHERE v.data_set = $1 AND v.period = $2 AND f.state = 'approved'
             ORDER BY v.institution_code, v.element, v.combo",
        )
        .bind(data_set)
        .bind(period)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(value_from).collect()
    }

    /// Sets values of a form (creating it as a draft), all or nothing. Refused unless the
    /// form is a draft or returned — checked in the same transaction.
    pub async fn save_collection_values(
        &self,
        key: &FormKey,
        changes: &[ValueChange],
        actor: &str,
        now: Timestamp,
    ) -> Result<usize, CollectionError> {
        self.save_collection_batch(&[(key.clone(), changes.to_vec())], actor, now)
            .await
    }

    /// Sets values of several forms in one transaction (a file's import): all or nothing.
    pub async fn save_collection_batch(
        &self,
        forms: &[(FormKey, Vec<ValueChange>)],
        actor: &str,
        now: Timestamp,
    ) -> Result<usize, CollectionError> {
        let mut transaction = self.begin_write().await?;
        let mut changed = 0;
        for (key, changes) in forms {
            changed += save_in(&mut transaction, key, changes, actor, now).await?;
        }
        transaction.commit().await?;
        Ok(changed)
    }

    /// Moves a form from one of `from` to `to`, checked in the transaction: completing
    /// (draft or returned → complete), approving (complete → approved) or returning
    /// (complete or approved → returned, with a comment). Completing a form that does not
    /// exist yet creates it.
    pub async fn set_collection_state(
        &self,
        key: &FormKey,
        from: &[FormState],
        to: FormState,
        comment: Option<&str>,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), CollectionError> {
        let mut transaction = self.begin_write().await?;
        let state = state_in(&mut transaction, key).await?;
        match state {
            Some(state) if !from.contains(&state) => {
                return Err(CollectionError::State(key.clone(), state));
            }
            Some(_) => {}
            None if to == FormState::Complete => {
                if !institution_in(&mut transaction, &key.institution).await? {
                    return Err(CollectionError::NotFound);
                }
                sqlx::query(
                    "INSERT INTO collection_forms (data_set, period, institution_code, state, updated_at)
                     VALUES ($1, $2, $3, 'draft', $4)",
                )
                .bind(&key.data_set)
                .bind(&key.period)
                .bind(&key.institution)
                .bind(stamp(now))
                .execute(&mut *transaction)
                .await?;
            }
            None => return Err(CollectionError::NotFound),
        }
        let query = if to == FormState::Complete {
            sqlx::query(
                "UPDATE collection_forms SET state = $1, completed_at = $2, completed_by = $3,
                   updated_at = $2
                 WHERE data_set = $4 AND period = $5 AND institution_code = $6",
            )
            .bind(to.as_str())
            .bind(stamp(now))
            .bind(actor)
        } else {
            sqlx::query(
                "UPDATE collection_forms SET state = $1, decided_at = $2, decided_by = $3,
                   decision_comment = $7, updated_at = $2
                 WHERE data_set = $4 AND period = $5 AND institution_code = $6",
            )
            .bind(to.as_str())
            .bind(stamp(now))
            .bind(actor)
        };
        let query = query
            .bind(&key.data_set)
            .bind(&key.period)
            .bind(&key.institution);
        let query = if to == FormState::Complete {
            query
        } else {
            query.bind(comment)
        };
        query.execute(&mut *transaction).await?;
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                field: Some("state".into()),
                old_value: state.map(|s| s.as_str().to_owned()),
                new_value: Some(to.as_str().to_owned()),
                ..entry(
                    actor,
                    &format!("collection.{}", to.as_str()),
                    key,
                    comment.map(str::to_owned),
                )
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Queues the reminders not yet queued for their form and day, each with its mails, in one
    /// transaction; returns how many were new. Running it again the same day queues nothing.
    pub async fn queue_collection_reminders(
        &self,
        reminders: &[Reminder],
        now: Timestamp,
    ) -> Result<usize, StoreError> {
        let mut transaction = self.begin_write().await?;
        let mut queued = 0;
        for reminder in reminders {
            let inserted = sqlx::query(
                "INSERT INTO collection_reminders (data_set, period, institution_code, sent_on, kind)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            )
            .bind(&reminder.key.data_set)
            .bind(&reminder.key.period)
            .bind(&reminder.key.institution)
            .bind(&reminder.day)
            .bind(&reminder.kind)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
            if inserted == 0 {
                continue;
            }
            queued += 1;
            mail::queue_in(&mut transaction, &reminder.mails, now).await?;
        }
        transaction.commit().await?;
        Ok(queued)
    }
}

/// The institutions behind figures that data from institutions fed (migration 0621): stored
/// with the import that wrote them, read beside the figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectionReporting {
    pub data_set: String,
    /// The data set's name in German and English (other languages show the German one).
    pub name_de: String,
    pub name_en: String,
    pub year: i32,
    /// Institutions whose approved values counted.
    pub reported: usize,
    /// Active institutions the data set is assigned to.
    pub expected: usize,
    /// A sub-annual data set: each institution counted with its latest approved period.
    pub latest_period: bool,
}

fn as_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn as_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

pub(crate) async fn insert_reporting(
    transaction: &mut Transaction,
    import_id: i64,
    reporting: &CollectionReporting,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO collection_reporting
             (import_id, data_set, name_de, name_en, year, reported, expected, latest_period)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(import_id)
    .bind(&reporting.data_set)
    .bind(&reporting.name_de)
    .bind(&reporting.name_en)
    .bind(i64::from(reporting.year))
    .bind(as_i64(reporting.reported))
    .bind(as_i64(reporting.expected))
    .bind(i64::from(reporting.latest_period))
    .execute(&mut **transaction)
    .await?;
    Ok(())
}

impl Store {
    /// Imports figures that a data set's approved values gave, with the reporting behind them
    /// (all or nothing, like [`Store::import_observations`]).
    pub async fn import_collection_observations(
        &self,
        import: &crate::NewImport,
        observations: &[teilhabe_domain::monitoring::Observation],
        reporting: &CollectionReporting,
        now: Timestamp,
    ) -> Result<crate::ImportReport, StoreError> {
        self.import_observations_with(import, observations, now, false, Some(reporting))
            .await
    }

    /// The reporting behind the stored figures of `indicator` in `city`, by year (empty for an
    /// indicator no data from institutions feeds).
    pub async fn collection_reporting(
        &self,
        city: &str,
        indicator: &str,
    ) -> Result<Vec<CollectionReporting>, StoreError> {
        let rows = sqlx::query(
            "SELECT data_set, name_de, name_en, year, reported, expected, latest_period
             FROM collection_reporting
             WHERE import_id IN (SELECT import_id FROM observations
                                 WHERE city_slug = $1 AND indicator_id = $2)
             ORDER BY year, import_id",
        )
        .bind(city)
        .bind(indicator)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(CollectionReporting {
                    data_set: row.try_get("data_set")?,
                    name_de: row.try_get("name_de")?,
                    name_en: row.try_get("name_en")?,
                    year: i32::try_from(row.try_get::<i64, _>("year")?).unwrap_or_default(),
                    reported: as_usize(row.try_get("reported")?),
                    expected: as_usize(row.try_get("expected")?),
                    latest_period: row.try_get::<i64, _>("latest_period")? != 0,
                })
            })
            .collect()
    }
}
