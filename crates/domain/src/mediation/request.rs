//! A request from an institution: only what the appointment needs, no client names.

use jiff::civil::{Date, Weekday};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::{Gender, Problem, Setting, city_zone, is_email, is_language_code};

/// What the conversation is about (the categories the demand is counted by).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Day care and school: registration, parents' evenings, development talks.
    Education,
    /// Health and care (no medical treatment talks).
    Health,
    /// Social benefits, job centre, housing office.
    Social,
    /// Citizens' office, foreigners' office and other authorities.
    Authority,
    /// Counselling (migration, family, women's counselling).
    Counselling,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 6] = [
        Topic::Education,
        Topic::Health,
        Topic::Social,
        Topic::Authority,
        Topic::Counselling,
        Topic::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Education => "education",
            Topic::Health => "health",
            Topic::Social => "social",
            Topic::Authority => "authority",
            Topic::Counselling => "counselling",
            Topic::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == value)
    }
}

/// What an institution asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestContent {
    /// The requesting institution's code (set from the account, never from the form).
    pub institution: String,
    pub language: String,
    pub dialect: Option<String>,
    pub setting: Setting,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub district: String,
    /// Where to meet (in person) — an office address, never a client's.
    pub address: String,
    pub topic: Topic,
    pub preferred_gender: Option<Gender>,
    /// Police, court, paternity…: the pool's rules send these to professional interpreters.
    pub legal_consequences: bool,
    /// The requesting staff member's e-mail address, for the confirmation.
    pub contact_email: String,
}

/// The longest appointment a request may ask for.
pub const MAX_MINUTES: u32 = 8 * 60;

impl RequestContent {
    /// When the appointment ends.
    pub fn ends_at(&self) -> Timestamp {
        self.starts_at
            .saturating_add(SignedDuration::from_mins(i64::from(self.minutes)))
            .unwrap_or(self.starts_at)
    }

    /// Every problem, each naming its field; `districts` are the city's codes.
    pub fn validate(&self, districts: &[&str], now: Timestamp) -> Vec<Problem> {
        let mut problems = Vec::new();
        if !is_language_code(&self.language) {
            problems.push(Problem::new(
                "language",
                "a language code is required (e.g. ar, fa, ku-kmr)",
            ));
        }
        if self.starts_at <= now {
            problems.push(Problem::new("starts_at", "the appointment must lie ahead"));
        }
        if !(15..=MAX_MINUTES).contains(&self.minutes) {
            problems.push(Problem::new(
                "minutes",
                format!("from 15 to {MAX_MINUTES} minutes"),
            ));
        }
        if !districts.contains(&self.district.as_str()) {
            problems.push(Problem::new(
                "district",
                "a district of the city is required",
            ));
        }
        if self.setting == Setting::InPerson && self.address.trim().is_empty() {
            problems.push(Problem::new(
                "address",
                "an appointment in person needs an address",
            ));
        }
        if self.address.chars().count() > 300 {
            problems.push(Problem::new("address", "at most 300 characters"));
        }
        if !is_email(&self.contact_email) {
            problems.push(Problem::new(
                "contact_email",
                "an e-mail address is required",
            ));
        }
        problems
    }

    /// Whether the request came with less notice than `notice_days` working days (public
    /// `holidays` are no working days).
    pub fn is_urgent(&self, requested_at: Timestamp, notice_days: u32, holidays: &[Date]) -> bool {
        notice_working_days(requested_at, self.starts_at, holidays) < i64::from(notice_days)
    }
}

