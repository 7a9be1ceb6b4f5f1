use std::process::ExitCode;

use clap::Subcommand;
use teilhabe_store::DatabaseUrl;

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Print the effective configuration (passwords masked) as TOML.
    Print {
        #[command(flatten)]
        serve: ServeOptions,
    },
}

pub fn run(global: &GlobalOptions, command: ConfigCommand) -> anyhow::Result<ExitCode> {
    match command {
        ConfigCommand::Print { serve } => {
            let config = Config::load(global, &serve)?;
            let database = DatabaseUrl::parse(&config.database)
                .map(|url| url.redacted())
                .unwrap_or_else(|_| teilhabe_store::redact_password(&config.database));
            println!(
                "# effective configuration{}",
                match &config.file {
                    Some(file) => format!(" (file: {})", file.display()),
                    None => String::new(),
                }
            );
            println!("database = {}", toml_string(&database));
            println!("addr = {}", toml_string(&config.addr.to_string()));
            match &config.city {
                Some(city) => println!("city = {}", toml_string(city)),
                None => println!("# city: not set (the only or first city stored is shown)"),
            }
            println!("log = {}", toml_string(&config.log));
            println!("data = {}", toml_string(&config.data.display().to_string()));
            println!("demo = {}", config.demo);
            println!("secure_cookies = {}", config.secure_cookies);
            let proxies: Vec<String> = config
                .trusted_proxies
                .iter()
                .map(|net| toml_string(&net.to_string()))
                .collect();
            println!("trusted_proxies = [{}]", proxies.join(", "));
            println!("session_idle_minutes = {}", config.session_idle_minutes);
            println!("session_hours = {}", config.session_hours);
            println!("token_days = {}", config.token_days);
            println!("header_timeout = {}", config.header_timeout);
            println!("request_timeout = {}", config.request_timeout);
            println!("workers = {}", config.workers);
            match config.smtp_url_redacted() {
                Some(url) => println!("smtp_url = {}", toml_string(&url)),
                None => println!("# smtp_url: not set (mail stays queued in the outbox)"),
            }
            match &config.mail_from {
                Some(from) => println!("mail_from = {}", toml_string(from)),
                None => println!("# mail_from: not set"),
            }
            match &config.discrimination_key {
                Some(_) => println!("discrimination_key = \"***\""),
                None => println!(
                    "# discrimination_key: not set (a report asking for counselling is refused)"
                ),
            }
            println!(
                "discrimination_retention_years = {}",
                config.discrimination_retention_years
            );
            println!();
            println!("[limits]");
            println!("table_bytes = {}", config.limits.bytes);
            println!("table_cells = {}", config.limits.cells);
            println!("table_rows = {}", config.limits.rows);
            println!("cell_bytes = {}", config.limits.cell_bytes);
            println!("parse_slots = {}", config.parse_slots);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn toml_string(value: &str) -> String {
    toml::Value::String(value.to_owned()).to_string()
}
