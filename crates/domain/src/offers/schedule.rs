//! When an offer takes place: single dates, or a weekly / monthly recurrence written as a subset
//! of an iCalendar RRULE (RFC 5545 §3.3.10), with exceptions on the public holidays of NRW.
//!
//! Times are local wall-clock times in Europe/Berlin: a course on Tuesdays at 18:00 stays at
//! 18:00 across the change to and from summer time, so its UTC instant moves by an hour. The time
//! zone rule is the POSIX rule of Germany since 1996 (`CET-1CEST,M3.5.0,M10.5.0/3`), built in
//! without reading the system's time zone files.

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time, Weekday};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

/// Europe/Berlin as a POSIX rule (valid since 1996).
pub fn berlin() -> TimeZone {
    // The rule is a constant; should it ever fail to parse, fall back to UTC+1 without DST.
    TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3")
        .unwrap_or_else(|_| TimeZone::fixed(jiff::tz::offset(1)))
}

/// An offer's schedule.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Schedule {
    /// Single dates (a talk, a festival): each a local start and end.
    #[serde(default)]
    pub dates: Vec<Slot>,
    /// A recurring slot, if any.
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
}

/// One single date: local start and end (same day or later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub start: DateTime,
    pub end: DateTime,
}

/// A recurring slot: the first date, the local start and end time, and the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// DTSTART's date: the first possible occurrence.
    pub first: Date,
    pub start: Time,
    pub end: Time,
    /// The RRULE text as given (`FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261215`).
    pub rule: String,
    /// Whether the offer pauses on public holidays (NRW).
    #[serde(default)]
    pub skip_holidays: bool,
    /// Further single dates it does not take place (EXDATE).
    #[serde(default)]
    pub except: Vec<Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frequency {
    Weekly,
    Monthly,
}

/// A BYDAY entry: a weekday, with an ordinal in monthly rules (`1MO` first Monday, `-1FR` last
/// Friday); `None` means every such weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByDay {
    pub ordinal: Option<i8>,
    pub weekday: Weekday,
}

/// The end of a rule: neither (open-ended), a last date, or a number of occurrences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Never,
    Until(Date),
    Count(u32),
}

/// A parsed RRULE of the supported subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub frequency: Frequency,
    pub interval: u32,
    pub by_day: Vec<ByDay>,
    pub end: End,
}

/// A rule the subset does not read, with the part that is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("RRULE `{part}`: {message}")]
pub struct RuleError {
    pub part: String,
    pub message: String,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("MO", Weekday::Monday),
    ("TU", Weekday::Tuesday),
    ("WE", Weekday::Wednesday),
    ("TH", Weekday::Thursday),
    ("FR", Weekday::Friday),
    ("SA", Weekday::Saturday),
    ("SU", Weekday::Sunday),
];

pub fn weekday_code(weekday: Weekday) -> &'static str {
    WEEKDAYS
        .iter()
        .find(|(_, day)| *day == weekday)
        .map_or("MO", |(code, _)| code)
}

pub fn parse_weekday(code: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(code))
        .map(|(_, day)| *day)
}

fn parse_until(value: &str) -> Option<Date> {
    // UNTIL=YYYYMMDD or YYYYMMDDTHHMMSS[Z]: the date part is what counts for day-long slots.
    let digits = value.get(..8)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = digits.get(..4)?.parse().ok()?;
    let month: i8 = digits.get(4..6)?.parse().ok()?;
    let day: i8 = digits.get(6..8)?.parse().ok()?;
    Date::new(year, month, day).ok()
}

