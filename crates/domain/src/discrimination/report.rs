//! A public report: what happened, where (area of life and district — never an address), when
//! (a month), on which grounds as the person sees them, and whether they want counselling (then
//! a contact they choose, which the application stores encrypted).

use std::fmt;

use jiff::civil::Date;

use super::scrub::scrub;
use super::{Categories, Problem, choices};

/// The longest text of a report or case note, in characters.
pub const MAX_TEXT: usize = 5000;
/// The longest contact (an address, a phone number, "via the counselling centre X").
pub const MAX_CONTACT: usize = 300;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i16,
    pub month: i8,
}

impl Month {
    /// Reads `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.trim().split_once('-')?;
        if year.len() != 4 || month.len() != 2 {
            return None;
        }
        let year: i16 = year.parse().ok()?;
        let month: i8 = month.parse().ok()?;
        ((1..=12).contains(&month) && (1000..=9999).contains(&year))
            .then_some(Month { year, month })
    }

    pub fn of(date: Date) -> Month {
        Month {
            year: date.year(),
            month: date.month(),
        }
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What the form sends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportInput {
    pub area: String,
    /// A district code of the city, or empty (not stated).
    pub district: String,
    /// `YYYY-MM`.
    pub month: String,
    pub grounds: Vec<String>,
    pub what_happened: String,
    pub wants_counselling: bool,
    /// How to be contacted; read only when counselling is wanted.
    pub contact: String,
}

/// A checked report, its text scrubbed of e-mail addresses and phone numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub area: String,
    pub district: Option<String>,
    pub month: Month,
    pub grounds: Vec<String>,
    pub what_happened: String,
    pub wants_counselling: bool,
    /// Only when counselling is wanted (a contact given without that wish is not kept).
    pub contact: Option<String>,
}

impl ReportInput {
    /// Checks the input against the categories, the city's districts and today's date (no
    /// month after today's, none before 2000); every problem names its field.
    pub fn validate(
        &self,
        categories: &Categories,
        districts: &[&str],
        today: Date,
    ) -> Result<Report, Vec<Problem>> {
        let mut problems = Vec::new();
        let area = self.area.trim();
        if !categories.areas.iter().any(|a| a.id == area) {
            problems.push(Problem::new(
                "area",
                if area.is_empty() {
                    "choose an area of life".to_owned()
                } else {
                    format!("`{area}` is no known area of life")
                },
            ));
        }
        let district = self.district.trim();
        if !district.is_empty() && !districts.contains(&district) {
            problems.push(Problem::new(
                "district",
                format!("`{district}` is no district of the city"),
            ));
        }
        let month = Month::parse(&self.month);
        match month {
            None => problems.push(Problem::new("month", "expected a month as YYYY-MM")),
            Some(month) if month > Month::of(today) => {
                problems.push(Problem::new("month", "the month lies in the future"))
            }
            Some(month) if month.year < 2000 => {
                problems.push(Problem::new("month", "the month lies before 2000"))
            }
            Some(_) => {}
        }
        let grounds = choices(
            "grounds",
            &self.grounds,
            &categories.grounds,
            1,
            &mut problems,
        );
        let text = self.what_happened.trim();
        if text.is_empty() {
            problems.push(Problem::new("what_happened", "say briefly what happened"));
        } else if text.chars().count() > MAX_TEXT {
            problems.push(Problem::new(
                "what_happened",
                format!("at most {MAX_TEXT} characters"),
            ));
        }
        let contact = self.contact.trim();
        if self.wants_counselling {
            if contact.is_empty() {
                problems.push(Problem::new(
                    "contact",
                    "say how the counselling centre may contact you",
                ));
            } else if contact.chars().count() > MAX_CONTACT {
                problems.push(Problem::new(
                    "contact",
                    format!("at most {MAX_CONTACT} characters"),
                ));
            }
        }
        match month {
            Some(month) if problems.is_empty() => Ok(Report {
                area: area.to_owned(),
                district: (!district.is_empty()).then(|| district.to_owned()),
                month,
                grounds,
                what_happened: scrub(text).text,
                wants_counselling: self.wants_counselling,
                contact: self.wants_counselling.then(|| contact.to_owned()),
            }),
            _ => Err(problems),
        }
    }
}

