-- Issue 13: released editions of the integration report. An edition keeps the data it was built
-- from (`snapshot`, the report's data as JSON), so the same report can be rendered again later,
-- and the PDF as released. The PDF is base64 text, not a blob: backups carry integers and text
-- only, and an edition must survive a backup and restore byte for byte.
CREATE TABLE report_editions (
    id                INTEGER PRIMARY KEY,
    city_slug         TEXT    NOT NULL,
    year              BIGINT  NOT NULL,
    language          TEXT    NOT NULL,
    snapshot          TEXT    NOT NULL,
    snapshot_hash     TEXT    NOT NULL,
    pdf_base64        TEXT    NOT NULL,
    pdf_size          BIGINT  NOT NULL CHECK (pdf_size >= 0),
    pdf_hash          TEXT    NOT NULL,
    concept_version   BIGINT  NOT NULL,
    catalogue_version TEXT,
    released_by       TEXT    NOT NULL,
    released_at       TEXT    NOT NULL
);
CREATE INDEX report_editions_city ON report_editions (city_slug, year);

-- The public list of editions is a public page: a new edition moves the content version.
CREATE TRIGGER content_version_report_editions_insert AFTER INSERT ON report_editions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_report_editions_update AFTER UPDATE ON report_editions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_report_editions_delete AFTER DELETE ON report_editions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
