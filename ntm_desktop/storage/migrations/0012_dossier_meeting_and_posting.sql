-- The commune's meeting as its minutes record it (start and end, who attended by role, the
-- Fatherland Front's representative), and the days its results were posted for comment.
ALTER TABLE dossier_inputs ADD COLUMN meeting_start TEXT;
ALTER TABLE dossier_inputs ADD COLUMN meeting_end TEXT;
ALTER TABLE dossier_inputs ADD COLUMN attendees TEXT;
ALTER TABLE dossier_inputs ADD COLUMN front_representative TEXT;
ALTER TABLE dossier_inputs ADD COLUMN posted_from TEXT;
ALTER TABLE dossier_inputs ADD COLUMN posted_to TEXT;
