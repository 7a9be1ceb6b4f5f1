-- Issue 14: content translations (concept texts, indicator and measure texts in tr, ar, ru, uk,
-- pl and Leichte Sprache) as data. A translation keeps the German it was made from and that
-- text's version (16 hex digits of its SHA-256), so a changed German text marks it outdated.
-- Keys: docs/formats/translations.md.
CREATE TABLE content_translations (
    key            TEXT NOT NULL,
    language       TEXT NOT NULL,
    text           TEXT NOT NULL,
    source_version TEXT NOT NULL,
    source_text    TEXT NOT NULL,
    origin         TEXT NOT NULL CHECK (origin IN ('human', 'machine-assisted', 'imported')),
    translator     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (key, language)
);

-- The translator role, per language: an account may translate the languages granted here (an
-- administrator translates every language without a grant). Independent of the account's role.
CREATE TABLE translator_languages (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    language   TEXT   NOT NULL,
    granted_by TEXT   NOT NULL,
    granted_at TEXT   NOT NULL,
    PRIMARY KEY (user_id, language)
);

-- Public pages show the translations: a change moves the content version.
CREATE TRIGGER content_version_content_translations BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON content_translations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
