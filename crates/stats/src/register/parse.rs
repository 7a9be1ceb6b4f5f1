//! One row of the register extract to typed, validated features. The hot path: no allocation per
//! row, codes compared as bytes, lookups by array or a one-entry cache.

use crate::hashing::FastMap;

use super::{COLUMNS, Layout, MAX_PERSON_ID, RejectReason, col};
use crate::config::{MAX_AGE, SEX_DIVERSE, SEX_FEMALE, SEX_MALE, SEX_NOT_STATED, StatsConfig};
use crate::countries::CountryId;
use crate::status::{Acquisition, PersonFeatures};

/// A usable row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsedRow {
    pub reference_year: u16,
    /// The reference date as (month, day) within `reference_year`.
    pub reference_month_day: (u8, u8),
    pub person_id: u64,
    pub area_leaf: u16,
    pub sex_leaf: u16,
    pub features: PersonFeatures,
    /// Parent ids for minors (0 = no link). Links on adults are ignored.
    pub parents: [u64; 2],
    /// Naturalised in the calendar year of the reference date.
    pub naturalised_this_year: bool,
    /// Foreign national with at least 8 years of residence in Germany.
    pub foreign_resident_8_years: bool,
}

/// What is wrong with a row: the documented column, the reason, what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Documented column number (see [`COLUMNS`]); `usize::MAX` for the row as a whole.
    pub column: usize,
    pub reason: RejectReason,
    pub expected: &'static str,
}

fn fail<T>(column: usize, reason: RejectReason, expected: &'static str) -> Result<T, FieldError> {
    Err(FieldError {
        column,
        reason,
        expected,
    })
}

/// A calendar date as (year, month, day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    year: u16,
    month: u8,
    day: u8,
}

pub struct RowParser<'a> {
    config: &'a StatsConfig,
    layout: Layout,
    areas: FastMap<Vec<u8>, u16>,
    last_area: (Vec<u8>, u16),
    not_stated_country: Option<CountryId>,
}

impl<'a> RowParser<'a> {
    pub fn new(config: &'a StatsConfig, layout: Layout) -> Self {
        let areas = config
            .area_codes()
            .map(|(district, quarter, leaf)| {
                let mut key = layout.encoding.encode(district);
                key.push(0x1f);
                key.extend(layout.encoding.encode(quarter));
                (key, leaf)
            })
            .collect();
        Self {
            config,
            layout,
            areas,
            last_area: (Vec::new(), u16::MAX),
            not_stated_country: config.countries.lookup(b"XX"),
        }
    }

    pub fn layout(&self) -> &Layout {
        &self.layout
    }

    /// Splits a line (without its newline) into the documented columns.
    #[inline]
    pub fn split<'l>(
        &self,
        line: &'l [u8],
        fields: &mut [&'l [u8]; COLUMNS.len()],
    ) -> Result<(), FieldError> {
        // Fields are a few bytes each: a plain scan beats a SIMD search restarted per field.
        let mut raw: [&[u8]; 64] = [&[]; 64];
        let mut count = 0;
        let mut start = 0;
        let delimiter = self.layout.delimiter;
        for (position, &byte) in line.iter().enumerate() {
            if byte == delimiter {
                if let Some(slot) = raw.get_mut(count) {
                    *slot = &line[start..position];
                }
                count += 1;
                start = position + 1;
            }
        }
        if let Some(slot) = raw.get_mut(count) {
            *slot = &line[start..];
        }
        count += 1;
        if count != self.layout.field_count || count > raw.len() {
            return fail(
                usize::MAX,
                RejectReason::WrongFieldCount,
                "as many fields as the header",
            );
        }
        for (column, slot) in fields.iter_mut().enumerate() {
            *slot = unquote(raw[self.layout.position[column]]);
        }
        Ok(())
    }

