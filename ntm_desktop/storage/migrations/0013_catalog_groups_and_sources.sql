-- Criteria sets by commune group (QĐ 51/2025/QĐ-TTg: targets for xã nhóm 1, 2, 3) and per region;
-- a set that names its official number of indicators, so a criterion still without them is known
-- to be missing; a set rebuilt from other texts (a province's plan) is marked as such.
ALTER TABLE catalogs ADD COLUMN commune_groups INTEGER NOT NULL DEFAULT 0;
ALTER TABLE catalogs ADD COLUMN indicator_count INTEGER;
ALTER TABLE catalogs ADD COLUMN reconstructed INTEGER NOT NULL DEFAULT 0;
-- Versions stored before this migration were built from documents whose "targets_by_group" no
-- reader interpreted: they keep the meaning they had when assessed, so nothing is back-filled
-- except the mark a title already carried.
UPDATE catalogs SET reconstructed = 1 WHERE title LIKE '%dựng lại%';
ALTER TABLE catalog_indicators ADD COLUMN targets_by_group TEXT;
ALTER TABLE catalog_indicators ADD COLUMN targets_by_region TEXT;
