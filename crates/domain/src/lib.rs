//! The integration concept, measures and indicators as plain types and rules.
//!
//! No I/O lives here: parsers take text, rules take values, and time or randomness come in as
//! parameters. The store, the web layer and the command line build on these types.

pub mod access;
// E-mail delivery: iCalendar invitations attached to queued messages.
pub mod calendar;
pub mod city;
// Issue 16: data from institutions.
pub mod collection;
pub mod concept;
pub mod disclosure;
// Issue 17: documenting reports of discrimination.
pub mod discrimination;
pub mod field_problem;
pub mod indicator;
pub mod institution;
// Issue 15: language names (data/languages.toml).
pub mod languages;
pub mod measure;
// Issue 15: language mediation.
pub mod mediation;
pub mod money;
// Issue 18: the offers directory.
pub mod monitoring;
pub mod offers;
pub mod position;
pub mod report;
pub mod search;
pub mod spreadsheet;
pub mod text;
// Issue 14: content translations.
pub mod translation;
