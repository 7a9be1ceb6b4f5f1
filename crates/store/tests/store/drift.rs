//! The SQLite and PostgreSQL migration folders must define the same schema (issue 11, "guarded
//! contracts"): both backends are migrated from scratch, each one's catalogue is read and the two
//! are compared after normalising what the backends spell differently (docs/decisions.md,
//! "Migration drift check").

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use sqlx::Row;
use teilhabe_testkit::{Backend, TestDatabase, workspace_root};

use crate::open;

/// One table as both backends can describe it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Table {
    /// Column name → (normalised type, nullable).
    columns: BTreeMap<String, (String, bool)>,
    primary_key: Vec<String>,
    /// (columns, referenced table, referenced columns, on delete).
    foreign_keys: BTreeSet<(Vec<String>, String, Vec<String>, String)>,
    /// Each check constraint by the columns it names.
    checks: BTreeSet<Vec<String>>,
    /// (columns, unique) of every index other than the primary key's, unique constraints included.
    indexes: BTreeSet<(Vec<String>, bool)>,
}

type Schema = BTreeMap<String, Table>;

/// sqlx's own bookkeeping table differs by backend and is not ours.
const IGNORED_TABLES: [&str; 1] = ["_sqlx_migrations"];

fn normal_type(declared: &str) -> String {
    let lower = declared.trim().to_ascii_lowercase();
    let base = lower.split('(').next().unwrap_or_default().trim();
    match base {
        "integer" | "int" | "bigint" | "smallint" | "int2" | "int4" | "int8" => "integer".into(),
        "text" | "varchar" | "character varying" | "char" | "character" | "clob" => "text".into(),
        "real" | "double precision" | "double" | "float" | "float8" | "float4" | "numeric" => {
            "real".into()
        }
        "boolean" | "bool" => "boolean".into(),
        "blob" | "bytea" => "bytes".into(),
        other => other.into(),
    }
}

fn on_delete(action: &str) -> String {
    match action.to_ascii_uppercase().as_str() {
        // PostgreSQL's confdeltype codes.
        "A" | "NO ACTION" => "no action".into(),
        "R" | "RESTRICT" => "restrict".into(),
        "C" | "CASCADE" => "cascade".into(),
        "N" | "SET NULL" => "set null".into(),
        "D" | "SET DEFAULT" => "set default".into(),
        other => other.to_ascii_lowercase(),
    }
}

/// The columns of `table` that a check expression names, as whole words.
fn columns_named(expression: &str, table: &Table) -> Vec<String> {
    let words: BTreeSet<&str> = expression
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
        .collect();
    table
        .columns
        .keys()
        .filter(|column| words.contains(column.as_str()))
        .cloned()
        .collect()
}

/// The `CHECK (…)` expressions in a `CREATE TABLE` statement (SQLite keeps no catalogue of them).
fn check_expressions(sql: &str) -> Vec<String> {
    let upper = sql.to_ascii_uppercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = upper[from..].find("CHECK") {
        let start = from + offset + "CHECK".len();
        from = start;
        let Some(open) = sql[start..].find('(') else {
            break;
        };
        if !sql[start..start + open].trim().is_empty() {
            continue;
        }
        let mut depth = 0;
        let mut end = None;
        for (index, c) in sql[start + open..].char_indices() {
            match c {
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = Some(start + open + index);
                        break;
                    }
                }
                _ => {}
            }
        }
        if let Some(end) = end {
            found.push(sql[start + open + 1..end].to_owned());
            from = end;
        }
    }
    found
}

async fn sqlite_schema(url: &str) -> Schema {
    let pool = sqlx::SqlitePool::connect(url).await.unwrap();
    let tables: Vec<(String, String)> = sqlx::query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    .iter()
    .map(|row| (row.get(0), row.get(1)))
    .collect();
    let mut schema = Schema::new();
    for (name, sql) in tables {
        if IGNORED_TABLES.contains(&name.as_str()) {
            continue;
        }
        let mut table = Table::default();
        let mut key: Vec<(i64, String)> = Vec::new();
        for row in sqlx::query("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)")
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            let column: String = row.get(0);
            let declared: String = row.get(1);
            let not_null: i64 = row.get(2);
            let pk: i64 = row.get(3);
            if pk > 0 {
                key.push((pk, column.clone()));
            }
            // A primary key column is NOT NULL on PostgreSQL; SQLite only enforces that for an
            // INTEGER PRIMARY KEY, but the store never writes NULL keys (decisions.md).
            table
                .columns
                .insert(column, (normal_type(&declared), not_null == 0 && pk == 0));
        }
        key.sort();
        table.primary_key = key.into_iter().map(|(_, column)| column).collect();
        let mut foreign: BTreeMap<i64, (Vec<String>, String, Vec<String>, String)> =
            BTreeMap::new();
        for row in sqlx::query(
            "SELECT id, seq, \"table\", \"from\", \"to\", on_delete \
             FROM pragma_foreign_key_list(?) ORDER BY id, seq",
        )
        .bind(&name)
        .fetch_all(&pool)
        .await
        .unwrap()
        {
            let id: i64 = row.get(0);
            let entry = foreign.entry(id).or_insert_with(|| {
                (
                    Vec::new(),
                    row.get::<String, _>(2),
                    Vec::new(),
                    on_delete(&row.get::<String, _>(5)),
                )
            });
            entry.0.push(row.get(3));
            entry.2.push(row.get(4));
        }
        table.foreign_keys = foreign.into_values().collect();
        for row in sqlx::query("SELECT name, \"unique\", origin FROM pragma_index_list(?)")
            .bind(&name)
            .fetch_all(&pool)
            .await
            .unwrap()
        {
            let index: String = row.get(0);
            let unique: i64 = row.get(1);
            let origin: String = row.get(2);
            if origin == "pk" {
                continue;
            }
            let columns: Vec<String> =
                sqlx::query("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
                    .bind(&index)
                    .fetch_all(&pool)
                    .await
                    .unwrap()
                    .iter()
                    .map(|row| row.get(0))
                    .collect();
            table.indexes.insert((columns, unique == 1));
        }
        table.checks = check_expressions(&sql)
            .iter()
            .map(|expression| columns_named(expression, &table))
            .collect();
        schema.insert(name, table);
    }
    pool.close().await;
    schema
}

