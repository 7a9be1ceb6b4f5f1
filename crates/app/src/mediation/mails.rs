//! The e-mails of language mediation, in German (the city's working language). No client data:
//! only the appointment's language, time (Europe/Berlin), setting and place.
//!
//! The offer to a mediator and the confirmation to the institution carry the appointment as an
//! iCalendar invitation (`METHOD:REQUEST`, `SEQUENCE:0`); a cancellation sends everybody who got
//! one a `METHOD:CANCEL` with the same UID and `SEQUENCE:1`. Times in UTC (docs/formats/icalendar.md).

use jiff::Timestamp;
use jiff::civil::Date;
use teilhabe_domain::calendar::{Attendee, Event, Status as EventStatus, utc};
use teilhabe_domain::mediation::{CITY_TIME_ZONE, Mediator, RequestContent, local_text};
use teilhabe_store::mail::NewMail;
use teilhabe_store::mediation::StoredRequest;

use super::Decision;

fn mail(to: &str, subject: String, body: String, digest_key: Option<String>) -> NewMail {
    NewMail {
        recipient: to.to_owned(),
        subject,
        body,
        calendar: None,
        digest_key,
        not_before: None,
    }
}

/// The UID of a request's appointment: the same for the offer, the confirmation and the
/// cancellation. The request's time of creation keeps it unique beyond one database's ids.
pub(super) fn uid(request: &StoredRequest) -> String {
    format!(
        "mediation-request-{}-{}@teilhabe",
        request.id,
        utc(request.requested_at)
    )
}

/// The sequence of the first invitation; a cancellation has a higher one.
const FIRST_SEQUENCE: u32 = 0;
const CANCEL_SEQUENCE: u32 = 1;

/// The appointment as a calendar object for `attendee`.
fn invitation(
    request: &StoredRequest,
    attendee: &str,
    status: EventStatus,
    now: Timestamp,
) -> String {
    let content = &request.content;
    let language = crate::languages::list()
        .get(&content.language)
        .map_or(content.language.as_str(), |l| l.name("de"));
    let mut event = Event::new(
        &uid(request),
        content.starts_at,
        content.ends_at(),
        &format!("Sprachmittlung {language} (Anfrage {})", request.id),
    );
    event.description = Some(appointment(content));
    event.location = (!content.address.is_empty()).then(|| content.address.clone());
    event.attendees = vec![Attendee {
        email: attendee.to_owned(),
        name: None,
    }];
    event.display_timezone = Some(CITY_TIME_ZONE.to_owned());
    event.status = status;
    event.sequence = match status {
        EventStatus::Confirmed => FIRST_SEQUENCE,
        EventStatus::Cancelled => CANCEL_SEQUENCE,
    };
    event.to_ics(now)
}

fn appointment(content: &RequestContent) -> String {
    format!(
        "Sprache: {}\nTermin: {} Uhr (Europe/Berlin), {} Minuten\nForm: {}\nOrt: {}\n",
        content.language,
        local_text(content.starts_at),
        content.minutes,
        content.setting.as_str(),
        if content.address.is_empty() {
            "—"
        } else {
            &content.address
        }
    )
}

pub(super) fn received(content: &RequestContent) -> NewMail {
    mail(
        &content.contact_email,
        "Sprachmittlung: Anfrage eingegangen".into(),
        format!(
            "Ihre Anfrage ist eingegangen; die Koordination prüft sie.\n\n{}",
            appointment(content)
        ),
        None,
    )
}

pub(super) fn decided(request: &StoredRequest, decision: Decision) -> NewMail {
    let what = match decision {
        Decision::Accept => "wurde angenommen",
        Decision::Refer => "wurde an professionelle Dolmetschende verwiesen",
        Decision::Refuse(_) => "wurde abgelehnt",
        Decision::Unserved => "konnte leider nicht besetzt werden",
    };
    mail(
        &request.content.contact_email,
        format!("Sprachmittlung: Anfrage {} {what}", request.id),
        format!(
            "Ihre Anfrage {} {what}.\n\n{}",
            request.id,
            appointment(&request.content)
        ),
        None,
    )
}

pub(super) fn offered(request: &StoredRequest, mediator: &Mediator, now: Timestamp) -> NewMail {
    let mut message = mail(
        &mediator.record.email,
        format!("Sprachmittlung: Einsatzangebot {}", request.id),
        format!(
            "Guten Tag {},\n\nwir bieten Ihnen einen Einsatz an. Bitte nehmen Sie ihn unter \
             /sprachmittlung/einsaetze an oder lehnen Sie ihn ab.\n\n{}",
            mediator.record.name,
            appointment(&request.content)
        ),
        Some("mediation-offers".into()),
    );
    message.calendar = Some(invitation(
        request,
        &mediator.record.email,
        EventStatus::Confirmed,
        now,
    ));
    message
}

pub(super) fn confirmed(request: &StoredRequest, mediator: &Mediator, now: Timestamp) -> NewMail {
    let mut message = mail(
        &request.content.contact_email,
        format!("Sprachmittlung: Einsatz {} bestätigt", request.id),
        format!(
            "Für Ihre Anfrage {} kommt {}.\n\n{}",
            request.id,
            mediator.record.name,
            appointment(&request.content)
        ),
        None,
    );
    message.calendar = Some(invitation(
        request,
        &request.content.contact_email,
        EventStatus::Confirmed,
        now,
    ));
    message
}

/// The cancellation to `to`; `invited` recipients (who got an invitation for the appointment)
/// get the calendar's cancellation too.
pub(super) fn cancelled(
    request: &StoredRequest,
    to: &str,
    invited: bool,
    now: Timestamp,
) -> NewMail {
    let mut message = mail(
        to,
        format!("Sprachmittlung: Einsatz {} abgesagt", request.id),
        format!(
            "Der folgende Termin wurde abgesagt.\n\n{}",
            appointment(&request.content)
        ),
        None,
    );
    if invited {
        message.calendar = Some(invitation(request, to, EventStatus::Cancelled, now));
    }
    message
}

pub(super) fn reminder(
    mediator: &Mediator,
    lapsing: &[(&'static str, Option<Date>)],
    today: Date,
) -> NewMail {
    let lines: Vec<String> = lapsing
        .iter()
        .map(|(what, until)| {
            let what = match *what {
                "pledge" => "Verpflichtungserklärung zur Verschwiegenheit",
                _ => "Führungszeugnis",
            };
            match until {
                Some(until) => format!("- {what}: gültig bis {until}"),
                None => format!("- {what}: liegt nicht vor"),
            }
        })
        .collect();
    mail(
        &mediator.record.email,
        "Sprachmittlung: Unterlagen erneuern".into(),
        format!(
            "Guten Tag {},\n\nbitte erneuern Sie rechtzeitig:\n{}\n",
            mediator.record.name,
            lines.join("\n")
        ),
        Some(format!("mediation-documents-{today}")),
    )
}
