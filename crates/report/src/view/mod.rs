//! What the template prints, prepared in the reader's language: every text translated, every
//! number formatted with the language's decimal mark, every chart drawn as SVG by the builders
//! the web uses. The template only lays it out; it reads this as `data.json` and `labels.json`
//! and the charts as `charts/<n>.svg`, so no text of the data is ever parsed as typst markup.
//!
//! Figures are read through `Observation::shown_value()` (and the domain's `report::shown`
//! has already taken value, interval and base off withheld figures): a suppressed cell prints
//! its status and sign, never a number.

mod builder;
mod labels;
mod model;
mod summary;

use std::sync::OnceLock;

use teilhabe_charts::figures;
use teilhabe_domain::report::{IndicatorSheet, ReportData};
use teilhabe_i18n::Locales;

use crate::{Options, RenderError};
use builder::Builder;
use model::*;

/// The virtual files of one document and its stable identifier.
pub(crate) struct Prepared {
    pub files: Vec<(String, Vec<u8>)>,
    pub ident: String,
}

fn locales() -> Result<&'static Locales, RenderError> {
    static LOCALES: OnceLock<Result<Locales, String>> = OnceLock::new();
    LOCALES
        .get_or_init(|| Locales::embedded().map_err(|error| error.to_string()))
        .as_ref()
        .map_err(|error| RenderError::Translations(error.clone()))
}

fn portal(options: &Options) -> Option<String> {
    let url = options.portal_url.trim().trim_end_matches('/');
    (!url.is_empty()).then(|| url.to_owned())
}

