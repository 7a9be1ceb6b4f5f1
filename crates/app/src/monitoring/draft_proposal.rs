//! A draft's proposed mapping: started from an upload, recognised by its table, corrected by the
//! statistician's choices in the form. The proposer itself (file in, proposal out) is the import
//! crate's (`teilhabe_import::propose`); here it is fed from the store (catalogue, city, districts)
//! and its result is kept apart from the store (a draft holds only the file).

use std::collections::BTreeMap;

use bytes::Bytes;
use jiff::Timestamp;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::city::District;
use teilhabe_domain::monitoring::{Breakdown, IndicatorDef, Unit};
use teilhabe_import::mapping::{ColumnRef, Format};
use teilhabe_import::propose::{ColumnChoice, Confidence, Proposal, Role, Target};
use teilhabe_import::{Mapping, Places};
use teilhabe_store::{ImportDraft, SavedMapping, Store};

use super::importing::{ImportFailure, Parsing, catalogue_of};
use super::mapping_drafts::{DraftFailure, Recognition, keep_draft, own_draft};
pub use super::recognition::{file_stem, recognise};
use crate::error::Problem;

/// A draft as its page shows it: the file, the proposal, and the saved mapping of its table.
#[derive(Debug)]
pub struct DraftState {
    pub draft: ImportDraft,
    pub proposal: Proposal,
    pub recognition: Recognition,
    /// The mapping confirmed for this table before (next year's file of it).
    pub saved: Option<SavedMapping>,
    pub catalogue: Vec<IndicatorDef>,
    pub districts: Vec<District>,
}

/// Reads an upload without a mapping (a dry run: a file that cannot be read gives its problems
/// and nothing is stored) and keeps it as a draft of `visitor`; returns the draft's id.
pub async fn start_draft(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    file_name: &str,
    bytes: Bytes,
    parsing: &Parsing,
    now: Timestamp,
) -> Result<i64, DraftFailure> {
    if !visitor.may_import() {
        return Err(DraftFailure::Import(ImportFailure::Forbidden));
    }
    let (catalogue, places) = inputs(store, city).await?;
    {
        let file_name = file_name.to_owned();
        let bytes = bytes.clone();
        parsing
            .run(&file_name.clone(), move |limits| {
                teilhabe_import::propose(&file_name, &bytes, &catalogue, &places, limits)
            })
            .await?;
    }
    keep_draft(store, visitor, city, file_name, &bytes, now).await
}

/// `visitor`'s draft `id` with its proposal and the saved mapping of its table, if any.
pub async fn open_draft(
    store: &Store,
    visitor: &Visitor,
    id: i64,
    parsing: &Parsing,
    now: Timestamp,
) -> Result<DraftState, DraftFailure> {
    let draft = own_draft(store, visitor, id, now).await?;
    let (catalogue, places) = inputs(store, &draft.city).await?;
    let (proposal, recognition) = {
        let file_name = draft.file_name.clone();
        let bytes = Bytes::from(draft.bytes.clone());
        let catalogue = catalogue.clone();
        parsing
            .run(&draft.file_name, move |limits| {
                let proposal =
                    teilhabe_import::propose(&file_name, &bytes, &catalogue, &places, limits)?;
                let recognition = recognise(&file_name, &bytes, &proposal, limits)?;
                Ok((proposal, recognition))
            })
            .await?
    };
    let saved = store
        .import_mapping_by_key(&draft.city, &recognition.key)
        .await?;
    let districts = store.city_settings(&draft.city).await?.districts;
    Ok(DraftState {
        draft,
        proposal,
        recognition,
        saved,
        catalogue,
        districts,
    })
}

/// The catalogue and the places of `city`, as the proposer needs them.
async fn inputs(store: &Store, city: &str) -> Result<(Vec<IndicatorDef>, Places), DraftFailure> {
    let catalogue = catalogue_of(store, city).await?;
    let places = super::proposing::places_of(store, city).await?;
    Ok((catalogue, places))
}

/// The choices a statistician made in the form, as sent (the web only collects them).
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    /// Breakdown → index of the dimension choice (column or variable) it comes from, [`NONE`]
    /// (the file does not carry it) or empty (not chosen).
    pub breakdowns: BTreeMap<Breakdown, String>,
    /// Column role → index into [`column_options`], [`NONE`], or empty (not chosen).
    pub columns: BTreeMap<Role, String>,
    /// (dimension index, code index) → catalogue code, [`SKIP`], or empty (not chosen).
    pub codes: BTreeMap<(usize, usize), String>,
    /// Indicator choice index → indicator id, [`SKIP`], or empty (not chosen).
    pub indicators: BTreeMap<usize, String>,
    /// Unit choice index → catalogue unit, or empty.
    pub units: BTreeMap<usize, String>,
    pub source: String,
}

