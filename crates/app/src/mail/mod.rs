//! Delivery of the mail outbox: due messages are taken from the store, messages to one recipient
//! that share a digest key become one digest, each message is built (plain text, an iCalendar
//! part if queued with one) and handed to a [`Transport`], then marked sent or failed. A failed
//! message is tried again after a growing pause until [`RetryPolicy::max_attempts`].
//!
//! This module knows no feature: whoever queues a message decides its recipient, subject, body,
//! calendar and digest key. Log lines carry counts and outbox ids only, never an address, a
//! subject or a body.

pub mod smtp;

use std::collections::BTreeMap;
use std::time::SystemTime;

use jiff::{SignedDuration, Timestamp};
use lettre::message::header::{ContentDisposition, ContentType};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use teilhabe_store::mail::QueuedMail;
use teilhabe_store::{Store, StoreError};

/// Why a message did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    /// For the outbox's `last_error` (operators read it with the database).
    pub message: String,
    /// The server could not be reached or the session broke down: the other messages of this
    /// round are not tried (each would wait for the same timeout) and count as failed too.
    pub unreachable: bool,
}

/// Where built messages go: SMTP in the server ([`smtp::SmtpTransport`]), a recorder in tests.
pub trait Transport: Sync {
    /// Sends one message (the complete RFC 5322 text) from `from` to `to`.
    fn send(
        &self,
        from: &str,
        to: &str,
        message: &[u8],
    ) -> impl Future<Output = Result<(), SendError>> + Send;
}

/// How often and how soon a failed message is tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// After this many failed attempts a message is given up (it stays in the outbox, failed).
    pub max_attempts: i64,
    /// The pause after the n-th failure is `pauses[n - 1]` (the last one for later failures).
    pub pauses: Vec<SignedDuration>,
    /// Messages taken from the outbox per round.
    pub batch: i64,
    /// How long a round holds the messages it took before another sender may take them.
    pub claim: SignedDuration,
}

impl Default for RetryPolicy {
    /// Eight attempts over about a day: after 1, 5, 15 and 60 minutes, then 3, 6 and 12 hours.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 8,
            pauses: [1, 5, 15, 60, 180, 360, 720]
                .into_iter()
                .map(SignedDuration::from_mins)
                .collect(),
            batch: 500,
            claim: SignedDuration::from_mins(15),
        }
    }
}

impl RetryPolicy {
    /// The pause after a message's `failures`-th failed attempt.
    pub fn pause_after(&self, failures: i64) -> SignedDuration {
        let index = usize::try_from(failures.max(1) - 1).unwrap_or(usize::MAX);
        self.pauses
            .get(index)
            .or(self.pauses.last())
            .copied()
            .unwrap_or(SignedDuration::from_mins(1))
    }
}

/// The sender's own address and the name shown with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sender {
    pub from: Mailbox,
}

impl Sender {
    /// `teilhabe@city.example` or `Stadt Bielefeld <teilhabe@city.example>`.
    pub fn parse(text: &str) -> Result<Self, String> {
        text.trim()
            .parse::<Mailbox>()
            .map(|from| Sender { from })
            .map_err(|error| {
                format!("`{text}` is not an e-mail address for the sender (mail_from): {error}")
            })
    }

    fn domain(&self) -> String {
        self.from.email.domain().to_owned()
    }
}

/// What one round did, in outbox messages (a digest of three counts three).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Outbox messages delivered.
    pub sent: usize,
    /// E-mails handed to the transport (digests count once).
    pub emails: usize,
    /// Outbox messages that failed this round and will be tried again.
    pub failed: usize,
    /// Outbox messages given up this round (maximum of attempts reached, or not deliverable).
    pub given_up: usize,
}

/// A recipient `account:<login>` is the e-mail address of that account at delivery time, so a
/// module can write to "the reporters of an institution" without knowing their addresses, and
/// an address corrected later still receives what waits.
pub const ACCOUNT_RECIPIENT: &str = "account:";

/// The recipient that stands for account `login` (see [`ACCOUNT_RECIPIENT`]).
pub fn to_account(login: &str) -> String {
    format!("{ACCOUNT_RECIPIENT}{login}")
}

