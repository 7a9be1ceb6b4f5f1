//! The translator role per language: an administrator grants an account the languages it may
//! translate; administrators and the operator translate every content language.

use jiff::Timestamp;
use teilhabe_domain::access::{Principal, Role};
use teilhabe_domain::translation::{CONTENT_LANGUAGES, is_content_language};
use teilhabe_store::Store;

use crate::error::{Actor, AppError, Problem};

/// The content languages `actor` may translate, in the order of [`CONTENT_LANGUAGES`].
pub async fn translatable_languages(store: &Store, actor: &Actor) -> Result<Vec<String>, AppError> {
    let all = || CONTENT_LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
    match actor {
        Actor::Operator(_) => Ok(all()),
        Actor::Visitor(visitor) => match visitor.principal() {
            None => Ok(Vec::new()),
            Some(Principal {
                role: Role::Administrator,
                ..
            }) => Ok(all()),
            // A token acts with its own role, not with its creator's grants.
            Some(principal) if !principal.actor.starts_with("user:") => Ok(Vec::new()),
            Some(principal) => {
                let granted = store.translator_languages(principal.user_id).await?;
                Ok(CONTENT_LANGUAGES
                    .iter()
                    .filter(|language| granted.iter().any(|g| g == *language))
                    .map(|language| (*language).to_owned())
                    .collect())
            }
        },
    }
}

/// Allows `actor` to translate `language`, or says why not. A language that is no content
/// language is not found.
pub async fn may_translate(store: &Store, actor: &Actor, language: &str) -> Result<(), AppError> {
    if !is_content_language(language) {
        return Err(AppError::NotFound);
    }
    if translatable_languages(store, actor)
        .await?
        .iter()
        .any(|granted| granted == language)
    {
        return Ok(());
    }
    match actor {
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            &format!("you are not a translator for `{language}`"),
        )),
        Actor::Operator(_) => Err(AppError::Forbidden(format!(
            "`{language}` cannot be translated"
        ))),
    }
}

/// An account with the languages it translates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatorGrant {
    pub user_id: i64,
    pub login: String,
    pub display_name: String,
    pub languages: Vec<String>,
}

/// Every account with at least one translator language (administrators need none).
pub async fn grants(store: &Store, actor: &Actor) -> Result<Vec<TranslatorGrant>, AppError> {
    may_manage(actor)?;
    let grants = store.translator_grants().await?;
    let mut result: Vec<TranslatorGrant> = Vec::new();
    for user in store.users().await? {
        let languages: Vec<String> = CONTENT_LANGUAGES
            .iter()
            .filter(|language| {
                grants
                    .iter()
                    .any(|(id, granted)| *id == user.id && granted == *language)
            })
            .map(|language| (*language).to_owned())
            .collect();
        if !languages.is_empty() {
            result.push(TranslatorGrant {
                user_id: user.id,
                login: user.login,
                display_name: user.display_name,
                languages,
            });
        }
    }
    Ok(result)
}

fn may_manage(actor: &Actor) -> Result<(), AppError> {
    match actor {
        _ if actor.may_manage_users() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(
            visitor,
            "only administrators grant translator languages",
        )),
        Actor::Operator(_) => Err(AppError::Forbidden(
            "only administrators grant translator languages".into(),
        )),
    }
}

/// Makes `languages` the exact set of languages the account `login` translates (administrators
/// only). An empty set takes the translator role away.
pub async fn set_languages(
    store: &Store,
    actor: &Actor,
    login: &str,
    languages: &[String],
    now: Timestamp,
) -> Result<(), AppError> {
    may_manage(actor)?;
    let unknown: Vec<Problem> = languages
        .iter()
        .filter(|language| !is_content_language(language))
        .map(|language| {
            Problem::new(
                "languages",
                format!(
                    "`{language}` is no content language; expected some of {}",
                    CONTENT_LANGUAGES.join(", ")
                ),
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(AppError::Invalid(unknown));
    }
    let user = store
        .user_by_login(login)
        .await?
        .ok_or(AppError::NotFound)?;
    store
        .set_translator_languages(user.id, languages, &actor.name(), now)
        .await?;
    Ok(())
}
