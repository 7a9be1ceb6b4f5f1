//! Derived indicators computed from the published (disclosure-controlled) cube, as defined in
//! `data/indicators/*.toml`: values, gaps to the reference group and to the whole population
//! (difference and ratio), Wilson intervals for shares and Newcombe intervals for differences.
//! Register counts are complete, so every value is marked exact; the intervals answer whether a
//! change in a small group is more than chance (see docs/statistics.md).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use teilhabe_domain::indicator::{IndicatorDefinition, IndicatorKind, Selection};

use crate::config::{Measure, StatsConfig};
use crate::cube::{CellKey, Cube, DIMENSIONS};
use crate::dimensions::{DimensionId, ItemId, TOTAL};
use crate::error::StatsError;
use crate::intervals::{Z_95, dissimilarity, newcombe_difference, wilson};

/// Reads every `*.toml` in the folder, sorted by file name.
pub fn load_definitions(dir: &Path) -> Result<Vec<IndicatorDefinition>, StatsError> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|error| StatsError::io(dir, error))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text =
                std::fs::read_to_string(path).map_err(|error| StatsError::io(path, error))?;
            IndicatorDefinition::parse(&path.display().to_string(), &text)
                .map_err(|error| StatsError::config(path, error.message))
        })
        .collect()
}

/// One value of an indicator.
#[derive(Debug, Clone, Serialize)]
pub struct IndicatorRow {
    pub indicator: String,
    pub year: u16,
    /// Dimension code -> item code for each breakdown dimension.
    pub breakdown: BTreeMap<&'static str, String>,
    pub numerator: Option<u64>,
    pub denominator: Option<u64>,
    pub value: Option<f64>,
    /// SDMX observation status: A normal, Q missing because an input is suppressed, M not computable.
    pub obs_status: &'static str,
    /// Counts from a complete register: no sampling error.
    pub exact: bool,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub reference_value: Option<f64>,
    pub gap_reference_difference: Option<f64>,
    pub gap_reference_ratio: Option<f64>,
    pub gap_reference_ci_low: Option<f64>,
    pub gap_reference_ci_high: Option<f64>,
    pub whole_value: Option<f64>,
    pub gap_whole_difference: Option<f64>,
    pub gap_whole_ratio: Option<f64>,
}

/// What a sum over cells found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sum {
    Value(u64),
    Suppressed,
    /// The year (after offset) is not in the extract.
    Unavailable,
}

struct Evaluator<'a> {
    config: &'a StatsConfig,
    cube: &'a Cube,
    definition: &'a IndicatorDefinition,
    years: Vec<u16>,
}

type Overrides = BTreeMap<String, Vec<String>>;

