//! Deletion periods: a case record is deleted a configurable number of years after it closed;
//! a report that never became a case, the same number of years after it arrived. A pure
//! function of the clock's "now" (the UTC day, as the data collection's deadlines).

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan, tz::TimeZone};

/// Years after closing, unless configured (the state network's usual period).
pub const DEFAULT_RETENTION_YEARS: u16 = 3;

/// The first day on which a case closed on `closed` is deleted: the same day `years` later (a
/// case closed on 29 February is due on 28 February of a common year).
pub fn deletion_day(closed: Date, years: u16) -> Date {
    closed
        .checked_add(i64::from(years).years())
        .unwrap_or(Date::MAX)
}

/// The UTC day of `now`.
pub fn today(now: Timestamp) -> Date {
    now.to_zoned(TimeZone::UTC).date()
}

/// Whether a case closed on `closed` (an open case never is) is due for deletion at `now`.
pub fn case_is_due(closed: Option<Date>, years: u16, now: Timestamp) -> bool {
    closed.is_some_and(|closed| today(now) >= deletion_day(closed, years))
}

/// Whether a report that arrived at `received` and is no case's is due for deletion at `now`.
pub fn report_is_due(received: Timestamp, years: u16, now: Timestamp) -> bool {
    today(now) >= deletion_day(today(received), years)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn a_case_is_due_on_the_day_its_period_ends_and_not_before() {
        let closed = Some(date(2023, 5, 10));
        assert!(!case_is_due(closed, 3, at("2026-05-09T23:59:59Z")));
        assert!(case_is_due(closed, 3, at("2026-05-10T00:00:00Z")));
        assert!(case_is_due(closed, 3, at("2030-01-01T00:00:00Z")));
        assert!(!case_is_due(closed, 5, at("2026-05-10T00:00:00Z")));
        assert!(case_is_due(closed, 0, at("2023-05-10T00:00:00Z")));
    }

    #[test]
    fn open_cases_are_never_due() {
        assert!(!case_is_due(None, 0, at("2100-01-01T00:00:00Z")));
    }

    #[test]
    fn a_leap_day_closes_into_the_last_of_february() {
        assert_eq!(deletion_day(date(2024, 2, 29), 3), date(2027, 2, 28));
        assert_eq!(deletion_day(date(2024, 2, 29), 4), date(2028, 2, 29));
        assert!(case_is_due(
            Some(date(2024, 2, 29)),
            3,
            at("2027-02-28T00:00:00Z")
        ));
        assert!(!case_is_due(
            Some(date(2024, 2, 29)),
            3,
            at("2027-02-27T23:59:59Z")
        ));
        assert_eq!(deletion_day(date(9998, 1, 1), 3), Date::MAX);
    }

    #[test]
    fn reports_count_from_their_arrival_day_in_utc() {
        let received = at("2023-01-31T23:30:00Z");
        assert!(!report_is_due(received, 3, at("2026-01-30T23:59:59Z")));
        assert!(report_is_due(received, 3, at("2026-01-31T00:00:00Z")));
    }
}
