//! One module per subcommand.

pub mod compute;
pub mod concept;
pub mod generate;
