//! Measures (Maßnahmen): what is done for the concept's recommendations, with a lifecycle, progress,
//! budget and an audit trail. Plain types and rules; the store persists them, the web edits them.

mod lifecycle;
mod overlap;
mod rollup;
mod table;
mod validation;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::text::Text;

pub use lifecycle::{Status, TransitionError};
pub use overlap::{Overlap, find_overlaps};
pub use rollup::{
    FieldRollup, RecommendationRollup, Weighting, field_rollup, recommendation_rollup,
    weighted_progress,
};
pub use table::{COLUMNS, CellError, MeasureRow, RowErrors, parse_row};
pub use validation::{FieldError, Problem, ValidationContext};

/// Which programme a measure belongs to. The concept asks to synchronise the integration concept
/// with the city's refugee programme so that work is not done twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Programme {
    Concept,
    RefugeeProgramme,
    Both,
}

impl Programme {
    pub const ALL: [Programme; 3] = [
        Programme::Concept,
        Programme::RefugeeProgramme,
        Programme::Both,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Programme::Concept => "concept",
            Programme::RefugeeProgramme => "refugee_programme",
            Programme::Both => "both",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|programme| programme.as_str() == value)
    }

    pub fn includes_concept(self) -> bool {
        matches!(self, Programme::Concept | Programme::Both)
    }

    pub fn includes_refugee_programme(self) -> bool {
        matches!(self, Programme::RefugeeProgramme | Programme::Both)
    }
}

/// Where a measure works: the whole city or some districts (codes from the city settings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "scope", content = "codes")]
pub enum Districts {
    All,
    Some(Vec<String>),
}

impl Districts {
    pub fn covers(&self, code: &str) -> bool {
        match self {
            Districts::All => true,
            Districts::Some(codes) => codes.iter().any(|c| c == code),
        }
    }

