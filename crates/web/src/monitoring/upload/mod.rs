//! Figures uploaded through the web: the forms on the imports page and `POST /api/v1/imports/…`
//! for scripts. Only statisticians and administrators may import; the files take the same path as
//! `teilhabe import` (see importing.rs): checked, then stored all or nothing, audited.
//!
//! The uploaded files are aggregates (tables, cubes); they are read in memory and never written
//! to disk, so a refused upload leaves no trace but the answer.

mod api;
mod form;

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartError, MultipartRejection};

pub use api::{api_cubes, api_table};
pub(crate) use form::{PeriodRow, imported};
pub use form::{UploadForms, upload_cubes_form, upload_forms, upload_table_form};

use super::importing::{
    CubesOutcome, CubesUpload, ImportFailure, ImportOutcome, ImportRun, TableUpload, import_cubes,
    import_table,
};
use crate::frame::state::AppState;

/// The largest upload accepted: a GENESIS table of a large city is a few MiB, cubes a few tens.
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// One part of a multipart body.
struct Part {
    file_name: Option<String>,
    bytes: Bytes,
}

/// The parts of a multipart body by name (the first of each name counts).
pub(super) struct Parts(BTreeMap<String, Part>);

impl Parts {
    pub(super) async fn read(mut multipart: Multipart) -> Result<Parts, MultipartError> {
        let mut parts = BTreeMap::new();
        while let Some(field) = multipart.next_field().await? {
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await?;
            parts.entry(name).or_insert(Part { file_name, bytes });
        }
        Ok(Parts(parts))
    }

    /// A non-empty file part: its file name (or `fallback`) and its bytes (shared, not copied).
    fn file(&self, name: &str, fallback: &str) -> Option<(String, Bytes)> {
        let part = self.0.get(name).filter(|part| !part.bytes.is_empty())?;
        let file_name = part
            .file_name
            .as_deref()
            .map(base_name)
            .filter(|n| !n.is_empty())
            .unwrap_or(fallback);
        Some((file_name.to_owned(), part.bytes.clone()))
    }

    pub(super) fn text(&self, name: &str) -> &str {
        self.0
            .get(name)
            .and_then(|part| std::str::from_utf8(&part.bytes).ok())
            .map(str::trim)
            .unwrap_or_default()
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }
}

/// Browsers send a bare name, but some send a path; only the last component is kept.
fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or(name)
}

/// What an upload asks for, once its parts are read.
pub(super) enum Request {
    Table {
        file: (String, Bytes),
        mapping: (String, String),
    },
    Cubes {
        indicators: Bytes,
        metadata: Option<Bytes>,
    },
}

/// The two kinds of upload and the names of their parts in the form and in the API.
#[derive(Clone, Copy)]
pub(super) enum Kind {
    Table,
    Cubes,
}

pub(super) struct PartNames {
    pub(super) file: &'static str,
    pub(super) mapping: &'static str,
    pub(super) indicators: &'static str,
    pub(super) metadata: &'static str,
}

pub(super) const FORM_PARTS: PartNames = PartNames {
    file: "datei",
    mapping: "zuordnung",
    indicators: "indikatoren",
    metadata: "metadaten",
};

pub(super) const API_PARTS: PartNames = PartNames {
    file: "file",
    mapping: "mapping",
    indicators: "indicators",
    metadata: "metadata",
};

/// A part the request lacks, or cannot use.
#[derive(Clone, Copy)]
pub(super) enum Lack {
    File,
    Mapping,
    MappingNotText,
    Indicators,
}

impl Lack {
    pub(super) fn part(self, names: &PartNames) -> &'static str {
        match self {
            Lack::File => names.file,
            Lack::Mapping | Lack::MappingNotText => names.mapping,
            Lack::Indicators => names.indicators,
        }
    }

    /// The message for scripts (the API speaks English, like the file problems).
    pub(super) fn api_message(self, names: &PartNames) -> String {
        let part = self.part(names);
        match self {
            Lack::File => format!("`{part}`: send the table file (CSV or XLSX)"),
            Lack::Mapping => format!("`{part}`: send the mapping file (TOML) that reads it"),
            Lack::MappingNotText => format!("`{part}`: a mapping file must be UTF-8 text"),
            Lack::Indicators => format!(
                "`{part}`: send `indicators.csv` from the output folder of `teilhabe compute`"
            ),
        }
    }

    pub(super) fn message_id(self) -> &'static str {
        match self {
            Lack::File => "import-lacks-file",
            Lack::Mapping => "import-lacks-mapping",
            Lack::MappingNotText => "import-mapping-not-text",
            Lack::Indicators => "import-lacks-indicators",
        }
    }
}

/// The request in the parts, or what it lacks.
pub(super) fn request(kind: Kind, parts: &Parts, names: &PartNames) -> Result<Request, Vec<Lack>> {
    match kind {
        Kind::Table => {
            let file = parts.file(names.file, "upload.csv");
            let mapping = parts.file(names.mapping, "mapping.toml");
            let (Some(file), Some((mapping_name, mapping_bytes))) = (file.clone(), &mapping) else {
                let mut lacks = Vec::new();
                if file.is_none() {
                    lacks.push(Lack::File);
                }
                if mapping.is_none() {
                    lacks.push(Lack::Mapping);
                }
                return Err(lacks);
            };
            let Ok(mapping_text) = std::str::from_utf8(mapping_bytes) else {
                return Err(vec![Lack::MappingNotText]);
            };
            Ok(Request::Table {
                file,
                mapping: (mapping_name.clone(), mapping_text.to_owned()),
            })
        }
        Kind::Cubes => match parts.file(names.indicators, "indicators.csv") {
            Some((_, indicators)) => Ok(Request::Cubes {
                indicators,
                metadata: parts
                    .file(names.metadata, "metadata.json")
                    .map(|(_, bytes)| bytes),
            }),
            None => Err(vec![Lack::Indicators]),
        },
    }
}

/// A finished import, whichever kind.
pub(super) struct Done {
    pub(super) outcome: ImportOutcome,
    pub(super) skipped_indicators: Vec<String>,
    pub(super) skipped_rows: usize,
}

pub(super) async fn run(
    state: &AppState,
    request: &Request,
    run: &ImportRun<'_>,
) -> Result<Done, ImportFailure> {
    let store = state.store();
    match request {
        Request::Table { file, mapping } => {
            let upload = TableUpload {
                file_name: &file.0,
                bytes: file.1.clone(),
                mapping_name: &mapping.0,
                mapping_text: &mapping.1,
            };
            let outcome = import_table(store, &upload, run).await?;
            Ok(Done {
                outcome,
                skipped_indicators: Vec::new(),
                skipped_rows: 0,
            })
        }
        Request::Cubes {
            indicators,
            metadata,
        } => {
            let upload = CubesUpload {
                name: "upload",
                indicators: indicators.clone(),
                metadata: metadata.clone(),
            };
            let CubesOutcome {
                outcome,
                skipped_indicators,
                skipped_rows,
            } = import_cubes(store, &upload, run).await?;
            Ok(Done {
                outcome,
                skipped_indicators,
                skipped_rows,
            })
        }
    }
}

/// The body as axum sees it: not multipart at all is a rejection the handlers answer themselves
/// (after checking who asks), as a page or as JSON.
type Body = Result<Multipart, MultipartRejection>;
