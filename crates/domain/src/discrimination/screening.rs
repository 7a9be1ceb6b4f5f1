//! Holding back automated reports without a third-party CAPTCHA (issue 17): a honeypot field,
//! a small proof of work that the form's script solves while the person writes, and a limit of
//! reports per network and hour.
//!
//! - A filled honeypot or a missing or wrong proof does not refuse the report: it is stored held
//!   back (`teilhabe_app::discrimination::Screening::HeldBack`) until a counsellor releases it,
//!   so a person without JavaScript, or whose browser lacks Web Crypto, still reaches the
//!   counselling. The answer looks the same either way: a bot learns nothing.
//! - Over the limit, the form answers 429 and stores nothing.
//!
//! The limit and the spent challenges are kept in this process only: the network address must
//! never be stored beside a report of discrimination, not even for an hour. With several
//! instances behind a load balancer each counts apart, and a challenge issued by one is held
//! back by another (docs/decisions.md, "Issue 17: reports of discrimination on the web").
//! Randomness (the secret, a challenge's nonce) and time come in as parameters.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

use jiff::{SignedDuration, Timestamp};
use sha2::{Digest, Sha256};

/// Leading zero bits the proof's hash needs: about 65,000 hashes, a second or two in a
/// phone's browser, while writing the report takes minutes.
pub const PROOF_BITS: u32 = 16;
/// Reports accepted from one network (IPv4 address or IPv6 /64) per hour.
pub const REPORTS_PER_HOUR: usize = 5;
/// How long a challenge may be answered: long enough to write a report at leisure.
const CHALLENGE_LIFETIME: SignedDuration = SignedDuration::from_hours(4);

/// The form's hidden field bots fill and people never see.
pub const HONEYPOT: &str = "website";

/// The screening's memory; one per process.
pub struct Gate {
    secret: String,
    recent: Mutex<HashMap<String, VecDeque<Timestamp>>>,
    spent: Mutex<HashMap<String, Timestamp>>,
}