impl Rule {
    /// Reads `FREQ=WEEKLY|MONTHLY` with optional `INTERVAL`, `BYDAY`, and one of `UNTIL` or
    /// `COUNT` (an `RRULE:` prefix is allowed). Anything else is refused with the part named.
    pub fn parse(text: &str) -> Result<Self, RuleError> {
        let text = text.trim();
        let text = text.strip_prefix("RRULE:").unwrap_or(text);
        let error = |part: &str, message: &str| RuleError {
            part: part.to_owned(),
            message: message.to_owned(),
        };
        let mut frequency = None;
        let mut interval = 1;
        let mut by_day = Vec::new();
        let mut until = None;
        let mut count = None;
        for part in text.split(';').filter(|part| !part.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| error(part, "expected NAME=VALUE"))?;
            match name.to_ascii_uppercase().as_str() {
                "FREQ" => {
                    frequency = Some(match value.to_ascii_uppercase().as_str() {
                        "WEEKLY" => Frequency::Weekly,
                        "MONTHLY" => Frequency::Monthly,
                        _ => return Err(error(part, "only WEEKLY and MONTHLY are supported")),
                    })
                }
                "INTERVAL" => {
                    interval = value
                        .parse::<u32>()
                        .ok()
                        .filter(|n| (1..=52).contains(n))
                        .ok_or_else(|| error(part, "expected a whole number from 1 to 52"))?
                }
                "BYDAY" => {
                    for entry in value.split(',') {
                        let split = entry.len().saturating_sub(2);
                        let (ordinal, code) = (entry.get(..split), entry.get(split..));
                        let weekday = code.and_then(parse_weekday).ok_or_else(|| {
                            error(part, "expected weekdays MO, TU, WE, TH, FR, SA, SU")
                        })?;
                        let ordinal = match ordinal {
                            None | Some("") => None,
                            Some(number) => Some(
                                number
                                    .trim_start_matches('+')
                                    .parse::<i8>()
                                    .ok()
                                    .filter(|n| (1..=4).contains(n) || *n == -1)
                                    .ok_or_else(|| {
                                        error(part, "an ordinal is 1 to 4 or -1 (the last)")
                                    })?,
                            ),
                        };
                        by_day.push(ByDay { ordinal, weekday });
                    }
                }
                "UNTIL" => {
                    until = Some(
                        parse_until(value)
                            .ok_or_else(|| error(part, "expected a date YYYYMMDD"))?,
                    )
                }
                "COUNT" => {
                    count = Some(
                        value
                            .parse::<u32>()
                            .ok()
                            .filter(|n| (1..=1000).contains(n))
                            .ok_or_else(|| error(part, "expected a whole number from 1 to 1000"))?,
                    )
                }
                "WKST" if value.eq_ignore_ascii_case("MO") => {}
                _ => return Err(error(part, "not supported")),
            }
        }
        let frequency = frequency.ok_or_else(|| error(text, "FREQ is missing"))?;
        if frequency == Frequency::Weekly && by_day.iter().any(|day| day.ordinal.is_some()) {
            return Err(error(text, "weekly rules take weekdays without an ordinal"));
        }
        let end = match (until, count) {
            (Some(_), Some(_)) => return Err(error(text, "UNTIL and COUNT exclude each other")),
            (Some(date), None) => End::Until(date),
            (None, Some(count)) => End::Count(count),
            (None, None) => End::Never,
        };
        Ok(Rule {
            frequency,
            interval,
            by_day,
            end,
        })
    }

    /// The rule's dates from `first` on (RFC 5545: DTSTART counts if it matches; COUNT counts
    /// dates before exceptions are taken out), up to and including `last`.
    pub fn dates(&self, first: Date, last: Date) -> Vec<Date> {
        let mut out = Vec::new();
        let mut counted = 0_u32;
        let limit = match self.end {
            End::Until(until) => until.min(last),
            _ => last,
        };
        let mut period = 0_i64;
        loop {
            let candidates = match self.frequency {
                Frequency::Weekly => self.week_dates(first, period),
                Frequency::Monthly => self.month_dates(first, period),
            };
            let Some(candidates) = candidates else {
                return out;
            };
            if candidates.is_empty() && period > 0 {
                // A month may lack the day: go on; the loop ends by date below.
            }
            for date in candidates {
                if date < first {
                    continue;
                }
                if date > limit {
                    return out;
                }
                if let End::Count(count) = self.end {
                    if counted >= count {
                        return out;
                    }
                    counted += 1;
                }
                out.push(date);
            }
            period += i64::from(self.interval);
            if period > 5000 {
                return out;
            }
        }
    }

    /// The dates of the `period`-th week after `first`'s week (weeks start on Monday).
    fn week_dates(&self, first: Date, period: i64) -> Option<Vec<Date>> {
        let monday = first
            .checked_sub(jiff::Span::new().days(i64::from(first.weekday().to_monday_zero_offset())))
            .ok()?
            .checked_add(jiff::Span::new().weeks(period))
            .ok()?;
        let days: BTreeSet<i8> = if self.by_day.is_empty() {
            [first.weekday().to_monday_zero_offset()].into()
        } else {
            self.by_day
                .iter()
                .map(|day| day.weekday.to_monday_zero_offset())
                .collect()
        };
        days.into_iter()
            .map(|offset| {
                monday
                    .checked_add(jiff::Span::new().days(i64::from(offset)))
                    .ok()
            })
            .collect()
    }

    /// The dates of the `period`-th month after `first`'s month.
    fn month_dates(&self, first: Date, period: i64) -> Option<Vec<Date>> {
        let month_start = first
            .first_of_month()
            .checked_add(jiff::Span::new().months(period))
            .ok()?;
        let mut dates = BTreeSet::new();
        if self.by_day.is_empty() {
            // BYMONTHDAY = DTSTART's day; months without that day have no occurrence.
            if let Ok(date) = Date::new(month_start.year(), month_start.month(), first.day()) {
                dates.insert(date);
            }
        }
        for day in &self.by_day {
            match day.ordinal {
                None => {
                    let mut date = month_start.nth_weekday_of_month(1, day.weekday).ok()?;
                    while date.month() == month_start.month() {
                        dates.insert(date);
                        date = date.checked_add(jiff::Span::new().weeks(1)).ok()?;
                    }
                }
                Some(nth) => {
                    if let Ok(date) = month_start.nth_weekday_of_month(nth, day.weekday) {
                        dates.insert(date);
                    }
                }
            }
        }
        Some(dates.into_iter().collect())
    }
}

