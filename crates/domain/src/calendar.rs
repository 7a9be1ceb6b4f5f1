//! iCalendar (RFC 5545) for invitations sent by e-mail: one event per calendar object, written
//! as text with CRLF line endings, lines folded at 75 octets without splitting a character, text
//! values escaped, every time in UTC (`…Z`). Pure: the caller passes the time of writing
//! (`DTSTAMP`). Mediation appointments and offers' dates use it; docs/formats/icalendar.md says
//! what a receiving calendar gets.
//!
//! ```
//! use teilhabe_domain::calendar::{Event, Status};
//! let start: jiff::Timestamp = "2026-03-02T09:00:00Z".parse().unwrap();
//! let event = Event::new("req-17@teilhabe", start, start + jiff::SignedDuration::from_hours(1), "Termin");
//! let text = event.to_ics("2026-02-20T12:00:00Z".parse().unwrap());
//! assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(text.contains("DTSTART:20260302T090000Z\r\n"));
//! assert_eq!(event.status, Status::Confirmed);
//! ```

use jiff::Timestamp;

/// The longest line in octets, CRLF excluded (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Whether the event takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Confirmed,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "CONFIRMED",
            Status::Cancelled => "CANCELLED",
        }
    }

    /// The iTIP method of a calendar object carrying an event with this status: an invitation
    /// (or its update) is a `REQUEST`, a cancellation a `CANCEL`.
    pub fn method(self) -> &'static str {
        match self {
            Status::Confirmed => "REQUEST",
            Status::Cancelled => "CANCEL",
        }
    }
}

/// Someone invited: an e-mail address and, if known, a display name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub email: String,
    pub name: Option<String>,
}

/// One appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable across updates and the cancellation (e.g. `mediation-request-17@<host>`): a
    /// calendar replaces the event with the same UID and a higher sequence.
    pub uid: String,
    pub start: Timestamp,
    pub end: Timestamp,
    pub summary: String,
    pub description: Option<String>,
    pub location: Option<String>,
    /// The organiser's e-mail address (`ORGANIZER:mailto:…`).
    pub organizer: Option<String>,
    pub attendees: Vec<Attendee>,
    /// 0 for the first invitation; raise it with every change and for the cancellation.
    pub sequence: u32,
    pub status: Status,
    /// A recurrence rule as RFC 5545 text without `RRULE:` (e.g. `FREQ=WEEKLY;COUNT=4`),
    /// written as given. With UTC times a weekly series keeps the UTC hour across a change of
    /// daylight-saving time.
    pub rrule: Option<String>,
    /// The time zone the city shows times in (e.g. `Europe/Berlin`), written as the
    /// `X-WR-TIMEZONE` display hint; the times themselves stay in UTC.
    pub display_timezone: Option<String>,
}

impl Event {
    /// A confirmed event with the required fields; the others empty.
    pub fn new(uid: &str, start: Timestamp, end: Timestamp, summary: &str) -> Self {
        Event {
            uid: uid.to_owned(),
            start,
            end,
            summary: summary.to_owned(),
            description: None,
            location: None,
            organizer: None,
            attendees: Vec::new(),
            sequence: 0,
            status: Status::Confirmed,
            rrule: None,
            display_timezone: None,
        }
    }

    /// The calendar object (`VCALENDAR` with this one `VEVENT`), `METHOD` after the status;
    /// `stamp` is the time of writing (`DTSTAMP`).
    pub fn to_ics(&self, stamp: Timestamp) -> String {
        let mut lines: Vec<String> = vec![
            "BEGIN:VCALENDAR".into(),
            "VERSION:2.0".into(),
            "PRODID:-//teilhabe//teilhabe//DE".into(),
            "CALSCALE:GREGORIAN".into(),
            format!("METHOD:{}", self.status.method()),
        ];
        if let Some(zone) = &self.display_timezone {
            lines.push(format!("X-WR-TIMEZONE:{}", escape_text(zone)));
        }
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape_text(&self.uid)));
        lines.push(format!("DTSTAMP:{}", utc(stamp)));
        lines.push(format!("DTSTART:{}", utc(self.start)));
        lines.push(format!("DTEND:{}", utc(self.end)));
        lines.push(format!("SEQUENCE:{}", self.sequence));
        lines.push(format!("STATUS:{}", self.status.as_str()));
        lines.push(format!("SUMMARY:{}", escape_text(&self.summary)));
        if let Some(description) = &self.description {
            lines.push(format!("DESCRIPTION:{}", escape_text(description)));
        }
        if let Some(location) = &self.location {
            lines.push(format!("LOCATION:{}", escape_text(location)));
        }
        if let Some(organizer) = &self.organizer {
            lines.push(format!("ORGANIZER:mailto:{}", strip_breaks(organizer)));
        }
        for attendee in &self.attendees {
            let name = attendee
                .name
                .as_deref()
                .map(|name| format!(";CN={}", param_value(name)))
                .unwrap_or_default();
            lines.push(format!(
                "ATTENDEE{name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{}",
                strip_breaks(&attendee.email)
            ));
        }
        if let Some(rule) = &self.rrule {
            lines.push(format!("RRULE:{}", strip_breaks(rule)));
        }
        lines.push("END:VEVENT".into());
        lines.push("END:VCALENDAR".into());
        let mut text = String::new();
        for line in &lines {
            text.push_str(&fold(line));
        }
        text
    }
}

