//! The translators' pages as view models: the work list with its filter, download and upload
//! forms, and the form for one text.

use askama::Template;
use teilhabe_domain::translation::{ContentText, Selection, TextState, Translation};

use crate::frame::fields::{Choice, Field};
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page};

/// Which texts the list shows, besides their state: the concept, indicators or measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    All,
    Concept,
    Indicator,
    Measure,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::All, Kind::Concept, Kind::Indicator, Kind::Measure];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::All => "all",
            Kind::Concept => "concept",
            Kind::Indicator => "indicator",
            Kind::Measure => "measure",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    fn of(key: &str) -> Kind {
        match key.split('.').next() {
            Some("concept") => Kind::Concept,
            Some("indicator") => Kind::Indicator,
            Some("measure") => Kind::Measure,
            _ => Kind::All,
        }
    }

    fn includes(self, key: &str) -> bool {
        self == Kind::All || Kind::of(key) == self
    }
}

pub struct Filter {
    pub language: String,
    pub selection: Selection,
    pub kind: Kind,
}

/// The element id of a text in the list (keys hold only letters, digits, `.`, `-` and `_`).
pub fn anchor(key: &str) -> String {
    format!("text-{key}")
}

/// The target language as the page marks it: its name, its `lang` and its `dir`.
pub struct Target {
    pub name: String,
    pub lang: String,
    pub dir: &'static str,
}

pub struct TextRow {
    pub key: String,
    pub anchor: String,
    pub kind: String,
    pub state: String,
    pub state_class: &'static str,
    pub german: String,
    /// The stored translation: for an outdated text the old one, beside the old German.
    pub translation: Option<String>,
    pub old_german: Option<String>,
    pub about: Option<String>,
    pub edit_href: String,
    pub edit_label: String,
    pub saved: bool,
}

#[derive(Template)]
#[template(path = "translations/list.html")]
pub struct ListPage<'a> {
    pub layout: Layout<'a>,
    target: Target,
    filter_fields: Vec<Field>,
    summary: String,
    rows: Vec<TextRow>,
    downloads: Vec<(String, String)>,
    upload: Field,
    csrf: String,
}

#[derive(Template)]
#[template(path = "translations/edit.html")]
pub struct EditPage<'a> {
    pub layout: Layout<'a>,
    target: Target,
    row: TextRow,
    field: Field,
    action: String,
    back: String,
    csrf: String,
}

/// What a refused save sent.
pub struct EditInput {
    pub text: String,
}

fn target(page: &Page, language: &str) -> Target {
    match page.state.locales().get(language) {
        Some(locale) => Target {
            name: locale.name.clone(),
            lang: locale.html_lang.clone(),
            dir: locale.direction.as_str(),
        },
        None => Target {
            name: language.to_owned(),
            lang: language.to_owned(),
            dir: "ltr",
        },
    }
}

fn row(t: &Translator<'_>, language: &str, text: &ContentText, saved: Option<&str>) -> TextRow {
    let (state, state_class) = match text.state {
        TextState::Current => ("translations-state-current", "kern-badge--success"),
        TextState::Outdated => ("translations-state-outdated", "kern-badge--warning"),
        TextState::Missing => ("translations-state-missing", "kern-badge--danger"),
    };
    let stored: Option<&Translation> = text.translation.as_ref();
    let key_path: String = form_urlencoded::byte_serialize(text.key.as_bytes()).collect();
    TextRow {
        key: text.key.clone(),
        anchor: anchor(&text.key),
        kind: t.msg(&format!(
            "translations-kind-{}",
            Kind::of(&text.key).as_str()
        )),
        state: t.msg(state),
        state_class,
        german: text.german.clone(),
        translation: stored.map(|s| s.text.clone()),
        old_german: stored
            .filter(|_| text.state == TextState::Outdated)
            .map(|s| s.source_text.clone()),
        about: stored.map(|s| {
            t.msg_with2(
                "translations-about",
                (
                    "origin",
                    t.msg(&format!("translations-origin-{}", s.origin.as_str())),
                ),
                ("date", t.long_date(&s.updated_at)),
            )
        }),
        edit_href: format!("/uebersetzungen/{language}/texte/{key_path}"),
        edit_label: t.msg(if stored.is_some() {
            "translations-edit-change"
        } else {
            "translations-edit-new"
        }),
        saved: saved == Some(text.key.as_str()),
    }
}

