-- Issue 15: an institution's own system (a clinic's appointment software, a school's office
-- software) asks the mediation and collection APIs with a token. A token carries a role, and for
-- the institution roles (requester, reporter, provider) the institution it acts for, as an
-- account's membership does; without one such a token acts for nobody.
ALTER TABLE api_tokens ADD COLUMN institution_code TEXT REFERENCES institutions (code);
