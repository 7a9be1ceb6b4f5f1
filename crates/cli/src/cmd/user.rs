//! `teilhabe user add`: accounts from the command line, above all the first administrator.

use std::io::{BufRead, IsTerminal};
use std::process::ExitCode;

use anyhow::bail;
use clap::Subcommand;
use teilhabe_app::Actor;
use teilhabe_app::accounts::passwords::{Hashing, check_new_password};
use teilhabe_app::accounts::{self, NewAccount};
use teilhabe_domain::access::Role;

use crate::config::GlobalOptions;

#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is asked for on the terminal, or read from the first line
    /// of standard input, or from TEILHABE_PASSWORD.
    Add {
        /// Login name (lowercase letters, digits, . _ -).
        #[arg(long)]
        login: String,
        /// administrator, editor, statistician or viewer.
        #[arg(long)]
        role: String,
        /// For editors: the action field (slug) of their working group.
        #[arg(long)]
        field: Option<String>,
        /// Display name [default: the login].
        #[arg(long)]
        name: Option<String>,
    },
    /// List accounts.
    List,
}

pub fn run(global: &GlobalOptions, command: UserCommand) -> anyhow::Result<ExitCode> {
    let operator = Actor::Operator(super::cli_actor());
    match command {
        UserCommand::Add {
            login,
            role,
            field,
            name,
        } => {
            let login = login.to_lowercase();
            if let Err(problem) = accounts::check_login(&login) {
                bail!("{}", problem.message);
            }
            let Some(role) = Role::parse(&role) else {
                bail!(
                    "`{role}` is not a role; expected administrator, editor, statistician or viewer"
                );
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
                println!(
                    "created {} ({}{})",
                    created.login,
                    created.role.as_str(),
                    created.field.map(|f| format!(", {f}")).unwrap_or_default()
                );
                Ok(ExitCode::SUCCESS)
            })
        }
        UserCommand::List => super::with_store(global, |store| async move {
            for user in accounts::list_users(&store, &operator).await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    user.login,
                    user.role.as_str(),
                    user.field.unwrap_or_default(),
                    if user.active { "active" } else { "locked" }
                );
            }
            Ok(ExitCode::SUCCESS)
        }),
    }
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
