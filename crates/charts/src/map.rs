//! The district map: a choropleth drawn from a GeoJSON file whose features carry the district
//! `code` and `name` in their properties. Districts whose figure is suppressed are hatched and
//! labelled with the secrecy sign — never coloured as the lowest class or as zero; districts
//! without a figure are light grey. Each district shows its value as a label.

use std::fmt::Write as _;

use super::{coord, escape, nice_ticks, number, open};

/// Sequential blues-greens (ColorBrewer YlGnBu), readable with colour-vision deficiencies and in
/// greyscale; lighter = lower.
const CLASS_COLOURS: [&str; 6] = [
    "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494",
];
const NO_DATA_COLOUR: &str = "#e6e6e6";

#[derive(Debug, Clone, PartialEq)]
pub struct DistrictShape {
    pub code: String,
    pub name: String,
    /// Rings of (longitude, latitude); the first of each polygon is its outline.
    pub rings: Vec<Vec<(f64, f64)>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    pub districts: Vec<DistrictShape>,
}

impl Geometry {
    /// Reads a GeoJSON FeatureCollection of Polygons/MultiPolygons with `code` and `name`.
    pub fn from_geojson(text: &str) -> Result<Self, String> {
        let document: geojson::GeoJson = text
            .parse()
            .map_err(|error| format!("not GeoJSON: {error}"))?;
        let geojson::GeoJson::FeatureCollection(collection) = document else {
            return Err("expected a FeatureCollection".into());
        };
        let mut districts = Vec::new();
        for (index, feature) in collection.features.iter().enumerate() {
            let property = |key: &str| {
                feature
                    .property(key)
                    .and_then(|value| match value {
                        serde_json::Value::String(text) => Some(text.clone()),
                        serde_json::Value::Number(number) => Some(number.to_string()),
                        _ => None,
                    })
                    .ok_or_else(|| format!("feature {index} has no property `{key}`"))
            };
            let code = property("code")?;
            let name = property("name")?;
            let geometry = feature
                .geometry
                .as_ref()
                .ok_or_else(|| format!("district {code} has no geometry"))?;
            let rings: Vec<Vec<(f64, f64)>> = match &geometry.value {
                geojson::GeometryValue::Polygon {
                    coordinates: polygon,
                } => polygon.iter().map(|ring| points(ring)).collect(),
                geojson::GeometryValue::MultiPolygon {
                    coordinates: polygons,
                } => polygons
                    .iter()
                    .flat_map(|polygon| polygon.iter().map(|ring| points(ring)))
                    .collect(),
                _ => {
                    return Err(format!(
                        "district {code}: expected a Polygon or MultiPolygon"
                    ));
                }
            };
            districts.push(DistrictShape { code, name, rings });
        }
        if districts.is_empty() {
            return Err("the file has no districts".into());
        }
        Ok(Geometry { districts })
    }
}

fn points(ring: &[geojson::Position]) -> Vec<(f64, f64)> {
    ring.iter()
        .filter_map(|position| match position.as_slice() {
            [x, y, ..] => Some((*x, *y)),
            _ => None,
        })
        .collect()
}

/// A district's figure as the map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MapValue {
    pub code: String,
    pub value: Option<f64>,
    /// The value as shown ("23,4") or the sign of a missing figure (".").
    pub label: String,
    /// SDMX status when not "A".
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choropleth {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub legend_title: String,
    pub mark: char,
    pub values: Vec<MapValue>,
    pub suppressed_label: String,
    pub missing_label: String,
}

const WIDTH: u32 = 720;
const HEIGHT: u32 = 440;
const MAP_W: f64 = 480.0;
const PAD: f64 = 12.0;

