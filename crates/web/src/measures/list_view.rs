//! The measure list as a page: the filter form with its options, one row per measure, and the
//! query the downloads of the same selection use.

use askama::Template;
use serde::Deserialize;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{Measure, Programme, Status};
use teilhabe_store::StoredConcept;
use teilhabe_store::measures::MeasureFilter;

use super::links::{MeasureLink, measure_link};
use super::{NAV, programme_label};
use crate::frame::fields::{Choice as FrameChoice, Field};
use teilhabe_domain::translation::keys;

use crate::frame::{Content, Layout, Localized, Page};

#[derive(Template)]
#[template(path = "measures/list.html")]
pub struct ListPage<'a> {
    layout: Layout<'a>,
    filter: FilterView,
    summary: String,
    measures: Vec<ListRow>,
    may_create: bool,
    /// The list's query string (with `?`), for the downloads of the same selection.
    download_query: String,
}

struct ListRow {
    link: MeasureLink,
    working_group: Localized,
    programme: String,
}

struct Option_ {
    value: String,
    label: Localized,
    selected: bool,
}

struct FilterView {
    text: String,
    fields: Vec<Option_>,
    recommendations: Vec<Option_>,
    statuses: Vec<Option_>,
    programmes: Vec<Option_>,
    working_groups: Vec<Option_>,
    districts: Vec<Option_>,
    target_groups: Vec<Option_>,
    active: bool,
}

impl FilterView {
    /// The free-text field, for `m::field`.
    fn search(&self, label: String) -> Field {
        Field::search("q", label)
            .id("filter-q")
            .value(self.text.clone())
    }

    /// The select of filter `name` (as the URL names it), "any" first, for `m::field`.
    fn select(&self, name: &str, label: String, any: String) -> Field {
        let options = match name {
            "handlungsfeld" => &self.fields,
            "empfehlung" => &self.recommendations,
            "status" => &self.statuses,
            "programm" => &self.programmes,
            "arbeitsgruppe" => &self.working_groups,
            "bezirk" => &self.districts,
            _ => &self.target_groups,
        };
        let mut choices = vec![FrameChoice::new("", any, false)];
        choices.extend(
            options
                .iter()
                .map(|o| FrameChoice::localized(o.value.clone(), &o.label, o.selected)),
        );
        Field::select(name, label, choices).id(format!("filter-{name}"))
    }
}

/// The list's filters as the URL carries them (German names: they are part of shared links).
#[derive(Deserialize, Default)]
pub struct ListQuery {
    q: Option<String>,
    handlungsfeld: Option<String>,
    empfehlung: Option<String>,
    status: Option<String>,
    programm: Option<String>,
    arbeitsgruppe: Option<String>,
    bezirk: Option<String>,
    zielgruppe: Option<String>,
}

fn non_empty(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

impl ListQuery {
    /// The store's filter for this query; what the visitor may see is narrowed by the use case.
    pub fn filter(&self) -> MeasureFilter {
        MeasureFilter {
            field: non_empty(&self.handlungsfeld),
            recommendation: non_empty(&self.empfehlung),
            status: non_empty(&self.status).and_then(|s| Status::parse(&s)),
            programme: non_empty(&self.programm).and_then(|p| Programme::parse(&p)),
            working_group: non_empty(&self.arbeitsgruppe),
            district: non_empty(&self.bezirk),
            target_group: non_empty(&self.zielgruppe),
            text: non_empty(&self.q),
            ..MeasureFilter::default()
        }
    }
}

fn option(value: &str, label: Localized, current: &Option<String>) -> Option_ {
    Option_ {
        value: value.to_owned(),
        label,
        selected: current.as_deref() == Some(value),
    }
}

fn filter_view(
    page: &Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    filter: &MeasureFilter,
) -> FilterView {
    let t = page.t();
    let lang = t.code();
    let concept = &stored.concept;
    let fields = |current: &Option<String>| -> Vec<Option_> {
        concept
            .fields
            .iter()
            .map(|f| option(&f.slug, Localized::new(&f.title, lang), current))
            .collect()
    };
    FilterView {
        text: filter.text.clone().unwrap_or_default(),
        fields: fields(&filter.field),
        recommendations: concept
            .fields
            .iter()
            .flat_map(|f| f.recommendations.iter())
            .map(|r| {
                option(
                    &r.id,
                    Localized::plain(format!("{} – {}", r.id, r.text.get(lang))),
                    &filter.recommendation,
                )
            })
            .collect(),
        statuses: Status::ALL
            .iter()
            .map(|s| {
                option(
                    s.as_str(),
                    Localized::plain(t.msg(&format!("status-{}", s.as_str()))),
                    &filter.status.map(|s| s.as_str().to_owned()),
                )
            })
            .collect(),
        programmes: Programme::ALL
            .iter()
            .map(|p| {
                option(
                    p.as_str(),
                    Localized::plain(programme_label(&t, settings, *p)),
                    &filter.programme.map(|p| p.as_str().to_owned()),
                )
            })
            .collect(),
        working_groups: fields(&filter.working_group),
        districts: settings
            .districts
            .iter()
            .map(|d| option(&d.code, Localized::plain(d.name.clone()), &filter.district))
            .collect(),
        target_groups: settings
            .target_groups
            .iter()
            .map(|g| option(&g.id, Localized::new(&g.label, lang), &filter.target_group))
            .collect(),
        active: filter.field.is_some()
            || filter.recommendation.is_some()
            || filter.status.is_some()
            || filter.programme.is_some()
            || filter.working_group.is_some()
            || filter.district.is_some()
            || filter.target_group.is_some()
            || filter.text.is_some(),
    }
}

/// The list page for `measures`, found with `filter`.
pub fn list_page<'a>(
    page: &'a Page,
    c: Content,
    stored: &StoredConcept,
    settings: &CitySettings,
    filter: &MeasureFilter,
    measures: &[Measure],
) -> ListPage<'a> {
    let t = page.t();
    ListPage {
        layout: {
            let mut layout = page.layout(Some(stored), NAV, t.msg("measures-title"));
            layout.content = c.clone();
            layout
        },
        filter: filter_view(page, stored, settings, filter),
        summary: t.msg_with("measures-count", "count", measures.len()),
        measures: measures
            .iter()
            .map(|m| ListRow {
                link: measure_link(&t, &c, m),
                working_group: stored
                    .concept
                    .field(&m.content.working_group)
                    .map(|f| c.text(&keys::field_title(&f.slug), &f.title))
                    .unwrap_or_else(|| Localized::plain(m.content.working_group.clone())),
                programme: programme_label(&t, settings, m.content.programme),
            })
            .collect(),
        may_create: teilhabe_app::measures::may_start_new(&page.viewer.visitor).is_ok(),
        download_query: page
            .path
            .find('?')
            .map(|start| page.path[start..].to_owned())
            .unwrap_or_default(),
    }
}
