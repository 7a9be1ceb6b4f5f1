//! The effective configuration: defaults, overlaid by a TOML file, then `TEILHABE_*` environment
//! variables, then command-line flags (clap reads the variables for flags that are absent).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};
use teilhabe_app::mail::Sender;
use teilhabe_app::mail::smtp::SmtpSettings;
use teilhabe_app::monitoring::importing::DEFAULT_CONCURRENT_PARSES;
use teilhabe_import::Limits;
use teilhabe_import::limits::Limit;

pub const DEFAULT_DATABASE: &str = "sqlite:teilhabe.sqlite";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_LOG: &str = "info,sqlx=warn";
pub const DEFAULT_DATA: &str = "data";
/// Read when present and no other file is named.
pub const DEFAULT_CONFIG_FILE: &str = "teilhabe.toml";

/// Options every subcommand shares; flags win over environment variables.
#[derive(clap::Args, Debug, Default)]
pub struct GlobalOptions {
    /// Configuration file (TOML) with keys database, addr, city, log, data and the serve settings
    /// (demo, secure_cookies, trusted_proxies, session_idle_minutes, session_hours, token_days,
    /// header_timeout, request_timeout), smtp_url, mail_from, discrimination_key and
    /// discrimination_retention_years.
    #[arg(long, global = true, env = "TEILHABE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Database: postgres://user@host/db, sqlite:PATH or a file path [default: sqlite:teilhabe.sqlite].
    #[arg(long, global = true, env = "TEILHABE_DATABASE")]
    pub database: Option<String>,
    /// Log filter in tracing's syntax [default: info,sqlx=warn].
    #[arg(long, global = true, env = "TEILHABE_LOG")]
    pub log: Option<String>,
    /// Folder holding stats/ and indicators/, read by `compute` and `generate` [default: data].
    #[arg(long, global = true, env = "TEILHABE_DATA")]
    pub data: Option<PathBuf>,
    /// Mail server for the outbox: smtp://HOST:PORT (plain, local relays),
    /// smtp://USER:PASS@HOST:587?tls=starttls or smtps://USER:PASS@HOST [default: none; mail
    /// stays queued].
    #[arg(long, global = true, env = "TEILHABE_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of e-mail, e.g. "Stadt Bielefeld <teilhabe@bielefeld.de>"; needed with --smtp-url.
    #[arg(long, global = true, env = "TEILHABE_MAIL_FROM")]
    pub mail_from: Option<String>,
    #[command(flatten)]
    pub limits: LimitOptions,
}

/// The limits for imported and uploaded table files (docs/guides/operators.md, "Limits for
/// uploaded and imported files"); flags win over the variables, they over `[limits]` in the file.
#[derive(clap::Args, Debug, Default)]
pub struct LimitOptions {
    /// Largest table file, unpacked workbook and text of all cells, in bytes [default: 67108864].
    #[arg(long, global = true, env = "TEILHABE_MAX_TABLE_BYTES")]
    pub max_table_bytes: Option<u64>,
    /// Most cells read from one table [default: 2000000].
    #[arg(long, global = true, env = "TEILHABE_MAX_TABLE_CELLS")]
    pub max_table_cells: Option<u64>,
    /// Most lines (CSV) or rows (XLSX) read from one table [default: 1048576].
    #[arg(long, global = true, env = "TEILHABE_MAX_TABLE_ROWS")]
    pub max_table_rows: Option<u64>,
    /// Longest text of one cell, in bytes [default: 131072].
    #[arg(long, global = true, env = "TEILHABE_MAX_CELL_BYTES")]
    pub max_cell_bytes: Option<u64>,
    /// Uploaded files parsed at once by `serve`; more wait for a slot [default: 2].
    #[arg(long, global = true, env = "TEILHABE_PARSE_SLOTS")]
    pub parse_slots: Option<usize>,
}

