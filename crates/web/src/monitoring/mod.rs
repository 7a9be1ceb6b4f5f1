//! Integration monitoring on the web: indicator pages with charts, tables and district maps, the
//! indicator list, the imports page, the panels on field and start pages, downloads and the
//! JSON API. Everything is read from the store per request; the SVG is written on the server.

pub mod api;
pub mod cache;
pub mod download;
pub mod drafts;
pub use teilhabe_app::monitoring::importing;
mod items;
pub mod pages;
pub mod panels;
pub(crate) mod snapshot;
pub mod upload;

use std::collections::BTreeMap;
use std::sync::OnceLock;

use teilhabe_domain::monitoring::judgement::{self, Point};
use teilhabe_domain::monitoring::{
    Breakdown, Decimal, IndicatorDef, ObsStatus, Observation, PopulationConcept, TOTAL, Unit,
};
use teilhabe_store::StoredObservation;

use axum::Router;
use axum::routing::{get, post};

use crate::frame::feature::ApiRoutes;
use crate::frame::i18n::Translator;
use crate::frame::{AppState, Feature, Nav, NavEntry};
use crate::svg::map::Geometry;

pub(crate) const NAV: Nav = Nav("monitoring");

pub(crate) const FEATURE: Feature = Feature {
    routes,
    api,
    nav: &[NavEntry {
        id: NAV,
        label: "nav-monitoring",
        href: "/indikatoren",
        order: 60,
        shown_to: NavEntry::everyone,
    }],
    panels: Some(panels::panel),
};

fn routes() -> Router<AppState> {
    Router::new()
        .route("/indikatoren", get(pages::indicators))
        .route("/indikatoren/{id}", get(pages::indicator))
        .route(
            "/indikatoren/{id}/download/{format}",
            get(download::download),
        )
        .route("/importe", get(pages::imports))
        .route(
            "/importe/tabelle",
            post(upload::upload_table_form).layer(upload_limit()),
        )
        .route(
            "/importe/wuerfel",
            post(upload::upload_cubes_form).layer(upload_limit()),
        )
        .route(
            "/importe/entwuerfe/{id}",
            get(drafts::draft).post(drafts::submit),
        )
        .route("/importe/zuordnungen", get(drafts::mappings))
        .route("/importe/zuordnungen/{file}", get(drafts::mapping_file))
}

fn api() -> ApiRoutes {
    vec![
        ("/api/v1/indicators", get(api::indicators)),
        ("/api/v1/indicators/{id}", get(api::indicator)),
        (
            "/api/v1/indicators/{id}/observations",
            get(api::observations),
        ),
        ("/api/v1/imports", get(api::imports)),
        (
            "/api/v1/imports/table",
            post(upload::api_table).layer(upload_limit()),
        ),
        (
            "/api/v1/imports/cubes",
            post(upload::api_cubes).layer(upload_limit()),
        ),
    ]
}

/// Uploads of figures may be larger than axum's default body limit of 2 MiB.
fn upload_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(upload::UPLOAD_LIMIT)
}

/// District geometry of `city`, built into the binary from `data/geo/<city>-districts.geojson`.
pub fn geometry(city: &str) -> Option<&'static Geometry> {
    static GEOMETRIES: OnceLock<BTreeMap<&'static str, Geometry>> = OnceLock::new();
    GEOMETRIES
        .get_or_init(|| {
            crate::embedded::GEO
                .iter()
                .filter_map(|(name, text)| match Geometry::from_geojson(text) {
                    Ok(geometry) => Some((*name, geometry)),
                    Err(error) => {
                        tracing::error!(file = name, %error, "district geometry cannot be read");
                        None
                    }
                })
                .collect()
        })
        .get(city)
}

/// The decimal mark of the page language.
pub fn decimal_mark(t: &Translator<'_>) -> char {
    t.msg("number-decimal-mark").chars().next().unwrap_or(',')
}

/// A value for display: exact decimal, rounded to the indicator's places, in the page's style.
pub fn format_decimal(value: Decimal, decimals: u32, mark: char) -> String {
    value.format(decimals, mark)
}

/// "44,3 %", "112 je 1.000 Einwohner", "25,9"
pub fn with_unit(t: &Translator<'_>, text: &str, unit: Unit) -> String {
    t.msg_with(&format!("unit-{}-value", unit.as_str()), "value", text)
}

