//! teilhabe's statistics engine: a register extract in, disclosure-controlled indicator cubes out.
//!
//! - `register`: the extract's layout and row parser; `aggregate`: the streaming pass.
//! - `status`: migration background from register features (one function per rule).
//! - `cube`: published tables with every total and subtotal; `disclosure`: suppression, audit, rounding.
//! - `indicators` and `intervals`: shares, gaps, dissimilarity, Wilson and Newcombe intervals.
//! - `sex_allocation`: persons with sex D or X counted as F or M in published tables.
//! - `generate`: the synthetic population; `output`: the files written to `cubes/`.
//!
//! No database, no HTTP. Files are read only by `config`, `generate::params`,
//! `indicators::load_definitions` and `register::reader`, and written only by
//! `generate::writer` and `output`.

pub mod aggregate;
pub mod config;
pub mod countries;
pub mod dimensions;
pub mod error;
pub mod persons;
pub mod register;
pub mod status;

pub use error::StatsError;
pub mod cube;
pub mod disclosure;
pub mod generate;
pub mod hashing;
pub mod identities;
pub mod indicators;
pub mod intervals;
pub mod output;
pub mod pipeline;
pub mod sex_allocation;
