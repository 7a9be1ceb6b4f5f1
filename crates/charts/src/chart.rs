//! The time-series line chart: one line per series (whole population, groups, sexes, ages or
//! districts), intervals as whiskers, a target as a dashed line to the target year, footnote
//! marks, and missing figures marked on the axis — never drawn as 0.

use std::fmt::Write as _;

use super::{SERIES_COLOURS, TOTAL_COLOUR, coord, dash, escape, marker, nice_ticks, number, open};

/// One year of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    pub year: i32,
    /// None for a missing figure (suppressed, not available …).
    pub value: Option<f64>,
    pub interval: Option<(f64, f64)>,
    /// The value as shown (already formatted, e.g. "44,3"), or the status text when missing.
    pub label: String,
    /// SDMX status code when not "A" (e.g. "P", "Q"), shown with the point.
    pub status: Option<String>,
    /// Footnote numbers of this value ("1", "2").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartSeries {
    pub label: String,
    /// `_T` for the whole population: drawn grey and thicker.
    pub code: String,
    pub points: Vec<ChartPoint>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    pub year: i32,
    pub value: f64,
    /// Index of the series the target belongs to (for its colour).
    pub series: Option<usize>,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineChart {
    /// Unique within the page (used for element ids).
    pub id: String,
    pub title: String,
    pub desc: String,
    /// Axis caption, e.g. "Prozent".
    pub unit: String,
    pub decimals: u32,
    pub mark: char,
    pub series: Vec<ChartSeries>,
    pub target: Option<TargetLine>,
    /// Text for a missing point's tooltip, e.g. "keine Angabe".
    pub missing_text: String,
}

const WIDTH: u32 = 760;
const HEIGHT: u32 = 360;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 230.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 40.0;

impl LineChart {
    pub fn render(&self) -> String {
        let mut years: Vec<i32> = self
            .series
            .iter()
            .flat_map(|series| series.points.iter().map(|point| point.year))
            .collect();
        if let Some(target) = &self.target {
            years.push(target.year);
        }
        years.sort_unstable();
        years.dedup();
        let (Some(&first_year), Some(&last_year)) = (years.first(), years.last()) else {
            let mut out = String::new();
            open(&mut out, &self.id, WIDTH, 60, &self.title, &self.desc);
            out.push_str("</svg>");
            return out;
        };
        let mut values: Vec<f64> = self
            .series
            .iter()
            .flat_map(|series| series.points.iter())
            .flat_map(|point| {
                let mut v: Vec<f64> = point.value.into_iter().collect();
                if let Some((low, high)) = point.interval {
                    v.push(low);
                    v.push(high);
                }
                v
            })
            .collect();
        if let Some(target) = &self.target {
            values.push(target.value);
        }
        let data_min = values.iter().copied().fold(f64::INFINITY, f64::min);
        let data_max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (data_min, data_max) = if data_min.is_finite() {
            (data_min, data_max)
        } else {
            (0.0, 1.0)
        };
        // Start at zero unless the values sit far from it (then the axis says where it starts).
        let low = if data_min >= 0.0 && data_min < data_max * 0.6 {
            0.0
        } else {
            data_min
        };
        let ticks = nice_ticks(low, data_max, 5);
        let y_min = ticks.first().copied().unwrap_or(0.0);
        let y_max = ticks
            .last()
            .copied()
            .unwrap_or(1.0)
            .max(y_min + f64::EPSILON);
        let plot_w = f64::from(WIDTH) - LEFT - RIGHT;
        let plot_h = f64::from(HEIGHT) - TOP - BOTTOM;
        let x = |year: i32| {
            if last_year == first_year {
                LEFT + plot_w / 2.0
            } else {
                LEFT + plot_w * f64::from(year - first_year) / f64::from(last_year - first_year)
            }
        };
        let y = |value: f64| TOP + plot_h * (1.0 - (value - y_min) / (y_max - y_min));

        let mut out = String::new();
        open(&mut out, &self.id, WIDTH, HEIGHT, &self.title, &self.desc);
        // Grid and axes.
        out.push_str("<g class=\"chart-axes\" fill=\"#333\">");
        for tick in &ticks {
            let ty = coord(y(*tick));
            let _ = write!(
                out,
                "<line x1=\"{}\" x2=\"{}\" y1=\"{ty}\" y2=\"{ty}\" stroke=\"#d0d0d0\"/>\
                 <text x=\"{}\" y=\"{ty}\" dy=\"4\" text-anchor=\"end\">{}</text>",
                coord(LEFT),
                coord(LEFT + plot_w),
                coord(LEFT - 6.0),
                escape(&number(*tick, tick_decimals(&ticks), self.mark))
            );
        }
        let label_every = (years.len() / 8).max(1);
        for (index, year) in years.iter().enumerate() {
            if index % label_every != 0 && *year != last_year {
                continue;
            }
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{year}</text>",
                coord(x(*year)),
                coord(TOP + plot_h + 18.0)
            );
        }
        let _ = write!(
            out,
            "<line x1=\"{l}\" x2=\"{l}\" y1=\"{t}\" y2=\"{b}\" stroke=\"#333\"/>\
             <line x1=\"{l}\" x2=\"{r}\" y1=\"{b}\" y2=\"{b}\" stroke=\"#333\"/>\
             <text x=\"{l}\" y=\"{cap}\" text-anchor=\"start\">{unit}</text></g>",
            l = coord(LEFT),
            r = coord(LEFT + plot_w),
            t = coord(TOP),
            b = coord(TOP + plot_h),
            cap = coord(TOP - 8.0),
            unit = escape(&self.unit)
        );

