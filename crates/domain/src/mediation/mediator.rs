//! A mediator of the pool: languages, reach, availability, qualification and allowance rates.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Gender, Problem, Setting, city_zone, is_email, is_language_code};
use crate::money::Money;

/// How well a mediator speaks a language, self-declared or tested (a rough CEFR grouping).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// B1.
    Basic,
    /// B2.
    Good,
    /// C1/C2.
    Fluent,
    /// First language.
    Native,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Basic, Level::Good, Level::Fluent, Level::Native];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Basic => "basic",
            Level::Good => "good",
            Level::Fluent => "fluent",
            Level::Native => "native",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == value)
    }
}

/// One language a mediator mediates into German.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// Language code (`ar`, `ti`, `ku-kmr`).
    pub language: String,
    /// A dialect, free text (`syrisch`, `Sorani`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dialect: Option<String>,
    pub self_declared: Level,
    /// The level a language test established, if one was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tested: Option<Level>,
}

impl LanguageSkill {
    /// The level to rely on: the tested one if there is one.
    pub fn level(&self) -> Level {
        self.tested.unwrap_or(self.self_declared)
    }
}

/// A weekly window the mediator is usually available in, in the city's local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySlot {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: i8,
    /// Minutes after local midnight.
    pub from_minute: u16,
    pub to_minute: u16,
}

/// A period the mediator is away, both days included (local dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Absence {
    pub from: Date,
    pub to: Date,
}

/// The qualification topics of DIN 19457 (community interpreting) a mediator has completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DinTopic {
    Role,
    Impartiality,
    Confidentiality,
    Briefing,
}

impl DinTopic {
    pub const ALL: [DinTopic; 4] = [
        DinTopic::Role,
        DinTopic::Impartiality,
        DinTopic::Confidentiality,
        DinTopic::Briefing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DinTopic::Role => "role",
            DinTopic::Impartiality => "impartiality",
            DinTopic::Confidentiality => "confidentiality",
            DinTopic::Briefing => "briefing",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == value)
    }
}

/// What the coordination office keeps about a mediator (the editable record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediatorRecord {
    pub name: String,
    pub email: String,
    pub gender: Gender,
    pub languages: Vec<LanguageSkill>,
    /// District codes the mediator can reach for appointments in person.
    pub districts: Vec<String>,
    pub settings: Vec<Setting>,
    pub weekly: Vec<WeeklySlot>,
    #[serde(default)]
    pub absences: Vec<Absence>,
    #[serde(default)]
    pub din_topics: Vec<DinTopic>,
    /// The signed pledge of confidentiality is valid until this day (included).
    pub pledge_until: Option<Date>,
    /// The certificate of good conduct (Führungszeugnis) is valid until this day (included).
    pub good_conduct_until: Option<Date>,
    pub rate_per_hour: Money,
    pub rate_per_km: Money,
    pub active: bool,
}

/// A stored mediator: the record, its id and the account it signs in with, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mediator {
    pub id: i64,
    pub user_id: Option<i64>,
    pub record: MediatorRecord,
}

