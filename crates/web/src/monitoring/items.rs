//! The indicators as items of a list (title, trend line, latest value, direction of the latest
//! change), shared by the indicator list and the field pages' panels.

use teilhabe_domain::concept::Concept;
use teilhabe_domain::monitoring::judgement;
use teilhabe_domain::monitoring::{Breakdown, Decimal, IndicatorDef, Observation, TOTAL};
use teilhabe_store::StoredObservation;

use super::{code_label, headline_code, points, series_of, value_text, with_unit};
use teilhabe_domain::translation::keys;

use crate::frame::i18n::Translator;
use crate::frame::{Content, Localized};
use crate::svg::sparkline::sparkline;

pub struct IndicatorItem {
    pub id: String,
    pub title: Localized,
    pub code: Option<String>,
    pub sparkline: String,
    pub latest: Option<String>,
    pub direction: String,
    pub direction_class: &'static str,
    pub demo: bool,
}

pub struct FieldGroup {
    pub slug: String,
    pub title: Localized,
    pub indicators: Vec<IndicatorItem>,
}

pub(super) fn item(
    t: &Translator<'_>,
    c: &Content,
    indicator: &IndicatorDef,
    observations: &[StoredObservation],
    city: &str,
) -> IndicatorItem {
    let code = headline_code(indicator);
    let series = series_of(observations, Breakdown::Origin, &code);
    let (direction, direction_class) = direction(t, indicator, &series);
    let latest = series
        .iter()
        .rev()
        .find(|o| o.shown_value().is_some())
        .map(|o| {
            let value = with_unit(t, &value_text(t, o, indicator.decimals), indicator.unit);
            let group = if code == TOTAL {
                String::new()
            } else {
                format!("{}, ", code_label(t, Breakdown::Origin, &code, city))
            };
            format!("{group}{}: {value}", o.at.year)
        });
    IndicatorItem {
        id: indicator.id.clone(),
        title: c.text(&keys::indicator_title(&indicator.id), &indicator.title),
        code: indicator.code.clone(),
        sparkline: trend_sparkline(&series),
        latest,
        direction,
        direction_class,
        demo: observations.iter().any(|o| o.is_demo),
    }
}

pub(super) fn of_indicator(observations: &[StoredObservation], id: &str) -> Vec<StoredObservation> {
    observations
        .iter()
        .filter(|o| o.observation.indicator == id)
        .cloned()
        .collect()
}

/// All indicators grouped by the action fields they inform (an indicator may appear in several).
pub fn field_groups(
    t: &Translator<'_>,
    c: &Content,
    concept: &Concept,
    indicators: &[IndicatorDef],
    observations: &[StoredObservation],
) -> Vec<FieldGroup> {
    concept
        .fields
        .iter()
        .map(|field| FieldGroup {
            slug: field.slug.clone(),
            title: c.text(&keys::field_title(&field.slug), &field.title),
            indicators: indicators
                .iter()
                .filter(|i| i.fields.contains(&field.slug))
                .map(|i| {
                    item(
                        t,
                        c,
                        i,
                        &of_indicator(observations, &i.id),
                        &concept.city.slug,
                    )
                })
                .collect(),
        })
        .filter(|group| !group.indicators.is_empty())
        .collect()
}

/// The small trend line of an indicator's headline series.
pub fn trend_sparkline(series: &[&Observation]) -> String {
    let points: Vec<(i32, Option<f64>)> = series
        .iter()
        .map(|o| (o.at.year, o.shown_value().map(Decimal::to_f64)))
        .collect();
    sparkline(&points, "#0072B2")
}

/// Latest change of the headline series, as text and a CSS class.
pub fn direction(
    t: &Translator<'_>,
    indicator: &IndicatorDef,
    series: &[&Observation],
) -> (String, &'static str) {
    use teilhabe_domain::monitoring::judgement::Direction;
    let direction = judgement::latest_change(
        &points(series),
        indicator.polarity,
        judgement::precision(indicator.decimals),
    );
    let class = match direction {
        Direction::Better => "trend--better",
        Direction::Worse => "trend--worse",
        _ => "trend--neutral",
    };
    (t.msg(&format!("direction-{}", direction.as_str())), class)
}
