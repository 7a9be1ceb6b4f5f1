//! One module per subcommand.

pub mod concept;
pub mod config;
pub mod demo_monitoring;
pub mod export;
pub mod import;
pub mod indicators;
pub mod serve;
