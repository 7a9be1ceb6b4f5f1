//! From approved forms to the monitoring's figures (issue 16, item 4). What a data set feeds is
//! data: an element's `indicator` receives the sum of its approved values — by district, and
//! for the city by each category that names a monitoring breakdown (sex, migration history) —
//! or, with `per`, that sum as a share of another element's sum in percent; a self-check
//! area's `indicator` receives the mean score of the institutions that answered.
//!
//! Every table goes through the disclosure control the modules share
//! ([`crate::disclosure::protect_table`], minimum count [`MIN_COUNT`]), institutions without a
//! district included as a row of their own so that the city's figure minus the districts'
//! cannot give a hidden one back. A mean score is a figure about institutions, so it is shown
//! only where at least [`MIN_COUNT`] institutions answered (the anonymous distribution the
//! self-check promises).

use std::collections::BTreeMap;

use super::{Catalog, DataElement, DataSet};
use crate::disclosure::{Cell, CellStatus, protect_table};
use crate::monitoring::{ConfStatus, Coordinates, ObsStatus, Observation, TOTAL};

/// The smallest count (of persons, of institutions) published.
pub const MIN_COUNT: u64 = 3;

/// A form's values as (element, option combination, value).
pub type FormValues = Vec<(String, String, String)>;

/// One institution's approved values that count for the year: its district and its values
/// as (element, option combination, value).
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub district: Option<&'a str>,
    pub values: &'a [(String, String, String)],
}

impl Report<'_> {
    /// The sum of `element`'s numeric values over the combinations `combo` accepts.
    fn sum(&self, element: &DataElement, combo: impl Fn(&str) -> bool) -> u64 {
        self.values
            .iter()
            .filter(|(code, c, _)| *code == element.code && combo(c))
            .filter_map(|(_, _, value)| element.value_type.numeric(value))
            .map(|number| number.max(0.0).round() as u64)
            .sum()
    }
}

/// Every figure `set` feeds for `year` from `reports`. Nothing when no institution reported:
/// a sum over nobody is no zero.
pub fn observations(
    catalog: &Catalog,
    set: &DataSet,
    year: i16,
    reports: &[Report],
) -> Vec<Observation> {
    if reports.is_empty() {
        return Vec::new();
    }
    let rows = Rows::of(reports);
    let mut figures = Vec::new();
    for element in &set.elements {
        let Some(indicator) = &element.indicator else {
            continue;
        };
        let figure = Figure { indicator, year };
        match element.per.as_deref().and_then(|per| set.element(per)) {
            Some(denominator) => share(&figure, &rows, reports, element, denominator, &mut figures),
            None => counts(&figure, catalog, &rows, reports, element, &mut figures),
        }
    }
    for (area, indicator) in set
        .areas
        .iter()
        .filter_map(|area| Some((area, area.indicator.as_ref()?)))
    {
        let figure = Figure { indicator, year };
        mean_scores(&figure, &rows, set, &area.code, reports, &mut figures);
    }
    figures
}

/// The districts of the reports, in code order, and the row each report falls in; the last
/// row (if any) holds the institutions without a district.
struct Rows {
    districts: Vec<Option<String>>,
    of_report: Vec<usize>,
}

impl Rows {
    fn of(reports: &[Report]) -> Self {
        let mut districts: Vec<Option<String>> = reports
            .iter()
            .map(|report| report.district.map(str::to_owned))
            .collect();
        // `None` sorts first; the city-wide row goes last, it is never published on its own.
        districts.sort_by(|a, b| (a.is_none(), a).cmp(&(b.is_none(), b)));
        districts.dedup();
        let of_report = reports
            .iter()
            .map(|report| {
                districts
                    .iter()
                    .position(|d| d.as_deref() == report.district)
                    .unwrap_or(0)
            })
            .collect();
        Rows {
            districts,
            of_report,
        }
    }

