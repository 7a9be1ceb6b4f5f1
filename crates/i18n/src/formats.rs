//! Numbers and dates the way each language writes them, from CLDR (ICU4X with its compiled
//! data): "30. Juni 2016", "June 30, 2016", "30 Haziran 2016", "30 июня 2016 г.", "1.234,5",
//! "1 234,5".
//!
//! Arabic pages write Latin digits (`ar-SY-u-nu-latn`), not CLDR's default Arabic-Indic ones: the
//! figures are German statistics that readers compare with the German pages, the PDF report and
//! the city's tables, and the charts label their axes with the same digits (docs/decisions.md,
//! "Issue 14: languages in the UI").

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;

/// The CLDR formatters of one language.
pub struct Formats {
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    decimal_mark: char,
}

impl Formats {
    /// The formatters for a language code of data/i18n; `None` when CLDR does not know it.
    pub fn new(code: &str) -> Option<Self> {
        let tag = match code {
            // Syrian Arabic's CLDR data has the Levantine month names (حزيران) that most Arabic
            // speakers in Bielefeld (Syria, Iraq) use, as ar.ftl does.
            "ar" => "ar-SY-u-nu-latn".to_owned(),
            other => other.to_owned(),
        };
        let locale: IcuLocale = tag.parse().ok()?;
        let decimal = DecimalFormatter::try_new((&locale).into(), Default::default()).ok()?;
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long()).ok()?;
        let one_and_a_half: Decimal = "1.5".parse().ok()?;
        let decimal_mark = decimal
            .format(&one_and_a_half)
            .to_string()
            .chars()
            .find(|c| !c.is_numeric() && !is_bidi_mark(*c))?;
        Some(Formats {
            decimal,
            date,
            decimal_mark,
        })
    }

    pub fn decimal_mark(&self) -> char {
        self.decimal_mark
    }

    /// `value` with `decimals` digits after the mark and the language's grouping.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        match text.parse::<Decimal>() {
            Ok(decimal) => self.decimal.format(&decimal).to_string(),
            Err(_) => text,
        }
    }

    /// The date written out ("30. Juni 2016"); `None` for a day that does not exist.
    pub fn long_date(&self, year: i32, month: u8, day: u8) -> Option<String> {
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        Some(self.date.format(&date).to_string())
    }
}

fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}