    /// Parses and validates one row.
    pub fn parse(&mut self, line: &[u8]) -> Result<ParsedRow, FieldError> {
        let mut f: [&[u8]; COLUMNS.len()] = [&[]; COLUMNS.len()];
        self.split(line, &mut f)?;
        let reference =
            parse_date(f[col::REFERENCE_DATE], col::REFERENCE_DATE)?.ok_or(FieldError {
                column: col::REFERENCE_DATE,
                reason: RejectReason::MissingValue,
                expected: "a date YYYY-MM-DD",
            })?;
        if !(1900..2156).contains(&reference.year) {
            return fail(
                col::REFERENCE_DATE,
                RejectReason::ImpossibleDate,
                "a year from 1900 to 2155",
            );
        }
        let person_id = parse_id(f[col::PERSON_ID], col::PERSON_ID)?.ok_or(FieldError {
            column: col::PERSON_ID,
            reason: RejectReason::MissingValue,
            expected: "a person id (integer 1 to 2^40-1)",
        })?;
        let area_leaf = self.area(f[col::DISTRICT], f[col::QUARTER])?;
        let birth_year = parse_number(f[col::BIRTH_YEAR], col::BIRTH_YEAR, "a four-digit year")?;
        let birth_month = parse_number(f[col::BIRTH_MONTH], col::BIRTH_MONTH, "a month 1-12")?;
        if !(1..=12).contains(&birth_month) {
            return fail(
                col::BIRTH_MONTH,
                RejectReason::ImpossibleDate,
                "a month 1-12",
            );
        }
        let birth = Date {
            year: u16::try_from(birth_year).unwrap_or(u16::MAX),
            month: u8::try_from(birth_month).unwrap_or(0),
            day: 1,
        };
        if birth > reference {
            return fail(
                col::BIRTH_YEAR,
                RejectReason::ImpossibleDate,
                "a birth before the reference date",
            );
        }
        let mut age = u32::from(reference.year) - u32::from(birth.year);
        if birth.month > reference.month {
            age = age.saturating_sub(1);
        }
        if age > u32::from(MAX_AGE) {
            return fail(
                col::BIRTH_YEAR,
                RejectReason::ImpossibleDate,
                "an age of at most 125 years",
            );
        }
        let age = u8::try_from(age).unwrap_or(MAX_AGE);
        let sex_leaf = match f[col::SEX] {
            b"f" | b"F" | b"w" | b"W" => SEX_FEMALE,
            b"m" | b"M" => SEX_MALE,
            b"d" | b"D" => SEX_DIVERSE,
            b"x" | b"X" | b"o" | b"O" => SEX_NOT_STATED,
            b"" => return fail(col::SEX, RejectReason::MissingValue, "f, m, d or x"),
            _ => return fail(col::SEX, RejectReason::UnknownCode, "f, m, d or x"),
        };
        let nationality_1 = self
            .country(f[col::NATIONALITY_1], col::NATIONALITY_1)?
            .ok_or(FieldError {
                column: col::NATIONALITY_1,
                reason: RejectReason::MissingValue,
                expected: "an ISO alpha-2 code or Destatis key",
            })?;
        let nationality_2 = self.country(f[col::NATIONALITY_2], col::NATIONALITY_2)?;
        let acquisition = Acquisition::from_code(f[col::ACQUISITION]).ok_or(FieldError {
            column: col::ACQUISITION,
            reason: RejectReason::UnknownCode,
            expected: "G, E, S, O, A, U or empty",
        })?;
        let citizenship_date = parse_date(f[col::CITIZENSHIP_DATE], col::CITIZENSHIP_DATE)?;
        if let Some(date) = citizenship_date {
            check_between(date, birth, reference, col::CITIZENSHIP_DATE)?;
        }
        let country_of_birth = self.country(f[col::COUNTRY_OF_BIRTH], col::COUNTRY_OF_BIRTH)?;
        let immigration_date = parse_date(f[col::IMMIGRATION_DATE], col::IMMIGRATION_DATE)?;
        if let Some(date) = immigration_date {
            check_between(date, birth, reference, col::IMMIGRATION_DATE)?;
        }
        let mut immigration_country =
            self.country(f[col::IMMIGRATION_COUNTRY], col::IMMIGRATION_COUNTRY)?;
        if immigration_country.is_none() && immigration_date.is_some() {
            immigration_country = self.not_stated_country;
        }
        let mut parents = [0u64; 2];
        for (slot, column) in parents.iter_mut().zip([col::PARENT_1, col::PARENT_2]) {
            *slot = parse_id(f[column], column)?.unwrap_or(0);
        }
        if age >= crate::status::ADULT_AGE {
            parents = [0, 0];
        } else if parents[0] == person_id || parents[1] == person_id {
            let column = if parents[0] == person_id {
                col::PARENT_1
            } else {
                col::PARENT_2
            };
            return fail(
                column,
                RejectReason::MissingParent,
                "a parent other than the person",
            );
        }
        let germany = self.config.countries.germany();
        let naturalised_this_year = nationality_1 == germany
            && acquisition == Acquisition::Naturalisation
            && citizenship_date.is_some_and(|date| date.year == reference.year);
        let foreign_resident_8_years = nationality_1 != germany
            && match immigration_date {
                Some(date) => years_between(date, reference) >= 8,
                None => country_of_birth == Some(germany) && age >= 8,
            };
        Ok(ParsedRow {
            reference_year: reference.year,
            reference_month_day: (reference.month, reference.day),
            person_id,
            area_leaf,
            sex_leaf,
            features: PersonFeatures {
                nationality_1,
                nationality_2,
                acquisition,
                country_of_birth,
                immigration_country,
                age,
            },
            parents,
            naturalised_this_year,
            foreign_resident_8_years,
        })
    }

