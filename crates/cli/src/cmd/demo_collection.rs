//! The shipped data sets (`data/collection/`) and two years of invented, deterministic values
//! for the demo institutions, loaded by `serve --demo`: 2024 and 2025 (yearly data sets) and
//! their eight quarters. Most forms are approved, some came in late, a few are missing, the
//! newest period's forms are complete and wait for approval.
//!
//! Demo account: when `TEILHABE_DEMO_PASSWORD` is set, `jugendtreff-demo` (reporter of the
//! youth club `jugendtreff-mitte`) is created with that password, as the mediation demo makes
//! its accounts; otherwise none, so no demo server has a known password.

use jiff::Timestamp;
use teilhabe_app::collection::{self, Entry};
use teilhabe_app::{Actor, Clock, institutions};
use teilhabe_domain::access::Role;
use teilhabe_domain::collection::{Catalog, DataSet, Period, PeriodType};
use teilhabe_store::Store;
use teilhabe_store::collection::{FormKey, FormState, ValueChange};

const FILES: [(&str, &str); 5] = [
    (
        "categories.toml",
        include_str!("../../../../data/collection/categories.toml"),
    ),
    (
        "erwachsenenbildung.toml",
        include_str!("../../../../data/collection/erwachsenenbildung.toml"),
    ),
    (
        "ik-selbstcheck.toml",
        include_str!("../../../../data/collection/ik-selbstcheck.toml"),
    ),
    (
        "offene-jugendarbeit.toml",
        include_str!("../../../../data/collection/offene-jugendarbeit.toml"),
    ),
    (
        "pflegebedarf.toml",
        include_str!("../../../../data/collection/pflegebedarf.toml"),
    ),
];

/// The shipped folder as (name, text).
pub fn files() -> Vec<(String, String)> {
    FILES
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect()
}

/// A small deterministic number from a text (FNV-1a).
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn periods(kind: PeriodType) -> Vec<Period> {
    (2024..=2025)
        .flat_map(|year| kind.periods_of_year(year))
        .collect()
}