/// `20260302T090000Z`.
pub fn utc(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`.
pub fn escape_text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// A parameter value (e.g. `CN`): quoted, with the characters a quoted value cannot hold
/// (`"`, control characters) left out.
fn param_value(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// A value that is not TEXT (addresses, the rule): line breaks and control characters removed,
/// so no value can start a property of its own.
fn strip_breaks(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// One content line folded (RFC 5545, 3.1): at most 75 octets per line, continuation lines
/// starting with a space, never inside a UTF-8 character; every line ends with CRLF.
pub fn fold(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    // The first line holds 75 octets; a continuation line's leading space takes one of them.
    let mut room = MAX_LINE_OCTETS;
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > room {
            folded.push_str("\r\n ");
            room = MAX_LINE_OCTETS - 1;
            used = 0;
        }
        folded.push(c);
        used += width;
    }
    folded.push_str("\r\n");
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use icalendar::{Calendar, CalendarComponent, Component, EventLike};

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn full_event() -> Event {
        Event {
            uid: "mediation-request-17@teilhabe.example".into(),
            start: at("2026-03-29T07:30:00Z"),
            end: at("2026-03-29T09:00:00Z"),
            summary: "Sprachmittlung Arabisch; Kita Sonnenblume, Gruppe 2".into(),
            description: Some("Elterngespräch\nBitte 10 Minuten früher da sein.\\Danke".into()),
            location: Some("Hauptstraße 5, 33602 Bielefeld".into()),
            organizer: Some("sprachmittlung@bielefeld.example".into()),
            attendees: vec![
                Attendee {
                    email: "mediator@example.org".into(),
                    name: Some("Leyla \"L.\" Demir".into()),
                },
                Attendee {
                    email: "kita@example.org".into(),
                    name: None,
                },
            ],
            sequence: 2,
            status: Status::Confirmed,
            rrule: Some("FREQ=WEEKLY;COUNT=3".into()),
            display_timezone: Some("Europe/Berlin".into()),
        }
    }

    #[test]
    fn writes_every_field_and_a_parser_reads_them_back() {
        let text = full_event().to_ics(at("2026-03-20T10:15:00Z"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
            assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
        }
        // Written byte for byte as expected (the unfolded content lines).
        let unfolded = text.replace("\r\n ", "");
        for expected in [
            "METHOD:REQUEST",
            "X-WR-TIMEZONE:Europe/Berlin",
            "DTSTAMP:20260320T101500Z",
            "DTSTART:20260329T073000Z",
            "DTEND:20260329T090000Z",
            "SEQUENCE:2",
            "STATUS:CONFIRMED",
            "SUMMARY:Sprachmittlung Arabisch\\; Kita Sonnenblume\\, Gruppe 2",
            "DESCRIPTION:Elterngespräch\\nBitte 10 Minuten früher da sein.\\\\Danke",
            "LOCATION:Hauptstraße 5\\, 33602 Bielefeld",
            "ORGANIZER:mailto:sprachmittlung@bielefeld.example",
            "ATTENDEE;CN=\"Leyla L. Demir\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:mediator@example.org",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kita@example.org",
            "RRULE:FREQ=WEEKLY;COUNT=3",
        ] {
            assert!(
                unfolded.split("\r\n").any(|line| line == expected),
                "{expected}\n{unfolded}"
            );
        }

        // A parser (the icalendar crate) reads the same values back.
        let calendar: Calendar = text.parse().unwrap();
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter_map(|component| match component {
                CalendarComponent::Event(event) => Some(event),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1);
        let event = events[0];
        assert_eq!(
            event.get_uid(),
            Some("mediation-request-17@teilhabe.example")
        );
        assert_eq!(
            event.get_summary(),
            Some("Sprachmittlung Arabisch; Kita Sonnenblume, Gruppe 2")
        );
        assert_eq!(
            event.get_description(),
            Some("Elterngespräch\nBitte 10 Minuten früher da sein.\\Danke")
        );
        assert_eq!(event.get_location(), Some("Hauptstraße 5, 33602 Bielefeld"));
        assert_eq!(event.get_sequence(), Some(2));
        assert_eq!(event.get_status(), Some(icalendar::EventStatus::Confirmed));
        assert_eq!(event.property_value("DTSTART"), Some("20260329T073000Z"));
        assert_eq!(event.property_value("DTEND"), Some("20260329T090000Z"));
        assert_eq!(event.property_value("RRULE"), Some("FREQ=WEEKLY;COUNT=3"));
        let attendees = event.multi_properties().get("ATTENDEE").unwrap();
        assert_eq!(attendees.len(), 2);
        assert_eq!(attendees[0].value(), "mailto:mediator@example.org");
        assert_eq!(
            attendees[0].params().get("CN").map(|p| p.value()),
            Some("Leyla L. Demir")
        );
    }

    #[test]
    fn a_cancellation_is_method_cancel_with_status_cancelled() {
        let mut event = full_event();
        event.status = Status::Cancelled;
        event.sequence = 3;
        let text = event.to_ics(at("2026-03-21T08:00:00Z"));
        assert!(text.contains("\r\nMETHOD:CANCEL\r\n"), "{text}");
        assert!(text.contains("\r\nSTATUS:CANCELLED\r\n"), "{text}");
        assert!(text.contains("\r\nSEQUENCE:3\r\n"), "{text}");
        let calendar: Calendar = text.parse().unwrap();
        assert_eq!(calendar.property_value("METHOD"), Some("CANCEL"));
    }

    #[test]
    fn folds_long_german_text_at_75_octets() {
        // "SUMMARY:" (8) + 66 ASCII = 74 octets; "ä" (2 octets) would make 76, so the fold
        // comes before it, never inside it.
        let folded = fold(&format!("SUMMARY:{}äöü", "a".repeat(66)));
        assert_eq!(folded, format!("SUMMARY:{}\r\n äöü\r\n", "a".repeat(66)));
        // Exactly 75 octets stay on one line.
        let exact = format!("SUMMARY:{}", "a".repeat(67));
        assert_eq!(fold(&exact), format!("{exact}\r\n"));
    }

    #[test]
    fn folds_arabic_text_byte_exactly() {
        // Arabic letters are two octets each: "SUMMARY:" (8) + 33 letters (66) = 74, the 34th
        // would make 76. Continuation lines hold a space and 37 letters (1 + 74 = 75).
        let summary = "ت".repeat(100);
        let folded = fold(&format!("SUMMARY:{summary}"));
        let expected = format!(
            "SUMMARY:{}\r\n {}\r\n {}\r\n",
            "ت".repeat(33),
            "ت".repeat(37),
            "ت".repeat(30)
        );
        assert_eq!(folded, expected);
        // A three-octet character (the euro sign) after 72 octets of a continuation line.
        let mixed = fold(&format!("{}{}", "x".repeat(75), "€".repeat(26)));
        let lines: Vec<&str> = mixed.split("\r\n").collect();
        assert_eq!(lines[0], "x".repeat(75));
        // " " + 24 × 3 = 73; a 25th would make 76.
        assert_eq!(lines[1], format!(" {}", "€".repeat(24)));
        assert_eq!(lines[2], format!(" {}", "€".repeat(2)));
        assert_eq!(lines[3], "");
        // Unfolding gives the text back.
        let event = Event {
            summary: format!(
                "{} موعد الترجمة، {}",
                "ت".repeat(40),
                "Übersetzung".repeat(4)
            ),
            ..full_event()
        };
        let text = event.to_ics(at("2026-03-20T10:15:00Z"));
        let calendar: Calendar = text.parse().unwrap();
        let parsed = calendar
            .components
            .iter()
            .find_map(|component| match component {
                CalendarComponent::Event(event) => event.get_summary().map(str::to_owned),
                _ => None,
            });
        assert_eq!(parsed.as_deref(), Some(event.summary.as_str()));
    }

    #[test]
    fn values_cannot_start_properties_of_their_own() {
        let mut event = Event::new(
            "x@y",
            at("2026-01-01T00:00:00Z"),
            at("2026-01-01T01:00:00Z"),
            "a\r\nATTENDEE:mailto:evil@example.org",
        );
        event.organizer = Some("office@example.org\r\nATTENDEE:mailto:evil@example.org".into());
        let text = event.to_ics(at("2026-01-01T00:00:00Z"));
        assert!(
            !text.split("\r\n").any(|line| line.starts_with("ATTENDEE")),
            "{text}"
        );
        assert!(text.contains("SUMMARY:a\\nATTENDEE:mailto:evil@example.org\r\n"));
    }

    #[test]
    fn escape_text_handles_each_special_character() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(utc(at("2026-10-25T01:30:00Z")), "20261025T013000Z");
    }
}