/// The files of the full report.
pub(crate) fn report(data: &ReportData, options: &Options) -> Result<Prepared, RenderError> {
    let locales = locales()?;
    let t = locales.translator(&options.language);
    let mut builder = Builder {
        t,
        city: data.city.slug.clone(),
        portal: portal(options),
        charts: Vec::new(),
    };
    let demo_all = options.demo;
    let indicators: Vec<SheetView> = data
        .indicators
        .iter()
        .map(|sheet| builder.sheet(sheet, demo_all))
        .collect();
    let summary = summary::summary(&builder, data);
    let concept = data
        .concept
        .sections
        .iter()
        .map(|section| SectionView {
            heading: builder.text(&section.heading),
            intro: section.intro.as_ref().map(|i| builder.text(i)),
            items: section
                .items
                .iter()
                .map(|s| builder.text(&s.text))
                .collect(),
        })
        .collect();
    let fields = data
        .fields
        .iter()
        .map(|field| FieldView {
            slug: field.slug.clone(),
            title: builder.text(&field.title),
            intro: field.intro.as_ref().map(|i| builder.text(i)),
            link: builder.link(&format!("/handlungsfelder/{}", field.slug)),
            recommendations_heading: t.msg(match field.recommendation_kind {
                teilhabe_domain::concept::RecommendationKind::Recommendation => {
                    "field-recommendations"
                }
                teilhabe_domain::concept::RecommendationKind::Area => "field-areas",
            }),
            progress: field
                .progress
                .map(|p| t.msg_with("report-field-progress", "progress", p.round() as i64)),
            recommendations: field
                .recommendations
                .iter()
                .map(|r| RecommendationView {
                    id: r.id.clone(),
                    text: builder.text(&r.text),
                    measures: t.msg_with(
                        "report-recommendation-measures",
                        "count",
                        r.measures.len(),
                    ),
                })
                .collect(),
            measures: field
                .measures
                .iter()
                .map(|m| summary::measure_view(&builder, m, demo_all))
                .collect(),
            group: GroupView {
                members: field
                    .working_group
                    .members
                    .iter()
                    .map(|member| {
                        let name = match &member.person {
                            Some(person) => format!("{person} ({})", member.organisation),
                            None => member.organisation.clone(),
                        };
                        if member.is_chair {
                            format!("{name} – {}", t.msg("report-chair"))
                        } else {
                            name
                        }
                    })
                    .collect(),
                meetings: match &field.working_group.last_meeting {
                    Some(last) => t.msg_with2(
                        "report-meetings",
                        ("count", field.working_group.meetings_in_year),
                        ("last", builder.date(last)),
                    ),
                    None => t.msg_with2(
                        "report-meetings",
                        ("count", field.working_group.meetings_in_year),
                        ("last", "–"),
                    ),
                },
            },
            indicators: field
                .indicators
                .iter()
                .filter_map(|id| {
                    data.indicators
                        .iter()
                        .position(|sheet| &sheet.indicator.id == id)
                })
                .collect(),
        })
        .collect();
    let method = MethodView {
        concepts: data
            .method
            .population_concepts
            .iter()
            .map(|concept| ConceptNote {
                name: figures::concept_label(&t, *concept),
                text: t.msg(&format!("report-method-concept-{}", concept.code())),
            })
            .collect(),
        missing: t.msg_with(
            "report-method-missing",
            "count",
            data.method.missing_figures,
        ),
        sources: data
            .method
            .sources
            .iter()
            .map(|source| SourceView {
                title: builder.text(&source.title),
                source: builder.text(&source.source),
                rhythm: source.rhythm.as_ref().map(|r| builder.text(r)),
                imports: source
                    .imports
                    .iter()
                    .map(|import| Line {
                        text: t.msg_with2(
                            "report-method-import",
                            ("file", import.file_name.as_str()),
                            ("date", builder.date(&import.imported_at)),
                        ),
                        demo: import.demo || demo_all,
                    })
                    .collect(),
            })
            .collect(),
    };
    let document = Document {
        kind: "report",
        lang: t.locale().html_lang.clone(),
        title: builder.text(&data.title),
        subtitle: data.subtitle.as_ref().map(|s| builder.text(s)),
        city: data.city.name.clone(),
        year: Some(data.year),
        year_line: Some(t.msg_with("report-title-page-year", "year", i64::from(data.year))),
        created: builder.date(&data.created_at),
        data_date: data.data_date.as_deref().map(|d| builder.date(d)),
        portal: builder.portal.clone(),
        demo_all,
        contains_demo: data.demo || demo_all,
        summary: Some(summary),
        concept,
        fields,
        method: Some(method),
        indicators,
    };
    let ident = format!(
        "teilhabe-report/{}/{}/{}/{}",
        data.city.slug,
        data.year,
        t.code(),
        data.created_at
    );
    Ok(Prepared {
        files: builder.files(&document)?,
        ident,
    })
}

/// The files of one indicator's sheet.
pub(crate) fn sheet(sheet: &IndicatorSheet, options: &Options) -> Result<Prepared, RenderError> {
    let locales = locales()?;
    let t = locales.translator(&options.language);
    let mut builder = Builder {
        t,
        city: sheet.city.slug.clone(),
        portal: portal(options),
        charts: Vec::new(),
    };
    let view = builder.sheet(sheet, options.demo);
    let document = Document {
        kind: "sheet",
        lang: t.locale().html_lang.clone(),
        title: view.title.clone(),
        subtitle: Some(t.msg_with("report-sheet-subtitle", "city", sheet.city.name.as_str())),
        city: sheet.city.name.clone(),
        year: sheet.latest_year,
        year_line: None,
        created: builder.date(&sheet.created_at),
        data_date: sheet.data_date.as_deref().map(|d| builder.date(d)),
        portal: builder.portal.clone(),
        demo_all: options.demo,
        contains_demo: sheet.demo || options.demo,
        summary: None,
        concept: Vec::new(),
        fields: Vec::new(),
        method: None,
        indicators: vec![view],
    };
    let ident = format!(
        "teilhabe-sheet/{}/{}/{}/{}",
        sheet.city.slug,
        sheet.indicator.id,
        t.code(),
        sheet.created_at
    );
    Ok(Prepared {
        files: builder.files(&document)?,
        ident,
    })
}
