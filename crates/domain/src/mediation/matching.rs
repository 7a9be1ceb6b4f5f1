//! Matching suggestions: which mediators of the pool could take a request, best first, and
//! why each stands where it does (the reasons are data, so the page can say them).
//!
//! Excluded (listed with the reason, never suggested): inactive; no skill in the language; the
//! setting not offered; pledge or certificate of good conduct not valid on the day; absent on
//! that day; already booked at an overlapping time (the store refuses a double booking anyway).
//!
//! The others are ranked by, in this order: the requested gender (a preference is rarely
//! negotiable in cases of domestic violence); the language level (tested before self-declared
//! at the same level; the tested level counts where there is one); reaching the district (for
//! appointments in person); lying inside the weekly availability; fair load (fewer minutes of
//! assignments in the last four weeks first); finally the id, so the order is stable.

use jiff::Timestamp;
use serde::Serialize;

use super::{Gender, Level, Mediator, RequestContent, Setting, city_zone};

/// What the pool knows about a candidate beyond the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub mediator: Mediator,
    /// Start and end of the mediator's offered, accepted or completed assignments.
    pub booked: Vec<(Timestamp, Timestamp)>,
    /// Minutes of assignments in the four weeks before now.
    pub recent_minutes: i64,
}

/// A fact about a candidate, for or against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum Reason {
    /// The level that counts, and whether it was tested.
    Language {
        level: Level,
        tested: bool,
    },
    DialectMatches,
    GenderMatches,
    GenderDiffers,
    ReachesDistrict,
    DistrictOutOfReach,
    /// Phone or video: the district does not matter.
    Remote,
    WithinWeeklyAvailability,
    OutsideWeeklyAvailability,
    /// Minutes of assignments in the last four weeks.
    RecentLoad {
        minutes: i64,
    },
}

/// Why a candidate cannot take the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exclusion {
    Inactive,
    NoLanguage,
    SettingNotOffered,
    DocumentsLapsed,
    Absent,
    Booked,
}

impl Exclusion {
    pub fn as_str(self) -> &'static str {
        match self {
            Exclusion::Inactive => "inactive",
            Exclusion::NoLanguage => "no-language",
            Exclusion::SettingNotOffered => "setting-not-offered",
            Exclusion::DocumentsLapsed => "documents-lapsed",
            Exclusion::Absent => "absent",
            Exclusion::Booked => "booked",
        }
    }
}

/// One suggested mediator with the reasons for its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub mediator_id: i64,
    pub name: String,
    pub reasons: Vec<Reason>,
}

/// The ranking and who was left out.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Suggestions {
    pub ranked: Vec<Suggestion>,
    pub excluded: Vec<(i64, String, Exclusion)>,
}

