-- Accounts, sessions, API tokens and login throttling. All state lives here (not in process
-- memory), so several server instances agree on who is logged in and who is throttled.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    login         TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    -- Argon2id in PHC string format.
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL,
    field_slug    TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL
);

-- The cookie holds a random token; only its SHA-256 is stored.
CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Tokens for scripts: shown once, stored as SHA-256, scoped to a role (and field for editors).
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    created_by   INTEGER NOT NULL REFERENCES users (id),
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    role         TEXT    NOT NULL,
    field_slug   TEXT,
    created_at   TEXT    NOT NULL,
    revoked_at   TEXT,
    last_used_at TEXT
);

CREATE TABLE login_failures (
    id      INTEGER PRIMARY KEY,
    login   TEXT    NOT NULL,
    address TEXT    NOT NULL,
    at      TEXT    NOT NULL
);
CREATE INDEX login_failures_login ON login_failures (login, at);
CREATE INDEX login_failures_address ON login_failures (address, at);

-- A city's settings (districts, target groups, programmes) as loaded from data/city/<slug>.toml.
CREATE TABLE city_settings (
    city_slug    TEXT PRIMARY KEY,
    document     TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    loaded_at    TEXT NOT NULL
);
