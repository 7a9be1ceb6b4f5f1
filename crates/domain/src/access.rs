//! Who may do what. The public sees the concept and published measures; accounts have one role.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Manages users, tokens and every measure; reads the audit log.
    Administrator,
    /// Member of one action field's working group: edits that field's measures and working group.
    Editor,
    /// Imports data (statistics); reads everything internal.
    Statistician,
    /// Reads everything internal, changes nothing.
    Viewer,
    /// Edits the concept itself (texts, recommendations, fields) for the integration office;
    /// reads everything internal.
    #[serde(rename = "concept-editor")]
    ConceptEditor,
    /// Translates content texts into the languages an administrator granted, and nothing else:
    /// an outside translator or agency reads no internal page (unpublished measures, drafts).
    Translator,
    /// Staff of one institution (day care, school, clinic…; the membership is stored apart, see
    /// `institution_members`): requests language mediators for it and sees only its own requests.
    Requester,
    /// A language mediator of the municipal pool (linked to one pool record): sees and answers
    /// the assignments offered to them, reports hours and kilometres.
    Mediator,
    /// The language-mediation coordination office: manages the pool, checks requests, assigns.
    #[serde(rename = "mediation-coordinator")]
    MediationCoordinator,
    /// Reports one institution's figures for the data sets it is assigned to.
    Reporter,
    /// Publishes one organisation's offers in the offers directory.
    Provider,
    /// A counsellor of the anti-discrimination office: the only role that reads or writes
    /// reports and case records of discrimination (issue 17). Not staff: the counselling is
    /// independent and confidential, so a counsellor reads no other internal page, and no other
    /// role, administrators included, reads a case.
    Counsellor,
}

impl Role {
    pub const ALL: [Role; 12] = [
        Role::Administrator,
        Role::Editor,
        Role::Statistician,
        Role::Viewer,
        Role::ConceptEditor,
        Role::Translator,
        Role::Requester,
        Role::Mediator,
        Role::MediationCoordinator,
        Role::Reporter,
        Role::Provider,
        Role::Counsellor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Administrator => "administrator",
            Role::Editor => "editor",
            Role::Statistician => "statistician",
            Role::Viewer => "viewer",
            Role::ConceptEditor => "concept-editor",
            Role::Translator => "translator",
            Role::Requester => "requester",
            Role::Mediator => "mediator",
            Role::MediationCoordinator => "mediation-coordinator",
            Role::Reporter => "reporter",
            Role::Provider => "provider",
            Role::Counsellor => "counsellor",
        }
    }

    /// The city's own staff, who read internal pages (unpublished measures, drafts, the
    /// monitoring's internal views). People from outside the administration — translators,
    /// institutions, mediators, providers — read only what their module shows them.
    pub fn is_staff(self) -> bool {
        match self {
            Role::Administrator
            | Role::Editor
            | Role::Statistician
            | Role::Viewer
            | Role::ConceptEditor
            | Role::MediationCoordinator => true,
            Role::Translator
            | Role::Requester
            | Role::Mediator
            | Role::Reporter
            | Role::Provider
            | Role::Counsellor => false,
        }
    }

    /// Whether an account of this role acts for one institution (`institution_members`).
    pub fn acts_for_institution(self) -> bool {
        matches!(self, Role::Requester | Role::Reporter | Role::Provider)
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "admin" => Some(Role::Administrator),
            other => Self::ALL.into_iter().find(|role| role.as_str() == other),
        }
    }
}

/// A logged-in account or an API token, as far as permissions go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    pub login: String,
    pub role: Role,
    /// For editors: the action field whose working group they belong to.
    pub field: Option<String>,
    /// How they authenticated: `user:<login>` or `token:<id>`; recorded in the audit log.
    pub actor: String,
}

impl Principal {
    /// The API token this principal signed in with (`token:<id>`), if it did.
    pub fn token_id(&self) -> Option<i64> {
        self.actor.strip_prefix("token:")?.parse().ok()
    }
}

/// Whoever makes a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Visitor {
    Public,
    Signed(Principal),
}

impl Visitor {
    pub fn principal(&self) -> Option<&Principal> {
        match self {
            Visitor::Public => None,
            Visitor::Signed(principal) => Some(principal),
        }
    }

    /// Unpublished measures, the audit trail of measures, internal pages: the city's staff
    /// ([`Role::is_staff`]).
    pub fn sees_internal(&self) -> bool {
        self.principal()
            .is_some_and(|principal| principal.role.is_staff())
    }

