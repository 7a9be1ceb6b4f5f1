//! Country and nationality codes: ISO 3166-1 alpha-2 or the Destatis three-digit key, one table.
//!
//! Lookups are array indexed (no hashing) because every row of a register extract carries up to
//! four country codes.

use serde::Serialize;

/// Index into [`Countries::list`].
pub type CountryId = u16;

/// Where a country belongs for grouping (see `data/stats/countries.csv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Region {
    Germany,
    EuropeanUnion,
    Third,
    /// No state: stateless, unclear, not stated.
    NoState,
}

impl Region {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "DE" => Some(Self::Germany),
            "EU" => Some(Self::EuropeanUnion),
            "THIRD" => Some(Self::Third),
            "NONE" => Some(Self::NoState),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Germany => "DE",
            Self::EuropeanUnion => "EU",
            Self::Third => "THIRD",
            Self::NoState => "NONE",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2; empty for a former state (Soviet Union, Yugoslavia …) that only has a
    /// Destatis key.
    pub iso2: String,
    pub destatis: String,
    pub region: Region,
    /// Typical origin of late repatriates (former Soviet Union, Poland, Romania); used by the
    /// generator and to label "born abroad" cases, never to change a person's status.
    pub late_repatriate_origin: bool,
    pub name_de: String,
    pub name_en: String,
}

impl Country {
    /// The code to name the country by in messages: ISO alpha-2, else the Destatis key.
    pub fn code(&self) -> &str {
        if self.iso2.is_empty() {
            &self.destatis
        } else {
            &self.iso2
        }
    }

    /// The continent, from the first digit of the Destatis key.
    pub fn continent(&self) -> Continent {
        match self.destatis.as_bytes().first() {
            Some(b'0' | b'1') => Continent::Europe,
            Some(b'2') => Continent::Africa,
            Some(b'3') => Continent::America,
            Some(b'4') => Continent::Asia,
            Some(b'5') => Continent::Oceania,
            _ => Continent::None,
        }
    }
}

/// The continent of a country in the Destatis key (its first digit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Continent {
    Europe,
    Africa,
    America,
    Asia,
    /// Australia and Oceania.
    Oceania,
    /// No state: stateless, unclear, not stated.
    None,
}

const NO_ENTRY: u16 = u16::MAX;

/// The country table with O(1) lookup by either code.
#[derive(Debug, Clone)]
pub struct Countries {
    list: Vec<Country>,
    by_iso2: Vec<u16>,
    by_destatis: Vec<u16>,
    germany: CountryId,
}

impl Countries {
    /// Builds the lookup tables; fails on duplicate or malformed codes, or when Germany is missing.
    pub fn new(list: Vec<Country>) -> Result<Self, String> {
        if list.len() >= usize::from(NO_ENTRY) {
            return Err("too many countries".into());
        }
        let mut by_iso2 = vec![NO_ENTRY; 26 * 26];
        let mut by_destatis = vec![NO_ENTRY; 1000];
        let mut germany = None;
        for (index, country) in list.iter().enumerate() {
            let id = u16::try_from(index).map_err(|_| "too many countries".to_string())?;
            let key = destatis_slot(country.destatis.as_bytes())
                .ok_or_else(|| format!("{:?} is not a three-digit key", country.destatis))?;
            if by_destatis[key] != NO_ENTRY {
                return Err(format!("key {} listed twice", country.destatis));
            }
            by_destatis[key] = id;
            if country.iso2.is_empty() {
                if country.region == Region::Germany {
                    return Err("Germany needs its ISO code DE".into());
                }
                continue;
            }
            let iso = iso2_slot(country.iso2.as_bytes())
                .ok_or_else(|| format!("{:?} is not an ISO alpha-2 code", country.iso2))?;
            if by_iso2[iso] != NO_ENTRY {
                return Err(format!("code {} listed twice", country.iso2));
            }
            by_iso2[iso] = id;
            if country.region == Region::Germany {
                germany = Some(id);
            }
        }
        let germany = germany.ok_or("no country with region DE (Germany)")?;
        Ok(Self {
            list,
            by_iso2,
            by_destatis,
            germany,
        })
    }

    /// Looks up an ISO alpha-2 code (either case) or a Destatis three-digit key.
    #[inline]
    pub fn lookup(&self, code: &[u8]) -> Option<CountryId> {
        let slot = match code.len() {
            2 => self.by_iso2.get(iso2_slot(code)?)?,
            3 => self.by_destatis.get(destatis_slot(code)?)?,
            _ => return None,
        };
        (*slot != NO_ENTRY).then_some(*slot)
    }

    pub fn germany(&self) -> CountryId {
        self.germany
    }

    pub fn get(&self, id: CountryId) -> Option<&Country> {
        self.list.get(usize::from(id))
    }

