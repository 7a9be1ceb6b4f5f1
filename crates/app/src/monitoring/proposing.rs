//! Upload first, map second: a mapping proposed from a table file for the city's catalogue and
//! places, for `teilhabe import table FILE --propose-mapping` and the upload form. Nothing is
//! stored; who may import may ask for a proposal.

use bytes::Bytes;
use teilhabe_import::propose::{Places, Proposal, propose};
use teilhabe_store::Store;

use super::importing::{ImportFailure, Parsing, catalogue_of, resolve_city};
use crate::error::Actor;

/// A table file without a mapping.
pub struct ProposalUpload<'a> {
    pub file_name: &'a str,
    /// Shared, not copied, into the thread that reads it.
    pub bytes: Bytes,
}

/// The proposal and the city it is for.
#[derive(Debug)]
pub struct ProposedMapping {
    pub city: String,
    pub proposal: Proposal,
}

/// Reads `upload` (within the parsing limits and slots of imports) and proposes how to map it
/// onto the stored catalogue of `city` (else the only city stored), its districts and its
/// official key.
pub async fn propose_mapping(
    store: &Store,
    upload: &ProposalUpload<'_>,
    city: Option<&str>,
    actor: &Actor,
    parsing: &Parsing,
) -> Result<ProposedMapping, ImportFailure> {
    if !actor.may_import() {
        return Err(ImportFailure::Forbidden);
    }
    let city = resolve_city(store, city, None).await?;
    let catalogue = catalogue_of(store, &city).await?;
    let places = places_of(store, &city).await?;
    let proposal = {
        let file_name = upload.file_name.to_owned();
        let bytes = upload.bytes.clone();
        parsing
            .run(upload.file_name, move |limits| {
                propose(&file_name, &bytes, &catalogue, &places, limits)
            })
            .await?
    };
    Ok(ProposedMapping { city, proposal })
}

/// The city's name and official key (from its concept) and districts (from its settings).
pub async fn places_of(store: &Store, city: &str) -> Result<Places, ImportFailure> {
    let concept = store.current_concept(city).await?;
    let settings = store.city_settings(city).await?;
    let (name, ags) = match concept {
        Some(stored) => (stored.concept.city.name, stored.concept.city.ags),
        None => (city.to_owned(), None),
    };
    Ok(Places {
        name,
        ags,
        districts: settings.districts,
    })
}
