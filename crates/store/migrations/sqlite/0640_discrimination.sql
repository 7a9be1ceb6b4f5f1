-- Issue 17: reports of discrimination and counsellors' case records (special-category data:
-- only counsellors read them, every read is audited, deletion periods are enforced by
-- `teilhabe discrimination purge`). No names, no addresses: a report names an area of life, a
-- district and a month; its free text is scrubbed of e-mail addresses and phone numbers before
-- it is stored. A public page never reads these tables, so no content-version triggers.

-- A public report. `grounds` is a JSON array of category ids. `contact_sealed` is the contact
-- the reporter gave for counselling, encrypted by the application (XChaCha20-Poly1305,
-- base64; the key is configuration, never stored here); it is set to NULL when the report's
-- case closes.
CREATE TABLE discrimination_reports (
    id                INTEGER PRIMARY KEY,
    receipt           TEXT    NOT NULL UNIQUE,
    area              TEXT    NOT NULL,
    district          TEXT,
    month             TEXT    NOT NULL,
    grounds           TEXT    NOT NULL,
    what_happened     TEXT    NOT NULL,
    wants_counselling INTEGER NOT NULL,
    contact_sealed    TEXT,
    received_at       TEXT    NOT NULL
);
CREATE INDEX discrimination_reports_received ON discrimination_reports (received_at);

-- A counsellor's case record as JSON (teilhabe_domain::discrimination::CaseRecord: the minimum
-- standard's dimensions, dates, scrubbed notes); `opened` and `closed` (YYYY-MM-DD) repeat
-- what the deletion job and the statistics select by. At most one case per report; deleting
-- a case deletes its report (the purge does both in one transaction).
CREATE TABLE discrimination_cases (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER UNIQUE REFERENCES discrimination_reports (id) ON DELETE SET NULL,
    record     TEXT    NOT NULL,
    opened     TEXT    NOT NULL,
    closed     TEXT,
    version    INTEGER NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX discrimination_cases_closed ON discrimination_cases (closed);
