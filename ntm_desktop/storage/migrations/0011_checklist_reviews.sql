-- The district's check (thẩm tra) and the province's appraisal (thẩm định) of a commune's criteria
-- results for a year, one row per (unit, year, stage). Travels between offices: deterministic
-- uuid5 id (two offices recording the same stage land on the same row), owner_code = the
-- reviewed commune, tracked writes; `stage` names the only office role that may write the row.
CREATE TABLE checklist_reviews (
    id          TEXT    PRIMARY KEY,
    unit_code   TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    stage       TEXT    NOT NULL CHECK (stage IN ('district', 'province')),
    status      TEXT    NOT NULL CHECK (status IN ('pending', 'passed', 'returned', 'failed')),
    note        TEXT    NOT NULL DEFAULT '',
    remarks     TEXT    NOT NULL DEFAULT '{}',
    reviewer    TEXT    NOT NULL DEFAULT '',
    review_date TEXT,
    owner_code  TEXT    NOT NULL
);
CREATE INDEX checklist_reviews_unit ON checklist_reviews (unit_code, year);
