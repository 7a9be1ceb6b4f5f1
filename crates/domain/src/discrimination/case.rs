//! A counsellor's case record, along the dimensions of the minimum standard for documenting
//! counselling: areas of life, grounds, forms, level, whether the equal-treatment act applies,
//! interventions, outcome, the dates, and optional notes (scrubbed, never exported).

use jiff::civil::{Date, date};
use serde::{Deserialize, Serialize};

use super::report::MAX_TEXT;
use super::scrub::scrub;
use super::{Categories, Problem, choices};

/// Whether the equal-treatment act (AGG) applies, as the counsellor judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AggApplies {
    Yes,
    No,
    Unclear,
}

impl AggApplies {
    pub fn as_str(self) -> &'static str {
        match self {
            AggApplies::Yes => "yes",
            AggApplies::No => "no",
            AggApplies::Unclear => "unclear",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [AggApplies::Yes, AggApplies::No, AggApplies::Unclear]
            .into_iter()
            .find(|a| a.as_str() == text.trim())
    }
}

/// What the counsellor enters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseInput {
    pub areas: Vec<String>,
    pub grounds: Vec<String>,
    pub forms: Vec<String>,
    /// Empty: not recorded.
    pub level: String,
    pub agg: AggApplies,
    pub interventions: Vec<String>,
    /// Empty: not recorded yet.
    pub outcome: String,
    pub opened: Date,
    pub closed: Option<Date>,
    pub notes: String,
}

/// A checked case record, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRecord {
    pub areas: Vec<String>,
    pub grounds: Vec<String>,
    pub forms: Vec<String>,
    pub level: Option<String>,
    pub agg: AggApplies,
    pub interventions: Vec<String>,
    pub outcome: Option<String>,
    pub opened: Date,
    pub closed: Option<Date>,
    /// Scrubbed of e-mail addresses and phone numbers; never exported.
    pub notes: Option<String>,
}

impl CaseRecord {
    /// At least one of its grounds is marked racist in the categories.
    pub fn is_racist(&self, categories: &Categories) -> bool {
        self.grounds
            .iter()
            .any(|g| categories.ground(g).is_some_and(|g| g.racist))
    }
}

fn one_of(
    field: &'static str,
    value: &str,
    known: &[super::Category],
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if known.iter().any(|c| c.id == value) {
        Some(value.to_owned())
    } else {
        problems.push(Problem::new(field, format!("`{value}` is no known choice")));
        None
    }
}

