//! Measures: who sees which, who changes which. The public sees published measures only; an
//! account sees all; an editor changes the measures of their own working group, an
//! administrator every one (`teilhabe_domain::access`). The list page, the detail page, the
//! forms, the JSON API and the downloads all ask here, so the rules are written once.

pub mod export;

use jiff::Timestamp;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{
    Measure, MeasureContent, Problem as ContentProblem, ValidationContext,
};
use teilhabe_domain::text::Text;
use teilhabe_store::measures::MeasureFilter;
use teilhabe_store::{AuditFilter, AuditRecord, Store, StoreError, StoredConcept};

use crate::error::{AppError, Problem};
use export::FileFormat;

/// Whether `visitor` may see `measure`: published ones everybody, the rest only accounts.
pub fn may_see(visitor: &Visitor, measure: &Measure) -> bool {
    measure.content.published || visitor.sees_internal()
}

/// `filter` narrowed to what `visitor` may see (the public: published measures only).
pub fn visible_filter(visitor: &Visitor, filter: MeasureFilter) -> MeasureFilter {
    MeasureFilter {
        published_only: !visitor.sees_internal(),
        ..filter
    }
}

/// The measures of `city` that match `filter` and that `visitor` may see.
pub async fn list_visible(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    filter: MeasureFilter,
) -> Result<Vec<Measure>, AppError> {
    Ok(store
        .measures(city, &visible_filter(visitor, filter))
        .await?)
}

/// One measure, if `visitor` may see it; an unpublished one is "not found" for the public.
pub async fn get_visible(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
) -> Result<Measure, AppError> {
    match store.measure(city, id).await? {
        Some(measure) if may_see(visitor, &measure) => Ok(measure),
        _ => Err(AppError::NotFound),
    }
}

/// Whether `visitor` may change `measure` (the edit and delete buttons of its page).
pub fn may_edit(visitor: &Visitor, measure: &Measure) -> bool {
    may_change(visitor, &measure.content.working_group).is_ok()
}

/// A measure's page: the measure, what changed in it, and what the visitor may do there.
#[derive(Debug)]
pub struct MeasureDetail {
    pub measure: Measure,
    /// The audit entries of this measure, newest first (at most 500).
    pub history: Vec<AuditRecord>,
    pub may_edit: bool,
    /// Accounts see the internal parts (contact, budget spent, history details).
    pub internal: bool,
}

/// Measure `id` with its history, if `visitor` may see it.
pub async fn detail(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
) -> Result<MeasureDetail, AppError> {
    let measure = get_visible(store, visitor, city, id).await?;
    let history = store
        .audit_log(&AuditFilter {
            entity_type: Some("measure".into()),
            entity_id: Some(id.to_string()),
            import_id: None,
            limit: Some(500),
        })
        .await?;
    Ok(MeasureDetail {
        may_edit: may_edit(visitor, &measure),
        internal: visitor.sees_internal(),
        measure,
        history,
    })
}

/// Measure `id` for its edit form: not found if `visitor` may not see it, forbidden if it
/// belongs to a working group they may not change.
pub async fn editable(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
) -> Result<Measure, AppError> {
    let measure = get_visible(store, visitor, city, id).await?;
    may_change(visitor, &measure.content.working_group)?;
    Ok(measure)
}

/// What refusing a link did.
#[derive(Debug, PartialEq, Eq)]
pub enum Unlinked {
    /// The measure is the field's own: its editors change it in the measure form.
    OwnMeasure,
    /// The links are gone — or were gone already, or someone changed the measure meanwhile
    /// (the field page shows the current state either way).
    Done,
    /// The field's recommendations are all the measure has; a measure needs one.
    LastLink,
}

/// The editors of action field `field` refuse another working group's measure `id` as a
/// contribution to their field: the measure loses its links to this field's recommendations
/// (recorded in the audit log as their change).
pub async fn refuse_link(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    field: &str,
    id: i64,
    expected_version: i64,
    now: Timestamp,
) -> Result<Unlinked, AppError> {
    may_change(visitor, field)?;
    let stored = concept_of(store, city).await?;
    let field = stored.concept.field(field).ok_or(AppError::NotFound)?;
    let measure = get_visible(store, visitor, city, id).await?;
    if measure.content.working_group == field.slug {
        return Ok(Unlinked::OwnMeasure);
    }
    let mut content = measure.content.clone();
    content
        .recommendations
        .retain(|id| !field.recommendations.iter().any(|r| &r.id == id));
    if content.recommendations.len() == measure.content.recommendations.len() {
        return Ok(Unlinked::Done);
    }
    if content.recommendations.is_empty() {
        return Ok(Unlinked::LastLink);
    }
    match store
        .update_measure(city, id, expected_version, &content, &actor(visitor), now)
        .await
    {
        Ok(_) | Err(StoreError::Conflict { .. }) => Ok(Unlinked::Done),
        Err(error) => Err(error.into()),
    }
}

/// Allows `visitor` to change measures of the working group `field`, or says why not.
pub fn may_change(visitor: &Visitor, field: &str) -> Result<(), AppError> {
    if visitor.may_edit_field(field) {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            &format!("you may not change measures of the working group `{field}`"),
        ))
    }
}

/// The recommendations in `after` but not in `before` that belong to an action field `visitor`
/// may not edit. A link makes a measure count in that field's progress, so only someone who may
/// edit that field adds it: an editor links their own field's recommendations, an administrator
/// any (docs/decisions.md, "Cross-field recommendation links"). Links already there are kept.
pub fn foreign_links(
    visitor: &Visitor,
    stored: &StoredConcept,
    before: &[String],
    after: &[String],
) -> Vec<String> {
    after
        .iter()
        .filter(|id| !before.contains(id))
        .filter(|id| {
            stored
                .concept
                .fields
                .iter()
                .find(|field| field.recommendations.iter().any(|r| &&r.id == id))
                .is_some_and(|field| !visitor.may_edit_field(&field.slug))
        })
        .cloned()
        .collect()
}

