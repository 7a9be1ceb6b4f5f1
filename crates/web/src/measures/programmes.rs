//! The two programmes side by side — the integration concept and the city's refugee programme —
//! with the measures that may do the same work twice.

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::measure::{Measure, Programme, find_overlaps};
use teilhabe_store::StoredConcept;

use super::links::{MeasureLink, measure_link, visible_measures};
use super::{programme_label, rules};
use crate::frame::{Content, Layout, Page, PageError};

#[derive(Template)]
#[template(path = "measures/programmes.html")]
struct ProgrammesPage<'a> {
    layout: Layout<'a>,
    concept_label: String,
    refugee_label: String,
    concept_side: Vec<MeasureLink>,
    refugee_side: Vec<MeasureLink>,
    overlaps: Vec<OverlapView>,
}

struct OverlapView {
    concept: MeasureLink,
    refugee: MeasureLink,
    recommendations: Vec<String>,
    target_groups: Vec<String>,
    districts: String,
}

pub async fn programmes(page: Page) -> Result<Response, PageError> {
    let (stored, settings) = rules(&page).await?;
    let measures = visible_measures(&page, &stored.concept.city.slug).await?;
    let content = page.content().await?;
    let translations = content.version().to_owned();
    let view = programmes_page(&page, content, &stored, &settings, &measures);
    let version = super::links::measures_version(&measures);
    Ok(page.respond(
        &[&stored.content_hash, &version, "programmes", &translations],
        StatusCode::OK,
        &view,
    ))
}

fn programmes_page<'a>(
    page: &'a Page,
    c: Content,
    stored: &StoredConcept,
    settings: &CitySettings,
    measures: &[Measure],
) -> ProgrammesPage<'a> {
    let t = page.t();
    let lang = t.code();
    let codes: Vec<String> = settings.districts.iter().map(|d| d.code.clone()).collect();
    let by_id = |id: i64| measures.iter().find(|m| m.id == id);
    let overlaps = find_overlaps(measures, &codes)
        .into_iter()
        .filter_map(|overlap| {
            Some(OverlapView {
                concept: measure_link(&t, &c, by_id(overlap.concept_measure)?),
                refugee: measure_link(&t, &c, by_id(overlap.refugee_measure)?),
                recommendations: overlap.recommendations.clone(),
                target_groups: overlap
                    .target_groups
                    .iter()
                    .map(|g| {
                        settings
                            .target_group(g)
                            .map(|g| g.label.get(lang).to_owned())
                            .unwrap_or_else(|| g.clone())
                    })
                    .collect(),
                districts: match &overlap.districts {
                    None => t.msg("districts-all"),
                    Some(codes) => codes
                        .iter()
                        .map(|c| {
                            settings
                                .district(c)
                                .map(|d| d.name.clone())
                                .unwrap_or_else(|| c.clone())
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                },
            })
        })
        .collect();
    let side = |included: fn(Programme) -> bool| -> Vec<MeasureLink> {
        measures
            .iter()
            .filter(|m| included(m.content.programme))
            .map(|m| measure_link(&t, &c, m))
            .collect()
    };
    ProgrammesPage {
        layout: {
            let mut layout =
                page.layout(Some(stored), super::PROGRAMMES, t.msg("programmes-title"));
            layout.content = c.clone();
            layout
        },
        concept_label: programme_label(&t, settings, Programme::Concept),
        refugee_label: programme_label(&t, settings, Programme::RefugeeProgramme),
        concept_side: side(Programme::includes_concept),
        refugee_side: side(Programme::includes_refugee_programme),
        overlaps,
    }
}
