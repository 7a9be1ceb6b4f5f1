//! Line and column of a byte offset in a text, for error messages a person can act on.

use std::fmt;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of `offset` in `source`; offsets past the end land on the last position.
    pub fn of_offset(source: &str, offset: usize) -> Self {
        let mut line = 1;
        let mut column = 1;
        for (index, character) in source.char_indices() {
            if index >= offset {
                break;
            }
            if character == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        Position { line, column }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters_not_bytes() {
        let source = "a = 1\nü = \"x\"\n";
        assert_eq!(
            Position::of_offset(source, 0),
            Position { line: 1, column: 1 }
        );
        // 'ü' is two bytes; the '=' after it is the third character of line 2.
        assert_eq!(
            Position::of_offset(source, 9),
            Position { line: 2, column: 3 }
        );
        assert_eq!(
            Position::of_offset(source, 999),
            Position { line: 3, column: 1 }
        );
    }
}
