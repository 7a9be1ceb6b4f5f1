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

CREATE TRIGGER content_version_concept_versions_insert AFTER INSERT ON concept_versions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_concept_versions_update AFTER UPDATE ON concept_versions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_concept_versions_delete AFTER DELETE ON concept_versions
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_concept_texts_insert AFTER INSERT ON concept_texts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_concept_texts_update AFTER UPDATE ON concept_texts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_concept_texts_delete AFTER DELETE ON concept_texts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_city_settings_insert AFTER INSERT ON city_settings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_city_settings_update AFTER UPDATE ON city_settings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_city_settings_delete AFTER DELETE ON city_settings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measures_insert AFTER INSERT ON measures
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measures_update AFTER UPDATE ON measures
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measures_delete AFTER DELETE ON measures
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_recommendations_insert AFTER INSERT ON measure_recommendations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_recommendations_update AFTER UPDATE ON measure_recommendations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_recommendations_delete AFTER DELETE ON measure_recommendations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_target_groups_insert AFTER INSERT ON measure_target_groups
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_target_groups_update AFTER UPDATE ON measure_target_groups
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_target_groups_delete AFTER DELETE ON measure_target_groups
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_districts_insert AFTER INSERT ON measure_districts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_districts_update AFTER UPDATE ON measure_districts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_measure_districts_delete AFTER DELETE ON measure_districts
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_members_insert AFTER INSERT ON working_group_members
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_members_update AFTER UPDATE ON working_group_members
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_members_delete AFTER DELETE ON working_group_members
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_meetings_insert AFTER INSERT ON working_group_meetings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_meetings_update AFTER UPDATE ON working_group_meetings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_working_group_meetings_delete AFTER DELETE ON working_group_meetings
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_indicator_catalogues_insert AFTER INSERT ON indicator_catalogues
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_indicator_catalogues_update AFTER UPDATE ON indicator_catalogues
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_indicator_catalogues_delete AFTER DELETE ON indicator_catalogues
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_monitoring_imports_insert AFTER INSERT ON monitoring_imports
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_monitoring_imports_update AFTER UPDATE ON monitoring_imports
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_monitoring_imports_delete AFTER DELETE ON monitoring_imports
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_observations_insert AFTER INSERT ON observations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_observations_update AFTER UPDATE ON observations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_observations_delete AFTER DELETE ON observations
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;

-- Accounts: only what pages show (names, roles, fields), not sign-in state or password hashes.
CREATE TRIGGER content_version_users_insert AFTER INSERT ON users
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_users_delete AFTER DELETE ON users
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER content_version_users_update AFTER UPDATE OF display_name, role, field_slug, active ON users
BEGIN UPDATE content_version SET version = version + 1 WHERE id = 1; END;