/// Whether two periods overlap (touching ends do not).
pub fn overlaps(a: (Timestamp, Timestamp), b: (Timestamp, Timestamp)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

type Key = (bool, Level, bool, bool, bool, std::cmp::Reverse<i64>);

fn exclusion(candidate: &Candidate, request: &RequestContent) -> Option<Exclusion> {
    let record = &candidate.mediator.record;
    let start = request.starts_at;
    let end = request.ends_at();
    let day = start.to_zoned(city_zone()).date();
    if !record.active {
        Some(Exclusion::Inactive)
    } else if record.skill(&request.language).is_none() {
        Some(Exclusion::NoLanguage)
    } else if !record.settings.contains(&request.setting) {
        Some(Exclusion::SettingNotOffered)
    } else if !record.documents_valid_on(day) {
        Some(Exclusion::DocumentsLapsed)
    } else if record.absent_during(start, end) {
        Some(Exclusion::Absent)
    } else if candidate
        .booked
        .iter()
        .any(|booked| overlaps(*booked, (start, end)))
    {
        Some(Exclusion::Booked)
    } else {
        None
    }
}

/// Ranks `pool` for `request`.
pub fn suggest(request: &RequestContent, pool: &[Candidate]) -> Suggestions {
    let mut ranked: Vec<(Key, i64, Suggestion)> = Vec::new();
    let mut excluded = Vec::new();
    for candidate in pool {
        let mediator = &candidate.mediator;
        let record = &mediator.record;
        if let Some(why) = exclusion(candidate, request) {
            excluded.push((mediator.id, record.name.clone(), why));
            continue;
        }
        let Some(skill) = record.skill(&request.language) else {
            continue;
        };
        let mut reasons = vec![Reason::Language {
            level: skill.level(),
            tested: skill.tested.is_some(),
        }];
        if let (Some(wanted), Some(has)) = (&request.dialect, &skill.dialect)
            && wanted.trim().to_lowercase() == has.trim().to_lowercase()
        {
            reasons.push(Reason::DialectMatches);
        }
        let gender_ok = match request.preferred_gender {
            Some(wanted) if wanted == record.gender => {
                reasons.push(Reason::GenderMatches);
                true
            }
            Some(_) => {
                reasons.push(Reason::GenderDiffers);
                false
            }
            None => true,
        };
        let reaches = if request.setting == Setting::InPerson {
            let reaches = record.districts.contains(&request.district);
            reasons.push(if reaches {
                Reason::ReachesDistrict
            } else {
                Reason::DistrictOutOfReach
            });
            reaches
        } else {
            reasons.push(Reason::Remote);
            true
        };
        let within = record.within_weekly(request.starts_at, request.ends_at());
        reasons.push(if within {
            Reason::WithinWeeklyAvailability
        } else {
            Reason::OutsideWeeklyAvailability
        });
        reasons.push(Reason::RecentLoad {
            minutes: candidate.recent_minutes,
        });
        let key: Key = (
            gender_ok,
            skill.level(),
            skill.tested.is_some(),
            reaches,
            within,
            std::cmp::Reverse(candidate.recent_minutes),
        );
        ranked.push((
            key,
            mediator.id,
            Suggestion {
                mediator_id: mediator.id,
                name: record.name.clone(),
                reasons,
            },
        ));
    }
    // Best key first; equal keys by id.
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    Suggestions {
        ranked: ranked.into_iter().map(|(_, _, s)| s).collect(),
        excluded,
    }
}

/// Whether a gender preference of `request` is met by `gender` (no preference is met by all).
pub fn gender_fits(request: &RequestContent, gender: Gender) -> bool {
    request
        .preferred_gender
        .is_none_or(|wanted| wanted == gender)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mediation::request::tests::content;
    use crate::mediation::{LanguageSkill, MediatorRecord, WeeklySlot};
    use crate::money::Money;
    use jiff::civil::date;

    /// A mediator for Arabic, female, reaching district 01, in person, Mondays 8–12, documents
    /// valid through 2026; `id` and `name` set, the rest adjusted per test.
    fn mediator(id: i64) -> Mediator {
        Mediator {
            id,
            user_id: None,
            record: MediatorRecord {
                name: format!("M{id}"),
                email: format!("m{id}@example.org"),
                gender: Gender::Female,
                languages: vec![LanguageSkill {
                    language: "ar".into(),
                    dialect: None,
                    self_declared: Level::Fluent,
                    tested: None,
                }],
                districts: vec!["01".into()],
                settings: vec![Setting::InPerson, Setting::Phone],
                weekly: vec![WeeklySlot {
                    weekday: 1,
                    from_minute: 8 * 60,
                    to_minute: 12 * 60,
                }],
                absences: vec![],
                din_topics: vec![],
                pledge_until: Some(date(2026, 12, 31)),
                good_conduct_until: Some(date(2026, 12, 31)),
                rate_per_hour: Money::from_cents(1500),
                rate_per_km: Money::from_cents(30),
                active: true,
            },
        }
    }

    fn candidate(mediator: Mediator) -> Candidate {
        Candidate {
            mediator,
            booked: vec![],
            recent_minutes: 0,
        }
    }

    fn order(suggestions: &Suggestions) -> Vec<i64> {
        suggestions.ranked.iter().map(|s| s.mediator_id).collect()
    }

    #[test]
    fn the_tested_level_counts_and_ranks_before_the_same_self_declared_one() {
        let mut self_native = mediator(1);
        self_native.record.languages[0].self_declared = Level::Native;
        let mut tested_native = mediator(2);
        tested_native.record.languages[0].tested = Some(Level::Native);
        // Declares native, tested only good: counts as good.
        let mut tested_good = mediator(3);
        tested_good.record.languages[0].self_declared = Level::Native;
        tested_good.record.languages[0].tested = Some(Level::Good);
        let plain_fluent = mediator(4);
        let pool: Vec<Candidate> = [self_native, tested_native, tested_good, plain_fluent]
            .into_iter()
            .map(candidate)
            .collect();
        let suggestions = suggest(&content(), &pool);
        assert_eq!(order(&suggestions), [2, 1, 4, 3]);
        assert_eq!(
            suggestions.ranked[0].reasons[0],
            Reason::Language {
                level: Level::Native,
                tested: true
            }
        );
    }

    #[test]
    fn a_gender_preference_ranks_first() {
        let mut male_native = mediator(1);
        male_native.record.gender = Gender::Male;
        male_native.record.languages[0].tested = Some(Level::Native);
        let female_good = {
            let mut m = mediator(2);
            m.record.languages[0].self_declared = Level::Good;
            m
        };
        let pool = vec![candidate(male_native), candidate(female_good)];
        let mut request = content();
        assert_eq!(order(&suggest(&request, &pool)), [1, 2], "no preference");
        request.preferred_gender = Some(Gender::Female);
        let suggestions = suggest(&request, &pool);
        assert_eq!(order(&suggestions), [2, 1]);
        assert!(
            suggestions.ranked[0]
                .reasons
                .contains(&Reason::GenderMatches)
        );
        assert!(
            suggestions.ranked[1]
                .reasons
                .contains(&Reason::GenderDiffers)
        );
        assert!(gender_fits(&request, Gender::Female));
        assert!(!gender_fits(&request, Gender::Male));
    }

    #[test]
    fn the_district_counts_in_person_only() {
        let mut far = mediator(1);
        far.record.districts = vec!["05".into()];
        let near = mediator(2);
        let pool = vec![candidate(far), candidate(near)];
        let suggestions = suggest(&content(), &pool);
        assert_eq!(order(&suggestions), [2, 1]);
        assert!(
            suggestions.ranked[1]
                .reasons
                .contains(&Reason::DistrictOutOfReach)
        );
        let phone = RequestContent {
            setting: Setting::Phone,
            ..content()
        };
        let suggestions = suggest(&phone, &pool);
        assert_eq!(order(&suggestions), [1, 2], "equal: by id");
        assert!(suggestions.ranked[0].reasons.contains(&Reason::Remote));
    }

    #[test]
    fn availability_absences_and_bookings() {
        // The request: Monday 30 March 2026, 09:00–10:00 local (07:00–08:00 UTC).
        let mut tuesdays = mediator(1);
        tuesdays.record.weekly[0].weekday = 2;
        let mondays = mediator(2);
        let mut away = mediator(3);
        away.record.absences = vec![crate::mediation::Absence {
            from: date(2026, 3, 30),
            to: date(2026, 3, 30),
        }];
        let mut booked = candidate(mediator(4));
        booked.booked = vec![(
            "2026-03-30T07:30:00Z".parse().unwrap(),
            "2026-03-30T08:30:00Z".parse().unwrap(),
        )];
        // An assignment that ends when this one starts does not overlap.
        let mut touching = candidate(mediator(5));
        touching.booked = vec![(
            "2026-03-30T06:00:00Z".parse().unwrap(),
            "2026-03-30T07:00:00Z".parse().unwrap(),
        )];
        let pool = vec![
            candidate(tuesdays),
            candidate(mondays),
            candidate(away),
            booked,
            touching,
        ];
        let suggestions = suggest(&content(), &pool);
        assert_eq!(order(&suggestions), [2, 5, 1]);
        assert_eq!(
            suggestions.excluded,
            vec![
                (3, "M3".into(), Exclusion::Absent),
                (4, "M4".into(), Exclusion::Booked)
            ]
        );
        assert!(
            suggestions.ranked[2]
                .reasons
                .contains(&Reason::OutsideWeeklyAvailability)
        );
    }

    #[test]
    fn fair_load_puts_fewer_recent_hours_first() {
        let mut busy = candidate(mediator(1));
        busy.recent_minutes = 600;
        let mut idle = candidate(mediator(2));
        idle.recent_minutes = 60;
        let mut middle = candidate(mediator(3));
        middle.recent_minutes = 120;
        let suggestions = suggest(&content(), &[busy, idle, middle]);
        assert_eq!(order(&suggestions), [2, 3, 1]);
        assert_eq!(
            suggestions.ranked[0].reasons.last(),
            Some(&Reason::RecentLoad { minutes: 60 })
        );
    }

    #[test]
    fn lapsed_documents_inactive_records_other_languages_and_settings_exclude() {
        let mut lapsed_pledge = mediator(1);
        lapsed_pledge.record.pledge_until = Some(date(2026, 3, 29));
        let mut no_certificate = mediator(2);
        no_certificate.record.good_conduct_until = None;
        let mut inactive = mediator(3);
        inactive.record.active = false;
        let mut persian = mediator(4);
        persian.record.languages[0].language = "fa".into();
        let mut video_only = mediator(5);
        video_only.record.settings = vec![Setting::Video];
        // Valid through the day of the appointment.
        let mut last_day = mediator(6);
        last_day.record.pledge_until = Some(date(2026, 3, 30));
        let pool: Vec<Candidate> = [
            lapsed_pledge,
            no_certificate,
            inactive,
            persian,
            video_only,
            last_day,
        ]
        .into_iter()
        .map(candidate)
        .collect();
        let suggestions = suggest(&content(), &pool);
        assert_eq!(order(&suggestions), [6]);
        let why: Vec<Exclusion> = suggestions.excluded.iter().map(|e| e.2).collect();
        assert_eq!(
            why,
            [
                Exclusion::DocumentsLapsed,
                Exclusion::DocumentsLapsed,
                Exclusion::Inactive,
                Exclusion::NoLanguage,
                Exclusion::SettingNotOffered
            ]
        );
    }

    #[test]
    fn a_matching_dialect_is_named() {
        let mut syrian = mediator(1);
        syrian.record.languages[0].dialect = Some("Syrisch".into());
        let request = RequestContent {
            dialect: Some("syrisch ".into()),
            ..content()
        };
        let suggestions = suggest(&request, &[candidate(syrian)]);
        assert!(
            suggestions.ranked[0]
                .reasons
                .contains(&Reason::DialectMatches)
        );
    }
}