/// Messages to one recipient that go out as one e-mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub recipient: String,
    pub messages: Vec<QueuedMail>,
}

impl Group {
    fn ids(&self) -> Vec<i64> {
        self.messages.iter().map(|message| message.id).collect()
    }

    /// The most failed attempts of the group's messages so far.
    fn attempts(&self) -> i64 {
        self.messages
            .iter()
            .map(|message| message.attempts)
            .max()
            .unwrap_or(0)
    }
}

/// Groups due messages: those to one recipient with the same digest key form one group (in the
/// order they were queued); a message without a key is a group of its own. Groups are ordered by
/// their first message.
pub fn group(messages: Vec<QueuedMail>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut digests: BTreeMap<(String, String), usize> = BTreeMap::new();
    for message in messages {
        let key = message
            .digest_key
            .clone()
            .map(|key| (message.recipient.clone(), key));
        match key.as_ref().and_then(|key| digests.get(key)) {
            Some(&index) => {
                if let Some(group) = groups.get_mut(index) {
                    group.messages.push(message);
                }
            }
            None => {
                if let Some(key) = key {
                    digests.insert(key, groups.len());
                }
                groups.push(Group {
                    recipient: message.recipient.clone(),
                    messages: vec![message],
                });
            }
        }
    }
    groups
}

/// The longest digest subject in characters; longer ones end with "…".
const DIGEST_SUBJECT_CHARS: usize = 150;

/// The subject of a group: the message's own, or for a digest "N Nachrichten: " and the
/// distinct subjects in order, separated by "; ".
pub fn subject_of(group: &Group) -> String {
    match group.messages.as_slice() {
        [only] => only.subject.clone(),
        messages => {
            let mut distinct: Vec<&str> = Vec::new();
            for message in messages {
                if !distinct.contains(&message.subject.as_str()) {
                    distinct.push(&message.subject);
                }
            }
            let subject = format!("{} Nachrichten: {}", messages.len(), distinct.join("; "));
            if subject.chars().count() > DIGEST_SUBJECT_CHARS {
                let mut short: String = subject.chars().take(DIGEST_SUBJECT_CHARS - 1).collect();
                short.push('…');
                short
            } else {
                subject
            }
        }
    }
}

/// The text of a group: the message's own, or for a digest each message under a numbered
/// heading with its subject, in the order queued.
pub fn body_of(group: &Group) -> String {
    match group.messages.as_slice() {
        [only] => only.body.clone(),
        messages => {
            let count = messages.len();
            let parts: Vec<String> = messages
                .iter()
                .enumerate()
                .map(|(index, message)| {
                    format!(
                        "── {}/{count}: {} ──\n\n{}\n",
                        index + 1,
                        message.subject,
                        message.body.trim_end()
                    )
                })
                .collect();
            parts.join("\n")
        }
    }
}

