//! The institution registry: loaded all at once, changes audited, institutions that leave the
//! file kept inactive; which institution an account acts for.

use teilhabe_domain::access::Role;
use teilhabe_domain::institution::Registry;
use teilhabe_store::institutions::RegistryLoad;
use teilhabe_store::{AuditFilter, NewUser, StoreError};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

fn registry(body: &str) -> Registry {
    Registry::parse(
        &format!("format = 1\ncity = \"bielefeld\"\n{body}"),
        &["01", "02"],
    )
    .unwrap()
}

const TWO: &str = "[[institutions]]\ncode = \"traeger\"\nname = \"Träger\"\nkind = \"carrier\"\n\
    [[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\ndistrict = \"01\"\nparent = \"traeger\"\n";

#[tokio::test]
async fn a_registry_loads_changes_and_keeps_what_left_the_file_inactive() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let load = store
            .save_institutions(&registry(TWO), "cli", at(1))
            .await
            .unwrap();
        assert_eq!(
            load,
            RegistryLoad {
                added: 2,
                ..RegistryLoad::default()
            }
        );
        let kita = store.institution("kita-a").await.unwrap().unwrap();
        assert_eq!(kita.institution, *registry(TWO).get("kita-a").unwrap());
        assert!(kita.active);

        let again = store
            .save_institutions(&registry(TWO), "cli", at(2))
            .await
            .unwrap();
        assert_eq!(again.unchanged, 2, "{backend:?}");
        let moved = "[[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\ndistrict = \"02\"\n";
        let load = store
            .save_institutions(&registry(moved), "cli", at(3))
            .await
            .unwrap();
        assert_eq!(
            load,
            RegistryLoad {
                changed: 1,
                deactivated: 1,
                ..RegistryLoad::default()
            }
        );
        let all = store.institutions().await.unwrap();
        assert_eq!(
            all.iter()
                .map(|i| (i.institution.code.as_str(), i.active))
                .collect::<Vec<_>>(),
            [("kita-a", true), ("traeger", false)],
            "active first"
        );
        assert_eq!(all[0].institution.district.as_deref(), Some("02"));
        // Back in the file: active again, counted as a change.
        let load = store
            .save_institutions(&registry(TWO), "cli", at(4))
            .await
            .unwrap();
        assert_eq!((load.changed, load.added), (2, 0));
        let audit = store
            .audit_log(&AuditFilter {
                entity_type: Some("institution".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        let actions: Vec<&str> = audit.iter().map(|e| e.entry.action.as_str()).collect();
        assert_eq!(actions.len(), 6, "{actions:?}");
        assert!(actions.contains(&"institution.deactivate"));
    }
}

#[tokio::test]
async fn an_account_acts_for_one_active_institution() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        store
            .save_institutions(&registry(TWO), "cli", at(1))
            .await
            .unwrap();
        let user = store
            .create_user(
                &NewUser {
                    login: "kita".into(),
                    display_name: "Kita A".into(),
                    password_hash: "$argon2id$x".into(),
                    role: Role::Requester,
                    field: None,
                },
                "cli",
                at(1),
            )
            .await
            .unwrap();
        assert_eq!(store.institution_of(user.id).await.unwrap(), None);
        store
            .set_institution_of(user.id, Some("kita-a"), "user:admin", at(2))
            .await
            .unwrap();
        assert_eq!(
            store.institution_of(user.id).await.unwrap().as_deref(),
            Some("kita-a")
        );
        store
            .set_institution_of(user.id, Some("traeger"), "user:admin", at(3))
            .await
            .unwrap();
        assert_eq!(
            store.institution_memberships().await.unwrap(),
            [(user.id, "traeger".to_owned())]
        );
        for refused in [Some("nope"), None] {
            let result = match refused {
                Some(code) => {
                    store
                        .set_institution_of(user.id, Some(code), "x", at(4))
                        .await
                }
                None => {
                    store
                        .set_institution_of(user.id + 99, None, "x", at(4))
                        .await
                }
            };
            assert!(matches!(result, Err(StoreError::NotFound)), "{refused:?}");
        }
        store
            .set_institution_of(user.id, Some("kita-a"), "user:admin", at(4))
            .await
            .unwrap();
        // An institution that left the file takes no new members.
        store
            .save_institutions(
                &registry(
                    "[[institutions]]\ncode = \"kita-a\"\nname = \"Kita A\"\nkind = \"day-care\"\n",
                ),
                "cli",
                at(5),
            )
            .await
            .unwrap();
        let result = store
            .set_institution_of(user.id, Some("traeger"), "x", at(6))
            .await;
        assert!(
            matches!(result, Err(StoreError::NotFound)),
            "an inactive institution takes no new members"
        );
        store
            .set_institution_of(user.id, None, "user:admin", at(7))
            .await
            .unwrap();
        assert_eq!(store.institution_of(user.id).await.unwrap(), None);
        let audit = store
            .audit_log(&AuditFilter {
                entity_type: Some("user".into()),
                entity_id: Some("kita".into()),
                ..AuditFilter::default()
            })
            .await
            .unwrap();
        assert_eq!(
            audit
                .iter()
                .filter(|e| e.entry.action == "user.institution")
                .count(),
            4
        );
    }
}

#[tokio::test]
async fn mail_waits_in_the_outbox_until_due_and_failures_count() {
    use teilhabe_store::mail::NewMail;
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let mail = |to: &str, not_before| NewMail {
            recipient: to.into(),
            subject: "Einsatzangebot".into(),
            body: "Hallo".into(),
            calendar: None,
            digest_key: Some("offers".into()),
            not_before,
        };
        store
            .queue_mail(
                &[
                    mail("a@example.org", None),
                    mail("b@example.org", Some(at(50))),
                ],
                at(1),
            )
            .await
            .unwrap();
        let due = store.pending_mail(at(10), 3, 10).await.unwrap();
        assert_eq!(due.len(), 1, "b waits until 50");
        assert_eq!(due[0].recipient, "a@example.org");
        assert_eq!(store.pending_mail(at(60), 3, 10).await.unwrap().len(), 2);
        store
            .mark_mail_failed(&[due[0].id], "connection refused", at(60))
            .await
            .unwrap();
        store
            .mark_mail_failed(&[due[0].id], "connection refused", at(61))
            .await
            .unwrap();
        let retried = store.pending_mail(at(62), 3, 10).await.unwrap();
        assert_eq!(retried[0].attempts, 2);
        assert_eq!(retried[0].last_error.as_deref(), Some("connection refused"));
        assert_eq!(
            store.pending_mail(at(62), 2, 10).await.unwrap().len(),
            1,
            "a gave up"
        );
        store
            .mark_mail_sent(&[retried[1].id], at(63))
            .await
            .unwrap();
        assert_eq!(store.pending_mail(at(64), 3, 10).await.unwrap().len(), 1);
        assert_eq!(store.mail_to("b@example.org").await.unwrap().len(), 1);
    }
}