/// Crockford's base-32 digits: no I, L, O, U, so a code read out on the phone is not misheard.
const DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The receipt code a reporter gets instead of an account: 60 random bits (the application
/// draws them) as `XXXX-XXXX-XXXX`.
pub fn receipt_code(random: [u8; 8]) -> String {
    let bits = u64::from_be_bytes(random) >> 4;
    let mut code = String::with_capacity(14);
    for index in 0..12 {
        if index > 0 && index % 4 == 0 {
            code.push('-');
        }
        let digit = (bits >> (55 - 5 * index)) & 31;
        code.push(char::from(
            DIGITS.get(digit as usize).copied().unwrap_or(b'0'),
        ));
    }
    code
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::discrimination::categories::parse;

    fn categories() -> Categories {
        parse(
            "categories.toml",
            include_str!("../../../../data/discrimination/categories.toml"),
        )
        .unwrap()
    }

    fn input() -> ReportInput {
        ReportInput {
            area: "housing".into(),
            district: "01".into(),
            month: "2026-02".into(),
            grounds: vec!["ethnic-origin".into(), "religion-belief".into()],
            what_happened: "Die Wohnung war plötzlich vergeben, als ich meinen Namen nannte. Rufen Sie 0521 512345 an.".into(),
            wants_counselling: true,
            contact: "anna@example.org".into(),
        }
    }

    const TODAY: Date = date(2026, 3, 15);

    #[test]
    fn a_good_report_is_checked_and_its_text_scrubbed() {
        let report = input()
            .validate(&categories(), &["01", "02"], TODAY)
            .unwrap();
        assert_eq!(report.month.to_string(), "2026-02");
        assert_eq!(report.grounds, ["ethnic-origin", "religion-belief"]);
        assert_eq!(report.district.as_deref(), Some("01"));
        assert!(
            report
                .what_happened
                .ends_with("Rufen Sie [Telefonnummer entfernt] an.")
        );
        // The contact is kept as given: it goes encrypted into its own field.
        assert_eq!(report.contact.as_deref(), Some("anna@example.org"));
        let without = ReportInput {
            wants_counselling: false,
            district: String::new(),
            ..input()
        };
        let report = without.validate(&categories(), &["01"], TODAY).unwrap();
        assert_eq!(
            report.contact, None,
            "no counselling wished: no contact kept"
        );
        assert_eq!(report.district, None);
    }

    #[test]
    fn every_problem_names_its_field() {
        let bad = ReportInput {
            area: "moon".into(),
            district: "99".into(),
            month: "2026-04".into(),
            grounds: vec!["age".into(), "age".into(), "hair".into()],
            what_happened: "  ".into(),
            wants_counselling: true,
            contact: String::new(),
        };
        let problems = bad.validate(&categories(), &["01"], TODAY).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "area",
                "district",
                "month",
                "grounds",
                "grounds",
                "what_happened",
                "contact"
            ],
            "{problems:?}"
        );
        let none = ReportInput {
            grounds: vec![],
            month: "März".into(),
            what_happened: "x".repeat(MAX_TEXT + 1),
            contact: "y".repeat(MAX_CONTACT + 1),
            ..input()
        };
        let problems = none.validate(&categories(), &["01"], TODAY).unwrap_err();
        let found: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.field, p.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("month", "expected a month as YYYY-MM"),
                ("grounds", "choose at least one"),
                ("what_happened", "at most 5000 characters"),
                ("contact", "at most 300 characters")
            ]
        );
        let old = ReportInput {
            month: "1999-12".into(),
            ..input()
        };
        assert_eq!(
            old.validate(&categories(), &["01"], TODAY).unwrap_err()[0].message,
            "the month lies before 2000"
        );
    }

    #[test]
    fn months_read_only_as_year_and_month() {
        assert_eq!(
            Month::parse("2026-03"),
            Some(Month {
                year: 2026,
                month: 3
            })
        );
        for bad in [
            "2026-3",
            "2026-13",
            "2026-00",
            "26-03",
            "2026-03-01",
            "",
            "abcd-ef",
        ] {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        assert_eq!(Month::of(TODAY).to_string(), "2026-03");
    }

    #[test]
    fn receipt_codes_are_twelve_unambiguous_digits() {
        assert_eq!(receipt_code([0; 8]), "0000-0000-0000");
        assert_eq!(receipt_code([0xff; 8]), "ZZZZ-ZZZZ-ZZZZ");
        let code = receipt_code([1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(code.len(), 14);
        assert!(
            code.chars()
                .all(|c| c == '-' || DIGITS.contains(&(c as u8)))
        );
        assert_ne!(code, receipt_code([1, 2, 3, 4, 5, 6, 7, 9 + 16]));
        for letter in ['I', 'L', 'O', 'U'] {
            assert!(!DIGITS.contains(&(letter as u8)));
        }
    }
}
