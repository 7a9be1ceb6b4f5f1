//! One module per subcommand.

pub mod concept;
