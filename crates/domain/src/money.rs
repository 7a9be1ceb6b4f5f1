//! Amounts of money in euros, exact to the cent. Never floating point.

use std::fmt;

use serde::{Deserialize, Serialize};

/// An amount in euro cents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(i64);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an amount in euros; expected e.g. 12500, 12500.50 or 12.500,50")]
pub struct InvalidMoney(pub String);

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_cents(cents: i64) -> Self {
        Money(cents)
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    /// Reads what people write: `12500`, `12500.5`, `12.500,50 €`, `12,500.50`, `EUR 1.000`.
    ///
    /// With both separators the last one is the decimal separator. With one kind only, it is a
    /// decimal separator when followed by one or two digits at the end, and a thousands separator
    /// when every group after it has three digits (`1.000` is a thousand, as in German).
    pub fn parse(input: &str) -> Result<Self, InvalidMoney> {
        let invalid = || InvalidMoney(input.to_owned());
        let cleaned: String = input
            .trim()
            .trim_start_matches("EUR")
            .trim_end_matches("EUR")
            .trim_end_matches('€')
            .trim_start_matches('€')
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\'')
            .collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        if digits.is_empty()
            || !digits
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        {
            return Err(invalid());
        }
        let decimal_separator = match (digits.rfind('.'), digits.rfind(',')) {
            (Some(dot), Some(comma)) => Some(if dot > comma { '.' } else { ',' }),
            (Some(_), None) => single_separator_role(digits, '.').ok_or_else(invalid)?,
            (None, Some(_)) => single_separator_role(digits, ',').ok_or_else(invalid)?,
            (None, None) => None,
        };
        let (whole, fraction) = match decimal_separator {
            Some(separator) => digits.rsplit_once(separator).ok_or_else(invalid)?,
            None => (digits, ""),
        };
        if !well_grouped(whole)
            || fraction.len() > 2
            || !fraction.chars().all(|c| c.is_ascii_digit())
        {
            return Err(invalid());
        }
        let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
        if whole.is_empty() && fraction.is_empty() {
            return Err(invalid());
        }
        let euros: i64 = if whole.is_empty() {
            0
        } else {
            whole.parse().map_err(|_| invalid())?
        };
        let cents: i64 = match fraction.len() {
            0 => 0,
            1 => fraction.parse::<i64>().map_err(|_| invalid())? * 10,
            _ => fraction.parse().map_err(|_| invalid())?,
        };
        let total = euros
            .checked_mul(100)
            .and_then(|value| value.checked_add(cents))
            .ok_or_else(invalid)?;
        Ok(Money(if negative { -total } else { total }))
    }

    /// Plain machine form for files: `12500.50` (always two decimals, no grouping).
    pub fn to_plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let cents = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", cents / 100, cents % 100)
    }

    /// For people, in German style: `12.500,50 €`.
    pub fn to_german(self) -> String {
        group(self, '.', ',', "\u{a0}€")
    }

    /// For people, in English style: `€12,500.50`.
    pub fn to_english(self) -> String {
        let grouped = group(self, ',', '.', "");
        match grouped.strip_prefix('-') {
            Some(rest) => format!("-€{rest}"),
            None => format!("€{grouped}"),
        }
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }
}

/// With only one kind of separator: `Some(Some(sep))` when it is the decimal separator,
/// `Some(None)` when it groups thousands, `None` when it is neither.
fn single_separator_role(digits: &str, separator: char) -> Option<Option<char>> {
    let groups: Vec<&str> = digits.split(separator).collect();
    let last = groups.last().copied().unwrap_or_default();
    if groups.len() == 2 && (1..=2).contains(&last.len()) {
        Some(Some(separator))
    } else if well_grouped(digits) {
        Some(None)
    } else {
        None
    }
}

/// Digits, optionally grouped by one kind of thousands separator: `1`, `1000`, `1.000`, `12,500`.
fn well_grouped(whole: &str) -> bool {
    let separators: Vec<char> = whole.chars().filter(|c| !c.is_ascii_digit()).collect();
    if separators.is_empty() {
        return true;
    }
    if separators.iter().any(|c| *c != separators[0]) {
        return false;
    }
    let groups: Vec<&str> = whole.split(separators[0]).collect();
    groups
        .first()
        .is_some_and(|first| (1..=3).contains(&first.len()))
        && groups.iter().skip(1).all(|group| group.len() == 3)
}

fn group(money: Money, thousands: char, decimal: char, suffix: &str) -> String {
    let cents = money.0.unsigned_abs();
    let euros = (cents / 100).to_string();
    let mut grouped = String::new();
    for (index, digit) in euros.chars().enumerate() {
        if index > 0 && (euros.len() - index).is_multiple_of(3) {
            grouped.push(thousands);
        }
        grouped.push(digit);
    }
    let sign = if money.0 < 0 { "-" } else { "" };
    format!("{sign}{grouped}{decimal}{:02}{suffix}", cents % 100)
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_write() {
        let cases = [
            ("12500", 1_250_000),
            ("12500.5", 1_250_050),
            ("12500,50", 1_250_050),
            ("12.500,50 €", 1_250_050),
            ("12,500.50", 1_250_050),
            ("1.000", 100_000),
            ("1.000.000", 100_000_000),
            ("EUR 99,9", 9_990),
            ("0,05", 5),
            ("-3,50", -350),
        ];
        for (input, cents) in cases {
            assert_eq!(Money::parse(input), Ok(Money::from_cents(cents)), "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for input in ["", "abc", "12.3456", "1,2,3", "12€50", "1.0000"] {
            assert!(Money::parse(input).is_err(), "{input}");
        }
    }

    #[test]
    fn formats_exactly() {
        let amount = Money::from_cents(123_456_789);
        assert_eq!(amount.to_plain(), "1234567.89");
        assert_eq!(amount.to_german(), "1.234.567,89\u{a0}€");
        assert_eq!(amount.to_english(), "€1,234,567.89");
        assert_eq!(Money::from_cents(-5).to_plain(), "-0.05");
        assert_eq!(Money::parse(&amount.to_plain()), Ok(amount));
        assert_eq!(Money::parse(&amount.to_german()), Ok(amount));
    }
}