    /// A table of one row per district: `columns` summed over each district's reports.
    fn table(&self, reports: &[Report], columns: impl Fn(&Report) -> Vec<u64>) -> Vec<Vec<u64>> {
        let mut table: Vec<Vec<u64>> = vec![Vec::new(); self.districts.len()];
        for (report, &row) in reports.iter().zip(&self.of_report) {
            let values = columns(report);
            let cells = &mut table[row];
            cells.resize(values.len().max(cells.len()), 0);
            for (cell, value) in cells.iter_mut().zip(values) {
                *cell += value;
            }
        }
        table
    }
}

/// The indicator and year every figure of one feed carries.
struct Figure<'a> {
    indicator: &'a str,
    year: i16,
}

impl Figure<'_> {
    fn at(&self, district: &str) -> Coordinates {
        let mut at = Coordinates::total(i32::from(self.year));
        at.district = district.to_owned();
        at
    }

    /// A published value (`value` a decimal number as text) with its base.
    fn value(&self, at: Coordinates, value: &str, base: u64) -> Observation {
        Observation {
            indicator: self.indicator.to_owned(),
            at,
            value: value.parse().ok(),
            lower: None,
            upper: None,
            base: i64::try_from(base).ok(),
            status: ObsStatus::Normal,
            conf_status: Some(ConfStatus::Free),
            sign: None,
            footnotes: Vec::new(),
        }
    }

    /// A figure hidden by disclosure control: `.`, with why.
    fn hidden(&self, at: Coordinates, status: CellStatus) -> Observation {
        Observation {
            indicator: self.indicator.to_owned(),
            at,
            value: None,
            lower: None,
            upper: None,
            base: None,
            status: ObsStatus::Suppressed,
            conf_status: Some(if status == CellStatus::Secondary {
                ConfStatus::Secondary
            } else {
                ConfStatus::Primary
            }),
            sign: Some(".".into()),
            footnotes: Vec::new(),
        }
    }

    /// A share of nothing (no denominator, nobody answered): `-`, as the statistics offices
    /// print it.
    fn not_applicable(&self, at: Coordinates) -> Observation {
        Observation {
            sign: Some("-".into()),
            status: ObsStatus::NotApplicable,
            conf_status: Some(ConfStatus::Free),
            ..self.hidden(at, CellStatus::Published)
        }
    }

    /// A count as published, or hidden.
    fn count(&self, at: Coordinates, cell: Cell) -> Observation {
        match cell.value {
            Some(value) => self.value(at, &value.to_string(), value),
            None => self.hidden(at, cell.status),
        }
    }
}

/// The districts' rows of `table` with their codes (the city-wide row left out).
fn district_rows<'a, T>(rows: &'a Rows, table: &'a [T]) -> impl Iterator<Item = (&'a str, &'a T)> {
    rows.districts
        .iter()
        .zip(table)
        .filter_map(|(district, row)| Some((district.as_deref()?, row)))
}

/// Sums: per district, for the city, and for the city per breakdown option.
fn counts(
    figure: &Figure,
    catalog: &Catalog,
    rows: &Rows,
    reports: &[Report],
    element: &DataElement,
    out: &mut Vec<Observation>,
) {
    let table = protect_table(
        &rows.table(reports, |report| vec![report.sum(element, |_| true)]),
        MIN_COUNT,
    );
    out.push(figure.count(figure.at(TOTAL), table.total));
    for (district, cell) in district_rows(rows, &table.row_totals) {
        out.push(figure.count(figure.at(district), *cell));
    }
    for (position, code) in element.categories.iter().enumerate() {
        let Some(category) = catalog.category(code) else {
            continue;
        };
        let breakdown = match category.breakdown.as_deref() {
            Some("sex") => crate::monitoring::Breakdown::Sex,
            Some("migration") => crate::monitoring::Breakdown::Origin,
            _ => continue,
        };
        // One row per option; options without a monitoring code stay in the table (their
        // count is part of the total), but get no figure.
        let option_of = |combo: &str| combo.split('_').nth(position).map(str::to_owned);
        let counts: Vec<Vec<u64>> = category
            .options
            .iter()
            .map(|option| {
                vec![
                    reports
                        .iter()
                        .map(|report| {
                            report.sum(element, |combo| {
                                option_of(combo).as_deref() == Some(option.code.as_str())
                            })
                        })
                        .sum(),
                ]
            })
            .collect();
        let table = protect_table(&counts, MIN_COUNT);
        for (option, cell) in category.options.iter().zip(&table.row_totals) {
            if let Some(code) = &option.monitoring {
                let mut at = figure.at(TOTAL);
                at.set(breakdown, code.clone());
                out.push(figure.count(at, *cell));
            }
        }
    }
}

