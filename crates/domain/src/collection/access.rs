//! Who may do what with data from institutions. The institution scope itself (a reporter sees
//! only its own institution) is decided in the application layer with the membership.

use crate::access::{Role, Visitor};

/// Enters and completes its own institution's forms.
pub fn may_report(visitor: &Visitor) -> bool {
    visitor
        .principal()
        .is_some_and(|principal| principal.role == Role::Reporter)
}

/// Sees completeness of every data set, approves and returns forms, publishes aggregates,
/// loads definitions: the statistics office and administrators.
pub fn may_review(visitor: &Visitor) -> bool {
    visitor
        .principal()
        .is_some_and(|principal| matches!(principal.role, Role::Statistician | Role::Administrator))
}

/// Reads any institution's forms (without changing them): reviewers and the staff.
pub fn may_read_all(visitor: &Visitor) -> bool {
    may_review(visitor) || visitor.sees_internal()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Principal;

    fn signed(role: Role) -> Visitor {
        Visitor::Signed(Principal {
            user_id: 1,
            login: "x".into(),
            role,
            field: None,
            actor: "user:x".into(),
        })
    }

    #[test]
    fn reporters_report_and_the_statistics_office_reviews() {
        assert!(may_report(&signed(Role::Reporter)));
        assert!(!may_report(&signed(Role::Statistician)));
        assert!(!may_report(&Visitor::Public));
        assert!(may_review(&signed(Role::Statistician)));
        assert!(may_review(&signed(Role::Administrator)));
        assert!(!may_review(&signed(Role::Reporter)));
        assert!(!may_review(&signed(Role::Viewer)));
        assert!(!may_review(&Visitor::Public));
        assert!(may_read_all(&signed(Role::Viewer)));
        assert!(!may_read_all(&signed(Role::Reporter)));
        assert!(!may_read_all(&signed(Role::Provider)));
        assert!(!may_read_all(&Visitor::Public));
    }
}
