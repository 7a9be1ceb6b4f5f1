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
            return Err(StoreError::UnsupportedUrl(redact_password(input)));
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

/// `url` with the password of its user part replaced by `***`, for messages, logs and printed
/// configuration. Works on any `scheme://user:password@host/…` text, valid or not, and on
/// passwords that contain `/` or `@`.
pub fn redact_password(url: &str) -> String {
    let url = &redact_query_password(url);
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let before_query = rest.find('?').unwrap_or(rest.len());
    let Some(at) = rest[..before_query].rfind('@') else {
        return url.to_owned();
    };
    let (credentials, host_and_path) = (&rest[..at], &rest[at + 1..]);
    match credentials.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host_and_path}"),
        None => url.to_owned(),
    }
}

/// A `password=` parameter of the query (PostgreSQL accepts one) masked as well.
fn redact_query_password(url: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let parameters: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{base}?{}", parameters.join("&"))
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

    #[test]
    fn refusals_and_redactions_never_show_the_password() {
        let error = DatabaseUrl::parse("mysql://app:s3cret@db/x").expect_err("unsupported");
        assert!(!error.to_string().contains("s3cret"), "{error}");
        assert!(
            error.to_string().contains("mysql://app:***@db/x"),
            "{error}"
        );
        for (url, masked) in [
            ("postgres://u:pa/ss@h:5432/db", "postgres://u:***@h:5432/db"),
            (
                "postgres://u:p@ss@h/db?sslmode=require",
                "postgres://u:***@h/db?sslmode=require",
            ),
            ("postgres://u@h/db", "postgres://u@h/db"),
            ("postgres://h/db?user=a", "postgres://h/db?user=a"),
            (
                "postgres://h/db?user=a&password=x",
                "postgres://h/db?user=a&password=***",
            ),
        ] {
            assert_eq!(redact_password(url), masked);
        }
    }
}
