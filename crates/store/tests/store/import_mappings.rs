//! Import drafts (kept in the database, expiring with the settable clock) and saved mappings
//! (found again by their table's recognition key), on both backends.

use teilhabe_domain::access::Role;
use teilhabe_store::{NewDraft, NewSavedMapping, NewUser, Store};
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::{at, open};

const DAY: i64 = 24 * 60 * 60;

async fn user(store: &Store, login: &str) -> i64 {
    store
        .create_user(
            &NewUser {
                login: login.into(),
                display_name: login.into(),
                password_hash: "x".into(),
                role: Role::Statistician,
                field: None,
            },
            "test",
            at(1),
        )
        .await
        .unwrap()
        .id
}

#[tokio::test]
async fn a_draft_keeps_its_bytes_until_it_expires_and_is_purged() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let owner = user(&store, "stat").await;
        // Bytes that are no valid UTF-8 (an XLSX file) come back unchanged.
        let bytes: Vec<u8> = vec![0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0xfe, b'\n', 0x80];
        let created = at(1_000);
        let id = store
            .create_import_draft(
                &NewDraft {
                    city: "bielefeld",
                    owner_user_id: owner,
                    file_name: "tabelle.xlsx",
                    bytes: &bytes,
                    expires_at: at(1_000 + DAY),
                },
                created,
            )
            .await
            .unwrap();
        let draft = store.import_draft(id).await.unwrap().unwrap();
        assert_eq!(draft.bytes, bytes, "{backend:?}");
        assert_eq!(draft.owner_user_id, owner);
        assert_eq!(draft.file_name, "tabelle.xlsx");
        assert_eq!(draft.city, "bielefeld");
        assert!(!draft.is_expired(at(1_000 + DAY - 1)), "{backend:?}");
        assert!(draft.is_expired(at(1_000 + DAY)), "{backend:?}");

        // Nothing is purged before the expiry …
        assert_eq!(
            store
                .purge_import_drafts(at(1_000 + DAY - 1))
                .await
                .unwrap(),
            0
        );
        assert!(store.import_draft(id).await.unwrap().is_some());
        // … and a new upload after it purges the expired draft.
        let later = store
            .create_import_draft(
                &NewDraft {
                    city: "bielefeld",
                    owner_user_id: owner,
                    file_name: "neu.csv",
                    bytes: b"Jahr;Wert\n2024;1\n",
                    expires_at: at(1_000 + 3 * DAY),
                },
                at(1_000 + 2 * DAY),
            )
            .await
            .unwrap();
        assert!(
            later > id,
            "{backend:?}: a purged draft's id is not given again"
        );
        assert!(
            store.import_draft(id).await.unwrap().is_none(),
            "{backend:?}: the expired draft is purged"
        );
        assert_eq!(
            store
                .purge_import_drafts(at(1_000 + 3 * DAY))
                .await
                .unwrap(),
            1
        );
        assert!(store.import_draft(later).await.unwrap().is_none());

        let third = store
            .create_import_draft(
                &NewDraft {
                    city: "bielefeld",
                    owner_user_id: owner,
                    file_name: "x.csv",
                    bytes: b"a",
                    expires_at: at(10 * DAY),
                },
                at(5 * DAY),
            )
            .await
            .unwrap();
        assert!(store.delete_import_draft(third).await.unwrap());
        assert!(!store.delete_import_draft(third).await.unwrap());
        store.close().await;
    }
}

#[tokio::test]
async fn a_saved_mapping_is_found_by_its_key_and_replaced_when_confirmed_again() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let indicators = vec!["kita-u3-quote".to_owned()];
        let first = store
            .save_import_mapping(
                &NewSavedMapping {
                    city: "bielefeld",
                    recognition_key: "table:jahr|wert|geschlecht:kita-u3-quote",
                    label: "kita-u3-quote",
                    mapping_toml: "format = \"table\"\n",
                    indicators: &indicators,
                    confirmed_by: "user:stat",
                },
                at(100),
            )
            .await
            .unwrap();
        let saved = store
            .import_mapping_by_key("bielefeld", "table:jahr|wert|geschlecht:kita-u3-quote")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.id, first);
        assert_eq!(saved.indicators, indicators);
        assert_eq!(saved.confirmed_by, "user:stat");
        assert_eq!(saved.confirmed_at, "1970-01-01T00:01:40Z");
        assert_eq!(saved.last_used_at, saved.confirmed_at);
        assert!(
            store
                .import_mapping_by_key("muenster", "table:jahr|wert|geschlecht:kita-u3-quote")
                .await
                .unwrap()
                .is_none(),
            "{backend:?}: another city's key is another table"
        );

        store.touch_import_mapping(first, at(200)).await.unwrap();
        let touched = store
            .import_mapping("bielefeld", first)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(touched.last_used_at, "1970-01-01T00:03:20Z");
        assert_eq!(touched.confirmed_at, "1970-01-01T00:01:40Z");

        // Confirmed again (corrected): the same row, the new text.
        let again = store
            .save_import_mapping(
                &NewSavedMapping {
                    city: "bielefeld",
                    recognition_key: "table:jahr|wert|geschlecht:kita-u3-quote",
                    label: "kita-u3-quote",
                    mapping_toml: "format = \"table\"\nsource = \"neu\"\n",
                    indicators: &indicators,
                    confirmed_by: "user:admin",
                },
                at(300),
            )
            .await
            .unwrap();
        assert_eq!(again, first, "{backend:?}");
        let other_indicators = vec!["a".to_owned(), "b".to_owned()];
        let other = store
            .save_import_mapping(
                &NewSavedMapping {
                    city: "bielefeld",
                    recognition_key: "genesis:12411-03:BEVSTD:GES,KREISE",
                    label: "12411-03",
                    mapping_toml: "format = \"genesis\"\n",
                    indicators: &other_indicators,
                    confirmed_by: "user:stat",
                },
                at(400),
            )
            .await
            .unwrap();
        assert_ne!(other, first);
        let all = store.import_mappings("bielefeld").await.unwrap();
        assert_eq!(
            all.iter().map(|m| m.label.as_str()).collect::<Vec<_>>(),
            ["12411-03", "kita-u3-quote"]
        );
        assert_eq!(all[0].indicators, other_indicators);
        assert_eq!(
            all[1].mapping_toml,
            "format = \"table\"\nsource = \"neu\"\n"
        );
        assert_eq!(all[1].confirmed_by, "user:admin");
        assert!(
            store
                .import_mapping("muenster", first)
                .await
                .unwrap()
                .is_none()
        );
        store.close().await;
    }
}
