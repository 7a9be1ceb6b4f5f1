//! The offers' pages as views: texts already in the page's language.

use std::collections::BTreeMap;

use askama::Template;
use jiff::Timestamp;
use teilhabe_charts::map::{Choropleth, MapValue};
use teilhabe_domain::city::CitySettings;
use teilhabe_domain::offers::filter::{DayTime, Filter};
use teilhabe_domain::offers::schedule::berlin;
use teilhabe_domain::offers::{
    Accessibility, Category, Cost, CostKind, Gender, Location, Offer, description_key, title_key,
    web_calendar,
};
use teilhabe_domain::text::Text;
use teilhabe_store::StoredConcept;
use teilhabe_store::institutions::StoredInstitution;

use crate::frame::fields::{Choice, Field};
use crate::frame::i18n::Translator;
use crate::frame::{Content, Layout, Localized, Page};

/// Languages offers are held in, by their own name (so each reader finds theirs).
/// A language an offer is held in, as a reader finds it: its German or English name on German
/// and English pages, its own name (endonym) on every other page and on the page in that very
/// language — a Turkish reader looks for "Türkçe", not for the English "Turkish". A code the
/// list lacks is shown as it is.
pub fn language_label(code: &str, ui: &str) -> String {
    let base = ui.split('-').next().unwrap_or(ui);
    match teilhabe_app::languages::list().get(code) {
        Some(language) if base == code || !matches!(base, "de" | "en") => language.endonym.clone(),
        Some(language) => language.name(ui).to_owned(),
        None => code.to_owned(),
    }
}

/// The `lang`/`dir` attributes for a language's label (see [`language_label`]) where it is not
/// in the page's language.
pub fn language_label_attr(code: &str, ui: &str) -> String {
    let base = ui.split('-').next().unwrap_or(ui);
    if base == code || matches!(base, "de" | "en") {
        return String::new();
    }
    let right_to_left = teilhabe_app::languages::list()
        .get(code)
        .is_some_and(|language| language.right_to_left);
    let dir = if right_to_left { "rtl" } else { "ltr" };
    format!(" lang=\"{code}\" dir=\"{dir}\"")
}

const WEEKDAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];

pub struct Group {
    pub id: &'static str,
    pub legend: String,
    pub options: Vec<Choice>,
}

impl Group {
    /// The options for the template's macro (which takes them by value).
    pub fn choices(&self) -> Vec<Choice> {
        self.options.clone()
    }
}

pub struct OfferItem {
    pub href: String,
    pub title: Localized,
    pub provider: String,
    pub category: String,
    pub facts: Vec<String>,
}

pub struct DistrictCount {
    pub name: String,
    pub count: String,
}

#[derive(Template)]
#[template(path = "offers/search.html")]
pub struct SearchPage<'a> {
    pub layout: Layout<'a>,
    pub q: Field,
    pub checks: Vec<Field>,
    pub groups: Vec<Group>,
    pub results_heading: String,
    pub results: Vec<OfferItem>,
    pub map: String,
    pub districts: Vec<DistrictCount>,
    pub outside: String,
}

fn category_label(t: &Translator, category: Category) -> String {
    t.msg(&format!("offers-category-{}", category.as_str()))
}

fn cost_text(t: &Translator, cost: Cost) -> String {
    let label = t.msg(&format!("offers-cost-{}", cost.kind().as_str()));
    match cost.cents() {
        Some(cents) => format!("{label} ({} €)", t.number(f64::from(cents) / 100.0, 2)),
        None => label,
    }
}

fn place_text(t: &Translator, settings: &CitySettings, location: &Location) -> String {
    let name = |code: &str| {
        settings
            .district(code)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| code.to_owned())
    };
    match location {
        Location::Place { district, .. } => name(district),
        Location::Outreach { districts } => format!(
            "{}: {}",
            t.msg("offers-outreach"),
            districts
                .iter()
                .map(|d| name(d))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Location::Online => t.msg("offers-online"),
    }
}

fn weekday_labels(t: &Translator, offer: &Offer) -> String {
    offer
        .content
        .schedule
        .weekdays()
        .iter()
        .filter_map(|day| WEEKDAYS.get(usize::try_from(*day).ok()?))
        .map(|code| t.msg(&format!("offers-weekday-{code}")))
        .collect::<Vec<_>>()
        .join(", ")
}

