-- The institution registry (data/institutions/<city>.toml), shared by language mediation, data
-- collection and the offers directory. An institution that leaves the file is kept, inactive:
-- requests, reported values and offers still name it.
CREATE TABLE institutions (
    code       TEXT   PRIMARY KEY,
    name       TEXT   NOT NULL,
    kind       TEXT   NOT NULL,
    district   TEXT,
    parent     TEXT,
    active     BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT   NOT NULL
);

-- Which institution an account acts for (roles requester, reporter, provider). Apart from the
-- account's role, like translator_languages; one institution per account.
CREATE TABLE institution_members (
    user_id          BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    institution_code TEXT   NOT NULL REFERENCES institutions (code),
    granted_by       TEXT   NOT NULL,
    granted_at       TEXT   NOT NULL
);
CREATE INDEX institution_members_institution ON institution_members (institution_code);
