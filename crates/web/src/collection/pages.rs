//! The pages: each handler calls the use cases of `teilhabe_app::collection` and renders a view.
//! Entry posts every cell of the form (an emptied cell removes its value); "mark complete"
//! saves first, then completes, so nothing typed is lost when completion is refused.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery};
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::AppError;
use teilhabe_app::collection::{self, Entry, FormView};
use teilhabe_domain::collection::access::{may_read_all, may_report, may_review};
use teilhabe_domain::collection::{Catalog, Period};
use teilhabe_store::collection::FormKey;

use super::view;
use crate::frame::fields::Choice;
use crate::frame::forms::FormData;
use crate::frame::{OrPage, Page, PageError};

fn query(raw: Option<String>) -> FormData {
    FormData::parse(&Bytes::from(raw.unwrap_or_default()))
}

/// The reporter's open forms; the city's staff are sent to completeness.
pub async fn open_forms(page: Page) -> Result<Response, PageError> {
    page.require_account()?;
    let visitor = &page.viewer.visitor;
    if !may_report(visitor) && may_read_all(visitor) {
        return Ok(Page::see_other("/datenerhebung/vollstaendigkeit"));
    }
    let (institution, forms) =
        collection::open_forms(page.state.store(), visitor, page.state.now())
            .await
            .or_page(&page)?;
    let stored = page.concept().await?;
    let layout = page.layout(
        Some(&stored),
        super::NAV,
        page.t().msg("collection-list-title"),
    );
    let view = view::list_page(layout, &institution.institution.name, &forms);
    Ok(page.render(StatusCode::OK, &view))
}

/// One form (`?einrichtung=` names the institution for the statistics office).
pub async fn form(
    page: Page,
    Path((data_set, period)): Path<(String, String)>,
    RawQuery(raw): RawQuery,
) -> Result<Response, PageError> {
    page.require_account()?;
    let query = query(raw);
    let institution = Some(query.get("einrichtung")).filter(|code| !code.is_empty());
    let view = collection::form(
        page.state.store(),
        &page.viewer.visitor,
        &data_set,
        &period,
        institution,
        page.state.now(),
    )
    .await
    .or_page(&page)?;
    render_form(&page, &view, None, &[], institution, StatusCode::OK).await
}

async fn render_form(
    page: &Page,
    form: &FormView,
    submitted: Option<&FormData>,
    problems: &[(String, String)],
    institution: Option<&str>,
    status: StatusCode,
) -> Result<Response, PageError> {
    let store = page.state.store();
    let scores = collection::self_check_scores(store, form)
        .await
        .or_page(page)?;
    // The comparison with institutions of the same kind: the institution's reporters and the
    // statistics office; other staff who read the form do not get it.
    let comparison = if form.data_set.areas.is_empty() {
        None
    } else {
        match collection::self_check_comparison(
            store,
            &page.viewer.visitor,
            &form.data_set.code,
            &form.period.to_string(),
            Some(&form.institution.code),
            page.state.now(),
        )
        .await
        {
            Ok(comparison) => Some(comparison),
            Err(AppError::Forbidden(_)) => None,
            Err(error) => return Err(page.refused(error)),
        }
    };
    let stored = page.concept().await?;
    let title = form.data_set.name.get(page.lang()).to_owned();
    let layout = page.layout(Some(&stored), super::NAV, title);
    let view = view::form_page(
        layout,
        page,
        form,
        view::SelfCheck {
            scores: &scores,
            comparison: comparison.as_ref(),
        },
        submitted,
        problems,
        institution,
    );
    Ok(page.render(status, &view))
}

/// Every cell of the data set the form sent.
fn entries(catalog: &Catalog, data_set: &str, form: &FormData) -> Vec<Entry> {
    let Some(set) = catalog.data_set(data_set) else {
        return Vec::new();
    };
    let mut entries = Vec::new();
    for element in &set.elements {
        for combo in catalog.combos(element) {
            let name = view::value_name(&element.code, &combo);
            if form.has(&name) {
                entries.push(Entry {
                    element: element.code.clone(),
                    combo: combo.clone(),
                    value: form.get_raw(&name).to_owned(),
                    comment: form
                        .get_raw(&view::comment_name(&element.code, &combo))
                        .to_owned(),
                });
            }
        }
    }
    entries
}

fn problems_of(problems: Vec<teilhabe_app::error::Problem>) -> Vec<(String, String)> {
    problems.into_iter().map(|p| (p.field, p.message)).collect()
}

