//! A measure for reading: every field in the page's language, and its history as a timeline.

use teilhabe_domain::city::CitySettings;
use teilhabe_domain::concept::Concept;
use teilhabe_domain::measure::{Districts, Measure, Programme, Status};
use teilhabe_store::AuditRecord;

use super::links::{ProgressView, progress_view, status_class};
use super::programme_label;
use teilhabe_domain::translation::keys;

use crate::frame::i18n::Translator;
use crate::frame::{Content, Localized};

pub struct LinkView {
    pub href: String,
    pub label: Localized,
    /// The recommendation was retired from the concept: the link and its history stay.
    pub retired: bool,
}

pub struct Fact {
    pub label: String,
    pub value: String,
}

pub struct TimelineEntry {
    pub date: String,
    pub who: Option<String>,
    pub what: String,
    pub changes: Vec<Fact>,
}

pub struct MeasureView {
    pub id: i64,
    pub version: i64,
    pub title: Localized,
    pub description: Localized,
    pub status: String,
    pub status_class: &'static str,
    pub stop_reason: Option<String>,
    pub progress: ProgressView,
    pub demo: bool,
    pub published: bool,
    pub recommendations: Vec<LinkView>,
    pub facts: Vec<Fact>,
    pub evidence: Vec<(String, String)>,
    pub milestones: Vec<Fact>,
    pub timeline: Vec<TimelineEntry>,
}