fn title_of(c: &Content, offer: &Offer) -> Localized {
    c.text(
        &title_key(offer.id),
        &Text::german(offer.content.title.clone()),
    )
}

fn provider_name(providers: &[StoredInstitution], code: &str) -> String {
    providers
        .iter()
        .find(|p| p.institution.code == code)
        .map(|p| p.institution.name.clone())
        .unwrap_or_else(|| code.to_owned())
}

/// The search's filter groups (checkbox fieldsets) and its two single checks, shared by the
/// search and the coverage page; `districts` leaves the district group out where every
/// district gets its own row anyway.
pub fn filter_fields(
    t: &Translator,
    settings: &CitySettings,
    filter: &Filter,
    districts: bool,
    offered: &[String],
) -> (Vec<Group>, Vec<Field>) {
    let group = |id: &'static str, legend: &str, options: Vec<Choice>| Group {
        id,
        legend: t.msg(legend),
        options,
    };
    let mut groups = vec![
        group(
            "kategorie",
            "offers-category",
            Category::ALL
                .iter()
                .map(|v| {
                    Choice::new(
                        v.as_str(),
                        category_label(t, *v),
                        filter.categories.contains(v),
                    )
                })
                .collect(),
        ),
        group(
            "kosten",
            "offers-cost",
            CostKind::ALL
                .iter()
                .map(|v| {
                    Choice::new(
                        v.as_str(),
                        t.msg(&format!("offers-cost-{}", v.as_str())),
                        filter.cost.contains(v),
                    )
                })
                .collect(),
        ),
        group(
            "fuer",
            "offers-gender",
            Gender::ALL
                .iter()
                .filter(|v| **v != Gender::All)
                .map(|v| {
                    Choice::new(
                        v.as_str(),
                        t.msg(&format!("offers-gender-{}", v.as_str())),
                        filter.gender.contains(v),
                    )
                })
                .collect(),
        ),
        group(
            "sprache",
            "offers-language",
            offered
                .iter()
                .chain(
                    filter
                        .languages
                        .iter()
                        .filter(|code| !offered.contains(code)),
                )
                .map(|code| {
                    let mut choice = Choice::new(
                        code.clone(),
                        language_label(code, t.code()),
                        filter.languages.contains(code),
                    );
                    choice.lang_attr = language_label_attr(code, t.code());
                    choice
                })
                .collect(),
        ),
        group(
            "bezirk",
            "offers-district",
            settings
                .districts
                .iter()
                .map(|d| {
                    Choice::new(
                        d.code.clone(),
                        d.name.clone(),
                        filter.districts.contains(&d.code),
                    )
                })
                .collect(),
        ),
        group(
            "wochentag",
            "offers-weekday",
            WEEKDAYS
                .iter()
                .zip(0_i8..)
                .map(|(code, offset)| {
                    Choice::new(
                        *code,
                        t.msg(&format!("offers-weekday-{code}")),
                        filter.weekdays.contains(&offset),
                    )
                })
                .collect(),
        ),
        group(
            "tageszeit",
            "offers-daytime",
            DayTime::ALL
                .iter()
                .map(|v| {
                    Choice::new(
                        v.as_str(),
                        t.msg(&format!("offers-daytime-{}", v.as_str())),
                        filter.day_times.contains(v),
                    )
                })
                .collect(),
        ),
        group(
            "barrierefrei",
            "offers-accessibility",
            Accessibility::ALL
                .iter()
                .map(|v| {
                    Choice::new(
                        v.as_str(),
                        t.msg(&format!("offers-accessibility-{}", v.as_str())),
                        filter.accessibility.contains(v),
                    )
                })
                .collect(),
        ),
    ];
    if !districts {
        groups.retain(|group| group.id != "bezirk");
    }
    let checks = vec![
        Field::checkbox(
            "kinderbetreuung",
            t.msg("offers-childcare"),
            filter.childcare,
        )
        .value("ja"),
        Field::checkbox(
            "ohne-anmeldung",
            t.msg("offers-low-threshold"),
            filter.low_threshold,
        )
        .value("ja"),
    ];
    (groups, checks)
}

