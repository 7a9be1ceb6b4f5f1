//! The status of a published figure (SDMX OBS_STATUS / CONF_STATUS) and the signs of German tables.
//!
//! A figure either has a value, or it has none and a status saying why. The rule that matters
//! most: a suppressed figure has **no** value — it is never stored, shown or exported as 0.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::decimal::Decimal;

/// SDMX observation status (code list CL_OBS_STATUS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ObsStatus {
    /// Normal value.
    #[serde(rename = "A")]
    Normal,
    /// Break in series: not comparable with earlier years.
    #[serde(rename = "B")]
    Break,
    /// Estimated value.
    #[serde(rename = "E")]
    Estimated,
    /// Forecast value.
    #[serde(rename = "F")]
    Forecast,
    /// Provisional value.
    #[serde(rename = "P")]
    Provisional,
    /// Low reliability (German `()` with a value, `/` without).
    #[serde(rename = "U")]
    LowReliability,
    /// Missing because suppressed for confidentiality (German `.`).
    #[serde(rename = "Q")]
    Suppressed,
    /// Missing: not collected or not applicable (German `x`).
    #[serde(rename = "M")]
    NotApplicable,
    /// Missing: exists but not (yet) available (German `...`).
    #[serde(rename = "L")]
    NotYetAvailable,
}

impl ObsStatus {
    pub const ALL: [ObsStatus; 9] = [
        ObsStatus::Normal,
        ObsStatus::Break,
        ObsStatus::Estimated,
        ObsStatus::Forecast,
        ObsStatus::Provisional,
        ObsStatus::LowReliability,
        ObsStatus::Suppressed,
        ObsStatus::NotApplicable,
        ObsStatus::NotYetAvailable,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ObsStatus::Normal => "A",
            ObsStatus::Break => "B",
            ObsStatus::Estimated => "E",
            ObsStatus::Forecast => "F",
            ObsStatus::Provisional => "P",
            ObsStatus::LowReliability => "U",
            ObsStatus::Suppressed => "Q",
            ObsStatus::NotApplicable => "M",
            ObsStatus::NotYetAvailable => "L",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.code() == code)
    }

    /// Whether a figure with this status may carry a value. Statuses that say "missing" may not.
    pub fn allows_value(self) -> bool {
        !matches!(
            self,
            ObsStatus::Suppressed | ObsStatus::NotApplicable | ObsStatus::NotYetAvailable
        )
    }

    /// The translation key of the status' name (`status-A`, …).
    pub fn message_id(self) -> String {
        format!("status-{}", self.code())
    }
}

impl fmt::Display for ObsStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// SDMX confidentiality status (code list CL_CONF_STATUS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ConfStatus {
    /// Free for publication.
    #[serde(rename = "F")]
    Free,
    /// Confidential (German `.` without saying why).
    #[serde(rename = "C")]
    Confidential,
    /// Primary suppression (small counts).
    #[serde(rename = "A")]
    Primary,
    /// Secondary suppression set by the sender.
    #[serde(rename = "D")]
    Secondary,
    /// Not for publication.
    #[serde(rename = "N")]
    NotForPublication,
    /// Suppressed by the receiver.
    #[serde(rename = "S")]
    SetByReceiver,
}

impl ConfStatus {
    pub const ALL: [ConfStatus; 6] = [
        ConfStatus::Free,
        ConfStatus::Confidential,
        ConfStatus::Primary,
        ConfStatus::Secondary,
        ConfStatus::NotForPublication,
        ConfStatus::SetByReceiver,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ConfStatus::Free => "F",
            ConfStatus::Confidential => "C",
            ConfStatus::Primary => "A",
            ConfStatus::Secondary => "D",
            ConfStatus::NotForPublication => "N",
            ConfStatus::SetByReceiver => "S",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|status| status.code() == code)
    }
}

/// What a table cell said: a value (maybe flagged), or a sign instead of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub value: Option<Decimal>,
    pub status: ObsStatus,
    pub conf_status: Option<ConfStatus>,
    /// The sign as written in the source (`.`, `-`, `()`, `|` …), kept for provenance.
    pub sign: Option<String>,
}

