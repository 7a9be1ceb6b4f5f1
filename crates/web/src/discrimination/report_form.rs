//! The public report form (`/diskriminierung/melden`): no account, every UI language, screened
//! (screening.rs) and answered with a receipt code. Signed-in visitors report as the public: a
//! report is never tied to an account.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::response::Response;
use teilhabe_app::AppError;
use teilhabe_app::discrimination::{self, Screening, Setup};
use teilhabe_domain::access::Visitor;
use teilhabe_domain::city::District;
use teilhabe_domain::discrimination::ReportInput;

use super::screening::{HONEYPOT, PROOF_BITS, ReportGate};
use crate::frame::fields::{Choice, Control, Field, FieldError};
use crate::frame::forms::FormData;
use crate::frame::layout::Layout;
use crate::frame::{Page, PageError};

/// The fields in the order of the page (and of the error summary).
const FIELDS: [&str; 7] = [
    "area",
    "district",
    "month",
    "grounds",
    "what_happened",
    "wants_counselling",
    "contact",
];

#[derive(Template)]
#[template(path = "discrimination/report_form.html")]
pub struct FormPage<'a> {
    pub layout: Layout<'a>,
    /// The static export: a form needs the city's server, so the page only explains.
    offline: bool,
    errors: Vec<FieldError>,
    before: Vec<Field>,
    grounds_legend: String,
    grounds: Vec<Choice>,
    subtypes_legend: String,
    subtypes: Vec<Choice>,
    grounds_error: Option<String>,
    after: Vec<Field>,
    honeypot: &'static str,
    challenge: String,
    bits: u32,
}

#[derive(Template)]
#[template(path = "discrimination/receipt.html")]
pub struct ReceiptPage<'a> {
    pub layout: Layout<'a>,
    code: String,
    counselling: bool,
}

pub async fn form(page: Page) -> Result<Response, PageError> {
    let districts = page.districts().await?;
    Ok(render(
        &page,
        &districts,
        &FormData::default(),
        &HashMap::new(),
        StatusCode::OK,
    ))
}

fn render(
    page: &Page,
    districts: &[District],
    form: &FormData,
    errors: &HashMap<&str, String>,
    status: StatusCode,
) -> Response {
    let t = page.t();
    let lang = page.lang().to_owned();
    let categories = discrimination::categories();
    let error = |name: &str| errors.get(name).cloned();
    let mut areas = vec![Choice::new("", t.msg("discrimination-choose"), false)];
    areas.extend(super::choices(
        &categories.areas,
        &lang,
        &[form.get("area").to_owned()],
    ));
    let mut district_choices = vec![Choice::new("", t.msg("discrimination-not-stated"), false)];
    district_choices.extend(districts.iter().map(|district| {
        Choice::new(
            district.code.clone(),
            district.name.clone(),
            form.get("district") == district.code,
        )
    }));
    let before = vec![
        Field::select("area", t.msg("discrimination-field-area"), areas)
            .hint(t.msg("discrimination-hint-area"))
            .error(error("area"))
            .required(),
        Field::select(
            "district",
            t.msg("discrimination-field-district"),
            district_choices,
        )
        .hint(t.msg("discrimination-hint-district"))
        .error(error("district")),
        Field::new(Control::Month, "month", t.msg("discrimination-field-month"))
            .value(form.get("month"))
            .hint(t.msg("discrimination-hint-month"))
            .attribute("placeholder", "JJJJ-MM")
            .error(error("month"))
            .required(),
    ];
    let grounds: Vec<String> = form.all("grounds").into_iter().map(str::to_owned).collect();
    let after = vec![
        Field::text_area("what_happened", t.msg("discrimination-field-what"), 6)
            .value(form.get("what_happened"))
            .hint(t.msg("discrimination-hint-what"))
            .attribute("maxlength", "5000")
            .error(error("what_happened"))
            .required(),
        Field::checkbox(
            "wants_counselling",
            t.msg("discrimination-field-counselling"),
            form.has("wants_counselling"),
        )
        .value("ja")
        .hint(t.msg("discrimination-hint-counselling")),
        Field::text("contact", t.msg("discrimination-field-contact"))
            .value(form.get("contact"))
            .hint(t.msg("discrimination-hint-contact"))
            .attribute("maxlength", "300")
            .error(error("contact")),
    ];
    let (main_grounds, subtypes) = super::ground_choices(&lang, &grounds);
    let gate = page.state.shared::<ReportGate>();
    let grounds_field = Field::text("grounds", t.msg("discrimination-field-grounds"))
        .id("grounds")
        .error(error("grounds"));
    // The summary lists the errors in the order of the page: the grounds after the month.
    let mut all: Vec<&Field> = before.iter().chain(after.iter()).collect();
    all.insert(3, &grounds_field);
    let errors = FieldError::of(&all);
    let view = FormPage {
        layout: page.layout(
            None,
            super::NAV_REPORT,
            t.msg("discrimination-report-title"),
        ),
        offline: page.language.exported.is_some(),
        errors,
        before,
        grounds_legend: t.msg("discrimination-field-grounds"),
        grounds: main_grounds,
        subtypes_legend: t.msg("discrimination-field-racism"),
        subtypes,
        grounds_error: error("grounds"),
        after,
        honeypot: HONEYPOT,
        challenge: gate.issue(page.state.now()),
        bits: PROOF_BITS,
    };
    page.render(status, &view)
}

