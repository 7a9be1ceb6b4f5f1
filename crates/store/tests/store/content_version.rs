//! The content version moves with every change a public page can show — on both backends —
//! and stays put for sign-in state, so that cached public pages are dropped exactly when needed.

use teilhabe_domain::access::Role;
use teilhabe_domain::measure::MeasureContent;
use teilhabe_domain::text::Text;
use teilhabe_store::NewUser;
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, bielefeld, open};

#[tokio::test]
async fn content_changes_move_the_version_and_sign_in_state_does_not() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let empty = open(&database).await;
        let fresh = empty.content_version().await.unwrap();
        empty.close().await;
        let store = bielefeld(&database).await;
        let loaded = store.content_version().await.unwrap();
        assert!(
            loaded > fresh,
            "{backend:?}: loading a concept moves the version"
        );

        let content = MeasureContent::new(
            Text::german("Sprachcafé"),
            "sprachmittlung".into(),
            vec!["sprachmittlung-1".into()],
        );
        let measure = store
            .create_measure("bielefeld", &content, true, "test", at(2))
            .await
            .unwrap();
        let created = store.content_version().await.unwrap();
        assert!(
            created > loaded,
            "{backend:?}: a new measure moves the version"
        );

        let mut edited = content.clone();
        edited.title = Text::german("Sprachcafé am Abend");
        store
            .update_measure(
                "bielefeld",
                measure.id,
                measure.version,
                &edited,
                "test",
                at(3),
            )
            .await
            .unwrap();
        let updated = store.content_version().await.unwrap();
        assert!(updated > created, "{backend:?}: an edit moves the version");

        // Sign-in state and password hashes are no content.
        let user = store
            .create_user(
                &NewUser {
                    login: "anna".into(),
                    display_name: "Anna".into(),
                    password_hash: "x".into(),
                    role: Role::Administrator,
                    field: None,
                },
                "test",
                at(4),
            )
            .await
            .unwrap();
        let with_user = store.content_version().await.unwrap();
        store
            .create_session(user.id, "hash", "csrf", at(5), at(100))
            .await
            .unwrap();
        store
            .set_password(user.id, "y", "test", at(6))
            .await
            .unwrap();
        assert_eq!(
            store.content_version().await.unwrap(),
            with_user,
            "{backend:?}: sessions and passwords leave the version alone"
        );

        store
            .delete_measure("bielefeld", measure.id, None, "test", at(7))
            .await
            .unwrap();
        assert!(
            store.content_version().await.unwrap() > with_user,
            "{backend:?}: a deletion moves the version"
        );
        store.close().await;
    }
}