impl CaseInput {
    /// Checks the record against the categories and today's date; every problem names its
    /// field. The notes are scrubbed.
    pub fn validate(
        &self,
        categories: &Categories,
        today: Date,
    ) -> Result<CaseRecord, Vec<Problem>> {
        let mut problems = Vec::new();
        let areas = choices("areas", &self.areas, &categories.areas, 1, &mut problems);
        let grounds = choices(
            "grounds",
            &self.grounds,
            &categories.grounds,
            1,
            &mut problems,
        );
        let forms = choices("forms", &self.forms, &categories.forms, 0, &mut problems);
        let level = one_of("level", &self.level, &categories.levels, &mut problems);
        let interventions = choices(
            "interventions",
            &self.interventions,
            &categories.interventions,
            0,
            &mut problems,
        );
        let outcome = one_of(
            "outcome",
            &self.outcome,
            &categories.outcomes,
            &mut problems,
        );
        if self.agg == AggApplies::Yes {
            let in_scope = |ids: &[String], list: &[super::Category]| {
                ids.iter()
                    .any(|id| list.iter().any(|c| &c.id == id && c.agg))
            };
            if !areas.is_empty() && !in_scope(&areas, &categories.areas) {
                problems.push(Problem::new(
                    "agg",
                    "none of the areas of life lies within the equal-treatment act",
                ));
            }
            if !grounds.is_empty() && !in_scope(&grounds, &categories.grounds) {
                problems.push(Problem::new(
                    "agg",
                    "none of the grounds is one of the equal-treatment act",
                ));
            }
        }
        if self.opened > today {
            problems.push(Problem::new("opened", "the case cannot open in the future"));
        } else if self.opened < date(2000, 1, 1) {
            problems.push(Problem::new("opened", "the case cannot open before 2000"));
        }
        if let Some(closed) = self.closed {
            if closed < self.opened {
                problems.push(Problem::new(
                    "closed",
                    "the case cannot close before it opened",
                ));
            } else if closed > today {
                problems.push(Problem::new(
                    "closed",
                    "the case cannot close in the future",
                ));
            }
            if self.outcome.trim().is_empty() {
                problems.push(Problem::new("outcome", "a closed case needs an outcome"));
            } else if outcome
                .as_deref()
                .and_then(|o| categories.outcome(o))
                .is_some_and(|o| o.open)
            {
                problems.push(Problem::new(
                    "outcome",
                    "a closed case needs an outcome other than open",
                ));
            }
        }
        let notes = self.notes.trim();
        if notes.chars().count() > MAX_TEXT {
            problems.push(Problem::new(
                "notes",
                format!("at most {MAX_TEXT} characters"),
            ));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(CaseRecord {
            areas,
            grounds,
            forms,
            level,
            agg: self.agg,
            interventions,
            outcome,
            opened: self.opened,
            closed: self.closed,
            notes: (!notes.is_empty()).then(|| scrub(notes).text),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discrimination::categories::parse;

    fn categories() -> Categories {
        parse(
            "categories.toml",
            include_str!("../../../../data/discrimination/categories.toml"),
        )
        .unwrap()
    }

    fn strings(values: &[&str]) -> Vec<String> {
        values.iter().map(|v| (*v).to_owned()).collect()
    }

    pub(crate) fn input() -> CaseInput {
        CaseInput {
            areas: strings(&["housing"]),
            grounds: strings(&["ethnic-origin", "anti-muslim"]),
            forms: strings(&["direct"]),
            level: "individual".into(),
            agg: AggApplies::Yes,
            interventions: strings(&["complaint-letter", "mediation"]),
            outcome: "partial".into(),
            opened: date(2026, 1, 10),
            closed: Some(date(2026, 3, 1)),
            notes: "Vermieterin per mail@vermietung.example angeschrieben, Rückruf +49 521 123456."
                .into(),
        }
    }

    const TODAY: Date = date(2026, 3, 15);

    #[test]
    fn a_complete_record_is_checked_and_its_notes_scrubbed() {
        let record = input().validate(&categories(), TODAY).unwrap();
        assert_eq!(
            record.notes.as_deref(),
            Some(
                "Vermieterin per [E-Mail entfernt] angeschrieben, Rückruf [Telefonnummer entfernt]."
            )
        );
        assert!(record.is_racist(&categories()));
        assert_eq!(record.level.as_deref(), Some("individual"));
        let open = CaseInput {
            closed: None,
            outcome: String::new(),
            level: String::new(),
            forms: vec![],
            interventions: vec![],
            notes: String::new(),
            grounds: strings(&["age"]),
            agg: AggApplies::Unclear,
            ..input()
        };
        let record = open.validate(&categories(), TODAY).unwrap();
        assert!(!record.is_racist(&categories()));
        assert_eq!(
            (record.level, record.outcome, record.notes),
            (None, None, None)
        );
    }

    #[test]
    fn every_problem_names_its_field() {
        let bad = CaseInput {
            areas: vec![],
            grounds: strings(&["age", "nope"]),
            forms: strings(&["direct", "direct"]),
            level: "galactic".into(),
            agg: AggApplies::No,
            interventions: strings(&["prayer"]),
            outcome: "open".into(),
            opened: date(2026, 3, 16),
            closed: Some(date(2026, 3, 10)),
            notes: "x".repeat(MAX_TEXT + 1),
        };
        let problems = bad.validate(&categories(), TODAY).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                "areas",
                "grounds",
                "forms",
                "level",
                "interventions",
                "opened",
                "closed",
                "outcome",
                "notes"
            ],
            "{problems:?}"
        );
        assert_eq!(
            problems[7].message,
            "a closed case needs an outcome other than open"
        );
    }

    #[test]
    fn closing_needs_an_outcome_and_agg_needs_a_ground_and_area_in_its_scope() {
        let no_outcome = CaseInput {
            outcome: String::new(),
            ..input()
        };
        let problems = no_outcome.validate(&categories(), TODAY).unwrap_err();
        assert_eq!(problems[0].field, "outcome");
        assert_eq!(problems[0].message, "a closed case needs an outcome");
        let late = CaseInput {
            closed: Some(date(2026, 3, 16)),
            ..input()
        };
        assert_eq!(
            late.validate(&categories(), TODAY).unwrap_err()[0].message,
            "the case cannot close in the future"
        );
        let outside = CaseInput {
            areas: strings(&["justice-police"]),
            grounds: strings(&["nationality"]),
            ..input()
        };
        let problems = outside.validate(&categories(), TODAY).unwrap_err();
        assert_eq!(
            problems
                .iter()
                .map(|p| (p.field, p.message.as_str()))
                .collect::<Vec<_>>(),
            [
                (
                    "agg",
                    "none of the areas of life lies within the equal-treatment act"
                ),
                (
                    "agg",
                    "none of the grounds is one of the equal-treatment act"
                )
            ]
        );
        let outside_no = CaseInput {
            agg: AggApplies::No,
            ..outside
        };
        assert!(outside_no.validate(&categories(), TODAY).is_ok());
        let ancient = CaseInput {
            opened: date(1999, 12, 31),
            closed: None,
            ..input()
        };
        assert_eq!(
            ancient.validate(&categories(), TODAY).unwrap_err()[0].field,
            "opened"
        );
    }

    #[test]
    fn agg_reads_its_three_values() {
        for value in [AggApplies::Yes, AggApplies::No, AggApplies::Unclear] {
            assert_eq!(AggApplies::parse(value.as_str()), Some(value));
        }
        assert_eq!(AggApplies::parse("maybe"), None);
    }
}