/// Values of one form that pass the data set's rules.
fn values(catalog: &Catalog, set: &DataSet, seed: &str) -> Vec<Entry> {
    let n = |what: &str, modulo: u64| hash(&format!("{seed}/{what}")) % modulo;
    let mut entries = Vec::new();
    let mut put = |element: &str, combo: &str, value: u64| {
        entries.push(Entry {
            element: element.into(),
            combo: combo.into(),
            value: value.to_string(),
            comment: String::new(),
        });
    };
    match set.code.as_str() {
        "offene-jugendarbeit" => {
            let mut total = 0;
            if let Some(element) = set.element("besuchende") {
                for combo in catalog.combos(element) {
                    let value = if combo.starts_with("female") || combo.starts_with("male") {
                        if combo.ends_with("unknown") {
                            n(&combo, 3)
                        } else {
                            4 + n(&combo, 20)
                        }
                    } else {
                        n(&combo, 2)
                    };
                    total += value;
                    put("besuchende", &combo, value);
                }
            }
            put("besuchende-gesamt", "default", total);
            put("maedchenangebote", "default", n("m", 4));
            let outreach = n("a", 2);
            entries.push(Entry {
                element: "aufsuchende-arbeit".into(),
                combo: "default".into(),
                value: if outreach == 1 { "true" } else { "false" }.into(),
                comment: String::new(),
            });
            entries.push(Entry {
                element: "aufsuchende-termine".into(),
                combo: "default".into(),
                value: (if outreach == 1 { 1 + n("t", 6) } else { 0 }).to_string(),
                comment: String::new(),
            });
        }
        "erwachsenenbildung" => {
            let courses = 80 + n("k", 120);
            put("kurse", "default", courses);
            put("kurse-kinderbetreuung", "default", n("kb", 20));
            put("kurse-geschlechtsspezifisch", "default", n("g", 15));
            put("freiplaetze-gefluechtete", "default", n("f", 40));
        }
        "pflegebedarf" => {
            let mut total = 0;
            let mut with_history = 0;
            if let Some(element) = set.element("gepflegte") {
                for combo in catalog.combos(element) {
                    let value = if combo.contains("diverse") || combo.contains("not-stated") {
                        0
                    } else {
                        2 + n(&combo, 25)
                    };
                    total += value;
                    if combo.ends_with("mh-yes") {
                        with_history += value;
                    }
                    put("gepflegte", &combo, value);
                }
            }
            let young = total / 5;
            let middle = total * 2 / 5;
            put("gepflegte-alter", "age-u65", young);
            put("gepflegte-alter", "age-65-79", middle);
            put("gepflegte-alter", "age-80plus", total - young - middle);
            let german = total - with_history;
            let languages = [
                "lang-tr",
                "lang-ru",
                "lang-ar",
                "lang-pl",
                "lang-uk",
                "lang-other",
            ];
            let mut rest = with_history;
            put("erstsprache", "lang-de", german);
            for (index, language) in languages.iter().enumerate() {
                let share = if index + 1 == languages.len() {
                    rest
                } else {
                    rest.min(n(language, with_history / 3 + 1))
                };
                rest -= share;
                put("erstsprache", language, share);
            }
            put(
                "sprachmittlung-bedarf",
                "default",
                n("s", with_history / 2 + 1),
            );
            for (element, modulo) in [
                ("kultursensible-verpflegung", 2),
                ("religioese-beduerfnisse", 2),
            ] {
                entries.push(Entry {
                    element: element.into(),
                    combo: "default".into(),
                    value: if n(element, modulo) == 1 {
                        "true"
                    } else {
                        "false"
                    }
                    .into(),
                    comment: String::new(),
                });
            }
            let choice = ["immer", "meist", "selten", "nie"];
            entries.push(Entry {
                element: "gleichgeschlechtliche-pflege".into(),
                combo: "default".into(),
                value: choice
                    .get(n("c", 4) as usize)
                    .copied()
                    .unwrap_or("meist")
                    .into(),
                comment: String::new(),
            });
        }
        _ => {
            // The self-check and any other data set of scored items: 0–3, later years higher.
            let bonus = u64::from(seed.contains("2025"));
            for element in &set.elements {
                let score = (n(&element.code, 3) + bonus).min(3);
                entries.push(Entry {
                    element: element.code.clone(),
                    combo: "default".into(),
                    value: score.to_string(),
                    comment: if score >= 2 {
                        "Nachweis: Konzeptpapier der Einrichtung (Demo)".into()
                    } else {
                        String::new()
                    },
                });
            }
        }
    }
    entries
}