impl Choropleth {
    pub fn render(&self, geometry: &Geometry) -> String {
        // Projection: longitudes shrink with the cosine of the mean latitude.
        let all: Vec<(f64, f64)> = geometry
            .districts
            .iter()
            .flat_map(|district| district.rings.iter().flatten().copied())
            .collect();
        let min_x = all.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let max_x = all.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        let min_y = all.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
        let max_y = all.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
        let k = ((min_y + max_y) / 2.0).to_radians().cos();
        let span_x = ((max_x - min_x) * k).max(f64::EPSILON);
        let span_y = (max_y - min_y).max(f64::EPSILON);
        let scale = ((MAP_W - 2.0 * PAD) / span_x).min((f64::from(HEIGHT) - 2.0 * PAD) / span_y);
        let project =
            |(lon, lat): (f64, f64)| (PAD + (lon - min_x) * k * scale, PAD + (max_y - lat) * scale);

        let present: Vec<f64> = self.values.iter().filter_map(|v| v.value).collect();
        let classes = classes(&present);
        let colours = class_colours(classes.len());
        let class_of = |value: f64| {
            classes
                .iter()
                .position(|(low, high)| value >= *low && value <= *high)
                .unwrap_or(classes.len().saturating_sub(1))
        };

        let mut out = String::new();
        open(&mut out, &self.id, WIDTH, HEIGHT, &self.title, &self.desc);
        let _ = write!(
            out,
            "<defs><pattern id=\"{id}-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
             <rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#555555\" stroke-width=\"3\"/></pattern></defs>",
            id = escape(&self.id)
        );
        let mut labels = String::new();
        for district in &geometry.districts {
            let figure = self.values.iter().find(|v| v.code == district.code);
            let (fill, status, value_attr, label) = match figure {
                Some(MapValue {
                    value: Some(value),
                    label,
                    status,
                    ..
                }) => (
                    colours
                        .get(class_of(*value))
                        .copied()
                        .unwrap_or(NO_DATA_COLOUR)
                        .to_owned(),
                    status.clone(),
                    format!(" data-value=\"{}\"", escape(label)),
                    label.clone(),
                ),
                Some(MapValue {
                    value: None,
                    label,
                    status,
                    ..
                }) if status.as_deref() == Some("Q") => (
                    format!("url(#{}-hatch)", escape(&self.id)),
                    status.clone(),
                    String::new(),
                    label.clone(),
                ),
                Some(MapValue { label, status, .. }) => (
                    NO_DATA_COLOUR.to_owned(),
                    status.clone(),
                    String::new(),
                    label.clone(),
                ),
                None => (
                    NO_DATA_COLOUR.to_owned(),
                    Some("M".to_owned()),
                    String::new(),
                    "–".to_owned(),
                ),
            };
            let mut d = String::new();
            for ring in &district.rings {
                for (index, point) in ring.iter().enumerate() {
                    let (px, py) = project(*point);
                    let _ = write!(
                        d,
                        "{}{} {}",
                        if index == 0 { "M" } else { "L" },
                        coord(px),
                        coord(py)
                    );
                }
                d.push('Z');
            }
            let _ = write!(
                out,
                "<path class=\"map-district\" data-district=\"{}\"{}{} d=\"{d}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"1.5\"><title>{}: {}</title></path>",
                escape(&district.code),
                value_attr,
                status
                    .as_ref()
                    .map(|s| format!(" data-status=\"{}\"", escape(s)))
                    .unwrap_or_default(),
                escape(&district.name),
                escape(&label)
            );
            if let Some((cx, cy)) = district
                .rings
                .iter()
                .max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs()))
                .and_then(|ring| centroid(ring))
            {
                let (cx, cy) = project((cx, cy));
                let _ = write!(
                    labels,
                    "<text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{name}</text>\
                     <text x=\"{x}\" y=\"{y2}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#111\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{label}</text>",
                    x = coord(cx),
                    y = coord(cy - 3.0),
                    y2 = coord(cy + 12.0),
                    name = escape(&district.name),
                    label = escape(&label)
                );
            }
        }
        out.push_str(&labels);

        // Legend.
        let lx = MAP_W + 24.0;
        let mut ly = 40.0;
        let _ = write!(
            out,
            "<g class=\"map-legend\"><text x=\"{}\" y=\"{}\" font-weight=\"600\" fill=\"#111\">{}</text>",
            coord(lx),
            coord(ly - 14.0),
            escape(&self.legend_title)
        );
        let decimals = legend_decimals(&classes);
        for (index, (low, high)) in classes.iter().enumerate().rev() {
            let _ = write!(
                out,
                "<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"16\" fill=\"{}\" stroke=\"#777\"/>\
                 <text x=\"{}\" y=\"{}\" fill=\"#111\">{} – {}</text>",
                coord(lx),
                coord(ly),
                colours.get(index).copied().unwrap_or(NO_DATA_COLOUR),
                coord(lx + 30.0),
                coord(ly + 12.0),
                escape(&number(*low, decimals, self.mark)),
                escape(&number(*high, decimals, self.mark))
            );
            ly += 22.0;
        }
        ly += 8.0;
        let _ = write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"22\" height=\"16\" fill=\"url(#{}-hatch)\" stroke=\"#777\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"#111\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"22\" height=\"16\" fill=\"{NO_DATA_COLOUR}\" stroke=\"#777\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"#111\">{}</text></g>",
            coord(lx),
            coord(ly),
            escape(&self.id),
            coord(lx + 30.0),
            coord(ly + 12.0),
            escape(&self.suppressed_label),
            coord(lx),
            coord(ly + 22.0),
            coord(lx + 30.0),
            coord(ly + 34.0),
            escape(&self.missing_label)
        );
        out.push_str("</svg>");
        out
    }
}

/// Up to five classes of equal width with round bounds covering the values.
pub fn classes(values: &[f64]) -> Vec<(f64, f64)> {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !min.is_finite() {
        return Vec::new();
    }
    if max <= min {
        return vec![(min, max)];
    }
    let ticks = nice_ticks(min, max, 5);
    ticks
        .windows(2)
        .filter_map(|pair| match pair {
            [low, high] => Some((*low, *high)),
            _ => None,
        })
        .filter(|(low, high)| *high > min && *low <= max)
        .collect()
}

fn class_colours(count: usize) -> Vec<&'static str> {
    match count {
        0 => Vec::new(),
        1 => vec![CLASS_COLOURS[3]],
        n => (0..n)
            .map(|index| CLASS_COLOURS[index * (CLASS_COLOURS.len() - 1) / (n - 1)])
            .collect(),
    }
}

fn legend_decimals(classes: &[(f64, f64)]) -> u32 {
    let width = classes.first().map_or(1.0, |(low, high)| high - low);
    if width >= 1.0 {
        0
    } else if width >= 0.1 {
        1
    } else {
        2
    }
}

fn ring_area(ring: &[(f64, f64)]) -> f64 {
    ring.windows(2)
        .map(|pair| match pair {
            [a, b] => a.0 * b.1 - b.0 * a.1,
            _ => 0.0,
        })
        .sum::<f64>()
        / 2.0
}

/// The area centroid of a closed ring.
fn centroid(ring: &[(f64, f64)]) -> Option<(f64, f64)> {
    let area = ring_area(ring);
    if area.abs() < f64::EPSILON {
        return ring.first().copied();
    }
    let (mut cx, mut cy) = (0.0, 0.0);
    for pair in ring.windows(2) {
        if let [a, b] = pair {
            let cross = a.0 * b.1 - b.0 * a.1;
            cx += (a.0 + b.0) * cross;
            cy += (a.1 + b.1) * cross;
        }
    }
    Some((cx / (6.0 * area), cy / (6.0 * area)))
}