/// The value of a choice that leaves the rows out.
pub const SKIP: &str = "-";

/// The value of a choice for a column the file does not have.
pub const NONE: &str = "none";

/// Why the form chose as it did, for the mapping file's comments.
const CHOSEN: &str = "chosen in the import form";

/// The columns a table's roles can be given (GENESIS files have none to choose).
pub fn column_options(proposal: &Proposal) -> Vec<ColumnRef> {
    let mut options: Vec<ColumnRef> = Vec::new();
    let found = proposal.columns.iter().map(|choice| &choice.column).chain(
        proposal
            .dimensions
            .iter()
            .filter_map(|dimension| dimension.column.as_ref()),
    );
    for column in found {
        if !options.contains(column) {
            options.push(column.clone());
        }
    }
    options
}

/// The form field names, shared by the web form and the problems reported here.
pub mod field {
    use teilhabe_domain::monitoring::Breakdown;
    use teilhabe_import::propose::Role;

    pub fn breakdown(breakdown: Breakdown) -> String {
        format!("breakdown-{}", breakdown.as_str())
    }
    pub fn column(role: Role) -> String {
        format!("column-{}", role.as_str())
    }
    pub fn code(dimension: usize, code: usize) -> String {
        format!("code-{dimension}-{code}")
    }
    pub fn indicator(index: usize) -> String {
        format!("indicator-{index}")
    }
    pub fn unit(index: usize) -> String {
        format!("unit-{index}")
    }
    pub const SOURCE: &str = "source";
}

/// The proposal as the statistician corrected it, every choice confirmed, and the problems, each
/// naming the form field it concerns with a message id of the translation files (`draft-…`);
/// a choice with a problem keeps the proposal's value and confidence (an unsure one stays
/// unselected in the form). Import only when there are no problems.
pub fn apply(
    proposal: &Proposal,
    corrections: &Corrections,
    catalogue: &[IndicatorDef],
) -> (Proposal, Vec<Problem>) {
    let mut corrected = proposal.clone();
    let mut problems = Vec::new();
    let source = corrections.source.trim();
    if source.is_empty() {
        problems.push(Problem::new(field::SOURCE, "draft-source-missing"));
    }
    corrected.source = source.to_owned();

    // Which column or variable each breakdown comes from; one column is one breakdown.
    let mut taken: BTreeMap<usize, Breakdown> = BTreeMap::new();
    for (breakdown, chosen) in &corrections.breakdowns {
        if chosen == NONE {
            continue;
        }
        match chosen.parse::<usize>() {
            Ok(index) if index < corrected.dimensions.len() => {
                if taken.insert(index, *breakdown).is_some() {
                    let name = field::breakdown(*breakdown);
                    problems.push(Problem::new(name, "draft-column-taken"));
                }
            }
            _ => problems.push(Problem::new(
                field::breakdown(*breakdown),
                "draft-choose-column",
            )),
        }
    }
    // Breakdowns the form did not ask about keep the proposed column.
    for (index, dimension) in proposal.dimensions.iter().enumerate() {
        if let Some(breakdown) = dimension.breakdown
            && !corrections.breakdowns.contains_key(&breakdown)
        {
            taken.entry(index).or_insert(breakdown);
        }
    }
    for (index, dimension) in corrected.dimensions.iter_mut().enumerate() {
        let breakdown = taken.get(&index).copied();
        if breakdown != dimension.breakdown {
            dimension.why = CHOSEN.into();
        }
        dimension.breakdown = breakdown;
        dimension.confidence = Confidence::Sure;
        if breakdown.is_none() {
            continue;
        }
        for (code_index, code) in dimension.codes.iter_mut().enumerate() {
            let Some(value) = corrections.codes.get(&(index, code_index)) else {
                continue;
            };
            let target = match value.as_str() {
                "" => {
                    let name = field::code(index, code_index);
                    problems.push(Problem::new(name, "draft-choose-code"));
                    continue;
                }
                SKIP => Target::Skip,
                code => Target::Code(code.to_owned()),
            };
            if target != code.target {
                code.why = CHOSEN.into();
            }
            code.target = target;
            code.confidence = Confidence::Sure;
        }
    }

    if proposal.reading.format != Format::Genesis {
        corrected.columns = chosen_columns(proposal, corrections, &mut problems);
    }

    for (index, choice) in corrected.indicators.iter_mut().enumerate() {
        let Some(value) = corrections.indicators.get(&index) else {
            continue;
        };
        let indicator = match value.as_str() {
            SKIP if choice.code.is_some() => None,
            id if catalogue.iter().any(|indicator| indicator.id == id) => Some(id.to_owned()),
            _ => {
                let name = field::indicator(index);
                problems.push(Problem::new(name, "draft-choose-indicator"));
                continue;
            }
        };
        if indicator != choice.indicator {
            choice.why = CHOSEN.into();
        }
        choice.indicator = indicator;
        choice.confidence = Confidence::Sure;
    }

    for (index, choice) in corrected.units.iter_mut().enumerate() {
        let Some(value) = corrections.units.get(&index) else {
            continue;
        };
        let unit = Unit::ALL
            .iter()
            .copied()
            .find(|unit| unit.as_str() == value);
        if unit.is_none() && !value.is_empty() {
            problems.push(Problem::new(field::unit(index), "draft-choose-unit"));
            continue;
        }
        if unit != choice.unit {
            choice.why = CHOSEN.into();
        }
        choice.unit = unit;
        choice.confidence = Confidence::Sure;
    }

    (corrected, problems)
}

