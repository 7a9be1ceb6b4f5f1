//! The application layer: one function per use case, between the store and the adapters (the
//! web app and the command line). Each use case takes who acts (a [`Visitor`] or an [`Actor`]),
//! its input and the time, decides once whether that is allowed (with the rules of
//! `teilhabe_domain::access`) and returns a result or an [`AppError`]. It knows nothing of HTTP,
//! HTML or translations: the web crate maps its errors to answers, the CLI to messages.
//!
//! [`Visitor`]: teilhabe_domain::access::Visitor

pub mod accounts;
pub mod clock;
// Issue 16: data from institutions.
pub mod collection;
pub mod concept;
// Issue 17: reports of discrimination and case records.
pub mod discrimination;
pub mod error;
// Issues 15–18: the institution registry shared by mediation, data collection and offers.
pub mod institutions;
// The language list shared by mediation and offers.
pub mod languages;
// E-mail delivery: the outbox sent over SMTP, digests, retries.
pub mod mail;
pub mod measures;
// Issue 15: language mediation.
pub mod mediation;
pub mod monitoring;
// Issue 18: the offers directory.
pub mod offers;
pub mod report;
pub mod table_file;
// Issue 14: content translations and the translator role.
pub mod translations;
pub mod working_groups;

pub use clock::Clock;
pub use error::{Actor, AppError, Problem};