/// The search page; `offered` are the languages public offers are held in (the filter's options).
#[allow(clippy::too_many_arguments)]
pub fn search_page<'a>(
    page: &'a Page,
    c: Content,
    stored: &StoredConcept,
    settings: &CitySettings,
    filter: &Filter,
    offers: &[Offer],
    offered: &[String],
    providers: &[StoredInstitution],
) -> SearchPage<'a> {
    let t = page.t();
    let (groups, checks) = filter_fields(&t, settings, filter, true, offered);
    let results = offers
        .iter()
        .map(|offer| {
            let mut facts = vec![
                cost_text(&t, offer.content.cost),
                place_text(&t, settings, &offer.content.location),
            ];
            let days = weekday_labels(&t, offer);
            if !days.is_empty() {
                facts.push(days);
            }
            if offer.content.childcare {
                facts.push(t.msg("offers-childcare"));
            }
            if offer.content.gender != Gender::All {
                facts.push(t.msg(&format!("offers-gender-{}", offer.content.gender.as_str())));
            }
            OfferItem {
                href: format!("/angebote/{}", offer.id),
                title: title_of(&c, offer),
                provider: provider_name(providers, &offer.provider),
                category: category_label(&t, offer.content.category),
                facts,
            }
        })
        .collect();
    // Offers per district (outreach counts in each district it comes to; online in none).
    // Offers are not persons: no disclosure control applies (docs/decisions.md, issue 18).
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut outside = 0;
    for offer in offers {
        let districts = offer.content.location.districts();
        if districts.is_empty() {
            outside += 1;
        }
        for district in districts {
            *counts.entry(district).or_default() += 1;
        }
    }
    let districts: Vec<DistrictCount> = settings
        .districts
        .iter()
        .map(|d| DistrictCount {
            name: d.name.clone(),
            count: t.number(counts.get(d.code.as_str()).copied().unwrap_or(0) as f64, 0),
        })
        .collect();
    let map = teilhabe_charts::figures::geometry(&stored.concept.city.slug)
        .map(|geometry| {
            Choropleth {
                id: "angebote-karte".into(),
                title: t.msg("offers-map-title"),
                desc: t.msg("offers-map-desc"),
                legend_title: t.msg("offers-map-legend"),
                mark: t.decimal_mark(),
                values: settings
                    .districts
                    .iter()
                    .map(|d| {
                        let count = counts.get(d.code.as_str()).copied().unwrap_or(0);
                        MapValue {
                            code: d.code.clone(),
                            value: Some(count as f64),
                            label: t.number(count as f64, 0),
                            status: None,
                        }
                    })
                    .collect(),
                suppressed_label: t.msg("map-suppressed"),
                missing_label: t.msg("map-missing"),
            }
            .render(geometry)
        })
        .unwrap_or_default();
    let mut layout = page.layout(Some(stored), super::NAV, t.msg("offers-title"));
    layout.content = c;
    SearchPage {
        q: Field::search("q", t.msg("offers-q")).value(filter.text.clone()),
        checks,
        groups,
        results_heading: t.msg_with("offers-results", "count", offers.len() as i64),
        results,
        map,
        districts,
        outside: t.number(outside as f64, 0),
        layout,
    }
}

pub struct Fact {
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "offers/detail.html")]
pub struct DetailPage<'a> {
    pub layout: Layout<'a>,
    pub id: i64,
    pub title: Localized,
    pub description: Localized,
    pub status_note: Option<String>,
    pub facts: Vec<Fact>,
    pub dates: Vec<String>,
    /// "Add to calendar" links for the next date: (service's name, address).
    pub web_calendars: Vec<(String, String)>,
    pub registration: Option<String>,
    pub json_ld: String,
}

fn local_text(t: &Translator, at: jiff::civil::DateTime, end: jiff::civil::DateTime) -> String {
    format!(
        "{}, {}–{}",
        t.long_date(&at.date().to_string()),
        at.strftime("%H:%M"),
        end.strftime("%H:%M")
    )
}

