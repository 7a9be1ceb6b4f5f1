//! Periods in DHIS2's codes: `2024` (yearly), `2024Q1` (quarterly), `202401` (monthly).

use std::fmt;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// How often a data set is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodType {
    Monthly,
    Quarterly,
    Yearly,
}

impl PeriodType {
    pub const ALL: [PeriodType; 3] = [
        PeriodType::Monthly,
        PeriodType::Quarterly,
        PeriodType::Yearly,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PeriodType::Monthly => "monthly",
            PeriodType::Quarterly => "quarterly",
            PeriodType::Yearly => "yearly",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    /// The periods of this type in `year`, earliest first.
    pub fn periods_of_year(self, year: i16) -> Vec<Period> {
        match self {
            PeriodType::Yearly => vec![Period::Year(year)],
            PeriodType::Quarterly => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
            PeriodType::Monthly => (1..=12).map(|m| Period::Month(year, m)).collect(),
        }
    }
}

/// One reporting period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    Year(i16),
    /// Year and quarter 1–4.
    Quarter(i16, i8),
    /// Year and month 1–12.
    Month(i16, i8),
}

/// Years a period may name.
const YEARS: std::ops::RangeInclusive<i16> = 1900..=2999;

impl Period {
    /// Reads a DHIS2 period code; `None` for anything else (weeks are not supported).
    pub fn parse(code: &str) -> Option<Self> {
        let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
        let year = |text: &str| {
            (text.len() == 4 && digits(text))
                .then(|| text.parse::<i16>().ok())
                .flatten()
                .filter(|year| YEARS.contains(year))
        };
        match code.len() {
            4 => year(code).map(Period::Year),
            6 if code.as_bytes().get(4) == Some(&b'Q') => {
                let quarter = code.get(5..6)?.parse::<i8>().ok()?;
                (1..=4)
                    .contains(&quarter)
                    .then_some(Period::Quarter(year(code.get(..4)?)?, quarter))
            }
            6 => {
                let month = code.get(4..6).filter(|m| digits(m))?.parse::<i8>().ok()?;
                (1..=12)
                    .contains(&month)
                    .then_some(Period::Month(year(code.get(..4)?)?, month))
            }
            _ => None,
        }
    }

    pub fn period_type(self) -> PeriodType {
        match self {
            Period::Year(_) => PeriodType::Yearly,
            Period::Quarter(..) => PeriodType::Quarterly,
            Period::Month(..) => PeriodType::Monthly,
        }
    }

    pub fn year(self) -> i16 {
        match self {
            Period::Year(year) | Period::Quarter(year, _) | Period::Month(year, _) => year,
        }
    }

    /// The first day.
    pub fn start(self) -> Date {
        let (year, month) = match self {
            Period::Year(year) => (year, 1),
            Period::Quarter(year, quarter) => (year, (quarter - 1) * 3 + 1),
            Period::Month(year, month) => (year, month),
        };
        Date::new(year, month, 1).unwrap_or(Date::MIN)
    }

    /// The last day.
    pub fn end(self) -> Date {
        let months = match self {
            Period::Year(_) => 12,
            Period::Quarter(..) => 3,
            Period::Month(..) => 1,
        };
        self.start()
            .checked_add(months.months())
            .and_then(|next| next.checked_sub(1.day()))
            .unwrap_or(Date::MAX)
    }

    /// The period of `kind` that contains `day`.
    pub fn containing(kind: PeriodType, day: Date) -> Self {
        match kind {
            PeriodType::Yearly => Period::Year(day.year()),
            PeriodType::Quarterly => Period::Quarter(day.year(), (day.month() - 1) / 3 + 1),
            PeriodType::Monthly => Period::Month(day.year(), day.month()),
        }
    }

    /// The period before this one.
    pub fn previous(self) -> Self {
        match self {
            Period::Year(year) => Period::Year(year - 1),
            Period::Quarter(year, 1) => Period::Quarter(year - 1, 4),
            Period::Quarter(year, quarter) => Period::Quarter(year, quarter - 1),
            Period::Month(year, 1) => Period::Month(year - 1, 12),
            Period::Month(year, month) => Period::Month(year, month - 1),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Year(year) => write!(f, "{year}"),
            Period::Quarter(year, quarter) => write!(f, "{year}Q{quarter}"),
            Period::Month(year, month) => write!(f, "{year}{month:02}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn codes_read_back_and_bad_ones_are_refused() {
        for code in ["2024", "2024Q1", "2024Q4", "202401", "202412"] {
            assert_eq!(
                Period::parse(code).map(|p| p.to_string()),
                Some(code.into())
            );
        }
        for bad in [
            "", "24", "2024Q0", "2024Q5", "202400", "202413", "2024W05", "abcd", "2024-01",
            "20241", "1899", "2024Q",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn periods_start_and_end_on_the_right_days() {
        let q1 = Period::parse("2024Q1").unwrap();
        assert_eq!(
            (q1.start(), q1.end()),
            (date(2024, 1, 1), date(2024, 3, 31))
        );
        let feb = Period::parse("202402").unwrap();
        assert_eq!(feb.end(), date(2024, 2, 29));
        let year = Period::parse("2025").unwrap();
        assert_eq!(
            (year.start(), year.end()),
            (date(2025, 1, 1), date(2025, 12, 31))
        );
        assert_eq!(Period::Quarter(2024, 4).end(), date(2024, 12, 31));
    }

    #[test]
    fn the_containing_and_previous_periods() {
        let day = date(2025, 5, 17);
        assert_eq!(
            Period::containing(PeriodType::Quarterly, day),
            Period::Quarter(2025, 2)
        );
        assert_eq!(
            Period::containing(PeriodType::Monthly, day),
            Period::Month(2025, 5)
        );
        assert_eq!(
            Period::containing(PeriodType::Yearly, day),
            Period::Year(2025)
        );
        assert_eq!(
            Period::Quarter(2025, 1).previous(),
            Period::Quarter(2024, 4)
        );
        assert_eq!(Period::Month(2025, 1).previous(), Period::Month(2024, 12));
        assert_eq!(Period::Month(2025, 3).previous(), Period::Month(2025, 2));
        assert_eq!(Period::Year(2025).previous(), Period::Year(2024));
    }
}
