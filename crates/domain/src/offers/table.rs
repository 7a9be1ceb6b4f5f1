//! Offers as rows of a table (CSV or XLSX): the columns `teilhabe offers import` reads and
//! `teilhabe offers export` writes (docs/formats/offers.md). Lists inside a cell are separated by
//! `;` in a CSV file's comma dialect and by `|` too (either works).

use std::collections::HashMap;

use jiff::civil::{Date, DateTime, Time};

use super::schedule::{Recurrence, Schedule, Slot, weekday_code};
use super::{Accessibility, Category, Cost, CostKind, Gender, Location, Offer, OfferContent};

/// Every column, in file order. `id`, `provider` and `status` are written by the export and
/// ignored by the import (the provider is named on the command line; imported offers are new).
pub const COLUMNS: [&str; 30] = [
    "id",
    "provider",
    "status",
    "title",
    "description",
    "category",
    "target_groups",
    "languages",
    "cost",
    "fee_euro",
    "childcare",
    "gender",
    "low_threshold",
    "accessibility",
    "location",
    "address",
    "districts",
    "latitude",
    "longitude",
    "first_date",
    "start_time",
    "end_time",
    "rrule",
    "skip_holidays",
    "except",
    "dates",
    "contact",
    "registration_url",
    "recommendations",
    "measures",
];

/// Columns an import must have.
pub const REQUIRED: [&str; 5] = ["title", "category", "languages", "cost", "location"];

/// A cell that cannot be read: its column and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellError {
    pub column: String,
    pub message: String,
}

