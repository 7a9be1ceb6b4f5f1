//! Backup and restore: every table as JSON lines, the same file for SQLite and PostgreSQL.
//!
//! A backup is one read transaction (a consistent snapshot while the server keeps writing). The
//! tables are read from the database's own catalogue, so a table a new migration adds is in the
//! next backup without a change here. A restore goes into an empty database, brings its schema to
//! the backup's migration version, inserts every row in one transaction, resets PostgreSQL's
//! identity sequences, and then runs the migrations the backup predates. The format is described
//! in `docs/formats/backup.md`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};

use futures_util::TryStreamExt;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::{AnyConnection, AssertSqlSafe, Row};

use crate::{Backend, DatabaseUrl, Store, StoreError};

/// The first line's `format`.
pub const FORMAT: &str = "teilhabe-backup";
/// Raised when the layout of the file changes (not when the schema does: that is `schema_version`).
pub const FORMAT_VERSION: u32 = 1;

/// Tables a backup leaves out: sqlx's own record of migrations (the header carries the
/// versions instead), sign-in sessions (short-lived; everyone signs in again after a restore),
/// failed-login records (throttling state of the last minutes) and the one-row lock that
/// serialises login reservations and the content version counter (every migrated database has
/// its own; a restore's inserts move the counter anyway), and import drafts (uploads waiting a
/// day at most for their mapping; their bytes are no portable column).
pub const EXCLUDED_TABLES: [&str; 6] = [
    "_sqlx_migrations",
    "sessions",
    "login_failures",
    "login_lock",
    "content_version",
    "import_drafts",
];

/// Most parameters one INSERT binds (SQLite allows 32,766; PostgreSQL 65,535).
const MAX_PARAMETERS: usize = 10_000;
const MAX_ROWS_PER_INSERT: usize = 500;

/// The first line of a backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub format: String,
    pub format_version: u32,
    /// The highest migration applied to the database the backup was taken from.
    pub schema_version: i64,
    /// Every applied migration's version.
    pub migrations: Vec<i64>,
    pub created_at: String,
    /// "SQLite" or "PostgreSQL", for information only.
    pub source: String,
    pub excluded_tables: Vec<String>,
}

/// A column as the file describes it: name and portable type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: ColumnKind,
}

/// The portable column types; the schema uses integers and text (money as cents, times as text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnKind {
    Integer,
    Real,
    Text,
}

/// The line that starts a table's rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableHeader {
    pub table: String,
    pub columns: Vec<Column>,
    pub rows: u64,
}

/// The last line: proves the file is complete.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trailer {
    pub end: EndCounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndCounts {
    pub tables: u64,
    pub rows: u64,
}

/// What a backup wrote or a restore inserted: (table, rows) in file order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableCounts {
    pub schema_version: i64,
    pub tables: Vec<(String, u64)>,
}

impl TableCounts {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, rows)| rows).sum()
    }
}

