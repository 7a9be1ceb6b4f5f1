//! Database addresses as a user writes them: `postgres://…`, `sqlite:teilhabe.sqlite`, or a path.

use std::fmt;

use crate::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
        })
    }
}

/// A parsed database address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    backend: Backend,
    connection_string: String,
    /// The SQLite file, if the database is one.
    sqlite_path: Option<std::path::PathBuf>,
}

impl DatabaseUrl {
    /// Accepts `postgres://` / `postgresql://` URLs, `sqlite:` URLs and bare file paths (SQLite).
    /// An SQLite file is created when missing.
    pub fn parse(input: &str) -> Result<Self, StoreError> {
        let input = input.trim();
        if input.starts_with("postgres://") || input.starts_with("postgresql://") {
            return Ok(DatabaseUrl {
                backend: Backend::Postgres,
                connection_string: input.to_owned(),
                sqlite_path: None,
            });
        }
        let path = if let Some(rest) = input.strip_prefix("sqlite:") {
            rest.trim_start_matches("//")
        } else if input.contains("://") || input.is_empty() {
            return Err(StoreError::UnsupportedUrl(input.to_owned()));
        } else {
            input
        };
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let mut connection_string = format!("sqlite://{path}");
        if query.is_empty() {
            connection_string.push_str("?mode=rwc");
        } else {
            connection_string.push('?');
            connection_string.push_str(query);
        }
        let sqlite_path = (!path.starts_with(':')).then(|| std::path::PathBuf::from(path));
        Ok(DatabaseUrl {
            backend: Backend::Sqlite,
            connection_string,
            sqlite_path,
        })
    }

    pub fn sqlite_path(&self) -> Option<&std::path::Path> {
        self.sqlite_path.as_deref()
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub fn connection_string(&self) -> &str {
        &self.connection_string
    }

    /// The address without its password, for messages and logs.
    pub fn redacted(&self) -> String {
        redact_password(&self.connection_string)
    }
}

fn redact_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((credentials, host)) => {
            let user = credentials
                .split_once(':')
                .map_or(credentials, |(user, _)| user);
            let masked = if credentials.contains(':') {
                format!("{user}:***")
            } else {
                user.to_owned()
            };
            format!("{scheme}://{masked}@{host}{path}")
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_backends() {
        let url = DatabaseUrl::parse("postgres://u:secret@db:5432/teilhabe").expect("valid");
        assert_eq!(url.backend(), Backend::Postgres);
        assert_eq!(url.redacted(), "postgres://u:***@db:5432/teilhabe");

        let url = DatabaseUrl::parse("teilhabe.sqlite").expect("valid");
        assert_eq!(url.backend(), Backend::Sqlite);
        assert_eq!(url.connection_string(), "sqlite://teilhabe.sqlite?mode=rwc");

        let url = DatabaseUrl::parse("sqlite:///var/lib/teilhabe/db.sqlite").expect("valid");
        assert_eq!(
            url.connection_string(),
            "sqlite:///var/lib/teilhabe/db.sqlite?mode=rwc"
        );
    }

    #[test]
    fn refuses_other_schemes() {
        assert!(matches!(
            DatabaseUrl::parse("mysql://localhost/x"),
            Err(StoreError::UnsupportedUrl(_))
        ));
    }
}
