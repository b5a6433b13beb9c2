-- Funds, the plan's task schedule and OCOP products (issue 9).
-- Money is stored as INTEGER đồng: exact, summed exactly by SQLite, and 9.2e18 đồng is ample.
-- No total column anywhere: totals and shares are always computed from the parts.

-- Funds mobilised for one unit in one year, one column per source (the sources are fixed by the
-- programme's reporting tables). The id is uuid5(unit, year) so two laptops of one office and a
-- repeated import land on the same row.
CREATE TABLE funding_years (
    id                 TEXT PRIMARY KEY,
    unit_code          TEXT    NOT NULL REFERENCES units (code),
    year               INTEGER NOT NULL,
    central_dong       INTEGER NOT NULL DEFAULT 0 CHECK (central_dong >= 0),
    province_dong      INTEGER NOT NULL DEFAULT 0 CHECK (province_dong >= 0),
    district_dong      INTEGER NOT NULL DEFAULT 0 CHECK (district_dong >= 0),
    commune_dong       INTEGER NOT NULL DEFAULT 0 CHECK (commune_dong >= 0),
    integrated_dong    INTEGER NOT NULL DEFAULT 0 CHECK (integrated_dong >= 0),
    enterprise_dong    INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_dong >= 0),
    community_dong     INTEGER NOT NULL DEFAULT 0 CHECK (community_dong >= 0),
    land_m2            INTEGER NOT NULL DEFAULT 0 CHECK (land_m2 >= 0),
    workdays           INTEGER NOT NULL DEFAULT 0 CHECK (workdays >= 0),
    walls_m2           INTEGER NOT NULL DEFAULT 0 CHECK (walls_m2 >= 0),
    note               TEXT,
    owner_code         TEXT    NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_code, year)
);

-- Capital allocated and disbursed, by kind, as reported at a date (a new date = a new row).
CREATE TABLE funding_disbursements (
    id             TEXT PRIMARY KEY,
    unit_code      TEXT    NOT NULL REFERENCES units (code),
    year           INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('investment', 'recurrent')),
    as_of          TEXT    NOT NULL,
    allocated_dong INTEGER NOT NULL CHECK (allocated_dong >= 0),
    disbursed_dong INTEGER NOT NULL CHECK (disbursed_dong >= 0),
    over_reason    TEXT,
    owner_code     TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_code, year, kind, as_of)
);

-- The plan's task schedule. `deadline_text` is kept as written; `due_date` is parsed from it.
-- `unit_codes` is a JSON list of the units concerned.
CREATE TABLE plan_tasks (
    id             TEXT PRIMARY KEY,
    year           INTEGER NOT NULL,
    period         TEXT    NOT NULL,
    no             INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    lead           TEXT    NOT NULL,
    cooperating    TEXT    NOT NULL DEFAULT '',
    deadline_text  TEXT    NOT NULL,
    due_date       TEXT    NOT NULL,
    unit_codes     TEXT    NOT NULL DEFAULT '[]',
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    closing_report TEXT,
    closed_on      TEXT,
    owner_code     TEXT    NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX plan_tasks_year ON plan_tasks (year, due_date);

CREATE TABLE ocop_producers (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('cooperative', 'enterprise', 'household')),
    commune_code TEXT NOT NULL REFERENCES units (code),
    owner_code   TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ocop_producers_commune ON ocop_producers (commune_code);

CREATE TABLE ocop_products (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    producer_id TEXT NOT NULL REFERENCES ocop_producers (id),
    owner_code  TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ocop_products_producer ON ocop_products (producer_id);

-- A rating (or re-rating) is a new row, never an overwrite: the history is the table.
CREATE TABLE ocop_ratings (
    id         TEXT PRIMARY KEY,
    product_id TEXT    NOT NULL REFERENCES ocop_products (id),
    stars      INTEGER NOT NULL CHECK (stars BETWEEN 3 AND 5),
    decision   TEXT    NOT NULL,
    decided_on TEXT    NOT NULL,
    owner_code TEXT    NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ocop_ratings_product ON ocop_ratings (product_id, decided_on);
