//! The set of persons of an extract, keyed by (reference year, person id), holding what a child's
//! derivation needs from a parent. Finds duplicate ids on the way.
//!
//! Person ids of real and synthetic extracts are mostly dense sequence numbers, so a direct-address
//! table is used when it fits in memory; otherwise a sorted array with binary search.

use crate::countries::CountryId;
use crate::register::MAX_PERSON_ID;
use crate::status::{Category, OwnBackground};

/// A person's entry packed into 15 bits: own background flag, category, country of reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackedPerson(u16);

const HAS_BACKGROUND: u16 = 1 << 14;
const NO_COUNTRY: u16 = 0x3FF;
const PRESENT: u16 = 1 << 15;

impl PackedPerson {
    pub fn new(own: Option<OwnBackground>) -> Self {
        match own {
            None => Self(NO_COUNTRY),
            Some(own) => {
                let country = own
                    .country_of_reference
                    .filter(|&country| country < NO_COUNTRY)
                    .unwrap_or(NO_COUNTRY);
                Self(HAS_BACKGROUND | ((own.category as u16) << 10) | country)
            }
        }
    }

    pub fn own_background(self) -> Option<OwnBackground> {
        if self.0 & HAS_BACKGROUND == 0 {
            return None;
        }
        let category = Category::ALL
            .into_iter()
            .find(|&category| category as u16 == (self.0 >> 10) & 0xF)?;
        let country = self.0 & NO_COUNTRY;
        Some(OwnBackground {
            category,
            country_of_reference: (country != NO_COUNTRY).then_some(country as CountryId),
        })
    }
}

/// Packs a person into a sortable key: year (8 bits from 1900), id (40 bits), entry (16 bits).
pub fn pack_key(year: u16, id: u64, person: PackedPerson) -> u64 {
    (u64::from(year.saturating_sub(1900)) << 56)
        | ((id & MAX_PERSON_ID) << 16)
        | u64::from(person.0)
}

fn key_year(key: u64) -> u16 {
    (key >> 56) as u16 + 1900
}

fn key_id(key: u64) -> u64 {
    (key >> 16) & MAX_PERSON_ID
}

/// Largest direct-address table built (entries of 2 bytes): 384 MiB.
const DENSE_LIMIT: u64 = 192 << 20;

pub enum PersonTable {
    Dense {
        first_year: u16,
        width: u64,
        slots: Vec<u16>,
    },
    Sorted {
        keys: Vec<u64>,
    },
}

impl PersonTable {
    /// Builds the table from the workers' keys; returns the duplicated (year, id) pairs.
    pub fn build(parts: Vec<Vec<u64>>) -> (Self, Vec<(u16, u64)>) {
        let mut max_id = 0;
        let mut first_year = u16::MAX;
        let mut last_year = 0;
        for key in parts.iter().flatten() {
            max_id = max_id.max(key_id(*key));
            first_year = first_year.min(key_year(*key));
            last_year = last_year.max(key_year(*key));
        }
        if first_year > last_year {
            return (Self::Sorted { keys: Vec::new() }, Vec::new());
        }
        let width = max_id + 1;
        let years = u64::from(last_year - first_year) + 1;
        let mut duplicates = Vec::new();
        if width.saturating_mul(years) <= DENSE_LIMIT {
            let mut slots = vec![0u16; (width * years) as usize];
            for key in parts.iter().flatten() {
                let index =
                    (u64::from(key_year(*key) - first_year) * width + key_id(*key)) as usize;
                if let Some(slot) = slots.get_mut(index) {
                    if *slot & PRESENT != 0 {
                        duplicates.push((key_year(*key), key_id(*key)));
                    } else {
                        *slot = PRESENT | (*key as u16);
                    }
                }
            }
            return (
                Self::Dense {
                    first_year,
                    width,
                    slots,
                },
                duplicates,
            );
        }
        let mut keys: Vec<u64> = parts.into_iter().flatten().collect();
        keys.sort_unstable();
        for pair in keys.windows(2) {
            if pair[0] >> 16 == pair[1] >> 16 {
                duplicates.push((key_year(pair[1]), key_id(pair[1])));
            }
        }
        keys.dedup_by_key(|key| *key >> 16);
        (Self::Sorted { keys }, duplicates)
    }

    /// The person's entry, or None if no such person is in the extract for that year.
    pub fn get(&self, year: u16, id: u64) -> Option<PackedPerson> {
        match self {
            Self::Dense {
                first_year,
                width,
                slots,
            } => {
                if year < *first_year || id >= *width {
                    return None;
                }
                let index = u64::from(year - first_year) * width + id;
                let slot = *slots.get(usize::try_from(index).ok()?)?;
                (slot & PRESENT != 0).then_some(PackedPerson(slot & !PRESENT))
            }
            Self::Sorted { keys } => {
                let target = pack_key(year, id, PackedPerson(0)) >> 16;
                let position = keys.partition_point(|key| key >> 16 < target);
                keys.get(position)
                    .filter(|key| *key >> 16 == target)
                    .map(|key| PackedPerson(*key as u16))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_keeps_the_background() {
        let own = OwnBackground {
            category: Category::LateRepatriate,
            country_of_reference: Some(17),
        };
        assert_eq!(PackedPerson::new(Some(own)).own_background(), Some(own));
        assert_eq!(PackedPerson::new(None).own_background(), None);
    }

    #[test]
    fn both_table_kinds_find_persons_and_duplicates() {
        let person = PackedPerson::new(None);
        let keys = vec![
            vec![pack_key(2020, 5, person), pack_key(2021, 5, person)],
            vec![pack_key(2020, 5, person), pack_key(2020, 7, person)],
        ];
        let (table, duplicates) = PersonTable::build(keys.clone());
        assert!(matches!(table, PersonTable::Dense { .. }));
        assert_eq!(duplicates, vec![(2020, 5)]);
        assert!(table.get(2020, 7).is_some());
        assert!(table.get(2021, 7).is_none());
        let far = vec![vec![pack_key(2020, MAX_PERSON_ID, person)]];
        let mut all = keys;
        all.extend(far);
        let (table, duplicates) = PersonTable::build(all);
        assert!(matches!(table, PersonTable::Sorted { .. }));
        assert_eq!(duplicates, vec![(2020, 5)]);
        assert!(table.get(2020, MAX_PERSON_ID).is_some());
        assert!(table.get(2021, 5).is_some());
        assert!(table.get(2019, 5).is_none());
    }
}