/// Options of `serve`.
#[derive(clap::Args, Debug, Default)]
pub struct ServeOptions {
    /// Address to listen on [default: 127.0.0.1:8080]; port 0 picks a free port.
    #[arg(long, env = "TEILHABE_ADDR")]
    pub addr: Option<String>,
    /// City whose concept is shown, by slug [default: the only or first city stored].
    #[arg(long, env = "TEILHABE_CITY")]
    pub city: Option<String>,
    /// A reverse proxy (address or network, e.g. 10.0.0.2 or 10.0.0.0/8) whose X-Forwarded-For,
    /// Forwarded and X-Forwarded-Proto headers are believed; repeat for several [default: none].
    #[arg(
        long = "trusted-proxy",
        env = "TEILHABE_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<String>,
    /// Minutes without a request after which a session ends [default: 60].
    #[arg(long, env = "TEILHABE_SESSION_IDLE_MINUTES")]
    pub session_idle_minutes: Option<i64>,
    /// Hours after the login at which a session ends in any case [default: 12].
    #[arg(long, env = "TEILHABE_SESSION_HOURS")]
    pub session_hours: Option<i64>,
    /// Days a new API token works [default: 90].
    #[arg(long, env = "TEILHABE_TOKEN_DAYS")]
    pub token_days: Option<i64>,
    /// Threads that answer requests [default: one per core].
    #[arg(long, env = "TEILHABE_WORKERS")]
    pub workers: Option<usize>,
    /// Seconds a client has to send its request headers [default: 10].
    #[arg(long, env = "TEILHABE_HEADER_TIMEOUT")]
    pub header_timeout: Option<u64>,
    /// Seconds a request may take until it is answered, uploads included [default: 120].
    #[arg(long, env = "TEILHABE_REQUEST_TIMEOUT")]
    pub request_timeout: Option<u64>,
    /// The server is reached over HTTPS: cookies are Secure with the __Host- prefix and answers
    /// carry HSTS (a trusted proxy's X-Forwarded-Proto: https does the same per request)
    /// [default: false].
    #[arg(
        long,
        env = "TEILHABE_SECURE_COOKIES",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub secure_cookies: Option<bool>,
    /// Load the demo data (Bielefeld's concept and settings, example measures, the indicator
    /// catalogue and monitoring figures, all marked as demo data) before serving; what is already
    /// there is not loaded twice [default: false].
    #[arg(
        long,
        env = "TEILHABE_DEMO",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub demo: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database: Option<String>,
    addr: Option<String>,
    city: Option<String>,
    log: Option<String>,
    data: Option<PathBuf>,
    demo: Option<bool>,
    secure_cookies: Option<bool>,
    trusted_proxies: Option<Vec<String>>,
    session_idle_minutes: Option<i64>,
    session_hours: Option<i64>,
    token_days: Option<i64>,
    header_timeout: Option<u64>,
    request_timeout: Option<u64>,
    workers: Option<usize>,
    smtp_url: Option<String>,
    mail_from: Option<String>,
    discrimination_key: Option<String>,
    discrimination_retention_years: Option<u16>,
    limits: Option<FileLimits>,
}

/// `[limits]` in the configuration file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLimits {
    table_bytes: Option<u64>,
    table_cells: Option<u64>,
    table_rows: Option<u64>,
    cell_bytes: Option<u64>,
    parse_slots: Option<usize>,
}

pub const DEFAULT_SESSION_IDLE_MINUTES: i64 = 60;
pub const DEFAULT_SESSION_HOURS: i64 = 12;
pub const DEFAULT_TOKEN_DAYS: i64 = 90;
pub const DEFAULT_HEADER_TIMEOUT: u64 = 10;
pub const DEFAULT_REQUEST_TIMEOUT: u64 = 120;

