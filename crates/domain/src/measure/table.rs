//! A measure as a row of cells: the columns of import and export files (CSV, XLSX), and the unit
//! the audit log records changes in. `cells` and `parse_row` are inverse to each other.

use std::collections::HashMap;
use std::fmt;

use jiff::civil::Date;

use super::{Districts, EvidenceLink, MeasureContent, Milestone, Programme, Status};
use crate::money::Money;
use crate::text::Text;

/// File columns in order. `id` is empty for a new measure.
pub const COLUMNS: [&str; 24] = [
    "id",
    "title_de",
    "title_en",
    "description_de",
    "description_en",
    "recommendations",
    "programme",
    "organisation",
    "contact",
    "working_group",
    "status",
    "stop_reason",
    "progress",
    "start_date",
    "end_date",
    "budget_planned",
    "budget_spent",
    "target_groups",
    "districts",
    "gender_aspect",
    "gender_aspect_note",
    "evidence",
    "milestones",
    "published",
];

/// Separates ids in list cells (recommendations, target groups, districts).
const LIST_SEPARATOR: &str = "; ";

/// A parsed row: a new measure (no id) or a change of an existing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRow {
    pub id: Option<i64>,
    pub content: MeasureContent,
}

/// A cell that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub column: String,
    pub message: String,
}

impl fmt::Display for CellError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "column {}: {}", self.column, self.message)
    }
}