/// The iTIP method of a calendar object (its `METHOD` property), `REQUEST` if it names none.
fn calendar_method(calendar: &str) -> String {
    calendar
        .lines()
        .find_map(|line| line.strip_prefix("METHOD:"))
        .map(|method| method.trim())
        .filter(|method| {
            !method.is_empty()
                && method
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        .unwrap_or("REQUEST")
        .to_ascii_uppercase()
}

/// Builds the e-mail of a group: plain text, and for each queued calendar an iCalendar part
/// (`text/calendar; method=…`, as attachment `termin.ics`, `termin-2.ics`, …).
pub fn build(group: &Group, sender: &Sender, now: Timestamp) -> Result<Vec<u8>, String> {
    let to: Mailbox = group
        .recipient
        .trim()
        .parse()
        .map_err(|error| format!("the recipient is not an e-mail address: {error}"))?;
    // Unique beyond one database's ids (a new installation counts from 1 again, and some
    // mail services drop a second message with a Message-ID they have seen): id and queue time.
    let (first, queued) = group
        .messages
        .first()
        .map(|message| {
            let queued: String = message
                .created_at
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            (message.id, queued)
        })
        .unwrap_or_default();
    let builder = lettre::Message::builder()
        .from(sender.from.clone())
        .to(to)
        .subject(subject_of(group))
        .date(SystemTime::from(now))
        .message_id(Some(format!(
            "<teilhabe.outbox.{first}.{queued}.{}@{}>",
            group.messages.len(),
            sender.domain()
        )));
    let text = SinglePart::plain(body_of(group));
    let calendars: Vec<&str> = group
        .messages
        .iter()
        .filter_map(|message| message.calendar.as_deref())
        .collect();
    let message = if calendars.is_empty() {
        builder.singlepart(text)
    } else {
        let mut parts = MultiPart::mixed().singlepart(text);
        for (index, calendar) in calendars.iter().enumerate() {
            let content_type = ContentType::parse(&format!(
                "text/calendar; charset=utf-8; method={}",
                calendar_method(calendar)
            ))
            .map_err(|error| format!("calendar content type: {error}"))?;
            let name = match index {
                0 => "termin.ics".to_owned(),
                n => format!("termin-{}.ics", n + 1),
            };
            parts = parts.singlepart(
                SinglePart::builder()
                    .header(content_type)
                    .header(ContentDisposition::attachment(&name))
                    .body(calendar.to_string()),
            );
        }
        builder.multipart(parts)
    };
    message
        .map(|message| message.formatted())
        .map_err(|error| format!("cannot build the message: {error}"))
}

/// Delivers the due messages once: groups them, sends each group, marks its messages sent, or
/// failed (tried again after [`RetryPolicy::pause_after`]; given up at the maximum).
pub async fn deliver_pending<T: Transport>(
    store: &Store,
    transport: &T,
    sender: &Sender,
    policy: &RetryPolicy,
    now: Timestamp,
) -> Result<Delivery, StoreError> {
    let due = store
        .pending_mail(now, policy.max_attempts, policy.batch)
        .await?;
    // Claimed first, so that two senders (several `serve` instances) never send one message
    // twice; a sender that dies leaves its claim to expire.
    let ids: Vec<i64> = due.iter().map(|message| message.id).collect();
    let claimed = store.claim_mail(&ids, now, now + policy.claim).await?;
    let due: Vec<QueuedMail> = due
        .into_iter()
        .filter(|message| claimed.contains(&message.id))
        .collect();
    let mut delivery = Delivery::default();
    let from = sender.from.email.to_string();
    let mut unreachable: Option<String> = None;
    for mut group in group(due) {
        let ids = group.ids();
        if let Some(login) = group.recipient.strip_prefix(ACCOUNT_RECIPIENT) {
            match crate::accounts::mailbox_of(store, login.trim()).await? {
                Ok(address) => group.recipient = address,
                Err(error) => {
                    // Waiting would not give the account an address: an administrator must.
                    store
                        .mark_mail_undeliverable(&ids, &error, policy.max_attempts)
                        .await?;
                    tracing::warn!(
                        outbox_ids = ?ids,
                        "mail given up: the account has no usable e-mail address (see last_error in the outbox)"
                    );
                    delivery.given_up += ids.len();
                    continue;
                }
            }
        }
        let failure = match &unreachable {
            Some(error) => Some(error.clone()),
            None => match build(&group, sender, now) {
                Err(error) => {
                    // Not deliverable as queued: trying again would not help.
                    store
                        .mark_mail_undeliverable(&ids, &error, policy.max_attempts)
                        .await?;
                    tracing::warn!(
                        outbox_ids = ?ids,
                        "mail given up: the message cannot be built (see last_error in the outbox)"
                    );
                    delivery.given_up += ids.len();
                    continue;
                }
                Ok(message) => match transport
                    .send(&from, group.recipient.trim(), &message)
                    .await
                {
                    Ok(()) => None,
                    Err(error) => {
                        if error.unreachable {
                            unreachable = Some(error.message.clone());
                        }
                        Some(error.message)
                    }
                },
            },
        };
        match failure {
            None => {
                store.mark_mail_sent(&ids, now).await?;
                delivery.sent += ids.len();
                delivery.emails += 1;
            }
            Some(error) => {
                let failures = group.attempts() + 1;
                store
                    .mark_mail_failed(&ids, &error, now + policy.pause_after(failures))
                    .await?;
                if failures >= policy.max_attempts {
                    tracing::warn!(
                        outbox_ids = ?ids,
                        attempts = failures,
                        "mail given up after the maximum of attempts (see last_error in the outbox)"
                    );
                    delivery.given_up += ids.len();
                } else {
                    delivery.failed += ids.len();
                }
            }
        }
    }
    if delivery != Delivery::default() {
        tracing::info!(
            sent = delivery.sent,
            emails = delivery.emails,
            failed = delivery.failed,
            given_up = delivery.given_up,
            "mail delivered"
        );
    }
    Ok(delivery)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queued(id: i64, to: &str, subject: &str, key: Option<&str>) -> QueuedMail {
        QueuedMail {
            id,
            recipient: to.into(),
            subject: subject.into(),
            body: format!("Text {id}"),
            calendar: None,
            digest_key: key.map(str::to_owned),
            created_at: String::new(),
            attempts: 0,
            last_error: None,
        }
    }

    #[test]
    fn groups_by_recipient_and_digest_key_in_queue_order() {
        let groups = group(vec![
            queued(1, "a@x.de", "Angebot 1", Some("offers")),
            queued(2, "b@x.de", "Angebot 2", Some("offers")),
            queued(3, "a@x.de", "Erinnerung", None),
            queued(4, "a@x.de", "Angebot 3", Some("offers")),
            queued(5, "a@x.de", "Frist", Some("reminders")),
            queued(6, "a@x.de", "Erinnerung", None),
        ]);
        let ids: Vec<Vec<i64>> = groups.iter().map(Group::ids).collect();
        assert_eq!(ids, vec![vec![1, 4], vec![2], vec![3], vec![5], vec![6]]);
        assert_eq!(
            subject_of(&groups[0]),
            "2 Nachrichten: Angebot 1; Angebot 3"
        );
        assert_eq!(subject_of(&groups[2]), "Erinnerung");
        assert_eq!(
            body_of(&groups[0]),
            "── 1/2: Angebot 1 ──\n\nText 1\n\n── 2/2: Angebot 3 ──\n\nText 4\n"
        );
    }

    #[test]
    fn a_digest_subject_names_each_subject_once_and_stays_short() {
        let same = group(vec![
            queued(1, "a@x.de", "Neue Anfrage", Some("k")),
            queued(2, "a@x.de", "Neue Anfrage", Some("k")),
            queued(3, "a@x.de", "Neue Anfrage", Some("k")),
        ]);
        assert_eq!(subject_of(&same[0]), "3 Nachrichten: Neue Anfrage");
        let long = group(
            (1..=20)
                .map(|id| {
                    queued(
                        id,
                        "a@x.de",
                        &format!("Sehr lange Betreffzeile {id}"),
                        Some("k"),
                    )
                })
                .collect(),
        );
        let subject = subject_of(&long[0]);
        assert_eq!(subject.chars().count(), DIGEST_SUBJECT_CHARS);
        assert!(subject.starts_with("20 Nachrichten: Sehr lange Betreffzeile 1; "));
        assert!(subject.ends_with('…'));
    }

    #[test]
    fn retries_wait_longer_each_time() {
        let policy = RetryPolicy::default();
        assert_eq!(policy.pause_after(1), SignedDuration::from_mins(1));
        assert_eq!(policy.pause_after(2), SignedDuration::from_mins(5));
        assert_eq!(policy.pause_after(7), SignedDuration::from_hours(12));
        assert_eq!(policy.pause_after(30), SignedDuration::from_hours(12));
    }

    #[test]
    fn the_calendar_method_comes_from_the_calendar() {
        assert_eq!(
            calendar_method("BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n"),
            "CANCEL"
        );
        assert_eq!(calendar_method("BEGIN:VCALENDAR\r\n"), "REQUEST");
        assert_eq!(calendar_method("METHOD:a;b=c\r\n"), "REQUEST");
    }

    #[test]
    fn senders_are_checked() {
        assert!(Sender::parse("Stadt Bielefeld <teilhabe@bielefeld.example>").is_ok());
        let error = Sender::parse("teilhabe").unwrap_err();
        assert!(error.contains("mail_from"), "{error}");
    }
}
