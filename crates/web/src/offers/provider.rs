//! The provider's pages: `/angebote/meine` lists the institution's offers with their review
//! status and how current each is (submit, confirm), and a form for a new offer (a weekly slot or
//! one date; the full schedule and later edits go through the import file for now).

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::{Date, Time};
use teilhabe_app::AppError;
use teilhabe_app::offers as use_case;
use teilhabe_domain::offers::lifecycle::Freshness;
use teilhabe_domain::offers::schedule::{Recurrence, Schedule, Slot};
use teilhabe_domain::offers::{
    Accessibility, Category, Cost, CostKind, Gender, Location, OfferContent, Status,
};

use super::views::LANGUAGES;
use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::{Layout, OrPage, Page, PageError};

pub struct MyOffer {
    pub id: i64,
    pub version: i64,
    pub title: String,
    pub status: String,
    pub comment: Option<String>,
    pub stale: Option<String>,
    pub may_submit: bool,
}

#[derive(Template)]
#[template(path = "offers/mine.html")]
struct MinePage<'a> {
    layout: Layout<'a>,
    csrf: String,
    institution: String,
    offers: Vec<MyOffer>,
    errors: Vec<FieldError>,
    fields: Vec<Field>,
    groups: Vec<(String, String, Vec<Choice>)>,
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

pub async fn mine(page: Page) -> Result<Response, PageError> {
    render(&page, &FormData::default(), Vec::new(), StatusCode::OK).await
}

async fn render(
    page: &Page,
    form: &FormData,
    problems: Vec<(String, String)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    page.require_account()?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let (institution, offers) = use_case::mine(store, visitor, now).await.or_page(page)?;
    let t = page.t();
    let stored = page.concept().await?;
    let settings = store
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(page)?;
    let offers = offers
        .iter()
        .map(|(offer, freshness)| MyOffer {
            id: offer.id,
            version: offer.version,
            title: offer.content.title.clone(),
            status: t.msg(&format!("offers-status-{}", offer.status.as_str())),
            comment: offer
                .review_comment
                .clone()
                .filter(|_| offer.status == Status::Returned),
            stale: match freshness {
                Freshness::Current => None,
                Freshness::Stale => Some(t.msg("offers-mine-stale")),
                Freshness::Hidden => Some(t.msg("offers-mine-hidden")),
            },
            may_submit: matches!(offer.status, Status::Draft | Status::Returned),
        })
        .collect();
    let error_of = |name: &str| {
        problems
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, message)| message.clone())
    };
    let select = |name: &str, label: &str, options: Vec<(String, String)>| {
        let chosen = form.get(name);
        Field::select(
            name,
            t.msg(label),
            options
                .into_iter()
                .map(|(value, text)| {
                    let selected = value == chosen;
                    Choice::new(value, text, selected)
                })
                .collect(),
        )
        .error(error_of(name))
    };
    let fields = vec![
        Field::text("title", t.msg("offers-form-title"))
            .value(form.get("title"))
            .required()
            .error(error_of("title")),
        Field::text_area("description", t.msg("offers-form-description"), 4)
            .value(form.get("description"))
            .error(error_of("description")),
        select(
            "category",
            "offers-category",
            Category::ALL
                .iter()
                .map(|c| {
                    (
                        c.as_str().to_owned(),
                        t.msg(&format!("offers-category-{}", c.as_str())),
                    )
                })
                .collect(),
        ),
        select(
            "cost",
            "offers-cost",
            CostKind::ALL
                .iter()
                .map(|c| {
                    (
                        c.as_str().to_owned(),
                        t.msg(&format!("offers-cost-{}", c.as_str())),
                    )
                })
                .collect(),
        ),
        Field::text("fee_euro", t.msg("offers-form-fee"))
            .value(form.get("fee_euro"))
            .attribute("inputmode", "decimal")
            .error(error_of("cost")),
        select(
            "gender",
            "offers-gender",
            Gender::ALL
                .iter()
                .map(|g| {
                    (
                        g.as_str().to_owned(),
                        t.msg(&format!("offers-gender-{}", g.as_str())),
                    )
                })
                .collect(),
        ),
        Field::checkbox(
            "childcare",
            t.msg("offers-childcare"),
            !form.get("childcare").is_empty(),
        ),
        Field::checkbox(
            "low_threshold",
            t.msg("offers-low-threshold"),
            !form.get("low_threshold").is_empty(),
        ),
        select(
            "district",
            "offers-district",
            settings
                .districts
                .iter()
                .map(|d| (d.code.clone(), d.name.clone()))
                .collect(),
        )
        .error(error_of("location")),
        Field::text("address", t.msg("offers-form-address")).value(form.get("address")),
        Field::text("first_date", t.msg("offers-form-first-date"))
            .value(form.get("first_date"))
            .hint(t.msg("offers-form-date-hint"))
            .error(error_of("schedule")),
        Field::text("start_time", t.msg("offers-form-start")).value(form.get("start_time")),
        Field::text("end_time", t.msg("offers-form-end")).value(form.get("end_time")),
        Field::text("contact", t.msg("offers-contact")).value(form.get("contact")),
        Field::text("registration_url", t.msg("offers-register"))
            .value(form.get("registration_url"))
            .error(error_of("registration_url")),
    ];
    let checked = |name: &str, value: &str| form.all(name).contains(&value);
    let groups = vec![
        (
            "languages".to_owned(),
            t.msg("offers-language"),
            LANGUAGES
                .iter()
                .map(|(code, name)| Choice::new(*code, *name, checked("languages", code)))
                .collect(),
        ),
        (
            "weekdays".to_owned(),
            t.msg("offers-form-weekly"),
            WEEKDAYS
                .iter()
                .map(|code| {
                    Choice::new(
                        *code,
                        t.msg(&format!("offers-weekday-{}", code.to_lowercase())),
                        checked("weekdays", code),
                    )
                })
                .collect(),
        ),
        (
            "accessibility".to_owned(),
            t.msg("offers-accessibility"),
            Accessibility::ALL
                .iter()
                .map(|a| {
                    Choice::new(
                        a.as_str(),
                        t.msg(&format!("offers-accessibility-{}", a.as_str())),
                        checked("accessibility", a.as_str()),
                    )
                })
                .collect(),
        ),
    ];
    let errors = FieldError::of(&fields.iter().collect::<Vec<_>>());
    let view = MinePage {
        layout: page.layout(None, super::MINE_NAV, t.msg("offers-mine-title")),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        institution: institution.institution.name,
        offers,
        errors,
        fields,
        groups,
    };
    Ok(page.render(status, &view))
}

