//! The provider's pages: `/angebote/meine` lists the institution's offers with their review
//! status and how current each is (submit, confirm, edit), and a form for a new offer;
//! `/angebote/meine/{id}/bearbeiten` edits one. The form covers the whole offer: several single
//! dates and a weekly, fortnightly or monthly rule with an end and exceptions; a place (with
//! optional coordinates), outreach to districts, or online; target groups; the recommendations
//! and measures it serves. Every problem names its field.

use askama::Template;
use axum::body::Bytes;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use jiff::civil::{Date, Time};
use teilhabe_app::AppError;
use teilhabe_app::offers as use_case;
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::offers::lifecycle::Freshness;
use teilhabe_domain::offers::schedule::{
    End, Frequency, Recurrence, Rule, Schedule, Slot, parse_weekday, weekday_code,
};
use teilhabe_domain::offers::{
    Accessibility, Category, Cost, CostKind, Gender, Location, Offer, OfferContent, Status,
};

use super::views::{language_label, language_label_attr};
use crate::frame::fields::{Choice, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::i18n::Translator;
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

/// A group of checkboxes under one legend, with its error.
pub struct Group {
    pub name: String,
    pub legend: String,
    pub options: Vec<Choice>,
    pub error: Option<String>,
}

/// One part of the form under its own heading.
pub struct Section {
    pub id: &'static str,
    pub heading: String,
    pub fields: Vec<Field>,
    pub groups: Vec<Group>,
}

/// The offer form, as the new-offer and the edit page show it.
pub struct OfferForm {
    pub action: String,
    /// The version the edit is based on (edit only).
    pub version: Option<i64>,
    pub submit_label: String,
    pub errors: Vec<FieldError>,
    pub sections: Vec<Section>,
}

#[derive(Template)]
#[template(path = "offers/mine.html")]
struct MinePage<'a> {
    layout: Layout<'a>,
    csrf: String,
    institution: String,
    offers: Vec<MyOffer>,
    form: OfferForm,
}

#[derive(Template)]
#[template(path = "offers/edit.html")]
struct EditPage<'a> {
    layout: Layout<'a>,
    csrf: String,
    form: OfferForm,
}

const WEEKDAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// The repetitions the form offers: (value, the BYDAY ordinal for monthly rules).
const REPEATS: [&str; 7] = [
    "weekly",
    "biweekly",
    "monthly-1",
    "monthly-2",
    "monthly-3",
    "monthly-4",
    "monthly-last",
];

const LOCATIONS: [&str; 3] = ["place", "outreach", "online"];

pub async fn mine(page: Page) -> Result<Response, PageError> {
    render_mine(&page, &FormData::default(), Vec::new(), StatusCode::OK).await
}

async fn settings_of(page: &Page) -> Result<CitySettings, PageError> {
    let stored = page.concept().await?;
    page.state
        .store()
        .city_settings(&stored.concept.city.slug)
        .await
        .or_page(page)
}

async fn render_mine(
    page: &Page,
    form: &FormData,
    problems: Vec<(String, String)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    page.require_account()?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let (institution, offers) = use_case::mine(store, visitor, now).await.or_page(page)?;
    let t = page.t();
    let settings = settings_of(page).await?;
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
    let form = offer_form(
        &t,
        &settings,
        form,
        &problems,
        "/angebote/meine".to_owned(),
        None,
        t.msg("offers-mine-save"),
    );
    let view = MinePage {
        layout: page.layout(None, super::MINE_NAV, t.msg("offers-mine-title")),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        institution: institution.institution.name,
        offers,
        form,
    };
    Ok(page.render(status, &view))
}

async fn render_edit(
    page: &Page,
    offer: &Offer,
    form: &FormData,
    problems: Vec<(String, String)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let t = page.t();
    let settings = settings_of(page).await?;
    let version = form.get("version").parse().unwrap_or(offer.version);
    let form = offer_form(
        &t,
        &settings,
        form,
        &problems,
        format!("/angebote/meine/{}/bearbeiten", offer.id),
        Some(version),
        t.msg("offers-edit-save"),
    );
    let view = EditPage {
        layout: page.layout(
            None,
            super::MINE_NAV,
            t.msg_with("offers-edit-title", "title", offer.content.title.as_str()),
        ),
        csrf: page.viewer.csrf.clone().unwrap_or_default(),
        form,
    };
    Ok(page.render(status, &view))
}

