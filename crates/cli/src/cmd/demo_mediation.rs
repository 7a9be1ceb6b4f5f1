//! The demo city's language-mediation pool and a year of requests, generated deterministically
//! from a fixed seed (no file): 60 mediators in 30 languages, the 2026 requests of the demo
//! institutions with seasonality (fewer in the summer holidays and at Christmas, more in
//! autumn when day care and school start), and unmet demand where the pool has nobody (rare
//! languages). Loaded once by `serve --demo` (skipped when the pool has mediators).
//!
//! Demo accounts: when `TEILHABE_DEMO_PASSWORD` is set, `kita-demo` (requester for a day-care
//! centre), `mittler-demo` (the first mediator) and `koordination-demo` (coordination office)
//! are created with that password; otherwise none, so no demo server has a known password.

use jiff::civil::date;
use jiff::{SignedDuration, Timestamp};
use teilhabe_app::{Actor, Clock, institutions, mediation};
use teilhabe_domain::access::Role;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::institution::InstitutionKind;
use teilhabe_domain::mediation::{
    CancelledBy, DinTopic, Gender, LanguageSkill, Level, MediatorRecord, Outcome, RefusalReason,
    RequestContent, Setting, Status, Topic, WeeklySlot, allowance, city_zone,
};
use teilhabe_domain::money::Money;
use teilhabe_store::Store;
use teilhabe_store::mediation::{Completion, DemoRequest};

use super::demo_random::Seeded;

/// The pool's languages with how many mediators speak them and how often they are requested
/// (weight). The last ones have no mediator: their requests stay unserved.
const LANGUAGES: [(&str, usize, u64); 30] = [
    ("ar", 9, 30),
    ("tr", 7, 22),
    ("ru", 5, 14),
    ("uk", 6, 18),
    ("fa", 4, 10),
    ("kmr", 3, 8),
    ("pl", 3, 6),
    ("ro", 3, 7),
    ("bg", 2, 5),
    ("sq", 2, 4),
    ("sr", 2, 3),
    ("prs", 2, 5),
    ("ckb", 1, 3),
    ("fr", 2, 3),
    ("es", 1, 2),
    ("it", 1, 1),
    ("el", 1, 1),
    ("vi", 1, 2),
    ("zh", 1, 1),
    ("ur", 1, 2),
    ("so", 1, 3),
    ("ta", 1, 1),
    ("ti", 0, 3),
    ("ps", 0, 3),
    ("am", 0, 2),
    ("ha", 0, 1),
    ("yo", 0, 1),
    ("ln", 0, 1),
    ("rom", 0, 2),
    ("hy", 0, 1),
];

const NAMES: [&str; 20] = [
    "Amal", "Baran", "Cem", "Dilan", "Elif", "Farid", "Galyna", "Hadi", "Irina", "Jamal",
    "Kateryna", "Leyla", "Mehmet", "Nour", "Olena", "Parisa", "Rami", "Sana", "Tamara", "Yusuf",
];

/// Requests per month of 2026 (seasonality: summer and Christmas holidays are quiet).
const PER_MONTH: [u64; 12] = [50, 55, 60, 55, 50, 45, 25, 30, 70, 65, 60, 35];

fn mediator_record(index: usize, language: &str, districts: &[String]) -> MediatorRecord {
    let name = format!(
        "{} {}",
        NAMES.get(index % NAMES.len()).copied().unwrap_or("Demo"),
        char::from(b'A' + u8::try_from(index % 26).unwrap_or(0))
    );
    let reach: Vec<String> = districts
        .iter()
        .enumerate()
        .filter(|(d, _)| !(d + index).is_multiple_of(3))
        .map(|(_, code)| code.clone())
        .collect();
    MediatorRecord {
        name,
        email: format!("mittler{index}@demo.invalid"),
        gender: if index % 3 == 1 {
            Gender::Male
        } else {
            Gender::Female
        },
        languages: vec![LanguageSkill {
            language: language.to_owned(),
            dialect: None,
            self_declared: if index.is_multiple_of(2) {
                Level::Native
            } else {
                Level::Fluent
            },
            tested: (index.is_multiple_of(4)).then_some(Level::Fluent),
        }],
        districts: reach,
        settings: if index.is_multiple_of(5) {
            vec![Setting::InPerson, Setting::Phone, Setting::Video]
        } else {
            vec![Setting::InPerson, Setting::Phone]
        },
        weekly: (1..=5)
            .filter(|day| {
                (usize::try_from(*day).unwrap_or(0) + index).is_multiple_of(2)
                    || index.is_multiple_of(4)
            })
            .map(|weekday| WeeklySlot {
                weekday,
                from_minute: 8 * 60,
                to_minute: 16 * 60,
            })
            .collect(),
        absences: vec![],
        din_topics: DinTopic::ALL.into_iter().take(1 + index % 4).collect(),
        pledge_until: Some(date(2027, 12, 31)),
        // A few certificates lapse in early 2027, so the reminders have something to say.
        good_conduct_until: Some(if index % 10 == 3 {
            date(2027, 1, 15)
        } else {
            date(2028, 6, 30)
        }),
        rate_per_hour: Money::from_cents(1500),
        rate_per_km: Money::from_cents(30),
        active: true,
    }
}