        // Target: a dashed line from the latest value of its series to the target year.
        let mut target_label: Option<(f64, String)> = None;
        if let Some(target) = &self.target {
            let colour = target
                .series
                .and_then(|index| self.series.get(index).map(|s| self.colour(index, s)))
                .unwrap_or(TOTAL_COLOUR);
            let from = target
                .series
                .and_then(|index| self.series.get(index))
                .and_then(|series| series.points.iter().rev().find(|p| p.value.is_some()))
                .and_then(|point| point.value.map(|value| (point.year, value)));
            let _ = write!(
                out,
                "<g class=\"chart-target\" data-target=\"{}\">",
                target.value
            );
            if let Some((year, value)) = from {
                let _ = write!(
                    out,
                    "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"3 4\"/>",
                    coord(x(year)),
                    coord(y(value)),
                    coord(x(target.year)),
                    coord(y(target.value))
                );
            }
            let (tx, ty) = (x(target.year), y(target.value));
            let _ = write!(
                out,
                "<path d=\"M{} {}m-6 -6l12 12m0 -12l-12 12\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                coord(tx),
                coord(ty),
            );
            // A target in the last year sits where the series' end labels are: it joins them, so
            // that all labels at the right are pushed apart together.
            if tx >= LEFT + plot_w - 1.0 {
                target_label = Some((ty, target.label.clone()));
            } else {
                let _ = write!(
                    out,
                    "<text x=\"{}\" y=\"{}\" fill=\"#111\">{}</text>",
                    coord(tx + 10.0),
                    coord(ty - 8.0),
                    escape(&target.label)
                );
            }
            out.push_str("</g>");
        }

