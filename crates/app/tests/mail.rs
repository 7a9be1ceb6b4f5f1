//! The outbox delivered through real SMTP to the test sink: recipients, subjects, a digest of
//! three messages in one e-mail, the iCalendar part; a server that refuses connections counts
//! an attempt and sets the next try later; the maximum of attempts gives up.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use jiff::{SignedDuration, Timestamp};
use mail_parser::{MessageParser, MimeHeaders};
use teilhabe_app::mail::smtp::{SmtpSettings, SmtpTransport};
use teilhabe_app::mail::{Delivery, RetryPolicy, Sender, deliver_pending};
use teilhabe_domain::calendar::Event;
use teilhabe_store::mail::{MailCounts, NewMail};
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::smtp::{SmtpSink, refused_port};
use teilhabe_testkit::{BACKENDS, Backend, TestDatabase};

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn mail(to: &str, subject: &str, body: &str, key: Option<&str>) -> NewMail {
    NewMail {
        recipient: to.into(),
        subject: subject.into(),
        body: body.into(),
        calendar: None,
        digest_key: key.map(str::to_owned),
        not_before: None,
    }
}

async fn open(database: &TestDatabase) -> Store {
    Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap()
}

fn sender() -> Sender {
    Sender::parse("Stadt Bielefeld <teilhabe@bielefeld.example>").unwrap()
}

fn transport(url: &str) -> SmtpTransport {
    SmtpTransport::new(&SmtpSettings::parse(url).unwrap(), &sender()).unwrap()
}

