//! Hostile and broken table files, made in the test instead of committed: a tiny workbook that
//! claims a sheet of seventeen billion cells, zip bombs, CSV of empty cells, and a seeded stream
//! of damaged variants of a good file (truncated, re-encoded, huge cells, wrong delimiters,
//! random bytes).

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daten" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
const SHEET_START: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#;

/// A workbook with one sheet whose XML is `dimension` (if any) and `sheet_data` inside
/// `<sheetData>`.
pub fn workbook(dimension: Option<&str>, sheet_data: &[u8]) -> Vec<u8> {
    let mut sheet = SHEET_START.as_bytes().to_vec();
    if let Some(dimension) = dimension {
        sheet.extend_from_slice(format!(r#"<dimension ref="{dimension}"/>"#).as_bytes());
    }
    sheet.extend_from_slice(b"<sheetData>");
    sheet.extend_from_slice(sheet_data);
    sheet.extend_from_slice(b"</sheetData></worksheet>");
    workbook_with_sheet(&sheet)
}

/// A workbook whose first sheet's XML is `sheet` exactly.
pub fn workbook_with_sheet(sheet: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(content).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The 1.6 KB file of the finding: a sheet declaring A1:XFD1048576 with its two corner cells.
pub fn sparse_dimension_xlsx() -> Vec<u8> {
    workbook(
        Some("A1:XFD1048576"),
        br#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#,
    )
}

/// The same two corner cells without a dimension: the used range alone is the bomb.
pub fn sparse_cells_xlsx() -> Vec<u8> {
    workbook(
        None,
        br#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#,
    )
}

/// A zip bomb: a small workbook whose sheet XML unpacks to about `unpacked` bytes of cells.
pub fn zip_bomb_xlsx(unpacked: usize) -> Vec<u8> {
    let cell = br#"<c><v>1</v></c>"#;
    let row_cells = 1000;
    let mut row = b"<row>".to_vec();
    for _ in 0..row_cells {
        row.extend_from_slice(cell);
    }
    row.extend_from_slice(b"</row>");
    let rows = unpacked / row.len() + 1;
    let mut data = Vec::with_capacity(rows * row.len());
    for _ in 0..rows {
        data.extend_from_slice(&row);
    }
    workbook(None, &data)
}

/// `bytes` bytes of CSV that are nothing but empty cells between `delimiter`s, in lines of
/// 10,000 cells.
pub fn empty_cells_csv(bytes: usize, delimiter: u8) -> Vec<u8> {
    let mut line = vec![delimiter; 9_999];
    line.push(b'\n');
    line.iter().copied().cycle().take(bytes).collect()
}

/// A small deterministic random generator (xorshift), so a failing case can be replayed by seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// The kinds of damage [`damaged`] does, in turn.
pub const DAMAGE: [&str; 10] = [
    "truncated",
    "utf-16",
    "huge cell",
    "many empty cells",
    "pipe delimiter",
    "random bytes",
    "random header",
    "sparse-dimension workbook",
    "truncated zip bomb",
    "NUL delimiters",
];

/// Damaged variant number `case` of the text table `good` (CSV): every kind of [`DAMAGE`] in
/// turn, with random places and sizes from the case number. `cell_limit` and `cells_limit` are
/// the limits of the reader under test (the huge cell and the many cells go past them).
pub fn damaged_csv(
    good: &[u8],
    case: u64,
    cell_limit: usize,
    cells_limit: usize,
) -> (String, Vec<u8>) {
    let mut rng = Rng::new(case);
    let kind = DAMAGE[case as usize % DAMAGE.len()];
    let header_end = good.iter().position(|b| *b == b'\n').unwrap_or(good.len());
    let first_cell_end = good
        .iter()
        .position(|b| matches!(b, b'\n' | b',' | b';' | b'\t'))
        .unwrap_or(good.len());
    let bytes = match kind {
        // Cut inside the first cell: the named columns are gone.
        "truncated" => good[..rng.below(first_cell_end.max(1))].to_vec(),
        "utf-16" => String::from_utf8_lossy(good)
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect(),
        "huge cell" => {
            let mut bytes = good.to_vec();
            let at = header_end + 1 + rng.below(good.len().saturating_sub(header_end));
            let at = at.min(bytes.len());
            bytes.splice(
                at..at,
                std::iter::repeat_n(b'x', cell_limit + 1 + rng.below(100)),
            );
            bytes
        }
        "many empty cells" => {
            let mut bytes = good.to_vec();
            bytes.extend(std::iter::repeat_n(b';', cells_limit + rng.below(1000)));
            bytes
        }
        "pipe delimiter" => good
            .iter()
            .map(|b| {
                if matches!(b, b',' | b';' | b'\t') {
                    b'|'
                } else {
                    *b
                }
            })
            .collect(),
        "random bytes" => {
            let n = 1 + rng.below(4096);
            rng.bytes(n)
        }
        "random header" => {
            // The rows stay, the header line is noise (with a control character in every case).
            let mut bytes = vec![0];
            let n = 1 + rng.below(64);
            bytes.extend(
                rng.bytes(n)
                    .into_iter()
                    .filter(|b| !matches!(b, b'\n' | b'\r')),
            );
            bytes.extend_from_slice(&good[header_end..]);
            bytes
        }
        "sparse-dimension workbook" => sparse_dimension_xlsx(),
        "truncated zip bomb" => {
            let mut bomb = zip_bomb_xlsx(64 * 1024);
            let cut = rng.below(bomb.len());
            bomb.truncate(cut.max(1));
            bomb
        }
        _ => good
            .iter()
            .map(|b| {
                if matches!(b, b',' | b';' | b'\t' | b'=') {
                    0
                } else {
                    *b
                }
            })
            .collect(),
    };
    (kind.to_owned(), bytes)
}

/// Damaged variant number `case` of the workbook `good` (XLSX).
/// `bytes_limit` and `cells_limit` are the reader's limits (the bomb and the many cells go past).
pub fn damaged_xlsx(
    good: &[u8],
    case: u64,
    bytes_limit: usize,
    cells_limit: usize,
) -> (String, Vec<u8>) {
    let mut rng = Rng::new(case);
    let kinds = [
        "truncated",
        "damaged directory",
        "sparse dimension",
        "sparse cells",
        "zip bomb",
        "many cells",
        "csv as xlsx",
        "random bytes",
        "backwards dimension",
        "reference past XFD",
        "not xml",
    ];
    let kind = kinds[case as usize % kinds.len()];
    let bytes = match kind {
        "truncated" => good[..rng.below(good.len())].to_vec(),
        "damaged directory" => {
            // The end of the zip's central directory is found by its signature: damage it.
            let mut bytes = good.to_vec();
            let end = bytes
                .windows(4)
                .rposition(|window| window == b"PK\x05\x06")
                .unwrap_or(0);
            let at = (end + rng.below(4)).min(bytes.len() - 1);
            bytes[at] ^= 0x5A;
            bytes
        }
        "sparse dimension" => sparse_dimension_xlsx(),
        "sparse cells" => sparse_cells_xlsx(),
        "zip bomb" => zip_bomb_xlsx(bytes_limit + rng.below(64 * 1024)),
        "many cells" => {
            let mut data = Vec::new();
            let cells = cells_limit + 1 + rng.below(100);
            let mut written = 0;
            let mut row = 1;
            while written < cells {
                data.extend_from_slice(format!("<row r=\"{row}\">").as_bytes());
                for _ in 0..100 {
                    data.extend_from_slice(b"<c><v>0</v></c>");
                }
                data.extend_from_slice(b"</row>");
                written += 100;
                row += 1;
            }
            workbook(None, &data)
        }
        "csv as xlsx" => b"Year,Value\n2020,1\n".to_vec(),
        "random bytes" => {
            let n = 1 + rng.below(4096);
            let mut bytes = b"PK\x03\x04".to_vec();
            bytes.extend(rng.bytes(n));
            bytes
        }
        "backwards dimension" => {
            workbook(Some("C9:A1"), br#"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        }
        "reference past XFD" => workbook(
            None,
            format!(
                r#"<row r="1"><c r="{}1"><v>1</v></c></row>"#,
                ["XFE", "ZZZZ", "AAAAAAAAAAAAAAAAA"][rng.below(3)]
            )
            .as_bytes(),
        ),
        _ => {
            let n = 1 + rng.below(512);
            workbook_with_sheet(&rng.bytes(n))
        }
    };
    (kind.to_owned(), bytes)
}
