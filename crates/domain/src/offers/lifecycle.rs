//! An offer's review lifecycle (draft → submitted → published | returned) and its freshness
//! (current → stale after six months without confirmation → hidden eight weeks later).

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Written by the provider, not yet sent for review.
    Draft,
    /// Waiting for the integration office's review.
    Submitted,
    /// Visible to the public (while not hidden for staleness).
    Published,
    /// Sent back by the office with a comment; the provider edits and submits again.
    Returned,
}

/// What someone does to an offer's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The provider sends it for review.
    Submit,
    /// The office publishes it.
    Publish,
    /// The office returns it with a comment (also a published one, taking it off the directory).
    Return,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("an offer that is {} cannot be {}", .from.as_str(), .step.as_str())]
pub struct TransitionError {
    pub from: Status,
    pub step: Step,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Submit => "submitted",
            Step::Publish => "published",
            Step::Return => "returned",
        }
    }
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::Submitted,
        Status::Published,
        Status::Returned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Published => "published",
            Status::Returned => "returned",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    /// The status after `step`, or why it cannot happen.
    pub fn after(self, step: Step) -> Result<Status, TransitionError> {
        match (self, step) {
            (Status::Draft | Status::Returned, Step::Submit) => Ok(Status::Submitted),
            (Status::Submitted, Step::Publish) => Ok(Status::Published),
            (Status::Submitted | Status::Published, Step::Return) => Ok(Status::Returned),
            (from, step) => Err(TransitionError { from, step }),
        }
    }

    /// The status after the provider edits the content: a published or submitted offer goes back
    /// to review (the office sees every text the public sees); drafts and returned offers stay.
    pub fn after_edit(self) -> Status {
        match self {
            Status::Published | Status::Submitted => Status::Submitted,
            other => other,
        }
    }
}

/// How current an offer is by its last confirmation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Freshness {
    Current,
    /// Not confirmed for [`STALE_AFTER_MONTHS`]: the provider is asked to confirm; still shown.
    Stale,
    /// Stale for [`HIDDEN_AFTER_WEEKS`] more: no longer shown to the public.
    Hidden,
}

pub const STALE_AFTER_MONTHS: i64 = 6;
pub const HIDDEN_AFTER_WEEKS: i64 = 8;

fn add(at: Timestamp, span: jiff::Span) -> Timestamp {
    at.to_zoned(TimeZone::UTC)
        .checked_add(span)
        .map(|zoned| zoned.timestamp())
        .unwrap_or(Timestamp::MAX)
}

/// When an offer confirmed at `confirmed` becomes stale.
pub fn stale_from(confirmed: Timestamp) -> Timestamp {
    add(confirmed, jiff::Span::new().months(STALE_AFTER_MONTHS))
}

/// When it is hidden.
pub fn hidden_from(confirmed: Timestamp) -> Timestamp {
    add(
        stale_from(confirmed),
        jiff::Span::new().weeks(HIDDEN_AFTER_WEEKS),
    )
}

pub fn freshness(confirmed: Timestamp, now: Timestamp) -> Freshness {
    if now >= hidden_from(confirmed) {
        Freshness::Hidden
    } else if now >= stale_from(confirmed) {
        Freshness::Stale
    } else {
        Freshness::Current
    }
}

/// Whether the public sees an offer: published and not hidden for staleness.
pub fn is_public(status: Status, confirmed: Timestamp, now: Timestamp) -> bool {
    status == Status::Published && freshness(confirmed, now) != Freshness::Hidden
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[test]
    fn review_steps() {
        assert_eq!(Status::Draft.after(Step::Submit), Ok(Status::Submitted));
        assert_eq!(Status::Returned.after(Step::Submit), Ok(Status::Submitted));
        assert_eq!(
            Status::Submitted.after(Step::Publish),
            Ok(Status::Published)
        );
        assert_eq!(Status::Submitted.after(Step::Return), Ok(Status::Returned));
        assert_eq!(Status::Published.after(Step::Return), Ok(Status::Returned));
        assert!(Status::Draft.after(Step::Publish).is_err());
        assert!(Status::Published.after(Step::Submit).is_err());
        assert!(Status::Returned.after(Step::Publish).is_err());
        assert_eq!(
            Status::Draft.after(Step::Publish).unwrap_err().to_string(),
            "an offer that is draft cannot be published"
        );
        assert_eq!(Status::Published.after_edit(), Status::Submitted);
        assert_eq!(Status::Returned.after_edit(), Status::Returned);
    }

    #[test]
    fn stale_after_six_months_hidden_eight_weeks_later() {
        let confirmed = at("2026-01-15T10:00:00Z");
        // Six months: 15 July 10:00; eight weeks more: 9 September 10:00.
        assert_eq!(stale_from(confirmed), at("2026-07-15T10:00:00Z"));
        assert_eq!(hidden_from(confirmed), at("2026-09-09T10:00:00Z"));
        assert_eq!(
            freshness(confirmed, at("2026-07-15T09:59:59Z")),
            Freshness::Current
        );
        assert_eq!(
            freshness(confirmed, at("2026-07-15T10:00:00Z")),
            Freshness::Stale
        );
        assert_eq!(
            freshness(confirmed, at("2026-09-09T09:59:59Z")),
            Freshness::Stale
        );
        assert_eq!(
            freshness(confirmed, at("2026-09-09T10:00:00Z")),
            Freshness::Hidden
        );
        assert!(is_public(
            Status::Published,
            confirmed,
            at("2026-09-01T00:00:00Z")
        ));
        assert!(!is_public(
            Status::Published,
            confirmed,
            at("2026-09-10T00:00:00Z")
        ));
        assert!(!is_public(
            Status::Submitted,
            confirmed,
            at("2026-02-01T00:00:00Z")
        ));
    }
}
