-- Data from institutions (issue 16): data-set definitions as loaded from data/collection/, one
-- form per (data set, period, institution) with its state, the values entered and the reminders
-- already queued. Values are aggregate counts, never person-level records.
CREATE TABLE collection_definitions (
    file       TEXT    PRIMARY KEY,
    source     TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    updated_at TEXT    NOT NULL,
    updated_by TEXT    NOT NULL
);

-- draft → complete → approved | returned; returned forms are edited again and completed anew.
-- Approval (and completion, until returned) locks entry: checked in the write's transaction.
CREATE TABLE collection_forms (
    data_set         TEXT    NOT NULL,
    period           TEXT    NOT NULL,
    institution_code TEXT    NOT NULL REFERENCES institutions (code),
    state            TEXT    NOT NULL CHECK (state IN ('draft', 'complete', 'approved', 'returned')),
    completed_at     TEXT,
    completed_by     TEXT,
    decided_at       TEXT,
    decided_by       TEXT,
    decision_comment TEXT,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (data_set, period, institution_code)
);
CREATE INDEX collection_forms_institution ON collection_forms (institution_code);

CREATE TABLE collection_values (
    data_set         TEXT    NOT NULL,
    period           TEXT    NOT NULL,
    institution_code TEXT    NOT NULL,
    element          TEXT    NOT NULL,
    combo            TEXT    NOT NULL,
    value            TEXT    NOT NULL,
    comment          TEXT,
    follow_up        INTEGER NOT NULL DEFAULT 0,
    stored_by        TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (data_set, period, institution_code, element, combo),
    FOREIGN KEY (data_set, period, institution_code)
        REFERENCES collection_forms (data_set, period, institution_code)
);

-- One reminder per form and day at most: queue_reminders may run as often as it likes.
CREATE TABLE collection_reminders (
    data_set         TEXT    NOT NULL,
    period           TEXT    NOT NULL,
    institution_code TEXT    NOT NULL,
    sent_on          TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    PRIMARY KEY (data_set, period, institution_code, sent_on)
);
