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
    pub iso2: String,
    pub destatis: String,
    pub region: Region,
    /// Typical origin of late repatriates (former Soviet Union, Poland, Romania); used by the
    /// generator and to label "born abroad" cases, never to change a person's status.
    pub late_repatriate_origin: bool,
    pub name_de: String,
    pub name_en: String,
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
            let iso = iso2_slot(country.iso2.as_bytes())
                .ok_or_else(|| format!("{:?} is not an ISO alpha-2 code", country.iso2))?;
            let key = destatis_slot(country.destatis.as_bytes())
                .ok_or_else(|| format!("{:?} is not a three-digit key", country.destatis))?;
            if by_iso2[iso] != NO_ENTRY {
                return Err(format!("code {} listed twice", country.iso2));
            }
            if by_destatis[key] != NO_ENTRY {
                return Err(format!("key {} listed twice", country.destatis));
            }
            by_iso2[iso] = id;
            by_destatis[key] = id;
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
    fn duplicate_codes_are_refused() {
        let result = Countries::new(vec![
            country("DE", "000", Region::Germany),
            country("DE", "001", Region::Third),
        ]);
        assert!(result.is_err());
    }
}