/// The columns a table's roles come from, as chosen (a role the form did not ask about: as
/// proposed); the value and the year (unless the years are columns) must have one.
fn chosen_columns(
    proposal: &Proposal,
    corrections: &Corrections,
    problems: &mut Vec<Problem>,
) -> Vec<ColumnChoice> {
    let options = column_options(proposal);
    let mut columns = Vec::new();
    for role in Role::ALL {
        let chosen = match corrections.columns.get(&role).map(String::as_str) {
            Some(NONE) => None,
            Some(chosen) => match chosen.parse::<usize>().ok().and_then(|i| options.get(i)) {
                Some(column) => Some(column),
                None => {
                    problems.push(Problem::new(field::column(role), "draft-choose-column"));
                    continue;
                }
            },
            None => proposal
                .columns
                .iter()
                .find(|choice| choice.role == role)
                .map(|choice| &choice.column),
        };
        let Some(column) = chosen else {
            let wide = role == Role::Year && proposal.reading.year_columns;
            if matches!(role, Role::Value | Role::Year) && !wide {
                problems.push(Problem::new(field::column(role), "draft-choose-column"));
            }
            continue;
        };
        let before = proposal.columns.iter().find(|choice| choice.role == role);
        columns.push(ColumnChoice {
            role,
            column: column.clone(),
            confidence: Confidence::Sure,
            why: match before {
                Some(before) if before.column == *column => before.why.clone(),
                _ => CHOSEN.into(),
            },
        });
    }
    columns
}

