-- The officer's judgment of a whole criterion for a unit-year (a district's criteria-status
-- sheet records criteria, not indicators): one synced row per (unit, year, set version,
-- criterion), which each indicator of the criterion without a judgment of its own takes. Its key
-- is its identity written out ("07354/2020/xa-ntm-2021-2025@1/3"), so a receiver derives the
-- identity columns from the key and only the judgment and its note travel as ops. Keyed by it
-- alone (WITHOUT ROWID): a unit-year's rows are a range of keys, so no second index is needed.
CREATE TABLE criterion_judgments (
    id           TEXT    PRIMARY KEY,
    unit_code    TEXT    NOT NULL REFERENCES units (code),
    year         INTEGER NOT NULL,
    catalog_key  TEXT    NOT NULL REFERENCES catalogs (key),
    criterion_no INTEGER NOT NULL,
    officer_met  TEXT CHECK (officer_met IN ('yes', 'no', 'unknown')),
    note         TEXT,
    owner_code   TEXT    NOT NULL
) WITHOUT ROWID;
