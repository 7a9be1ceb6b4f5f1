//! Passwords: the rules for a new one, and hashing with Argon2id — off the async workers and a
//! few at a time, so that a burst of logins cannot starve other requests.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

/// Hashing and verifying passwords: each on the blocking pool, not on an async worker (Argon2
/// takes a noticeable time and memory on purpose), and at most a few at once, so that a burst
/// of logins cannot starve other requests or exhaust memory.
#[derive(Clone)]
pub struct Hashing {
    permits: Arc<Semaphore>,
}

impl Hashing {
    pub fn new(concurrent: usize) -> Self {
        Hashing {
            permits: Arc::new(Semaphore::new(concurrent.max(1))),
        }
    }

    /// Whether `password` matches `hash`; false when the work could not run.
    pub async fn verify(&self, password: &str, hash: &str) -> bool {
        let (password, hash) = (password.to_owned(), hash.to_owned());
        self.run(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false)
    }

    /// Verifies against a hash no password matches (for unknown logins, so that they take as
    /// long as known ones); the dummy hash itself is made on the blocking pool too.
    pub async fn verify_unknown(&self, password: &str) {
        let password = password.to_owned();
        let _ = self
            .run(move || verify_password(&password, dummy_hash()))
            .await;
    }

    /// An Argon2id hash of `password`.
    pub async fn hash(&self, password: &str) -> Result<String, String> {
        let password = password.to_owned();
        self.run(move || hash_password(&password))
            .await
            .unwrap_or_else(|| Err("password hashing did not run".into()))
    }

    async fn run<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
        let _permit = self.permits.acquire().await.ok()?;
        tokio::task::spawn_blocking(work).await.ok()
    }

    /// Permits free now (tests).
    pub fn available(&self) -> usize {
        self.permits.available_permits()
    }
}

/// Argon2id with the crate's recommended parameters, as a PHC string.
pub fn hash_password(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|error| error.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

/// A hash that no password matches, verified against for unknown logins so that the answer takes
/// as long as for known ones.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

/// Passwords need some length and must not be among the common ones; everything else is the
/// person's choice (NIST SP 800-63B 5.1.1.2, ASVS 2.1.1 and 2.1.7).
pub const MIN_PASSWORD_LENGTH: usize = 10;
/// Logins are at most this long (longer names are cut to it when counting failures).
pub const MAX_LOGIN_LENGTH: usize = 100;
/// Longer passwords are refused, so that hashing one costs bounded time (ASVS 2.1.2 allows 128+).
pub const MAX_PASSWORD_LENGTH: usize = 256;

/// The shipped list of common passwords (data/security/common-passwords.txt), lowercased.
static COMMON_PASSWORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    include_str!("../../../../data/security/common-passwords.txt")
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
});

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    /// On the list of common passwords, or the login itself.
    Common,
}

impl PasswordProblem {
    /// The message (German, English in data/i18n) for `problem`: its key and argument.
    pub fn message_key(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "admin-error-password",
            PasswordProblem::TooLong => "password-error-long",
            PasswordProblem::Common => "password-error-common",
        }
    }

    /// The same in English for the command line.
    pub fn describe(self) -> String {
        match self {
            PasswordProblem::TooShort => {
                format!("the password needs at least {MIN_PASSWORD_LENGTH} characters")
            }
            PasswordProblem::TooLong => {
                format!("the password may have at most {MAX_PASSWORD_LENGTH} characters")
            }
            PasswordProblem::Common => "the password is too common (on the list of common \
                 passwords in data/security/common-passwords.txt, or the login itself); \
                 choose another"
                .to_owned(),
        }
    }
}

/// Checks a new password exactly as typed (never trimmed).
pub fn check_new_password(password: &str, login: &str) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_PASSWORD_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let lowered = password.to_lowercase();
    if COMMON_PASSWORDS.contains(&lowered) || lowered == login.to_lowercase() {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let hash = hash_password("correct horse battery").expect("hash");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse batterY", &hash));
        assert!(!verify_password("anything", dummy_hash()));
    }

    #[test]
    fn new_passwords_are_long_and_uncommon_and_untrimmed() {
        assert_eq!(
            check_new_password("kurz", "anna"),
            Err(PasswordProblem::TooShort)
        );
        assert_eq!(
            check_new_password("Password123", "anna"),
            Err(PasswordProblem::Common),
            "case does not matter"
        );
        assert_eq!(
            check_new_password("Passwort123", "anna"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password("anna.beispiel", "anna.beispiel"),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_new_password(&"x".repeat(300), "anna"),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(check_new_password("  drei Wale singen  ", "anna"), Ok(()));
        assert!(COMMON_PASSWORDS.len() > 1500, "{}", COMMON_PASSWORDS.len());
    }

    /// The documented bounds are inclusive and count characters, not bytes: ten characters
    /// (umlauts count once) are enough, 256 are allowed, one more is not.
    #[test]
    fn password_length_bounds_are_inclusive_characters() {
        let shortest: String = "Wölfe ästen".chars().take(MIN_PASSWORD_LENGTH).collect();
        assert_eq!(shortest.chars().count(), MIN_PASSWORD_LENGTH);
        assert!(
            shortest.len() > MIN_PASSWORD_LENGTH,
            "has multi-byte characters"
        );
        assert_eq!(check_new_password(&shortest, "anna"), Ok(()));
        let one_less: String = shortest.chars().skip(1).collect();
        assert_eq!(
            check_new_password(&one_less, "anna"),
            Err(PasswordProblem::TooShort)
        );
        let longest = "ä".repeat(MAX_PASSWORD_LENGTH);
        assert_eq!(check_new_password(&longest, "anna"), Ok(()));
        assert_eq!(
            check_new_password(&format!("{longest}x"), "anna"),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn hashing_waits_for_a_permit_without_blocking_the_runtime() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        runtime.block_on(async {
            let hashing = Hashing::new(1);
            let hash = hashing.hash("correct horse battery").await.expect("hash");
            // Take the only permit: a verification must wait, and while it waits the single
            // worker thread runs other tasks.
            let permit = hashing
                .permits
                .clone()
                .acquire_owned()
                .await
                .expect("permit");
            let waiting = {
                let hashing = hashing.clone();
                let hash = hash.clone();
                tokio::spawn(async move { hashing.verify("correct horse battery", &hash).await })
            };
            let other = tokio::spawn(async { 40 + 2 });
            assert_eq!(other.await.expect("other task"), 42);
            tokio::task::yield_now().await;
            assert!(!waiting.is_finished(), "no permit, no hashing");
            drop(permit);
            assert!(waiting.await.expect("verification"));
            assert_eq!(hashing.available(), 1, "the permit is given back");
        });
    }
}
