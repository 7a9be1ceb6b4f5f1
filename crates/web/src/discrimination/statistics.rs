//! The published statistics of documented cases (`/diskriminierung/statistik?jahr=`): new cases
//! per quarter, the share of racist cases, and one table per dimension (area of life, ground,
//! form, level, intervention, outcome) with a bar per row, as the state network's annual report
//! shows them — every count through the disclosure control of
//! `teilhabe_app::discrimination::published`, the caveat that reports measure reporting, not
//! prevalence, beside the figures.

use askama::Template;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use teilhabe_app::discrimination::{self, DEFAULT_MIN_COUNT};
use teilhabe_domain::disclosure::Cell;
use teilhabe_domain::discrimination::statistics::{Dimension, Periods, Published, Share};
use teilhabe_domain::mediation::city_zone;

use crate::frame::i18n::Translator;
use crate::frame::layout::Layout;
use crate::frame::{OrPage, Page, PageError};

/// What a withheld count shows (explained under the tables).
const WITHHELD: &str = ".";
/// Years offered besides the chosen one, back from the current.
const YEARS_OFFERED: i16 = 5;

#[derive(Deserialize)]
pub struct YearQuery {
    jahr: Option<String>,
}

pub struct Row {
    pub label: String,
    pub lang_attr: String,
    pub cells: Vec<String>,
    pub total: String,
    /// The bar's length in tenths of the longest row (0 when withheld).
    pub bar: u32,
}

pub struct TableView {
    pub id: &'static str,
    pub heading: String,
    pub note: String,
    pub rows: Vec<Row>,
    pub totals: Vec<String>,
    pub grand_total: String,
}

pub struct YearLink {
    pub year: i16,
    pub current: bool,
}

#[derive(Template)]
#[template(path = "discrimination/statistics.html")]
pub struct StatisticsPage<'a> {
    pub layout: Layout<'a>,
    year: i16,
    years: Vec<YearLink>,
    quarters: Vec<String>,
    cases: Vec<String>,
    cases_total: String,
    racist: Vec<String>,
    racist_total: String,
    tables: Vec<TableView>,
    min_count: i64,
    empty: bool,
}

fn count(t: &Translator<'_>, cell: &Cell) -> String {
    match cell.value {
        Some(value) if !cell.status.is_hidden() => t.number(value as f64, 0),
        _ => WITHHELD.to_owned(),
    }
}

fn share(t: &Translator<'_>, share: &Share) -> String {
    match share.per_mille {
        Some(value) if !share.status.is_hidden() => {
            format!("{} %", t.number(value as f64 / 10.0, 1))
        }
        _ => WITHHELD.to_owned(),
    }
}

fn dimension_key(dimension: Dimension) -> (&'static str, &'static str) {
    match dimension {
        Dimension::Area => ("areas", "discrimination-dimension-area"),
        Dimension::Ground => ("grounds", "discrimination-dimension-ground"),
        Dimension::Form => ("forms", "discrimination-dimension-form"),
        Dimension::Level => ("levels", "discrimination-dimension-level"),
        Dimension::Intervention => ("interventions", "discrimination-dimension-intervention"),
        Dimension::Outcome => ("outcomes", "discrimination-dimension-outcome"),
    }
}

