//! An indicator's figures as files: CSV, XLSX, JSON and SDMX-CSV 2.0 — the web downloads, the
//! API's figures and `teilhabe export indicator` build them here. A missing figure is an empty
//! value with its status and sign — never 0. Demo data says so in every format.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
use serde::Serialize;
use teilhabe_domain::monitoring::{IndicatorDef, Observation};
use teilhabe_domain::spreadsheet::neutralise_record;
use teilhabe_domain::text::Text;
use teilhabe_store::StoredObservation;

/// One figure as the API gives it.
#[derive(Serialize)]
pub struct ObservationBody<'a> {
    pub year: i32,
    pub district: &'a str,
    pub sex: &'a str,
    pub origin: &'a str,
    pub age: &'a str,
    /// A JSON number, or null when the figure is missing — never 0 for a suppressed figure.
    pub value: Option<f64>,
    /// The exact decimal as published ("44.30"), or null.
    pub value_text: Option<String>,
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    pub base: Option<i64>,
    pub status: &'static str,
    pub conf_status: Option<&'static str>,
    pub sign: Option<&'a str>,
    pub footnotes: &'a [String],
    pub demo: bool,
}

impl<'a> ObservationBody<'a> {
    pub fn new(stored: &'a StoredObservation) -> Self {
        let o: &Observation = &stored.observation;
        let value = o.shown_value();
        ObservationBody {
            year: o.at.year,
            district: &o.at.district,
            sex: &o.at.sex,
            origin: &o.at.origin,
            age: &o.at.age,
            value: value.map(|v| v.to_f64()),
            value_text: value.map(|v| v.to_string()),
            lower: value.and(o.lower).map(|v| v.to_f64()),
            upper: value.and(o.upper).map(|v| v.to_f64()),
            base: o.shown_base(),
            status: o.status.code(),
            conf_status: o.conf_status.map(|c| c.code()),
            sign: o.sign.as_deref(),
            footnotes: &o.footnotes,
            demo: stored.is_demo,
        }
    }
}

#[derive(Serialize)]
pub struct ObservationsBody<'a> {
    pub indicator: &'a str,
    pub title: &'a Text,
    pub unit: &'static str,
    pub unit_measure: &'static str,
    pub decimals: u32,
    pub concept: &'static str,
    pub source: &'a Text,
    pub demo: bool,
    pub count: usize,
    pub observations: Vec<ObservationBody<'a>>,
}

impl<'a> ObservationsBody<'a> {
    pub fn new(indicator: &'a IndicatorDef, observations: &'a [StoredObservation]) -> Self {
        ObservationsBody {
            indicator: &indicator.id,
            title: &indicator.title,
            unit: indicator.unit.as_str(),
            unit_measure: indicator.unit.sdmx(),
            decimals: indicator.decimals,
            concept: indicator.concept.code(),
            source: &indicator.source,
            demo: observations.iter().any(|o| o.is_demo),
            count: observations.len(),
            observations: observations.iter().map(ObservationBody::new).collect(),
        }
    }
}

const COLUMNS: [&str; 17] = [
    "indicator",
    "year",
    "district",
    "sex",
    "origin",
    "age",
    "value",
    "lower",
    "upper",
    "base",
    "unit",
    "status",
    "conf_status",
    "sign",
    "footnotes",
    "source",
    "demo",
];

/// One row of the CSV and XLSX downloads, as text.
fn row(indicator: &IndicatorDef, stored: &StoredObservation) -> [String; 17] {
    let o = &stored.observation;
    let value = o.shown_value();
    let text = |d: Option<teilhabe_domain::monitoring::Decimal>| {
        value.and(d).map(|d| d.to_string()).unwrap_or_default()
    };
    [
        indicator.id.clone(),
        o.at.year.to_string(),
        o.at.district.clone(),
        o.at.sex.clone(),
        o.at.origin.clone(),
        o.at.age.clone(),
        value.map(|v| v.to_string()).unwrap_or_default(),
        text(o.lower),
        text(o.upper),
        o.shown_base().map(|b| b.to_string()).unwrap_or_default(),
        indicator.unit.as_str().to_owned(),
        o.status.code().to_owned(),
        o.conf_status
            .map(|c| c.code().to_owned())
            .unwrap_or_default(),
        o.sign.clone().unwrap_or_default(),
        o.footnotes.join(" | "),
        indicator.source.german_text().to_owned(),
        if stored.is_demo { "demo" } else { "" }.to_owned(),
    ]
}

pub fn csv(indicator: &IndicatorDef, observations: &[StoredObservation]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut ok = writer.write_record(COLUMNS).is_ok();
    for stored in observations {
        ok &= writer
            .write_record(neutralise_record(row(indicator, stored)))
            .is_ok();
    }
    if !ok {
        tracing::error!("writing CSV into memory failed");
    }
    writer.into_inner().unwrap_or_default()
}

