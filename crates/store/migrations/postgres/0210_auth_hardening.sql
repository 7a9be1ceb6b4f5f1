-- Issue 10 (brute force, tokens, sessions, consent).

-- Sessions end after a while without use (idle timeout) as well as at expires_at (absolute).
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
UPDATE sessions SET last_seen_at = created_at;

-- Tokens expire. Tokens made before this version live 90 days from their creation.
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
UPDATE api_tokens SET expires_at = to_char((created_at::timestamptz + interval '90 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');

-- Login attempts are reserved under this one-row lock: the first statement of the reserving
-- transaction updates the row, which serialises reservations on both backends (SQLite's write
-- lock, PostgreSQL's row lock), so "count, then record" cannot interleave.
CREATE TABLE login_lock (
    id    INTEGER PRIMARY KEY,
    taken BIGINT  NOT NULL
);
INSERT INTO login_lock (id, taken) VALUES (1, 0);

-- The address a failure counts against is the client's network (IPv4 address or IPv6 /64).
CREATE INDEX login_failures_pair ON login_failures (login, address, at);

-- A working-group member's name is shown to the public only with their consent.
ALTER TABLE working_group_members ADD COLUMN name_public BIGINT NOT NULL DEFAULT 0;
