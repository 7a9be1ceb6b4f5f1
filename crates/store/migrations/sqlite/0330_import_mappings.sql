-- Issue 12: upload first, map second. A table uploaded without a mapping is kept as a draft
-- while its owner confirms the proposed mapping; a confirmed mapping is saved so that next
-- year's file of the same table is recognised.

-- Uploaded tables waiting for their mapping: official aggregate tables only (the upload refuses
-- what is not one), kept in the database so that every server instance sees them, and purged
-- once expired. Not in backups (short-lived, like sessions). AUTOINCREMENT: the id of a purged
-- draft is never given to a new one, so an old link never opens another upload.
CREATE TABLE import_drafts (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    city_slug     TEXT    NOT NULL,
    owner_user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name     TEXT    NOT NULL,
    bytes         BLOB    NOT NULL,
    created_at    TEXT    NOT NULL,
    expires_at    TEXT    NOT NULL
);
CREATE INDEX import_drafts_expiry ON import_drafts (expires_at);

-- Confirmed mappings, one per table a city imports, found again by the table's recognition key
-- (GENESIS: statistics code and variables; CSV/XLSX: the header row and the file name's stem).
CREATE TABLE import_mappings (
    id              INTEGER PRIMARY KEY,
    city_slug       TEXT    NOT NULL,
    recognition_key TEXT    NOT NULL,
    -- How the table is named in lists ("12411-03", "kita-u3-quote").
    label           TEXT    NOT NULL,
    -- The mapping file as `teilhabe import table --mapping` reads it.
    mapping_toml    TEXT    NOT NULL,
    -- The indicator ids the mapping imports into, comma-separated.
    indicators      TEXT    NOT NULL,
    confirmed_by    TEXT    NOT NULL,
    confirmed_at    TEXT    NOT NULL,
    last_used_at    TEXT    NOT NULL,
    UNIQUE (city_slug, recognition_key)
);