/// JSON-LD for a `<script>`: `<` escaped so no text can close the element.
fn script_safe(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

pub fn detail_page<'a>(
    page: &'a Page,
    c: Content,
    stored: &StoredConcept,
    settings: &CitySettings,
    offer: &Offer,
    provider: Option<StoredInstitution>,
    now: Timestamp,
) -> DetailPage<'a> {
    let t = page.t();
    let content = &offer.content;
    let title = title_of(&c, offer);
    let description = c.text(
        &description_key(offer.id),
        &Text::german(content.description.clone()),
    );
    let provider_name = provider
        .map(|p| p.institution.name)
        .unwrap_or_else(|| offer.provider.clone());
    let today = now.to_zoned(berlin()).date();
    let horizon = today
        .checked_add(jiff::Span::new().days(120))
        .unwrap_or(today);
    let occurrences =
        content
            .schedule
            .occurrences(today, horizon, &teilhabe_app::offers::holidays());
    let dates: Vec<String> = occurrences
        .iter()
        .take(8)
        .map(|o| local_text(&t, o.start, o.end))
        .collect();
    let place_for_calendars = match &content.location {
        Location::Place { address, .. } => Some(address.clone()),
        Location::Online => Some(t.msg("offers-online")),
        Location::Outreach { .. } => None,
    };
    let web_calendars = occurrences
        .first()
        .map(|next| {
            let entry = web_calendar::Entry {
                title: &title.text,
                description: &description.text,
                location: place_for_calendars.as_deref(),
            };
            web_calendar::Service::ALL
                .iter()
                .map(|&service| {
                    (
                        t.msg(&format!("offers-calendar-{}", service.as_str())),
                        web_calendar::link(service, &entry, next),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let mut facts = vec![
        Fact {
            label: t.msg("offers-provider"),
            value: provider_name.clone(),
        },
        Fact {
            label: t.msg("offers-category"),
            value: category_label(&t, content.category),
        },
        Fact {
            label: t.msg("offers-cost"),
            value: cost_text(&t, content.cost),
        },
        Fact {
            label: t.msg("offers-language"),
            value: content
                .languages
                .iter()
                .map(|code| language_label(code, t.code()))
                .collect::<Vec<_>>()
                .join(", "),
        },
        Fact {
            label: t.msg("offers-where"),
            value: match &content.location {
                Location::Place { address, .. } => format!(
                    "{address} ({})",
                    place_text(&t, settings, &content.location)
                ),
                other => place_text(&t, settings, other),
            },
        },
    ];
    let mut flags = Vec::new();
    if content.childcare {
        flags.push(t.msg("offers-childcare"));
    }
    if content.low_threshold {
        flags.push(t.msg("offers-low-threshold"));
    }
    if content.gender != Gender::All {
        flags.push(t.msg(&format!("offers-gender-{}", content.gender.as_str())));
    }
    flags.extend(
        content
            .accessibility
            .iter()
            .map(|a| t.msg(&format!("offers-accessibility-{}", a.as_str()))),
    );
    if !flags.is_empty() {
        facts.push(Fact {
            label: t.msg("offers-features"),
            value: flags.join(", "),
        });
    }
    if !content.contact.trim().is_empty() {
        facts.push(Fact {
            label: t.msg("offers-contact"),
            value: content.contact.clone(),
        });
    }
    // schema.org: an Event per upcoming date (the first few) at its Place.
    let place = match &content.location {
        Location::Place {
            address,
            coordinates,
            ..
        } => {
            let mut place =
                serde_json::json!({"@type": "Place", "name": provider_name, "address": address});
            if let Some((lat, lon)) = coordinates {
                place["geo"] = serde_json::json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon});
            }
            place
        }
        _ => serde_json::json!({"@type": "VirtualLocation", "name": t.msg("offers-online")}),
    };
    let offset = |at: jiff::civil::DateTime| {
        berlin()
            .to_zoned(at)
            .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
            .unwrap_or_else(|_| at.to_string())
    };
    let events: Vec<serde_json::Value> = occurrences
        .iter()
        .take(3)
        .map(|o| {
            let mut event = serde_json::json!({
                "@context": "https://schema.org",
                "@type": "Event",
                "name": content.title,
                "description": content.description,
                "startDate": offset(o.start),
                "endDate": offset(o.end),
                "eventAttendanceMode": if matches!(content.location, Location::Online) {
                    "https://schema.org/OnlineEventAttendanceMode"
                } else {
                    "https://schema.org/OfflineEventAttendanceMode"
                },
                "location": place,
                "organizer": {"@type": "Organization", "name": provider_name},
                "inLanguage": content.languages,
                "isAccessibleForFree": matches!(content.cost, Cost::Free),
            });
            if let Some(url) = &content.registration_url {
                event["url"] = serde_json::json!(url);
            }
            event
        })
        .collect();
    let json_ld = if events.is_empty() {
        let mut place = place.clone();
        place["@context"] = serde_json::json!("https://schema.org");
        script_safe(&place)
    } else {
        script_safe(&serde_json::Value::Array(events))
    };
    let status_note = (offer.status != teilhabe_domain::offers::Status::Published)
        .then(|| t.msg(&format!("offers-status-{}", offer.status.as_str())));
    let mut layout = page.layout(Some(stored), super::NAV, title.text.clone());
    layout.content = c;
    DetailPage {
        layout,
        id: offer.id,
        title,
        description,
        status_note,
        facts,
        dates,
        web_calendars,
        registration: content.registration_url.clone(),
        json_ld,
    }
}

pub struct CoverageRow {
    pub name: String,
    pub cells: Vec<String>,
    pub total: String,
    pub population: String,
    pub rate: String,
}

#[derive(Template)]
#[template(path = "offers/coverage.html")]
pub struct CoveragePage<'a> {
    pub layout: Layout<'a>,
    pub checks: Vec<Field>,
    pub groups: Vec<Group>,
    pub base: Field,
    /// The criteria stand open until some are chosen; then the figures come first.
    pub criteria_open: bool,
    pub categories: Vec<String>,
    pub rows: Vec<CoverageRow>,
    pub rate_heading: String,
    pub population_heading: String,
    pub map: String,
    pub gaps: Vec<String>,
}

/// Offers per 1,000 of the base, two decimals; "–" where the base is empty.
fn rate_text(t: &Translator, cell: &teilhabe_domain::offers::coverage::Cell) -> String {
    cell.per_thousand
        .map_or_else(|| "–".to_owned(), |rate| t.number(rate, 2))
}

/// The office's coverage: per district and category, the public offers that meet the chosen
/// criteria, and per district against the chosen base — table, map (the same rates) and gaps.
pub fn coverage_page<'a>(
    page: &'a Page,
    stored: &StoredConcept,
    settings: &CitySettings,
    filter: &Filter,
    table: &teilhabe_domain::offers::coverage::Coverage,
    criteria_open: bool,
    offered: &[String],
) -> CoveragePage<'a> {
    use teilhabe_domain::offers::coverage::Base;
    let t = page.t();
    let (groups, checks) = filter_fields(&t, settings, filter, false, offered);
    let base_key = |base: Base| format!("offers-coverage-base-{}", base.as_str());
    let base = Field::select(
        "basis",
        t.msg("offers-coverage-base"),
        Base::ALL
            .into_iter()
            .map(|base| Choice::new(base.as_str(), t.msg(&base_key(base)), base == table.base))
            .collect(),
    );
    let rate_heading = t.msg(&format!("offers-coverage-rate-{}", table.base.as_str()));
    let rows: Vec<CoverageRow> = table
        .rows
        .iter()
        .map(|row| CoverageRow {
            name: row.name.clone(),
            cells: row
                .by_category
                .iter()
                .map(|cell| t.number(cell.offers as f64, 0))
                .collect(),
            total: t.number(row.total.offers as f64, 0),
            population: t.number(row.population as f64, 0),
            rate: rate_text(&t, &row.total),
        })
        .collect();
    let map = teilhabe_charts::figures::geometry(&stored.concept.city.slug)
        .map(|geometry| {
            Choropleth {
                id: "abdeckung-karte".into(),
                title: t.msg("offers-coverage-map-title"),
                desc: t.msg("offers-coverage-map-desc"),
                legend_title: t.msg("offers-coverage-map-legend"),
                mark: t.decimal_mark(),
                values: table
                    .rows
                    .iter()
                    .map(|row| MapValue {
                        code: row.code.clone(),
                        value: row.total.per_thousand,
                        label: rate_text(&t, &row.total),
                        status: None,
                    })
                    .collect(),
                suppressed_label: t.msg("map-suppressed"),
                missing_label: t.msg("map-missing"),
            }
            .render(geometry)
        })
        .unwrap_or_default();
    let layout = page.layout(
        Some(stored),
        super::COVERAGE_NAV,
        t.msg("offers-coverage-title"),
    );
    CoveragePage {
        checks,
        groups,
        base,
        criteria_open,
        categories: Category::ALL
            .iter()
            .map(|category| category_label(&t, *category))
            .collect(),
        rows,
        rate_heading,
        population_heading: t.msg(&format!(
            "offers-coverage-population-{}",
            table.base.as_str()
        )),
        map,
        gaps: table.gaps().iter().map(|row| row.name.clone()).collect(),
        layout,
    }
}
