//! Translations: one Fluent file per language in data/i18n, embedded at build time. Adding a
//! language is adding a file; German is the default and the fallback for missing messages.
//!
//! A crate of its own so that the web pages and the PDF report (`teilhabe-report`) say the same
//! thing in the same words, and format numbers with the same decimal mark.

pub mod check;
mod formats;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use thiserror::Error;
use unic_langid::LanguageIdentifier;

pub const DEFAULT_LANGUAGE: &str = "de";

/// The language of a variant code: `de` for Leichte Sprache `de-x-ls` (a private-use subtag, see
/// docs/decisions.md, "Issue 14: Leichte Sprache as a language"); `None` for a plain language.
/// A variant's Fluent file holds only the messages it words differently; the rest come from its
/// base language, so it is never reported as incomplete.
pub fn variant_base(code: &str) -> Option<&str> {
    code.split_once("-x-").map(|(base, _)| base)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

#[derive(Debug, Error)]
pub enum I18nError {
    #[error("translation file {language}.ftl: {message}")]
    Invalid { language: String, message: String },
    #[error("no translation file for the default language `{DEFAULT_LANGUAGE}`")]
    NoDefault,
}

pub struct Locale {
    pub code: String,
    /// What the HTML `lang` attribute says: the code, or for a variant (`de-x-ls`) its base
    /// language, since browsers and screen readers do not know private-use tags.
    pub html_lang: String,
    pub name: String,
    pub direction: Direction,
    bundle: FluentBundle<FluentResource>,
    message_ids: Vec<String>,
    /// CLDR's numbers and dates; `None` for a language CLDR does not know (then the Fluent
    /// messages `number-decimal-mark` and `date-long` are used).
    formats: Option<formats::Formats>,
}

/// All languages the site speaks, German first (then Leichte Sprache), the rest alphabetically
/// by code.
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// The languages embedded in the binary.
    pub fn embedded() -> Result<Self, I18nError> {
        Self::from_sources(embedded::LOCALES)
    }

    /// Builds the locales from (language code, Fluent source) pairs.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Self, I18nError> {
        let mut locales = Vec::new();
        for (code, source) in sources {
            locales.push(Locale::parse(code, source)?);
        }
        // A variant (Leichte Sprache) stands right after its base language.
        locales.sort_by_key(|locale| {
            let base = variant_base(&locale.code)
                .unwrap_or(&locale.code)
                .to_owned();
            (base != DEFAULT_LANGUAGE, base, locale.code.clone())
        });
        if locales
            .first()
            .is_none_or(|locale| locale.code != DEFAULT_LANGUAGE)
        {
            return Err(I18nError::NoDefault);
        }
        Ok(Locales { locales })
    }

    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|locale| locale.code == code)
    }

    pub fn default_locale(&self) -> &Locale {
        // `from_sources` guarantees the default language is first.
        &self.locales[0]
    }

    /// A translator for `code`, falling back to German for unknown languages and missing messages.
    pub fn translator(&self, code: &str) -> Translator<'_> {
        Translator {
            locale: self.get(code).unwrap_or_else(|| self.default_locale()),
            fallback: self.default_locale(),
        }
    }

    /// Message ids that the default language has and `code` lacks.
    pub fn missing_messages(&self, code: &str) -> Vec<String> {
        let Some(locale) = self.get(code) else {
            return Vec::new();
        };
        if locale.is_variant() {
            return Vec::new();
        }
        self.default_locale()
            .message_ids
            .iter()
            .filter(|id| !locale.bundle.has_message(id))
            .cloned()
            .collect()
    }
}

