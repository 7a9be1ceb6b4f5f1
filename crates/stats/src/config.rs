//! Reads the configuration under `data/stats/`: countries, areas of a city, age and nationality
//! groups, and the tables to publish. Everything a city may change lives in those files.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::countries::{Countries, Country, CountryId, Region};
use crate::dimensions::{Dimension, DimensionBuilder, DimensionId, ItemId};
use crate::error::StatsError;
use crate::sex_allocation::{DEFAULT_SEED, SexAllocation};
use crate::status::Category;

/// What a published cell counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Measure {
    /// Residents at the reference date.
    Persons,
    /// Persons naturalised in the calendar year of the reference date.
    Naturalisations,
    /// Foreign nationals with at least 8 years of residence in Germany.
    #[serde(rename = "FOREIGN_RES8")]
    ForeignResidence8,
    /// Residents whose sex is recorded as diverse or not stated (true counts, D and X together):
    /// the note beside tables in which they are allocated to female or male.
    #[serde(rename = "PERSONS_SEX_DX")]
    PersonsSexDx,
}

impl Measure {
    pub const ALL: [Measure; 4] = [
        Self::Persons,
        Self::Naturalisations,
        Self::ForeignResidence8,
        Self::PersonsSexDx,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Persons => "PERSONS",
            Self::Naturalisations => "NATURALISATIONS",
            Self::ForeignResidence8 => "FOREIGN_RES8",
            Self::PersonsSexDx => "PERSONS_SEX_DX",
        }
    }

    /// Whether the measure's grand total (city, all years' breakdowns at total) is published
    /// whatever its size. True for the population and the naturalisation figures, which are
    /// public anyway; false for the count of persons with sex D or X, which is a small count in
    /// a small extract and then is suppressed like any other cell.
    pub fn grand_total_always_published(self) -> bool {
        !matches!(self, Self::PersonsSexDx)
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|measure| measure.code() == code)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct QuarterConfig {
    pub code: String,
    pub name: String,
    pub weight: f64,
    #[serde(default = "one")]
    pub mh_factor: f64,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DistrictConfig {
    pub code: String,
    pub name: String,
    pub population: u32,
    pub mh_share: f64,
    #[serde(default)]
    pub quarters: Vec<QuarterConfig>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AreaConfig {
    pub city_code: String,
    pub city_name: String,
    #[serde(rename = "district")]
    pub districts: Vec<DistrictConfig>,
}

#[derive(Debug, Clone, Deserialize)]
struct GroupFile {
    group: Vec<GroupEntry>,
}

#[derive(Debug, Clone, Deserialize)]
struct GroupEntry {
    code: String,
    label_de: String,
    label_en: String,
    parent: Option<String>,
    from: Option<u8>,
    to: Option<u8>,
    #[serde(default)]
    countries: Vec<String>,
    rest_of_region: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TableSpec {
    pub id: String,
    pub title_de: String,
    pub title_en: String,
    pub measure: Measure,
    pub dimensions: Vec<DimensionId>,
    /// Deepest hierarchy level published per dimension (absent = all levels).
    #[serde(default)]
    pub max_level: BTreeMap<DimensionId, u8>,
}

#[derive(Debug, Clone, Deserialize)]
struct TableFile {
    #[serde(default)]
    sex_allocation: Option<RawSexAllocation>,
    table: Vec<RawTable>,
}

/// `[sex_allocation]` in tables.toml; absent means on with the default key.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSexAllocation {
    #[serde(default = "yes")]
    enabled: bool,
    seed: Option<u64>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize)]
struct RawTable {
    id: String,
    title_de: String,
    title_en: String,
    measure: String,
    dimensions: Vec<String>,
    #[serde(default)]
    max_level: BTreeMap<String, u8>,
}

/// The oldest age a register row may state; older is an impossible date.
pub const MAX_AGE: u8 = 125;

/// Everything the engine needs to know about a city and its code lists.
#[derive(Debug, Clone)]
pub struct StatsConfig {
    pub countries: Countries,
    pub areas: AreaConfig,
    /// Indexed by `DimensionId::index()`.
    pub dimensions: Vec<Dimension>,
    /// Age in completed years (0..=MAX_AGE) -> leaf number of AGE.
    pub age_leaf: Vec<u16>,
    /// Country -> leaf number of NATIONALITY (and of REFERENCE_COUNTRY, same groups).
    pub nationality_leaf: Vec<u16>,
    pub reference_leaf: Vec<u16>,
    /// Leaf of REFERENCE_COUNTRY for persons without a country of reference.
    pub reference_none_leaf: u16,
    /// Category -> leaf number of MIGRATION_STATUS, in `Category` declaration order.
    status_leaf: [u16; 9],
    /// (district code, quarter code or "") -> leaf number of AREA.
    area_leaf: HashMap<(String, String), u16>,
    pub tables: Vec<TableSpec>,
    /// Whether persons with sex D or X are allocated to F or M in published tables (then the
    /// SEX dimension has only F and M below its total).
    pub sex_allocation: SexAllocation,
    pub source_dir: PathBuf,
}

/// Code of the REFERENCE_COUNTRY leaf for persons without a country of reference.
pub const NO_REFERENCE_CODE: &str = "_Z";

impl StatsConfig {
    /// Loads `<data>/stats/` for the given city (folder name below `stats/`).
    pub fn load(data_dir: &Path, city: &str) -> Result<Self, StatsError> {
        let stats = data_dir.join("stats");
        let countries = load_countries(&stats.join("countries.csv"))?;
        let areas_path = stats.join(city).join("areas.toml");
        let areas: AreaConfig = read_toml(&areas_path)?;
        let ages: GroupFile = read_toml(&stats.join("age-groups.toml"))?;
        let nationalities: GroupFile = read_toml(&stats.join("nationality-groups.toml"))?;
        let tables_path = stats.join("tables.toml");
        let tables: TableFile = read_toml(&tables_path)?;
        Self::build(
            countries,
            areas,
            &ages,
            &nationalities,
            tables,
            &areas_path,
            &stats,
        )
    }

    fn build(
        countries: Countries,
        areas: AreaConfig,
        ages: &GroupFile,
        nationalities: &GroupFile,
        tables: TableFile,
        areas_path: &Path,
        stats: &Path,
    ) -> Result<Self, StatsError> {
        let (area_dimension, area_leaf) =
            area_dimension(&areas).map_err(|message| StatsError::config(areas_path, message))?;
        let age_path = stats.join("age-groups.toml");
        let (age_dimension, age_leaf) =
            age_dimension(ages).map_err(|message| StatsError::config(&age_path, message))?;
        let nationality_path = stats.join("nationality-groups.toml");
        let (nationality_dimension, nationality_leaf) =
            country_dimension(DimensionId::Nationality, nationalities, &countries, false)
                .map_err(|message| StatsError::config(&nationality_path, message))?;
        let (reference_dimension, reference_leaf) = country_dimension(
            DimensionId::ReferenceCountry,
            nationalities,
            &countries,
            true,
        )
        .map_err(|message| StatsError::config(&nationality_path, message))?;
        let reference_none_leaf = reference_dimension
            .find(NO_REFERENCE_CODE)
            .and_then(|item| reference_dimension.leaf_index(item))
            .and_then(|leaf| u16::try_from(leaf).ok())
            .ok_or_else(|| StatsError::config(&nationality_path, "no _Z leaf"))?;
        let (status_dimension, status_leaf) = status_dimension();
        let sex_allocation =
            tables
                .sex_allocation
                .as_ref()
                .map_or_else(SexAllocation::default, |raw| SexAllocation {
                    enabled: raw.enabled,
                    seed: raw.seed.unwrap_or(DEFAULT_SEED),
                });
        let dimensions = vec![
            area_dimension,
            sex_dimension(sex_allocation.enabled),
            age_dimension,
            status_dimension,
            nationality_dimension,
            reference_dimension,
        ];
        let tables_path = stats.join("tables.toml");
        let tables = tables
            .table
            .into_iter()
            .map(|raw| table_spec(raw, &dimensions))
            .collect::<Result<Vec<_>, String>>()
            .map_err(|message| StatsError::config(&tables_path, message))?;
        Ok(Self {
            countries,
            areas,
            dimensions,
            age_leaf,
            nationality_leaf,
            reference_leaf,
            reference_none_leaf,
            status_leaf,
            area_leaf,
            tables,
            sex_allocation,
            source_dir: stats.to_path_buf(),
        })
    }

    /// Switches the allocation of sex D and X to F and M on or off (overriding tables.toml).
    pub fn set_sex_allocation(&mut self, enabled: bool) {
        self.sex_allocation.enabled = enabled;
        self.dimensions[DimensionId::Sex.index()] = sex_dimension(enabled);
    }

    pub fn dimension(&self, id: DimensionId) -> &Dimension {
        &self.dimensions[id.index()]
    }

    /// Leaf number of AREA for a district and quarter code (quarter empty where there are none).
    pub fn area_leaf(&self, district: &str, quarter: &str) -> Option<u16> {
        self.area_leaf
            .get(&(district.to_string(), quarter.to_string()))
            .copied()
    }

    pub fn status_leaf(&self, category: Category) -> u16 {
        self.status_leaf[category as usize]
    }

    /// Every (district, quarter, leaf) triple, for the reader's lookup.
    pub fn area_codes(&self) -> impl Iterator<Item = (&str, &str, u16)> {
        self.area_leaf
            .iter()
            .map(|((district, quarter), &leaf)| (district.as_str(), quarter.as_str(), leaf))
    }
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, StatsError> {
    let text = std::fs::read_to_string(path).map_err(|error| StatsError::io(path, error))?;
    toml::from_str(&text).map_err(|error| StatsError::config(path, error.to_string()))
}

/// Reads `countries.csv` (comma separated, `#` comment lines, header first).
pub fn load_countries(path: &Path) -> Result<Countries, StatsError> {
    let text = std::fs::read_to_string(path).map_err(|error| StatsError::io(path, error))?;
    let mut list = Vec::new();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.starts_with('#') && !line.trim().is_empty());
    lines.next();
    for (number, line) in lines {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let [iso2, destatis, region, late, name_de, name_en] = fields[..] else {
            return Err(StatsError::config(
                path,
                format!("line {}: expected 6 fields", number + 1),
            ));
        };
        let region = Region::parse(region).ok_or_else(|| {
            StatsError::config(
                path,
                format!("line {}: unknown region {region}", number + 1),
            )
        })?;
        list.push(Country {
            iso2: iso2.to_ascii_uppercase(),
            destatis: destatis.into(),
            region,
            late_repatriate_origin: late == "true",
            name_de: name_de.into(),
            name_en: name_en.into(),
        });
    }
    Countries::new(list).map_err(|message| StatsError::config(path, message))
}

type AreaLookup = HashMap<(String, String), u16>;

fn area_dimension(areas: &AreaConfig) -> Result<(Dimension, AreaLookup), String> {
    let mut builder = DimensionBuilder::new(DimensionId::Area, &areas.city_name, &areas.city_name);
    for district in &areas.districts {
        builder.add(&district.code, &district.name, &district.name, None)?;
        for quarter in &district.quarters {
            builder.add(
                &quarter.code,
                &quarter.name,
                &quarter.name,
                Some(&district.code),
            )?;
        }
    }
    let dimension = builder.build();
    let mut lookup = HashMap::new();
    for district in &areas.districts {
        let keys: Vec<(String, String)> = if district.quarters.is_empty() {
            vec![(district.code.clone(), String::new())]
        } else {
            district
                .quarters
                .iter()
                .map(|quarter| (district.code.clone(), quarter.code.clone()))
                .collect()
        };
        for (district_code, quarter_code) in keys {
            let item_code = if quarter_code.is_empty() {
                &district_code
            } else {
                &quarter_code
            };
            let leaf = dimension
                .find(item_code)
                .and_then(|item| dimension.leaf_index(item))
                .and_then(|leaf| u16::try_from(leaf).ok())
                .ok_or_else(|| format!("area {item_code} is not a leaf"))?;
            lookup.insert((district_code, quarter_code), leaf);
        }
    }
    Ok((dimension, lookup))
}

/// The SEX code list: F, M, D, X; with the allocation on only F and M (D and X persons are
/// counted under one of them, so the published tables have no D or X cells).
fn sex_dimension(allocated: bool) -> Dimension {
    let mut builder = DimensionBuilder::new(DimensionId::Sex, "insgesamt", "total");
    let codes = if allocated {
        &RECORDED_SEX[..2]
    } else {
        &RECORDED_SEX[..]
    };
    for (code, de, en) in codes {
        // The codes are distinct constants, so adding cannot fail.
        let _ = builder.add(code, de, en, None);
    }
    builder.build()
}

/// The sex codes of the register, in the order of their numbers (`SEX_FEMALE` ...): the slots of
/// the sex axis in the base counts, whether or not the published dimension has all four.
pub const RECORDED_SEX: [(&str, &str, &str); 4] = [
    ("F", "weiblich", "female"),
    ("M", "männlich", "male"),
    ("D", "divers", "diverse"),
    ("X", "ohne Angabe", "not stated"),
];

/// Sex numbers as recorded (slots of the base counts; also the published leaves F and M).
pub const SEX_FEMALE: u16 = 0;
pub const SEX_MALE: u16 = 1;
pub const SEX_DIVERSE: u16 = 2;
pub const SEX_NOT_STATED: u16 = 3;

fn status_dimension() -> (Dimension, [u16; 9]) {
    let mut builder = DimensionBuilder::new(DimensionId::MigrationStatus, "insgesamt", "total");
    let structure: [(&str, &str, &str, Option<&str>); 11] = [
        (
            "MH",
            "mit Migrationshintergrund",
            "with migration background",
            None,
        ),
        (
            "FOREIGN",
            "Ausländerinnen und Ausländer",
            "foreign nationals",
            Some("MH"),
        ),
        (
            "DE_OWN",
            "Deutsche mit eigenem Migrationshintergrund",
            "Germans with own migration background",
            Some("MH"),
        ),
        ("DE_NAT", "Eingebürgerte", "naturalised", Some("DE_OWN")),
        (
            "DE_LATE",
            "Spätaussiedlerinnen und Spätaussiedler",
            "late repatriates",
            Some("DE_OWN"),
        ),
        ("DE_OPT", "Optionsregelung", "option rule", Some("DE_OWN")),
        ("DE_ADOPT", "Adoption", "adoption", Some("DE_OWN")),
        (
            "DE_DUAL",
            "Deutsche mit zweiter Staatsangehörigkeit",
            "dual nationals",
            Some("DE_OWN"),
        ),
        (
            "DE_ABROAD",
            "im Ausland geboren und zugezogen",
            "born abroad and moved in",
            Some("DE_OWN"),
        ),
        (
            "CHILD_PARENT",
            "Kinder mit Migrationshintergrund über die Eltern",
            "children with migration background through a parent",
            Some("MH"),
        ),
        (
            "NO_MH",
            "ohne Migrationshintergrund",
            "without migration background",
            None,
        ),
    ];
    for (code, de, en, parent) in structure {
        // Constant, acyclic structure with parents first: adding cannot fail.
        let _ = builder.add(code, de, en, parent);
    }
    let dimension = builder.build();
    let mut leaves = [0u16; 9];
    for category in Category::ALL {
        let leaf = dimension
            .find(category.code())
            .and_then(|item| dimension.leaf_index(item))
            .and_then(|leaf| u16::try_from(leaf).ok())
            .unwrap_or(0);
        leaves[category as usize] = leaf;
    }
    (dimension, leaves)
}

fn age_dimension(file: &GroupFile) -> Result<(Dimension, Vec<u16>), String> {
    let mut builder = DimensionBuilder::new(DimensionId::Age, "insgesamt", "total");
    let mut ranges: Vec<(ItemId, u8, u8)> = Vec::new();
    for entry in &file.group {
        let item = builder.add(
            &entry.code,
            &entry.label_de,
            &entry.label_en,
            entry.parent.as_deref(),
        )?;
        if let Some(from) = entry.from {
            ranges.push((item, from, entry.to.unwrap_or(MAX_AGE)));
        }
    }
    let dimension = builder.build();
    let mut age_leaf = vec![u16::MAX; usize::from(MAX_AGE) + 1];
    for (item, from, to) in ranges {
        let leaf = dimension
            .leaf_index(item)
            .and_then(|leaf| u16::try_from(leaf).ok())
            .ok_or_else(|| {
                format!(
                    "age group {} has a range but also children",
                    dimension.code(item)
                )
            })?;
        for age in from..=to.min(MAX_AGE) {
            let slot = &mut age_leaf[usize::from(age)];
            if *slot != u16::MAX {
                return Err(format!("age {age} lies in two groups"));
            }
            *slot = leaf;
        }
    }
    if let Some(age) = age_leaf.iter().position(|&leaf| leaf == u16::MAX) {
        return Err(format!("age {age} lies in no group"));
    }
    Ok((dimension, age_leaf))
}

fn country_dimension(
    id: DimensionId,
    file: &GroupFile,
    countries: &Countries,
    with_no_reference: bool,
) -> Result<(Dimension, Vec<u16>), String> {
    let mut builder = DimensionBuilder::new(id, "insgesamt", "total");
    let mut explicit: Vec<(ItemId, CountryId)> = Vec::new();
    let mut rests: Vec<(ItemId, Region)> = Vec::new();
    for entry in &file.group {
        let item = builder.add(
            &entry.code,
            &entry.label_de,
            &entry.label_en,
            entry.parent.as_deref(),
        )?;
        for code in &entry.countries {
            let country = countries
                .by_iso2(code)
                .ok_or_else(|| format!("group {}: unknown country {code}", entry.code))?;
            explicit.push((item, country));
        }
        if let Some(region) = &entry.rest_of_region {
            let region = Region::parse(region)
                .ok_or_else(|| format!("group {}: unknown region {region}", entry.code))?;
            rests.push((item, region));
        }
    }
    if with_no_reference {
        builder.add(
            NO_REFERENCE_CODE,
            "kein Bezugsland",
            "no country of reference",
            None,
        )?;
    }
    let dimension = builder.build();
    let leaf_of = |item: ItemId| {
        dimension
            .leaf_index(item)
            .and_then(|leaf| u16::try_from(leaf).ok())
            .ok_or_else(|| {
                format!(
                    "group {} lists countries but has children",
                    dimension.code(item)
                )
            })
    };
    let mut by_country = vec![u16::MAX; countries.len()];
    for (item, country) in explicit {
        let slot = &mut by_country[usize::from(country)];
        if *slot != u16::MAX {
            return Err(format!(
                "country {} is in two groups",
                countries.list()[usize::from(country)].code()
            ));
        }
        *slot = leaf_of(item)?;
    }
    for (item, region) in rests {
        let leaf = leaf_of(item)?;
        for (index, country) in countries.list().iter().enumerate() {
            if country.region == region && by_country[index] == u16::MAX {
                by_country[index] = leaf;
            }
        }
    }
    if let Some(index) = by_country.iter().position(|&leaf| leaf == u16::MAX) {
        return Err(format!(
            "country {} is in no group",
            countries.list()[index].code()
        ));
    }
    Ok((dimension, by_country))
}

fn table_spec(raw: RawTable, dimensions: &[Dimension]) -> Result<TableSpec, String> {
    let measure = Measure::parse(&raw.measure)
        .ok_or_else(|| format!("table {}: unknown measure {}", raw.id, raw.measure))?;
    let mut table_dimensions = Vec::new();
    for code in &raw.dimensions {
        let dimension = DimensionId::parse(code)
            .ok_or_else(|| format!("table {}: unknown dimension {code}", raw.id))?;
        if table_dimensions.contains(&dimension) {
            return Err(format!("table {}: dimension {code} listed twice", raw.id));
        }
        table_dimensions.push(dimension);
    }
    table_dimensions.sort();
    let allowed: &[DimensionId] = match measure {
        Measure::Persons => &DimensionId::ALL,
        Measure::Naturalisations | Measure::ForeignResidence8 | Measure::PersonsSexDx => {
            &[DimensionId::Area]
        }
    };
    if let Some(bad) = table_dimensions.iter().find(|d| !allowed.contains(d)) {
        return Err(format!(
            "table {}: measure {} has no breakdown by {}",
            raw.id,
            measure.code(),
            bad.code()
        ));
    }
    if measure == Measure::Persons {
        let reference = table_dimensions.contains(&DimensionId::ReferenceCountry);
        let other = table_dimensions.iter().any(|d| {
            !matches!(
                d,
                DimensionId::MigrationStatus | DimensionId::ReferenceCountry
            )
        });
        if reference && other {
            return Err(format!(
                "table {}: REFERENCE_COUNTRY combines only with MIGRATION_STATUS",
                raw.id
            ));
        }
    }
    let mut max_level = BTreeMap::new();
    for (code, level) in raw.max_level {
        let dimension = DimensionId::parse(&code)
            .ok_or_else(|| format!("table {}: unknown dimension {code} in max_level", raw.id))?;
        if dimensions[dimension.index()].depth() < level {
            return Err(format!("table {}: {code} has no level {level}", raw.id));
        }
        max_level.insert(dimension, level);
    }
    Ok(TableSpec {
        id: raw.id,
        title_de: raw.title_de,
        title_en: raw.title_en,
        measure,
        dimensions: table_dimensions,
        max_level,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    pub fn repo_data() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
    }

    #[test]
    fn bielefeld_configuration_loads() {
        let config = StatsConfig::load(&repo_data(), "bielefeld").unwrap();
        let area = config.dimension(DimensionId::Area);
        assert_eq!(area.items.iter().filter(|item| item.level == 1).count(), 10);
        assert!(config.area_leaf("01", "").is_some());
        assert!(config.area_leaf("07", "0702").is_some());
        assert!(config.area_leaf("07", "").is_none());
        assert_eq!(config.age_leaf.len(), usize::from(MAX_AGE) + 1);
        let nationality = config.dimension(DimensionId::Nationality);
        let turkey = config.countries.lookup(b"163").unwrap();
        let leaf = config.nationality_leaf[usize::from(turkey)];
        assert_eq!(
            nationality.code(nationality.leaves[usize::from(leaf)]),
            "TR"
        );
        let status = config.dimension(DimensionId::MigrationStatus);
        assert_eq!(status.leaf_count(), 9);
        assert_eq!(
            status.code(status.leaves[usize::from(config.status_leaf(Category::ThroughParent))]),
            "CHILD_PARENT"
        );
        assert!(!config.tables.is_empty());
    }
}
