-- Integration monitoring: the indicator catalogue, imports of official tables, and their figures.

-- The catalogue of a city, versioned like the concept: one row per load that changed it.
CREATE TABLE indicator_catalogues (
    id           INTEGER PRIMARY KEY,
    city_slug    TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    -- The indicator definitions as a JSON array, in catalogue order.
    document     TEXT    NOT NULL,
    loaded_at    TEXT    NOT NULL,
    loaded_by    TEXT    NOT NULL,
    is_current   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX indicator_catalogues_current ON indicator_catalogues (city_slug, is_current);

-- One row per import of a file (a table, a cube folder, demo data).
CREATE TABLE monitoring_imports (
    id                INTEGER PRIMARY KEY,
    city_slug         TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    format            TEXT    NOT NULL,
    source            TEXT    NOT NULL,
    content_hash      TEXT    NOT NULL,
    imported_at       TEXT    NOT NULL,
    -- "cli:<user>", "demo", later "user:<login>"
    imported_by       TEXT    NOT NULL,
    is_demo           INTEGER NOT NULL DEFAULT 0,
    observation_count INTEGER NOT NULL,
    -- Human-readable list of indicator/year periods the import brought in.
    periods           TEXT    NOT NULL,
    -- How many stored figures the import replaced (re-import of a period).
    replaced_count    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX monitoring_imports_city ON monitoring_imports (city_slug, id);

-- Figures. Values are exact decimal text ("44.3"); a missing figure has no value, and the
-- database refuses a value on a figure whose status says it is missing (Q, M, L).
CREATE TABLE observations (
    city_slug    TEXT    NOT NULL,
    indicator_id TEXT    NOT NULL,
    year         INTEGER NOT NULL,
    district     TEXT    NOT NULL,
    sex          TEXT    NOT NULL,
    origin       TEXT    NOT NULL,
    age          TEXT    NOT NULL,
    value        TEXT,
    lower_bound  TEXT,
    upper_bound  TEXT,
    base         INTEGER,
    obs_status   TEXT    NOT NULL,
    conf_status  TEXT,
    sign         TEXT,
    -- JSON array of footnote texts.
    footnotes    TEXT    NOT NULL DEFAULT '[]',
    import_id    INTEGER NOT NULL REFERENCES monitoring_imports (id),
    PRIMARY KEY (city_slug, indicator_id, year, district, sex, origin, age),
    CHECK (value IS NULL OR obs_status NOT IN ('Q', 'M', 'L'))
);
CREATE INDEX observations_import ON observations (import_id);
