//! An offer as iCalendar (RFC 5545): one VEVENT per single date and one with an RRULE for the
//! recurrence, local times with TZID=Europe/Berlin and its VTIMEZONE, holidays and exceptions as
//! EXDATE. Lines end in CRLF and are folded at 75 octets; text values are escaped.
//!
//! Escaping, folding and UTC times are the shared writer's (`crate::calendar`); what is the
//! offers' own is the local times with their VTIMEZONE, the series and its exceptions, which the
//! shared `Event` (UTC, one occurrence) does not describe.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};

use super::Offer;
use super::schedule::{End, Rule};
use crate::calendar::{escape_text as escape, fold, utc};

fn local(at: DateTime) -> String {
    at.strftime("%Y%m%dT%H%M%S").to_string()
}

const VTIMEZONE: [&str; 16] = [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
];

/// The calendar of one offer. `url` is the offer's public page, `host` names the UIDs'
/// domain, `now` is DTSTAMP (the web passes the offer's last revision, so a download is stable), `holidays` the public holidays (for EXDATE when the offer pauses).
pub fn calendar(offer: &Offer, url: &str, host: &str, now: Timestamp, holidays: &[Date]) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//teilhabe//offers//DE".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    lines.extend(
        VTIMEZONE
            .iter()
            .map(|line| (*line).to_owned())
            .chain(["END:VTIMEZONE".into()]),
    );
    let content = &offer.content;
    let location = match &content.location {
        super::Location::Place { address, .. } => Some(address.clone()),
        super::Location::Online => Some("Online".to_owned()),
        super::Location::Outreach { .. } => None,
    };
    let common = |lines: &mut Vec<String>, uid: String| {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{uid}@{host}"));
        lines.push(format!("DTSTAMP:{}", utc(now)));
        lines.push(format!("SUMMARY:{}", escape(&content.title)));
        if !content.description.trim().is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&content.description)));
        }
        if let Some(location) = &location {
            lines.push(format!("LOCATION:{}", escape(location)));
        }
        if let super::Location::Place {
            coordinates: Some((lat, lon)),
            ..
        } = &content.location
        {
            lines.push(format!("GEO:{lat:.6};{lon:.6}"));
        }
        lines.push(format!("URL:{url}"));
    };
    for (index, slot) in content.schedule.dates.iter().enumerate() {
        common(&mut lines, format!("offer-{}-date-{}", offer.id, index + 1));
        lines.push(format!("DTSTART;TZID=Europe/Berlin:{}", local(slot.start)));
        lines.push(format!("DTEND;TZID=Europe/Berlin:{}", local(slot.end)));
        lines.push("END:VEVENT".into());
    }
    if let Some(recurrence) = &content.schedule.recurrence
        && let Ok(rule) = Rule::parse(&recurrence.rule)
    {
        common(&mut lines, format!("offer-{}-series", offer.id));
        lines.push(format!(
            "DTSTART;TZID=Europe/Berlin:{}",
            local(recurrence.first.to_datetime(recurrence.start))
        ));
        lines.push(format!(
            "DTEND;TZID=Europe/Berlin:{}",
            local(recurrence.first.to_datetime(recurrence.end))
        ));
        let text = recurrence.rule.trim();
        lines.push(format!(
            "RRULE:{}",
            text.strip_prefix("RRULE:").unwrap_or(text)
        ));
        // Exceptions: the offer's own, and the holidays its rule meets (up to the last holiday
        // known, or the rule's end).
        let last = match rule.end {
            End::Until(until) => until,
            _ => holidays.last().copied().unwrap_or(recurrence.first),
        };
        let mut except: Vec<Date> = rule
            .dates(recurrence.first, last)
            .into_iter()
            .filter(|date| {
                recurrence.except.contains(date)
                    || (recurrence.skip_holidays && holidays.contains(date))
            })
            .collect();
        except.sort_unstable();
        except.dedup();
        for date in except {
            lines.push(format!(
                "EXDATE;TZID=Europe/Berlin:{}",
                local(date.to_datetime(recurrence.start))
            ));
        }
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::{Status, sample};
    use jiff::civil::date;

    #[test]
    fn text_is_escaped_and_long_lines_folded_at_75_octets() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let line = format!("SUMMARY:{}", "ä".repeat(50));
        let folded = fold(&line);
        for piece in folded.split("\r\n").filter(|piece| !piece.is_empty()) {
            assert!(piece.len() <= 75, "{piece:?} is {} octets", piece.len());
        }
        // Unfolding gives the line back.
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    }

    #[test]
    fn a_weekly_offer_becomes_one_series_with_holidays_excepted() {
        let offer = Offer {
            id: 7,
            provider: "vhs".into(),
            status: Status::Published,
            content: sample::content(),
            review_comment: None,
            confirmed_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            published_at: None,
            version: 1,
        };
        // Tuesdays from 6 Jan 2026; holidays: one Tuesday (a made-up one) and a Monday.
        let holidays = [date(2026, 4, 6), date(2026, 5, 5)];
        let text = calendar(
            &offer,
            "https://example.org/angebote/7",
            "example.org",
            "2026-02-01T12:00:00Z".parse().unwrap(),
            &holidays,
        );
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'));
        let lines: Vec<&str> = text.split("\r\n").collect();
        for expected in [
            "UID:offer-7-series@example.org",
            "DTSTAMP:20260201T120000Z",
            "SUMMARY:Deutschkurs",
            "DTSTART;TZID=Europe/Berlin:20260106T180000",
            "DTEND;TZID=Europe/Berlin:20260106T193000",
            "RRULE:FREQ=WEEKLY;BYDAY=TU",
            "EXDATE;TZID=Europe/Berlin:20260505T180000",
            "LOCATION:Niederwall 23",
        ] {
            assert!(lines.contains(&expected), "{expected} missing in {text}");
        }
        assert!(!text.contains("20260406T180000"));
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
    }

    /// Read back by a parser (the icalendar crate), not only matched line by line: two single
    /// dates either side of the clock change and a series with its exceptions.
    #[test]
    fn a_parser_reads_the_dates_the_series_and_its_exceptions_back() {
        use icalendar::{Calendar, CalendarComponent, Component, EventLike};
        let mut content = sample::content();
        content.title = "Nähcafé; für Frauen, mit Kinderbetreuung".into();
        content.description = format!("Erste Zeile\nZweite Zeile \\ {}", "lang ".repeat(30));
        content.schedule.dates = vec![
            super::super::schedule::Slot {
                start: date(2026, 3, 28).at(10, 0, 0, 0),
                end: date(2026, 3, 28).at(12, 0, 0, 0),
            },
            super::super::schedule::Slot {
                start: date(2026, 3, 30).at(10, 0, 0, 0),
                end: date(2026, 3, 30).at(12, 0, 0, 0),
            },
        ];
        if let Some(recurrence) = content.schedule.recurrence.as_mut() {
            recurrence.rule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630".into();
            recurrence.except = vec![date(2026, 2, 10)];
        }
        let offer = Offer {
            id: 12,
            provider: "vhs".into(),
            status: Status::Published,
            content: content.clone(),
            review_comment: None,
            confirmed_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            published_at: None,
            version: 1,
        };
        // Easter Monday is no Tuesday; 5 May 2026 is a made-up Tuesday holiday.
        let holidays = [date(2026, 4, 6), date(2026, 5, 5), date(2026, 12, 29)];
        let text = calendar(
            &offer,
            "https://example.org/angebote/12",
            "example.org",
            "2026-02-01T12:00:00Z".parse().unwrap(),
            &holidays,
        );
        let parsed: Calendar = text.parse().expect("the parser reads the file");
        let events: Vec<_> = parsed
            .components
            .iter()
            .filter_map(|component| match component {
                CalendarComponent::Event(event) => Some(event),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 3, "{text}");
        for event in &events {
            assert_eq!(event.get_summary(), Some(content.title.as_str()));
            assert_eq!(event.get_description(), Some(content.description.as_str()));
            assert_eq!(event.get_location(), Some("Niederwall 23"));
            assert_eq!(event.get_url(), Some("https://example.org/angebote/12"));
            assert_eq!(event.property_value("DTSTAMP"), Some("20260201T120000Z"));
            let start = event.properties().get("DTSTART").expect("DTSTART");
            assert_eq!(
                start.params().get("TZID").map(|p| p.value()),
                Some("Europe/Berlin")
            );
        }
        let uids: Vec<_> = events.iter().filter_map(|e| e.get_uid()).collect();
        assert_eq!(
            uids,
            [
                "offer-12-date-1@example.org",
                "offer-12-date-2@example.org",
                "offer-12-series@example.org"
            ]
        );
        // Local wall-clock times either side of 29 March, with the zone named, not UTC.
        assert_eq!(events[0].property_value("DTSTART"), Some("20260328T100000"));
        assert_eq!(events[1].property_value("DTSTART"), Some("20260330T100000"));
        assert_eq!(events[1].property_value("DTEND"), Some("20260330T120000"));
        let series = events[2];
        assert_eq!(series.property_value("DTSTART"), Some("20260106T180000"));
        assert_eq!(series.property_value("DTEND"), Some("20260106T193000"));
        assert_eq!(
            series.property_value("RRULE"),
            Some("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630")
        );
        // The exceptions: the offer's own and the Tuesday holiday before UNTIL; not the Monday
        // holiday, not the one after the series ends.
        let mut exdates: Vec<&str> = series
            .multi_properties()
            .get("EXDATE")
            .map(|all| all.iter().map(|p| p.value()).collect())
            .unwrap_or_default();
        if exdates.is_empty() {
            exdates.extend(series.property_value("EXDATE"));
        }
        assert_eq!(exdates, ["20260210T180000", "20260505T180000"], "{text}");
        assert!(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    }
}
