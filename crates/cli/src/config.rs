//! The effective configuration: defaults, overlaid by a TOML file, then `TEILHABE_*` environment
//! variables, then command-line flags (clap reads the variables for flags that are absent).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

pub const DEFAULT_DATABASE: &str = "sqlite:teilhabe.sqlite";
pub const DEFAULT_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_LOG: &str = "info,sqlx=warn";
/// Read when present and no other file is named.
pub const DEFAULT_CONFIG_FILE: &str = "teilhabe.toml";

/// Options every subcommand shares; flags win over environment variables.
#[derive(clap::Args, Debug, Default)]
pub struct GlobalOptions {
    /// Configuration file (TOML) with keys database, addr, city, log.
    #[arg(long, global = true, env = "TEILHABE_CONFIG")]
    pub config: Option<PathBuf>,
    /// Database: postgres://user@host/db, sqlite:PATH or a file path [default: sqlite:teilhabe.sqlite].
    #[arg(long, global = true, env = "TEILHABE_DATABASE")]
    pub database: Option<String>,
    /// Log filter in tracing's syntax [default: info,sqlx=warn].
    #[arg(long, global = true, env = "TEILHABE_LOG")]
    pub log: Option<String>,
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
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database: Option<String>,
    addr: Option<String>,
    city: Option<String>,
    log: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Config {
    pub database: String,
    pub addr: SocketAddr,
    pub city: Option<String>,
    pub log: String,
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
        Ok(Config {
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
            file,
        })
    }
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