        // Series: whiskers, the line (broken where figures are missing), markers, labels.
        let mut end_labels: Vec<(f64, String, &str)> = Vec::new();
        for (index, series) in self.series.iter().enumerate() {
            let colour = self.colour(index, series);
            let width = if series.code == "_T" { "3" } else { "2" };
            let _ = write!(
                out,
                "<g class=\"chart-series\" data-series=\"{}\">",
                escape(&series.code)
            );
            for point in &series.points {
                if let (Some((low, high)), Some(_)) = (point.interval, point.value) {
                    let px = coord(x(point.year));
                    let _ = write!(
                        out,
                        "<path d=\"M{px} {}V{}\" stroke=\"{colour}\" stroke-width=\"1.5\" opacity=\"0.7\"/>",
                        coord(y(low)),
                        coord(y(high))
                    );
                }
            }
            let mut path = String::new();
            let mut pen_down = false;
            for point in &series.points {
                match point.value {
                    Some(value) => {
                        let _ = write!(
                            path,
                            "{}{} {}",
                            if pen_down { "L" } else { "M" },
                            coord(x(point.year)),
                            coord(y(value))
                        );
                        pen_down = true;
                    }
                    None => pen_down = false,
                }
            }
            if !path.is_empty() {
                let _ = write!(
                    out,
                    "<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{}/>",
                    dash(index)
                );
            }
            for point in &series.points {
                let px = x(point.year);
                match point.value {
                    Some(value) => {
                        let extra = format!(
                            " data-year=\"{}\" data-value=\"{}\"",
                            point.year,
                            escape(&point.label)
                        );
                        marker(&mut out, index, px, y(value), colour, &extra);
                        let mut note = point.notes.join(",");
                        if let Some(status) = &point.status {
                            if !note.is_empty() {
                                note.push(' ');
                            }
                            note.push_str(status);
                        }
                        if !note.is_empty() {
                            let _ = write!(
                                out,
                                "<text x=\"{}\" y=\"{}\" font-size=\"10\" fill=\"#111\">{}</text>",
                                coord(px + 5.0),
                                coord(y(value) - 6.0),
                                escape(&note)
                            );
                        }
                    }
                    None => {
                        // A missing figure is marked just above the axis, hollow, with its status.
                        let _ = write!(
                            out,
                            "<g class=\"chart-missing\" data-year=\"{}\" data-status=\"{}\">\
                             <title>{} {}: {}</title>\
                             <circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"1.5\"/>\
                             <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#111\">{}</text></g>",
                            point.year,
                            escape(point.status.as_deref().unwrap_or("M")),
                            escape(&series.label),
                            point.year,
                            escape(&point.label),
                            coord(px),
                            coord(TOP + plot_h - 8.0),
                            coord(px),
                            coord(TOP + plot_h - 15.0),
                            escape(point.status.as_deref().unwrap_or(""))
                        );
                    }
                }
            }
            out.push_str("</g>");
            if let Some(point) = series.points.iter().rev().find(|p| p.value.is_some())
                && let Some(value) = point.value
            {
                end_labels.push((
                    y(value),
                    format!("{} {}", series.label, point.label),
                    colour,
                ));
            }
        }
        // Direct labels at the right, pushed apart so they do not overlap.
        if let Some((label_y, text)) = target_label {
            end_labels.push((label_y, text, "#111"));
        }
        end_labels.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut last_y = f64::NEG_INFINITY;
        for (label_y, text, colour) in end_labels {
            let placed = label_y.max(last_y + 15.0);
            last_y = placed;
            let _ = write!(
                out,
                "<text class=\"chart-label\" x=\"{}\" y=\"{}\" dy=\"4\" fill=\"{}\">{}</text>",
                coord(LEFT + plot_w + 8.0),
                coord(placed),
                darken(colour),
                escape(&text)
            );
        }
        out.push_str("</svg>");
        out
    }

    fn colour(&self, index: usize, series: &ChartSeries) -> &'static str {
        if series.code == "_T" && self.series.len() > 1 {
            TOTAL_COLOUR
        } else {
            SERIES_COLOURS[index % SERIES_COLOURS.len()]
        }
    }
}

/// Text in a series' colour must reach 4.5:1 on white; the lighter Okabe–Ito colours are
/// replaced by darker shades of the same hue for labels.
pub fn darken(colour: &str) -> &str {
    match colour {
        "#E69F00" => "#8A5F00",
        "#56B4E9" => "#1F6F99",
        "#009E73" => "#00704F",
        "#CC79A7" => "#9C3D74",
        "#D55E00" => "#A64800",
        other => other,
    }
}

fn tick_decimals(ticks: &[f64]) -> u32 {
    let step = match ticks {
        [a, b, ..] => (b - a).abs(),
        _ => 1.0,
    };
    if step >= 1.0 {
        0
    } else if step >= 0.1 {
        1
    } else {
        2
    }
}