fn list(cell: &str) -> Vec<String> {
    cell.split([';', '|'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

fn yes_no(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "" | "nein" | "no" | "0" | "false" => Some(false),
        "ja" | "yes" | "1" | "true" | "x" => Some(true),
        _ => None,
    }
}

fn cents(cell: &str) -> Option<u32> {
    let cell = cell.trim().replace(',', ".");
    let (euros, rest) = cell.split_once('.').unwrap_or((&cell, ""));
    let euros: u32 = euros.parse().ok()?;
    let rest = match rest.len() {
        0 => 0,
        1 => rest.parse::<u32>().ok()? * 10,
        2 => rest.parse::<u32>().ok()?,
        _ => return None,
    };
    euros.checked_mul(100)?.checked_add(rest)
}

fn euro(cents: u32) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// Reads one row (column name → cell). Every problem names its column.
pub fn parse_row(row: &HashMap<String, String>) -> Result<OfferContent, Vec<CellError>> {
    let mut errors = Vec::new();
    let cell = |name: &str| row.get(name).map(|value| value.trim()).unwrap_or("");
    let mut error = |column: &str, message: String| {
        errors.push(CellError {
            column: column.to_owned(),
            message,
        })
    };
    let category = Category::parse(cell("category"));
    if category.is_none() {
        error(
            "category",
            format!(
                "`{}` is no category; expected one of {}",
                cell("category"),
                Category::ALL
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let fee = if cell("fee_euro").is_empty() {
        None
    } else {
        let parsed = cents(cell("fee_euro"));
        if parsed.is_none() {
            error(
                "fee_euro",
                format!("`{}` is not an amount in euros (12.50)", cell("fee_euro")),
            );
        }
        parsed
    };
    let cost = match CostKind::parse(cell("cost")) {
        Some(CostKind::Free) => Some(Cost::Free),
        Some(CostKind::FreeForRefugees) => Some(Cost::FreeForRefugees { cents: fee }),
        Some(CostKind::Reduced) => Some(Cost::Reduced { cents: fee }),
        Some(CostKind::Fee) => match fee {
            Some(cents) => Some(Cost::Fee { cents }),
            None => {
                error("fee_euro", "a fee needs its amount".into());
                None
            }
        },
        None => {
            error(
                "cost",
                format!(
                    "`{}` is no cost; expected free, free-for-refugees, reduced or fee",
                    cell("cost")
                ),
            );
            None
        }
    };
    let mut flag = |name: &str| match yes_no(cell(name)) {
        Some(value) => value,
        None => {
            error(name, format!("`{}` is not ja or nein", cell(name)));
            false
        }
    };
    let childcare = flag("childcare");
    let low_threshold = flag("low_threshold");
    let skip_holidays = flag("skip_holidays");
    let gender = if cell("gender").is_empty() {
        Some(Gender::All)
    } else {
        Gender::parse(cell("gender"))
    };
    if gender.is_none() {
        error(
            "gender",
            format!(
                "`{}` is no gender; expected all, girls, women, boys or men",
                cell("gender")
            ),
        );
    }
    let mut accessibility = Vec::new();
    for item in list(cell("accessibility")) {
        match Accessibility::parse(&item) {
            Some(feature) => accessibility.push(feature),
            None => error(
                "accessibility",
                format!("`{item}` is unknown; expected step-free, hearing-loop or easy-language"),
            ),
        }
    }
    let districts = list(cell("districts"));
    let coordinate = |name: &str| -> Result<Option<f64>, String> {
        if cell(name).is_empty() {
            Ok(None)
        } else {
            cell(name)
                .replace(',', ".")
                .parse::<f64>()
                .map(Some)
                .map_err(|_| format!("`{}` is not a number", cell(name)))
        }
    };
    let latitude = coordinate("latitude").unwrap_or_else(|message| {
        error("latitude", message);
        None
    });
    let longitude = coordinate("longitude").unwrap_or_else(|message| {
        error("longitude", message);
        None
    });
    let location = match cell("location") {
        "place" => match districts.as_slice() {
            [district] => Some(Location::Place {
                address: cell("address").to_owned(),
                district: district.clone(),
                coordinates: latitude.zip(longitude),
            }),
            _ => {
                error("districts", "a place lies in exactly one district".into());
                None
            }
        },
        "outreach" => Some(Location::Outreach { districts }),
        "online" => Some(Location::Online),
        other => {
            error(
                "location",
                format!("`{other}` is no location; expected place, outreach or online"),
            );
            None
        }
    };
    let date = |name: &str, text: &str| -> Result<Date, CellError> {
        text.parse().map_err(|_| CellError {
            column: name.to_owned(),
            message: format!("`{text}` is not a date YYYY-MM-DD"),
        })
    };
    let time = |name: &str, text: &str| -> Result<Time, CellError> {
        text.parse().map_err(|_| CellError {
            column: name.to_owned(),
            message: format!("`{text}` is not a time HH:MM"),
        })
    };
    let mut schedule = Schedule::default();
    if !cell("rrule").is_empty() {
        let first = date("first_date", cell("first_date"));
        let start = time("start_time", cell("start_time"));
        let end = time("end_time", cell("end_time"));
        let mut except = Vec::new();
        for item in list(cell("except")) {
            match date("except", &item) {
                Ok(day) => except.push(day),
                Err(problem) => errors.push(problem),
            }
        }
        match (first, start, end) {
            (Ok(first), Ok(start), Ok(end)) => {
                schedule.recurrence = Some(Recurrence {
                    first,
                    start,
                    end,
                    rule: cell("rrule").to_owned(),
                    skip_holidays,
                    except,
                })
            }
            (first, start, end) => {
                errors.extend(first.err());
                errors.extend(start.err());
                errors.extend(end.err());
            }
        }
    }
    // Single dates: `2026-05-09T10:00/12:00`.
    for item in list(cell("dates")) {
        let parsed = item.split_once('/').and_then(|(start, end)| {
            let start: DateTime = start.trim().parse().ok()?;
            let end: Time = end.trim().parse().ok()?;
            Some(Slot {
                start,
                end: start.date().to_datetime(end),
            })
        });
        match parsed {
            Some(slot) => schedule.dates.push(slot),
            None => errors.push(CellError {
                column: "dates".into(),
                message: format!("`{item}` is not a date with times (2026-05-09T10:00/12:00)"),
            }),
        }
    }
    let mut measures = Vec::new();
    for item in list(cell("measures")) {
        match item.parse::<i64>() {
            Ok(id) if id > 0 => measures.push(id),
            _ => errors.push(CellError {
                column: "measures".into(),
                message: format!("`{item}` is not a measure number"),
            }),
        }
    }
    let registration_url = Some(cell("registration_url"))
        .filter(|url| !url.is_empty())
        .map(str::to_owned);
    match (category, cost, gender, location) {
        (Some(category), Some(cost), Some(gender), Some(location)) if errors.is_empty() => {
            Ok(OfferContent {
                title: cell("title").to_owned(),
                description: cell("description").to_owned(),
                category,
                target_groups: list(cell("target_groups")),
                languages: list(cell("languages")),
                cost,
                childcare,
                gender,
                low_threshold,
                accessibility,
                schedule,
                location,
                contact: cell("contact").to_owned(),
                registration_url,
                recommendations: list(cell("recommendations")),
                measures,
            })
        }
        _ => Err(errors),
    }
}

/// One offer as cells in [`COLUMNS`] order.
pub fn cells(offer: &Offer) -> Vec<String> {
    let content = &offer.content;
    let join = |items: Vec<&str>| items.join(";");
    let (location, address, districts, latitude, longitude) = match &content.location {
        Location::Place {
            address,
            district,
            coordinates,
        } => (
            "place",
            address.clone(),
            district.clone(),
            coordinates.map(|c| c.0.to_string()).unwrap_or_default(),
            coordinates.map(|c| c.1.to_string()).unwrap_or_default(),
        ),
        Location::Outreach { districts } => (
            "outreach",
            String::new(),
            districts.join(";"),
            String::new(),
            String::new(),
        ),
        Location::Online => (
            "online",
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ),
    };
    let yes = |value: bool| if value { "ja" } else { "nein" }.to_owned();
    let recurrence = content.schedule.recurrence.as_ref();
    vec![
        offer.id.to_string(),
        offer.provider.clone(),
        offer.status.as_str().to_owned(),
        content.title.clone(),
        content.description.clone(),
        content.category.as_str().to_owned(),
        content.target_groups.join(";"),
        content.languages.join(";"),
        content.cost.kind().as_str().to_owned(),
        content.cost.cents().map(euro).unwrap_or_default(),
        yes(content.childcare),
        content.gender.as_str().to_owned(),
        yes(content.low_threshold),
        join(content.accessibility.iter().map(|a| a.as_str()).collect()),
        location.to_owned(),
        address,
        districts,
        latitude,
        longitude,
        recurrence.map(|r| r.first.to_string()).unwrap_or_default(),
        recurrence
            .map(|r| r.start.strftime("%H:%M").to_string())
            .unwrap_or_default(),
        recurrence
            .map(|r| r.end.strftime("%H:%M").to_string())
            .unwrap_or_default(),
        recurrence.map(|r| r.rule.clone()).unwrap_or_default(),
        yes(recurrence.is_some_and(|r| r.skip_holidays)),
        recurrence
            .map(|r| {
                r.except
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(";")
            })
            .unwrap_or_default(),
        content
            .schedule
            .dates
            .iter()
            .map(|slot| {
                format!(
                    "{}/{}",
                    slot.start.strftime("%Y-%m-%dT%H:%M"),
                    slot.end.strftime("%H:%M")
                )
            })
            .collect::<Vec<_>>()
            .join(";"),
        content.contact.clone(),
        content.registration_url.clone().unwrap_or_default(),
        content.recommendations.join(";"),
        content
            .measures
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(";"),
    ]
}

/// The weekday codes of a schedule (`MO;WE`), for lists.
pub fn weekday_codes(schedule: &Schedule) -> String {
    schedule
        .weekdays()
        .into_iter()
        .filter_map(|offset| jiff::civil::Weekday::from_monday_zero_offset(offset).ok())
        .map(weekday_code)
        .collect::<Vec<_>>()
        .join(";")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offers::{Status, sample};

    fn row(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn an_exported_offer_reads_back_the_same() {
        let mut content = sample::content();
        content.cost = Cost::Reduced { cents: Some(1250) };
        content.accessibility = vec![Accessibility::StepFree, Accessibility::EasyLanguage];
        content.schedule.dates.push(Slot {
            start: jiff::civil::date(2026, 5, 9).at(10, 0, 0, 0),
            end: jiff::civil::date(2026, 5, 9).at(12, 30, 0, 0),
        });
        content.registration_url = Some("https://example.org/anmeldung".into());
        let offer = Offer {
            id: 3,
            provider: "vhs".into(),
            status: Status::Published,
            content: content.clone(),
            review_comment: None,
            confirmed_at: jiff::Timestamp::UNIX_EPOCH,
            published_at: None,
            version: 1,
        };
        let map: HashMap<String, String> = COLUMNS
            .iter()
            .map(|c| (*c).to_owned())
            .zip(cells(&offer))
            .collect();
        assert_eq!(map["fee_euro"], "12.50");
        assert_eq!(map["dates"], "2026-05-09T10:00/12:30");
        assert_eq!(parse_row(&map), Ok(content));
    }

    #[test]
    fn every_bad_cell_names_its_column() {
        let errors = parse_row(&row(&[
            ("title", "Kurs"),
            ("category", "knitting"),
            ("languages", "de"),
            ("cost", "fee"),
            ("childcare", "vielleicht"),
            ("location", "place"),
            ("districts", "01;02"),
            ("rrule", "FREQ=WEEKLY"),
            ("first_date", "2026-02-30"),
            ("start_time", "18:00"),
            ("end_time", "19:00"),
        ]))
        .unwrap_err();
        let columns: Vec<&str> = errors.iter().map(|e| e.column.as_str()).collect();
        assert_eq!(
            columns,
            [
                "category",
                "fee_euro",
                "childcare",
                "districts",
                "first_date"
            ]
        );
    }

    #[test]
    fn amounts_in_euros() {
        assert_eq!(cents("12,5"), Some(1250));
        assert_eq!(cents("3"), Some(300));
        assert_eq!(cents("0.05"), Some(5));
        assert_eq!(cents("1.234"), None);
        assert_eq!(cents("abc"), None);
    }
}
