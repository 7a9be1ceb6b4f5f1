//! Bytes to text: UTF-8 (with or without byte-order mark) or Windows-1252, the encoding of the
//! classic GENESIS exports and of many spreadsheets saved as CSV on Windows.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use teilhabe_domain::position::Position;

use crate::error::{Place, Problems};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
pub enum Encoding {
    /// UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "utf-8")]
    Utf8,
    #[serde(rename = "windows-1252")]
    Windows1252,
}

/// The text of `bytes` (borrowed when it is UTF-8: a large file is not copied), and the encoding
/// it was read in.
pub fn decode<'a>(
    file: &str,
    bytes: &'a [u8],
    encoding: Encoding,
) -> Result<(Cow<'a, str>, &'static str), Problems> {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF");
    match (encoding, without_bom) {
        (Encoding::Windows1252, _) => Ok((windows_1252(bytes), "windows-1252")),
        (_, Some(rest)) => utf8(file, rest).map(|text| (Cow::Borrowed(text), "utf-8")),
        (Encoding::Utf8, None) => utf8(file, bytes).map(|text| (Cow::Borrowed(text), "utf-8")),
        (Encoding::Auto, None) => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), "utf-8")),
            Err(_) => Ok((windows_1252(bytes), "windows-1252")),
        },
    }
}

fn windows_1252(bytes: &[u8]) -> Cow<'_, str> {
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    text
}

fn utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Problems> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]).into_owned();
        let position = Position::of_offset(&valid, valid.len());
        Problems::one(
            file,
            Place {
                column: Some(format!("{} (character)", position.column)),
                ..Place::line(position.line)
            },
            "the file is not valid UTF-8; set `encoding = \"windows-1252\"` in the mapping or save the file as UTF-8",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_windows_1252_and_utf8() {
        let latin = b"Gr\xf6\xdfe;Stra\xdfe";
        let (text, encoding) = decode("f", latin, Encoding::Auto).unwrap();
        assert_eq!(text, "Größe;Straße");
        assert_eq!(encoding, "windows-1252");
        let (text, encoding) = decode("f", "\u{feff}Größe".as_bytes(), Encoding::Auto).unwrap();
        assert_eq!((text.as_ref(), encoding), ("Größe", "utf-8"));
        let problem = decode("f.csv", b"ok\nbad \xf6", Encoding::Utf8).unwrap_err();
        assert_eq!(problem.0[0].place.line, Some(2));
    }
}
