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
