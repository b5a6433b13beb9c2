-- Before/after photos and other files on a model-village plan item. The `evidence` table hangs
-- off an indicator value (value_id NOT NULL), so a plan item gets its own link rows to the same
-- content-addressed store (evidence/<sha[:2]>/<sha>). Travels between offices: uuid id,
-- owner_code = the village's commune, tracked writes, removal is a flag.
CREATE TABLE plan_item_evidence (
    id         TEXT    PRIMARY KEY,
    item_id    TEXT    NOT NULL REFERENCES village_plan_items (id),
    stage      TEXT    NOT NULL CHECK (stage IN ('before', 'after', 'other')),
    sha256     TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    size       INTEGER NOT NULL,
    added_at   TEXT    NOT NULL,
    removed    INTEGER NOT NULL DEFAULT 0,
    owner_code TEXT    NOT NULL
);
CREATE INDEX plan_item_evidence_item ON plan_item_evidence (item_id);
