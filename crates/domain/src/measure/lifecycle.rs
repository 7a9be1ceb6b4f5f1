//! The lifecycle of a measure: idea → planned → running → completed → made permanent, or stopped.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Idea,
    Planned,
    Running,
    Completed,
    /// Verstetigt: the measure became a permanent offer.
    Permanent,
    /// Ended early, with a reason.
    Stopped,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a measure that is {} cannot become {}; allowed next: {}", .from.as_str(), .to.as_str(), allowed(.from))]
pub struct TransitionError {
    pub from: Status,
    pub to: Status,
}

fn allowed(from: &Status) -> String {
    let next: Vec<&str> = from.next().iter().map(|status| status.as_str()).collect();
    if next.is_empty() {
        "none".to_owned()
    } else {
        next.join(", ")
    }
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Idea,
        Status::Planned,
        Status::Running,
        Status::Completed,
        Status::Permanent,
        Status::Stopped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Idea => "idea",
            Status::Planned => "planned",
            Status::Running => "running",
            Status::Completed => "completed",
            Status::Permanent => "permanent",
            Status::Stopped => "stopped",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    /// The statuses a measure may move to from this one. Work moves forward one step at a time;
    /// anything not finished can be stopped; a stopped measure is over (start a new one instead),
    /// and so is a permanent one except that it can still be ended.
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Idea => &[Status::Planned, Status::Stopped],
            Status::Planned => &[Status::Running, Status::Stopped],
            Status::Running => &[Status::Completed, Status::Stopped],
            Status::Completed => &[Status::Permanent],
            Status::Permanent => &[Status::Stopped],
            Status::Stopped => &[],
        }
    }

    /// Checks a change of status; staying in the same status is always allowed.
    pub fn transition(self, to: Status) -> Result<(), TransitionError> {
        if self == to || self.next().contains(&to) {
            Ok(())
        } else {
            Err(TransitionError { from: self, to })
        }
    }

    /// Whether the measure's work counts towards progress (a stopped measure no longer does).
    pub fn counts_for_progress(self) -> bool {
        self != Status::Stopped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forward_one_step_or_stop() {
        assert!(Status::Idea.transition(Status::Planned).is_ok());
        assert!(Status::Planned.transition(Status::Running).is_ok());
        assert!(Status::Running.transition(Status::Completed).is_ok());
        assert!(Status::Completed.transition(Status::Permanent).is_ok());
        assert!(Status::Running.transition(Status::Stopped).is_ok());
        assert!(Status::Running.transition(Status::Running).is_ok());
    }

    #[test]
    fn refuses_jumps_and_reopening_with_a_clear_message() {
        let error = Status::Idea
            .transition(Status::Completed)
            .expect_err("jump");
        assert_eq!(
            error.to_string(),
            "a measure that is idea cannot become completed; allowed next: planned, stopped"
        );
        assert!(Status::Completed.transition(Status::Running).is_err());
        assert!(Status::Completed.transition(Status::Stopped).is_err());
        let error = Status::Stopped
            .transition(Status::Running)
            .expect_err("stopped is final");
        assert!(error.to_string().ends_with("allowed next: none"));
    }

    #[test]
    fn statuses_read_back_from_their_names() {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            names,
            [
                "idea",
                "planned",
                "running",
                "completed",
                "permanent",
                "stopped"
            ]
        );
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
        }
        assert_eq!(Status::parse("laufend"), None);
        assert_eq!(Status::parse(""), None);
    }

    #[test]
    fn only_stopped_measures_leave_the_progress() {
        let counted: Vec<bool> = Status::ALL
            .iter()
            .map(|s| s.counts_for_progress())
            .collect();
        assert_eq!(counted, [true, true, true, true, true, false]);
        assert!(Status::Stopped.next().is_empty());
        assert_eq!(Status::Permanent.next(), [Status::Stopped]);
        assert!(Status::Permanent.transition(Status::Stopped).is_ok());
        assert!(Status::Idea.transition(Status::Stopped).is_ok());
        assert!(Status::Idea.transition(Status::Running).is_err());
    }
}