pub fn measure_view(
    t: &Translator<'_>,
    c: &Content,
    concept: &Concept,
    settings: &CitySettings,
    measure: &Measure,
    history: &[AuditRecord],
    internal: bool,
) -> MeasureView {
    let lang = t.code();
    let content = &measure.content;
    let recommendations = content
        .recommendations
        .iter()
        .map(|id| {
            let found = concept.fields.iter().find_map(|f| {
                f.recommendations
                    .iter()
                    .find(|r| &r.id == id)
                    .map(|r| (f, r))
            });
            match found {
                Some((field, recommendation)) => LinkView {
                    href: format!("/handlungsfelder/{}#{}", field.slug, recommendation.id),
                    label: c.text(
                        &keys::recommendation(&recommendation.id),
                        &recommendation.text,
                    ),
                    retired: recommendation.is_retired(),
                },
                None => LinkView {
                    href: "#".into(),
                    label: Localized::plain(id.clone()),
                    retired: false,
                },
            }
        })
        .collect();
    let money = |amount: Option<teilhabe_domain::money::Money>| match amount {
        Some(amount) if lang == "de" => amount.to_german(),
        Some(amount) => amount.to_english(),
        None => t.msg("value-none"),
    };
    let date = |date: Option<jiff::civil::Date>| {
        date.map(|d| t.long_date(&d.to_string()))
            .unwrap_or_else(|| t.msg("value-none"))
    };
    let mut facts = vec![
        Fact {
            label: t.msg("col-programme"),
            value: programme_label(t, settings, content.programme),
        },
        Fact {
            label: t.msg("col-working_group"),
            value: concept
                .field(&content.working_group)
                .map(|f| f.title.get(lang).to_owned())
                .unwrap_or_else(|| content.working_group.clone()),
        },
        Fact {
            label: t.msg("col-organisation"),
            value: or_none(t, &content.organisation),
        },
        Fact {
            label: t.msg("col-contact"),
            value: or_none(t, &content.contact),
        },
        Fact {
            label: t.msg("col-start_date"),
            value: date(content.start),
        },
        Fact {
            label: t.msg("col-end_date"),
            value: date(content.end),
        },
        Fact {
            label: t.msg("col-budget_planned"),
            value: money(content.budget_planned),
        },
        Fact {
            label: t.msg("col-budget_spent"),
            value: money(content.budget_spent),
        },
        Fact {
            label: t.msg("col-target_groups"),
            value: or_none(
                t,
                &content
                    .target_groups
                    .iter()
                    .map(|g| {
                        settings
                            .target_group(g)
                            .map(|g| g.label.get(lang).to_owned())
                            .unwrap_or_else(|| g.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        },
        Fact {
            label: t.msg("col-districts"),
            value: match &content.districts {
                Districts::All => t.msg("districts-all"),
                Districts::Some(codes) => codes
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
        },
        Fact {
            label: t.msg("col-gender_aspect"),
            value: if content.gender_aspect {
                content.gender_aspect_note.clone()
            } else {
                t.msg("value-no")
            },
        },
    ];
    facts.retain(|fact| !fact.value.is_empty());
    let progress = progress_view(
        t,
        &std::collections::BTreeMap::new(),
        content.status.counts_for_progress().then_some((
            f64::from(content.progress),
            teilhabe_domain::measure::Weighting::Equal,
        )),
        None,
    );
    MeasureView {
        id: measure.id,
        version: measure.version,
        title: c.text(&keys::measure_title(measure.id), &content.title),
        description: c.text(&keys::measure_description(measure.id), &content.description),
        status: t.msg(&format!("status-{}", content.status.as_str())),
        status_class: status_class(content.status),
        stop_reason: content.stop_reason.clone(),
        progress: ProgressView {
            label: t.msg_with("measure-progress", "percent", usize::from(content.progress)),
            ..progress
        },
        demo: measure.demo,
        published: content.published,
        recommendations,
        facts,
        evidence: content
            .evidence
            .iter()
            .map(|l| (l.label.clone(), l.url.clone()))
            .collect(),
        milestones: content
            .milestones
            .iter()
            .map(|m| Fact {
                label: t.long_date(&m.date.to_string()),
                value: m.text.clone(),
            })
            .collect(),
        timeline: timeline(t, concept, settings, history, internal),
    }
}

fn or_none(t: &Translator<'_>, value: &str) -> String {
    if value.trim().is_empty() {
        t.msg("value-none")
    } else {
        value.to_owned()
    }
}

/// Audit entries grouped into events (same time, actor and action), newest first. Who made a
/// change is shown to signed-in visitors only.
/// A stored cell as a reader would write it: status and programme names, target group labels,
/// district names, yes and no — the audit log keeps the file form.
fn readable(
    t: &Translator<'_>,
    concept: &Concept,
    settings: &CitySettings,
    column: &str,
    raw: &str,
) -> String {
    let list = |items: &mut dyn Iterator<Item = String>| items.collect::<Vec<_>>().join(", ");
    let lang = t.code();
    match column {
        "status" => Status::parse(raw)
            .map(|s| t.msg(&format!("status-{}", s.as_str())))
            .unwrap_or_else(|| raw.to_owned()),
        "programme" => Programme::parse(raw)
            .map(|p| programme_label(t, settings, p))
            .unwrap_or_else(|| raw.to_owned()),
        "gender_aspect" | "published" => t.msg(if raw == "yes" {
            "value-yes"
        } else {
            "value-no"
        }),
        "working_group" => concept
            .field(raw)
            .map(|f| f.title.get(lang).to_owned())
            .unwrap_or_else(|| raw.to_owned()),
        "target_groups" => list(&mut raw.split("; ").filter(|g| !g.is_empty()).map(|g| {
            settings
                .target_group(g)
                .map(|g| g.label.get(lang).to_owned())
                .unwrap_or_else(|| g.to_owned())
        })),
        "districts" if raw == "all" => t.msg("districts-all"),
        "districts" => list(&mut raw.split("; ").map(|c| {
            settings
                .district(c)
                .map(|d| d.name.clone())
                .unwrap_or_else(|| c.to_owned())
        })),
        _ => raw.to_owned(),
    }
}

fn timeline(
    t: &Translator<'_>,
    concept: &Concept,
    settings: &CitySettings,
    history: &[AuditRecord],
    internal: bool,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = Vec::new();
    let mut last_key: Option<(String, String, String)> = None;
    for record in history {
        let key = (
            record.at.clone(),
            record.entry.actor.clone(),
            record.entry.action.clone(),
        );
        let change = record.entry.field.as_ref().map(|field| {
            let shorten = |value: &Option<String>| {
                let value = readable(
                    t,
                    concept,
                    settings,
                    field,
                    value.as_deref().unwrap_or_default(),
                );
                let value = value.replace('\n', "; ");
                if value.chars().count() > 140 {
                    format!("{}…", value.chars().take(140).collect::<String>())
                } else {
                    value
                }
            };
            let value = match (&record.entry.old_value, &record.entry.new_value) {
                (None, _) => shorten(&record.entry.new_value),
                (_, _) => format!(
                    "{} → {}",
                    shorten(&record.entry.old_value),
                    shorten(&record.entry.new_value)
                ),
            };
            Fact {
                label: t.msg(&format!("col-{field}")),
                value,
            }
        });
        if last_key.as_ref() != Some(&key) {
            let what = match record.entry.action.as_str() {
                "measure.create" => t.msg("timeline-created"),
                "measure.delete" => t.msg("timeline-deleted"),
                _ => t.msg("timeline-changed"),
            };
            entries.push(TimelineEntry {
                date: t.long_date(&record.at),
                who: internal.then(|| record.entry.actor.clone()),
                what,
                changes: Vec::new(),
            });
            last_key = Some(key);
        }
        // A creation lists no fields: everything the page shows was set then.
        if record.entry.action == "measure.create" {
            continue;
        }
        if let (Some(entry), Some(change)) = (entries.last_mut(), change) {
            entry.changes.push(change);
        }
    }
    // Entries come newest first; within one event, show the fields in form order.
    for entry in &mut entries {
        entry.changes.reverse();
    }
    entries
}

/// A measure's page.
#[derive(askama::Template)]
#[template(path = "measures/detail.html")]
pub struct DetailPage<'a> {
    layout: crate::frame::Layout<'a>,
    measure: MeasureView,
    may_edit: bool,
    csrf: String,
}

pub fn detail_page<'a>(
    page: &'a crate::frame::Page,
    c: Content,
    stored: &teilhabe_store::StoredConcept,
    settings: &CitySettings,
    detail: &teilhabe_app::measures::MeasureDetail,
) -> DetailPage<'a> {
    let t = page.t();
    let view = measure_view(
        &t,
        &c,
        &stored.concept,
        settings,
        &detail.measure,
        &detail.history,
        detail.internal,
    );
    DetailPage {
        layout: {
            let mut layout = page.layout(Some(stored), super::NAV, view.title.text.clone());
            layout.content = c;
            layout
        },
        may_edit: detail.may_edit,
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        measure: view,
    }
}
