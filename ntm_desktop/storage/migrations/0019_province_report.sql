-- The tiers held in the tree, placed where the province report counts them: each recognition of
-- a commune or a village, and each village plan recognised, with the commune it counts in, that
-- commune's parent (its district, or its province in a tree without districts) and the dates
-- the unit and the commune are valid. Derived, local, never synced: the triggers below keep it
-- current on every write of its sources (an edit, a sync import, a conflict resolved), so the
-- report reads one table in parent order instead of looking up two units per recognition.
-- The key's columns come first in their order: SQLite 3.40's quick_check reports NULLs in a
-- WITHOUT ROWID table whose key is in another order (integrity_check does not).
CREATE TABLE held_tiers (
    -- 1 when the unit has other rows: only those need grouping by unit to count it once, and
    -- they are kept apart (first in the key) so each kind is read in parent order on its own.
    shared        INTEGER NOT NULL DEFAULT 0,
    parent_code   TEXT    NOT NULL,
    unit_code     TEXT    NOT NULL,
    source        TEXT    NOT NULL,  -- recognitions.id or village_plans.id
    commune_code  TEXT    NOT NULL,
    kind          TEXT    NOT NULL,  -- the commune's
    -- What the row counts while held, cumulatively as the report counts: a commune at least
    -- standard, advanced, model; a village NTM (standard or advanced), or model (a model
    -- recognition or its plan recognised).
    standard      INTEGER NOT NULL,
    advanced      INTEGER NOT NULL,
    model         INTEGER NOT NULL,
    ntm_village   INTEGER NOT NULL,
    model_village INTEGER NOT NULL,
    held_from     TEXT,              -- NULL (a plan without its date) is never held
    held_to       TEXT,              -- the withdrawal, when withdrawn
    unit_from     TEXT,
    unit_to       TEXT,
    commune_from  TEXT,
    commune_to    TEXT,
    PRIMARY KEY (shared, parent_code, unit_code, source)
) WITHOUT ROWID;
CREATE INDEX held_tiers_source ON held_tiers (source);
CREATE INDEX held_tiers_unit ON held_tiers (unit_code);
CREATE INDEX held_tiers_commune ON held_tiers (commune_code);

-- What held_tiers holds, from its sources: a commune's recognitions, a village's, and a
-- village's plan recognised (a unit of another level is not counted by the report). Each part
-- is found from the recognition or plan, from the unit, or from the commune through an index.
CREATE VIEW held_tiers_derived AS
SELECT 0 AS shared, c.parent_code, c.code AS unit_code, r.id AS source,
       c.code AS commune_code, c.kind,
       1 AS standard, r.tier IN ('advanced', 'model') AS advanced, r.tier = 'model' AS model,
       0 AS ntm_village, 0 AS model_village, r.decision_date AS held_from,
       r.withdrawn_on AS held_to, c.valid_from AS unit_from, c.valid_to AS unit_to,
       c.valid_from AS commune_from, c.valid_to AS commune_to
FROM recognitions r
JOIN units c ON c.code = r.unit_code
WHERE r.deleted = 0 AND c.level = 'commune' AND c.parent_code IS NOT NULL
UNION ALL
SELECT 0, c.parent_code, v.code, r.id, c.code, c.kind, 0, 0, 0, r.tier <> 'model',
       r.tier = 'model', r.decision_date, r.withdrawn_on, v.valid_from, v.valid_to,
       c.valid_from, c.valid_to
FROM recognitions r
JOIN units v ON v.code = r.unit_code
JOIN units c ON c.code = v.parent_code
WHERE r.deleted = 0 AND v.level = 'village' AND c.level = 'commune'
  AND c.parent_code IS NOT NULL
UNION ALL
SELECT 0, c.parent_code, v.code, p.id, c.code, c.kind, 0, 0, 0, 0, 1, p.recognition_date,
       NULL, v.valid_from, v.valid_to, c.valid_from, c.valid_to
FROM village_plans p
JOIN units v ON v.code = p.village_code
JOIN units c ON c.code = v.parent_code
WHERE p.status = 'recognised' AND v.level = 'village' AND c.level = 'commune'
  AND c.parent_code IS NOT NULL;

INSERT INTO held_tiers SELECT * FROM held_tiers_derived;
UPDATE held_tiers SET shared = 1 WHERE unit_code IN (
    SELECT unit_code FROM held_tiers GROUP BY unit_code HAVING count(*) > 1
);
CREATE TRIGGER held_tiers_added AFTER INSERT ON held_tiers BEGIN
    UPDATE held_tiers
    SET shared = (SELECT count(*) > 1 FROM held_tiers WHERE unit_code = NEW.unit_code)
    WHERE unit_code = NEW.unit_code;
END;
CREATE TRIGGER held_tiers_removed AFTER DELETE ON held_tiers BEGIN
    UPDATE held_tiers
    SET shared = (SELECT count(*) > 1 FROM held_tiers WHERE unit_code = OLD.unit_code)
    WHERE unit_code = OLD.unit_code;
END;

-- Recognitions and plans are never deleted, only flagged (deleted) or moved to another status.
CREATE TRIGGER held_tiers_recognition_added AFTER INSERT ON recognitions BEGIN
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived WHERE source = NEW.id;
END;
CREATE TRIGGER held_tiers_recognition_changed AFTER UPDATE ON recognitions BEGIN
    DELETE FROM held_tiers WHERE source = OLD.id;
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived WHERE source = NEW.id;
END;
CREATE TRIGGER held_tiers_plan_added AFTER INSERT ON village_plans BEGIN
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived WHERE source = NEW.id;
END;
CREATE TRIGGER held_tiers_plan_changed AFTER UPDATE ON village_plans BEGIN
    DELETE FROM held_tiers WHERE source = OLD.id;
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived WHERE source = NEW.id;
END;
-- A unit moved, retired, or of another kind: its own rows and, for a commune, its villages'.
-- Units are never deleted while a recognition or a village names them (foreign keys), and a
-- unit is inserted before anything can name it, so only updates matter.
CREATE TRIGGER held_tiers_unit_changed
AFTER UPDATE OF code, level, kind, parent_code, valid_from, valid_to ON units BEGIN
    DELETE FROM held_tiers WHERE unit_code IN (OLD.code, NEW.code)
        OR commune_code IN (OLD.code, NEW.code);
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived WHERE unit_code = NEW.code;
    INSERT INTO held_tiers SELECT * FROM held_tiers_derived
        WHERE commune_code = NEW.code AND unit_code <> NEW.code;
END;

-- The province report joins each commune to its stored score of the year: from this index
-- alone, without reading the table's row (the primary key holds only unit and year).
CREATE INDEX assessment_scores_met ON assessment_scores (unit_code, year, catalog_key, met);
