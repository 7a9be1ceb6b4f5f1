-- Editing the concept in the browser: each version says why it was made and, when the council
-- decided it, the decision's date and reference (e.g. "Drucksache 1234/2020-2025"). Versions
-- loaded from a file before this migration have none.
ALTER TABLE concept_versions ADD COLUMN reason TEXT;
ALTER TABLE concept_versions ADD COLUMN decision_date TEXT;
ALTER TABLE concept_versions ADD COLUMN decision_reference TEXT;
