//! The time use cases run at. The server and the command line read the system clock; tests set
//! it (session and token expiry, dates in reports) instead of waiting.

use std::sync::{Arc, Mutex, PoisonError};

use jiff::{SignedDuration, Timestamp};

type Source = Arc<dyn Fn() -> Timestamp + Send + Sync>;

/// The system clock, a fixed time that tests set and move on, or a function of the caller's.
#[derive(Clone, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<Timestamp>>>,
    source: Option<Source>,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clock")
            .field("fixed", &self.fixed)
            .field("source", &self.source.as_ref().map(|_| "fn"))
            .finish()
    }
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Clock::default()
    }

    /// A clock that asks `source` (tests that keep their own time).
    pub fn from_fn(source: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        Clock {
            fixed: None,
            source: Some(Arc::new(source)),
        }
    }

    /// A clock standing at `at` until it is set or advanced (tests).
    pub fn fixed(at: Timestamp) -> Self {
        Clock {
            fixed: Some(Arc::new(Mutex::new(at))),
            source: None,
        }
    }

    pub fn now(&self) -> Timestamp {
        match (&self.fixed, &self.source) {
            (Some(at), _) => *at.lock().unwrap_or_else(PoisonError::into_inner),
            (None, Some(source)) => source(),
            (None, None) => Timestamp::now(),
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
    fn a_function_clock_asks_its_function() {
        let at: Timestamp = "2026-12-02T06:00:00Z".parse().unwrap();
        assert_eq!(Clock::from_fn(move || at).now(), at);
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
