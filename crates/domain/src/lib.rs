//! The integration concept, measures and indicators as plain types and rules.
//!
//! No I/O lives here: parsers take text, rules take values, and time or randomness come in as
//! parameters. The store, the web layer and the command line build on these types.

pub mod access;
pub mod city;
// Issue 16: data from institutions.
pub mod collection;
pub mod concept;
pub mod disclosure;
pub mod indicator;
pub mod institution;
pub mod measure;
pub mod money;
pub mod monitoring;
pub mod position;
pub mod report;
pub mod search;
pub mod spreadsheet;
pub mod text;
// Issue 14: content translations.
pub mod translation;
