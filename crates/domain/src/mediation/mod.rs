//! Language mediation (Sprachmittlung): the municipal pool of lay mediators, requests from
//! institutions, the outcome every request ends in, matching suggestions with their reasons, the
//! allowance, and the demand figures. Plain types and rules: times come in as parameters.
//!
//! Times are stored in UTC ([`Timestamp`]) and shown, and compared with a mediator's weekly
//! pattern, in the city's time zone ([`CITY_TIME_ZONE`], Europe/Berlin), so a request across a
//! daylight-saving change keeps its wall-clock time.

pub mod access;
pub mod demand;
pub mod matching;
mod mediator;
mod request;
pub mod settings;
mod status;

use jiff::Timestamp;
use jiff::tz::TimeZone;
pub use mediator::{
    Absence, DinTopic, LanguageSkill, Level, Mediator, MediatorRecord, WeeklySlot, allowance,
};
pub use request::{RequestContent, Topic, notice_working_days};
pub use status::{CancelledBy, Outcome, RefusalReason, Status, Transition, TransitionError};

use serde::{Deserialize, Serialize};

/// The time zone the city's appointments are made in.
pub const CITY_TIME_ZONE: &str = "Europe/Berlin";

/// The default notice period: requests fewer working days ahead are urgent.
pub const DEFAULT_NOTICE_DAYS: u32 = 5;

/// The city's time zone; UTC if the system's time zone database lacks it (never on Debian with
/// tzdata, which the server requires).
pub fn city_zone() -> TimeZone {
    TimeZone::get(CITY_TIME_ZONE).unwrap_or(TimeZone::UTC)
}

/// `at` as the city's wall-clock time, `2026-03-30 09:00`.
pub fn local_text(at: Timestamp) -> String {
    at.to_zoned(city_zone())
        .strftime("%Y-%m-%d %H:%M")
        .to_string()
}

/// How the mediation takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Setting {
    InPerson,
    Phone,
    Video,
}

impl Setting {
    pub const ALL: [Setting; 3] = [Setting::InPerson, Setting::Phone, Setting::Video];

    pub fn as_str(self) -> &'static str {
        match self {
            Setting::InPerson => "in-person",
            Setting::Phone => "phone",
            Setting::Video => "video",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// A mediator's gender, and a requester's preference (important in cases of domestic violence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    Female,
    Male,
    Diverse,
}

impl Gender {
    pub const ALL: [Gender; 3] = [Gender::Female, Gender::Male, Gender::Diverse];

    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Diverse => "diverse",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == value)
    }
}

pub use crate::field_problem::FieldProblem as Problem;

/// A language code as the pool writes it: 2–3 lowercase letters, optionally `-` and a region
/// or script (`ar`, `fa-af`, `ku-kmr`).
pub fn is_language_code(value: &str) -> bool {
    let mut parts = value.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|part| {
            (2..=8).contains(&part.len()) && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// A plausible e-mail address: something, `@`, a domain with a dot, no spaces.
pub fn is_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.contains(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_and_addresses() {
        for good in ["ar", "tir", "fa-af", "ku-kmr"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "A", "arabic", "ar_", "ar-", "Ar"] {
            assert!(!is_language_code(bad), "{bad}");
        }
        assert!(is_email("kita@bielefeld.de"));
        for bad in ["", "kita", "@x.de", "a@x", "a b@x.de", "a@.de", "a@x.de."] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn times_are_shown_in_berlin_across_the_daylight_saving_change() {
        // Before 29 March 2026 Berlin is UTC+1, after it UTC+2.
        assert_eq!(
            local_text("2026-03-27T08:00:00Z".parse().unwrap()),
            "2026-03-27 09:00"
        );
        assert_eq!(
            local_text("2026-03-30T07:00:00Z".parse().unwrap()),
            "2026-03-30 09:00"
        );
        // And back on 25 October 2026.
        assert_eq!(
            local_text("2026-10-26T08:00:00Z".parse().unwrap()),
            "2026-10-26 09:00"
        );
    }
}
