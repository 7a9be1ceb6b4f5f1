//! `teilhabe compute`: register extract -> cubes/.

use clap::Args;

#[derive(Args)]
pub struct ComputeArgs {}

pub fn run(_args: ComputeArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("not yet")
}
