//! What makes a measure valid against the city's concept and settings.

use std::fmt;

use super::{Districts, MeasureContent, Status, TransitionError};
use crate::city::CitySettings;
use crate::concept::Concept;
use crate::text::is_language_code;

/// What a measure is checked against.
pub struct ValidationContext<'a> {
    pub concept: &'a Concept,
    pub settings: &'a CitySettings,
}

/// What is wrong with one field. The web layer turns each variant into a translated message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    Required,
    UnknownRecommendation(String),
    /// Retired from the concept: measures that served it keep the link, new links are refused.
    RetiredRecommendation(String),
    UnknownWorkingGroup(String),
    UnknownTargetGroup(String),
    UnknownDistrict(String),
    UnknownLanguage(String),
    ProgressAbove100,
    EndBeforeStart,
    StopReasonRequired,
    GenderNoteRequired,
    NegativeAmount,
    InvalidUrl(String),
    Transition(TransitionError),
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Required => f.write_str("required"),
            FieldError::UnknownRecommendation(id) => {
                write!(f, "`{id}` is not a recommendation of the concept")
            }
            FieldError::RetiredRecommendation(id) => write!(
                f,
                "`{id}` was retired from the concept; only measures that served it keep it"
            ),
            FieldError::UnknownWorkingGroup(slug) => {
                write!(f, "`{slug}` is not an action field of the concept")
            }
            FieldError::UnknownTargetGroup(id) => {
                write!(f, "`{id}` is not a target group of the city settings")
            }
            FieldError::UnknownDistrict(code) => {
                write!(f, "`{code}` is not a district code of the city settings")
            }
            FieldError::UnknownLanguage(code) => write!(f, "`{code}` is not a language code"),
            FieldError::ProgressAbove100 => f.write_str("progress is a percentage from 0 to 100"),
            FieldError::EndBeforeStart => f.write_str("the end date lies before the start date"),
            FieldError::StopReasonRequired => {
                f.write_str("a stopped measure needs the reason it was stopped")
            }
            FieldError::GenderNoteRequired => {
                f.write_str("say in a sentence how the measure takes gender into account")
            }
            FieldError::NegativeAmount => f.write_str("amounts cannot be negative"),
            FieldError::InvalidUrl(url) => write!(
                f,
                "`{url}` is not a web address starting with https:// or http://"
            ),
            FieldError::Transition(error) => error.fmt(f),
        }
    }
}

/// A field error with the column (file) or form field it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub column: &'static str,
    pub error: FieldError,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.column, self.error)
    }
}

