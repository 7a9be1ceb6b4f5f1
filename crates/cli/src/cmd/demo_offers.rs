//! The demo city's offers (`data/demo/offers-bielefeld.csv`, ≈150 invented offers of the demo
//! institutions, written by `data/demo/offers-generate.py`), loaded by `serve --demo` through the
//! offers import's reader when no offer is stored yet; published and confirmed now; their coverage
//! indicator is published for the current year as demo figures.

use std::collections::BTreeMap;

use teilhabe_app::offers::{import, indicator};
use teilhabe_app::{Actor, Clock};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::offers::{OfferContent, Status};
use teilhabe_store::Store;

const DEMO_OFFERS: &str = include_str!("../../../../data/demo/offers-bielefeld.csv");

pub async fn load(store: &Store, settings: &CitySettings, clock: &Clock) -> anyhow::Result<()> {
    if !store.offers().await?.is_empty() {
        return Ok(());
    }
    let rows = import::read_for_city(
        store,
        &settings.city,
        "offers-bielefeld.csv",
        DEMO_OFFERS.as_bytes(),
        &teilhabe_import::Limits::default(),
    )
    .await
    .map_err(|error| anyhow::anyhow!("the built-in demo offers are invalid: {error}"))?;
    let mut by_provider: BTreeMap<String, Vec<OfferContent>> = BTreeMap::new();
    for (provider, content) in rows {
        by_provider.entry(provider).or_default().push(content);
    }
    let mut count = 0;
    for (provider, contents) in by_provider {
        count += store
            .create_offers(&provider, &contents, Status::Published, "demo", clock.now())
            .await?
            .len();
    }
    tracing::info!(offers = count, "demo offers loaded");
    // The coverage indicator from the demo offers (after the catalogue: serve.rs loads the
    // offers after the monitoring), marked as demo data.
    let now = clock.now();
    let year = now.to_zoned(jiff::tz::TimeZone::UTC).year();
    indicator::publish(
        store,
        &Actor::Operator("demo".to_owned()),
        &settings.city,
        year,
        true,
        now,
    )
    .await?;
    Ok(())
}
