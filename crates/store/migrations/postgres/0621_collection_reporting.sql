-- Issue 16: the reporting behind figures that `teilhabe collection publish` wrote, one row per
-- import, so that the indicator page can print "N von M Einrichtungen freigegeben
-- (Meldequote x %)" beside the figure in the page's language (the import's note is German text).
CREATE TABLE collection_reporting (
    import_id   BIGINT  PRIMARY KEY REFERENCES monitoring_imports (id),
    data_set    TEXT    NOT NULL,
    name_de     TEXT    NOT NULL,
    name_en     TEXT    NOT NULL,
    year        BIGINT  NOT NULL,
    -- Institutions whose approved values counted, of the active institutions assigned.
    reported    BIGINT  NOT NULL CHECK (reported >= 0),
    expected    BIGINT  NOT NULL CHECK (expected >= 0),
    -- 1: a sub-annual data set, each institution counted with its latest approved period.
    latest_period BIGINT NOT NULL DEFAULT 0 CHECK (latest_period IN (0, 1))
);

CREATE TRIGGER content_version_collection_reporting BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON collection_reporting
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
