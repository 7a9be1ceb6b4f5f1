//! Documenting reports of discrimination (issue 17), to the counselling standards: the
//! categories as data (`data/discrimination/categories.toml`), a public report, a counsellor's
//! case record, the scrubbing of free text, the screening of the public form, the deletion rule
//! and the disclosure-controlled statistics. Plain types and rules: time, randomness and the
//! category file come in as parameters.

pub mod access;
pub mod case;
pub mod categories;
pub mod report;
pub mod retention;
pub mod screening;
pub mod scrub;
pub mod statistics;

pub use case::{AggApplies, CaseInput, CaseRecord};
pub use categories::{Categories, Category, FileProblem};
pub use report::{Report, ReportInput, receipt_code};

pub use crate::field_problem::FieldProblem as Problem;

/// Checks a multi-select against one list of the categories: at least `min` choices, each
/// known, none twice. Returns the trimmed ids in the order given.
fn choices(
    field: &'static str,
    values: &[String],
    known: &[Category],
    min: usize,
    problems: &mut Vec<Problem>,
) -> Vec<String> {
    let mut chosen: Vec<String> = Vec::with_capacity(values.len());
    for value in values {
        let value = value.trim();
        if !known.iter().any(|c| c.id == value) {
            problems.push(Problem::new(field, format!("`{value}` is no known choice")));
        } else if chosen.iter().any(|c| c == value) {
            problems.push(Problem::new(field, format!("`{value}` is chosen twice")));
        } else {
            chosen.push(value.to_owned());
        }
    }
    if values.len() < min {
        problems.push(Problem::new(field, "choose at least one"));
    }
    chosen
}