/// `numerator` ÷ `denominator` in tenths of a percent, rounded half up.
fn percent(numerator: u64, denominator: u64) -> Option<String> {
    if denominator == 0 {
        return None;
    }
    let (numerator, denominator) = (u128::from(numerator), u128::from(denominator));
    let tenths = (numerator * 2000 + denominator) / (2 * denominator);
    Some(format!("{}.{}", tenths / 10, tenths % 10))
}

/// Shares in percent per district and for the city. The protected table has the numerator
/// and the rest of the denominator as columns: a share is shown only when both are, since a
/// small rest gives the few persons *without* the property away as surely as a small count.
fn share(
    figure: &Figure,
    rows: &Rows,
    reports: &[Report],
    numerator: &DataElement,
    denominator: &DataElement,
    out: &mut Vec<Observation>,
) {
    let table = protect_table(
        &rows.table(reports, |report| {
            let part = report.sum(numerator, |_| true);
            let all = report.sum(denominator, |_| true);
            vec![part, all.saturating_sub(part)]
        }),
        MIN_COUNT,
    );
    let shown = |at: Coordinates, part: Cell, rest: Cell| match (part.value, rest.value) {
        (Some(part), Some(rest)) => match percent(part, part + rest) {
            Some(value) => figure.value(at, &value, part + rest),
            None => figure.not_applicable(at),
        },
        _ => figure.hidden(
            at,
            if part.status == CellStatus::Primary || rest.status == CellStatus::Primary {
                CellStatus::Primary
            } else {
                CellStatus::Secondary
            },
        ),
    };
    let city = match table.column_totals.as_slice() {
        [part, rest] => shown(figure.at(TOTAL), *part, *rest),
        _ => return,
    };
    out.push(city);
    for (district, cells) in district_rows(rows, &table.cells) {
        if let [part, rest] = cells.as_slice() {
            out.push(shown(figure.at(district), *part, *rest));
        }
    }
}

/// Mean area scores (points of all reporting institutions ÷ their reachable points, in
/// percent) per district and for the city, where enough institutions answered.
fn mean_scores(
    figure: &Figure,
    rows: &Rows,
    set: &DataSet,
    area: &str,
    reports: &[Report],
    out: &mut Vec<Observation>,
) {
    let score = |report: &Report| {
        super::selfcheck::scores(set, &|element: &str| {
            report
                .values
                .iter()
                .find(|(code, _, _)| code == element)
                .and_then(|(_, _, value)| value.parse::<u32>().ok())
        })
        .into_iter()
        .find(|score| score.area == area)
        .filter(|score| score.answered > 0)
    };
    // Per row: institutions that answered, their points and reachable points.
    let mut sums: BTreeMap<usize, (u64, u64, u64)> = BTreeMap::new();
    for (report, &row) in reports.iter().zip(&rows.of_report) {
        if let Some(score) = score(report) {
            let entry = sums.entry(row).or_default();
            entry.0 += 1;
            entry.1 += u64::from(score.points);
            entry.2 += u64::from(score.max);
        }
    }
    let institutions: Vec<Vec<u64>> = (0..rows.districts.len())
        .map(|row| vec![sums.get(&row).map_or(0, |sum| sum.0)])
        .collect();
    let table = protect_table(&institutions, MIN_COUNT);
    let total = sums
        .values()
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    let shown = |at: Coordinates, cell: Cell, (answered, points, max): (u64, u64, u64)| match (
        cell.value,
        percent(points, max),
    ) {
        // Nobody answered: no points of no reachable points.
        (Some(_), Some(value)) => figure.value(at, &value, answered),
        (Some(_), None) => figure.not_applicable(at),
        (None, _) => figure.hidden(at, cell.status),
    };
    out.push(shown(figure.at(TOTAL), table.total, total));
    for (row, district) in rows.districts.iter().enumerate() {
        let (Some(district), Some(cell)) = (district, table.row_totals.get(row)) else {
            continue;
        };
        let sum = sums.get(&row).copied().unwrap_or_default();
        out.push(shown(figure.at(district), *cell, sum));
    }
}