/// One occurrence: local date and times, and the UTC instants they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub start: DateTime,
    pub end: DateTime,
    pub start_utc: Timestamp,
    pub end_utc: Timestamp,
}

fn occurrence(start: DateTime, end: DateTime) -> Option<Occurrence> {
    let zone = berlin();
    Some(Occurrence {
        start,
        end,
        start_utc: zone.to_timestamp(start).ok()?,
        end_utc: zone.to_timestamp(end).ok()?,
    })
}

/// One problem with a schedule: a stable code (see [`super::Problem::code`]), the value it is
/// about, and the English words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleProblem {
    pub code: &'static str,
    pub value: Option<String>,
    pub message: String,
}

/// Problems with a schedule.
pub fn check(schedule: &Schedule) -> Vec<ScheduleProblem> {
    let mut problems = Vec::new();
    for slot in &schedule.dates {
        if slot.end <= slot.start {
            problems.push(ScheduleProblem {
                code: "date-end",
                value: Some(slot.start.strftime("%Y-%m-%d %H:%M").to_string()),
                message: format!("date {}: the end is not after the start", slot.start),
            });
        }
    }
    if let Some(recurrence) = &schedule.recurrence {
        if recurrence.end <= recurrence.start {
            problems.push(ScheduleProblem {
                code: "time-end",
                value: None,
                message: "recurrence: the end time is not after the start time".to_owned(),
            });
        }
        if let Err(error) = Rule::parse(&recurrence.rule) {
            problems.push(ScheduleProblem {
                code: "rule",
                value: Some(error.to_string()),
                message: error.to_string(),
            });
        }
    }
    problems
}

