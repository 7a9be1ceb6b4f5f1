-- Issue 16: the reporting behind figures that `teilhabe collection publish` wrote, one row per
-- import, so that the indicator page can print "N von M Einrichtungen freigegeben
-- (Meldequote x %)" beside the figure in the page's language (the import's note is German text).
CREATE TABLE collection_reporting (
    import_id   INTEGER PRIMARY KEY REFERENCES monitoring_imports (id),
    data_set    TEXT    NOT NULL,
    name_de     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    -- Institutions whose approved values counted, of the active institutions assigned.
    reported    INTEGER NOT NULL CHECK (reported >= 0),
    expected    INTEGER NOT NULL CHECK (expected >= 0),
    -- 1: a sub-annual data set, each institution counted with its latest approved period.
    latest_period INTEGER NOT NULL DEFAULT 0 CHECK (latest_period IN (0, 1))
);

CREATE TRIGGER content_version_collection_reporting_insert AFTER INSERT ON collection_reporting
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_collection_reporting_update AFTER UPDATE ON collection_reporting
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_collection_reporting_delete AFTER DELETE ON collection_reporting
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
