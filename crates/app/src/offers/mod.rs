//! Issue 18: the offers directory's use cases. Providers (accounts acting for an institution,
//! `institutions::own_institution`) write and submit their own offers and confirm they are
//! current; the integration office (administrators and concept editors) publishes or returns
//! them; everyone searches the published offers that are not hidden for staleness. Authorisation
//! is decided here, once, with the rules of `teilhabe_domain::offers::access`.

pub mod export;
pub mod import;
pub mod indicator;
pub mod stale;

use jiff::Timestamp;
use jiff::civil::Date;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::offers::coverage::{self, Base, Coverage, DistrictPopulation};
use teilhabe_domain::offers::filter::Filter;
use teilhabe_domain::offers::lifecycle::{self, Freshness, Step};
use teilhabe_domain::offers::{Known, Offer, OfferContent, Status, access, holidays, validate};
use teilhabe_store::Store;
use teilhabe_store::institutions::StoredInstitution;
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::offers::StatusChange;

use crate::error::{AppError, Problem};
use crate::institutions::own_institution;

/// The public holidays offers pause on (NRW, `data/holidays/nw.toml`).
pub fn holidays() -> Vec<Date> {
    holidays::parse(holidays::NW)
        .map(|list| list.into_iter().map(|holiday| holiday.date).collect())
        .unwrap_or_default()
}

/// The districts' populations (`data/stats/bielefeld/areas.toml`), for coverage.
pub fn populations() -> Vec<DistrictPopulation> {
    coverage::parse_populations(include_str!("../../../../data/stats/bielefeld/areas.toml"))
        .unwrap_or_default()
}

fn actor(visitor: &Visitor) -> String {
    visitor
        .principal()
        .map(|p| p.actor.clone())
        .unwrap_or_else(|| "public".to_owned())
}

/// The published offers that are public at `now`.
async fn public_offers(store: &Store, now: Timestamp) -> Result<Vec<Offer>, AppError> {
    Ok(store
        .offers_with_status(Status::Published)
        .await?
        .into_iter()
        .filter(|offer| lifecycle::is_public(offer.status, offer.confirmed_at, now))
        .collect())
}

/// The public offers that meet `filter`, by title.
pub async fn search(
    store: &Store,
    filter: &Filter,
    now: Timestamp,
) -> Result<Vec<Offer>, AppError> {
    Ok(matching(public_offers(store, now).await?, filter))
}

