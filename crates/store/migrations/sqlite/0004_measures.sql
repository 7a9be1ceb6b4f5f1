-- Measures. `content` holds the whole editable record as JSON (money as integer cents); the other
-- columns repeat what lists filter and sort by, written in the same statement as `content`.
CREATE TABLE measures (
    id            INTEGER PRIMARY KEY,
    city_slug     TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    demo          INTEGER NOT NULL DEFAULT 0,
    content       TEXT    NOT NULL,
    title_de      TEXT    NOT NULL,
    working_group TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    programme     TEXT    NOT NULL,
    published     INTEGER NOT NULL,
    districts_all INTEGER NOT NULL,
    search_text   TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    created_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    updated_by    TEXT    NOT NULL
);
CREATE INDEX measures_city ON measures (city_slug, working_group);

CREATE TABLE measure_recommendations (
    measure_id        INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    recommendation_id TEXT    NOT NULL,
    -- The action field of the recommendation, so that a field's measures are one lookup.
    field_slug        TEXT    NOT NULL,
    PRIMARY KEY (measure_id, recommendation_id)
);
CREATE INDEX measure_recommendations_recommendation ON measure_recommendations (recommendation_id);
CREATE INDEX measure_recommendations_field ON measure_recommendations (field_slug);

CREATE TABLE measure_target_groups (
    measure_id   INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    target_group TEXT    NOT NULL,
    PRIMARY KEY (measure_id, target_group)
);

CREATE TABLE measure_districts (
    measure_id    INTEGER NOT NULL REFERENCES measures (id) ON DELETE CASCADE,
    district_code TEXT    NOT NULL,
    PRIMARY KEY (measure_id, district_code)
);

-- Working groups: one per action field; members are records (people need no account).
CREATE TABLE working_group_members (
    id           INTEGER PRIMARY KEY,
    city_slug    TEXT    NOT NULL,
    field_slug   TEXT    NOT NULL,
    person       TEXT    NOT NULL,
    organisation TEXT    NOT NULL,
    is_chair     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT    NOT NULL
);
CREATE INDEX working_group_members_field ON working_group_members (city_slug, field_slug);

CREATE TABLE working_group_meetings (
    id           INTEGER PRIMARY KEY,
    city_slug    TEXT    NOT NULL,
    field_slug   TEXT    NOT NULL,
    meeting_date TEXT    NOT NULL,
    participants INTEGER NOT NULL,
    decisions    TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
);
CREATE INDEX working_group_meetings_field ON working_group_meetings (city_slug, field_slug, meeting_date);
