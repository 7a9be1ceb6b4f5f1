//! XLIFF 2.0 files of content translations (docs/formats/translations.md): written for
//! translation agencies and their tools, read back with every problem named by line, column and
//! element. German is the source language; the target is one content language.

mod read;
mod write;

use std::fmt;

use crate::position::Position;

pub use read::{SegmentState, XliffFile, XliffUnit, check_units, read_xliff};
pub use write::write_xliff;

/// The XLIFF 2.0 core namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The largest file read, in bytes: Bielefeld's concept with every indicator and a few hundred
/// measures is well under one MiB in one language.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// The most XML nodes a file may have (elements, texts, attributes), against memory exhaustion
/// by many tiny nodes within the byte limit.
pub const MAX_NODES: u32 = 1_000_000;

/// `subState` values for the origin of a translation.
pub const SUB_STATE_HUMAN: &str = "teilhabe:human";
pub const SUB_STATE_MACHINE_ASSISTED: &str = "teilhabe:machine-assisted";

/// Note categories of an outdated unit's old German and old translation.
pub const NOTE_OLD_SOURCE: &str = "teilhabe:old-source";
pub const NOTE_OLD_TARGET: &str = "teilhabe:old-target";

/// One thing wrong with an XLIFF file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffProblem {
    /// None for problems of the file as a whole (too large).
    pub position: Option<Position>,
    /// The element concerned, e.g. `unit`, written as `<unit>`.
    pub element: Option<String>,
    pub message: String,
}

impl fmt::Display for XliffProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(position) = self.position {
            write!(f, "line {}, column {}: ", position.line, position.column)?;
        }
        if let Some(element) = &self.element {
            write!(f, "<{element}>: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// Every problem of one file, each line starting with the file's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffError {
    pub file: String,
    pub problems: Vec<XliffProblem>,
}

impl fmt::Display for XliffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.problems.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {problem}", self.file)?;
        }
        Ok(())
    }
}

impl std::error::Error for XliffError {}

#[cfg(test)]
mod tests;