impl Evaluator<'_> {
    fn fail(&self, message: String) -> StatsError {
        StatsError::Config {
            path: format!("data/indicators ({})", self.definition.id).into(),
            message,
        }
    }

    fn item(&self, dimension: DimensionId, code: &str) -> Result<ItemId, StatsError> {
        self.config
            .dimension(dimension)
            .find(code)
            .ok_or_else(|| self.fail(format!("{} has no item {code}", dimension.code())))
    }

    /// Adds up the published cells of a selection for a row (year and breakdown coordinates).
    fn sum(
        &self,
        selection: &Selection,
        year: u16,
        row: &[ItemId; DIMENSIONS],
        extra: &[&Overrides],
    ) -> Result<Sum, StatsError> {
        let measure = Measure::parse(&selection.measure)
            .ok_or_else(|| self.fail(format!("unknown measure {}", selection.measure)))?;
        let Some(year) = year.checked_add_signed(selection.year_offset) else {
            return Ok(Sum::Unavailable);
        };
        if !self.years.contains(&year) {
            return Ok(Sum::Unavailable);
        }
        let mut choices: Vec<Vec<ItemId>> = row.iter().map(|&item| vec![item]).collect();
        for overrides in std::iter::once(&selection.items).chain(extra.iter().copied()) {
            for (code, items) in overrides {
                let dimension = DimensionId::parse(code)
                    .ok_or_else(|| self.fail(format!("unknown dimension {code}")))?;
                choices[dimension.index()] = items
                    .iter()
                    .map(|item| self.item(dimension, item))
                    .collect::<Result<_, _>>()?;
            }
        }
        let mut total = 0u64;
        let mut suppressed = false;
        let mut coords = [TOTAL; DIMENSIONS];
        let mut error = None;
        combinations(&choices, 0, &mut coords, &mut |coords| {
            let key = CellKey {
                measure,
                year,
                coords: *coords,
            };
            match self.cube.cell(&key) {
                Some(cell) => match cell.published_value() {
                    Some(value) => total += value,
                    None => suppressed = true,
                },
                None => {
                    error.get_or_insert_with(|| {
                        let named: Vec<String> = DimensionId::ALL
                            .iter()
                            .zip(coords.iter())
                            .filter(|(_, item)| **item != TOTAL)
                            .map(|(d, &item)| format!("{}={}", d.code(), self.config.dimension(*d).code(item)))
                            .collect();
                        self.fail(format!(
                            "needs the cell {} {} which no table in data/stats/tables.toml publishes",
                            measure.code(),
                            named.join(", ")
                        ))
                    });
                }
            }
        });
        if let Some(error) = error {
            return Err(error);
        }
        Ok(if suppressed {
            Sum::Suppressed
        } else {
            Sum::Value(total)
        })
    }

    fn rows(&self) -> Result<Vec<IndicatorRow>, StatsError> {
        let definition = self.definition;
        if definition.kind == IndicatorKind::Dissimilarity {
            return self.dissimilarity_rows();
        }
        let breakdown: Vec<DimensionId> = definition
            .breakdown
            .iter()
            .map(|code| {
                DimensionId::parse(code)
                    .ok_or_else(|| self.fail(format!("unknown dimension {code}")))
            })
            .collect::<Result<_, _>>()?;
        let mut choices: Vec<Vec<ItemId>> = vec![vec![TOTAL]; DIMENSIONS];
        for &dimension in &breakdown {
            let max = definition
                .max_level
                .get(dimension.code())
                .copied()
                .unwrap_or(u8::MAX);
            let dim = self.config.dimension(dimension);
            choices[dimension.index()] = (0..dim.items.len())
                .filter_map(|index| ItemId::try_from(index).ok())
                .filter(|&item| dim.item(item).is_some_and(|entry| entry.level <= max))
                .collect();
        }
        let whole_default: Overrides = breakdown
            .iter()
            .map(|d| (d.code().to_string(), vec!["_T".to_string()]))
            .collect();
        let whole = definition.whole.as_ref().unwrap_or(&whole_default);
        let denominator = definition
            .denominator
            .as_ref()
            .ok_or_else(|| self.fail("needs a denominator".into()))?;
        let with_interval = matches!(definition.kind, IndicatorKind::Share | IndicatorKind::Rate);
        let mut rows = Vec::new();
        for &year in &self.years {
            let mut coordinates = Vec::new();
            let mut coords = [TOTAL; DIMENSIONS];
            combinations(&choices, 0, &mut coords, &mut |coords| {
                coordinates.push(*coords)
            });
            for coords in coordinates {
                let quotient = |extra: &[&Overrides]| -> Result<(Sum, Sum), StatsError> {
                    Ok((
                        self.sum(&definition.numerator, year, &coords, extra)?,
                        self.sum(denominator, year, &coords, extra)?,
                    ))
                };
                let (numerator, denominator_sum) = quotient(&[])?;
                let value = ratio(numerator, denominator_sum, definition.factor);
                let mut row = IndicatorRow {
                    indicator: definition.id.clone(),
                    year,
                    breakdown: breakdown
                        .iter()
                        .map(|&d| {
                            (
                                d.code(),
                                self.config.dimension(d).code(coords[d.index()]).to_string(),
                            )
                        })
                        .collect(),
                    numerator: value_of(numerator),
                    denominator: value_of(denominator_sum),
                    value,
                    obs_status: status(numerator, denominator_sum),
                    exact: true,
                    ci_low: None,
                    ci_high: None,
                    reference_value: None,
                    gap_reference_difference: None,
                    gap_reference_ratio: None,
                    gap_reference_ci_low: None,
                    gap_reference_ci_high: None,
                    whole_value: None,
                    gap_whole_difference: None,
                    gap_whole_ratio: None,
                };
                if let (true, Sum::Value(n), Sum::Value(d)) =
                    (with_interval, numerator, denominator_sum)
                    && let Some((low, high)) = wilson(n, d, Z_95)
                {
                    row.ci_low = Some(low * definition.factor);
                    row.ci_high = Some(high * definition.factor);
                }
                if let Some(reference) = &definition.reference {
                    let (ref_numerator, ref_denominator) = quotient(&[reference])?;
                    row.reference_value = ratio(ref_numerator, ref_denominator, definition.factor);
                    (row.gap_reference_difference, row.gap_reference_ratio) =
                        gaps(value, row.reference_value);
                    if let (true, Sum::Value(n1), Sum::Value(d1), Sum::Value(n2), Sum::Value(d2)) = (
                        with_interval,
                        numerator,
                        denominator_sum,
                        ref_numerator,
                        ref_denominator,
                    ) && let Some((low, high)) = newcombe_difference(n1, d1, n2, d2, Z_95)
                    {
                        row.gap_reference_ci_low = Some(low * definition.factor);
                        row.gap_reference_ci_high = Some(high * definition.factor);
                    }
                }
                let (whole_numerator, whole_denominator) = quotient(&[whole])?;
                row.whole_value = ratio(whole_numerator, whole_denominator, definition.factor);
                (row.gap_whole_difference, row.gap_whole_ratio) = gaps(value, row.whole_value);
                rows.push(row);
            }
        }
        Ok(rows)
    }

    fn dissimilarity_rows(&self) -> Result<Vec<IndicatorRow>, StatsError> {
        let definition = self.definition;
        let compared = definition
            .compared_group
            .as_ref()
            .ok_or_else(|| self.fail("needs compared_group".into()))?;
        let area = self.config.dimension(DimensionId::Area);
        let units: Vec<ItemId> = match definition.area_level {
            Some(level) => (0..area.items.len())
                .filter_map(|index| ItemId::try_from(index).ok())
                .filter(|&item| area.item(item).is_some_and(|entry| entry.level == level))
                .collect(),
            None => area.leaves.clone(),
        };
        let mut rows = Vec::new();
        for &year in &self.years {
            let mut group_a = Vec::new();
            let mut group_b = Vec::new();
            let mut suppressed = false;
            for &unit in &units {
                let mut coords = [TOTAL; DIMENSIONS];
                coords[DimensionId::Area.index()] = unit;
                for (selection, into) in [
                    (&definition.numerator, &mut group_a),
                    (compared, &mut group_b),
                ] {
                    match self.sum(selection, year, &coords, &[])? {
                        Sum::Value(value) => into.push(value),
                        Sum::Suppressed | Sum::Unavailable => suppressed = true,
                    }
                }
            }
            let value = if suppressed {
                None
            } else {
                dissimilarity(&group_a, &group_b)
            };
            rows.push(IndicatorRow {
                indicator: definition.id.clone(),
                year,
                breakdown: BTreeMap::new(),
                numerator: (!suppressed).then(|| group_a.iter().sum()),
                denominator: (!suppressed).then(|| group_b.iter().sum()),
                value: value.map(|index| index * definition.factor),
                obs_status: if suppressed {
                    "Q"
                } else if value.is_none() {
                    "M"
                } else {
                    "A"
                },
                exact: true,
                ci_low: None,
                ci_high: None,
                reference_value: None,
                gap_reference_difference: None,
                gap_reference_ratio: None,
                gap_reference_ci_low: None,
                gap_reference_ci_high: None,
                whole_value: None,
                gap_whole_difference: None,
                gap_whole_ratio: None,
            });
        }
        Ok(rows)
    }
}

