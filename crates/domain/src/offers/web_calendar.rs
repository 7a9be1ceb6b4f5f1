//! "Add to calendar" links for the web calendars residents use most (Google Calendar and
//! Outlook.com): a plain link to the service's own "new event" form, filled with the offer's next
//! date. Nothing is sent anywhere until the reader follows the link, and no script is needed.
//!
//! Why only the next date: neither form takes exceptions (the holidays an offer pauses on), so a
//! series carried over as a bare RRULE would put dates into the reader's calendar on which the
//! offer does not take place. The calendar file (`/angebote/{id}.ics`, [`super::ics`]) carries the
//! whole series with its exceptions, and the page offers it beside these links.

use jiff::Timestamp;

use super::schedule::Occurrence;

/// A web calendar with an "add event" form that takes its fields from the address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Google,
    Outlook,
}

impl Service {
    pub const ALL: [Service; 2] = [Service::Google, Service::Outlook];

    /// A stable code (translation keys, test ids).
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Google => "google",
            Service::Outlook => "outlook",
        }
    }
}

/// What goes into the calendar entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry<'a> {
    pub title: &'a str,
    pub description: &'a str,
    /// An address, "Online", or none (outreach comes to people).
    pub location: Option<&'a str>,
}

/// The longest description carried in a link, in characters: addresses longer than about 2,000
/// characters are cut by some browsers and proxies, and percent-encoded umlauts take six each.
pub const MAX_DESCRIPTION_CHARS: usize = 200;

fn shortened(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= MAX_DESCRIPTION_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX_DESCRIPTION_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// `20260106T170000Z`: the compact UTC form Google's `dates` takes.
fn compact(at: Timestamp) -> String {
    at.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// `2026-01-06T17:00:00Z`: the ISO form Outlook's `startdt` takes.
fn iso(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The address of the service's "new event" form for one occurrence. Times are UTC, so the
/// reader's calendar shows them in its own time zone.
pub fn link(service: Service, entry: &Entry<'_>, at: &Occurrence) -> String {
    let description = shortened(entry.description);
    let mut query = form_urlencoded::Serializer::new(String::new());
    let base = match service {
        Service::Google => {
            query
                .append_pair("action", "TEMPLATE")
                .append_pair("text", entry.title.trim())
                .append_pair(
                    "dates",
                    &format!("{}/{}", compact(at.start_utc), compact(at.end_utc)),
                );
            if !description.is_empty() {
                query.append_pair("details", &description);
            }
            if let Some(location) = entry.location {
                query.append_pair("location", location);
            }
            "https://calendar.google.com/calendar/render"
        }
        Service::Outlook => {
            query
                .append_pair("rru", "addevent")
                .append_pair("subject", entry.title.trim())
                .append_pair("startdt", &iso(at.start_utc))
                .append_pair("enddt", &iso(at.end_utc));
            if !description.is_empty() {
                query.append_pair("body", &description);
            }
            if let Some(location) = entry.location {
                query.append_pair("location", location);
            }
            "https://outlook.live.com/calendar/0/action/compose"
        }
    };
    format!("{base}?{}", query.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::schedule::{Schedule, Slot};
    use jiff::civil::date;

    fn pairs(address: &str) -> (String, Vec<(String, String)>) {
        let (base, query) = address.split_once('?').expect("a query");
        (
            base.to_owned(),
            form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    fn value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The occurrence the schedule gives for a local date and times (Europe/Berlin).
    fn on(day: jiff::civil::Date, from: (i8, i8), to: (i8, i8)) -> Occurrence {
        let schedule = Schedule {
            dates: vec![Slot {
                start: day.at(from.0, from.1, 0, 0),
                end: day.at(to.0, to.1, 0, 0),
            }],
            recurrence: None,
        };
        schedule.occurrences(day, day, &[])[0]
    }

    const ENTRY: Entry<'static> = Entry {
        title: "Deutschkurs für Frauen & Mütter",
        description: "Mit Kinderbetreuung; bitte anmelden.",
        location: Some("Niederwall 23, 33602 Bielefeld"),
    };

    #[test]
    fn google_gets_utc_times_either_side_of_the_clock_change() {
        // 18:00 local is 17:00 UTC in winter and 16:00 UTC in summer (29 March 2026).
        let winter = link(
            Service::Google,
            &ENTRY,
            &on(date(2026, 3, 24), (18, 0), (19, 30)),
        );
        let (base, query) = pairs(&winter);
        assert_eq!(base, "https://calendar.google.com/calendar/render");
        assert_eq!(value(&query, "action"), Some("TEMPLATE"));
        assert_eq!(value(&query, "text"), Some(ENTRY.title));
        assert_eq!(
            value(&query, "dates"),
            Some("20260324T170000Z/20260324T183000Z")
        );
        assert_eq!(value(&query, "details"), Some(ENTRY.description));
        assert_eq!(value(&query, "location"), ENTRY.location);
        let summer = link(
            Service::Google,
            &ENTRY,
            &on(date(2026, 3, 31), (18, 0), (19, 30)),
        );
        assert_eq!(
            value(&pairs(&summer).1, "dates"),
            Some("20260331T160000Z/20260331T173000Z")
        );
        // The ampersand of the title is encoded, not a new parameter.
        assert!(!winter.contains("& "));
    }

    #[test]
    fn outlook_gets_iso_times_subject_and_body() {
        let address = link(
            Service::Outlook,
            &ENTRY,
            &on(date(2026, 7, 1), (9, 15), (11, 0)),
        );
        let (base, query) = pairs(&address);
        assert_eq!(base, "https://outlook.live.com/calendar/0/action/compose");
        assert_eq!(value(&query, "rru"), Some("addevent"));
        assert_eq!(value(&query, "subject"), Some(ENTRY.title));
        assert_eq!(value(&query, "startdt"), Some("2026-07-01T07:15:00Z"));
        assert_eq!(value(&query, "enddt"), Some("2026-07-01T09:00:00Z"));
        assert_eq!(value(&query, "body"), Some(ENTRY.description));
        assert_eq!(value(&query, "location"), ENTRY.location);
    }

    #[test]
    fn empty_parts_are_left_out_and_long_descriptions_shortened() {
        let at = on(date(2026, 7, 1), (9, 0), (10, 0));
        let bare = Entry {
            title: " Straßenfußball ",
            description: "  ",
            location: None,
        };
        for service in Service::ALL {
            let (_, query) = pairs(&link(service, &bare, &at));
            let keys: Vec<&str> = query.iter().map(|(k, _)| k.as_str()).collect();
            for absent in ["details", "body", "location"] {
                assert!(!keys.contains(&absent), "{service:?} has {absent}");
            }
            assert!(query.iter().any(|(_, v)| v == "Straßenfußball"));
        }
        let long = "ä".repeat(MAX_DESCRIPTION_CHARS + 50);
        let entry = Entry {
            description: &long,
            ..bare
        };
        let (_, query) = pairs(&link(Service::Google, &entry, &at));
        let details = value(&query, "details").unwrap();
        assert_eq!(details.chars().count(), MAX_DESCRIPTION_CHARS);
        assert!(details.ends_with('…'));
        let exact = "b".repeat(MAX_DESCRIPTION_CHARS);
        let entry = Entry {
            description: &exact,
            ..bare
        };
        let (_, query) = pairs(&link(Service::Outlook, &entry, &at));
        assert_eq!(value(&query, "body"), Some(exact.as_str()));
        assert_eq!(Service::Google.as_str(), "google");
        assert_eq!(Service::Outlook.as_str(), "outlook");
    }
}
