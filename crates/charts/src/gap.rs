//! The gap chart: per year, the group's value minus the reference group's, as a bar from zero,
//! with the interval as a whisker where both values have one. Years where either value is
//! missing get no bar and say so.

use std::fmt::Write as _;

use super::{coord, escape, nice_ticks, number, open};

#[derive(Debug, Clone, PartialEq)]
pub struct GapBar {
    pub year: i32,
    /// None when the group's or the reference's figure is missing.
    pub gap: Option<f64>,
    pub interval: Option<(f64, f64)>,
    /// The gap as shown ("−26,0") or why it is missing.
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GapChart {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub unit: String,
    pub mark: char,
    /// Bars to the unfavourable side are drawn in the second colour.
    pub higher_is_worse: Option<bool>,
    pub bars: Vec<GapBar>,
}

const WIDTH: u32 = 720;
const HEIGHT: u32 = 260;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 20.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 36.0;

impl GapChart {
    pub fn render(&self) -> String {
        let mut out = String::new();
        open(&mut out, &self.id, WIDTH, HEIGHT, &self.title, &self.desc);
        let values: Vec<f64> = self
            .bars
            .iter()
            .flat_map(|bar| {
                let mut v: Vec<f64> = bar.gap.into_iter().collect();
                if let Some((low, high)) = bar.interval {
                    v.push(low);
                    v.push(high);
                }
                v
            })
            .collect();
        let low = values.iter().copied().fold(0.0, f64::min);
        let high = values.iter().copied().fold(0.0, f64::max);
        let ticks = nice_ticks(low, high, 4);
        let y_min = ticks.first().copied().unwrap_or(0.0).min(0.0);
        let y_max = ticks.last().copied().unwrap_or(1.0).max(y_min + 1.0);
        let plot_w = f64::from(WIDTH) - LEFT - RIGHT;
        let plot_h = f64::from(HEIGHT) - TOP - BOTTOM;
        let y = |value: f64| TOP + plot_h * (1.0 - (value - y_min) / (y_max - y_min));
        let slot = plot_w / self.bars.len().max(1) as f64;
        let bar_w = (slot * 0.55).min(40.0);
        out.push_str("<g class=\"chart-axes\" fill=\"#333\">");
        for tick in &ticks {
            let ty = coord(y(*tick));
            let _ = write!(
                out,
                "<line x1=\"{}\" x2=\"{}\" y1=\"{ty}\" y2=\"{ty}\" stroke=\"{}\"/>\
                 <text x=\"{}\" y=\"{ty}\" dy=\"4\" text-anchor=\"end\">{}</text>",
                coord(LEFT),
                coord(LEFT + plot_w),
                if *tick == 0.0 { "#333" } else { "#d0d0d0" },
                coord(LEFT - 6.0),
                escape(&number(*tick, 0, self.mark))
            );
        }
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text></g>",
            coord(LEFT),
            coord(TOP - 8.0),
            escape(&self.unit)
        );
        for (index, bar) in self.bars.iter().enumerate() {
            let cx = LEFT + slot * (index as f64 + 0.5);
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
                coord(cx),
                coord(TOP + plot_h + 18.0),
                bar.year
            );
            match bar.gap {
                Some(gap) => {
                    let unfavourable = match self.higher_is_worse {
                        Some(true) => gap > 0.0,
                        Some(false) => gap < 0.0,
                        None => false,
                    };
                    let colour = if unfavourable { "#D55E00" } else { "#0072B2" };
                    let (top, bottom) = if gap >= 0.0 {
                        (y(gap), y(0.0))
                    } else {
                        (y(0.0), y(gap))
                    };
                    let _ = write!(
                        out,
                        "<rect class=\"gap-bar\" data-year=\"{}\" data-gap=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{colour}\"/>",
                        bar.year,
                        escape(&bar.label),
                        coord(cx - bar_w / 2.0),
                        coord(top),
                        coord(bar_w),
                        coord((bottom - top).max(1.0))
                    );
                    if let Some((low, high)) = bar.interval {
                        let _ = write!(
                            out,
                            "<path d=\"M{x} {lo}V{hi}M{a} {lo}H{b}M{a} {hi}H{b}\" stroke=\"#111\" stroke-width=\"1.5\"/>",
                            x = coord(cx),
                            lo = coord(y(low)),
                            hi = coord(y(high)),
                            a = coord(cx - 5.0),
                            b = coord(cx + 5.0)
                        );
                    }
                    let label_y = if gap >= 0.0 { top - 5.0 } else { bottom + 13.0 };
                    let _ = write!(
                        out,
                        "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111\">{}</text>",
                        coord(cx + if bar.interval.is_some() { 14.0 } else { 0.0 }),
                        coord(label_y),
                        escape(&bar.label)
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<text class=\"gap-missing\" data-year=\"{}\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#111\">{}</text>",
                        bar.year,
                        coord(cx),
                        coord(y(0.0) - 5.0),
                        escape(&bar.label)
                    );
                }
            }
        }
        out.push_str("</svg>");
        out
    }
}