/// Refuses links to recommendations of fields `visitor` may not edit.
fn refuse_foreign_links(
    visitor: &Visitor,
    stored: &StoredConcept,
    before: &[String],
    after: &[String],
) -> Result<(), AppError> {
    let foreign = foreign_links(visitor, stored, before, after);
    if foreign.is_empty() {
        Ok(())
    } else {
        Err(AppError::Forbidden(format!(
            "you may not link recommendations of another action field: {}; an administrator adds such links",
            foreign.join(", ")
        )))
    }
}

/// Whether `visitor` may start a new measure at all (the "new measure" form and link): an
/// administrator, or an editor with a working group.
pub fn may_start_new(visitor: &Visitor) -> Result<(), AppError> {
    if visitor.may_edit_some_field() {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            "only administrators and editors of a working group create measures",
        ))
    }
}

/// The empty measure a "new measure" form starts from: in the editor's own working group.
pub fn blank(visitor: &Visitor) -> MeasureContent {
    let own_field = visitor
        .principal()
        .and_then(|p| p.field.clone())
        .unwrap_or_default();
    MeasureContent::new(Text::german(""), own_field, Vec::new())
}

/// What is wrong with `content` by the concept's and the city's rules (for an edit,
/// `previous` is the stored content: only allowed lifecycle steps pass, and only links it had may
/// point to a retired recommendation) — the same check the
/// store makes before it saves, for a form to show every problem in the visitor's language.
pub fn problems(
    stored: &StoredConcept,
    settings: &CitySettings,
    previous: Option<&MeasureContent>,
    content: &MeasureContent,
) -> Vec<ContentProblem> {
    content.validate(
        &ValidationContext {
            concept: &stored.concept,
            settings,
        },
        previous,
    )
}

/// Whether `visitor` may create `content`: in a working group they may change, linking only
/// recommendations of fields they may edit. The form and the API both ask this.
pub fn may_create(
    visitor: &Visitor,
    stored: &StoredConcept,
    content: &MeasureContent,
) -> Result<(), AppError> {
    may_change(visitor, &content.working_group)?;
    refuse_foreign_links(visitor, stored, &[], &content.recommendations)
}

/// Whether `visitor` may turn `current` into `content`: change its working group and the one
/// it moves to, and add links only to recommendations of fields they may edit.
pub fn may_update(
    visitor: &Visitor,
    stored: &StoredConcept,
    current: &MeasureContent,
    content: &MeasureContent,
) -> Result<(), AppError> {
    may_change(visitor, &current.working_group)?;
    may_change(visitor, &content.working_group)?;
    refuse_foreign_links(
        visitor,
        stored,
        &current.recommendations,
        &content.recommendations,
    )
}

async fn concept_of(store: &Store, city: &str) -> Result<StoredConcept, AppError> {
    store
        .current_concept(city)
        .await?
        .ok_or_else(|| AppError::Unready(format!("no concept of `{city}` is stored")))
}

/// Creates a measure in `visitor`'s working group (an administrator's in any).
pub async fn create(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    content: &MeasureContent,
    now: Timestamp,
) -> Result<Measure, AppError> {
    may_change(visitor, &content.working_group)?;
    let stored = concept_of(store, city).await?;
    may_create(visitor, &stored, content)?;
    Ok(store
        .create_measure(city, content, false, &actor(visitor), now)
        .await?)
}

/// Saves `content` over version `expected_version` of measure `id`: `visitor` must be allowed to
/// change both the measure's working group and the one it is moved to.
pub async fn update(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
    expected_version: i64,
    content: &MeasureContent,
    now: Timestamp,
) -> Result<Measure, AppError> {
    let current = get_visible(store, visitor, city, id).await?;
    may_change(visitor, &current.content.working_group)?;
    let stored = concept_of(store, city).await?;
    may_update(visitor, &stored, &current.content, content)?;
    Ok(store
        .update_measure(city, id, expected_version, content, &actor(visitor), now)
        .await?)
}

/// Deletes measure `id` (at `expected_version`, if given) when `visitor` may change it.
pub async fn delete(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
    expected_version: Option<i64>,
    now: Timestamp,
) -> Result<(), AppError> {
    let current = get_visible(store, visitor, city, id).await?;
    may_change(visitor, &current.content.working_group)?;
    Ok(store
        .delete_measure(city, id, expected_version, &actor(visitor), now)
        .await?)
}

/// The measures `visitor` sees with `filter`, as a file to download or to edit and import again.
pub async fn export_file(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    filter: MeasureFilter,
    format: FileFormat,
) -> Result<Vec<u8>, AppError> {
    let measures = list_visible(store, visitor, city, filter).await?;
    export::measures_file(&measures, format).map_err(|error| {
        tracing::error!(%error, "cannot write the measures file");
        AppError::Internal(StoreError::Corrupt(error.to_string()))
    })
}

fn actor(visitor: &Visitor) -> String {
    visitor
        .principal()
        .map(|p| p.actor.clone())
        .unwrap_or_else(|| "public".to_owned())
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NotFound => AppError::NotFound,
            StoreError::Conflict { current } => AppError::Conflict { current },
            StoreError::Invalid(problems) => AppError::Invalid(
                problems
                    .into_iter()
                    .map(|p| Problem::new(p.column, p.error.to_string()))
                    .collect(),
            ),
            other => AppError::Internal(other),
        }
    }
}
