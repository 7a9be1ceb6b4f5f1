//! The demo city's institution registry (`data/institutions/bielefeld.toml`, invented names),
//! loaded by `serve --demo` so that the modules that name institutions have some.

use teilhabe_app::{Actor, Clock, institutions};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::institution::Registry;
use teilhabe_store::Store;

const DEMO_REGISTRY: &str = include_str!("../../../../data/institutions/bielefeld.toml");

pub async fn load(store: &Store, settings: &CitySettings, clock: &Clock) -> anyhow::Result<()> {
    let districts: Vec<&str> = settings.districts.iter().map(|d| d.code.as_str()).collect();
    let registry = Registry::parse(DEMO_REGISTRY, &districts).map_err(|problem| {
        anyhow::anyhow!("the built-in demo institutions are invalid: {problem}")
    })?;
    let load = institutions::load(
        store,
        &Actor::Operator("demo".into()),
        &registry,
        clock.now(),
    )
    .await?;
    if load.added + load.changed > 0 {
        tracing::info!(
            added = load.added,
            changed = load.changed,
            "demo institutions loaded"
        );
    }
    Ok(())
}

/// The password of the demo's sign-in accounts (`TEILHABE_DEMO_PASSWORD`); none, and no such
/// accounts are made.
pub fn demo_password() -> Option<String> {
    std::env::var("TEILHABE_DEMO_PASSWORD")
        .ok()
        .filter(|password| !password.is_empty())
}

/// Creates the demo account `login` with `role`, unless it exists (then it is left as it is).
pub async fn account(
    store: &Store,
    login: &str,
    role: teilhabe_domain::access::Role,
    password: &str,
    now: jiff::Timestamp,
) -> anyhow::Result<()> {
    if store.user_by_login(login).await?.is_none() {
        teilhabe_app::accounts::create_user(
            store,
            &teilhabe_app::accounts::passwords::Hashing::new(1),
            &Actor::Operator("demo".into()),
            teilhabe_app::accounts::NewAccount {
                login: login.into(),
                display_name: String::new(),
                password: password.to_owned(),
                role,
                field: None,
            },
            now,
        )
        .await?;
    }
    Ok(())
}
