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
    /// Every problem of this content; for an edit, `previous` is the stored status, so that only
    /// allowed lifecycle steps pass.
    pub fn validate(
        &self,
        context: &ValidationContext<'_>,
        previous: Option<Status>,
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
        let known: Vec<&str> = context
            .concept
            .fields
            .iter()
            .flat_map(|field| field.recommendations.iter().map(|r| r.id.as_str()))
            .collect();
        for id in &self.recommendations {
            if !known.contains(&id.as_str()) {
                problem(
                    "recommendations",
                    FieldError::UnknownRecommendation(id.clone()),
                );
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
            && let Err(error) = previous.transition(self.status)
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
