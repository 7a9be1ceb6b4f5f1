//! Issue 18: the offers directory. Providers (institutions of the registry) publish offers —
//! courses, counselling, sport, culture… — that residents search by what the integration
//! concept's recommendations ask for: free of charge, with childcare, for girls or women, in a
//! language, in a district, on a weekday. The integration office reviews an offer before it is
//! published; an offer its provider has not confirmed for six months is flagged, and hidden after
//! a grace period.

pub mod access;
pub mod coverage;
pub mod filter;
pub mod holidays;
pub mod ics;
pub mod lifecycle;
pub mod schedule;
pub mod table;
pub mod web_calendar;

use serde::{Deserialize, Serialize};

pub use lifecycle::{Freshness, Status};
pub use schedule::Schedule;

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            pub fn parse(value: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|item| item.as_str() == value.trim())
            }
        }
    };
}

code_enum!(
    /// What kind of offer this is.
    Category {
        Course = "course",
        Counselling = "counselling",
        Sport = "sport",
        Culture = "culture",
        Youth = "youth",
        Health = "health",
        Language = "language",
        Parents = "parents",
        Work = "work",
    }
);

code_enum!(
    /// Whom an offer is for by gender; `All` is everyone.
    Gender {
        All = "all",
        Girls = "girls",
        Women = "women",
        Boys = "boys",
        Men = "men",
    }
);

code_enum!(
    /// Accessibility features.
    Accessibility {
        StepFree = "step-free",
        HearingLoop = "hearing-loop",
        EasyLanguage = "easy-language",
    }
);

code_enum!(
    /// The cost kind, without the amount (for filters).
    CostKind {
        Free = "free",
        FreeForRefugees = "free-for-refugees",
        Reduced = "reduced",
        Fee = "fee",
    }
);

/// What taking part costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Cost {
    Free,
    /// Free for refugees, otherwise a fee (in cents, if known).
    FreeForRefugees {
        cents: Option<u32>,
    },
    /// A reduced fee (in cents, if known).
    Reduced {
        cents: Option<u32>,
    },
    Fee {
        cents: u32,
    },
}

impl Cost {
    pub fn kind(self) -> CostKind {
        match self {
            Cost::Free => CostKind::Free,
            Cost::FreeForRefugees { .. } => CostKind::FreeForRefugees,
            Cost::Reduced { .. } => CostKind::Reduced,
            Cost::Fee { .. } => CostKind::Fee,
        }
    }

    pub fn cents(self) -> Option<u32> {
        match self {
            Cost::Free => None,
            Cost::FreeForRefugees { cents } | Cost::Reduced { cents } => cents,
            Cost::Fee { cents } => Some(cents),
        }
    }
}

/// Where an offer takes place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Location {
    Place {
        address: String,
        /// The city district's code.
        district: String,
        /// WGS 84 latitude and longitude, if known.
        #[serde(default)]
        coordinates: Option<(f64, f64)>,
    },
    /// Outreach work that comes to people in the districts named.
    Outreach {
        districts: Vec<String>,
    },
    Online,
}

impl Location {
    /// The districts it serves: a place's district, outreach districts, none for online.
    pub fn districts(&self) -> Vec<&str> {
        match self {
            Location::Place { district, .. } => vec![district.as_str()],
            Location::Outreach { districts } => districts.iter().map(String::as_str).collect(),
            Location::Online => vec![],
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Location::Place { .. } => "place",
            Location::Outreach { .. } => "outreach",
            Location::Online => "online",
        }
    }
}

/// What a provider writes about an offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OfferContent {
    /// German title (translatable: `offer.<id>.title`).
    pub title: String,
    /// German description (translatable: `offer.<id>.description`).
    pub description: String,
    pub category: Category,
    /// Target group ids of the city settings (`data/city/<city>.toml`), free text otherwise.
    #[serde(default)]
    pub target_groups: Vec<String>,
    /// Languages it is held in, as ISO 639-1 codes (`de`, `tr`, `ar`…).
    pub languages: Vec<String>,
    pub cost: Cost,
    #[serde(default)]
    pub childcare: bool,
    pub gender: Gender,
    /// No registration needed.
    #[serde(default)]
    pub low_threshold: bool,
    #[serde(default)]
    pub accessibility: Vec<Accessibility>,
    #[serde(default)]
    pub schedule: Schedule,
    pub location: Location,
    /// Contact (phone or e-mail, public).
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub registration_url: Option<String>,
    /// Recommendation ids of the concept it serves.
    #[serde(default)]
    pub recommendations: Vec<String>,
    /// Measure ids it belongs to.
    #[serde(default)]
    pub measures: Vec<i64>,
}

