//! The search's filters as a URL carries them. The pages use German names (`/angebote?kosten=free
//! &kinderbetreuung=ja&bezirk=01`, shareable links); the API the English ones
//! (`/api/v1/offers?cost=free&childcare=true&district=01`). A kind may be given several times:
//! the values are alternatives (OR); kinds combine (AND). Pages also take comma-separated lists
//! and skip empty values (what a form with an unselected field sends); the API takes exactly
//! what its OpenAPI contract documents — one exact value per occurrence — so a client learns
//! of its mistake instead of silently getting an unfiltered list.

use teilhabe_domain::offers::coverage::Base;
use teilhabe_domain::offers::filter::{DayTime, Filter};
use teilhabe_domain::offers::schedule::parse_weekday;
use teilhabe_domain::offers::{Accessibility, Category, CostKind, Gender};

/// (page name, API name) of each parameter.
pub const NAMES: [(&str, &str); 11] = [
    ("q", "q"),
    ("kategorie", "category"),
    ("kosten", "cost"),
    ("kinderbetreuung", "childcare"),
    ("ohne-anmeldung", "low_threshold"),
    ("fuer", "gender"),
    ("sprache", "language"),
    ("bezirk", "district"),
    ("wochentag", "weekday"),
    ("tageszeit", "day_time"),
    ("barrierefrei", "accessibility"),
];

fn kind_of(name: &str, api: bool) -> Option<&'static str> {
    NAMES
        .iter()
        .find(|(page, english)| if api { *english == name } else { *page == name })
        .map(|(_, english)| *english)
}

fn yes(value: &str, api: bool) -> Option<bool> {
    match value {
        "true" | "1" => Some(true),
        "false" | "0" => Some(false),
        "ja" | "on" if !api => Some(true),
        "nein" | "" if !api => Some(false),
        _ => None,
    }
}

/// The single values one occurrence of a parameter carries.
fn values_of(value: &str, api: bool) -> Vec<&str> {
    if api {
        vec![value]
    } else {
        value
            .split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// Reads a query string. Unknown parameters are ignored on pages and refused by the API; an
/// unknown value is refused by the API and ignored on pages (a stale shared link still opens).
pub fn parse(query: &str, api: bool) -> Result<Filter, String> {
    let mut filter = Filter::default();
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let Some(kind) = kind_of(&name, api) else {
            if api {
                return Err(format!("unknown parameter `{name}`"));
            }
            continue;
        };
        if kind == "q" {
            if !filter.text.is_empty() {
                filter.text.push(' ');
            }
            filter.text.push_str(value.trim());
            continue;
        }
        for value in values_of(&value, api) {
            let known = match kind {
                "category" => Category::parse(value).map(|v| filter.categories.insert(v)),
                "cost" => CostKind::parse(value).map(|v| filter.cost.insert(v)),
                "childcare" => yes(value, api).inspect(|v| filter.childcare |= *v),
                "low_threshold" => yes(value, api).inspect(|v| filter.low_threshold |= *v),
                "gender" => Gender::parse(value).map(|v| filter.gender.insert(v)),
                "language" => ((1..=3).contains(&value.len())
                    && value.bytes().all(|b| b.is_ascii_lowercase()))
                .then(|| filter.languages.insert(value.to_owned())),
                "district" => ((1..=8).contains(&value.len())
                    && value.bytes().all(|b| b.is_ascii_alphanumeric()))
                .then(|| filter.districts.insert(value.to_owned())),
                "weekday" => parse_weekday(value)
                    .filter(|_| !api || value.bytes().all(|b| b.is_ascii_uppercase()))
                    .map(|day| filter.weekdays.insert(day.to_monday_zero_offset())),
                "day_time" => DayTime::parse(value).map(|v| filter.day_times.insert(v)),
                "accessibility" => {
                    Accessibility::parse(value).map(|v| filter.accessibility.insert(v))
                }
                _ => None,
            };
            if known.is_none() && api {
                return Err(format!("`{value}` is not a value of `{name}`"));
            }
        }
    }
    Ok(filter)
}

/// The coverage page's base (`basis=residents|migration-history|women-migration-history`); residents when absent or
/// unknown (an old link still opens).
pub fn base(query: &str) -> Base {
    form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "basis")
        .and_then(|(_, value)| Base::parse(&value))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_and_api_names_give_the_same_filter() {
        let page = parse(
            "kosten=free&kosten=free-for-refugees&kinderbetreuung=ja&fuer=women&bezirk=01,04&wochentag=mo&tageszeit=morning&q=Kurs",
            false,
        )
        .unwrap();
        let api = parse(
            "cost=free&cost=free-for-refugees&childcare=true&gender=women&district=01&district=04&weekday=MO&day_time=morning&q=Kurs",
            true,
        )
        .unwrap();
        assert_eq!(page, api);
        assert_eq!(page.cost.len(), 2);
        assert!(page.childcare);
        assert_eq!(page.weekdays, [0].into());
        assert_eq!(page.text, "Kurs");
    }

    #[test]
    fn the_api_refuses_what_pages_ignore() {
        assert!(parse("cost=cheap", true).is_err());
        assert!(parse("colour=red", true).is_err());
        // What a form sends and pages forgive, the API's contract does not allow.
        for forgiven in [
            "gender=",
            "language=",
            "district=",
            "childcare=ja",
            "childcare=",
            "cost=free,fee",
            "weekday=mo",
            "day_time=%20morning",
        ] {
            assert!(parse(forgiven, true).is_err(), "{forgiven}");
            assert!(parse(forgiven, false).is_ok(), "{forgiven}");
        }
        assert_eq!(
            parse(
                "kosten=free,fee&wochentag=mo&fuer=&kinderbetreuung=ja",
                false
            )
            .unwrap()
            .cost
            .len(),
            2
        );
        assert_eq!(
            parse("language=de&language=uk&weekday=MO", true)
                .unwrap()
                .languages
                .len(),
            2
        );
        assert_eq!(
            parse("kosten=cheap&farbe=rot", false).unwrap(),
            Filter::default()
        );
    }

    #[test]
    fn the_coverage_base_is_read_and_defaults_to_residents() {
        assert_eq!(
            base("kosten=free&basis=migration-history"),
            Base::WithMigrationHistory
        );
        assert_eq!(base("basis=residents"), Base::Residents);
        assert_eq!(
            base("basis=women-migration-history"),
            Base::WomenWithMigrationHistory
        );
        assert_eq!(base("basis=cats"), Base::Residents);
        assert_eq!(base(""), Base::Residents);
    }
}
