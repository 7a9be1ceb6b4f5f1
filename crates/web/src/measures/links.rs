//! A measure as a link in a list (status, progress) and the progress of a group of measures —
//! shown by the measure pages and by the concept's field pages.

use std::collections::BTreeMap;

use teilhabe_domain::measure::{Measure, Status};
use teilhabe_store::measures::MeasureFilter;

use crate::frame::i18n::Translator;
use teilhabe_domain::translation::keys;

use crate::frame::{Content, Localized, OrPage, Page, PageError};

/// Measures by status and the weighted progress, as text and as a bar.
pub struct ProgressView {
    /// "3 laufend, 1 geplant" — empty when there are no measures.
    pub statuses: String,
    /// Whole percent, for the bar.
    pub percent: Option<u8>,
    /// "Fortschritt 57 % (gewichtet nach Budget)".
    pub label: String,
    /// "1 von 3 Handlungsempfehlungen ohne Maßnahme".
    pub gaps: Option<String>,
}

pub struct MeasureLink {
    pub id: i64,
    pub title: Localized,
    pub status: String,
    pub status_class: &'static str,
    pub progress: u8,
    pub demo: bool,
    pub published: bool,
    /// The working group the measure belongs to (on a field page, measures of other groups are
    /// cross-field links).
    pub working_group: String,
    pub version: i64,
}

/// The measures this visitor may see: all for accounts, the published ones for the public.
///
/// While the content is pinned (the static export, always as the public), the list is read once:
/// every field page, the start page and the programmes read all measures, which was a tenth of a
/// large city's export.
pub async fn visible_measures(page: &Page, city: &str) -> Result<Vec<Measure>, PageError> {
    let read = teilhabe_app::measures::list_visible(
        page.state.store(),
        &page.viewer.visitor,
        city,
        MeasureFilter::default(),
    );
    // Accounts see other measures than the public: only the public's list is kept.
    let measures = if page.viewer.visitor.is_signed_in() {
        read.await
    } else {
        page.state
            .read_once_pinned("public-measures", city, read)
            .await
    };
    measures.or_page(page)
}

/// A cache validator part that changes whenever any visible measure changes.
pub fn measures_version(measures: &[Measure]) -> String {
    let stamp = measures
        .iter()
        .map(|m| m.updated_at.as_str())
        .max()
        .unwrap_or("");
    format!(
        "{}:{stamp}:{}",
        measures.len(),
        measures.iter().map(|m| m.id + m.version).sum::<i64>()
    )
}

pub fn progress_view(
    t: &Translator<'_>,
    by_status: &BTreeMap<Status, usize>,
    progress: Option<(f64, teilhabe_domain::measure::Weighting)>,
    gaps: Option<String>,
) -> ProgressView {
    let statuses = by_status
        .iter()
        .map(|(status, count)| {
            t.msg_with(
                &format!("status-count-{}", status.as_str()),
                "count",
                *count,
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let (percent, label) = match progress {
        Some((value, weighting)) => {
            let percent = value.round().clamp(0.0, 100.0) as u8;
            let weighting = match weighting {
                teilhabe_domain::measure::Weighting::Budget => "progress-weighted-budget",
                teilhabe_domain::measure::Weighting::Equal => "progress-weighted-equal",
            };
            (
                Some(percent),
                t.msg_with2(
                    "progress-label",
                    ("percent", usize::from(percent)),
                    ("weighting", t.msg(weighting)),
                ),
            )
        }
        None if by_status.is_empty() => (None, t.msg("progress-no-measures")),
        None => (None, t.msg("progress-none-counting")),
    };
    ProgressView {
        statuses,
        percent,
        label,
        gaps,
    }
}

pub fn measure_link(t: &Translator<'_>, c: &Content, measure: &Measure) -> MeasureLink {
    MeasureLink {
        id: measure.id,
        title: c.text(&keys::measure_title(measure.id), &measure.content.title),
        status: t.msg(&format!("status-{}", measure.content.status.as_str())),
        status_class: status_class(measure.content.status),
        progress: measure.content.progress,
        demo: measure.demo,
        published: measure.content.published,
        working_group: measure.content.working_group.clone(),
        version: measure.version,
    }
}

pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Idea | Status::Planned => "kern-badge--info",
        Status::Running => "kern-badge--warning",
        Status::Completed | Status::Permanent => "kern-badge--success",
        Status::Stopped => "kern-badge--danger",
    }
}
