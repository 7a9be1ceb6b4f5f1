//! The mediation pages as view models, their texts in the page's language.

use askama::Template;
use teilhabe_app::mediation::Demand;
use teilhabe_domain::disclosure::Cell;
use teilhabe_domain::mediation::demand::DemandTable;
use teilhabe_domain::mediation::local_text;
use teilhabe_store::mediation::StoredRequest;

use crate::frame::i18n::Translator;
use crate::frame::{Layout, Page};

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
    key: impl Fn(&str) -> String,
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
            .map(|((k, cells), total)| RowView {
                key: key(k),
                language: ui.map(|ui| super::flow_view::language_name(k, ui)),
                cells: cells.iter().map(|c| cell(t, c)).collect(),
                total: cell(t, total),
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
    missing: Vec<super::flow_view::LanguageName>,
}

pub fn demand_page<'a>(layout: Layout<'a>, page: &Page, demand: &Demand) -> DemandPage<'a> {
    let t = page.t();
    let sector = |kind: &str| t.msg(&format!("mediation-sector-{kind}"));
    DemandPage {
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
                str::to_owned,
            ),
            table(
                &t,
                None,
                "by-month",
                "mediation-by-month",
                "mediation-month",
                &demand.by_month,
                str::to_owned,
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
                str::to_owned,
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
