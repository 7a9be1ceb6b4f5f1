-- The integration concept, versioned: every load that changes the concept adds a version.
CREATE TABLE concept_versions (
    id           INTEGER PRIMARY KEY,
    city_slug    TEXT    NOT NULL,
    city_name    TEXT    NOT NULL,
    concept_id   TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    content_hash TEXT    NOT NULL,
    -- The whole concept as JSON, exactly as loaded: pages read it, history keeps it.
    document     TEXT    NOT NULL,
    loaded_at    TEXT    NOT NULL,
    loaded_by    TEXT    NOT NULL,
    is_current   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (city_slug, version)
);
CREATE INDEX concept_versions_current ON concept_versions (city_slug, is_current);

-- One row per searchable text of a concept version: sections, statements, fields, recommendations.
CREATE TABLE concept_texts (
    version_id    INTEGER NOT NULL REFERENCES concept_versions (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL,
    ref_id        TEXT    NOT NULL,
    field_slug    TEXT,
    position      INTEGER NOT NULL,
    -- German, English and further languages and tag labels, folded (lowercase, umlauts, ß).
    search_text   TEXT    NOT NULL,
    PRIMARY KEY (version_id, kind, ref_id)
);
