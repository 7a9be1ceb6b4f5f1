//! One module per subcommand.

pub mod concept;
pub mod config;
pub mod serve;