impl Schedule {
    /// The occurrences whose local date lies in `from..=to`, in time order; holidays (when the
    /// recurrence skips them) and exceptions left out. An unreadable rule gives no recurring
    /// occurrences (it cannot be stored: [`check`]).
    pub fn occurrences(&self, from: Date, to: Date, holidays: &[Date]) -> Vec<Occurrence> {
        let mut out: Vec<Occurrence> = self
            .dates
            .iter()
            .filter(|slot| slot.start.date() >= from && slot.start.date() <= to)
            .filter_map(|slot| occurrence(slot.start, slot.end))
            .collect();
        if let Some(recurrence) = &self.recurrence
            && let Ok(rule) = Rule::parse(&recurrence.rule)
        {
            for date in rule.dates(recurrence.first, to) {
                if date < from
                    || recurrence.except.contains(&date)
                    || (recurrence.skip_holidays && holidays.contains(&date))
                {
                    continue;
                }
                if let Some(found) = occurrence(
                    date.to_datetime(recurrence.start),
                    date.to_datetime(recurrence.end),
                ) {
                    out.push(found);
                }
            }
        }
        out.sort_by_key(|found| found.start);
        out
    }

    /// The weekdays it takes place on: the rule's weekdays (or its first date's), and those of
    /// single dates.
    pub fn weekdays(&self) -> BTreeSet<i8> {
        let mut days: BTreeSet<i8> = self
            .dates
            .iter()
            .map(|slot| slot.start.date().weekday().to_monday_zero_offset())
            .collect();
        if let Some(recurrence) = &self.recurrence {
            match Rule::parse(&recurrence.rule) {
                Ok(rule) if !rule.by_day.is_empty() => days.extend(
                    rule.by_day
                        .iter()
                        .map(|day| day.weekday.to_monday_zero_offset()),
                ),
                _ => {
                    days.insert(recurrence.first.weekday().to_monday_zero_offset());
                }
            }
        }
        days
    }

