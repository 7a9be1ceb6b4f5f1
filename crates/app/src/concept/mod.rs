//! The concept itself, edited: administrators and concept editors change its texts, add, retire
//! and reorder recommendations and action fields; every save is a new version with who, when,
//! why and the council's decision. Accounts read the versions, the difference between two of
//! them, and download any version as the concept file the command line loads. The web forms and
//! `teilhabe concept export` ask here, so the rules are written once.

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::concept::diff::{PartDiff, diff};
use teilhabe_domain::concept::edit::{Edit, EditContext, EditError, apply};
use teilhabe_domain::concept::{Concept, to_toml};
use teilhabe_store::{ConceptVersion, Store, StoredConcept, VersionNote};

use crate::error::{Actor, AppError, Problem};

/// The longest reason and decision reference a version keeps.
pub const MAX_REASON: usize = 500;
pub const MAX_REFERENCE: usize = 200;

/// Why a save is made, as the person saving gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveNote {
    pub reason: String,
    /// ISO date of the council's decision, or empty.
    pub decision_date: String,
    /// The decision's reference, or empty.
    pub decision_reference: String,
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Stored as this new version.
    Version(i64),
    /// Nothing changed: the concept stays at this version.
    Unchanged(i64),
}

/// Allows `visitor` to edit the concept (administrators and concept editors), or says why not.
pub fn may_edit(visitor: &Visitor) -> Result<(), AppError> {
    if visitor.may_edit_concept() {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            "only administrators and concept editors change the concept",
        ))
    }
}

/// Allows `actor` to read the versions of the concept (who changed it, why): accounts and the
/// operator.
pub fn may_read_versions(actor: &Actor) -> Result<(), AppError> {
    match actor {
        Actor::Operator(_) => Ok(()),
        Actor::Visitor(visitor) if visitor.sees_internal() => Ok(()),
        Actor::Visitor(visitor) => Err(AppError::refuse(visitor, "sign in to read versions")),
    }
}

/// The current concept, for the edit pages.
pub async fn editable(
    store: &Store,
    visitor: &Visitor,
    city: &str,
) -> Result<StoredConcept, AppError> {
    may_edit(visitor)?;
    current(store, city).await
}

async fn current(store: &Store, city: &str) -> Result<StoredConcept, AppError> {
    store
        .current_concept(city)
        .await?
        .ok_or_else(|| AppError::Unready(format!("no concept of `{city}` is stored")))
}

/// What is wrong with `note`: a reason is required, a decision date is a date.
pub fn note_problems(note: &SaveNote) -> Vec<Problem> {
    let mut problems = Vec::new();
    let reason = note.reason.trim();
    if reason.is_empty() {
        problems.push(Problem::new(
            "reason",
            "say why the concept changes (a short reason)",
        ));
    } else if reason.chars().count() > MAX_REASON {
        problems.push(Problem::new(
            "reason",
            format!("at most {MAX_REASON} characters"),
        ));
    }
    let date = note.decision_date.trim();
    if !date.is_empty() && date.parse::<jiff::civil::Date>().is_err() {
        problems.push(Problem::new(
            "decision_date",
            "expected a date as YYYY-MM-DD, e.g. 2026-11-26",
        ));
    }
    if note.decision_reference.trim().chars().count() > MAX_REFERENCE {
        problems.push(Problem::new(
            "decision_reference",
            format!("at most {MAX_REFERENCE} characters"),
        ));
    }
    problems
}

