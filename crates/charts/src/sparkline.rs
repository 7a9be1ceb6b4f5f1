//! A small trend line for lists: decorative (`aria-hidden`), because the text beside it says the
//! direction of the latest change.

use std::fmt::Write as _;

use super::coord;

/// Values by year; missing years break the line. Returns an empty string without two values.
pub fn sparkline(points: &[(i32, Option<f64>)], colour: &str) -> String {
    let known: Vec<(i32, f64)> = points
        .iter()
        .filter_map(|(year, value)| value.map(|v| (*year, v)))
        .collect();
    if known.len() < 2 {
        return String::new();
    }
    let (width, height, pad) = (120.0, 32.0, 3.0);
    let first = known.first().map_or(0, |p| p.0);
    let last = known.last().map_or(1, |p| p.0);
    let min = known.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let max = known.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let span = if max > min { max - min } else { 1.0 };
    let x = |year: i32| {
        pad + (width - 2.0 * pad) * f64::from(year - first) / f64::from((last - first).max(1))
    };
    let y = |value: f64| pad + (height - 2.0 * pad) * (1.0 - (value - min) / span);
    let mut path = String::new();
    let mut pen_down = false;
    for (year, value) in points {
        match value {
            Some(value) => {
                let _ = write!(
                    path,
                    "{}{} {}",
                    if pen_down { "L" } else { "M" },
                    coord(x(*year)),
                    coord(y(*value))
                );
                pen_down = true;
            }
            None => pen_down = false,
        }
    }
    let (lx, ly) = known.last().map_or((0.0, 0.0), |p| (x(p.0), y(p.1)));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 120 32\" width=\"120\" height=\"32\" aria-hidden=\"true\" focusable=\"false\">\
         <path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"/>\
         <circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{colour}\"/></svg>",
        coord(lx),
        coord(ly)
    )
}
