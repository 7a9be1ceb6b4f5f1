//! Coverage: per district and category, how many public offers meet given criteria, against the
//! population they serve (per 1,000 residents, or residents with migration history). An offer
//! counts in its place's district and in each district its outreach comes to; online offers count
//! in none. Offer counts are not counts of persons: no disclosure control applies to them.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::filter::Filter;
use super::{Category, OfferContent};

/// One district's population.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictPopulation {
    pub code: String,
    pub name: String,
    pub residents: u64,
    /// Share of residents with migration history (0..1).
    pub migration_share: f64,
    /// Share of women among them (0..1): the base of offers for women, such as the concept's
    /// fee-free women's courses with childcare.
    pub female_share: f64,
}

/// Which population the rate is taken against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Base {
    #[default]
    Residents,
    WithMigrationHistory,
    /// Women with migration history (residents × migration share × female share).
    WomenWithMigrationHistory,
}

impl Base {
    pub const ALL: [Base; 3] = [
        Base::Residents,
        Base::WithMigrationHistory,
        Base::WomenWithMigrationHistory,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Base::Residents => "residents",
            Base::WithMigrationHistory => "migration-history",
            Base::WomenWithMigrationHistory => "women-migration-history",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Base::ALL.into_iter().find(|base| base.as_str() == value)
    }
}

impl DistrictPopulation {
    pub fn base(&self, base: Base) -> u64 {
        match base {
            Base::Residents => self.residents,
            // Rounded to whole persons.
            Base::WithMigrationHistory => {
                (self.residents as f64 * self.migration_share).round() as u64
            }
            Base::WomenWithMigrationHistory => {
                (self.residents as f64 * self.migration_share * self.female_share).round() as u64
            }
        }
    }
}

#[derive(Deserialize)]
struct AreasFile {
    /// The city's share of women, for districts without their own.
    #[serde(default = "half")]
    female_share: f64,
    district: Vec<AreaEntry>,
}

fn half() -> f64 {
    0.5
}

#[derive(Deserialize)]
struct AreaEntry {
    code: String,
    name: String,
    population: u64,
    #[serde(default)]
    mh_share: f64,
    #[serde(default)]
    female_share: Option<f64>,
}

/// Reads the districts' populations from the statistics engine's area file
/// (`data/stats/<city>/areas.toml`: `[[district]]` with `code`, `name`, `population`, `mh_share`,
/// optionally `female_share`; else the file's `female_share`, else one half).
pub fn parse_populations(source: &str) -> Result<Vec<DistrictPopulation>, String> {
    let file: AreasFile = toml::from_str(source).map_err(|error| error.to_string())?;
    Ok(file
        .district
        .into_iter()
        .map(|entry| DistrictPopulation {
            code: entry.code,
            name: entry.name,
            residents: entry.population,
            migration_share: entry.mh_share,
            female_share: entry.female_share.unwrap_or(file.female_share),
        })
        .collect())
}

/// One cell: offers in a district (and category, or all categories).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub offers: usize,
    /// Offers per 1,000 of the base population; none when the base is 0.
    pub per_thousand: Option<f64>,
}

/// One district's row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub code: String,
    pub name: String,
    pub population: u64,
    /// By category, in [`Category::ALL`] order.
    pub by_category: Vec<Cell>,
    pub total: Cell,
}

/// The coverage table.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    pub base: Base,
    pub rows: Vec<Row>,
}

impl Coverage {
    /// Districts without any offer meeting the criteria.
    pub fn gaps(&self) -> Vec<&Row> {
        self.rows
            .iter()
            .filter(|row| row.total.offers == 0)
            .collect()
    }
}

fn cell(offers: usize, population: u64) -> Cell {
    Cell {
        offers,
        per_thousand: (population > 0).then(|| offers as f64 * 1000.0 / population as f64),
    }
}

