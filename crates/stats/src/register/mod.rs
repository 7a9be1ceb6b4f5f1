//! The register extract: its documented layout (docs/formats/register-extract.md), detection of
//! delimiter and encoding, and the row parser. Reading the file in chunks lives in `reader`.

mod layout;
pub mod parse;
pub mod reader;

pub use layout::{Encoding, Layout, detect_layout};
pub use parse::{ParsedRow, RowParser};

use serde::Serialize;

/// Columns of the register extract, in the documented order. A file may order them differently
/// (they are found by header name) and may carry further columns, which are ignored.
pub const COLUMNS: [&str; 17] = [
    "reference_date",
    "person_id",
    "household_id",
    "district",
    "quarter",
    "birth_year",
    "birth_month",
    "sex",
    "nationality_1",
    "nationality_2",
    "citizenship_acquisition",
    "citizenship_date",
    "country_of_birth",
    "immigration_country",
    "immigration_date",
    "parent_1_id",
    "parent_2_id",
];

/// Column numbers inside [`COLUMNS`].
pub mod col {
    pub const REFERENCE_DATE: usize = 0;
    pub const PERSON_ID: usize = 1;
    pub const HOUSEHOLD_ID: usize = 2;
    pub const DISTRICT: usize = 3;
    pub const QUARTER: usize = 4;
    pub const BIRTH_YEAR: usize = 5;
    pub const BIRTH_MONTH: usize = 6;
    pub const SEX: usize = 7;
    pub const NATIONALITY_1: usize = 8;
    pub const NATIONALITY_2: usize = 9;
    pub const ACQUISITION: usize = 10;
    pub const CITIZENSHIP_DATE: usize = 11;
    pub const COUNTRY_OF_BIRTH: usize = 12;
    pub const IMMIGRATION_COUNTRY: usize = 13;
    pub const IMMIGRATION_DATE: usize = 14;
    pub const PARENT_1: usize = 15;
    pub const PARENT_2: usize = 16;
}

/// Why a row cannot be used. With `--lenient` rows are rejected and counted by these reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RejectReason {
    WrongFieldCount,
    MissingValue,
    InvalidNumber,
    UnknownCode,
    ImpossibleDate,
    DuplicatePersonId,
    MissingParent,
}

impl RejectReason {
    pub const ALL: [RejectReason; 7] = [
        Self::WrongFieldCount,
        Self::MissingValue,
        Self::InvalidNumber,
        Self::UnknownCode,
        Self::ImpossibleDate,
        Self::DuplicatePersonId,
        Self::MissingParent,
    ];

    pub fn describe(self) -> &'static str {
        match self {
            Self::WrongFieldCount => "wrong number of fields",
            Self::MissingValue => "missing value",
            Self::InvalidNumber => "invalid number",
            Self::UnknownCode => "unknown code",
            Self::ImpossibleDate => "impossible date",
            Self::DuplicatePersonId => "duplicate person id",
            Self::MissingParent => "parent not in the extract",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::WrongFieldCount => "wrong_field_count",
            Self::MissingValue => "missing_value",
            Self::InvalidNumber => "invalid_number",
            Self::UnknownCode => "unknown_code",
            Self::ImpossibleDate => "impossible_date",
            Self::DuplicatePersonId => "duplicate_person_id",
            Self::MissingParent => "missing_parent",
        }
    }
}

/// Largest person id: ids are packed with the year into 64-bit keys.
pub const MAX_PERSON_ID: u64 = (1 << 40) - 1;