    #[inline]
    fn area(&mut self, district: &[u8], quarter: &[u8]) -> Result<u16, FieldError> {
        let key_len = district.len() + 1 + quarter.len();
        let last = &self.last_area.0;
        if last.len() == key_len
            && last.starts_with(district)
            && last.ends_with(quarter)
            && last.get(district.len()) == Some(&0x1f)
        {
            return Ok(self.last_area.1);
        }
        if district.is_empty() {
            return fail(
                col::DISTRICT,
                RejectReason::MissingValue,
                "a district code of the city",
            );
        }
        let key = &mut self.last_area.0;
        key.clear();
        key.extend_from_slice(district);
        key.push(0x1f);
        key.extend_from_slice(quarter);
        match self.areas.get(key.as_slice()) {
            Some(&leaf) => {
                self.last_area.1 = leaf;
                Ok(leaf)
            }
            None => {
                self.last_area.0.clear();
                let district_known = self.areas.keys().any(|known| {
                    known.starts_with(district) && known.get(district.len()) == Some(&0x1f)
                });
                if district_known {
                    fail(
                        col::QUARTER,
                        RejectReason::UnknownCode,
                        "a quarter code of that district (empty where the district has none)",
                    )
                } else {
                    fail(
                        col::DISTRICT,
                        RejectReason::UnknownCode,
                        "a district code of the city",
                    )
                }
            }
        }
    }

    #[inline]
    fn country(&self, code: &[u8], column: usize) -> Result<Option<CountryId>, FieldError> {
        if code.is_empty() {
            return Ok(None);
        }
        match self.config.countries.lookup(code) {
            Some(id) => Ok(Some(id)),
            None => fail(
                column,
                RejectReason::UnknownCode,
                "an ISO 3166-1 alpha-2 code or a Destatis three-digit key listed in data/stats/countries.csv",
            ),
        }
    }
}

#[inline]
fn unquote(field: &[u8]) -> &[u8] {
    let field = field.strip_suffix(b"\r").unwrap_or(field);
    if field.len() >= 2 && field[0] == b'"' && field[field.len() - 1] == b'"' {
        &field[1..field.len() - 1]
    } else {
        field
    }
}

