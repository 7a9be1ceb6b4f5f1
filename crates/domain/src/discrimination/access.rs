//! Who may do what with reports of discrimination. Case records are special-category data:
//! only counsellors of the anti-discrimination office read or write them — not administrators,
//! not the city's other staff.

use crate::access::{Role, Visitor};

/// Anyone submits a report, without an account.
pub fn may_report(_visitor: &Visitor) -> bool {
    true
}

/// Read and write reports and case records, read a report's contact, read raw counts and
/// delete what is due: counsellors only.
pub fn may_document(visitor: &Visitor) -> bool {
    visitor
        .principal()
        .is_some_and(|principal| principal.role == Role::Counsellor)
}

/// The published, disclosure-controlled statistics are public.
pub fn may_see_published(_visitor: &Visitor) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Principal;

    #[test]
    fn only_counsellors_document() {
        for role in Role::ALL {
            let visitor = Visitor::Signed(Principal {
                user_id: 1,
                login: "x".into(),
                role,
                field: None,
                actor: "user:x".into(),
            });
            assert_eq!(may_document(&visitor), role == Role::Counsellor, "{role:?}");
            assert!(may_report(&visitor));
            assert!(may_see_published(&visitor));
        }
        assert!(!may_document(&Visitor::Public));
        assert!(may_report(&Visitor::Public));
        assert!(may_see_published(&Visitor::Public));
    }
}