/// SDMX-CSV 2.0: one row per observation, OBS_VALUE empty for a missing figure.
pub fn sdmx_csv(
    city: &str,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let structure = format!("TEILHABE:DF_{}_MONITORING(1.0)", city.to_uppercase());
    let mut ok = writer
        .write_record([
            "STRUCTURE",
            "STRUCTURE_ID",
            "ACTION",
            "INDICATOR",
            "REF_AREA",
            "SEX",
            "ORIGIN",
            "AGE",
            "TIME_PERIOD",
            "OBS_VALUE",
            "UNIT_MEASURE",
            "OBS_STATUS",
            "CONF_STATUS",
            "COMMENT_OBS",
        ])
        .is_ok();
    for stored in observations {
        let o = &stored.observation;
        let mut comments = o.footnotes.clone();
        if let Some(sign) = &o.sign {
            comments.push(format!("sign {sign}"));
        }
        if stored.is_demo {
            comments.push("DEMO data".into());
        }
        ok &= writer
            .write_record(neutralise_record([
                "dataflow",
                &structure,
                "I",
                &indicator.id,
                &o.at.district,
                &o.at.sex,
                &o.at.origin,
                &o.at.age,
                &o.at.year.to_string(),
                &o.shown_value().map(|v| v.to_string()).unwrap_or_default(),
                indicator.unit.sdmx(),
                o.status.code(),
                o.conf_status.map_or("", |c| c.code()),
                &comments.join("; "),
            ]))
            .is_ok();
    }
    if !ok {
        tracing::error!("writing SDMX-CSV into memory failed");
    }
    writer.into_inner().unwrap_or_default()
}

/// A new workbook with a fixed creation date instead of the clock's: the same figures give the
/// same bytes, so the static export (`teilhabe export site`) rewrites a file only when its
/// figures changed and a rebuilt report edition is identical. The data's dates are in its rows.
pub(crate) fn workbook() -> Workbook {
    let mut workbook = Workbook::new();
    if let Ok(date) = ExcelDateTime::from_ymd(1980, 1, 1) {
        workbook.set_properties(&DocProperties::new().set_creation_datetime(&date));
    }
    workbook
}

pub fn xlsx(
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = workbook();
    let bold = Format::new().set_bold();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Daten")?;
    for (column, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *name, &bold)?;
    }
    for (index, stored) in observations.iter().enumerate() {
        let line = index as u32 + 1;
        for (column, text) in row(indicator, stored).iter().enumerate() {
            let column = column as u16;
            // Values and bounds as numbers (Excel can compute with them); a missing value stays
            // an empty cell, its status is in the status column.
            let numeric = matches!(column, 1 | 6 | 7 | 8 | 9);
            match text.parse::<f64>() {
                Ok(number) if numeric => {
                    sheet.write_number(line, column, number)?;
                }
                _ if text.is_empty() => {}
                _ => {
                    sheet.write_string(line, column, text)?;
                }
            }
        }
    }
    let about = workbook.add_worksheet();
    about.set_name("Metadaten")?;
    let demo = observations.iter().any(|o| o.is_demo);
    let lines = [
        ("Indikator", indicator.title.german_text().to_owned()),
        ("Definition", indicator.definition.german_text().to_owned()),
        ("Zähler", indicator.numerator.german_text().to_owned()),
        ("Nenner", indicator.denominator.german_text().to_owned()),
        ("Einheit", indicator.unit.as_str().to_owned()),
        ("Konzept", indicator.concept.code().to_owned()),
        ("Quelle", indicator.source.german_text().to_owned()),
        (
            "Status",
            "A normal, B Zeitreihenbruch, E geschätzt, P vorläufig, U eingeschränkt aussagefähig, Q geheim (leer, nie 0), M nicht zutreffend, L noch nicht verfügbar".to_owned(),
        ),
        (
            "Hinweis",
            if demo {
                "DEMO-DATEN: erfundene Zahlen für die Vorführung, keine amtliche Statistik."
            } else {
                ""
            }
            .to_owned(),
        ),
    ];
    for (index, (key, value)) in lines.iter().enumerate() {
        about.write_string_with_format(index as u32, 0, *key, &bold)?;
        about.write_string(index as u32, 1, value)?;
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use teilhabe_domain::monitoring::{Coordinates, ObsStatus, Observation, parse_indicator};
    use teilhabe_store::StoredObservation;

    use super::*;

    fn indicator() -> IndicatorDef {
        let source = include_str!("../../../../data/indicators/bielefeld/arbeitslosenquote.toml");
        match parse_indicator(source) {
            Ok(indicator) => indicator,
            Err(problems) => panic!("the demo indicator does not parse: {problems:?}"),
        }
    }

    fn figure(value: Option<&str>, status: ObsStatus, base: i64) -> StoredObservation {
        StoredObservation {
            observation: Observation {
                indicator: "arbeitslosenquote".into(),
                at: Coordinates::total(2023),
                value: value.map(|v| v.parse().expect("a decimal")),
                lower: None,
                upper: None,
                base: Some(base),
                status,
                conf_status: None,
                sign: None,
                footnotes: Vec::new(),
            },
            import_id: 1,
            is_demo: false,
        }
    }

    #[test]
    fn a_suppressed_cell_has_no_base_in_any_file() {
        let indicator = indicator();
        let figures = [
            figure(Some("8.5"), ObsStatus::Normal, 48213),
            figure(None, ObsStatus::Suppressed, 17),
        ];
        let file = csv(&indicator, &figures);
        let mut reader = ::csv::Reader::from_reader(file.as_slice());
        let headers = reader.headers().expect("a header row").clone();
        let base = headers
            .iter()
            .position(|h| h == "base")
            .expect("a base column");
        let bases: Vec<String> = reader
            .records()
            .map(|record| record.expect("a row")[base].to_owned())
            .collect();
        assert_eq!(
            bases,
            ["48213", ""],
            "the CSV (and the workbook, same rows)"
        );

        let json = serde_json::to_string(&ObservationsBody::new(&indicator, &figures))
            .expect("serialisable");
        assert!(json.contains("\"base\":48213"), "{json}");
        assert!(!json.contains("\"base\":17"), "{json}");
    }
}
