//! What every page shares: language, direction, navigation, search box and footer.

use teilhabe_domain::text::Text;
use teilhabe_store::StoredConcept;

use super::content::Content;
use super::i18n::Translator;
use super::language::Language;
use super::localized::Localized;
use super::nav::Nav;
use super::state::AppState;
use super::visitor::Viewer;

pub struct LanguageLink {
    pub code: String,
    /// What `lang` and `hreflang` say: the code, or `de` for Leichte Sprache.
    pub html_lang: String,
    /// Leichte Sprache: the link shows its mark beside the name.
    pub easy_read: bool,
    pub name: String,
    pub href: String,
    pub current: bool,
}

pub struct NavLink {
    pub label: String,
    pub href: &'static str,
    pub current: bool,
}

pub struct Footer {
    pub source: Option<String>,
    pub version: String,
}

/// The signed-in person, for the header's account menu and the forms' CSRF field.
pub struct Account {
    pub name: String,
    pub csrf: String,
}

pub struct Layout<'a> {
    pub t: Translator<'a>,
    pub account: Option<Account>,
    pub lang: String,
    /// `leichte-sprache` on pages in Leichte Sprache (`data-variant` on the html element; the
    /// language code itself is not in `lang`, which says `de`).
    pub variant: Option<&'static str>,
    /// The page has its own texts in Leichte Sprache (the concept's public pages); other pages
    /// in Leichte Sprache say that they show normal German.
    pub easy_read_content: bool,
    pub dir: &'static str,
    pub title: String,
    pub tagline: String,
    pub languages: Vec<LanguageLink>,
    pub nav: Vec<NavLink>,
    pub search_query: String,
    /// A page of the static export (frame/static_site.rs): no sign-in, a link to the search
    /// pages instead of the search box.
    pub static_site: bool,
    pub footer: Option<Footer>,
    /// The content translations of the page's language (`Content::inline` until a page that
    /// shows content texts loads them, frame/content.rs).
    pub content: Content,
}

impl<'a> Layout<'a> {
    /// A content text (`key` per docs/formats/translations.md) in the page's language.
    pub fn text(&self, key: &str, text: &Text) -> Localized {
        self.content.text(key, text)
    }

    pub fn new(
        t: Translator<'a>,
        language: &Language,
        state: &AppState,
        viewer: &Viewer,
        concept: Option<&StoredConcept>,
        nav: Nav,
        title: String,
    ) -> Self {
        let locale = t.locale();
        let languages = state
            .locales()
            .all()
            .iter()
            .filter(|other| {
                language
                    .exported
                    .as_ref()
                    .is_none_or(|exported| exported.contains(&other.code))
            })
            .map(|other| LanguageLink {
                code: other.code.clone(),
                html_lang: other.html_lang.clone(),
                easy_read: other.is_variant(),
                name: other.name.clone(),
                href: language.switch_href(&other.code),
                current: other.code == locale.code,
            })
            .collect();
        let nav_links = state
            .nav()
            .iter()
            .filter(|entry| (entry.shown_to)(&viewer.visitor))
            .map(|entry| NavLink {
                label: t.msg(entry.label),
                href: entry.href,
                current: entry.id == nav && nav != Nav::NONE,
            })
            .collect();
        let account = match (&viewer.display_name, &viewer.csrf) {
            (Some(name), Some(csrf)) => Some(Account {
                name: name.clone(),
                csrf: csrf.clone(),
            }),
            _ => None,
        };
        let tagline = match concept {
            Some(stored) => t.msg_with("site-tagline", "city", stored.concept.city.name.as_str()),
            None => String::new(),
        };
        let footer = concept.map(|stored| Footer {
            source: stored.concept.source.clone(),
            version: t.msg_with2(
                "footer-version",
                ("version", stored.version),
                ("date", t.long_date(&stored.loaded_at)),
            ),
        });
        Layout {
            t,
            account,
            lang: locale.html_lang.clone(),
            // The only variant the site speaks is Leichte Sprache (data/i18n/de-x-ls.ftl).
            variant: locale.is_variant().then_some("leichte-sprache"),
            easy_read_content: false,
            dir: locale.direction.as_str(),
            title,
            tagline,
            languages,
            nav: nav_links,
            search_query: String::new(),
            static_site: language.exported.is_some(),
            footer,
            content: Content::inline(&locale.code),
        }
    }
}
