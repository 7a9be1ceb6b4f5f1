//! Definitional identities between cells of different tables: equalities that follow from the
//! derivation rules and the configuration rather than from a hierarchy.
//!
//! Rule 1 of the migration status (`status::rule_1_foreign_national`) makes a person FOREIGN
//! exactly when the first nationality is not German. The NATIONALITY dimension groups first
//! nationalities, so the MIGRATION_STATUS item of rule 1 counts the same persons as the
//! NATIONALITY items that hold every non-German country (in the default configuration the one
//! group `FOREIGN`). On every margin two tables share (area, sex, age) the cell
//! "status FOREIGN, nationality total" therefore equals the sum of the cells "status total,
//! nationality in the cover". Disclosure control must know it: otherwise it hides one side while
//! the other is published (docs/statistics.md, "Identities between tables").
//!
//! The identities are derived from the configuration (countries, nationality groups, status
//! code list), so a city's own groups get theirs; each becomes one more relation of the cube
//! (total = the status cell, parts = the nationality cells), used by suppression and audit alike.

use serde::Serialize;

use crate::config::StatsConfig;
use crate::cube::{Cube, Relation};
use crate::dimensions::{Dimension, DimensionId, ItemId, TOTAL};
use crate::status::Category;

/// `cell(left, right at total) = Σ cell(left at total, right item)` over every cell of the cube
/// that has the left item and the right dimension at its total, where all right-hand cells exist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Identity {
    /// Dimension and item of the single cell.
    pub left: (DimensionId, ItemId),
    /// The other dimension and the items whose cells sum to it.
    pub right: (DimensionId, Vec<ItemId>),
    /// Why it holds (for metadata and docs).
    pub reason: &'static str,
}

impl Identity {
    /// The identity with codes: `(dimension, code)` and `(dimension, [codes])`.
    pub fn codes(&self, config: &StatsConfig) -> serde_json::Value {
        let left = config.dimension(self.left.0);
        let right = config.dimension(self.right.0);
        serde_json::json!({
            "left": { "dimension": self.left.0.code(), "code": left.code(self.left.1) },
            "right": {
                "dimension": self.right.0.code(),
                "codes": self.right.1.iter().map(|&item| right.code(item)).collect::<Vec<_>>(),
            },
            "reason": self.reason,
        })
    }
}

pub const RULE_1_REASON: &str = "migration status rule 1: a person is FOREIGN exactly when the first nationality is not German, so the status FOREIGN equals the nationality groups holding every non-German country";

/// The largest items whose leaves all lie in `leaves` (a leaf set given as flags per leaf
/// number), if together they hold exactly those leaves; None if the set is empty.
pub fn cover(dimension: &Dimension, leaves: &[bool]) -> Option<Vec<ItemId>> {
    if !leaves.iter().any(|&inside| inside) {
        return None;
    }
    // Leaf numbers below each item.
    let leaf_of_item: Vec<Option<usize>> = (0..dimension.items.len())
        .map(|item| {
            dimension
                .leaves
                .iter()
                .position(|&leaf| usize::from(leaf) == item)
        })
        .collect();
    fn walk(
        dimension: &Dimension,
        item: ItemId,
        leaves: &[bool],
        leaf_of_item: &[Option<usize>],
        out: &mut Vec<ItemId>,
    ) -> bool {
        let Some(entry) = dimension.item(item) else {
            return false;
        };
        if entry.children.is_empty() {
            return leaf_of_item[usize::from(item)]
                .and_then(|leaf| leaves.get(leaf).copied())
                .unwrap_or(false);
        }
        let mut below = Vec::new();
        let mut all = true;
        for &child in &entry.children {
            let mut child_cover = Vec::new();
            if walk(dimension, child, leaves, leaf_of_item, &mut child_cover) {
                below.push(child);
            } else {
                all = false;
                out.extend(child_cover);
            }
        }
        if all {
            true
        } else {
            out.extend(below);
            false
        }
    }
    let mut out = Vec::new();
    if walk(dimension, TOTAL, leaves, &leaf_of_item, &mut out) {
        out = vec![TOTAL];
    }
    out.sort_unstable();
    Some(out)
}

