//! The time use cases run at. The server and the command line read the system clock; tests set
//! it (session and token expiry, dates in reports) instead of waiting.

use std::sync::{Arc, Mutex, PoisonError};

use jiff::{SignedDuration, Timestamp};

/// The system clock, or a fixed time that tests set and move on.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<Timestamp>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Clock { fixed: None }
    }

    /// A clock standing at `at` until it is set or advanced (tests).
    pub fn fixed(at: Timestamp) -> Self {
        Clock {
            fixed: Some(Arc::new(Mutex::new(at))),
        }
    }

    pub fn now(&self) -> Timestamp {
        match &self.fixed {
            None => Timestamp::now(),
            Some(at) => *at.lock().unwrap_or_else(PoisonError::into_inner),
        }
    }

    /// Sets a fixed clock (and every clone of it) to `at`; the system clock ignores it.
    pub fn set(&self, at: Timestamp) {
        if let Some(fixed) = &self.fixed {
            *fixed.lock().unwrap_or_else(PoisonError::into_inner) = at;
        }
    }

    /// Moves a fixed clock on by `by`.
    pub fn advance(&self, by: SignedDuration) {
        if let Some(fixed) = &self.fixed {
            let mut at = fixed.lock().unwrap_or_else(PoisonError::into_inner);
            *at = at.saturating_add(by).unwrap_or(*at);
        }
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_until_set_and_clones_share_it() {
        let start: Timestamp = "2026-03-01T10:00:00Z".parse().unwrap();
        let clock = Clock::fixed(start);
        let shared = clock.clone();
        assert_eq!(clock.now(), start);
        shared.advance(SignedDuration::from_hours(2));
        assert_eq!(clock.now(), "2026-03-01T12:00:00Z".parse().unwrap());
        let later: Timestamp = "2027-01-01T00:00:00Z".parse().unwrap();
        clock.set(later);
        assert_eq!(shared.now(), later);
    }

    #[test]
    fn the_system_clock_moves_and_cannot_be_set() {
        let clock = Clock::system();
        let past: Timestamp = "2000-01-01T00:00:00Z".parse().unwrap();
        clock.set(past);
        assert!(clock.now() > past);
        assert!(!clock.is_fixed());
    }
}
