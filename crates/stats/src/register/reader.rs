//! Streams a register extract in newline-aligned chunks, each tagged with its first line number,
//! so that workers can parse in parallel and still name exact lines in errors.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::{Layout, detect_layout};
use crate::error::StatsError;

/// Bytes per chunk handed to a worker.
pub const CHUNK_SIZE: usize = 4 << 20;

pub struct Chunk {
    /// Line number of the chunk's first line (the header is line 1).
    pub first_line: u64,
    pub data: Vec<u8>,
}

pub struct ChunkReader {
    path: PathBuf,
    file: File,
    carry: Vec<u8>,
    next_line: u64,
    finished: bool,
    bytes_read: u64,
    total_bytes: u64,
    /// Buffers handed back by the workers, reused to spare allocation and page faults.
    pool: Vec<Vec<u8>>,
}

/// Opens the file, detects its layout from the first chunk and positions after the header.
pub fn open(path: &Path) -> Result<(Layout, ChunkReader), StatsError> {
    let mut file = File::open(path).map_err(|error| StatsError::io(path, error))?;
    let total_bytes = file
        .metadata()
        .map_err(|error| StatsError::io(path, error))?
        .len();
    let mut first = Vec::with_capacity(CHUNK_SIZE);
    (&mut file)
        .take(CHUNK_SIZE as u64)
        .read_to_end(&mut first)
        .map_err(|error| StatsError::io(path, error))?;
    let layout = detect_layout(&first).map_err(|message| StatsError::Layout {
        path: path.to_path_buf(),
        line: 1,
        message,
    })?;
    let body_start = layout.bom_len;
    let header_end = memchr::memchr(b'\n', &first[body_start..])
        .map_or(first.len(), |position| body_start + position + 1);
    let bytes_read = first.len() as u64;
    let carry = first.split_off(header_end.min(first.len()));
    Ok((
        layout,
        ChunkReader {
            path: path.to_path_buf(),
            file,
            carry,
            next_line: 2,
            finished: false,
            bytes_read,
            total_bytes,
            pool: Vec::new(),
        },
    ))
}

impl ChunkReader {
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    pub fn total_bytes(&self) -> u64 {
        self.total_bytes
    }

    /// Takes back a chunk's buffer for reuse.
    pub fn recycle(&mut self, buffer: Vec<u8>) {
        if self.pool.len() < 16 {
            self.pool.push(buffer);
        }
    }

    /// The next newline-aligned chunk, or None at the end of the file.
    pub fn next_chunk(&mut self) -> Result<Option<Chunk>, StatsError> {
        if self.finished && self.carry.is_empty() {
            return Ok(None);
        }
        let mut data = self.pool.pop().unwrap_or_default();
        data.clear();
        data.extend_from_slice(&self.carry);
        self.carry.clear();
        let mut wanted = CHUNK_SIZE;
        loop {
            while !self.finished && data.len() < wanted {
                let start = data.len();
                data.resize(start + CHUNK_SIZE, 0);
                let read = self
                    .file
                    .read(&mut data[start..])
                    .map_err(|error| StatsError::io(&self.path, error))?;
                data.truncate(start + read);
                self.bytes_read += read as u64;
                if read == 0 {
                    self.finished = true;
                }
            }
            if self.finished {
                break;
            }
            match memchr::memrchr(b'\n', &data) {
                Some(last) => {
                    self.carry.extend_from_slice(&data[last + 1..]);
                    data.truncate(last + 1);
                    break;
                }
                // Rows are a few hundred bytes: a line longer than a chunk is not a row (and
                // reading on until it ends would hold a whole newline-free file in memory).
                None if data.len() > CHUNK_SIZE => {
                    return Err(StatsError::Layout {
                        path: self.path.clone(),
                        line: self.next_line,
                        message: format!(
                            "the line is longer than {} MiB without a line break; expected one row per line (a few hundred bytes), as described in docs/formats/register-extract.md",
                            CHUNK_SIZE >> 20
                        ),
                    });
                }
                None => wanted = data.len() + CHUNK_SIZE,
            }
        }
        if data.is_empty() {
            return Ok(None);
        }
        let lines = memchr::memchr_iter(b'\n', &data).count() as u64;
        let ends_open = data.last() != Some(&b'\n');
        let chunk = Chunk {
            first_line: self.next_line,
            data,
        };
        self.next_line += lines + u64::from(ends_open);
        Ok(Some(chunk))
    }
}

/// Iterates the lines of a chunk with their line numbers (newline and CR stripped).
pub fn lines(chunk: &Chunk) -> impl Iterator<Item = (u64, &[u8])> {
    let data = chunk.data.as_slice();
    let mut start = 0;
    let mut number = chunk.first_line;
    let mut ends = memchr::memchr_iter(b'\n', data);
    std::iter::from_fn(move || {
        let end = match ends.next() {
            Some(end) => end,
            None if start < data.len() => data.len(),
            None => return None,
        };
        let line = &data[start..end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        start = end + 1;
        number += 1;
        Some((number - 1, line))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::COLUMNS;
    use std::io::Write;

    #[test]
    fn line_numbers_survive_chunking() {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        writeln!(file, "{}", COLUMNS.join(";")).unwrap();
        let row = "x".repeat(1000);
        let count = 3 * CHUNK_SIZE / 1001 + 7;
        for index in 0..count {
            writeln!(file, "{index}{row}").unwrap();
        }
        file.flush().unwrap();
        let (_, mut reader) = open(file.path()).unwrap();
        let mut seen = 0;
        while let Some(chunk) = reader.next_chunk().unwrap() {
            for (line, text) in lines(&chunk) {
                assert_eq!(line, seen as u64 + 2);
                assert!(text.starts_with(seen.to_string().as_bytes()));
                seen += 1;
            }
        }
        assert_eq!(seen, count);
    }
}