impl MediatorRecord {
    /// Every problem of the record, each naming its field; `districts` are the city's codes.
    pub fn validate(&self, districts: &[&str]) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(Problem::new("name", "a name is required"));
        }
        if !is_email(&self.email) {
            problems.push(Problem::new("email", "an e-mail address is required"));
        }
        if self.languages.is_empty() {
            problems.push(Problem::new("languages", "at least one language"));
        }
        for skill in &self.languages {
            if !is_language_code(&skill.language) {
                problems.push(Problem::new(
                    "languages",
                    format!(
                        "`{}` is no language code (e.g. ar, fa, ku-kmr)",
                        skill.language
                    ),
                ));
            }
        }
        let mut codes: Vec<&str> = self.languages.iter().map(|s| s.language.as_str()).collect();
        codes.sort_unstable();
        if codes.windows(2).any(|pair| pair[0] == pair[1]) {
            problems.push(Problem::new("languages", "a language is listed twice"));
        }
        for district in &self.districts {
            if !districts.contains(&district.as_str()) {
                problems.push(Problem::new(
                    "districts",
                    format!("`{district}` is no district of the city"),
                ));
            }
        }
        if self.settings.is_empty() {
            problems.push(Problem::new("settings", "at least one setting"));
        }
        for slot in &self.weekly {
            if !(1..=7).contains(&slot.weekday)
                || slot.from_minute >= slot.to_minute
                || slot.to_minute > 24 * 60
            {
                problems.push(Problem::new(
                    "weekly",
                    "a weekly window needs a weekday 1–7 and a start before its end",
                ));
            }
        }
        for absence in &self.absences {
            if absence.from > absence.to {
                problems.push(Problem::new("absences", "an absence ends before it starts"));
            }
        }
        if self.rate_per_hour < Money::ZERO {
            problems.push(Problem::new("rate_per_hour", "not negative"));
        }
        if self.rate_per_km < Money::ZERO {
            problems.push(Problem::new("rate_per_km", "not negative"));
        }
        problems
    }

    /// The skill in `language`, if the mediator has it.
    pub fn skill(&self, language: &str) -> Option<&LanguageSkill> {
        self.languages.iter().find(|s| s.language == language)
    }

    /// Whether pledge and certificate are both valid on `day`. A missing one is not valid.
    pub fn documents_valid_on(&self, day: Date) -> bool {
        self.pledge_until.is_some_and(|until| day <= until)
            && self.good_conduct_until.is_some_and(|until| day <= until)
    }

    /// Whether the mediator is away on any local day the appointment touches.
    pub fn absent_during(&self, start: Timestamp, end: Timestamp) -> bool {
        let zone = city_zone();
        let first = start.to_zoned(zone.clone()).date();
        let last = end.to_zoned(zone).date();
        self.absences
            .iter()
            .any(|absence| absence.from <= last && first <= absence.to)
    }

    /// Whether the appointment lies inside one weekly window, in local time.
    pub fn within_weekly(&self, start: Timestamp, end: Timestamp) -> bool {
        let zone = city_zone();
        let start = start.to_zoned(zone.clone());
        let end = end.to_zoned(zone);
        if start.date() != end.date() && !(end.hour() == 0 && end.minute() == 0) {
            return false;
        }
        let weekday = start.weekday().to_monday_one_offset();
        let from = minute_of_day(start.hour(), start.minute());
        let to = if start.date() == end.date() {
            minute_of_day(end.hour(), end.minute())
        } else {
            24 * 60
        };
        self.weekly
            .iter()
            .any(|slot| slot.weekday == weekday && slot.from_minute <= from && to <= slot.to_minute)
    }

    /// Documents that lapse within `days` after `today` (or have lapsed): for reminders.
    pub fn lapsing(&self, today: Date, days: i64) -> Vec<(&'static str, Option<Date>)> {
        let horizon = today.saturating_add(jiff::Span::new().days(days));
        [
            ("pledge", self.pledge_until),
            ("good-conduct", self.good_conduct_until),
        ]
        .into_iter()
        .filter(|(_, until)| until.is_none_or(|until| until <= horizon))
        .collect()
    }
}

fn minute_of_day(hour: i8, minute: i8) -> u16 {
    u16::try_from(i16::from(hour) * 60 + i16::from(minute)).unwrap_or(0)
}

