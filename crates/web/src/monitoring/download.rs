//! Downloads of an indicator's figures: CSV, XLSX, JSON and SDMX-CSV 2.0. A missing figure is an
//! empty value with its status and sign — never 0. Demo data says so in every format.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use rust_xlsxwriter::{Format, Workbook};
use teilhabe_domain::monitoring::IndicatorDef;
use teilhabe_domain::spreadsheet::neutralise_record;
use teilhabe_store::StoredObservation;

use super::api::ObservationsBody;
use super::pages::data;
use crate::frame::caching;
use crate::frame::state::AppState;

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
        o.base.map(|b| b.to_string()).unwrap_or_default(),
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

pub fn xlsx(
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut workbook = Workbook::new();
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

pub async fn download(
    State(state): State<AppState>,
    Path((id, format)): Path<(String, String)>,
    request: HeaderMap,
) -> Response {
    let city = match state.city().await {
        Ok(Some(city)) => city,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot read the city");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let (catalogue, observations, version) = match data(&state, &city, &id).await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(()) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    };
    let Some(indicator) = catalogue.iter().find(|i| i.id == id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let (content_type, extension, body): (&str, &str, Vec<u8>) = match format.as_str() {
        "csv" => (
            "text/csv; charset=utf-8",
            "csv",
            csv(indicator, &observations),
        ),
        "sdmx-csv" => (
            "application/vnd.sdmx.data+csv; version=2.0.0; charset=utf-8",
            "sdmx.csv",
            sdmx_csv(&city, indicator, &observations),
        ),
        "json" => (
            "application/json",
            "json",
            serde_json::to_vec_pretty(&ObservationsBody::new(indicator, &observations))
                .unwrap_or_default(),
        ),
        "xlsx" => match xlsx(indicator, &observations) {
            Ok(bytes) => (
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx",
                bytes,
            ),
            Err(error) => {
                tracing::error!(%error, "cannot write the workbook");
                return StatusCode::INTERNAL_SERVER_ERROR.into_response();
            }
        },
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let etag = caching::etag(&[&city, &version, "download", &id, &format]);
    let file_name = format!("{id}.{extension}");
    caching::cacheable(&request, &etag, false, move || {
        let mut response = body.into_response();
        let headers = response.headers_mut();
        if let Ok(value) = HeaderValue::from_str(content_type) {
            headers.insert(header::CONTENT_TYPE, value);
        }
        if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
            headers.insert(header::CONTENT_DISPOSITION, value);
        }
        response
    })
}
