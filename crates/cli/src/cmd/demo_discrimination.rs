//! The demo city's documented cases of discrimination, generated deterministically from a fixed
//! seed (no file): about 60, 80 and 95 new cases a year from 2024 to the current month (more
//! people report as the counselling becomes known), seven in ten racist as in North
//! Rhine-Westphalia's network report, with their areas, forms, interventions and outcomes; and
//! a few reports in the inbox, two of them held back by the spam checks. Loaded once by
//! `serve --demo` (skipped when any report or case is stored).
//!
//! Demo account: when `TEILHABE_DEMO_PASSWORD` is set, `beratung-demo` (counsellor) is created
//! with that password; otherwise none.

use jiff::civil::{Date, date};
use teilhabe_app::Clock;
use teilhabe_domain::access::Role;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::discrimination::report::Month;
use teilhabe_domain::discrimination::{AggApplies, CaseRecord, Report};
use teilhabe_store::Store;

use super::demo_random::Seeded;

/// New cases per year, from 2024.
const PER_YEAR: [(i16, u64); 3] = [(2024, 60), (2025, 80), (2026, 95)];

/// (id, weight) of the areas of life, roughly as the state network reports them.
const AREAS: [(&str, u64); 10] = [
    ("work", 20),
    ("goods-services", 14),
    ("housing", 18),
    ("authorities", 15),
    ("justice-police", 5),
    ("education", 14),
    ("health-care", 6),
    ("public-space", 8),
    ("internet-media", 4),
    ("other-area", 2),
];
/// Grounds beside racism, with weights.
const OTHER_GROUNDS: [(&str, u64); 8] = [
    ("gender", 8),
    ("religion-belief", 6),
    ("disability", 7),
    ("age", 3),
    ("sexual-identity", 3),
    ("social-status", 4),
    ("language", 3),
    ("residence-status", 2),
];
const RACISM_SUBTYPES: [(&str, u64); 6] = [
    ("anti-muslim", 9),
    ("anti-black", 6),
    ("antisemitism", 3),
    ("antiziganism", 3),
    ("anti-asian", 2),
    ("other-racism", 2),
];
const FORMS: [(&str, u64); 5] = [
    ("direct", 50),
    ("indirect", 15),
    ("harassment", 28),
    ("sexual-harassment", 4),
    ("instruction", 3),
];
const LEVELS: [(&str, u64); 3] = [
    ("individual", 70),
    ("institutional", 20),
    ("structural", 10),
];
const INTERVENTIONS: [(&str, u64); 7] = [
    ("complaint-letter", 30),
    ("accompaniment", 20),
    ("mediation", 12),
    ("testing", 3),
    ("legal-proceedings", 4),
    ("public-relations", 3),
    ("referral", 15),
];
const OUTCOMES: [(&str, u64); 4] = [
    ("success", 30),
    ("partial", 25),
    ("none", 25),
    ("client-ended", 20),
];
/// Areas and grounds within the equal-treatment act (the category file's `agg` flags).
const AGG_AREAS: [&str; 5] = [
    "work",
    "goods-services",
    "housing",
    "education",
    "health-care",
];

fn case(random: &mut Seeded, opened: Date, today: Date) -> CaseRecord {
    let area = random.pick(&AREAS).to_owned();
    let mut grounds = Vec::new();
    if random.chance(70) {
        grounds.push("ethnic-origin".to_owned());
        if random.chance(60) {
            grounds.push(random.pick(&RACISM_SUBTYPES).to_owned());
        }
    }
    if grounds.is_empty() || random.chance(15) {
        let other = random.pick(&OTHER_GROUNDS).to_owned();
        if !grounds.contains(&other) {
            grounds.push(other);
        }
    }
    let mut interventions = vec![random.pick(&INTERVENTIONS).to_owned()];
    if random.chance(30) {
        let second = random.pick(&INTERVENTIONS).to_owned();
        if !interventions.contains(&second) {
            interventions.push(second);
        }
    }
    let in_scope = AGG_AREAS.contains(&area.as_str())
        && grounds.iter().any(|g| {
            !matches!(
                g.as_str(),
                "social-status" | "language" | "residence-status"
            )
        });
    let agg = if in_scope && random.chance(85) {
        AggApplies::Yes
    } else if in_scope {
        AggApplies::Unclear
    } else {
        AggApplies::No
    };
    // Cases run one to four months; those that would end after today are still open.
    let closed = opened
        .checked_add(jiff::Span::new().days(30 + random.below(90) as i64))
        .ok()
        .filter(|closed| *closed <= today);
    CaseRecord {
        areas: vec![area],
        grounds,
        forms: vec![random.pick(&FORMS).to_owned()],
        level: Some(random.pick(&LEVELS).to_owned()),
        agg,
        interventions,
        outcome: Some(match closed {
            Some(_) => random.pick(&OUTCOMES).to_owned(),
            None => "open".to_owned(),
        }),
        opened,
        closed,
        notes: None,
    }
}