#[derive(Debug, Serialize)]
pub struct Config {
    pub database: String,
    pub addr: SocketAddr,
    pub city: Option<String>,
    pub log: String,
    /// Folder holding stats/ and indicators/ (`compute`, `generate`).
    pub data: PathBuf,
    /// `serve` loads the demo data first.
    pub demo: bool,
    /// The server is reached over HTTPS.
    pub secure_cookies: bool,
    /// Networks of reverse proxies whose forwarding headers are believed.
    #[serde(serialize_with = "as_texts")]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    pub session_idle_minutes: i64,
    pub session_hours: i64,
    pub token_days: i64,
    /// Seconds.
    pub header_timeout: u64,
    /// Seconds.
    pub request_timeout: u64,
    /// Threads that answer requests.
    pub workers: usize,
    /// Limits for reading table files (CLI imports and uploads).
    pub limits: Limits,
    /// Uploaded files `serve` parses at once.
    pub parse_slots: usize,
    /// The mail server (its password is never printed or logged), if mail is delivered.
    #[serde(serialize_with = "redacted")]
    pub smtp_url: Option<String>,
    /// The sender's address.
    pub mail_from: Option<String>,
    /// The key that seals the contact of a discrimination report (64 hex digits; never
    /// printed). Only from the file or `TEILHABE_DISCRIMINATION_KEY`, never a flag (a flag shows
    /// in the process list).
    #[serde(serialize_with = "masked")]
    pub discrimination_key: Option<String>,
    /// Years after closing until a case record is deleted (`discrimination purge`).
    pub discrimination_retention_years: u16,
    /// The file the values were read from, if any.
    pub file: Option<PathBuf>,
}

