//! Exact decimal numbers for published figures.
//!
//! Official tables publish decimals ("44,3 %"); storing them as binary floats would turn 44.3 into
//! 44.29999…, and a re-export would no longer equal the import. A [`Decimal`] keeps the digits as
//! published: an integer mantissa and a count of decimal places. The store writes its canonical
//! text (`"44.3"`, `"-0.25"`, `"2294"`); charts convert to `f64` only to place points.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Decimal places kept at most; more than any statistics office publishes.
pub const MAX_SCALE: u32 = 9;

/// A decimal number: `mantissa × 10^-scale`.
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// Which character separates the integer part from the fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum DecimalMark {
    /// `1.234,5` (German): comma for the fraction, points group thousands.
    Comma,
    /// `1,234.5` (English): point for the fraction, commas group thousands.
    Point,
    /// Comma if the text has a comma and no point after it, otherwise point. Thousands separators
    /// are then only accepted where they are unambiguous (`1.234,5`, `1,234.5`).
    #[default]
    Auto,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecimalError(pub String);

impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    pub fn from_integer(value: i64) -> Self {
        Decimal {
            mantissa: i128::from(value),
            scale: 0,
        }
    }

    /// Parses `text` written with `mark` as decimal separator. Spaces (also narrow no-break spaces)
    /// are ignored; a leading `+` or `-` is allowed. Exponents are refused.
    pub fn parse_with(text: &str, mark: DecimalMark) -> Result<Self, DecimalError> {
        let cleaned: String = text
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
            .collect();
        if cleaned.is_empty() {
            return Err(DecimalError("an empty text is not a number".into()));
        }
        let (negative, digits) = match cleaned.as_bytes().first() {
            Some(b'-') => (true, &cleaned[1..]),
            Some(b'+') => (false, &cleaned[1..]),
            _ => (false, cleaned.as_str()),
        };
        let mark = match mark {
            DecimalMark::Auto => {
                let last_comma = digits.rfind(',');
                let last_point = digits.rfind('.');
                match (last_comma, last_point) {
                    (Some(comma), Some(point)) if comma > point => DecimalMark::Comma,
                    (Some(_), None) if digits.matches(',').count() == 1 => DecimalMark::Comma,
                    (Some(_), None) => DecimalMark::Point,
                    _ => DecimalMark::Point,
                }
            }
            other => other,
        };
        let (fraction_mark, group_mark) = match mark {
            DecimalMark::Comma => (',', '.'),
            _ => ('.', ','),
        };
        let (integer, fraction) = match digits.split_once(fraction_mark) {
            Some((integer, fraction)) => (integer, fraction),
            None => (digits, ""),
        };
        let integer: String = if integer.contains(group_mark) {
            // Thousands groups must have three digits each, so "1,5" in a point file is refused
            // rather than read as 15.
            let mut groups = integer.split(group_mark);
            let first = groups.next().unwrap_or_default();
            if first.is_empty() || first.len() > 3 {
                return Err(not_a_number(text));
            }
            let mut joined = first.to_owned();
            for group in groups {
                if group.len() != 3 {
                    return Err(not_a_number(text));
                }
                joined.push_str(group);
            }
            joined
        } else {
            integer.to_owned()
        };
        if (integer.is_empty() && fraction.is_empty())
            || !integer.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(not_a_number(text));
        }
        let scale = u32::try_from(fraction.len()).unwrap_or(u32::MAX);
        if scale > MAX_SCALE {
            return Err(DecimalError(format!(
                "`{}` has more than {MAX_SCALE} decimal places",
                text.trim()
            )));
        }
        let all_digits = format!("{integer}{fraction}");
        let all_digits = all_digits.trim_start_matches('0');
        // At most 28 digits, so that aligning two values (× 10^9) stays inside an i128.
        if all_digits.len() > 28 {
            return Err(DecimalError(format!("`{}` is too large", text.trim())));
        }
        let magnitude: i128 = if all_digits.is_empty() {
            0
        } else {
            all_digits.parse().map_err(|_| not_a_number(text))?
        };
        Ok(Decimal {
            mantissa: if negative { -magnitude } else { magnitude },
            scale,
        })
    }

    /// The value as a float, for placing it on a chart.
    pub fn to_f64(self) -> f64 {
        // Canonical text parses exactly to the nearest float.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// A decimal from a float rounded to `places` decimal places (for computed figures such as
    /// gaps); `None` for NaN and infinities.
    pub fn from_f64(value: f64, places: u32) -> Option<Self> {
        if !value.is_finite() || places > MAX_SCALE {
            return None;
        }
        let text = format!("{value:.prec$}", prec = places as usize);
        Decimal::from_str(&text).ok().map(Decimal::normalized)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    pub fn is_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Decimal places as written.
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// Without trailing zeros in the fraction: 44.30 → 44.3.
    pub fn normalized(self) -> Self {
        let mut result = self;
        while result.scale > 0 && result.mantissa % 10 == 0 {
            result.mantissa /= 10;
            result.scale -= 1;
        }
        result
    }

    /// Written with exactly `places` decimal places (rounding half away from zero), and `mark`
    /// as separator. Used for display; the stored text is never rounded.
    pub fn format(self, places: u32, mark: char) -> String {
        let rounded = self.round(places);
        let text = rounded.to_string();
        let (sign, body) = match text.strip_prefix('-') {
            Some(body) => ("-", body),
            None => ("", text.as_str()),
        };
        let (integer, fraction) = body.split_once('.').unwrap_or((body, ""));
        let mut fraction = fraction.to_owned();
        while fraction.len() < places as usize {
            fraction.push('0');
        }
        let group = if mark == ',' { '.' } else { ',' };
        let mut grouped = String::new();
        for (index, digit) in integer.chars().enumerate() {
            if index > 0 && (integer.len() - index) % 3 == 0 && integer.len() > 4 {
                grouped.push(group);
            }
            grouped.push(digit);
        }
        let sign = if rounded.is_zero() { "" } else { sign };
        if places == 0 {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}{mark}{fraction}")
        }
    }

    /// Rounded half away from zero to `places` decimal places.
    pub fn round(self, places: u32) -> Self {
        if self.scale <= places {
            return self;
        }
        let divisor = 10i128.pow(self.scale - places);
        let quotient = self.mantissa / divisor;
        let remainder = self.mantissa % divisor;
        let adjust = if remainder.abs() * 2 >= divisor {
            self.mantissa.signum()
        } else {
            0
        };
        Decimal {
            mantissa: quotient + adjust,
            scale: places,
        }
    }

    fn aligned(self, other: Self) -> (i128, i128) {
        let scale = self.scale.max(other.scale);
        (
            self.mantissa * 10i128.pow(scale - self.scale),
            other.mantissa * 10i128.pow(scale - other.scale),
        )
    }

    /// `self - other`, exact.
    pub fn minus(self, other: Self) -> Self {
        let (a, b) = self.aligned(other);
        Decimal {
            mantissa: a - b,
            scale: self.scale.max(other.scale),
        }
    }
}

