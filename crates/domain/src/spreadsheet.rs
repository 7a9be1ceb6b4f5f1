//! Cells of the CSV files teilhabe writes, made safe for spreadsheets ("CSV injection").
//!
//! A spreadsheet that opens a CSV file runs a cell starting with `=`, `+`, `-` or `@` as a
//! formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`), and a leading tab or carriage return can hide
//! such a start. Following OWASP, every writer of CSV passes each cell through [`neutralise`],
//! which puts a single quote `'` before such a cell: the spreadsheet then shows it as text. Two
//! kinds of cells stay as they are, because a spreadsheet reads them as plain values and runs
//! nothing: a plain number such as `-3.5` or `+2` (so negative figures stay numbers) and a lone
//! `-` (the German table sign for "nothing").
//!
//! Importers pass cells through [`restore`], the exact inverse, so that a file teilhabe wrote reads
//! back unchanged: a measure titled `=HYPERLINK(…)` is exported as `'=HYPERLINK(…)` and imported
//! as `=HYPERLINK(…)` again. To keep the two exact inverses, a cell that already starts with
//! quotes followed by a formula character gets one more quote on the way out
//! (`'=x` → `''=x` → `'=x`). XLSX needs none of this: its writers store text as text cells,
//! never as formulas.

use std::borrow::Cow;

/// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection").
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written to a CSV file: with a leading `'` when a spreadsheet would run it.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if starts_formula(cell) || is_escaped(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell read from a file: the value [`neutralise`] was given (one leading `'` removed before
/// a formula character). Any other cell is returned as it is.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if is_escaped(cell) => rest,
        _ => cell,
    }
}

/// Every cell of a record, neutralised (for `csv::Writer::write_record`).
pub fn neutralise_record<I, S>(cells: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    cells
        .into_iter()
        .map(|cell| neutralise(cell.as_ref()).into_owned())
        .collect()
}

/// Would a spreadsheet read `cell` as a formula?
fn starts_formula(cell: &str) -> bool {
    cell.starts_with(FORMULA_START) && !is_plain_number(cell) && cell != "-"
}

/// One or more quotes, then a formula start: what [`neutralise`] writes.
fn is_escaped(cell: &str) -> bool {
    cell.starts_with('\'') && starts_formula(cell.trim_start_matches('\''))
}

/// An optional sign, digits, and at most one decimal point or comma with digits after it.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && fraction.is_none_or(all_digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_get_a_quote() {
        for cell in [
            "=HYPERLINK(\"https://evil.example\",\"klick\")",
            "+49 521 51-0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A9)",
            "\t=1+1",
            "\r=1+1",
            "=",
            "+",
            "--",
            "-3.5.1",
            "-1e5",
        ] {
            assert_eq!(neutralise(cell), format!("'{cell}"), "{cell:?}");
        }
    }

    #[test]
    fn numbers_text_and_the_dash_sign_stay() {
        for cell in [
            "",
            "-3.5",
            "-3,5",
            "+2",
            "12",
            "-",
            "Sprachkurs für Eltern",
            "'quoted'",
            "a=b",
            " =x",
        ] {
            assert_eq!(neutralise(cell), cell, "{cell:?}");
        }
    }

    #[test]
    fn restore_is_the_inverse_of_neutralise() {
        for cell in [
            "=HYPERLINK(\"x\")",
            "'=HYPERLINK(\"x\")",
            "''=x",
            "'",
            "''",
            "'hello",
            "'-3.5",
            "-3.5",
            "-",
            "'-",
            "@x",
            "\tx",
            "plain",
            "",
        ] {
            assert_eq!(restore(&neutralise(cell)), cell, "{cell:?}");
        }
        // A cell another program quoted that way reads as the export would have meant it.
        assert_eq!(restore("'=1+1"), "=1+1");
        assert_eq!(restore("'text"), "'text");
    }

    #[test]
    fn a_record_keeps_every_cell_in_order_and_neutralises_each() {
        let record = neutralise_record(["Sprachkurs", "=1+1", "-3.5", "@x"]);
        assert_eq!(record, ["Sprachkurs", "'=1+1", "-3.5", "'@x"]);
        assert!(neutralise_record(Vec::<String>::new()).is_empty());
    }
}
