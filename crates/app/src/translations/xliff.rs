//! XLIFF 2.0 export and import of content translations, for translation agencies' tools. An
//! import is all-or-nothing: every file is read and checked before anything is stored, and then
//! everything is stored in one transaction with an audit entry per changed translation.

use std::collections::HashMap;

use jiff::Timestamp;
use teilhabe_domain::translation::xliff::{
    XliffProblem, XliffUnit, check_units, read_xliff, write_xliff,
};
use teilhabe_domain::translation::{Selection, Translation, is_kept, text_states};
use teilhabe_store::{Store, TranslationWrite, Written};

use super::{current_texts, for_language, may_translate};
use crate::error::{Actor, AppError, Problem};

/// The XLIFF document of `language`'s texts that `selection` picks.
pub async fn export_xliff(
    store: &Store,
    actor: &Actor,
    city: &str,
    language: &str,
    selection: Selection,
) -> Result<String, AppError> {
    may_translate(store, actor, language).await?;
    let texts = current_texts(store, city).await?;
    let translations = for_language(store, language).await?;
    Ok(write_xliff(
        city,
        language,
        &text_states(&texts, &translations, selection),
    ))
}

/// What an import did with one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub file_name: String,
    pub language: String,
    /// Units with a translation.
    pub translations: usize,
    /// Units without one (state initial, empty target), left alone.
    pub skipped: usize,
    /// Translations stored that were not there.
    pub added: usize,
    /// Stored translations that changed.
    pub changed: usize,
    /// Translations equal to the stored ones: nothing was written for them.
    pub unchanged: usize,
    /// Translations made from another German text than the current one (they are stored and
    /// shown as outdated).
    pub outdated: usize,
}

/// Reads `bytes` (an XLIFF file named `file_name`) and stores its translations; see
/// [`import_xliff_files`].
pub async fn import_xliff(
    store: &Store,
    actor: &Actor,
    city: &str,
    file_name: &str,
    bytes: &[u8],
    now: Timestamp,
) -> Result<Imported, AppError> {
    let mut imported =
        import_xliff_files(store, actor, city, &[(file_name.to_owned(), bytes)], now).await?;
    imported
        .pop()
        .ok_or_else(|| AppError::Invalid(vec![Problem::new(file_name, "nothing was read")]))
}

/// Reads every file, checks each against the data and the actor's languages, and stores all
/// their translations in one transaction — or nothing, with every problem of every file named
/// by file, line, column and element. The translator recorded is the actor.
pub async fn import_xliff_files(
    store: &Store,
    actor: &Actor,
    city: &str,
    files: &[(String, &[u8])],
    now: Timestamp,
) -> Result<Vec<Imported>, AppError> {
    let (summaries, batch) = prepare(store, actor, city, files).await?;
    write(store, actor, files, summaries, batch, now).await
}

/// Who shipped translations (`data/translations/<city>/*.xlf`) are by, in the store and the
/// audit log.
pub const SHIPPED: &str = "teilhabe (shipped)";

/// Loads shipped translation files, as the demo does at every start: an import by [`SHIPPED`],
/// except that a translation someone made or imported in teilhabe is never replaced by a
/// shipped one. All files or nothing, as an import.
pub async fn load_shipped(
    store: &Store,
    city: &str,
    files: &[(String, &[u8])],
    now: Timestamp,
) -> Result<Vec<Imported>, AppError> {
    let actor = Actor::Operator(SHIPPED.to_owned());
    let (mut summaries, mut batch) = prepare(store, &actor, city, files).await?;
    for (summary, translations) in summaries.iter_mut().zip(batch.iter_mut()) {
        let stored = for_language(store, &summary.language).await?;
        translations.retain(|translation| {
            stored
                .get(&translation.key)
                .is_none_or(|old| old.translator == SHIPPED)
        });
        summary.translations = translations.len();
    }
    write(store, &actor, files, summaries, batch, now).await
}

type Prepared = (Vec<Imported>, Vec<Vec<Translation>>);

/// Every file read and checked, nothing stored yet.
async fn prepare(
    store: &Store,
    actor: &Actor,
    city: &str,
    files: &[(String, &[u8])],
) -> Result<Prepared, AppError> {
    if let Actor::Visitor(visitor) = actor
        && !visitor.is_signed_in()
    {
        return Err(AppError::Unauthenticated);
    }
    let texts = current_texts(store, city).await?;
    let mut problems = Vec::new();
    let mut batch = Vec::new();
    let mut summaries = Vec::new();
    for (file_name, bytes) in files {
        let as_problems = |found: Vec<XliffProblem>| {
            found
                .into_iter()
                .map(|problem| Problem::new(file_name.clone(), problem.to_string()))
        };
        let file = match read_xliff(bytes) {
            Ok(file) => file,
            Err(found) => {
                problems.extend(as_problems(found));
                continue;
            }
        };
        let language = file.target_language.clone();
        if let Err(error) = may_translate(store, actor, &language).await {
            match error {
                AppError::Forbidden(message) => {
                    problems.push(Problem::new(file_name.clone(), message));
                    continue;
                }
                other => return Err(other),
            }
        }
        let german: HashMap<String, String> = texts
            .iter()
            .filter(|(key, _)| is_kept(&language, key))
            .cloned()
            .collect();
        let translations = match check_units(&file, city, &german, &actor.name()) {
            Ok(translations) => translations,
            Err(found) => {
                problems.extend(as_problems(found));
                continue;
            }
        };
        let outdated = translations
            .iter()
            .filter(|t| german.get(&t.key).is_some_and(|g| !t.is_current_for(g)))
            .count();
        summaries.push(Imported {
            file_name: file_name.clone(),
            language,
            translations: translations.len(),
            skipped: file
                .units
                .iter()
                .filter(|unit: &&XliffUnit| !unit.carries_translation())
                .count(),
            added: 0,
            changed: 0,
            unchanged: 0,
            outdated,
        });
        batch.push(translations);
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    Ok((summaries, batch))
}

/// Stores every prepared file's translations in one transaction and counts what happened.
async fn write(
    store: &Store,
    actor: &Actor,
    files: &[(String, &[u8])],
    mut summaries: Vec<Imported>,
    batch: Vec<Vec<Translation>>,
    now: Timestamp,
) -> Result<Vec<Imported>, AppError> {
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let write = TranslationWrite {
        actor: actor.name(),
        action: "translation.import".into(),
        detail: Some(format!("XLIFF {}", names.join(", "))),
    };
    // One transaction for every file.
    let all: Vec<_> = batch.iter().flatten().cloned().collect();
    let written = store.save_content_translations(&all, &write, now).await?;
    let mut each = written.each.iter();
    for (summary, translations) in summaries.iter_mut().zip(&batch) {
        for outcome in each.by_ref().take(translations.len()) {
            match outcome {
                Written::Added => summary.added += 1,
                Written::Changed => summary.changed += 1,
                Written::Unchanged => summary.unchanged += 1,
            }
        }
    }
    Ok(summaries)
}
