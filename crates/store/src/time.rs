//! Timestamps as stored: RFC 3339 in UTC, whole seconds, so that text order is time order on
//! both backends (`2026-11-26T11:21:19Z`).

use jiff::Timestamp;

pub fn stamp(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}
