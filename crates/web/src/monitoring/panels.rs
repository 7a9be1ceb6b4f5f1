//! Monitoring beside the concept: the indicators of an action field (trend line and direction
//! of the latest change) and the start page's panel of the largest gaps.

use askama::Template;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::monitoring::Breakdown;
use teilhabe_domain::monitoring::judgement::{self, disadvantage};

use super::items::{IndicatorItem, item, of_indicator};
use super::{code_label, decimal_mark, format_decimal, series_of, value_text, with_unit};
use crate::frame::i18n::Translator;
use crate::frame::state::AppState;
use teilhabe_domain::translation::keys;

use crate::frame::{Content, Localized, Panel, PanelFuture, PanelPlace, PanelRequest};

/// The monitoring's panel on the start page (the largest gaps) and on a field page (the field's
/// indicators), offered to the concept's pages through the frame.
pub(super) fn panel<'a>(state: &'a AppState, request: &'a PanelRequest<'a>) -> PanelFuture<'a> {
    Box::pin(async move {
        let t = request.t;
        let concept = request.concept;
        let html = match request.place {
            PanelPlace::Start => StartPanelView {
                t: *t,
                panel: start_panel(state, t, request.content, concept, 5).await?,
            }
            .render(),
            PanelPlace::Field(slug) => FieldPanelView {
                t: *t,
                panel: field_panel(state, t, request.content, concept, slug).await?,
            }
            .render(),
        };
        let html = html
            .map_err(|error| tracing::error!(%error, "the monitoring panel failed"))
            .ok()?;
        // Changes with every import, so the page's validator does too.
        let version = crate::monitoring::snapshot::data_version(state, &concept.city.slug)
            .await
            .unwrap_or_default();
        Some(Panel { html, version })
    })
}

#[derive(Template)]
#[template(path = "monitoring/start-panel.html")]
struct StartPanelView<'a> {
    t: Translator<'a>,
    panel: StartPanel,
}

#[derive(Template)]
#[template(path = "monitoring/field-panel.html")]
struct FieldPanelView<'a> {
    t: Translator<'a>,
    panel: FieldPanel,
}

/// The indicators of one field, for its page.
pub struct FieldPanel {
    pub indicators: Vec<IndicatorItem>,
    pub demo: bool,
}

/// One of the largest gaps, for the start page.
pub struct GapItem {
    pub id: String,
    pub title: Localized,
    pub text: String,
    pub demo: bool,
}

pub struct StartPanel {
    pub gaps: Vec<GapItem>,
    pub demo: bool,
}

/// The field page's list; None when the city has no catalogue (or the store fails: the field
/// page still shows the concept).
pub async fn field_panel(
    state: &AppState,
    t: &Translator<'_>,
    c: &Content,
    concept: &Concept,
    slug: &str,
) -> Option<FieldPanel> {
    let city = &concept.city.slug;
    let data = match super::snapshot::monitoring(state, city).await {
        Ok(data) => data,
        Err(error) => {
            tracing::error!(%error, "cannot read the monitoring for a field page");
            return None;
        }
    };
    let (catalogue, observations) = (data.catalogue.as_ref()?, &data.observations);
    let indicators: Vec<IndicatorItem> = catalogue
        .indicators
        .iter()
        .filter(|i| i.fields.iter().any(|f| f == slug))
        .map(|i| item(t, c, i, &of_indicator(observations, &i.id), city))
        .collect();
    let demo = indicators.iter().any(|i| i.demo);
    Some(FieldPanel { indicators, demo })
}

/// The largest gaps across all fields: for each indicator with groups, the latest year where
/// both the group's and the reference's figure exist, ranked by the group's disadvantage
/// relative to the reference value.
pub async fn start_panel(
    state: &AppState,
    t: &Translator<'_>,
    c: &Content,
    concept: &Concept,
    count: usize,
) -> Option<StartPanel> {
    let city = &concept.city.slug;
    let data = match super::snapshot::monitoring(state, city).await {
        Ok(data) => data,
        Err(error) => {
            tracing::error!(%error, "cannot read the monitoring for the start page");
            return None;
        }
    };
    let (catalogue, observations) = (data.catalogue.as_ref()?, &data.observations);
    let mark = decimal_mark(t);
    let mut ranked: Vec<(f64, GapItem)> = Vec::new();
    for indicator in &catalogue.indicators {
        if !indicator.has_breakdown(Breakdown::Origin) {
            continue;
        }
        let (Some(group_code), Some(reference_code)) =
            (indicator.group_code(), indicator.reference_code())
        else {
            continue;
        };
        let own = of_indicator(observations, &indicator.id);
        let group = series_of(&own, Breakdown::Origin, group_code);
        let reference = series_of(&own, Breakdown::Origin, reference_code);
        let latest = group.iter().rev().find_map(|g| {
            let r = reference.iter().find(|r| r.at.year == g.at.year)?;
            Some((*g, *r)).filter(|(g, r)| g.shown_value().is_some() && r.shown_value().is_some())
        });
        let Some((g, r)) = latest else {
            continue;
        };
        let (Some(gp), Some(rp)) = (
            judgement::point(g.at.year, g.shown_value(), g.lower, g.upper, false),
            judgement::point(r.at.year, r.shown_value(), r.lower, r.upper, false),
        ) else {
            continue;
        };
        let gap = judgement::gap(&gp, &rp);
        let Some(score) = disadvantage(&gap, indicator.polarity) else {
            continue;
        };
        if score <= 0.0 {
            continue;
        }
        let difference = g
            .shown_value()
            .zip(r.shown_value())
            .map(|(a, b)| format_decimal(a.minus(b), indicator.decimals, mark))
            .unwrap_or_default();
        let text = t.msg_with2(
            "start-gap-text",
            (
                "values",
                format!(
                    "{} {} · {} {}",
                    code_label(t, Breakdown::Origin, group_code, city),
                    with_unit(t, &value_text(t, g, indicator.decimals), indicator.unit),
                    code_label(t, Breakdown::Origin, reference_code, city),
                    with_unit(t, &value_text(t, r, indicator.decimals), indicator.unit),
                ),
            ),
            (
                "gap",
                format!(
                    "{} {} ({})",
                    difference,
                    t.msg(&format!("gap-unit-{}", indicator.unit.as_str())),
                    g.at.year
                ),
            ),
        );
        ranked.push((
            score,
            GapItem {
                id: indicator.id.clone(),
                title: c.text(&keys::indicator_title(&indicator.id), &indicator.title),
                text,
                demo: own.iter().any(|o| o.is_demo),
            },
        ));
    }
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let gaps: Vec<GapItem> = ranked
        .into_iter()
        .take(count)
        .map(|(_, item)| item)
        .collect();
    let demo = gaps.iter().any(|g| g.demo);
    Some(StartPanel { gaps, demo })
}