/// Reads one table cell: a number, or one of the German table signs.
///
/// | sign | meaning | value | status |
/// |---|---|---|---|
/// | `-` | nothing (exactly zero) | 0 | A |
/// | `0` | less than half the smallest unit | 0 | A |
/// | `.` | secret / unknown | none | Q, CONF_STATUS C |
/// | `...` / `…` | not yet available | none | L |
/// | `/` | not reliable enough | none | U |
/// | `x` | not applicable / locked | none | M |
/// | `(12,3)` | limited reliability | 12.3 | U |
/// | `\| 12,3` or `12,3 \|` | break in series | 12.3 | B |
/// | `12,3p` / `p 12,3` | provisional | 12.3 | P |
///
/// Anything else is an error naming what was expected.
pub fn read_cell(text: &str, mark: super::decimal::DecimalMark) -> Result<Reading, String> {
    let trimmed = text.trim();
    let plain = |status: ObsStatus, sign: &str| Reading {
        value: None,
        status,
        conf_status: (status == ObsStatus::Suppressed).then_some(ConfStatus::Confidential),
        sign: Some(sign.to_owned()),
    };
    match trimmed {
        "-" | "–" => {
            return Ok(Reading {
                value: Some(Decimal::ZERO),
                status: ObsStatus::Normal,
                conf_status: None,
                sign: Some("-".into()),
            });
        }
        "." => return Ok(plain(ObsStatus::Suppressed, ".")),
        "..." | "…" => return Ok(plain(ObsStatus::NotYetAvailable, "...")),
        "/" => return Ok(plain(ObsStatus::LowReliability, "/")),
        "x" | "X" => return Ok(plain(ObsStatus::NotApplicable, "x")),
        "" => {
            return Err("a number or a table sign (- . ... / x) — the cell is empty".to_owned());
        }
        _ => {}
    }
    let number = |inner: &str| {
        Decimal::parse_with(inner, mark)
            .map_err(|_| format!("a number or a table sign (- . ... / x ( ) |), not `{trimmed}`"))
    };
    if let Some(inner) = trimmed
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
    {
        return Ok(Reading {
            value: Some(number(inner)?),
            status: ObsStatus::LowReliability,
            conf_status: None,
            sign: Some("()".into()),
        });
    }
    if let Some(inner) = trimmed
        .strip_prefix('|')
        .or_else(|| trimmed.strip_suffix('|'))
    {
        return Ok(Reading {
            value: Some(number(inner)?),
            status: ObsStatus::Break,
            conf_status: None,
            sign: Some("|".into()),
        });
    }
    if let Some(inner) = trimmed
        .strip_suffix('p')
        .or_else(|| trimmed.strip_prefix("p "))
    {
        return Ok(Reading {
            value: Some(number(inner)?),
            status: ObsStatus::Provisional,
            conf_status: None,
            sign: Some("p".into()),
        });
    }
    Ok(Reading {
        value: Some(number(trimmed)?),
        status: ObsStatus::Normal,
        conf_status: None,
        sign: None,
    })
}

/// Applies a GENESIS quality flag (`value_q`, `__q`) to a reading: `p` provisional, `s`/`g`
/// estimated, `r` revised (kept as normal with the flag as sign), `e` final. Unknown flags are an
/// error.
pub fn apply_quality_flag(reading: &mut Reading, flag: &str) -> Result<(), String> {
    let flag = flag.trim();
    match flag {
        "" | "e" => Ok(()),
        "p" if reading.value.is_some() => {
            reading.status = ObsStatus::Provisional;
            Ok(())
        }
        "s" | "g" if reading.value.is_some() => {
            reading.status = ObsStatus::Estimated;
            Ok(())
        }
        "r" => Ok(()),
        "p" | "s" | "g" => Ok(()),
        other => Err(format!(
            "a quality flag (e, p, r, s or empty), not `{other}`"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::monitoring::decimal::DecimalMark;

    fn read(text: &str) -> Reading {
        read_cell(text, DecimalMark::Comma).unwrap()
    }

    #[test]
    fn every_sign_maps_to_a_status_and_keeps_the_sign() {
        let dash = read("-");
        assert_eq!(dash.value, Some(Decimal::ZERO));
        assert_eq!(dash.status, ObsStatus::Normal);

        let secret = read(".");
        assert_eq!(secret.value, None, "a secret value is never 0");
        assert_eq!(secret.status, ObsStatus::Suppressed);
        assert_eq!(secret.conf_status, Some(ConfStatus::Confidential));
        assert_eq!(secret.sign.as_deref(), Some("."));

        assert_eq!(read("...").status, ObsStatus::NotYetAvailable);
        assert_eq!(read("...").value, None);
        assert_eq!(read("/").status, ObsStatus::LowReliability);
        assert_eq!(read("/").value, None);
        assert_eq!(read("x").status, ObsStatus::NotApplicable);

        let limited = read("(12,3)");
        assert_eq!(limited.value, Some("12.3".parse().unwrap()));
        assert_eq!(limited.status, ObsStatus::LowReliability);
        assert_eq!(limited.sign.as_deref(), Some("()"));

        let broken = read("| 44,0");
        assert_eq!(broken.status, ObsStatus::Break);
        assert_eq!(broken.value, Some("44".parse().unwrap()));

        let plain = read("1.234,5");
        assert_eq!(plain.value, Some("1234.5".parse().unwrap()));
        assert_eq!(plain.sign, None);
    }

    #[test]
    fn rejects_other_text_with_what_was_expected() {
        let error = read_cell("abc", DecimalMark::Comma).unwrap_err();
        assert!(error.contains("a number or a table sign"), "{error}");
        assert!(read_cell("", DecimalMark::Comma).is_err());
    }

    #[test]
    fn missing_statuses_allow_no_value() {
        for status in ObsStatus::ALL {
            assert_eq!(ObsStatus::parse(status.code()), Some(status));
        }
        assert!(!ObsStatus::Suppressed.allows_value());
        assert!(ObsStatus::Provisional.allows_value());
    }

    #[test]
    fn quality_flags() {
        let mut reading = read("12");
        apply_quality_flag(&mut reading, "p").unwrap();
        assert_eq!(reading.status, ObsStatus::Provisional);
        assert!(apply_quality_flag(&mut reading, "zz").is_err());
    }
}