    /// Signed in with any role (the translator pages decide per language in the store).
    pub fn is_signed_in(&self) -> bool {
        self.principal().is_some()
    }

    /// Create, change, publish or delete measures of `field`'s working group.
    pub fn may_edit_field(&self, field: &str) -> bool {
        match self.principal() {
            Some(Principal {
                role: Role::Administrator,
                ..
            }) => true,
            Some(Principal {
                role: Role::Editor,
                field: Some(own),
                ..
            }) => own == field,
            _ => false,
        }
    }

    /// Whether there is any field this visitor may edit (shows "new measure").
    pub fn may_edit_some_field(&self) -> bool {
        matches!(
            self.principal(),
            Some(Principal {
                role: Role::Administrator,
                ..
            }) | Some(Principal {
                role: Role::Editor,
                field: Some(_),
                ..
            })
        )
    }

    pub fn may_manage_users(&self) -> bool {
        matches!(
            self.principal(),
            Some(Principal {
                role: Role::Administrator,
                ..
            })
        )
    }

    pub fn may_read_audit_log(&self) -> bool {
        self.may_manage_users()
    }

    /// Change the concept itself: its texts, recommendations and action fields (a new version).
    pub fn may_edit_concept(&self) -> bool {
        matches!(
            self.principal(),
            Some(Principal {
                role: Role::Administrator | Role::ConceptEditor,
                ..
            })
        )
    }

    pub fn may_import(&self) -> bool {
        matches!(
            self.principal(),
            Some(Principal {
                role: Role::Administrator | Role::Statistician,
                ..
            })
        )
    }

    /// Build a draft of the integration report. Any account may: the draft shows only public
    /// measures and published figures, so it tells an account nothing it could not read anyway;
    /// the public reads released editions instead.
    pub fn may_build_report(&self) -> bool {
        self.sees_internal()
    }

