//! Header detection: delimiter, encoding and where each documented column sits.

use serde::Serialize;

use super::COLUMNS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Encoding {
    Utf8,
    /// Windows-1252 (a superset of Latin-1 for printable characters).
    Windows1252,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Windows1252 => "Windows-1252",
        }
    }

    /// Decodes a field for messages; codes themselves are compared as bytes.
    pub fn decode(self, bytes: &[u8]) -> String {
        match self {
            Self::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
            Self::Windows1252 => bytes.iter().map(|&byte| windows_1252_char(byte)).collect(),
        }
    }

    /// Encodes configuration text (area codes) the way the file spells it.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Self::Utf8 => text.as_bytes().to_vec(),
            Self::Windows1252 => text
                .chars()
                .map(|c| {
                    (0u8..=255)
                        .find(|&byte| windows_1252_char(byte) == c)
                        .unwrap_or(b'?')
                })
                .collect(),
        }
    }
}

/// The 0x80-0x9F block of Windows-1252; everything else maps to the same Unicode code point.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

fn windows_1252_char(byte: u8) -> char {
    if (0x80..0xA0).contains(&byte) {
        WINDOWS_1252_HIGH[usize::from(byte - 0x80)]
    } else {
        char::from(byte)
    }
}

/// Where the documented columns are in this file, and how to split and decode it.
#[derive(Debug, Clone, Serialize)]
pub struct Layout {
    pub delimiter: u8,
    pub encoding: Encoding,
    /// Number of fields per row (header fields).
    pub field_count: usize,
    /// For each documented column, its 0-based position in the file.
    pub position: [usize; COLUMNS.len()],
    /// Bytes to skip at the start of the file (UTF-8 byte order mark).
    pub bom_len: usize,
}

const CANDIDATE_DELIMITERS: [u8; 4] = [b';', b',', b'\t', b'|'];

/// Detects delimiter (most frequent of `; , TAB |` in the header), encoding (UTF-8 unless the
/// sample is not valid UTF-8, then Windows-1252) and maps the header names to the documented columns.
pub fn detect_layout(sample: &[u8]) -> Result<Layout, String> {
    let bom_len = if sample.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    let body = &sample[bom_len..];
    if looks_like_utf16(body) {
        return Err(
            "the file looks like UTF-16 (a zero byte beside every letter); save it as UTF-8 or Windows-1252".into(),
        );
    }
    let encoding = if bom_len > 0 || is_utf8_prefix(body) {
        Encoding::Utf8
    } else {
        Encoding::Windows1252
    };
    let header_end = memchr::memchr(b'\n', body).unwrap_or(body.len());
    let header = body[..header_end]
        .strip_suffix(b"\r")
        .unwrap_or(&body[..header_end]);
    if header.is_empty() {
        return Err("the file is empty; expected a header line naming the columns".into());
    }
    let delimiter = CANDIDATE_DELIMITERS
        .into_iter()
        .max_by_key(|&candidate| header.iter().filter(|&&byte| byte == candidate).count())
        .unwrap_or(b';');
    let names: Vec<String> = header
        .split(|&byte| byte == delimiter)
        .map(|name| {
            encoding
                .decode(name)
                .trim()
                .trim_matches('"')
                .to_ascii_lowercase()
        })
        .collect();
    let mut position = [usize::MAX; COLUMNS.len()];
    for (column, expected) in COLUMNS.iter().enumerate() {
        match names.iter().position(|name| name == expected) {
            Some(found) => position[column] = found,
            None => {
                return Err(format!(
                    "header has no column {expected:?} (found {}); expected the columns of docs/formats/register-extract.md",
                    shown_names(&names)
                ));
            }
        }
    }
    Ok(Layout {
        delimiter,
        encoding,
        field_count: names.len(),
        position,
        bom_len,
    })
}

/// UTF-16 (either byte order, with or without a byte order mark): the ASCII header then has a
/// zero byte beside every letter.
fn looks_like_utf16(body: &[u8]) -> bool {
    if body.starts_with(&[0xFF, 0xFE]) || body.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let start = &body[..body.len().min(64)];
    start.len() >= 4 && start.iter().filter(|&&byte| byte == 0).count() * 3 >= start.len()
}

/// The header's names for a message: at most 12, each cut to 24 characters with control
/// characters replaced, so that a file that is not an extract gives a readable error, not its
/// first megabytes.
fn shown_names(names: &[String]) -> String {
    const MAX_NAMES: usize = 12;
    const MAX_CHARS: usize = 24;
    let mut shown: Vec<String> = names
        .iter()
        .take(MAX_NAMES)
        .map(|name| {
            let mut cut: String = name
                .chars()
                .take(MAX_CHARS)
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect();
            if name.chars().nth(MAX_CHARS).is_some() {
                cut.push('…');
            }
            format!("\"{cut}\"")
        })
        .collect();
    if names.len() > MAX_NAMES {
        shown.push(format!("… and {} more", names.len() - MAX_NAMES));
    }
    shown.join(", ")
}

/// True if the sample is UTF-8, allowing a sequence cut off at the sample's end.
fn is_utf8_prefix(sample: &[u8]) -> bool {
    match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(error) => error.error_len().is_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(delimiter: &str) -> String {
        COLUMNS.join(delimiter)
    }

    #[test]
    fn detects_each_delimiter() {
        for delimiter in [";", ",", "\t", "|"] {
            let layout = detect_layout(format!("{}\n1", header(delimiter)).as_bytes()).unwrap();
            assert_eq!(layout.delimiter, delimiter.as_bytes()[0]);
            assert_eq!(layout.position[3], 3);
        }
    }

    #[test]
    fn detects_windows_1252_and_decodes_it() {
        let mut bytes = header(";").into_bytes();
        bytes.extend_from_slice(b"\n2024-12-31;1;1;01;Gro\xdfdornberg\n");
        let layout = detect_layout(&bytes).unwrap();
        assert_eq!(layout.encoding, Encoding::Windows1252);
        assert_eq!(layout.encoding.decode(b"Gro\xdf \x80"), "Groß €");
        assert_eq!(layout.encoding.encode("Groß"), b"Gro\xdf");
    }

    #[test]
    fn strips_a_byte_order_mark_and_finds_reordered_columns() {
        let mut names: Vec<&str> = COLUMNS.to_vec();
        names.swap(0, 1);
        let text = format!("\u{feff}{}\r\n", names.join(";"));
        let layout = detect_layout(text.as_bytes()).unwrap();
        assert_eq!(layout.bom_len, 3);
        assert_eq!(layout.position[0], 1);
        assert_eq!(layout.position[1], 0);
    }

    #[test]
    fn utf16_is_named_and_long_headers_are_cut_in_the_message() {
        let utf16: Vec<u8> = header(";")
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let error = detect_layout(&utf16).unwrap_err();
        assert!(error.contains("UTF-16"), "{error}");
        let noise = format!("{};{}", "y".repeat(100_000), "z;".repeat(1000));
        let error = detect_layout(noise.as_bytes()).unwrap_err();
        assert!(error.len() < 2000, "{}", error.len());
        assert!(error.contains("… and 990 more"), "{error}");
    }

    #[test]
    fn missing_column_is_named() {
        let error = detect_layout(b"reference_date;person_id\n").unwrap_err();
        assert!(error.contains("household_id"), "{error}");
    }
}
