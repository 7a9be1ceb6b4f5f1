//! The stale-offer mail: when a published offer has gone six months without confirmation, its
//! provider's accounts get one message asking them to confirm it (or to withdraw it) before it is
//! hidden. Run daily (`teilhabe offers remind`, and by `serve` once a day); idempotent per offer
//! and stale period (the period is named by the confirmation it follows, table
//! `offer_stale_mails`).

use jiff::Timestamp;
use teilhabe_domain::access::Role;
use teilhabe_domain::offers::Status;
use teilhabe_domain::offers::lifecycle::{self, Freshness};
use teilhabe_store::Store;
use teilhabe_store::mail::NewMail;

use crate::error::{Actor, AppError};

fn may_remind(actor: &Actor) -> Result<(), AppError> {
    match actor {
        Actor::Operator(_) => Ok(()),
        Actor::Visitor(visitor) if teilhabe_domain::offers::access::may_review(visitor) => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only the integration office reminds providers",
        )),
    }
}

/// Berlin date for the mail text (YYYY-MM-DD).
fn day(at: Timestamp) -> String {
    at.to_zoned(teilhabe_domain::offers::schedule::berlin())
        .date()
        .to_string()
}

/// Queues one message per stale (or already hidden, if never reminded) published offer to each
/// active provider account of its institution, addressed `account:<login>` (accounts have no
/// e-mail address yet; the mail sender resolves it). Offers whose institution has no provider
/// account are left for a later run. Returns how many offers were newly reminded.
pub async fn queue_stale_mails(
    store: &Store,
    actor: &Actor,
    now: Timestamp,
) -> Result<usize, AppError> {
    may_remind(actor)?;
    let mut providers: Vec<(String, String)> = Vec::new();
    for (user_id, code) in store.institution_memberships().await? {
        if let Some(user) = store.user(user_id).await?
            && user.active
            && user.role == Role::Provider
        {
            providers.push((code, user.login));
        }
    }
    let mut reminders = Vec::new();
    for offer in store.offers_with_status(Status::Published).await? {
        if lifecycle::freshness(offer.confirmed_at, now) == Freshness::Current {
            continue;
        }
        let hidden = lifecycle::hidden_from(offer.confirmed_at);
        let mails: Vec<NewMail> = providers
            .iter()
            .filter(|(code, _)| *code == offer.provider)
            .map(|(_, login)| NewMail {
                recipient: format!("account:{login}"),
                subject: format!("Bitte bestätigen: {}", offer.content.title.trim()),
                body: format!(
                    "Guten Tag,\n\nIhr Angebot „{}“ wurde seit sechs Monaten nicht als aktuell bestätigt. \
                     Bitte bestätigen Sie es unter „Meine Angebote“ oder ändern Sie es; \
                     sonst wird es ab dem {} nicht mehr öffentlich angezeigt.\n\nMeine Angebote: /angebote/meine\n",
                    offer.content.title.trim(),
                    day(hidden),
                ),
                calendar: None,
                digest_key: Some("offers:stale".to_owned()),
                not_before: None,
            })
            .collect();
        if mails.is_empty() {
            continue;
        }
        reminders.push((offer.id, offer.confirmed_at, mails));
    }
    Ok(store.queue_offer_stale_mails(&reminders, now).await?)
}