/// The form as an offer, or the fields' problems.
fn content_of(form: &FormData) -> Result<OfferContent, Vec<(String, String)>> {
    let mut problems = Vec::new();
    let mut problem =
        |field: &str, message: &str| problems.push((field.to_owned(), message.to_owned()));
    let fee = form.get("fee_euro").trim().replace(',', ".");
    let cents = if fee.is_empty() {
        None
    } else {
        match fee.parse::<f64>() {
            Ok(euros) if (0.0..1_000_000.0).contains(&euros) => {
                Some((euros * 100.0).round() as u32)
            }
            _ => {
                problem("cost", "the fee is not an amount in euros");
                None
            }
        }
    };
    let cost = match CostKind::parse(form.get("cost")) {
        Some(CostKind::Free) | None => Cost::Free,
        Some(CostKind::FreeForRefugees) => Cost::FreeForRefugees { cents },
        Some(CostKind::Reduced) => Cost::Reduced { cents },
        Some(CostKind::Fee) => Cost::Fee {
            cents: cents.unwrap_or(0),
        },
    };
    let first: Option<Date> = form.get("first_date").trim().parse().ok();
    let start: Option<Time> = form.get("start_time").trim().parse().ok();
    let end: Option<Time> = form.get("end_time").trim().parse().ok();
    let weekdays = form.all("weekdays");
    let mut schedule = Schedule::default();
    match (first, start, end) {
        (Some(first), Some(start), Some(end)) if !weekdays.is_empty() => {
            schedule.recurrence = Some(Recurrence {
                first,
                start,
                end,
                rule: format!("FREQ=WEEKLY;BYDAY={}", weekdays.join(",")),
                skip_holidays: true,
                except: Vec::new(),
            })
        }
        (Some(first), Some(start), Some(end)) => schedule.dates.push(Slot {
            start: first.to_datetime(start),
            end: first.to_datetime(end),
        }),
        (None, None, None) if form.get("first_date").trim().is_empty() => {}
        _ => problem(
            "schedule",
            "give a date (YYYY-MM-DD) with start and end time (HH:MM)",
        ),
    }
    let content = OfferContent {
        title: form.get("title").trim().to_owned(),
        description: form.get("description").trim().to_owned(),
        category: Category::parse(form.get("category")).unwrap_or(Category::Course),
        target_groups: Vec::new(),
        languages: form
            .all("languages")
            .iter()
            .map(|l| (*l).to_owned())
            .collect(),
        cost,
        childcare: !form.get("childcare").is_empty(),
        gender: Gender::parse(form.get("gender")).unwrap_or(Gender::All),
        low_threshold: !form.get("low_threshold").is_empty(),
        accessibility: form
            .all("accessibility")
            .iter()
            .filter_map(|a| Accessibility::parse(a))
            .collect(),
        schedule,
        location: Location::Place {
            address: form.get("address").trim().to_owned(),
            district: form.get("district").trim().to_owned(),
            coordinates: None,
        },
        contact: form.get("contact").trim().to_owned(),
        registration_url: Some(form.get("registration_url").trim().to_owned())
            .filter(|url| !url.is_empty()),
        recommendations: Vec::new(),
        measures: Vec::new(),
    };
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

pub async fn create(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let stored = page.concept().await?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let problems = match content_of(&form) {
        Ok(content) => {
            match use_case::create(store, visitor, &stored.concept.city.slug, &content, now).await {
                Ok(_) => return Ok(Page::see_other("/angebote/meine")),
                Err(AppError::Invalid(problems)) => {
                    problems.into_iter().map(|p| (p.field, p.message)).collect()
                }
                Err(error) => return Err(page.refused(error)),
            }
        }
        Err(problems) => problems,
    };
    render(&page, &form, problems, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// Submit for review (`aktion=einreichen`) or confirm as current (`aktion=bestaetigen`).
pub async fn act(page: Page, id: i64, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let result = if form.get("aktion") == "einreichen" {
        use_case::submit(store, visitor, id, version, now).await
    } else {
        use_case::confirm(store, visitor, id, now).await
    };
    match result {
        Ok(_) | Err(AppError::Conflict { .. }) | Err(AppError::Invalid(_)) => {
            Ok(Page::see_other("/angebote/meine"))
        }
        Err(error) => Err(page.refused(error)),
    }
}