fn not_a_number(text: &str) -> DecimalError {
    DecimalError(format!("`{}` is not a number", text.trim()))
}

impl FromStr for Decimal {
    type Err = DecimalError;

    /// The canonical form: point as separator, no grouping.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.contains(',') {
            return Err(not_a_number(text));
        }
        Decimal::parse_with(text, DecimalMark::Point)
    }
}

impl fmt::Display for Decimal {
    /// The canonical text: `-12.50` stays `-12.50` (the published precision is kept).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let negative = self.mantissa < 0;
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let sign = if negative { "-" } else { "" };
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (integer, fraction) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{integer}.{fraction}")
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = self.aligned(*other);
        a.cmp(&b)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Integer(i64),
            Float(f64),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Text(text) => Decimal::from_str(&text).map_err(serde::de::Error::custom),
            Raw::Integer(value) => Ok(Decimal::from_integer(value)),
            // TOML floats such as `44.3` are written by people; their shortest text is what
            // they wrote.
            Raw::Float(value) => {
                Decimal::from_str(&format!("{value}")).map_err(serde::de::Error::custom)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn parses_german_and_english_numbers() {
        assert_eq!(
            Decimal::parse_with("1.234,5", DecimalMark::Comma).unwrap(),
            d("1234.5")
        );
        assert_eq!(
            Decimal::parse_with("1,234.5", DecimalMark::Point).unwrap(),
            d("1234.5")
        );
        assert_eq!(
            Decimal::parse_with("44,3", DecimalMark::Auto).unwrap(),
            d("44.3")
        );
        assert_eq!(
            Decimal::parse_with("2294", DecimalMark::Auto).unwrap(),
            d("2294")
        );
        assert_eq!(
            Decimal::parse_with("-0,25", DecimalMark::Auto).unwrap(),
            d("-0.25")
        );
        assert!(Decimal::parse_with("1,5", DecimalMark::Point).is_err());
        assert!(Decimal::parse_with("12a", DecimalMark::Auto).is_err());
        assert!(Decimal::parse_with("1e5", DecimalMark::Auto).is_err());
        assert!(Decimal::parse_with(".", DecimalMark::Auto).is_err());
        assert!(Decimal::parse_with("", DecimalMark::Auto).is_err());
        assert!(Decimal::parse_with(&"9".repeat(29), DecimalMark::Auto).is_err());
        // The largest accepted values can still be compared and subtracted.
        let big = Decimal::parse_with(&"9".repeat(28), DecimalMark::Auto).unwrap();
        let small = Decimal::parse_with("0.000000001", DecimalMark::Auto).unwrap();
        assert!(big > small);
        assert!(big.minus(small) < big);
    }

    #[test]
    fn keeps_published_precision_in_text() {
        assert_eq!(d("12.50").to_string(), "12.50");
        assert_eq!(d("-0.05").to_string(), "-0.05");
        assert_eq!(d("0").to_string(), "0");
        assert_eq!(d("12.50"), d("12.5"));
        assert_eq!(d("12.50").normalized().to_string(), "12.5");
    }

    #[test]
    fn formats_for_display() {
        // Four-digit numbers stay ungrouped (DIN 5008), longer ones are grouped.
        assert_eq!(d("1234.56").format(1, ','), "1234,6");
        assert_eq!(d("61300").format(0, ','), "61.300");
        assert_eq!(d("12345.5").format(0, ','), "12.346");
        assert_eq!(d("44.25").format(1, '.'), "44.3");
        assert_eq!(d("-44.25").format(1, ','), "-44,3");
        assert_eq!(d("-0.01").format(1, ','), "0,0");
        assert_eq!(d("7").format(1, ','), "7,0");
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(d("0.3").minus(d("0.1")), d("0.2"));
        assert_eq!(d("44.3").minus(d("18")).to_string(), "26.3");
        assert_eq!(d("0.1").to_f64(), 0.1);
        assert_eq!(Decimal::from_f64(26.2999999, 1), Some(d("26.3")));
        assert_eq!(Decimal::from_f64(f64::NAN, 1), None);
    }
}
