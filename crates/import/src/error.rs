//! Problems in an import file, each with its place and what was expected.

use std::fmt;

/// Where in a file: line (CSV) or row (XLSX), and column by number or letter with its header.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    /// The line of a CSV file, the row of a worksheet.
    pub line: Option<usize>,
    /// "3 (Wert)" for CSV, "C (Wert)" for a worksheet.
    pub column: Option<String>,
    /// The worksheet, for a workbook: then the place reads "sheet `S`, row 5, column C" as in Excel.
    pub sheet: Option<String>,
}

impl Place {
    pub fn line(line: usize) -> Self {
        Place {
            line: Some(line),
            ..Place::default()
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub place: Place,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(sheet) = &self.place.sheet {
            write!(f, ", sheet `{sheet}`")?;
        }
        if let Some(line) = self.place.line {
            let word = if self.place.sheet.is_some() {
                "row"
            } else {
                "line"
            };
            write!(f, ", {word} {line}")?;
        }
        if let Some(column) = &self.place.column {
            write!(f, ", column {column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Every problem found (up to [`MAX_PROBLEMS`]); an import with any problem stores nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

/// More problems are not listed: the first ones show what is wrong with the file.
pub const MAX_PROBLEMS: usize = 25;

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

impl Problems {
    pub fn one(file: &str, place: Place, message: impl Into<String>) -> Self {
        Problems(vec![Problem {
            file: file.to_owned(),
            place,
            message: message.into(),
        }])
    }
}

/// Collects problems of one file.
pub(crate) struct Collector {
    file: String,
    problems: Vec<Problem>,
}

impl Collector {
    pub fn new(file: &str) -> Self {
        Collector {
            file: file.to_owned(),
            problems: Vec::new(),
        }
    }

    pub fn add(&mut self, place: Place, message: impl Into<String>) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                file: self.file.clone(),
                place,
                message: message.into(),
            });
        }
    }

    pub fn is_full(&self) -> bool {
        self.problems.len() >= MAX_PROBLEMS
    }

    pub fn finish<T>(self, value: T) -> Result<T, Problems> {
        if self.problems.is_empty() {
            Ok(value)
        } else {
            Err(Problems(self.problems))
        }
    }
}