/// Loads the demo cases once; true when it did (then [`publish`] after the catalogue).
pub async fn load(store: &Store, settings: &CitySettings, clock: &Clock) -> anyhow::Result<bool> {
    let facts = store.discrimination_retention_facts().await?;
    if !facts.cases.is_empty() || !facts.reports_without_case.is_empty() {
        return Ok(false);
    }
    let now = clock.now();
    if let Some(password) = super::demo_institutions::demo_password() {
        super::demo_institutions::account(store, "beratung-demo", Role::Counsellor, &password, now)
            .await?;
    }
    let today = now.to_zoned(teilhabe_domain::mediation::city_zone()).date();
    let mut random = Seeded(17);
    let mut cases = 0;
    for (year, count) in PER_YEAR {
        for _ in 0..count {
            let opened = date(year, 1, 1)
                .checked_add(jiff::Span::new().days(random.below(365) as i64))
                .unwrap_or(date(year, 1, 1));
            if opened > today || opened.year() != year {
                continue;
            }
            let record = case(&mut random, opened, today);
            store
                .create_discrimination_case(&record, None, "demo", now)
                .await?;
            cases += 1;
        }
    }
    // The inbox: reports of the last weeks without a case, two held back by the spam checks.
    let districts: Vec<&str> = settings.districts.iter().map(|d| d.code.as_str()).collect();
    let texts = [
        "Bei der Wohnungsbesichtigung wurde mir gesagt, die Wohnung sei schon vergeben, als ich meinen Namen nannte. Eine Bekannte mit deutschem Namen bekam am selben Tag einen Termin.",
        "Im Bus wurde meine Tochter wegen ihres Kopftuchs beschimpft. Niemand hat etwas gesagt.",
        "Der Türsteher ließ meine Freunde und mich nicht in den Club, andere Gäste schon.",
        "Buy cheap followers now, visit our site",
        "Free crypto giveaway, click the link",
    ];
    for (index, text) in texts.iter().enumerate() {
        let received = now - jiff::SignedDuration::from_hours(30 * (index as i64 + 1));
        let report = Report {
            area: AREAS[index % 3 * 2].0.to_owned(),
            district: districts
                .get(index % districts.len().max(1))
                .map(|d| (*d).to_owned()),
            month: Month::of(
                received
                    .to_zoned(teilhabe_domain::mediation::city_zone())
                    .date(),
            ),
            grounds: vec!["ethnic-origin".to_owned()],
            what_happened: (*text).to_owned(),
            wants_counselling: false,
            contact: None,
        };
        let receipt = format!("DEMO-{:04}-{:04}", index + 1, random.below(10_000));
        store
            .insert_discrimination_report(&report, &receipt, None, index >= 3, received)
            .await?;
    }
    tracing::info!(
        cases,
        reports = texts.len(),
        "demo discrimination cases loaded"
    );
    Ok(true)
}

/// Publishes the demo years' indicators to the monitoring (its catalogue loaded).
pub async fn publish(store: &Store, city: &str, clock: &Clock) -> anyhow::Result<()> {
    let operator = teilhabe_app::Actor::Operator("demo".into());
    let residents = teilhabe_app::discrimination::residents();
    for (year, _) in PER_YEAR {
        teilhabe_app::discrimination::publish_indicators(
            store,
            &operator,
            city,
            year,
            residents,
            true,
            clock.now(),
        )
        .await?;
    }
    Ok(())
}
