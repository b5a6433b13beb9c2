-- Model-village plans (phương án thôn NTM kiểu mẫu): one plan per village and year, its items.
-- Both tables travel between offices: uuid ids, owner_code = the village's commune, and every
-- write goes through the change log. Items are never deleted, only flagged.

-- id = uuid5 of (village, year) so two offices registering the same village land on one row.
CREATE TABLE village_plans (
    id                   TEXT    PRIMARY KEY,
    village_code         TEXT    NOT NULL REFERENCES units (code),
    year                 INTEGER NOT NULL,
    status               TEXT    NOT NULL CHECK (status IN ('registered', 'drafted', 'approved',
                             'in_progress', 'proposed', 'recognised', 'not_recognised')),
    approval_decision    TEXT,
    approval_date        TEXT,
    recognition_decision TEXT,
    recognition_date     TEXT,
    owner_code           TEXT    NOT NULL,
    UNIQUE (village_code, year)
);

-- Money columns are whole đồng (INTEGER, exact); in-kind quantities may be fractional (REAL).
CREATE TABLE village_plan_items (
    id             TEXT    PRIMARY KEY,
    plan_id        TEXT    NOT NULL REFERENCES village_plans (id),
    ord            INTEGER NOT NULL,
    work           TEXT    NOT NULL,
    criterion_no   INTEGER,
    lead           TEXT,
    start_date     TEXT,
    end_date       TEXT,
    quantity       REAL,
    unit           TEXT,
    status         TEXT    NOT NULL DEFAULT 'not_started'
                       CHECK (status IN ('not_started', 'in_progress', 'done')),
    percent_done   INTEGER NOT NULL DEFAULT 0 CHECK (percent_done BETWEEN 0 AND 100),
    state_support  INTEGER NOT NULL DEFAULT 0 CHECK (state_support >= 0),
    local_budget   INTEGER NOT NULL DEFAULT 0 CHECK (local_budget >= 0),
    enterprise     INTEGER NOT NULL DEFAULT 0 CHECK (enterprise >= 0),
    residents_cash INTEGER NOT NULL DEFAULT 0 CHECK (residents_cash >= 0),
    land_m2        REAL    NOT NULL DEFAULT 0 CHECK (land_m2 >= 0),
    workdays       REAL    NOT NULL DEFAULT 0 CHECK (workdays >= 0),
    walls_m2       REAL    NOT NULL DEFAULT 0 CHECK (walls_m2 >= 0),
    deleted        INTEGER NOT NULL DEFAULT 0,
    owner_code     TEXT    NOT NULL,
    CHECK (end_date IS NULL OR start_date IS NULL OR start_date <= end_date)
);
CREATE INDEX village_plan_items_plan ON village_plan_items (plan_id, ord);