/// Working days (Monday to Friday except the public `holidays`) after the local day of
/// `requested_at` up to and including the local day of `starts_at`: a request on Monday for the
/// next Monday has five days' notice, four if a holiday lies between. Zero when the appointment
/// is the same day or past.
pub fn notice_working_days(
    requested_at: Timestamp,
    starts_at: Timestamp,
    holidays: &[Date],
) -> i64 {
    let zone = city_zone();
    let first = requested_at.to_zoned(zone.clone()).date();
    let last = starts_at.to_zoned(zone).date();
    if last <= first {
        return 0;
    }
    let mut count = 0;
    let mut day = first;
    // At most a few hundred iterations: requests are at most a year or so ahead; capped anyway.
    for _ in 0..3660 {
        let Ok(next) = day.tomorrow() else { break };
        day = next;
        if !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !holidays.contains(&day)
        {
            count += 1;
        }
        if day >= last {
            break;
        }
    }
    count
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn content() -> RequestContent {
        RequestContent {
            institution: "kita-a".into(),
            language: "ar".into(),
            dialect: None,
            setting: Setting::InPerson,
            // Monday 30 March 2026, 09:00 in Berlin (summer time).
            starts_at: "2026-03-30T07:00:00Z".parse().unwrap(),
            minutes: 60,
            district: "01".into(),
            address: "Niederwall 23".into(),
            topic: Topic::Education,
            preferred_gender: None,
            legal_consequences: false,
            contact_email: "leitung@kita-a.example".into(),
        }
    }

    #[test]
    fn notice_counts_working_days_in_local_time() {
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        let notice_working_days_ = |a, b| notice_working_days(a, b, &[]);
        // Monday 23 March → Monday 30 March: Tue Wed Thu Fri Mon = 5.
        assert_eq!(
            notice_working_days_(at("2026-03-23T10:00:00Z"), at("2026-03-30T07:00:00Z")),
            5
        );
        // Tuesday 24 March → Monday 30 March: 4, urgent with the default of 5.
        assert_eq!(
            notice_working_days_(at("2026-03-24T10:00:00Z"), at("2026-03-30T07:00:00Z")),
            4
        );
        // Friday 23:30 local (22:30 UTC) is still Friday: Mon = 1; at 23:30 UTC it is Saturday
        // in Berlin: Mon = 1 as well, Sunday → Monday = 1.
        assert_eq!(
            notice_working_days_(at("2026-03-27T22:30:00Z"), at("2026-03-30T07:00:00Z")),
            1
        );
        assert_eq!(
            notice_working_days_(at("2026-03-29T10:00:00Z"), at("2026-03-30T07:00:00Z")),
            1
        );
        // Same day and the past.
        assert_eq!(
            notice_working_days_(at("2026-03-30T05:00:00Z"), at("2026-03-30T07:00:00Z")),
            0
        );
        assert_eq!(
            notice_working_days_(at("2026-03-31T05:00:00Z"), at("2026-03-30T07:00:00Z")),
            0
        );
        // 23:30 local on Sunday 29 March is 21:30 UTC: still Sunday in Berlin → 1; but 22:30 UTC
        // on Sunday is Monday 00:30 in Berlin: same day → 0.
        assert_eq!(
            notice_working_days_(at("2026-03-29T22:30:00Z"), at("2026-03-30T07:00:00Z")),
            0
        );
    }

    #[test]
    fn urgency_follows_the_configured_notice_period() {
        let request = content();
        let tuesday: Timestamp = "2026-03-24T10:00:00Z".parse().unwrap();
        assert!(request.is_urgent(tuesday, 5, &[]));
        assert!(!request.is_urgent(tuesday, 4, &[]));
        let monday: Timestamp = "2026-03-23T10:00:00Z".parse().unwrap();
        assert!(!request.is_urgent(monday, 5, &[]));
    }

    #[test]
    fn public_holidays_are_no_working_days() {
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        // Good Friday 3 April and Easter Monday 6 April 2026: from Monday 30 March to Tuesday
        // 7 April there are Tue Wed Thu and Tue = 4 working days, not 6.
        let easter = [jiff::civil::date(2026, 4, 3), jiff::civil::date(2026, 4, 6)];
        let (asked, starts) = (at("2026-03-30T08:00:00Z"), at("2026-04-07T08:00:00Z"));
        assert_eq!(notice_working_days(asked, starts, &[]), 6);
        assert_eq!(notice_working_days(asked, starts, &easter), 4);
        // A holiday on the appointment's own day does not count either.
        assert_eq!(
            notice_working_days(
                at("2026-03-30T08:00:00Z"),
                at("2026-04-06T08:00:00Z"),
                &easter
            ),
            3
        );
        let request = RequestContent {
            starts_at: starts,
            ..content()
        };
        assert!(!request.is_urgent(asked, 5, &[]));
        assert!(request.is_urgent(asked, 5, &easter));
    }

    #[test]
    fn a_request_names_each_faulty_field() {
        let now: Timestamp = "2026-03-20T10:00:00Z".parse().unwrap();
        assert_eq!(content().validate(&["01"], now), vec![]);
        assert_eq!(content().ends_at().to_string(), "2026-03-30T08:00:00Z");
        let bad = RequestContent {
            language: "Arabisch".into(),
            starts_at: now,
            minutes: 10,
            district: "99".into(),
            address: " ".into(),
            contact_email: "x".into(),
            ..content()
        };
        let fields: Vec<&str> = bad.validate(&["01"], now).iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "language",
                "starts_at",
                "minutes",
                "district",
                "address",
                "contact_email"
            ]
        );
        let phone = RequestContent {
            setting: Setting::Phone,
            address: String::new(),
            minutes: MAX_MINUTES,
            ..content()
        };
        assert_eq!(phone.validate(&["01"], now), vec![]);
        let long = RequestContent {
            minutes: MAX_MINUTES + 1,
            ..content()
        };
        assert_eq!(long.validate(&["01"], now)[0].field, "minutes");
    }
}