impl Config {
    pub fn load(global: &GlobalOptions, serve: &ServeOptions) -> anyhow::Result<Self> {
        let (file, from_file) = match &global.config {
            Some(path) => (Some(path.clone()), read_file(path)?),
            None if Path::new(DEFAULT_CONFIG_FILE).exists() => (
                Some(PathBuf::from(DEFAULT_CONFIG_FILE)),
                read_file(Path::new(DEFAULT_CONFIG_FILE))?,
            ),
            None => (None, FileConfig::default()),
        };
        let addr_text = serve
            .addr
            .clone()
            .or(from_file.addr)
            .unwrap_or_else(|| DEFAULT_ADDR.to_owned());
        let addr = addr_text
            .parse()
            .with_context(|| format!("`{addr_text}` is not an address to listen on; expected IP:PORT, e.g. 127.0.0.1:8080"))?;
        let proxies = if serve.trusted_proxies.is_empty() {
            from_file.trusted_proxies.clone().unwrap_or_default()
        } else {
            serve.trusted_proxies.clone()
        };
        let trusted_proxies = proxies
            .iter()
            .map(|text| parse_network(text))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let positive = |name: &str, value: i64| {
            if value > 0 {
                Ok(value)
            } else {
                Err(anyhow::anyhow!(
                    "{name} must be a positive whole number, not {value}"
                ))
            }
        };
        let session_idle_minutes = positive(
            "session_idle_minutes",
            serve
                .session_idle_minutes
                .or(from_file.session_idle_minutes)
                .unwrap_or(DEFAULT_SESSION_IDLE_MINUTES),
        )?;
        let session_hours = positive(
            "session_hours",
            serve
                .session_hours
                .or(from_file.session_hours)
                .unwrap_or(DEFAULT_SESSION_HOURS),
        )?;
        let token_days = positive(
            "token_days",
            serve
                .token_days
                .or(from_file.token_days)
                .unwrap_or(DEFAULT_TOKEN_DAYS),
        )?;
        let header_timeout = positive(
            "header_timeout",
            i64::try_from(
                serve
                    .header_timeout
                    .or(from_file.header_timeout)
                    .unwrap_or(DEFAULT_HEADER_TIMEOUT),
            )
            .unwrap_or(i64::MAX),
        )?
        .unsigned_abs();
        let request_timeout = positive(
            "request_timeout",
            i64::try_from(
                serve
                    .request_timeout
                    .or(from_file.request_timeout)
                    .unwrap_or(DEFAULT_REQUEST_TIMEOUT),
            )
            .unwrap_or(i64::MAX),
        )?
        .unsigned_abs();
        let workers = serve.workers.or(from_file.workers).unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(usize::from)
                .unwrap_or(1)
        });
        if workers == 0 {
            anyhow::bail!("workers (TEILHABE_WORKERS) must be at least 1");
        }
        let (limits, parse_slots) =
            limits_of(&global.limits, from_file.limits.unwrap_or_default())?;
        Config {
            data: global
                .data
                .clone()
                .or(from_file.data)
                .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA)),
            demo: serve.demo.or(from_file.demo).unwrap_or(false),
            secure_cookies: serve
                .secure_cookies
                .or(from_file.secure_cookies)
                .unwrap_or(false),
            trusted_proxies,
            session_idle_minutes,
            session_hours,
            token_days,
            header_timeout,
            request_timeout,
            workers,
            limits,
            parse_slots,
            database: global
                .database
                .clone()
                .or(from_file.database)
                .unwrap_or_else(|| DEFAULT_DATABASE.to_owned()),
            addr,
            city: serve.city.clone().or(from_file.city),
            log: global
                .log
                .clone()
                .or(from_file.log)
                .unwrap_or_else(|| DEFAULT_LOG.to_owned()),
            smtp_url: global.smtp_url.clone().or(from_file.smtp_url),
            mail_from: global.mail_from.clone().or(from_file.mail_from),
            discrimination_key: std::env::var("TEILHABE_DISCRIMINATION_KEY")
                .ok()
                .filter(|key| !key.trim().is_empty())
                .or(from_file.discrimination_key),
            discrimination_retention_years: std::env::var(
                "TEILHABE_DISCRIMINATION_RETENTION_YEARS",
            )
            .ok()
            .map(|years| {
                years.trim().parse().with_context(|| {
                    format!(
                        "TEILHABE_DISCRIMINATION_RETENTION_YEARS `{years}` is no number of years"
                    )
                })
            })
            .transpose()?
            .or(from_file.discrimination_retention_years)
            .unwrap_or(teilhabe_app::discrimination::DEFAULT_RETENTION_YEARS),
            file,
        }
        .checked_mail()?
        .checked_discrimination_key()
    }

    /// Refuses a contact key that is not 64 hex digits (without repeating it).
    fn checked_discrimination_key(self) -> anyhow::Result<Self> {
        self.contact_key()?;
        Ok(self)
    }

    /// The key that seals reports' contacts, if configured.
    pub fn contact_key(&self) -> anyhow::Result<Option<teilhabe_app::discrimination::ContactKey>> {
        self.discrimination_key
            .as_deref()
            .map(|key| {
                teilhabe_app::discrimination::ContactKey::parse(key).map_err(|error| {
                    anyhow::anyhow!("discrimination_key (TEILHABE_DISCRIMINATION_KEY): {error}")
                })
            })
            .transpose()
    }

    /// Refuses an SMTP URL that cannot work, or one without a sender.
    fn checked_mail(self) -> anyhow::Result<Self> {
        self.mail()?;
        Ok(self)
    }

    /// The mail server and the sender, if SMTP is configured.
    pub fn mail(&self) -> anyhow::Result<Option<(SmtpSettings, Sender)>> {
        let Some(url) = &self.smtp_url else {
            return Ok(None);
        };
        let settings = SmtpSettings::parse(url).map_err(|error| anyhow::anyhow!(error))?;
        let Some(from) = &self.mail_from else {
            anyhow::bail!(
                "mail_from (--mail-from, TEILHABE_MAIL_FROM) is needed when smtp_url is set"
            );
        };
        let sender = Sender::parse(from).map_err(|error| anyhow::anyhow!(error))?;
        Ok(Some((settings, sender)))
    }

    /// The SMTP URL with its password masked, for output.
    pub fn smtp_url_redacted(&self) -> Option<String> {
        self.smtp_url
            .as_deref()
            .map(teilhabe_store::redact_password)
    }
}

