-- An account's e-mail address, for the messages modules queue to an account
-- (`account:<login>` in the outbox: reminders to an institution's reporters, stale offers to a
-- provider). Optional: an account without one simply receives no mail.
ALTER TABLE users ADD COLUMN email TEXT;