#[tokio::test]
async fn the_outbox_reaches_the_sink_with_digests_and_calendar_parts() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = open(&database).await;
    let now = at("2026-03-02T08:00:00Z");
    let start = at("2026-03-10T09:00:00Z");
    let mut event = Event::new(
        "mediation-17@bielefeld.example",
        start,
        start + SignedDuration::from_hours(1),
        "Sprachmittlung Arabisch, Kita Sonnenblume",
    );
    event.location = Some("Hauptstraße 5, Bielefeld".into());
    let invitation = NewMail {
        calendar: Some(event.to_ics(now)),
        ..mail(
            "kita@example.org",
            "Terminbestätigung",
            "Ihr Termin ist bestätigt.",
            None,
        )
    };
    store
        .queue_mail(
            &[
                mail(
                    "leyla@example.org",
                    "Einsatzangebot 1",
                    "Erstes Angebot.",
                    Some("offers"),
                ),
                invitation,
                mail(
                    "leyla@example.org",
                    "Einsatzangebot 2",
                    "Zweites Angebot.\n.Punkt",
                    Some("offers"),
                ),
                mail(
                    "leyla@example.org",
                    "Erinnerung",
                    "Ihr Zeugnis läuft ab.",
                    None,
                ),
                mail(
                    "leyla@example.org",
                    "Einsatzangebot 3",
                    "Drittes Angebot.",
                    Some("offers"),
                ),
                // Not due yet: waits for its time.
                NewMail {
                    not_before: Some(at("2026-03-09T08:00:00Z")),
                    ..mail("kita@example.org", "Erinnerung an morgen", "Morgen.", None)
                },
            ],
            now,
        )
        .await
        .unwrap();

    let sink = SmtpSink::start();
    let delivery = deliver_pending(
        &store,
        &transport(&sink.url()),
        &sender(),
        &RetryPolicy::default(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        delivery,
        Delivery {
            sent: 5,
            emails: 3,
            failed: 0,
            given_up: 0
        }
    );
    let received = sink.wait_for(3);
    assert_eq!(received.len(), 3);
    for message in &received {
        assert_eq!(message.from, "teilhabe@bielefeld.example");
    }

    // First the digest (its first message was queued first), then the invitation, then the
    // reminder without a key.
    let digest = MessageParser::default()
        .parse(received[0].data.as_bytes())
        .unwrap();
    assert_eq!(received[0].recipients, vec!["leyla@example.org"]);
    assert_eq!(
        digest.subject(),
        Some("3 Nachrichten: Einsatzangebot 1; Einsatzangebot 2; Einsatzangebot 3")
    );
    let text = digest.body_text(0).unwrap().replace("\r\n", "\n");
    let positions: Vec<usize> = [
        "── 1/3: Einsatzangebot 1 ──",
        "Erstes Angebot.",
        "── 2/3: Einsatzangebot 2 ──",
        "Zweites Angebot.\n.Punkt",
        "── 3/3: Einsatzangebot 3 ──",
        "Drittes Angebot.",
    ]
    .iter()
    .map(|part| {
        text.find(part)
            .unwrap_or_else(|| panic!("{part} in {text}"))
    })
    .collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "{text}");
    assert_eq!(
        digest
            .from()
            .and_then(|from| from.first())
            .and_then(|a| a.name()),
        Some("Stadt Bielefeld")
    );

    let invitation = MessageParser::default()
        .parse(received[1].data.as_bytes())
        .unwrap();
    assert_eq!(received[1].recipients, vec!["kita@example.org"]);
    assert_eq!(invitation.subject(), Some("Terminbestätigung"));
    assert_eq!(
        invitation.body_text(0).as_deref().map(str::trim_end),
        Some("Ihr Termin ist bestätigt.")
    );
    let calendar = invitation
        .attachments()
        .find(|part| {
            part.content_type()
                .is_some_and(|t| t.ctype() == "text" && t.subtype() == Some("calendar"))
        })
        .expect("a text/calendar part");
    let content_type = calendar.content_type().unwrap();
    assert_eq!(content_type.attribute("method"), Some("REQUEST"));
    assert_eq!(calendar.attachment_name(), Some("termin.ics"));
    let ics = String::from_utf8(calendar.contents().to_vec()).unwrap();
    assert_eq!(ics, event.to_ics(now), "the calendar arrives byte for byte");
    let parsed: icalendar_check::Parsed = icalendar_check::parse(&ics);
    assert_eq!(parsed.uid, "mediation-17@bielefeld.example");
    assert_eq!(parsed.dtstart, "20260310T090000Z");

    let reminder = MessageParser::default()
        .parse(received[2].data.as_bytes())
        .unwrap();
    assert_eq!(reminder.subject(), Some("Erinnerung"));
    assert_eq!(
        reminder.body_text(0).as_deref().map(str::trim_end),
        Some("Ihr Zeugnis läuft ab.")
    );

    // Sent once: the next round finds nothing due until the reminder's time.
    let again = deliver_pending(
        &store,
        &transport(&sink.url()),
        &sender(),
        &RetryPolicy::default(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(again, Delivery::default());
    let counts = store.mail_counts(8).await.unwrap();
    assert_eq!(
        counts,
        MailCounts {
            pending: 1,
            retrying: 0,
            failed: 0,
            sent: 5
        }
    );
    let later = deliver_pending(
        &store,
        &transport(&sink.url()),
        &sender(),
        &RetryPolicy::default(),
        at("2026-03-09T08:00:00Z"),
    )
    .await
    .unwrap();
    assert_eq!(later.sent, 1);
    assert_eq!(sink.wait_for(4).len(), 4);
}

/// Reads the few fields this test compares (the domain crate's tests parse with a full parser).
mod icalendar_check {
    pub struct Parsed {
        pub uid: String,
        pub dtstart: String,
    }

    pub fn parse(ics: &str) -> Parsed {
        let unfolded = ics.replace("\r\n ", "");
        let value = |name: &str| {
            unfolded
                .split("\r\n")
                .find_map(|line| line.strip_prefix(&format!("{name}:")))
                .unwrap_or_else(|| panic!("{name} in {ics}"))
                .to_owned()
        };
        assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(unfolded.ends_with("END:VCALENDAR\r\n"));
        Parsed {
            uid: value("UID"),
            dtstart: value("DTSTART"),
        }
    }
}

#[tokio::test]
async fn a_refused_connection_counts_an_attempt_and_retries_later_until_given_up() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let now = at("2026-03-02T08:00:00Z");
        store
            .queue_mail(
                &[
                    mail("a@example.org", "Eins", "1", Some("k")),
                    mail("a@example.org", "Zwei", "2", Some("k")),
                    mail("b@example.org", "Drei", "3", None),
                ],
                now,
            )
            .await
            .unwrap();
        let policy = RetryPolicy {
            max_attempts: 2,
            ..RetryPolicy::default()
        };
        let down = transport(&format!("smtp://127.0.0.1:{}", refused_port()));
        let first = deliver_pending(&store, &down, &sender(), &policy, now)
            .await
            .unwrap();
        assert_eq!(
            first,
            Delivery {
                sent: 0,
                emails: 0,
                failed: 3,
                given_up: 0
            },
            "{backend:?}"
        );
        for message in store.mail_to("a@example.org").await.unwrap() {
            assert_eq!(message.attempts, 1, "{backend:?}");
            assert!(message.last_error.is_some(), "{backend:?}");
        }
        // The next try waits a minute.
        assert!(store.pending_mail(now, 2, 10).await.unwrap().is_empty());
        let minute_later = now + SignedDuration::from_mins(1);
        assert_eq!(
            store.pending_mail(minute_later, 2, 10).await.unwrap().len(),
            3
        );
        let second = deliver_pending(&store, &down, &sender(), &policy, minute_later)
            .await
            .unwrap();
        assert_eq!(second.given_up, 3, "{backend:?}");
        assert_eq!(
            store.mail_counts(2).await.unwrap(),
            MailCounts {
                pending: 0,
                retrying: 0,
                failed: 3,
                sent: 0
            },
            "{backend:?}"
        );
        // A server that answers now gets nothing: given up is given up.
        let sink = SmtpSink::start();
        let later = deliver_pending(
            &store,
            &transport(&sink.url()),
            &sender(),
            &policy,
            now + SignedDuration::from_hours(1),
        )
        .await
        .unwrap();
        assert_eq!(later, Delivery::default());
        assert!(sink.received().is_empty());
    }
}

