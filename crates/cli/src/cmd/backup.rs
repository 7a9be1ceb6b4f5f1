//! `teilhabe backup` and `teilhabe restore`: argument parsing and files; the store does the work.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use teilhabe_store::{DatabaseUrl, Store};

use crate::config::{Config, GlobalOptions, ServeOptions};

#[derive(clap::Args)]
pub struct BackupArgs {
    /// The backup file to write (JSON lines; compressed when the name ends in .gz). It appears
    /// only once complete.
    #[arg(long)]
    out: PathBuf,
}

#[derive(clap::Args)]
pub struct RestoreArgs {
    /// A file written by `teilhabe backup` (plain or .gz).
    file: PathBuf,
}

pub fn backup(global: &GlobalOptions, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let partial = partial_name(&args.out);
    let leftover = partial.clone();
    super::with_store(global, |store| async move {
        let file = File::create(&partial)
            .with_context(|| format!("cannot create {}", partial.display()))?;
        let counts = if is_gzip_name(&args.out) {
            let mut out =
                flate2::write::GzEncoder::new(BufWriter::new(file), flate2::Compression::default());
            let counts = store.backup(&mut out, super::clock().now()).await;
            let finished = out.finish().and_then(|mut inner| inner.flush());
            let counts = counts?;
            finished.with_context(|| format!("cannot write {}", partial.display()))?;
            counts
        } else {
            let mut out = BufWriter::new(file);
            let counts = store.backup(&mut out, super::clock().now()).await?;
            out.flush()
                .with_context(|| format!("cannot write {}", partial.display()))?;
            counts
        };
        std::fs::rename(&partial, &args.out).with_context(|| {
            format!(
                "cannot rename {} to {}",
                partial.display(),
                args.out.display()
            )
        })?;
        println!(
            "backup of {} rows in {} tables (schema version {}) written to {}",
            counts.rows(),
            counts.tables.len(),
            counts.schema_version,
            args.out.display()
        );
        Ok(ExitCode::SUCCESS)
    })
    .inspect_err(|_| {
        let _ = std::fs::remove_file(&leftover);
    })
}

pub fn restore(global: &GlobalOptions, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let config = Config::load(global, &ServeOptions::default())?;
    let url = DatabaseUrl::parse(&config.database)?;
    let mut input = open_backup(&args.file)?;
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let (store, counts) = Store::restore(&url, &mut input)
            .await
            .with_context(|| format!("cannot restore {}", args.file.display()))?;
        store.close().await;
        println!(
            "restored {} rows in {} tables (schema version {}) into {}",
            counts.rows(),
            counts.tables.len(),
            counts.schema_version,
            url.redacted()
        );
        Ok(ExitCode::SUCCESS)
    })
}

/// The file, decompressed when it starts with gzip's magic bytes.
fn open_backup(path: &Path) -> anyhow::Result<Box<dyn BufRead>> {
    let mut file = BufReader::new(
        File::open(path).with_context(|| format!("cannot open {}", path.display()))?,
    );
    let gzip = file
        .fill_buf()
        .with_context(|| format!("cannot read {}", path.display()))?
        .starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(file) as Box<dyn BufRead>
    })
}

fn is_gzip_name(path: &Path) -> bool {
    path.extension().is_some_and(|extension| extension == "gz")
}

fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}
