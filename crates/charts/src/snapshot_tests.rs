//! Snapshot tests of one chart and one map (review the SVG in `snapshots/`), and the rules that
//! matter most: a missing figure is never drawn as 0, every district is on the map.

use super::chart::{ChartPoint, ChartSeries, LineChart, TargetLine};
use super::map::{Choropleth, Geometry, MapValue, classes};

fn point(year: i32, value: Option<f64>, label: &str, status: Option<&str>) -> ChartPoint {
    ChartPoint {
        year,
        value,
        interval: None,
        label: label.into(),
        status: status.map(Into::into),
        notes: if status == Some("P") {
            vec!["1".into()]
        } else {
            Vec::new()
        },
    }
}

fn chart() -> LineChart {
    LineChart {
        id: "zeitreihe".into(),
        title: "Schulabgänge ohne Abschluss (Demo-Daten)".into(),
        desc: "Ausländer/-innen 14,6 → 12,1.".into(),
        unit: "Prozent".into(),
        decimals: 1,
        mark: ',',
        series: vec![
            ChartSeries {
                label: "insgesamt".into(),
                code: "_T".into(),
                points: vec![
                    point(2020, Some(6.9), "6,9", None),
                    point(2021, Some(6.6), "6,6", None),
                    point(2022, Some(6.4), "6,4", Some("P")),
                ],
            },
            ChartSeries {
                label: "Ausländer/-innen".into(),
                code: "FOREIGN".into(),
                points: vec![
                    point(2020, Some(14.6), "14,6", None),
                    point(2021, None, "geheim (.)", Some("Q")),
                    point(2022, Some(12.1), "12,1", None),
                ],
            },
        ],
        target: Some(TargetLine {
            year: 2025,
            value: 10.0,
            series: Some(1),
            label: "Ziel 2025: 10,0".into(),
        }),
        missing_text: "nicht zutreffend".into(),
    }
}

fn geometry() -> Geometry {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/geo/bielefeld-districts.geojson"),
    )
    .expect("shipped geometry");
    Geometry::from_geojson(&text).expect("valid GeoJSON")
}

fn map() -> Choropleth {
    let values = geometry()
        .districts
        .iter()
        .enumerate()
        .map(|(index, district)| {
            if district.code == "03" {
                MapValue {
                    code: district.code.clone(),
                    value: None,
                    label: ".".into(),
                    status: Some("Q".into()),
                }
            } else {
                let value = 20.0 + 3.0 * index as f64;
                MapValue {
                    code: district.code.clone(),
                    value: Some(value),
                    label: format!("{value:.1}").replace('.', ","),
                    status: None,
                }
            }
        })
        .collect();
    Choropleth {
        id: "karte".into(),
        title: "Betreuungsquote unter 3-Jährige, Stadtbezirke 2023".into(),
        desc: "Karte der Stadtbezirke.".into(),
        legend_title: "Prozent".into(),
        mark: ',',
        values,
        suppressed_label: "geheim (.)".into(),
        missing_label: "kein Wert".into(),
    }
}

#[test]
fn chart_snapshot() {
    insta::assert_snapshot!("line_chart", chart().render());
}

#[test]
fn map_snapshot() {
    insta::assert_snapshot!("district_map", map().render(&geometry()));
}

#[test]
fn a_missing_figure_is_marked_not_drawn_as_zero() {
    let svg = chart().render();
    // The suppressed 2021 value of the second series has a hollow mark with its status…
    assert!(svg.contains("<g class=\"chart-missing\" data-year=\"2021\" data-status=\"Q\">"));
    // …and no point: the line is broken there (two path segments) and no marker says 2021.
    let series = svg
        .split("data-series=\"FOREIGN\"")
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .expect("series group");
    assert!(
        !series.contains("data-year=\"2021\" data-value"),
        "{series}"
    );
    let line = series
        .split("<path d=\"")
        .nth(1)
        .expect("line")
        .split('"')
        .next()
        .expect("d");
    // 2020 and 2022 stand alone: two moves, no line drawn through the gap.
    assert_eq!(line.matches('M').count(), 2, "{line}");
    assert_eq!(
        line.matches('L').count(),
        0,
        "no line through the gap: {line}"
    );
}

#[test]
fn the_map_has_every_district_and_hatches_the_suppressed_one() {
    let geometry = geometry();
    assert_eq!(geometry.districts.len(), 10);
    let svg = map().render(&geometry);
    for district in &geometry.districts {
        assert!(
            svg.contains(&format!("data-district=\"{}\"", district.code)),
            "{} missing",
            district.code
        );
        assert!(svg.contains(&district.name), "{}", district.name);
    }
    let gadderbaum = svg
        .split("data-district=\"03\"")
        .nth(1)
        .and_then(|rest| rest.split("</path>").next())
        .expect("district 03");
    assert!(
        gadderbaum.contains("fill=\"url(#karte-hatch)\""),
        "{gadderbaum}"
    );
    assert!(!gadderbaum.contains("data-value"), "{gadderbaum}");
    assert!(gadderbaum.contains("data-status=\"Q\""));
}

#[test]
fn map_classes_cover_the_values() {
    let found = classes(&[20.0, 23.0, 47.0]);
    assert_eq!(found.first().map(|c| c.0), Some(20.0));
    assert!(found.last().is_some_and(|c| c.1 >= 47.0));
    assert!(classes(&[]).is_empty());
}
