-- Every change to stored data, append-only through the application: nothing updates or deletes
-- rows here. One row per changed field, so "who changed what from what to what" is a query.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    -- "user:<login>", "token:<id>", "cli", "demo"
    actor       TEXT    NOT NULL,
    -- e.g. "measure.create", "measure.update", "user.create", "import.replace"
    action      TEXT    NOT NULL,
    entity_type TEXT    NOT NULL,
    entity_id   TEXT    NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT,
    -- Optional note, e.g. the reason for stopping a measure or the file of an import.
    detail      TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_at ON audit_log (at);