impl Locale {
    fn parse(code: &str, source: &str) -> Result<Self, I18nError> {
        let invalid = |message: String| I18nError::Invalid {
            language: code.to_owned(),
            message,
        };
        let base = variant_base(code).unwrap_or(code);
        let language: LanguageIdentifier = base
            .parse()
            .map_err(|_| invalid(format!("`{code}` is not a language code")))?;
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            invalid(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        let message_ids = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
                _ => None,
            })
            .collect();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        bundle.add_resource(resource).map_err(|errors| {
            invalid(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        let plain = |id: &str| -> Result<String, I18nError> {
            let pattern = bundle
                .get_message(id)
                .and_then(|message| message.value())
                .ok_or_else(|| invalid(format!("message `{id}` is missing")))?;
            let mut errors = Vec::new();
            Ok(bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned())
        };
        let name = plain("language-name")?;
        let direction = match plain("language-direction")?.as_str() {
            "ltr" => Direction::LeftToRight,
            "rtl" => Direction::RightToLeft,
            other => {
                return Err(invalid(format!(
                    "language-direction is `{other}`; expected ltr or rtl"
                )));
            }
        };
        // Unicode isolation marks keep numbers and Latin names in place inside right-to-left
        // sentences; in left-to-right languages they would only clutter titles and attributes.
        bundle.set_use_isolating(direction == Direction::RightToLeft);
        Ok(Locale {
            code: code.to_owned(),
            html_lang: base.to_owned(),
            name,
            direction,
            bundle,
            message_ids,
            formats: formats::Formats::new(base),
        })
    }

    /// A variant of another language (Leichte Sprache): its missing messages are taken from
    /// German on purpose.
    pub fn is_variant(&self) -> bool {
        variant_base(&self.code).is_some()
    }
}

/// Formats messages for one request's language.
#[derive(Clone, Copy)]
pub struct Translator<'a> {
    locale: &'a Locale,
    fallback: &'a Locale,
}

impl<'a> Translator<'a> {
    pub fn locale(&self) -> &'a Locale {
        self.locale
    }

    pub fn code(&self) -> &'a str {
        &self.locale.code
    }

    /// The decimal mark of the language from CLDR: "," in German, "." in English.
    pub fn decimal_mark(&self) -> char {
        match &self.locale.formats {
            Some(formats) => formats.decimal_mark(),
            None => self
                .msg("number-decimal-mark")
                .chars()
                .next()
                .unwrap_or(','),
        }
    }

    /// A number with `decimals` digits after the mark, grouped as the language groups
    /// thousands (CLDR): "12.345,6" in German, "12,345.6" in English, "12 345,6" in Russian.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        match &self.locale.formats {
            Some(formats) => formats.number(value, decimals),
            None => format!("{value:.decimals$}").replace('.', &self.decimal_mark().to_string()),
        }
    }

    /// The message `id` without arguments.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with one argument, e.g. a count that selects the plural form.
    pub fn msg_with(&self, id: &str, name: &str, value: impl Into<Argument>) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_owned(), value.into().0);
        self.format(id, Some(&args))
    }

    pub fn msg_with2(
        &self,
        id: &str,
        (name1, value1): (&str, impl Into<Argument>),
        (name2, value2): (&str, impl Into<Argument>),
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name1.to_owned(), value1.into().0);
        args.set(name2.to_owned(), value2.into().0);
        self.format(id, Some(&args))
    }

    pub fn msg_with3(
        &self,
        id: &str,
        (name1, value1): (&str, impl Into<Argument>),
        (name2, value2): (&str, impl Into<Argument>),
        (name3, value3): (&str, impl Into<Argument>),
    ) -> String {
        let mut args = FluentArgs::new();
        args.set(name1.to_owned(), value1.into().0);
        args.set(name2.to_owned(), value2.into().0);
        args.set(name3.to_owned(), value3.into().0);
        self.format(id, Some(&args))
    }

    /// An ISO date (YYYY-MM-DD, maybe followed by a time) written out as CLDR writes it in the
    /// language, e.g. "30. Juni 2016"; other text is returned as is.
    pub fn long_date(&self, iso: &str) -> String {
        let mut parts = iso.get(..10).unwrap_or(iso).split('-');
        let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next())
        else {
            return iso.to_owned();
        };
        let (Ok(month), Ok(day)) = (month.parse::<u8>(), day.parse::<u8>()) else {
            return iso.to_owned();
        };
        if let (Some(formats), Ok(number)) = (&self.locale.formats, year.parse::<i32>())
            && let Some(text) = formats.long_date(number, month, day)
        {
            return text;
        }
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(day.to_string()));
        args.set(
            "month",
            FluentValue::from(self.msg(&format!("month-{month}"))),
        );
        args.set("year", FluentValue::from(year.to_owned()));
        self.format("date-long", Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for locale in [self.locale, self.fallback] {
            if let Some(pattern) = locale
                .bundle
                .get_message(id)
                .and_then(|message| message.value())
            {
                let mut errors = Vec::new();
                let text = locale.bundle.format_pattern(pattern, args, &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(language = %locale.code, id, ?errors, "translation could not be formatted");
            }
        }
        tracing::warn!(language = %self.locale.code, id, "missing translation");
        id.to_owned()
    }
}