/// Applies `edits` to version `expected` of `city`'s concept and stores the result as a new
/// version — refused when `expected` is no longer the current version (someone saved in
/// between), when the note has no reason, or when the result breaks a rule of the concept file.
pub async fn save(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    expected: i64,
    edits: &[Edit],
    note: &SaveNote,
    now: Timestamp,
) -> Result<Saved, AppError> {
    may_edit(visitor)?;
    let problems = note_problems(note);
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    let stored = current(store, city).await?;
    if stored.version != expected {
        return Err(AppError::Conflict {
            current: stored.version,
        });
    }
    let used_ids = used_ids(store, city).await?;
    let decision_date = optional(&note.decision_date);
    let today = now.to_zoned(TimeZone::UTC).date().to_string();
    let context = EditContext {
        used_ids: &used_ids,
        date: decision_date.as_deref().unwrap_or(&today),
        version: expected + 1,
        reason: note.reason.trim(),
    };
    let changed = apply(&stored.concept, edits, &context).map_err(invalid)?;
    if changed == stored.concept {
        return Ok(Saved::Unchanged(stored.version));
    }
    let version_note = VersionNote {
        by: Actor::Visitor(visitor.clone()).name(),
        reason: Some(note.reason.trim().to_owned()),
        decision_date,
        decision_reference: optional(&note.decision_reference),
    };
    let load = store
        .save_concept_version(&changed, &version_note, Some(expected), now)
        .await?;
    Ok(if load.changed {
        Saved::Version(load.version)
    } else {
        Saved::Unchanged(load.version)
    })
}

fn optional(value: &str) -> Option<String> {
    Some(value.trim().to_owned()).filter(|value| !value.is_empty())
}

/// An edit's refusal as problems, each naming the concept file's path of what it concerns.
fn invalid(error: EditError) -> AppError {
    match error {
        EditError::Invalid(problems) => AppError::Invalid(
            problems
                .into_iter()
                .map(|(path, message)| Problem::new(path, message))
                .collect(),
        ),
        other => AppError::Invalid(vec![Problem::new("", other.to_string())]),
    }
}

/// Every id any stored version of `city`'s concept used: a new part never gets one of them.
async fn used_ids(store: &Store, city: &str) -> Result<BTreeSet<String>, AppError> {
    let mut ids = BTreeSet::new();
    for version in store.concept_versions(city).await? {
        if let Some((_, concept)) = store.concept_version(city, version.version).await? {
            ids.extend(concept.ids().into_iter().map(str::to_owned));
        }
    }
    Ok(ids)
}

/// The versions of `city`'s concept, newest first.
pub async fn versions(
    store: &Store,
    actor: &Actor,
    city: &str,
) -> Result<Vec<ConceptVersion>, AppError> {
    may_read_versions(actor)?;
    Ok(store.concept_versions(city).await?)
}

/// Version `version` of `city`'s concept.
pub async fn version(
    store: &Store,
    actor: &Actor,
    city: &str,
    version: i64,
) -> Result<(ConceptVersion, Concept), AppError> {
    may_read_versions(actor)?;
    store
        .concept_version(city, version)
        .await?
        .ok_or(AppError::NotFound)
}

/// Two versions and what changed from the first to the second.
#[derive(Debug, Clone)]
pub struct Difference {
    pub from: ConceptVersion,
    pub to: ConceptVersion,
    /// The newer of the two concepts, for names of fields and sections.
    pub concept: Concept,
    pub parts: Vec<PartDiff>,
}

/// What changed from version `from` to version `to` (either order).
pub async fn difference(
    store: &Store,
    actor: &Actor,
    city: &str,
    from: i64,
    to: i64,
) -> Result<Difference, AppError> {
    let (from, old) = version(store, actor, city, from).await?;
    let (to, new) = version(store, actor, city, to).await?;
    Ok(Difference {
        parts: diff(&old, &new),
        from,
        to,
        concept: new,
    })
}

/// Version `version` (the current one when `None`) as the concept file `teilhabe concept load`
/// reads: its number and the file's text.
pub async fn export_file(
    store: &Store,
    actor: &Actor,
    city: &str,
    version: Option<i64>,
) -> Result<(i64, String), AppError> {
    let number = match version {
        Some(number) => number,
        None => {
            may_read_versions(actor)?;
            current(store, city).await?.version
        }
    };
    let (stored, concept) = self::version(store, actor, city, number).await?;
    Ok((stored.version, to_toml(&concept)))
}
