//! The demo city's shipped content translations (`data/translations/bielefeld/*.xlf`, embedded
//! at build time), loaded at every demo start through the import use case: machine-assisted, by
//! "teilhabe (shipped)", never over a translation someone made in teilhabe.

use teilhabe_app::translations::load_shipped;
use teilhabe_app::{AppError, Clock};
use teilhabe_store::Store;

/// Loads `files`, each on its own: a shipped file with problems is reported and left out, so the
/// demo still starts (`teilhabe i18n check` fails on such a file).
pub async fn load(
    store: &Store,
    city: &str,
    files: &[(&str, &[u8])],
    clock: &Clock,
) -> anyhow::Result<()> {
    for (name, bytes) in files {
        let file = [(format!("data/translations/{city}/{name}"), *bytes)];
        match load_shipped(store, city, &file, clock.now()).await {
            Ok(loaded) => {
                for file in loaded.iter().filter(|f| f.added + f.changed > 0) {
                    tracing::info!(
                        file = %file.file_name,
                        added = file.added,
                        changed = file.changed,
                        "shipped translations loaded"
                    );
                }
            }
            Err(AppError::Invalid(problems)) => {
                for problem in problems {
                    tracing::warn!(file = %problem.field, "shipped translations left out: {}", problem.message);
                }
            }
            Err(other) => return Err(other.into()),
        }
    }
    Ok(())
}