/// The label of a code of a breakdown ("weiblich", "Ausländer/-innen", "Mitte", "3 bis 5 Jahre").
pub fn code_label(t: &Translator<'_>, breakdown: Breakdown, code: &str, city: &str) -> String {
    if code == TOTAL {
        return t.msg(match breakdown {
            Breakdown::District => "district-total",
            Breakdown::Sex => "sex-total",
            Breakdown::Origin => "origin-total",
            Breakdown::Age => "age-total",
        });
    }
    match breakdown {
        Breakdown::Sex => t.msg(&format!("sex-{code}")),
        Breakdown::Origin => {
            let id = format!("origin-{code}");
            let label = t.msg(&id);
            if label == id { code.to_owned() } else { label }
        }
        Breakdown::District => geometry(city)
            .and_then(|geometry| geometry.districts.iter().find(|d| d.code == code))
            .map(|district| district.name.clone())
            .unwrap_or_else(|| code.to_owned()),
        Breakdown::Age => match teilhabe_domain::monitoring::observation::age_range(code) {
            Some((0, Some(to))) => t.msg_with("age-under", "to", i64::from(to) + 1),
            Some((from, None)) => t.msg_with("age-from", "from", i64::from(from)),
            Some((from, Some(to))) if from == to => {
                t.msg_with("age-exactly", "from", i64::from(from))
            }
            Some((from, Some(to))) => t.msg_with2(
                "age-range",
                ("from", i64::from(from)),
                ("to", i64::from(to)),
            ),
            None => code.to_owned(),
        },
    }
}

/// What a cell shows: the value, or the status of a missing figure with its original sign.
pub fn value_text(t: &Translator<'_>, observation: &Observation, decimals: u32) -> String {
    match observation.shown_value() {
        Some(value) => format_decimal(value, decimals, decimal_mark(t)),
        None => missing_text(t, observation),
    }
}

/// "geheim (.)", "noch nicht verfügbar (...)"
pub fn missing_text(t: &Translator<'_>, observation: &Observation) -> String {
    let status = t.msg(&observation.status.message_id());
    match &observation.sign {
        Some(sign) => format!("{status} ({sign})"),
        None => status,
    }
}

/// The status to mention beside a value: none for normal figures.
pub fn shown_status(observation: &Observation) -> Option<ObsStatus> {
    (observation.status != ObsStatus::Normal).then_some(observation.status)
}

/// Figures at the whole-city, all-sexes, all-ages level with a given origin code, by year.
pub fn series_of<'a>(
    observations: &'a [StoredObservation],
    breakdown: Breakdown,
    code: &str,
) -> Vec<&'a Observation> {
    let mut series: Vec<&Observation> = observations
        .iter()
        .map(|stored| &stored.observation)
        .filter(|o| {
            Breakdown::ALL.into_iter().all(|b| {
                if b == breakdown {
                    o.at.get(b) == code
                } else {
                    o.at.get(b) == TOTAL
                }
            })
        })
        .collect();
    series.sort_by_key(|o| o.at.year);
    series
}

/// Points with a value, for the judgement rules.
pub fn points(series: &[&Observation]) -> Vec<Point> {
    series
        .iter()
        .filter_map(|o| {
            judgement::point(
                o.at.year,
                o.shown_value(),
                o.lower,
                o.upper,
                o.status == ObsStatus::Break,
            )
        })
        .collect()
}

/// The series the field list and start page show: the group (for indicators with groups), else
/// the whole population.
pub fn headline_code(indicator: &IndicatorDef) -> String {
    if indicator.has_breakdown(Breakdown::Origin)
        && indicator.concept != PopulationConcept::None
        && let Some(group) = indicator.group_code()
    {
        return group.to_owned();
    }
    TOTAL.to_owned()
}

/// Whether any figure of the indicator is demo data.
pub fn is_demo(observations: &[StoredObservation]) -> bool {
    observations.iter().any(|stored| stored.is_demo)
}

/// The translated name of a population concept.
pub fn concept_label(t: &Translator<'_>, concept: PopulationConcept) -> String {
    t.msg(&format!("concept-{}", concept.code()))
}
