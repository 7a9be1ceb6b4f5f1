//! The cube's dimensions as code lists with a hierarchy: item 0 is always the total (`_T`);
//! leaves are the finest items a person is counted in.

use serde::Serialize;

/// Index of an item inside its dimension.
pub type ItemId = u16;

/// The total of every dimension.
pub const TOTAL: ItemId = 0;
pub const TOTAL_CODE: &str = "_T";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum DimensionId {
    Area,
    Sex,
    Age,
    MigrationStatus,
    Nationality,
    ReferenceCountry,
}

impl DimensionId {
    pub const ALL: [DimensionId; 6] = [
        Self::Area,
        Self::Sex,
        Self::Age,
        Self::MigrationStatus,
        Self::Nationality,
        Self::ReferenceCountry,
    ];

    /// The column name used in every output (SDMX style, upper case).
    pub fn code(self) -> &'static str {
        match self {
            Self::Area => "AREA",
            Self::Sex => "SEX",
            Self::Age => "AGE",
            Self::MigrationStatus => "MIGRATION_STATUS",
            Self::Nationality => "NATIONALITY",
            Self::ReferenceCountry => "REFERENCE_COUNTRY",
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|dimension| dimension.code() == code)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub code: String,
    pub label_de: String,
    pub label_en: String,
    pub parent: Option<ItemId>,
    /// 0 for the total, 1 for its children, ...
    pub level: u8,
    #[serde(skip)]
    pub children: Vec<ItemId>,
}

/// A code list with its hierarchy and the leaf numbering used by base counts.
#[derive(Debug, Clone)]
pub struct Dimension {
    pub id: DimensionId,
    pub items: Vec<Item>,
    /// Leaf number -> item.
    pub leaves: Vec<ItemId>,
    /// Leaf number -> the item and all its ancestors up to the total, finest first.
    pub leaf_ancestors: Vec<Vec<ItemId>>,
}

/// Collects items in any order, then checks and freezes the hierarchy.
pub struct DimensionBuilder {
    id: DimensionId,
    items: Vec<Item>,
}

impl DimensionBuilder {
    pub fn new(id: DimensionId, total_de: &str, total_en: &str) -> Self {
        Self {
            id,
            items: vec![Item {
                code: TOTAL_CODE.into(),
                label_de: total_de.into(),
                label_en: total_en.into(),
                parent: None,
                level: 0,
                children: Vec::new(),
            }],
        }
    }

    /// Adds an item below `parent` (None = below the total). Returns its id.
    pub fn add(
        &mut self,
        code: &str,
        label_de: &str,
        label_en: &str,
        parent: Option<&str>,
    ) -> Result<ItemId, String> {
        if self.items.iter().any(|item| item.code == code) {
            return Err(format!("{}: code {code} defined twice", self.id.code()));
        }
        let parent_id = match parent {
            None => TOTAL,
            Some(parent_code) => self.find(parent_code).ok_or_else(|| {
                format!(
                    "{}: parent {parent_code} of {code} must be defined before it",
                    self.id.code()
                )
            })?,
        };
        let id = ItemId::try_from(self.items.len())
            .map_err(|_| format!("{}: too many items", self.id.code()))?;
        let level = self.items[usize::from(parent_id)].level + 1;
        self.items.push(Item {
            code: code.into(),
            label_de: label_de.into(),
            label_en: label_en.into(),
            parent: Some(parent_id),
            level,
            children: Vec::new(),
        });
        self.items[usize::from(parent_id)].children.push(id);
        Ok(id)
    }

    pub fn find(&self, code: &str) -> Option<ItemId> {
        self.items
            .iter()
            .position(|item| item.code == code)
            .and_then(|index| ItemId::try_from(index).ok())
    }

    pub fn build(self) -> Dimension {
        let leaves: Vec<ItemId> = (0..self.items.len())
            .filter(|&index| self.items[index].children.is_empty())
            .filter_map(|index| ItemId::try_from(index).ok())
            .collect();
        let leaf_ancestors = leaves
            .iter()
            .map(|&leaf| {
                let mut chain = vec![leaf];
                let mut current = leaf;
                while let Some(parent) = self.items[usize::from(current)].parent {
                    chain.push(parent);
                    current = parent;
                }
                chain
            })
            .collect();
        Dimension {
            id: self.id,
            items: self.items,
            leaves,
            leaf_ancestors,
        }
    }
}

impl Dimension {
    pub fn leaf_count(&self) -> usize {
        self.leaves.len()
    }

    pub fn item(&self, id: ItemId) -> Option<&Item> {
        self.items.get(usize::from(id))
    }

    pub fn code(&self, id: ItemId) -> &str {
        self.item(id).map_or("?", |item| item.code.as_str())
    }

    pub fn find(&self, code: &str) -> Option<ItemId> {
        self.items
            .iter()
            .position(|item| item.code == code)
            .and_then(|index| ItemId::try_from(index).ok())
    }

    /// Leaf number of an item that is a leaf.
    pub fn leaf_index(&self, item: ItemId) -> Option<usize> {
        self.leaves.iter().position(|&leaf| leaf == item)
    }

    /// The deepest level of the hierarchy.
    pub fn depth(&self) -> u8 {
        self.items.iter().map(|item| item.level).max().unwrap_or(0)
    }

    /// True if `item` is `ancestor` or lies below it.
    pub fn is_within(&self, item: ItemId, ancestor: ItemId) -> bool {
        let mut current = Some(item);
        while let Some(id) = current {
            if id == ancestor {
                return true;
            }
            current = self.item(id).and_then(|item| item.parent);
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_know_their_ancestors() {
        let mut builder = DimensionBuilder::new(DimensionId::Area, "Stadt", "city");
        builder.add("01", "Mitte", "Mitte", None).unwrap();
        builder
            .add("02", "Schildesche", "Schildesche", None)
            .unwrap();
        builder
            .add("0201", "Gellershagen", "Gellershagen", Some("02"))
            .unwrap();
        builder
            .add("0202", "Sudbrack", "Sudbrack", Some("02"))
            .unwrap();
        assert!(builder.add("0203", "x", "x", Some("99")).is_err());
        let dimension = builder.build();
        let codes: Vec<&str> = dimension
            .leaves
            .iter()
            .map(|&l| dimension.code(l))
            .collect();
        assert_eq!(codes, ["01", "0201", "0202"]);
        assert_eq!(dimension.leaf_ancestors[1], vec![3, 2, 0]);
        assert_eq!(dimension.depth(), 2);
        assert!(dimension.is_within(3, 2));
        assert!(!dimension.is_within(1, 2));
    }
}