/// The allowance for an assignment: hours × hourly rate + kilometres × rate per km, each
/// rounded half up to the cent (minutes are paid pro rata).
pub fn allowance(minutes: u32, km: u32, rate_per_hour: Money, rate_per_km: Money) -> Money {
    let time = (i64::from(minutes) * rate_per_hour.cents() + 30).div_euclid(60);
    let travel = i64::from(km) * rate_per_km.cents();
    Money::from_cents(time + travel)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    pub(crate) fn record() -> MediatorRecord {
        MediatorRecord {
            name: "Amal".into(),
            email: "amal@example.org".into(),
            gender: Gender::Female,
            languages: vec![LanguageSkill {
                language: "ar".into(),
                dialect: Some("syrisch".into()),
                self_declared: Level::Native,
                tested: None,
            }],
            districts: vec!["01".into()],
            settings: vec![Setting::InPerson],
            weekly: vec![WeeklySlot {
                weekday: 1,
                from_minute: 8 * 60,
                to_minute: 12 * 60,
            }],
            absences: vec![Absence {
                from: date(2026, 4, 6),
                to: date(2026, 4, 10),
            }],
            din_topics: vec![DinTopic::Role],
            pledge_until: Some(date(2026, 12, 31)),
            good_conduct_until: Some(date(2026, 6, 30)),
            rate_per_hour: Money::from_cents(1500),
            rate_per_km: Money::from_cents(30),
            active: true,
        }
    }

    #[test]
    fn allowance_is_hours_times_rate_plus_kilometres_times_rate() {
        let hour = Money::from_cents(1500);
        let km = Money::from_cents(30);
        // 90 minutes: 1.5 × 15 € = 22.50 €; 12 km × 0.30 € = 3.60 €.
        assert_eq!(allowance(90, 12, hour, km), Money::from_cents(2610));
        // 50 minutes of 15 €: 12.50 €; no travel.
        assert_eq!(allowance(50, 0, hour, km), Money::from_cents(1250));
        // 7 minutes of 15.55 €: 1.8141… € → 1.81 €; 1 minute of 0.30 €: 0.005 € → 0.01 €.
        assert_eq!(
            allowance(7, 0, Money::from_cents(1555), km),
            Money::from_cents(181)
        );
        assert_eq!(
            allowance(1, 0, Money::from_cents(30), km),
            Money::from_cents(1)
        );
        assert_eq!(allowance(0, 0, hour, km), Money::ZERO);
    }

    #[test]
    fn a_record_names_each_faulty_field() {
        assert_eq!(record().validate(&["01"]), vec![]);
        let mut bad = record();
        bad.name = " ".into();
        bad.email = "nope".into();
        bad.languages.push(bad.languages[0].clone());
        bad.languages.push(LanguageSkill {
            language: "Arabic".into(),
            dialect: None,
            self_declared: Level::Good,
            tested: None,
        });
        bad.districts.push("99".into());
        bad.settings.clear();
        bad.weekly[0].from_minute = 13 * 60;
        bad.absences[0].to = date(2026, 4, 1);
        bad.rate_per_km = Money::from_cents(-1);
        let fields: Vec<&str> = bad.validate(&["01"]).iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "languages",
                "languages",
                "districts",
                "settings",
                "weekly",
                "absences",
                "rate_per_km"
            ]
        );
    }

    #[test]
    fn documents_are_valid_up_to_and_including_their_last_day() {
        let record = record();
        assert!(record.documents_valid_on(date(2026, 6, 30)));
        assert!(!record.documents_valid_on(date(2026, 7, 1)), "certificate");
        let mut no_pledge = record.clone();
        no_pledge.pledge_until = None;
        assert!(!no_pledge.documents_valid_on(date(2026, 1, 1)));
        assert_eq!(
            record.lapsing(date(2026, 6, 1), 30),
            vec![("good-conduct", Some(date(2026, 6, 30)))]
        );
        assert_eq!(record.lapsing(date(2026, 5, 1), 30), vec![]);
    }

    #[test]
    fn the_weekly_window_is_local_time_across_the_daylight_saving_change() {
        let record = record();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        // Monday 23 March 2026 (UTC+1): 09:00–10:00 local is 08:00–09:00 UTC.
        assert!(record.within_weekly(at("2026-03-23T08:00:00Z"), at("2026-03-23T09:00:00Z")));
        // Monday 30 March 2026 (UTC+2): 09:00–10:00 local is 07:00–08:00 UTC.
        assert!(record.within_weekly(at("2026-03-30T07:00:00Z"), at("2026-03-30T08:00:00Z")));
        // 06:30 UTC is 08:30 local after the change (inside), 07:30 before it (outside).
        assert!(record.within_weekly(at("2026-03-30T06:30:00Z"), at("2026-03-30T07:30:00Z")));
        assert!(!record.within_weekly(at("2026-03-23T06:30:00Z"), at("2026-03-23T07:30:00Z")));
        // Ends past the window; another weekday.
        assert!(!record.within_weekly(at("2026-03-30T09:30:00Z"), at("2026-03-30T10:30:00Z")));
        assert!(!record.within_weekly(at("2026-03-31T07:00:00Z"), at("2026-03-31T08:00:00Z")));
    }

    #[test]
    fn an_absence_covers_every_local_day_it_names() {
        let record = record();
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        // 6 April 00:30 local is 5 April 22:30 UTC.
        assert!(record.absent_during(at("2026-04-05T22:30:00Z"), at("2026-04-05T23:30:00Z")));
        assert!(!record.absent_during(at("2026-04-05T20:00:00Z"), at("2026-04-05T21:00:00Z")));
        assert!(record.absent_during(at("2026-04-10T15:00:00Z"), at("2026-04-10T16:00:00Z")));
        assert!(!record.absent_during(at("2026-04-11T08:00:00Z"), at("2026-04-11T09:00:00Z")));
    }
}
