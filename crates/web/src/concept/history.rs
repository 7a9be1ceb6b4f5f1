//! The concept's versions (`/konzept/versionen`): who changed it, when, why and on which council
//! decision; the difference between any two versions, part by part; every version as the
//! concept file the command line loads.

use askama::Template;
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use teilhabe_app::Actor;
use teilhabe_app::concept::{self as use_case, Difference};
use teilhabe_domain::concept::diff::{Change, PartKind};
use teilhabe_store::ConceptVersion;

use super::edit_view::language_name;
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Localized, OrPage, Page, PageError};

/// A version as a row: its number, when, who, why, the decision.
pub struct VersionRow {
    pub version: i64,
    pub at: String,
    pub by: String,
    pub reason: String,
    pub decision: String,
    pub current: bool,
    /// The difference to the version before, when there is one.
    pub previous: Option<i64>,
}

fn row(t: &Translator<'_>, version: &ConceptVersion) -> VersionRow {
    let note = &version.note;
    let decision = match (&note.decision_date, &note.decision_reference) {
        (Some(date), Some(reference)) => format!("{reference}, {date}"),
        (Some(date), None) => date.clone(),
        (None, Some(reference)) => reference.clone(),
        (None, None) => "–".to_owned(),
    };
    VersionRow {
        version: version.version,
        // To the second: "2026-12-02 08:40:42".
        at: version
            .loaded_at
            .get(..19)
            .unwrap_or(&version.loaded_at)
            .replace('T', " "),
        by: note.by.clone(),
        reason: note
            .reason
            .clone()
            .unwrap_or_else(|| t.msg("concept-versions-loaded")),
        decision,
        current: version.is_current,
        previous: (version.version > 1).then(|| version.version - 1),
    }
}

#[derive(Template)]
#[template(path = "concept/versions.html")]
pub struct VersionsPage<'a> {
    pub layout: Layout<'a>,
    pub rows: Vec<VersionRow>,
    pub may_edit: bool,
}

pub async fn versions(page: Page) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let versions = use_case::versions(page.state.store(), &actor, &stored.concept.city.slug)
        .await
        .or_page(&page)?;
    let t = page.t();
    let view = VersionsPage {
        layout: page.layout(Some(&stored), super::EDIT, t.msg("concept-versions-title")),
        rows: versions.iter().map(|version| row(&t, version)).collect(),
        may_edit: page.viewer.visitor.may_edit_concept(),
    };
    Ok(page.render(StatusCode::OK, &view))
}

#[derive(Deserialize)]
pub struct CompareQuery {
    von: Option<String>,
    bis: Option<String>,
}

/// The "compare" form of the versions page: to the difference page of the two chosen.
pub async fn compare(page: Page, Query(query): Query<CompareQuery>) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let number = |value: Option<String>| value.and_then(|v| v.trim().parse::<i64>().ok());
    match (number(query.von), number(query.bis)) {
        (Some(from), Some(to)) => Ok(Page::see_other(&format!("/konzept/versionen/{from}/{to}"))),
        _ => Ok(Page::see_other("/konzept/versionen")),
    }
}

/// One line of a part's changes.
pub struct ChangeView {
    pub what: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The language of `old` and `new`, for `lang=""`.
    pub lang: Option<String>,
}

/// A changed part with its changes.
pub struct PartView {
    pub kind: String,
    pub id: String,
    pub href: Option<String>,
    pub label: Localized,
    pub context: Option<String>,
    pub changes: Vec<ChangeView>,
}

#[derive(Template)]
#[template(path = "concept/difference.html")]
pub struct DifferencePage<'a> {
    pub layout: Layout<'a>,
    pub from: VersionRow,
    pub to: VersionRow,
    pub parts: Vec<PartView>,
}

pub async fn difference(
    page: Page,
    Path((from, to)): Path<(String, String)>,
) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let (Ok(from), Ok(to)) = (from.parse::<i64>(), to.parse::<i64>()) else {
        return Err(page.not_found(Some(&stored)));
    };
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let city = &stored.concept.city.slug;
    let difference = use_case::difference(page.state.store(), &actor, city, from, to)
        .await
        .map_err(|error| match error {
            teilhabe_app::AppError::NotFound => page.not_found(Some(&stored)),
            other => page.refused(other),
        })?;
    let t = page.t();
    let title = t.msg_with2("concept-difference-title", ("from", from), ("to", to));
    let view = DifferencePage {
        layout: page.layout(Some(&stored), super::EDIT, title),
        from: row(&t, &difference.from),
        to: row(&t, &difference.to),
        parts: parts(&t, &difference),
    };
    Ok(page.render(StatusCode::OK, &view))
}

