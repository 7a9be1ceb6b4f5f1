//! A throwaway PostgreSQL server for the test run.
//!
//! `TEILHABE_TEST_POSTGRES_URL` (an administrator URL to the `postgres` database) selects an
//! existing server. Otherwise one is started once per test process from the installed server
//! binaries, as the `postgres` user when running as root (the server refuses to run as root), in a
//! temporary folder, on a free port; a watchdog stops it and deletes the folder when the test
//! process ends.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use sqlx::{Connection, Executor, PgConnection};

fn admin_url() -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| match std::env::var("TEILHABE_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => url,
        _ => start_server(),
    })
}

pub async fn create_database(name: &str) -> String {
    let admin = admin_url();
    let mut connection = connect_with_retry(admin).await;
    connection
        .execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
        .await
        .expect("create test database");
    let base = admin
        .rsplit_once('/')
        .map(|(base, _)| base)
        .expect("admin url has a database");
    format!("{base}/{name}")
}

pub async fn drop_database(url: &str) {
    let name = url
        .rsplit_once('/')
        .map(|(_, name)| name)
        .expect("database name");
    let mut connection = connect_with_retry(admin_url()).await;
    connection
        .execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE \"{name}\" WITH (FORCE)"
        )))
        .await
        .expect("drop test database");
}

async fn connect_with_retry(url: &str) -> PgConnection {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match PgConnection::connect(url).await {
            Ok(connection) => return connection,
            Err(error) if Instant::now() > deadline => {
                panic!("PostgreSQL test server at {url} does not answer: {error}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

fn server_binaries() -> PathBuf {
    if let Ok(dir) = std::env::var("TEILHABE_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut candidates: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    candidates.retain(|dir| dir.join("initdb").exists());
    candidates.sort();
    candidates.pop().unwrap_or_else(|| {
        panic!(
            "no PostgreSQL server binaries found under /usr/lib/postgresql/*/bin; \
             install Debian's postgresql package or set TEILHABE_PG_BIN / TEILHABE_TEST_POSTGRES_URL"
        )
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|out| out.stdout.starts_with(b"0\n"))
        .unwrap_or(false)
}

/// Runs a shell script, as the `postgres` user when we are root.
fn shell(script: &str) -> Command {
    if is_root() {
        let mut command = Command::new("runuser");
        command.args(["-u", "postgres", "--", "sh", "-c", script]);
        command
    } else {
        let mut command = Command::new("sh");
        command.args(["-c", script]);
        command
    }
}

fn start_server() -> String {
    let bin = server_binaries();
    let dir = std::env::temp_dir().join(format!("teilhabe-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create PostgreSQL folder");
    if is_root() {
        let status = Command::new("chown")
            .args(["postgres:postgres"])
            .arg(&dir)
            .status();
        assert!(
            status.is_ok_and(|status| status.success()),
            "chown of {} to postgres failed",
            dir.display()
        );
    }
    let port = free_port();
    let data = dir.join("data");
    let initdb = format!(
        "'{}/initdb' -D '{}' -U postgres --auth=trust -E UTF8 --no-locale >'{}/initdb.log' 2>&1",
        bin.display(),
        data.display(),
        dir.display()
    );
    let status = shell(&initdb).status().expect("run initdb");
    assert!(
        status.success(),
        "initdb failed; see {}/initdb.log",
        dir.display()
    );

    // The watchdog: keep the server while the test process lives, then stop it and clean up.
    let script = format!(
        "'{bin}/postgres' -D '{data}' -p {port} -k '{dir}' -c listen_addresses=127.0.0.1 \
           -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
           >'{dir}/server.log' 2>&1 &
         server=$!
         while [ -d /proc/{parent} ] && kill -0 $server 2>/dev/null; do sleep 1; done
         kill -INT $server 2>/dev/null; wait $server; rm -rf '{dir}'",
        bin = bin.display(),
        data = data.display(),
        dir = dir.display(),
        parent = std::process::id(),
    );
    #[allow(
        clippy::zombie_processes,
        reason = "the watchdog outlives this call on purpose and ends with the test process"
    )]
    shell(&script)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start PostgreSQL");
    format!("postgres://postgres@127.0.0.1:{port}/postgres")
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}
