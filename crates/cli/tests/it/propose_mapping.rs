//! `teilhabe import table FILE --propose-mapping`: upload first, map second on the command line.
//! The binary reads a file without a mapping against the demo city's catalogue and places,
//! writes the proposed mapping, says on stderr what it is unsure of, and the mapping it wrote
//! imports the file.

use teilhabe_testkit::Backend;

use crate::site::{Site, teilhabe};

/// A GENESIS download for Bielefeld and two other Kreise (the import crate's test fixture).
fn three_regions() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../import/tests/fixtures/schulabgaenge-drei-kreise_flat.csv");
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proposed_mapping_is_written_and_imports_the_file_sqlite() {
    a_proposed_mapping_is_written_and_imports_the_file(Backend::Sqlite).await;
}

/// The catalogue, the districts and the city's key come from the store: PostgreSQL too.
#[tokio::test(flavor = "multi_thread")]
async fn a_proposed_mapping_is_written_and_imports_the_file_postgres() {
    a_proposed_mapping_is_written_and_imports_the_file(Backend::Postgres).await;
}

async fn a_proposed_mapping_is_written_and_imports_the_file(backend: Backend) {
    let site = Site::start(backend).await;
    let directory = tempfile::tempdir().unwrap();
    let data = directory.path().join("schulabgaenge-drei-kreise_flat.csv");
    std::fs::write(&data, three_regions()).unwrap();
    let data = data.to_str().unwrap();

    // To stdout: the mapping; on stderr: what was proposed and that nothing is unsure.
    let output = teilhabe(
        &site.database,
        &["import", "table", data, "--propose-mapping"],
    );
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    assert!(stdout.contains("format = \"genesis\"\n"), "{stdout}");
    assert!(
        stdout.contains("[keep]\nKREISE = [\"05711\"]\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nBIL901 = \"abgang-ohne-abschluss\"\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("\nBIL902 = \"abgang-hochschulreife\"\n"),
        "{stdout}"
    );
    assert!(stdout.contains("`05758` (100 rows) → skipped"), "{stdout}");
    assert!(
        stderr.contains(
            "proposed a mapping (genesis file, utf-8, 300 rows) for abgang-ohne-abschluss, \
             abgang-hochschulreife of bielefeld"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("every choice is sure or likely"),
        "{stderr}"
    );

    // Into a file, which the import then reads: Bielefeld's rows in, the other two Kreise out.
    let mapping = directory.path().join("drei.mapping.toml");
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "table",
            data,
            "--propose-mapping",
            "--out",
            mapping.to_str().unwrap(),
        ],
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(output.stdout.is_empty(), "{}", text(&output.stdout));
    assert_eq!(std::fs::read_to_string(&mapping).unwrap(), stdout);
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "table",
            data,
            "--mapping",
            mapping.to_str().unwrap(),
            "--dry-run",
        ],
    );
    let stdout = text(&output.stdout);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(stdout.contains("would import 100 figures"), "{stdout}");
    assert!(
        stdout.contains("200 rows dropped: KREISE not one of 05711 (keep)"),
        "{stdout}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn what_is_unsure_is_said_and_a_broken_file_is_refused() {
    let site = Site::start(Backend::Sqlite).await;
    let directory = tempfile::tempdir().unwrap();
    // Nothing says which of the indicators by sex and district this is.
    let data = directory.path().join("tabelle1.csv");
    std::fs::write(
        &data,
        "Jahr;Personen;Bezirk;Anteil (%)\n2023;Insgesamt;Bielefeld insgesamt;18,3\n\
         2023;Frauen;Bielefeld insgesamt;17,7\n2023;Männer;Bielefeld insgesamt;18,9\n\
         2023;Insgesamt;Mitte;25,8\n2023;Insgesamt;Paderborn;9,9\n",
    )
    .unwrap();
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "table",
            data.to_str().unwrap(),
            "--propose-mapping",
        ],
    );
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("unsure, please check:"), "{stderr}");
    assert!(stderr.contains("  - indicator: "), "{stderr}");
    assert!(stderr.contains("fits almost as well"), "{stderr}");
    assert!(
        stderr.contains("`Bezirk` code `Paderborn` (1 rows) → skipped"),
        "{stderr}"
    );
    assert!(stdout.contains("# UNSURE, please check: "), "{stdout}");
    assert!(stdout.contains("[keep]\nBezirk = "), "{stdout}");

    let broken = directory.path().join("brief.csv");
    std::fs::write(&broken, "Liebe Kollegin,\nanbei die Zahlen.\n").unwrap();
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "table",
            broken.to_str().unwrap(),
            "--propose-mapping",
        ],
    );
    let stderr = text(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("brief.csv: no mapping can be proposed"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());

    // A proposal is not an import: --mapping and --dry-run do not go with it.
    let output = teilhabe(
        &site.database,
        &[
            "import",
            "table",
            data.to_str().unwrap(),
            "--propose-mapping",
            "--dry-run",
        ],
    );
    assert!(!output.status.success());
    assert!(
        text(&output.stderr).contains("cannot be used with"),
        "{}",
        text(&output.stderr)
    );
}
