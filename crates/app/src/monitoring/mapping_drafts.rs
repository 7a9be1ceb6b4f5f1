//! Upload first, map second (issue 12): a table uploaded without a mapping is read (a dry run),
//! kept as a draft in the database and shown with a proposed mapping; the statistician corrects
//! the proposal, previews the figures next to the stored ones and imports. The confirmed mapping
//! is saved under the table's recognition key, so next year's file of the same table is
//! recognised and imported with it after one check.
//!
//! Who may: statisticians and administrators, as for importing; a draft is its owner's alone
//! (another account gets "not found", as if it did not exist).

use bytes::Bytes;
use jiff::{SignedDuration, Timestamp};
use teilhabe_domain::access::Visitor;
use teilhabe_domain::monitoring::{Coordinates, Decimal, ObsStatus};
use teilhabe_import::{Mapping, read_file_within};
use teilhabe_store::{
    ImportDraft, NewDraft, NewSavedMapping, ObservationFilter, SavedMapping, Store,
};

use super::importing::{
    ImportFailure, ImportOutcome, ImportRun, Parsing, TableUpload, catalogue_of, import_noted,
};
use crate::error::Actor;

/// How long a draft waits for its mapping.
pub const DRAFT_LIFETIME: SignedDuration = SignedDuration::from_hours(24);

/// Figures a preview shows.
pub const PREVIEW_ROWS: usize = 20;

/// Why a draft step did not happen.
#[derive(Debug)]
pub enum DraftFailure {
    /// No such draft, or another account's.
    NotFound,
    /// The draft expired (when, as stored); upload the file again.
    Expired(String),
    /// The file or the mapping has problems; nothing was stored.
    Import(ImportFailure),
}

impl From<ImportFailure> for DraftFailure {
    fn from(failure: ImportFailure) -> Self {
        DraftFailure::Import(failure)
    }
}

impl From<teilhabe_store::StoreError> for DraftFailure {
    fn from(error: teilhabe_store::StoreError) -> Self {
        DraftFailure::Import(ImportFailure::Store(error))
    }
}

impl std::fmt::Display for DraftFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftFailure::NotFound => f.write_str("there is no such draft"),
            DraftFailure::Expired(at) => {
                write!(f, "the draft expired at {at}; upload the file again")
            }
            DraftFailure::Import(failure) => write!(f, "{failure}"),
        }
    }
}

/// The user id of who may start and see drafts: a signed-in statistician or administrator.
fn owner(visitor: &Visitor) -> Result<i64, DraftFailure> {
    if !visitor.may_import() {
        return Err(DraftFailure::Import(ImportFailure::Forbidden));
    }
    visitor
        .principal()
        .map(|principal| principal.user_id)
        .ok_or(DraftFailure::Import(ImportFailure::Forbidden))
}

/// A draft of `visitor`'s, not expired at `now`.
pub async fn own_draft(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    now: Timestamp,
) -> Result<ImportDraft, DraftFailure> {
    let owner = owner(visitor)?;
    let draft = store
        .import_draft(id)
        .await?
        .filter(|draft| draft.owner_user_id == owner)
        .ok_or(DraftFailure::NotFound)?;
    if draft.is_expired(now) {
        return Err(DraftFailure::Expired(draft.expires_at));
    }
    Ok(draft)
}

/// Keeps `bytes` as a draft of `visitor` for `city` until `now` + [`DRAFT_LIFETIME`] (purging
/// expired drafts); the caller has read the file first, so only readable tables are kept.
pub(crate) async fn keep_draft(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    file_name: &str,
    bytes: &[u8],
    now: Timestamp,
) -> Result<i64, DraftFailure> {
    let owner = owner(visitor)?;
    Ok(store
        .create_import_draft(
            &NewDraft {
                city,
                owner_user_id: owner,
                file_name,
                bytes,
                expires_at: now + DRAFT_LIFETIME,
            },
            now,
        )
        .await?)
}

/// One figure of a preview: as it would be stored, and what is stored now at its coordinates.
#[derive(Debug, Clone)]
pub struct PreviewRow {
    pub indicator: String,
    pub at: Coordinates,
    pub value: Option<Decimal>,
    pub status: ObsStatus,
    /// The stored figure at the same coordinates, if any.
    pub stored: Option<(Option<Decimal>, ObsStatus)>,
}

/// What an import with a mapping would do: the dry run's report and the first figures.
#[derive(Debug)]
pub struct Preview {
    pub outcome: ImportOutcome,
    pub rows: Vec<PreviewRow>,
    /// The years the file brings.
    pub years: Vec<i32>,
}

