//! Where a request stands, and the one outcome it ends in: served, referred, refused (with a
//! reason from a fixed list), cancelled (by whom, why) or unserved — the demand signal.

use serde::{Deserialize, Serialize};

/// Why the coordination refused a request (a fixed list, so the refusals can be counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RefusalReason {
    NoMediatorForLanguage,
    LegalConsequences,
    TooShortNotice,
    /// Medical treatment, written translation, private persons: outside the pool's rules.
    OutsideRules,
}

impl RefusalReason {
    pub const ALL: [RefusalReason; 4] = [
        RefusalReason::NoMediatorForLanguage,
        RefusalReason::LegalConsequences,
        RefusalReason::TooShortNotice,
        RefusalReason::OutsideRules,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RefusalReason::NoMediatorForLanguage => "no-mediator-for-language",
            RefusalReason::LegalConsequences => "legal-consequences",
            RefusalReason::TooShortNotice => "too-short-notice",
            RefusalReason::OutsideRules => "outside-rules",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == value)
    }
}

/// Who cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CancelledBy {
    Institution,
    Coordination,
}

impl CancelledBy {
    pub fn as_str(self) -> &'static str {
        match self {
            CancelledBy::Institution => "institution",
            CancelledBy::Coordination => "coordination",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "institution" => Some(CancelledBy::Institution),
            "coordination" => Some(CancelledBy::Coordination),
            _ => None,
        }
    }
}

/// How a request ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum Outcome {
    Served,
    /// Sent on to professional interpreters.
    Referred,
    Refused {
        reason: RefusalReason,
    },
    Cancelled {
        by: CancelledBy,
        why: String,
    },
    /// Accepted, but nobody could take it: the unmet demand.
    Unserved,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Served => "served",
            Outcome::Referred => "referred",
            Outcome::Refused { .. } => "refused",
            Outcome::Cancelled { .. } => "cancelled",
            Outcome::Unserved => "unserved",
        }
    }
}

/// Where a request stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Submitted; the coordination has not checked it yet.
    Open,
    /// Checked and accepted; looking for a mediator.
    Accepted,
    /// Offered to a mediator who has not answered yet.
    Offered,
    /// A mediator accepted.
    Assigned,
    Closed(Outcome),
}

impl Status {
    /// The stored name: the state, or the outcome of a closed request.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Accepted => "accepted",
            Status::Offered => "offered",
            Status::Assigned => "assigned",
            Status::Closed(outcome) => outcome.as_str(),
        }
    }

    pub fn is_closed(&self) -> bool {
        matches!(self, Status::Closed(_))
    }
}

/// What happens to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    /// The coordination checked it: mediation can be arranged.
    Accept,
    Refer,
    Refuse(RefusalReason),
    /// Offered to a mediator.
    Offer,
    /// The mediator declined (or the offer was withdrawn): looking again.
    Decline,
    /// The mediator accepted.
    Confirm,
    /// The appointment took place; hours reported.
    Complete,
    Cancel {
        by: CancelledBy,
        why: String,
    },
    /// Nobody could take it.
    RecordUnserved,
}

impl Transition {
    pub fn name(&self) -> &'static str {
        match self {
            Transition::Accept => "accept",
            Transition::Refer => "refer",
            Transition::Refuse(_) => "refuse",
            Transition::Offer => "offer",
            Transition::Decline => "decline",
            Transition::Confirm => "confirm",
            Transition::Complete => "complete",
            Transition::Cancel { .. } => "cancel",
            Transition::RecordUnserved => "unserved",
        }
    }
}

/// Why a transition is not allowed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("a request that is {from} cannot be {transition}ed")]
    NotFrom {
        from: &'static str,
        transition: &'static str,
    },
    #[error("a request with legal consequences is referred or refused, not accepted")]
    LegalConsequences,
    #[error("a cancellation needs a reason")]
    NoReason,
}