fn value_of(sum: Sum) -> Option<u64> {
    match sum {
        Sum::Value(value) => Some(value),
        Sum::Suppressed | Sum::Unavailable => None,
    }
}

fn ratio(numerator: Sum, denominator: Sum, factor: f64) -> Option<f64> {
    match (numerator, denominator) {
        (Sum::Value(n), Sum::Value(d)) if d > 0 => Some(n as f64 / d as f64 * factor),
        _ => None,
    }
}

fn status(numerator: Sum, denominator: Sum) -> &'static str {
    match (numerator, denominator) {
        (Sum::Suppressed, _) | (_, Sum::Suppressed) => "Q",
        (Sum::Value(_), Sum::Value(d)) if d > 0 => "A",
        _ => "M",
    }
}

fn gaps(value: Option<f64>, other: Option<f64>) -> (Option<f64>, Option<f64>) {
    match (value, other) {
        (Some(value), Some(other)) => (Some(value - other), (other != 0.0).then(|| value / other)),
        _ => (None, None),
    }
}

fn combinations(
    choices: &[Vec<ItemId>],
    depth: usize,
    coords: &mut [ItemId; DIMENSIONS],
    visit: &mut dyn FnMut(&[ItemId; DIMENSIONS]),
) {
    if depth == choices.len() {
        visit(coords);
        return;
    }
    for &item in &choices[depth] {
        coords[depth] = item;
        combinations(choices, depth + 1, coords, visit);
    }
}