fn parts(t: &Translator<'_>, difference: &Difference) -> Vec<PartView> {
    let lang = t.code();
    let concept = &difference.concept;
    difference
        .parts
        .iter()
        .map(|part| {
            let (kind, href) = match part.kind {
                PartKind::Concept => ("concept-part-concept", Some("/".to_owned())),
                PartKind::Tag => ("concept-part-tag", None),
                PartKind::Section => ("concept-part-section", Some("/".to_owned())),
                PartKind::Statement => ("concept-part-statement", Some("/".to_owned())),
                PartKind::Field => (
                    "concept-part-field",
                    Some(format!("/handlungsfelder/{}", part.id)),
                ),
                PartKind::Recommendation => (
                    "concept-part-recommendation",
                    part.parent
                        .as_ref()
                        .map(|field| format!("/handlungsfelder/{field}#{}", part.id)),
                ),
            };
            let context = part.parent.as_ref().map(|parent| {
                concept
                    .field(parent)
                    .map(|field| field.title.get(lang).to_owned())
                    .or_else(|| {
                        concept
                            .sections
                            .iter()
                            .find(|s| &s.id == parent)
                            .map(|s| s.heading.get(lang).to_owned())
                    })
                    .unwrap_or_else(|| parent.clone())
            });
            let removed = part.changes.contains(&Change::Removed);
            PartView {
                kind: t.msg(kind),
                id: part.id.clone(),
                href: href.filter(|_| !removed),
                label: Localized::new(&part.label, lang),
                context,
                changes: part.changes.iter().map(|c| change(t, c)).collect(),
            }
        })
        .collect()
}

fn change(t: &Translator<'_>, change: &Change) -> ChangeView {
    let plain = |what: String| ChangeView {
        what,
        old: None,
        new: None,
        lang: None,
    };
    match change {
        Change::Added => plain(t.msg("concept-change-added")),
        Change::Removed => plain(t.msg("concept-change-removed")),
        Change::Reinstated => plain(t.msg("concept-change-reinstated")),
        Change::Retired(retirement) => plain(t.msg_with2(
            "concept-change-retired",
            ("date", retirement.date.as_str()),
            ("reason", retirement.reason.as_str()),
        )),
        Change::Moved { from, to } => {
            plain(t.msg_with2("concept-change-moved", ("from", *from), ("to", *to)))
        }
        Change::Reparented { from, to } => plain(t.msg_with2(
            "concept-change-reparented",
            ("from", from.as_str()),
            ("to", to.as_str()),
        )),
        Change::Text {
            key,
            language,
            old,
            new,
        } => ChangeView {
            what: t.msg_with2(
                "concept-change-text",
                ("what", t.msg(&format!("concept-key-{key}"))),
                ("language", language_name(language)),
            ),
            old: old.clone(),
            new: new.clone(),
            lang: Some(language.clone()),
        },
        Change::Value { key, old, new } => ChangeView {
            what: t.msg_with(
                "concept-change-value",
                "what",
                t.msg(&format!("concept-key-{key}")),
            ),
            old: old.clone(),
            new: new.clone(),
            lang: None,
        },
    }
}

/// `/konzept/versionen/{n}.toml`: version n as the concept file.
pub async fn download(page: Page, Path(file): Path<String>) -> Result<Response, PageError> {
    page.require_signed_in()?;
    let stored = page.concept().await?;
    let Some(number) = file
        .strip_suffix(".toml")
        .and_then(|number| number.parse::<i64>().ok())
    else {
        return Err(page.not_found(Some(&stored)));
    };
    let actor = Actor::Visitor(page.viewer.visitor.clone());
    let city = &stored.concept.city.slug;
    let (version, text) = use_case::export_file(page.state.store(), &actor, city, Some(number))
        .await
        .map_err(|error| match error {
            teilhabe_app::AppError::NotFound => page.not_found(Some(&stored)),
            other => page.refused(other),
        })?;
    let mut response = (StatusCode::OK, text).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/toml; charset=utf-8"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(value) = HeaderValue::from_str(&format!(
        "attachment; filename=\"{city}-konzept-version-{version}.toml\""
    )) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}
