//! Charts and maps as SVG written on the server: readable without JavaScript, printable, and with
//! a title and description for screen readers (`role="img"`, `aria-labelledby`). Every page that
//! shows one also shows the figures as a table, the accessible equivalent.
//!
//! Colours are the Okabe–Ito palette (distinguishable with the common colour-vision
//! deficiencies); series differ by marker shape and dash pattern too, so colour is never the only
//! cue. Output is deterministic, so snapshot tests can review it.
//!
//! A crate of its own, pure (no HTTP, no store), because the web pages and the PDF report
//! (`teilhabe-report`) draw the same charts from the same builders in [`figures`].

pub mod chart;
pub mod figures;
pub mod gap;
pub mod map;
pub mod sparkline;

use std::fmt::Write as _;

/// Okabe–Ito colours for series, in order of use.
pub const SERIES_COLOURS: [&str; 6] = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
];
/// Grey for the whole population when groups are shown beside it.
pub const TOTAL_COLOUR: &str = "#444444";

/// Escapes text for SVG/XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A coordinate with at most one decimal: small files, stable snapshots.
pub fn coord(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// Round tick values covering `min..=max` (about `count` of them).
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if !min.is_finite() || !max.is_finite() || count == 0 {
        return vec![0.0];
    }
    let span = if max > min {
        max - min
    } else {
        max.abs().max(1.0)
    };
    let raw = span / count as f64;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .find(|step| span / step <= count as f64)
        .unwrap_or(10.0 * magnitude);
    let start = (min / step).floor() * step;
    let mut ticks = Vec::new();
    let mut tick = start;
    while tick <= max + step * 0.5 && ticks.len() < 50 {
        ticks.push(if tick.abs() < step * 1e-9 { 0.0 } else { tick });
        tick += step;
    }
    if ticks.last().is_some_and(|last| *last < max) {
        ticks.push(tick);
    }
    ticks
}

/// Formats a number for a chart label with `decimals` places and the language's decimal mark.
pub fn number(value: f64, decimals: u32, mark: char) -> String {
    let text = format!("{value:.prec$}", prec = decimals as usize);
    let text = if text.starts_with('-') && text.trim_start_matches(['-', '0', '.']).is_empty() {
        text.trim_start_matches('-').to_owned()
    } else {
        text
    };
    if mark == '.' {
        text
    } else {
        text.replace('.', &mark.to_string())
    }
}

/// The opening of an accessible SVG: `role="img"` named by its title and described by `desc`.
pub fn open(out: &mut String, id: &str, width: u32, height: u32, title: &str, desc: &str) {
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure-svg\" viewBox=\"0 0 {width} {height}\" \
         width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" \
         font-family=\"Fira Sans, sans-serif\" font-size=\"13\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(title),
        escape(desc)
    );
}

/// A marker shape for series `index`: circle, square, triangle, diamond …
pub fn marker(out: &mut String, index: usize, x: f64, y: f64, colour: &str, extra: &str) {
    let (x, y) = (coord(x), coord(y));
    let _ = match index % 4 {
        0 => write!(
            out,
            "<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" fill=\"{colour}\"{extra}/>"
        ),
        1 => write!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"8\" height=\"8\" fill=\"{colour}\" transform=\"translate(-4 -4)\"{extra}/>",
            x, y
        ),
        2 => write!(
            out,
            "<path d=\"M{x} {y}m0 -5l4.5 8h-9z\" fill=\"{colour}\"{extra}/>"
        ),
        _ => write!(
            out,
            "<path d=\"M{x} {y}m0 -5l5 5l-5 5l-5 -5z\" fill=\"{colour}\"{extra}/>"
        ),
    };
}

/// Dash pattern for series `index` (solid, dashed, dotted …).
pub fn dash(index: usize) -> &'static str {
    match index % 4 {
        0 => "",
        1 => " stroke-dasharray=\"7 4\"",
        2 => " stroke-dasharray=\"2 3\"",
        _ => " stroke-dasharray=\"9 3 2 3\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round() {
        assert_eq!(
            nice_ticks(0.0, 44.0, 5),
            vec![0.0, 10.0, 20.0, 30.0, 40.0, 50.0]
        );
        assert_eq!(nice_ticks(2.0, 3.1, 5), vec![2.0, 2.5, 3.0, 3.5]);
        assert_eq!(nice_ticks(-26.0, 0.0, 4), vec![-30.0, -20.0, -10.0, 0.0]);
    }

    #[test]
    fn numbers_and_escaping() {
        assert_eq!(number(44.26, 1, ','), "44,3");
        assert_eq!(number(-0.01, 1, ','), "0,0");
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
        assert_eq!(coord(12.345), "12.3");
        assert_eq!(coord(12.0), "12");
    }
}

#[cfg(test)]
mod snapshot_tests;