/// The reporting rate beside a published figure: institutions reported ÷ expected, in whole
/// percent rounded half up; none when no institution is expected.
pub fn reporting_rate(reported: usize, expected: usize) -> Option<usize> {
    (expected > 0).then(|| (reported * 200 + expected) / (2 * expected))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reporting_rate_rounds_half_up_and_needs_expected_institutions() {
        assert_eq!(reporting_rate(12, 14), Some(86)); // 85.71
        assert_eq!(reporting_rate(1, 8), Some(13)); // 12.5
        assert_eq!(reporting_rate(1, 3), Some(33)); // 33.33
        assert_eq!(reporting_rate(2, 3), Some(67)); // 66.67
        assert_eq!(reporting_rate(0, 5), Some(0));
        assert_eq!(reporting_rate(5, 5), Some(100));
        assert_eq!(reporting_rate(0, 0), None);
    }

    const CATEGORIES: &str = r#"
format = 1
[[categories]]
code = "sex"
name = { de = "Geschlecht", en = "Sex" }
breakdown = "sex"
options = [
  { code = "female", name = { de = "w", en = "f" }, monitoring = "F" },
  { code = "male", name = { de = "m", en = "m" }, monitoring = "M" },
]
[[categories]]
code = "migration"
name = { de = "MG", en = "MH" }
breakdown = "migration"
options = [
  { code = "mh-yes", name = { de = "mit", en = "with" }, monitoring = "MH" },
  { code = "mh-unknown", name = { de = "unbekannt", en = "unknown" } },
]
"#;

    const SET: &str = r#"
format = 1
[data_set]
code = "probe"
name = { de = "Probe", en = "Sample" }
period_type = "yearly"
kinds = ["youth-club"]
due_days = 30
expiry_days = 90
[[areas]]
code = "a1"
name = { de = "Bereich", en = "Area" }
indicator = "score"
[[areas]]
code = "a2"
name = { de = "Bereich 2", en = "Area 2" }
indicator = "score2"
[[elements]]
code = "visitors"
name = { de = "Besuchende", en = "Visitors" }
type = "integer"
categories = ["sex", "migration"]
indicator = "visits"
[[elements]]
code = "courses"
name = { de = "Kurse", en = "Courses" }
type = "integer"
[[elements]]
code = "childcare"
name = { de = "mit Betreuung", en = "with childcare" }
type = "integer"
indicator = "childcare-share"
per = "courses"
[[elements]]
code = "q1"
name = { de = "Frage 1", en = "Item 1" }
type = "integer"
max = 3
area = "a1"
[[elements]]
code = "q2"
name = { de = "Frage 2", en = "Item 2" }
type = "integer"
max = 3
area = "a1"
[[elements]]
code = "q3"
name = { de = "Frage 3", en = "Item 3" }
type = "integer"
max = 3
area = "a2"
"#;

    fn catalog() -> Catalog {
        Catalog::parse(&[
            ("categories.toml".to_owned(), CATEGORIES.to_owned()),
            ("probe.toml".to_owned(), SET.to_owned()),
        ])
        .unwrap()
    }

    fn values(list: &[(&str, &str, &str)]) -> FormValues {
        list.iter()
            .map(|(e, c, v)| ((*e).to_owned(), (*c).to_owned(), (*v).to_owned()))
            .collect()
    }

    /// Four institutions: two in district 01, one in 02, one city-wide.
    fn reported() -> [(Option<&'static str>, FormValues); 4] {
        [
            (
                Some("01"),
                values(&[
                    ("visitors", "female_mh-yes", "5"),
                    ("visitors", "male_mh-yes", "4"),
                    ("visitors", "female_mh-unknown", "1"),
                    ("courses", "default", "10"),
                    ("childcare", "default", "2"),
                    ("q1", "default", "3"),
                    ("q2", "default", "1"),
                ]),
            ),
            (
                Some("01"),
                values(&[
                    ("visitors", "male_mh-unknown", "6"),
                    ("courses", "default", "20"),
                    ("childcare", "default", "8"),
                    ("q1", "default", "2"),
                    ("q2", "default", "2"),
                ]),
            ),
            (
                Some("02"),
                values(&[
                    ("visitors", "female_mh-yes", "2"),
                    ("courses", "default", "5"),
                    ("childcare", "default", "5"),
                    ("q1", "default", "0"),
                ]),
            ),
            (
                None,
                values(&[
                    ("visitors", "male_mh-unknown", "7"),
                    ("courses", "default", "4"),
                    ("childcare", "default", "0"),
                    ("q1", "default", "3"),
                    ("q2", "default", "3"),
                ]),
            ),
        ]
    }

    /// Every figure of the four institutions of [`reported`].
    fn reported_observations() -> Vec<Observation> {
        let catalog = catalog();
        let reported = reported();
        let reports: Vec<Report> = reported
            .iter()
            .map(|(district, values)| Report {
                district: *district,
                values,
            })
            .collect();
        observations(&catalog, catalog.data_set("probe").unwrap(), 2025, &reports)
    }

    /// (indicator, district, sex, origin) → shown value or the confidentiality status.
    fn published() -> BTreeMap<(String, String, String, String), String> {
        reported_observations()
            .into_iter()
            .map(|o| {
                o.check().unwrap();
                assert_eq!(o.at.year, 2025);
                let shown = match (o.value, o.conf_status) {
                    (Some(value), _) => value.to_string(),
                    (None, Some(ConfStatus::Primary)) => "primary".into(),
                    (None, Some(ConfStatus::Secondary)) => "secondary".into(),
                    (None, _) => {
                        assert_eq!(o.status, ObsStatus::NotApplicable);
                        o.sign.unwrap_or_default()
                    }
                };
                ((o.indicator, o.at.district, o.at.sex, o.at.origin), shown)
            })
            .collect()
    }

    fn get<'a>(
        figures: &'a BTreeMap<(String, String, String, String), String>,
        [indicator, district, sex, origin]: [&str; 4],
    ) -> &'a str {
        let key = [indicator, district, sex, origin].map(str::to_owned);
        let [indicator, district, sex, origin] = key;
        figures
            .get(&(indicator, district, sex, origin))
            .map(String::as_str)
            .unwrap_or("absent")
    }

    #[test]
    fn sums_by_district_and_breakdown_equal_a_hand_count_with_small_ones_hidden() {
        let figures = published();
        // 5+4+1+6 in 01, 2 in 02 (hidden), 7 without a district; 25 in all.
        assert_eq!(get(&figures, ["visits", TOTAL, TOTAL, TOTAL]), "25");
        assert_eq!(get(&figures, ["visits", "01", TOTAL, TOTAL]), "16");
        assert_eq!(get(&figures, ["visits", "02", TOTAL, TOTAL]), "primary");
        // Female 5+1+2, male 4+6+7; with migration history 5+4+2; "unknown" has no figure.
        assert_eq!(get(&figures, ["visits", TOTAL, "F", TOTAL]), "8");
        assert_eq!(get(&figures, ["visits", TOTAL, "M", TOTAL]), "17");
        assert_eq!(get(&figures, ["visits", TOTAL, TOTAL, "MH"]), "11");
        let visits = figures.keys().filter(|k| k.0 == "visits").count();
        assert_eq!(visits, 6, "{figures:?}");
    }

    #[test]
    fn shares_are_the_sums_ratio_in_percent_rounded_half_up() {
        let figures = published();
        // (2+8+5+0) / (10+20+5+4) = 15/39 = 38.46 %.
        assert_eq!(
            get(&figures, ["childcare-share", TOTAL, TOTAL, TOTAL]),
            "38.5"
        );
        assert_eq!(
            get(&figures, ["childcare-share", "01", TOTAL, TOTAL]),
            "33.3"
        );
        assert_eq!(
            get(&figures, ["childcare-share", "02", TOTAL, TOTAL]),
            "100.0"
        );
        assert_eq!(percent(1, 8).as_deref(), Some("12.5"));
        assert_eq!(percent(1, 16).as_deref(), Some("6.3"));
        assert_eq!(percent(1, 0), None);
    }

    #[test]
    fn mean_scores_need_three_institutions() {
        let figures = published();
        // (4 + 4 + 0 + 6) of 4 × 6 points = 58.33 %; no district has three institutions.
        assert_eq!(get(&figures, ["score", TOTAL, TOTAL, TOTAL]), "58.3");
        assert_eq!(get(&figures, ["score", "01", TOTAL, TOTAL]), "primary");
        assert_eq!(get(&figures, ["score", "02", TOTAL, TOTAL]), "primary");
        // Nobody answered the second area: no institution counts, the figure is "-".
        assert_eq!(get(&figures, ["score2", TOTAL, TOTAL, TOTAL]), "-");
        // The base of a mean score is the number of institutions that answered.
        let city = reported_observations()
            .into_iter()
            .find(|o| o.indicator == "score" && o.at.district == TOTAL)
            .unwrap();
        assert_eq!(city.base, Some(4));
    }

    #[test]
    fn a_share_hides_a_small_rest_as_well_as_a_small_part() {
        let catalog = catalog();
        let set = catalog.data_set("probe").unwrap();
        let (small_rest, small_part, big) = (
            values(&[("courses", "default", "10"), ("childcare", "default", "9")]),
            values(&[("courses", "default", "10"), ("childcare", "default", "1")]),
            values(&[("courses", "default", "40"), ("childcare", "default", "20")]),
        );
        let nothing = values(&[("courses", "default", "0"), ("childcare", "default", "0")]);
        let reports = [
            Report {
                district: Some("01"),
                values: &small_rest,
            },
            Report {
                district: Some("02"),
                values: &small_part,
            },
            Report {
                district: Some("03"),
                values: &big,
            },
            Report {
                district: Some("04"),
                values: &nothing,
            },
        ];
        let all = observations(&catalog, set, 2025, &reports);
        let figures: BTreeMap<String, (Option<String>, Option<ConfStatus>)> = all
            .iter()
            .filter(|o| o.indicator == "childcare-share")
            .map(|o| {
                (
                    o.at.district.clone(),
                    (o.value.map(|v| v.to_string()), o.conf_status),
                )
            })
            .collect();
        let of = |district: &str| {
            all.iter()
                .find(|o| o.indicator == "childcare-share" && o.at.district == district)
                .unwrap()
        };
        // No course at all: no share, said with "-", not hidden.
        let none = of("04");
        assert_eq!(
            (
                none.value,
                none.status,
                none.conf_status,
                none.sign.as_deref()
            ),
            (
                None,
                ObsStatus::NotApplicable,
                Some(ConfStatus::Free),
                Some("-")
            )
        );
        assert_eq!((of(TOTAL).base, of("03").base), (Some(60), Some(40)));
        assert_eq!(figures["01"], (None, Some(ConfStatus::Primary)));
        assert_eq!(figures["02"], (None, Some(ConfStatus::Primary)));
        // 30 of 60 in all: the city's figure stays, so 03 alone would give 01 and 02 back
        // together — but not each; 03 is shown.
        assert_eq!(
            figures[TOTAL],
            (Some("50.0".into()), Some(ConfStatus::Free))
        );
        assert_eq!(figures["03"], (Some("50.0".into()), Some(ConfStatus::Free)));
    }

    #[test]
    fn nobody_reported_gives_no_figures() {
        let catalog = catalog();
        let set = catalog.data_set("probe").unwrap();
        assert!(observations(&catalog, set, 2025, &[]).is_empty());
    }
}
