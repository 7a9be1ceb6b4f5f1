//! Who may do what in language mediation. The institution scope (which institution a requester
//! acts for) and the mediator link (which pool record an account is) are looked up by the
//! application; these rules only look at the role.

use crate::access::{Principal, Role, Visitor};

fn role(visitor: &Visitor) -> Option<Role> {
    visitor.principal().map(|Principal { role, .. }| *role)
}

/// The coordination office (and administrators): the pool, every request, matching, offers,
/// outcomes, the accounting export.
pub fn may_coordinate(visitor: &Visitor) -> bool {
    matches!(
        role(visitor),
        Some(Role::MediationCoordinator | Role::Administrator)
    )
}

/// Institution staff: request mediation for their own institution, see and cancel their own
/// requests.
pub fn may_request(visitor: &Visitor) -> bool {
    role(visitor) == Some(Role::Requester)
}

/// A mediator of the pool: their own offers and assignments.
pub fn is_mediator(visitor: &Visitor) -> bool {
    role(visitor) == Some(Role::Mediator)
}

/// The aggregated demand (protected counts) is public.
pub fn may_see_demand(_visitor: &Visitor) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_role(role: Role) -> Visitor {
        Visitor::Signed(Principal {
            user_id: 1,
            login: "x".into(),
            role,
            field: None,
            actor: "user:x".into(),
        })
    }

    #[test]
    fn each_rule_allows_exactly_its_roles() {
        for role in Role::ALL {
            let visitor = as_role(role);
            assert_eq!(
                may_coordinate(&visitor),
                matches!(role, Role::MediationCoordinator | Role::Administrator),
                "{role:?}"
            );
            assert_eq!(may_request(&visitor), role == Role::Requester, "{role:?}");
            assert_eq!(is_mediator(&visitor), role == Role::Mediator, "{role:?}");
            assert!(may_see_demand(&visitor));
        }
        assert!(!may_coordinate(&Visitor::Public));
        assert!(!may_request(&Visitor::Public));
        assert!(!is_mediator(&Visitor::Public));
        assert!(may_see_demand(&Visitor::Public));
    }
}
