//! Content translations (issue 14): what public pages show in tr, ar, ru, uk, pl and Leichte
//! Sprache, and the translators' work — the work list, saving a text, XLIFF export and import.
//! Who may translate which language is decided here: administrators (and the operator at the
//! command line) every content language, other accounts the languages granted to them.

mod access;
mod xliff;

use jiff::Timestamp;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::translation::{
    ContentText, ContentTranslations, Origin, Selection, Translation, content_texts,
    is_content_language, is_kept, source_version, text_states,
};
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::{Store, TranslationWrite};

use crate::error::{Actor, AppError, Problem};

pub use access::{TranslatorGrant, grants, may_translate, set_languages, translatable_languages};
pub use xliff::{Imported, SHIPPED, export_xliff, import_xliff, import_xliff_files, load_shipped};

pub use teilhabe_domain::translation::MAX_TEXT;

/// Published translations of one language for public pages; no authorisation (public content).
/// German, English and languages without content translations get an empty set.
pub async fn for_language(store: &Store, language: &str) -> Result<ContentTranslations, AppError> {
    if !is_content_language(language) {
        return Ok(ContentTranslations::empty(language));
    }
    let translations = store.content_translations(language).await?;
    Ok(ContentTranslations::new(language, translations))
}

/// Every content text of `city` as (key, current German): the current concept, the current
/// indicator catalogue, the published measures and the published offers (the public sees no
/// others, so they are not translated).
pub async fn current_texts(store: &Store, city: &str) -> Result<Vec<(String, String)>, AppError> {
    let concept = store
        .current_concept(city)
        .await?
        .ok_or_else(|| AppError::Unready(format!("no concept of `{city}` is stored")))?;
    let indicators = store
        .current_catalogue(city)
        .await?
        .map(|catalogue| catalogue.indicators)
        .unwrap_or_default();
    let measures = store
        .measures(
            city,
            &MeasureFilter {
                published_only: true,
                ..MeasureFilter::default()
            },
        )
        .await?;
    let mut texts = content_texts(&concept.concept, &indicators, &measures);
    // Issue 18: published offers (`offer.<id>.title`, `offer.<id>.description`).
    texts.extend(crate::offers::translatable_texts(store).await?);
    Ok(texts)
}

/// The texts of `language` the selection picks, each with its current German and, where there is
/// one, the stored translation (for an outdated text: the old German and the old translation).
/// The work list is `Selection::Open`.
pub async fn work_list(
    store: &Store,
    actor: &Actor,
    city: &str,
    language: &str,
    selection: Selection,
) -> Result<Vec<ContentText>, AppError> {
    may_translate(store, actor, language).await?;
    let texts = current_texts(store, city).await?;
    let translations = for_language(store, language).await?;
    Ok(text_states(&texts, &translations, selection))
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Stored (new or changed).
    Stored,
    /// The same text from the same German was stored already.
    Unchanged,
}

/// Stores `text` as the `language` translation of `key`, made by a person (origin human) from the
/// current German; the translator is the acting account.
pub async fn save(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    language: &str,
    key: &str,
    text: &str,
    now: Timestamp,
) -> Result<Saved, AppError> {
    let actor = Actor::Visitor(visitor.clone());
    may_translate(store, &actor, language).await?;
    let texts = current_texts(store, city).await?;
    let german = texts
        .iter()
        .find(|(known, _)| known == key)
        .filter(|_| is_kept(language, key))
        .map(|(_, german)| german.clone())
        .ok_or(AppError::NotFound)?;
    let text = text.trim();
    let mut problems = Vec::new();
    if text.is_empty() {
        problems.push(Problem::new("text", "write the translation"));
    } else if text.chars().count() > MAX_TEXT {
        problems.push(Problem::new(
            "text",
            format!("at most {MAX_TEXT} characters"),
        ));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let translation = Translation {
        key: key.to_owned(),
        language: language.to_owned(),
        text: text.to_owned(),
        source_version: source_version(&german),
        source_text: german,
        origin: Origin::Human,
        translator: actor.name(),
        updated_at: String::new(),
    };
    let written = store
        .save_content_translations(
            &[translation],
            &TranslationWrite {
                actor: actor.name(),
                action: "translation.save".into(),
                detail: None,
            },
            now,
        )
        .await?;
    Ok(if written.unchanged > 0 {
        Saved::Unchanged
    } else {
        Saved::Stored
    })
}