/// A value for a message argument: a number (for plurals) or a text.
pub struct Argument(FluentValue<'static>);

impl From<usize> for Argument {
    fn from(value: usize) -> Self {
        Argument(FluentValue::from(value))
    }
}

impl From<i64> for Argument {
    fn from(value: i64) -> Self {
        Argument(FluentValue::from(value))
    }
}

impl From<&usize> for Argument {
    fn from(value: &usize) -> Self {
        Argument(FluentValue::from(*value))
    }
}

impl From<&i64> for Argument {
    fn from(value: &i64) -> Self {
        Argument(FluentValue::from(*value))
    }
}

impl From<&str> for Argument {
    fn from(value: &str) -> Self {
        Argument(FluentValue::from(value.to_owned()))
    }
}

impl From<String> for Argument {
    fn from(value: String) -> Self {
        Argument(FluentValue::from(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DE: &str = "language-name = Deutsch\nlanguage-direction = ltr\nhello = Hallo { $name }\nonly-de = nur deutsch\ncount = { $n ->\n [one] ein Feld\n *[other] { $n } Felder\n}\n";
    const AR: &str = "language-name = العربية\nlanguage-direction = rtl\nhello = مرحبا { $name }\n";

    #[test]
    fn embedded_languages_are_complete() {
        let locales = Locales::embedded().expect("embedded translations parse");
        assert_eq!(locales.default_locale().code, "de");
        assert!(locales.get("en").is_some());
        for locale in locales.all() {
            assert_eq!(
                locales.missing_messages(&locale.code),
                Vec::<String>::new(),
                "{}",
                locale.code
            );
        }
    }

    #[test]
    fn the_login_wait_is_said_in_the_right_number() {
        let locales = Locales::embedded().expect("embedded translations parse");
        let german = locales.translator("de");
        let one = german.msg_with("login-throttled", "minutes", 1_i64);
        assert!(one.ends_with("eine Minute."), "{one}");
        let many = german.msg_with("login-throttled", "minutes", 15_i64);
        assert!(
            many.contains("15\u{2069} Minuten.") || many.contains("15 Minuten."),
            "{many}"
        );
        let english = locales
            .translator("en")
            .msg_with("login-throttled", "minutes", 1_i64);
        assert!(english.ends_with("one minute."), "{english}");
    }

    #[test]
    fn plurals_fallback_and_direction() {
        let locales = Locales::from_sources(&[("ar", AR), ("de", DE)]).expect("valid");
        assert_eq!(locales.all()[0].code, "de", "German comes first");
        let german = locales.translator("de");
        assert_eq!(german.msg_with("count", "n", 1_usize), "ein Feld");
        assert_eq!(german.msg_with("count", "n", 11_usize), "11 Felder");

        let arabic = locales.translator("ar");
        assert_eq!(arabic.locale().direction, Direction::RightToLeft);
        // Isolation marks around the Latin name in a right-to-left sentence.
        assert_eq!(
            arabic.msg_with("hello", "name", "Bielefeld"),
            "مرحبا \u{2068}Bielefeld\u{2069}"
        );
        assert_eq!(
            arabic.msg("only-de"),
            "nur deutsch",
            "missing messages fall back to German"
        );
        assert_eq!(locales.translator("xx").code(), "de");
    }

    #[test]
    fn each_language_names_itself_and_arabic_reads_right_to_left() {
        let locales = Locales::embedded().expect("embedded translations parse");
        for (code, name, direction) in [
            ("de", "Deutsch", Direction::LeftToRight),
            ("en", "English", Direction::LeftToRight),
            ("ar", "العربية", Direction::RightToLeft),
            ("pl", "Polski", Direction::LeftToRight),
            ("ru", "Русский", Direction::LeftToRight),
            ("tr", "Türkçe", Direction::LeftToRight),
            ("uk", "Українська", Direction::LeftToRight),
        ] {
            let locale = locales
                .get(code)
                .unwrap_or_else(|| panic!("{code}.ftl is embedded"));
            assert_eq!(locale.name, name, "{code}");
            assert_eq!(locale.direction, direction, "{code}");
        }
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let locales = Locales::embedded().expect("embedded translations parse");
        let say = |code: &str, count: usize| {
            locales
                .translator(code)
                .msg_with("field-recommendation-count", "count", count)
        };
        // Russian: 21 is "one", 3 is "few", 11 is "many".
        assert_eq!(say("ru", 21), "21 рекомендация");
        assert!(say("ru", 3).ends_with("рекомендации"), "{}", say("ru", 3));
        assert!(say("ru", 11).ends_with("рекомендаций"), "{}", say("ru", 11));
        assert!(say("uk", 5).ends_with("рекомендацій"), "{}", say("uk", 5));
        // Polish: 22 is "few", 12 is "many".
        assert!(say("pl", 22).ends_with("rekomendacje"), "{}", say("pl", 22));
        assert!(say("pl", 12).ends_with("rekomendacji"), "{}", say("pl", 12));
        // Arabic has a dual and a form for 3 to 10.
        assert_eq!(say("ar", 2), "توصيتان");
        assert!(say("ar", 4).ends_with("توصيات"), "{}", say("ar", 4));
        assert!(
            say("tr", 7).ends_with("7 eylem önerisi"),
            "{}",
            say("tr", 7)
        );
    }

    /// CLDR cardinal plural categories of every shipped language; a new language adds its row.
    const PLURAL_CATEGORIES: &[(&str, &[&str])] = &[
        ("ar", &["zero", "one", "two", "few", "many", "other"]),
        ("de", &["one", "other"]),
        ("de-x-ls", &["one", "other"]),
        ("en", &["one", "other"]),
        ("pl", &["one", "few", "many", "other"]),
        ("ru", &["one", "few", "many", "other"]),
        ("tr", &["one", "other"]),
        ("uk", &["one", "few", "many", "other"]),
    ];

    #[test]
    fn translations_keep_the_placeables_and_use_their_own_plural_forms() {
        let shape = |code: &str| -> Vec<(String, MessageShape)> {
            let source = embedded::LOCALES
                .iter()
                .find(|(language, _)| *language == code)
                .map(|(_, source)| *source)
                .unwrap_or_else(|| panic!("{code}.ftl is embedded"));
            message_shapes(source)
        };
        let german: std::collections::BTreeMap<_, _> = shape("de").into_iter().collect();
        for (code, _) in embedded::LOCALES {
            let categories = PLURAL_CATEGORIES
                .iter()
                .find(|(language, _)| language == code)
                .map(|(_, categories)| *categories)
                .unwrap_or_else(|| {
                    panic!("add {code}'s CLDR plural categories to PLURAL_CATEGORIES")
                });
            for (id, message) in shape(code) {
                if let Some(expected) = german.get(&id) {
                    assert_eq!(
                        message.names, expected.names,
                        "{code}.ftl `{id}`: variables, terms and attributes differ from de.ftl"
                    );
                }
                for key in &message.variant_keys {
                    assert!(
                        categories.contains(&key.as_str()),
                        "{code}.ftl `{id}`: [{key}] is no plural category of {code}"
                    );
                }
            }
        }
    }

    #[derive(Default)]
    struct MessageShape {
        /// `$variable`, `-term` and `.attribute` names anywhere in the message.
        names: std::collections::BTreeSet<String>,
        /// Named (not numeric) variant keys of every select expression.
        variant_keys: Vec<String>,
    }

    fn message_shapes(source: &str) -> Vec<(String, MessageShape)> {
        use fluent_syntax::ast::Entry;
        let resource =
            fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{errors:?}"));
        resource
            .body
            .into_iter()
            .filter_map(|entry| match entry {
                Entry::Message(message) => {
                    let mut shape = MessageShape::default();
                    if let Some(value) = &message.value {
                        shape.pattern(value);
                    }
                    for attribute in &message.attributes {
                        shape.names.insert(format!(".{}", attribute.id.name));
                        shape.pattern(&attribute.value);
                    }
                    Some((message.id.name.to_owned(), shape))
                }
                _ => None,
            })
            .collect()
    }

    impl MessageShape {
        fn pattern(&mut self, pattern: &fluent_syntax::ast::Pattern<&str>) {
            for element in &pattern.elements {
                if let fluent_syntax::ast::PatternElement::Placeable { expression } = element {
                    self.expression(expression);
                }
            }
        }

        fn expression(&mut self, expression: &fluent_syntax::ast::Expression<&str>) {
            use fluent_syntax::ast::{Expression, VariantKey};
            match expression {
                Expression::Select { selector, variants } => {
                    self.inline(selector);
                    for variant in variants {
                        if let VariantKey::Identifier { name } = &variant.key {
                            self.variant_keys.push((*name).to_owned());
                        }
                        self.pattern(&variant.value);
                    }
                }
                Expression::Inline(inline) => self.inline(inline),
            }
        }

        fn inline(&mut self, inline: &fluent_syntax::ast::InlineExpression<&str>) {
            use fluent_syntax::ast::InlineExpression;
            match inline {
                InlineExpression::VariableReference { id } => {
                    self.names.insert(format!("${}", id.name));
                }
                InlineExpression::TermReference { id, .. } => {
                    self.names.insert(format!("-{}", id.name));
                }
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        self.inline(argument);
                    }
                    for argument in &arguments.named {
                        self.inline(&argument.value);
                    }
                }
                InlineExpression::Placeable { expression } => self.expression(expression),
                _ => {}
            }
        }
    }

    #[test]
    fn dates_and_numbers_follow_each_languages_cldr_formats() {
        let locales = Locales::embedded().expect("embedded translations parse");
        for (code, date, number) in [
            ("de", "30. Juni 2016", "12.345,6"),
            ("en", "June 30, 2016", "12,345.6"),
            ("tr", "30 Haziran 2016", "12.345,6"),
            ("pl", "30 czerwca 2016", "12\u{a0}345,6"),
            ("ru", "30 июня 2016\u{202f}г.", "12\u{a0}345,6"),
            ("uk", "30 червня 2016\u{202f}р.", "12\u{a0}345,6"),
            ("ar", "30 حزيران 2016", "12,345.6"),
        ] {
            let t = locales.translator(code);
            assert_eq!(t.long_date("2016-06-30"), date, "{code}");
            assert_eq!(t.number(12345.6, 1), number, "{code}");
        }
        let german = locales.translator("de");
        assert_eq!(german.decimal_mark(), ',');
        assert_eq!(locales.translator("en").decimal_mark(), '.');
        assert_eq!(locales.translator("uk").decimal_mark(), ',');
        assert_eq!(
            german.long_date("2024-05-01 12:30:00"),
            "1. Mai 2024",
            "a timestamp's date"
        );
        assert_eq!(
            german.long_date("2024-02-30"),
            "30. Februar 2024",
            "no such day: the message"
        );
        assert_eq!(german.long_date("unbekannt"), "unbekannt");
    }

    #[test]
    fn leichte_sprache_is_german_underneath_and_words_only_what_it_changes() {
        let locales = Locales::embedded().expect("embedded translations parse");
        let easy = locales.get("de-x-ls").expect("de-x-ls.ftl is embedded");
        assert_eq!(easy.name, "Leichte Sprache");
        assert_eq!(
            easy.html_lang, "de",
            "browsers do not know private-use tags"
        );
        assert!(easy.is_variant());
        assert_eq!(easy.direction, Direction::LeftToRight);
        assert!(!locales.get("de").expect("de").is_variant());
        let t = locales.translator("de-x-ls");
        assert_eq!(t.code(), "de-x-ls");
        // Not in de-x-ls.ftl: German.
        assert_eq!(
            t.msg("search-button"),
            locales.translator("de").msg("search-button")
        );
        assert_eq!(t.number(12345.6, 1), "12.345,6");
        assert_eq!(t.long_date("2016-06-30"), "30. Juni 2016");
        assert!(locales.missing_messages("de-x-ls").is_empty());
        assert_eq!(variant_base("de-x-ls"), Some("de"));
        assert_eq!(variant_base("de"), None);
    }

    #[test]
    fn a_broken_file_is_named() {
        let error = Locales::from_sources(&[("de", "language-name = \n")])
            .err()
            .expect("invalid");
        assert!(
            error.to_string().starts_with("translation file de.ftl"),
            "{error}"
        );
    }
}