/// Reads the draft with `mapping` as an import would (nothing is stored) and puts the first
/// figures next to the values the indicators hold for those years.
pub async fn preview(
    store: &Store,
    visitor: &Visitor,
    draft: &ImportDraft,
    mapping_text: &str,
    parsing: &Parsing,
    now: Timestamp,
) -> Result<Preview, DraftFailure> {
    let actor = Actor::Visitor(visitor.clone());
    let run = ImportRun {
        city: Some(&draft.city),
        actor: &actor,
        now,
        dry_run: true,
        parsing,
    };
    let upload = upload_of(draft, mapping_text);
    let outcome = import_noted(store, &upload, &run, None).await?;
    let catalogue = catalogue_of(store, &draft.city).await?;
    let mapping = Mapping::parse(mapping_text).map_err(|message| {
        DraftFailure::Import(ImportFailure::Mapping(vec![format!(
            "{}:{message}",
            MAPPING_NAME
        )]))
    })?;
    let read = {
        let file_name = draft.file_name.clone();
        let bytes = Bytes::from(draft.bytes.clone());
        parsing
            .run(&draft.file_name, move |limits| {
                read_file_within(&file_name, &bytes, &mapping, &catalogue, limits)
            })
            .await?
    };
    let mut rows = Vec::new();
    let mut stored_periods: std::collections::BTreeMap<(String, i32), Vec<_>> =
        std::collections::BTreeMap::new();
    for observation in read.observations.iter().take(PREVIEW_ROWS) {
        let key = (observation.indicator.clone(), observation.at.year);
        if !stored_periods.contains_key(&key) {
            let figures = store
                .observations(
                    &draft.city,
                    &observation.indicator,
                    &ObservationFilter {
                        year: Some(observation.at.year),
                        ..ObservationFilter::default()
                    },
                )
                .await?;
            stored_periods.insert(key.clone(), figures);
        }
        let stored = stored_periods.get(&key).and_then(|figures| {
            figures
                .iter()
                .find(|figure| figure.observation.at == observation.at)
                .map(|figure| (figure.observation.value, figure.observation.status))
        });
        rows.push(PreviewRow {
            indicator: observation.indicator.clone(),
            at: observation.at.clone(),
            value: observation.value,
            status: observation.status,
            stored,
        });
    }
    let years = read
        .observations
        .iter()
        .map(|observation| observation.at.year)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    Ok(Preview {
        outcome,
        rows,
        years,
    })
}

/// How the mapping of a draft is named in problems.
pub const MAPPING_NAME: &str = "mapping";

fn upload_of<'a>(draft: &'a ImportDraft, mapping_text: &'a str) -> TableUpload<'a> {
    TableUpload {
        file_name: &draft.file_name,
        bytes: Bytes::from(draft.bytes.clone()),
        mapping_name: MAPPING_NAME,
        mapping_text,
    }
}

/// The table a draft is, as far as next year's file of it is recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognition {
    /// GENESIS: `genesis:<statistics code>:<value variables>:<variables>`; tables:
    /// `table:<normalised header row>:<file name stem without years>`.
    pub key: String,
    /// How lists name the table.
    pub label: String,
}

/// What an import of a draft did.
#[derive(Debug)]
pub struct DraftImported {
    pub outcome: ImportOutcome,
    /// The saved mapping (new, or the one used again).
    pub mapping_id: i64,
}

/// Imports the draft with `mapping_text` (all or nothing, audited with a note naming the saved
/// mapping), saves the mapping under the table's recognition key and removes the draft.
pub async fn import_with_mapping(
    store: &Store,
    visitor: &Visitor,
    draft: &ImportDraft,
    recognition: &Recognition,
    mapping_text: &str,
    parsing: &Parsing,
    now: Timestamp,
) -> Result<DraftImported, DraftFailure> {
    let actor = Actor::Visitor(visitor.clone());
    let mapping = Mapping::parse(mapping_text).map_err(|message| {
        DraftFailure::Import(ImportFailure::Mapping(vec![format!(
            "{MAPPING_NAME}:{message}"
        )]))
    })?;
    let indicators = indicators_of(&mapping);
    let saved = store
        .import_mapping_by_key(&draft.city, &recognition.key)
        .await?;
    let reused = saved
        .as_ref()
        .is_some_and(|saved| saved.mapping_toml == mapping_text);
    let note = match &saved {
        Some(saved) if reused => format!("saved mapping #{} ({}) used", saved.id, saved.label),
        Some(saved) => format!("saved mapping #{} ({}) changed", saved.id, saved.label),
        None => format!("mapping saved for {}", recognition.label),
    };
    let run = ImportRun {
        city: Some(&draft.city),
        actor: &actor,
        now,
        dry_run: false,
        parsing,
    };
    let outcome = import_noted(store, &upload_of(draft, mapping_text), &run, Some(note)).await?;
    let mapping_id = match saved {
        Some(saved) if reused => {
            store.touch_import_mapping(saved.id, now).await?;
            saved.id
        }
        _ => {
            store
                .save_import_mapping(
                    &NewSavedMapping {
                        city: &draft.city,
                        recognition_key: &recognition.key,
                        label: &recognition.label,
                        mapping_toml: mapping_text,
                        indicators: &indicators,
                        confirmed_by: &actor.name(),
                    },
                    now,
                )
                .await?
        }
    };
    store.delete_import_draft(draft.id).await?;
    Ok(DraftImported {
        outcome,
        mapping_id,
    })
}

/// The indicators a mapping imports into.
pub fn indicators_of(mapping: &Mapping) -> Vec<String> {
    let mut ids: Vec<String> = mapping
        .indicator
        .iter()
        .chain(mapping.indicators.values())
        .cloned()
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The saved mappings of `city` (for who may import).
pub async fn saved_mappings(
    store: &Store,
    visitor: &Visitor,
    city: &str,
) -> Result<Vec<SavedMapping>, DraftFailure> {
    owner(visitor)?;
    Ok(store.import_mappings(city).await?)
}

/// One saved mapping of `city` (for who may import), e.g. to download its TOML.
pub async fn saved_mapping(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    id: i64,
) -> Result<SavedMapping, DraftFailure> {
    owner(visitor)?;
    store
        .import_mapping(city, id)
        .await?
        .ok_or(DraftFailure::NotFound)
}
