//! The report form's screening (`teilhabe_domain::discrimination::screening`: honeypot, proof of
//! work, five reports an hour per network) with this process's secret and randomness.

use std::ops::Deref;

use jiff::Timestamp;
use teilhabe_domain::discrimination::screening::Gate;

pub use teilhabe_domain::discrimination::screening::{HONEYPOT, PROOF_BITS};

/// The gate of this process (`AppState::shared`), its secret drawn at start.
pub struct ReportGate(Gate);

impl Default for ReportGate {
    fn default() -> Self {
        // Without randomness the secret is empty: challenges are then forgeable, which only
        // makes the proof of work free — the rate limit still holds.
        ReportGate(Gate::with_secret(
            teilhabe_app::accounts::tokens::new_token().unwrap_or_default(),
        ))
    }
}

impl Deref for ReportGate {
    type Target = Gate;

    fn deref(&self) -> &Gate {
        &self.0
    }
}

impl ReportGate {
    /// A new challenge for a form shown at `now`.
    pub fn issue(&self, now: Timestamp) -> String {
        let random: String = teilhabe_app::accounts::tokens::new_token()
            .map(|token| token.chars().take(16).collect())
            .unwrap_or_default();
        self.0.challenge(now, &random)
    }
}