/// Every identity the configuration implies.
pub fn derive(config: &StatsConfig) -> Vec<Identity> {
    let nationality = config.dimension(DimensionId::Nationality);
    let status = config.dimension(DimensionId::MigrationStatus);
    let germany = config.countries.germany();
    let mut foreign = vec![false; nationality.leaves.len()];
    let mut german = vec![false; nationality.leaves.len()];
    for country in 0..config.countries.len() {
        let Some(&leaf) = config.nationality_leaf.get(country) else {
            continue;
        };
        let slot = if country == usize::from(germany) {
            &mut german
        } else {
            &mut foreign
        };
        if let Some(flag) = slot.get_mut(usize::from(leaf)) {
            *flag = true;
        }
    }
    // A nationality group that mixes German with other nationalities breaks the identity.
    if foreign.iter().zip(&german).any(|(&f, &g)| f && g) {
        return Vec::new();
    }
    let Some(status_item) = status
        .leaves
        .get(usize::from(config.status_leaf(Category::ForeignNational)))
        .copied()
    else {
        return Vec::new();
    };
    // The German leaf is never in the cover, so it is never the total.
    cover(nationality, &foreign)
        .map(|items| Identity {
            left: (DimensionId::MigrationStatus, status_item),
            right: (DimensionId::Nationality, items),
            reason: RULE_1_REASON,
        })
        .into_iter()
        .collect()
}

/// Adds one relation per pair of cells an identity links (both sides present in the cube).
pub fn add_relations(cube: &mut Cube, identities: &[Identity]) {
    for identity in identities {
        let (left_dimension, left_item) = identity.left;
        let (right_dimension, ref right_items) = identity.right;
        let (left_axis, right_axis) = (left_dimension.index(), right_dimension.index());
        let mut relations = Vec::new();
        for (id, cell) in cube.cells.iter().enumerate() {
            let key = cell.key;
            if key.coords[left_axis] != left_item || key.coords[right_axis] != TOTAL {
                continue;
            }
            let parts: Option<Vec<_>> = right_items
                .iter()
                .map(|&item| {
                    let mut other = key;
                    other.coords[left_axis] = TOTAL;
                    other.coords[right_axis] = item;
                    cube.index.get(&other).copied()
                })
                .collect();
            if let Some(parts) = parts {
                relations.push(Relation {
                    total: id as u32,
                    parts,
                });
            }
        }
        cube.relations.extend(relations);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dimensions::DimensionBuilder;

    fn bielefeld() -> StatsConfig {
        StatsConfig::load(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data"),
            "bielefeld",
        )
        .unwrap()
    }

    #[test]
    fn rule_1_gives_status_foreign_equals_nationality_foreign() {
        let config = bielefeld();
        let identities = derive(&config);
        assert_eq!(identities.len(), 1);
        let codes = identities[0].codes(&config);
        assert_eq!(
            codes["left"],
            serde_json::json!({ "dimension": "MIGRATION_STATUS", "code": "FOREIGN" })
        );
        assert_eq!(
            codes["right"],
            serde_json::json!({ "dimension": "NATIONALITY", "codes": ["FOREIGN"] })
        );
    }

    /// _T → DE, X (→ X1, X2), Y (→ Y1, Y2): leaves DE, X1, X2, Y1, Y2 numbered 0..5.
    fn groups() -> Dimension {
        let mut builder = DimensionBuilder::new(DimensionId::Nationality, "t", "t");
        for (code, parent) in [
            ("DE", None),
            ("X", None),
            ("X1", Some("X")),
            ("X2", Some("X")),
            ("Y", None),
            ("Y1", Some("Y")),
            ("Y2", Some("Y")),
        ] {
            builder.add(code, "", "", parent).unwrap();
        }
        builder.build()
    }

    #[test]
    fn the_cover_is_the_largest_items_holding_exactly_the_leaves() {
        let dimension = groups();
        let code = |items: Vec<ItemId>| -> Vec<String> {
            items
                .iter()
                .map(|&item| dimension.code(item).to_string())
                .collect()
        };
        let leaves = |codes: &[&str]| -> Vec<bool> {
            dimension
                .leaves
                .iter()
                .map(|&leaf| codes.contains(&dimension.code(leaf)))
                .collect()
        };
        assert_eq!(
            code(cover(&dimension, &leaves(&["X1", "X2", "Y1", "Y2"])).unwrap()),
            ["X", "Y"]
        );
        assert_eq!(
            code(cover(&dimension, &leaves(&["X1", "X2", "Y1"])).unwrap()),
            ["X", "Y1"]
        );
        assert_eq!(
            code(cover(&dimension, &leaves(&["DE", "X1", "X2", "Y1", "Y2"])).unwrap()),
            ["_T"]
        );
        assert_eq!(cover(&dimension, &leaves(&[])), None);
    }
}
