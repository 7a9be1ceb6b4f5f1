-- Issue 18: the offers directory. `content` holds the whole editable offer as JSON
-- (teilhabe_domain::offers::OfferContent, money as integer cents, local Europe/Berlin times); the
-- other columns repeat what lists filter and sort by, written in the same statement.
CREATE TABLE offers (
    id             INTEGER PRIMARY KEY,
    provider       TEXT    NOT NULL REFERENCES institutions (code),
    status         TEXT    NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'returned')),
    title_de       TEXT    NOT NULL,
    content        TEXT    NOT NULL,
    review_comment TEXT,
    confirmed_at   TEXT    NOT NULL,
    published_at   TEXT,
    version        INTEGER NOT NULL,
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL
);
CREATE INDEX offers_provider ON offers (provider);
CREATE INDEX offers_status ON offers (status);

-- The public search and offer pages show offers: a change moves the content version.
CREATE TRIGGER content_version_offers_insert AFTER INSERT ON offers
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_offers_update AFTER UPDATE ON offers
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_offers_delete AFTER DELETE ON offers
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