    /// Whether two measures work in at least one common district.
    pub fn overlaps(&self, other: &Districts) -> bool {
        match (self, other) {
            (Districts::All, _) | (_, Districts::All) => true,
            (Districts::Some(a), Districts::Some(b)) => a.iter().any(|code| b.contains(code)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceLink {
    pub label: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub date: Date,
    pub text: String,
}

/// Everything about a measure that people edit. Each field is one column in import and export
/// files and one line in the audit log when it changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureContent {
    /// German required, English optional.
    pub title: Text,
    pub description: Text,
    /// Ids of the recommendations it serves, at least one.
    pub recommendations: Vec<String>,
    pub programme: Programme,
    pub organisation: String,
    pub contact: String,
    /// The action field whose working group carries the measure.
    pub working_group: String,
    pub status: Status,
    pub stop_reason: Option<String>,
    /// 0–100 %.
    pub progress: u8,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub budget_planned: Option<Money>,
    pub budget_spent: Option<Money>,
    pub target_groups: Vec<String>,
    pub districts: Districts,
    pub gender_aspect: bool,
    /// How the measure takes gender into account.
    pub gender_aspect_note: String,
    pub evidence: Vec<EvidenceLink>,
    pub milestones: Vec<Milestone>,
    /// Visible to the public and to the API without login.
    pub published: bool,
}

/// A stored measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    pub id: i64,
    /// Increases with every change; an edit names the version it changes.
    pub version: i64,
    /// Seeded demo data, shown as such everywhere.
    pub demo: bool,
    pub created_at: String,
    pub updated_at: String,
    pub content: MeasureContent,
}

impl MeasureContent {
    /// A new idea with the fields a form starts from.
    pub fn new(title: Text, working_group: String, recommendations: Vec<String>) -> Self {
        MeasureContent {
            title,
            description: Text::german(""),
            recommendations,
            programme: Programme::Concept,
            organisation: String::new(),
            contact: String::new(),
            working_group,
            status: Status::Idea,
            stop_reason: None,
            progress: 0,
            start: None,
            end: None,
            budget_planned: None,
            budget_spent: None,
            target_groups: Vec::new(),
            districts: Districts::All,
            gender_aspect: false,
            gender_aspect_note: String::new(),
            evidence: Vec::new(),
            milestones: Vec::new(),
            published: false,
        }
    }

    /// The fields that differ, as (column, old cell, new cell): what the audit log records.
    pub fn changes_from(&self, old: &MeasureContent) -> Vec<(&'static str, String, String)> {
        let old_cells = table::cells(old);
        table::cells(self)
            .into_iter()
            .zip(old_cells)
            .filter(|((_, new), (_, old))| new != old)
            .map(|((column, new), (_, old))| (column, old, new))
            .collect()
    }

    /// The cells of this measure in file column order.
    pub fn cells(&self) -> Vec<(&'static str, String)> {
        table::cells(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programmes_read_back_from_their_file_names() {
        let names: Vec<&str> = Programme::ALL.iter().map(|p| p.as_str()).collect();
        assert_eq!(names, ["concept", "refugee_programme", "both"]);
        for programme in Programme::ALL {
            assert_eq!(Programme::parse(programme.as_str()), Some(programme));
        }
        assert_eq!(Programme::parse("Konzept"), None);
        assert_eq!(Programme::parse(""), None);
    }

    #[test]
    fn both_belongs_to_the_concept_and_to_the_refugee_programme() {
        let concept: Vec<bool> = Programme::ALL
            .iter()
            .map(|p| p.includes_concept())
            .collect();
        assert_eq!(concept, [true, false, true]);
        let refugee: Vec<bool> = Programme::ALL
            .iter()
            .map(|p| p.includes_refugee_programme())
            .collect();
        assert_eq!(refugee, [false, true, true]);
    }

    #[test]
    fn districts_cover_and_overlap_by_common_codes() {
        let some = |codes: &[&str]| Districts::Some(codes.iter().map(|c| c.to_string()).collect());
        assert!(Districts::All.covers("01"));
        assert!(some(&["01", "02"]).covers("02"));
        assert!(!some(&["01", "02"]).covers("03"));
        assert!(!some(&[]).covers("01"));

        assert!(Districts::All.overlaps(&some(&[])));
        assert!(some(&[]).overlaps(&Districts::All));
        assert!(some(&["01", "02"]).overlaps(&some(&["02", "03"])));
        assert!(!some(&["01", "02"]).overlaps(&some(&["03"])));
        assert!(!some(&[]).overlaps(&some(&["01"])));
    }

    #[test]
    fn changes_name_only_the_columns_that_differ_as_old_then_new() {
        let old = MeasureContent::new(Text::german("Alt"), "sport".into(), vec!["s-1".into()]);
        let mut new = old.clone();
        assert!(new.changes_from(&old).is_empty());
        new.title = Text::german("Neu");
        new.progress = 30;
        new.published = true;
        assert_eq!(
            new.changes_from(&old),
            [
                ("title_de", "Alt".to_owned(), "Neu".to_owned()),
                ("progress", "0".to_owned(), "30".to_owned()),
                ("published", "no".to_owned(), "yes".to_owned()),
            ]
        );
        let columns: Vec<&str> = new.cells().into_iter().map(|(column, _)| column).collect();
        assert_eq!(columns, COLUMNS[1..]);
    }

    #[test]
    fn a_new_measure_is_an_unpublished_idea_for_the_whole_city() {
        let content = MeasureContent::new(Text::german("T"), "sport".into(), vec!["s-1".into()]);
        assert_eq!(content.status, Status::Idea);
        assert_eq!(content.programme, Programme::Concept);
        assert_eq!(content.districts, Districts::All);
        assert_eq!(content.progress, 0);
        assert!(!content.published);
        assert_eq!(content.working_group, "sport");
        assert_eq!(content.recommendations, ["s-1"]);
    }
}
