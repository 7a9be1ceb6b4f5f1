//! Coverage as a monitoring indicator: `angebote-kostenfrei-kinderbetreuung`, the public offers
//! free of charge (or free for refugees) with childcare per 1,000 residents with migration
//! history, per district and for the city, written as an import with the source "teilhabe
//! Angebote" (replacing an earlier one for that year), as `teilhabe mediation publish` does.

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use teilhabe_domain::monitoring::{ConfStatus, Coordinates, ObsStatus, Observation};
use teilhabe_domain::offers::coverage::{self, Base, DistrictPopulation};
use teilhabe_domain::offers::filter::Filter;
use teilhabe_domain::offers::{CostKind, OfferContent};
use teilhabe_store::{ImportReport, NewImport, Store};

use crate::error::{Actor, AppError};

/// The indicator (data/indicators/bielefeld/angebote-kostenfrei-kinderbetreuung.toml).
pub const FEE_FREE_CHILDCARE: &str = "angebote-kostenfrei-kinderbetreuung";

/// The source the monitoring names for the figures computed here.
pub const SOURCE: &str = "teilhabe Angebote";

/// The indicator's criteria: free or free for refugees, with childcare (recommendation
/// kultur-freizeit-1).
pub fn criteria() -> Filter {
    Filter {
        cost: [CostKind::Free, CostKind::FreeForRefugees].into(),
        childcare: true,
        ..Filter::default()
    }
}

/// `offers` per 1,000 of `base` in thousandths, rounded half up: "0.075".
fn per_thousand(offers: usize, base: u64) -> Option<teilhabe_domain::monitoring::Decimal> {
    if base == 0 {
        return None;
    }
    let (offers, base) = (offers as u128, u128::from(base));
    let thousandths = (offers * 1_000_000 * 2 + base) / (2 * base);
    format!("{}.{:03}", thousandths / 1000, thousandths % 1000)
        .parse()
        .ok()
}

fn observation(year: i16, district: &str, offers: usize, base: u64) -> Observation {
    let value = per_thousand(offers, base);
    let mut at = Coordinates::total(i32::from(year));
    at.district = district.to_owned();
    Observation {
        indicator: FEE_FREE_CHILDCARE.to_owned(),
        at,
        status: if value.is_some() {
            ObsStatus::Normal
        } else {
            ObsStatus::NotApplicable
        },
        conf_status: Some(ConfStatus::Free),
        sign: value.is_none().then(|| "x".to_owned()),
        value,
        lower: None,
        upper: None,
        base: i64::try_from(base).ok(),
        footnotes: Vec::new(),
    }
}

/// The indicator's figures for `year` from the public `offers`: one per district and the city
/// (each qualifying offer counted once; online offers in no district and not in the city's
/// figure either, which counts the offers reaching a district). Offer counts are not counts of
/// persons: no disclosure control applies (docs/decisions.md, issue 18).
pub fn observations(
    offers: &[OfferContent],
    populations: &[DistrictPopulation],
    year: i16,
) -> Vec<Observation> {
    let criteria = criteria();
    let table = coverage::coverage(offers, &criteria, populations, Base::WithMigrationHistory);
    let city_offers = offers
        .iter()
        .filter(|offer| criteria.matches(offer) && !offer.location.districts().is_empty())
        .count();
    let city_base: u64 = table.rows.iter().map(|row| row.population).sum();
    let mut list = vec![observation(
        year,
        teilhabe_domain::monitoring::TOTAL,
        city_offers,
        city_base,
    )];
    list.extend(
        table
            .rows
            .iter()
            .map(|row| observation(year, &row.code, row.total.offers, row.population)),
    );
    list
}

/// Publishes the indicator for `year` from the offers public at `now`. The integration office
/// (reviewers), statisticians and administrators, or the operator.
pub async fn publish(
    store: &Store,
    actor: &Actor,
    city: &str,
    year: i16,
    is_demo: bool,
    now: Timestamp,
) -> Result<(Vec<Observation>, ImportReport), AppError> {
    if let Actor::Visitor(visitor) = actor
        && !teilhabe_domain::offers::access::may_review(visitor)
        && !visitor.may_import()
    {
        return Err(AppError::refuse(
            visitor,
            "only the integration office and statisticians publish",
        ));
    }
    let offers: Vec<OfferContent> = super::search(store, &Filter::default(), now)
        .await?
        .into_iter()
        .map(|offer| offer.content)
        .collect();
    let observations = observations(&offers, &super::populations(), year);
    let mut digest = Sha256::new();
    digest.update(format!("offers {city} {year}").as_bytes());
    for observation in &observations {
        digest.update(
            format!(
                " {}={}",
                observation.at.district,
                observation.value.map(|v| v.to_string()).unwrap_or_default()
            )
            .as_bytes(),
        );
    }
    let report = store
        .import_observations(
            &NewImport {
                city: city.to_owned(),
                file_name: format!("angebote-{year}"),
                format: "offers".into(),
                source: SOURCE.into(),
                content_hash: digest
                    .finalize()
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
                imported_by: actor.name(),
                is_demo,
                note: None,
            },
            &observations,
            now,
            false,
        )
        .await?;
    Ok((observations, report))
}
