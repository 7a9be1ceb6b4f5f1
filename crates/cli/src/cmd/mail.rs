//! `teilhabe mail`: deliver the outbox now, or show how many messages wait, failed or went out.
//! The work is in `teilhabe_app::mail`; `serve` delivers on its own every 30 seconds.

use std::process::ExitCode;

use clap::Subcommand;
use teilhabe_app::mail::smtp::SmtpTransport;
use teilhabe_app::mail::{Delivery, RetryPolicy, deliver_pending};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(Subcommand)]
pub enum MailCommand {
    /// Deliver the due messages of the outbox now (needs --smtp-url and --mail-from) and print
    /// the counts; fails when a message could not be delivered.
    Send,
    /// Count the messages waiting, failed (given up) and sent.
    Status,
}

/// Rounds of one `mail send` at most (each takes up to a batch of messages).
const MAX_ROUNDS: usize = 100;

pub fn run(global: &GlobalOptions, command: MailCommand) -> anyhow::Result<ExitCode> {
    let config = Config::load(global, &ServeOptions::default())?;
    let mail = config.mail()?;
    let policy = RetryPolicy::default();
    match command {
        MailCommand::Send => {
            let Some((settings, sender)) = mail else {
                anyhow::bail!(
                    "no mail server is configured; set --smtp-url (TEILHABE_SMTP_URL) and --mail-from (TEILHABE_MAIL_FROM)"
                );
            };
            let transport =
                SmtpTransport::new(&settings, &sender).map_err(|error| anyhow::anyhow!(error))?;
            println!(
                "mail server: {}",
                config.smtp_url_redacted().unwrap_or_default()
            );
            super::with_store(global, |store| async move {
                let mut total = Delivery::default();
                for _ in 0..MAX_ROUNDS {
                    let now = super::clock().now();
                    let round = deliver_pending(&store, &transport, &sender, &policy, now).await?;
                    total.sent += round.sent;
                    total.emails += round.emails;
                    total.failed += round.failed;
                    total.given_up += round.given_up;
                    if round.sent + round.failed + round.given_up == 0 {
                        break;
                    }
                }
                println!(
                    "{} messages sent in {} e-mails; {} failed (tried again later); {} given up",
                    total.sent, total.emails, total.failed, total.given_up
                );
                Ok(if total.failed + total.given_up == 0 {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                })
            })
        }
        MailCommand::Status => {
            let server = config.smtp_url_redacted();
            super::with_store(global, |store| async move {
                let counts = store.mail_counts(policy.max_attempts).await?;
                println!(
                    "pending: {} (of which failed before and waiting to be tried again: {})",
                    counts.pending, counts.retrying
                );
                println!(
                    "failed: {} (given up after {} attempts or undeliverable)",
                    counts.failed, policy.max_attempts
                );
                println!("sent: {}", counts.sent);
                match server {
                    Some(url) => println!("mail server: {url}"),
                    None => println!("mail server: not configured (mail stays queued)"),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
    }
}