/// The cells of `content`, without the id, in [`COLUMNS`] order.
pub(super) fn cells(content: &MeasureContent) -> Vec<(&'static str, String)> {
    let optional = |value: Option<String>| value.unwrap_or_default();
    vec![
        ("title_de", content.title.german_text().to_owned()),
        (
            "title_en",
            optional(content.title.translation("en").map(str::to_owned)),
        ),
        (
            "description_de",
            content.description.german_text().to_owned(),
        ),
        (
            "description_en",
            optional(content.description.translation("en").map(str::to_owned)),
        ),
        (
            "recommendations",
            content.recommendations.join(LIST_SEPARATOR),
        ),
        ("programme", content.programme.as_str().to_owned()),
        ("organisation", content.organisation.clone()),
        ("contact", content.contact.clone()),
        ("working_group", content.working_group.clone()),
        ("status", content.status.as_str().to_owned()),
        ("stop_reason", optional(content.stop_reason.clone())),
        ("progress", content.progress.to_string()),
        (
            "start_date",
            optional(content.start.map(|date| date.to_string())),
        ),
        (
            "end_date",
            optional(content.end.map(|date| date.to_string())),
        ),
        (
            "budget_planned",
            optional(content.budget_planned.map(Money::to_plain)),
        ),
        (
            "budget_spent",
            optional(content.budget_spent.map(Money::to_plain)),
        ),
        ("target_groups", content.target_groups.join(LIST_SEPARATOR)),
        (
            "districts",
            match &content.districts {
                Districts::All => "all".to_owned(),
                Districts::Some(codes) => codes.join(LIST_SEPARATOR),
            },
        ),
        ("gender_aspect", yes_no(content.gender_aspect)),
        ("gender_aspect_note", content.gender_aspect_note.clone()),
        (
            "evidence",
            content
                .evidence
                .iter()
                .map(|link| format!("{} <{}>", link.label, link.url))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        (
            "milestones",
            content
                .milestones
                .iter()
                .map(|m| format!("{} {}", m.date, m.text))
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        ("published", yes_no(content.published)),
    ]
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

/// Cells that could not be read, with the row as far as it could be (defaults in the bad cells),
/// so that a form can be shown again as it was filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowErrors {
    pub errors: Vec<CellError>,
    pub partial: Box<MeasureRow>,
}

/// Reads a row given as column → cell. Missing columns count as empty cells. Every unreadable cell
/// is reported; the content is checked against the concept separately (`validate`).
pub fn parse_row(row: &HashMap<String, String>) -> Result<MeasureRow, RowErrors> {
    let mut errors = Vec::new();
    let cell = |column: &str| {
        row.get(column)
            .map(|value| value.trim())
            .unwrap_or_default()
    };
    let mut fail = |column: &str, message: String| {
        errors.push(CellError {
            column: column.to_owned(),
            message,
        })
    };

    let id = match cell("id") {
        "" => None,
        text => match text.parse::<i64>() {
            Ok(id) if id > 0 => Some(id),
            _ => {
                fail(
                    "id",
                    format!(
                        "`{text}` is not a measure id; expected a positive number or an empty cell for a new measure"
                    ),
                );
                None
            }
        },
    };
    let title = text_pair(cell("title_de"), cell("title_en"));
    let description = text_pair(cell("description_de"), cell("description_en"));
    let programme = match parse_programme(cell("programme")) {
        Some(programme) => programme,
        None => {
            fail(
                "programme",
                format!(
                    "`{}` is not a programme; expected concept, refugee_programme or both",
                    cell("programme")
                ),
            );
            Programme::Concept
        }
    };
    let status = match parse_status(cell("status")) {
        Some(status) => status,
        None => {
            fail(
                "status",
                format!(
                    "`{}` is not a status; expected idea, planned, running, completed, permanent or stopped",
                    cell("status")
                ),
            );
            Status::Idea
        }
    };
    let progress = match parse_progress(cell("progress")) {
        Some(progress) => progress,
        None => {
            fail(
                "progress",
                format!(
                    "`{}` is not a percentage; expected a whole number from 0 to 100",
                    cell("progress")
                ),
            );
            0
        }
    };
    let mut date = |column: &str| match cell(column) {
        "" => None,
        text => parse_date(text).or_else(|| {
            fail(
                column,
                format!("`{text}` is not a date; expected YYYY-MM-DD or DD.MM.YYYY"),
            );
            None
        }),
    };
    let start = date("start_date");
    let end = date("end_date");
    let mut money = |column: &str| match cell(column) {
        "" => None,
        text => match Money::parse(text) {
            Ok(amount) => Some(amount),
            Err(error) => {
                fail(column, error.to_string());
                None
            }
        },
    };
    let budget_planned = money("budget_planned");
    let budget_spent = money("budget_spent");
    let districts = match cell("districts") {
        "" | "all" | "alle" | "gesamtstädtisch" => Districts::All,
        text => Districts::Some(list(text)),
    };
    let mut flag = |column: &str| match parse_bool(cell(column)) {
        Some(value) => value,
        None => {
            fail(column, format!("`{}` is not yes or no", cell(column)));
            false
        }
    };
    let gender_aspect = flag("gender_aspect");
    let published = flag("published");
    let mut evidence = Vec::new();
    for line in lines(cell("evidence")) {
        match parse_link(line) {
            Some(link) => evidence.push(link),
            None => fail(
                "evidence",
                format!(
                    "`{line}` is not a link; expected one per line as `label <https://…>` or a bare address"
                ),
            ),
        }
    }
    let mut milestones = Vec::new();
    for line in lines(cell("milestones")) {
        match parse_milestone(line) {
            Some(milestone) => milestones.push(milestone),
            None => fail(
                "milestones",
                format!("`{line}` is not a milestone; expected one per line as `YYYY-MM-DD text`"),
            ),
        }
    }
    let stop_reason = Some(cell("stop_reason").to_owned()).filter(|reason| !reason.is_empty());
    let parsed = MeasureRow {
        id,
        content: MeasureContent {
            title,
            description,
            recommendations: list(cell("recommendations")),
            programme,
            organisation: cell("organisation").to_owned(),
            contact: cell("contact").to_owned(),
            working_group: cell("working_group").to_owned(),
            status,
            stop_reason,
            progress,
            start,
            end,
            budget_planned,
            budget_spent,
            target_groups: list(cell("target_groups")),
            districts,
            gender_aspect,
            gender_aspect_note: cell("gender_aspect_note").to_owned(),
            evidence,
            milestones,
            published,
        },
    };
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(RowErrors {
            errors,
            partial: Box::new(parsed),
        })
    }
}

fn text_pair(german: &str, english: &str) -> Text {
    let text = Text::german(german);
    if english.is_empty() {
        text
    } else {
        text.with("en", english)
    }
}

fn list(text: &str) -> Vec<String> {
    text.split([';', ','])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty())
}

fn parse_programme(text: &str) -> Option<Programme> {
    match text.to_lowercase().as_str() {
        "" | "concept" | "integrationskonzept" | "konzept" => Some(Programme::Concept),
        "refugee_programme" | "refugees" | "geflüchtete" | "flüchtlingsprogramm" => {
            Some(Programme::RefugeeProgramme)
        }
        "both" | "beide" => Some(Programme::Both),
        _ => None,
    }
}

/// English ids or the German words of the web forms.
pub(crate) fn parse_status(text: &str) -> Option<Status> {
    match text.to_lowercase().as_str() {
        "" | "idee" => Some(Status::Idea),
        "geplant" => Some(Status::Planned),
        "laufend" | "läuft" => Some(Status::Running),
        "abgeschlossen" => Some(Status::Completed),
        "verstetigt" => Some(Status::Permanent),
        "gestoppt" | "abgebrochen" => Some(Status::Stopped),
        other => Status::parse(other),
    }
}