pub async fn submit(page: Page, body: Bytes) -> Result<Response, PageError> {
    let form = FormData::parse(&body);
    let now = page.state.now();
    let gate = page.state.shared::<ReportGate>();
    if !gate.allows(&page.address, now) {
        tracing::warn!("discrimination report refused: rate limit");
        let minutes = gate.wait_minutes(&page.address, now);
        let text = page
            .t()
            .msg_with("discrimination-limit-text", "minutes", minutes);
        return Err(page.message_text(
            StatusCode::TOO_MANY_REQUESTS,
            "discrimination-limit-title",
            text,
        ));
    }
    let screening = if !form.get(HONEYPOT).is_empty()
        || !gate.proof_holds(form.get("challenge"), form.get("proof"), now)
    {
        Screening::HeldBack
    } else {
        Screening::Passed
    };
    let input = ReportInput {
        area: form.get("area").to_owned(),
        district: form.get("district").to_owned(),
        month: form.get("month").to_owned(),
        grounds: form.all("grounds").into_iter().map(str::to_owned).collect(),
        what_happened: form.get_raw("what_happened").to_owned(),
        wants_counselling: form.has("wants_counselling"),
        contact: form.get("contact").to_owned(),
    };
    let setup = page.state.shared::<Setup>();
    let result = discrimination::submit_report(
        page.state.store(),
        // Whoever is signed in, the report is the public's: never tied to an account.
        &Visitor::Public,
        discrimination::categories(),
        setup.key.as_ref(),
        &input,
        screening,
        now,
    )
    .await;
    let t = page.t();
    let errors: HashMap<&str, String> = match result {
        Ok(receipt) => {
            gate.record(&page.address, now);
            if screening == Screening::HeldBack {
                tracing::info!("discrimination report held back by the spam checks");
            }
            let view = ReceiptPage {
                layout: page.layout(
                    None,
                    super::NAV_REPORT,
                    t.msg("discrimination-receipt-title"),
                ),
                code: receipt.code,
                counselling: input.wants_counselling,
            };
            return Ok(page.render(StatusCode::OK, &view));
        }
        Err(AppError::Invalid(problems)) => problems
            .iter()
            .filter_map(|problem| FIELDS.iter().find(|f| **f == problem.field))
            .map(|field| (*field, t.msg(&format!("discrimination-error-{field}"))))
            .collect(),
        Err(AppError::Unready(_)) => {
            HashMap::from([("contact", t.msg("discrimination-error-no-key"))])
        }
        Err(other) => return Err(page.refused(other)),
    };
    let districts = page.districts().await?;
    Ok(render(
        &page,
        &districts,
        &form,
        &errors,
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}
