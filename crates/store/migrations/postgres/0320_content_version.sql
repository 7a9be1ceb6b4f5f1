-- Issue 11: one counter that every change of what the public pages show increases, so that
-- a server can keep rendered public pages until the counter moves — also when another instance
-- sharing the database made the change. Triggers bump it, so no code path can forget it.
-- Tables outside the list (sessions, tokens, login throttling, audit log, password hashes) do
-- not change any public page.
CREATE TABLE content_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);

-- BEFORE … FOR EACH STATEMENT: the counter row is locked at a transaction's first content
-- statement, before any content row, so writers of content queue on it in one order and cannot
-- deadlock over it; the new value becomes visible with the commit that made the change.
CREATE FUNCTION bump_content_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER content_version_concept_versions BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON concept_versions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_concept_texts BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON concept_texts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_city_settings BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON city_settings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_measures BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON measures
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_measure_recommendations BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON measure_recommendations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_measure_target_groups BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON measure_target_groups
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_measure_districts BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON measure_districts
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_working_group_members BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_group_members
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_working_group_meetings BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON working_group_meetings
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_indicator_catalogues BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_catalogues
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_monitoring_imports BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON monitoring_imports
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
CREATE TRIGGER content_version_observations BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON observations
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();

-- Accounts: only what pages show (names, roles, fields), not sign-in state or password hashes.
CREATE TRIGGER content_version_users BEFORE INSERT OR DELETE OR UPDATE OF display_name, role, field_slug, active ON users
    FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version();