    /// Release an edition of the integration report, which the public then reads: the
    /// integration office (administrators and concept editors), who answer for the concept.
    pub fn may_release_report(&self) -> bool {
        self.may_edit_concept()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(role: Role, field: Option<&str>) -> Visitor {
        Visitor::Signed(Principal {
            user_id: 1,
            login: "x".into(),
            role,
            field: field.map(str::to_owned),
            actor: "user:x".into(),
        })
    }

    #[test]
    fn editors_edit_only_their_field() {
        let editor = signed(Role::Editor, Some("sport"));
        assert!(editor.may_edit_field("sport"));
        assert!(!editor.may_edit_field("schule"));
        assert!(!signed(Role::Editor, None).may_edit_some_field());
        assert!(signed(Role::Administrator, None).may_edit_field("schule"));
        for visitor in [
            Visitor::Public,
            signed(Role::Viewer, None),
            signed(Role::Statistician, None),
        ] {
            assert!(!visitor.may_edit_field("sport"), "{visitor:?}");
        }
    }

    #[test]
    fn only_a_token_principal_names_its_token() {
        let mut principal = Principal {
            user_id: 0,
            login: "token-42".into(),
            role: Role::Requester,
            field: None,
            actor: "user:x".into(),
        };
        assert_eq!(principal.token_id(), None);
        principal.actor = "token:42".into();
        assert_eq!(principal.token_id(), Some(42));
        principal.actor = "user:token:42".into();
        assert_eq!(principal.token_id(), None);
    }

    #[test]
    fn internal_pages_need_an_account() {
        assert!(!Visitor::Public.sees_internal());
        assert!(signed(Role::Viewer, None).sees_internal());
        assert!(signed(Role::Statistician, None).may_import());
        assert!(!signed(Role::Editor, Some("sport")).may_import());
        assert!(!signed(Role::Editor, Some("sport")).may_read_audit_log());
    }

    /// Every rule with its allowed and its refused visitors: a rule made always true or always
    /// false fails here.
    #[test]
    fn every_rule_allows_someone_and_refuses_someone() {
        let public = Visitor::Public;
        let administrator = signed(Role::Administrator, None);
        let editor = signed(Role::Editor, Some("sport"));
        let editor_without_field = signed(Role::Editor, None);
        let statistician = signed(Role::Statistician, None);
        let viewer = signed(Role::Viewer, None);
        let concept_editor = signed(Role::ConceptEditor, None);
        let translator = signed(Role::Translator, None);
        let requester = signed(Role::Requester, None);
        let mediator = signed(Role::Mediator, None);
        let coordinator = signed(Role::MediationCoordinator, None);
        let reporter = signed(Role::Reporter, None);
        let provider = signed(Role::Provider, None);
        let counsellor = signed(Role::Counsellor, None);
        let everyone = [
            &public,
            &administrator,
            &editor,
            &editor_without_field,
            &statistician,
            &viewer,
            &concept_editor,
            &translator,
            &requester,
            &mediator,
            &coordinator,
            &reporter,
            &provider,
            &counsellor,
        ];
        // (rule, visitors it allows); every other visitor is refused.
        type Rule = fn(&Visitor) -> bool;
        let rules: [(&str, Rule, Vec<&Visitor>); 10] = [
            (
                "is_signed_in",
                Visitor::is_signed_in,
                vec![
                    &administrator,
                    &editor,
                    &editor_without_field,
                    &statistician,
                    &viewer,
                    &concept_editor,
                    &translator,
                    &requester,
                    &mediator,
                    &coordinator,
                    &reporter,
                    &provider,
                    &counsellor,
                ],
            ),
            (
                "sees_internal",
                Visitor::sees_internal,
                vec![
                    &administrator,
                    &editor,
                    &editor_without_field,
                    &statistician,
                    &viewer,
                    &concept_editor,
                    &coordinator,
                ],
            ),
            (
                "may_edit_concept",
                Visitor::may_edit_concept,
                vec![&administrator, &concept_editor],
            ),
            (
                "may_edit_field(sport)",
                |v| v.may_edit_field("sport"),
                vec![&administrator, &editor],
            ),
            (
                "may_edit_some_field",
                Visitor::may_edit_some_field,
                vec![&administrator, &editor],
            ),
            (
                "may_manage_users",
                Visitor::may_manage_users,
                vec![&administrator],
            ),
            (
                "may_read_audit_log",
                Visitor::may_read_audit_log,
                vec![&administrator],
            ),
            (
                "may_import",
                Visitor::may_import,
                vec![&administrator, &statistician],
            ),
            (
                "may_build_report",
                Visitor::may_build_report,
                vec![
                    &administrator,
                    &editor,
                    &editor_without_field,
                    &statistician,
                    &viewer,
                    &concept_editor,
                    &coordinator,
                ],
            ),
            (
                "may_release_report",
                Visitor::may_release_report,
                vec![&administrator, &concept_editor],
            ),
        ];
        for (name, rule, allowed) in rules {
            for visitor in everyone {
                let expected = allowed.contains(&visitor);
                assert_eq!(rule(visitor), expected, "{name} for {visitor:?}");
            }
        }
        // A field another editor's group carries is refused; an administrator edits every field.
        assert!(!editor.may_edit_field("schule"));
        assert!(administrator.may_edit_field("schule"));
    }

    #[test]
    fn only_signed_visitors_have_a_principal() {
        assert_eq!(Visitor::Public.principal(), None);
        let viewer = signed(Role::Viewer, None);
        assert_eq!(viewer.principal().map(|p| p.role), Some(Role::Viewer));
    }

    #[test]
    fn roles_read_back_from_their_names_and_the_short_admin() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        let names: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(
            names,
            [
                "administrator",
                "editor",
                "statistician",
                "viewer",
                "concept-editor",
                "translator",
                "requester",
                "mediator",
                "mediation-coordinator",
                "reporter",
                "provider",
                "counsellor"
            ]
        );
        assert_eq!(Role::parse("admin"), Some(Role::Administrator));
        assert_eq!(Role::parse("Administrator"), None);
        assert_eq!(Role::parse(""), None);
    }

    #[test]
    fn people_from_outside_the_administration_are_not_staff() {
        let staff: Vec<Role> = Role::ALL.into_iter().filter(|r| r.is_staff()).collect();
        assert_eq!(
            staff,
            [
                Role::Administrator,
                Role::Editor,
                Role::Statistician,
                Role::Viewer,
                Role::ConceptEditor,
                Role::MediationCoordinator
            ]
        );
        let for_institution: Vec<Role> = Role::ALL
            .into_iter()
            .filter(|r| r.acts_for_institution())
            .collect();
        assert_eq!(
            for_institution,
            [Role::Requester, Role::Reporter, Role::Provider]
        );
    }
}
