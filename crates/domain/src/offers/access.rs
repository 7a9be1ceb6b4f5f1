//! Who may do what in the offers directory. The institution an account acts for is looked up in
//! the app layer (`teilhabe_app::institutions::own_institution`) and passed in here.

use crate::access::{Role, Visitor};

fn role(visitor: &Visitor) -> Option<Role> {
    visitor.principal().map(|principal| principal.role)
}

/// Create offers and list one's own: a provider account acting for an institution.
pub fn may_provide(visitor: &Visitor, own_institution: Option<&str>) -> bool {
    role(visitor) == Some(Role::Provider) && own_institution.is_some()
}

/// Edit, submit or confirm one offer: the provider acting for the offer's institution.
pub fn may_edit(visitor: &Visitor, own_institution: Option<&str>, offer_provider: &str) -> bool {
    may_provide(visitor, own_institution) && own_institution == Some(offer_provider)
}

/// Review (publish or return) offers: the integration office — administrators and concept
/// editors (the office staff who keep the concept keep its offers too).
pub fn may_review(visitor: &Visitor) -> bool {
    matches!(
        role(visitor),
        Some(Role::Administrator | Role::ConceptEditor)
    )
}

/// Read unpublished offers of every provider and the coverage figures: the city's staff.
pub fn may_see_all(visitor: &Visitor) -> bool {
    visitor.sees_internal()
}

/// Import offers for any provider (the command line acts as an administrator).
pub fn may_import(visitor: &Visitor) -> bool {
    role(visitor) == Some(Role::Administrator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Principal;

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
    fn providers_edit_only_their_own_institutions_offers() {
        let provider = as_role(Role::Provider);
        assert!(may_provide(&provider, Some("vhs")));
        assert!(!may_provide(&provider, None));
        assert!(may_edit(&provider, Some("vhs"), "vhs"));
        assert!(!may_edit(&provider, Some("vhs"), "sportverein"));
        assert!(!may_edit(&as_role(Role::Reporter), Some("vhs"), "vhs"));
        assert!(!may_edit(&Visitor::Public, None, "vhs"));
        assert!(!may_edit(&as_role(Role::Administrator), None, "vhs"));
    }

    #[test]
    fn the_office_reviews_and_providers_do_not() {
        assert!(may_review(&as_role(Role::Administrator)));
        assert!(may_review(&as_role(Role::ConceptEditor)));
        assert!(!may_review(&as_role(Role::Provider)));
        assert!(!may_review(&as_role(Role::Editor)));
        assert!(!may_review(&Visitor::Public));
        assert!(may_see_all(&as_role(Role::Viewer)));
        assert!(!may_see_all(&as_role(Role::Provider)));
        assert!(may_import(&as_role(Role::Administrator)));
        assert!(!may_import(&as_role(Role::ConceptEditor)));
    }
}