impl Status {
    /// The status after `transition`, or why it is not allowed. A request with legal
    /// consequences cannot be accepted (the pool's rules: refer or refuse it).
    pub fn apply(
        &self,
        transition: Transition,
        legal_consequences: bool,
    ) -> Result<Status, TransitionError> {
        use Status::*;
        use Transition as T;
        let refused = || TransitionError::NotFrom {
            from: self.as_str(),
            transition: transition.name(),
        };
        match (self, &transition) {
            (Open, T::Accept) if legal_consequences => Err(TransitionError::LegalConsequences),
            (Open, T::Accept) => Ok(Accepted),
            (Open | Accepted, T::Refer) => Ok(Closed(Outcome::Referred)),
            (Open | Accepted, T::Refuse(reason)) => {
                Ok(Closed(Outcome::Refused { reason: *reason }))
            }
            (Accepted, T::Offer) => Ok(Offered),
            (Offered, T::Decline) => Ok(Accepted),
            (Offered, T::Confirm) => Ok(Assigned),
            (Assigned, T::Complete) => Ok(Closed(Outcome::Served)),
            (Open | Accepted | Offered | Assigned, T::Cancel { why, .. })
                if why.trim().is_empty() =>
            {
                Err(TransitionError::NoReason)
            }
            (Open | Accepted | Offered | Assigned, T::Cancel { by, why }) => {
                Ok(Closed(Outcome::Cancelled {
                    by: *by,
                    why: why.trim().to_owned(),
                }))
            }
            (Accepted, T::RecordUnserved) => Ok(Closed(Outcome::Unserved)),
            _ => Err(refused()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cancel() -> Transition {
        Transition::Cancel {
            by: CancelledBy::Institution,
            why: "Termin verschoben".into(),
        }
    }

    fn all_transitions() -> Vec<Transition> {
        vec![
            Transition::Accept,
            Transition::Refer,
            Transition::Refuse(RefusalReason::TooShortNotice),
            Transition::Offer,
            Transition::Decline,
            Transition::Confirm,
            Transition::Complete,
            cancel(),
            Transition::RecordUnserved,
        ]
    }

    #[test]
    fn every_path_ends_in_exactly_one_outcome() {
        let served = Status::Open
            .apply(Transition::Accept, false)
            .and_then(|s| s.apply(Transition::Offer, false))
            .and_then(|s| s.apply(Transition::Decline, false))
            .and_then(|s| s.apply(Transition::Offer, false))
            .and_then(|s| s.apply(Transition::Confirm, false))
            .and_then(|s| s.apply(Transition::Complete, false))
            .unwrap();
        assert_eq!(served, Status::Closed(Outcome::Served));
        assert_eq!(
            Status::Open.apply(Transition::Refer, true).unwrap(),
            Status::Closed(Outcome::Referred)
        );
        assert_eq!(
            Status::Accepted
                .apply(
                    Transition::Refuse(RefusalReason::NoMediatorForLanguage),
                    false
                )
                .unwrap(),
            Status::Closed(Outcome::Refused {
                reason: RefusalReason::NoMediatorForLanguage
            })
        );
        assert_eq!(
            Status::Assigned.apply(cancel(), false).unwrap(),
            Status::Closed(Outcome::Cancelled {
                by: CancelledBy::Institution,
                why: "Termin verschoben".into()
            })
        );
        assert_eq!(
            Status::Accepted
                .apply(Transition::RecordUnserved, false)
                .unwrap(),
            Status::Closed(Outcome::Unserved)
        );
    }

    #[test]
    fn the_allowed_transitions_are_exactly_these() {
        let allowed: &[(Status, &[&str])] = &[
            (Status::Open, &["accept", "refer", "refuse", "cancel"]),
            (
                Status::Accepted,
                &["refer", "refuse", "offer", "cancel", "unserved"],
            ),
            (Status::Offered, &["decline", "confirm", "cancel"]),
            (Status::Assigned, &["complete", "cancel"]),
        ];
        for (from, names) in allowed {
            for transition in all_transitions() {
                let name = transition.name();
                let result = from.apply(transition, false);
                assert_eq!(
                    result.is_ok(),
                    names.contains(&name),
                    "{} → {name}: {result:?}",
                    from.as_str()
                );
            }
        }
        for outcome in [
            Outcome::Served,
            Outcome::Referred,
            Outcome::Unserved,
            Outcome::Refused {
                reason: RefusalReason::OutsideRules,
            },
        ] {
            for transition in all_transitions() {
                let name = transition.name();
                assert_eq!(
                    Status::Closed(outcome.clone()).apply(transition, false),
                    Err(TransitionError::NotFrom {
                        from: outcome.as_str(),
                        transition: name,
                    })
                );
            }
        }
    }

    #[test]
    fn legal_consequences_are_referred_or_refused_and_a_cancellation_says_why() {
        assert_eq!(
            Status::Open.apply(Transition::Accept, true),
            Err(TransitionError::LegalConsequences)
        );
        assert_eq!(
            Status::Open
                .apply(Transition::Refuse(RefusalReason::LegalConsequences), true)
                .unwrap()
                .as_str(),
            "refused"
        );
        assert_eq!(
            Status::Offered.apply(
                Transition::Cancel {
                    by: CancelledBy::Coordination,
                    why: "  ".into()
                },
                false
            ),
            Err(TransitionError::NoReason)
        );
    }
}
