-- Issue 18 (phase 2): one mail to the provider per offer and stale period. The period is named
-- by the confirmation it follows (confirmed_at as stored on the offer): a new confirmation starts
-- a new period, so the offer can be flagged again six months later.
CREATE TABLE offer_stale_mails (
    offer_id     BIGINT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    confirmed_at TEXT    NOT NULL,
    queued_at    TEXT    NOT NULL,
    PRIMARY KEY (offer_id, confirmed_at)
);