async fn postgres_schema(url: &str) -> Schema {
    let pool = sqlx::PgPool::connect(url).await.unwrap();
    let mut schema = Schema::new();
    for row in sqlx::query(
        "SELECT table_name::text, column_name::text, data_type::text, is_nullable::text \
         FROM information_schema.columns WHERE table_schema = current_schema()",
    )
    .fetch_all(&pool)
    .await
    .unwrap()
    {
        let table: String = row.get(0);
        if IGNORED_TABLES.contains(&table.as_str()) {
            continue;
        }
        let declared: String = row.get(2);
        let nullable: String = row.get(3);
        schema.entry(table).or_default().columns.insert(
            row.get(1),
            (normal_type(&declared), nullable.eq_ignore_ascii_case("yes")),
        );
    }
    // Constraints with their columns in key order.
    let column_list = |side: &str, relation: &str| {
        format!(
            "ARRAY(SELECT a.attname::text FROM unnest({side}) WITH ORDINALITY AS k(num, ord) \
             JOIN pg_attribute a ON a.attrelid = {relation} AND a.attnum = k.num ORDER BY k.ord)"
        )
    };
    let constraints = format!(
        "SELECT c.conrelid::regclass::text, c.contype::text, {}, \
                COALESCE(c.confrelid::regclass::text, ''), \
                CASE WHEN c.contype = 'f' THEN {} ELSE ARRAY[]::text[] END, \
                c.confdeltype::text \
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace \
         WHERE n.nspname = current_schema() AND c.contype IN ('p', 'f', 'c')",
        column_list("c.conkey", "c.conrelid"),
        column_list("c.confkey", "c.confrelid"),
    );
    for row in sqlx::query(sqlx::AssertSqlSafe(constraints))
        .fetch_all(&pool)
        .await
        .unwrap()
    {
        let name: String = row.get(0);
        let Some(table) = schema.get_mut(name.trim_matches('"')) else {
            continue;
        };
        let kind: String = row.get(1);
        let columns: Vec<String> = row.get(2);
        match kind.as_str() {
            "p" => table.primary_key = columns,
            "f" => {
                let target: String = row.get(3);
                table.foreign_keys.insert((
                    columns,
                    target.trim_matches('"').to_owned(),
                    row.get(4),
                    on_delete(&row.get::<String, _>(5)),
                ));
            }
            _ => {
                let mut columns = columns;
                columns.sort();
                table.checks.insert(columns);
            }
        }
    }
    let indexes = format!(
        "SELECT i.indrelid::regclass::text, i.indisunique, {} \
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND NOT i.indisprimary",
        column_list("i.indkey::int2[]", "i.indrelid")
    );
    for row in sqlx::query(sqlx::AssertSqlSafe(indexes))
        .fetch_all(&pool)
        .await
        .unwrap()
    {
        let name: String = row.get(0);
        if let Some(table) = schema.get_mut(name.trim_matches('"')) {
            table.indexes.insert((row.get(2), row.get(1)));
        }
    }
    pool.close().await;
    schema
}

