//! Public holidays as data (`data/holidays/nw.toml`), read with the position of each problem.

use jiff::civil::Date;
use serde::Deserialize;

use crate::position::Position;

/// One holiday.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub date: Date,
    pub name: String,
}

/// A problem in a holiday file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {message}")]
pub struct HolidayProblem {
    pub position: Position,
    pub message: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: i64,
    #[allow(dead_code)]
    region: String,
    holidays: Vec<toml::Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    date: String,
    name: String,
}

/// Reads a holiday file (format 1), sorted by date.
pub fn parse(source: &str) -> Result<Vec<Holiday>, HolidayProblem> {
    let at = |offset: usize, message: String| HolidayProblem {
        position: Position::of_offset(source, offset),
        message,
    };
    let file: File =
        crate::position::read_toml(source).map_err(|(offset, message)| at(offset, message))?;
    if file.format != 1 {
        return Err(at(0, "unsupported format; expected format = 1".into()));
    }
    let mut out = Vec::with_capacity(file.holidays.len());
    for entry in &file.holidays {
        let start = entry.span().start;
        let entry = entry.get_ref();
        let date: Date = entry
            .date
            .parse()
            .map_err(|_| at(start, format!("`{}` is not a date YYYY-MM-DD", entry.date)))?;
        out.push(Holiday {
            date,
            name: entry.name.clone(),
        });
    }
    out.sort_by_key(|holiday| holiday.date);
    Ok(out)
}

/// The holidays of North Rhine-Westphalia shipped with teilhabe.
pub const NW: &str = include_str!("../../../../data/holidays/nw.toml");

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_shipped_file_holds_eleven_holidays_a_year() {
        let holidays = parse(NW).unwrap();
        let in_2026: Vec<&Holiday> = holidays.iter().filter(|h| h.date.year() == 2026).collect();
        assert_eq!(in_2026.len(), 11);
        assert!(
            holidays
                .iter()
                .any(|h| h.date == date(2026, 6, 4) && h.name == "Fronleichnam")
        );
    }

    #[test]
    fn a_bad_date_is_reported_on_its_line() {
        let source = "format = 1\nregion = \"NW\"\nholidays = [\n  { date = \"2026-13-01\", name = \"X\" },\n]\n";
        let problem = parse(source).unwrap_err();
        assert_eq!(problem.position.line, 4);
        assert!(problem.message.contains("2026-13-01"));
    }
}
