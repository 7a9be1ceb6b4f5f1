//! Allocation of persons whose sex is recorded as diverse (D) or not stated (X) to female or male
//! in published tables, as German official statistics do (Destatis: census 2022, population
//! tables): the two categories are so rare that almost every cell holding them is a small count,
//! and protecting those cells forces secondary suppression of large cells (e.g. all men of a
//! year). Each such person is assigned to F or M by a keyed hash of the person id and the
//! reference year, so the assignment looks random (about half and half, independent of district,
//! age or status) but a rerun on the same extract gives byte-identical output.
//!
//! The true counts of D and X stay in the internal run report; the published tables carry a note
//! (metadata and SDMX `COMMENT_OBS`), and a city-level table can publish D and X together
//! (measure `PERSONS_SEX_DX`) where that count is not small. See docs/statistics.md.

use serde::Serialize;

use crate::config::{SEX_FEMALE, SEX_MALE};

/// The allocation setting of a run (`[sex_allocation]` in `data/stats/tables.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SexAllocation {
    /// On: D and X persons are counted as F or M in every published table.
    pub enabled: bool,
    /// Key of the hash. Changing it changes which persons go to F and which to M (reruns with
    /// the same key give the same tables). Internal: not written to the published metadata.
    #[serde(skip)]
    pub seed: u64,
}

/// The key used when `tables.toml` names none.
pub const DEFAULT_SEED: u64 = 0x7465_696c_6861_6265; // "teilhabe"

impl Default for SexAllocation {
    fn default() -> Self {
        Self {
            enabled: true,
            seed: DEFAULT_SEED,
        }
    }
}

/// SplitMix64's finaliser: a bijection on u64 whose output bits each depend on every input bit.
#[inline]
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The sex leaf (female or male) a D or X person is counted under in published tables:
/// a pure function of the key, the reference year and the person id.
#[inline]
pub fn allocated_sex(seed: u64, year: u16, person_id: u64) -> u16 {
    let hash = mix(mix(seed ^ u64::from(year).wrapping_mul(0x9e37_79b9_7f4a_7c15)) ^ person_id);
    if hash >> 63 == 0 {
        SEX_FEMALE
    } else {
        SEX_MALE
    }
}

/// How many persons of one reference year were moved, by recorded and allocated sex (internal).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AllocationCounts {
    pub diverse_to_female: u64,
    pub diverse_to_male: u64,
    pub not_stated_to_female: u64,
    pub not_stated_to_male: u64,
}

impl AllocationCounts {
    pub fn total(&self) -> u64 {
        self.diverse_to_female
            + self.diverse_to_male
            + self.not_stated_to_female
            + self.not_stated_to_male
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allocation_is_a_pure_function_of_key_year_and_id() {
        for id in [1u64, 2, 77, 123_456_789] {
            assert_eq!(
                allocated_sex(DEFAULT_SEED, 2024, id),
                allocated_sex(DEFAULT_SEED, 2024, id)
            );
        }
        // A different key or year gives a different assignment for some persons.
        let differs = |other: &dyn Fn(u64) -> u16| {
            (1..1000u64).any(|id| allocated_sex(DEFAULT_SEED, 2024, id) != other(id))
        };
        assert!(differs(&|id| allocated_sex(DEFAULT_SEED + 1, 2024, id)));
        assert!(differs(&|id| allocated_sex(DEFAULT_SEED, 2023, id)));
    }

    #[test]
    fn about_half_go_to_each_sex_also_for_dense_ids() {
        for (year, start) in [(2015u16, 1u64), (2024, 1_000_000), (2020, 7)] {
            let female = (start..start + 20_000)
                .filter(|&id| allocated_sex(DEFAULT_SEED, year, id) == SEX_FEMALE)
                .count();
            // Binomial(20000, 0.5): sd 71; 4.5 sd either side.
            assert!((9_680..=10_320).contains(&female), "{year}: {female}");
        }
        // Every other id (e.g. ids handed out in steps) is not biased either.
        let female = (0..20_000u64)
            .filter(|&i| allocated_sex(DEFAULT_SEED, 2024, 2 * i) == SEX_FEMALE)
            .count();
        assert!((9_680..=10_320).contains(&female), "{female}");
    }
}