    pub fn list(&self) -> &[Country] {
        &self.list
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn by_iso2(&self, code: &str) -> Option<CountryId> {
        if code.len() == 2 {
            self.lookup(code.as_bytes())
        } else {
            None
        }
    }

    pub fn region(&self, id: CountryId) -> Region {
        self.get(id)
            .map_or(Region::NoState, |country| country.region)
    }

    /// True for a real state other than Germany (not stateless / unclear / not stated).
    pub fn is_foreign_state(&self, id: CountryId) -> bool {
        matches!(self.region(id), Region::EuropeanUnion | Region::Third)
    }
}

fn iso2_slot(code: &[u8]) -> Option<usize> {
    let [a, b] = code else { return None };
    let a = a.to_ascii_uppercase();
    let b = b.to_ascii_uppercase();
    if !(a.is_ascii_uppercase() && b.is_ascii_uppercase()) {
        return None;
    }
    Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
}

fn destatis_slot(code: &[u8]) -> Option<usize> {
    let [a, b, c] = code else { return None };
    if !(a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit()) {
        return None;
    }
    Some(usize::from(a - b'0') * 100 + usize::from(b - b'0') * 10 + usize::from(c - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(iso2: &str, destatis: &str, region: Region) -> Country {
        Country {
            iso2: iso2.into(),
            destatis: destatis.into(),
            region,
            late_repatriate_origin: false,
            name_de: iso2.into(),
            name_en: iso2.into(),
        }
    }

    #[test]
    fn both_code_systems_find_the_same_country() {
        let countries = Countries::new(vec![
            country("DE", "000", Region::Germany),
            country("TR", "163", Region::Third),
        ])
        .unwrap();
        assert_eq!(countries.lookup(b"TR"), Some(1));
        assert_eq!(countries.lookup(b"tr"), Some(1));
        assert_eq!(countries.lookup(b"163"), Some(1));
        assert_eq!(countries.lookup(b"000"), Some(0));
        assert_eq!(countries.lookup(b"999"), None);
        assert_eq!(countries.lookup(b"T1"), None);
        assert_eq!(countries.lookup(b""), None);
        assert_eq!(countries.germany(), 0);
    }

    #[test]
    fn a_former_state_is_found_by_its_key_only() {
        let countries = Countries::new(vec![
            country("DE", "000", Region::Germany),
            country("", "159", Region::Third),
            country("", "138", Region::Third),
        ])
        .unwrap();
        assert_eq!(countries.lookup(b"159"), Some(1));
        assert_eq!(countries.lookup(b"138"), Some(2));
        assert_eq!(countries.by_iso2(""), None);
        assert_eq!(countries.get(1).unwrap().code(), "159");
        assert_eq!(countries.get(1).unwrap().continent(), Continent::Europe);
    }

    /// The shipped file is the complete Destatis nationality key: every key once, the 27 EU
    /// member states, and the states a real register extract carries (Colombia is 349).
    #[test]
    fn the_shipped_country_file_is_the_destatis_key() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/stats/countries.csv");
        let countries = crate::config::load_countries(&path).unwrap();
        let name = |code: &[u8]| {
            countries
                .lookup(code)
                .and_then(|id| countries.get(id))
                .map(|c| c.name_en.as_str())
        };
        assert_eq!(name(b"349"), Some("Colombia"));
        assert_eq!(name(b"CO"), Some("Colombia"));
        assert_eq!(name(b"425"), Some("Azerbaijan"));
        assert_eq!(name(b"163"), Some("Türkiye"));
        assert_eq!(name(b"475"), Some("Syria"));
        assert_eq!(name(b"277"), Some("Sudan"));
        assert_eq!(name(b"278"), Some("South Sudan"));
        assert_eq!(name(b"459"), Some("Palestinian territories"));
        assert_eq!(name(b"159"), Some("Soviet Union (former)"));
        let eu = countries
            .list()
            .iter()
            .filter(|c| matches!(c.region, Region::EuropeanUnion | Region::Germany))
            .count();
        assert_eq!(eu, 27);
        // Every UN member state has a key; with territories and former states 212 rows.
        let states = countries
            .list()
            .iter()
            .filter(|c| c.region != Region::NoState && !c.iso2.is_empty())
            .count();
        assert!(states >= 193, "{states} states");
        for country in countries.list() {
            let continent = country.continent();
            assert_eq!(
                continent == Continent::None,
                country.region == Region::NoState,
                "{}",
                country.code()
            );
        }
    }

    #[test]
    fn duplicate_codes_are_refused() {
        let result = Countries::new(vec![
            country("DE", "000", Region::Germany),
            country("DE", "001", Region::Third),
        ]);
        assert!(result.is_err());
    }
}
