//! Integration tests of the `teilhabe` binary: one test binary for all of them (link time).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod backup;
mod browser;
// Issue 16: data from institutions.
mod collection;
mod collection_browser;
mod concept_cli;
mod concept_edit;
mod crash;
// Issue 17: reports of discrimination.
mod discrimination;
mod discrimination_browser;
mod discrimination_web;
mod forms_browser;
mod formula_injection;
mod groups_http;
mod hostile;
mod http;
mod i18n_cli;
mod import_rules;
mod imports_history;
mod institutions;
mod languages;
mod mail_cli;
mod mapping_drafts;
mod measures_access;
mod measures_cli;
mod measures_download;
mod measures_http;
mod mediation;
mod mediation_browser;
mod mediation_flow;
mod mediation_pool;
mod monitoring;
mod monitoring_browser;
mod monitoring_upload;
// Issue 18: the offers directory.
mod offers;
mod openapi;
mod propose_mapping;
mod report;
mod security;
mod site;
mod site_export;
mod translations_cli;
mod translations_http;
mod translations_web;

/// The binary under test, built by cargo for this test run.
pub const TEILHABE: &str = env!("CARGO_BIN_EXE_teilhabe");