fn matching(public: Vec<Offer>, filter: &Filter) -> Vec<Offer> {
    let mut offers: Vec<Offer> = public
        .into_iter()
        .filter(|offer| filter.matches(&offer.content))
        .collect();
    offers.sort_by(|a, b| {
        a.content
            .title
            .to_lowercase()
            .cmp(&b.content.title.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    offers
}

/// What the search page shows: the offers found and the languages of all public offers (the
/// language filter's options), from one reading of the offers.
pub struct Found {
    pub offers: Vec<Offer>,
    pub languages: Vec<String>,
}

/// [`search`] and [`languages_offered`] together, for the search page.
pub async fn search_with_languages(
    store: &Store,
    filter: &Filter,
    now: Timestamp,
) -> Result<Found, AppError> {
    let public = public_offers(store, now).await?;
    let languages = languages_of(&public);
    Ok(Found {
        offers: matching(public, filter),
        languages,
    })
}

/// The languages public offers are held in, most offered first (German first of all: nearly
/// every offer is held in it): the search offers these, not the whole language list.
pub async fn languages_offered(store: &Store, now: Timestamp) -> Result<Vec<String>, AppError> {
    Ok(languages_of(&public_offers(store, now).await?))
}

fn languages_of(offers: &[Offer]) -> Vec<String> {
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for language in offers.iter().flat_map(|offer| &offer.content.languages) {
        *counts.entry(language).or_default() += 1;
    }
    let mut list: Vec<(&str, usize)> = counts.into_iter().collect();
    list.sort_by(|(a, m), (b, n)| {
        (*b == "de")
            .cmp(&(*a == "de"))
            .then(n.cmp(m))
            .then(a.cmp(b))
    });
    list.into_iter().map(|(code, _)| code.to_owned()).collect()
}

/// One offer as `visitor` may see it: a public one for everyone; any for the city's staff; its
/// own provider's. Others are not found.
pub async fn get(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    now: Timestamp,
) -> Result<Offer, AppError> {
    let offer = store.offer(id).await?.ok_or(AppError::NotFound)?;
    if lifecycle::is_public(offer.status, offer.confirmed_at, now) || access::may_see_all(visitor) {
        return Ok(offer);
    }
    let own = own_code(store, visitor).await?;
    if access::may_edit(visitor, own.as_deref(), &offer.provider) {
        Ok(offer)
    } else {
        Err(AppError::NotFound)
    }
}

async fn own_code(store: &Store, visitor: &Visitor) -> Result<Option<String>, AppError> {
    match visitor.principal() {
        Some(principal) if principal.role.acts_for_institution() => {
            Ok(store.institution_of(principal.user_id).await?)
        }
        _ => Ok(None),
    }
}

/// The provider's institution: refused for everyone but a provider account acting for one.
pub async fn provider_of(store: &Store, visitor: &Visitor) -> Result<StoredInstitution, AppError> {
    let institution = own_institution(store, visitor).await?;
    if !access::may_provide(visitor, Some(&institution.institution.code)) {
        return Err(AppError::refuse(visitor, "only providers publish offers"));
    }
    Ok(institution)
}

/// A provider's own offers with how current each is.
pub async fn mine(
    store: &Store,
    visitor: &Visitor,
    now: Timestamp,
) -> Result<(StoredInstitution, Vec<(Offer, Freshness)>), AppError> {
    let institution = provider_of(store, visitor).await?;
    let offers = store
        .offers_of(&institution.institution.code)
        .await?
        .into_iter()
        .map(|offer| {
            let freshness = lifecycle::freshness(offer.confirmed_at, now);
            (offer, freshness)
        })
        .collect();
    Ok((institution, offers))
}

/// What an offer may refer to in this city, loaded once per use case: districts, the concept's
/// recommendations (retired ones too: their ids and pages stay) and the measures.
pub(crate) struct References {
    districts: Vec<String>,
    recommendations: Vec<String>,
    measures: Vec<i64>,
}

impl References {
    pub(crate) async fn load(store: &Store, city: &str) -> Result<Self, AppError> {
        let settings = store.city_settings(city).await?;
        let recommendations = store
            .current_concept(city)
            .await?
            .map(|stored| {
                stored
                    .concept
                    .fields
                    .iter()
                    .flat_map(|field| field.recommendations.iter().map(|r| r.id.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let measures = store
            .measures(city, &MeasureFilter::default())
            .await?
            .iter()
            .map(|measure| measure.id)
            .collect();
        Ok(References {
            districts: settings.districts.into_iter().map(|d| d.code).collect(),
            recommendations,
            measures,
        })
    }

    /// The domain's check of `content` against these references.
    pub(crate) fn problems(&self, content: &OfferContent) -> Vec<teilhabe_domain::offers::Problem> {
        let districts: Vec<&str> = self.districts.iter().map(String::as_str).collect();
        let recommendations: Vec<&str> = self.recommendations.iter().map(String::as_str).collect();
        validate(
            content,
            &Known {
                districts: &districts,
                languages: crate::languages::list(),
                recommendations: &recommendations,
                measures: &self.measures,
            },
        )
    }
}

async fn check(store: &Store, city: &str, content: &OfferContent) -> Result<(), AppError> {
    let problems = References::load(store, city).await?.problems(content);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(
            problems
                .into_iter()
                .map(|problem| {
                    Problem::translated(
                        problem.field,
                        problem.message,
                        format!("offers-problem-{}", problem.code),
                        problem.value,
                    )
                })
                .collect(),
        ))
    }
}

/// A provider writes a new offer of its institution, as a draft.
pub async fn create(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    content: &OfferContent,
    now: Timestamp,
) -> Result<Offer, AppError> {
    let institution = provider_of(store, visitor).await?;
    check(store, city, content).await?;
    let ids = store
        .create_offers(
            &institution.institution.code,
            std::slice::from_ref(content),
            Status::Draft,
            &actor(visitor),
            now,
        )
        .await?;
    let id = ids.first().copied().ok_or(AppError::NotFound)?;
    store.offer(id).await?.ok_or(AppError::NotFound)
}

/// The offer if `visitor` may edit it (its institution's provider); others' offers are refused
/// as not found, so a provider learns nothing about them.
pub async fn editable(store: &Store, visitor: &Visitor, id: i64) -> Result<Offer, AppError> {
    let institution = provider_of(store, visitor).await?;
    let offer = store.offer(id).await?.ok_or(AppError::NotFound)?;
    if access::may_edit(
        visitor,
        Some(&institution.institution.code),
        &offer.provider,
    ) {
        Ok(offer)
    } else {
        Err(AppError::NotFound)
    }
}

/// A provider changes its offer; a published or submitted one goes back to review.
pub async fn update(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
    expected_version: i64,
    content: &OfferContent,
    now: Timestamp,
) -> Result<Offer, AppError> {
    let offer = editable(store, visitor, id).await?;
    check(store, city, content).await?;
    Ok(store
        .update_offer(
            id,
            expected_version,
            content,
            offer.status.after_edit(),
            &actor(visitor),
            now,
        )
        .await?)
}

fn step(offer: &Offer, step: Step) -> Result<Status, AppError> {
    offer
        .status
        .after(step)
        .map_err(|error| AppError::Invalid(vec![Problem::new("status", error.to_string())]))
}

/// A provider sends its offer for review (and so confirms it is current).
pub async fn submit(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    expected_version: i64,
    now: Timestamp,
) -> Result<Offer, AppError> {
    let offer = editable(store, visitor, id).await?;
    let status = step(&offer, Step::Submit)?;
    Ok(store
        .set_offer_status(
            id,
            expected_version,
            &StatusChange {
                status,
                comment: None,
                confirm: true,
            },
            &actor(visitor),
            now,
        )
        .await?)
}

/// A provider confirms its offer is still current (resets staleness).
pub async fn confirm(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    now: Timestamp,
) -> Result<Offer, AppError> {
    editable(store, visitor, id).await?;
    Ok(store.confirm_offer(id, &actor(visitor), now).await?)
}

fn may_review(visitor: &Visitor) -> Result<(), AppError> {
    if access::may_review(visitor) {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            "only the integration office reviews offers",
        ))
    }
}

/// The offers waiting for review, oldest first.
pub async fn review_queue(store: &Store, visitor: &Visitor) -> Result<Vec<Offer>, AppError> {
    may_review(visitor)?;
    Ok(store.offers_with_status(Status::Submitted).await?)
}

/// The office publishes a submitted offer.
pub async fn publish(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    expected_version: i64,
    now: Timestamp,
) -> Result<Offer, AppError> {
    may_review(visitor)?;
    let offer = store.offer(id).await?.ok_or(AppError::NotFound)?;
    let status = step(&offer, Step::Publish)?;
    Ok(store
        .set_offer_status(
            id,
            expected_version,
            &StatusChange {
                status,
                comment: None,
                confirm: false,
            },
            &actor(visitor),
            now,
        )
        .await?)
}

/// The office returns an offer to its provider with a comment (required).
pub async fn return_to_provider(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    expected_version: i64,
    comment: &str,
    now: Timestamp,
) -> Result<Offer, AppError> {
    may_review(visitor)?;
    if comment.trim().is_empty() {
        return Err(AppError::Invalid(vec![Problem::new(
            "comment",
            "say what the provider should change",
        )]));
    }
    let offer = store.offer(id).await?.ok_or(AppError::NotFound)?;
    let status = step(&offer, Step::Return)?;
    Ok(store
        .set_offer_status(
            id,
            expected_version,
            &StatusChange {
                status,
                comment: Some(comment.trim().to_owned()),
                confirm: false,
            },
            &actor(visitor),
            now,
        )
        .await?)
}

/// Coverage of the public offers meeting `criteria`, per district and category: the city's
/// staff only.
pub async fn coverage(
    store: &Store,
    visitor: &Visitor,
    criteria: &Filter,
    base: Base,
    now: Timestamp,
) -> Result<Coverage, AppError> {
    if !access::may_see_all(visitor) {
        return Err(AppError::refuse(
            visitor,
            "only the city's staff see the coverage",
        ));
    }
    let offers: Vec<OfferContent> = search(store, &Filter::default(), now)
        .await?
        .into_iter()
        .map(|offer| offer.content)
        .collect();
    Ok(coverage::coverage(&offers, criteria, &populations(), base))
}

/// The published offers' texts as (key, German) for the translators' work list, by offer id.
pub async fn translatable_texts(store: &Store) -> Result<Vec<(String, String)>, AppError> {
    let mut texts = Vec::new();
    for offer in store.offers_with_status(Status::Published).await? {
        texts.push((
            teilhabe_domain::offers::title_key(offer.id),
            offer.content.title.trim().to_owned(),
        ));
        if !offer.content.description.trim().is_empty() {
            texts.push((
                teilhabe_domain::offers::description_key(offer.id),
                offer.content.description.clone(),
            ));
        }
    }
    Ok(texts)
}
