//! The institution registry and the accounts that act for an institution (requesters of
//! language mediation, reporters of data sets, providers of offers).

use jiff::Timestamp;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::institution::Registry;
use teilhabe_store::institutions::{RegistryLoad, StoredInstitution};
use teilhabe_store::{Store, StoreError};

use crate::error::{Actor, AppError, Problem};

/// Loads a registry file: administrators (or the operator) only; all or nothing.
pub async fn load(
    store: &Store,
    actor: &Actor,
    registry: &Registry,
    now: Timestamp,
) -> Result<RegistryLoad, AppError> {
    may_manage(actor, "only administrators load the institution registry")?;
    Ok(store
        .save_institutions(registry, &actor.name(), now)
        .await?)
}

/// Every institution, for the city's staff (account forms, the pool, completeness views).
pub async fn list(store: &Store, visitor: &Visitor) -> Result<Vec<StoredInstitution>, AppError> {
    if !visitor.sees_internal() {
        return Err(AppError::refuse(
            visitor,
            "only the city's staff list institutions",
        ));
    }
    Ok(store.institutions().await?)
}

/// The institution a signed-in visitor acts for. Refused for the public and for accounts that
/// act for no institution (or for one no longer in the registry): every module's institution
/// pages start here, so the scope is decided once.
pub async fn own_institution(
    store: &Store,
    visitor: &Visitor,
) -> Result<StoredInstitution, AppError> {
    let principal = visitor
        .principal()
        .ok_or_else(|| AppError::refuse(visitor, "sign in as an institution"))?;
    let not_member = || AppError::Forbidden("this account acts for no institution".into());
    // A token acts for the institution it was made for; an account for its membership.
    let code = match principal.token_id() {
        Some(token) => store.token_institution(token).await?,
        None => store.institution_of(principal.user_id).await?,
    }
    .ok_or_else(not_member)?;
    store
        .institution(&code)
        .await?
        .filter(|stored| stored.active)
        .ok_or_else(not_member)
}

/// Which institution each account acts for, as (user id, institution code): administrators only.
pub async fn memberships(store: &Store, actor: &Actor) -> Result<Vec<(i64, String)>, AppError> {
    may_manage(
        actor,
        "only administrators see which account acts for which institution",
    )?;
    Ok(store.institution_memberships().await?)
}

/// Makes the account `login` act for `institution` (or for none): administrators only.
pub async fn set_membership(
    store: &Store,
    actor: &Actor,
    login: &str,
    institution: Option<&str>,
    now: Timestamp,
) -> Result<(), AppError> {
    may_manage(actor, "only administrators assign accounts to institutions")?;
    let user = store
        .user_by_login(login)
        .await?
        .ok_or(AppError::NotFound)?;
    match store
        .set_institution_of(user.id, institution, &actor.name(), now)
        .await
    {
        Err(StoreError::NotFound) => Err(AppError::Invalid(vec![Problem::new(
            "institution",
            format!(
                "`{}` is no active institution of the registry",
                institution.unwrap_or_default()
            ),
        )])),
        other => Ok(other?),
    }
}

fn may_manage(actor: &Actor, what: &str) -> Result<(), AppError> {
    match actor {
        _ if actor.may_manage_users() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(visitor, what)),
        Actor::Operator(_) => Err(AppError::Forbidden(what.into())),
    }
}