/// A stored offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Offer {
    pub id: i64,
    /// The provider's institution code.
    pub provider: String,
    pub status: Status,
    pub content: OfferContent,
    /// The office's comment when it returned the offer.
    pub review_comment: Option<String>,
    /// When the provider last confirmed it is current (set on submit and confirm).
    pub confirmed_at: jiff::Timestamp,
    pub published_at: Option<jiff::Timestamp>,
    pub version: i64,
}

/// One problem with an offer's content, naming the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    /// In English, for the command line and the API.
    pub message: String,
    /// What went wrong as a stable code (`title-empty`, `unknown-language`…): pages show the
    /// translation `offers-problem-<code>` with [`Problem::value`] as `$value`.
    pub code: &'static str,
    /// The value the problem is about (a language code, a date), if any.
    pub value: Option<String>,
}

/// What an offer's references are checked against: the city's districts, the language list
/// (`data/languages.toml`), the concept's recommendations and the city's measures. An offer that
/// names a recommendation or a measure that does not exist would show a link to nothing and
/// count in nobody's coverage.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    pub districts: &'a [&'a str],
    pub languages: &'a crate::languages::Languages,
    pub recommendations: &'a [&'a str],
    pub measures: &'a [i64],
}

/// Checks an offer's content against what the city knows; every problem with its field.
pub fn validate(content: &OfferContent, known: &Known<'_>) -> Vec<Problem> {
    let districts = known.districts;
    let mut problems = Vec::new();
    let mut problem =
        |field: &'static str, code: &'static str, value: Option<&str>, message: String| {
            problems.push(Problem {
                field,
                message,
                code,
                value: value.map(str::to_owned),
            })
        };
    let title = content.title.trim();
    if title.is_empty() {
        problem("title", "title-empty", None, "the title is empty".into());
    } else if title.chars().count() > 200 {
        problem(
            "title",
            "title-long",
            None,
            "the title is longer than 200 characters".into(),
        );
    }
    if content.description.chars().count() > 5000 {
        problem(
            "description",
            "description-long",
            None,
            "the description is longer than 5000 characters".into(),
        );
    }
    if content.languages.is_empty() {
        problem(
            "languages",
            "no-language",
            None,
            "name at least one language".into(),
        );
    }
    for language in &content.languages {
        if known.languages.get(language).is_none() {
            problem(
                "languages",
                "unknown-language",
                Some(language),
                format!(
                    "`{language}` is not a code of the language list (data/languages.toml: de, tr, ar, kmr…)"
                ),
            );
        }
    }
    for recommendation in &content.recommendations {
        if !known.recommendations.contains(&recommendation.as_str()) {
            problem(
                "recommendations",
                "unknown-recommendation",
                Some(recommendation),
                format!("`{recommendation}` is no recommendation of the concept"),
            );
        }
    }
    for measure in &content.measures {
        if !known.measures.contains(measure) {
            problem(
                "measures",
                "unknown-measure",
                Some(&measure.to_string()),
                format!("there is no measure {measure}"),
            );
        }
    }
    if let Cost::Fee { cents: 0 } = content.cost {
        problem("cost", "zero-fee", None, "a fee of 0 is \"free\"".into());
    }
    for district in content.location.districts() {
        if !districts.contains(&district) {
            problem(
                "location",
                "unknown-district",
                Some(district),
                format!("`{district}` is not a district code"),
            );
        }
    }
    match &content.location {
        Location::Place {
            address,
            coordinates,
            ..
        } => {
            if address.trim().is_empty() {
                problem(
                    "location",
                    "address-empty",
                    None,
                    "the address is empty".into(),
                );
            }
            if let Some((lat, lon)) = coordinates
                && (!(-90.0..=90.0).contains(lat) || !(-180.0..=180.0).contains(lon))
            {
                problem(
                    "location",
                    "coordinates",
                    None,
                    "coordinates out of range".into(),
                );
            }
        }
        Location::Outreach { districts } if districts.is_empty() => {
            problem(
                "location",
                "outreach-district",
                None,
                "outreach names at least one district".into(),
            );
        }
        _ => {}
    }
    if let Some(url) = &content.registration_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        problem(
            "registration_url",
            "registration-link",
            None,
            "the registration link starts with https://".into(),
        );
    }
    for found in schedule::check(&content.schedule) {
        problem(
            "schedule",
            found.code,
            found.value.as_deref(),
            found.message,
        );
    }
    problems
}

