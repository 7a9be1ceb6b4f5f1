//! Searches with very many words are capped, not failed (issue 10, finding 7).

use teilhabe_store::measures::MeasureFilter;
use teilhabe_testkit::{BACKENDS, TestDatabase};

use crate::bielefeld;

#[tokio::test]
async fn a_thousand_search_words_are_capped_on_both_backends() {
    let words = (0..1000)
        .map(|n| format!("wort{n}"))
        .collect::<Vec<_>>()
        .join(" ");
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = bielefeld(&database).await;
        let hits = store
            .search_concept("bielefeld", &words, None)
            .await
            .unwrap_or_else(|error| panic!("{backend:?}: {error}"));
        assert!(hits.is_empty());
        // The cap keeps the meaning: the first words must all match.
        let sport = store
            .search_concept("bielefeld", "sport", None)
            .await
            .unwrap();
        assert!(!sport.is_empty());
        let measures = store
            .measures(
                "bielefeld",
                &MeasureFilter {
                    text: Some(words.clone()),
                    ..MeasureFilter::default()
                },
            )
            .await
            .unwrap_or_else(|error| panic!("{backend:?}: {error}"));
        assert!(measures.is_empty());
        store.close().await;
    }
}