/// Computes every indicator for every year of the cube.
pub fn compute(
    config: &StatsConfig,
    cube: &Cube,
    definitions: &[IndicatorDefinition],
) -> Result<Vec<IndicatorRow>, StatsError> {
    let mut years: Vec<u16> = cube.cells.iter().map(|cell| cell.key.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut rows = Vec::new();
    for definition in definitions {
        let evaluator = Evaluator {
            config,
            cube,
            definition,
            years: years.clone(),
        };
        rows.extend(evaluator.rows()?);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::{Aggregates, ReadReport, Shape, YearCounts};
    use crate::cube::{self, Protection};
    use crate::status::{Category, DerivationOptions};

    fn data() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
    }

    /// Two years of a city with people in Mitte (01) and Baumheide (07/0702): in Mitte 60
    /// adults without and 40 with migration background (30 foreign), in Baumheide 20 and 80.
    fn cube_for_test(config: &StatsConfig) -> Cube {
        let shape = Shape::of(config);
        let mitte = config.area_leaf("01", "").unwrap() as usize;
        let baumheide = config.area_leaf("07", "0702").unwrap() as usize;
        let adult = usize::from(config.age_leaf[40]);
        let germany = usize::from(config.nationality_leaf[usize::from(config.countries.germany())]);
        let turkey = usize::from(
            config.nationality_leaf[usize::from(config.countries.lookup(b"TR").unwrap())],
        );
        let mut years = std::collections::BTreeMap::new();
        for year in [2023u16, 2024] {
            let mut counts = YearCounts::new(&shape);
            let mut add = |area: usize, category: Category, nationality: usize, count: u32| {
                let status = usize::from(config.status_leaf(category));
                counts.persons[shape.persons_index(area, 0, adult, status, nationality)] += count;
                counts.reference
                    [shape.reference_index(status, usize::from(config.reference_none_leaf))] +=
                    count;
            };
            add(mitte, Category::NoMigrationBackground, germany, 60);
            add(mitte, Category::ForeignNational, turkey, 30);
            add(mitte, Category::Naturalised, germany, 10);
            add(baumheide, Category::NoMigrationBackground, germany, 20);
            add(baumheide, Category::ForeignNational, turkey, 50);
            add(baumheide, Category::Naturalised, germany, 30);
            years.insert(year, counts);
        }
        let aggregates = Aggregates {
            shape,
            years,
            report: ReadReport {
                register: "test".into(),
                encoding: "UTF-8",
                delimiter: ";".into(),
                rows_read: 0,
                rows_accepted: 0,
                rows_rejected: 0,
                rejected_by_reason: std::collections::BTreeMap::new(),
                reference_dates: std::collections::BTreeMap::new(),
                persons_by_status: std::collections::BTreeMap::new(),
                persons_by_sex: std::collections::BTreeMap::new(),
                derivation: DerivationOptions::default(),
            },
            sex_allocated: false,
        };
        cube::build(config, &aggregates)
    }

    fn row<'a>(
        rows: &'a [IndicatorRow],
        indicator: &str,
        year: u16,
        breakdown: &[(&str, &str)],
    ) -> &'a IndicatorRow {
        rows.iter()
            .find(|row| {
                row.indicator == indicator
                    && row.year == year
                    && breakdown
                        .iter()
                        .all(|(d, code)| row.breakdown.get(d).map(String::as_str) == Some(*code))
            })
            .unwrap()
    }

    #[test]
    fn shares_gaps_intervals_and_dissimilarity_from_the_cube() {
        let config = StatsConfig::load(&data(), "bielefeld").unwrap();
        let cube = cube_for_test(&config);
        let definitions = load_definitions(&data().join("indicators")).unwrap();
        let rows = compute(&config, &cube, &definitions).unwrap();

        let city = row(
            &rows,
            "population_mh_share",
            2024,
            &[("AREA", "_T"), ("SEX", "_T")],
        );
        assert_eq!((city.numerator, city.denominator), (Some(120), Some(200)));
        assert!((city.value.unwrap() - 60.0).abs() < 1e-9);
        assert!(city.exact);
        let (low, high) = wilson(120, 200, Z_95).unwrap();
        assert!(
            (city.ci_low.unwrap() - low * 100.0).abs() < 1e-9
                && (city.ci_high.unwrap() - high * 100.0).abs() < 1e-9
        );
        let baumheide = row(
            &rows,
            "population_mh_share",
            2024,
            &[("AREA", "0702"), ("SEX", "_T")],
        );
        assert!((baumheide.value.unwrap() - 80.0).abs() < 1e-9);
        assert!((baumheide.gap_whole_difference.unwrap() - 20.0).abs() < 1e-9);
        assert!((baumheide.gap_whole_ratio.unwrap() - 80.0 / 60.0).abs() < 1e-9);

        let foreign = row(&rows, "population_foreign_share", 2024, &[("AREA", "01")]);
        assert!((foreign.value.unwrap() - 30.0).abs() < 1e-9);

        // Everyone is 40: adults' share with background is the reference of the minors' share,
        // and there are no minors, so the minors' share is not computable.
        let minors = row(&rows, "minors_mh_share", 2024, &[("AREA", "_T")]);
        assert_eq!(minors.obs_status, "M");
        assert!((minors.reference_value.unwrap() - 60.0).abs() < 1e-9);

        // Dissimilarity over the finest areas: MH 40/80 of 120, no MH 60/20 of 80.
        let segregation = row(&rows, "segregation_mh", 2024, &[]);
        let expected = 0.5
            * ((40.0 / 120.0 - 60.0 / 80.0_f64).abs() + (80.0 / 120.0 - 20.0 / 80.0_f64).abs())
            * 100.0;
        assert!((segregation.value.unwrap() - expected).abs() < 1e-9);

        // Age structure: the reference group is the population without background.
        let adults = row(
            &rows,
            "age_structure",
            2024,
            &[("AGE", "Y30T44"), ("MIGRATION_STATUS", "MH")],
        );
        assert!((adults.value.unwrap() - 100.0).abs() < 1e-9);
        assert!((adults.gap_reference_difference.unwrap()).abs() < 1e-9);
        assert!(
            adults.gap_reference_ci_low.unwrap() < 0.0
                && adults.gap_reference_ci_high.unwrap() > 0.0
        );
    }

    #[test]
    fn a_suppressed_input_makes_the_value_missing_not_zero() {
        let config = StatsConfig::load(&data(), "bielefeld").unwrap();
        let mut cube = cube_for_test(&config);
        let area = config.dimension(DimensionId::Area);
        let status = config.dimension(DimensionId::MigrationStatus);
        let key = CellKey {
            measure: Measure::Persons,
            year: 2024,
            coords: [
                area.find("01").unwrap(),
                TOTAL,
                TOTAL,
                status.find("MH").unwrap(),
                TOTAL,
                TOTAL,
            ],
        };
        let id = cube.index[&key];
        cube.cells[id as usize].protection = Protection::Secondary;
        let definitions = load_definitions(&data().join("indicators")).unwrap();
        let rows = compute(&config, &cube, &definitions).unwrap();
        let mitte = row(
            &rows,
            "population_mh_share",
            2024,
            &[("AREA", "01"), ("SEX", "_T")],
        );
        assert_eq!(mitte.obs_status, "Q");
        assert_eq!(mitte.value, None);
        assert_eq!(mitte.numerator, None);
        let earlier = row(
            &rows,
            "population_mh_share",
            2023,
            &[("AREA", "01"), ("SEX", "_T")],
        );
        assert_eq!(earlier.obs_status, "A");
    }
}