#[tokio::test]
async fn an_address_that_is_none_is_given_up_at_once_and_the_rest_goes_out() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = open(&database).await;
    let now = at("2026-03-02T08:00:00Z");
    store
        .queue_mail(
            &[
                mail("kein Name", "Eins", "1", None),
                mail("b@example.org", "Zwei", "2", None),
            ],
            now,
        )
        .await
        .unwrap();
    let sink = SmtpSink::start();
    let delivery = deliver_pending(
        &store,
        &transport(&sink.url()),
        &sender(),
        &RetryPolicy::default(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        delivery,
        Delivery {
            sent: 1,
            emails: 1,
            failed: 0,
            given_up: 1
        }
    );
    assert_eq!(sink.wait_for(1)[0].recipients, vec!["b@example.org"]);
    let counts = store.mail_counts(8).await.unwrap();
    assert_eq!((counts.failed, counts.sent), (1, 1));
}

#[tokio::test]
async fn two_senders_at_once_send_each_message_once() {
    for backend in BACKENDS {
        let database = TestDatabase::new(backend).await;
        let store = open(&database).await;
        let now = at("2026-03-02T08:00:00Z");
        let mails: Vec<NewMail> = (0..6)
            .map(|n| mail(&format!("p{n}@example.org"), "Hallo", "Text", None))
            .collect();
        store.queue_mail(&mails, now).await.unwrap();
        let sink = SmtpSink::start();
        let (one, two) = (transport(&sink.url()), transport(&sink.url()));
        let policy = RetryPolicy::default();
        let from = sender();
        let (a, b) = tokio::join!(
            deliver_pending(&store, &one, &from, &policy, now),
            deliver_pending(&store, &two, &from, &policy, now),
        );
        assert_eq!(a.unwrap().sent + b.unwrap().sent, 6, "{backend:?}");
        assert_eq!(sink.wait_for(6).len(), 6, "{backend:?}");
        // A claim that is held (a sender died mid-round) expires after 15 minutes.
        store
            .queue_mail(&[mail("late@example.org", "Spät", "Text", None)], now)
            .await
            .unwrap();
        let due = store.pending_mail(now, 8, 10).await.unwrap();
        let until = now + SignedDuration::from_mins(15);
        assert_eq!(
            store.claim_mail(&[due[0].id], now, until).await.unwrap(),
            vec![due[0].id]
        );
        let held = deliver_pending(&store, &one, &sender(), &policy, now)
            .await
            .unwrap();
        assert_eq!(held, Delivery::default(), "{backend:?}");
        let expired = deliver_pending(&store, &one, &sender(), &policy, until)
            .await
            .unwrap();
        assert_eq!(expired.sent, 1, "{backend:?}");
        assert_eq!(sink.wait_for(7).len(), 7, "{backend:?}");
    }
}

