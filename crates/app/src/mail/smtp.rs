//! SMTP with lettre: the server's URL (`smtp://…`, `smtps://…`) and the transport that sends
//! through it.

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::{SendError, Sender, Transport};

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    /// No encryption: only for a relay on this machine or in tests.
    Plain,
    /// Plain connection upgraded with STARTTLS, which the server must offer (port 587).
    StartTls,
    /// TLS from the first byte (`smtps://`, port 465).
    Tls,
}

/// The mail server, parsed from its URL.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpSettings {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// User and password, if the server wants a login.
    pub credentials: Option<(String, String)>,
}

impl std::fmt::Debug for SmtpSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSettings")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|(user, _)| (user, "***")),
            )
            .finish()
    }
}

/// Seconds one SMTP command may take before the server counts as unreachable.
const TIMEOUT_SECONDS: u64 = 30;

impl SmtpSettings {
    /// `smtp://host:25` (plain), `smtp://user:pass@host:587?tls=starttls`,
    /// `smtps://user:pass@host` (port 465). User and password are percent-decoded. A password is
    /// never sent unencrypted to another machine. Errors never repeat the password.
    pub fn parse(text: &str) -> Result<Self, String> {
        let shown = teilhabe_store::redact_password(text);
        let url = url::Url::parse(text.trim())
            .map_err(|error| format!("the SMTP URL `{shown}` is invalid: {error}"))?;
        let tls = url
            .query_pairs()
            .find(|(key, _)| key == "tls")
            .map(|(_, value)| value.to_ascii_lowercase());
        if let Some((key, _)) = url.query_pairs().find(|(key, _)| key != "tls") {
            return Err(format!(
                "the SMTP URL `{shown}` has the unknown parameter `{key}`; only tls=starttls or tls=none"
            ));
        }
        let security = match (url.scheme(), tls.as_deref()) {
            ("smtp", None | Some("none")) => Security::Plain,
            ("smtp", Some("starttls" | "required")) => Security::StartTls,
            ("smtps", None | Some("tls" | "wrapper")) => Security::Tls,
            (scheme @ ("smtp" | "smtps"), Some(other)) => {
                return Err(format!(
                    "the SMTP URL `{shown}`: tls={other} is not possible with {scheme}://; use smtp://…?tls=starttls, smtps://… or smtp://… without tls"
                ));
            }
            (scheme, _) => {
                return Err(format!(
                    "the SMTP URL `{shown}` starts with {scheme}://; expected smtp:// or smtps://"
                ));
            }
        };
        let host = url
            .host_str()
            .filter(|host| !host.is_empty())
            .ok_or_else(|| format!("the SMTP URL `{shown}` names no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = url.port().unwrap_or(match security {
            Security::Plain => 25,
            Security::StartTls => 587,
            Security::Tls => 465,
        });
        let decode = |part: &str| {
            percent_decode(part)
                .ok_or_else(|| format!("the SMTP URL `{shown}` has a user or password that is not UTF-8 after percent-decoding"))
        };
        let credentials = match (url.username(), url.password()) {
            ("", None) => None,
            (user, password) => Some((decode(user)?, decode(password.unwrap_or(""))?)),
        };
        let settings = SmtpSettings {
            host,
            port,
            security,
            credentials,
        };
        if settings.credentials.is_some()
            && settings.security == Security::Plain
            && !settings.is_loopback()
        {
            return Err(format!(
                "the SMTP URL `{shown}` would send the password unencrypted to {}; use smtp://…?tls=starttls or smtps://…",
                settings.host
            ));
        }
        Ok(settings)
    }