fn tables(t: &Translator<'_>, lang: &str, published: &Published) -> Vec<TableView> {
    let categories = discrimination::categories();
    published
        .tables
        .iter()
        .map(|table| {
            let (id, heading) = dimension_key(table.dimension);
            let list = table.dimension.categories(categories);
            let longest = table
                .table
                .row_totals
                .iter()
                .filter(|cell| !cell.status.is_hidden())
                .filter_map(|cell| cell.value)
                .max()
                .unwrap_or(0);
            let rows = table
                .rows
                .iter()
                .enumerate()
                .map(|(index, id)| {
                    let (label, lang_attr) = list
                        .iter()
                        .find(|c| &c.id == id)
                        .map(|c| super::label(c, lang))
                        .unwrap_or_else(|| (id.clone(), String::new()));
                    let total = table.table.row_totals.get(index).copied();
                    let bar = match total {
                        Some(cell) if !cell.status.is_hidden() && longest > 0 => {
                            let value = cell.value.unwrap_or(0);
                            u32::try_from(value * 100 / longest).unwrap_or(100)
                        }
                        _ => 0,
                    };
                    Row {
                        label,
                        lang_attr,
                        cells: table
                            .table
                            .cells
                            .get(index)
                            .map(|cells| cells.iter().map(|cell| count(t, cell)).collect())
                            .unwrap_or_default(),
                        total: total
                            .map(|cell| count(t, &cell))
                            .unwrap_or_else(|| WITHHELD.to_owned()),
                        bar,
                    }
                })
                .collect();
            TableView {
                id,
                heading: t.msg(heading),
                note: if table.dimension.counts_mentions() {
                    t.msg("discrimination-mentions")
                } else {
                    t.msg("discrimination-one-per-case")
                },
                rows,
                totals: table
                    .table
                    .column_totals
                    .iter()
                    .map(|cell| count(t, cell))
                    .collect(),
                grand_total: count(t, &table.table.total),
            }
        })
        .collect()
}

/// The year asked for, or the current one (in the city's time zone).
pub fn chosen_year(asked: Option<&str>, current: i16) -> Result<i16, ()> {
    match asked.map(str::trim).filter(|text| !text.is_empty()) {
        None => Ok(current),
        Some(text) => match text.parse::<i16>() {
            Ok(year) if (2000..=current).contains(&year) => Ok(year),
            _ => Err(()),
        },
    }
}

pub async fn page(page: Page, Query(query): Query<YearQuery>) -> Result<Response, PageError> {
    let stored = page.concept().await?;
    let current = page.state.now().to_zoned(city_zone()).year();
    let Ok(year) = chosen_year(query.jahr.as_deref(), current) else {
        return Err(page.not_found(Some(&stored)));
    };
    let published = discrimination::published(
        page.state.store(),
        &page.viewer.visitor,
        discrimination::categories(),
        Periods::Quarters { year },
        DEFAULT_MIN_COUNT,
    )
    .await
    .or_page(&page)?;
    let t = page.t();
    let lang = page.lang().to_owned();
    let empty = published.cases_total.value == Some(0);
    let view = StatisticsPage {
        layout: page.layout(
            Some(&stored),
            super::NAV_REPORT,
            t.msg_with("discrimination-statistics-title", "year", year.to_string()),
        ),
        year,
        years: (0..YEARS_OFFERED)
            .map(|back| current - back)
            .filter(|y| *y >= 2000)
            .map(|y| YearLink {
                year: y,
                current: y == year,
            })
            .collect(),
        quarters: (1..=4)
            .map(|q: i64| t.msg_with("discrimination-quarter", "quarter", q))
            .collect(),
        cases: published.cases.iter().map(|cell| count(&t, cell)).collect(),
        cases_total: count(&t, &published.cases_total),
        racist: published
            .racist_share
            .iter()
            .map(|value| share(&t, value))
            .collect(),
        racist_total: share(&t, &published.racist_share_total),
        tables: tables(&t, &lang, &published),
        min_count: i64::try_from(published.min_count).unwrap_or(i64::MAX),
        empty,
    };
    Ok(page.render(StatusCode::OK, &view))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_year_is_the_current_one_or_a_past_one_from_2000() {
        assert_eq!(chosen_year(None, 2026), Ok(2026));
        assert_eq!(chosen_year(Some(" "), 2026), Ok(2026));
        assert_eq!(chosen_year(Some("2025"), 2026), Ok(2025));
        assert_eq!(chosen_year(Some("2026"), 2026), Ok(2026));
        assert_eq!(chosen_year(Some("2000"), 2026), Ok(2000));
        assert_eq!(chosen_year(Some("1999"), 2026), Err(()));
        assert_eq!(chosen_year(Some("2027"), 2026), Err(()));
        assert_eq!(chosen_year(Some("zwei"), 2026), Err(()));
    }
}