/// `GET /angebote/meine/{id}/bearbeiten`: the form filled with the offer.
pub async fn edit(page: Page, Path(id): Path<i64>) -> Result<Response, PageError> {
    page.require_account()?;
    let offer = editable(&page, id).await?;
    let form = form_of(&offer.content, offer.version);
    render_edit(&page, &offer, &form, Vec::new(), StatusCode::OK).await
}

async fn editable(page: &Page, id: i64) -> Result<Offer, PageError> {
    match use_case::editable(page.state.store(), &page.viewer.visitor, id).await {
        Ok(offer) => Ok(offer),
        Err(AppError::NotFound) => Err(page.not_found(None)),
        Err(error) => Err(page.refused(error)),
    }
}

/// `POST /angebote/meine/{id}/bearbeiten`: saves the change (a published offer goes back to
/// review); problems are shown on the form, a concurrent change as a problem of `version`.
pub async fn update(page: Page, Path(id): Path<i64>, body: Bytes) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let offer = editable(&page, id).await?;
    let stored = page.concept().await?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let version: i64 = form.get("version").parse().unwrap_or(0);
    let problems = match content_of(&form) {
        Ok(content) => {
            match use_case::update(
                store,
                visitor,
                &stored.concept.city.slug,
                id,
                version,
                &content,
                now,
            )
            .await
            {
                Ok(_) => return Ok(Page::see_other("/angebote/meine")),
                Err(AppError::Invalid(problems)) => problems_in_words(&page, problems),
                Err(AppError::Conflict { .. }) => {
                    vec![("title".to_owned(), page.t().msg("offers-edit-conflict"))]
                }
                Err(error) => return Err(page.refused(error)),
            }
        }
        Err(problems) => problems,
    };
    render_edit(
        &page,
        &offer,
        &form,
        problems,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// The form's fields in sections, filled from `form`, each with its problem.
fn offer_form(
    t: &Translator,
    settings: &CitySettings,
    form: &FormData,
    problems: &[(String, String)],
    action: String,
    version: Option<i64>,
    submit_label: String,
) -> OfferForm {
    let error_of = |name: &str| {
        let messages: Vec<&str> = problems
            .iter()
            .filter(|(field, _)| field == name)
            .map(|(_, message)| message.as_str())
            .collect();
        (!messages.is_empty()).then(|| messages.join("; "))
    };
    let select = |name: &str, label: String, options: Vec<(String, String)>| {
        let chosen = form.get(name);
        Field::select(
            name,
            label,
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
    let text = |name: &str, label: String| {
        Field::text(name, label)
            .value(form.get(name))
            .error(error_of(name))
    };
    let checked = |name: &str, value: &str| form.all(name).contains(&value);
    let group = |name: &str, legend: String, options: Vec<Choice>| Group {
        name: name.to_owned(),
        legend,
        options,
        error: error_of(name),
    };
    let labelled = |prefix: &str, values: &[&str]| -> Vec<(String, String)> {
        values
            .iter()
            .map(|v| ((*v).to_owned(), t.msg(&format!("{prefix}-{v}"))))
            .collect()
    };
    let what = Section {
        id: "offer-what",
        heading: t.msg("offers-form-section-what"),
        fields: vec![
            Field::text("title", t.msg("offers-form-title"))
                .value(form.get("title"))
                .required()
                .error(error_of("title")),
            Field::text_area("description", t.msg("offers-form-description"), 4)
                .value(form.get_raw("description").trim())
                .error(error_of("description")),
            select(
                "category",
                t.msg("offers-category"),
                labelled(
                    "offers-category",
                    &Category::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                ),
            ),
            select(
                "cost",
                t.msg("offers-cost"),
                labelled(
                    "offers-cost",
                    &CostKind::ALL.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                ),
            ),
            text("fee_euro", t.msg("offers-form-fee")).attribute("inputmode", "decimal"),
            select(
                "gender",
                t.msg("offers-gender"),
                labelled(
                    "offers-gender",
                    &Gender::ALL.iter().map(|g| g.as_str()).collect::<Vec<_>>(),
                ),
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
            text("contact", t.msg("offers-contact")),
            text("registration_url", t.msg("offers-register")),
        ],
        groups: vec![
            group(
                "languages",
                t.msg("offers-language"),
                // The whole language list: a provider names what it offers, including
                // languages nobody offers yet.
                sorted_by_label(
                    teilhabe_app::languages::list()
                        .list
                        .iter()
                        .map(|language| {
                            let mut choice = Choice::new(
                                language.code.clone(),
                                language_label(&language.code, t.code()),
                                checked("languages", &language.code),
                            );
                            choice.lang_attr = language_label_attr(&language.code, t.code());
                            choice
                        })
                        .collect(),
                ),
            ),
            group(
                "target_groups",
                t.msg("offers-form-target-groups"),
                settings
                    .target_groups
                    .iter()
                    .map(|g| {
                        let mut choice = Choice::new(
                            g.id.clone(),
                            g.label.get(t.code()),
                            checked("target_groups", &g.id),
                        );
                        // Untranslated labels are German: say so (screen readers, axe).
                        if g.label.translation(t.code()).is_none() && t.code() != "de" {
                            choice.lang_attr = " lang=\"de\" dir=\"ltr\"".to_owned();
                        }
                        choice
                    })
                    .collect(),
            ),
            group(
                "accessibility",
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
        ],
    };
    let districts: Vec<(String, String)> = settings
        .districts
        .iter()
        .map(|d| (d.code.clone(), d.name.clone()))
        .collect();
    let location_error = error_of("location");
    let place = Section {
        id: "offer-where",
        heading: t.msg("offers-form-section-where"),
        fields: vec![
            select(
                "location_kind",
                t.msg("offers-form-location-kind"),
                labelled("offers-form-location", &LOCATIONS),
            )
            .error(location_error),
            select("district", t.msg("offers-district"), districts.clone()),
            text("address", t.msg("offers-form-address")),
            text("latitude", t.msg("offers-form-latitude"))
                .attribute("inputmode", "decimal")
                .hint(t.msg("offers-form-coordinates-hint")),
            text("longitude", t.msg("offers-form-longitude")).attribute("inputmode", "decimal"),
        ],
        groups: vec![group(
            "outreach",
            t.msg("offers-form-outreach"),
            districts
                .iter()
                .map(|(code, name)| {
                    Choice::new(code.clone(), name.clone(), checked("outreach", code))
                })
                .collect(),
        )],
    };
    let when = Section {
        id: "offer-when",
        heading: t.msg("offers-form-section-when"),
        fields: vec![
            text("first_date", t.msg("offers-form-first-date"))
                .hint(t.msg("offers-form-date-hint"))
                .error(error_of("first_date").or(error_of("schedule"))),
            text("start_time", t.msg("offers-form-start")),
            text("end_time", t.msg("offers-form-end")),
            select(
                "repeat",
                t.msg("offers-form-repeat"),
                labelled("offers-form-repeat", &REPEATS),
            ),
            text("until", t.msg("offers-form-until")).hint(t.msg("offers-form-date-hint")),
            Field::text_area("except", t.msg("offers-form-except"), 2)
                .value(form.get_raw("except").trim())
                .hint(t.msg("offers-form-except-hint"))
                .error(error_of("except")),
            Field::text_area("more_dates", t.msg("offers-form-more-dates"), 3)
                .value(form.get_raw("more_dates").trim())
                .hint(t.msg("offers-form-more-dates-hint"))
                .error(error_of("more_dates")),
        ],
        groups: vec![group(
            "weekdays",
            t.msg("offers-form-days"),
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
        )],
    };
    let links = Section {
        id: "offer-links",
        heading: t.msg("offers-form-section-links"),
        fields: vec![
            text("recommendations", t.msg("offers-form-recommendations"))
                .hint(t.msg("offers-form-recommendations-hint")),
            text("measures", t.msg("offers-form-measures"))
                .hint(t.msg("offers-form-measures-hint")),
        ],
        groups: Vec::new(),
    };
    let sections = vec![what, place, when, links];
    let mut errors = Vec::new();
    for section in &sections {
        errors.extend(FieldError::of(&section.fields.iter().collect::<Vec<_>>()));
        for group in &section.groups {
            if let Some(message) = &group.error {
                errors.push(FieldError {
                    id: group.name.clone(),
                    label: group.legend.clone(),
                    message: message.clone(),
                });
            }
        }
    }
    OfferForm {
        action,
        version,
        submit_label,
        errors,
        sections,
    }
}

/// An offer as the form's fields (to edit it).
fn form_of(content: &OfferContent, version: i64) -> FormData {
    let mut pairs: Vec<(&str, String)> = vec![
        ("version", version.to_string()),
        ("title", content.title.clone()),
        ("description", content.description.clone()),
        ("category", content.category.as_str().to_owned()),
        ("cost", content.cost.kind().as_str().to_owned()),
        ("gender", content.gender.as_str().to_owned()),
        ("contact", content.contact.clone()),
        (
            "registration_url",
            content.registration_url.clone().unwrap_or_default(),
        ),
        ("recommendations", content.recommendations.join(", ")),
        (
            "measures",
            content
                .measures
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
    ];
    if let Some(cents) = content.cost.cents() {
        pairs.push(("fee_euro", format!("{},{:02}", cents / 100, cents % 100)));
    }
    if content.childcare {
        pairs.push(("childcare", "yes".into()));
    }
    if content.low_threshold {
        pairs.push(("low_threshold", "yes".into()));
    }
    pairs.extend(content.languages.iter().map(|l| ("languages", l.clone())));
    pairs.extend(
        content
            .target_groups
            .iter()
            .map(|g| ("target_groups", g.clone())),
    );
    pairs.extend(
        content
            .accessibility
            .iter()
            .map(|a| ("accessibility", a.as_str().to_owned())),
    );
    match &content.location {
        Location::Place {
            address,
            district,
            coordinates,
        } => {
            pairs.push(("location_kind", "place".into()));
            pairs.push(("district", district.clone()));
            pairs.push(("address", address.clone()));
            if let Some((lat, lon)) = coordinates {
                pairs.push(("latitude", lat.to_string()));
                pairs.push(("longitude", lon.to_string()));
            }
        }
        Location::Outreach { districts } => {
            pairs.push(("location_kind", "outreach".into()));
            pairs.extend(districts.iter().map(|d| ("outreach", d.clone())));
        }
        Location::Online => pairs.push(("location_kind", "online".into())),
    }
    let mut slots = content.schedule.dates.iter();
    match &content.schedule.recurrence {
        Some(recurrence) => {
            pairs.push(("first_date", recurrence.first.to_string()));
            pairs.push(("start_time", recurrence.start.strftime("%H:%M").to_string()));
            pairs.push(("end_time", recurrence.end.strftime("%H:%M").to_string()));
            if let Ok(rule) = Rule::parse(&recurrence.rule) {
                let ordinal = rule.by_day.iter().find_map(|d| d.ordinal);
                let repeat = match (rule.frequency, rule.interval, ordinal) {
                    (Frequency::Weekly, 2, _) => "biweekly".to_owned(),
                    (Frequency::Weekly, _, _) => "weekly".to_owned(),
                    (Frequency::Monthly, _, Some(-1)) => "monthly-last".to_owned(),
                    (Frequency::Monthly, _, Some(n)) => format!("monthly-{n}"),
                    (Frequency::Monthly, _, None) => "monthly-1".to_owned(),
                };
                pairs.push(("repeat", repeat));
                let mut days: Vec<&str> = rule
                    .by_day
                    .iter()
                    .map(|d| weekday_code(d.weekday))
                    .collect();
                if days.is_empty() {
                    days.push(weekday_code(recurrence.first.weekday()));
                }
                pairs.extend(days.into_iter().map(|d| ("weekdays", d.to_owned())));
                if let End::Until(until) = rule.end {
                    pairs.push(("until", until.to_string()));
                }
            }
            let except: Vec<String> = recurrence.except.iter().map(ToString::to_string).collect();
            pairs.push(("except", except.join("\n")));
        }
        None => {
            if let Some(first) = slots.next() {
                pairs.push(("first_date", first.start.date().to_string()));
                pairs.push(("start_time", first.start.strftime("%H:%M").to_string()));
                pairs.push(("end_time", first.end.strftime("%H:%M").to_string()));
            }
        }
    }
    let more: Vec<String> = slots
        .map(|slot| {
            format!(
                "{} {}-{}",
                slot.start.date(),
                slot.start.strftime("%H:%M"),
                slot.end.strftime("%H:%M")
            )
        })
        .collect();
    pairs.push(("more_dates", more.join("\n")));
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())))
        .finish();
    FormData::parse(&Bytes::from(body))
}

fn parse_time(text: &str) -> Option<Time> {
    let text = text.trim();
    // 9:30 as well as 09:30.
    let padded = if text.len() == 4 && text.as_bytes().get(1) == Some(&b':') {
        format!("0{text}")
    } else {
        text.to_owned()
    };
    padded.parse().ok()
}

/// `2026-09-01 18:00-19:30` (a date with start and end time).
fn parse_slot(line: &str) -> Option<Slot> {
    let (date, times) = line.trim().split_once(char::is_whitespace)?;
    let date: Date = date.trim().parse().ok()?;
    let (start, end) = times.trim().split_once(['-', '–'])?;
    Some(Slot {
        start: date.to_datetime(parse_time(start)?),
        end: date.to_datetime(parse_time(end)?),
    })
}

/// The form as an offer, or the fields' problems.
fn content_of(form: &FormData) -> Result<OfferContent, Vec<(String, String)>> {
    let mut problems = Vec::new();
    let mut problem = |field: &str, message: String| problems.push((field.to_owned(), message));
    let fee = form.get("fee_euro").replace(',', ".");
    let cents = if fee.is_empty() {
        None
    } else {
        match fee.parse::<f64>() {
            Ok(euros) if (0.0..1_000_000.0).contains(&euros) => {
                Some((euros * 100.0).round() as u32)
            }
            _ => {
                problem(
                    "fee_euro",
                    "the fee is not an amount in euros, like 12,50".into(),
                );
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

    // When: a first date with times — one date, or the first of a rule when weekdays are
    // chosen; more single dates one per line; exceptions of the rule one date per line.
    let mut schedule = Schedule::default();
    let first_text = form.get("first_date");
    let first: Option<Date> = first_text.parse().ok();
    let start = parse_time(form.get("start_time"));
    let end = parse_time(form.get("end_time"));
    let weekdays: Vec<&str> = form
        .all("weekdays")
        .into_iter()
        .filter(|day| parse_weekday(day).is_some())
        .collect();
    let mut except = Vec::new();
    for (number, line) in form.get_raw("except").lines().enumerate() {
        for part in line
            .split([',', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            match part.parse::<Date>() {
                Ok(date) => except.push(date),
                Err(_) => problem(
                    "except",
                    format!("line {}: `{part}` is not a date (YYYY-MM-DD)", number + 1),
                ),
            }
        }
    }
    match (first, start, end) {
        (Some(first), Some(start), Some(end)) if !weekdays.is_empty() => {
            let repeat = form.get("repeat");
            let ordinal = match repeat {
                "monthly-1" => Some(1),
                "monthly-2" => Some(2),
                "monthly-3" => Some(3),
                "monthly-4" => Some(4),
                "monthly-last" => Some(-1),
                _ => None,
            };
            let by_day: Vec<String> = weekdays
                .iter()
                .map(|day| match ordinal {
                    Some(n) => format!("{n}{day}"),
                    None => (*day).to_owned(),
                })
                .collect();
            let mut rule = match (ordinal, repeat) {
                (Some(_), _) => format!("FREQ=MONTHLY;BYDAY={}", by_day.join(",")),
                (None, "biweekly") => format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={}", by_day.join(",")),
                (None, _) => format!("FREQ=WEEKLY;BYDAY={}", by_day.join(",")),
            };
            let until = form.get("until");
            if !until.is_empty() {
                match until.parse::<Date>() {
                    Ok(date) => rule.push_str(&format!(";UNTIL={}", date.strftime("%Y%m%d"))),
                    Err(_) => problem("until", format!("`{until}` is not a date (YYYY-MM-DD)")),
                }
            }
            schedule.recurrence = Some(Recurrence {
                first,
                start,
                end,
                rule,
                skip_holidays: true,
                except,
            });
        }
        (Some(first), Some(start), Some(end)) => {
            if !except.is_empty() {
                problem(
                    "except",
                    "exceptions belong to a repeating offer: choose its weekdays".into(),
                );
            }
            schedule.dates.push(Slot {
                start: first.to_datetime(start),
                end: first.to_datetime(end),
            });
        }
        (None, None, None) if first_text.is_empty() => {}
        (None, _, _) => problem(
            "first_date",
            format!("`{first_text}` is not a date (YYYY-MM-DD)"),
        ),
        _ => problem(
            "first_date",
            "give the start and end time (HH:MM) with the date".into(),
        ),
    }
    for (number, line) in form.get_raw("more_dates").lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_slot(line) {
            Some(slot) => schedule.dates.push(slot),
            None => problem(
                "more_dates",
                format!(
                    "line {}: `{}` is not a date with times, like 2026-09-01 18:00-19:30",
                    number + 1,
                    line.trim()
                ),
            ),
        }
    }

    // Where.
    let coordinate = |name: &str| -> Result<Option<f64>, String> {
        let text = form.get(name).replace(',', ".");
        if text.is_empty() {
            return Ok(None);
        }
        text.parse::<f64>()
            .map(Some)
            .map_err(|_| format!("`{}` is not a decimal degree, like 52.0211", form.get(name)))
    };
    let location = match form.get("location_kind") {
        "online" => Location::Online,
        "outreach" => Location::Outreach {
            districts: form
                .all("outreach")
                .iter()
                .map(|d| (*d).to_owned())
                .collect(),
        },
        _ => {
            let coordinates = match (coordinate("latitude"), coordinate("longitude")) {
                (Ok(Some(lat)), Ok(Some(lon))) => Some((lat, lon)),
                (Ok(None), Ok(None)) => None,
                (Err(message), _) => {
                    problem("latitude", message);
                    None
                }
                (_, Err(message)) => {
                    problem("longitude", message);
                    None
                }
                (Ok(None), Ok(Some(_))) => {
                    problem(
                        "latitude",
                        "give both latitude and longitude, or neither".into(),
                    );
                    None
                }
                (Ok(Some(_)), Ok(None)) => {
                    problem(
                        "longitude",
                        "give both latitude and longitude, or neither".into(),
                    );
                    None
                }
            };
            Location::Place {
                address: form.get("address").to_owned(),
                district: form.get("district").to_owned(),
                coordinates,
            }
        }
    };

    // Links to the concept.
    let list = |name: &str| -> Vec<String> {
        form.get(name)
            .split([',', ';', ' '])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let mut measures = Vec::new();
    for part in list("measures") {
        match part.trim_start_matches('#').parse::<i64>() {
            Ok(id) if id > 0 => measures.push(id),
            _ => problem("measures", format!("`{part}` is not a measure number")),
        }
    }
    let recommendations = list("recommendations");
    for id in &recommendations {
        if !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            problem(
                "recommendations",
                format!("`{id}` is not a recommendation id, like sport-1"),
            );
        }
    }

    let content = OfferContent {
        title: form.get("title").to_owned(),
        description: form.get_raw("description").trim().to_owned(),
        category: Category::parse(form.get("category")).unwrap_or(Category::Course),
        target_groups: form
            .all("target_groups")
            .iter()
            .map(|g| (*g).to_owned())
            .collect(),
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
        location,
        contact: form.get("contact").to_owned(),
        registration_url: Some(form.get("registration_url").to_owned())
            .filter(|url| !url.is_empty()),
        recommendations,
        measures,
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
                Err(AppError::Invalid(problems)) => problems_in_words(&page, problems),
                Err(error) => return Err(page.refused(error)),
            }
        }
        Err(problems) => problems,
    };
    render_mine(&page, &form, problems, StatusCode::UNPROCESSABLE_ENTITY).await
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

/// The use case's problems as (field, text in the page's language): the rule's translation
/// where it has one, its English words otherwise.
fn problems_in_words(page: &Page, problems: Vec<teilhabe_app::Problem>) -> Vec<(String, String)> {
    let t = page.t();
    problems
        .into_iter()
        .map(|problem| {
            let text = match &problem.translation {
                Some(found) => match &found.value {
                    Some(value) => t.msg_with(&found.id, "value", value.as_str()),
                    None => t.msg(&found.id),
                },
                None => problem.message,
            };
            (problem.field, text)
        })
        .collect()
}

/// Choices in the order of their labels (the language list is ordered by code).
fn sorted_by_label(mut choices: Vec<Choice>) -> Vec<Choice> {
    choices.sort_by_key(|choice| choice.label.to_lowercase());
    choices
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs.iter())
            .finish();
        FormData::parse(&Bytes::from(body))
    }

    fn base() -> Vec<(&'static str, &'static str)> {
        vec![
            ("title", "Nähcafé"),
            ("category", "parents"),
            ("cost", "free"),
            ("languages", "de"),
            ("district", "01"),
            ("address", "Niederwall 1"),
        ]
    }

    #[test]
    fn a_monthly_rule_with_an_end_exceptions_and_more_dates() {
        let mut pairs = base();
        pairs.extend([
            ("first_date", "2026-09-01"),
            ("start_time", "9:30"),
            ("end_time", "11:00"),
            ("weekdays", "TU"),
            ("repeat", "monthly-last"),
            ("until", "2026-12-31"),
            ("except", "2026-10-27\n2026-11-24"),
            ("more_dates", "2026-12-12 14:00-17:00\n"),
            ("target_groups", "women"),
            ("recommendations", "kultur-freizeit-1, sport-1"),
            ("measures", "#12, 7"),
        ]);
        let content = content_of(&form(&pairs)).unwrap();
        let recurrence = content.schedule.recurrence.clone().unwrap();
        assert_eq!(recurrence.rule, "FREQ=MONTHLY;BYDAY=-1TU;UNTIL=20261231");
        assert_eq!(recurrence.start, jiff::civil::time(9, 30, 0, 0));
        assert_eq!(
            recurrence.except,
            [
                jiff::civil::date(2026, 10, 27),
                jiff::civil::date(2026, 11, 24)
            ]
        );
        assert_eq!(content.schedule.dates.len(), 1);
        assert_eq!(content.recommendations, ["kultur-freizeit-1", "sport-1"]);
        assert_eq!(content.measures, [12, 7]);
        assert_eq!(content.target_groups, ["women"]);
        // And back: the edit form holds the same offer.
        let again = content_of(&form_of(&content, 3)).unwrap();
        assert_eq!(again, content);
    }

    #[test]
    fn outreach_online_and_coordinates_round_trip() {
        for extra in [
            vec![
                ("location_kind", "outreach"),
                ("outreach", "02"),
                ("outreach", "05"),
            ],
            vec![("location_kind", "online")],
            vec![("latitude", "52,0211"), ("longitude", "8.5325")],
        ] {
            let mut pairs = base();
            pairs.extend(extra);
            pairs.extend([
                ("first_date", "2026-09-01"),
                ("start_time", "18:00"),
                ("end_time", "19:00"),
                ("weekdays", "MO"),
                ("weekdays", "TH"),
                ("repeat", "biweekly"),
            ]);
            let content = content_of(&form(&pairs)).unwrap();
            assert_eq!(content_of(&form_of(&content, 1)).unwrap(), content);
        }
    }

    #[test]
    fn problems_name_their_field_and_line() {
        let mut pairs = base();
        pairs.extend([
            ("first_date", "1.9.2026"),
            ("more_dates", "2026-09-02 18:00-19:00\nmorgen"),
            ("latitude", "52.0"),
            ("measures", "x"),
            ("fee_euro", "zehn"),
        ]);
        let problems = content_of(&form(&pairs)).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|(field, _)| field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "fee_euro",
                "first_date",
                "more_dates",
                "longitude",
                "measures"
            ]
        );
        assert!(problems[2].1.starts_with("line 2:"), "{problems:?}");
    }
}
