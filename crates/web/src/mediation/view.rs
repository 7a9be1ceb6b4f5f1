//! The mediation pages as view models, their texts in the page's language.

use askama::Template;
use teilhabe_app::mediation::{Demand, FundingCosts};
use teilhabe_domain::city::District;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::disclosure::Cell;
use teilhabe_domain::mediation::demand::DemandTable;
use teilhabe_domain::mediation::local_text;
use teilhabe_domain::translation::keys;
use teilhabe_store::mediation::StoredRequest;

use crate::frame::i18n::Translator;
use crate::frame::{Content, Layout, Localized, Page};

/// The sign of a count withheld to protect individuals.
const WITHHELD: &str = ".";

fn cell(t: &Translator<'_>, cell: &Cell) -> String {
    match cell.value {
        Some(value) => t.number(value as f64, 0),
        None => WITHHELD.to_owned(),
    }
}

pub struct RowView {
    pub key: String,
    /// ` lang="de"` when the key is a text shown untranslated.
    pub key_lang: String,
    /// The language's name, in the table by language.
    pub language: Option<super::flow_view::LanguageName>,
    pub cells: Vec<String>,
    pub total: String,
}

pub struct TableView {
    pub id: &'static str,
    pub heading: String,
    pub key_label: String,
    pub columns: Vec<String>,
    pub rows: Vec<RowView>,
    pub totals: Vec<String>,
    pub grand_total: String,
}

fn table(
    t: &Translator<'_>,
    ui: Option<&str>,
    id: &'static str,
    heading: &str,
    key_label: &str,
    data: &DemandTable,
    key: impl Fn(&str) -> Localized,
) -> TableView {
    TableView {
        id,
        heading: t.msg(heading),
        key_label: t.msg(key_label),
        columns: data
            .columns
            .iter()
            .map(|c| t.msg(&format!("mediation-outcome-{c}")))
            .collect(),
        rows: data
            .rows
            .iter()
            .zip(&data.table.cells)
            .zip(&data.table.row_totals)
            .map(|((k, cells), total)| {
                let shown = key(k);
                RowView {
                    key_lang: shown.lang_attr(),
                    key: shown.text,
                    language: ui.map(|ui| super::flow_view::language_name(k, ui)),
                    cells: cells.iter().map(|c| cell(t, c)).collect(),
                    total: cell(t, total),
                }
            })
            .collect(),
        totals: data
            .table
            .column_totals
            .iter()
            .map(|c| cell(t, c))
            .collect(),
        grand_total: cell(t, &data.table.total),
    }
}

#[derive(Template)]
#[template(path = "mediation/demand.html")]
pub struct DemandPage<'a> {
    pub layout: Layout<'a>,
    requests: String,
    median_lead_days: Option<String>,
    tables: Vec<TableView>,
    /// One row per funding source, the total last.
    costs: Vec<CostsRow>,
    missing: Vec<super::flow_view::LanguageName>,
}

/// One funding source's hours and allowances, formatted (`.` where withheld).
pub struct CostsRow {
    pub source: String,
    pub source_lang: String,
    pub served: String,
    pub hours: String,
    pub km: String,
    pub allowance: String,
}

fn costs_row(t: &Translator<'_>, name: Localized, costs: &FundingCosts) -> CostsRow {
    let or_withheld = |value: Option<String>| value.unwrap_or_else(|| WITHHELD.to_owned());
    CostsRow {
        source_lang: name.lang_attr(),
        source: name.text,
        served: cell(t, &costs.served),
        hours: or_withheld(costs.minutes.map(|m| t.number(m as f64 / 60.0, 1))),
        km: or_withheld(costs.km.map(|km| t.number(km as f64, 0))),
        allowance: or_withheld(
            costs
                .allowance_cents
                .map(|cents| t.number(cents as f64 / 100.0, 2)),
        ),
    }
}

pub fn demand_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    c: &Content,
    concept: &Concept,
    districts: &[District],
    demand: &Demand,
) -> DemandPage<'a> {
    let t = page.t();
    let plain = |text: String| Localized::plain(text);
    let sector = |kind: &str| plain(t.msg(&format!("mediation-sector-{kind}")));
    let field = |slug: &str| match concept.fields.iter().find(|f| f.slug == slug) {
        Some(field) => c.text(&keys::field_title(slug), &field.title),
        None => plain(slug.to_owned()),
    };
    let settings = teilhabe_app::mediation::pool_settings();
    let funding = |code: &str| match settings.funding.iter().find(|f| f.code == code) {
        Some(source) => Localized::new(&source.name, page.lang()),
        None => plain(code.to_owned()),
    };
    DemandPage {
        costs: demand
            .costs_by_funding
            .iter()
            .map(|costs| costs_row(&t, funding(&costs.source), costs))
            .chain([costs_row(
                &t,
                plain(t.msg("mediation-total")),
                &demand.costs_total,
            )])
            .collect(),
        requests: cell(&t, &demand.requests),
        median_lead_days: demand.median_lead_days.map(|d| t.number(d as f64, 0)),
        tables: vec![
            table(
                &t,
                Some(page.lang()),
                "by-language",
                "mediation-by-language",
                "mediation-language",
                &demand.by_language,
                |k| plain(k.to_owned()),
            ),
            table(
                &t,
                None,
                "by-month",
                "mediation-by-month",
                "mediation-month",
                &demand.by_month,
                |k| plain(k.to_owned()),
            ),
            table(
                &t,
                None,
                "by-sector",
                "mediation-by-sector",
                "mediation-sector",
                &demand.by_sector,
                sector,
            ),
            table(
                &t,
                None,
                "by-district",
                "mediation-by-district",
                "mediation-district",
                &demand.by_district,
                // The city's names of its districts; a code the settings no longer name stays.
                |code| match districts.iter().find(|d| d.code == code) {
                    Some(district) => plain(district.name.clone()),
                    None => plain(code.to_owned()),
                },
            ),
            table(
                &t,
                None,
                "by-field",
                "mediation-by-field",
                "mediation-field",
                &demand.by_field,
                field,
            ),
            table(
                &t,
                None,
                "by-funding",
                "mediation-by-funding",
                "mediation-funding",
                &demand.by_funding,
                funding,
            ),
        ],
        missing: demand
            .languages_without_mediators
            .iter()
            .map(|code| super::flow_view::language_name(code, page.lang()))
            .collect(),
        layout,
    }
}

pub struct RequestRow {
    pub id: i64,
    pub starts: String,
    pub language: super::flow_view::LanguageName,
    pub setting: String,
    pub status: String,
    pub urgent: bool,
}

#[derive(Template)]
#[template(path = "mediation/requests.html")]
pub struct RequestsPage<'a> {
    pub layout: Layout<'a>,
    rows: Vec<RequestRow>,
    may_request: bool,
}

pub fn requests_page<'a>(
    layout: Layout<'a>,
    page: &Page,
    list: &[StoredRequest],
) -> RequestsPage<'a> {
    let t = page.t();
    RequestsPage {
        rows: list
            .iter()
            .map(|r| RequestRow {
                id: r.id,
                starts: local_text(r.content.starts_at),
                language: super::flow_view::language_name(&r.content.language, page.lang()),
                setting: t.msg(&format!("mediation-setting-{}", r.content.setting.as_str())),
                status: t.msg(&format!("mediation-status-{}", r.status.as_str())),
                urgent: r.urgent,
            })
            .collect(),
        may_request: teilhabe_domain::mediation::access::may_request(&page.viewer.visitor),
        layout,
    }
}