/// Counts `offers` (already the public ones) that meet `criteria` per district and category.
/// The filter's own district choice is ignored: every district gets its row.
pub fn coverage(
    offers: &[OfferContent],
    criteria: &Filter,
    populations: &[DistrictPopulation],
    base: Base,
) -> Coverage {
    let criteria = Filter {
        districts: Default::default(),
        ..criteria.clone()
    };
    let mut counts: BTreeMap<(&str, Category), usize> = BTreeMap::new();
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for offer in offers.iter().filter(|offer| criteria.matches(offer)) {
        let mut districts = offer.location.districts();
        districts.sort_unstable();
        districts.dedup();
        for district in districts {
            *counts.entry((district, offer.category)).or_default() += 1;
            *totals.entry(district).or_default() += 1;
        }
    }
    let rows = populations
        .iter()
        .map(|district| {
            let population = district.base(base);
            Row {
                code: district.code.clone(),
                name: district.name.clone(),
                population,
                by_category: Category::ALL
                    .iter()
                    .map(|category| {
                        cell(
                            counts
                                .get(&(district.code.as_str(), *category))
                                .copied()
                                .unwrap_or(0),
                            population,
                        )
                    })
                    .collect(),
                total: cell(
                    totals.get(district.code.as_str()).copied().unwrap_or(0),
                    population,
                ),
            }
        })
        .collect();
    Coverage { base, rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::{Cost, Gender, Location, sample};

    fn district(code: &str, residents: u64, share: f64) -> DistrictPopulation {
        DistrictPopulation {
            code: code.into(),
            name: format!("D{code}"),
            residents,
            migration_share: share,
            female_share: 0.5,
        }
    }

    #[test]
    fn fee_free_womens_courses_with_childcare_per_thousand_women_with_migration_history() {
        let course = |district: &str, childcare: bool, cost: Cost| OfferContent {
            category: Category::Course,
            gender: Gender::Women,
            childcare,
            cost,
            location: Location::Place {
                address: "x".into(),
                district: district.into(),
                coordinates: None,
            },
            ..sample::content()
        };
        let offers = vec![
            course("01", true, Cost::Free),
            course("01", true, Cost::Free),
            course("01", false, Cost::Free), // no childcare: out
            course("02", true, Cost::Fee { cents: 900 }), // fee: out
            OfferContent {
                category: Category::Parents,
                location: Location::Outreach {
                    districts: vec!["02".into(), "01".into()],
                },
                ..course("01", true, Cost::Free)
            },
            OfferContent {
                location: Location::Online,
                ..course("01", true, Cost::Free)
            },
        ];
        let criteria = Filter {
            cost: [crate::offers::CostKind::Free].into(),
            childcare: true,
            gender: [Gender::Women].into(),
            districts: ["99".to_owned()].into(), // ignored
            ..Filter::default()
        };
        let populations = [
            district("01", 80_000, 0.5),
            district("02", 40_000, 0.25),
            district("03", 10_000, 0.1),
        ];
        let table = coverage(&offers, &criteria, &populations, Base::WithMigrationHistory);
        // 01: base 40,000; two courses + the outreach parents' offer = 3 → 0.075 per 1,000.
        // 02: base 10,000; the outreach offer = 1 → 0.1 per 1,000. 03: base 1,000; none.
        let course_index = Category::ALL
            .iter()
            .position(|c| *c == Category::Course)
            .unwrap();
        let parents_index = Category::ALL
            .iter()
            .position(|c| *c == Category::Parents)
            .unwrap();
        let first = &table.rows[0];
        assert_eq!(first.population, 40_000);
        assert_eq!(first.by_category[course_index].offers, 2);
        assert_eq!(first.by_category[course_index].per_thousand, Some(0.05));
        assert_eq!(first.by_category[parents_index].offers, 1);
        assert_eq!(first.total.offers, 3);
        assert_eq!(first.total.per_thousand, Some(0.075));
        let second = &table.rows[1];
        assert_eq!(second.population, 10_000);
        assert_eq!(second.total.offers, 1);
        assert_eq!(second.total.per_thousand, Some(0.1));
        let third = &table.rows[2];
        assert_eq!(third.population, 1_000);
        assert_eq!(
            third.total,
            Cell {
                offers: 0,
                per_thousand: Some(0.0)
            }
        );
        let gaps: Vec<&str> = table.gaps().iter().map(|row| row.code.as_str()).collect();
        assert_eq!(gaps, ["03"]);
        // Against all residents: 3 per 80,000 = 0.0375 per 1,000.
        let residents = coverage(&offers, &criteria, &populations, Base::Residents);
        assert_eq!(residents.rows[0].total.per_thousand, Some(0.0375));
        // Against women with migration history: 3 per 20,000 = 0.15 per 1,000 (Mitte), 1 per
        // 5,000 = 0.2 (02), and 03 has 500.
        let women = coverage(
            &offers,
            &criteria,
            &populations,
            Base::WomenWithMigrationHistory,
        );
        assert_eq!(women.rows[0].population, 20_000);
        assert_eq!(women.rows[0].total.per_thousand, Some(0.15));
        assert_eq!(women.rows[1].total.per_thousand, Some(0.2));
        assert_eq!(women.rows[2].population, 500);
        for base in Base::ALL {
            assert_eq!(Base::parse(base.as_str()), Some(base));
        }
        assert_eq!(Base::parse("cats"), None);
    }

    #[test]
    fn the_statistics_area_file_gives_populations() {
        let populations =
            parse_populations(include_str!("../../../../data/stats/bielefeld/areas.toml")).unwrap();
        assert_eq!(populations.len(), 10);
        assert_eq!(populations[0].code, "01");
        assert_eq!(populations[0].residents, 81_616);
        // 81,616 × 0.47 = 38,359.52 → 38,360.
        assert_eq!(populations[0].base(Base::WithMigrationHistory), 38_360);
        // × 0.51 (the file's share of women) = 19,563.36 → 19,563.
        assert_eq!(populations[0].base(Base::WomenWithMigrationHistory), 19_563);
        let own = parse_populations(
            "female_share = 0.6\n[[district]]\ncode = \"01\"\nname = \"A\"\npopulation = 1000\nmh_share = 0.5\nfemale_share = 0.4\n\
             [[district]]\ncode = \"02\"\nname = \"B\"\npopulation = 1000\nmh_share = 0.5\n",
        )
        .unwrap();
        assert_eq!(own[0].base(Base::WomenWithMigrationHistory), 200);
        assert_eq!(own[1].base(Base::WomenWithMigrationHistory), 300);
        let unsaid = parse_populations(
            "[[district]]\ncode = \"01\"\nname = \"A\"\npopulation = 1000\nmh_share = 0.5\n",
        )
        .unwrap();
        assert_eq!(unsaid[0].base(Base::WomenWithMigrationHistory), 250);
    }
}
