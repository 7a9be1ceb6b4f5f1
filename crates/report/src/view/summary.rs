//! The summary (what changed since the last report) and the measures' lines.

use teilhabe_charts::figures;
use teilhabe_domain::measure::Status;
use teilhabe_domain::monitoring::Breakdown;
use teilhabe_domain::report::{GapTrend, MeasureRef, MeasureReport, ReportData, Trend};

use super::builder::Builder;
use super::model::*;

pub(super) fn measure_view(
    builder: &Builder<'_>,
    m: &MeasureReport,
    demo_all: bool,
) -> MeasureView {
    let t = builder.t;
    let money = |money: teilhabe_domain::money::Money| {
        if t.code() == "de" {
            money.to_german()
        } else {
            money.to_english()
        }
    };
    let budget = match (m.budget_planned, m.budget_spent) {
        (Some(planned), Some(spent)) => t.msg_with2(
            "report-budget-planned-spent",
            ("planned", money(planned)),
            ("spent", money(spent)),
        ),
        (Some(planned), None) => t.msg_with("report-budget-planned", "planned", money(planned)),
        (None, Some(spent)) => t.msg_with("report-budget-spent", "spent", money(spent)),
        (None, None) => "–".into(),
    };
    let mut status = t.msg(&format!("status-{}", m.status.as_str()));
    if let (Status::Stopped, Some(reason)) = (m.status, &m.stop_reason) {
        status = format!("{status}: {reason}");
    }
    let date = |d: Option<jiff::civil::Date>| d.map(|d| builder.date(&d.to_string()));
    MeasureView {
        title: builder.text(&m.title),
        status,
        progress: format!("{} %", m.progress),
        budget,
        organisation: m.organisation.clone(),
        period: match (date(m.start), date(m.end)) {
            (Some(start), Some(end)) => format!("{start} – {end}"),
            (Some(start), None) => format!("{start} –"),
            (None, Some(end)) => format!("– {end}"),
            (None, None) => "–".into(),
        },
        demo: m.demo || demo_all,
    }
}

pub(super) fn summary(builder: &Builder<'_>, data: &ReportData) -> SummaryView {
    let t = builder.t;
    let mark = t.decimal_mark();
    let gap_line = |gap: &GapTrend| {
        let decimals = data
            .indicator(&gap.indicator)
            .map_or(1, |sheet| sheet.indicator.decimals);
        let value = |d| figures::format_decimal(d, decimals, mark);
        let trend = match gap.trend {
            Trend::Narrowed => "report-trend-narrowed",
            Trend::Widened => "report-trend-widened",
            Trend::Unchanged => "report-trend-unchanged",
            Trend::NotComparable => "report-trend-not-comparable",
            Trend::NoEarlierYear => "report-trend-no-earlier-year",
        };
        let city = &builder.city;
        Line {
            text: format!(
                "{}: {}",
                builder.text(&gap.title),
                t.msg_with2(
                    "report-gap-line",
                    (
                        "values",
                        format!(
                            "{} {}, {} {}",
                            figures::code_label(&t, Breakdown::Origin, &gap.group, city),
                            value(gap.group_value),
                            figures::code_label(&t, Breakdown::Origin, &gap.reference, city),
                            value(gap.reference_value)
                        ),
                    ),
                    (
                        "gap",
                        format!(
                            "{} ({}); {}",
                            figures::signed(value(gap.difference)),
                            gap.year,
                            t.msg(trend)
                        ),
                    ),
                )
            ),
            demo: gap.demo,
        }
    };
    let measure_line = |m: &MeasureRef| Line {
        text: match &m.date {
            Some(date) => format!(
                "{} ({})",
                builder.text(&m.title),
                builder.date(&date.to_string())
            ),
            None => builder.text(&m.title),
        },
        demo: m.demo,
    };
    SummaryView {
        gaps: data.summary.gaps.iter().map(gap_line).collect(),
        without_measure: data
            .summary
            .fields_without_measure
            .iter()
            .map(|field| FieldLines {
                title: builder.text(&field.title),
                lines: field
                    .recommendations
                    .iter()
                    .map(|r| format!("{} {}", r.id, builder.text(&r.text)))
                    .collect(),
            })
            .collect(),
        completed: data.summary.completed.iter().map(measure_line).collect(),
        stopped: data.summary.stopped.iter().map(measure_line).collect(),
    }
}