fn redacted<S: serde::Serializer>(url: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
    match url {
        Some(url) => serializer.serialize_some(&teilhabe_store::redact_password(url)),
        None => serializer.serialize_none(),
    }
}

fn masked<S: serde::Serializer>(secret: &Option<String>, serializer: S) -> Result<S::Ok, S::Error> {
    match secret {
        Some(_) => serializer.serialize_some("***"),
        None => serializer.serialize_none(),
    }
}

fn as_texts<S: serde::Serializer>(nets: &[ipnet::IpNet], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(nets.iter().map(ToString::to_string))
}

/// `10.0.0.2`, `10.0.0.0/8`, `::1` or `2001:db8::/32`.
fn parse_network(text: &str) -> anyhow::Result<ipnet::IpNet> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map(|net| net.trunc())
        .map_err(|_| {
            anyhow::anyhow!(
                "trusted proxy `{text}` is neither an address nor a network; expected e.g. 10.0.0.2 or 10.0.0.0/8"
            )
        })
}

/// The limits: flag or variable, else the file's `[limits]`, else the default; none may be 0.
fn limits_of(options: &LimitOptions, file: FileLimits) -> anyhow::Result<(Limits, usize)> {
    let defaults = Limits::default();
    let limits = Limits {
        bytes: options
            .max_table_bytes
            .or(file.table_bytes)
            .unwrap_or(defaults.bytes),
        cells: options
            .max_table_cells
            .or(file.table_cells)
            .unwrap_or(defaults.cells),
        rows: options
            .max_table_rows
            .or(file.table_rows)
            .unwrap_or(defaults.rows),
        cell_bytes: options
            .max_cell_bytes
            .or(file.cell_bytes)
            .unwrap_or(defaults.cell_bytes),
    };
    for limit in [Limit::Bytes, Limit::Cells, Limit::Rows, Limit::CellBytes] {
        if limits.get(limit) == 0 {
            anyhow::bail!(
                "the limit `{}` ({}) must be at least 1",
                limit.key(),
                limit.variable()
            );
        }
    }
    let slots = options
        .parse_slots
        .or(file.parse_slots)
        .unwrap_or(DEFAULT_CONCURRENT_PARSES);
    if slots == 0 {
        anyhow::bail!("the limit `parse_slots` (TEILHABE_PARSE_SLOTS) must be at least 1");
    }
    Ok((limits, slots))
}

/// Reads a table file, refusing one larger than the byte limit before reading it all.
pub fn read_limited(path: &Path, limits: &Limits) -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut bytes = Vec::new();
    file.take(limits.bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .with_context(|| format!("cannot read {}", path.display()))?;
    limits.check_size(&path.display().to_string(), bytes.len())?;
    Ok(bytes)
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read configuration file {}", path.display()))?;
    toml::from_str(&text).map_err(|error| {
        let position = error
            .span()
            .map(|span| {
                teilhabe_domain::position::Position::of_offset(&text, span.start).to_string()
            })
            .unwrap_or_else(|| "1:1".to_owned());
        anyhow::anyhow!("{}:{position}: {}", path.display(), error.message())
    })
}

#[cfg(test)]
mod tests {
    use super::parse_network;

    #[test]
    fn trusted_proxies_are_addresses_or_networks() {
        let net = |text: &str| parse_network(text).map(|net| net.to_string());
        assert_eq!(net("10.0.0.2").ok().as_deref(), Some("10.0.0.2/32"));
        assert_eq!(net(" 10.1.2.3/8 ").ok().as_deref(), Some("10.0.0.0/8"));
        assert_eq!(net("::1").ok().as_deref(), Some("::1/128"));
        assert_eq!(net("2001:db8::/32").ok().as_deref(), Some("2001:db8::/32"));
        let error = parse_network("proxy.example").expect_err("not an address");
        assert!(error.to_string().contains("`proxy.example`"), "{error}");
    }
}