/// Saves the draft (`aktion=speichern`) or saves and marks it complete
/// (`aktion=abschliessen`).
pub async fn save(
    page: Page,
    Path((data_set, period)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let catalog = collection::catalog(store).await.or_page(&page)?;
    let entries = entries(&catalog, &data_set, &form);
    match collection::save_draft(store, visitor, &data_set, &period, &entries, now).await {
        Ok(_) => {}
        Err(AppError::Invalid(problems)) => {
            let view = collection::form(store, visitor, &data_set, &period, None, now)
                .await
                .or_page(&page)?;
            return render_form(
                &page,
                &view,
                Some(&form),
                &problems_of(problems),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
        Err(error) => return Err(page.refused(error)),
    }
    if form.get("aktion") == "abschliessen" {
        match collection::complete(store, visitor, &data_set, &period, now).await {
            Ok(_) => {}
            Err(AppError::Invalid(problems)) => {
                let view = collection::form(store, visitor, &data_set, &period, None, now)
                    .await
                    .or_page(&page)?;
                return render_form(
                    &page,
                    &view,
                    None,
                    &problems_of(problems),
                    None,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await;
            }
            Err(error) => return Err(page.refused(error)),
        }
    }
    Ok(Page::see_other(&view::form_href(&data_set, &period, None)))
}

/// Approves (`aktion=freigeben`) or returns (`aktion=zurueckgeben`, with `kommentar`) the
/// form of `einrichtung`.
pub async fn decide(
    page: Page,
    Path((data_set, period)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, PageError> {
    let form = page.account_form(&body)?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let key = FormKey {
        data_set: data_set.clone(),
        period: period.clone(),
        institution: form.get("einrichtung").to_owned(),
    };
    let result = match form.get("aktion") {
        "freigeben" => collection::approve(store, visitor, &key, now).await,
        "zurueckgeben" => {
            collection::return_form(store, visitor, &key, form.get("kommentar"), now).await
        }
        _ => Err(AppError::NotFound),
    };
    let selection = format!("{data_set}/{period}");
    match result {
        Ok(()) => Ok(Page::see_other(&format!(
            "/datenerhebung/vollstaendigkeit?auswahl={selection}#einrichtung-{}",
            key.institution
        ))),
        Err(AppError::Invalid(problems)) => {
            let message = problems
                .first()
                .map(|p| p.message.clone())
                .unwrap_or_default();
            render_completeness(
                &page,
                Some(&selection),
                Some((&key.institution, &message)),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(error) => Err(page.refused(error)),
    }
}

/// Completeness of a data set's period (`?auswahl=set/period`; by default the first data
/// set's last finished period).
pub async fn completeness(page: Page, RawQuery(raw): RawQuery) -> Result<Response, PageError> {
    let query = query(raw);
    let selection = Some(query.get("auswahl")).filter(|s| !s.is_empty());
    render_completeness(&page, selection, None, StatusCode::OK).await
}

async fn render_completeness(
    page: &Page,
    selection: Option<&str>,
    problem: Option<(&str, &str)>,
    status: StatusCode,
) -> Result<Response, PageError> {
    page.require_account()?;
    let (store, visitor, now) = (page.state.store(), &page.viewer.visitor, page.state.now());
    let today = collection::today(now);
    let catalog = collection::catalog(store).await.or_page(page)?;
    let lang = page.lang().to_owned();
    let t = page.t();
    let mut choices = Vec::new();
    let mut default = None;
    for set in &catalog.data_sets {
        let mut period = Period::containing(set.period_type, today);
        for _ in 0..8 {
            let value = format!("{}/{period}", set.code);
            if default.is_none() && period != Period::containing(set.period_type, today) {
                default = Some(value.clone());
            }
            let label = view::period_label(&t, period);
            choices.push((value, format!("{} · {label}", set.name.get(&lang))));
            period = period.previous();
        }
    }
    let chosen = selection.map(str::to_owned).or(default).unwrap_or_default();
    let (data_set, period) = chosen.split_once('/').unwrap_or((chosen.as_str(), ""));
    let view = collection::completeness(store, visitor, data_set, period, now)
        .await
        .or_page(page)?;
    if !choices.iter().any(|(value, _)| *value == chosen) {
        choices.push((chosen.clone(), chosen.clone()));
    }
    let choices = choices
        .into_iter()
        .map(|(value, label)| {
            let selected = value == chosen;
            Choice::new(value, label, selected)
        })
        .collect();
    let stored = page.concept().await?;
    let layout = page.layout(
        Some(&stored),
        super::NAV_COMPLETENESS,
        page.t().msg("collection-completeness-title"),
    );
    let view = view::completeness_page(layout, page, &view, choices, may_review(visitor), problem);
    Ok(page.render(status, &view))
}
