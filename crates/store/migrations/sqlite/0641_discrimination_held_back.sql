-- Issue 17: a public report the spam checks held back (honeypot filled, proof of work missing
-- or wrong) is stored marked, out of the counsellors' inbox until one of them releases it or
-- deletes it as spam; it counts nowhere meanwhile.
ALTER TABLE discrimination_reports ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0;