fn parse_progress(text: &str) -> Option<u8> {
    let number = text.trim_end_matches('%').trim();
    if number.is_empty() {
        return Some(0);
    }
    number
        .parse::<u8>()
        .ok()
        .filter(|progress| *progress <= 100)
}

/// `YYYY-MM-DD` or the German `DD.MM.YYYY`.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let mut parts = text.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

fn parse_bool(text: &str) -> Option<bool> {
    match text.to_lowercase().as_str() {
        "yes" | "ja" | "true" | "1" | "x" | "wahr" => Some(true),
        "" | "no" | "nein" | "false" | "0" | "falsch" => Some(false),
        _ => None,
    }
}

fn parse_link(line: &str) -> Option<EvidenceLink> {
    match line.rsplit_once('<') {
        Some((label, rest)) => {
            let url = rest.strip_suffix('>')?.trim();
            let label = label.trim();
            Some(EvidenceLink {
                label: if label.is_empty() {
                    url.to_owned()
                } else {
                    label.to_owned()
                },
                url: url.to_owned(),
            })
        }
        None if !line.contains(char::is_whitespace) => Some(EvidenceLink {
            label: line.to_owned(),
            url: line.to_owned(),
        }),
        None => None,
    }
}

fn parse_milestone(line: &str) -> Option<Milestone> {
    let (date, text) = line.split_once(char::is_whitespace)?;
    let date = parse_date(date.trim_end_matches(':'))?;
    let text = text.trim().trim_start_matches(':').trim();
    (!text.is_empty()).then(|| Milestone {
        date,
        text: text.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(column, value)| (column.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn cells_and_parse_are_inverse() {
        let mut content = MeasureContent::new(
            Text::german("Sprachcafé").with("en", "Language café"),
            "sprachmittlung".into(),
            vec!["sprachmittlung-1".into(), "sprachmittlung-2".into()],
        );
        content.status = Status::Running;
        content.progress = 40;
        content.start = Some(jiff::civil::date(2024, 3, 1));
        content.budget_planned = Some(Money::from_cents(1_250_050));
        content.districts = Districts::Some(vec!["01".into(), "07".into()]);
        content.target_groups = vec!["refugees".into()];
        content.gender_aspect = true;
        content.gender_aspect_note = "Eigene Gruppe für Frauen".into();
        content.evidence = vec![EvidenceLink {
            label: "Bericht 2024".into(),
            url: "https://example.org/b.pdf".into(),
        }];
        content.milestones = vec![Milestone {
            date: jiff::civil::date(2024, 6, 30),
            text: "Erste Runde: 12 Teilnehmende".into(),
        }];
        content.published = true;
        let mut map: HashMap<String, String> = content
            .cells()
            .into_iter()
            .map(|(c, v)| (c.to_owned(), v))
            .collect();
        map.insert("id".into(), "17".into());
        let parsed = parse_row(&map).expect("readable");
        assert_eq!(
            parsed,
            MeasureRow {
                id: Some(17),
                content
            }
        );
    }

    #[test]
    fn reads_german_spellings() {
        let parsed = parse_row(&row(&[
            ("title_de", "Elterncafé"),
            ("status", "Verstetigt"),
            ("start_date", "01.09.2023"),
            ("budget_planned", "12.500,00 €"),
            ("progress", "100 %"),
            ("published", "ja"),
            ("programme", "beide"),
        ]))
        .expect("readable");
        assert_eq!(parsed.content.status, Status::Permanent);
        assert_eq!(parsed.content.start, Some(jiff::civil::date(2023, 9, 1)));
        assert_eq!(
            parsed.content.budget_planned,
            Some(Money::from_cents(1_250_000))
        );
        assert_eq!(parsed.content.programme, Programme::Both);
        assert!(parsed.content.published);
    }

    #[test]
    fn names_every_bad_cell() {
        let errors = parse_row(&row(&[
            ("id", "x"),
            ("status", "done"),
            ("progress", "120"),
            ("end_date", "31.02.2024"),
            ("budget_spent", "viel"),
        ]))
        .expect_err("bad cells")
        .errors;
        let columns: Vec<&str> = errors.iter().map(|error| error.column.as_str()).collect();
        assert_eq!(
            columns,
            ["id", "status", "progress", "end_date", "budget_spent"]
        );
        assert!(errors[1].message.contains("`done` is not a status"));
    }
}