#[tokio::test]
async fn messages_to_an_account_reach_its_address_and_wait_for_none_without_one() {
    use teilhabe_app::Actor;
    use teilhabe_app::accounts::{self, NewAccount, passwords::Hashing};
    use teilhabe_app::error::AppError;
    use teilhabe_app::mail::to_account;
    use teilhabe_domain::access::Role;

    let database = TestDatabase::new(Backend::Sqlite).await;
    let store = open(&database).await;
    let now = at("2026-03-02T08:00:00Z");
    let operator = Actor::Operator("cli:test".into());
    let mut ids = Vec::new();
    for login in ["jugendtreff", "ohneadresse", "gesperrt"] {
        let user = accounts::create_user(
            &store,
            &Hashing::new(1),
            &operator,
            NewAccount {
                login: login.into(),
                display_name: String::new(),
                password: "ein sicheres Passwort".into(),
                role: Role::Reporter,
                field: None,
            },
            now,
        )
        .await
        .unwrap();
        ids.push(user.id);
    }
    // The address is checked before it is stored; a bad one changes nothing.
    let refused = accounts::set_email(&store, &operator, ids[0], "jugendtreff at example", now)
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, AppError::Invalid(problems) if problems[0].field == "email"),
        "{refused:?}"
    );
    accounts::set_email(&store, &operator, ids[0], " treff@example.org ", now)
        .await
        .unwrap();
    accounts::set_email(&store, &operator, ids[2], "gesperrt@example.org", now)
        .await
        .unwrap();
    store
        .update_user(
            ids[2],
            &teilhabe_store::UserChange {
                display_name: "gesperrt".into(),
                role: Role::Reporter,
                field: None,
                active: false,
            },
            "cli:test",
            now,
        )
        .await
        .unwrap();
    store
        .queue_mail(
            &[
                mail(&to_account("jugendtreff"), "Erinnerung", "1", None),
                mail(&to_account("ohneadresse"), "Erinnerung", "2", None),
                mail(&to_account("gesperrt"), "Erinnerung", "3", None),
                mail(&to_account("niemand"), "Erinnerung", "4", None),
            ],
            now,
        )
        .await
        .unwrap();
    let sink = SmtpSink::start();
    let delivery = deliver_pending(
        &store,
        &transport(&sink.url()),
        &sender(),
        &RetryPolicy::default(),
        now,
    )
    .await
    .unwrap();
    assert_eq!(
        delivery,
        Delivery {
            sent: 1,
            emails: 1,
            failed: 0,
            given_up: 3
        }
    );
    assert_eq!(sink.wait_for(1)[0].recipients, vec!["treff@example.org"]);
    let errors: Vec<Option<String>> = store
        .mail_to(&to_account("ohneadresse"))
        .await
        .unwrap()
        .into_iter()
        .map(|message| message.last_error)
        .collect();
    assert_eq!(
        errors,
        [Some("account `ohneadresse` has no e-mail address".into())]
    );
}