#[inline]
fn parse_number(field: &[u8], column: usize, expected: &'static str) -> Result<u32, FieldError> {
    if field.is_empty() {
        return fail(column, RejectReason::MissingValue, expected);
    }
    if field.len() > 9 {
        return fail(column, RejectReason::InvalidNumber, expected);
    }
    let mut value: u32 = 0;
    for &byte in field {
        if !byte.is_ascii_digit() {
            return fail(column, RejectReason::InvalidNumber, expected);
        }
        value = value * 10 + u32::from(byte - b'0');
    }
    Ok(value)
}

#[inline]
fn parse_id(field: &[u8], column: usize) -> Result<Option<u64>, FieldError> {
    const EXPECTED: &str = "a person id (integer 1 to 2^40-1) or empty";
    if field.is_empty() {
        return Ok(None);
    }
    if field.len() > 13 {
        return fail(column, RejectReason::InvalidNumber, EXPECTED);
    }
    let mut value: u64 = 0;
    for &byte in field {
        if !byte.is_ascii_digit() {
            return fail(column, RejectReason::InvalidNumber, EXPECTED);
        }
        value = value * 10 + u64::from(byte - b'0');
    }
    if value == 0 || value > MAX_PERSON_ID {
        return fail(column, RejectReason::InvalidNumber, EXPECTED);
    }
    Ok(Some(value))
}

/// `YYYY-MM-DD`, empty = none.
#[inline]
fn parse_date(field: &[u8], column: usize) -> Result<Option<Date>, FieldError> {
    const EXPECTED: &str = "a date YYYY-MM-DD";
    if field.is_empty() {
        return Ok(None);
    }
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *field else {
        return fail(column, RejectReason::ImpossibleDate, EXPECTED);
    };
    let digits = [y1, y2, y3, y4, m1, m2, d1, d2];
    if !digits.iter().all(u8::is_ascii_digit) {
        return fail(column, RejectReason::ImpossibleDate, EXPECTED);
    }
    let digit = |byte: u8| u16::from(byte - b'0');
    let year = digit(y1) * 1000 + digit(y2) * 100 + digit(y3) * 10 + digit(y4);
    let month = (m1 - b'0') * 10 + (m2 - b'0');
    let day = (d1 - b'0') * 10 + (d2 - b'0');
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) || year < 1800 {
        return fail(
            column,
            RejectReason::ImpossibleDate,
            "an existing calendar date YYYY-MM-DD",
        );
    }
    Ok(Some(Date { year, month, day }))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if matches!((year % 4, year % 100, year % 400), (0, 1.., _) | (_, _, 0)) => 29,
        2 => 28,
        _ => 31,
    }
}

fn check_between(
    date: Date,
    birth: Date,
    reference: Date,
    column: usize,
) -> Result<(), FieldError> {
    let birth_month_start = Date { day: 1, ..birth };
    if date > reference {
        return fail(
            column,
            RejectReason::ImpossibleDate,
            "a date not after the reference date",
        );
    }
    if (date.year, date.month) < (birth_month_start.year, birth_month_start.month) {
        return fail(
            column,
            RejectReason::ImpossibleDate,
            "a date not before the birth",
        );
    }
    Ok(())
}