/// Loads the shipped data sets and, when none is stored yet, the demo values; true when it
/// loaded values.
pub async fn load(store: &Store, clock: &Clock) -> anyhow::Result<bool> {
    let operator = Actor::Operator("demo".into());
    let files = files();
    collection::load_definitions(store, &operator, &files, clock.now()).await?;
    let catalog = Catalog::parse(&files).map_err(|problems| {
        anyhow::anyhow!(
            "the built-in data sets are invalid: {}",
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    })?;
    let institutions = store.institutions().await?;
    let mut loaded = 0;
    let mut batch = Vec::new();
    let mut states = Vec::new();
    for set in &catalog.data_sets {
        let periods = periods(set.period_type);
        let Some(first) = periods.first() else {
            continue;
        };
        if !store
            .collection_forms(&set.code, &first.to_string())
            .await?
            .is_empty()
        {
            continue;
        }
        for stored in institutions
            .iter()
            .filter(|s| s.active && set.assignment.includes(&s.institution))
        {
            for (index, period) in periods.iter().enumerate() {
                let seed = format!("{}/{}/{period}", set.code, stored.institution.code);
                // One form in nine is missing.
                if hash(&seed).is_multiple_of(9) {
                    continue;
                }
                let key = FormKey {
                    data_set: set.code.clone(),
                    period: period.to_string(),
                    institution: stored.institution.code.clone(),
                };
                let changes =
                    collection::check_entries(&catalog, set, &values(&catalog, set, &seed))
                        .map_err(|problems| {
                            anyhow::anyhow!("demo values of {seed}: {problems:?}")
                        })?;
                let changes: Vec<ValueChange> = changes;
                // Completed between 20 days before and 25 days after the due day.
                let offset = i64::try_from(hash(&format!("{seed}/day")) % 45).unwrap_or(0) - 20;
                let completed = day_time(set.due_date(*period), offset)?;
                let reporter = format!("demo:{}", stored.institution.code);
                // All values in one transaction (fast demo start); the states come after.
                batch.push((key.clone(), changes));
                states.push((key, reporter, completed, index + 1 < periods.len(), *period));
                loaded += 1;
            }
        }
    }
    store
        .save_collection_batch(&batch, "demo", clock.now())
        .await?;
    for (key, reporter, completed, approve, period) in states {
        let Some(set) = catalog.data_set(&key.data_set) else {
            continue;
        };
        store
            .set_collection_state(
                &key,
                &[FormState::Draft],
                FormState::Complete,
                None,
                &reporter,
                completed,
            )
            .await?;
        if approve {
            store
                .set_collection_state(
                    &key,
                    &[FormState::Complete],
                    FormState::Approved,
                    None,
                    "demo:statistikstelle",
                    day_time(set.due_date(period), 30)?,
                )
                .await?;
        }
    }
    if loaded > 0 {
        tracing::info!(forms = loaded, "demo collection values loaded");
    }
    Ok(loaded > 0)
}

/// The demo reporter(s): (login, institution). The statistics-office guide names them.
const REPORTERS: [(&str, &str); 1] = [("jugendtreff-demo", "jugendtreff-mitte")];

/// Creates the demo reporters with `TEILHABE_DEMO_PASSWORD` as members of their institution
/// (once: an existing account is left as it is). Without the variable, nothing.
pub async fn accounts(store: &Store, clock: &Clock) -> anyhow::Result<()> {
    let Some(password) = super::demo_institutions::demo_password() else {
        return Ok(());
    };
    let operator = Actor::Operator("demo".into());
    let now = clock.now();
    for (login, institution) in REPORTERS {
        if store.user_by_login(login).await?.is_some()
            || store.institution(institution).await?.is_none()
        {
            continue;
        }
        super::demo_institutions::account(store, login, Role::Reporter, &password, now).await?;
        institutions::set_membership(store, &operator, login, Some(institution), now).await?;
    }
    Ok(())
}

/// Publishes every data set's demo years into the monitoring, as demo figures (after the
/// indicator catalogue: serve.rs calls it after the monitoring's demo load). A year without an
/// approved form (the demo leaves the last period unapproved) is left out.
pub async fn publish(store: &Store, city: &str, clock: &Clock) -> anyhow::Result<()> {
    let operator = Actor::Operator("demo".into());
    let catalog = collection::catalog(store).await?;
    for set in &catalog.data_sets {
        for year in [2024, 2025] {
            match collection::publish::publish(
                store,
                &operator,
                city,
                &set.code,
                year,
                true,
                clock.now(),
            )
            .await
            {
                Ok(published) => tracing::info!(
                    data_set = %set.code,
                    year,
                    figures = published.observations.len(),
                    "demo collection published"
                ),
                Err(teilhabe_app::AppError::Invalid(_)) => {}
                Err(other) => return Err(other.into()),
            }
        }
    }
    Ok(())
}

fn day_time(day: jiff::civil::Date, offset: i64) -> anyhow::Result<Timestamp> {
    Ok(day
        .checked_add(jiff::Span::new().days(offset))?
        .at(10, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::UTC)?
        .timestamp())
}