/// Hex of the first 16 bytes of SHA-256(secret ‖ SHA-256(secret ‖ message)): the nesting keeps
/// a message from being extended without the secret.
fn seal(secret: &str, message: &str) -> String {
    let inner = Sha256::new()
        .chain_update(secret)
        .chain_update(message)
        .finalize();
    Sha256::new()
        .chain_update(secret)
        .chain_update(inner)
        .finalize()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The number of leading zero bits of SHA-256(`challenge:nonce`).
pub fn proof_bits(challenge: &str, nonce: &str) -> u32 {
    let hash = Sha256::digest(format!("{challenge}:{nonce}").as_bytes());
    let mut bits = 0;
    for byte in hash {
        if byte == 0 {
            bits += 8;
        } else {
            bits += byte.leading_zeros();
            break;
        }
    }
    bits
}

impl Gate {
    pub fn with_secret(secret: String) -> Gate {
        Gate {
            secret,
            recent: Mutex::new(HashMap::new()),
            spent: Mutex::new(HashMap::new()),
        }
    }

    /// A new challenge for a form shown at `now`, made unique by `random` (letters and
    /// digits): `seconds.random.seal`.
    pub fn challenge(&self, now: Timestamp, random: &str) -> String {
        let message = format!("{}.{random}", now.as_second());
        let sealed = seal(&self.secret, &message);
        format!("{message}.{sealed}")
    }

    /// Whether `nonce` is a proof for `challenge`: issued here, not older than its lifetime nor
    /// from the future, never answered before, and its hash has [`PROOF_BITS`] leading zeros.
    /// A valid proof is spent.
    pub fn proof_holds(&self, challenge: &str, nonce: &str, now: Timestamp) -> bool {
        let Some((message, sealed)) = challenge.rsplit_once('.') else {
            return false;
        };
        if seal(&self.secret, message) != sealed {
            return false;
        }
        let Some(issued) = message
            .split_once('.')
            .and_then(|(seconds, _)| seconds.parse::<i64>().ok())
            .and_then(|seconds| Timestamp::from_second(seconds).ok())
        else {
            return false;
        };
        if issued > now || now.duration_since(issued) > CHALLENGE_LIFETIME {
            return false;
        }
        if nonce.is_empty() || nonce.len() > 20 || proof_bits(challenge, nonce) < PROOF_BITS {
            return false;
        }
        let mut spent = self.spent.lock().unwrap_or_else(PoisonError::into_inner);
        spent.retain(|_, at| now.duration_since(*at) <= CHALLENGE_LIFETIME);
        spent.insert(challenge.to_owned(), now).is_none()
    }

    /// Whether `network` may report at `now`: fewer than [`REPORTS_PER_HOUR`] reports stored
    /// from it within the last hour. Asked before, [`Gate::record`]ed after a report is stored,
    /// so that a form sent back for a mistake costs nothing.
    pub fn allows(&self, network: &str, now: Timestamp) -> bool {
        let hour = SignedDuration::from_hours(1);
        let mut recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        recent.retain(|_, times| {
            times.retain(|at| now.duration_since(*at) < hour);
            !times.is_empty()
        });
        recent
            .get(network)
            .is_none_or(|times| times.len() < REPORTS_PER_HOUR)
    }

    /// Counts a stored report from `network`.
    pub fn record(&self, network: &str, now: Timestamp) {
        self.recent
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(network.to_owned())
            .or_default()
            .push_back(now);
    }

    /// Minutes until `network` may report again (at least 1).
    pub fn wait_minutes(&self, network: &str, now: Timestamp) -> i64 {
        let recent = self.recent.lock().unwrap_or_else(PoisonError::into_inner);
        recent
            .get(network)
            .and_then(|times| times.front())
            .map(|first| {
                let free = *first + SignedDuration::from_hours(1);
                (free.duration_since(now).as_secs() + 59) / 60
            })
            .unwrap_or(1)
            .max(1)
    }
}

/// Solves a challenge the way the form's script does.
#[cfg(test)]
pub fn solve(challenge: &str) -> String {
    (0u64..)
        .map(|n| n.to_string())
        .find(|nonce| proof_bits(challenge, nonce) >= PROOF_BITS)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    #[test]
    fn zero_bits_are_counted_across_bytes() {
        // Counted as a string of bits would be, for a solved nonce and a few arbitrary ones.
        let challenge = "c";
        let nonce = solve(challenge);
        assert!(proof_bits(challenge, &nonce) >= PROOF_BITS);
        let hash = Sha256::digest(format!("{challenge}:{nonce}").as_bytes());
        let expected = hash
            .iter()
            .map(|b| format!("{b:08b}"))
            .collect::<String>()
            .chars()
            .take_while(|c| *c == '0')
            .count() as u32;
        assert_eq!(proof_bits(challenge, &nonce), expected);
        for nonce in ["0", "1", "2", "3"] {
            let hash = Sha256::digest(format!("{challenge}:{nonce}").as_bytes());
            let expected = hash
                .iter()
                .map(|b| format!("{b:08b}"))
                .collect::<String>()
                .chars()
                .take_while(|c| *c == '0')
                .count() as u32;
            assert_eq!(proof_bits(challenge, nonce), expected, "{nonce}");
        }
    }

    #[test]
    fn a_proof_holds_once_within_its_lifetime_and_only_for_its_gate() {
        let gate = Gate::with_secret("s".into());
        let challenge = gate.challenge(at(0), "0123456789abcdef");
        let nonce = solve(&challenge);
        let wrong = (0u64..)
            .map(|n| n.to_string())
            .find(|n| proof_bits(&challenge, n) < PROOF_BITS)
            .unwrap();
        assert!(
            !gate.proof_holds(&challenge, &wrong, at(10)),
            "too few bits"
        );
        assert!(!gate.proof_holds(&challenge, "", at(10)), "no proof");
        assert!(
            !gate.proof_holds(&challenge, &nonce, at(-1)),
            "from the future"
        );
        let lifetime = CHALLENGE_LIFETIME.as_secs();
        assert!(
            !gate.proof_holds(&challenge, &nonce, at(lifetime + 1)),
            "expired"
        );
        let other = Gate::with_secret("t".into());
        assert!(
            !other.proof_holds(&challenge, &nonce, at(10)),
            "another gate's"
        );
        let (message, _) = challenge.rsplit_once('.').unwrap();
        let forged = format!("{message}.{}", "0".repeat(32));
        assert!(
            !gate.proof_holds(&forged, &solve(&forged), at(10)),
            "forged seal"
        );
        // A proof longer than any the script sends is refused, however many zero bits it has.
        let long = (0u64..)
            .map(|n| format!("{n:025}"))
            .find(|nonce| proof_bits(&challenge, nonce) >= PROOF_BITS)
            .unwrap();
        assert!(
            !gate.proof_holds(&challenge, &long, at(10)),
            "25 characters"
        );
        assert!(
            gate.proof_holds(&challenge, &nonce, at(lifetime)),
            "at the edge"
        );
        assert!(!gate.proof_holds(&challenge, &nonce, at(lifetime)), "spent");
        assert!(!gate.proof_holds("nodots", "1", at(10)));
    }

    #[test]
    fn a_proof_holds_in_the_second_its_challenge_was_issued() {
        let gate = Gate::with_secret("s".into());
        let challenge = gate.challenge(at(0), "fedcba9876543210");
        assert!(gate.proof_holds(&challenge, &solve(&challenge), at(0)));
    }

    #[test]
    fn five_reports_an_hour_per_network() {
        let gate = Gate::with_secret("s".into());
        let report = |network: &str, seconds: i64| {
            let allowed = gate.allows(network, at(seconds));
            if allowed {
                gate.record(network, at(seconds));
            }
            allowed
        };
        for minute in 0..REPORTS_PER_HOUR as i64 {
            assert!(report("192.0.2.1", minute * 60), "{minute}");
        }
        assert!(!report("192.0.2.1", 600));
        assert!(report("192.0.2.2", 600), "another network");
        assert_eq!(gate.wait_minutes("192.0.2.1", at(600)), 50);
        assert_eq!(gate.wait_minutes("192.0.2.9", at(600)), 1);
        // An hour after the first, one place is free again, and only one.
        assert!(!report("192.0.2.1", 3599));
        assert!(report("192.0.2.1", 3600));
        assert!(!report("192.0.2.1", 3601));
        // Asking alone counts nothing.
        for _ in 0..10 {
            assert!(gate.allows("192.0.2.3", at(3601)));
        }
    }
}