/// Translation keys of an offer's texts (docs/formats/translations.md).
pub fn title_key(id: i64) -> String {
    format!("offer.{id}.title")
}

pub fn description_key(id: i64) -> String {
    format!("offer.{id}.description")
}

/// An example offer, for tests in every layer and for the documentation.
pub mod sample {
    use super::*;

    /// A plain offer to vary in tests: a free German course on Tuesdays at 18:00 in Mitte.
    pub fn content() -> OfferContent {
        OfferContent {
            title: "Deutschkurs".into(),
            description: "Für Anfängerinnen und Anfänger".into(),
            category: Category::Language,
            target_groups: vec![],
            languages: vec!["de".into()],
            cost: Cost::Free,
            childcare: false,
            gender: Gender::All,
            low_threshold: false,
            accessibility: vec![],
            schedule: Schedule {
                dates: vec![],
                recurrence: Some(schedule::Recurrence {
                    first: jiff::civil::date(2026, 1, 6),
                    start: jiff::civil::time(18, 0, 0, 0),
                    end: jiff::civil::time(19, 30, 0, 0),
                    rule: "FREQ=WEEKLY;BYDAY=TU".into(),
                    skip_holidays: true,
                    except: vec![],
                }),
            },
            location: Location::Place {
                address: "Niederwall 23".into(),
                district: "01".into(),
                coordinates: None,
            },
            contact: "info@example.org".into(),
            registration_url: None,
            recommendations: vec![],
            measures: vec![],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages() -> crate::languages::Languages {
        crate::languages::parse(
            "[[language]]\ncode = \"de\"\nendonym = \"Deutsch\"\nde = \"Deutsch\"\nen = \"German\"\n\n\
             [[language]]\ncode = \"kmr\"\nendonym = \"Kurmancî\"\nde = \"Kurmandschi\"\nen = \"Kurmanji\"\n",
        )
        .unwrap()
    }

    fn known<'a>(
        districts: &'a [&'a str],
        languages: &'a crate::languages::Languages,
    ) -> Known<'a> {
        Known {
            districts,
            languages,
            recommendations: &["sport-1", "sport-2"],
            measures: &[4, 9],
        }
    }

    #[test]
    fn a_plain_offer_is_valid() {
        let languages = languages();
        let mut content = sample::content();
        content.languages = vec!["de".into(), "kmr".into()];
        content.recommendations = vec!["sport-2".into()];
        content.measures = vec![9, 4];
        assert_eq!(
            validate(&content, &known(&["01", "02"], &languages)),
            vec![]
        );
    }

    #[test]
    fn references_to_unknown_languages_recommendations_and_measures_are_named() {
        let languages = languages();
        let mut content = sample::content();
        content.languages = vec!["de".into(), "ku".into()];
        content.recommendations = vec!["sport-1".into(), "sport-3".into()];
        content.measures = vec![4, 5];
        let problems = validate(&content, &known(&["01"], &languages));
        let found: Vec<(&str, bool)> = problems
            .iter()
            .map(|p| {
                (
                    p.field,
                    p.message.contains("`ku`")
                        || p.message.contains("`sport-3`")
                        || p.message.contains("measure 5"),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("languages", true),
                ("recommendations", true),
                ("measures", true)
            ]
        );
    }

    #[test]
    fn every_problem_names_its_field() {
        let mut content = sample::content();
        content.title = " ".into();
        content.languages = vec!["Deutsch".into()];
        content.cost = Cost::Fee { cents: 0 };
        content.location = Location::Outreach {
            districts: vec!["99".into()],
        };
        content.registration_url = Some("example.org".into());
        let languages = languages();
        let fields: Vec<&str> = validate(&content, &known(&["01"], &languages))
            .iter()
            .map(|problem| problem.field)
            .collect();
        assert_eq!(
            fields,
            ["title", "languages", "cost", "location", "registration_url"]
        );
    }

    /// The codes of `content`'s problems (the domain's words are English; pages translate codes).
    fn codes(content: &OfferContent) -> Vec<&'static str> {
        let languages = languages();
        validate(content, &known(&["01", "02"], &languages))
            .iter()
            .map(|problem| problem.code)
            .collect()
    }

    #[test]
    fn limits_are_inclusive_and_each_rule_has_its_code() {
        let mut content = sample::content();
        content.title = "T".repeat(200);
        content.description = "D".repeat(5000);
        assert_eq!(codes(&content), Vec::<&str>::new());
        content.title.push('T');
        content.description.push('D');
        assert_eq!(codes(&content), ["title-long", "description-long"]);

        let place = |address: &str, coordinates| Location::Place {
            address: address.into(),
            district: "01".into(),
            coordinates,
        };
        let mut content = sample::content();
        for fine in [(90.0, 180.0), (-90.0, -180.0), (52.0, 8.5)] {
            content.location = place("Weg 1", Some(fine));
            assert_eq!(codes(&content), Vec::<&str>::new(), "{fine:?}");
        }
        for wrong in [(90.5, 8.0), (-90.5, 8.0), (52.0, 180.5), (52.0, -180.5)] {
            content.location = place("Weg 1", Some(wrong));
            assert_eq!(codes(&content), ["coordinates"], "{wrong:?}");
        }
        content.location = place(" ", None);
        assert_eq!(codes(&content), ["address-empty"]);
        content.location = Location::Outreach { districts: vec![] };
        assert_eq!(codes(&content), ["outreach-district"]);
        content.location = Location::Outreach {
            districts: vec!["02".into()],
        };
        assert_eq!(codes(&content), Vec::<&str>::new());
        content.location = Location::Online;
        assert_eq!(codes(&content), Vec::<&str>::new());

        for fine in ["https://example.org/a", "http://example.org/a"] {
            content.registration_url = Some(fine.into());
            assert_eq!(codes(&content), Vec::<&str>::new());
        }
        content.registration_url = Some("ftp://example.org".into());
        assert_eq!(codes(&content), ["registration-link"]);
        content.registration_url = None;
        content.languages.clear();
        assert_eq!(codes(&content), ["no-language"]);

        let mut content = sample::content();
        let day = jiff::civil::date(2026, 5, 4);
        content.schedule.dates = vec![schedule::Slot {
            start: day.at(10, 0, 0, 0),
            end: day.at(10, 0, 0, 0),
        }];
        if let Some(recurrence) = content.schedule.recurrence.as_mut() {
            recurrence.end = recurrence.start;
            recurrence.rule = "FREQ=DAILY".into();
        }
        let languages = languages();
        let problems = validate(&content, &known(&["01"], &languages));
        let found: Vec<(&str, Option<&str>)> = problems
            .iter()
            .map(|p| (p.code, p.value.as_deref()))
            .collect();
        assert_eq!(found[0], ("date-end", Some("2026-05-04 10:00")));
        assert_eq!(found[1], ("time-end", None));
        assert_eq!(found[2].0, "rule");
        assert!(problems.iter().all(|p| p.field == "schedule"));
    }

    #[test]
    fn keys_and_kinds_are_stable() {
        assert_eq!(title_key(7), "offer.7.title");
        assert_eq!(description_key(7), "offer.7.description");
        assert_eq!(Location::Online.kind(), "online");
        assert_eq!(Location::Outreach { districts: vec![] }.kind(), "outreach");
        assert_eq!(sample::content().location.kind(), "place");
    }

    #[test]
    fn codes_read_back() {
        for category in Category::ALL {
            assert_eq!(Category::parse(category.as_str()), Some(*category));
        }
        assert_eq!(Gender::parse("girls"), Some(Gender::Girls));
        assert_eq!(
            Accessibility::parse("hearing-loop"),
            Some(Accessibility::HearingLoop)
        );
        assert_eq!(CostKind::parse("nope"), None);
    }
}