    fn is_loopback(&self) -> bool {
        self.host.eq_ignore_ascii_case("localhost")
            || self
                .host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let hex = |at: usize| {
            bytes
                .get(at)
                .and_then(|b| char::from(*b).to_digit(16))
                .and_then(|d| u8::try_from(d).ok())
        };
        match (byte, hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                decoded.push(high * 16 + low);
                index += 3;
            }
            _ => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

/// Sends through an SMTP server, one connection per message (the outbox sends in rounds, not
/// continuously).
pub struct SmtpTransport {
    inner: AsyncSmtpTransport<Tokio1Executor>,
}

impl SmtpTransport {
    /// The transport for `settings`; the EHLO greeting names the sender's domain.
    pub fn new(settings: &SmtpSettings, sender: &Sender) -> Result<Self, String> {
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&settings.host)
            .port(settings.port)
            .timeout(Some(Duration::from_secs(TIMEOUT_SECONDS)))
            .hello_name(ClientId::Domain(sender.domain()));
        let parameters = || {
            TlsParameters::new(settings.host.clone())
                .map_err(|error| format!("TLS for {}: {error}", settings.host))
        };
        builder = match settings.security {
            Security::Plain => builder.tls(Tls::None),
            Security::StartTls => builder.tls(Tls::Required(parameters()?)),
            Security::Tls => builder.tls(Tls::Wrapper(parameters()?)),
        };
        if let Some((user, password)) = &settings.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(SmtpTransport {
            inner: builder.build(),
        })
    }
}

impl Transport for SmtpTransport {
    async fn send(&self, from: &str, to: &str, message: &[u8]) -> Result<(), SendError> {
        let address = |text: &str| {
            text.parse::<Address>().map_err(|error| SendError {
                message: format!("invalid address: {error}"),
                unreachable: false,
            })
        };
        let envelope =
            Envelope::new(Some(address(from)?), vec![address(to)?]).map_err(|error| SendError {
                message: format!("invalid envelope: {error}"),
                unreachable: false,
            })?;
        self.inner
            .send_raw(&envelope, message)
            .await
            .map(|_| ())
            .map_err(|error| SendError {
                // A rejection of this message (4xx, 5xx) is the message's; anything else
                // (refused connection, TLS, timeout, broken session) is the server's.
                unreachable: !(error.is_transient() || error.is_permanent()),
                message: error.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_host_port_security_and_login() {
        let settings = SmtpSettings::parse("smtp://localhost:2525").unwrap();
        assert_eq!(
            (settings.host.as_str(), settings.port, settings.security),
            ("localhost", 2525, Security::Plain)
        );
        assert_eq!(settings.credentials, None);
        let settings =
            SmtpSettings::parse("smtp://post%40stadt:p%3Ass%2Fw@mail.example:587?tls=starttls")
                .unwrap();
        assert_eq!(settings.security, Security::StartTls);
        assert_eq!(
            settings.credentials,
            Some(("post@stadt".to_owned(), "p:ss/w".to_owned()))
        );
        assert!(!format!("{settings:?}").contains("p:ss/w"));
        let settings = SmtpSettings::parse("smtps://u:p@mail.example").unwrap();
        assert_eq!((settings.port, settings.security), (465, Security::Tls));
        assert_eq!(
            SmtpSettings::parse("smtp://mail.example?tls=starttls")
                .unwrap()
                .port,
            587
        );
    }

    #[test]
    fn bad_urls_are_refused_without_showing_the_password() {
        for (url, expected) in [
            ("http://mail.example", "expected smtp:// or smtps://"),
            ("smtp://mail.example?tls=maybe", "tls=maybe"),
            (
                "smtp://mail.example?security=tls",
                "unknown parameter `security`",
            ),
            ("smtp://user:geheim@mail.example:25", "unencrypted"),
            ("smtp://", "names no host"),
        ] {
            let error = SmtpSettings::parse(url).unwrap_err();
            assert!(error.contains(expected), "{url}: {error}");
            assert!(!error.contains("geheim"), "{error}");
        }
        // A login over a plain connection to a relay on this machine is fine.
        assert!(SmtpSettings::parse("smtp://user:geheim@127.0.0.1:2525").is_ok());
    }
}
