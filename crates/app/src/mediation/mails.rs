//! The e-mails of language mediation, in German (the city's working language). No client data:
//! only the appointment's language, time (Europe/Berlin), setting and place.

use jiff::civil::Date;
use teilhabe_domain::mediation::{Mediator, RequestContent, local_text};
use teilhabe_store::mail::NewMail;
use teilhabe_store::mediation::StoredRequest;

use super::Decision;

fn mail(to: &str, subject: String, body: String, digest_key: Option<String>) -> NewMail {
    NewMail {
        recipient: to.to_owned(),
        subject,
        body,
        // The iCalendar attachment is the mail module's generic writer's job (a hook).
        calendar: None,
        digest_key,
        not_before: None,
    }
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

pub(super) fn offered(request: &StoredRequest, mediator: &Mediator) -> NewMail {
    mail(
        &mediator.record.email,
        format!("Sprachmittlung: Einsatzangebot {}", request.id),
        format!(
            "Guten Tag {},\n\nwir bieten Ihnen einen Einsatz an. Bitte nehmen Sie ihn unter \
             /sprachmittlung/einsaetze an oder lehnen Sie ihn ab.\n\n{}",
            mediator.record.name,
            appointment(&request.content)
        ),
        Some("mediation-offers".into()),
    )
}

pub(super) fn confirmed(request: &StoredRequest, mediator: &Mediator) -> NewMail {
    mail(
        &request.content.contact_email,
        format!("Sprachmittlung: Einsatz {} bestätigt", request.id),
        format!(
            "Für Ihre Anfrage {} kommt {}.\n\n{}",
            request.id,
            mediator.record.name,
            appointment(&request.content)
        ),
        None,
    )
}

pub(super) fn cancelled(request: &StoredRequest, to: &str) -> NewMail {
    mail(
        to,
        format!("Sprachmittlung: Einsatz {} abgesagt", request.id),
        format!(
            "Der folgende Termin wurde abgesagt.\n\n{}",
            appointment(&request.content)
        ),
        None,
    )
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
