//! `Page::content()`: the content translations of the page's language, read once per content
//! version and shared by the requests after (frame/content.rs renders them).

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use teilhabe_domain::translation::{ContentTranslations, is_content_language};

use super::content::Content;
use super::error::PageError;
use super::page::{OrPage, Page};

/// Translations per language, kept for the current content version (like the monitoring's
/// snapshot): a public page reads them once per version, not once per request.
#[derive(Default)]
struct Kept {
    by_language: RwLock<(i64, HashMap<String, Arc<ContentTranslations>>)>,
}

impl Page {
    /// The content translations of the page's language; `Content::inline` for German and
    /// English. Answers the "internal error" page when the store cannot be read.
    pub async fn content(&self) -> Result<Content, PageError> {
        let language = self.language.code.as_str();
        if !is_content_language(language) {
            return Ok(Content::inline(language));
        }
        let rtl = self.t().locale().direction == teilhabe_i18n::Direction::RightToLeft;
        let state = &self.state;
        let version = state.page_cache().version(state).await;
        let kept = state.shared::<Kept>();
        if let Some(version) = version
            && let Ok(guard) = kept.by_language.read()
            && guard.0 == version
            && let Some(translations) = guard.1.get(language)
        {
            return Ok(Content::kept(
                translations.clone(),
                rtl,
                version.to_string(),
            ));
        }
        let translations = Arc::new(
            teilhabe_app::translations::for_language(state.store(), language)
                .await
                .or_page(self)?,
        );
        if let Some(version) = version
            && let Ok(mut guard) = kept.by_language.write()
            && guard.0 <= version
        {
            if guard.0 < version {
                *guard = (version, HashMap::new());
            }
            guard.1.insert(language.to_owned(), translations.clone());
        }
        // Without a readable version the page's ETag must promise nothing: the time makes it
        // unique, so no 304 answers with an older translation.
        let version = version.map_or_else(|| format!("read-{}", state.now()), |v| v.to_string());
        Ok(Content::kept(translations, rtl, version))
    }
}
