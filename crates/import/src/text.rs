//! Bytes to text: UTF-8 (with or without byte-order mark) or Windows-1252, the encoding of the
//! classic GENESIS exports and of many spreadsheets saved as CSV on Windows.

use serde::Deserialize;
use teilhabe_domain::position::Position;

use crate::error::{Place, Problems};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
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

/// The text of `bytes`, and the encoding it was read in.
pub fn decode(
    file: &str,
    bytes: &[u8],
    encoding: Encoding,
) -> Result<(String, &'static str), Problems> {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF");
    match (encoding, without_bom) {
        (Encoding::Windows1252, _) => Ok((windows_1252(bytes), "windows-1252")),
        (_, Some(rest)) => utf8(file, rest).map(|text| (text, "utf-8")),
        (Encoding::Utf8, None) => utf8(file, bytes).map(|text| (text, "utf-8")),
        (Encoding::Auto, None) => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((text.to_owned(), "utf-8")),
            Err(_) => Ok((windows_1252(bytes), "windows-1252")),
        },
    }
}

fn windows_1252(bytes: &[u8]) -> String {
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    text.into_owned()
}

fn utf8(file: &str, bytes: &[u8]) -> Result<String, Problems> {
    std::str::from_utf8(bytes).map(ToOwned::to_owned).map_err(|error| {
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
        assert_eq!((text.as_str(), encoding), ("Größe", "utf-8"));
        let problem = decode("f.csv", b"ok\nbad \xf6", Encoding::Utf8).unwrap_err();
        assert_eq!(problem.0[0].place.line, Some(2));
    }
}