pub fn list_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    languages: &[String],
    filter: &Filter,
    texts: &[ContentText],
    saved: Option<String>,
    csrf: String,
) -> ListPage<'a> {
    let t = layout.t;
    let count = |state: TextState| texts.iter().filter(|text| text.state == state).count();
    let summary = t.msg_with2(
        "translations-summary",
        ("missing", count(TextState::Missing)),
        ("outdated", count(TextState::Outdated)),
    );
    let language_choices = languages
        .iter()
        .map(|code| {
            let name = target(page, code).name;
            let mut choice = Choice::new(code.clone(), name, *code == filter.language);
            let lang = target(page, code).lang;
            choice.lang_attr = format!(" lang=\"{lang}\"");
            choice
        })
        .collect();
    let selection_choices = [
        Selection::Open,
        Selection::Missing,
        Selection::Outdated,
        Selection::All,
    ]
    .into_iter()
    .map(|s| {
        Choice::new(
            s.as_str(),
            t.msg(&format!("translations-selection-{}", s.as_str())),
            s == filter.selection,
        )
    })
    .collect();
    let kind_choices = Kind::ALL
        .into_iter()
        .map(|k| {
            Choice::new(
                k.as_str(),
                t.msg(&format!("translations-kind-{}", k.as_str())),
                k == filter.kind,
            )
        })
        .collect();
    let rows = texts
        .iter()
        .filter(|text| filter.selection.includes(text.state) && filter.kind.includes(&text.key))
        .map(|text| row(&t, &filter.language, text, saved.as_deref()))
        .collect();
    let downloads = [
        Selection::Open,
        Selection::Missing,
        Selection::Outdated,
        Selection::All,
    ]
    .into_iter()
    .map(|s| {
        (
            format!(
                "/uebersetzungen/{}/xliff?auswahl={}",
                filter.language,
                s.as_str()
            ),
            t.msg(&format!("translations-download-{}", s.as_str())),
        )
    })
    .collect();
    ListPage {
        target: target(page, &filter.language),
        filter_fields: vec![
            Field::select("sprache", t.msg("translations-language"), language_choices)
                .id("filter-language"),
            Field::select(
                "auswahl",
                t.msg("translations-selection"),
                selection_choices,
            )
            .id("filter-selection"),
            Field::select("art", t.msg("translations-kind"), kind_choices).id("filter-kind"),
        ],
        summary,
        rows,
        downloads,
        upload: Field::file(
            "datei",
            t.msg("translations-upload-file"),
            ".xlf,.xliff,.xml",
        )
        .id("upload-file")
        .hint(t.msg("translations-upload-hint"))
        .required(),
        csrf,
        layout,
    }
}

pub fn edit_page<'a>(
    layout: Layout<'a>,
    language: &str,
    target_language: Option<(String, String, &'static str)>,
    text: &ContentText,
    refused: Option<EditInput>,
    csrf: String,
) -> EditPage<'a> {
    let t = layout.t;
    let target = match target_language {
        Some((name, lang, dir)) => Target { name, lang, dir },
        None => Target {
            name: language.to_owned(),
            lang: language.to_owned(),
            dir: "ltr",
        },
    };
    let row = row(&t, language, text, None);
    let error = refused.as_ref().map(|input| {
        t.msg(if input.text.trim().is_empty() {
            "translations-error-empty"
        } else {
            "translations-error-too-long"
        })
    });
    let value = match refused {
        Some(input) => input.text,
        // An outdated translation is the best start for the new one.
        None => row.translation.clone().unwrap_or_default(),
    };
    let field = Field::text_area(
        "text",
        t.msg_with("translations-text-label", "language", target.name.as_str()),
        6,
    )
    .id("translation-text")
    .value(value)
    .attribute("lang", target.lang.clone())
    .attribute("dir", target.dir)
    .error(error)
    .required();
    EditPage {
        action: row.edit_href.clone(),
        back: format!("/uebersetzungen?sprache={language}#{}", row.anchor),
        target,
        row,
        field,
        csrf,
        layout,
    }
}
