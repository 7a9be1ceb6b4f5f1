-- Language mediation (issue 15): the pool of mediators, requests from institutions with their
-- one outcome, and assignments (offers, answers, hours and allowance). No client names anywhere.

-- A mediator's editable record is `record` (JSON: languages, districts, settings, weekly
-- availability, absences, DIN 19457 topics, document expiry dates, allowance rates in cents);
-- the columns beside it are what lists and queries filter by.
CREATE TABLE mediators (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER UNIQUE REFERENCES users (id) ON DELETE SET NULL,
    name       TEXT    NOT NULL,
    email      TEXT    NOT NULL,
    gender     TEXT    NOT NULL,
    record     TEXT    NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT    NOT NULL
);

-- The languages of each mediator, written with the record (the demand pages ask which
-- languages the pool has nobody for).
CREATE TABLE mediator_languages (
    mediator_id   INTEGER NOT NULL REFERENCES mediators (id) ON DELETE CASCADE,
    language      TEXT    NOT NULL,
    dialect       TEXT,
    self_declared TEXT    NOT NULL,
    tested        TEXT,
    PRIMARY KEY (mediator_id, language)
);
CREATE INDEX mediator_languages_language ON mediator_languages (language);

CREATE TABLE mediation_requests (
    id                 INTEGER PRIMARY KEY,
    institution_code   TEXT    NOT NULL REFERENCES institutions (code),
    language           TEXT    NOT NULL,
    dialect            TEXT,
    setting            TEXT    NOT NULL,
    starts_at          TEXT    NOT NULL,
    ends_at            TEXT    NOT NULL,
    minutes            INTEGER NOT NULL,
    district           TEXT    NOT NULL,
    address            TEXT    NOT NULL,
    topic              TEXT    NOT NULL,
    preferred_gender   TEXT,
    legal_consequences INTEGER NOT NULL,
    contact_email      TEXT    NOT NULL,
    urgent             INTEGER NOT NULL,
    status             TEXT    NOT NULL CHECK (status IN ('open', 'accepted', 'offered', 'assigned',
                           'served', 'referred', 'refused', 'cancelled', 'unserved')),
    refusal_reason     TEXT,
    cancelled_by       TEXT,
    cancel_reason      TEXT,
    requested_by       TEXT    NOT NULL,
    requested_at       TEXT    NOT NULL,
    closed_at          TEXT
);
CREATE INDEX mediation_requests_institution ON mediation_requests (institution_code, starts_at);
CREATE INDEX mediation_requests_status ON mediation_requests (status, starts_at);

-- One offer to one mediator and what became of it. A mediator's offered, accepted and
-- completed assignments never overlap: the store checks inside the write transaction, with the
-- mediator's row locked.
CREATE TABLE mediation_assignments (
    id              INTEGER PRIMARY KEY,
    request_id      INTEGER NOT NULL REFERENCES mediation_requests (id) ON DELETE CASCADE,
    mediator_id     INTEGER NOT NULL REFERENCES mediators (id),
    starts_at       TEXT    NOT NULL,
    ends_at         TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('offered', 'accepted', 'declined',
                        'withdrawn', 'completed')),
    offered_by      TEXT    NOT NULL,
    offered_at      TEXT    NOT NULL,
    answered_at     TEXT,
    minutes         INTEGER,
    km              INTEGER,
    allowance_cents INTEGER,
    completed_at    TEXT
);
CREATE INDEX mediation_assignments_mediator ON mediation_assignments (mediator_id, starts_at);
CREATE INDEX mediation_assignments_request ON mediation_assignments (request_id);

-- The public demand page is cached: let its counts change the content version.
CREATE TRIGGER content_version_mediation_requests_insert AFTER INSERT ON mediation_requests
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_mediation_requests_update AFTER UPDATE ON mediation_requests
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_mediation_requests_delete AFTER DELETE ON mediation_requests
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_mediator_languages_insert AFTER INSERT ON mediator_languages
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_mediator_languages_update AFTER UPDATE ON mediator_languages
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_mediator_languages_delete AFTER DELETE ON mediator_languages
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
