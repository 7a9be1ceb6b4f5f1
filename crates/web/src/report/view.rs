//! The editions page's view: the released editions as rows, and the draft and release forms
//! with their fields (year, language) and errors, texts already in the page language.

use askama::Template;
use teilhabe_app::error::Problem;
use teilhabe_store::Edition;

use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::{Layout, Page};

/// Which form was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Draft,
    Release,
}

/// What a form sent, and what is wrong with it.
#[derive(Debug, Clone, Default)]
pub struct FormInput {
    which: Option<Which>,
    year: String,
    language: String,
    year_error: Option<String>,
    language_error: Option<String>,
}

impl FormInput {
    pub fn draft(year: &str, language: &str) -> Self {
        Self::sent(Which::Draft, year, language)
    }

    pub fn release(year: &str, language: &str) -> Self {
        Self::sent(Which::Release, year, language)
    }

    fn sent(which: Which, year: &str, language: &str) -> Self {
        FormInput {
            which: Some(which),
            year: year.trim().to_owned(),
            language: language.trim().to_owned(),
            ..FormInput::default()
        }
    }

    pub fn year(&self) -> Option<i32> {
        self.year
            .parse::<i32>()
            .ok()
            .filter(|year| (1000..=9999).contains(year))
    }

    /// The language, if the site speaks it.
    pub fn language(&self, page: &Page) -> Option<String> {
        page.state
            .locales()
            .get(&self.language)
            .map(|locale| locale.code.clone())
    }

    /// With the errors of a malformed year or an unknown language.
    pub fn checked(mut self, page: &Page) -> Self {
        let t = page.t();
        if self.year().is_none() {
            self.year_error = Some(t.msg("reports-error-year"));
        }
        if self.language(page).is_none() {
            self.language_error = Some(t.msg("reports-error-language"));
        }
        self
    }

    /// With the use case's refusal of a field (a year outside the figures), in the page's
    /// language: the app's message is for logs and the command line.
    pub fn with_problems(mut self, page: &Page, problems: &[Problem]) -> Self {
        let t = page.t();
        for problem in problems {
            match problem.field.as_str() {
                "language" => self.language_error = Some(t.msg("reports-error-language")),
                _ => self.year_error = Some(t.msg("reports-error-year")),
            }
        }
        self
    }
}

pub struct EditionRow {
    pub id: i64,
    pub year: i32,
    pub language: String,
    pub released_at: String,
    pub released_by: String,
    /// "PDF, 1.2 MB"-style link text naming the year, for screen readers out of context.
    pub link: String,
    pub href: String,
}

pub struct FormView {
    pub fields: Vec<Field>,
    pub errors: Vec<FieldError>,
}

#[derive(Template)]
#[template(path = "report/editions.html")]
pub struct EditionsPage<'a> {
    pub layout: Layout<'a>,
    pub editions: Vec<EditionRow>,
    /// The draft form's fields, for signed-in staff.
    pub draft: Option<Vec<Field>>,
    pub draft_errors: Vec<FieldError>,
    /// The release form's fields, for the integration office.
    pub release: Option<Vec<Field>>,
    pub release_errors: Vec<FieldError>,
    pub csrf: String,
}

fn form(page: &Page, which: Which, years: &[i32], input: &FormInput) -> FormView {
    let t = page.t();
    let prefix = match which {
        Which::Draft => "entwurf",
        Which::Release => "freigabe",
    };
    let mine = input.which == Some(which);
    let chosen_year = if mine {
        input.year.clone()
    } else {
        String::new()
    };
    let chosen_language = if mine {
        input.language.clone()
    } else {
        page.lang().to_owned()
    };
    let year_choices: Vec<Choice> = years
        .iter()
        .map(|year| {
            let value = year.to_string();
            let selected = value == chosen_year;
            Choice::new(value.clone(), value, selected)
        })
        .collect();
    let language_choices = page
        .state
        .locales()
        .all()
        .iter()
        .map(|locale| {
            Choice::new(
                locale.code.clone(),
                locale.name.clone(),
                locale.code == chosen_language,
            )
        })
        .collect();
    let fields = vec![
        Field::select("jahr", t.msg("reports-year"), year_choices)
            .id(format!("{prefix}-jahr"))
            .hint(t.msg("reports-year-hint"))
            .error(mine.then(|| input.year_error.clone()).flatten()),
        Field::select("sprache", t.msg("reports-language"), language_choices)
            .id(format!("{prefix}-sprache"))
            .error(mine.then(|| input.language_error.clone()).flatten()),
    ];
    let errors = FieldError::of(&fields.iter().collect::<Vec<_>>());
    FormView { fields, errors }
}

pub fn editions_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    editions: &[Edition],
    years: &[i32],
    input: FormInput,
) -> EditionsPage<'a> {
    let t = page.t();
    let visitor = &page.viewer.visitor;
    let rows = editions
        .iter()
        .map(|edition| EditionRow {
            id: edition.id,
            year: edition.year,
            language: page
                .state
                .locales()
                .get(&edition.language)
                .map(|locale| locale.name.clone())
                .unwrap_or_else(|| edition.language.clone()),
            released_at: t.long_date(&edition.released_at),
            released_by: edition
                .released_by
                .split_once(':')
                .map(|(_, name)| name.to_owned())
                .unwrap_or_else(|| edition.released_by.clone()),
            link: t.msg_with2(
                "reports-pdf-link",
                ("year", i64::from(edition.year)),
                ("kb", (edition.pdf_size.max(0) + 1023) / 1024),
            ),
            href: format!("/berichte/{}.pdf", edition.id),
        })
        .collect();
    let draft = visitor
        .may_build_report()
        .then(|| form(page, Which::Draft, years, &input));
    let release = visitor
        .may_release_report()
        .then(|| form(page, Which::Release, years, &input));
    EditionsPage {
        layout,
        editions: rows,
        draft_errors: draft.as_ref().map(|f| f.errors.clone()).unwrap_or_default(),
        draft: draft.map(|f| f.fields),
        release_errors: release
            .as_ref()
            .map(|f| f.errors.clone())
            .unwrap_or_default(),
        release: release.map(|f| f.fields),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
    }
}