/// Completed years from `from` to `to`.
fn years_between(from: Date, to: Date) -> u16 {
    let years = to.year.saturating_sub(from.year);
    if (to.month, to.day) < (from.month, from.day) {
        years.saturating_sub(1)
    } else {
        years
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::detect_layout;
    use crate::status::Acquisition;

    fn config() -> StatsConfig {
        StatsConfig::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
            "bielefeld",
        )
        .unwrap()
    }

    fn parser(config: &StatsConfig) -> RowParser<'_> {
        let layout = detect_layout(COLUMNS.join(";").as_bytes()).unwrap();
        RowParser::new(config, layout)
    }

    const GOOD: &str = "2024-12-31;17;5;07;0702;2015;03;f;000;163;O;2015-03-01;DE;;;20;21";

    #[test]
    fn parses_a_good_row() {
        let config = config();
        let mut parser = parser(&config);
        let row = parser.parse(GOOD.as_bytes()).unwrap();
        assert_eq!(row.reference_year, 2024);
        assert_eq!(row.person_id, 17);
        assert_eq!(row.features.age, 9);
        assert_eq!(row.features.acquisition, Acquisition::OptionRule);
        assert_eq!(row.features.nationality_2, config.countries.lookup(b"TR"));
        assert_eq!(row.parents, [20, 21]);
        assert!(!row.naturalised_this_year);
    }

    fn error_column(line: &str) -> (usize, RejectReason) {
        let config = config();
        let mut parser = parser(&config);
        let error = parser.parse(line.as_bytes()).unwrap_err();
        (error.column, error.reason)
    }

    #[test]
    fn each_bad_field_names_its_column() {
        let cases = [
            (
                GOOD.replace(";163;", ";999x;"),
                col::NATIONALITY_2,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace(";163;", ";QQ;"),
                col::NATIONALITY_2,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace("2015;03;", "2015;13;"),
                col::BIRTH_MONTH,
                RejectReason::ImpossibleDate,
            ),
            (
                GOOD.replace("2015;03;", "2025;03;"),
                col::BIRTH_YEAR,
                RejectReason::ImpossibleDate,
            ),
            (
                GOOD.replace("2024-12-31", "2024-02-30"),
                col::REFERENCE_DATE,
                RejectReason::ImpossibleDate,
            ),
            (
                GOOD.replace(";07;0702;", ";07;0799;"),
                col::QUARTER,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace(";07;0702;", ";77;0702;"),
                col::DISTRICT,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace(";f;", ";q;"),
                col::SEX,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace(";O;", ";Z;"),
                col::ACQUISITION,
                RejectReason::UnknownCode,
            ),
            (
                GOOD.replace(";17;", ";abc;"),
                col::PERSON_ID,
                RejectReason::InvalidNumber,
            ),
            (
                GOOD.replace(";20;21", ";20;x"),
                col::PARENT_2,
                RejectReason::InvalidNumber,
            ),
            (
                GOOD.replace("2015-03-01", "2025-03-01"),
                col::CITIZENSHIP_DATE,
                RejectReason::ImpossibleDate,
            ),
            (
                GOOD.replace(";DE;;;", ";DE;TR;2010-01-01;"),
                col::IMMIGRATION_DATE,
                RejectReason::ImpossibleDate,
            ),
            (
                GOOD.replace(";000;", ";;"),
                col::NATIONALITY_1,
                RejectReason::MissingValue,
            ),
        ];
        for (line, column, reason) in cases {
            assert_eq!(error_column(&line), (column, reason), "{line}");
        }
        assert_eq!(
            error_column("2024-12-31;1").1,
            RejectReason::WrongFieldCount
        );
    }

    #[test]
    fn residence_and_naturalisation_flags() {
        let config = config();
        let mut parser = parser(&config);
        let line = "2024-12-31;1;1;01;;1980;05;m;TR;;;;TR;TR;2010-06-01;;";
        assert!(
            parser
                .parse(line.as_bytes())
                .unwrap()
                .foreign_resident_8_years
        );
        let line = "2024-12-31;1;1;01;;1980;05;m;TR;;;;TR;TR;2018-06-01;;";
        assert!(
            !parser
                .parse(line.as_bytes())
                .unwrap()
                .foreign_resident_8_years
        );
        let line = "2024-12-31;1;1;01;;1980;05;m;DE;;E;2024-02-01;TR;TR;2010-06-01;;";
        assert!(parser.parse(line.as_bytes()).unwrap().naturalised_this_year);
    }
}
