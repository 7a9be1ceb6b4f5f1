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

/// Reads a TOML data file. A syntax or type error comes back as its byte offset and message, so
/// that each file's reader names line and column in its own problem type.
pub fn read_toml<T: serde::de::DeserializeOwned>(source: &str) -> Result<T, (usize, String)> {
    toml::from_str(source).map_err(|error| {
        (
            error.span().map_or(0, |span| span.start),
            error.message().trim().to_owned(),
        )
    })
}

/// Where each line of a text starts, so that many offsets of one text become positions without
/// walking the text from its start for each (a file with thousands of problems stays linear).
/// Gives the same positions as [`Position::of_offset`].
pub struct LineIndex<'s> {
    source: &'s str,
    /// Byte offset of each line's first byte; the first line starts at 0.
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            source
                .bytes()
                .enumerate()
                .filter(|(_, byte)| *byte == b'\n')
                .map(|(index, _)| index + 1),
        );
        Self { source, starts }
    }

    /// The position of `offset`; offsets past the end land on the last position.
    pub fn position(&self, offset: usize) -> Position {
        // Lines whose start is at or before the offset: a line break counts once it is passed.
        let line = self.starts.partition_point(|&start| start <= offset);
        let start = self.starts[line.saturating_sub(1)];
        let column = 1 + self.source[start..]
            .char_indices()
            .take_while(|(index, _)| start + index < offset)
            .count();
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

    #[test]
    fn the_line_index_gives_the_same_positions_at_every_offset() {
        for source in ["", "a", "a = 1\nü = \"x\"\n", "\n\n€x\r\n\ny", "ü\nü"] {
            let index = LineIndex::new(source);
            for offset in 0..source.len() + 3 {
                assert_eq!(
                    index.position(offset),
                    Position::of_offset(source, offset),
                    "{source:?} at {offset}"
                );
            }
        }
    }
}