/// A problem with a backup file or the database it goes into; nothing was restored.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("line {line}: {message}")]
    File { line: u64, message: String },
    #[error("cannot read the backup file: {0}")]
    Read(std::io::Error),
    #[error("cannot write the backup file: {0}")]
    Write(std::io::Error),
    #[error(
        "the database is not empty (rows in {}); restore only into an empty database",
        .0.join(", ")
    )]
    NotEmpty(Vec<String>),
    #[error("{0}")]
    Schema(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for BackupError {
    fn from(error: sqlx::Error) -> Self {
        BackupError::Store(StoreError::Query(error))
    }
}

impl From<sqlx::migrate::MigrateError> for BackupError {
    fn from(error: sqlx::migrate::MigrateError) -> Self {
        BackupError::Store(StoreError::Migrate(error))
    }
}

/// A table of the database with its columns and the tables its foreign keys point to.
#[derive(Debug, Clone)]
struct TableInfo {
    name: String,
    columns: Vec<Column>,
    references: BTreeSet<String>,
    /// PostgreSQL identity columns, whose sequences a restore moves past the inserted ids.
    identity: Vec<String>,
}

impl Store {
    /// Writes every table (but [`EXCLUDED_TABLES`]) to `out` from one consistent snapshot.
    pub async fn backup(
        &self,
        out: &mut dyn Write,
        now: Timestamp,
    ) -> Result<TableCounts, BackupError> {
        let mut transaction = self.pool.begin().await?;
        if self.backend == Backend::Postgres {
            // Must be the transaction's first statement: one snapshot for every table.
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(&mut *transaction)
                .await?;
        }
        let connection: &mut AnyConnection = &mut transaction;
        // In SQLite the first read starts the snapshot; reading the migrations does that.
        let migrations = applied_migrations(connection).await?;
        let tables = ordered(schema(connection, self.backend).await?)?;
        let header = Header {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            schema_version: migrations.iter().copied().max().unwrap_or(0),
            migrations,
            created_at: crate::time::stamp(now),
            source: self.backend.to_string(),
            excluded_tables: EXCLUDED_TABLES.iter().map(|t| (*t).to_owned()).collect(),
        };
        write_line(out, &header)?;
        let mut counts = TableCounts {
            schema_version: header.schema_version,
            tables: Vec::new(),
        };
        for table in &tables {
            let count: i64 = sqlx::query(AssertSqlSafe(format!(
                "SELECT COUNT(*) FROM {}",
                quote(&table.name)
            )))
            .fetch_one(&mut *connection)
            .await?
            .try_get(0)?;
            write_line(
                out,
                &TableHeader {
                    table: table.name.clone(),
                    columns: table.columns.clone(),
                    rows: u64::try_from(count).unwrap_or(0),
                },
            )?;
            let order = table
                .columns
                .iter()
                .map(|column| order_term(self.backend, column))
                .collect::<Vec<_>>()
                .join(", ");
            let select = format!(
                "SELECT {} FROM {} ORDER BY {order}",
                column_list(&table.columns),
                quote(&table.name)
            );
            let mut written = 0u64;
            {
                let mut rows = sqlx::query(AssertSqlSafe(select)).fetch(&mut *connection);
                while let Some(row) = rows.try_next().await? {
                    let mut values = Vec::with_capacity(table.columns.len());
                    for (index, column) in table.columns.iter().enumerate() {
                        values.push(read_value(&row, index, column, &table.name)?);
                    }
                    write_line(out, &values)?;
                    written += 1;
                }
            }
            if i64::try_from(written).ok() != Some(count) {
                return Err(BackupError::Schema(format!(
                    "{} changed during the backup ({count} rows counted, {written} read)",
                    table.name
                )));
            }
            counts.tables.push((table.name.clone(), written));
        }
        write_line(
            out,
            &Trailer {
                end: EndCounts {
                    tables: counts.tables.len() as u64,
                    rows: counts.rows(),
                },
            },
        )?;
        out.flush().map_err(BackupError::Write)?;
        transaction.rollback().await?;
        Ok(counts)
    }

    /// The tables of the schema, in the order a backup writes them (referenced tables first).
    pub async fn tables(&self) -> Result<Vec<String>, BackupError> {
        let mut connection = self.pool.acquire().await?;
        let tables = ordered(schema(&mut connection, self.backend).await?)?;
        Ok(tables.into_iter().map(|table| table.name).collect())
    }

    /// Restores `input` into the empty database at `url`; all or nothing. Returns the store,
    /// migrated to this program's schema, and what was inserted.
    pub async fn restore(
        url: &DatabaseUrl,
        input: &mut dyn BufRead,
    ) -> Result<(Store, TableCounts), BackupError> {
        let mut reader = Lines { input, line: 0 };
        let header: Header = reader.expect_json("the backup header")?;
        if header.format != FORMAT {
            return Err(reader.error(format!(
                "not a teilhabe backup (format `{}`, expected `{FORMAT}`)",
                header.format
            )));
        }
        if header.format_version != FORMAT_VERSION {
            return Err(reader.error(format!(
                "backup format version {} is not supported; this teilhabe reads version {FORMAT_VERSION}",
                header.format_version
            )));
        }
        let store = Store::connect(url).await?;
        let migrator = store.migrator();
        let known: BTreeSet<i64> = migrator.iter().map(|m| m.version).collect();
        let unknown: Vec<String> = header
            .migrations
            .iter()
            .filter(|version| !known.contains(version))
            .map(ToString::to_string)
            .collect();
        if !unknown.is_empty() {
            return Err(BackupError::Schema(format!(
                "the backup was taken by a newer teilhabe (schema migrations {} are unknown here); \
                 restore it with that version or a later one",
                unknown.join(", ")
            )));
        }
        let expected: BTreeSet<i64> = known
            .iter()
            .copied()
            .filter(|version| *version <= header.schema_version)
            .collect();
        let in_backup: BTreeSet<i64> = header.migrations.iter().copied().collect();
        if expected != in_backup {
            return Err(BackupError::Schema(format!(
                "the backup's schema migrations ({}) are not a version of this teilhabe's ({})",
                join(&in_backup),
                join(&expected)
            )));
        }
        {
            let mut connection = store.pool.acquire().await?;
            refuse_unless_empty(&mut connection, store.backend).await?;
            if table_exists(&mut connection, store.backend, "_sqlx_migrations").await? {
                let applied: BTreeSet<i64> = applied_migrations(&mut connection)
                    .await?
                    .into_iter()
                    .collect();
                if !applied.is_subset(&expected) {
                    return Err(BackupError::Schema(format!(
                        "the empty database already has schema migrations {}, newer than the \
                         backup's {}; restore into a freshly created database",
                        join(&applied),
                        header.schema_version
                    )));
                }
            }
        }
        migrator.run_to(header.schema_version, &store.pool).await?;

        let mut transaction = store.begin_write().await?;
        let connection: &mut AnyConnection = &mut transaction;
        let schema: BTreeMap<String, TableInfo> = schema(connection, store.backend)
            .await?
            .into_iter()
            .map(|table| (table.name.clone(), table))
            .collect();
        let mut counts = TableCounts {
            schema_version: header.schema_version,
            tables: Vec::new(),
        };
        loop {
            let line = reader.next_json("a table header or the end line")?;
            if line.get("end").is_some() {
                let trailer: Trailer = reader.parse(line)?;
                let expected = EndCounts {
                    tables: counts.tables.len() as u64,
                    rows: counts.rows(),
                };
                if trailer.end != expected {
                    return Err(reader.error(format!(
                        "the end line counts {} tables and {} rows, the file holds {} and {}",
                        trailer.end.tables, trailer.end.rows, expected.tables, expected.rows
                    )));
                }
                break;
            }
            let table: TableHeader = reader.parse(line)?;
            let Some(target) = schema.get(&table.table) else {
                return Err(reader.error(format!(
                    "table `{}` does not exist in the database's schema",
                    table.table
                )));
            };
            check_columns(&reader, &table, target)?;
            let inserted = insert_rows(connection, &mut reader, &table).await?;
            counts.tables.push((table.table.clone(), inserted));
        }
        if reader.next_line()?.is_some() {
            return Err(reader.error("text after the end line".to_owned()));
        }
        if store.backend == Backend::Postgres {
            for table in schema.values() {
                for column in &table.identity {
                    let sql = format!(
                        "SELECT setval(pg_get_serial_sequence($1, $2), \
                         COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)",
                        column = quote(column),
                        table = quote(&table.name),
                    );
                    sqlx::query(AssertSqlSafe(sql))
                        .bind(quote(&table.name))
                        .bind(column.as_str())
                        .execute(&mut *connection)
                        .await?;
                }
            }
        }
        transaction.commit().await?;
        // Migrations newer than the backup run on the restored data, as on any upgrade.
        migrator.run(&store.pool).await?;
        Ok((store, counts))
    }
}

fn join(versions: &BTreeSet<i64>) -> String {
    if versions.is_empty() {
        return "none".to_owned();
    }
    versions
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_line<T: Serialize>(out: &mut dyn Write, value: &T) -> Result<(), BackupError> {
    let mut line = serde_json::to_vec(value)
        .map_err(|error| BackupError::Write(std::io::Error::other(error)))?;
    line.push(b'\n');
    out.write_all(&line).map_err(BackupError::Write)
}

/// Identifiers come from the database's catalogue; quoting keeps any name a name.
fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

fn column_list(columns: &[Column]) -> String {
    columns
        .iter()
        .map(|column| quote(&column.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Byte order for text and NULLs first on both backends, so the same data gives the same file.
fn order_term(backend: Backend, column: &Column) -> String {
    let name = quote(&column.name);
    match (backend, column.kind) {
        (Backend::Postgres, ColumnKind::Text) => format!("{name} COLLATE \"C\" NULLS FIRST"),
        _ => format!("{name} NULLS FIRST"),
    }
}

fn read_value(
    row: &sqlx::any::AnyRow,
    index: usize,
    column: &Column,
    table: &str,
) -> Result<Value, BackupError> {
    let value = match column.kind {
        ColumnKind::Integer => row
            .try_get::<Option<i64>, _>(index)
            .map(|value| value.map_or(Value::Null, Value::from)),
        ColumnKind::Real => row
            .try_get::<Option<f64>, _>(index)
            .map(|value| value.map_or(Value::Null, Value::from)),
        ColumnKind::Text => row
            .try_get::<Option<String>, _>(index)
            .map(|value| value.map_or(Value::Null, Value::from)),
    };
    value.map_err(|error| {
        BackupError::Schema(format!(
            "{table}.{} does not hold {:?} values: {error}",
            column.name, column.kind
        ))
    })
}

async fn applied_migrations(connection: &mut AnyConnection) -> Result<Vec<i64>, BackupError> {
    let rows = sqlx::query("SELECT version FROM _sqlx_migrations WHERE success ORDER BY version")
        .fetch_all(&mut *connection)
        .await?;
    rows.iter()
        .map(|row| row.try_get::<i64, _>(0).map_err(BackupError::from))
        .collect()
}

async fn table_exists(
    connection: &mut AnyConnection,
    backend: Backend,
    name: &str,
) -> Result<bool, BackupError> {
    Ok(table_names(connection, backend)
        .await?
        .iter()
        .any(|table| table == name))
}

async fn table_names(
    connection: &mut AnyConnection,
    backend: Backend,
) -> Result<Vec<String>, BackupError> {
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        }
    };
    let rows = sqlx::query(sql).fetch_all(&mut *connection).await?;
    rows.iter()
        .map(|row| row.try_get::<String, _>(0).map_err(BackupError::from))
        .collect()
}

/// Every table of the schema but the excluded ones, read from the database's catalogue.
async fn schema(
    connection: &mut AnyConnection,
    backend: Backend,
) -> Result<Vec<TableInfo>, BackupError> {
    let mut tables = Vec::new();
    for name in table_names(connection, backend).await? {
        if EXCLUDED_TABLES.contains(&name.as_str()) {
            continue;
        }
        let (column_sql, reference_sql) = match backend {
            Backend::Sqlite => (
                "SELECT name, type, 'NO' FROM pragma_table_info($1) ORDER BY cid",
                "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list($1)",
            ),
            Backend::Postgres => (
                "SELECT column_name::text, data_type::text, is_identity::text
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = $1
                 ORDER BY ordinal_position",
                "SELECT DISTINCT confrelid::regclass::text FROM pg_constraint
                 WHERE contype = 'f' AND conrelid = (quote_ident($1))::regclass",
            ),
        };
        let mut columns = Vec::new();
        let mut identity = Vec::new();
        for row in sqlx::query(column_sql)
            .bind(name.as_str())
            .fetch_all(&mut *connection)
            .await?
        {
            let column: String = row.try_get(0)?;
            let declared: String = row.try_get(1)?;
            let is_identity: String = row.try_get(2)?;
            let Some(kind) = column_kind(&declared) else {
                return Err(BackupError::Schema(format!(
                    "{name}.{column} has the type `{declared}`, which backups do not support \
                     (integer, real and text columns only)"
                )));
            };
            if is_identity == "YES" {
                identity.push(column.clone());
            }
            columns.push(Column { name: column, kind });
        }
        let mut references = BTreeSet::new();
        for row in sqlx::query(reference_sql)
            .bind(name.as_str())
            .fetch_all(&mut *connection)
            .await?
        {
            let referenced: String = row.try_get(0)?;
            let referenced = referenced.trim_matches('"').to_owned();
            if referenced != name {
                references.insert(referenced);
            }
        }
        tables.push(TableInfo {
            name,
            columns,
            references,
            identity,
        });
    }
    Ok(tables)
}

/// SQLite's declared types follow its affinity rules; PostgreSQL's are `data_type` names.
fn column_kind(declared: &str) -> Option<ColumnKind> {
    let declared = declared.to_ascii_lowercase();
    if declared.contains("int") {
        Some(ColumnKind::Integer)
    } else if declared.contains("char") || declared.contains("text") || declared.contains("clob") {
        Some(ColumnKind::Text)
    } else if declared.contains("real")
        || declared.contains("floa")
        || declared.contains("doub")
        || declared == "numeric"
    {
        Some(ColumnKind::Real)
    } else {
        None
    }
}

/// Referenced tables before the tables that refer to them, otherwise by name.
fn ordered(tables: Vec<TableInfo>) -> Result<Vec<TableInfo>, BackupError> {
    let names: BTreeSet<String> = tables.iter().map(|table| table.name.clone()).collect();
    let mut pending: BTreeMap<String, TableInfo> = tables
        .into_iter()
        .map(|table| (table.name.clone(), table))
        .collect();
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut result = Vec::new();
    while !pending.is_empty() {
        let ready: Vec<String> = pending
            .values()
            .filter(|table| {
                table
                    .references
                    .iter()
                    .all(|reference| done.contains(reference) || !names.contains(reference))
            })
            .map(|table| table.name.clone())
            .collect();
        if ready.is_empty() {
            return Err(BackupError::Schema(format!(
                "the foreign keys of {} form a cycle; backups cannot order them",
                pending.keys().cloned().collect::<Vec<_>>().join(", ")
            )));
        }
        for name in ready {
            if let Some(table) = pending.remove(&name) {
                done.insert(name);
                result.push(table);
            }
        }
    }
    Ok(result)
}

async fn refuse_unless_empty(
    connection: &mut AnyConnection,
    backend: Backend,
) -> Result<(), BackupError> {
    let mut filled = Vec::new();
    for name in table_names(connection, backend).await? {
        // Filled by the migrations themselves: the record of them and the one-row tables.
        if name == "_sqlx_migrations" || name == "login_lock" || name == "content_version" {
            continue;
        }
        let row = sqlx::query(AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM {}",
            quote(&name)
        )))
        .fetch_one(&mut *connection)
        .await?;
        if row.try_get::<i64, _>(0)? > 0 {
            filled.push(name);
        }
    }
    if filled.is_empty() {
        Ok(())
    } else {
        Err(BackupError::NotEmpty(filled))
    }
}

fn check_columns(
    reader: &Lines<'_>,
    table: &TableHeader,
    target: &TableInfo,
) -> Result<(), BackupError> {
    let in_file: BTreeMap<&str, ColumnKind> = table
        .columns
        .iter()
        .map(|column| (column.name.as_str(), column.kind))
        .collect();
    let in_database: BTreeMap<&str, ColumnKind> = target
        .columns
        .iter()
        .map(|column| (column.name.as_str(), column.kind))
        .collect();
    if in_file != in_database || in_file.len() != table.columns.len() {
        let describe = |columns: &BTreeMap<&str, ColumnKind>| {
            columns
                .iter()
                .map(|(name, kind)| format!("{name} {kind:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(reader.error(format!(
            "the columns of `{}` ({}) differ from the database's ({})",
            table.table,
            describe(&in_file),
            describe(&in_database)
        )));
    }
    Ok(())
}

/// A value of the file, checked against its column's type.
enum Bound {
    Integer(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
}

async fn insert_rows(
    connection: &mut AnyConnection,
    reader: &mut Lines<'_>,
    table: &TableHeader,
) -> Result<u64, BackupError> {
    let width = table.columns.len().max(1);
    let per_insert = (MAX_PARAMETERS / width).clamp(1, MAX_ROWS_PER_INSERT);
    let mut batch: Vec<Vec<Bound>> = Vec::with_capacity(per_insert);
    let mut inserted = 0u64;
    for _ in 0..table.rows {
        let line = reader.next_json(&format!("a row of `{}`", table.table))?;
        let Value::Array(values) = line else {
            return Err(reader.error(format!(
                "expected a row of `{}` (a JSON array), found {line}",
                table.table
            )));
        };
        if values.len() != table.columns.len() {
            return Err(reader.error(format!(
                "a row of `{}` has {} values, expected {}",
                table.table,
                values.len(),
                table.columns.len()
            )));
        }
        let mut row = Vec::with_capacity(values.len());
        for (value, column) in values.into_iter().zip(&table.columns) {
            row.push(bound(reader, &table.table, column, value)?);
        }
        batch.push(row);
        if batch.len() == per_insert {
            inserted += flush(connection, table, &mut batch).await?;
        }
    }
    inserted += flush(connection, table, &mut batch).await?;
    Ok(inserted)
}

fn bound(
    reader: &Lines<'_>,
    table: &str,
    column: &Column,
    value: Value,
) -> Result<Bound, BackupError> {
    let wrong = |value: &Value| {
        reader.error(format!(
            "{table}.{}: expected {:?} or null, found {value}",
            column.name, column.kind
        ))
    };
    Ok(match (column.kind, value) {
        (ColumnKind::Integer, Value::Null) => Bound::Integer(None),
        (ColumnKind::Real, Value::Null) => Bound::Real(None),
        (ColumnKind::Text, Value::Null) => Bound::Text(None),
        (ColumnKind::Integer, Value::Number(number)) => match number.as_i64() {
            Some(integer) => Bound::Integer(Some(integer)),
            None => return Err(wrong(&Value::Number(number))),
        },
        (ColumnKind::Real, Value::Number(number)) => match number.as_f64() {
            Some(real) => Bound::Real(Some(real)),
            None => return Err(wrong(&Value::Number(number))),
        },
        (ColumnKind::Text, Value::String(text)) => Bound::Text(Some(text)),
        (_, other) => return Err(wrong(&other)),
    })
}

async fn flush(
    connection: &mut AnyConnection,
    table: &TableHeader,
    batch: &mut Vec<Vec<Bound>>,
) -> Result<u64, BackupError> {
    if batch.is_empty() {
        return Ok(0);
    }
    let width = table.columns.len();
    let mut sql = format!(
        "INSERT INTO {} ({}) VALUES ",
        quote(&table.table),
        column_list(&table.columns)
    );
    for (row_index, _) in batch.iter().enumerate() {
        if row_index > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for column_index in 0..width {
            if column_index > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", row_index * width + column_index + 1));
        }
        sql.push(')');
    }
    let mut query = sqlx::query(AssertSqlSafe(sql));
    for row in batch.drain(..) {
        for value in row {
            query = match value {
                Bound::Integer(value) => query.bind(value),
                Bound::Real(value) => query.bind(value),
                Bound::Text(value) => query.bind(value),
            };
        }
    }
    Ok(query.execute(&mut *connection).await?.rows_affected())
}

/// The backup file, line by line, with the line number for messages.
struct Lines<'a> {
    input: &'a mut dyn BufRead,
    line: u64,
}

impl Lines<'_> {
    fn error(&self, message: String) -> BackupError {
        BackupError::File {
            line: self.line,
            message,
        }
    }

    fn next_line(&mut self) -> Result<Option<String>, BackupError> {
        let mut buffer = String::new();
        loop {
            buffer.clear();
            let read = self
                .input
                .read_line(&mut buffer)
                .map_err(BackupError::Read)?;
            if read == 0 {
                return Ok(None);
            }
            self.line += 1;
            if !buffer.trim().is_empty() {
                return Ok(Some(buffer));
            }
        }
    }

    fn next_json(&mut self, expected: &str) -> Result<Value, BackupError> {
        match self.next_line()? {
            Some(text) => serde_json::from_str(&text)
                .map_err(|error| self.error(format!("expected {expected} as JSON: {error}"))),
            None => Err(BackupError::File {
                line: self.line + 1,
                message: format!("the file ends early: expected {expected}"),
            }),
        }
    }

    fn expect_json<T: for<'de> Deserialize<'de>>(
        &mut self,
        expected: &str,
    ) -> Result<T, BackupError> {
        let value = self.next_json(expected)?;
        self.parse(value)
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self, value: Value) -> Result<T, BackupError> {
        serde_json::from_value(value).map_err(|error| self.error(error.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(name: &str, references: &[&str]) -> TableInfo {
        TableInfo {
            name: name.to_owned(),
            columns: Vec::new(),
            references: references.iter().map(|r| (*r).to_owned()).collect(),
            identity: Vec::new(),
        }
    }

    #[test]
    fn referenced_tables_come_first() {
        let tables = vec![
            table("observations", &["monitoring_imports"]),
            table("api_tokens", &["users"]),
            table("users", &[]),
            table("monitoring_imports", &[]),
        ];
        let names: Vec<String> = ordered(tables)
            .unwrap_or_default()
            .into_iter()
            .map(|t| t.name)
            .collect();
        assert_eq!(
            names,
            ["monitoring_imports", "users", "api_tokens", "observations"]
        );
    }

    #[test]
    fn a_cycle_is_named() {
        let error = ordered(vec![table("a", &["b"]), table("b", &["a"])]).err();
        assert!(
            error.is_some_and(|error| error.to_string().contains("a, b")),
            "cycle reported"
        );
    }

    #[test]
    fn declared_types_map_to_portable_kinds() {
        assert_eq!(column_kind("INTEGER"), Some(ColumnKind::Integer));
        assert_eq!(column_kind("bigint"), Some(ColumnKind::Integer));
        assert_eq!(column_kind("TEXT"), Some(ColumnKind::Text));
        assert_eq!(column_kind("character varying"), Some(ColumnKind::Text));
        assert_eq!(column_kind("double precision"), Some(ColumnKind::Real));
        assert_eq!(column_kind("bytea"), None);
        assert_eq!(column_kind("BLOB"), None);
    }
}