    /// The local start times of its slots.
    pub fn start_times(&self) -> Vec<Time> {
        let mut times: Vec<Time> = self.dates.iter().map(|slot| slot.start.time()).collect();
        if let Some(recurrence) = &self.recurrence {
            times.push(recurrence.start);
        }
        times
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn weekly(rule: &str, first: Date, skip_holidays: bool) -> Schedule {
        Schedule {
            dates: vec![],
            recurrence: Some(Recurrence {
                first,
                start: time(18, 0, 0, 0),
                end: time(19, 30, 0, 0),
                rule: rule.to_owned(),
                skip_holidays,
                except: vec![],
            }),
        }
    }

    #[test]
    fn a_weekly_course_keeps_its_wall_clock_time_across_daylight_saving() {
        // Tuesdays 18:00 from 17 March 2026; summer time starts Sunday 29 March 2026 and ends
        // Sunday 25 October 2026.
        let schedule = weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=3", date(2026, 3, 17), false);
        let found = schedule.occurrences(date(2026, 1, 1), date(2026, 12, 31), &[]);
        let starts: Vec<String> = found.iter().map(|o| o.start.to_string()).collect();
        assert_eq!(
            starts,
            [
                "2026-03-17T18:00:00",
                "2026-03-24T18:00:00",
                "2026-03-31T18:00:00"
            ]
        );
        let utc: Vec<String> = found.iter().map(|o| o.start_utc.to_string()).collect();
        assert_eq!(
            utc,
            [
                "2026-03-17T17:00:00Z",
                "2026-03-24T17:00:00Z",
                "2026-03-31T16:00:00Z"
            ]
        );
        // And back in autumn: 20 Oct is summer time (16:00 UTC), 27 Oct winter (17:00 UTC).
        let autumn = weekly(
            "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261027",
            date(2026, 10, 20),
            false,
        );
        let utc: Vec<String> = autumn
            .occurrences(date(2026, 1, 1), date(2026, 12, 31), &[])
            .iter()
            .map(|o| o.start_utc.to_string())
            .collect();
        assert_eq!(utc, ["2026-10-20T16:00:00Z", "2026-10-27T17:00:00Z"]);
    }

    #[test]
    fn holidays_and_exceptions_are_left_out_but_count_towards_count() {
        // Mondays from 30 March 2026, 3 times: 30 Mar, 6 Apr (Ostermontag), 13 Apr.
        let holidays = [date(2026, 4, 6)];
        let skipping = weekly("FREQ=WEEKLY;COUNT=3", date(2026, 3, 30), true);
        let days: Vec<String> = skipping
            .occurrences(date(2026, 1, 1), date(2026, 12, 31), &holidays)
            .iter()
            .map(|o| o.start.date().to_string())
            .collect();
        assert_eq!(days, ["2026-03-30", "2026-04-13"]);
        let not_skipping = weekly("FREQ=WEEKLY;COUNT=3", date(2026, 3, 30), false);
        assert_eq!(
            not_skipping
                .occurrences(date(2026, 1, 1), date(2026, 12, 31), &holidays)
                .len(),
            3
        );
        let mut excepted = weekly("FREQ=WEEKLY;COUNT=3", date(2026, 3, 30), false);
        if let Some(recurrence) = excepted.recurrence.as_mut() {
            recurrence.except = vec![date(2026, 4, 13)];
        }
        assert_eq!(
            excepted
                .occurrences(date(2026, 1, 1), date(2026, 12, 31), &holidays)
                .len(),
            2
        );
    }

    #[test]
    fn intervals_several_weekdays_and_until() {
        // Every other week on Tuesday and Thursday from Wed 7 Jan 2026 until 29 Jan: the first
        // week gives Thu 8 Jan (Tue 6 Jan lies before DTSTART), the third Tue 20 and Thu 22.
        let rule = Rule::parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260129").unwrap();
        let dates: Vec<String> = rule
            .dates(date(2026, 1, 7), date(2026, 12, 31))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(dates, ["2026-01-08", "2026-01-20", "2026-01-22"]);
    }

    #[test]
    fn monthly_rules_by_ordinal_weekday_and_by_day_of_month() {
        let first_monday = Rule::parse("FREQ=MONTHLY;BYDAY=1MO;COUNT=3").unwrap();
        let dates: Vec<String> = first_monday
            .dates(date(2026, 1, 1), date(2026, 12, 31))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(dates, ["2026-01-05", "2026-02-02", "2026-03-02"]);
        let last_friday = Rule::parse("RRULE:FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20260331").unwrap();
        let dates: Vec<String> = last_friday
            .dates(date(2026, 1, 1), date(2026, 12, 31))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(dates, ["2026-01-30", "2026-02-27", "2026-03-27"]);
        // The 31st: months without one are skipped (RFC 5545).
        let thirty_first = Rule::parse("FREQ=MONTHLY;COUNT=3").unwrap();
        let dates: Vec<String> = thirty_first
            .dates(date(2026, 1, 31), date(2026, 12, 31))
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(dates, ["2026-01-31", "2026-03-31", "2026-05-31"]);
    }

    #[test]
    fn unsupported_rules_name_their_part() {
        let error = Rule::parse("FREQ=DAILY").unwrap_err();
        assert_eq!(error.part, "FREQ=DAILY");
        let error = Rule::parse("FREQ=WEEKLY;BYDAY=XX").unwrap_err();
        assert_eq!(error.part, "BYDAY=XX");
        assert!(Rule::parse("FREQ=WEEKLY;COUNT=2;UNTIL=20260101").is_err());
        assert!(Rule::parse("FREQ=WEEKLY;BYDAY=1MO").is_err());
        assert!(Rule::parse("BYDAY=MO").is_err());
        assert!(Rule::parse("FREQ=WEEKLY;BYSETPOS=1").is_err());
    }

    #[test]
    fn weekdays_and_start_times_of_a_schedule() {
        let mut schedule = weekly("FREQ=WEEKLY;BYDAY=MO,WE", date(2026, 1, 5), false);
        schedule.dates.push(Slot {
            start: date(2026, 2, 7).at(10, 0, 0, 0),
            end: date(2026, 2, 7).at(12, 0, 0, 0),
        });
        assert_eq!(schedule.weekdays(), [0, 2, 5].into());
        assert_eq!(
            schedule.start_times(),
            [time(10, 0, 0, 0), time(18, 0, 0, 0)]
        );
    }
}