pub async fn load(store: &Store, settings: &CitySettings, clock: &Clock) -> anyhow::Result<()> {
    if !store.mediators().await?.is_empty() {
        return Ok(());
    }
    let operator = Actor::Operator("demo".into());
    let now = clock.now();
    let districts: Vec<String> = settings.districts.iter().map(|d| d.code.clone()).collect();
    let password = super::demo_institutions::demo_password();
    let mut mediator_login = None;
    if let Some(password) = &password {
        for (login, role) in [
            ("kita-demo", Role::Requester),
            ("mittler-demo", Role::Mediator),
            ("koordination-demo", Role::MediationCoordinator),
        ] {
            super::demo_institutions::account(store, login, role, password, now).await?;
        }
        mediator_login = Some("mittler-demo");
    }
    // The pool.
    let mut pool: Vec<(i64, String, MediatorRecord)> = Vec::new();
    let mut index = 0;
    for (language, count, _) in LANGUAGES {
        for _ in 0..count {
            let record = mediator_record(index, language, &districts);
            let login = if index == 0 { mediator_login } else { None };
            let id = mediation::save_mediator(store, &operator, None, login, &record, now).await?;
            pool.push((id, language.to_owned(), record));
            index += 1;
        }
    }
    // The institutions that request (not carriers).
    let requesters: Vec<_> = store
        .institutions()
        .await?
        .into_iter()
        .filter(|i| i.active && i.institution.kind != InstitutionKind::Carrier)
        .map(|i| i.institution)
        .collect();
    if requesters.is_empty() {
        return Ok(());
    }
    if password.is_some()
        && let Some(kita) = requesters
            .iter()
            .find(|i| i.kind == InstitutionKind::DayCare)
    {
        institutions::set_membership(store, &operator, "kita-demo", Some(&kita.code), now).await?;
    }
    let total_weight: u64 = LANGUAGES.iter().map(|l| l.2).sum();
    let mut random = Seeded(15);
    let holidays = mediation::holidays();
    let mut requests = Vec::new();
    let mut busy: Vec<(i64, Timestamp, Timestamp)> = Vec::new();
    let zone = city_zone();
    for (month, count) in PER_MONTH.iter().enumerate() {
        let month = i8::try_from(month + 1).unwrap_or(1);
        for _ in 0..*count {
            let mut pick = random.below(total_weight);
            let mut language = "ar";
            for (code, _, weight) in LANGUAGES {
                if pick < weight {
                    language = code;
                    break;
                }
                pick -= weight;
            }
            let day = i8::try_from(1 + random.below(28)).unwrap_or(1);
            let hour = i8::try_from(8 + random.below(8)).unwrap_or(8);
            let Ok(local) = date(2026, month, day)
                .at(hour, 0, 0, 0)
                .to_zoned(zone.clone())
            else {
                continue;
            };
            let starts_at = local.timestamp();
            let notice_days = i64::try_from(2 + random.below(20)).unwrap_or(5);
            let requested_at = starts_at
                .saturating_sub(SignedDuration::from_hours(24 * notice_days))
                .unwrap_or(starts_at);
            let Some(institution) =
                requesters.get(usize::try_from(random.below(requesters.len() as u64)).unwrap_or(0))
            else {
                continue;
            };
            let district = institution
                .district
                .clone()
                .or_else(|| districts.first().cloned())
                .unwrap_or_default();
            let topic = match institution.kind {
                InstitutionKind::DayCare | InstitutionKind::School => Topic::Education,
                InstitutionKind::Clinic
                | InstitutionKind::CareService
                | InstitutionKind::CareHome => Topic::Health,
                InstitutionKind::Authority => Topic::Authority,
                InstitutionKind::Counselling => Topic::Counselling,
                _ => Topic::Other,
            };
            let roll = random.below(100);
            let content = RequestContent {
                institution: institution.code.clone(),
                language: language.to_owned(),
                dialect: None,
                setting: if roll.is_multiple_of(7) {
                    Setting::Phone
                } else {
                    Setting::InPerson
                },
                starts_at,
                minutes: [45, 60, 60, 90, 120]
                    .get(usize::try_from(random.below(5)).unwrap_or(0))
                    .copied()
                    .unwrap_or(60),
                district,
                address: institution.name.clone(),
                topic,
                preferred_gender: (roll.is_multiple_of(9)).then_some(Gender::Female),
                legal_consequences: roll < 3,
                contact_email: format!("{}@demo.invalid", institution.code),
            };
            let urgent = content.is_urgent(requested_at, mediation::DEFAULT_NOTICE_DAYS, &holidays);
            let ends_at = content.ends_at();
            let candidate = pool.iter().find(|(id, code, record)| {
                code == language
                    && record.gender == content.preferred_gender.unwrap_or(record.gender)
                    && !busy
                        .iter()
                        .any(|(b, s, e)| b == id && *s < ends_at && starts_at < *e)
            });
            let (status, served_by) = if content.legal_consequences {
                (Status::Closed(Outcome::Referred), None)
            } else if roll < 6 {
                (
                    Status::Closed(Outcome::Cancelled {
                        by: CancelledBy::Institution,
                        why: "Termin entfällt".into(),
                    }),
                    None,
                )
            } else if urgent && roll < 14 {
                (
                    Status::Closed(Outcome::Refused {
                        reason: RefusalReason::TooShortNotice,
                    }),
                    None,
                )
            } else if let Some((id, _, record)) = candidate
                && roll < 90
            {
                busy.push((*id, starts_at, ends_at));
                let km = u32::try_from(3 + random.below(20)).unwrap_or(5);
                let completion = Completion {
                    minutes: content.minutes,
                    km,
                    allowance: allowance(
                        content.minutes,
                        km,
                        record.rate_per_hour,
                        record.rate_per_km,
                    ),
                };
                (Status::Closed(Outcome::Served), Some((*id, completion)))
            } else {
                (Status::Closed(Outcome::Unserved), None)
            };
            requests.push(DemoRequest {
                content,
                urgent,
                status,
                requested_at,
                served_by,
            });
        }
    }
    let written = store.insert_demo_requests(&requests, "demo", now).await?;
    tracing::info!(
        mediators = pool.len(),
        requests = written,
        "demo language mediation loaded"
    );
    Ok(())
}
