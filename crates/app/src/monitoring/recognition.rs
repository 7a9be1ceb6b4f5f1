//! Which table a file is, so that next year's delivery of it is found with the mapping saved
//! for this year's: GENESIS by statistics code, value variables and variables; a CSV or XLSX by
//! its normalised header row and its file name without years.

use teilhabe_import::mapping::Format;
use teilhabe_import::propose::Proposal;
use teilhabe_import::{grid, text};

use super::mapping_drafts::Recognition;

/// The recognition key of a file: GENESIS by its statistics code, value variables and
/// variables; a table by its normalised header row and its file name without years. Next year's
/// file of the same table has the same key.
pub fn recognise(
    file_name: &str,
    bytes: &[u8],
    proposal: &Proposal,
    limits: &teilhabe_import::Limits,
) -> Result<Recognition, teilhabe_import::Problems> {
    let reading = &proposal.reading;
    let grid = match reading.format {
        Format::Xlsx => grid::from_xlsx(file_name, bytes, reading.sheet.as_deref(), limits)?,
        Format::Genesis | Format::Table => {
            let (text, _) = text::decode(file_name, bytes, text::Encoding::Auto)?;
            grid::from_csv(file_name, &text, reading.delimiter, limits)?
        }
    };
    let stem = file_stem(file_name);
    if reading.format == Format::Genesis {
        let statistic = grid
            .rows
            .get(1)
            .map(|row| row.cell(0).trim().to_owned())
            .unwrap_or_default();
        let mut values: Vec<&str> = proposal
            .indicators
            .iter()
            .filter_map(|choice| choice.code.as_deref())
            .collect();
        values.sort_unstable();
        let mut variables: Vec<&str> = proposal
            .dimensions
            .iter()
            .filter_map(|dimension| dimension.variable.as_deref())
            .collect();
        variables.sort_unstable();
        return Ok(Recognition {
            key: format!(
                "genesis:{statistic}:{}:{}",
                values.join(","),
                variables.join(",")
            ),
            label: if statistic.is_empty() {
                stem
            } else {
                format!("GENESIS {statistic} ({})", values.join(", "))
            },
        });
    }
    let header_line = reading.header_row.unwrap_or(1);
    let header = grid
        .rows
        .iter()
        .find(|row| row.line >= header_line && !row.is_blank())
        .map(|row| {
            row.cells
                .iter()
                .map(|cell| normalise(cell))
                // The years of a wide table's columns change from file to file.
                .filter(|cell| !cell.is_empty())
                .collect::<Vec<_>>()
                .join("|")
        })
        .unwrap_or_default();
    Ok(Recognition {
        key: format!("table:{header}:{stem}"),
        label: stem,
    })
}

/// Lower case, spaces collapsed, four-digit years (1900–2099) left out.
fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut words = Vec::new();
    for word in lower.split_whitespace() {
        let without: String = strip_years(word);
        if !without.is_empty() {
            words.push(without);
        }
    }
    words.join(" ")
}

fn strip_years(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut index = 0;
    while index < chars.len() {
        let is_year = index + 4 <= chars.len()
            && chars[index..index + 4].iter().all(char::is_ascii_digit)
            && matches!(chars[index..index + 2], ['1', '9'] | ['2', '0'])
            && (index == 0 || !chars[index - 1].is_ascii_digit())
            && chars.get(index + 4).is_none_or(|c| !c.is_ascii_digit());
        if is_year {
            index += 4;
        } else {
            out.push(chars[index]);
            index += 1;
        }
    }
    out
}

/// The file name without extension and years, lower case, separators kept single
/// (`kita-u3-quote_2024.csv` → `kita-u3-quote`).
pub fn file_stem(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stripped = strip_years(&stem.to_lowercase());
    let mut out = String::new();
    for c in stripped.chars() {
        let separator = matches!(c, '-' | '_' | ' ' | '.');
        if separator {
            if !out.is_empty() && !out.ends_with(['-', '_', ' ', '.']) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
    }
    out.trim_end_matches(['-', '_', ' ', '.']).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_leave_out_years_and_extensions() {
        assert_eq!(file_stem("kita-u3-quote.csv"), "kita-u3-quote");
        assert_eq!(file_stem("kita-u3-quote_2024.csv"), "kita-u3-quote");
        assert_eq!(file_stem("2023-kita-u3-quote.csv"), "kita-u3-quote");
        assert_eq!(
            file_stem("C:\\Daten\\Tabelle 2019 bis 2024.xlsx"),
            "tabelle bis"
        );
        assert_eq!(
            file_stem("schulabgaenge-genesis_flat.csv"),
            "schulabgaenge-genesis_flat"
        );
        // Other numbers stay: they name the table.
        assert_eq!(file_stem("12411-03.csv"), "12411-03");
    }

    #[test]
    fn header_cells_lose_case_spacing_and_years() {
        assert_eq!(normalise("  Anteil  2024 "), "anteil");
        assert_eq!(normalise("Wert"), "wert");
        assert_eq!(normalise("2019"), "");
        assert_eq!(normalise("05711"), "05711");
        assert_eq!(normalise("Jahr 20245"), "jahr 20245");
    }
}
