//! `teilhabe export site` (a variant of `export`, see export.rs): the public portal as static
//! files. The pages are the web crate's, rendered in-process — which is why this file, besides
//! serve.rs, may name `teilhabe_web` (docs/architecture.md).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use teilhabe_web::AppState;
use teilhabe_web::i18n::Locales;
use teilhabe_web::site::{SiteOptions, export};

use crate::config::GlobalOptions;

#[derive(clap::Args)]
pub struct SiteArgs {
    /// The folder to write (created when missing; a second export updates it in place).
    #[arg(long)]
    out: PathBuf,
    /// The languages, comma-separated: the first at the folder's root, the others under
    /// `CODE/` [default: every UI language, German at the root: de, de-x-ls, ar, en, pl, ru, tr,
    /// uk].
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// The address the folder will be published at (https://…); with it, `sitemap.xml` is
    /// written (a sitemap needs absolute addresses). Every link stays relative either way.
    #[arg(long)]
    base_url: Option<String>,
    /// Render again only this page and what lies below it (repeatable), e.g.
    /// `--only indikatoren/arbeitslosenquote` after new figures: its views and downloads in
    /// every language, in a fraction of a second. Other pages that show it (start page, field
    /// pages, indicator list) catch up at the next export without --only.
    #[arg(long)]
    only: Vec<String>,
    /// Where typeset PDF sheets are kept between exports, keyed by their data and this build of
    /// the program [default: $XDG_CACHE_HOME/teilhabe/sheets, else ~/.cache/teilhabe/sheets].
    #[arg(long, conflicts_with = "no_cache")]
    cache: Option<PathBuf>,
    /// Typeset every PDF sheet, keep none.
    #[arg(long)]
    no_cache: bool,
    /// The city [default: the only city with a concept].
    #[arg(long)]
    city: Option<String>,
}

pub fn run(global: &GlobalOptions, args: SiteArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    super::with_store(global, |store| async move {
        let city = super::resolve_city(&store, args.city).await?;
        let locales = Locales::embedded()?;
        let languages = languages_or_every_one(args.lang, &locales);
        let state = AppState::new(store, locales, Some(city));
        let options = SiteOptions {
            out: args.out.clone(),
            languages,
            base_url: args.base_url,
            only: args.only,
            cache: if args.no_cache {
                None
            } else {
                args.cache.or_else(default_cache)
            },
        };
        let report = export(state, &options)
            .await
            .with_context(|| format!("cannot export the site to {}", args.out.display()))?;
        let seconds = started.elapsed().as_secs_f64();
        println!(
            "{}: files {} (pages {}); written {}, unchanged {}, removed {}; rendered {}, confirmed unchanged {}; {seconds:.2} s",
            args.out.display(),
            report.files,
            report.pages,
            report.counts.written,
            report.counts.unchanged,
            report.counts.removed,
            report.rendered,
            report.revalidated,
        );
        if !report.sitemap {
            println!("no sitemap.xml: it needs absolute addresses, give --base-url https://…");
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The user's cache folder for sheets, as the XDG base directories name it.
fn default_cache() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|path| path.is_absolute())
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("teilhabe").join("sheets"))
}

/// The languages asked for, or every UI language (the default language first, at the root): a
/// city's portal speaks to all its residents unless told otherwise.
fn languages_or_every_one(asked: Vec<String>, locales: &Locales) -> Vec<String> {
    if asked.is_empty() {
        locales
            .all()
            .iter()
            .map(|locale| locale.code.clone())
            .collect()
    } else {
        asked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_lang_every_ui_language_is_exported_german_first() {
        let locales = Locales::embedded().unwrap();
        let every = languages_or_every_one(Vec::new(), &locales);
        assert_eq!(every[0], "de");
        for code in ["de-x-ls", "en", "tr", "ar", "ru", "uk", "pl"] {
            assert!(every.iter().any(|c| c == code), "{code} in {every:?}");
        }
        assert_eq!(
            languages_or_every_one(vec!["en".into(), "de".into()], &locales),
            ["en", "de"]
        );
    }
}
