//! The residents' search: filters for what the recommendations name, combined — AND across
//! kinds, OR within a kind (two categories chosen: either; a category and a district: both).

use std::collections::BTreeSet;

use jiff::civil::Time;
use serde::{Deserialize, Serialize};

use super::{Accessibility, Category, CostKind, Gender, OfferContent};

/// The part of the day a slot starts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayTime {
    /// Before 12:00.
    Morning,
    /// 12:00 to before 17:00.
    Afternoon,
    /// From 17:00.
    Evening,
}

impl DayTime {
    pub const ALL: [DayTime; 3] = [DayTime::Morning, DayTime::Afternoon, DayTime::Evening];

    pub fn of(time: Time) -> DayTime {
        match time.hour() {
            0..=11 => DayTime::Morning,
            12..=16 => DayTime::Afternoon,
            _ => DayTime::Evening,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DayTime::Morning => "morning",
            DayTime::Afternoon => "afternoon",
            DayTime::Evening => "evening",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.as_str() == value)
    }
}

/// A search. Empty sets do not restrict; `childcare` and `low_threshold` restrict when true.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Filter {
    /// Words that must all appear in the title or description (case-insensitive).
    pub text: String,
    pub cost: BTreeSet<CostKind>,
    pub childcare: bool,
    pub low_threshold: bool,
    /// Gender-specific offers; an offer for everyone (`all`) matches any gender chosen.
    pub gender: BTreeSet<Gender>,
    pub languages: BTreeSet<String>,
    pub districts: BTreeSet<String>,
    pub categories: BTreeSet<Category>,
    /// Weekdays, 0 = Monday … 6 = Sunday.
    pub weekdays: BTreeSet<i8>,
    pub day_times: BTreeSet<DayTime>,
    pub accessibility: BTreeSet<Accessibility>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self == &Filter::default()
    }

    /// Whether `offer` meets every kind of criterion chosen.
    pub fn matches(&self, offer: &OfferContent) -> bool {
        let text_ok = {
            let haystack = format!("{} {}", offer.title, offer.description).to_lowercase();
            self.text
                .split_whitespace()
                .all(|word| haystack.contains(&word.to_lowercase()))
        };
        let any = |empty: bool, hit: bool| empty || hit;
        text_ok
            && any(self.cost.is_empty(), self.cost.contains(&offer.cost.kind()))
            && (!self.childcare || offer.childcare)
            && (!self.low_threshold || offer.low_threshold)
            && any(
                self.gender.is_empty(),
                offer.gender == Gender::All || self.gender.contains(&offer.gender),
            )
            && any(
                self.languages.is_empty(),
                offer
                    .languages
                    .iter()
                    .any(|language| self.languages.contains(language)),
            )
            && any(
                self.districts.is_empty(),
                offer
                    .location
                    .districts()
                    .iter()
                    .any(|district| self.districts.contains(*district)),
            )
            && any(
                self.categories.is_empty(),
                self.categories.contains(&offer.category),
            )
            && any(
                self.weekdays.is_empty(),
                offer
                    .schedule
                    .weekdays()
                    .iter()
                    .any(|day| self.weekdays.contains(day)),
            )
            && any(
                self.day_times.is_empty(),
                offer
                    .schedule
                    .start_times()
                    .into_iter()
                    .any(|time| self.day_times.contains(&DayTime::of(time))),
            )
            && any(
                self.accessibility.is_empty(),
                offer
                    .accessibility
                    .iter()
                    .any(|feature| self.accessibility.contains(feature)),
            )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::schedule::{Recurrence, Schedule, Slot};
    use crate::offers::{Cost, Location, sample};
    use jiff::civil::{date, time};

    /// Six offers, each differing from the sample in a few ways:
    /// 0 sample: language, free, de, Mitte (01), Tue 18:00, no childcare, all
    /// 1 sport for girls, free for refugees, de+tr, Sennestadt (09), Wed 16:00, step-free
    /// 2 women's course, free, childcare, ar+de, Mitte (01), Mon 09:30, easy language
    /// 3 counselling, fee, tr, outreach 01+04, Thu 10:00, hearing loop, low threshold
    /// 4 culture, reduced, de, online, single date Sat 19:00
    /// 5 parents, free, childcare, ru, Brackwede (04), Fri 15:00, women, step-free
    fn offers() -> Vec<OfferContent> {
        let weekly = |first, hour, minute| Schedule {
            dates: vec![],
            recurrence: Some(Recurrence {
                first,
                start: time(hour, minute, 0, 0),
                end: time(hour + 1, minute, 0, 0),
                rule: "FREQ=WEEKLY".into(),
                skip_holidays: false,
                except: vec![],
            }),
        };
        let place = |district: &str| Location::Place {
            address: "Straße 1".into(),
            district: district.into(),
            coordinates: None,
        };
        let base = sample::content();
        let mut sport = base.clone();
        sport.title = "Fußball für Mädchen".into();
        sport.category = Category::Sport;
        sport.gender = Gender::Girls;
        sport.cost = Cost::FreeForRefugees { cents: Some(1500) };
        sport.languages = vec!["de".into(), "tr".into()];
        sport.location = place("09");
        sport.schedule = weekly(date(2026, 1, 7), 16, 0);
        sport.accessibility = vec![Accessibility::StepFree];
        let mut women = base.clone();
        women.title = "Frauenkurs mit Kinderbetreuung".into();
        women.category = Category::Course;
        women.gender = Gender::Women;
        women.childcare = true;
        women.languages = vec!["ar".into(), "de".into()];
        women.schedule = weekly(date(2026, 1, 5), 9, 30);
        women.accessibility = vec![Accessibility::EasyLanguage];
        let mut counselling = base.clone();
        counselling.title = "Migrationsberatung".into();
        counselling.category = Category::Counselling;
        counselling.cost = Cost::Fee { cents: 500 };
        counselling.languages = vec!["tr".into()];
        counselling.location = Location::Outreach {
            districts: vec!["01".into(), "04".into()],
        };
        counselling.schedule = weekly(date(2026, 1, 8), 10, 0);
        counselling.accessibility = vec![Accessibility::HearingLoop];
        counselling.low_threshold = true;
        let mut culture = base.clone();
        culture.title = "Lesung".into();
        culture.category = Category::Culture;
        culture.cost = Cost::Reduced { cents: None };
        culture.location = Location::Online;
        culture.schedule = Schedule {
            dates: vec![Slot {
                start: date(2026, 1, 10).at(19, 0, 0, 0),
                end: date(2026, 1, 10).at(21, 0, 0, 0),
            }],
            recurrence: None,
        };
        let mut parents = base.clone();
        parents.title = "Elterncafé".into();
        parents.category = Category::Parents;
        parents.childcare = true;
        parents.gender = Gender::Women;
        parents.languages = vec!["ru".into()];
        parents.location = place("04");
        parents.schedule = weekly(date(2026, 1, 9), 15, 0);
        parents.accessibility = vec![Accessibility::StepFree];
        vec![base, sport, women, counselling, culture, parents]
    }

    fn hits(filter: &Filter) -> Vec<usize> {
        offers()
            .iter()
            .enumerate()
            .filter(|(_, offer)| filter.matches(offer))
            .map(|(index, _)| index)
            .collect()
    }

    #[test]
    fn an_empty_filter_finds_everything() {
        assert!(Filter::default().is_empty());
        assert_eq!(hits(&Filter::default()), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn each_filter_alone() {
        let cost = Filter {
            cost: [CostKind::Free].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&cost), [0, 2, 5]);
        let childcare = Filter {
            childcare: true,
            ..Filter::default()
        };
        assert_eq!(hits(&childcare), [2, 5]);
        let low = Filter {
            low_threshold: true,
            ..Filter::default()
        };
        assert_eq!(hits(&low), [3]);
        // Girls: the girls' offer and every offer for all.
        let girls = Filter {
            gender: [Gender::Girls].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&girls), [0, 1, 3, 4]);
        let turkish = Filter {
            languages: ["tr".to_owned()].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&turkish), [1, 3]);
        // Mitte: two places and the outreach that comes there; online serves no district.
        let mitte = Filter {
            districts: ["01".to_owned()].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&mitte), [0, 2, 3]);
        let culture = Filter {
            categories: [Category::Culture].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&culture), [4]);
        // Saturday (5): the reading on 10 January 2026.
        let saturday = Filter {
            weekdays: [5].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&saturday), [4]);
        let morning = Filter {
            day_times: [DayTime::Morning].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&morning), [2, 3]);
        let step_free = Filter {
            accessibility: [Accessibility::StepFree].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&step_free), [1, 5]);
        let text = Filter {
            text: "KURS kinder".into(),
            ..Filter::default()
        };
        assert_eq!(hits(&text), [2]);
    }

    #[test]
    fn or_within_a_kind_and_across_kinds() {
        let two_languages = Filter {
            languages: ["ar".to_owned(), "ru".to_owned()].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&two_languages), [2, 5]);
        let two_districts = Filter {
            districts: ["04".to_owned(), "09".to_owned()].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&two_districts), [1, 3, 5]);
        // Free, with childcare, for women: the women's course and the parents' café.
        let recommendation = Filter {
            cost: [CostKind::Free].into(),
            childcare: true,
            gender: [Gender::Women].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&recommendation), [2, 5]);
        // … and in Mitte on a Monday morning: only the women's course.
        let narrower = Filter {
            districts: ["01".to_owned()].into(),
            weekdays: [0].into(),
            day_times: [DayTime::Morning].into(),
            ..recommendation.clone()
        };
        assert_eq!(hits(&narrower), [2]);
        // Free or free for refugees, step-free or hearing loop, afternoon or evening.
        let mixed = Filter {
            cost: [CostKind::Free, CostKind::FreeForRefugees].into(),
            accessibility: [Accessibility::StepFree, Accessibility::HearingLoop].into(),
            day_times: [DayTime::Afternoon, DayTime::Evening].into(),
            ..Filter::default()
        };
        assert_eq!(hits(&mixed), [1, 5]);
    }

    #[test]
    fn day_times_split_at_noon_and_five() {
        assert_eq!(DayTime::of(time(11, 59, 0, 0)), DayTime::Morning);
        assert_eq!(DayTime::of(time(12, 0, 0, 0)), DayTime::Afternoon);
        assert_eq!(DayTime::of(time(16, 59, 0, 0)), DayTime::Afternoon);
        assert_eq!(DayTime::of(time(17, 0, 0, 0)), DayTime::Evening);
    }
}
