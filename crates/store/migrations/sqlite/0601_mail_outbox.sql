-- E-mail leaves through an outbox: a use case queues its messages in the same transaction as
-- the change they report (an offer, a reminder), and a sender delivers them over SMTP, retrying
-- while the mail server is away. Messages to one recipient with the same digest key that wait
-- together go out as one digest instead of a flood.
CREATE TABLE mail_outbox (
    id          INTEGER PRIMARY KEY,
    recipient   TEXT    NOT NULL,
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    -- An iCalendar object (text/calendar) attached to the message, if any.
    calendar    TEXT,
    digest_key  TEXT,
    created_at  TEXT    NOT NULL,
    -- Not sent before this time (a reminder queued ahead), if set.
    not_before  TEXT,
    sent_at     TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, not_before);