/// The proposal with the choices of a saved mapping (to change a mapping confirmed before):
/// the columns, variables, codes, indicators and units the mapping names.
pub fn overlay(proposal: &Proposal, saved: &Mapping) -> Proposal {
    let mut shown = proposal.clone();
    shown.source = saved.source.clone();
    for dimension in &mut shown.dimensions {
        let found = saved.dimensions.iter().find(|(_, mapped)| {
            (mapped.variable.is_some() && mapped.variable == dimension.variable)
                || (mapped.column.is_some() && mapped.column == dimension.column)
        });
        let Some((breakdown, mapped)) = found else {
            dimension.breakdown = None;
            continue;
        };
        dimension.breakdown = Some(*breakdown);
        dimension.confidence = Confidence::Sure;
        let rule = dimension.rule_name().unwrap_or_default();
        for code in &mut dimension.codes {
            let kept = saved
                .keep
                .get(&rule)
                .is_none_or(|codes| codes.contains(&code.code));
            let dropped = saved
                .drop
                .get(&rule)
                .is_some_and(|codes| codes.contains(&code.code));
            let mapped_code = mapped
                .codes
                .as_ref()
                .and_then(|codes| codes.get(&code.code));
            code.target = match mapped_code {
                _ if !kept || dropped => Target::Skip,
                Some(target) => Target::Code(target.clone()),
                None => continue,
            };
            code.confidence = Confidence::Sure;
        }
    }
    if proposal.reading.format != Format::Genesis {
        let columns = &saved.columns;
        let mut chosen = Vec::new();
        for (role, column) in [
            (Role::Year, &columns.year),
            (Role::Value, &columns.value),
            (Role::Indicator, &columns.indicator),
            (Role::Unit, &columns.unit),
            (Role::Status, &columns.status),
            (Role::Lower, &columns.lower),
            (Role::Upper, &columns.upper),
            (Role::Base, &columns.base),
            (Role::Footnote, &columns.footnote),
        ] {
            if let Some(column) = column {
                chosen.push(ColumnChoice {
                    role,
                    column: column.clone(),
                    confidence: Confidence::Sure,
                    why: "the saved mapping".into(),
                });
            }
        }
        shown.columns = chosen;
    }
    for choice in &mut shown.indicators {
        let indicator = match &choice.code {
            Some(code) if !saved.indicators.is_empty() => saved.indicators.get(code).cloned(),
            _ => saved.indicator.clone(),
        };
        choice.indicator = indicator;
        choice.confidence = Confidence::Sure;
    }
    for unit in &mut shown.units {
        if let Some(known) = saved
            .units
            .get(&unit.text)
            .and_then(|unit| Unit::ALL.iter().copied().find(|u| u.as_str() == unit))
        {
            unit.unit = Some(known);
            unit.confidence = Confidence::Sure;
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use teilhabe_domain::monitoring::parse_indicator;

    use super::*;

    fn catalogue() -> Vec<IndicatorDef> {
        let dir = teilhabe_testkit::workspace_root().join("data/indicators/bielefeld");
        std::fs::read_dir(dir)
            .unwrap()
            .map(|entry| parse_indicator(&std::fs::read_to_string(entry.unwrap().path()).unwrap()))
            .collect::<Result<_, _>>()
            .unwrap()
    }

    fn kita() -> Proposal {
        let file =
            teilhabe_testkit::workspace_root().join("data/demo/monitoring/kita-u3-quote.csv");
        let bytes = std::fs::read(file).unwrap();
        let places = Places {
            name: "Bielefeld".into(),
            ags: Some("05711000".into()),
            districts: vec![District {
                code: "01".into(),
                name: "Mitte".into(),
            }],
        };
        teilhabe_import::propose(
            "kita-u3-quote.csv",
            &bytes,
            &catalogue(),
            &places,
            &teilhabe_import::Limits::default(),
        )
        .unwrap()
    }

    fn position(proposal: &Proposal, breakdown: Breakdown) -> usize {
        proposal
            .dimensions
            .iter()
            .position(|d| d.breakdown == Some(breakdown))
            .unwrap()
    }

    #[test]
    fn corrections_change_the_mapping_and_problems_name_their_fields() {
        let proposal = kita();
        let origin = position(&proposal, Breakdown::Origin);
        let district = position(&proposal, Breakdown::District);
        let mh = proposal.dimensions[origin]
            .codes
            .iter()
            .position(|code| code.code == "mit Migrationshintergrund")
            .unwrap();
        let catalogue = catalogue();

        // As proposed, with a source: no problem, the proposal's mapping.
        let confirmed = Corrections {
            source: "Jugendamt".into(),
            ..Corrections::default()
        };
        let (same, problems) = apply(&proposal, &confirmed, &catalogue);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(same.to_mapping().source, "Jugendamt");
        assert_eq!(
            same.to_mapping().dimensions[&Breakdown::Origin].codes,
            proposal.to_mapping().dimensions[&Breakdown::Origin].codes
        );

        // One code corrected, one skipped.
        let mut corrections = confirmed.clone();
        corrections.codes.insert((origin, mh), "FOREIGN".into());
        let (corrected, problems) = apply(&proposal, &corrections, &catalogue);
        assert!(problems.is_empty(), "{problems:?}");
        let mapping = corrected.to_mapping();
        let codes = mapping.dimensions[&Breakdown::Origin]
            .codes
            .clone()
            .unwrap();
        assert_eq!(codes["mit Migrationshintergrund"], "FOREIGN");
        corrections.codes.insert((origin, mh), SKIP.into());
        let mapping = apply(&proposal, &corrections, &catalogue).0.to_mapping();
        assert_eq!(mapping.drop["Herkunft"], ["mit Migrationshintergrund"]);

        // Every problem at its field: no source, a code not chosen, one column for two
        // breakdowns, an indicator outside the catalogue, a unit not known, no value column.
        let mut wrong = Corrections::default();
        wrong.codes.insert((origin, mh), String::new());
        wrong
            .breakdowns
            .insert(Breakdown::Sex, district.to_string());
        wrong
            .breakdowns
            .insert(Breakdown::District, district.to_string());
        wrong.indicators.insert(0, "erfunden".into());
        wrong.units.insert(0, "furlongs".into());
        wrong.columns.insert(Role::Value, NONE.into());
        let (kept, problems) = apply(&proposal, &wrong, &catalogue);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "source",
                "breakdown-sex",
                &field::code(origin, mh),
                "column-value",
                "indicator-0",
                "unit-0"
            ],
            "{problems:?}"
        );
        assert!(problems.iter().all(|p| p.message.starts_with("draft-")));
        // What had a problem keeps the proposal's choice.
        assert_eq!(
            kept.indicators[0].indicator,
            proposal.indicators[0].indicator
        );
    }
}