impl MeasureContent {
    /// Every problem of this content; for an edit, `previous` is the stored content, so that only
    /// allowed lifecycle steps pass and only links it already had may point to a retired
    /// recommendation.
    pub fn validate(
        &self,
        context: &ValidationContext<'_>,
        previous: Option<&MeasureContent>,
    ) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |column, error| problems.push(Problem { column, error });
        if self.title.german_text().trim().is_empty() {
            problem("title_de", FieldError::Required);
        }
        for language in self.title.languages().chain(self.description.languages()) {
            if !is_language_code(language) {
                problem("title_de", FieldError::UnknownLanguage(language.to_owned()));
            }
        }
        if self.recommendations.is_empty() {
            problem("recommendations", FieldError::Required);
        }
        for id in &self.recommendations {
            let recommendation = context
                .concept
                .fields
                .iter()
                .flat_map(|field| &field.recommendations)
                .find(|r| &r.id == id);
            let linked_before =
                previous.is_some_and(|previous| previous.recommendations.contains(id));
            match recommendation {
                None => problem(
                    "recommendations",
                    FieldError::UnknownRecommendation(id.clone()),
                ),
                Some(r) if r.is_retired() && !linked_before => problem(
                    "recommendations",
                    FieldError::RetiredRecommendation(id.clone()),
                ),
                Some(_) => {}
            }
        }
        if self.working_group.is_empty() {
            problem("working_group", FieldError::Required);
        } else if context.concept.field(&self.working_group).is_none() {
            problem(
                "working_group",
                FieldError::UnknownWorkingGroup(self.working_group.clone()),
            );
        }
        if let Some(previous) = previous
            && let Err(error) = previous.status.transition(self.status)
        {
            problem("status", FieldError::Transition(error));
        }
        if self.status == Status::Stopped
            && self
                .stop_reason
                .as_deref()
                .is_none_or(|reason| reason.trim().is_empty())
        {
            problem("stop_reason", FieldError::StopReasonRequired);
        }
        if self.progress > 100 {
            problem("progress", FieldError::ProgressAbove100);
        }
        if let (Some(start), Some(end)) = (self.start, self.end)
            && end < start
        {
            problem("end_date", FieldError::EndBeforeStart);
        }
        for (column, amount) in [
            ("budget_planned", self.budget_planned),
            ("budget_spent", self.budget_spent),
        ] {
            if amount.is_some_and(|amount| amount.cents() < 0) {
                problem(column, FieldError::NegativeAmount);
            }
        }
        for group in &self.target_groups {
            if context.settings.target_group(group).is_none() {
                problem(
                    "target_groups",
                    FieldError::UnknownTargetGroup(group.clone()),
                );
            }
        }
        if let Districts::Some(codes) = &self.districts {
            if codes.is_empty() {
                problem("districts", FieldError::Required);
            }
            for code in codes {
                if context.settings.district(code).is_none() {
                    problem("districts", FieldError::UnknownDistrict(code.clone()));
                }
            }
        }
        if self.gender_aspect && self.gender_aspect_note.trim().is_empty() {
            problem("gender_aspect_note", FieldError::GenderNoteRequired);
        }
        for link in &self.evidence {
            if !(link.url.starts_with("https://") || link.url.starts_with("http://"))
                || link.url.contains(char::is_whitespace)
            {
                problem("evidence", FieldError::InvalidUrl(link.url.clone()));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::parse_concept;
    use crate::measure::EvidenceLink;
    use crate::money::Money;
    use crate::text::Text;

    fn check(change: impl FnOnce(&mut MeasureContent), previous: Option<Status>) -> Vec<Problem> {
        let concept = parse_concept(include_str!("../../../../data/concept/bielefeld.toml"))
            .expect("concept");
        let settings = CitySettings::parse(include_str!("../../../../data/city/bielefeld.toml"))
            .expect("settings");
        let mut content = MeasureContent::new(
            Text::german("Sprachcafé"),
            "elementar".into(),
            vec!["elementar-1".into()],
        );
        let stored = previous.map(|status| {
            let mut stored = content.clone();
            stored.status = status;
            stored
        });
        change(&mut content);
        content.validate(
            &ValidationContext {
                concept: &concept,
                settings: &settings,
            },
            stored.as_ref(),
        )
    }

    fn columns(problems: &[Problem]) -> Vec<&'static str> {
        problems.iter().map(|p| p.column).collect()
    }

    #[test]
    fn a_retired_recommendation_keeps_its_links_and_takes_no_new_ones() {
        let mut concept = parse_concept(include_str!("../../../../data/concept/bielefeld.toml"))
            .expect("concept");
        let settings = CitySettings::parse(include_str!("../../../../data/city/bielefeld.toml"))
            .expect("settings");
        concept.fields[0].recommendations[1].retired = Some(crate::concept::Retirement {
            date: "2026-11-30".into(),
            version: Some(2),
            reason: "vom Rat gestrichen".into(),
        });
        let retired = concept.fields[0].recommendations[1].id.clone();
        let context = ValidationContext {
            concept: &concept,
            settings: &settings,
        };
        let content = |links: &[&str]| {
            MeasureContent::new(
                Text::german("Sprachcafé"),
                "elementar".into(),
                links.iter().map(|id| id.to_string()).collect(),
            )
        };
        let serving = content(&["elementar-1", &retired]);
        assert_eq!(
            serving.validate(&context, None),
            [Problem {
                column: "recommendations",
                error: FieldError::RetiredRecommendation(retired.clone()),
            }],
            "a new measure"
        );
        assert_eq!(
            serving.validate(&context, Some(&content(&["elementar-1"]))),
            [Problem {
                column: "recommendations",
                error: FieldError::RetiredRecommendation(retired.clone()),
            }],
            "an edit that adds the link"
        );
        assert_eq!(
            serving.validate(&context, Some(&serving)),
            [],
            "an edit of a measure that already served it"
        );
    }

    #[test]
    fn a_measure_with_known_ids_and_sound_values_is_valid() {
        let problems = check(
            |c| {
                c.target_groups = vec!["children".into()];
                c.districts = Districts::Some(vec!["01".into(), "02".into()]);
                c.progress = 100;
                c.budget_planned = Some(Money::from_cents(0));
                c.gender_aspect = true;
                c.gender_aspect_note = "Mütter und Väter gleich".into();
                c.evidence = vec![
                    EvidenceLink {
                        label: "a".into(),
                        url: "https://example.org/a".into(),
                    },
                    EvidenceLink {
                        label: "b".into(),
                        url: "http://example.org/b".into(),
                    },
                ];
                c.status = Status::Stopped;
                c.stop_reason = Some("kein Träger".into());
            },
            Some(Status::Running),
        );
        assert_eq!(problems, []);
    }

    #[test]
    fn each_fault_is_named_by_its_column() {
        type Change = fn(&mut MeasureContent);
        let cases: [(Change, &str); 12] = [
            (|c| c.title = Text::german(" "), "title_de"),
            (|c| c.recommendations.clear(), "recommendations"),
            (
                |c| c.recommendations.push("gibt-es-nicht".into()),
                "recommendations",
            ),
            (|c| c.working_group = String::new(), "working_group"),
            (
                |c| c.working_group = "gibt-es-nicht".into(),
                "working_group",
            ),
            (|c| c.progress = 101, "progress"),
            (
                |c| c.budget_spent = Some(Money::from_cents(-1)),
                "budget_spent",
            ),
            (
                |c| c.target_groups = vec!["gibt-es-nicht".into()],
                "target_groups",
            ),
            (|c| c.districts = Districts::Some(Vec::new()), "districts"),
            (
                |c| c.districts = Districts::Some(vec!["99".into()]),
                "districts",
            ),
            (|c| c.gender_aspect = true, "gender_aspect_note"),
            (
                |c| {
                    c.status = Status::Stopped;
                    c.stop_reason = Some(" ".into());
                },
                "stop_reason",
            ),
        ];
        for (change, column) in cases {
            assert_eq!(columns(&check(change, None)), [column]);
        }
        for url in [
            "ftp://example.org",
            "example.org",
            "https://example.org/a b",
        ] {
            let problems = check(
                |c| {
                    c.evidence = vec![EvidenceLink {
                        label: "x".into(),
                        url: url.into(),
                    }]
                },
                None,
            );
            assert_eq!(columns(&problems), ["evidence"], "{url}");
        }
        let above = check(|c| c.progress = 101, None);
        assert_eq!(
            above[0].to_string(),
            "progress: progress is a percentage from 0 to 100"
        );
        let reopened = check(|c| c.status = Status::Running, Some(Status::Completed));
        assert_eq!(columns(&reopened), ["status"]);
        let backwards = check(
            |c| {
                c.start = Some(jiff::civil::date(2026, 5, 2));
                c.end = Some(jiff::civil::date(2026, 5, 1));
            },
            None,
        );
        assert_eq!(columns(&backwards), ["end_date"]);
        let same_day = check(
            |c| {
                c.start = Some(jiff::civil::date(2026, 5, 1));
                c.end = Some(jiff::civil::date(2026, 5, 1));
            },
            None,
        );
        assert_eq!(same_day, []);
    }
}
