//! `teilhabe user add`: accounts from the command line, above all the first administrator.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::bail;
use clap::Subcommand;
use teilhabe_app::Actor;
use teilhabe_app::accounts::passwords::{Hashing, check_new_password};
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_domain::access::{Principal, Role, Visitor};

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is asked for on the terminal, or read from the first line
    /// of standard input, or from TEILHABE_PASSWORD.
    Add {
        /// Login name (lowercase letters, digits, . _ -).
        #[arg(long)]
        login: String,
        /// administrator, editor, statistician, viewer, concept-editor, translator, requester,
        /// mediator, mediation-coordinator, reporter, provider or counsellor.
        #[arg(long)]
        role: String,
        /// For editors: the action field (slug) of their working group.
        #[arg(long)]
        field: Option<String>,
        /// Display name [default: the login].
        #[arg(long)]
        name: Option<String>,
        /// E-mail address for the messages modules send to the account (reminders, notices).
        #[arg(long)]
        email: Option<String>,
    },
    /// Set the e-mail address of an account, or remove it with --none.
    Email {
        /// The account's login.
        login: String,
        /// The new address (name@example.org).
        #[arg(required_unless_present = "none", conflicts_with = "none")]
        address: Option<String>,
        /// Remove the address: the account then receives no e-mail.
        #[arg(long)]
        none: bool,
    },
    /// List accounts (login, role, field, state, e-mail address).
    List,
    /// Create an API token (printed once) in the name of an administrator account, which must
    /// stay active for the token to work.
    Token {
        /// The administrator who creates the token (recorded in the audit log).
        #[arg(long)]
        login: String,
        /// What the token is for, shown in the administration.
        #[arg(long)]
        name: String,
        /// The token's role (any role of `user add`) [default: administrator].
        #[arg(long, default_value = "administrator")]
        role: String,
        /// For an editor's token: the action field (slug) it may edit.
        #[arg(long)]
        field: Option<String>,
        /// For a requester's, reporter's or provider's token: the code of the institution (in
        /// the registry) whose own system uses it; it sees only that institution's data.
        #[arg(long)]
        institution: Option<String>,
        /// Days the token works [default and most: token_days of the configuration].
        #[arg(long)]
        days: Option<i64>,
    },
}

pub fn run(global: &GlobalOptions, command: UserCommand) -> anyhow::Result<ExitCode> {
    let operator = Actor::Operator(super::cli_actor());
    match command {
        UserCommand::Add {
            login,
            role,
            field,
            name,
            email,
        } => {
            let login = login.to_lowercase();
            if let Err(problem) = accounts::check_login(&login) {
                bail!("{}", problem.message);
            }
            let Some(role) = Role::parse(&role) else {
                bail!("`{role}` is not a role; expected {}", role_names());
            };
            let email = match accounts::check_email(email.as_deref().unwrap_or_default()) {
                Ok(email) => email,
                Err(problem) => bail!("--email: {}", problem.message),
            };
            let field = match accounts::field_of_role(role, field) {
                Ok(field) => field,
                Err(_) => bail!(
                    "an editor belongs to one working group: add --field with the action field's slug"
                ),
            };
            let password = read_password()?;
            if let Err(problem) = check_new_password(&password, &login) {
                bail!("{}", problem.describe());
            }
            super::with_store(global, |store| async move {
                if let Some(field) = &field {
                    let city = super::resolve_city(&store, None).await?;
                    let known = store
                        .current_concept(&city)
                        .await?
                        .is_some_and(|c| c.concept.field(field).is_some());
                    if !known {
                        bail!("`{field}` is not an action field of {city}'s concept");
                    }
                }
                let account = NewAccount {
                    display_name: name.unwrap_or_default(),
                    login,
                    password,
                    role,
                    field,
                };
                let created = accounts::create_user(
                    &store,
                    &Hashing::new(1),
                    &operator,
                    account,
                    super::clock().now(),
                )
                .await?;
                if let Some(email) = &email {
                    accounts::set_email(&store, &operator, created.id, email, super::clock().now())
                        .await?;
                }
                println!(
                    "created {} ({}{})",
                    created.login,
                    created.role.as_str(),
                    created.field.map(|f| format!(", {f}")).unwrap_or_default()
                );
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::Token {
            login,
            name,
            role,
            field,
            institution,
            days,
        } => {
            let Some(role) = Role::parse(&role) else {
                bail!("`{role}` is not a role; expected {}", role_names());
            };
            if role == Role::Editor && field.is_none() {
                bail!("an editor's token belongs to one working group: add --field");
            }
            let field = if role == Role::Editor { field } else { None };
            let config =
                crate::config::Config::load(global, &crate::config::ServeOptions::default())?;
            let days = days.unwrap_or(config.token_days);
            if !(1..=config.token_days).contains(&days) {
                bail!(
                    "--days must be from 1 to {} (token_days), not {days}",
                    config.token_days
                );
            }
            if name.trim().is_empty() {
                bail!("--name must not be empty");
            }
            super::with_store(global, |store| async move {
                let Some(user) = store.user_by_login(&login.to_lowercase()).await? else {
                    bail!("there is no account `{login}`");
                };
                if !user.active || user.role != Role::Administrator {
                    bail!("`{login}` is not an active administrator; only their tokens work");
                }
                // The token is the administrator's: the use case checks and records it as theirs.
                let administrator = Visitor::Signed(Principal {
                    user_id: user.id,
                    login: user.login.clone(),
                    role: user.role,
                    field: None,
                    actor: super::cli_actor(),
                });
                let token = accounts::create_token(
                    &store,
                    &administrator,
                    accounts::TokenRequest {
                        name,
                        role,
                        field,
                        institution,
                        lifetime: jiff::SignedDuration::from_hours(days * 24),
                    },
                    super::clock().now(),
                )
                .await?
                .secret;
                println!("{token}");
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::Email {
            login,
            address,
            none,
        } => {
            let address = if none {
                String::new()
            } else {
                address.unwrap_or_default()
            };
            if let Err(problem) = accounts::check_email(&address) {
                bail!("{}", problem.message);
            }
            super::with_store(global, |store| async move {
                let Some(user) = store.user_by_login(&login.to_lowercase()).await? else {
                    bail!("there is no account `{login}`");
                };
                let changed =
                    accounts::set_email(&store, &operator, user.id, &address, super::clock().now())
                        .await?;
                match changed.email {
                    Some(email) => println!("{}: {email}", changed.login),
                    None => println!("{}: no e-mail address", changed.login),
                }
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::List => super::with_store(global, |store| async move {
            for user in accounts::list_users(&store, &operator).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    user.login,
                    user.role.as_str(),
                    user.field.unwrap_or_default(),
                    if user.active { "active" } else { "locked" },
                    user.email.unwrap_or_default()
                );
            }
            Ok(ExitCode::SUCCESS)
        }),
    }
}

fn role_names() -> String {
    Role::ALL
        .iter()
        .map(|role| role.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(password) = std::env::var("TEILHABE_PASSWORD") {
        return Ok(password);
    }
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        if first != again {
            bail!("the passwords differ");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}