/// Every difference, one line each; empty when the schemas agree.
fn differences(sqlite: &Schema, postgres: &Schema) -> String {
    let mut out = String::new();
    let names: BTreeSet<&String> = sqlite.keys().chain(postgres.keys()).collect();
    for name in names {
        let (Some(left), Some(right)) = (sqlite.get(name), postgres.get(name)) else {
            let only = if sqlite.contains_key(name) {
                "SQLite"
            } else {
                "PostgreSQL"
            };
            let _ = writeln!(out, "table {name}: only on {only}");
            continue;
        };
        let columns: BTreeSet<&String> = left.columns.keys().chain(right.columns.keys()).collect();
        for column in columns {
            let describe = |entry: Option<&(String, bool)>| match entry {
                Some((kind, true)) => format!("{kind} NULL"),
                Some((kind, false)) => format!("{kind} NOT NULL"),
                None => "missing".to_owned(),
            };
            let (l, r) = (left.columns.get(column), right.columns.get(column));
            if l != r {
                let _ = writeln!(
                    out,
                    "table {name}, column {column}: SQLite {} / PostgreSQL {}",
                    describe(l),
                    describe(r)
                );
            }
        }
        if left.primary_key != right.primary_key {
            let _ = writeln!(
                out,
                "table {name}, primary key: SQLite {:?} / PostgreSQL {:?}",
                left.primary_key, right.primary_key
            );
        }
        for (what, l, r) in [
            (
                "foreign key",
                fmt_set(&left.foreign_keys),
                fmt_set(&right.foreign_keys),
            ),
            ("check on", fmt_set(&left.checks), fmt_set(&right.checks)),
            ("index", fmt_set(&left.indexes), fmt_set(&right.indexes)),
        ] {
            for item in l.difference(&r) {
                let _ = writeln!(out, "table {name}, {what} {item}: only on SQLite");
            }
            for item in r.difference(&l) {
                let _ = writeln!(out, "table {name}, {what} {item}: only on PostgreSQL");
            }
        }
    }
    out
}

fn fmt_set<T: std::fmt::Debug>(items: &BTreeSet<T>) -> BTreeSet<String> {
    items.iter().map(|item| format!("{item:?}")).collect()
}

async fn migrated_schemas() -> (Schema, Schema, TestDatabase, TestDatabase) {
    let sqlite = TestDatabase::new(Backend::Sqlite).await;
    let postgres = TestDatabase::new(Backend::Postgres).await;
    open(&sqlite).await.close().await;
    open(&postgres).await.close().await;
    (
        sqlite_schema(&sqlite.url).await,
        postgres_schema(&postgres.url).await,
        sqlite,
        postgres,
    )
}

#[tokio::test]
async fn drift_sqlite_and_postgres_migrations_define_the_same_schema() {
    let (sqlite, postgres, _a, _b) = migrated_schemas().await;
    // The catalogues were really read: the tables every feature uses are there.
    for table in ["measures", "users", "observations", "concept_versions"] {
        assert!(sqlite.contains_key(table), "SQLite lacks {table}");
    }
    assert!(
        sqlite["observations"].checks.len() == 1 && !sqlite["users"].indexes.is_empty(),
        "the SQLite catalogue reader found no check or no index: {:?}",
        sqlite["observations"]
    );
    let diff = differences(&sqlite, &postgres);
    assert!(
        diff.is_empty(),
        "the migration folders drifted apart (crates/store/migrations/sqlite vs postgres):\n{diff}"
    );
}

#[tokio::test]
async fn drift_check_reports_an_index_column_and_check_only_one_backend_has() {
    let sqlite = TestDatabase::new(Backend::Sqlite).await;
    let postgres = TestDatabase::new(Backend::Postgres).await;
    open(&sqlite).await.close().await;
    open(&postgres).await.close().await;
    let pool = sqlx::SqlitePool::connect(&sqlite.url).await.unwrap();
    for statement in [
        "CREATE INDEX measures_status ON measures (status)",
        "ALTER TABLE users ADD COLUMN nickname TEXT",
        "CREATE TABLE extra (id INTEGER PRIMARY KEY, n BIGINT NOT NULL CHECK (n > 0))",
    ] {
        sqlx::query(statement).execute(&pool).await.unwrap();
    }
    pool.close().await;
    let pg = sqlx::PgPool::connect(&postgres.url).await.unwrap();
    sqlx::query("ALTER TABLE measures ADD CONSTRAINT positive_version CHECK (version > 0)")
        .execute(&pg)
        .await
        .unwrap();
    pg.close().await;
    let diff = differences(
        &sqlite_schema(&sqlite.url).await,
        &postgres_schema(&postgres.url).await,
    );
    for expected in [
        "table measures, index ([\"status\"], false): only on SQLite",
        "table users, column nickname: SQLite text NULL / PostgreSQL missing",
        "table extra: only on SQLite",
        "table measures, check on [\"version\"]: only on PostgreSQL",
    ] {
        assert!(diff.contains(expected), "missing `{expected}` in:\n{diff}");
    }
    assert_eq!(diff.lines().count(), 4, "{diff}");
}

#[test]
fn drift_migration_folders_hold_the_same_files() {
    let names = |backend: &str| -> BTreeSet<String> {
        std::fs::read_dir(
            workspace_root()
                .join("crates/store/migrations")
                .join(backend),
        )
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
    };
    assert_eq!(names("sqlite"), names("postgres"));
}
